"""Members in an overview of the group's meetings, a column of marks a meeting headed by its date
(:mod:`extractors.steering.attendance_marks`), its gaps kept and as a PDF's text layer gives it, every gap
closed to one space; and near misses that must give no member (invented examples)."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of


def _flat(block: str) -> str:
    """A block as a text layer sets it: every gap closed to one space, the indents gone."""
    return "\n".join(" ".join(line.split()) for line in block.split("\n"))


def _members(text: str) -> list[tuple[str, bool]]:
    return [(m.member, m.is_chair) for g in groups_of(text) for m in g.members]


HEAD = "Landkreis Wiesenrode\nBeschlussvorlage\n\nBetreff: Teilhabekonzept – Zwischenbilanz\n\n"
LEAD = (
    "3. Steuerungsgruppe Teilhabe\n"
    "Die Steuerungsgruppe hat 2030 viermal getagt. Aus der Anwesenheitsübersicht der Geschäftsstelle\n"
    "(x = anwesend, v = vertreten, – = abwesend):\n\n"
)
AFTER = "\nAlle Mitglieder arbeiten weiter mit.\n\n4. Kosten\nKeine.\n"
OVERVIEW = (
    "   Mitglied                                              12.02.  14.05.  10.09.  03.12.\n"
    "   Dr. Hanna Kessler, Beigeordnete (Vorsitz)               x       x       x       x\n"
    "   Kreisrätin Gerda Brinkmann (CDU)                        x       –       x       x\n"
    "   Kreisrat Malte Ohlsen (SPD)                             v       x       x       –\n"
    "   Sina Krüger, Jobcenter Wiesenrode                       x       x       –       x\n"
    "   Olaf Meinke, Diakonie Wiesenrode e. V.                  –       x       x       x\n"
)
EXPECTED = [
    ("Dr. Hanna Kessler", True),
    ("Gerda Brinkmann", False),
    ("Malte Ohlsen", False),
    ("Sina Krüger", False),
    ("Olaf Meinke", False),
]


@pytest.mark.parametrize("block", [OVERVIEW, _flat(OVERVIEW)], ids=["gaps", "flattened"])
def test_every_person_of_a_meeting_overview_is_a_member(block: str) -> None:
    """Each row a person and one mark a meeting: the absent as much as the present, the chair by its mark,
    the office before a name left out."""
    assert _members(HEAD + LEAD + block + AFTER) == EXPECTED


def test_an_overview_of_bodies_gives_no_member() -> None:
    """Rows naming bodies, no person: no such overview, and no member read from its rows."""
    block = _flat(
        "   Mitglied                                  12.02.  14.05.  10.09.\n"
        "   Sozialamt                                   x       x       x\n"
        "   Jobcenter Wiesenrode                        x       –       x\n"
    )
    assert _members(HEAD + LEAD + block + AFTER) == []


def test_rows_with_more_marks_than_meetings_give_no_member() -> None:
    """A row ending in more marks than the header has dates is no row of such an overview."""
    block = _flat(
        "   Mitglied                                  12.02.  14.05.\n"
        "   Dr. Hanna Kessler (Vorsitz)                 x       x       x\n"
        "   Sina Krüger, Jobcenter Wiesenrode           x       –       x\n"
    )
    assert _members(HEAD + LEAD + block + AFTER) == []


def test_a_schedule_of_dates_without_marks_gives_no_member() -> None:
    """A header of dates over rows of topics (no marks): no members."""
    block = _flat(
        "   Thema                                     12.02.  14.05.\n"
        "   Sprachkurse für Eltern                      Bericht  Beschluss\n"
        "   Wohnen im Quartier                          Bericht  Bericht\n"
    )
    assert _members(HEAD + LEAD + block + AFTER) == []
