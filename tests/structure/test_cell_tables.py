"""Beratungsfolge tables as text exports set them one cell per line (``tests/generators/cell_tables.py``):
the table model of the view reads each drawn row, in row order or column by column, and a
column-by-column table whose names and dates do not pair gives rejected rows with their
reason and no consultation; the text after the table (a label line, a sentence with a body
and a date) yields nothing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from extractors import load_resources
from extractors.consultations import extract
from extractors.consultations.model import column_words, from_model
from extractors.consultations.vocab import vocab
from pipeline.document import Document
from pipeline.records import Consultation
from pipeline.structure import view
from tests.generators.cell_tables import (
    AFTER,
    BEFORE,
    BODIES,
    ROLES,
    CellTable,
    box_tables,
    cell_tables,
    cut_role_tables,
    mark_tables,
    opened,
    worded_tables,
)
from tests.helpers import document


def _doc(text: str) -> Document:
    return document(text, doc_id="x", source_path="x.txt")


def _comes_back(table: CellTable) -> tuple[Document, list[Consultation]]:
    """The model's rows are the drawn rows, in order; the extractor's facts are the drawn ones."""
    doc = _doc(table.text())
    res = load_resources()
    got = [(r.body, r.meeting_date) for r in from_model(doc, vocab(res), res, view(doc))]
    assert got == table.expected(), table.text()
    found = list(extract(doc, res, view(doc)))
    assert sorted((r.body, r.meeting_date) for r in found) == sorted(table.expected()), table.text()
    return doc, found


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cell_tables())
def test_cell_tables_come_back(table: CellTable) -> None:
    """The model reads every drawn row exactly and nothing else; the extractor finds every drawn
    body and date, with the role where the table has one."""
    doc, found = _comes_back(table)
    for rec in found:
        assert doc.text[rec.span.start : rec.span.end] == rec.span.snippet
    if table.roles is not None:
        res = load_resources()
        assert all(r.role is not None for r in from_model(doc, vocab(res), res, view(doc))), table.text()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cell_tables(negative=True))
def test_unpaired_columns_are_rejected(table: CellTable) -> None:
    """A table set column by column with one date left out: names and dates do not pair by
    order, so the model keeps no row of it, every date stays as a rejected row with the reason,
    and the reader makes no consultation of them."""
    doc = _doc(table.text())
    res = load_resources()
    found = view(doc).tables(column_words(res))
    assert all(t.rows == [] for t in found)
    assert list(from_model(doc, vocab(res), res, view(doc))) == []


def test_no_stacked_header_no_table() -> None:
    """The cells without the header's column words, and the column words without cells, make no table."""
    cells = "Hauptausschuss\n\n14.06.2016\n\nVorberatung\n\nGemeinderat\n\n21.06.2016\n\nEntscheidung\n\n"
    assert view(_doc(BEFORE + cells + AFTER)).tables(column_words(load_resources())) == []
    head = "Beratungsfolge\n\nTermin\n\nZuständigkeit\n\n"
    assert view(_doc(BEFORE + head + AFTER)).tables(column_words(load_resources())) == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(box_tables())
def test_box_tables_come_back(table: CellTable) -> None:
    """A table as pdfminer.six sets its boxes (a name of one line beside its row's dates, the wrapped
    names last) or with the next section's label beside its head: the model reads every drawn row
    exactly, the extractor every drawn body and date, and the label's value after the table is no row."""
    _comes_back(table)


