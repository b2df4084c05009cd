"""A Beratungsfolge grouped by body, as a council information system's page gives it in text
(``extractors/consultations/groups.py``): generated pages (``tests/generators/grouped_pages.py``)
give every dated meeting of every body with the body's role, as text and saved as HTML, planned
bodies and the attachments' dates nothing; the other layouts under the same heading are left to their readers."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from extractors import load_resources
from extractors.consultations import extract
from extractors.consultations.groups import from_groups
from extractors.consultations.vocab import vocab
from pipeline.ingest.html import html_text
from pipeline.structure import view
from tests.generators.grouped_pages import GroupedPage, grouped_pages
from tests.helpers import document


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = document(text, doc_id="x", source_path="x.txt")
    found = list(extract(doc, load_resources(), view(doc)))
    for rec in found:
        assert doc.text[rec.span.start : rec.span.end] == rec.span.snippet
    return [(r.body, r.meeting_date, r.role) for r in found]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grouped_pages())
def test_grouped_pages_come_back(page: GroupedPage) -> None:
    """Every dated meeting of every body, in the page's order, with the role at the body's line end;
    nothing from a planned body, a meeting's line or the dated attachments after the block."""
    assert _read(page.text()) == page.expected(), page.text()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grouped_pages())
def test_grouped_pages_saved_as_html(page: GroupedPage) -> None:
    """The same pages saved as HTML, read by the HTML reader (a body's name and role two cells, a
    meeting's date, name and result three): the same facts as the page's text."""
    assert _read(html_text(page.html().encode())) == page.expected(), html_text(page.html().encode())


CASES = {
    # ALLRIS as a page's text runs it: date alone, the meeting's name and result below it
    "one body": (
        "Beratungsfolge:\nRat der Stadt Entscheidung\n05.07.2016 \ndes Rates der Stadt ungeändert beschlossen   \n\n"
        "Finanzielle Auswirkungen\n",
        [("Rat der Stadt", "2016-07-05", "decision")],
    ),
    # a planned body between two dated ones; the date and the meeting's name on one line
    "planned body": (
        "Beratungsfolge:\nFA Umwelt 1. Lesung\n02.03.2021    FA Umwelt      \nVerwaltungsausschuss Vorberatung\n"
        "Ratsversammlung Beschlussfassung\n31.03.2021 \nRatsversammlung (Videokonferenz) vertagt\n\nSachverhalt\n",
        [("FA Umwelt", "2021-03-02", None), ("Ratsversammlung", "2021-03-31", "decision")],
    ),
}


def test_grouped_cases() -> None:
    for name, (text, expected) in CASES.items():
        assert _read("Vorlage - 2016/0499\n\nBetreff: Konzept\n" + text) == expected, name


NOT_GROUPED = [
    # a table set one cell per line under its column words: the cell readers' form, not this one
    "Beratungsfolge:\nGremium\nDatum\nZuständigkeit\nSozialausschuss\n12.03.2019\nVorberatung\n",
    # a date before any body
    "Beratungsfolge:\n12.03.2019 Sozialausschuss Vorberatung\n",
    # the heading with text after it on its line
    "Beratungsfolge: Sozialausschuss Vorberatung\n12.03.2019\n",
    # a sentence under the heading
    "Beratungsfolge:\nDie Vorlage wird im Sozialausschuss zur Vorberatung\n12.03.2019\n",
]


def test_other_forms_are_not_grouped() -> None:
    """Under the heading, a header of column words, a dated first line, a heading with its text on
    its own line or a sentence are no grouped block: the group reader reads nothing there."""
    v = vocab(load_resources())
    for text in NOT_GROUPED:
        doc = document(text, doc_id="x", source_path="x.txt")
        assert from_groups(doc, v, view(doc)) == [], text
