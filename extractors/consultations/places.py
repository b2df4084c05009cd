"""consultation_places: the meeting's place beside the bodies' column, cut off a single-spaced row's body.

A header may name a column of the meeting's place right after the bodies' ("Datum  Uhrzeit  Gremium  Sitzungsort
Art"). Where a row's cells are joined by single spaces, the body's name runs into the place's ("Verwaltungsausschuss
Neues Rathaus, Ratssaal"). The body's name is read by its grammar: its head word, then a genitive with the name of
its place ("Rat der Stadt Celle") or a name of its own ("Ortsrat Altencelle", "Bezirksausschuss 3"). After it, the
place begins at a word whose last compound part names a building or a room, with a building name's adjectives
before it ("Dorfgemeinschaftshaus", "Grundschule Westercelle, Aula", "Neues Rathaus"), never at an item of the
name's list ("Ausschuss für Schule und Sport") nor after a word that leaves the name open ("Ausschuss für").
Where no such word follows, capitalised words right after the name are the place's ("Rat der Stadt Celle Congress
Union Celle"); a name going on by a preposition or a list ("Ausschuss für Umwelt und Verkehr") is left whole, its
end untold. A place's name wrapped onto the lines under the row is no part of the body's (:func:`name_rest`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from pipeline.lang.de.closed_class import words as closed_words
from pipeline.structure import Line

from .vocab import OPEN_END, Vocab, has_head, heads

_WORD = re.compile(r"\S+")
_GENITIVE = re.compile(r"[ \t]+(?:der|des)[ \t]+[A-ZÄÖÜ][^\s,;]*(?=\s|$)")  # "Rat der Stadt …"
_LIST = closed_words("conjunctions") | {"&"}  # a name's list goes on after the word: "Schule und Sport"


@functools.lru_cache(maxsize=64)
def _patterns(v: Vocab) -> dict[str, re.Pattern[str]]:
    """The place column's words and the words of a place's name, each matching one whole word (its
    punctuation after it aside); empty where the vocabulary names none."""
    out = {}
    for pid, p in v.places:
        lead = r"[^\W\d_]*(?:" if pid == "head" else "(?:"  # a building's word ends in its head: "Ratssaal"
        out[pid] = re.compile(lead + p.pattern + r")[,;:]?", p.flags | (re.I if pid == "head" else 0))
    return out


def place_columns(parts: Sequence[str], kinds: Sequence[str | None], v: Vocab) -> tuple[int, ...]:
    """The columns of a header whose word names the meeting's place ("Sitzungsort", "Raum")."""
    column = _patterns(v).get("column")
    if column is None:
        return ()
    return tuple(j for j, (p, k) in enumerate(zip(parts, kinds)) if k == "other" and column.fullmatch(p.strip(" :")))


def _is(pid: str, word: str, v: Vocab) -> bool:
    p = _patterns(v).get(pid)
    return p is not None and p.fullmatch(word) is not None


def _place_word(word: str, v: Vocab) -> bool:
    return _is("head", word, v) and not has_head(word, v)


def _name_end(text: str, at: int, v: Vocab) -> int:
    """Where a body's name ends after its head word ending at ``at``: past a genitive ("der Stadt") and one
    name of its own ("Celle", "Altencelle", "3"), two with a name's prefix before ("Bad Essen")."""
    m = _GENITIVE.match(text, at)
    at = m.end() if m else at
    for _ in range(2):
        word = _WORD.search(text, at)
        if word is None or text[at : word.start()].strip():
            break
        w = word.group()
        if not (w[:1].isupper() or w[:1].isdigit()) or _is("adjective", w, v) or _place_word(w, v):
            break
        at = word.end()
        if not _is("prefix", w, v):
            break
    return at


def place_cut(text: str, v: Vocab) -> int | None:
    """Where the place's name begins in a body's cell that ran into the place's column, or None: the cell
    names no body, the body goes on to its end, or its end cannot be told."""
    found = heads(text, v)
    if not found:
        return None
    at = _name_end(text, found[0].end(), v)
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, at)]
    for k, (start, w) in enumerate(words):
        if not _place_word(w, v) or (k + 1 < len(words) and words[k + 1][1].casefold() in _LIST):
            continue
        while k and _is("adjective", words[k - 1][1], v):  # "Neues Rathaus"
            k -= 1
            start = words[k][0]
        kept = text[:start].rstrip()
        if kept and (kept.endswith(",") or not OPEN_END.search(kept)):
            return start
    if words and words[0][1][:1].isupper():
        return words[0][0]
    return None


def venue(text: str, v: Vocab) -> bool:
    """Whether a bracket after a name gives the meeting's place: its last part after a comma, or its whole,
    opens with a word naming a building or a room ("Bürgerveranstaltung, Stadthalle Germering", "Neues Rathaus")
    and names no body."""
    words = text.rsplit(",", 1)[-1].split()
    while words and _is("adjective", words[0], v):
        words = words[1:]
    return bool(words) and _place_word(words[0], v) and not has_head(text, v)


def name_rest(body: str, orphans: list[Line]) -> list[Line]:
    """The lines under a row whose body was cut off its place that go on with the body's name: while the
    name is left open ("Ausschuss für Soziales," / "Integration und Gleichstellung") or the line opens in
    lower case; the first other line is the place's own rest ("Dorfgemeinschaftshaus" / "Altencelle")."""
    kept: list[Line] = []
    for o in orphans:
        text = o.text.strip()
        if not text or not (OPEN_END.search(body) or text[0].islower()):
            break
        kept.append(o)
        body += " " + text
    return kept
