"""The families' misses (``extractors.misses``): a fact a family saw in a document and did not read.

Generated dated Beratungsfolge tables (``tests/generators/dated_tables.py``) with one row's name taken out:
the table model rejects the row ("kein Gremium"), and the consultations family reports it as a
miss at the row, which the review merges; the tables as drawn report none.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from extractors import MISSES, load_resources
from extractors.consultations import extract
from extractors.consultations.misses import misses
from extractors.misses import Miss
from pipeline.document import Document, Span
from pipeline.extract.review import review_document
from pipeline.records import Consultation
from pipeline.schema import REVIEW_REASONS
from pipeline.structure import view
from tests.generators.dated_tables import AFTER, BEFORE, BODIES, HEADERS, DatedTable, _row_lines, dated_tables
from tests.helpers import document


def _doc(text: str) -> Document:
    return document(text, doc_id="x", source_path="x.txt")


def at(doc: Document, snippet: str) -> Span:
    start = doc.text.index(snippet)
    return doc.span(start, start + len(snippet))


def _family(doc: Document) -> list[Miss]:
    res = load_resources()
    sv = view(doc)
    return list(misses(doc, list(extract(doc, res, sv)), res, sv))


def _nameless(table: DatedTable, k: int) -> tuple[str, str]:
    """The table's text with row ``k``'s name taken out (the lines above its date line and the
    name's part on it), and that row's date line."""
    out = [*HEADERS[table.header]]
    date_line = ""
    for i, r in enumerate(table.rows):
        lines = _row_lines(r)
        if i == k:
            name, wrap = BODIES[r.body]
            above, own = wrap if (r.wrapped and wrap is not None) else ([], name)
            lines = lines[len(above) :]
            lines[0] = lines[0].removeprefix(own).lstrip()
            date_line = lines[0]
        out.extend(lines)
        out.extend([" "] * r.blank_after)
    return BEFORE + "\n".join(out) + "\n" + AFTER, date_line


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dated_tables(), st.data())
def test_a_row_without_a_name_is_a_miss(table: DatedTable, data: st.DataObject) -> None:
    assume(len(table.rows) >= 2)
    table = replace(table, furniture_after=-1)
    k = data.draw(st.integers(0, len(table.rows) - 1))
    # the older table reader takes the last line of a header wrapped over lines for the name of a
    # first row without one ("Ergebnis" / "01.01.2013 1"): a reading, not a miss (left as it is)
    assume(not (table.header == "wrapped" and k == 0))
    text, date_line = _nameless(table, k)
    doc = _doc(text)
    found = _family(doc)
    at = text.index(date_line)
    hits = [m for m in found if m.span.start <= at < m.span.end or m.span.start == at]
    assert [m.reason for m in hits] == ["consultation_row_unused"], (text, found)
    reasons = {i.reason for i in review_document(doc, list(extract(doc, load_resources(), view(doc))), view(doc))}
    assert "consultation_row_unused" in reasons


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dated_tables())
def test_tables_read_whole_have_no_miss(table: DatedTable) -> None:
    doc = _doc(table.text())
    assert _family(doc) == [], table.text()


def test_every_miss_names_a_review_reason() -> None:
    doc = _doc(BEFORE + "Beratungsfolge dieser Vorlage\nGremium Termin TOP ö nö Ergebnis\n12.03.2019 3 x\n" + AFTER)
    found = _family(doc)
    assert found and all(m.reason in REVIEW_REASONS and m.message for m in found)
    assert all(doc.text[m.span.start : m.span.end] == m.span.snippet for m in found)
    assert [name for name, _ in MISSES][0] == "consultations"


# --- a table or a form set one cell per line, as exports of ruled PDFs give them ----------------

CELL_BODIES = [
    "Sozialausschuss",
    "Hauptausschuss",
    "Beirat für Migration und\nIntegration",
    "Stadtrat",
    "Ortsrat Mitte",
]
CELL_ROLES = ["Vorberatung Ö", "Entscheidung Ö", "Vorberatung N", "Kenntnisnahme"]


@st.composite
def cell_tables(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A Beratungsfolge whose header and rows stand one cell per line, blank lines between."""
    n = draw(st.integers(2, 4))
    bodies = draw(st.lists(st.sampled_from(CELL_BODIES), min_size=n, max_size=n, unique=True))
    days = draw(st.lists(st.integers(1, 28), min_size=n, max_size=n, unique=True))
    header = draw(
        st.sampled_from([["An:", "Datum der Beratung", "Zuständigkeit"], ["Gremium", "Sitzungstermin", "Status"]])
    )
    cells = [*header]
    dates = []
    for body, day in zip(bodies, days):
        dates.append(f"2019-03-{day:02d}")
        cells += [body, f"{day:02d}.03.2019", draw(st.sampled_from(CELL_ROLES))]
    text = "Sitzungsvorlage\n\n" + "\n\n".join(cells) + "\n\nBetreff:\nFortschreibung des Konzepts\n"
    return text, dates


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cell_tables())
def test_a_table_one_cell_per_line_is_read_or_missed(case: tuple[str, list[str]]) -> None:
    text, dates = case
    doc = _doc(text)
    read = {r.meeting_date for r in extract(doc, load_resources(), view(doc))}
    found = _family(doc)
    if not set(dates) <= read:
        assert {m.reason for m in found} & {"consultation_heading_without_rows", "consultation_row_unused"}, text


