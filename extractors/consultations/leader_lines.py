"""consultation leader lines: a paper's head as labelled lines, each label parted from its value by dot leaders,
the steps of its way through the bodies among them (method ``leader_line``):

    Drucksache-Nr. ......................  0212/XIX
    Einbringung in der BVV ..............  Mittwoch, 03.03.2027 (7. Sitzung, öffentlich)
    Überweisung federführend an .........  Ausschuss für Schule und Sport – Sitzung am
                                           11.03.2027 (öffentlich)
    Anhörung ............................  Seniorenvertretung – Sitzung am 09.03.2027
    Beschlussfassung in der BVV .........  Mittwoch, 31.03.2027 (8. Sitzung, öffentlich)

A line whose value holds one date (a day's, or a month's alone: "Sitzung im Mai 2027") is a meeting: its role the
label's role word ("Überweisung federführend", "Anhörung", "Beschlussfassung"; none for "Einbringung"), its body the
body the label names after its preposition ("in der BVV") or else the value's name before the date (up to a dash,
"Sitzung", "am" or a bracket), its status the value's status word. A label may also be a role's word and the body's
name after it ("federführend   Ausschuss für Soziales (ASF) .... Sitzung 18.05.2027"), a referral's word
("federführend", "beteiligt") a preliminary consultation; a short name in brackets after the name is left out. A
value wraps onto the lines under it that start at its column (at the margin, where a PDF's text layer set the leader
one space from the value and dropped the indent). Read only where two such lines or more stand in one run of
labelled lines; a line whose label and value name no body gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.document import Document, Span
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import alternation
from pipeline.lang.de.dates import find_dates
from pipeline.records import Consultation
from pipeline.structure import FIRST_PAGES_CHARS, Line, View

from .vocab import Vocab, clean_body, consultation, headed, status

_LEADER = re.compile(r"(?P<label>[ \t]*[^\W\d][^.\n]*?)[ \t]*\.{4,}[ \t]+(?P<value>\S.*)")
_SLACK = 2  # how far a value's wrapped line may start from its column
_WRAPS = 3  # a value's wrapped lines, at most
_ARTICLE = alternation("linking_articles", "opening_articles")
_LEAD_WORDS = rf"\b(?:{alternation('contractions')}|{alternation('prepositions')})\b(?:[ \t]+(?:{_ARTICLE}))?"
_AFTER_PREPOSITION = re.compile(_LEAD_WORDS + r"[ \t]+(?P<name>\S.*)$")  # "in der BVV", "im Hauptausschuss"
_NAME_END = re.compile(r"[ \t][–—-][ \t]|\bSitzung\b|\bam\b|\(")

_PARTS = re.compile(r"[(),;]|[ \t]{2,}")  # the value's cells: a bracket's items, the parts a gap sets apart
_REFERRAL = re.compile(r"(?i)federführend|beteiligt|mitberatend")
_SHORT = re.compile(r"[ \t]*\([A-ZÄÖÜ]{2,6}\)$")  # the body's short name after it: "(SFI)"

_LINK = re.compile(
    r"[ \t]*[" + re.escape(markers.DOWN_ARROWS + markers.DOWN_TRIANGLE + markers.DRAWN_BARS + markers.ASCII_BARS) + r"]"
    r"(?:[ \t]+(?P<words>\S.*))?[ \t]*"
)  # a line of the path between two steps: a bar or an arrow down, maybe with words after it

Entry = tuple[str, str, int, int]  # label, value (wrapped lines joined), start, end


def from_leader_lines(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of every run of dot-leader lines (see the module's docstring)."""
    run: list[Entry] = []
    for entry in _entries(sv.lines):
        between = doc.text[run[-1][3] + 1 : entry[2]].splitlines() if run else []
        links = [_LINK.fullmatch(t) for t in between]
        if any(m is None for m in links):  # a blank line or a line of text between
            yield from _meetings(doc, run, v)
            run = []
        elif run:  # what the arrow after the line says: its body's role ("▼  Empfehlung an den Kreistag")
            said = " ".join(m["words"] or "" for m in links if m is not None)
            run[-1] = (run[-1][0], f"{run[-1][1]} ({said})" if said else run[-1][1], *run[-1][2:])
        run.append(entry)
    yield from _meetings(doc, run, v)


