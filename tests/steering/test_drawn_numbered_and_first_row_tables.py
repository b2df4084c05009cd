"""Members tables of the shapes that the a81–a90 papers use, laid out and flattened as a PDF's text sets
them: a box drawn with box glyphs, several persons to a cell; a numbered table of persons with a deputies'
column and a vote column; a body printed on its first person's row only; side-by-side columns headed by
the members' kind alone (invented examples)."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

LEAD = (
    "3. Lenkungskreis Teilhabe\nDer Lenkungskreis Teilhabe steuert die Umsetzung des Konzepts. Er hat sieben Sitze:\n\n"
)
END = "\n\nDie Sitzungen finden zweimal im Jahr statt.\n"


def members_of(text: str) -> list[tuple[str, str]]:
    return [(m.member, m.sector) for g in groups_of(text) for m in g.members]


def chair_of(text: str) -> str | None:
    return next((g.chair for g in groups_of(text)), None)


BOX = """┌────────────────────┬───────┬────────────────────────────────────────┐
│ Bereich            │ Sitze │ Mitglieder                             │
├────────────────────┼───────┼────────────────────────────────────────┤
│ Kreisverwaltung    │   2   │ Erste Kreisrätin Dr. Ines Hartwig      │
│                    │       │ (Vorsitz), Jonas Brinkmann (Amt für    │
│                    │       │ Soziales)                              │
├────────────────────┼───────┼────────────────────────────────────────┤
│ Kreistag           │   2   │ Hermann Albers (CDU), Sandra Lohmann   │
│                    │       │ (SPD)                                  │
├────────────────────┼───────┼────────────────────────────────────────┤
│ Vereine            │   2   │ Viktor Braun (Griechisch-              │
│                    │       │ Deutscher Kulturverein e. V.), Lena    │
│                    │       │ Focke (Sportverein Blau-Weiß)          │
├────────────────────┼───────┼────────────────────────────────────────┤
│ Wirtschaft         │   1   │ Petra Janssen (Handwerkskammer)        │
└────────────────────┴───────┴────────────────────────────────────────┘"""

BOX_MEMBERS = [
    ("Dr. Ines Hartwig", "administration"),
    ("Jonas Brinkmann", "administration"),
    ("Hermann Albers", "politics"),
    ("Sandra Lohmann", "politics"),
    ("Viktor Braun", "civil_society"),
    ("Lena Focke", "civil_society"),
    ("Petra Janssen", "business"),
]


def _narrowed(box: str) -> str:
    """The box as a PDF's text sets it: the gaps narrowed to one space, a long rule broken in two, a page
    break inside the box."""
    lines = [" ".join(line.split()) for line in box.split("\n")]
    lines[0] = lines[0][:30] + "\n\n" + lines[0][30:]
    lines[7] = "\f" + lines[7]
    return "\n".join(lines)


@pytest.mark.parametrize("box", [BOX, _narrowed(BOX)], ids=["laid-out", "narrowed"])
def test_a_box_drawn_with_several_persons_to_a_cell(box: str) -> None:
    text = LEAD + box + END
    assert members_of(text) == BOX_MEMBERS
    assert chair_of(text) == "Dr. Ines Hartwig"


def test_a_box_whose_members_cell_names_no_person_is_left_to_the_other_readers() -> None:
    box = BOX.replace("Petra Janssen (Handwerkskammer)", "Handwerkskammer Nord          ")
    assert all(m != "Petra Janssen" for m, _ in members_of(LEAD + box + END))


NUMBERED = """Mitglieder und Stellvertretungen:

 Nr. entsandt von                Mitglied                      Stellvertretung
 --- --------------------------- ----------------------------- ----------------------
 1   Landrätin (Vorsitz)         Landrätin Eva Korte           FBL Kai Wendt
 2   FD 3.10 Soziales und        Tim Sörensen                  Maren Hansen
     Integration
 3   Kreistag – SPD              Olaf Brandt                   Ingo Kruse
 4   Jobcenter Nordkreis         Silke Voss                    N. N.
 5   Volkshochschule Nordkreis   Anja Reimers                  –
