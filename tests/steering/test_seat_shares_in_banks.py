"""Members in rows of a label and its persons where one row shares a count of seats among the council's
factions, each with its share in brackets ("fünf Sitze, nach d'Hondt verteilt auf A (2), B (2) und C
(1)"): the factions are the members, the label none; a row labelled as the chair gives the chair; two
persons each on a line of their own under one label are two members; a hyphenated label ("Rhein-Kreis
Neuss") is a label. Shares that do not add up to the count give no factions, nor does a row of a count
alone give its count (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Stadt Wendenau\nBeschlussvorlage\n\nBetreff: Integrationskonzept 2030\n\n"
AFTER = "\nDie Geschäftsführung liegt beim Sozialamt.\n\n4. Kosten\nEs entstehen keine Kosten.\n"


def _rows(shares: str) -> str:
    return (
        "3. Lenkungskreis Integration\n"
        "Der Lenkungskreis führt die Ergebnisse zusammen. Er hat zehn Sitze:\n\n"
        "  Vorsitz                 Erster Beigeordneter Dr. Paul Behrend\n"
        "  Verwaltung              Fachbereichsleiterin Ines Kolbe (FB 50)\n"
        "                          Integrationsbeauftragter Omar Said\n"
        f"  Ratsfraktionen          {shares}\n"
        "  Integrationsrat         Vorsitzende Dana Roth\n"
        "  Rhein-Kreis Wendenau    Jobcenter, Karin Vogt\n"
    )


SHARED = (
    "fünf Sitze, nach d'Hondt verteilt auf\n"
    "                          CDU-Fraktion (2), SPD-Fraktion (2) und\n"
    "                          Fraktion Bündnis 90/Die Grünen (1);\n"
    "                          die Namen benennen die Fraktionen bis zum 15.10.2027"
)


def members_of(text: str) -> list[tuple[str, bool]]:
    return [(m.member, m.is_chair) for g in groups_of(text) for m in g.members]


def test_factions_sharing_seats_are_members() -> None:
    found = members_of(HEAD + _rows(SHARED) + AFTER)
    assert found == [
        ("Dr. Paul Behrend", True),
        ("Ines Kolbe", False),
        ("Omar Said", False),
        ("CDU-Fraktion", False),
        ("SPD-Fraktion", False),
        ("Fraktion Bündnis 90/Die Grünen", False),
        ("Dana Roth", False),
        ("Karin Vogt", False),
    ]


def test_shares_not_adding_up_name_no_factions() -> None:
    found = [m for m, _ in members_of(HEAD + _rows(SHARED.replace("fünf Sitze", "sechs Sitze")) + AFTER)]
    assert not {"CDU-Fraktion", "SPD-Fraktion", "Fraktion Bündnis 90/Die Grünen"} & set(found)


def test_a_count_alone_names_no_member() -> None:
    found = [m for m, _ in members_of(HEAD + _rows("fünf Sitze, die Namen folgen") + AFTER)]
    assert not any("Sitze" in m for m in found)
