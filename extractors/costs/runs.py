"""The contexts of amounts in the rows of a table flattened onto lines ("Label 457.000 € 3,63 % 547.900 €
4,75 %"): where each row's label starts and how far each amount's context reaches."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from pipeline.lang.de.money import Money
from pipeline.structure import Line

_LETTER = re.compile(r"[^\W\d_]")
_RUN_BREAK = re.compile(r"[^\W\d_]|\(")  # a word, or a breakdown opening: "550.000 € (478.500 € Baukosten …"


def flat_rows(
    text: str, found: list[Money], all_lines: list[Line], line_starts: list[int], cued: Callable[[str], bool]
) -> dict[int, tuple[int, int]]:
    """The bounds of the context of amounts in rows of a table flattened onto lines ("Label
    457.000 € 3,63 % 547.900 € 4,75 %", several rows run together on one line or not): a run of
    two or more amounts on a line without tabs, with no word between them. Each amount of a run
    after the first reads from where the row's label starts (:func:`label_start`) when the label
    names a kind or a year (``cued``), however many amounts stand between (the first reads its
    sentence, as any amount); the last one reads no farther than its line, or than the next row's
    label on it, and neither does the amount of the row before, ending its line. By index into
    ``found``: (lo, hi), the text its context may reach."""
    by_line: dict[int, list[int]] = {}
    for n, money in enumerate(found):
        by_line.setdefault(bisect.bisect_right(line_starts, money.start) - 1, []).append(n)
    out: dict[int, tuple[int, int]] = {}
    for i, members in by_line.items():
        ln = all_lines[i]
        if len(members) < 2 or "\t" in ln.text:
            continue
        runs: list[list[int]] = [[members[0]]]
        for n in members[1:]:
            if _RUN_BREAK.search(text, found[runs[-1][-1]].end, found[n].start):
                runs.append([n])
            else:
                runs[-1].append(n)
        for k, run in enumerate(runs):
            if len(run) < 2:
                continue
            lo = label_start(text, all_lines, i, found[run[0]].start, found[run[0] - 1].end if run[0] else 0)
            labelled = cued(text[lo : found[run[0]].start])
            word = _LETTER.search(text, found[run[-1]].end, ln.end)
            end = ln.end if word is None else word.start() if k + 1 < len(runs) else len(text)
            for n in run:
                own = found[n - 1].end if n else 0
                hi = found[n + 1].start if n + 1 < len(found) else len(text)
                out[n] = (lo if labelled and n != run[0] else own, min(hi, end) if n == run[-1] else hi)
            _row_before(text, found, all_lines, line_starts, i, run[0] - 1, out)
    return out


def _row_before(
    text: str, found: list[Money], all_lines: list[Line], line_starts: list[int], i: int, n: int, out: dict
) -> None:
    """The amount before a flattened row on line ``i``, ending its own line within the reach of a
    row's label above the row, reads no farther than its line: the next row's label is not its."""
    if n < 0 or n in out:
        return
    j = bisect.bisect_right(line_starts, found[n].start) - 1
    prev = all_lines[j]
    if j < i and i - j < LABEL_LINES and not _LETTER.search(text, found[n].end, prev.end):
        out[n] = (found[n - 1].end if n else 0, prev.end)


LABEL_LINES = 4  # lines of a flattened row's label, its own included


def label_start(text: str, all_lines: list[Line], i: int, first: int, lo: int) -> int:
    """Where the label of a flattened row on line ``i`` starts (its first amount at ``first``, the
    amount before it ending at ``lo``): the words before the amount on the line, with the lines a
    label wraps from (a line going on in lower case or in brackets, or one opening a bracket:
    "Summe Personalkosten" over "(Pädagogisches Personal) 35.887.667 € …"); for
    a row of amounts alone, the lines of words between it and the row before ("Arbeitsgelegenheiten"
    between "… 2.083.262 € 18,06 %" and "457.000 € 3,63 % 547.900 €") or a blank line. Never the
    header of the columns over a table's first row: its words name a column, not the row."""
    own = _LETTER.search(text, all_lines[i].start, first) is not None
    j = i
    while j > 0 and i - j + 1 < LABEL_LINES:
        top, above = all_lines[j].text.lstrip(), all_lines[j - 1]
        if above.start < lo or (not own and j < i and not above.text.strip()):
            return max(lo, all_lines[j].start)  # the row before ends on the line above, or a blank line
        wraps = top[:1].islower() or top.startswith("(") or above.text.count("(") > above.text.count(")")
        if not above.text.strip() or "\t" in above.text or (own and not wraps):
            break
        j -= 1
    return all_lines[j].start if own else all_lines[i].start
