"""Where a run of names parts outside brackets, a bracket kept whole: "Anna Beispiel (Diakonie, Vorsitz),
Jonas Weber (SPD)" is two parts. The one cutting step of the lists the steering readers read (the parts
of a lead-in's run-on list, a caption's semicolons, a cell's names, the persons of a label's value), each
reader choosing where it cuts and what it keeps of a part."""

from __future__ import annotations

from collections.abc import Callable

# where a part after a cut at a position starts, None where no cut stands there
Cut = Callable[[int], int | None]


def apart(text: str, start: int, end: int, cut: str | Cut = ",", last: bool = False) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` between its cuts outside brackets, as they stand (their spaces
    kept, empty ones too): ``cut`` the characters that part it, or for a position outside brackets where
    the part after a cut there starts. The last part runs to ``end``; where a bracket is left open only
    with ``last``.

    >>> apart("A (B, C), D", 0, 11)
    [(0, 8), (9, 11)]
    >>> apart("A (B, C", 0, 7), apart("A (B, C", 0, 7, last=True)
    ([], [(0, 7)])
    """
    chars, at = (cut, None) if isinstance(cut, str) else ("", cut)
    spans: list[tuple[int, int]] = []
    depth, a = 0, start
    for k in range(start, end):
        depth += (text[k] == "(") - (text[k] == ")")
        if depth:
            continue
        after = at(k) if at is not None else k + 1 if text[k] in chars else None
        if after is not None:
            spans.append((a, k))
            a = after
    if depth == 0 or last:
        spans.append((a, end))
    return spans
