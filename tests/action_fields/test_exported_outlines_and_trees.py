"""action_fields: an outline's entries and a directory tree as exports set them, the blank lines
around them lost (pdftotext, pypdf) or one after every line (pdfminer.six), a heading's note in
brackets wrapped onto the next line and the paragraph under it broken anew (invented examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

FIELDS = ["Sprache und Bildung", "Arbeit und Beruf", "Wohnen im Quartier"]


def _outline(sep: str) -> str:
    entries = [f"4.2.{n} {f}" for n, f in enumerate(FIELDS, 1)]
    return (
        "2. Handlungsfelder (zur Kenntnis, gegenüber der Vorlage nur redaktionell\ngeändert)\n\n"
        "Die drei Handlungsfelder des Entwurfs bleiben bestehen. Auf Anregung des\nRates wird\n"
        "eines umbenannt. Die Gliederung des Entwurfs lautet\ndamit:\n"
        + sep
        + sep.join(entries)
        + "\n"
        + sep
        + "3. Steuerungsgruppe\nDie Steuerungsgruppe tagt monatlich.\n"
    )


@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["blank-lines-lost", "blank-after-every-line"])
def test_outline_entries_under_a_wrapped_heading(sep: str) -> None:
    assert labels(_outline(sep)) == FIELDS


def _tree(sep: str) -> str:
    rows = [
        "Integrationskonzept 2027",
        "├── Sprache und Bildung",
        "│ └── Sprachkitas",
        "├── Arbeit und Beruf",
        "│ └── Lotsen",
        "└── Wohnen im Quartier",
        "└── Quartiersmanagement",
    ]
    return (
        "Der Strukturbaum zeigt die Handlungsfelder (erste Ebene) und die Leitprojekte\n(zweite Ebene):\n"
        + sep
        + sep.join(rows)
        + "\n"
        + ("" if sep == "\n" else sep)
        + "Die Leitprojekte sind im Anhang beschrieben.\n"
    )


@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["blank-lines-lost", "blank-after-every-line"])
def test_a_tree_without_its_blank_lines_or_with_more(sep: str) -> None:
    assert labels(_tree(sep)) == FIELDS


def test_a_tree_broken_by_prose_before_its_last_branch_is_none() -> None:
    text = _tree("\n").replace("├── Arbeit und Beruf", "Hier folgt ein Satz des Textes.\n├── Arbeit und Beruf")
    assert labels(text) == []
