"""consultation axis timelines whose gaps a PDF's text layer closed up (method ``timeline.axis``): the dates' line,
the axis and each label line hold their columns' words one space apart, the axis maybe wrapped onto a second line:

    Mo 07.06.2027 Mo 21.06.2027 Mi 30.06.2027
    ►─────────────────────────●───────────────────────◆──────────────────────
    ─────●───
    Verwaltungs- Gemeinderat Ausschuss für
    ausschuss Bildung und Soziales
    Vorberatung · nö Beschluss · ö Kenntnisnahme · ö

An axis is a line of a rule's signs with nodes on it, maybe wrapped onto the next; a line of two dates or more and
their weekdays only stands right over it, its labels under the axis, or a few lines over or under it, its labels
under the dates (the meetings staggered above and below the axis, tied to their nodes by "│", which count for
nothing). A day and month without a year take the year the timeline's caption names. The nodes, in order, are the
dates', in order of the dates; a column under a hollow node among filled ones is no meeting.

Each label line is parted into the columns' pieces by the labels' grammar: every column's label opens on the first
line, a meeting's name with a capital; a name runs on over lines one after another, its role and status under it or
on the label's last line (wrapped after their middle dot: "nichtöffentlich ·" over "Vorberatung"), nothing after
them; a piece after a hyphenated word opens in lower case, one in lower case otherwise with a link word ("und
Soziales") or inside brackets; a conjunction goes on an attribute led by a link word ("Ausschuss für Bildung," over
"und Soziales"), never the head alone, and one conjunction at most joins a name's parts; a hyphen inside a piece
stands before a link word ("Haupt- und"); a name ends in no link word and no hyphen and closes its brackets; each
name is wrapped within its column's width, each line as full as it goes (the next line's first word would not have
fitted on it). A column is read where every parting the grammar allows, each sitting's column naming a body, gives it
the same label, else it gives nothing.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import NAME_LINKS, OPEN_ENDS, words
from pipeline.lang.de.dates import WEEKDAY, calendar_date
from pipeline.records import Consultation
from pipeline.structure import View

from .axis_timelines import _CONNECTOR, _DAY_MONTH, _NEAR, _PARTS, _RULE_SIGNS, _caption_year, _said, node, node_drawn
from .flat import namelike
from .vocab import Vocab, clean_body, consultation, headed, status

_WEEKDAY = re.compile(WEEKDAY + ",?")
_LABEL_LINES = 6
_LOST = "\ufffd"  # a glyph the text layer lost, on an axis as on any line
_PARTINGS = 400  # partings of a label's lines followed at most
_WORDS = 40  # words of a label line at most
_CONJUNCTIONS = words("conjunctions")


@dataclasses.dataclass(frozen=True)
class _Column:
    """A column's label as far as a parting has read it."""

    name: tuple[str, ...] = ()
    said: str | None = None
    ended: bool = False  # a line without a piece of the name came
    depth: int = 0  # brackets open
    widest: int = 0  # the widest piece of the name
    narrower: int = 10**6  # the width each wrap says the name was set narrower than


@dataclasses.dataclass(frozen=True)
class _Parting:
    columns: tuple[_Column, ...]


