"""A PDF converted to HTML (text boxes placed by position) is laid out again (``pipeline/ingest/html_layout.py``).

The pages here are written the way poppler's ``pdftohtml -s`` and pdfminer.six's HTML output
write them: a box per run of text at ``position:absolute; top; left``, line breaks as ``<br>``,
fonts named by class rules (pdftohtml names a font only on the page that uses it first) or by
the box's own style, pages as ``position:relative`` blocks (pdftohtml) or as empty frames with
tops running over the whole document and a ``Page N`` mark (pdfminer). What must come back: a
label and its value on one line, a table's cells at their columns, a wrapped cell under its
column, pages joined by form feeds, no page marks, and the pipeline reading the header and every
consultation. A page whose text is not in placed boxes is still read by its structure. The real
tools over every PDF are in ``tests/exports/test_export_matrix.py`` (tools ``pdftohtml`` and
``pdfminer-html``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest.html import html_text
from pipeline.ingest.readers import text_pages
from tests.exports.test_html_inputs import read


def _p(top: int, left: int, cls: str, text: str) -> str:
    return f'<p style="position:absolute;top:{top}px;left:{left}px;white-space:nowrap" class="{cls}">{text}</p>'


# pdftohtml: a page a relative block; fonts ft10 (form, 14px) and ft11 (body, 16px, line height 20)
POPPLER = (
    "<!DOCTYPE html><html><head><title>vorlage_export</title>"
    '<style type="text/css">p {margin: 0; padding: 0;} .ft10{font-size:14px;font-family:X;}'
    ".ft11{font-size:16px;line-height:20px;font-family:X;}</style></head><body>"
    '<a name="1"></a><div id="page1-div" style="position:relative;width:892px;height:1262px;">'
    + _p(90, 110, "ft11", "Gemeinde Wiesenbach")
    + _p(130, 110, "ft10", "Vorlage-Nr.:")
    + _p(130, 300, "ft10", "GV/2025/031")
    + _p(130, 520, "ft10", "Datum:")
    + _p(130, 620, "ft10", "03.02.2025")
    + _p(156, 110, "ft10", "Amt:")
    + _p(156, 300, "ft11", "Amt für Familie,<br/>Bildung und Teilhabe")
    + _p(230, 110, "ft11", "<b>Betreff:</b> Leitbild Zusammenleben in Wiesenbach")
    + _p(290, 110, "ft11", "<b>Beratungsfolge</b>")
    + _p(326, 110, "ft10", "Gremium")
    + _p(326, 400, "ft10", "Sitzung")
    + _p(326, 560, "ft10", "Zuständigkeit")
    + _p(352, 110, "ft11", "Ausschuss für Bildung, Kultur<br/>und Soziales")
    + _p(352, 400, "ft10", "18.02.2025")
    + _p(352, 560, "ft10", "Vorberatung")
    + _p(404, 110, "ft10", "Gemeinderat")
    + _p(404, 400, "ft10", "11.03.2025")
    + _p(404, 560, "ft10", "Entscheidung")
    + "</div>"
    '<a name="2"></a><div id="page2-div" style="position:relative;width:892px;height:1262px;">'
    # ft21 is named nowhere: pdftohtml names a font once, on its first page
    + _p(90, 110, "ft21", "Der Gemeinderat beschließt das Leitbild.")
    + _p(140, 110, "ft21", "Seite 2 von 2")
    + "</div></body></html>"
)


def _box(top: float, left: float, lines: list[str], size: float = 10.5) -> str:
    height = size * 1.3 * len(lines)
    body = "".join(f"{line}\n<br>" for line in lines)
    return (
        f'<div style="position:absolute; border: textbox 1px solid; writing-mode:lr-tb; left:{left}px; '
        f'top:{top}px; width:300px; height:{height}px;"><span style="font-family: X; font-size:{size}px">'
        f"{body}</span></div>"
    )


def _frame(top: float, page: int) -> str:
    return (
        f'<span style="position:absolute; border: gray 1px solid; left:0px; top:{top}px; width:595px; '
        f'height:842px;"></span><div style="position:absolute; top:%dpx;">{top}<a name="{page}">Page {page}</a></div>'
    )


# pdfminer.six: tops over the whole document, a frame and a "Page N" mark per page
PDFMINER = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
    + _frame(50, 1)
    + _box(100, 70, ["Stadt Kornfeld", "Beschlussvorlage"])
    + _box(140, 70, ["Drucksache:"])
    + _box(140, 220, ["KF/0412/2024"])
    + _box(180, 70, ["Beratungsfolge:"])
    + _box(200, 70, ["Integrationsrat"])
    + _box(200, 260, ["04.11.2024"])
    + _box(200, 380, ["Anhörung"])
    + _box(216, 70, ["Rat der Stadt Kornfeld"])
    + _box(216, 260, ["21.11.2024"])
    + _box(216, 380, ["Entscheidung"])
    + _frame(942, 2)
    + _box(1000, 70, ["Begründung:", "Die Stadt schreibt ihr Konzept fort."])
    + "</body></html>"
)


def _columns(line: str) -> list[str]:
    return [cell for cell in line.split("  ") if cell.strip()]


def test_pdftohtml_page_is_laid_out_by_position() -> None:
    text = html_text(POPPLER.encode())
    pages = text_pages(text)
    assert len(pages) == 2, text
    lines = pages[0].splitlines()
    assert "vorlage_export" not in text  # the converter's title (a file name) is no line of the paper
    header = next(line for line in lines if "Vorlage-Nr.:" in line)
    assert [c.strip() for c in _columns(header)] == ["Vorlage-Nr.:", "GV/2025/031", "Datum:", "03.02.2025"]
    first = next(i for i, line in enumerate(lines) if line.lstrip().startswith("Ausschuss für Bildung"))
    assert [c.strip() for c in _columns(lines[first])] == ["Ausschuss für Bildung, Kultur", "18.02.2025", "Vorberatung"]
    # the wrapped cell's second line stands under its column, alone on its line
    assert lines[first + 1].strip() == "und Soziales"
    assert lines[first + 1].index("und") == lines[first].index("Ausschuss")
    # a value wrapped in its box stays under the value's column
    amt = next(i for i, line in enumerate(lines) if line.startswith("Amt:"))
    assert lines[amt + 1].strip() == "Bildung und Teilhabe"
    assert lines[amt + 1].index("Bildung") == lines[amt].index("Amt für")
    assert "Der Gemeinderat beschließt das Leitbild." in pages[1]


def test_pdfminer_page_is_laid_out_and_its_page_marks_left_out() -> None:
    text = html_text(PDFMINER.encode())
    assert "Page 1" not in text and "Page 2" not in text and "942" not in text
    pages = text_pages(text)
    assert len(pages) == 2, text
    lines = pages[0].splitlines()
    assert [c.strip() for c in _columns(next(line for line in lines if "Drucksache:" in line))] == [
        "Drucksache:",
        "KF/0412/2024",
    ]
    row = next(line for line in lines if line.startswith("Rat der Stadt"))
    assert [c.strip() for c in _columns(row)] == ["Rat der Stadt Kornfeld", "21.11.2024", "Entscheidung"]
    assert pages[1].splitlines()[:2] == ["Begründung:", "Die Stadt schreibt ihr Konzept fort."]


@pytest.mark.parametrize(
    ("page", "number", "consultations"),
    [
        (
            POPPLER,
            "GV/2025/031",
            [("Ausschuss für Bildung, Kultur und Soziales", "2025-02-18"), ("Gemeinderat", "2025-03-11")],
        ),
        (PDFMINER, "KF/0412/2024", [("Integrationsrat", "2024-11-04"), ("Rat der Stadt Kornfeld", "2024-11-21")]),
    ],
    ids=["pdftohtml", "pdfminer"],
)
def test_pipeline_reads_the_converted_page(
    tmp_path: Path, page: str, number: str, consultations: list[tuple[str, str]]
) -> None:
    text, tables = read(page.encode(), tmp_path)
    assert tables["documents"][0]["doc_number"] == number, text
    found = sorted((str(r["body"]), str(r["meeting_date"])) for r in tables.get("consultations", []))
    assert found == consultations, text


def test_page_with_a_placed_ornament_is_read_by_its_structure() -> None:
    page = (
        "<html><body><div style='position:absolute;top:0px;left:0px'>Menü</div>"
        "<h1>Vorlage VO/2024/17</h1><table><tr><td>Hauptausschuss</td><td>12.03.2024</td><td>Vorberatung</td></tr>"
        "<tr><td>Rat</td><td>26.03.2024</td><td>Entscheidung</td></tr></table>"
        "<p>Der Rat beschließt die Vorlage.</p></body></html>"
    ).encode()
    lines = html_text(page).splitlines()
    assert "Hauptausschuss\t12.03.2024\tVorberatung" in lines
    assert "\f" not in "\n".join(lines)


def test_cell_going_on_under_a_word_of_a_joined_box_starts_under_it() -> None:
    # pdftohtml joins a date and a body one space apart into one box; the body's next line is a
    # box of its own, whose left edge (digits are wider than the mean) gives a column two off
    page = (
        "<html><head><style>.ft10{font-size:15px;}</style></head><body>"
        '<div style="position:relative;width:892px;height:1262px;">'
        + "".join(
            _p(top, left, "ft10", text)
            for top, left, text in [
                (200, 100, "Datum"),
                (200, 200, "Gremium"),
                (220, 100, "12.09.2023&#160;Ausschuss für"),
                (238, 198, "Jugend und Familie"),
                (220, 400, "Vorberatung"),
            ]
        )
        + "</div></body></html>"
    )
    lines = html_text(page.encode()).splitlines()
    first = next(line for line in lines if line.startswith("12.09.2023"))
    below = lines[lines.index(first) + 1]
    assert below.index("Jugend") == first.index("Ausschuss"), "\n".join(lines)