def _entries(lines: list[Line]) -> Iterator[Entry]:
    k = 0
    while k < len(lines) and lines[k].start <= FIRST_PAGES_CHARS:
        m = _LEADER.fullmatch(lines[k].text)
        k += 1
        if m is None:
            continue
        value, start, end = m["value"].strip(), lines[k - 1].start, lines[k - 1].end
        flat = not m["label"][:1].isspace() and lines[k - 1].text[m.start("value") - 2] == "."  # one space, no indent
        wrapped = 0
        while k < len(lines) and lines[k].start == end + 1 and _LEADER.fullmatch(lines[k].text) is None:
            text = lines[k].text
            margin = len(text) - len(text.lstrip())
            inside = m.start("value") - _SLACK <= margin <= m.start("value") + len(m["value"])  # under the value
            if not text.strip() or not (inside or flat and not margin) or wrapped == _WRAPS:
                break
            cut = value.endswith("-") and text.lstrip()[:1].islower()  # "öffent-" / "lich)"
            value, end, k = value[:-1] + text.strip() if cut else f"{value} {text.strip()}", lines[k].end, k + 1
            wrapped += 1
        yield m["label"].strip(), value, start, end


def _role_word(cell: str, v: Vocab) -> str | None:
    """The role a label's first cell names alone: a role's word, or a referral's ("federführend", "beteiligt",
    "mitberatend": the committee advises before the decision)."""
    said = status(cell.strip(), v)
    return "preliminary" if _REFERRAL.fullmatch(cell.strip()) else said[0] if said is not None else None


def _meetings(doc: Document, run: list[Entry], v: Vocab) -> list[Consultation]:
    found = [rec for entry in run if (rec := _meeting(doc, entry, v)) is not None]
    return found if len(found) >= 2 else []


def _meeting(doc: Document, entry: Entry, v: Vocab) -> Consultation | None:
    label, value, start, end = entry
    dates = [d for d in find_dates(value) if d.precision == "day"] or find_dates(value, months=True)
    if len(dates) != 1:
        return None
    cells = label.split(None, 1)
    cells = [cells[0], cells[-1].strip()]
    led = _role_word(cells[0], v) is not None and headed(cells[1], v)  # "federführend   Ausschuss für Soziales"
    after = _AFTER_PREPOSITION.search(label)
    name = cells[1] if led else label if headed(label, v) else after["name"] if after is not None else ""
    if not headed(name, v):
        cut = _NAME_END.search(value[: dates[0].start])
        name = clean_body(value[: dates[0].start if cut is None else cut.start()])
    name = _SHORT.sub("", name)
    if not name or not headed(name, v):
        return None
    role = _role_word(cells[0], v) if led else next((rid for rid, pat in v.roles if pat.search(label)), None)
    parts = [p.strip() for p in _PARTS.split(value)]
    said = [s for p in [*parts, value.split()[0]] if p and (s := status(p, v)) is not None]
    rest = value[dates[0].end :]  # after the date: "abschließende Entscheidung", an arrow's "Empfehlung an …"
    role = (
        role
        or next((r for r, _ in said if r is not None), None)
        or next((r for r, p in v.roles if p.search(rest)), None)
    )
    publics = {p for _, p in said if p is not None}
    span = Span(start, end, doc.page_at(start), doc.text[start:end])
    public = publics.pop() if len(publics) == 1 else None
    return consultation(name, v, span=span, meeting_date=dates[0].iso, role=role, public=public, method="leader_line")