def from_flat_timelines(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of every timeline with its gaps closed up (see the module's docstring)."""
    if not node_drawn(sv.text):
        return  # no node drawn: no axis
    lines = [(ln.start, ln.text) for ln in sv.lines]
    k = 0
    while k < len(lines):
        nodes, end = _axis(lines, k)
        if not nodes:
            k += 1
            continue
        groups = [g for g in (_group(lines, k, -1, v), _group(lines, end, 1, v)) if g is not None]
        dated = sorted((d[2], n, c) for n, (dates, _) in enumerate(groups) for c, d in enumerate(dates))
        if len(dated) == len(nodes):
            kinds = {(n, c): kind for (_, n, c), kind in zip(dated, nodes, strict=True)}
            for n, (dates, label) in enumerate(groups):
                meets = [not ("filled" in nodes and kinds[n, c] == "hollow") for c in range(len(dates))]
                yield from _meetings(doc, v, dates, label, meets)
        k = end


def _meetings(
    doc: Document, v: Vocab, dates: list[tuple[int, int, str]], label: list[tuple[int, str]], meets: list[bool]
) -> Iterator[Consultation]:
    """The meetings of the columns of a dates' line (offsets into the document) and its label lines."""
    end = label[-1][0] + len(label[-1][1])
    for n, (body, said) in _labels([_CONNECTOR.sub(" ", t) for _, t in label], meets, v):
        role, public = (_said(said, v) or (None, None)) if said else (None, None)
        yield consultation(
            body,
            v,
            span=doc.span(dates[n][0], end),
            meeting_date=dates[n][2],
            role=role,
            public=public,
            method="timeline.axis",
        )


def _group(
    lines: list[tuple[int, str]], k: int, way: int, v: Vocab
) -> tuple[list[tuple[int, int, str]], list[tuple[int, str]]] | None:
    """The dates (offsets into the document) and the label lines of the dates' line nearest to the axis that ends
    (``way`` 1) or opens (-1) at line ``k``, within a few lines of it and no blank one between; the labels stand
    under the dates or, where the axis is right under them, under the axis."""
    j = k if way == 1 else k - 1
    while 0 <= j < len(lines) and abs(j - k) < _NEAR and lines[j][1].strip():
        dates = _dates(lines, j, v)
        if dates is not None:
            start = lines[j][0]
            under = j + 1
            if way == -1 and under == k:
                under = _axis(lines, k)[1]
            label = _label(lines, under, v)
            return ([(start + a, start + b, iso) for a, b, iso in dates], label) if label else None
        j += way
    return None


def _label(lines: list[tuple[int, str]], k: int, v: Vocab) -> list[tuple[int, str]]:
    """The label lines from line ``k`` on: up to a blank line, a line of connectors ("│") only, an axis or dates."""
    label: list[tuple[int, str]] = []
    while k < len(lines) and len(label) < _LABEL_LINES and _CONNECTOR.sub("", lines[k][1]).strip():
        if _axis(lines, k)[0] or _dates(lines, k, v) is not None:
            break
        label.append(lines[k])
        k += 1
    return label


def _dates(lines: list[tuple[int, str]], j: int, v: Vocab) -> list[tuple[int, int, str]] | None:
    """The dates of a line of two dates or more one space apart, nothing beside them but their weekdays; a day and
    month without a year of the year the timeline's caption names."""
    text = lines[j][1]
    if "  " in text.strip() or "\t" in text:
        return None
    found = v.tokens.dates(text, 0, len(text))
    if not found and (year := _caption_year(lines, j)) is not None:
        found = [
            (m.start("d"), m.end(), iso)
            for m in _DAY_MONTH.finditer(text)
            if (iso := calendar_date(f"{m['d']}.{m['m']}.{year}")) is not None
        ]
    rest = "".join(" " if any(a <= n < b for a, b, _ in found) else ch for n, ch in enumerate(text))
    if len(found) < 2 or not all(_WEEKDAY.fullmatch(w) for w in rest.split()):
        return None
    return found


def _axis(lines: list[tuple[int, str]], k: int) -> tuple[list[str], int]:
    """The kinds of the nodes on an axis drawn from line ``k`` on, maybe over two lines, and the line after it;
    no nodes where line ``k`` is no axis's."""
    kinds: list[str] = []
    j = k
    while j < len(lines) and len(lines[j][1].strip()) >= 3:
        drawn = lines[j][1].strip()
        if drawn[0].isalnum() or any(ch not in _RULE_SIGNS and ch != _LOST and node(ch) is None for ch in drawn):
            break
        kinds += [kind for ch in drawn if (kind := node(ch)) in ("filled", "hollow")]
        j += 1
    return (kinds, j) if kinds and j > k else ([], k)


def _labels(label: list[str], meets: list[bool], v: Vocab) -> Iterator[tuple[int, tuple[str, str | None]]]:
    """The (body, role and status) of each meeting's column that every parting of the label lines agrees on."""
    states = [_Parting(tuple(_Column() for _ in meets))]
    for at, text in enumerate(label):
        words = text.split()
        if len(words) > _WORDS:
            return
        states = [p for s in states for p in _parted(s, words, 0, [], at, at == len(label) - 1, meets, v)]
        if not states or len(states) > _PARTINGS:
            return
    readings: list[set[tuple[str, str | None]]] = [set() for _ in meets]
    for s in states:
        bodies = [clean_body("\n".join(c.name)) for c in s.columns]
        named = all(not m or (b and headed(b, v) and namelike(b)) for m, b in zip(meets, bodies, strict=True))
        if named and all(_closed(c) for c in s.columns):  # each sitting's column names a body
            for n, c in enumerate(s.columns):
                readings[n].add((bodies[n], c.said))
    for n, read in enumerate(readings):
        if meets[n] and len(read) == 1:
            yield n, read.pop()


def _parted(
    s: _Parting, words: list[str], p: int, pieces: list[str], at: int, last: bool, meets: list[bool], v: Vocab
) -> Iterator[_Parting]:
    """The partings of a label line's words from word ``p`` on among the columns after ``pieces``."""
    n = len(pieces)
    if n == len(meets):
        if p == len(words):
            yield s
        return
    ends = [len(words)] if n == len(meets) - 1 else range(p, len(words) + 1)
    for q in ends:
        piece = " ".join(words[p:q])
        step = _step(s, n, piece, at, last, meets[n], v)
        if step is not None:
            yield from _parted(step, words, q, [*pieces, piece], at, last, meets, v)


def _step(s: _Parting, n: int, piece: str, at: int, last: bool, meets: bool, v: Vocab) -> _Parting | None:
    """The parting with column ``n``'s piece of line ``at`` read into it, else None where the grammar forbids it."""
    c = s.columns[n]
    prev = c.name[-1] if c.name else ""
    if not piece:
        if at == 0 or (not c.said and (_open(prev) or c.depth)) or (c.said or "").endswith(markers.MIDDLE_DOT):
            return None
        return _with(s, n, dataclasses.replace(c, ended=True))
    if c.said is not None and c.said.endswith(markers.MIDDLE_DOT) and _one_said(f"{c.said} {piece}", v):
        return _with(s, n, dataclasses.replace(c, said=f"{c.said} {piece}"))  # its status's and role's line wrapped
    if c.said is not None or (at == 0 and meets and not piece[0].isupper()):
        return None
    if meets and at and _one_said(piece, v):
        if (c.ended and not last) or _open(prev) or c.depth:
            return None
        return _with(s, n, dataclasses.replace(c, said=piece))
    if c.ended or markers.MIDDLE_DOT in piece or not _goes_on(prev, piece, c.depth) or not _hyphens_linked(piece):
        return None
    if not c.depth and not prev.endswith("-") and not _coordinated(c.name, piece):
        return None
    if _conjoined((*c.name, piece)) > 1:
        return None
    depth = c.depth + piece.count("(") - piece.count(")")
    if depth < 0:
        return None
    widest, narrower = max(c.widest, len(piece)), c.narrower
    if prev:
        first = piece.split()[0]
        narrower = min(narrower, len(prev) + len(first) - 1 if prev.endswith("-") else len(prev) + 1 + len(first))
    if widest >= narrower:
        return None
    return _with(s, n, dataclasses.replace(c, name=(*c.name, piece), depth=depth, widest=widest, narrower=narrower))


def _one_said(piece: str, v: Vocab) -> bool:
    """Whether a piece is one meeting's role and status ("Stellungnahme · ö"): two parts at most, no two roles or
    statuses among them."""
    parts = [p for p in _PARTS.split(piece.strip(" \t·,;")) if p]
    if not 0 < len(parts) <= 2 or any(status(p, v) is None for p in parts):
        return False
    roles = sum(len(pat.findall(p)) for p in parts for _, pat in v.roles)
    return roles <= 1 and sum(len(pat.findall(p)) for p in parts for _, pat in v.public) <= 1


def _with(s: _Parting, n: int, column: _Column) -> _Parting:
    return dataclasses.replace(s, columns=(*s.columns[:n], column, *s.columns[n + 1 :]))


def _open(piece: str) -> bool:
    """Whether a name's piece ends where its next line must go on: a hyphen, a comma or a link word."""
    return piece.endswith(("-", ",")) or (bool(piece) and piece.split()[-1] in OPEN_ENDS)


def _goes_on(prev: str, piece: str, depth: int) -> bool:
    """Whether a piece may follow the name's piece above it: after a hyphen in lower case, after a link word with
    no link word ("für" over "Migration", not over "und"), else in lower case only with a link word or inside
    brackets."""
    if prev.endswith("-") and prev[-2:-1].isalpha():
        return piece[0].islower()
    if prev and prev.split()[-1] in OPEN_ENDS and piece.split()[0] in OPEN_ENDS:
        return False
    return not piece[0].islower() or depth > 0 or piece.split()[0] in OPEN_ENDS


def _coordinated(name: tuple[str, ...], piece: str) -> bool:
    """Whether a piece opening with a conjunction ("und Soziales") goes on an attribute of the name above it: one
    led by a link word ("Ausschuss für Bildung, Erziehung"), not the head alone ("Jugendgemeinderat")."""
    if piece.split()[0] not in _CONJUNCTIONS:
        return True
    return any(w in NAME_LINKS and w not in _CONJUNCTIONS for part in name for w in part.split())


def _conjoined(name: tuple[str, ...]) -> int:
    """The conjunctions of a name not after a hyphenated word ("Kinder- und"): one at most joins its last two parts
    ("für Bildung, Erziehung und Soziales")."""
    words = " ".join(name).split()
    return sum(w in _CONJUNCTIONS and not words[n - 1].endswith("-") for n, w in enumerate(words) if n)


def _hyphens_linked(piece: str) -> bool:
    """Whether each word of a piece that ends in a hyphen has a link word after it ("Haupt- und")."""
    words = piece.split()
    return all(w2 in OPEN_ENDS for w1, w2 in zip(words, words[1:], strict=False) if w1.endswith("-"))


def _closed(c: _Column) -> bool:
    """Whether a column's label ends as a label may: its brackets closed, its name not open."""
    return not c.depth and not (c.name and _open(c.name[-1])) and not (c.said or "").endswith(markers.MIDDLE_DOT)
