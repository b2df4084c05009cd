"""Fields as the column of a numbered table whose next column names a person, as a PDF's text layer sets it with
the gaps closed: part of the ``table`` family.

    AG Handlungsfeld Sprecherin / Sprecher Treffen
    ─── ───────────────────────── ──────────────────
    1 Frühe Bildung Jana Brückner monatlich
    (Kita Am Hang)
    2 Wohnen und Leben in den Dr. Ole Petersen quartalsweise
    Dörfern (Bauverein)
    3 Gesundheit Frau Aylin Demir quartalsweise

The header holds the singular field noun, a short head at most before it (the rows' number's, "AG", "Nr."), other
heads after it, and no sentence; rules under it are stepped over. The rows are numbered 1, 2, 3 … and each row's
field is its words after the number up to the person of the next column: a title ("Dr.", "Frau") or a given name
followed by a capitalised word. A line without a number under a row holds the person's institution, or, where the
field broke off after a word that ends no name ("in den"), the field's rest up to a bracket or a person. Three rows
at least, each with its person, most fields known to the taxonomy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de.names import is_first_name

from .tables import RULE_LINE, drawn_rule
from .text import WRAP_END, Candidate, FieldText, is_sentence
from .vocab import is_structure, known_codes

_ROW = re.compile(r"[ \t]*(?P<n>\d{1,2})[.)]?[ \t]+(?P<rest>\S[^\n]*)")
_TITLES = frozenset({"Dr.", "Prof.", "Frau", "Herr"})
_WORD = re.compile(r"\S+")
_MOST_HEAD_WORDS = 8
_LEAST_ROWS = 3
_MOST_WORDS = 8


def _person_at(words: list[str], i: int) -> bool:
    """Whether a person's name opens at word ``i``: a title, or a given name and a capitalised word."""
    w = words[i]
    return w in _TITLES or is_first_name(w) and i + 1 < len(words) and words[i + 1][:1].isupper()


def _before_person(words: list[str]) -> int | None:
    """How many words stand before the first person's name (one at least), or None where none follows."""
    return next((i for i in range(1, len(words)) if _person_at(words, i)), None)


def _header(ft: FieldText, noun: re.Match[str]) -> int | None:
    """The line of the first row under a closed header holding the singular ``noun``, or None."""
    row = ft.row_at(noun.start())
    line = ft.rows[row]
    before = ft.text[line.start : noun.start()].split()
    after = ft.text[noun.end() : line.end].split()
    if (
        len(before) > 1
        or before
        and len(before[0]) > 4
        or not after
        or len(before) + len(after) + 1 > _MOST_HEAD_WORDS
        or re.search(r"[\d.:;]$|\d", line.text.strip())
    ):
        return None
    k = ft.next_filled(row + 1, 2)
    while k is not None and (RULE_LINE.fullmatch(ft.rows[k].text) or drawn_rule(ft.rows[k].text)):
        k = ft.next_filled(k + 1, 2)
    return k


def _rest(ft: FieldText, k: int) -> tuple[int, int] | None:
    """The span of a field's rest on the unnumbered line ``k``: its words up to a bracket or a person."""
    line = ft.rows[k]
    words = list(_WORD.finditer(line.text))
    texts = [w.group() for w in words]
    n = next((i for i, w in enumerate(texts) if w.startswith("(") or _person_at(texts, i)), len(texts))
    return (line.start + words[0].start(), line.start + words[n - 1].end()) if n else None


def _rows(ft: FieldText, first: int) -> list[list[tuple[int, int]]] | None:
    """The spans of each numbered row's field from line ``first`` on, a wrapped field's rest joined."""
    found: list[list[tuple[int, int]]] = []
    k = first
    while k < len(ft.rows) and not ft.blank(k) and not RULE_LINE.fullmatch(ft.rows[k].text):
        line = ft.rows[k]
        m = _ROW.fullmatch(line.text)
        if m is not None and int(m.group("n")) == len(found) + 1:
            at = line.start + m.start("rest")
            words = list(_WORD.finditer(ft.text, at, line.end))
            n = _before_person([w.group() for w in words])
            if n is None:
                return None
            found.append([(words[0].start(), words[n - 1].end())])
        elif m is not None or not found:
            break
        elif WRAP_END.search(ft.text[found[-1][0][0] : found[-1][-1][1]]) and (rest := _rest(ft, k)) is not None:
            found[-1].append(rest)
        k += 1
    return found


def person_rows(ft: FieldText) -> Iterator[Candidate]:
    """The fields of a numbered table whose gaps a PDF closed, each row's field before its person's name."""
    for noun in ft.nouns:
        if not ft.vocab.singular.fullmatch(noun.group(0)) or (first := _header(ft, noun)) is None:
            continue
        rows = _rows(ft, first)
        if not rows or len(rows) < _LEAST_ROWS:
            continue
        found = []
        for parts in rows:
            label = clean_label(" ".join(ft.text[a:b] for a, b in parts))
            if len(label.split()) > _MOST_WORDS or is_sentence(label, ft.vocab) or is_structure(label, ft.vocab):
                break
            found.append(Candidate(parts[0][0], parts[-1][1], label, "table"))
        else:
            if 2 * sum(known_codes(c.label, ft.vocab) != ("other",) for c in found) > len(found):
                yield from found
