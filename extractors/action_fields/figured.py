"""Action fields in a table of figures whose gaps an export closed: the field noun heads the first
column, and every row is a field's name followed by the same number of figures ("Handlungsfeld
Maßnahmen Anteil" / "Sprache und Schule 4 30 %" / "Wohnen im Quartier 2 15 %").

With the gaps closed to single spaces, no gap tells where the name ends; the figures do: the words
of a row before the figures it ends in are the name, where every row ends in as many. The header
may wrap its columns' names onto a line or two under it ("(Anzahl) Budget"), lines without
figures; a blank line after every line (as pdfminer.six sets them) is no end. Two rows at least.
"""

from __future__ import annotations

from collections.abc import Iterator

from .spaced import _figures
from .tables import _label
from .text import Candidate, FieldText, is_sentence

_HEADER_WRAP = 2  # lines of a header's wrapped column names under it
_HEADER_WORDS = 8  # words of a header line at most
_ROWS = 40  # rows of one table at most


def figure_rows(ft: FieldText) -> Iterator[Candidate]:
    """The fields of the single-spaced tables of figures under a header that opens with the field noun."""
    seen: set[str] = set()
    done = -1
    for noun in ft.nouns:
        i = ft.row_at(noun.start())
        if i <= done or not _header(ft, i, noun.start()):
            continue
        rows = _rows(ft, i)
        if len(rows) < 2:
            continue
        done = rows[-1]
        for k in rows:
            line = ft.rows[k]
            words = line.text.split()
            name = " ".join(words[: len(words) - _ends_in(line.text)])
            start = line.start + line.text.index(words[0])
            yield from _label(ft, [(start, start + len(name))], seen)


def _header(ft: FieldText, i: int, at: int) -> bool:
    """Whether line ``i`` is a header opening with the field noun at ``at``: a few words more, no
    figure and no sentence."""
    line = ft.rows[i]
    text = line.text.strip()
    words = text.split()
    return (
        at == line.start + line.text.index(text[:1])
        and 2 <= len(words) <= _HEADER_WORDS
        and _figures(text) == 0
        and not text.endswith((".", ":", ";"))
        and not is_sentence(text, ft.vocab)
    )


def _ends_in(text: str) -> int:
    """How many words a row's figures take at its end ("… 6 22 %" → 3)."""
    n = 0
    for w in reversed(text.split()):
        if _figures(w) == 0 and w != "%":
            break
        n += 1
    return n


def _rows(ft: FieldText, i: int) -> list[int]:
    """The rows under the header at line ``i``: past the header's wrapped lines, each line a name and
    as many figures as the first row's, blank lines between them skipped."""
    k = ft.next_filled(i + 1, 2)
    wrapped = 0
    while k is not None and _figures(ft.rows[k].text) == 0 and wrapped < _HEADER_WRAP:
        k, wrapped = ft.next_filled(k + 1, 2), wrapped + 1
    if k is None or not (n := _figures(ft.rows[k].text)):
        return []
    out: list[int] = []
    while k is not None and len(out) < _ROWS:
        text = ft.rows[k].text
        words = text.split()
        if _figures(text) != n or len(words) <= _ends_in(text) or not words[0][:1].isalpha():
            break
        out.append(k)
        k = ft.next_filled(k + 1, 2)
    return out