ROLE_VALUES = {
    "Vorberatung": "preliminary",
    "Entscheidung": "decision",
    "Kenntnisnahme": "information",
    "Beschluss": "decision",
}


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mark_tables())
def test_marks_give_no_name_and_no_role(table: CellTable) -> None:
    """Marks under "ö" / "nö" columns, one cell per line or column by column: every drawn row comes
    back with its role; a mark whose column the export lost gives no status, and is never read as a
    name or a role."""
    doc, found = _comes_back(table)
    roles = [ROLE_VALUES[ROLES[r]] for r in table.roles or ()]
    drawn = [(BODIES[b][0], d.isoformat()) for b, d in zip(table.bodies, table.dates, strict=True)]
    expected = {row: roles[k] if roles else None for k, row in enumerate(drawn) if row in table.expected()}
    assert {(r.body, r.meeting_date): r.role for r in found} == expected, table.text()
    assert all(r.public is None for r in found), table.text()


CUT_VALUES = ["preliminary", "decision", "information", "decision"]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cut_role_tables())
def test_hyphenated_role_cells(table: CellTable) -> None:
    """A role cell hyphenated over two lines ("Vor-" / "beratung", "Beratung und Beschluss-" /
    "fassung"), one cell per line or column by column: its row keeps its role, and of a compound
    the deciding one (``tables.deciding``); the cut cell is never a name."""
    doc, found = _comes_back(table)
    drawn = [(BODIES[b][0], d.isoformat()) for b, d in zip(table.bodies, table.dates, strict=True)]
    roles = [CUT_VALUES[r] for r in table.roles or ()]
    expected = {row: roles[k] for k, row in enumerate(drawn) if row in table.expected()}
    assert {(r.body, r.meeting_date): r.role for r in found} == expected, table.text()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(worded_tables())
def test_worded_headers_and_role_cells(table: CellTable) -> None:
    """A dates' column word that is a compound ("Zieltermin", "Beratungstermine"), attribute words after
    the heading ("Beratungsfolge dieser Vorlage"), role cells opening with a preposition, an ordinal or a
    bracket ("zur Vorberatung", "2. Entscheidung", "(Kenntnisnahme)"), one cell per line or column by
    column: every drawn row comes back with its role."""
    doc, found = _comes_back(table)
    drawn = [(BODIES[b][0], d.isoformat()) for b, d in zip(table.bodies, table.dates, strict=True)]
    roles = [ROLE_VALUES[ROLES[r]] for r in table.roles or ()]
    expected = {row: roles[k] for k, row in enumerate(drawn) if row in table.expected()}
    assert {(r.body, r.meeting_date): r.role for r in found} == expected, table.text()


@pytest.mark.parametrize(
    ("head", "cell"),
    [
        ("Beratungsfolge\n\nZielgruppe\n\nZuständigkeit", "Vorberatung"),  # a compound of no date's column word
        ("Ausschuss der Stadt\n\nTermin\n\nZuständigkeit", "Vorberatung"),  # a body's name, no heading
        ("An der Stadtverwaltung\n\nTermin\n\nZuständigkeit", "Vorberatung"),  # a preposition, no heading
    ],
)
def test_words_that_name_no_column(head: str, cell: str) -> None:
    """Lines that only look like a compound column word or a heading with attribute words open no table."""
    cells = "\n\n".join(["Sozialausschuss", "12.03.2019", cell, "Gemeinderat", "26.03.2019", "Entscheidung"])
    doc = _doc(BEFORE + head + "\n\n" + cells + "\n\n" + AFTER)
    assert view(doc).tables(column_words(load_resources())) == []


@pytest.mark.parametrize("cell", ["zur Vorlage", "2. Lesung", "(siehe Anlage)"])
def test_openers_without_a_role_word_give_no_role(cell: str) -> None:
    """A cell opening with a preposition, an ordinal or a bracket and naming no role is never a role
    and never a body's name: its row has no role (or is not read)."""
    text = "Beratungsfolge\nGremium\nDatum\nZuständigkeit\n" + "\n".join(
        ["Sozialausschuss", "12.03.2019", cell, "Gemeinderat", "26.03.2019", opened("Entscheidung", "zur")]
    )
    doc = _doc(BEFORE + text + "\n\n" + AFTER)
    got = {(r.body, r.meeting_date): r.role for r in extract(doc, load_resources(), view(doc))}
    assert got.get(("Sozialausschuss", "2019-03-12")) is None, text
    assert set(got) <= {("Sozialausschuss", "2019-03-12"), ("Gemeinderat", "2019-03-26")}, text


