"""Fields as the column heads of a matrix of marks whose head lines a PDF set with one space between
their pieces: the ``table`` family's transposed matrix without its columns.

A matrix's heads wrapped and hyphenated inside narrow columns ("Sprache Arbeit Wohnen Gesund-" /
"und und Fach- und heit" / "Bildung kräfte Ankommen") lose their places when a PDF's text layer
closes the gaps: each head line is its pieces in their order, an empty piece dropped. The first head
line gives each column its first word, one a column (under a line of the columns' short numbers,
"HF 1 … HF 6", as many as those). Every later line's words go to the columns in their order, each
column taking a run of them, by the grammar of a name: a word broken at its hyphen goes on with its
lower-case rest ("Gesund-" / "heit"), a name ending in a link word ("und", "im") or an adjective in
lower case ("ländlichen") goes on in the next line, a closed name takes no capitalised word right
after its noun and no second "und", and a column that left a line empty is done. The rows' own
column may set its head at the start of a head line ("Maßnahme"): it is no column's word. The heads
are read where one way alone parts every line so and no column is left open.

Where the heads stand as :mod:`.column_heads` finds them (the noun alone on its line over them, or a
paragraph naming the fields in the plural right above), over a rule or a row holding a mark, three
columns at least, as many as the paragraph counts where it counts them, most of them known to the
taxonomy.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de.closed_class import ARTICLES, words

from .column_heads import _MARK, _RULE, _caption_between, _count
from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure, known_codes

Word = tuple[int, int, str]  # start, end (flat offsets), text
Column = tuple[Word, ...]
Way = tuple[tuple[Column, ...], frozenset[int]]  # the columns' words so far, and the columns done

_LINKS = words(*ARTICLES, "prepositions", "contractions", "conjunctions")
_PREPOSITIONS = words("prepositions", "contractions")
ARTICLE_WORDS = words(*ARTICLES)
_PAIRS = words("conjunctions")  # a name holds one, but after a compound's first part ("Kinder- und")
_BROKEN = re.compile(r"\w-")  # a word broken at its hyphen, or a compound's first part
_ADJECTIVE = re.compile(r"[a-zäöüß]\w*(?:e|en|er|es|em)")  # an adjective in lower case waiting for its noun
_CAPITAL_ADJECTIVE = re.compile(r"\w(?:lich|isch|ell|al|iv|ig|är|ar|ös)(?:e|es|er|en|em)")
_SHORT_NUMBER = re.compile(r"[A-ZÄÖÜ]{1,5}")
_LEAST_COLUMNS = 3
_MOST_COLUMNS = 8
_MOST_HEAD_LINES = 8
_MOST_WAYS = 64  # partings of the lines kept while reading; more, and the heads are left unread
_MOST_LEAD_LINES = 8
_MOST_BELOW = 3  # lines under the heads to the first row: the rule, its rest wrapped, the row


def closed_column_heads(ft: FieldText) -> Iterator[Candidate]:
    """The fields heading the columns of a matrix whose head lines lost their gaps."""
    done: set[int] = set()  # the first head lines read
    for noun in ft.nouns:
        row = ft.row_at(noun.start())
        alone = ft.rows[row].text.strip() == noun.group(0)
        first = _under_noun(ft, row) if alone else _under_lead(ft, noun)
        if first is None or first in done:
            continue
        done.add(first)
        # the lead's nouns counted ("die fünf Handlungsfelder"): as many heads as they count
        counts = {_count(ft, m) for m in ft.nouns if row <= ft.row_at(m.start()) < first} - {None}
        found = _read(ft, first, next(iter(counts)) if not alone and len(counts) == 1 else None)
        if not found:
            continue
        if not alone and counts and counts != {len(found)}:
            continue
        if 2 * sum(known_codes(c.label, ft.vocab) != ("other",) for c in found) < len(found):
            continue
        yield from found


def _under_noun(ft: FieldText, row: int) -> int | None:
    """The first head line under the noun alone on line ``row`` (a rule under the noun stepped over)."""
    k = row + 1
    if k < len(ft.rows) and _RULE.fullmatch(ft.rows[k].text):
        k += 1
    return k if k < len(ft.rows) and not ft.blank(k) else None


def _under_lead(ft: FieldText, noun: re.Match[str]) -> int | None:
    """The first head line after a blank line under the paragraph holding the plural ``noun`` (a heading or
    caption alone between them stepped over)."""
    if not ft.vocab.plural.fullmatch(noun.group(0)):
        return None
    k = ft.row_at(noun.start())
    reach = k + _MOST_LEAD_LINES
    while k + 1 < min(len(ft.rows), reach) and not ft.blank(k + 1):
        if ft.rows[k].text.rstrip().endswith(":"):
            return k + 1  # the paragraph ends in a colon right over the heads, no blank line between
        k += 1
    blank = k + 1
    if not ft.blank(blank) or ft.blank(blank + 1):
        return None
    if _caption_between(ft, blank + 1):
        blank += 2
    return blank + 1 if blank + 1 < len(ft.rows) else None


def lines_from(ft: FieldText, first: int) -> Iterator[tuple[str, list[Word]]]:
    """The document's lines from the one holding the flat line ``first`` on, each its text and its words
    at flat offsets: the flat text joins a word broken at a line's end, which a head line must keep."""
    doc, origin = ft.doc.text, ft.layout.flat.origin
    at = doc.rfind("\n", 0, origin[ft.rows[first].start]) + 1
    while at < len(doc):
        end = doc.find("\n", at)
        end = len(doc) if end < 0 else end
        text = doc[at:end].replace("\f", " ")  # a page break inside the heads, as a renderer may set one
        found = [
            (bisect.bisect_left(origin, at + m.start()), bisect.bisect_left(origin, at + m.end() - 1) + 1, m.group())
            for m in re.finditer(r"\S+", text)
        ]
        yield text, [(a, min(len(ft.text), b), w) for a, b, w in found]
        at = end + 1


