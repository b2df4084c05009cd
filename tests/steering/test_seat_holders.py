"""steering: a list by seat category whose entries name their holders in brackets after the seats
("Landratsamt: 3 Sitze (Sozialdezernentin Dr. A als Vorsitzende, …)"): the persons are the members,
the one "als Vorsitzende" the chair, a bracket of one organisation that organisation; a deputy chair
named after the list is no chair (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

TEXT = (
    "4. Steuerungsgruppe\n"
    "Die Steuerungsgruppe Teilhabe begleitet die Umsetzung und wird fortgeführt. Ihr gehören 9 Mitglieder an:\n\n"
    "- Kreistag: 3 Sitze, je ein Sitz für die Fraktionen der Mitte, des Nordens und des Südens;\n"
    "- Kreisverwaltung: 2 Sitze (Sozialdezernentin Dr. Paula Beispiel als Vorsitzende, der Leiter\n"
    "  des Jugendamts Jonas Weber);\n"
    "- Gemeinden: 2 Sitze, benannt vom Gemeindetag (derzeit Bürgermeister Lukas Brandt, Gemeinde\n"
    "  Nordheim, und Bürgermeisterin Greta Muster, Gemeinde Südheim);\n"
    "- Wohlfahrtsverbände: 1 Sitz (Diakonisches Werk Südheim);\n"
    "- Migrantenorganisationen: 1 Sitz (Ali Demir, Deutsch-Türkischer Verein Nordheim e. V.).\n\n"
    "Stellvertretender Vorsitzender ist Herr Weber.\n"
)


def test_the_holders_in_brackets_are_the_members() -> None:
    (group,) = groups_of(TEXT)
    assert [(m.member, m.sector) for m in group.members] == [
        ("Kreistag", "politics"),
        ("Dr. Paula Beispiel", "administration"),
        ("Jonas Weber", "administration"),
        ("Lukas Brandt", "politics"),
        ("Greta Muster", "politics"),
        ("Diakonisches Werk Südheim", "welfare"),
        ("Ali Demir", "migrant_organisation"),
    ]
    assert group.chair == "Dr. Paula Beispiel"
    assert [m.member for m in group.members if m.is_chair] == ["Dr. Paula Beispiel"]


def test_a_deputy_named_after_the_list_is_no_chair() -> None:
    text = (
        "Die Steuerungsgruppe Teilhabe begleitet die Umsetzung. Ihr gehören an:\n\n"
        "- das Sozialamt,\n- das Jobcenter Musterkreis,\n- der Caritasverband Musterkreis.\n\n"
        "Stellvertretende Vorsitzende ist Frau Greta Muster.\n"
    )
    (group,) = groups_of(text)
    assert group.chair is None
    assert "Frau Greta Muster" not in [m.member for m in group.members]


def test_seats_without_brackets_keep_the_category() -> None:
    text = (
        "Die Steuerungsgruppe Teilhabe begleitet die Umsetzung. Ihr gehören an:\n\n"
        "- Kreistag: 3 Sitze;\n- Kreisverwaltung: 2 Sitze;\n- Wohlfahrtsverbände: 1 Sitz.\n"
    )
    (group,) = groups_of(text)
    assert "Dr. Paula Beispiel" not in [m.member for m in group.members]
    assert all("(" not in m.member for m in group.members)
