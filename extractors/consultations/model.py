"""consultation_model: the Beratungsfolge read from the view's tables (``pipeline.structure.tables``).

The view cuts a table under a Beratungsfolge header into rows of typed cells once per
document; this reader only maps the columns by kind: the body cell is the body, the date cell
the meeting date, a role or status cell the role and public status; an office named as the
decider in a body cell ("Beschluss der Bürgermeisterin") is the body, its role word the role.
Rows the cutter rejected (a date without a name that names a body) stay in the table for the
review.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator

from extractors.resources import Resources
from pipeline.document import Document
from pipeline.lang.de.closed_class import DEFINITE_ARTICLES, NAME_LINKS, either, words
from pipeline.lang.de.dates import WEEKDAY
from pipeline.records import Consultation
from pipeline.structure import ColumnWords, View
from pipeline.structure.tables import MEETING_OPENS, SETTINGS, Cell, Row, deciding, rows

from .date_columns import meeting_cell, two_dates_header
from .flat import namelike
from .headers import Header, attributed_header, column_kind, column_words_only, header, strip_header_words
from .places import place_cut
from .plurals import under_plural_head
from .row_cells import remark
from .vocab import OPEN_END, Vocab, body_type, cancelled, clean_body, consultation, has_head, headed, nominative, status
from .vocab import vocab as read_vocab


def column_words(res: Resources) -> ColumnWords:
    """The consultations' words for the table cutter: built once per resource set."""
    return res.compiled(_build_words)


def _build_words(res: Resources) -> ColumnWords:
    return _words(read_vocab(res))


@functools.lru_cache(maxsize=8)  # a paper's own vocabulary (its legend's role letters): one per legend
def _words(v: Vocab) -> ColumnWords:
    def read_header(text: str) -> tuple[tuple[str | None, ...], int] | None:
        hdr = attributed_header(text, v)
        return None if hdr is None else (hdr.kinds, hdr.end)

    return ColumnWords(
        read_header,
        v.title,
        v.stops,
        v.tokens,
        lambda text: has_head(text, v),
        lambda text: column_words_only(text, v),
        lambda text: column_kind(text, v, False),
    )


def from_model(doc: Document, v: Vocab, res: Resources, sv: View) -> Iterator[Consultation]:
    """One consultation per kept row of the view's Beratungsfolge tables."""
    words = column_words(res) if v is read_vocab(res) else _words(v)
    for table in sv.tables(words):
        hdr = two_dates_header(doc.text, table.start, table.columns, v)  # a date first planned, and the meeting's
        placed = _place_after_body(doc.text, table.start, v)
        for row in rows([table]):
            rec = _record(doc, row, v, words, hdr, placed)
            if rec is not None and rec.public is None:
                rec = dataclasses.replace(rec, public=_answer(row, table.columns, v))
            if rec is not None:
                yield rec


def _answer(row: Row, columns: tuple[str | None, ...], v: Vocab) -> bool | None:
    """The public status a yes or a no gives ("ja", "nein") under a header with a status column and no column
    of results or votes, where the word is the row's only one so (``answers`` in ``resources/bodies.yaml``):
    "Stadtrat | 24.06.2027 | Beschlussfassung | ja" under "Gremium | Sitzung am | Behandlung | öffl."."""
    if "public" not in columns or "other" in columns or "result" in columns:
        return None
    said = [val for c in row.cells for val, p in v.answers if c.kind in ("result", "other") and p.fullmatch(c.text)]
    return said[0] if len(said) == 1 else None


# an adjective in a name ("Ausschuss für öffentliche Einrichtungen", "Gemeinderätliche Kommission")
_ADJECTIVE = re.compile(r"(?<!\S)[a-zäöüß]+(?:lich|isch|ig|al|ell|iv|er)(?:e|en|er|es|em)(?!\S)")
# a capitalised article or preposition inside a cell: another cell's sentence ("Die DS 41/2025 gilt", "Bei 7 ...")
_OPENING = "|".join(w.capitalize() for w in sorted(words(*DEFINITE_ARTICLES, "prepositions", "contractions")))
_OPENER = re.compile(rf"(?<!\S)(?:{_OPENING}|Siehe)(?!\S)")