def _head_lines(ft: FieldText, first: int) -> tuple[list[list[Word]], str] | None:
    """The head lines' words from line ``first`` to the rule or the first row holding a mark, each as the
    document sets it, and the line under them; None where no row with a mark follows right under them (a rule a
    PDF wrapped onto a second line stepped over)."""
    lines: list[list[Word]] = []
    below: list[str] = []
    for text, ws in lines_from(ft, first):
        if below or not text.strip() or _RULE.fullmatch(text) or _MARK.search(text):
            below.append(text)
            if len(below) == _MOST_BELOW or not _RULE.fullmatch(text):
                break
            continue  # a rule, maybe wrapped onto a second line ("────────" / "────")
        lines.append(ws)
        if len(lines) > _MOST_HEAD_LINES:
            return None
    if len(lines) < 2 or not below or not _MARK.search(below[-1]):
        return None
    return lines, below[0]


def _numbers(line: list[Word]) -> int | None:
    """How many short numbers of columns a line holds ("HF 1 HF 2 HF 3" → 3), if it holds only those."""
    texts = [w for _, _, w in line]
    if len(texts) % 2 or not all(_SHORT_NUMBER.fullmatch(a) and b.isdigit() for a, b in zip(texts[::2], texts[1::2])):
        return None
    return len(texts) // 2


def _read(ft: FieldText, first: int, counted: int | None = None) -> list[Candidate] | None:
    """The heads from line ``first`` on: the first head line a word a column; or, where the lead counts
    ``counted`` fields, that many columns whose first line holds more words ("Arbeit und Wohnen und" over
    "Fachkräfte- Nachbar-"), each opening capitalised."""
    found = _head_lines(ft, first)
    if found is None:
        return None
    lines, under = found
    count = _numbers(lines[0])
    if count is not None:
        lines = lines[1:]
    top = lines[0]
    n = len(top)
    if count is None and counted is not None and _LEAST_COLUMNS <= counted < n and len(lines) >= 2:
        return _counted_read(ft, lines, counted)
    if not _LEAST_COLUMNS <= n <= _MOST_COLUMNS or count is not None and count != n:
        return None
    if not all(w[:1].isupper() and not w.endswith(",") for _, _, w in top) or len(lines) < 2:
        return None
    # the head of the rows' own column ("Maßnahme") at a line's start
    lines = [ln[1:] if ln and ft.vocab.headers.match(ln[0][2]) and ln[0][2][:1].isupper() else ln for ln in lines]
    widths = _widths(under, n) or [max(len(w) for ln in lines for _, _, w in ln)] * n
    ways: list[Way] = [(tuple((w,) for w in top), frozenset())]
    for line in lines[1:]:
        ways = [way for cols, done in ways for way in _parted(cols, done, line, widths)]
        if not ways or len(ways) > _MOST_WAYS:
            return None
    heads = {tuple(column_name(c) for c in cols) for cols, _ in ways if not any(left_open(c) for c in cols)}
    if len(heads) != 1:
        return None
    (labels,) = heads
    (cols, _) = next(w for w in ways if tuple(column_name(c) for c in w[0]) == labels)
    out = []
    for col, raw in zip(cols, labels):
        label = clean_label(raw)
        if is_sentence(label, ft.vocab) or is_structure(label, ft.vocab) or len(label.split()) > 8:
            return None
        out.append(Candidate(col[0][0], col[-1][1], label, "table"))
    return out