HEADER_LINES = ["Beratungsfolge dieser Vorlage Sitzung am Zuständigkeit", "Gremium Zieltermin Zuständigkeit"]


@pytest.mark.parametrize("head", HEADER_LINES)
@pytest.mark.parametrize("bodies", [(0, 1), (5, 2, 0), (4, 6)])
def test_header_line_over_cells(head: str, bodies: tuple[int, ...]) -> None:
    """The header on one line, the cells below one per box, blank lines between them, each name apart
    from the line of its date and role (as pdftotext sets a ruled table): every drawn row with its role;
    with a name left out, no row is paired with another's name."""
    dates = ["12.03.2019", "26.03.2019", "09.04.2019"][: len(bodies)]
    cells = [c for k, b in enumerate(bodies) for c in ("\n".join(BODIES[b][1]), f"{dates[k]} {ROLES[k % 2]}")]
    res = load_resources()
    doc = _doc(BEFORE + head + "\n\n" + "\n\n".join(cells) + "\n\n" + AFTER)
    want = {
        (BODIES[b][0], f"2019-{dates[k][3:5]}-{dates[k][:2]}"): ROLE_VALUES[ROLES[k % 2]] for k, b in enumerate(bodies)
    }
    assert {(r.body, r.meeting_date): r.role for r in extract(doc, res, view(doc))} == want, doc.text
    doc = _doc(BEFORE + head + "\n\n" + "\n\n".join(cells[1:]) + "\n\n" + AFTER)
    assert list(from_model(doc, vocab(res), res, view(doc))) == [], doc.text


@pytest.mark.parametrize("head", ["Datum\nö nö Gremium\nZuständigkeit", "Datum\nö\nnö\nGremium\nZuständigkeit"])
@pytest.mark.parametrize("marks", [("x", "X"), ("", "☒"), ("✓", "")])
def test_marks_glued_to_roles(head: str, marks: tuple[str, str]) -> None:
    """A mark glued to the role cell of its row ("X Vorberatung"), the mark columns' words on the line of
    the bodies' column word ("ö nö Gremium"), boxes apart by blank lines: every row with its role, the
    mark never a name or a role."""
    rows = [("13.01.2015", "Hauptausschuss", "Vorberatung"), ("03.02.2015", "Gemeinderat", "Entscheidung")]
    cells = [c for (d, b, r), m in zip(rows, marks, strict=True) for c in (d, b, f"{m} {r}".strip())]
    # as pdfminer.six sets the boxes: a blank line between them
    doc = _doc(BEFORE + "\n\n".join(["Beratungsfolge:", *head.split("\n"), *cells]) + "\n\n" + AFTER)
    got = {(r.body, r.meeting_date): r.role for r in extract(doc, load_resources(), view(doc))}
    assert got == {("Hauptausschuss", "2015-01-13"): "preliminary", ("Gemeinderat", "2015-02-03"): "decision"}, doc.text


OFFICES = [
    ("Beschluss der Bürgermeisterin", "Bürgermeisterin"),
    ("Entscheidung des Oberbürgermeisters", "Oberbürgermeister"),
    ("Beschluss des Bürgermeisters", "Bürgermeister"),
]


def _office_renderings(cell: str) -> list[str]:
    """A Beratungsfolge whose second row names an office as its decider, in tab, gap and single-space
    rows, one cell per line, and column by column."""
    return [
        f"Beratungsfolge\nGremium\tDatum\nSozialausschuss\t12.03.2019\n{cell}\t26.03.2019\n",
        f"Beratungsfolge\nGremium{' ' * 30}Datum\nSozialausschuss{' ' * 22}12.03.2019\n{cell.ljust(37)}26.03.2019\n",
        f"Beratungsfolge\nGremium Datum\nSozialausschuss 12.03.2019\n{cell} 26.03.2019\n",
        f"Beratungsfolge\nTermin\nSozialausschuss\n12.03.2019\n{cell}\n26.03.2019\n",
        f"Beratungsfolge\n\nTermin\n\nSozialausschuss\n\n{cell}\n\n12.03.2019\n\n26.03.2019\n",
    ]


