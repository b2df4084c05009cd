"""Fields as the column heads of a matrix of marks: the ``table`` family's transposed matrix.

A matrix may set the fields across its top rather than down its side: the field noun alone on a
line spans the columns ("Handlungsfeld", maybe a rule under it), the column heads below it each
name a field, wrapped and hyphenated over a few lines ("Gesund-" / "heit"), maybe under a line of
their short numbers ("HF 1   HF 2"), and the rows under a rule mark which column each row serves
("M 04 Berufssprachkurse   ○   ●"). A column starts where a head's piece starts on any of the head
lines (a head line may close a gap to one space, the others keep it); the heads run to the rule
or the first line holding a mark. The pieces left of the noun's column head the rows' own column
("Maßnahme"). A head line whose gaps are all closed to one space, where the others keep theirs ("Sprache Bildung
Arbeit Wohnen Gesund- Zusammen-" over "und       und      und      und      heit     leben und"), gives its words
one a column, in their order, where it holds as many as there are columns. Three columns at least, each a name,
and a row under them holding a mark.

Without the noun over them, the heads are the fields where the paragraph right above the matrix,
before a blank line, names the fields in the plural ("Die Fortschreibung behält die sechs
Handlungsfelder bei; sie bilden die Spalten der folgenden Übersicht."), maybe with a heading or
caption alone between blank lines after it ("2. Maßnahmenübersicht (Auszug aus Anlage 1)"): the
heads stand right of the rows' own column, which they leave empty but for its head at the left edge
of one head line ("Maßnahme", not the field noun: under "Handlungsfeld" the rows are the fields), as
many as the paragraph counts where it counts them, and most of them known to the taxonomy
(``lead_column_heads``); where the rows under them are a chart of the fields, named in a column the heads
leave unheaded, the heads are something else (target groups) and give none.
A grid drawn as a box there gives its first row, ruled off from the rows
under it, each cell's lines joined by its place between the bars ("│ Sprache und      │" / "│ frühe
Förderung  │").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de.numbers import NUMBER_WORDS

from .charted import chart_regions
from .drawn import drawn_block, ruled_rows
from .tables import MATRIX_MARK
from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure, known_codes

_RULE = re.compile(r"[ \t]*[-─━═_]{6,}(?:[ \t]+[-─━═_]{6,})*[ \t]*")
_PIECE = re.compile(r"\S+(?: \S+)*")
_SHORT_NUMBER = re.compile(r"[A-ZÄÖÜ]{1,5}[ \t]?\d{1,2}|\d{1,2}\.?")
_MARK = re.compile(r"(?<!\S)(?:" + MATRIX_MARK.pattern + r"|○|◐|◯)(?!\S)")
_MOST_HEAD_LINES = 8
_MOST_WORDS = 8
_LEAST_COLUMNS = 3
_MOST_LEAD_LINES = 8
_LEAST_INDENT = 12  # room for the rows' own column left of the heads


def _heads(ft: FieldText, row: int, span: int) -> tuple[list[int], int] | None:
    """The head lines under the noun's line ``row`` (their rows) and the row after them."""
    k = row + 1
    if k < len(ft.rows) and _RULE.fullmatch(ft.rows[k].text):
        k += 1
    heads: list[int] = []
    while k < len(ft.rows) and len(heads) < _MOST_HEAD_LINES:
        text = ft.rows[k].text
        if _RULE.fullmatch(text) or _MARK.search(text[span:]) or ft.blank(k):
            break
        heads.append(k)
        k += 1
    return (heads, k) if heads else None


def _starts(ft: FieldText, heads: list[int], span: int) -> list[int]:
    """The columns where a head's piece starts on any head line, right of ``span``."""
    found = sorted({m.start() for k in heads for m in re.finditer(r"(?<!\S)\S", ft.rows[k].text) if m.start() >= span})
    starts: list[int] = []
    for col in found:
        if not any(abs(col - s) <= 1 for s in starts):
            starts.append(col)
    # a start inside a piece of a line that keeps its gaps is a word of that piece, not a column
    pieces = {m.start() for k in heads for m in _PIECE.finditer(ft.rows[k].text)}
    return [s for s in starts if s in pieces]


