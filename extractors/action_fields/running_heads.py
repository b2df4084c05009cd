"""Fields named only in the running heads of a concept's pages excerpted into a submission: part of the
``heading`` family.

    Integrationskonzept Waren (Müritz) · Teil B          Handlungsfeld 1 · Sprache und Bildung
    ─────────────────────────────────────────────────────────────────────────────────────────
                                                                                           14
    Ausgangslage. In den fünf Kitas der Stadt …

A running head sets the work's title at one side of the page and the chapter at the other: here the
singular field noun, maybe its number, a separator ("·", ":", "–", "|") and the field's name. The title is
the same in every head, so two heads at least with the same title before (or, on a left-hand page, after,
set apart by a wide gap) the noun make a run of excerpted pages; a PDF that closed the gap keeps the title
before the noun, and a name it wrapped goes on on the line under it when the rule under the head follows
that line. A head of another chapter ("Querschnitt · Interkulturelle Öffnung") names no field; a single
line of a title and a field is no running head.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de import markers

from .forms import plain_name
from .text import Candidate, FieldText

_LEAST = 2
_SEPARATOR = r"[ \t]*[·:|–—-][ \t]*"
_NUMBER = r"(?:[ \t]+(?P<number>\d{1,2}|[IVX]{1,4}|[A-H]))?"
_AFTER_NOUN = re.compile(_NUMBER + _SEPARATOR)
_RULE = re.compile(rf"[ \t]*{markers.charset(markers.DRAWN_RULES + '_-')}{{8,}}[ \t]*")
_GAP = re.compile(r"[ \t]{3,}")


class _Head:
    def __init__(self, title: str, start: int, end: int, number: str, row: int) -> None:
        self.title, self.start, self.end, self.number, self.row = title, start, end, number, row


def _heads(ft: FieldText) -> Iterator[_Head]:
    """The lines holding the singular noun, a number and a separator after a title, or before one."""
    for noun in ft.nouns:
        if not ft.vocab.singular.fullmatch(noun.group(0)):
            continue
        row = ft.row_at(noun.start())
        line = ft.rows[row]
        m = _AFTER_NOUN.match(ft.text, noun.end(), line.end)
        if m is None or m.end() == line.end:
            continue
        before = ft.text[line.start : noun.start()].strip()
        if before:  # the title, then the chapter
            if _RULE.fullmatch(before):
                continue  # "━━━━ Handlungsfeld 2 · Arbeit ━━━━": a divider row between rules, no title
            if not re.search(r"[ \t]$", ft.text[line.start : noun.start()]) or ft.vocab.noun.search(before):
                continue
            yield _Head(" ".join(before.split()), m.end(), line.end, m.group("number") or "", row)
            continue
        rest = ft.text[m.end() : line.end]
        gap = _GAP.search(rest)
        if gap is None or ft.vocab.noun.search(rest, gap.end()):
            continue
        title = " ".join(rest[gap.end() :].split())
        yield _Head(title, m.end(), m.end() + gap.start(), m.group("number") or "", row)


def _name_end(ft: FieldText, head: _Head) -> int:
    """Where the head's name ends: its line's end, or the end of the line under it where that line stands
    right over the head's rule (a PDF wrapped the name)."""
    under = head.row + 1
    if (
        under + 1 < len(ft.rows)
        and not ft.blank(under)
        and not _RULE.fullmatch(ft.rows[under].text)
        and _RULE.fullmatch(ft.rows[under + 1].text)
        and len(ft.rows[under].text.split()) <= 3
        and not any(c.isdigit() for c in ft.rows[under].text)
    ):
        return ft.rows[under].end
    return head.end


def running_heads(ft: FieldText) -> Iterator[Candidate]:
    """The fields of the running heads that share their title."""
    by_title: dict[str, list[_Head]] = defaultdict(list)
    for head in _heads(ft):
        by_title[head.title].append(head)
    for heads in by_title.values():
        found: list[Candidate] = []
        for head in heads:
            end = _name_end(ft, head)
            raw = ft.text[head.start : end]
            label = clean_label(" ".join(raw.split()))
            if not plain_name(label, ft):
                continue
            found.append(Candidate(head.start, head.start + len(raw.rstrip()), label, "heading", head.number))
        if len({c.label for c in found}) >= _LEAST:
            yield from found
