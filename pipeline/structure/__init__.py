"""The structure of a document, read once and shared by every extractor.

``view(doc)`` builds the :class:`View` of a document: its lines (with their cells), the page
furniture among them (page numbers, running headers and footers), and the prose layout
(paragraphs, list items, table rows, headings, sentences) over the text with words broken at
line ends joined and the furniture left out. The extract stage builds it once per document and
hands it to every extractor and to the review (the parameter ``sv``); extractors read blocks
and cells from it, none of them splits lines on its own.

    >>> from pipeline.document import Document
    >>> doc = Document.from_pages("x", "x.txt", "x", [
    ...     ("Der Lenkungsgruppe gehören das Sozialamt und Vertreter des", "plain_text", None),
    ...     ("Seite 2 von 2\\nJobcenters an.", "plain_text", None)])
    >>> v = view(doc)
    >>> [v.lines[i].text for i in sorted(v.furniture)]
    ['Seite 2 von 2']
    >>> [" ".join(v.layout.text(u).split()) for u in v.layout.units]
    ['Der Lenkungsgruppe gehören das Sozialamt und Vertreter des Jobcenters an.']
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from pipeline.document import Document
from pipeline.lang.de import markers

from .calendars import calendars
from .furniture import furniture, is_page_number, is_rule, padding
from .glued import split_glued
from .line_numbers import unnumbered
from .lines import (
    GAP,
    Line,
    cell_below,
    cut_lines,
    header_cells,
    line_index,
    lines,
    person_row,
    split_lines,
    trimmed,
    wrapped_person_row,
)
from .prose import RAW, Flat, Layout, Segment, Unit, closed_up, double_spaced_blanks, flatten, segments
from .separators import glyph_bars
from .sides import right_column
from .tables import ColumnWords, Table, tables

# The regions near the top of a submission that readers of its header look in (one place for
# all of them): the header form (type, number, date, issuer, a Beratungsfolge in the head)
# fits in its first page or so; a key-value Beratungsfolge stands on the first page, which
# holds at most FIRST_PAGE_CHARS characters; the Beratungsfolge in any layout is looked for
# in the first pages (FIRST_PAGES_CHARS).
HEADER_CHARS = 2500
FIRST_PAGE_CHARS = 5000
FIRST_PAGES_CHARS = 12000


@dataclass(frozen=True, eq=False)
class View:
    """What every extractor reads of a document."""

    text: str
    lines: list[Line]
    furniture: frozenset[int]  # indices into ``lines``
    layout: Layout
    starts: list[int]  # where each of ``lines`` starts
    _tables: dict[ColumnWords, list[Table]] = field(default_factory=dict, repr=False)
    _inside: list[frozenset[int]] = field(default_factory=list, repr=False)  # blank lines inside a sentence, once
    _padded: list[frozenset[int]] = field(default_factory=list, repr=False)  # furniture and its padding, once
    _boxless: list[View] = field(default_factory=list, repr=False)  # the view with a drawn head's box blanked, once
    _barred: list[View] = field(default_factory=list, repr=False)  # the view with glyphs parting cells as bars, once
    _closed: list[View] = field(default_factory=list, repr=False)  # the view with a box a line closed up, once
    _unnumbered: list[View] = field(default_factory=list, repr=False)  # the view without line numbers, once
    _right: list[tuple[View, list[tuple[int, int]]]] = field(default_factory=list, repr=False)  # right columns, once
    _left: list[tuple[View, list[tuple[int, int]]]] = field(default_factory=list, repr=False)  # left columns, once

    def boxless(self, doc: Document) -> View:
        """The view of ``doc`` (the document of this view) with the glyphs of a box drawn round its
        head blanked, where its head has one ("│ Drucksache │ 0871/27 │", "├────┼────┤"): the box's
        cells are fields apart at gaps, its rules blank lines between them, as a form set without a
        box; offsets stay those of ``doc``. This view itself where the head has no box; built once."""
        if not self._boxless:
            head = self.text[:HEADER_CHARS]
            if not any(glyph in head for glyph in _BOX_CHARS):  # the whole text is blanked only where the head is boxed
                self._boxless.append(self)
            else:
                self._boxless.append(view(dataclasses.replace(doc, text=self.text.translate(_BOX_GLYPHS))))
        return self._boxless[0]

    def barred(self, doc: Document) -> View:
        """The view of ``doc`` (the document of this view) with the glyphs that part a table's cells where
        its gaps were closed set as bars (:func:`.separators.glyph_bars`); offsets stay those of ``doc``.
        This view itself where no glyph parts cells; built once."""
        if not self._barred:
            text = glyph_bars(self.text)
            self._barred.append(self if text == self.text else view(dataclasses.replace(doc, text=text)))
        return self._barred[0]

    def closed(self, doc: Document) -> View:
        """The view of ``doc`` (the document of this view) with the single blank lines of an export that
        sets one after nearly every line closed up (:func:`.prose.closed_up`): a table whose rows, or
        the lines of a row, the export made boxes of their own reads as one table; offsets stay those
        of ``doc``. This view itself where the text shows no such habit; built once."""
        if not self._closed:
            text = closed_up(self.text)
            self._closed.append(self if text == self.text else view(dataclasses.replace(doc, text=text)))
        return self._closed[0]

    def blanked(self, doc: Document) -> View:
        """The view of ``doc``, this view's document with some of its characters blanked by a reader (a
        type spelled down the margin one letter a line, :mod:`extractors.metadata.sidebar`); offsets stay
        those of this view's document. Built anew on each call."""
        return self if doc.text == self.text else view(doc)

    def unnumbered(self, doc: Document) -> View:
        """The view of ``doc`` (the document of this view) with the numbers of a margin that numbers its
        lines blanked (:func:`.line_numbers.unnumbered`: a motion printed with line numbers), so that its
        items and headings open their lines; offsets stay those of ``doc``. This view itself where no
        lines are numbered so; built once."""
        if not self._unnumbered:
            text = unnumbered(self.text)
            self._unnumbered.append(self if text == self.text else view(dataclasses.replace(doc, text=text)))
        return self._unnumbered[0]

    def right_column(self, doc: Document) -> tuple[View, list[tuple[int, int]]]:
        """The view of ``doc`` (the document of this view) with the left column of each stretch of two
        columns set side by side, a bar down the gutter between them, blanked (:mod:`.sides`: a council
        system's export, the paper's fields at the left and its Beratungsfolge at the right), so that the
        right column reads as a block of its own; and the stretches' offsets. This view itself and no
        stretch where the text has none; built once; offsets stay those of ``doc``. An export that sets a
        blank line after nearly every line parts the stretch's lines: its stretches are those of the text with
        those blank lines closed up (:meth:`closed`)."""
        if not self._right:
            text, regions = right_column(self.text)
            if not regions and (closed := self.closed(doc)) is not self:
                text, regions = right_column(closed.text)
            self._right.append((self if not regions else view(dataclasses.replace(doc, text=text)), regions))
        return self._right[0]

    def left_column(self, doc: Document) -> tuple[View, list[tuple[int, int]]]:
        """The view of ``doc`` (the document of this view) with the bar and the right column of each
        stretch of two columns set side by side blanked (:mod:`.sides`), so that the paper's labelled
        fields at the left read without the Beratungsfolge at the right running into their lines; and the
        stretches' offsets. This view itself and no stretch where the text has none; built once; offsets
        stay those of ``doc``; the stretches of an export that sets a blank line after nearly every line as
        for :meth:`right_column`."""
        if not self._left:
            text, regions = right_column(self.text, keep_left=True)
            if not regions and (closed := self.closed(doc)) is not self:
                text, regions = right_column(closed.text, keep_left=True)
            self._left.append((self if not regions else view(dataclasses.replace(doc, text=text)), regions))
        return self._left[0]

    def page_breaks(self) -> frozenset[int]:
        """Indices of the page furniture and the blank lines around it (:func:`.furniture.padding`):
        what a reader steps over where a row or a listing goes on after a page break; found once."""
        if not self._padded:
            self._padded.append(self.furniture | padding(self.lines, self.furniture))
        return self._padded[0]

    def tables(self, words: ColumnWords) -> list[Table]:
        """The document's tables as the reader's column words find them (:mod:`.tables`), cut
        once per document and set of words, page furniture and the blank lines around it stepped
        over (a row or a wrapped name goes on across a page break)."""
        if words not in self._tables:
            found = tables(self.lines, words, self.page_breaks())
            found += [  # a calendar of sittings where no table reads its lines
                t for t in calendars(self.lines, words, self.page_breaks()) if not any(_overlap(t, f) for f in found)
            ]
            self._tables[words] = sorted(found, key=lambda t: t.start)
        return self._tables[words]

    def lines_in(self, start: int = 0, end: int | None = None) -> list[Line]:
        """The lines of ``text[start:end]`` as :func:`lines` cuts them, taken from the view's lines.

        >>> from pipeline.document import Document
        >>> v = view(Document.from_pages("x", "x.txt", "x", [("ab\\ncd\\nef", "plain_text", None)]))
        >>> v.lines_in(1, 4)
        [Line(start=1, end=2, text='b'), Line(start=3, end=4, text='c')]
        """
        end = len(self.text) if end is None else end
        if not 0 <= start <= end <= len(self.text):
            return split_lines(self.text, start, end)
        return cut_lines(self.text, self.starts, self.lines, start, end)

    def sentence_index(self, offset: int) -> int:
        """The number of the sentence holding document offset ``offset`` (the next one when it
        falls between two), -1 in a text without any."""
        lay = self.layout
        return lay.unit_at(lay.flat_offset(offset)) if lay.units else -1

    def sentence(self, k: int) -> tuple[int, int]:
        """Document offsets of the view's ``k``-th sentence: a sentence of a paragraph or list
        item, or a whole table row, heading or label (the one sentence splitter,
        :meth:`pipeline.structure.prose.Splitter.split`)."""
        u = self.layout.units[k]
        origin = self.layout.flat.origin
        return origin[u.start], origin[u.end - 1] + 1 if u.end > u.start else origin[u.start]

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """Document offsets of the sentence holding ``offset``, or an empty span there.

        >>> from pipeline.document import Document
        >>> t = "Herr Dr. Beispiel leitet sie. Am 5. Mai tagt sie.\\n- Sozial-\\namt\\n"
        >>> v = view(Document.from_pages("x", "x.txt", "x", [(t, "plain_text", None)]))
        >>> [t[slice(*v.sentence_at(k))] for k in (3, 40, 52)]
        ['Herr Dr. Beispiel leitet sie.', 'Am 5. Mai tagt sie.', 'Sozial-\\namt']
        """
        k = self.sentence_index(offset)
        return self.sentence(k) if k >= 0 else (offset, offset)

    def raw_sentence_at(self, offset: int) -> tuple[int, int]:
        """Document offsets of the sentence holding ``offset`` read in the document text itself,
        cut at the lines of list items, key-value pairs and table rows: the context of an amount
        for the cost extractor: the ``RAW`` reading of the one splitter
        (:class:`pipeline.structure.prose.Splitter`; its module says how and why it differs from
        :meth:`sentence_at`).

        >>> from pipeline.document import Document
        >>> t = "Die Mittel i.H.v. 20.000 € wurden verwendet. Mehr folgt."
        >>> v = view(Document.from_pages("x", "x.txt", "x", [(t, "plain_text", None)]))
        >>> t[slice(*v.raw_sentence_at(20))], t[slice(*v.sentence_at(20))]
        ('Die Mittel i.H.v. 20.000 € wurden verwendet.', '20.000 € wurden verwendet.')
        """
        if not self._inside:
            self._inside.append(frozenset(a for a, _ in double_spaced_blanks(self.text)))
        return RAW.around(self.text, offset, self.lines_in, self._inside[0])


