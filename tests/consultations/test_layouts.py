"""Generated Beratungsfolge layouts (``tests/generators/layouts.py``) must come back exactly, and nothing else.

Text blocks are drawn along every axis (family, separator, header words and column order,
header placement, mark columns, empty result cells, wrapped names, page furniture) inside
distractors that must yield no row; repeated key-value blocks and passive sentences have
their own draws, with their negatives (one block alone, the passive in the past tense); PDF
blocks are drawn as real tables (with and without ruling lines) and read through the real ingest.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import load_resources
from extractors.consultations import extract
from pipeline.document import Document
from pipeline.ingest.readers import read_document
from pipeline.settings import Settings
from pipeline.structure import view
from tests.generators.exported_layouts import MISMATCHES, ColumnExport, Exported, column_exports, exported
from tests.generators.layouts import (
    AFTER,
    PASSIVE_SUBJECTS,
    PREAMBLE,
    Block,
    Consult,
    am_blocks,
    block_pdf,
    blocks,
    consults,
)
from tests.helpers import document

Fact = tuple[str, "str | None", "str | None", "bool | None"]


def facts(doc: Document) -> list[Fact]:
    found = list(extract(doc, load_resources(), view(doc)))
    for rec in found:
        assert doc.text[rec.span.start : rec.span.end] == rec.span.snippet
        assert rec.method
    return [(r.body, r.meeting_date, r.role, r.public) for r in found]


def text_doc(text: str) -> Document:
    return Document.from_pages("x", "x.txt", "x", [(text, "plain_text", None)])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks())
def test_text_layouts(block: Block) -> None:
    text = block.text()
    assert facts(text_doc(text)) == block.expected(), text


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks(families=("table",)).filter(lambda b: b.marks))
def test_mark_columns(block: Block) -> None:
    """A mark ("x", "X", "☒", "✓") under the "ö" or "nö" column gives the row's public status where
    tabs or gaps keep its column, none where single spaces lose it; a row with no mark has none; a
    mark is never a name or a role."""
    block.wrap = ""  # wrapped names are test_text_layouts' axis
    text = block.text()
    assert facts(text_doc(text)) == block.expected(), text


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks(families=("key_value",)), st.booleans())
def test_key_value_forms(block: Block, spoil: bool) -> None:
    """A header form in every way an export sets it (label and value on one line, the label alone
    over its value, blank lines between, the labels stacked over the values, the next label glued
    to a value) gives its consultation; without the committee's value (the labels stacked over
    one value fewer, or "Gremium:" alone over the next label) it gives nothing."""
    text = block.text()
    assert facts(text_doc(text)) == block.expected(), text
    if spoil:
        body = block.rows[0].body
        if block.list_style == 3:  # the values one fewer than the labels: they do not pair by order
            spoilt = text.replace("\n" + body + "\n", "\n", 1)
        else:
            spoilt = re.sub(r"(?<=Gremium:)[ \t]*\n*" + re.escape(body) + r"( Tagesordnungspunkt:)?", "", text, count=1)
            spoilt = (
                spoilt.replace("Gremium:", "Gremium:\nTagesordnungspunkt:", 1)
                if "Tagesordnungspunkt:" not in spoilt
                else spoilt
            )
        assert body not in spoilt.split("Betreff:")[0].split("Gremium:")[1], spoilt
        assert facts(text_doc(spoilt)) == [], spoilt


def _justified(text: str) -> str:
    """The text as pdfminer.six sets justified lines: every gap of a line of four words or more
    two spaces wide."""
    return "\n".join(
        ln.replace(" ", "  ") if len(ln.split()) >= 4 and "\t" not in ln else ln for ln in text.split("\n")
    )


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks(families=("prose",)).filter(lambda b: b.width > 0))
def test_justified_prose(block: Block) -> None:
    """Sentences wrapped over lines whose gaps pdfminer.six doubles (justified text) give the
    consultations the plain sentences give."""
    text = block.text()
    assert facts(text_doc(_justified(text))) == facts(text_doc(text)), _justified(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(am_blocks())
def test_am_header(block: Block) -> None:
    """A header whose date column is only "am" after filler words and no bodies' column word reads its rows;
    the header alone, with prose after it, gives nothing."""
    assert facts(text_doc(block.text())) == block.expected(), block.text()
    head = block.table_text().split("\n")[1 if block.header == "own" else 0]
    assert facts(text_doc(PREAMBLE + head + "\n" + AFTER)) == [], head


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks(families=("kv_blocks",)))
def test_key_value_blocks(block: Block) -> None:
    """Repeated key-value blocks, labels in any order and wording, come back block by block."""
    text = block.text()
    assert facts(text_doc(text)) == block.expected(), text


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks(families=("prose",)).filter(lambda b: b.prose_style == 5))
def test_passive_prose(block: Block) -> None:
    """ "wird am <date> im <body> beraten", chained; in the past tense only "Die Vorlage wurde ..." (this
    submission) is read, "Der Entwurf wurde ..." is not."""
    text = block.text()
    assert facts(text_doc(text)) == block.expected(), text
    past = re.sub(r"\bwird\b", "wurde", re.sub(r"\bwerden\b", "wurden", text))
    this = PASSIVE_SUBJECTS[block.list_style % len(PASSIVE_SUBJECTS)].startswith("Die Vorlage")
    assert facts(text_doc(past)) == (block.expected() if this else []), past


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks(families=("kv_blocks",)), st.sampled_from(["Datum", "Termin"]))
def test_one_key_value_block_is_no_beratungsfolge(block: Block, word: str) -> None:
    """A single block in a document's header ("Gremium: X / Datum: D", no Beratungsfolge
    heading) is not read: its date is the document's. ("Sitzungsdatum"/"Sitzung am" name a
    meeting: a one-block form with them is read, see test_consultations.)"""
    block.rows = block.rows[:1]
    block.words["date"] = word
    text = block.text().replace("Beratungsfolge:\n", "")
    assert facts(text_doc(text)) == [], text


def test_distractors_alone() -> None:
    assert facts(text_doc(PREAMBLE + AFTER)) == []


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks(families=("table",)).filter(lambda b: b.header != "absent"), st.booleans())
def test_pdf_layouts(block: Block, ruled: bool) -> None:
    block.sep, block.wrap, block.furniture, block.header = "\t", "", -1, "own"
    if block.marks and not ruled:  # a borderless table loses the empty cell: which column the x is in is unknown
        block.sep = " "
    doc, _ = read_document(Path("x.pdf"), "x.pdf", Settings(ocr="never"), data=block_pdf(block, ruled))
    expected = block.expected()
    if block.marks and ruled:  # the ruled reader drops trailing empty cells: an "x" before them has no sure column
        for k, r in enumerate(block.rows):
            cells = block.cells(r)
            while cells and not cells[-1]:
                cells.pop()
            if len(cells) < len(block.columns) and "\t\t" not in "\t".join(cells):
                expected[k] = expected[k][:3] + (None,)
    assert facts(doc) == expected, doc.text


def _spoilt(text: str) -> str:
    """Every numeric date spoilt as OCR spoils it ("01.Ol.2012"): no consultation can be read."""
    return re.sub(
        r"\b(\d{1,2})\.(\d{2})\.(\d{2,4})\b",
        lambda m: f"{m[1]}.{m[2].replace('0', 'O').replace('1', 'l')}.{m[3]}",
        text,
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    blocks(families=("flat", "prose")).filter(
        lambda b: all(r.date_style != 2 for r in b.rows) and b.words.get("title") != ""
    )
)
def test_review_flags_unread_blocks(block: Block) -> None:
    """A flattened or prose Beratungsfolge under its heading whose dates cannot be read gets a review row."""
    from pipeline.extract.review import review_document

    text = block.text()
    if "Beratungs" not in block.block_text():
        text = text.replace(block.block_text(), "Beratungsfolge:\n" + block.block_text())
    doc = text_doc(_spoilt(text))
    found = list(extract(doc, load_resources(), view(doc)))
    if found:  # a row with a header or status cells is read without its date; nothing to review then
        assert all(r.meeting_date is None for r in found), text
        return
    reasons = {i.reason for i in review_document(doc, found, view(doc))}
    assert "consultation_heading_without_rows" in reasons, _spoilt(text)


def pages_doc(text: str) -> Document:
    """A text document as plain-text input is read: its form feeds are page breaks."""
    from pipeline.ingest.readers import text_pages

    return Document.from_pages("x", "x.txt", "x", [(p, "plain_text", None) for p in text_pages(text)])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(exported())
def test_exported_tables(table: Exported) -> None:
    """A single-spaced table exported page by page: wrapped names, spilled cells, a page break,
    and the title after it come back as exactly the table's rows."""
    text = table.text()
    assert facts(pages_doc(text)) == table.expected(), text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(exported())
