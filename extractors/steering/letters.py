"""Members named in quoted excerpts of the letters that nominate them, a letter's sender and date as a
heading line over its quotation, one of the quotations naming the group::

    Caritasverband Nordheim – Schreiben vom 08.03.2027
        „… benennen wir für den Lenkungskreis Frau Anna Beispiel, Leiterin des Fachdienstes Migration.
        Bei Verhinderung vertritt sie Herr Jonas Weber.“

    Agentur für Arbeit Nordheim – E-Mail vom 02.03.2027
        „Für die Agentur wird Herr Ole Lind in den Lenkungskreis entsandt.“

    IHK Nordheim – Schreiben vom 18.03.2027
        „… sehen wir von einer Benennung derzeit ab.“

The heading names the sender, a dash and the kind of the text with its date (``letter_heading`` of
``steering.yaml``); the quotation is the lines indented under it up to a blank line (where a text layer
kept no indent, the lines from its opening quote to its closing one). Each person a quotation addresses
("Frau", "Herrn", titles and the name) is a member, the sender the label their sector is read from,
unless the clause before them in the quotation names a deputy or a guest (``letter_deputy``: "vertritt
sie", "seine Stellvertreterin ist"); a letter that declines names no one. The letters run on while each
heading follows a blank line after the quotation above; the series holds a mention of the group, or a
lead-in's colon opens it a few lines after one. Two persons at least make the form.
"""

from __future__ import annotations

import re

from extractors.resources import Resources, typed

from .rules import MemberRow

_MIN_MEMBERS = 2
_REACH = 8  # lines from a mention of the group to the first letter's heading at most
_PERSON = re.compile(
    r"\b(?:Frau|Herrn?)\s+(?P<name>(?:(?:Prof|Dr)\.\s*)*[A-ZÄÖÜ][\wäöüß-]+(?:\s+(?!(?:Dr|Prof)\.)[A-ZÄÖÜ][\wäöüß-]+){1,2})"
)
_OPENING = re.compile(r"[ \t]*[„\"»“]")  # a quotation's opening quote
_CLAUSE = re.compile(r"(?<!\bDr)(?<!\bProf)[.;:!?](?=\s)")  # a clause's end inside a quotation


def quoted_letters(text: str, spans: list[tuple[int, int]], res: Resources) -> list[MemberRow] | None:
    """The members the quoted letters holding a mention of the group (at ``spans``) nominate; None where
    no mention stands in such a letter."""
    heading = re.compile(typed.steering(res).letter_heading)
    for a, _ in spans:
        start = _heading_above(text, a, heading) or _heading_below(text, a, heading)
        if start is None:
            continue
        rows = [r for s, e, sender in _letters(text, start, heading) for r in _persons(text, s, e, sender, res)]
        return rows if len(rows) >= _MIN_MEMBERS else None
    return None


def _heading_above(text: str, at: int, heading: re.Pattern[str]) -> int | None:
    """Where the first letter of the series starts whose quotation holds ``at``: the block between blank
    lines holding it opens with a heading, and so does each block above it in the series."""
    found = None
    start = _block_start(text, at)
    while heading.match(text, start):
        found = k = start
        while k > 0 and text[k - 1] in " \t\n":
            k -= 1
        if k == 0:
            break
        start = _block_start(text, k - 1)
    return found


def _block_start(text: str, at: int) -> int:
    """Where the block between blank lines holding ``at`` starts."""
    pos = text.rfind("\n", 0, at)
    while pos > 0:
        prev = text.rfind("\n", 0, pos)
        if not text[prev + 1 : pos].strip():
            return pos + 1
        pos = prev
    return 0


def _heading_below(text: str, at: int, heading: re.Pattern[str]) -> int | None:
    """Where the series of letters starts that a lead-in's colon opens within a few lines after ``at``."""
    pos = text.find("\n", at) + 1
    colon = False
    for _ in range(_REACH):
        stop = text.find("\n", pos)
        if pos <= 0 or stop < 0:
            return None
        line = text[pos:stop]
        if colon and heading.match(line):
            return pos
        colon = line.rstrip().endswith(":") or colon and not line.strip()
        pos = stop + 1
    return None


def _letters(text: str, pos: int, heading: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """The quotations of the letters from ``pos`` on, each its span and its sender."""
    out: list[tuple[int, int, str]] = []
    while (m := heading.match(text, pos)) is not None:
        indent = len(m.group()) - len(m.group().lstrip())
        start = end = text.find("\n", pos) + 1
        quoted = _OPENING.match(text, start) is not None  # a text layer that kept no indent: up to its close
        while end < len(text):
            stop = text.find("\n", end)
            stop = len(text) if stop < 0 else stop
            line = text[end:stop]
            if not line.strip() or not quoted and len(line) - len(line.lstrip()) <= indent:
                break
            end = stop + 1
            if quoted and line.rstrip().endswith(("“", "”", '"', "«")):
                break
        if end == start:
            break
        out.append((start, end, m["sender"]))
        pos = end
        while pos < len(text) and text[pos : text.find("\n", pos)].strip() == "":
            pos = text.find("\n", pos) + 1
            if pos <= 0:
                return out
    return out


def _persons(text: str, start: int, end: int, sender: str, res: Resources) -> list[MemberRow]:
    """The persons a quotation nominates, deputies and guests left out."""
    deputy = re.compile(typed.steering(res).letter_deputy)
    rows = []
    for m in _PERSON.finditer(text, start, end):
        clause = max((c.end() for c in _CLAUSE.finditer(text, start, m.start())), default=start)
        if deputy.search(text, clause, m.start()):
            continue
        name = " ".join(m["name"].split())
        rows.append(MemberRow(m.start("name"), m.end("name"), name, sender.strip(), False, "list"))
    return rows
