"""A head that sets the paper beside the one it replaces or supplements, each version a column under
its head, each field a row of a label and a value per version::

                              Ursprungsvorlage          1. Ergänzung
      Vorlage-Nr.             50/0417/2027              50/0417/2027-1
      Datum                   29.03.2027                28.04.2027

The last version's column is the paper's: the head is read with the earlier columns' heads and values
left blank (offsets kept), so that each row is a label and the paper's own value. The heads are the
file's ``version_heads`` (metadata.yaml), two at least, alone on their line right of its start; the rows
run to the first blank line. Where a PDF's text layer closed the gaps ("Ursprungsvorlage 1. Ergänzung" /
"Vorlage-Nr. 50/0417/2027 50/0417/2027-1"), a row's values are told apart only where each is one word
with a digit: the number's and the date's rows.
"""

from __future__ import annotations

import functools
import re

from extractors.resources.typed import Metadata as MetadataFile
from pipeline.structure import HEADER_CHARS

_GAP = re.compile(r"[ \t]{2,}")  # a gap between cells


def _cells(line: str) -> list[tuple[int, int, str]]:
    """The cells of a line cut at gaps of two spaces or more: (start, end, text)."""
    out, at = [], 0
    for gap in [*_GAP.finditer(line), None]:
        end = gap.start() if gap is not None else len(line)
        cell = line[at:end]
        if cell.strip():
            lead = len(cell) - len(cell.lstrip())
            out.append((at + lead, at + len(cell.rstrip()), cell.strip()))
        at = gap.end() if gap is not None else len(line)
    return out


@functools.lru_cache(maxsize=4)
def _heads(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def superseded(text: str, conf: MetadataFile) -> list[int]:
    """The offsets of the characters of the earlier versions' cells in such a head, none where there is none."""
    heads = _heads(tuple(e.pattern for e in conf.version_heads))
    lines, at = [], 0
    for line in text[: min(len(text), HEADER_CHARS)].split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    for k, (start, line) in enumerate(lines):
        if (flat := _flat_heads(line, heads)) >= 2 and "  " not in line.strip():
            return _flat_rows(lines[k + 1 :], flat)
        cells = _cells(line)
        if len(cells) < 2 or cells[0][0] == 0 or not all(heads.fullmatch(c[2]) for c in cells):
            continue
        last = cells[-1][0]
        out = [start + i for a, b, _ in cells[:-1] for i in range(a, b)]
        for row_start, row in lines[k + 1 :]:
            if not row.strip():
                break
            values = _cells(row)[1:]  # the label's cell first
            out += [row_start + i for a, b, _ in values if b < last - 1 for i in range(a, b)]
        return out
    return []


def _flat_heads(line: str, heads: re.Pattern[str]) -> int:
    """How many version heads make up ``line`` parted by single spaces, as a PDF's text layer sets the
    head ("Ursprungsvorlage 1. Ergänzung"); 0 where anything else stands in it."""
    at, n = len(line) - len(line.lstrip()), 0
    while at < len(line):
        m = heads.match(line, at)
        if m is None or m.end() < len(line) and not line[m.end()].isspace():
            return 0
        at, n = m.end() + len(line[m.end() :]) - len(line[m.end() :].lstrip()), n + 1
    return n


def _flat_rows(lines: list[tuple[int, str]], n: int) -> list[int]:
    """The offsets of the earlier versions' values in the rows under a flattened head of ``n`` versions:
    only where a row ends in ``n`` values of one word with a digit each (a number, a date), which the
    single spaces between them part; other rows are left as they are."""
    out: list[int] = []
    for row_start, row in lines:
        if not row.strip():
            break
        words = list(_WORD.finditer(row))
        if len(words) > n and all(_DIGIT.search(w.group()) for w in words[-n:]):
            out += [row_start + i for w in words[-n:-1] for i in range(w.start(), w.end())]
    return out


_WORD = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")


def blanked(text: str, offsets: list[int]) -> str:
    """``text`` with the characters at ``offsets`` set as spaces (offsets kept)."""
    chars = list(text)
    for a in offsets:
        chars[a] = " "
    return "".join(chars)
