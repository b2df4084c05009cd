"""action_fields: fields as the letters of an outline without marks after a lead-in ("A   Sprache"
over "A.1  …", "A.2  …", then "B   …"): the lettered lines are the fields, the points numbered
under each letter its goals; letters out of order, a point under the wrong letter or a single
letter are no outline. An export's outline reads too: the gaps closed to single spaces and the
indents lost, a blank line after each line or a page break inside, a sentence right under it;
single-spaced letters without points are no outline (invented examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import Case, labels

_LEAD = (
    "Das Integrationskonzept des Landkreises gliedert seine Ziele in drei Handlungsfelder,\n"
    "die jeweils in Unterziele aufgeteilt sind:\n\n"
)
_OUTLINE = (
    "   A   Sprache und Bildung\n"
    "       A.1  Sprachkurse für Eltern\n"
    "       A.2  Lernpatenschaften an Grundschulen\n"
    "   B   Arbeit und Qualifizierung\n"
    "       B.1  Beratung zu Berufsabschlüssen\n"
    "   C   Wohnen im Quartier\n"
    "       C.1  Mieterberatung\n"
    "       C.2  Nachbarschaftstreffs\n"
)
_AFTER = "\nDie Ziele werden jährlich mit den Trägern überprüft.\n"
_FIELDS = ["Sprache und Bildung", "Arbeit und Qualifizierung", "Wohnen im Quartier"]

OUTLINES = [
    Case("letters over numbered points", _LEAD + _OUTLINE + _AFTER, _FIELDS),
    Case(
        "letters alone",
        _LEAD + "".join(line + "\n" for line in _OUTLINE.splitlines() if "." not in line) + _AFTER,
        _FIELDS,
    ),
]


@pytest.mark.parametrize("case", OUTLINES, ids=[c.id for c in OUTLINES])
def test_the_letters_are_the_fields(case: Case) -> None:
    assert labels(case.text) == case.expected


NO_OUTLINES = [
    Case("letters out of order", _LEAD + _OUTLINE.replace("   B   ", "   D   ") + _AFTER, []),
    Case("a point under the wrong letter", _LEAD + _OUTLINE.replace("B.1", "A.3") + _AFTER, []),
    Case("one letter", _LEAD + "   A   Sprache und Bildung\n       A.1  Sprachkurse für Eltern\n" + _AFTER, []),
]


@pytest.mark.parametrize("case", NO_OUTLINES, ids=[c.id for c in NO_OUTLINES])
def test_no_outline_no_points_as_fields(case: Case) -> None:
    assert labels(case.text) == case.expected


def _exported(sep: str = "\n", page_break_after: str = "") -> str:
    """The outline as a PDF export gives it: single spaces, no indents, ``sep`` between lines, a
    page break after the line starting ``page_break_after``, the next sentence right under it."""
    out = []
    for line in _OUTLINE.splitlines():
        line = " ".join(line.split())
        out.append(line + ("\n\n\f" if page_break_after and line.startswith(page_break_after) else sep))
    return _LEAD + "".join(out) + _AFTER.lstrip("\n")


EXPORTED = [
    Case("single spaces", _exported(), _FIELDS),
    Case("a blank line after each line", _exported("\n\n"), _FIELDS),
    Case("a page break inside", _exported(page_break_after="B.1"), _FIELDS),
]


@pytest.mark.parametrize("case", EXPORTED, ids=[c.id for c in EXPORTED])
def test_an_exported_outline_reads(case: Case) -> None:
    assert labels(case.text) == case.expected


NO_EXPORTED = [
    Case(
        "single-spaced letters without points",
        _LEAD + "A Sprache und Bildung\nB Arbeit und Qualifizierung\nC Wohnen im Quartier\n" + _AFTER,
        [],
    ),
    Case("single spaces, letters out of order", _exported().replace("B Arbeit", "D Arbeit"), []),
]


@pytest.mark.parametrize("case", NO_EXPORTED, ids=[c.id for c in NO_EXPORTED])
def test_no_exported_outline(case: Case) -> None:
    assert labels(case.text) == case.expected