def test_column_words_in_a_sentence_are_no_header() -> None:
    doc = _doc("Sitzungsvorlage\n\nDas Gremium berät am Termin über die Zuständigkeit.\n\nStadtrat\n\n12.03.2019\n")
    assert [m for m in _family(doc) if m.reason.startswith("consultation")] == []


@pytest.mark.parametrize("read", [True, False])
def test_a_form_one_cell_per_line_names_its_meeting(read: bool) -> None:
    """ "Gremium:" / "Sozialausschuss" ... "Sitzungsdatum:" / "05.12.2024": a miss unless a
    consultation on that day was read."""
    form = "Gremium:\n\nSozialausschuss\n\nÖffentlichkeitsstatus:\n\nöffentlich\n\nSitzungsdatum:\n\n05.12.2024\n\n"
    doc = _doc("Sitzungsvorlage\n" + form + "Sachverhalt:\nDer Ausschuss berät.\n")
    records = (
        [Consultation(at(doc, "Sozialausschuss"), body="Sozialausschuss", meeting_date="2024-12-05")] if read else []
    )
    found = [m for m in misses(doc, records, load_resources(), view(doc)) if m.reason == "body_date_unused"]
    assert bool(found) is not read
    if found:
        assert found[0].span.snippet == "05.12.2024" and "Sozialausschuss" in found[0].message


@pytest.mark.parametrize(
    "block",
    [
        "Beratungsfolge:\n\nAusschuss für Bildung\nGemeinderat\n\nO6.l2.2Ol7\nl4.l2.2Ol7\n\nöffentlich\nöffentlich\n",
        "Beratungsfolge:\nDie Vorlage wird im Sozialausschuss am l2.O5.2O2l vorberaten.\n",
        "Gremium:\n\nSozialausschuss\n\nSitzungsdatum:\n\nO5.l2.2O24\n",
    ],
    ids=["stacked", "sentence", "form"],
)
def test_a_date_spoilt_by_ocr_under_the_heading_is_a_miss(block: str) -> None:
    doc = _doc("Sitzungsvorlage\n\n" + block + "\nBetreff:\nFortschreibung\n")
    assert list(extract(doc, load_resources(), view(doc))) == []
    found = _family(doc)
    assert found and all(m.reason in ("consultation_heading_without_rows", "body_date_unused") for m in found)


@pytest.mark.parametrize("spoilt", [True, False])
def test_a_decision_line_with_a_spoilt_date_and_no_heading_is_a_miss(spoilt: bool) -> None:
    """ "Beschluss des Kulturausschusses vom l4.O9.2O26 (VB)" lines with no "Beratungsfolge" over them:
    a date OCR spoilt beside a body is a meeting no consultation has; the same lines read are none."""
    dates = ("l4.O9.2O26", "O2.lO.2O26") if spoilt else ("14.09.2026", "02.10.2026")
    lines = f"Beschluss des Kulturausschusses vom {dates[0]} (VB)\nBeschluss des Stadtrates vom {dates[1]} (SB)\n"
    doc = _doc("Sitzungsvorlage Nr. 4711\n\n" + lines + "\nAnlass\nDer Stadtrat berät die Fortschreibung des Plans.\n")
    records = list(extract(doc, load_resources(), view(doc)))
    found = [m for m in misses(doc, records, load_resources(), view(doc)) if m.reason == "body_date_unused"]
    if spoilt:
        assert records == [] and found and "nicht lesbar" in found[0].message
    else:
        assert [m for m in found if "nicht lesbar" in m.message] == []


