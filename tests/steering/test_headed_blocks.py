"""steering: members under headings of their own ("Kommunale Bank" at the margin over indented lines),
a page footer between two lines, are read block by block, the headings their labels; an office and the
saluted person holding it after a comma is that person; an organisation with its contact person stays
the organisation; topics under headings after a sentence that leads in no members are none (invented
examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

LEAD = (
    "3. Steuerungsgruppe\n"
    "Die Steuerungsgruppe wird für die neue Laufzeit besetzt. Sie ist in drei Bänke\ngegliedert:\n\n"
)


def members(text: str) -> list[tuple[str, str | None]]:
    return [(m.member, m.sector) for g in groups_of(text) for m in g.members]


HEAD = "Landratsamt Nordheim                                                SV 2029/12\n\n"
FOOT = (
    "\n-------------------------------------------------------------------------------\n"
    "Sitzungsvorlage SV 2029/12                                              Seite {n}\n"
)


def test_members_under_bench_headings_across_a_page_footer() -> None:
    text = (
        HEAD + LEAD + "Kommunale Bank\n"
        "    Landrat Paul Beispiel (Vorsitz)\n"
        "    Erste Bürgermeisterin der Stadt Nordheim, Frau Greta Muster\n"
        "Bank der Verbände\n"
        "    Diakonisches Werk Nordheim e. V.\n" + FOOT.format(n=1) + "\n" + HEAD + "    Volkshochschule Nordheim\n"
        "Bank der Vereine\n"
        "    Deutsch-Polnischer Verein Nordheim e. V.\n\n"
        "Die Geschäftsführung liegt beim Sachgebiet Integration.\n" + FOOT.format(n=2)
    )
    assert [m for m, _ in members(text)] == [
        "Landrat Paul Beispiel",
        "Greta Muster",
        "Diakonisches Werk Nordheim e. V.",
        "Volkshochschule Nordheim",
        "Deutsch-Polnischer Verein Nordheim e. V.",
    ]
    assert groups_of(text)[0].chair == "Landrat Paul Beispiel"


def test_an_organisation_and_its_contact_stays_the_organisation() -> None:
    text = LEAD + (
        "Kommunale Bank\n    Sozialamt, Frau Greta Muster\nBank der Verbände\n    Diakonisches Werk Nordheim e. V.\n"
    )
    assert [m for m, _ in members(text)] == ["Sozialamt", "Diakonisches Werk Nordheim e. V."]


def test_topics_under_headings_after_no_membership_lead_in_are_no_members() -> None:
    text = (
        "3. Steuerungsgruppe\nDie Steuerungsgruppe hat im Frühjahr drei Themen beraten:\n\n"
        "Sprache und Bildung\n    Sprachcafés in den Gemeinden\n    Elternbegleitung an Grundschulen\n"
        "Arbeit und Ausbildung\n    Ausbildungsbörse im Herbst\n"
    )
    assert members(text) == []


FLAT_DASHED = (
    "4. Lenkungsgruppe\n"
    "Die Lenkungsgruppe steuert die Fortschreibung. Sie hat neun Sitze:\n\n"
    "Stadtverwaltung\n"
    "– Leiterin des Sozialamts, Dr. Greta Muster (Vorsitz)\n"
    "– Integrationsbeauftragter, Jonas Weber\n"
    "Stadtrat\n"
    "– Stadtratsfraktionen: je ein Mitglied der A-Partei, der B-Partei\n"
    "und der C-Partei (Benennung durch die Fraktionen)\n"
    "Seniorenbeirat\n"
    "– Vorsitzende Olga Beispiel\n"
    "Institutionen und Vereine\n"
    "– Caritasverband Nordheim e. V., Migrationsdienst\n"
    "– Volkshochschule Nordheim\n"
    "– Turnverein Nordheim e. V.\n\n"
    "Stellvertretungen werden von den entsendenden Stellen benannt.\n"
)


def test_dashed_members_under_headings_all_at_the_margin() -> None:
    """An export set headings and dashed members at one margin, a member's rest wrapped in lower case
    under it: each heading after a member labels the members below it, the lower-case line goes on with
    the member, a dashed line after one ending in a single word after a comma is a member of its own."""
    got = members(FLAT_DASHED)
    assert [m for m, _ in got] == [
        "Dr. Greta Muster",
        "Jonas Weber",
        "Stadtratsfraktionen",
        "Vorsitzende Olga Beispiel",
        "Caritasverband Nordheim e. V., Migrationsdienst",
        "Volkshochschule Nordheim",
        "Turnverein Nordheim e. V.",
    ]
    assert got[0][1] == "administration"
    assert got[2][1] == "politics"
