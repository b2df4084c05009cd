"""Stamps of the sittings set two a row, as a PDF's text layer gives them: every gap one space, so each line runs a
line of the left stamp and one of the right into one with nothing between them ("Vorgelegt dem: Ausschuss für
Gesund- Vorgelegt dem: Kreisausschuss" / "heit, Soziales und Integration Sitzung am: 26.05.2027 TOP: N 3"). Read by
the stamps' labels: a line's labelled cells go left to right, each to the first stamp from the left that lacks it
(a body's label opens a stamp); a line's words before its first label go on with the left stamp's name left open
("Gesund-" / "heit, …"), or are a stamp without labels beside the others (a stamp of receipt, "22. APR. 2027").
A name left open whose rest cannot be told from another stamp's words on its line ("Migrationsbeirat des" over
"Büro Kreistag Landkreises Börde") is not read: no meeting rather than a wrong name. Read only where a line holds
two bodies' labels; the run's stamps are read as blocks (:func:`.forms.read_run`)."""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.document import Document
from pipeline.records import Consultation
from pipeline.structure import Line, View

from .forms import read_run
from .vocab import OPEN_END, Vocab

COLUMNS = 2  # stamps side by side
Cell = tuple[int, int, str]  # a labelled value's offsets in the text and its words
Segment = tuple[str | None, int, int]  # a label's kind (None: words before the line's first label), its value's extent


def from_flat_stamps(doc: Document, v: Vocab, sv: View) -> list[Consultation]:
    """The meetings of the stamps set two a row in a text whose gaps are closed; none where no line holds two
    bodies' labels."""
    segments = {i: _segments(line, v) for i, line in enumerate(sv.lines) if line.text.count(":") >= 2}
    if not any(sum(1 for k, _, _ in segs if k == "body") >= COLUMNS for segs in segments.values()):
        return []
    stamps: list[dict[str, Cell]] = []
    for stretch in _stretches(sv.lines):
        if any(k == "body" for i in stretch for k, _, _ in segments.get(i) or _segments(sv.lines[i], v)):
            stamps += _stamps([(sv.lines[i], segments.get(i) or _segments(sv.lines[i], v)) for i in stretch], doc)
    return read_run(doc, stamps, v)


def _stretches(lines: list[Line]) -> Iterator[list[int]]:
    """The runs of lines with text, between blank lines."""
    run: list[int] = []
    for i, line in enumerate(lines):
        if line.text.strip():
            run.append(i)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _segments(line: Line, v: Vocab) -> list[Segment]:
    """The line's labelled values in order, each up to the next label; the words before the first label first."""
    text, found = line.text, []
    for pos in (0, *(k + 1 for k, ch in enumerate(text) if ch == " ")):
        for kind, p in v.block_labels:
            m = p.match(text, pos)
            if m is not None and ":" in text[pos : m.start("v")] and not text[pos].isspace():
                found.append((kind, pos, m.start("v")))
                break
    out: list[Segment] = []
    if found and text[: found[0][1]].strip() or not found and text.strip():
        out.append((None, line.start, line.start + (found[0][1] if found else len(text))))
    for n, (kind, _, value) in enumerate(found):
        end = found[n + 1][1] if n + 1 < len(found) else len(text)
        out.append((kind, line.start + value, line.start + end))
    return out


class _Row:
    """The stamps of a stretch being read: the one open in each column, those closed, those lost."""

    def __init__(self) -> None:
        self.cols: list[dict[str, Cell] | None] = [None] * COLUMNS
        self.other = [False] * COLUMNS  # a column holding a stamp without labels (a stamp of receipt)
        self.lost: list[int] = []
        self.out: list[dict[str, Cell]] = []

    def label(self, kind: str, cell: Cell, prev: int) -> int:
        """Place a labelled value, the line's values before it placed from column ``prev`` on; the column the next
        value of the line is placed from."""
        if kind == "body":
            if prev >= COLUMNS:
                return prev
            if (open_ := self.cols[prev]) is not None:
                self.out.append(open_)
            self.cols[prev] = {kind: cell}
            return prev + 1
        for c in range(prev, COLUMNS):
            if (stamp := self.cols[c]) is not None and kind not in stamp:
                stamp[kind] = cell
                return c
        return prev

    def lead(self, cell: Cell, labelled: bool) -> int:
        """Place a line's words before its first label: the rest of the left stamp's open name, or a stamp's words
        without labels in the left column beside the labels; a name left open beside other words is lost. The
        column the line's labels are placed from."""
        opened = [c for c, s in enumerate(self.cols) if s and len(s) == 1 and OPEN_END.search(s.get("body", CUT)[2])]
        left = self.cols[0]
        if opened == [0] and left is not None and not self.other[0]:
            body = left["body"]
            left["body"] = (body[0], cell[1], f"{body[2]} {cell[2]}")
            return 1 if labelled else 0
        self.lost += [id(self.cols[c]) for c in opened]
        if labelled and left is None:
            self.other[0] = True
        return 1 if labelled else 0

    def stamps(self) -> list[dict[str, Cell]]:
        """The stamps read, less those lost."""
        return [s for s in [*self.out, *(c for c in self.cols if c is not None)] if id(s) not in self.lost]


CUT: Cell = (0, 0, "")


def _stamps(stretch: list[tuple[Line, list[Segment]]], doc: Document) -> list[dict[str, Cell]]:
    """The stamps of a stretch, left and right, in the order they close; a stamp whose open name went on where its
    rest cannot be told is left out."""
    row = _Row()
    for _, segs in stretch:
        prev = 0
        for kind, a, b in segs:
            cell = (a, a + len(doc.text[a:b].rstrip()), doc.text[a:b].strip())
            prev = row.lead(cell, len(segs) > 1) if kind is None else row.label(kind, cell, prev)
    return row.stamps()