def test_a_date_read_is_no_spoilt_date() -> None:
    doc = _doc("Sitzungsvorlage\n\nBeratungsfolge:\n\nGemeinderat\n\n14.12.2017\n\nöffentlich\n\nBetreff:\nX\n")
    assert [m for m in _family(doc) if m.reason.startswith("consultation")] == []


def test_a_form_with_its_values_under_its_labels_names_its_meeting() -> None:
    """ "Gremium: 3. Sitzung Hauptausschuss" / "Termin:" / "Vorlage Nr.:" / "TOP:" / "Verantwortlich:"
    / "27.01.2015": the labels in one column, their values in the next, as an export sets them."""
    form = "Gremium: 3. Sitzung Hauptausschuss\nTermin:\nVorlage Nr.:\nTOP:\n\nVerantwortlich:\n27.01.2015\n2015/0018\n"
    doc = _doc("BESCHLUSSVORLAGE\n" + form + "\nAnnahme von Zuwendungen\n")
    found = [m for m in misses(doc, [], load_resources(), view(doc)) if m.reason == "body_date_unused"]
    assert [m.span.snippet for m in found] == ["27.01.2015"]
    assert "«3. Sitzung Hauptausschuss»" in found[0].message


STACK_BODIES = ["Stadtvorstand", "Sozialausschuss", "Hauptausschuss", "Stadtrat", "Jugendhilfeausschuss"]
STACK_ROLES = ["Vorberatung Ö", "Vorberatung N", "Entscheidung Ö"]


@st.composite
def stacked_columns(draw: st.DrawFn) -> tuple[str, int]:
    """A Beratungsfolge whose columns an export set one under the other behind a label that is no
    Beratungsfolge heading ("An:"): the bodies, a subject line, the column words, the dates, the
    roles, one cell per paragraph."""
    bodies = draw(st.lists(st.sampled_from(STACK_BODIES), min_size=3, max_size=5, unique=True))
    days = sorted(draw(st.lists(st.integers(1, 28), min_size=len(bodies), max_size=len(bodies), unique=True)))
    dates = [f"{d:02d}.04.2017" for d in days]
    roles = [draw(st.sampled_from(STACK_ROLES)) for _ in bodies]
    cells = ["An:", *bodies, "Betreff:", "Datum der Beratung", "Zuständigkeit", *dates, *roles]
    return "Sitzungsvorlage\n500/035/2017\n\n" + "\n\n".join(cells) + "\n\nFortschreibung des Konzepts\n", len(bodies)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stacked_columns(), st.booleans())
def test_columns_stacked_without_a_heading_are_read_or_missed(case: tuple[str, int], dates: bool) -> None:
    """The bodies' column, then the dates' column: read, or a miss where no consultation was read;
    without the dates (a list of bodies, a timeline without full dates) no column is missed."""
    text, n = case
    if not dates:
        text = re.sub(r"\b\d\d\.04\.2017\b", "April 2017", text)
    doc = _doc(text)
    read = list(extract(doc, load_resources(), view(doc)))
    found = [m for m in _family(doc) if m.reason == "consultation_columns_unpaired"]
    if read or not dates:
        assert found == []
    else:
        assert len(found) == 1 and found[0].message.startswith(f"{n} Gremien und {n} Daten untereinander")


def test_a_status_cell_beside_a_row_read_is_no_row_of_its_own() -> None:
    """A row set one cell per line (body, date, role, status): the status line stands beside the
    row a consultation covers and is its cell; beside no row read, it is a row not read."""
    from extractors.consultations.misses import Read, cell_of_read_row
    from extractors.consultations.vocab import vocab
    from pipeline.structure import Line

    doc = _doc("Beratungsfolge\nSozialausschuss\n16.11.2017\nBeratung\nöffentlich\nRat der Stadt\n")
    block = [ln for ln in view(doc).lines if ln.text][1:]
    v = vocab(load_resources())
    status = next(ln for ln in block if ln.text == "öffentlich")
    row = doc.text.index("Sozialausschuss"), doc.text.index("öffentlich") - 1
    read = Read([Consultation(doc.span(*row), body="Sozialausschuss", meeting_date="2017-11-16")], set(), [], None)
    assert cell_of_read_row(block, status, read, v)
    assert not cell_of_read_row(block, status, Read([], set(), [], None), v)
    dated = next(ln for ln in block if ln.text == "16.11.2017")
    assert not cell_of_read_row(block, Line(dated.start, dated.end, dated.text), read, v)
