"""Fields named only as the rows of a dot-vote tally (a "Punktabfrage" of a workshop): part of the ``table``
family.

     Rang   Thema (Pinnwandüberschrift)                      Punkte
      1     Sprache und frühe Bildung                        ●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●   112
                                                             ●●●●●●●●●●●●●●●●●●●●●●
      2     Ausbildung, Arbeit und Anerkennung               ●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●    97
            ausländischer Abschlüsse                         ●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●
     ─ ─ ─  ─ ─ ─ ─ ─ ─ Schwelle: Vorschlag der Verwaltung ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─
      7     Wohnraum für Geflüchtete                         ●●●●●●●●●●●●●●●●●●●●●●●●●●●●●●    41

     Rang 1–6 = vorgeschlagene Handlungsfelder (Beschlussvorschlag Nr. 1)

Each row holds a topic, maybe its rank before it, a run of dots (one a point given, wrapped over lines) and
the count; a topic wraps under itself, beside or between the lines of dots (a PDF sets them in any order).
The caption or the head over the rows names the vote (``dot_votes``: "Punktabfrage", "Punkte"); the
caption, or a key under the rows, names the field noun. The rows that are fields: those the key's ranks
name ("Rang 1–6 = … Handlungsfelder"), else those over a dashed line that parts the proposal off
(``vote_thresholds``: "Schwelle: Vorschlag der Verwaltung"), else all. A tally of another matter (no
field noun by it) names none; three rows at least.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de import markers

from .forms import form, plain_name
from .text import Candidate, FieldText

_DOTS = markers.BLACK_CIRCLE + markers.BULLET + "◉⬤"
_RUN = re.compile(rf"{markers.charset(_DOTS)}{{2,}}")
_COUNT = re.compile(rf"(?<={markers.charset(_DOTS)})[ \t]*\d{{1,4}}(?![\d.,])|^[ \t]*\d{{1,4}}[ \t]*$")
_RANK = re.compile(r"[ \t]*(?P<rank>\d{1,2})\.?[ \t]+(?=[A-ZÄÖÜ])")
_DASHED = re.compile(r"(?:[─━–—-][ \t]){3}")
_RANGE = re.compile(r"\b(?P<a>\d{1,2})[ \t]*[–-][ \t]*(?P<b>\d{1,2})\b")
_LEAST = 3
_CAPTION_LINES = 8
_KEY_LINES = 3


def _kind(ft: FieldText, k: int) -> str:
    """What line ``k`` of a tally is: a row's opener ("rank"), a line of dots or a count ("dots"), a dashed
    threshold ("threshold"), text ("text") or a blank line ("blank")."""
    text = ft.rows[k].text
    if not text.strip():
        return "blank"
    if _DASHED.search(text):
        return "threshold"
    if _RANK.match(text):
        return "rank"
    return "dots" if _RUN.search(text) or _COUNT.fullmatch(text) else "text"


def _goes_on(ft: FieldText, k: int) -> bool:
    """Whether the tally goes on at line ``k``: a row, dots, or a topic's wrapped words over dots."""
    if k >= len(ft.rows):
        return False
    kind = _kind(ft, k)
    return kind in ("dots", "rank") or (kind == "text" and k + 1 < len(ft.rows) and _kind(ft, k + 1) == "dots")


def _tallies(ft: FieldText) -> Iterator[tuple[int, int]]:
    """The lines of each tally: from its first row's opener over dots to the last line of dots."""
    k = 0
    while k < len(ft.rows):
        if _kind(ft, k) != "rank" or not any(_RUN.search(ft.rows[j].text) for j in range(k, min(k + 2, len(ft.rows)))):
            k += 1
            continue
        first, last = k, k
        while k < len(ft.rows):
            kind = _kind(ft, k)
            if kind in ("rank", "dots", "threshold"):
                last = k if kind != "threshold" else last
            elif kind == "blank" and _goes_on(ft, k + 1):
                pass  # a blank line a PDF set inside the tally
            elif kind != "text" or not (_kind(ft, k - 1) in ("rank", "dots") or _kind(ft, k + 1) == "dots"):
                break
            k += 1
        yield first, last + 1


def _rows(ft: FieldText, first: int, end: int) -> list[tuple[int, list[tuple[int, int]], bool]]:
    """The tally's rows: rank, the topic's pieces (flat offsets), and whether the row stands over a threshold."""
    rows: list[tuple[int, list[tuple[int, int]], bool]] = []
    over = True
    for k in range(first, end):
        line = ft.rows[k]
        kind = _kind(ft, k)
        if kind == "threshold":
            over = False
            continue
        text = _RUN.sub(lambda m: " " * len(m.group()), _COUNT.sub(lambda m: " " * len(m.group()), line.text))
        rank = _RANK.match(text) if kind == "rank" else None
        if rank is not None:
            rows.append((int(rank.group("rank")), [], over))
            text = " " * rank.end() + text[rank.end() :]
        if rows and text.strip():
            lead = len(text) - len(text.lstrip())
            rows[-1][1].append((line.start + lead, line.start + len(text.rstrip())))
    return rows


def _named(ft: FieldText, first: int, end: int) -> tuple[bool, tuple[int, int] | None]:
    """Whether the caption over the tally or the key under it names the field noun, and the ranks the key
    names."""
    span = range(max(0, first - _CAPTION_LINES), min(len(ft.rows), end + _KEY_LINES))
    lines = [ft.rows[j] for j in span if not first <= j < end]
    named = any(any(line.start <= m.start() < line.end for m in ft.nouns) for line in lines)
    for line in ft.rows[end : end + _KEY_LINES]:
        if any(line.start <= m.start() < line.end for m in ft.nouns) and (r := _RANGE.search(line.text)):
            return named, (int(r.group("a")), int(r.group("b")))
    return named, None


def dot_votes(ft: FieldText) -> Iterator[Candidate]:
    """The fields among the rows of each dot-vote tally by the field noun."""
    if _RUN.search(ft.text) is None:
        return  # no run of dots: no tally
    vote = form(ft, "dot_votes")
    for first, end in _tallies(ft):
        head = ft.rows[max(0, first - _CAPTION_LINES) : first + 1]
        named, ranks = _named(ft, first, end)
        if not named or not any(vote.search(line.text) for line in head):
            continue
        rows = _rows(ft, first, end)
        if len(rows) < _LEAST:
            continue
        thresholded = any(not over for _, _, over in rows)
        found = []
        for rank, pieces, over in rows:
            if (ranks and not ranks[0] <= rank <= ranks[1]) or (not ranks and thresholded and not over):
                continue
            label = clean_label(" ".join(ft.text[a:b].strip() for a, b in pieces))
            if not pieces or not plain_name(label, ft):
                continue
            found.append(Candidate(pieces[0][0], pieces[-1][1], label, "table"))
        if len(found) >= _LEAST:
            yield from found
