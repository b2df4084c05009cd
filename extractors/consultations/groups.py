"""A Beratungsfolge grouped by body, as a council information system's page sets it (ALLRIS's
``vo020`` page, saved or copied as text): under the heading, a line per body with its role at the
line's end, then a line per meeting of that body: its date, and the meeting's name and result on
the same line or on the next one. A body may have several meetings (adjourned, read twice) or none
yet (planned, no date: no consultation).

    Beratungsfolge:
    Ausschuss für Soziales Vorberatung
    03.02.2021
    12. öffentliche Sitzung des Ausschusses für Soziales vertagt
    17.02.2021    Ausschuss für Soziales
    Hauptausschuss Vorberatung
    Rat der Stadt Musterstadt Entscheidung
    11.03.2021
    Sitzung des Rates der Stadt Musterstadt ungeändert beschlossen

The heading stands alone on its line and a body line follows it at once; a date alone is followed
by its meeting's name (a session, or the body's own name), else the block is of another form (a table
set one cell per line or column by column) and this reader reads nothing there. The block ends at a
blank line or at the first line that is neither a body nor a date (a section heading, ``Anlagen:``).
Each record is read as ``groups`` (method), its span from the body's line to the meeting's date.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.document import Document
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import ARTICLES, either, words
from pipeline.lang.de.dates import WEEKDAY, find_dates
from pipeline.records import Consultation
from pipeline.structure import Line, View
from pipeline.structure.tables import rule_across

from .date_rests import broken_before_date
from .headers import column_words_only
from .vocab import Vocab, clean_body, consultation, headed, status

_ORDINAL = re.compile(r"^\d{1,2}\.\s*")  # "1. Lesung", "2. Beratung"
_READING = re.compile(r"^\d{1,2}\.\s*Lesung$")  # a reading of a bill: a step, no role of the vocabulary
_MEETING = re.compile(r"\bSitzung\b|^(?:\d{1,3}\.\s|des\s|der\s)")  # "33. öffentliche Sitzung des …", "des Rates …"
_CELL = re.compile(r"\t| {2,}")  # between two cells of a row: a tab, or a gap of two spaces or more
_OPENERS = words(*ARTICLES, "prepositions", "contractions", "conjunctions")  # no name opens with one
# both session statuses parted by a slash, a status column's head ("Ö / N", "ö/nö"), never a body line's role
_STATUS_PAIR = re.compile(
    r"(?<!\w)(?:Ö|ö|[Öö]ff(?:entlich|\.)?)[ \t]*/[ \t]*(?:N|n|NÖ|[Nn]ö|[Nn]icht[ -]?öff(?:entlich|\.)?)(?!\w)"
)
ROLE_WORDS = 4  # words of a role at a body line's end ("Information zur Kenntnis")
BODY_WORDS = 16  # words of a body's name, at most
UNHEADED_WORDS = 8  # words of a name without a head word ("SBB Mitte", "Soziale Stadt, QM, Verkehr und Grünflächen")


_Body = tuple[Line, str, str | None, bool | None]  # a body's line, name, role and public status


def from_groups(doc: Document, v: Vocab, sv: View) -> list[tuple[tuple[int, int], list[Consultation]]]:
    """Every grouped Beratungsfolge under a heading alone on its line: its extent in the text (from
    its first body line to its last line read, planned bodies and meetings' names included) and its
    consultations."""
    found = []
    for i, line in enumerate(sv.lines):
        title = v.title.match(line.text)
        if title is None or line.text[title.end() :].strip() and not _JOINED.fullmatch(line.text, title.end()):
            continue
        block = _groups(doc, v, sv, i + 1)
        if block is not None:
            found.append(block)
    return found


def _groups(doc: Document, v: Vocab, sv: View, first: int) -> tuple[tuple[int, int], list[Consultation]] | None:
    """The block after line ``first - 1``; None where it has no dated meeting or a line breaks the
    form: a date before any body, or a date alone whose next line names no meeting (a table set one
    cell per line or column by column: "Sozialausschuss" / "12.03.2019" / "öffentlich", the names over
    the dates)."""
    body: _Body | None = None  # the current body's line, name, role and public status
    spaced = _spaced(sv, first)  # a blank line after every line: blank lines do not end the block
    meeting_below = False  # the line before was a date alone: the meeting's name must follow
    found: list[Consultation] = []
    opening: Line | None = None  # the block's first line, a body's
    found_line: Line | None = None  # the last meeting's date line
    last: Line | None = None  # its last line
    told: Line | None = None  # the last meeting's own line, under its date line
    for k in range(first, len(sv.lines)):
        if k in sv.furniture:
            continue
        line = sv.lines[k]
        text = line.text.strip()
        if not text and (spaced or meeting_below):
            continue  # an export that sets a blank line after every line of the block, or after a text box
        if meeting_below:
            if not (text and body is not None and _meeting(text, body[1])):
                return None
            meeting_below, last = False, line
            found[-1] = _held(found[-1], text)
            continue
        if (not text or rule_across(text)) and body is None:
            continue  # a blank line or a rule drawn under the heading
        if not text:
            break
        if found and last is found_line and _own_line(sv, k, body):
            found[-1], last = _told(found[-1], text, v), line  # the meeting's own line under its date: role, result
            told = line
            continue
        if last is told and _wrapped_rest(text):
            last = line  # the lower-case rest of a result wrapped onto a line of its own ("einstim-" / "mig")
            continue
        date = _leading_date(line.text)
        if date is not None:
            if body is None:
                return None
            start, end, iso = date
            rest = line.text[end:]  # the meeting's name and result; a saved page's cells, even empty ones
            meeting_below = not rest.strip() and "\t" not in rest
            found.append(
                _stated(_held(_record(doc, v, body, line.start + start, line.start + end, iso), rest), rest, v)
            )
            last = found_line = line
            continue
        named = _body_line(text, v, _dated_next(sv, k))
        if named is None:
            break
        body, last = (line, *named), line  # a body without a date line (planned) gives no consultation
        opening = opening or line
    if meeting_below or not found or opening is None or last is None:
        return None
    return (opening.start, last.end), found


# a heading's second noun joined to the title: "Beratungsfolge und Beratungsergebnisse"
_JOINED = re.compile(r"[ \t]*(?:" + either(tuple(sorted(words("conjunctions")))) + r")[ \t]+[^\W\d]+[ \t]*:?[ \t]*")
_LEADER = re.compile(markers.DOT_LEADER + r"|\t| {2,}")  # what ends a meeting line's first cell


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


_DOTS = re.compile(r"\S[ \t]*" + markers.DOT_LEADER)  # a dot leader after a cell's words


def _own_line(sv: View, k: int, body: _Body | None) -> bool:
    """Whether line ``k``, right under a meeting's date line, is that meeting's own line: indented under
    its body's line, or, where a reader sets every line at the margin, a cell led by dots to the
    meeting's result ("Vorberatung ........ mehrheitlich empfohlen") over a line that opens with no date
    (a body line with its role after a leader has its date line under it)."""
    text = sv.lines[k].text
    if _indent(text) > _indent(body[0].text if body else ""):
        return True
    return _DOTS.search(text) is not None and not _dated_next(sv, k)


def _wrapped_rest(text: str) -> bool:
    """Whether a line is the rest of the line above wrapped onto a line of its own: a word or two in
    lower case ("mig" under "... einstim-")."""
    return text[:1].islower() and len(text.split()) <= 2 and not find_dates(text)


def _told(record: Consultation, text: str, v: Vocab) -> Consultation:
    """The record with the role a line indented under its date line states in its first cell,
    before a dot leader or a gap and the meeting's result ("Vorberatung ....... einstimmig empfohlen");
    a cell of more words than a role's ("Beschluss über die Weitergabe an den Rat") states none."""
    led = re.split(markers.DOT_LEADER, text.strip(), maxsplit=1)  # before the dots, the cell may be justified
    read = status((led[0] if len(led) > 1 else _LEADER.split(text.strip(), maxsplit=1)[0]).strip(), v)
    if read is None:
        return record
    return replace(record, role=record.role or read[0], public=read[1] if record.public is None else record.public)


def _spaced(sv: View, first: int, reach: int = 6) -> bool:
    """Whether the lines from ``first`` alternate with blank lines, as an export of text boxes sets
    them ("Ausschuss für Soziales Vorberatung" / "" / "03.02.2021" / "" / "12. Sitzung …"): the first
    ``reach`` lines (furniture stepped over) are a filled line after each blank one and a blank line
    after each filled one, the first of them blank."""
    rows = [sv.lines[k].text.strip() for k in range(first, min(len(sv.lines), first + reach)) if k not in sv.furniture]
    return len(rows) == reach and all(bool(t) == (n % 2 == 1) for n, t in enumerate(rows))


# the words of a meeting before its date: "Sitzung am 11.03.2025 – öffentlich – Vorberatung"
# and a weekday written out before the date: "am Freitag, dem 7. März 2031, nichtöffentliche Sitzung"
_DATE_LEAD = re.compile(
    r"[ \t]*(?:(?:Sitzung|Termin)[ \t]+(?:am|vom)|am|vom)?[ \t]*(?:" + WEEKDAY + r"[ \t]*,?[ \t]*(?:den|dem)?[ \t]*)?"
)


def _leading_date(text: str) -> tuple[int, int, str] | None:
    """The date a line opens with, maybe after the words of a meeting ("Sitzung am"), (offsets in the
    line, ISO), None where it opens otherwise."""
    found = find_dates(text)  # in the order they stand
    d = found[0] if found else None
    return (d.start, d.end, d.iso) if d is not None and d.iso and _DATE_LEAD.fullmatch(text, 0, d.start) else None


def _stated(record: Consultation, rest: str, v: Vocab) -> Consultation:
    """The record with the status and role its date line states after the date, apart by dashes or
    commas ("– öffentlich – Vorberatung"), where its body line stated none."""
    role, public = record.role, record.public
    for part in re.split(r"[ \t]+[–—-][ \t]+|,|;", rest):
        read = status(part.strip(), v) if part.strip() else None
        if read is not None:
            role = role or read[0]
            public = read[1] if public is None else public
    return replace(record, role=role, public=public)


def _meeting(text: str, name: str) -> bool:
    """Whether a line under a meeting's date names the meeting: a session ("33. öffentliche Sitzung
    des Ausschusses …", "des Rates der Stadt …") or the body itself ("Ratsversammlung (Videokonferenz)")."""
    return bool(_MEETING.search(text)) or text.startswith(name.split()[0])


# a meeting's name that says whether it was public: "24. öffentliche Sitzung des …", "3. nichtöffentliche Sitzung …"
_HELD = re.compile(r"\b(?P<closed>nicht[ -]?)?öffentliche[nr]?\s+Sitzung\b", re.I)


def _held(record: Consultation, meeting: str) -> Consultation:
    """The record with the public status its meeting's name states, where its body line stated none.

    >>> r = Consultation(span=None, body="Rat", meeting_date="2025-03-19", method="groups")
    >>> _held(r, "31. öffentliche Sitzung des Rates").public, _held(r, "5. nichtöffentliche Sitzung").public
    (True, False)
    """
    m = _HELD.search(meeting)
    if m is None or record.public is not None:
        return record
    return replace(record, public=m["closed"] is None)


def _dated_next(sv: View, k: int) -> bool:
    """Whether the line after line ``k`` (furniture stepped over) opens with a date."""
    nxt = next((j for j in range(k + 1, len(sv.lines)) if j not in sv.furniture), None)
    return nxt is not None and _leading_date(sv.lines[nxt].text) is not None


def _body_line(text: str, v: Vocab, dated_next: bool) -> tuple[str, str | None, bool | None] | None:
    """A body line's name, role and public status ("Rat der Stadt Musterstadt Entscheidung": the
    name, decision; "FA Bau 1. Lesung": the name, no role), None where the line names no body. A name
    without a body's head word ("SBB Mitte Anhörung", an abbreviation) is one where its place says
    so: a role at its end and its meeting's date on the next line. A saved page's table gives the name
    and the role as two cells, a text export sets a gap between them ("Hauptausschuss      Vorberatung");
    a line of more cells or of column words is another table's, not this form's."""
    # a saved page's table: name and role cells, apart at a tab or at a gap of a text export
    cells = [c.strip() for c in _CELL.split(text) if c.strip()]
    parts = text.split()
    if (
        find_dates(text)
        or parts[0].casefold() in _OPENERS  # "Die Vorlage wird im Sozialausschuss …"
        or len(cells) > 2
        or column_words_only(text, v)
        or _STATUS_PAIR.search(text)  # "Geplante Sitzungstermine  Gremium  Ö / N": a table's column words
        or broken_before_date(text)  # "(1) Ausschuss für Digitalisierung …… am" / "07.09.2027": a row's line
    ):
        return None
    name, read = text, None
    if len(cells) == 2:
        name, read = cells[0], _role(cells[1], v)
        if read is None:
            return None
    else:  # the role's words at the line's end, the longest that read as one
        for n in range(min(ROLE_WORDS, len(parts) - 1), 0, -1):
            read = _role(" ".join(parts[-n:]), v)
            if read is not None:
                name = " ".join(parts[:-n])
                break
    name = clean_body(name)
    placed = read is not None and dated_next and len(name.split()) <= UNHEADED_WORDS
    if not name or len(name.split()) > BODY_WORDS or not (headed(name, v) or placed):
        return None
    role, public = read or (None, None)
    return name, role, public


def _role(text: str, v: Vocab) -> tuple[str | None, bool | None] | None:
    """The role and public status a body line's last words or cell state, (None, None) for a reading
    ("1. Lesung"), None where they state no role."""
    return status(_ORDINAL.sub("", text), v) or ((None, None) if _READING.match(text) else None)


def _record(doc: Document, v: Vocab, body: _Body, start: int, end: int, iso: str) -> Consultation:
    line, name, role, public = body
    return consultation(
        name,
        v,
        span=doc.span(line.start, end),
        role=role,
        public=public,
        meeting_date=iso,
        method="groups",
    )
