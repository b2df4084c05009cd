"""Fields as the column heads of a matrix of marks whose head lines a PDF set with one space between their
pieces (``extractors/action_fields/closed_heads.py``): under the noun alone and a line of short numbers,
the head of the rows' own column at a line's start and a rule giving the columns' widths, under a
paragraph ending in a colon, and with a page break inside the heads; and look-alikes that give nothing:
heads that part in two ways, heads of districts, heads without a row of marks under them (invented
documents)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

HEAD = "Landkreis Talheim\nVorlage Nr. 31/2027\n\nDas Integrationskonzept setzt seine Maßnahmen in einer Matrix um.\n\n"
TAIL = "\nDie Verwaltung berichtet dem Kreistag einmal im Jahr.\n"

UNDER_NOUN = (
    "Handlungsfeld\n"
    "--------------------------------------------\n"
    "HF 1 HF 2 HF 3 HF 4\n"
    "Familie Arbeit Gesund- Nachbar-\n"
    "und Kita und Be- heit schaft im\n"
    "Maßnahme ruf Quartier\n"
    "---------------- --------- --------- --------- ---------\n"
    "M 2 Sprachkita ●\n"
    "M 5 Jobpaten ● ○\n"
    "M 8 Stadtteilfest ○ ●\n"
)
UNDER_LEAD = (
    "Die Fortschreibung behält die vier Handlungsfelder bei; je Feld ist ein Amt federführend (F),\n"
    "andere wirken mit (M):\n"
    "Sprache Schule Wohnen Kultur\n"
    "und und und und\n"
    "Integra- Beruf Quartier Sport\n"
    "tion\n"
    "Schulamt F F\n"
    "Jugendamt M F\n"
)
PAGED = UNDER_LEAD.replace("tion\n", "\ftion\n")
FIELDS = ["Familie und Kita", "Arbeit und Beruf", "Gesundheit", "Nachbarschaft im Quartier"]
LEAD_FIELDS = ["Sprache und Integration", "Schule und Beruf", "Wohnen und Quartier", "Kultur und Sport"]


@pytest.mark.parametrize(
    ("table", "expected"),
    [(UNDER_NOUN, FIELDS), (UNDER_LEAD, LEAD_FIELDS), (PAGED, LEAD_FIELDS)],
    ids=["under-the-noun-and-numbers", "under-a-lead-ending-in-a-colon", "a-page-break-inside-the-heads"],
)
def test_closed_heads_are_read_by_the_grammar_of_names(table: str, expected: list[str]) -> None:
    assert labels(HEAD + table + TAIL) == expected


# the last line's words may go on with either of two columns left open by the line above: no reading
TWO_WAYS = (
    "Die Fortschreibung behält die drei Handlungsfelder bei; je Feld ist ein Amt federführend (F):\n"
    "Sprache Arbeit Wohnen\n"
    "und und\n"
    "Bildung Beruf\n"
    "und Eh-\n"
    "renamt\n"
    "Schulamt F F\n"
)
# the heads are districts, no fields of the taxonomy
DISTRICTS = (
    "Die Maßnahmen der Handlungsfelder verteilen sich so auf die Ortsteile (F = federführend):\n"
    "Alt- Nord- Hafen- Ober-\n"
    "stadt viertel viertel dorf\n"
    "Sprachkita F F\n"
    "Jobpaten F\n"
)
# no row of marks under the heads: a paragraph, not a matrix
UNMARKED = UNDER_LEAD.replace("Schulamt F F\nJugendamt M F\n", "Die Ämter stimmen sich monatlich ab.\n")


@pytest.mark.parametrize(
    "table", [TWO_WAYS, DISTRICTS, UNMARKED], ids=["parted-two-ways", "districts", "no-row-of-marks"]
)
def test_closed_head_look_alikes_give_nothing(table: str) -> None:
    assert labels(HEAD + table + TAIL) == []


# heads whose first line holds more words than columns under a lead that counts the fields, the rule under them
# wrapped onto a second line: the first line parted by the grammar of names, an adjective going with the
# narrower piece ("und frühe" beside "Berufs-", not "und" beside "frühe Berufs-")
COUNTED = (
    "Das Konzept ist in vier Handlungsfelder gegliedert. Die Matrix zeigt, wer federführend (F) und wer\n"
    "mitwirkend (M) ist.\n\n"
    "Kita Schule und Wohnen und Kultur und\n"
    "und frühe Berufs- Quartier Sport\n"
    "Förderung orientierung\n"
    "──────────────────────────────────────────────────────────────\n"
    "──────────\n"
    "Jugendamt F M\n"
    "Schulamt M F\n"
)
COUNTED_FIELDS = [
    "Kita und frühe Förderung",
    "Schule und Berufsorientierung",
    "Wohnen und Quartier",
    "Kultur und Sport",
]


def test_a_first_head_line_of_more_words_is_parted_into_as_many_heads_as_the_lead_counts() -> None:
    assert labels(HEAD + COUNTED + TAIL) == COUNTED_FIELDS


def test_without_a_count_in_the_lead_such_heads_give_nothing() -> None:
    text = COUNTED.replace("Das Konzept ist in vier Handlungsfelder gegliedert.", "Das Konzept hat Handlungsfelder.")
    assert labels(HEAD + text + TAIL) == []


def test_a_count_other_than_the_heads_gives_nothing() -> None:
    assert labels(HEAD + COUNTED.replace("vier", "sechs") + TAIL) == []
