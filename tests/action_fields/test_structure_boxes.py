"""action_fields: the working groups' boxes of a drawn project structure, set side by side in rows under the
council's and the steering group's boxes, after a sentence saying the groups are the fields; names wrapped and
broken at hyphens inside the boxes, the leader's line and a note in brackets no part of them (invented examples,
with near misses)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

HEAD = "Gemeinde Lindenau\nBeschlussvorlage 61/2027\n\nBetreff: Arbeitsstruktur Integrationskonzept\n\n"
LEAD = (
    "Die Arbeit ist in einer Projektstruktur organisiert. Die vier Arbeitsgruppen entsprechen den Handlungsfeldern.\n\n"
)
CHART = (
    "Abbildung 2: Projektstruktur\n\n"
    "                ┌──────────────────────────────┐\n"
    "                │        Gemeinderat           │\n"
    "                └──────────────┬───────────────┘\n"
    "                ┌──────────────┴───────────────┐\n"
    "                │  Lenkungskreis Integration   │\n"
    "                └──────────────┬───────────────┘\n"
    " ┌───────────────┐   ┌─────────┴─────┐   ┌───────────────┐\n"
    " │ AG 1          │   │ AG 2          │   │ AG 3          │\n"
    " │ Frühe Bildung │   │ Arbeit und    │   │ Gesund-       │\n"
    " │ und Familie   │   │ Ausbildung    │   │ heit          │\n"
    " │ Leitung: Kita │   │ Leitung: IHK  │   │ Leitung: Amt  │\n"
    " └───────────────┘   └───────────────┘   └───────────────┘\n"
    "          ┌───────────────┐\n"
    "          │ AG 4          │\n"
    "          │ Wohnen im     │\n"
    "          │ Ortskern      │\n"
    "          │ (Nord, Süd)   │\n"
    "          └───────────────┘\n"
)
TAIL = "\nDie Gruppen tagen viermal im Jahr.\n"
OTHER_LEAD = "Die Arbeit ist in einer Projektstruktur organisiert. Die vier Arbeitsgruppen tagen offen.\n\n"


def test_the_groups_boxes_name_the_fields() -> None:
    expected = ["Frühe Bildung und Familie", "Arbeit und Ausbildung", "Gesundheit", "Wohnen im Ortskern"]
    assert labels(HEAD + LEAD + CHART + TAIL) == expected


@pytest.mark.parametrize(
    "text",
    [
        OTHER_LEAD + CHART,
        LEAD + CHART.replace("AG 2 ", "AG 5 "),
        LEAD + CHART.replace("AG 2 ", "Team 2 ").replace("AG 3 ", "Raum 3 "),
    ],
    ids=["no-sentence-equating-groups-and-fields", "numbered-out-of-order", "other-keys"],
)
def test_look_alikes_name_none(text: str) -> None:
    assert labels(HEAD + text + TAIL) == []


# the same chart as an export sets it: the gaps between the boxes closed to single spaces, the columns no longer
# lined up, an empty line of a box only told by its sides' order, a connector fanning out to the groups' boxes
CLOSED = (
    "Abbildung 2: Projektstruktur\n\n"
    "┌──────────────────────────────┐\n"
    "│ Gemeinderat │\n"
    "└──────────────┬───────────────┘\n"
    "│ berichtet\n"
    "┌──────────────┴───────────────┐\n"
    "│ Lenkungskreis Integration │\n"
    "└──────────────┬───────────────┘\n"
    "┌──────────────────┼──────────────────┐\n"
    "┌───────┴───────┐ ┌───────┴───────┐ ┌───────┴───────┐\n"
    "│ AG 1 │ │ AG 2 │ │ AG 3 │\n"
    "│ Frühe Bildung │ │ Arbeit und │ │ Gesund- │\n"
    "│ und Familie │ │ Ausbildung │ │ heit │\n"
    "│ │ │ │ │ (Nord) │\n"
    "│ Leitung: Kita │ │ Leitung: IHK │ │ Leitung: Amt │\n"
    "└───────────────┘ └───────────────┘ └───────────────┘\n"
    "\n"
    "┌───────────────┐ ┌───────────────┐\n"
    "│ AG 4 │ │ AG 5 │\n"
    "│ Wohnen im │ │ Sport und │\n"
    "│ Ortskern │ │ │\n"
    "│ │ │ Ehrenamt │\n"
    "│ Leitung: Bau │ │ Leitung: SV │\n"
    "└───────────────┘ └───────────────┘\n"
)


def test_the_groups_boxes_closed_up_name_the_fields() -> None:
    expected = ["Frühe Bildung und Familie", "Arbeit und Ausbildung", "Gesundheit", "Wohnen im Ortskern"]
    assert labels(HEAD + LEAD + CLOSED + TAIL) == [*expected, "Sport und Ehrenamt"]


@pytest.mark.parametrize(
    "text",
    [
        OTHER_LEAD + CLOSED,
        LEAD + CLOSED.replace("│ │ │ │ │ (Nord) │", "│ │ │ (Nord) │"),
        LEAD + CLOSED.replace("AG 2 ", "AG 5 "),
    ],
    ids=["no-sentence-equating-groups-and-fields", "a-line-whose-sides-do-not-pair", "numbered-out-of-order"],
)
def test_closed_up_look_alikes_name_none(text: str) -> None:
    assert labels(HEAD + text + TAIL) == []
