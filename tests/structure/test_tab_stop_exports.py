"""A Beratungsfolge drawn with tab stops as pdfminer.six sets its text boxes (each line one printed
row's cells, the lines in no row order, each column's cells in theirs) and as pdftotext sets its
columns cut into blocks where a wrapped name leaves a gap (``tests/generators/tab_stop_exports.py``):
the table model pairs the k-th name with the k-th date, a line that holds a name and a date ties
them, and where the pairing's grounds are broken (a date more, a line holding two rows' cells) it
pairs nothing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from extractors import load_resources
from extractors.consultations import extract
from extractors.consultations.model import column_words
from extractors.consultations.vocab import clean_body
from pipeline.document import Document
from pipeline.structure import view
from pipeline.structure.tables import boxes
from tests.generators.tab_stop_exports import TabStopExport, tab_stop_exports
from tests.helpers import document

Fact = tuple[str, "str | None", "str | None", "bool | None"]


def _doc(text: str) -> Document:
    return document(text, doc_id="x", source_path="x.txt")


def _facts(text: str) -> list[Fact]:
    doc = _doc(text)
    found = list(extract(doc, load_resources(), view(doc)))
    for rec in found:
        assert doc.text[rec.span.start : rec.span.end] == rec.span.snippet
    return sorted((r.body, r.meeting_date, r.role, r.public) for r in found)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tab_stop_exports())
def test_tab_stop_exports_come_back(table: TabStopExport) -> None:
    """Every drawn body with its date and nothing else; a role or status read is the drawn one (the
    column-by-column reader may leave a status out, never set a wrong one)."""
    text = table.text()
    got, want = _facts(text), sorted(table.expected())
    assert [g[:2] for g in got] == [w[:2] for w in want], text
    for g, w in zip(got, want, strict=True):
        assert g[2] in (None, w[2]) and g[3] in (None, w[3]), (g, w, text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tab_stop_exports())
def test_boxes_give_roles_and_statuses(table: TabStopExport) -> None:
    """Read as a tool's boxes, the region gives every drawn row with its role and status, in order."""
    found = boxes(("body", "date", "role", "public"), _region(table), column_words(load_resources()), 0)  # type: ignore[arg-type]
    assert found is not None, table.text()
    got = [
        (
            clean_body(r.first("body").text),  # type: ignore[union-attr]
            r.first("date").value,  # type: ignore[union-attr]
            r.first("role").value if r.first("role") else None,  # type: ignore[union-attr]
            r.first("status").value if r.first("status") else None,  # type: ignore[union-attr]
        )
        for r in found.rows
    ]
    assert got == table.expected(), table.text()


def _region(table: TabStopExport) -> list[object]:
    sv = view(_doc(table.text()))
    k = max(i for i, ln in enumerate(sv.lines) if ln.text.startswith(("Datum: ", "Beratungsfolge:")))
    return [ln for ln in sv.lines[k + 1 :] if ln.text.strip()]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tab_stop_exports(spoil=True))
def test_broken_boxes_pair_nothing(table: TabStopExport) -> None:
    """A date more than the names, or a line with the second name and the first date: the boxes
    reading pairs nothing."""
    words = column_words(load_resources())
    assert boxes(("body", "date"), _region(table), words, 0) is None, (table.spoil, table.text())  # type: ignore[arg-type]


# as pdfminer.six set the tab-stop Beratungsfolgen of the tabbed print layout (Dessau-Roßlau, Bocholt)
DESSAU = """Beratungsfolge:
Sitzungstermin Ö/N Beratungsziel
Gremium
Ö
13.05.2025
Ortschaftsrat Roßlau
Ö
Migrationsbeirat
15.05.2025
Ö
Ausschuss für Gesundheit, Soziales und Integration 20.05.2025

Anhörung
Empfehlung
Vorberatung

Begründung:
Der Stadtrat hat am 02.02.2025 im Hauptausschuss beraten.
"""
BOCHOLT = """Beratungsfolge:
Vorberatung
Integrationsrat
Vorberatung
Sozialausschuss
Haupt- und Finanzausschuss Vorberatung
Rat der Stadt Bocholt

23.05.2018
29.05.2018
05.06.2018
Entscheidung 13.06.2018

Betreff:
Kommunales Integrationskonzept der Stadt Bocholt
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            DESSAU,
            [
                ("Ausschuss für Gesundheit, Soziales und Integration", "2025-05-20", "preliminary", True),
                ("Migrationsbeirat", "2025-05-15", "preliminary", True),
                ("Ortschaftsrat Roßlau", "2025-05-13", "deliberation", True),
            ],
        ),
        (
            BOCHOLT,
            [
                ("Haupt- und Finanzausschuss", "2018-06-05", "preliminary", None),
                ("Integrationsrat", "2018-05-23", "preliminary", None),
                ("Rat der Stadt Bocholt", "2018-06-13", "decision", None),
                ("Sozialausschuss", "2018-05-29", "preliminary", None),
            ],
        ),
    ],
    ids=["dessau-pdfminer", "bocholt-pdfminer"],
)
def test_pdfminer_boxes_of_the_tabbed_layout(text: str, want: list[Fact]) -> None:
    assert _facts("BESCHLUSSVORLAGE\n\n" + text) == want


@pytest.mark.parametrize(
    "rows",
    [
        # the second name beside the first date: a line that holds two rows' cells
        "Integrationsrat\nSozialausschuss 23.05.2018\n29.05.2018\n",
        # a name without a head word among the names: the text after the table may be one
        "Integrationsrat\nSozialausschuss\nMusterstraße 5\n23.05.2018\n29.05.2018\n30.05.2018\n",
    ],
    ids=["crossed-rows", "unheaded-name"],
)
def test_boxes_that_do_not_pair(rows: str) -> None:
    words = column_words(load_resources())
    sv = view(_doc("Beratungsfolge:\n" + rows + "\nBetreff:\nX\n"))
    assert boxes(("body", "date"), [ln for ln in sv.lines[1:] if ln.text.strip()], words, 0) is None
