"""HTML pages saved from a council information system are documents (``pipeline/ingest/html.py``).

The pages are generated here in the ways SessionNet- and ALLRIS-like systems write a Vorlage:
the header as a form table (label cell, value cell), maybe inside a layout table, the
Beratungsfolge as a table with a head row (a body name broken by ``<br>``, cells with spans,
``&nbsp;``), navigation links, scripts and styles holding text that looks like rows, hidden
inputs and comments, in UTF-8 or Windows-1252 with or without a declared charset. What must
come back: the page's title first, a table row per line with its cells joined by tabs, nothing
of scripts, styles or hidden parts, and the pipeline reading number, subject and every
consultation (and none from a page without a Beratungsfolge). Bad pages (empty, binary, an
encoding the bytes break or that is unknown) give a German error and the run goes on.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract.rows import extract_document
from pipeline.ingest.html import html_text
from pipeline.ingest.readers import read_document
from pipeline.settings import Settings
from tests.helpers import read_table, run_into

TOWNS = ["Stadt Lörrach", "Stadt Bocholt", "Gemeinde Wadgassen", "Stadt Kempten (Allgäu)", "Landkreis Göppingen"]
BODIES = [
    ("Hauptausschuss", "Hauptausschuss"),
    ("Ausschuss für Soziales<br>und Integration", "Ausschuss für Soziales und Integration"),
    ("Integrationsrat", "Integrationsrat"),
    ("<span>Jugendhilfe</span><span>ausschuss</span>", "Jugendhilfeausschuss"),
    ("Ausschuss für Bildung,&nbsp;Kultur und Sport", "Ausschuss für Bildung, Kultur und Sport"),
]
ROLES = ["Vorberatung", "Entscheidung", "Kenntnisnahme"]
TITLES = ["Integrationskonzept der Stadt: Fortschreibung", "Annahme von Zuwendungen", "Sanierung der Sporthalle Nord"]
DECOYS = [  # text that is never shown: it must not come back
    '<script>document.write("<tr><td>Finanzausschuss</td><td>01.02.2023</td></tr>");</script>',
    "<style>td.Finanzausschuss::after { content: '01.02.2023'; }</style>",
    '<input type="hidden" name="Finanzausschuss" value="01.02.2023">',
    "<!-- Finanzausschuss 01.02.2023 Entscheidung -->",
    "<noscript>Finanzausschuss 01.02.2023</noscript>",
]


@st.composite
def dates(draw: st.DrawFn) -> tuple[str, str]:
    y, m, d = draw(st.integers(2015, 2026)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
    return f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"


@st.composite
def pages(draw: st.DrawFn) -> tuple[bytes, dict[str, object]]:
    """A Vorlage page and what it states: title, number, subject, the consultations' (body, date)
    and the rows' lines as the text must hold them."""
    y, n = draw(st.integers(2015, 2026)), draw(st.integers(1, 9999))
    number = draw(st.sampled_from([f"VO/{y}/{n}", f"{y}/{n:04d}", f"BV/{n:04d}/{y}"]))
    title = draw(st.sampled_from(TITLES))
    town = draw(st.sampled_from(TOWNS))
    doc_date = draw(dates())
    rows = draw(
        st.lists(
            st.tuples(st.sampled_from(BODIES), dates(), st.sampled_from(ROLES)),
            max_size=4,
            unique_by=lambda r: (r[0][1], r[1][1]),  # one row per body and date
        )
    )
    allris = draw(st.booleans())
    form = [("Betreff:", html.escape(title)), ("Status:", "öffentlich"), ("Vorlage-Art:", "Beschlussvorlage")]
    form.insert(draw(st.integers(0, 2)), ("Datum:", doc_date[0]))
    form_rows = "".join(f"<tr><td class='kb1'>{k}</td>\n<td class='text1'>  {v}</td></tr>\n" for k, v in form)
    form_table = f"<table id='smctablevorgang'>{form_rows}</table>"
    if draw(st.booleans()):  # inside a layout table
        form_table = f"<table class='risdeco'><tr><td>{form_table}</td><td><img alt=''></td></tr></table>"
    decoys = draw(st.lists(st.sampled_from(DECOYS), max_size=3))
    if allris:
        head = "<tr><th>Gremium</th><th>Sitzung am</th><th>Zuständigkeit</th></tr>"
        cells = [f"<td>{b[0]}</td><td>{d[0]}</td><td>{r}</td>" for b, d, r in rows]
        lines = [f"{b[1]}\t{d[0]}\t{r}" for b, d, r in rows]
    else:
        head = "<tr><th>Datum</th><th>Gremium</th><th>Zuständigkeit</th></tr>"
        cells = [f"<td>{d[0]}</td><td>&nbsp;{b[0]}</td><td><span>{r}</span></td>" for b, d, r in rows]
        lines = [f"{d[0]}\t{b[1]}\t{r}" for b, d, r in rows]
    table = ""
    if rows:
        body_rows = "".join(f"<tr>{c}</tr>\n" for c in cells)
        table = f"<h2>Beratungsfolge:</h2>\n<table class='tl1'><thead>{head}</thead><tbody>{body_rows}</tbody></table>"
    charset = draw(st.sampled_from(["utf-8", "windows-1252", None]))
    meta = f'<meta charset="{charset}">' if charset else ""
    page = (
        f"<!DOCTYPE html>\n<html><head>{meta}<title>Vorlage - {number}</title>{decoys[0] if decoys else ''}</head>\n"
        f"<body><div class='nav'><a href='/'>Startseite</a> &gt; <a>Vorlagen</a></div>{''.join(decoys[1:])}\n"
        f"<div class='header'>{html.escape(town)}</div>\n<h1>Vorlage - {number}</h1>\n{form_table}\n{table}\n"
        "<h2>Beschlussvorschlag:</h2>\n<p>Der Rat beschließt\n die Vorlage.</p></body></html>\n"
    )
    data = page.encode("cp1252" if charset == "windows-1252" else "utf-8")
    expected = {
        "title": f"Vorlage - {number}",
        "number": number,
        "subject": title,
        "consultations": sorted((b[1], d[1]) for b, d, _ in rows),
        "lines": lines,
    }
    return data, expected