@pytest.mark.parametrize(("cell", "office"), OFFICES)
def test_office_decides(cell: str, office: str) -> None:
    """ "Beschluss der Bürgermeisterin" in a body cell: the office is the body, its role the decision;
    the role word is no part of the body."""
    res = load_resources()
    for text in _office_renderings(cell):
        doc = _doc(BEFORE + text + "\n" + AFTER)
        got = {(r.body, r.meeting_date, r.role) for r in extract(doc, res, view(doc))}
        assert (office, "2019-03-26", "decision") in got, text
        assert ("Sozialausschuss", "2019-03-12") in {g[:2] for g in got}, text
        assert all(b in ("Sozialausschuss", office) for b, _, _ in got), text


@pytest.mark.parametrize("cell", ["Beschluss des Gemeinderates"])
def test_no_office_no_body(cell: str) -> None:
    """A role word before a body that is no office: no row of it (the council has its own row where it meets)."""
    res = load_resources()
    for text in _office_renderings(cell)[3:]:
        doc = _doc(BEFORE + text + "\n" + AFTER)
        assert {r.body for r in extract(doc, res, view(doc))} == {"Sozialausschuss"}, text


def _read(text: str) -> dict[tuple[str, str | None], str | None]:
    doc = _doc(BEFORE + text + "\n\n" + AFTER)
    return {(r.body, r.meeting_date): r.role for r in extract(doc, load_resources(), view(doc))}


@pytest.mark.parametrize("blank", ["\n", "\n\n"])
def test_a_row_on_one_line_among_cells(blank: str) -> None:
    """Rows one cell per line with a row set out on one line among them (name, status, date), and roles
    set after the last row: each row with its name, none with its neighbour's."""
    cells = [
        "Kulturausschuss",
        "(Musterstadt)",
        "öffentlich",
        "05.09.2016",
        "Finanzausschuss nichtöffentlich 19.09.2016",
    ]
    text = "Beratungsfolge\nStatus\nDatum\n" + blank.join([*cells, "Ortsrat Nord", "öffentlich", "04.10.2016"])
    assert set(_read(text)) == {
        ("Kulturausschuss (Musterstadt)", "2016-09-05"),
        ("Finanzausschuss", "2016-09-19"),
        ("Ortsrat Nord", "2016-10-04"),
    }, text
    text = "Beratungsfolge\nSitzungsdatum Zuständigkeit\n" + "\n".join(
        ["Ausschuss für", "Kultur und Sport", "01.02.2021", "Ortsrat Nord 22.02.2021", "Vorberatung", "Beschluss"]
    )
    assert _read(text) == {
        ("Ausschuss für Kultur und Sport", "2021-02-01"): "preliminary",
        ("Ortsrat Nord", "2021-02-22"): "decision",
    }, text


def test_a_role_between_the_lines_of_a_name() -> None:
    """A role cell set between the lines of a name that goes on ("Ausschuss für Kultur," / "Vorberatung" /
    "Sport und Freizeit") is the row's role, the name whole without it; a word cut over two lines
    ("Vor-" / "beratung") is one cell."""
    text = "Beratungsfolge:\nDatum\nö nö Gremium\nZuständigkeit\n" + "\n".join(
        ["13.01.2015 x", "Ausschuss für Kultur,", "Vorberatung", "Sport und Freizeit", "03.02.2015", "Ortsrat Nord"]
        + ["Kenntnisnahme"]
    )
    assert _read(text) == {
        ("Ausschuss für Kultur, Sport und Freizeit", "2015-01-13"): "preliminary",
        ("Ortsrat Nord", "2015-02-03"): "information",
    }, text