def _namelike(body: str) -> bool:
    """Whether a body cell reads as a name: capitalised words, adjectives, numbers and link
    words ("Ausschuss II – Ortsverwaltung Grötzingen"); not another column's words ("Fachausschuss
    Schule, Jugend, Beschlussvorlage gilt bei")."""
    return namelike(re.sub(r"[/–]", " ", _ADJECTIVE.sub("X", body))) and not _OPENER.search(body)


# a weekday and its comma as a word of a name: the date's cell, wrapped after the weekday, read into the body's
_WEEKDAY_WORD = re.compile(rf"(?<!\S){WEEKDAY},(?!\S)")

_OFFICE = re.compile(r"(\w+)\s+(?:des|der)\s+(\S+)")


def _office(body: str, v: Vocab) -> tuple[str, str | None] | None:
    """An office named as the decider in a body cell, with its role: "Beschluss der Bürgermeisterin"
    -> ("Bürgermeisterin", "decision"), "Entscheidung des Oberbürgermeisters" -> ("Oberbürgermeister",
    "decision"); None for any other cell ("Größe des Gemeinderates")."""
    m = _OFFICE.fullmatch(body)
    if m is None or (said := status(m[1], v)) is None or said[0] is None:
        return None
    office = nominative(m[2], v)
    return (office, said[0]) if body_type(office, v) == "executive" and headed(office, v) else None


_LINK_BEFORE_LAST = re.compile(r"(.*\S)\s+(?:" + either(NAME_LINKS) + r")\s+(\S+)")


def _role_run_in(body: str, row: Row, v: Vocab) -> tuple[str, Row] | None:
    """A single-spaced row whose name wraps after a link word, the role's cell read into it ("Ausschuss
    für Sport und Vorberatung" over "Freizeit"): the name up to the link word, the role word the
    row's role cell; None where the row has a role cell or the last word is no role word alone."""
    m = _LINK_BEFORE_LAST.fullmatch(body)
    if row.mode != "tokens" or m is None or row.first("role") is not None:
        return None
    said = status(m[2], v)
    if said is None or said[0] is None or said[1] is not None:
        return None
    cell = row.first("body")
    assert cell is not None
    role = Cell(cell.start, cell.end, m[2], cell.column, "role", said[0])
    return body[: m.end(1)] + body[m.end(1) : m.start(2)].rstrip(), Row([*row.cells, role], row.mode, row.reason)


_NOUN = re.compile(r"[A-ZÄÖÜ][\w-]+")


def _rest_beside(body: str, row: Row, v: Vocab, text: str) -> str:
    """A name cut at its link word by the role's cell run in ("Sozial-, Gesundheits- und Vorberatung") with
    its rest on the next line, beside the rests of the other columns ("Seniorenausschuss (öffentlich) 17:00
    Uhr"), or on the line under the status the row spilled ("… Demografie und Vorberatung" / "öffentl." /
    "Integration"): the name and that line's first cell, where it is one noun and the whole a body's name."""
    below = sorted((c for c in row.cells if c.spilled), key=lambda c: c.start)
    rest = below[0].text.strip() if below and below[0].kind == "result" else ""
    if not rest and below and all(c.kind == "status" for c in below):
        eol = text.find("\n", row.end)
        if eol >= 0 and not text[row.end : eol].strip():  # the row ends its line: the rest is the next line
            nxt = text.find("\n", eol + 1)
            rest = text[eol + 1 : nxt if nxt >= 0 else len(text)].strip()
    whole = f"{body} {rest}"
    return whole if OPEN_END.search(body) and _NOUN.fullmatch(rest) and headed(whole, v) else body


def _session_line(cell: Cell) -> bool:
    """Whether a status cell below its row is a session's line alone ("öffentliche Sitzung"): a
    line of the table that heads the rows after it, not a status of the row above."""
    m = MEETING_OPENS.match(cell.text.strip())
    return cell.spilled and m is not None and m.end() == len(cell.text.strip())