def read(data: bytes, tmp: Path) -> tuple[str, dict[str, list[dict[str, object]]]]:
    path = tmp / "vorlage.html"
    path.write_bytes(data)
    doc, problems = read_document(path, str(path), Settings(workers=1), data)
    assert problems == []
    tables, errors, _ = extract_document(doc)
    assert errors == []
    return doc.text, tables


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(pages())
def test_generated_pages_read_as_their_structure(tmp_path: Path, drawn: tuple[bytes, dict[str, object]]) -> None:
    data, expected = drawn
    text, tables = read(data, tmp_path)
    lines = text.splitlines()
    assert lines[0] == expected["title"]
    for line in expected["lines"]:  # type: ignore[attr-defined]
        assert line in lines, (line, text)
    assert "Finanzausschuss" not in text and "01.02.2023" not in text  # scripts, styles, hidden parts
    doc = tables["documents"][0]
    assert doc["doc_number"] == expected["number"]
    assert doc["subject"] == expected["subject"]
    found = sorted((str(r["body"]), str(r["meeting_date"])) for r in tables.get("consultations", []))
    assert found == expected["consultations"]


def test_cells_of_a_row_are_one_line_and_layout_tables_are_blocks() -> None:
    page = (
        "<html><body><table><tr><td><table><tr><td>Vorlage-Nr.:</td><td>VO/2024/1</td></tr></table></td>"
        "<td><p>Seite</p><p>eins</p></td></tr></table>"
        "<table><tr><td>Rat der<br>Stadt Lörrach</td><td><p>12.03.2024</p></td><td></td></tr></table>"
        "<pre>  Zeile  eins\n  Zeile zwei</pre></body></html>"
    ).encode()
    assert html_text(page).splitlines() == [
        "Vorlage-Nr.:\tVO/2024/1",
        "",
        "Seite",
        "",
        "eins",
        "",
        "Rat der Stadt Lörrach\t12.03.2024",
        "",
        "  Zeile  eins",
        "  Zeile zwei",
    ]


BAD = {
    "leer.html": (b"", "empty_file", "leer"),
    "nur_leerzeichen.htm": (b"  \n\t ", "empty_file", "leer"),
    "binaer.html": (bytes(range(256)) * 8, "unsupported_format", "binär"),
    "utf16_ohne_bom.html": (
        "<html><body><p>Grünfläche</p></body></html>".encode("utf-16-le"),
        "unsupported_format",
        "binär",
    ),
    "falsche_kodierung.html": (
        '<html><head><meta charset="utf-8"></head><body><p>Grünfläche</p></body></html>'.encode("cp1252"),
        "unsupported_format",
        "kodiert",
    ),
    "unbekannte_kodierung.html": (
        b'<html><head><meta charset="x-klingonisch"></head><body><p>Text</p></body></html>',
        "unsupported_format",
        "unbekannte Zeichenkodierung",
    ),
    "ohne_text.html": (
        b"<html><head><script>var a = 1;</script></head><body> </body></html>",
        "empty_file",
        "keinen Text",
    ),
}


def test_bad_pages_give_a_german_error_and_the_run_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (data, _, _) in BAD.items():
        (folder / name).write_bytes(data)
    good = "<html><head><title>Vorlage 2024/0815</title></head><body><p>Betreff: Sporthalle</p></body></html>"
    (folder / "gut.htm").write_text(good, encoding="utf-8")
    # an exporter's unmapped glyph as a stray NUL in a cell is no binary page (pdfminer.six's HTML of a drawn box)
    stray = good.replace("2024/0815", "2024/0816").replace("<p>Betreff", "<p>│ \x00 Beirat │</p><p>Betreff")
    (folder / "mit_nul.htm").write_bytes(stray.encode("utf-8"))
    summary = run_into(tmp_path / "out", [folder])
    errors = {Path(r["source_path"]).name: r for r in read_table(tmp_path / "out", "errors").to_dict("records")}
    for name, (_, error_type, words) in BAD.items():
        assert errors[name]["error_type"] == error_type, errors[name]
        assert words in errors[name]["message"], errors[name]
    docs = read_table(tmp_path / "out", "documents")
    assert sorted(Path(p).name for p in docs["source_path"]) == ["gut.htm", "mit_nul.htm"]
    assert summary.documents == 2


@pytest.mark.parametrize("name", ["Vorlage.HTML", "sitzung.htm"])
def test_html_files_in_a_folder_are_read(tmp_path: Path, name: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_text("<p>Betreff: Annahme von Zuwendungen</p>", encoding="utf-8")
    run_into(tmp_path / "out", [tmp_path / "in"])
    assert read_table(tmp_path / "out", "errors").empty
    assert len(read_table(tmp_path / "out", "documents")) == 1
