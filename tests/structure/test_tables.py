"""The table model of the structure view (``pipeline/structure/tables.py``) and the
consultations read from it: generated dated tables (``tests/generators/dated_tables.py``) come back
exactly, rows that name no body are kept as rejected with their reason, and text around the
table (a request line, a sentence with a body and a date, a header form) yields nothing."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import load_resources
from extractors.consultations import extract
from extractors.consultations.model import column_words, from_model
from extractors.consultations.vocab import vocab
from pipeline.document import Document
from pipeline.structure import view
from tests.generators.dated_tables import AFTER, BEFORE, HEADERS, DatedTable, dated_tables
from tests.helpers import document


def _doc(text: str) -> Document:
    return document(text, doc_id="x", source_path="x.txt")


def _pairs(text: str) -> list[tuple[str, str | None]]:
    doc = _doc(text)
    found = list(extract(doc, load_resources(), view(doc)))
    for rec in found:
        assert doc.text[rec.span.start : rec.span.end] == rec.span.snippet
    return [(r.body, r.meeting_date) for r in found]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dated_tables())
def test_dated_tables_come_back(table: DatedTable) -> None:
    """The table model reads every drawn row exactly and nothing else; the extractor, which still
    runs the older table reader beside it (and keeps its reading of a row where it has one), finds
    a consultation on every drawn date."""
    doc = _doc(table.text())
    res = load_resources()
    got = [(r.body, r.meeting_date) for r in from_model(doc, vocab(res), res, view(doc))]
    assert got == table.expected(), table.text()
    dates = {d for _, d in _pairs(table.text())}
    assert all(d in dates for _, d in table.expected()), table.text()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dated_tables())
def test_model_rows_in_order(table: DatedTable) -> None:
    """The view's table holds one kept row per drawn row, body and date cells in their place."""
    doc = _doc(table.text())
    found = view(doc).tables(column_words(load_resources()))
    assert len(found) == 1
    got = [r for r in found[0].rows]
    assert [c.value for r in got for c in r.cells if c.kind == "date"] == [d for _, d in table.expected()]
    assert all(r.first("body") is not None for r in got)
    assert found[0].rejected == []


def test_rows_without_a_body_are_rejected_with_a_reason() -> None:
    """A date line with no name, and a long name without a head word, are kept as rejected rows
    with their reason; the reader makes no consultation of them, a short name without a head
    word ("SPD-Fraktion") is one."""
    text = HEADERS["own_line"][0] + "\n" + HEADERS["own_line"][1] + "\n16.12.2025 1 x\n"
    text += "Antrag der Stadtwerke Musterstadt wegen einer Zulage für die Beschäftigten 17.12.2025\n"
    text += "SPD-Fraktion 18.12.2025\n"
    text += "Gemeinderat 19.12.2025 2 x\n" + AFTER
    table = view(_doc(text)).tables(column_words(load_resources()))[0]
    assert [r.first("body").text for r in table.rows] == ["SPD-Fraktion", "Gemeinderat"]  # type: ignore[union-attr]
    assert [r.reason for r in table.rejected] == ["kein Gremium", "kein Gremium im Namen"]
    assert _pairs(text) == [("SPD-Fraktion", "2025-12-18"), ("Gemeinderat", "2025-12-19")]


def _roles(text: str) -> list[list[str]]:
    table = view(_doc(text)).tables(column_words(load_resources()))[0]
    return [[c.text for c in r.cells if c.kind == "role"] for r in table.rows]


def test_roles_one_per_line_go_to_the_rows_in_order() -> None:
    """Roles set one per line below a row, one more than the rows before it that have none, go one
    to each row in order (pdfminer.six's late role column); a role cell wrapped over two lines
    ("Vorberatung und" / "Entscheidung") stays with its row, and a row before that has a role of its
    own takes none."""
    head = "Beratungsfolge\nGremium Datum Zuständigkeit\n"
    rows = "Sozialausschuss 12.03.2019\nBauausschuss\n26.03.2019\nVorberatung\nVorberatung\n"
    assert _roles(head + rows + "Gemeinderat 09.04.2019\nEntscheidung\n\nBetreff:\nX\n") == [
        ["Vorberatung"],
        ["Vorberatung"],
        ["Entscheidung"],
    ]
    wrapped = "Sozialausschuss 12.03.2019\nGemeinderat 09.04.2019\nVorberatung und\nEntscheidung\n\nBetreff:\nX\n"
    assert _roles(head + wrapped) == [[], ["Vorberatung", "Entscheidung"]]
    own = "Sozialausschuss 12.03.2019 Kenntnisnahme\nGemeinderat 09.04.2019\nVorberatung\nEntscheidung\n\nBetreff:\nX\n"
    assert _roles(head + own) == [["Kenntnisnahme"], ["Vorberatung", "Entscheidung"]]


def test_no_header_no_table() -> None:
    """The same rows without a Beratungsfolge header, and the text after a table, make no table."""
    rows = "Gemeinderat 24.09.2013 2\nHauptausschuss 14.06.2016 9 x vorberaten\n"
    assert view(_doc(BEFORE + rows + AFTER)).tables(column_words(load_resources())) == []
    assert view(_doc(BEFORE + AFTER)).tables(column_words(load_resources())) == []


def test_sentence_after_the_table_is_no_spilled_cell() -> None:
    """A sentence right after the last row ends the table; its body and date make no row."""
    text = HEADERS["attributes"][0] + "\nSchulbeirat 23.10.2013 3   Zustimmung\nGemeinderat 19.11.2013 6\n" + AFTER
    table = view(_doc(text)).tables(column_words(load_resources()))[0]
    assert [[c.text for c in r.cells if c.kind == "body"] for r in table.rows] == [["Schulbeirat"], ["Gemeinderat"]]
    assert table.end < text.index("Antrag an den")
    assert _pairs(text) == [("Schulbeirat", "2013-10-23"), ("Gemeinderat", "2013-11-19")]


ROLE_WORDS = {"Vorberatung": "preliminary", "Entscheidung": "decision", "Kenntnisnahme": "information"}
LONG_BODIES = [
    "Ausschuss für Gesundheit, Soziales und Integration",
    "Ausschuss für Soziales, Familie, Jugend und Gleichstellung",
    "Kreisausschuss",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(LONG_BODIES),
    st.sampled_from(sorted(ROLE_WORDS)),
    st.integers(3, 8),
    st.sampled_from(["Di, 14.03.2023", "14.03.2023"]),
)
def test_role_hyphenated_after_the_name(body: str, role: str, cut: int, date: str) -> None:
    """A row set in single spaces whose role cell the line end hyphenates ("... Integration
    Vorbera-" / "tung"): the name stays the name, the role is the joined word; the table model's
    row replaces the older reading that took the role's part into the name or kept its rest as a
    row of its own."""
    head = "Beratungsfolge:\nDatum Gremium Zuständigkeit\n"
    rows = f"{date} {body} {role[:cut]}-\n{role[cut:]}\nMo, 27.03.2023 Kreistag Entscheidung\n\n"
    doc = _doc(BEFORE + head + rows + AFTER)
    found = list(extract(doc, load_resources(), view(doc)))
    assert [(r.body, r.meeting_date, r.role) for r in found] == [
        (body, "2023-03-14", ROLE_WORDS[role]),
        ("Kreistag", "2023-03-27", "decision"),
    ], BEFORE + head + rows
