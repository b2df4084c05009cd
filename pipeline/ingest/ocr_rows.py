"""Rows of a list or table as tesseract reads them: dashes lost their spaces, a rule read as letters.

A list whose rows part their cells with a spaced dash ("Ö 3 – JSA – 09. 06. 2031") loses a
space beside a dash here and there in a scan ("Ö7-ASG – 18. 05. 2027", "Ö9-KT- 24. 06. 2027"):
the row then no longer parts like its neighbours. Where most rows of a block part alike, a row
with as many dashes as they have separators, some of them unspaced, gets the lost spaces back.
A hyphen inside a word (after a small letter) or between two digits (a range) is never one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from pipeline.lang.de import markers

DASHES = markers.charset(markers.DASHES)
SPACED = re.compile(rf"(?<=\S) {DASHES} (?=\S)")
ANY = re.compile(rf"(?<=\S) ?{DASHES} ?(?=\S)")


def blocks(text: str) -> Iterator[list[tuple[int, str]]]:
    """Runs of non-blank lines, each line with its offset."""
    block: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            block.append((pos, line))
        elif block:
            yield block
            block = []
        pos += len(line) + 1
    if block:
        yield block


def separator(line: str, m: re.Match[str]) -> bool:
    """Whether a dash in ``line`` can part two cells: not a word's hyphen nor a range's."""
    before, after = line[m.start() - 1], line[m.end()]
    if m.group(0).startswith(" ") and m.group(0).endswith(" "):
        return True
    return not (before.islower() or (before.isdigit() and after.isdigit()))


def row_spaces(text: str) -> Iterator[tuple[int, int, str]]:
    """Edits (start, end, new) giving the lost spaces back around the dashes of a block's rows."""
    for block in blocks(text):
        counts = Counter(len(SPACED.findall(line)) for _, line in block)
        parts, rows = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if parts < 2 or rows < 3 or rows * 2 <= len(block):
            continue
        for pos, line in block:
            found = list(ANY.finditer(line))
            if len(SPACED.findall(line)) >= parts or len(found) != parts:
                continue
            if not all(separator(line, m) for m in found):
                continue
            for m in found:
                dash = m.group(0).strip()
                if m.group(0) != f" {dash} ":
                    yield pos + m.start(), pos + m.end(), f" {dash} "


BAR = "|"
LETTERS = re.compile(r"[^\W\d_]+")


def rule_debris(text: str, unknown: Callable[[str], bool]) -> Iterator[tuple[int, int, str]]:
    """Edits (start, end, "") dropping a table's rule read as letters ("nn + mnuudhaunnnnnn…"):
    a line between two rows parted by bars, itself without a bar, with a long run of letters and
    no word of three letters or more that is a word."""
    lines = text.split("\n")
    pos = 0
    for i, line in enumerate(lines):
        end = pos + len(line) + 1
        if 0 < i < len(lines) - 1 and debris(line, unknown):
            if lines[i - 1].count(BAR) >= 2 and lines[i + 1].count(BAR) >= 2:
                yield pos, min(end, len(text)), ""
        pos = end


def debris(line: str, unknown: Callable[[str], bool]) -> bool:
    """Whether a line holds letters but no word (a run of twelve letters or more, every run of
    three or more unknown, no bar), or a rule's glyphs broken by gaps ("- -\t+\t+-\t+")."""
    if BAR in line:
        return False
    if BROKEN_RULE.fullmatch(line.strip()):
        return True
    words = [w for w in LETTERS.findall(line) if len(w) >= 3]
    return any(len(w) >= 12 for w in words) and all(unknown(w) for w in words)


# a rule's glyphs ("-", "+", "=") with gaps between them: a rule tesseract read in pieces
BROKEN_RULE = re.compile(r"[-+=]+(?:\s+[-+=]+)+")


def bar_rows(text: str, lookalikes: str) -> Iterator[tuple[int, int, str]]:
    """Edits (start, end, "|") for bars read as letters or brackets ("Zuständigkeit|A]VIVIE") in a
    row of a table parted by bars: where a block's rows mostly have as many bars, a row with fewer
    bars gets them back when the look-alikes in it, none inside a word (a small letter beside it),
    make up exactly the bars it lacks (a look-alike beside a bar read too, "|J", is the bar)."""
    for block in blocks(text):
        counts = Counter(line.count(BAR) for _, line in block if line.count(BAR) >= 2)
        if not counts:
            continue
        bars, rows = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if rows < 2 or bars < 3:
            continue
        for pos, line in block:
            if not 1 <= line.count(BAR) < bars:
                continue
            first = line.index(BAR)
            found = [i for i in range(first + 1, len(line)) if line[i] in lookalikes and not in_word(line, i)]
            apart = [i for i in found if BAR not in (line[i - 1], line[i + 1 : i + 2])]
            if found and line.count(BAR) + len(apart) == bars:
                for i in found:
                    yield (pos + i, pos + i + 1, BAR) if i in apart else (pos + i, pos + i + 1, "")


def in_word(line: str, i: int) -> bool:
    """Whether the character at ``i`` stands beside a small letter (it is then a letter of a word)."""
    return line[i - 1].islower() or line[i + 1 : i + 2].islower()