# the glyphs of a drawn box: its bars, rules and joints
_BOX_CHARS = markers.DRAWN_BARS + markers.DRAWN_RULES + markers.DRAWN_JOINTS
_BOX_GLYPHS = str.maketrans(dict.fromkeys(_BOX_CHARS, " "))


def view(doc: Document) -> View:
    """The structure view of a document, built anew: build it once per document and hand it on."""
    starts, every = line_index(doc.text)
    breaks = [p.start for p in doc.pages[1:]]
    # a running head an export glued to its page's first line is cut off it (:mod:`.glued`)
    every, heads = split_glued(every, breaks)
    if heads:
        starts = [ln.start for ln in every]
    found = furniture(every, breaks) | heads
    # the prose layout steps over the blank lines around a break only where the text goes on in
    # lower case: a new page may open with a head nothing marks ("Stadt X – Integrationskonzept"
    # once), which a list item or a cut word would otherwise take in (tables step over them)
    skip = found | padding(every, found, open_only=True, page_breaks=breaks, rest_only=True)
    return View(doc.text, every, found, Layout.build(doc.text, [every[i] for i in sorted(skip)]), starts)


__all__ = [
    "ColumnWords",
    "FIRST_PAGES_CHARS",
    "FIRST_PAGE_CHARS",
    "Flat",
    "GAP",
    "HEADER_CHARS",
    "Layout",
    "Line",
    "Segment",
    "Table",
    "Unit",
    "View",
    "cell_below",
    "flatten",
    "furniture",
    "header_cells",
    "is_page_number",
    "is_rule",
    "line_index",
    "lines",
    "person_row",
    "wrapped_person_row",
    "segments",
    "split_lines",
    "trimmed",
    "view",
]


def _overlap(a: Table, b: Table) -> bool:
    return a.start < b.end and b.start < a.end