def _closed(ft: FieldText, k: int, span: int) -> bool:
    """Whether the head line ``k`` has its gaps closed to one space: one piece right of ``span``, of as many
    words as there are columns at least, where the other head lines keep their gaps ("Sprache Bildung Arbeit
    Wohnen Gesund- Zusammen-" over "und       und      und      und      heit     leben und")."""
    pieces = list(_PIECE.finditer(ft.rows[k].text, span))
    return len(pieces) == 1 and len(pieces[0].group(0).split()) >= _LEAST_COLUMNS


def _marked_below(ft: FieldText, after: int, span: int) -> bool:
    k = after + 1 if after < len(ft.rows) and _RULE.fullmatch(ft.rows[after].text) else after
    return any(_MARK.search(ft.rows[j].text[span:]) for j in range(k, min(len(ft.rows), k + 4)))


def _columns(ft: FieldText, row: int, col: int) -> list[Candidate] | None:
    found = _heads(ft, row, col)
    if found is None or not _marked_below(ft, found[1], col):
        return None
    heads, _ = found
    closed = {k for k in heads if _closed(ft, k, col)}
    starts = _starts(ft, [k for k in heads if k not in closed], col)
    if len(starts) < _LEAST_COLUMNS:
        return None
    words = {k: [m.span() for m in re.finditer(r"\S+", ft.rows[k].text[col:])] for k in closed}
    if any(len(w) != len(starts) for w in words.values()):
        return None
    out = []
    for i, s in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else None
        parts: list[tuple[int, int]] = []
        for k in heads:
            line = ft.rows[k]
            if k in closed:  # the line's words one a column, in their order
                a, b = words[k][i]
                parts.append((line.start + col + a, line.start + col + b))
                continue
            piece = line.text[s:end] if end is not None else line.text[s:]
            if piece.strip() and not (not parts and _SHORT_NUMBER.fullmatch(piece.strip())):
                lead = len(piece) - len(piece.lstrip())
                parts.append((line.start + s + lead, line.start + s + len(piece.rstrip())))
        if not parts:
            return None
        label = clean_label("\n".join(ft.text[a:b] for a, b in parts))
        if not label[:1].isupper() or len(label.split()) > _MOST_WORDS or is_sentence(label, ft.vocab):
            return None
        if is_structure(label, ft.vocab):
            return None
        out.append(Candidate(parts[0][0], parts[-1][1], label, "table"))
    return out


def column_heads(ft: FieldText) -> Iterator[Candidate]:
    """The fields heading the columns of a matrix under the field noun alone on its line."""
    for noun in ft.nouns:
        row = ft.row_at(noun.start())
        line = ft.rows[row]
        if line.text.strip() != noun.group(0):
            continue
        found = _columns(ft, row, noun.start() - line.start)
        if found:
            yield from found


def _count(ft: FieldText, noun: re.Match[str]) -> int | None:
    """The count right before a noun ("sechs Handlungsfelder", "6 Handlungsfelder"), if any."""
    m = re.search(r"(\w+)[ \t\n]+$", ft.text[max(0, noun.start() - 30) : noun.start()])
    if m is None:
        return None
    word = m.group(1)
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.casefold())


