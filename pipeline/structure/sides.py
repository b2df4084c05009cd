"""Two columns set side by side on a page, parted by a bar down a gutter.

A council system's detail export sets the paper's labelled fields at the left and its
Beratungsfolge at the right of one page, a bar (``│``) down the gutter between them on every
line ("Betreff:  Evaluation des … │ Beratungsfolge:", "Status:  öffentlich │ 04.05.2027  Beirat …").
Read line by line, each line runs the two columns into one; the right column is a block of its
own. Such a stretch is a run of lines that each hold one bar and nothing else drawn, with text at
both sides of the bar on some of them. Its right column is read with the left blanked (offsets
stay those of the text).

    >>> text = "Kopf\\nA: 1  │ Datum  Gremium\\nB: 2  │ 04.05.2027  Rat\\nC: 3  │\\n      │ 17.06.2027  Rat\\nEnde"
    >>> right, regions = right_column(text)
    >>> [ln.strip() for ln in right.split("\\n")]
    ['Kopf', 'Datum  Gremium', '04.05.2027  Rat', '', '17.06.2027  Rat', 'Ende']
    >>> regions
    [(5, 83)]
    >>> [ln.rstrip() for ln in right_column(text, keep_left=True)[0].split("\\n")]
    ['Kopf', 'A: 1', 'B: 2', 'C: 3', '', 'Ende']
"""

from __future__ import annotations

from pipeline.lang.de import markers

_BARS = frozenset(markers.DRAWN_BARS)
_DRAWN = frozenset(markers.DRAWN_BARS + markers.DRAWN_JOINTS)
MIN_LINES = 4  # the lines of a stretch of two columns
MIN_BOTH = 2  # its lines with text at both sides of the bar


def _side(line: str) -> tuple[str, str] | None:
    """The text left and right of a line's one bar, where it holds one and no other drawn glyph."""
    drawn = [k for k, ch in enumerate(line) if ch in _DRAWN]
    if len(drawn) != 1 or line[drawn[0]] not in _BARS:
        return None
    return line[: drawn[0]], line[drawn[0] + 1 :]


def right_column(text: str, keep_left: bool = False) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with the left column and the bar of each stretch of two columns blanked (with
    ``keep_left``, the bar and the right column), and the stretches' offsets; ``text`` itself and no
    stretch where it has none."""
    if _BARS.isdisjoint(text):
        return text, []
    lines = text.split("\n")
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    out, regions = list(lines), []
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and _side(lines[j]) is not None:
            j += 1
        sides = [_side(ln) for ln in lines[k:j]]
        both = sum(1 for s in sides if s is not None and s[0].strip() and s[1].strip())
        if j - k >= MIN_LINES and both >= MIN_BOTH:
            for n in range(k, j):
                cut = lines[n].index(next(ch for ch in lines[n] if ch in _BARS))
                if keep_left:
                    out[n] = lines[n][:cut] + " " * (len(lines[n]) - cut)
                else:
                    out[n] = " " * (cut + 1) + lines[n][cut + 1 :]
            regions.append((starts[k], starts[j] - 1))
        k = max(j, k + 1)
    return ("\n".join(out), regions) if regions else (text, [])
