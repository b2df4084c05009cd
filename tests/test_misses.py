"""The families' misses (``extractors.misses``): a fact a family saw in a document and did not read.

Generated dated Beratungsfolge tables (``tests/dated_tables.py``) with one row's name taken out:
the table model rejects the row ("kein Gremium"), and the consultations family reports it as a
miss at the row, which the review merges; the tables as drawn report none.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from extractors import MISSES, load_resources
from extractors.consultations import extract
from extractors.consultations.misses import misses
from extractors.misses import Miss
from pipeline.document import Document
from pipeline.extract.review import review_document
from pipeline.schema import REVIEW_REASONS
from pipeline.structure import view
from tests.dated_tables import AFTER, BEFORE, BODIES, HEADERS, DatedTable, _row_lines, dated_tables
from tests.helpers import document


def _doc(text: str) -> Document:
    return document(text, doc_id="x", source_path="x.txt")


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
    reasons = {i.reason for i in review_document(doc, list(extract(doc, load_resources())))}
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
    assert [name for name, _ in MISSES] == ["consultations"]