def _lead_matrix(ft: FieldText, noun: re.Match[str]) -> list[Candidate] | None:
    """The heads of a matrix after a blank line under the paragraph holding ``noun``."""
    k = ft.row_at(noun.start())
    reach = k + _MOST_LEAD_LINES
    while k + 1 < min(len(ft.rows), reach) and not ft.blank(k + 1):
        k += 1
    blank = k + 1
    if not ft.blank(blank) or ft.blank(blank + 1):
        return None
    if _caption_between(ft, blank + 1):
        blank += 2  # a heading or caption alone between the paragraph and the matrix
    if (drawn := _drawn_heads(ft, blank + 1)) is not None:
        return _counted(ft, noun, drawn)
    heads: list[int] = []
    j = blank + 1
    while j < len(ft.rows) and not ft.blank(j) and len(heads) < _MOST_HEAD_LINES:
        if _MARK.search(ft.rows[j].text) or _RULE.fullmatch(ft.rows[j].text):
            break
        heads.append(j)
        j += 1
    if not heads:
        return None
    # where the heads start: the first piece of each head line right of the rows' own column, whose head
    # ("Maßnahme") may stand at the left edge of one of the lines
    pieces = [[(m.start(), m.group(0)) for m in _PIECE.finditer(ft.rows[h].text)] for h in heads]
    firsts = [min((p for p, _ in starts if p >= _LEAST_INDENT), default=-1) for starts in pieces]
    span = min(firsts)
    left = [(p, t) for starts in pieces for p, t in starts if p < span]
    if span < 0 or len(left) > 1 or any(p for p, _ in left):
        return None
    if any(ft.vocab.noun.fullmatch(t) or ft.vocab.weak.fullmatch(t) for _, t in left):
        return None  # the rows are the fields ("Handlungsfeld" over them), the heads something else
    found = _columns(ft, blank, span)
    return _counted(ft, noun, found) if found else None


def _counted(ft: FieldText, noun: re.Match[str], found: list[Candidate]) -> list[Candidate] | None:
    """The heads ``found``, as many as the paragraph counts where it counts them, most of them known to the
    taxonomy."""
    count = _count(ft, noun)
    if len(found) < _LEAST_COLUMNS or count is not None and count != len(found):
        return None
    if 2 * sum(known_codes(c.label, ft.vocab) != ("other",) for c in found) < len(found):
        return None
    return found


def _caption_between(ft: FieldText, k: int) -> bool:
    """Whether line ``k`` is a heading or caption alone between two blank lines over a table ("2.
    Maßnahmenübersicht (Auszug aus Anlage 1)"): at the left edge, no sentence, a blank line under it."""
    if k + 2 >= len(ft.rows) or not ft.blank(k + 1) or ft.blank(k + 2):
        return False
    text = ft.rows[k].text
    return text[:1].strip() != "" and not text.rstrip().endswith((".", ":")) and len(text.split()) <= _MOST_WORDS


def _drawn_heads(ft: FieldText, first: int) -> list[Candidate] | None:
    """The heads of a table drawn as a box from line ``first``: the cells of its first row, between the
    box's top rule and the rule under the row, each cell's lines joined by its place between the bars
    ("│ Sprache und      │ Bildung, Eltern  │" / "│ frühe Förderung  │ und Schule       │"); rows under
    the rule. None where line ``first`` opens no such box."""
    rows = ruled_rows(drawn_block(ft, first))
    if rows is None:
        return None
    out = []
    for parts in rows[0]:
        if not parts:
            return None
        label = clean_label("\n".join(ft.text[a:b] for a, b in parts))
        if not _name(ft, label):
            return None
        out.append(Candidate(parts[0][0], parts[-1][1], label, "table"))
    return out


def _name(ft: FieldText, label: str) -> bool:
    """Whether a head's label is a field's name: capitalised, a few words, no sentence, no part of a concept."""
    return (
        label[:1].isupper()
        and len(label.split()) <= _MOST_WORDS
        and not is_sentence(label, ft.vocab)
        and not is_structure(label, ft.vocab)
    )


def _open(words: list[str]) -> bool:
    """Whether a head as far as read goes on below: it ends in a hyphen or a word in lower case (a name
    ends in a noun: "Bildung und" / "Schule", "Wohnen im länd-" / "lichen" / "Raum")."""
    if words[-1].endswith("-"):
        return True
    joined = clean_label("\n".join(words)).split()  # a word's pieces joined: "Gesund-" / "heit" ends in a noun
    return not joined or joined[-1][:1].islower()


