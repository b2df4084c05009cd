"""Beratungsfolgen of an export that sets a blank line after nearly every line (pdfminer.six making
each printed line a text box of its own): a single-spaced table whose header is hyphenated over two
lines, its rows each set apart by a blank line; a table set on its side, one
column per meeting; a referral sentence hyphenated across the blank lines. And the near misses: a
text with no such habit keeps its blank lines, and a double-spaced text without a Beratungsfolge
gains no meeting."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations import extract
from pipeline.document import Document
from pipeline.structure import view
from pipeline.structure.prose import closed_up

Row = tuple[str, "str | None", "str | None", "bool | None"]


def rows(text: str) -> list[Row]:
    doc = Document.from_pages("x", "x", "x", [(text, "plain_text", None)])
    found = list(extract(doc, load_resources(), view(doc)))
    for rec in found:
        assert doc.text[rec.span.start : rec.span.end] == rec.span.snippet
    return [(c.body, c.meeting_date, c.role, c.public) for c in found]


def boxed(*lines: str) -> str:
    """The lines as the export sets them: a blank line after each."""
    return "".join(f"{ln}\n\n" for ln in lines)


HEAD = boxed("Landkreis Uhlenhorst", "Der Landrat", "Beschlussvorlage Nr. 0417/2031")
BODY = boxed(
    "Beschlussvorschlag:",
    "Der Kreistag nimmt das Wohnraumkonzept für die Region an und beauftragt die Verwaltung",
    "mit der Umsetzung der ersten Stufe im kommenden Haushaltsjahr.",
    "Sachverhalt:",
    "Seit dem Frühjahr haben die Gemeinden des Kreises ihre Bedarfe an Wohnungen gemeldet,",
    "die Auswertung liegt als Anlage bei und wurde mit den Trägern besprochen.",
    "Finanzielle Auswirkungen:",
    "Für die erste Stufe sind im Teilhaushalt Soziales 80.000 Euro veranschlagt.",
    "Anlagen:",
    "Wohnraumkonzept (Entwurf, Stand Januar)",
)

CASES = [
    pytest.param(
        HEAD
        + boxed(
            "Beratungsfolge:",
            "Sitzungs- Gremium Zustän- Ö/N",
            "datum digkeit",
            "14.03.2031 Ausschuss für Bauen und Wohnen Vorberatung Ö",
            "21.03.2031 Kreisausschuss Vorberatung N",
            "04.04.2031 Kreistag Entscheidung Ö",
        )
        + BODY,
        [
            ("Ausschuss für Bauen und Wohnen", "2031-03-14", "preliminary", True),
            ("Kreisausschuss", "2031-03-21", "preliminary", False),
            ("Kreistag", "2031-04-04", "decision", True),
        ],
        id="rows-and-header-lines-apart",
    ),
    pytest.param(
        HEAD
        + boxed(
            "Beratungsweg: erst Überweisung an den Ausschuss für Bauen und Wohnen (Vorbera-",
            "tung, Mi, 14.03.31, öffentlich) und danach an den Kreistag (Do, 04.04.31,",
            "Beschluss).",
        )
        + BODY,
        [
            ("Ausschuss für Bauen und Wohnen", "2031-03-14", "preliminary", True),
            ("Kreistag", "2031-04-04", "decision", None),
        ],
        id="referral-hyphenated-across-blank-lines",
    ),
    pytest.param(
        # a double-spaced text naming no Beratungsfolge: no meeting read from it
        HEAD + BODY + BODY,
        [],
        id="no-beratungsfolge",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rows_of_an_export_with_a_box_a_line(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_text_without_the_habit_keeps_its_blank_lines() -> None:
    text = "Beratungsfolge:\n\nKreistag 04.04.2031\n\nDer Plan.\n"
    assert closed_up(text) == text


def test_closing_up_keeps_every_offset() -> None:
    text = HEAD + BODY
    closed = closed_up(text)
    assert len(closed) == len(text)
    assert closed.replace(" \n", "\n\n") == text.replace(" \n", "\n\n")
    assert "\n\n" not in closed.strip()
