"""Fields as the entries of a list set in two columns side by side, each entry opened by the field's
code ("HF 1  Ankommen und Orientierung        HF 5  Gesundheit und Pflege"), a name too long for its
column going on in the next line under the name ("HF 3  Schule, Ausbildung und" / "      Übergang in den
Beruf"). Read across, a line holds an entry of each column: the list is read down the left column, then
down the right one.

The right column starts where the second code of a line starts, after a gap, at the same place on every
line that holds two codes; the codes run on from the left column's last to the right column's first
("HF 1" … "HF 4", "HF 5" … "HF 7"). Where an export closed the gap to one space, no place tells how a line
without a second code parts between the columns: an entry is read only where the next line opens the
next entry of its column, the others left out (and so is the rest of the list: no other reader takes
its lines for a list or headings of their own). Two lines with two codes at least.

The entries may be opened by bare numbers instead ("1  Frühkindliche Bildung und      5  Gesundheit"),
where the line above the list (a blank line maybe between them), after a blank line, names the fields in
the plural ("Die acht Handlungsfelder des Konzepts") and the gap between the columns stands: a table's
numbered rows, whose numbers in the other column repeat or do not run on, are no such list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label

from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure

_MOST_LINES = 24  # lines of such a list
_MOST_WORDS = 10
_LEAST_PAIRS = 2  # lines that hold two codes
Region = tuple[int, int, list[Candidate]]
# an entry: its code, its name (flat offsets), its column
Entry = tuple[int, list[tuple[int, int]]]


def _code(ft: FieldText) -> re.Pattern[str]:
    return re.compile(rf"(?:{ft.vocab.singular.pattern})[ \t]?(?P<n>\d{{1,2}})[.:]?[ \t]+")


# a bare number opening an entry, a capital after it
_BARE = re.compile(r"(?P<n>\d{1,2})[.)]?[ \t]+(?=[A-ZÄÖÜ])")


def two_column_entries(ft: FieldText) -> Iterator[Candidate]:
    """The fields of the lists set in two columns."""
    for _, _, found in two_column_regions(ft):
        yield from found


def two_column_regions(ft: FieldText) -> list[Region]:
    """(start, end, fields) of each list set in two columns: its lines are read by ``two_column_entries`` alone."""
    out: list[Region] = []
    for code, bare in ((_code(ft), False), (_BARE, True)):
        out += _regions(ft, code, bare)
    return out


def _regions(ft: FieldText, code: re.Pattern[str], bare: bool) -> list[Region]:
    """The lists set in two columns whose entries ``code`` opens; bare numbers under a caption naming the fields."""
    out: list[Region] = []
    k = 0
    while k < len(ft.rows):
        if ft.blank(k) or code.match(ft.rows[k].text.lstrip()) is None or bare and not _captioned(ft, k):
            k += 1
            continue
        end = k
        while end < len(ft.rows) and not ft.blank(end) and end - k < _MOST_LINES:
            end += 1
        found = _read(ft, code, list(range(k, end)), bare)
        if found is not None:
            out.append((ft.rows[k].start, ft.rows[end - 1].end, found))
            k = end
        else:
            k += 1
    return out


def _captioned(ft: FieldText, k: int) -> bool:
    """Whether the line above line ``k`` (a blank line maybe between them), a blank line above it, is a caption
    naming the fields in the plural."""
    at = k - 2 if k >= 2 and ft.blank(k - 1) else k - 1
    if at < 1 or ft.blank(at) or not ft.blank(at - 1):
        return False
    line = ft.rows[at]
    return not line.text.rstrip().endswith((".", ":")) and any(
        line.start <= m.start() < line.end for m in ft.strong_plurals()
    )


def _second(code: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The second code of a line: after its first one, a space before it."""
    first = code.search(text)
    if first is None:
        return None
    return next((m for m in code.finditer(text, first.end()) if text[m.start() - 1] in " \t"), None)


