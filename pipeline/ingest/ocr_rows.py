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
    no word of three letters or more that is a word. A rule of a table framed by bars and drawn
    with "+" and "-" (its dashes erased as a ruling line, its joints read as "+", "4" or letters:
    "+----+-\t+----\t+\t4\t+") becomes such a rule again, as many cells wide as the framed row
    beside it, above or below, has (:func:`ascii_rule`): it parts the rows whose cells wrap."""
    lines = text.split("\n")
    pos = 0
    for i, line in enumerate(lines):
        end = pos + len(line) + 1
        rule = ascii_rule(lines, i)
        if rule is not None:
            yield pos, pos + len(line), rule
        elif 0 < i < len(lines) - 1 and debris(line, unknown):
            if lines[i - 1].count(BAR) >= 2 and lines[i + 1].count(BAR) >= 2:
                yield pos, min(end, len(text)), ""
        pos = end


ASCII_JOINT, ASCII_RULE = "+", "----"
RULE_TOKEN = re.compile(r"[-+=]+")


def framed(line: str) -> int:
    """The bars of a row of a table framed by bars ("| 1 | Rat | 2027 |"), or 0."""
    row = line.strip(" \t\f")
    return row.count(BAR) if len(row) > 1 and row[0] == row[-1] == BAR and row.count(BAR) >= 3 else 0


def ascii_rule(lines: list[str], i: int) -> str | None:
    """A rule of "+" and "-" in place of line ``i`` where it is one read in pieces beside a framed
    row (at most one line between): two thirds of its parts or more are rule glyphs, two joints or
    more, the rest short debris of three characters at most. Written as wide as the row's cells.
    Not beside a row read in pieces (bars in it, but not at its start: "Ilam|nölziel|"), where the
    rule may part a head from its rows wrongly.

    >>> ascii_rule(["+----+-\t+----\t+\t4\t+", "| 1 | Rat | 2027 |"], 0)
    '+----+----+----+'
    >>> ascii_rule(["- -\t+\t-+\t+ -", "Rat | 2027"], 0) is None
    True
    """
    parts = lines[i].split()
    rules = [p for p in parts if RULE_TOKEN.fullmatch(p)]
    if len(parts) < 2 or 3 * len(rules) < 2 * len(parts) or lines[i].count(ASCII_JOINT) < 2:
        return None
    if any(len(p) > 3 for p in parts if not RULE_TOKEN.fullmatch(p)):
        return None
    beside = [lines[k] for k in (i - 1, i + 1) if 0 <= k < len(lines)]
    if any(BAR in line and not framed(line) and not line.strip().startswith(BAR) for line in beside):
        return None  # a row beside it read in pieces: where it stands is unsure
    near = [framed(lines[k]) for k in (i - 1, i + 1, i - 2, i + 2) if 0 <= k < len(lines)]
    bars = next((n for n in near if n), 0)
    return ASCII_JOINT + ASCII_JOINT.join([ASCII_RULE] * (bars - 1)) + ASCII_JOINT if bars else None


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
        for k, (pos, line) in enumerate(block):
            # (a framed row's second line with no bar read: "III II keit]" under "| Nr | … | Öffentlich- |")
            under = k > 0 and framed(block[k - 1][1]) == bars
            lost = line.count(BAR) == 0 and under
            edits = list(row_bars(line, bars, lookalikes, lost)) if 1 <= line.count(BAR) < bars or lost else []
            if not edits and under and line.count(BAR) < bars:
                edits = list(leading_ones(line, bars))
            yield from ((pos + a, pos + b, new) for a, b, new in edits)


def row_bars(line: str, bars: int, lookalikes: str, lost: bool) -> Iterator[tuple[int, int, str]]:
    """The edits of :func:`bar_rows` in one row with fewer bars than its block's rows (none, ``lost``)."""
    first = line.index(BAR) if not lost else -1
    found = [i for i in range(first + 1, len(line)) if line[i] in lookalikes and not in_word(line, i)]
    apart = [i for i in found if not ((i > 0 and line[i - 1] == BAR) or line[i + 1 : i + 2] == BAR)]
    if found and line.count(BAR) + len(apart) == bars:
        for i in found:
            yield (i, i + 1, BAR) if i in apart else (i, i + 1, "")


ONES = re.compile(r"[ \t]*([1Il]+)")


def leading_ones(line: str, bars: int) -> Iterator[tuple[int, int, str]]:
    """The first bars of a framed row's line read as ones where its cells are empty and its first
    bar lost: "1112027 | ||" under "| 4 | Rat | 20. Oktober | … |" is "|||2027 | ||": where the ones
    at its start are at least the bars it lacks, the first of them are those bars."""
    m = ONES.match(line)
    missing = bars - line.count(BAR)
    if m is None or not 0 < missing <= len(m.group(1)) or missing < 2:
        return
    yield m.start(1), m.start(1) + missing, BAR * missing


def in_word(line: str, i: int) -> bool:
    """Whether the character at ``i`` stands beside a small letter (it is then a letter of a word);
    a bracket is no letter: it is part of the words beside it where the line holds its partner."""
    if line[i] in BRACKETS:
        return all(b in line for b in BRACKETS)
    return (i > 0 and line[i - 1].islower()) or line[i + 1 : i + 2].islower()


BRACKETS = "[]"


# a piece of a rule read as letters: letters with digits or with a dash at an end ("7T7I", "-ss-", "TS-")
RULE_PIECE = re.compile(r"(?=\S*[^\W\d_])(?:\S*\d\S*|[-–—_=~]+\S*|\S*[-–—_=~]+)")
RULE_GLYPHS = "-–—_=~"


def rule_noise(text: str, known: Callable[[str], bool]) -> Iterator[tuple[int, int, str]]:
    r"""Edits (start, end, "") blanking a line that is a rule read as a row of debris (a double rule
    "=====" of a scan: "oo.zZ\tI\tzz\t--I\t-aus-\t-\t-ss\t-ss-\t-\t-11-0713--\t7T7I …"): ten pieces or
    more, a third of its characters or more a rule's glyphs, five pieces or more (a third of them)
    letters run into digits or dashes, and no word of four letters or more that is a word.

    >>> list(rule_noise("Die Rede\noo.zZ I zz --I -aus- - -ss -ss- - -11-0713-- 7T7I 07T--171.- 0-\nEnde", str.isupper))
    [(9, 72, '')]
    """
    pos = 0
    for line in text.split("\n"):
        parts = line.split()
        chars = "".join(parts)
        if len(parts) >= 10 and 3 * sum(c in RULE_GLYPHS for c in chars) >= len(chars):
            pieces = sum(1 for p in parts if RULE_PIECE.fullmatch(p))
            if pieces >= 5 and 3 * pieces >= len(parts) and not any(known(w) for w in LONG_WORD.findall(line)):
                yield pos, pos + len(line), ""
        pos += len(line) + 1


LONG_WORD = re.compile(r"[^\W\d_]{4,}")