def _counted_read(ft: FieldText, lines: list[list[Word]], n: int) -> list[Candidate] | None:
    """The ``n`` heads of head lines parted by the grammar of a name, the first line's words to every column."""
    cols = parted_lines(lines, n, narrowest=True)
    if cols is None:
        return None
    out = []
    for col in cols:
        label = clean_label(column_name(col))
        if is_sentence(label, ft.vocab) or is_structure(label, ft.vocab) or len(label.split()) > 8:
            return None
        out.append(Candidate(col[0][0], col[-1][1], label, "table"))
    return out


def _widths(rule: str, n: int) -> list[int] | None:
    """The widths of the ``n`` columns from the rule under the heads, a run of dashes a column (the rows'
    own column's first), where it gives them."""
    runs = [len(r) for r in rule.split()]
    return runs[-n:] if len(runs) in (n, n + 1) and _RULE.fullmatch(rule) else None


def _parted(cols: tuple[Column, ...], done: frozenset[int], line: list[Word], widths: list[int]) -> Iterator[Way]:
    """Every way of giving a line's words to the columns in their order, each a run of them, that the
    grammar of a name allows and that fits the column's width (a column is as wide as its longest word
    where no rule gives its width); a column that takes none is done."""

    def go(
        c: int, i: int, taken: tuple[Column, ...], ended: frozenset[int]
    ) -> Iterator[tuple[tuple[Column, ...], frozenset[int]]]:
        if c == len(cols):
            if i == len(line):
                yield taken, ended
            return
        if not left_open(cols[c]):  # the column may take nothing on this line: it is done
            yield from go(c + 1, i, (*taken, cols[c]), ended | {c})
        if c in done:
            return
        for j in range(i + 1, len(line) + 1):
            run = tuple(line[i:j])
            if not _goes_on(cols[c], run) or len(" ".join(w for _, _, w in run)) > widths[c]:
                break
            yield from go(c + 1, j, (*taken, cols[c] + run), ended)

    yield from go(0, 0, (), done)


def _goes_on(col: Column, run: Column) -> bool:
    """Whether the words ``run`` may go on with the column's name ``col``, word by word."""
    if not run:
        return True
    if col[-1][2].endswith("-") and run[0][2].casefold() in _LINKS:
        return False  # a word broken at the line's end goes on with its rest, no link word
    seen = col
    for w in run:
        if not follows(seen, w[2]):
            return False
        seen = (*seen, w)
    return True


def follows(col: Column, word: str) -> bool:
    """Whether ``word`` may go on with the name ``col`` by the grammar of a name."""
    last = col[-1][2]
    bare = word.casefold()
    if _BROKEN.search(last) and last.endswith("-"):  # a broken word's rest, or a link after a compound's part
        return word[:1].islower() and (bare not in _LINKS or bare in _PAIRS)
    if last.endswith(","):
        return word[:1].isupper()  # the next name of an enumeration ("Ausbildung, Arbeit")
    if last.casefold() in _LINKS:
        if len(col) > 1 and col[-2][2].endswith("-"):
            return word[:1].isupper()  # a compound's first part and its link: its noun follows ("Kinder- und Jugend…")
        if last.casefold() in _PREPOSITIONS and bare in ARTICLE_WORDS:
            return True  # "auf dem Land"
        if word[:1].islower():  # an adjective before its noun, or a word broken at its hyphen ("im länd-")
            return bare not in _LINKS and (_ADJECTIVE.fullmatch(word) is not None or _BROKEN.search(word) is not None)
        return not word.endswith(",")
    if bare in _PAIRS:
        return not any(w.casefold() in _PAIRS and not p.endswith("-") for p, w in _pairs(col))
    if bare in _LINKS:
        return True
    if word[:1].islower():
        return False  # a lower-case word after a closed name: no rest of it
    joined = column_name(col).split()[-1]  # an adjective before its noun ("im länd-" / "lichen" / "Raum")
    adjective = joined[:1].islower() and _ADJECTIVE.fullmatch(joined) is not None
    return adjective or last.endswith(",") or _CAPITAL_ADJECTIVE.fullmatch(last) is not None


