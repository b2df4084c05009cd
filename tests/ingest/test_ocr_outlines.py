"""Outlines as tesseract reads them: the mark after a series' number read as two other marks, the
joints and bars of a tree drawn like a directory listing read as letters and "|"."""

from __future__ import annotations

from collections import Counter

from pipeline.ingest import ocr_text

LEX = ocr_text.Lexicon(frozenset(), Counter())


def repaired(text: str) -> str:
    return ocr_text.repair_text(text, LEX)[0]


SERIES = (
    "Jede Arbeitsgruppe trägt den Namen ihres Feldes:\n"
    "\n"
    "AG 1 · Kita und Schule ............ Vorsitz: Schulamt\n"
    "AG 2 · Beruf und Betrieb .......... Vorsitz: Jobcenter,\n"
    "Abteilung\n"
    "Vermittlung\n"
    "AG 3 :- Nachbarschaft im Ort ...... Vorsitz: Ortsamt\n"
    "AG 4 · Sport und Freizeit ......... Vorsitz: Sportamt\n"
)


def test_a_series_mark_read_as_two_marks_becomes_the_series_mark() -> None:
    lines = repaired(SERIES).splitlines()
    assert lines[6] == "AG 3 · Nachbarschaft im Ort ...... Vorsitz: Ortsamt"
    assert lines[2] == SERIES.splitlines()[2]


def test_no_series_no_change() -> None:
    short = "AG 1 · Kita und Schule\nAG 2 :- Beruf und Betrieb\n"  # two lines are no series
    assert "AG 2 :- Beruf" in repaired(short)
    uncounted = SERIES.replace("AG 2", "AG 5")  # the numbers do not count up: no run of three
    assert "AG 3 :- Nachbarschaft" in repaired(uncounted)
    mixed = "AG 1 · Kita\nAG 2 – Beruf\nAG 3 :- Ort\nAG 4 : Sport\n"  # no mark most lines share
    assert "AG 3 :- Ort" in repaired(mixed)


TREE = (
    "Das Konzept gliedert sich in Handlungsfelder (erste Ebene) und Projekte (zweite Ebene):\n"
    "\n"
    "Konzept „Miteinander“ 2030\n"
    "F- Kita und Schule\n"
    "| F- Lesepaten\n"
    "| —— Elterncafé\n"
    "H- Beruf und Betrieb\n"
    "| – Praktikumsbörse\n"
    "L- Nachbarschaft im Ort\n"
    "L-- Stadtteilfest\n"
)


def test_a_trees_joints_and_bars_read_as_letters_are_drawn_again() -> None:
    lines = repaired(TREE).splitlines()
    assert lines[2:] == [
        "Konzept „Miteinander“ 2030",
        "├── Kita und Schule",
        "│   ├── Lesepaten",
        "│   └── Elterncafé",  # a lost joint, the last of its level
        "├── Beruf und Betrieb",
        "│   └── Praktikumsbörse",
        "└── Nachbarschaft im Ort",
        "└── Stadtteilfest",  # its indent lost: the joint as read
    ]


def test_a_dash_list_is_no_tree() -> None:
    dashes = "Mitglieder:\n- Sozialamt\n- Jobcenter\n- Caritas\n"  # no joint read as a letter
    assert repaired(dashes) == dashes
    words = "Die Zonen F- und H-\nF- Zone Nord\nH- Zone Süd\n"  # no bar: no tree drawn
    assert "F- Zone Nord" in repaired(words)