def test_exported_title_alone(table: Exported) -> None:
    """Without its rows, the header is followed by the title and the sections: no consultation."""
    lines = table.text().split("\n")
    title_at = 4 + sum(len(table.row_lines(r)) for r in table.rows) + (3 if table.page_break >= 0 else 0)
    title_at -= 0 if table.repeat_header or table.page_break < 0 else 1
    text = "\n".join(lines[:4] + lines[title_at:])
    assert facts(pages_doc(text)) == [], text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(column_exports())
def test_exported_columns(table: ColumnExport) -> None:
    """A table exported column by column (names, dates, statuses, roles, wrapped names and roles,
    column words, blank lines, two groups, a page break between blocks) is paired by position."""
    text = table.text()
    assert facts(pages_doc(text)) == table.expected(), text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(column_exports(mismatch=True))
def test_exported_columns_unpaired(table: ColumnExport) -> None:
    """A block with a cell more or less: what still pairs is paired (names with dates when their
    counts agree), the rest is left empty, and the review says why."""
    from pipeline.extract.review import review_document

    doc = pages_doc(table.text())
    found = list(extract(doc, load_resources(), view(doc)))
    assert facts(doc) == table.expected(), (MISMATCHES[table.mismatch], table.text())
    assert "consultation_columns_unpaired" in {i.reason for i in review_document(doc, found, view(doc))}, table.text()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(column_exports(names_only=True))