def test_the_header_rest_and_roles_after_the_rows() -> None:
    """The header's other column words set after the rows ("ö nö Zuständigkeit"), then the roles one per
    line with a mark among them: one role each, in order; the mark, whose row is not shown, given to none."""
    text = "Beratungsfolge\n\nTermin\n\n" + "\n\n".join(
        ["Kulturausschuss", "02.05.2018 x", "Sport- und\n16.05.2018\nFreizeitausschuss\nOrtsrat Nord", "01.06.2018"]
        + ["ö nö Zuständigkeit\nVorberatung\nX", "Vorberatung\nEntscheidung"]
    )
    assert _read(text) == {
        ("Kulturausschuss", "2018-05-02"): "preliminary",
        ("Sport- und Freizeitausschuss", "2018-05-16"): "preliminary",
        ("Ortsrat Nord", "2018-06-01"): "decision",
    }, text


@pytest.mark.parametrize("between", [["Kulturausschuss"], ["Kulturausschuss", "", "Ortsrat Nord"]])
def test_a_first_name_apart_from_its_date(between: list[str]) -> None:
    """A header on its line, the first row's name and a blank line before its date's line (as pdftotext
    sets a page's blocks): the name is the row's; several names set apart before one date (column by
    column) give that date none of them."""
    text = "Gremium Termin TOP\n" + "\n".join([*between, "", "18.11.2015 4", "Gemeinderat 24.11.2015 6"])
    got = _read(text)
    assert ("Gemeinderat", "2015-11-24") in got, text
    assert (("Kulturausschuss", "2015-11-18") in got) == (len(between) == 1), text
    assert ("Ortsrat Nord", "2015-11-18") not in got, text


def test_figures_and_agenda_numbers_are_no_names() -> None:
    """One cell per line under stacked column words, a TOP column first and a column no reader names
    last, holding a vote's tally (figures) or nothing: the tally names no body, the TOP is no status."""
    cells = ["TOP 3", "Werkausschuss", "07.05.2024", "Vorberatung", "öffentlich", "8/0/1"]
    cells += ["TOP 11", "Ausschuss für Stadtentwicklung", "14.05.2024", "Vorberatung", "nichtöffentlich", "einstimmig"]
    cells += ["TOP 6", "Stadtrat", "23.05.2024", "Entscheidung", "öffentlich"]
    text = "Beratungsfolge\nTOP\nGremium\n\nDatum\n\nZuständigkeit\n\nStatus\n\nAbstimmung\n\n" + "\n\n".join(cells)
    assert _read(text) == {
        ("Werkausschuss", "2024-05-07"): "preliminary",
        ("Ausschuss für Stadtentwicklung", "2024-05-14"): "preliminary",
        ("Stadtrat", "2024-05-23"): "decision",
    }, text


def test_numbered_rows_column_by_column() -> None:
    """Rows numbered "1.", "2." in a column of their own, set column by column with the header's later
    column words after the names: a number is no sentence's end, the rows pair."""
    text = "Beratungsfolge:\nNr.\n\nGremium\n\n1.\n\n2.\n\nSeniorenbeirat\n\nBetriebsausschuss\n\n"
    text += "Sitzungstermin\n\nBeratungsart\n\n02.10.2017\n\nAnhörung\n\n16.10.2017\n\nVorberatung"
    assert _read(text) == {
        ("Seniorenbeirat", "2017-10-02"): "deliberation",
        ("Betriebsausschuss", "2017-10-16"): "preliminary",
    }, text


