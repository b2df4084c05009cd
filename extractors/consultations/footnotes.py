"""A Beratungsfolge whose rows' statuses a footnote gives: a body's name with a mark after it
("Magistrat¹", "Magistrat*") and, under the table, a line (or, in a text flattened into one line, a
sentence) opening with the same mark whose note names a status ("¹ nichtöffentliche Sitzung"). The
note's first status is the marked rows'; a later clause of the note naming the other status gives it
to the table's other rows ("…; alle übrigen Sitzungen sind öffentlich"), those that have none of their
own. The table's rows are the records of the marked row's reading from the note up, up to more lines
between two of them than a row's wrapped cells. The mark is no part of the name."""

from __future__ import annotations

import dataclasses
import re

from pipeline.lang.de import markers
from pipeline.records import Consultation

from .vocab import Vocab, renamed

# a name's footnote mark: a superscript digit or one to three asterisks at its end
_MARK = re.compile(rf"(?<=\w)[ \t]?([{re.escape(markers.FOOTNOTE_MARKS.replace('*', ''))}]|\*{{1,3}})$")
_NOTE_LINES = 12  # lines between a marked row and its note, at most
_NOTE_SPAN = 1500  # characters between a marked row and its note, at most
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_WRAPPED_LINES = 2  # lines of a row's wrapped cells between two rows, at most


def with_footnotes(found: list[Consultation], text: str, v: Vocab) -> list[Consultation]:
    """The records with their marks left off the names and the statuses their footnotes give."""
    out = list(found)
    for n, rec in enumerate(found):
        m = _MARK.search(rec.body)
        if m is None:
            continue
        body = rec.body[: m.start()].rstrip()
        out[n] = renamed(out[n], body, v)
        note = _note(m[1], rec.span.end, text)
        said = _statuses(text[note[0] : note[1]], v) if note is not None else []
        if not said or note is None:
            continue
        out[n] = dataclasses.replace(out[n], public=said[0] if out[n].public is None else out[n].public)
        rest = next((s for s in said[1:] if s != said[0]), None)
        if rest is None:
            continue
        for k in _table(found, n, note[0], text):
            # a row read into the note (flattened, "… Beschlussfassung * nichtöffentliche Sitzung") took its status
            if k != n and not _MARK.search(found[k].body) and (out[k].public is None or found[k].span.end > note[0]):
                out[k] = dataclasses.replace(out[k], public=rest)
    return out


def _note(mark: str, after: int, text: str) -> tuple[int, int] | None:
    """The span of the note that opens with ``mark`` within a few lines after offset ``after``: at a line's
    start, or after a blank where a text flattened into one line ran the table's rows and the note together;
    the note ends with its line or its sentence."""
    end = after
    for _ in range(_NOTE_LINES):
        end = text.find("\n", end + 1)
        if end < 0:
            end = len(text)
            break
    m = re.compile(rf"(?<!\S){re.escape(mark)}(?![*\w])[ \t]*(\S[^\n]*)").search(
        text, after, min(end, after + _NOTE_SPAN)
    )
    if m is None:
        return None
    stop = _SENTENCE_END.search(text, m.start(1), m.end(1))
    return m.start(1), stop.end() if stop is not None else m.end(1)


def _statuses(note: str, v: Vocab) -> list[bool]:
    """The statuses the note's clauses name in words, one a clause, in order (the letters of a status
    column, "N", "Ö", are a cell's, no note's words)."""
    out = []
    for clause in re.split(r"[;.]", note):
        said = next((value for value, pat in v.public if pat.flags & re.I and pat.search(clause)), None)
        if said is not None:
            out.append(said)
    return out


def _table(found: list[Consultation], n: int, note: int, text: str) -> list[int]:
    """The indices of the records of the table that holds record ``n`` and ends at the note: read as it is,
    each after the one before it with no more than a row's wrapped lines between (blank lines aside, which
    an export may set after every line), the last so before the note."""
    rows = sorted(
        (k for k, r in enumerate(found) if r.method == found[n].method and r.span.start < note),
        key=lambda k: found[k].span.start,
    )
    if n not in rows or _apart(text, min(found[rows[-1]].span.end, note), note):
        return []
    table = [rows[-1]]
    for a, b in zip(reversed(rows[:-1]), reversed(rows[1:])):
        if _apart(text, found[a].span.end, found[b].span.start):
            break
        table.append(a)
    return table if n in table else []


def _apart(text: str, start: int, end: int) -> bool:
    """Whether more than a row's wrapped lines stand between two offsets."""
    return sum(1 for line in text[start:end].split("\n")[1:-1] if line.strip()) > _WRAPPED_LINES