def _read(ft: FieldText, code: re.Pattern[str], lines: list[int], bare: bool = False) -> list[Candidate] | None:
    """The fields of the block of ``lines`` where it is a list set in two columns, else None (entries of
    bare numbers only where the gap between the columns stands)."""
    seconds = {k: m for k in lines if (m := _second(code, ft.rows[k].text)) is not None}
    if len(seconds) < _LEAST_PAIRS:
        return None
    places = {m.start() for m in seconds.values()}
    gapped = max(places) - min(places) <= 1 and all(ft.rows[k].text[m.start() - 2] in " \t" for k, m in seconds.items())
    if gapped:
        left, right = _columns(ft, code, lines, min(places))
    elif bare:
        return None
    else:
        left, right = _closed(ft, code, lines)
    numbers = [n for n, _ in left + right]
    if not numbers or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return None
    return [c for n, pieces in left + right if pieces and (c := _label(ft, n, pieces)) is not None]


def _columns(ft: FieldText, code: re.Pattern[str], lines: list[int], at: int) -> tuple[list[Entry], list[Entry]]:
    """The entries of the two columns, the lines parted at ``at``."""
    columns: tuple[list[Entry], list[Entry]] = ([], [])
    for k in lines:
        line = ft.rows[k]
        for side, (a, b) in enumerate(((0, min(at, len(line.text))), (at, len(line.text)))):
            part = line.text[a:b]
            if not part.strip():
                continue
            lead = len(part) - len(part.lstrip())
            m = code.match(part, lead)
            entries = columns[side]
            if m is not None:
                entries.append((int(m.group("n")), [(line.start + a + m.end(), line.start + a + len(part.rstrip()))]))
            elif entries and entries[-1][1]:
                entries[-1][1].append((line.start + a + lead, line.start + a + len(part.rstrip())))
            else:
                return [], []
    return columns


def _closed(ft: FieldText, code: re.Pattern[str], lines: list[int]) -> tuple[list[Entry], list[Entry]]:
    """The entries of a list whose gaps an export closed, those a line cannot part left empty: a code at a
    line's start opens an entry of the left column, one after it an entry of the right one; an entry is read
    where the next line opens the next entry of its column (a code at its start for the left column, one
    after its start for the right one)."""
    left: list[Entry] = []
    right: list[Entry] = []
    opened = [(_indent(ft, k), _codes(ft, code, k)) for k in lines]
    for n, k in enumerate(lines):
        line, (lead, codes) = ft.rows[k], opened[n]
        below, after = opened[n + 1] if n + 1 < len(lines) else (0, [])
        if codes and codes[0].start() == lead:
            stop = codes[1].start() if len(codes) > 1 else len(line.text)
            whole = len(codes) > 1 and any(m.start() == below for m in after)
            span = (line.start + codes[0].end(), line.start + len(line.text[:stop].rstrip()))
            left.append((int(codes[0].group("n")), [span] if whole else []))
            codes = codes[1:]
        if codes:
            whole = any(m.start() > below for m in after)
            span = (line.start + codes[0].end(), line.start + len(line.text.rstrip()))
            right.append((int(codes[0].group("n")), [span] if whole else []))
    return left, right


def _indent(ft: FieldText, k: int) -> int:
    text = ft.rows[k].text
    return len(text) - len(text.lstrip())


def _codes(ft: FieldText, code: re.Pattern[str], k: int) -> list[re.Match[str]]:
    """The codes of line ``k`` that open an entry: at the line's start or after a space."""
    text = ft.rows[k].text
    return [m for m in code.finditer(text) if not m.start() or text[m.start() - 1] in " \t"]


def _label(ft: FieldText, number: int, pieces: list[tuple[int, int]]) -> Candidate | None:
    label = pieced_name(ft, pieces)
    return Candidate(pieces[0][0], pieces[-1][1], label, "list", str(number)) if label else None


def pieced_name(ft: FieldText, pieces: list[tuple[int, int]], most_words: int = _MOST_WORDS) -> str:
    """The name the pieces of an entry (its lines in a cell) make, or "" where it is none: capitalised, short,
    no sentence and no part of the concept."""
    label = clean_label(" ".join(ft.text[a:b].strip() for a, b in pieces))
    if (
        not label[:1].isupper()
        or len(label.split()) > most_words
        or is_sentence(label, ft.vocab)
        or is_structure(label, ft.vocab)
    ):
        return ""
    return label
