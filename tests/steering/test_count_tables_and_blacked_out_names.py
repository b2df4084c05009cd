"""Tables of counts are no lists of members: a seat distribution by d'Hondt ("Fraktion | Sitze im Rat |
÷ 1 | ÷ 2 | Sitze in der Gruppe") names the factions, not the persons, and its header names no group of
its own. A table of bodies beside their persons' names ("Institution | Name | Funktion") gives the
persons, and where a published version blacked a private person's name out ("███████"), the body."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

DHONDT = (
    "3. Lenkungsgruppe Integration\n"
    "Die Lenkungsgruppe steuert die Erarbeitung und legt dem Kreistag den Entwurf vor. Ihr\n"
    "gehören kraft Amtes die Leiterin des Sozialamts, Frau Dr. Anna Berger, die den Vorsitz\n"
    "führt, und die Leiterin des Integrationsbüros, Frau Lea Brandt, an. Die drei Sitze des\n"
    "Kreistags verteilen sich nach d'Hondt wie folgt:\n"
    "\n"
    "  Fraktion              Sitze im       ÷ 1           ÷ 2        Sitze in der\n"
    "                        Kreistag                                Lenkungsgruppe\n"
    "  ────────────────────  ────────   ───────────   ───────────   ──────────────\n"
    "  CDU                         14    14,00 (1)      7,00 (3)                 2\n"
    "  SPD                          9     9,00 (2)      4,50                     1\n"
    "  FREIE WÄHLER                 5     5,00          2,50                     –\n"
    "  ────────────────────  ────────                               ──────────────\n"
    "  zusammen                    28                                            3\n"
    "\n"
    "Die Fraktionen benennen ihre Mitglieder bis zur ersten Sitzung.\n"
)


def test_a_seat_quotient_table_gives_no_members_and_no_group() -> None:
    groups = groups_of(DHONDT)
    assert [g.group_name for g in groups] == ["Lenkungsgruppe Integration"]
    names = [m.member for m in groups[0].members]
    assert not {"CDU", "SPD", "FREIE WÄHLER", "Fraktion", "Kreistag"} & set(names), names
    assert names == ["Dr. Anna Berger", "Lea Brandt"]


def test_a_members_table_with_a_number_column_stays_one_of_members() -> None:
    text = (
        "Der Steuerungsgruppe Integration gehören an:\n\n"
        "  Nr.  Institution                  Mitglied              Sitze\n"
        "  1    Stadtverwaltung Nordheim     Dr. Anna Berger       1\n"
        "  2    Caritasverband Nordheim      Jonas Weber           1\n"
        "  3    Jobcenter Nordheim           Lea Brandt            1\n\n"
        "Die Gruppe tagt vierteljährlich.\n"
    )
    names = [m.member for g in groups_of(text) for m in g.members]
    assert names == ["Dr. Anna Berger", "Jonas Weber", "Lea Brandt"]


BLACKED = (
    "Die Steuerungsgruppe Integration wird neu besetzt. Die entsendenden Stellen haben benannt:\n\n"
    "  Institution                                      Name                         Funktion\n"
    "  ───────────────────────────────────────────────  ───────────────────────────  ─────────────────\n"
    "  Landratsamt Nordkreis, Fachbereich 3             Dr. Anna Berger              Vorsitz\n"
    "  Kreistag, CDU-Fraktion                           Uwe Kramer                   Mitglied\n"
    "  Stadt Nordheim (für die kreis-                   Bürgermeister Heiko Lange    Mitglied\n"
    "  angehörigen Städte und Gemeinden)\n"
    "  Agentur für Arbeit Nordheim                      ███████████████              Mitglied\n"
    "  Türkischer Elternverein Nordheim e. V.           ████████████                 Mitglied\n"
    "  ───────────────────────────────────────────────  ───────────────────────────  ─────────────────\n\n"
    "Die Sitzungen leitet die Vorsitzende.\n"
)


def test_persons_beside_bodies_and_bodies_for_blacked_out_names() -> None:
    (group,) = groups_of(BLACKED)
    assert [m.member for m in group.members] == [
        "Dr. Anna Berger",
        "Uwe Kramer",
        "Heiko Lange",
        "Agentur für Arbeit Nordheim",
        "Türkischer Elternverein Nordheim e. V.",
    ]
    assert group.chair == "Dr. Anna Berger"
    assert "█" not in "".join(m.member for m in group.members)


def test_a_bracketed_redaction_word_stands_for_a_name_too() -> None:
    text = BLACKED.replace("███████████████", "[geschwärzt]   ").replace("████████████", "[geschwärzt]")
    names = [m.member for g in groups_of(text) for m in g.members]
    assert names[-2:] == ["Agentur für Arbeit Nordheim", "Türkischer Elternverein Nordheim e. V."]


def test_without_a_blacked_out_name_the_table_stays_one_of_bodies() -> None:
    text = BLACKED.replace("███████████████", "Eva Simons     ").replace("████████████", "Tom Haller  ")
    names = [m.member for g in groups_of(text) for m in g.members]
    assert names[:2] == ["Landratsamt Nordkreis, Fachbereich 3", "Kreistag, CDU-Fraktion"]


def flattened(text: str) -> str:
    """The text as a PDF's text layer gives a table whose gaps it lost: single spaces, rules broken."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def test_a_flattened_table_with_blacked_out_names() -> None:
    (group,) = groups_of(flattened(BLACKED))
    assert [m.member for m in group.members] == [
        "Dr. Anna Berger",
        "Uwe Kramer",
        "Heiko Lange",
        "Agentur für Arbeit Nordheim",
        "Türkischer Elternverein Nordheim e. V.",
    ]
    assert group.chair == "Dr. Anna Berger"


def test_a_flattened_table_without_a_blacked_out_name_gives_no_bodies_for_names() -> None:
    text = flattened(BLACKED.replace("███████████████", "Eva Simons").replace("████████████", "Tom Haller"))
    names = [m.member for g in groups_of(text) for m in g.members]
    assert "Agentur für Arbeit Nordheim" not in names


def test_a_flattened_seat_quotient_table_gives_no_members() -> None:
    groups = groups_of(flattened(DHONDT))
    assert [g.group_name for g in groups] == ["Lenkungsgruppe Integration"]
    assert [m.member for m in groups[0].members] == ["Dr. Anna Berger", "Lea Brandt"]
