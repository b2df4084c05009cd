"""The marks of a members list: the levels of a nested list (by indentation and mark), bullets
pdfminer.six set apart from their entries, the numbers of entries, a sub-list's label joined to
the item before it, and the furniture of a page break a list crosses. Read by the walk of
:func:`.lists.list_members`."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.lang.de import markers
from pipeline.structure import is_page_number
from pipeline.structure.prose import Segment

# a bullet alone on its line: pdfminer.six sets the marks of a list apart from their entries
# ("Integrationsbeauftragte" / "-" / "- Sozialamt" / "Jugendamt" / "-" / "- Hauptamt")
STRAY_MARK = re.compile(
    r"[ \t]*"
    + markers.charset(markers.ITEM_MARKS + markers.ARROWS + markers.HOLLOW_BULLET + markers.PRIVATE_ROUND)
    + r"[ \t]*"
)
# a list entry's line: capitalised, eight words at most, no sentence's end ("Verein Mosaik e. V." is one)
# a short entry: a capital, up to eight words, no sentence's end (each word between runs of spaces
# once, so that a line of wide gaps, as pdftotext -layout sets a table, is told at once)
_ENTRY_LINE = re.compile(r"[ \t]*[A-ZÄÖÜ][^\n:;!?\s]*(?:[ \t]+[^\n:;!?\s]+){0,7}(?<![a-zäöüß]{2}\.)[ \t]*")


def marks_set_apart(text: str, segs: Sequence[Segment], first: int) -> Sequence[Segment]:
    """The segments with the lines of an item split off where a bullet set apart from its entry
    ran on with the item ("- Sozialamt" / "Jugendamt" / "-"): each such bullet and each entry
    (a short line right before or after a bullet alone) a segment of its own."""
    out: list[Segment] | None = None
    for n in range(first, min(len(segs), first + LIST_REACH)):
        parts = _split_item(text, segs, n)
        if parts is not None:
            out = list(segs) if out is None else out
            at = out.index(segs[n])
            out[at : at + 1] = parts
    return segs if out is None else out


def _split_item(text: str, segs: Sequence[Segment], n: int) -> list[Segment] | None:
    """Segment ``n`` cut where its lines go on with bullets set apart from their entries (an item
    after its first line, a paragraph or heading anywhere), or None."""
    seg = segs[n]
    if seg.kind not in ("item", "para", "heading") or "\n" not in text[seg.start : seg.end]:
        return None
    lines = [(seg.start + m.start(), seg.start + m.end()) for m in re.finditer(r"[^\n]+", text[seg.start : seg.end])]
    stray = [STRAY_MARK.fullmatch(text, a, b) is not None for a, b in lines]
    stray.append(n + 1 < len(segs) and STRAY_MARK.fullmatch(text, segs[n + 1].start, segs[n + 1].end) is not None)
    apart = [
        stray[k] or (k > 0 and stray[k - 1] or stray[k + 1]) and bool(_ENTRY_LINE.fullmatch(text, *lines[k]))
        for k in range(len(lines))
    ]
    cut = next((k for k in range(int(seg.kind == "item"), len(lines)) if apart[k]), None)
    if cut is None or not all(apart[cut:]) or not any(stray):
        return None
    head = [Segment(seg.kind, seg.start, lines[cut - 1][1], seg.body)] if cut else []
    return head + [Segment("item", a, b, a) for a, b in lines[cut:]]


LIST_REACH = 200  # segments after a lead-in searched for bullets set apart


def lost_mark(text: str, segs: Sequence[Segment], n: int) -> bool:
    """Whether segment ``n`` is a list entry whose bullet was set apart from it: one short line
    without a mark or a full stop, with a bullet alone on its line right before or after it."""
    seg = segs[n]
    if seg.body != seg.start or not _ENTRY_LINE.fullmatch(text, seg.start, seg.end):
        return False
    near = [segs[k] for k in (n - 1, n + 1) if 0 <= k < len(segs)]
    return any(STRAY_MARK.fullmatch(text, s.start, s.end) for s in near)


@dataclass
class Nesting:
    """The levels of a nested list as Word exports it: a level is deeper when its items are
    indented further or, with the indentation lost, marked otherwise than the level above
    ("•" over "o" or "▪"); an item whose mark a level above has returns to that level."""

    levels: list[tuple[int, str]] = field(default_factory=list)  # (indentation, mark) per level
    outer: list[tuple[int, str | None]] = field(default_factory=list)  # (level, label before) of sub-list labels
    skip: int | None = None  # items deeper than this level are persons of the member above

    def place(self, text: str, segs: Sequence[Segment], n: int) -> int:
        """The level of item ``n``, which becomes the innermost."""
        return _place(self.levels, _level_key(text, segs, n, self.levels))

    def children(self, text: str, segs: Sequence[Segment], n: int, depth: int) -> list[Segment]:
        """The items right after item ``n`` (at level ``depth``) that are deeper than it; none
        where a mark is lost (OCR, stacked cells): a list without marks has no levels."""
        levels = list(self.levels)
        out: list[Segment] = []
        if not item_key(text, segs[n])[1]:
            return out
        for k in range(n + 1, len(segs)):
            seg = segs[k]
            if seg.kind != "item" or not item_key(text, seg)[1]:
                break
            if _place(levels, _level_key(text, segs, k, levels)) <= depth:
                break
            out.append(seg)
        return out


def _level_key(text: str, segs: Sequence[Segment], n: int, levels: list[tuple[int, str]]) -> tuple[int, str]:
    """The key item ``n`` is placed by: its own, but for a first-level item whose mark OCR misread
    ("• Verwaltung" / "o Sozialamt" / "o Jugendamt" / "* Wohlfahrtsverbände" / "o Caritas"):
    a mark seen once in the list, a look-alike of the first level's (:data:`OCR_LOOKALIKES`) at its
    indentation, after an item of the second level and before another or the list's end, reads as
    the first level's mark. A third level of its own stays one: it holds several items ("* a" /
    "* b") or comes back."""
    key = item_key(text, segs[n])
    if len(levels) < 2 or key in levels or key[0] != levels[0][0]:
        return key
    if key[1] not in markers.OCR_LOOKALIKES or levels[0][1] not in markers.OCR_LOOKALIKES:
        return key
    after = n + 1 < len(segs) and segs[n + 1].kind == "item"
    if n == 0 or segs[n - 1].kind != "item" or item_key(text, segs[n - 1]) != levels[1]:
        return key
    if after and item_key(text, segs[n + 1]) != levels[1]:
        return key
    first = n
    while first > 0 and segs[first - 1].kind == "item":
        first -= 1
    last = n
    while last + 1 < len(segs) and segs[last + 1].kind == "item":
        last += 1
    same = sum(item_key(text, segs[k]) == key for k in range(first, last + 1))
    return levels[0] if same == 1 else key


def _place(levels: list[tuple[int, str]], key: tuple[int, str]) -> int:
    indent = key[0]
    for k, (i, m) in enumerate(levels):
        if (i, m) == key:
            del levels[k + 1 :]
            return k
    while levels and levels[-1][0] > indent:
        levels.pop()
    levels.append(key)
    return len(levels) - 1


def item_key(text: str, seg: Segment) -> tuple[int, str]:
    """The indentation and mark of a list item ("1." and "2." have one mark)."""
    head = text[seg.start : seg.body].replace("\t", "    ")
    mark = head.strip()
    return len(head) - len(head.lstrip()), re.sub(r"\d{1,2}|^\(?[a-z](?=[.)])", "#", mark)


EDGE_LINES = 3  # lines of furniture a page may have at its foot, and the next at its head


def after_page_edge(text: str, at: int, expect: int | None) -> int:
    """Where a list goes on after the furniture around a page break from ``at`` on (a running
    head, a page number, a print note: short lines of their own), or -1 when the list ends
    there: the next bullet, numbered entry (``expect``: the next number) or line going on in lower
    case after the break."""
    crossed = False
    seen = 0
    for m in re.finditer(r"[^\n\f]*(?:\n|\f|$)", text[at : at + 1200]):
        line = m.group().strip()
        if m.group().endswith("\f"):
            crossed = True
        if not line:
            if m.end() == m.start():
                break
            continue
        if is_page_number(line):
            seen += 1
            continue
        if crossed and seen and (_BULLET_LINE.match(line) or line[:1].islower()):
            number = entry_number(line, 0)
            return at + m.start() + (len(m.group()) - len(m.group().lstrip())) if number in (None, expect) else -1
        seen += 1
        if seen > 2 * EDGE_LINES or len(line) > 80 or line.endswith(":") or _BULLET_LINE.match(line):
            return -1
    return -1


_BULLET_LINE = re.compile(r"(?:" + markers.charset(markers.WIDE_MARKS) + r"|\d{1,2}[.)]|[a-z][.)])[ \t]+\S")


# a line of a sub-list's label ("Verwaltung:") that the layout joined to the item before it
SUB_LABEL = re.compile(r"\n[ \t]*([A-ZÄÖÜ][^\n.:;,]{1,40}):[ \t]*$")

ENTRY_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-z][.)])[ \t]+")


def bullets_under(text: str, segs: Sequence[Segment], n: int) -> bool:
    """Whether bullets without numbers follow segment ``n``: "4. Zeitplan" over "- Auftakt" is
    the next section's heading, not the fourth entry of a numbered list."""
    return n + 1 < len(segs) and segs[n + 1].kind == "item" and entry_number(text, segs[n + 1].start) is None


