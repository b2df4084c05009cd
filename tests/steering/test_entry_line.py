"""The shape of a list entry whose bullet an export set apart: told at once on a line of wide gaps
(a table as pdftotext -layout sets it), where a pattern that lets a run of spaces split among its
words would try every split."""

from __future__ import annotations

import pytest

from extractors.steering.marks import _ENTRY_LINE


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        ("Sozialamt", True),
        ("Caritasverband Lindholm e. V.", True),
        ("Jobcenter Kreis Lindholm  ", True),
        ("Die Sitzung beginnt um neun.", False),
        ("Gremium" + " " * 60 + "Sitzung" + " " * 40 + "Zuständigkeit:", False),
        ("Gremium" + " " * 60 + "Sitzung" + " " * 40 + "Zuständigkeit", True),
        ("Eins zwei drei vier fünf sechs sieben acht neun", False),
    ],
)
def test_entry_line(line: str, entry: bool) -> None:
    assert (_ENTRY_LINE.fullmatch(line) is not None) is entry
