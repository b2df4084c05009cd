"""The main branches of a mind map whose text layer closed the gaps between its labels (:mod:`.branches`).

A text layer that sets every run of spaces as one keeps the map's lines but not its places: each line is
its labels' pieces in their order, one space apart, the main branches in capitals, the twigs in normal
type between them::

      SPRACHE UND BILDUNG GESUNDHEIT UND PFLEGE
      ARBEIT UND
      PIRMASENS – AUSBILDUNG
      HEIMAT FÜR ALLE
      WOHNEN UND NACHBAR- TEILHABE UND FREIZEIT, SPORT
      SCHAFT IM QUARTIER EHRENAMT UND KULTUR

The words in capitals are parted into labels by the grammar of a name: a noun takes no further noun
after it (but after an adjective, "SOZIALER ZUSAMMENHALT"), a name holds one "und" (or a dash) and
lists with commas only before it; a name ending in a link word, a comma or a word broken at its hyphen
goes on in the next line, where the labels left open take their rests in their order, a new label
opening before or after them. Every label left open must go on; the labels are read where one way
alone parts the lines so, or where one keeps every rest in its place among the line's pieces (a label
that goes on keeps as many pieces left of it as in the line above) better than every other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.lang.de.closed_class import ARTICLES, words

Word = tuple[int, int, int, str]  # line, start, end (columns in the line), text
Label = tuple[Word, ...]
Way = tuple[tuple[Label, ...], int]  # the labels so far, and how far the rests moved among the pieces

_LINKS = words(*ARTICLES, "prepositions", "contractions", "conjunctions")
_ARTICLES = words(*ARTICLES)
_PAIRS = words("conjunctions") | {"&"}
_DASHES = frozenset("–—-")
_ADJECTIVE = re.compile(r"\w+(?:lich|isch|ell|al|iv|ig|är|ar|ös)(?:e|es|er|en|em)")
_MOST_WAYS = 64


def _capital(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _words(text: str, k: int) -> list[list[Word]]:
    """The runs of words in capitals (and the dashes and ampersands between them) of line ``k``."""
    runs: list[list[Word]] = [[]]
    for m in re.finditer(r"\S+", text):
        w = m.group(0)
        if _capital(w) or w in _DASHES or w == "&":
            runs[-1].append((k, m.start(), m.end(), w))
        elif runs[-1]:
            runs.append([])
    found = []
    for run in runs:
        while run and not _capital(run[0][3]):
            run = run[1:]  # a dash opens no name
        if run:
            found.append(run)
    return found


def _bare(word: str) -> str:
    return word.rstrip(",").casefold()


def _noun(word: str) -> bool:
    return word not in _DASHES and _bare(word) not in _LINKS and word != "&"


def _paired(label: Label) -> bool:
    """Whether the name holds its "und" or dash already (a compound's first part's "und" not counted)."""
    return any(
        (_bare(w) in _PAIRS or w in _DASHES) and not (i and label[i - 1][3].endswith("-"))
        for i, (_, _, _, w) in enumerate(label)
    )


def follows(label: Label, word: str, new_line: bool) -> bool:
    """Whether ``word`` goes on with the name ``label``; ``new_line`` where it opens the next line."""
    last = label[-1][3]
    if word.endswith(",") and _paired(label):
        return False  # a list with commas comes before its "und"
    if last.endswith("-") and last not in _DASHES:  # a broken word: its rest opens the next line
        return _noun(word) and not word.endswith("-") if new_line else _bare(word) in _PAIRS
    if last.endswith(",") or last in _DASHES or _bare(last) in _PAIRS:
        return _noun(word)
    if _bare(last) in _LINKS:
        return _noun(word) or _bare(word) in _ARTICLES and _bare(last) not in _ARTICLES
    if _bare(word) in _PAIRS or word in _DASHES:
        return not _paired(label)
    if new_line:
        return False  # a list with commas goes on with its next name or its "und", nothing else
    if word.endswith(","):
        return not _paired(label) and _ADJECTIVE.fullmatch(last.casefold()) is not None
    if _bare(word) in _LINKS:
        return True
    return _ADJECTIVE.fullmatch(last.casefold()) is not None


def left_open(label: Label) -> bool:
    """Whether a name cannot end here: a broken word, a comma, a link word or an adjective last, or a list
    with commas without its "und"."""
    last = label[-1][3]
    if last.endswith(("-", ",")) or not _noun(last) or len(label) == 1 and _ADJECTIVE.fullmatch(last.casefold()):
        return True
    return any(w.endswith(",") for *_, w in label) and not _paired(label)


def name(label: Label) -> str:
    """A label's words, a word broken at its hyphen joined with its rest ("NACHBAR-" / "SCHAFT")."""
    out = ""
    for _, _, _, w in label:
        if out.endswith("-") and out[-2:-1].isalpha() and _noun(w):
            out = out[:-1] + w
        else:
            out = f"{out} {w}" if out else w
    return out


def _line_ways(labels: tuple[Label, ...], runs: list[list[Word]], row: int) -> Iterator[Way]:
    """Every way of giving a line's runs to the labels left open in the line above, in their order, and to
    new labels, with how far the rests moved among the line's pieces."""
    open_ = [i for i, lab in enumerate(labels) if lab[-1][0] == row - 1 and left_open(lab)]
    above = {i: sum(1 for lab in labels if lab[-1][0] == row - 1 and lab[-1][1] < labels[i][-1][1]) for i in open_}
    flat = [(r, w) for r, run in enumerate(runs) for w in run]

    def go(at: int, o: int, out: tuple[Label, ...], pieces: int, moved: int) -> Iterator[Way]:
        if at == len(flat):
            if o == len(open_):
                yield out, moved
            return
        for stop in range(at + 1, len(flat) + 1):
            if flat[stop - 1][0] != flat[at][0]:
                break
            run = tuple(w for _, w in flat[at:stop])
            if o < len(open_) and _goes_on(labels[open_[o]], run, True):
                i = open_[o]
                grown = out[:i] + (out[i] + run,) + out[i + 1 :]
                yield from go(stop, o + 1, grown, pieces + 1, moved + abs(pieces - above[i]))
            if _noun(run[0][3]) and _goes_on(run[:1], run[1:], False):
                yield from go(stop, o, (*out, run), pieces + 1, moved)

    yield from go(0, 0, labels, 0, 0)


def _goes_on(label: Label, run: Label, new_line: bool) -> bool:
    for n, w in enumerate(run):
        if not follows(label, w[3], new_line and n == 0):
            return False
        label = (*label, w)
    return True


def closed_labels(lines: list[tuple[int, str]]) -> list[Label] | None:
    """The labels in capitals of the map's lines (each its number and text), None where no way or more than
    one way alone parts them."""
    ways: list[Way] = [((), 0)]
    for k, text in lines:
        runs = _words(text, k)
        ways = [(labs, moved + m) for labs, moved in ways for labs, m in _line_ways(labs, runs, k)]
        if not ways or len(ways) > _MOST_WAYS:
            return None
    ways = [w for w in ways if not any(left_open(lab) and lab[-1][0] == lines[-1][0] for lab in w[0])]
    if not ways:
        return None
    least = min(m for _, m in ways)
    best = {tuple(name(lab) for lab in labs) for labs, m in ways if m == least}
    if len(best) != 1:
        return None
    return list(next(labs for labs, m in ways if m == least))