def entry_number(text: str, at: int) -> int | None:
    """The number of an entry ("2." -> 2, "b)" -> 2), or None."""
    m = ENTRY_NUMBER.match(text, at)
    if not m:
        return None
    mark = m.group().strip()[:-1]
    return int(mark) if mark.isdigit() else ord(mark) - ord("a") + 1


# a section's numbered heading: "3. Neue Struktur", also the first line of a page ("\f3. Neue Struktur")
_SECTION = re.compile(r"^[ \t\f]*(\d{1,2})\.[ \t]+[A-ZÄÖÜ][^\n]{0,60}$", re.M)


@functools.lru_cache(maxsize=8)
def next_section(text: str, at: int) -> int:
    """Where the heading of the section after the one a list starts in (at ``at``) stands: the line
    numbered one more than the last numbered heading before it ("3. Neue Struktur" … "4. Zeitplan"),
    a heading even where an export lost the blank lines around it; the text's end if none. (Kept for
    the last few lists: the list's walk and the rows it gave ask it of one list each.)"""
    before = list(_SECTION.finditer(text, 0, at))
    if not before:
        return len(text)
    n = int(before[-1].group(1))
    following = re.compile(rf"^[ \t\f]*{n + 1}\.[ \t]+[A-ZÄÖÜ][^\n]{{0,60}}$", re.M)
    same = re.compile(rf"^[ \t\f]*{n}\.[ \t]", re.M)
    for nxt in following.finditer(text, at):
        if not same.search(text, at, nxt.start()):  # not the next item of a numbered list ("3. …" / "4. …")
            return nxt.start()
    return len(text)
