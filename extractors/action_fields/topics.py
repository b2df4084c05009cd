"""Fields as a set of topic names in a form no reader of the family knows: the last resort.

Asked only where no reader of the family read a field from a document about integration. The
document's structure gives its names anywhere: the first cells of consecutive lines (a column, a
list without marks, the row heads of a table, divider rows between the rows of another table), or
the cells of one line (the column heads of a matrix). A set is the fields where

- each of its names is short, capitalised, without figures, no sentence and no part of the concept
  ("Ziele", "Einleitung"), no office or person, and names a field of the taxonomy ("Sprache und
  Bildung", "WOHNEN IM QUARTIER", "Gesundheit");
- it holds three names at least, of three kinds of field at least (three rows of measures for
  schools are no fields);
- a strong field noun ("Handlungsfelder", "Themenfelder", not "Schwerpunkte" or "Bereiche", which
  name the parts of many things) stands in the lines right above it or in the text shortly before
  it, and the line over it names no list of another kind (goals, measures, participants) without a
  field noun.

The names of a column line up: each starts where the first starts, and up to ``SKIP`` lines of
another kind (a wrapped cell, the rows of goals under a divider row) may stand between two of them.
Of several sets, the one of most kinds is taken (the first of those). Fields read so carry the
method ``topics`` and a lower confidence (the signal ``topics_only`` of
:mod:`pipeline.extract.confidence`), so that they can be told from the readers' and checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de import markers
from pipeline.structure import Line

from .misses import ORG_HEAD, words
from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure, known_codes

MIN_NAMES = 3  # names of a set
MIN_KINDS = 3  # kinds of field (taxonomy codes) among them
MAX_WORDS = 7  # a field's name is short
MAX_CHARS = 70
SKIP = 5  # lines of another kind between two names of a column
REACH = 1200  # characters before a set where its field noun may stand
LEAD_LINES = 3  # lines over a set that are its lead-in or its table's head
ALIGN = 2  # characters a column's names may stand apart at their start

# a mark or a number before a name: "▸ A", "HF 2", "AG 1 –", "III", "(4)", "A)"
_PREFIX = re.compile(
    r"^[^\w„\"»(]*(?:(?:HF|AG|TF|Nr\.?)[ \t]*)?(?:\(?(?:[IVX]{1,4}|[A-H]|\d{1,2})(?:[.)]|[ \t]*[:–-])?)?[ \t]+(?=\S)"
)
_FIGURE = re.compile(r"\d")
# where an export closed the gaps between cells, a line runs names together: "Frühe Bildung und Sprache
# Sprache; Kita", "Sprache Bildung Arbeit Wohnen Gesund- Zusammen" (three nouns in a row, a word's piece)
_MERGED = re.compile(
    r"[;:]|\w-[ \t]+(?!und\b|oder\b|sowie\b|bis\b)|\b(\w+)[ \t]+\1\b|"
    r"(?:\b[A-ZÄÖÜ][\w-]*[ \t]+){2}[A-ZÄÖÜ]"
)
_DRAWN = str.maketrans({c: "|" for c in "│┃║"})


def _name(text: str, ft: FieldText) -> tuple[int, str] | None:
    """The field name a cell holds, with its offset in the cell; None where it holds none."""
    if text.rstrip().endswith(":") or "  " in text.strip():
        return None
    cut = _PREFIX.match(text)
    at = (
        cut.end()
        if cut and text[cut.end() :][:1].isupper()
        else len(text) - len(text.lstrip(" \t" + markers.WIDE_MARKS))
    )
    label = clean_label(text[at:])
    if not topic_name(label, ft):
        return None
    return at + text[at:].find(label[:1]), label


def topic_name(label: str, ft: FieldText) -> bool:
    """Whether a label set apart by a form (a cell, a button, a box's item) names a field: short,
    capitalised, without figures, no sentence, part of the concept, office or person, and known to the
    taxonomy."""
    if not label[:1].isupper() or not 2 <= len(label) <= MAX_CHARS or len(label.split()) > MAX_WORDS:
        return False
    if (
        _FIGURE.search(label)
        or _MERGED.search(label.capitalize() if label.isupper() else label)
        or ORG_HEAD.search(label)
        or not label.split()[-1][:1].isupper()
    ):
        return False
    return not (
        is_sentence(label, ft.vocab) or is_structure(label, ft.vocab) or known_codes(label, ft.vocab) == ("other",)
    )


def _cells(line: Line) -> list[tuple[int, int, str]]:
    text = line.text.translate(_DRAWN)
    drawn = Line(line.start, line.end, text).bar_cells
    return [c for c in (drawn if drawn is not None else Line(line.start, line.end, text).columns) if c[2].strip()]


Found = list[tuple[int, int, str]]  # (start, end, label) in the field text


def _columns(ft: FieldText) -> Iterator[Found]:
    """Sets of names each opening its line, lined up, with at most ``SKIP`` other lines between two."""
    open_: dict[int, tuple[Found, int]] = {}  # column start → (names, row of the last name)
    for i, row in enumerate(ft.rows):
        cells = _cells(row)
        if not cells:
            continue
        start, end, text = cells[0]
        got = _name(text, ft)
        if got is None:
            continue
        at, label = got
        x = start + at - row.start
        for c in [c for c, (_, last) in open_.items() if i - last > SKIP + 1]:
            yield open_.pop(c)[0]
        col = next((c for c in open_ if abs(c - x) <= ALIGN), None)
        if col is None:
            open_[x] = ([], i)
            col = x
        names, _ = open_[col]
        names.append((start + at, start + at + len(label), label))
        open_[col] = (names, i)
    yield from (names for names, _ in open_.values())


def _rows(ft: FieldText) -> Iterator[Found]:
    """Sets of names that fill the cells of one line (a matrix's column heads)."""
    for row in ft.rows:
        cells = _cells(row)
        if len(cells) < MIN_NAMES:
            continue
        names = [(a + got[0], a + got[0] + len(got[1]), got[1]) for a, _, t in cells if (got := _name(t, ft))]
        if len(names) >= MIN_NAMES and len(names) >= len(cells) - 1:
            yield names


def _kinds(names: Found, ft: FieldText) -> int:
    codes = {c for _, _, label in names for c in known_codes(label, ft.vocab)}
    return len(codes) if len({known_codes(label, ft.vocab) for _, _, label in names}) >= MIN_KINDS else 0


def _announced(names: Found, ft: FieldText) -> bool:
    """Whether a field noun stands over the set or shortly before it, and the lines over it lead to no
    list of another kind."""
    first = ft.row_at(names[0][0])
    over = [ft.rows[k] for k in range(max(0, first - LEAD_LINES), first) if not ft.blank(k)]
    w = words(ft.res)
    lead_start = over[0].start if over else names[0][0]
    noun = ft.vocab.noun.search(ft.text, lead_start, names[0][0]) is not None
    if any(w.not_fields.search(r.text) for r in over[-1:]) and not noun:
        return False
    if _stacked_head(ft, ft.row_at(max(0, names[0][0] - REACH)), ft.row_at(names[-1][0])):
        return False
    return noun or ft.vocab.noun.search(ft.text, max(0, names[0][0] - REACH), names[0][0]) is not None


def _stacked_head(ft: FieldText, start: int, end: int) -> bool:
    """Whether the lines ``start:end`` hold the head of a table an export set one cell a line: the field noun
    in the singular alone on its line ("Handlungsfeld") and another column's head alone on a later one
    ("Ziel", "Maßnahmen (Auswahl)"), before or among the names. Its own readers read such a table; the names
    in it are its cells, maybe scrambled, not a set of their own."""
    for k in range(start, end):
        if not ft.vocab.singular.fullmatch(ft.rows[k].text.strip()):
            continue
        for j in range(k + 1, end + 1):
            head = ft.rows[j].text.strip()
            if head and len(head.split()) <= 3 and ft.vocab.headers.match(head):
                return True
    return False


def topic_sets(ft: FieldText) -> Iterator[Candidate]:
    """The names of the set of most kinds, where the document is about integration."""
    if not ft.about_integration():
        return
    best: Found = []
    score = MIN_KINDS - 1
    for names in (*_columns(ft), *_rows(ft)):
        unique = list({label.casefold(): (a, b, label) for a, b, label in names}.values())
        if len(unique) < MIN_NAMES:
            continue
        kinds = _kinds(unique, ft)
        if (
            kinds >= MIN_KINDS
            and (kinds, -unique[0][0]) > (score, -(best[0][0] if best else 0))
            and _announced(unique, ft)
        ):
            best, score = unique, kinds
    for a, b, label in sorted(best):
        yield Candidate(a, b, label, "topics")
