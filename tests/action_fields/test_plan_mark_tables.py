"""action_fields: a plan's table of the fields over years or quarters, an "x" under each step a field
is worked on: the empty cells are dropped in a text's gaps and the gaps closed into single spaces by a
PDF's text layer ("Wohnen und Nachbarschaft x x"); every row's field is read. A rendering whose font
has no glyph for the mark leaves the fields alone on their lines, which are read too. A table of marks
whose header names no field, or a header over rows that are no names, gives none of these (invented
examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

ROWS = [
    ("Frühe Bildung und Elternarbeit", "x      x"),
    ("Übergang Schule – Beruf", "       x      x"),
    ("Gesundheit im Alter", "x             x"),
]
EXPECTED = [r[0] for r in ROWS]


def _gapped() -> str:
    return "Handlungsfeld                         2026   2027   2028\n" + "".join(
        f"{name.ljust(38)}{marks}\n" for name, marks in ROWS
    )


def _flat(blank: bool) -> str:
    sep = "\n\n" if blank else "\n"
    return "Handlungsfeld 2026 2027 2028" + sep + sep.join(f"{n} {' '.join(m.split())}" for n, m in ROWS) + "\n"


@pytest.mark.parametrize("table", [_gapped(), _flat(False), _flat(True)], ids=["gaps", "single-spaces", "blank-lines"])
def test_plan_mark_table(table: str) -> None:
    text = "Zeitplan\nDer Plan wird schrittweise umgesetzt:\n\n" + table + "\nKosten\nDie Mittel sind eingeplant.\n"
    assert labels(text) == EXPECTED


NEGATIVE = [
    # marks under years, but the header names measures, not fields
    "Maßnahme 2026 2027\nSprachcafé x x\nPatenschaften x\n",
    # the noun over years, but rows without marks: a sentence and a cost line
    "Handlungsfeld 2026 2027\nDie Mittel werden jährlich angepasst.\nSumme 12.000 14.000\n",
]


@pytest.mark.parametrize("table", NEGATIVE, ids=["measures", "no-marks"])
def test_plan_mark_table_negatives(table: str) -> None:
    assert labels("Zeitplan\n\n" + table + "\nKosten\nDie Mittel sind eingeplant.\n") == []


def _marks_lost(sep: str) -> str:
    """The table as a rendering gives it whose font lacks the mark: the header, then the fields
    alone on their lines, ``sep`` between them."""
    return "Handlungsfeld 2026 2027 2028\n" + sep.join(f"{name} " for name, _ in ROWS) + "\n"


@pytest.mark.parametrize("sep", ["\n", "\n\n", "\n\n\f"], ids=["lines", "blank-lines", "page-break"])
def test_plan_table_whose_marks_are_lost(sep: str) -> None:
    text = "Zeitplan\nDer Plan wird schrittweise umgesetzt:\n\n" + _marks_lost(sep)
    text += "Im ersten Jahr wurden in drei Ortsteilen Elterncafés eröffnet, die gut besucht sind.\n"
    assert labels(text) == EXPECTED


LOST_NEGATIVE = [
    # names under the header, but none a topic of the taxonomy
    "Handlungsfeld 2026 2027\nProjektleitung\nGeschäftsstelle\nBerichtswesen\n\nDie Mittel sind eingeplant.\n",
    # one name, then a sentence
    "Handlungsfeld 2026 2027\nGesundheit im Alter\nDie Mittel werden jährlich angepasst, soweit nötig.\n",
]


@pytest.mark.parametrize("table", LOST_NEGATIVE, ids=["no-topic", "one-row"])
def test_plan_table_whose_marks_are_lost_negatives(table: str) -> None:
    assert labels("Zeitplan\n\n" + table) == []


@pytest.mark.parametrize("ticks", ["4 /", "v", "V 4", "/ /"])
def test_plan_table_scanned_its_ticks_misread(ticks: str) -> None:
    """The table scanned: OCR reads each tick "✓" as a look-alike ("4", "/", "v"); the names are the rows'."""
    rows = "".join(f"{name} {ticks}\n" for name, _ in ROWS)
    text = "Zeitplan\n(✓ = Schwerpunktjahr)\n\nHandlungsfeld 2026 2027 2028\n" + rows
    text += "\nIm ersten Jahr wurden in drei Ortsteilen Elterncafés eröffnet.\n"
    assert labels(text) == EXPECTED


MISREAD_NEGATIVE = [
    # look-alikes after names of no topic
    "Handlungsfeld 2026 2027\nProjektleitung 4\nGeschäftsstelle /\n",
    # a figure of a cost line is no tick: a row with two digits ends the table
    "Handlungsfeld 2026 2027\nGesundheit im Alter 4\nSumme 12 14\n",
    # the header names measures, not fields
    "Maßnahme 2026 2027\nSprachcafé 4 /\nElternarbeit v\n",
]


@pytest.mark.parametrize("table", MISREAD_NEGATIVE, ids=["no-topic", "one-row-then-figures", "measures"])
def test_plan_table_scanned_negatives(table: str) -> None:
    assert labels("Zeitplan\n\n" + table + "\nKosten\nDie Mittel sind eingeplant.\n") == []