def _doc_lines(ft: FieldText, first: int) -> tuple[list[list[tuple[int, int, str]]], bool]:
    """The words of the document's lines from the one flat line ``first`` starts (the flat text joins a line
    ending in a hyphen to the next, and may join a word's pieces a closed gap parts: "Ausbil- länd-"), each
    with its flat offsets, up to a blank line or one holding a mark; and whether a mark ended them."""
    origin, text = ft.layout.flat.origin, ft.doc.text
    last = ft.rows[min(len(ft.rows) - 1, first + 2 * _MOST_HEAD_LINES)].end
    flat = {origin[i]: i for i in range(ft.rows[first].start, min(last, len(origin)))}
    at = origin[ft.rows[first].start]
    found: list[list[tuple[int, int, str]]] = []
    while at < len(text) and len(found) <= _MOST_HEAD_LINES:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end]
        if not line.strip() or _MARK.search(line):
            return found, bool(line.strip())
        words = []
        for m in re.finditer(r"\S+", line):
            inside = [flat[d] for d in range(at + m.start(), at + m.end()) if d in flat]
            if not inside:
                return [], False
            words.append((inside[0], inside[-1] + 1, m.group(0)))
        found.append(words)
        at = end + 1
    return found, False


def _closed_heads(ft: FieldText, first: int, count: int) -> list[Candidate] | None:
    """The heads of a matrix from line ``first`` where an export closed the gaps between them to one space
    ("Sprach- Bildung Arbeit" / "förde- und und" / "rung Schule Ausbil-"): the first line holds one word a head,
    as many as the paragraph counts, each capitalised; each line below holds one word for each head or one for
    each head that goes on (``_open``), in their order; the heads run to the first line holding a mark and
    end there, none open."""
    lines, marked = _doc_lines(ft, first)
    heads: list[list[tuple[int, int, str]]] = []
    for words in lines:
        if not heads:
            if len(words) != count or not all(w[:1].isupper() for _, _, w in words):
                return None
            heads = [[w] for w in words]
            continue
        going = [h for h in heads if _open([w for _, _, w in h])]
        targets = going if len(words) == len(going) else heads if len(words) == count else None
        if targets is None:
            return None
        for head, word in zip(targets, words, strict=True):
            head.append(word)
    if len(lines) < 2 or not marked:
        return None
    out = []
    for head in heads:
        pieces = [w for _, _, w in head]
        label = clean_label("\n".join(pieces))
        if (
            _open(pieces)
            or len(label.split()) > _MOST_WORDS
            or is_sentence(label, ft.vocab)
            or is_structure(label, ft.vocab)
        ):
            return None
        out.append(Candidate(head[0][0], head[-1][1], label, "table"))
    return out


def _closed_lead_matrix(ft: FieldText, noun: re.Match[str]) -> list[Candidate] | None:
    """The heads of a matrix right under the paragraph holding ``noun`` (the first of its lines that ends a
    sentence ends it, a blank line after it or none) whose gaps an export closed (``_closed_heads``); the
    paragraph counts the fields."""
    count = _count(ft, noun)
    if count is None or count < _LEAST_COLUMNS:
        return None
    k = ft.row_at(noun.start())
    for j in range(k, min(len(ft.rows), k + _MOST_LEAD_LINES)):
        if ft.blank(j):
            return None
        if ft.rows[j].text.rstrip().endswith((".", ":")):
            first = ft.next_filled(j + 1, 2)
            return None if first is None else _closed_heads(ft, first, count)
    return None


def lead_column_heads(ft: FieldText) -> Iterator[Candidate]:
    """The fields heading the columns of a matrix right under a paragraph naming the fields."""
    done: set[int] = set()
    for noun in ft.strong_plurals():
        found = _lead_matrix(ft, noun) or _closed_lead_matrix(ft, noun)
        if found and 2 * sum(known_codes(c.label, ft.vocab) != ("other",) for c in found) < len(found):
            continue
        if found and _rows_charted(ft, found):
            continue  # the rows under the heads name the fields, their own column unheaded
        if found and found[0].start not in done:
            done.add(found[0].start)
            yield from found


def _rows_charted(ft: FieldText, heads: list[Candidate]) -> bool:
    """Whether the rows under the heads ``heads`` are a chart of the fields (``charted_rows``): named in a
    column the heads leave unheaded ("Sprache und Bildung  ●  ○" under "Kinder und   Erwachsene"), so the
    heads name something else (target groups, districts)."""
    last = ft.row_at(heads[-1].start)
    return any(0 < ft.row_at(a) - last <= _MOST_HEAD_LINES for a, _, _ in chart_regions(ft))