"""


def test_a_numbered_table_of_members_and_deputies() -> None:
    head = "3. Steuerungsgruppe Handlungsprogramm Teilhabe\n\nDie Steuerungsgruppe hat fünf Mitglieder. "
    text = head + NUMBERED + END
    groups = groups_of(text)
    assert [g.group_name for g in groups] == ["Steuerungsgruppe Handlungsprogramm Teilhabe"]
    assert members_of(text) == [
        ("Eva Korte", "politics"),
        ("Tim Sörensen", "administration"),
        ("Olaf Brandt", "politics"),
        ("Silke Voss", "public_agency"),
        ("Anja Reimers", "education"),
    ]  # the deputies no members
    flat = "\n".join(" ".join(line.split()) for line in NUMBERED.split("\n"))
    assert [m for m, _ in members_of(text.replace(NUMBERED, flat))] == [m for m, _ in members_of(text)]


VOTES = """Nr.  Name                      entsendet von                            Stimmrecht
 1   Dr. Sabine Korte          Beigeordnete, Dezernat II                ja (Vorsitz)
 2   Markus Tell               CDU-Fraktion                             ja
 3   Nadia Rahimi              Afghanischer Kulturverein e. V.          ja
 4   Prof. Dr. Katja Meier     Hochschule Nordheim, Institut für        beratend
                               Sozialarbeit
"""


@pytest.mark.parametrize("flat", [False, True], ids=["laid-out", "flattened"])
def test_a_numbered_table_with_a_vote_column(flat: bool) -> None:
    table = "\n".join(" ".join(line.split()) for line in VOTES.split("\n")) if flat else VOTES
    text = LEAD.replace("Er hat sieben Sitze:", "Er hat vier Mitglieder.") + table + END
    assert members_of(text) == [
        ("Dr. Sabine Korte", "administration"),
        ("Markus Tell", "politics"),
        ("Nadia Rahimi", "migrant_organisation"),
        ("Prof. Dr. Katja Meier", "research"),
    ]
    assert chair_of(text) == "Dr. Sabine Korte"


FIRST_ROW = """Institution                          Mitglied
Stadtverwaltung Nordheim             Bürgermeisterin Dr. Ulrike Sand (Vorsitz)
                                     Stefan Holm (Integrationsstelle)
Stadtratsfraktionen                  Martin Kern (CDU)
                                     Jonas Bauer (GRÜNE)
Jobcenter                            Claudia Reif (Jobcenter Nordheim)
"""


@pytest.mark.parametrize("flat", [False, True], ids=["laid-out", "flattened"])
def test_a_body_printed_on_its_first_persons_row_only(flat: bool) -> None:
    table = "\n".join(" ".join(line.split()) for line in FIRST_ROW.split("\n")) if flat else FIRST_ROW
    text = LEAD.replace("Er hat sieben Sitze:", "Er setzt sich so zusammen:") + table + END
    assert members_of(text) == [
        ("Dr. Ulrike Sand", "administration"),
        ("Stefan Holm", "administration"),
        ("Martin Kern", "politics"),
        ("Jonas Bauer", "politics"),
        ("Claudia Reif", "public_agency"),
    ]


SIDE = """   stimmberechtigt                              beratend
   ------------------------------------------   ------------------------------------------
   Bürgermeisterin Dr. Eva Lind (Vorsitz)       Michael Stern
                                                Caritasverband Nordheim e. V.
   Tobias Kern, Amt für Migration und           Sandra Wolf
   Integration                                  Agentur für Arbeit Nordheim
   Lena Hauser, SPD-Fraktion
"""


@pytest.mark.parametrize("flat", [False, True], ids=["laid-out", "flattened"])
def test_side_by_side_columns_headed_by_the_members_kind_alone(flat: bool) -> None:
    table = "\n".join(" ".join(line.split()) for line in SIDE.split("\n")) if flat else SIDE
    text = LEAD.replace("Er hat sieben Sitze:", "Er hat fünf Mitglieder, davon drei mit Stimmrecht:") + table + END
    names = [m for m, _ in members_of(text)]
    assert sorted(names) == sorted(["Dr. Eva Lind", "Michael Stern", "Tobias Kern", "Sandra Wolf", "Lena Hauser"])
    assert chair_of(text) == "Dr. Eva Lind"
    if not flat:
        assert dict(members_of(text))["Michael Stern"] == "welfare"