def _pairs(col: Column) -> list[tuple[str, str]]:
    texts = [w for _, _, w in col]
    return list(zip(["", *texts], texts))


def left_open(col: Column) -> bool:
    """Whether a column's name cannot end here: a broken word, a link word or a lower-case adjective last."""
    last = col[-1][2]
    if last.endswith("-") or last.endswith(",") or last.casefold() in _LINKS:
        return True
    joined = column_name(col).split()[-1]
    return joined[:1].islower() and len(joined) > 3 and _ADJECTIVE.fullmatch(joined) is not None


def column_name(col: Column) -> str:
    """A column's name, its words broken at their hyphens joined ("Gesund-" / "heit" → "Gesundheit")."""
    out = ""
    for _, _, w in col:
        if out.endswith("-") and w[:1].islower() and w.casefold() not in _PAIRS:
            out = out[:-1] + w
        else:
            out = f"{out} {w}" if out else w
    return out


def parted_lines(lines: list[list[Word]], n: int, narrowest: bool = False) -> list[Column] | None:
    """The ``n`` columns' words of lines whose gaps a PDF closed, every line's words given to the columns in
    their order (the first line's to every column, each opening capitalised) by the grammar of a name; None
    unless one way alone parts them and leaves no column open (the captions under a row of placeholders).
    Where more ways do and ``narrowest`` is asked (a matrix's heads, set in columns of one width), the way
    whose widest piece of a line is narrowest, if one alone is ("Sprache" / "und frühe" / "Bildung" beside
    "Arbeit und" / "Fachkräfte-", not "und" beside "frühe Fachkräfte-")."""
    if not lines or not lines[0]:
        return None
    widths = [max(sum(len(w) + 1 for _, _, w in ln) for ln in lines)] * n  # any line's words fit a column
    ways: list[Way] = [(cols, frozenset()) for cols in _opened(lines[0], n)]
    for line in lines[1:]:
        ways = [way for cols, done in ways for way in _parted(cols, done, line, widths)]
        if len(ways) > _MOST_WAYS:
            return None
    closed = {tuple(column_name(c) for c in cols): cols for cols, _ in ways if not any(left_open(c) for c in cols)}
    if len(closed) > 1 and narrowest:
        starts = [ln[0][0] for ln in lines]
        widest = {name: _widest(cols, starts) for name, cols in closed.items()}
        least = min(widest.values())
        closed = {name: cols for name, cols in closed.items() if widest[name] == least}
    if len(closed) != 1:
        return None
    return list(next(iter(closed.values())))


def _widest(cols: tuple[Column, ...], starts: list[int]) -> int:
    """The length of the widest piece one line gives a column (the lines open at ``starts``)."""
    pieces: dict[tuple[int, int], int] = {}
    for c, col in enumerate(cols):
        for a, _, w in col:
            key = (c, bisect.bisect_right(starts, a))
            pieces[key] = pieces.get(key, -1) + len(w) + 1
    return max(pieces.values(), default=0)


def _opened(line: list[Word], n: int) -> Iterator[tuple[Column, ...]]:
    """Every way of giving a first line's words to ``n`` columns, each a run opening capitalised that goes on
    by the grammar of a name."""
    if n == 0:
        if not line:
            yield ()
        return
    for j in range(1, len(line) - n + 2):
        run = tuple(line[:j])
        if not run[0][2][:1].isupper() or run[0][2].casefold() in _LINKS or not _goes_on(run[:1], run[1:] or ()):
            continue
        for rest in _opened(line[j:], n - 1):
            yield (run, *rest)
