"""consultation clauses: the Beratungsfolge written as a paragraph under its label, its clauses parted
by semicolons, each clause naming one meeting by its date:

    Geplanter Beratungsgang:
    Vorstellung im Ortsbeirat Süd am Montag, 03.05.2027 (öffentlich), mit Verweisung in den
    Sozialausschuss; Beratung im Sozialausschuss am 11.05.2027 (nichtöffentlich); Vorlage an den
    Gemeinderat zu seiner Sitzung am 20.05.2027 (öffentlich) zur Beschlussfassung.

The label stands alone on its line, maybe after one attribute word ("Geplanter"); the paragraph runs
to the first blank line or rule. A clause with one date is a meeting: its body is the last body named
before the date (a body named after it, a referral, has no meeting of its own there), its session
status the bracket right after the date, its role a role's words after that opened by a contraction
("zur abschließenden Beschlussfassung"). A clause without a date names no meeting; a clause with
two dates, a dated one without a body, or one whose body follows a label and colon ("Vorberatung:
Sozialausschuss (12.05.2021)", the labelled clauses of :mod:`.prose`) is of another form, and then
nothing is taken. Two meetings at least, or none is taken. Each record is read as ``clause`` (method)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de.closed_class import either, words
from pipeline.lang.de.dates import find_dates
from pipeline.records import Consultation
from pipeline.structure import FIRST_PAGES_CHARS, View
from pipeline.structure.tables import rule_across

from .prose import body_phrases
from .referrals import _joined
from .vocab import Vocab, consultation, status

_ATTRIBUTE = re.compile(r"[ \t]*[^\W\d]+[ \t]+")  # one word before the label: "Vorgesehener Beratungsgang:"
_STATUS = re.compile(r"[ \t]*\(([^()]{1,40})\)")  # the bracket right after a date: "(öffentlich)"
# a role's words after the date, opened by a contraction: "zur abschließenden Beschlussfassung"
_ROLE = re.compile(r"[ \t,]*(?:" + either(tuple(sorted(words("contractions")))) + r")[ \t]+((?:[^\W\d]+[ \t]*){1,3})")
_MIN_MEETINGS = 2


def from_clauses(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of each labelled paragraph of clauses in the first pages (see the module's docstring)."""
    for i, line in enumerate(sv.lines):
        if line.start > FIRST_PAGES_CHARS:
            break
        if i in sv.furniture or not _label(line.text, v):
            continue
        end = next(
            (k for k in range(i + 1, len(sv.lines)) if not sv.lines[k].text.strip() or rule_across(sv.lines[k].text)),
            len(sv.lines),
        )
        if end <= i + 1:
            continue
        start = sv.lines[i + 1].start
        meetings = list(_meetings(doc, sv.text[start : sv.lines[end - 1].end], start, v))
        if len(meetings) >= _MIN_MEETINGS and all(meetings):
            yield from (m for m in meetings if m is not None)


def _label(text: str, v: Vocab) -> bool:
    """Whether a line is the Beratungsfolge's label alone, maybe after one attribute word."""
    attr = _ATTRIBUTE.match(text)
    for rest in [text, *([text[attr.end() :]] if attr else [])]:
        m = v.title.match(rest)
        if m is not None and ":" in m.group() and not rest[m.end() :].strip():
            return True
    return False


def _meetings(doc: Document, text: str, at: int, v: Vocab) -> Iterator[Consultation | None]:
    """The meeting of each dated clause; None for a clause of another form."""
    flat, where = _joined(text)
    pos = 0
    for clause in flat.split(";"):
        start, pos = pos, pos + len(clause) + 1
        dates = [d for d in find_dates(clause) if d.iso]
        if not dates:
            continue
        names = body_phrases(clause[: dates[0].start], v)
        if len(dates) > 1 or not names or ":" in clause[: names[-1][0]]:
            yield None
            return
        date = dates[0]
        s, _, name = names[-1]
        body = " ".join(name.split())
        bracket = _STATUS.match(clause, date.end)
        said = status(bracket[1], v) if bracket else None
        after = bracket.end() if bracket else date.end
        role = _ROLE.match(clause, after)
        read = next((rid for rid, pat in v.roles if role is not None and pat.search(role[1])), None)
        yield consultation(
            body,
            v,
            span=doc.span(at + where[start + s], at + where[start + after - 1] + 1),
            meeting_date=date.iso,
            role=read,
            public=said[1] if said else None,
            method="clause",
        )