def _glued_column_word(body: str, v: Vocab, columns: ColumnWords) -> bool:
    """Whether a body cell ends in a column word glued to a name ("Bezirksvertretung für den Stadt-
    Termin", "Geplante Gremium Ö/N"); a name whose only head is that word, a body's ("Internationaler
    Ausschuss", "Beratender Ausschuss"), keeps it."""
    words = body.split()
    if len(words) < 2 or not columns.columns_only(words[-1]):
        return False
    return has_head(" ".join(words[:-1]), v) or not has_head(words[-1], v)


def _place_after_body(text: str, start: int, v: Vocab) -> bool:
    """Whether the header on the line at ``start`` names the meeting's place right after the bodies' column
    ("Gremium   Sitzungsort"): a name that filled its column runs into the place's there."""
    eol = text.find("\n", start)
    hdr = header(text[start : eol if eol >= 0 else len(text)], v)
    return hdr is not None and hdr.body_col + 1 in hdr.places


def _record(
    doc: Document, row: Row, v: Vocab, columns: ColumnWords, hdr: Header | None, placed: bool = False
) -> Consultation | None:
    """A row's cells mapped by kind: "Gemeinderätliche / Kommission KEG | 01.06.2016 | 3 | x"
    -> body "Gemeinderätliche Kommission KEG", meeting date 2016-06-01; under a header naming the place
    after the bodies (``placed``), a name run into its place cut off before it ("Sozial- und
    Gesundheitsausschuss Kreishaus Eutin, Großer")."""
    cell, date = row.first("body"), meeting_cell(row.cells, hdr, doc.text)
    if cell is None or date is None:
        return None
    if cancelled((c.kind, c.value) for c in row.cells):
        return None  # a meeting that does not take place ("– entfällt –")
    body = under_plural_head(strip_header_words(clean_body(cell.text), v), cell.start, doc.text, v)  # "– Bohlingen"
    cut = place_cut(body, v) if placed else None
    body = body[:cut].rstrip() if cut is not None else body
    if _glued_column_word(body, v, columns):
        return None
    if not re.search(r"[^\W\d_]{2}", body):  # a number or a mark: another column's value ("7")
        return None
    if _WEEKDAY_WORD.search(body):  # "Ortsrat Nord Dienstag, Ortsrat Süd": a date's cell wrapped after its weekday
        return None
    if body[:1] == "(" and ")" not in body:  # a remark's bracket opened before its date: "(Ersatztermin 08.07.2027)"
        return None
    if remark(doc.text[cell.start : cell.end + 1], v):  # a note's label over a date ("Wiedervorlage: Juni 2028")
        return None
    run_in = _role_run_in(body, row, v)  # "Ausschuss für Sport und Vorberatung": the role's cell run in
    if run_in is not None:
        body, row = run_in
        body = _rest_beside(body, row, v, doc.text)
    office = _office(body, v)  # "Beschluss der Bürgermeisterin": the office decides
    if office is not None:
        body, role_word = office
    words = body.split()  # a short name of capitalised words without a head word: "SPD-Fraktion"
    short = len(words) <= SETTINGS.unnamed_words and not any(w[:1].islower() for w in words) and not has_head(body, v)
    if not (headed(body, v) or short) or len(body.split()) > 12 or not _namelike(body):
        return None
    own = [c for c in row.cells if not c.spilled]
    role = deciding([(c.kind, c.text, c.value, c.spilled) for c in row.cells])  # "Beratung und Entscheidung"
    if office is not None:
        role = role_word
    # a status cell, else a status letter glued to the TOP number ("Ö 6", "N 3")
    flags = [c for c in row.cells if isinstance(c.value, bool) and not _session_line(c)]
    public = next((c.value for kind in ("status", "top") for c in flags if c.kind == kind), None)
    return consultation(
        body,
        v,
        span=doc.span(min(c.start for c in own), max(c.end for c in own)),
        role=role,
        public=public,
        meeting_date=date.value,
        method="table." + row.mode,
    )
