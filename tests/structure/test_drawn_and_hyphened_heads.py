"""The table model's cutter on a box drawn with box-drawing glyphs ("│ Rat │ 03.05.2027 │", its
upright lines read as bars, the offsets holding) and on a header whose narrow columns hyphenate
their words onto the next line ("Ter-" over "min"). Near misses: a hyphen-cut line whose next line
is no rests of it, and rests that stand under no cut cell. Every case is invented."""

from __future__ import annotations

from extractors import load_resources
from extractors.consultations.model import column_words
from pipeline.structure import view
from pipeline.structure.tables import Table
from tests.helpers import document


def _tables(text: str) -> tuple[str, list[Table]]:
    doc = document(text, doc_id="x", source_path="x.txt")
    return doc.text, view(doc).tables(column_words(load_resources()))


DRAWN = (
    "Beratungsfolge\n"
    "┌──────────────────────┬────────────┬──────────────┐\n"
    "│ Gremium              │ Termin     │ Zuständigkeit│\n"
    "├──────────────────────┼────────────┼──────────────┤\n"
    "│ Sozialausschuss      │ 04.05.2027 │ Vorberatung  │\n"
    "│ Gemeinderat          │ 18.05.2027 │ Entscheidung │\n"
    "└──────────────────────┴────────────┴──────────────┘\n"
)


def test_drawn_box_cut_as_bars_with_offsets_held() -> None:
    text, found = _tables(DRAWN)
    assert [t.columns for t in found] == [("body", "date", "role")]
    rows = [[(c.kind, c.value if c.kind != "body" else c.text) for c in r.cells] for r in found[0].rows]
    assert rows == [
        [("body", "Sozialausschuss"), ("date", "2027-05-04"), ("role", "preliminary")],
        [("body", "Gemeinderat"), ("date", "2027-05-18"), ("role", "decision")],
    ]
    assert all(text[c.start : c.end] == c.text for r in found[0].rows for c in r.cells)


HYPHENED = (
    "Beratungsfolge\n"
    "Gremium              Ter-         Zuständig-     Ö/N\n"
    "                     min          keit\n"
    "Sozialausschuss      04.05.2027   Vorberatung    Ö\n"
    "Gemeinderat          18.05.2027   Entscheidung   Ö\n"
)


def test_header_with_hyphenated_column_words() -> None:
    _, found = _tables(HYPHENED)
    assert [t.columns for t in found] == [("body", "date", "role", "public")]
    assert [[c.text for c in r.cells] for r in found[0].rows] == [
        ["Sozialausschuss", "04.05.2027", "Vorberatung", "Ö"],
        ["Gemeinderat", "18.05.2027", "Entscheidung", "Ö"],
    ]


def test_hyphen_cut_lines_that_are_no_header() -> None:
    # the line below opens a row, not the rests of the cut words
    no_rests = HYPHENED.replace("                     min          keit\n", "")
    # the rests stand under the bodies' column, which is not cut
    elsewhere = HYPHENED.replace("                     min          keit", "min          keit")
    for text in (no_rests, elsewhere):
        assert _tables(text)[1] == []