def test_exported_names_alone(table: ColumnExport) -> None:
    """A list of body names under the heading without dates is no Beratungsfolge."""
    from pipeline.extract.review import review_document

    doc = pages_doc(table.text())
    found = list(extract(doc, load_resources(), view(doc)))
    assert found == [], table.text()
    assert "consultation_columns_unpaired" not in {i.reason for i in review_document(doc, found, view(doc))}


PERFECT = {  # the perfect tense of a meeting that has taken place, by role
    "preliminary": "{subject} hat die Vorlage in {its} Sitzung am {date} vorberaten.",
    "deliberation": "{subject} hat die Vorlage am {date} beraten.",
    "information": "{subject} hat die Vorlage am {date} zur Kenntnis genommen.",
}


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(consults(3), st.integers(1, 2), st.booleans())
def test_perfect_prose(rows: list[Consult], done: int, other: bool) -> None:
    """ "Der Sozialausschuss hat die Vorlage in seiner Sitzung am 14.03.2030 vorberaten. Der Stadtrat
    entscheidet am 28.03.2030.": meetings held (perfect tense, about this submission) and to come; the
    same sentences about another paper ("die Vorlage Nr. 12/2016") or an earlier decision on something
    else ("hat das Konzept beschlossen") give nothing."""
    past = [dataclasses.replace(r, role=["preliminary", "deliberation", "information"][r.top % 3]) for r in rows[:done]]
    last = dataclasses.replace(rows[done], role="decision")
    sentences = []
    for r in past:
        fem = r.body.lower().endswith(("kommission", "versammlung", "vertretung", "konferenz"))
        subject = ("Die " if fem else "Der ") + r.body
        sentences.append(
            PERFECT[r.role].format(subject=subject, its="ihrer" if fem else "seiner", date=f"{r.date:%d.%m.%Y}")
        )
    fem = last.body.lower().endswith(("kommission", "versammlung", "vertretung", "konferenz"))
    sentences.append(f"{'Die' if fem else 'Der'} {last.body} entscheidet am {last.date:%d.%m.%Y}.")
    text = "Sachverhalt:\n" + " ".join(sentences) + "\n"
    expected = [(r.body, r.date.isoformat(), r.role, None) for r in [*past, last]]
    assert facts(text_doc(text)) == expected, text
    spoilt = text.replace("die Vorlage", "die Vorlage Nr. 12/2016" if other else "das Konzept")
    assert facts(text_doc(spoilt)) == [], spoilt


def test_labelled_cells_grouped_by_label() -> None:
    """Rows of labelled cells ("Gremium: A   Sitzung: D   Zuständigkeit: R"), which an export sets label
    by label ("Gremium: A" / "Gremium: B" / "Sitzung: D1" / "Sitzung: D2"): the k-th of each label is one
    meeting; where the groups differ in length, none is paired."""
    names = ["Gremium: Bauausschuss", "Gremium: Ortschaftsrat West"]
    dates = ["Sitzung: 03.05.2022", "Sitzung: 17.05.2022"]
    roles = ["Zuständigkeit: Vorberatung", "Zuständigkeit: Entscheidung"]
    for texts, want in [
        (
            [names, dates, roles],
            {("Bauausschuss", "2022-05-03"): "preliminary", ("Ortschaftsrat West", "2022-05-17"): "decision"},
        ),
        ([names, dates[:1]], {}),
    ]:
        text = (
            "Vorlage 2022/031\n\nBeratungsfolge\n" + "\n\n".join("\n".join(g) for g in texts) + "\n\nBegründung:\nText."
        )
        doc = document(text, doc_id="x", source_path="x.txt")
        got = {(r.body, r.meeting_date): r.role for r in extract(doc, load_resources(), view(doc))}
        assert got == want, text


def test_a_form_line_set_before_the_first_row() -> None:
    """A line of the form beside the table that an export sets between its rows ("Beratungsfolge:" /
    "Vorlage 2021/144" / "Jugendhilfeausschuss 02.03.2021 Vorberatung"): no part of the first row's name."""
    text = "Stadt Musterau\nBeschlussvorlage\nBeratungsfolge:\nVorlage 2021/144\n"
    text += "Jugendhilfeausschuss 02.03.2021 Vorberatung\n"
    text += "Stand: 11.02.2021\nGemeinderat 16.03.2021 Entscheidung\nBetreff: Integrationskonzept\n"
    doc = document(text, doc_id="x", source_path="x.txt")
    got = {(r.body, r.meeting_date) for r in extract(doc, load_resources(), view(doc))}
    assert ("Jugendhilfeausschuss", "2021-03-02") in got and not any("2021/144" in b for b, _ in got), got