@pytest.mark.parametrize("boxed", [True, False])
def test_a_table_with_no_header_row(boxed: bool) -> None:
    """A heading alone on its line, then cells one per line with no column words, boxes set apart by
    blank lines (pdfminer.six): the names pair with the dates; without the blank lines nothing says
    the lines are cells, and no row is paired by order."""
    cells = ["Umweltausschuss", "Bauausschuss", "04.04.2022", "Vorberatung", "11.04.2022", "Vorberatung"]
    cells += ["Gemeindevertretung", "28.04.2022", "Entscheidung"]
    text = "Beratungsfolge\n" + ("\n\n" if boxed else "\n").join(cells)
    got = _read(text)
    want = {
        ("Umweltausschuss", "2022-04-04"): "preliminary",
        ("Bauausschuss", "2022-04-11"): "preliminary",
        ("Gemeindevertretung", "2022-04-28"): "decision",
    }
    if boxed:
        assert got == want, text
    else:
        assert ("Umweltausschuss", "2022-04-11") not in got and ("Bauausschuss", "2022-04-04") not in got, text


def test_a_role_in_brackets_after_the_name() -> None:
    """One cell per line, the role in brackets after the name in the bodies' column: the name without
    it, the role the row's."""
    text = (
        "Beratungsfolge\nGremium\nTermin\nKreisausschuss (Vorberatung)\n03.03.2020\nKreistag (Entscheidung)\n17.03.2020"
    )
    assert _read(text) == {
        ("Kreisausschuss", "2020-03-03"): "preliminary",
        ("Kreistag", "2020-03-17"): "decision",
    }, text


def test_date_first_cells_keep_the_model_pairing() -> None:
    """Column words and cells one per line, the date first in each row ("Datum" / "Gremium" /
    "12.03.2024" / the name / role ...), two roles set after the last rows: each date keeps its own
    row's name, never the name of the row before it."""
    cells = ["09.09.2019", "Ausschuss für Bildung, Kultur und Sport", "Vorberatung", "16.09.2019"]
    cells += ["Haupt- und Finanzausschuss", "30.09.2019", "Rat der Stadt", "Vorberatung", "Entscheidung"]
    text = "Beratungsfolge\nDatum\n\nGremium\n\nZuständigkeit\n\n" + "\n\n".join(cells)
    got = _read(text)
    assert set(got) == {
        ("Ausschuss für Bildung, Kultur und Sport", "2019-09-09"),
        ("Haupt- und Finanzausschuss", "2019-09-16"),
        ("Rat der Stadt", "2019-09-30"),
    }, text


def test_the_next_tables_heading_ends_the_cells() -> None:
    """Two tables one cell per line, the second under a heading with an attribute word ("Weitere
    Beratungsfolge"): the heading ends the first table, whose one row keeps its name."""
    first = "Gremium\n\nDatum\n\nZuständigkeit\n\nSeniorenbeirat\n\n07.02.2023\n\nAnhörung\n\n"
    second = "Kommende Beratungsfolge\nGremium\n\nDatum\n\nZuständigkeit\n\nWerkausschuss\n\n21.02.2023\n\nVorberatung"
    got = _read("Bisherige Beratungsfolge\n" + first + second + "\n\nGemeinderat\n\n09.03.2023\n\nEntscheidung")
    assert got == {
        ("Seniorenbeirat", "2023-02-07"): "deliberation",
        ("Werkausschuss", "2023-02-21"): "preliminary",
        ("Gemeinderat", "2023-03-09"): "decision",
    }, got


def test_an_agenda_number_glued_to_the_name() -> None:
    """A TOP cell run into the name's line ("TOP 10 Ortsrat Süd"): the number is no word of the name."""
    text = (
        "Beratungsfolge\nTOP\nGremium\n\nDatum\n\nTOP 2 Ortsrat Süd\n\n14.06.2016\n\nTOP 10 Gemeinderat\n\n28.06.2016"
    )
    assert set(_read(text)) == {("Ortsrat Süd", "2016-06-14"), ("Gemeinderat", "2016-06-28")}
