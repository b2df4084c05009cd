"""Prose: the text as paragraphs, list items, table rows, headings and sentences.

Words broken at line ends are joined and page furniture is left out first (``flatten``),
with a map back to the offsets of the document text, so that evidence spans still point
into ``doc.text`` and a sentence runs on across a page break:
"Vertreterinnen und Vertreter des" / "- 2 -" / "Jobcenters" reads as one sentence.

The layout blocks (:func:`segments`) are read by rules over the lines (``_Lines``): each line
that is not blank opens the segments of the first rule that applies, a rule of the line
(``_LINE_RULES``: a tab row, a heading or label, a bulleted item) or of the block of plain lines
it opens (``_BLOCK_RULES``: a members table, a list after a colon, a list whose bullets got
lost), else a paragraph; their tolerances are named (``CELL_WRAP``, ``HEADING_CHARS`` …).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import overload

from pipeline.document import Document, Span
from pipeline.lang.de import markers
from pipeline.lang.de.abbreviations import ABBREVIATIONS, COMPOUND_TITLE, COMPOUND_TITLE_FORM
from pipeline.lang.de.closed_class import HYPHEN_STAYS, RUNS_ON, SENTENCE_OPENERS, alternation, either
from pipeline.lang.de.dates import MONTH_NAMES
from pipeline.lang.de.markers import LETTER_BULLET
from pipeline.lang.de.names import SALUTATION
from pipeline.lang.de.numbers import NUMBER_WORDS

from .lines import Line, person_row, wrapped_person_row

# What flatten leaves out of the text: a hyphen and the line break after it before a lower-case
# continuation of two letters at least ("Inte-" / "gration"; a lone "x" after "Antidiskri-" is a
# matrix's mark; on the same line one space at most: "Sprach-     betreuung" are two cells); only the
# line break after a hyphen before a capital
# ("Baden-" / "Württemberg": the hyphen is part of the word); the line break before a page break
# where the sentence runs on (``_runs_on``: "der Öffnung" / "\f" / "der Verwaltung").
_JOIN = re.compile(
    r"-(?<=\w-)(?:[ \t]*(?:[\n\f][ \t]*){1,4}|[ \t]?)(?!(?:" + either(HYPHEN_STAYS) + r")\b)(?=[a-zäöüß]\w)"
    r"|(?<=\w\w-)(?P<keep>[ \t]*(?:\n[ \t]*\f?|\f)[ \t]*)(?=[A-ZÄÖÜ][a-zäöüß])"
    r"|(?<=[^\s!?:;])(?P<page>\n(?:[ \t]*\n)?)(?=\f)"
)
_LAST_WORD = re.compile(r"(?:^|[ \t])([^ \t]*)$")
# Where a match of _JOIN can start: at a hyphen, right after one (the line break kept after
# "Baden-"), or at a line break before a page break.
_JOIN_AT = re.compile(r"-|\n(?:[ \t]*\n)?\f")

_STOP_END = re.compile(r"[.,;:!?]$")  # a line ending in a stop or a comma


def _joins(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_JOIN.finditer(text)``, tried only where one can start (``re`` would try
    the pattern, which opens with lookbehinds, at every character)."""
    end = tried = -1
    for hit in _JOIN_AT.finditer(text):
        at = hit.start()
        for pos in (at, at + 1) if text[at] == "-" else (at,):
            if pos < end or pos <= tried:
                continue
            tried = pos
            m = _JOIN.match(text, pos)
            if m is not None:
                end = m.end()
                yield m


# a gap between two cells of a table's row (prose an export set with gaps of two or three spaces has none)
_GAP = re.compile(r"\S {4,}\S")


def _across_columns(text: str, at: int) -> bool:
    """Whether the hyphen at ``at`` ends a word in a later cell of a table's row whose next line
    opens further left, with cells of its own: the lower-case word there goes on with the cell
    above it, not with the hyphenated word ("… Nachbarschafts-" / "im Stadtteil     arbeit …")."""
    start = text.rfind("\n", 0, at) + 1
    line = text[start : at + 1]
    if "\t" in line or not _GAP.search(line):
        return False
    column = len(line) - len(line.split()[-1])  # where the hyphenated word starts
    nxt = text[at + 1 :].lstrip("\n\f")
    below = nxt[: nxt.find("\n")] if "\n" in nxt else nxt
    indent = len(below) - len(below.lstrip(" "))
    return "\t" not in below and indent < column - 1 and _GAP.search(below) is not None


def _runs_on(text: str, at: int) -> bool:
    """Whether the sentence of the line ending at ``at`` goes on after the page break there: the
    next page opens with a lower-case word, or the line is prose ending in a lower-case word
    ("… Begleitung wurde" / "Prof. Dr. Roß gewonnen."), a comma or a salutation ("…, Frau" / "Ute …"),
    or the next page opens with a bracket round a word, what the line ends with its note ("… e. V." /
    "(Katrin Beispiel), …")."""
    brk = text.find("\f", at)
    line = text[text.rfind("\n", 0, at) + 1 : at]
    if _BRACKET_OPEN.match(text, brk + 1):
        return True
    if line.endswith("."):  # a full stop ends the sentence (but for the bracket of an abbreviation's)
        return False
    if text[brk + 1 : brk + 2].islower():
        return True
    word = _LAST_WORD.search(line)
    last = word.group(1) if word is not None else ""
    # (a lone letter is a matrix's mark, "x", no word of a sentence)
    return "\t" not in line and (
        last[:1].islower() and len(last) > 1 or last.endswith(",") or _SALUTED_END.fullmatch(last) is not None
    )


_BRACKET_OPEN = re.compile(r"\([^\W\d_]{2}")  # "(Katrin", not "(1)" or "(a)" opening a numbered paragraph
_SALUTED_END = re.compile(SALUTATION)  # a line's last word a salutation or title, the name on the next page


# bullets, also as the private-use glyphs of Symbol and Wingdings fonts in PDFs ("\uf0b7")
# a letter bullet "a)" / "b." but not the legal forms wrapped onto a line: "e. V.", "e. G.", "e. K."
# a day, a month's name and a year at a line start ("am\n14. März 2023 im Magistrat") is a date, not
# the number of a list item
_DATE_AHEAD = r"(?![ \t]*(?:" + "|".join(MONTH_NAMES) + r")[ \t]+(?:19|20)\d\d\b)"
_BULLET = re.compile(
    r"^[ \t]*(?:"
    + markers.charset(markers.WIDE_MARKS)
    + "|"
    + LETTER_BULLET
    + r"|\(?\d{1,2}[.)]"
    + _DATE_AHEAD
    + r"|\(?[a-z][.)](?![ \t]?[VGK]\.))[ \t]+"
)
_LETTER_BULLET = re.compile(r"[ \t]*" + LETTER_BULLET)
_NUMBERED = re.compile(r"^[ \t]*(?:\d{1,2}\.|■|" + markers.ROMAN + r"\.)[ \t]+\S")
_SYMBOL = re.compile(
    r"(?:" + markers.charset(markers.without(markers.WIDE_MARKS, markers.SQUARE)) + "|" + LETTER_BULLET + r")\s"
)
# A line ending like this runs on into the next one, across a page break too ("Vertreter des" /
# "\f" / "Jobcenters"): no heading, and its paragraph goes on.
_RUNS_ON = re.compile(r"(?:,|\b(?:" + either(RUNS_ON) + r"))$")
_RUNS_ON_LONGEST = 6  # characters of its longest word and the boundary before it


# the first word of a sentence: an article, a pronoun or a preposition, capitalised
_OPENER = re.compile(r"[ \t]*(?:" + either(SENTENCE_OPENERS) + r")[ \t]")


def _sentence_after_item(item: str, nxt: str) -> bool:
    """Whether ``nxt`` opens a paragraph after a list item's last line rather than going on with
    it: the item is short and ends in a word that ends a name, the next line opens a sentence.
    Text exports without blank lines set the paragraph right under the list ("- das
    Diakonische Werk" / "Die Maßnahmen des Konzepts verteilen sich …")."""
    last = item.strip()
    return len(last) < SHORT_LINE and not _runs_on_end(last) and last[-1:] not in "-/(" and bool(_OPENER.match(nxt))


def _runs_on_end(line: str) -> bool:
    """``_RUNS_ON.search(line)``, tried only where a match can start: near the end."""
    return _RUNS_ON.search(line, max(0, len(line) - _RUNS_ON_LONGEST)) is not None


def _counts_on(line: str) -> bool:
    """Whether a line ends in a count spelt out, which its noun follows on the next line (a sentence
    wrapped in a narrow cell: "Er besteht aus sieben" / "Personen:").

    >>> _counts_on("Er besteht aus sieben"), _counts_on("Sitzung am 12.05.2027"), _counts_on("Seite 2")
    (True, False, False)
    """
    words = line.split()
    return bool(words) and NUMBER_WORDS.get(words[-1], 0) >= 2


# a line ending in a preposition or an article and an inflected attributive word, whose noun follows on
# the next line ("Sie besteht aus folgenden" / "Personen:", "… aus den nachstehenden" / "Mitgliedern:")
_ATTRIBUTIVE_END = re.compile(
    r"\b(?:"
    + alternation("prepositions", "contractions", "linking_articles", "opening_articles", "indefinite_articles")
    + r")[ \t]+[a-zäöüß]{3,}(?:e|en|er|es|em)$"
)


def _attributive_on(line: str) -> bool:
    """Whether a line ends in an attributive word after a preposition or an article, its noun on the
    next line: a sentence wrapped before its last noun ("Sie besteht aus folgenden" / "Personen:").

    >>> _attributive_on("Sie besteht aus folgenden"), _attributive_on("Kreistag 12.05.2027 öffentlich")
    (True, False)
    """
    return _ATTRIBUTIVE_END.search(line.rstrip()) is not None


def _bracket_open(line: str) -> bool:
    """Whether a line leaves a bracket open: its sentence goes on, across a page break too
    ("… Hanna Voigtländer" / "(Agentur" / page break / "Perspektive Wandel, Hamburg) moderiert.")."""
    return line.rfind("(") > line.rfind(")")


_SENTENCE_END = re.compile(r"[.!?](?=[\"“”»)]*\s+[\"„“(]?[A-ZÄÖÜ0-9])")


class Origin(Sequence[int]):
    """Offsets into the document text of each character of a flat text (and of its end),
    kept as runs: (flat start, document start, length). Built in time linear in the runs,
    not the characters; an offset is looked up by bisection."""

    __slots__ = ("_flat", "_doc", "_length", "_ordered")

    def __init__(self, runs: list[tuple[int, int, int]]) -> None:
        self._flat = [f for f, _, n in runs if n]
        self._doc = [d for _, d, n in runs if n]
        self._length = sum(n for _, _, n in runs)
        ends = [d + n for _, d, n in runs if n]
        # runs that follow each other in the document too: an offset is found among the runs
        self._ordered = all(e <= d for e, d in zip(ends, self._doc[1:], strict=False))

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, i: int) -> int: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[int]: ...

    def __getitem__(self, i: int | slice) -> int | Sequence[int]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._length))]
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError(i)
        k = bisect.bisect_right(self._flat, i) - 1
        return self._doc[k] + i - self._flat[k]

    def first_from(self, offset: int) -> int:
        """The first flat index whose document offset is ``offset`` or after it (what
        ``bisect_left(self, offset)`` gives), found among the runs."""
        if not self._ordered:
            return bisect.bisect_left(self, offset)
        k = bisect.bisect_right(self._doc, offset) - 1
        if k < 0:
            return 0
        size = (self._flat[k + 1] if k + 1 < len(self._flat) else self._length) - self._flat[k]
        return self._flat[k] + min(offset - self._doc[k], size)


@dataclass(frozen=True)
class Flat:
    """Document text with words broken at line ends joined and page furniture left out,
    and a map back to offsets of the document text."""

    text: str
    origin: Sequence[int]

    def span(self, doc: Document, start: int, end: int) -> Span:
        if end <= start:
            return doc.span(self.origin[start], self.origin[start])
        return doc.span(self.origin[start], self.origin[end - 1] + 1)


# spaces at a line's end, as a PDF's text layer leaves them where a line broke: two of them
# before the break made a wrapped sentence look like two table cells
_LINE_END_SPACES = re.compile(r" {2,}(?=[\n\f])")


# a line of justified text as pdfminer.six sets it: every gap between its words two or three
# spaces wide ("Die  Vorlage  wird  im  Ausschuss  für  Bildung  am"); a table row's gaps are wider
# or mixed with single spaces inside its cells
_JUSTIFIED = re.compile(r"^[ \t]*(?P<first>\S+)(?: {2,3}\S+){3,}[ \t]*$", re.M)
# a line of five words or more set so; one of four only beside such a line, in its paragraph (a
# table's header of four one-word cells three spaces apart is no prose: "Handlungsfeld   Ziel …")
_FULL = 5
_WIDE_GAP = re.compile(r" {2,3}(?=\S)")


def _justified_gaps(text: str) -> Iterator[tuple[int, int]]:
    """The spaces beyond the first of every gap of a justified line.

    >>> list(_justified_gaps("Die  Vorlage  wird  dem\\nRat  zur  Entscheidung  vorgelegt."))
    []
    >>> len(list(_justified_gaps("Die  Vorlage  wird  am  Montag\\nRat  zur  Entscheidung  vorgelegt.")))
    7
    """
    if "  " not in text:  # no gap of two spaces: no justified line (most text-layer pages)
        return
    lines = [(m, len(m.group().split()) >= _FULL) for m in _JUSTIFIED.finditer(text)]
    # where a full line's neighbour begins or ends: the line after it starts at its end + 1
    edges = {e for m, full in lines if full for e in (m.end() + 1, m.start() - 1)}
    for m, full in lines:
        if not full and m.start() not in edges and m.end() not in edges:
            continue
        for g in _WIDE_GAP.finditer(text, m.end("first"), m.end()):  # after the first word: no indent
            yield g.start() + 1, g.end()


# a blank line after a salutation or a title at a line's end, also a compound one, before the name ("… unter
# Leitung von Frau Prof. Dr." / "" / "Theresa Langhof.", "… moderierte Frau Dipl.-Päd." / "" / "Katrin …"):
# inside the sentence, where an export set a text box apart
_TITLED_BLANK = re.compile(rf"(?:\b{SALUTATION}|{COMPOUND_TITLE_FORM})[ \t]*\n[ \t]*(\n)(?=[ \t]*[A-ZÄÖÜ])")


# an export that sets a blank line after nearly every line (pdfminer.six, a text box a line or
# two): such a blank line falls inside a sentence where the line before it runs on (a comma or a
# hyphen at its end, a lower-case word at the end of a box of prose: "… die Prozessbegleitung an
# die Firma" / "" / "GmbH, Musterstadt, zu vergeben."), or after a box that wrapped a long line
# ("…, dem Seniorenbeirat, dem NABU" / "" / "Kreisverband …"); between a table's cells, one a
# line, it stays
_DOUBLE_SPACED = 0.6  # the share of lines with one blank line after them
_DOUBLE_SPACED_LINES = 12  # lines at least: a short text shows no habit
_SINGLE_BLANK = re.compile(r"(?<=\S)[ \t]*\n[ \t]*(\n)(?=[ \t]*\S)")
_WRAPPED_BOX = 50  # characters of a box's first line at least where the line after it wrapped
_OPEN_LINE = re.compile(r"(?:,|\w-)[ \t]*$")
_LOWER_END = re.compile(r"\b[a-zäöüß]\w*[ \t]*$")
_WORD_END = re.compile(r"\w[ \t]*$")
_LOWER_START = re.compile(r"[ \t]*[a-zäöüß]{2,}[ \t]")
_LOWER_ITEM = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+[a-zäöüß]{2,}[ \t]")  # a numbered item opening in lower case
_PROSE_WORDS = 6  # words of a box at least where a lower-case word at its end runs on (a cell's: "Kurse ausbauen")


def double_spaced_blanks(text: str) -> list[tuple[int, int]]:
    """The single blank lines of a text whose export sets one after nearly every line that fall
    inside a sentence, as spans to leave out; none elsewhere.

    >>> double_spaced_blanks("Der Rat der Stadt beschließt den\\n\\nPlan.\\n" * 2)
    []
    >>> len(double_spaced_blanks("Der Rat der Stadt beschließt den\\n\\nPlan.\\n\\n" * 8))
    8
    >>> double_spaced_blanks("Handlungsfeld\\n\\nZiel\\n\\n" + "Wohnen\\n\\nKurse ausbauen\\n\\nlaufend\\n\\n" * 4)
    []
    """
    return list(_double_spaced_blanks(text))


@functools.lru_cache(maxsize=4)
def _double_spaced_blanks(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`double_spaced_blanks`, read once per text: the layout's flat text and the cost
    reader's raw sentences both ask it of the document's text."""
    if not _double_spaced(text):
        return ()  # too few blank lines for the habit (most texts)
    blanks = list(_SINGLE_BLANK.finditer(text))
    out: list[tuple[int, int]] = []
    run = 0  # the words of the boxes before the box that a blank line inside the sentence joined to it
    for m in blanks:
        above = text.rfind("\n\n", 0, m.start())
        box = text[0 if above < 0 else above + 2 : m.start()].strip().split("\n")
        wrapped = len(box) > 1 and len(box[0].strip()) >= _WRAPPED_BOX and not box[-1].rstrip().endswith(tuple(".!?:;"))
        # a box of prose ending in a lower-case word, or ending in a word over a line that opens in lower case,
        # as does a sentence's item that goes on ("1. dem Ausschuss für Soziales und Integration" / "" / "am Mo.,
        # 13. Sep. 27, …", "3. dem Kreistag" / "" / "am …")
        below = _WORD_END.search(box[-1]) is not None and _LOWER_START.match(text, m.end()) is not None
        # a box that goes on from the one above it counts that box's words too ("1. Der Magistrat vergibt die
        # Moderation … des Integrations-" / "" / "konzepts an" / "" / "„Büro X“, …")
        words = sum(len(ln.split()) for ln in box) + (run if out and out[-1][0] == above + 1 else 0)
        prose = (_LOWER_END.search(box[-1]) is not None or below) and words >= _PROSE_WORDS
        prose = prose or (below and _LOWER_ITEM.match(box[0]) is not None)
        if _OPEN_LINE.search(box[-1]) or prose or wrapped:
            out.append(m.span(1))
            run = words
    return tuple(out)


def closed_up(text: str) -> str:
    """The text of an export that sets a blank line after nearly every line with each single blank
    line closed up (the line end before it set as a space: offsets stay), so a table whose every
    row, or every line of a row, the export made a box of its own reads as the rows of one table;
    the text itself where it shows no such habit.

    >>> closed_up("Beratungsfolge:\\n\\n" + "12.05.2027 Kreistag Beschluss\\n\\n" * 12)[:48]
    'Beratungsfolge: \\n12.05.2027 Kreistag Beschluss \\n'
    >>> closed_up("Der Rat beschließt.\\n\\nDer Plan.\\n")
    'Der Rat beschließt.\\n\\nDer Plan.\\n'
    """
    if not _double_spaced(text):
        return text
    out = list(text)
    for m in _SINGLE_BLANK.finditer(text):
        out[m.start() + m[0].index("\n")] = " "  # the filled line's end: the blank line's own end stays
    return "".join(out)


@functools.lru_cache(maxsize=4)
def _double_spaced(text: str) -> bool:
    """Whether an export sets one blank line after nearly every line (:func:`double_spaced_blanks`);
    read once per text: the closed-up view and the blank lines inside sentences both ask it."""
    every = text.split("\n")
    filled = sum(1 for ln in every if ln.strip())
    if filled < _DOUBLE_SPACED_LINES or len(every) - filled < _DOUBLE_SPACED * filled:
        return False
    return sum(1 for _ in _SINGLE_BLANK.finditer(text)) >= _DOUBLE_SPACED * filled


def flatten(text: str, skip: Collection[Line] = ()) -> Flat:
    """Join "Inte-\\ngration" to "Integration" and "Baden-\\nWürttemberg" to "Baden-Württemberg",
    run a sentence on over a page break, leave out the ``skip`` lines and the spaces at line
    ends; keep "Kinder- und" and everything else.

    >>> flatten("Handlungsfelder Sprache und  \\nBildung").text
    'Handlungsfelder Sprache und\\nBildung'

    >>> flatten("Inte-\\ngrations- und Steue-\\n\\nrungsgruppe").text
    'Integrations- und Steuerungsgruppe'
    >>> flatten("Integra-\\n- 2 -\\ntion", [Line(9, 14, "- 2 -")]).text
    'Integration'
    >>> flatten("Baden-Würt-\\ntemberg, Baden-\\nWürttemberg, Kinder-\\nund Jugendhilfe").text
    'Baden-Württemberg, Baden-Württemberg, Kinder-\\nund Jugendhilfe'
    >>> flatten("Öffnung\\n\\fder Verwaltung. Ende\\n\\fNeu").text
    'Öffnung\\x0cder Verwaltung. Ende\\n\\x0cNeu'
    >>> flatten("Begleitung wurde\\n\\fProf. Roß gewonnen.\\n- Sozialamt\\n\\fBegründung").text
    'Begleitung wurde\\x0cProf. Roß gewonnen.\\n- Sozialamt\\n\\x0cBegründung'
    >>> flatten("Teilhabe und Nachbarschafts-   x\\nhilfe\\nLernen x x\\n\\fMobilität x").text
    'Teilhabe und Nachbarschafts-   x\\nhilfe\\nLernen x x\\n\\x0cMobilität x'
    """
    base = text
    runs: list[tuple[int, int, int]] = []  # (flat start, document start, length)
    # each skipped line with its line break, and the spaces at line ends
    dropped = [(ln.start, min(len(text), ln.end + 1)) for ln in skip]
    if "  \n" in text or "  \f" in text:  # (else none: the text is not scanned for them)
        dropped += [m.span() for m in _LINE_END_SPACES.finditer(text)]
    dropped += list(_justified_gaps(text))
    dropped += double_spaced_blanks(text)
    if "\n\n" in text:
        dropped += [m.span(1) for m in _TITLED_BLANK.finditer(text)]
    if dropped:
        parts: list[str] = []
        pos = flat = 0
        for start, end in sorted(dropped):
            runs.append((flat, pos, max(0, start - pos)))
            parts.append(text[pos:start])
            flat += max(0, start - pos)
            pos = max(pos, end)
        parts.append(text[pos:])
        runs.append((flat, pos, len(text) + 1 - pos))
        base = "".join(parts)
    else:
        runs.append((0, 0, len(text) + 1))
    parts = []
    kept: list[tuple[int, int]] = []
    pos = 0
    for m in _joins(base):
        if m.start("page") >= 0 and not _runs_on(base, m.start()):
            continue
        if m.start("page") < 0 and _across_columns(base, m.start() if m.start("keep") < 0 else m.start("keep") - 1):
            continue
        start, end = m.span("keep") if m.start("keep") >= 0 else m.span("page") if m.start("page") >= 0 else m.span()
        parts.append(base[pos:start])
        kept.append((pos, start))
        pos = end
    parts.append(base[pos:])
    kept.append((pos, len(base) + 1))
    return Flat("".join(parts), Origin(_compose(kept, [r for r in runs if r[2]])))


def _compose(kept: list[tuple[int, int]], runs: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The runs of the kept ranges of an intermediate text, mapped through that text's runs."""
    starts = [f for f, _, _ in runs]
    out: list[tuple[int, int, int]] = []
    flat = 0
    for a, b in kept:
        while a < b:
            k = bisect.bisect_right(starts, a) - 1
            f, d, n = runs[k]
            take = min(b, f + n) - a
            out.append((flat, d + a - f, take))
            flat += take
            a += take
    return out


@dataclass(frozen=True)
class Segment:
    """A paragraph, list item, table row (with wrapped continuation lines), heading or label."""

    kind: str  # para | item | row | heading | label
    start: int
    end: int
    body: int  # where the text starts after a bullet


@dataclass(frozen=True)
class Unit:
    """A sentence of a paragraph or item, or a whole row, heading or label."""

    seg: int
    start: int
    end: int


# Tolerances of the layout blocks, in characters (words where said)
CELL_WRAP = 45  # a plain line below a tab row shorter than this is a wrapped cell of the row
HEADING_CHARS = 70  # a heading or label is at most this long
SHORT_LINE = 60  # an entry of a list without markers, or a label over one, is at most this long
GOES_ON = 25  # a paragraph's last line longer than this without end punctuation goes on past a blank line
HEAD_CHARS, HEAD_WORDS = 40, 3  # a heading set on the first line of its paragraph


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line; a form feed ends a line too."""
    out, pos = [], 0
    for part in text.replace("\f", "\n").split("\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def _heads_a_paragraph(texts: list[str], k: int) -> bool:
    """Whether line ``k`` is a heading set on the first line of its paragraph: a few capitalised
    words without end punctuation over a line that opens a sentence ("Handlungsfelder" / "Das
    Konzept soll …"). A sentence that seems to go on across the blank line above (its full stop
    lost by OCR) ends there."""
    head = texts[k].strip()
    below = texts[k + 1].strip() if k + 1 < len(texts) else ""
    return (
        len(head) <= HEAD_CHARS
        and len(head.split()) <= HEAD_WORDS
        and head[:1].isupper()
        and re.search(r"[.,;:!?\-–]$", head) is None
        and below[:1].isupper()
    )


def _person_table(block: list[str]) -> bool:
    """Whether a block is a members table flattened into single spaces: two or more rows ending
    in a person (:func:`~pipeline.structure.lines.person_row`), a row maybe wrapped after its
    salutation ("… Integration Frau" / "Anja Kersten"), a header of a few words without
    punctuation before them, a mark wrapped onto a line of its own ("(Vorsitz)") between them."""
    if not block:
        return False
    i = 1 if person_row(block[0]) is None and len(block[0].split()) <= 4 and not re.search(r"[.,;:!?]", block[0]) else 0
    rows = 0
    while i < len(block):
        if person_row(block[i]) is not None:
            i += 1
        elif i + 1 < len(block) and wrapped_person_row(block[i], block[i + 1]):
            i += 2
        elif rows and re.fullmatch(r"\([^()]{1,30}\)", block[i]):
            i += 1
            continue
        else:
            return False
        rows += 1
    return rows >= 2


def _ends_person_rows(texts: list[str], blank: list[bool], j: int) -> bool:
    """Whether the lines before ``j`` end in two rows of a members table flattened into single
    spaces (:func:`~pipeline.structure.lines.person_row`), a blank line or page break between
    them or not: a table, not a sentence that goes on."""
    rows = 0
    for k in range(j - 1, -1, -1):
        if blank[k]:
            continue
        if person_row(texts[k]) is None:
            return False
        rows += 1
        if rows == 2:
            return True
    return False


# a section's label alone on its line: a noun phrase of up to three words, each capitalised but for
# articles and prepositions between them, and a colon ("Sachverhalt:", "Finanzielle Auswirkungen:",
# "Ergebnis der Prüfung:"; not a lead-in with a verb: "Ihr gehören an:"). A text export that drops
# the blank lines around it ("Jugend und Senioren 19.09.2024 Kenntnisnahme" / "Sachverhalt:" / "Im
# Arbeitskreis …") still ends the block above it there.
_SECTION_LABEL = re.compile(
    r"[A-ZÄÖÜ][\w\-/]*(?:\s+(?:(?:"
    + alternation("linking_articles", "prepositions")
    + r")\s+)?[A-ZÄÖÜ][\w\-/]*){0,2}\s*:"
)


# a rule drawn under a line with one glyph repeated, without a gap ("-----", "=====")
_UNDERLINE = re.compile("[" + re.escape(markers.ASCII_RULES) + "]{3,}")


def _underlines(line: str, below: str) -> bool:
    """Whether ``below`` is a rule drawn under ``line`` as long as its words, which heads a section
    whether or not a blank line sets it apart from the block above: an export that drops blank
    lines sets "Prozessbegleitung" / "-----------------" right under a table's last row.

    >>> _underlines("Prozessbegleitung", "-----------------"), _underlines("Datum Gremium", "----- -------")
    (True, False)
    """
    words, rule = line.strip(), below.strip()
    return bool(words) and _UNDERLINE.fullmatch(rule) is not None and abs(len(rule) - len(words)) <= 1


@dataclass(frozen=True, slots=True)
class _Lines:
    """The lines of a text as :func:`segments` reads them: their spans (a form feed ends a line
    too), texts, which are blank and which open with a bullet."""

    spans: list[tuple[int, int]]
    texts: list[str]
    blank: list[bool]
    bullet: list[bool]
    label: list[bool]  # a section's label alone on its line right under text ("Sachverhalt:"): a block ends above it
    counted: list[bool]  # a sub-list's heading counting its entries, a bullet under it ("Vereine (2 Sitze)")
    lone: list[bool]  # a list item's mark alone on its line, its entry set apart from it ("-" / "Sozialamt,")
    underlined: list[bool]  # a heading over a rule of its own length ("Prozessbegleitung" / "-----------------")
    ruled: list[bool]  # a rule drawn across a table ("───  ─────"), nothing but rule glyphs and gaps

    @classmethod
    def of(cls, text: str) -> _Lines:
        spans = _line_spans(text)
        texts = [text[a:b] for a, b in spans]
        bullet = [bool(_BULLET.match(t)) for t in texts]
        blank = [not t.strip() for t in texts]
        label = [  # not a sub-list's label under a lead-in or an item ("Mitglieder sind:" / "Verwaltung:")
            k > 0
            and ":" in t  # the cheap test first: most lines have no colon
            and not blank[k - 1]
            and not bullet[k - 1]
            and not texts[k - 1].rstrip().endswith(":")
            and not _runs_on_end(texts[k - 1].rstrip())  # "… und eine" / "Stellvertretung:": the sentence's end
            and not _counts_on(texts[k - 1])  # "… besteht aus sieben" / "Personen:": the counted noun
            and not _attributive_on(texts[k - 1])  # "… aus folgenden" / "Personen:": the phrase's noun
            and _SECTION_LABEL.fullmatch(t.strip()) is not None
            for k, t in enumerate(texts)
        ]
        counted = [
            k + 1 < len(texts) and bullet[k + 1] and _COUNTED_HEAD.fullmatch(t.strip()) is not None
            for k, t in enumerate(texts)
        ]
        lone = _lone(texts)
        underlined = [k + 1 < len(texts) and _underlines(t, texts[k + 1]) for k, t in enumerate(texts)]
        ruled = [t.lstrip()[:1] in _RULE_GLYPHS and _RULE_LINE.fullmatch(t.strip()) is not None for t in texts]
        return cls(spans, texts, blank, bullet, label, counted, lone, underlined, ruled)

    def plain(self, k: int) -> bool:
        """Line ``k`` exists and is a line of running text: not blank, no tab, no bullet, no
        section's label."""
        return (
            k < len(self.spans)
            and not self.blank[k]
            and "\t" not in self.texts[k]
            and not self.bullet[k]
            and not self.label[k]
            and not self.counted[k]
            and not self.lone[k]
            and not self.underlined[k]
        )

    def plain_end(self, j: int) -> int:
        """The first line from ``j`` on that is not plain."""
        while self.plain(j):
            j += 1
        return j

    def filled(self, k: int) -> int:
        """The first line from ``k`` on that is not blank (the number of lines if none is)."""
        while k < len(self.spans) and self.blank[k]:
            k += 1
        return k

    def segment(self, kind: str, first: int, last: int, body: int | None = None) -> Segment:
        """A segment of lines ``first`` to ``last`` (both in), its body from ``body`` on."""
        start = self.spans[first][0]
        return Segment(kind, start, self.spans[last][1], start if body is None else body)

    def each(self, kind: str, first: int, end: int) -> list[Segment]:
        """A segment of ``kind`` for each line from ``first`` to before ``end``."""
        return [self.segment(kind, k, k) for k in range(first, end)]


# what a rule of :func:`segments` found: its segments and the line after them
_Step = tuple[list[Segment], int]


def _row(ls: _Lines, i: int) -> _Step | None:
    """A line with a tab is a table row; short plain lines below it are its wrapped cells.

    >>> [s.kind for s in segments("Sozialamt\\t12.03.2024\\nund Jugendamt\\n\\nDer Rat tagt.")]
    ['row', 'para']
    """
    if "\t" not in ls.texts[i]:
        return None
    j = i + 1
    while ls.plain(j) and len(ls.texts[j].strip()) < CELL_WRAP:
        j += 1
    return [ls.segment("row", i, j - 1)], j


def _item_opening(ls: _Lines, k: int) -> int:
    """The line opening the item line ``k`` belongs to: the bullet line at or above it, over the item's
    wrapped lines (``k`` itself where none is)."""
    b = k
    while b > 0 and not ls.bullet[b] and ls.plain(b):
        b -= 1
    return b if ls.bullet[b] else k


def _heading(ls: _Lines, i: int) -> _Step | None:
    """A short line without end punctuation standing alone (or numbered, over a blank line) is a
    heading, a label where it ends with a colon; not where the next line goes on in lower case
    (over a page break too) or the line opens with a bullet symbol.

    >>> [s.kind for s in segments("Begründung\\n\\nDer Rat tagt.\\n\\nAnlagen:")]
    ['heading', 'para', 'label']
    >>> [s.kind for s in segments("Die Sitzung des\\n\\nausschusses tagt.")]
    ['para']
    """
    s = ls.texts[i].strip()
    if len(s) > HEADING_CHARS or s[-1] in ".,;" or _SYMBOL.match(s):
        return None
    j = i + 1
    last = len(ls.spans)
    alone = (
        ls.underlined[i]
        or (i == 0 or ls.blank[i - 1] or ls.counted[i] or _sub_head(ls, _item_opening(ls, i - 1), i))
        and (j >= last or ls.blank[j] or ls.bullet[j])
    )
    if not alone and not (_NUMBERED.match(ls.texts[i]) and (j >= last or ls.blank[j])):
        return None
    k = ls.filled(j)
    if _runs_on_end(s) or k < last and ls.texts[k].lstrip()[:1].islower() and not _LETTER_BULLET.match(ls.texts[k]):
        return None  # "o Sozialamt" below is an item, not a line going on
    return [ls.segment("label" if s.endswith(":") else "heading", i, i)], j


def _item(ls: _Lines, i: int) -> _Step | None:
    """A line opening with a bullet is an item, with the plain lines below it up to one that opens
    a sentence of its own; its body starts after the bullet.

    >>> [s.kind for s in segments("- Sozialamt und\\nJugendamt\\n- Jobcenter")]
    ['item', 'item']

    An item goes on across a blank line where its sentence does in lower case ("1. Der Rat vergibt den
    Auftrag" / "" / "an die X GmbH, …": an export set the wrapped line's end apart).

    >>> [s.kind for s in segments("1. Der Rat vergibt den Auftrag\\n\\nan die X GmbH.\\n2. Der Rat beruft sie ein.")]
    ['item', 'item']
    """
    if not ls.bullet[i]:
        return None
    j = i + 1
    while True:
        while ls.plain(j) and not _sentence_after_item(ls.texts[j - 1], ls.texts[j]) and not _sub_head(ls, i, j):
            j += 1
        k = ls.filled(j)
        if k == j or not ls.plain(k) or not _goes_on_lower(ls.texts[j - 1], ls.texts[k]):
            break
        j = k + 1
    body = ls.spans[i][0] + _BULLET.match(ls.texts[i]).end()  # type: ignore[union-attr]
    return [ls.segment("item", i, j - 1, body)], j


def _goes_on_lower(last: str, below: str) -> bool:
    """Whether an item's last line runs on into a line below a blank line opening in lower case: no
    end punctuation before it, no letter's bullet ("a)") opening it; or, a long line of prose, into a line
    that opens no sentence and closes one after a lower-case word ("4. Die Verwaltung wird ermächtigt, die
    Prozessbegleitung an die Bietergemeinschaft" / "" / "Brigach Consult / Dr. Ruth Henninger zu vergeben.").

    >>> _goes_on_lower("4. Die Verwaltung wird ermächtigt, den Auftrag an die Firma", "Weber GmbH zu vergeben.")
    True
    >>> _goes_on_lower("1. Ausgangslage", "Weber GmbH hat das Konzept erstellt.")
    False
    """
    if re.search(r"[.!?:;]\W{0,2}$", last.strip()) is not None or _LETTER_BULLET.match(below):
        return False
    if below.lstrip()[:1].islower():
        return True
    return len(last.split()) >= _PROSE_ITEM_WORDS and not _OPENER.match(below) and bool(_CLOSES_LOWER.search(below))


_PROSE_ITEM_WORDS = 8  # words of an item's line at least that make it a line of prose
_CLOSES_LOWER = re.compile(r"\b[a-zäöüß]+[.!?][ \t]*$")  # a sentence closed after a lower-case word


# a sub-list's heading that counts its entries in brackets: "Ehrenamt (2 Sitze)", "Schulen (1 Platz)"
_COUNTED_HEAD = re.compile(r"[A-ZÄÖÜ][^\n()]{0,60}\(\d{1,2}[ \t]+[A-ZÄÖÜ][a-zäöüß]+\)")


def _sub_head(ls: _Lines, i: int, j: int) -> bool:
    r"""Whether line ``j`` under the item opening line ``i`` heads the next sub-list rather than going
    on with the item: set left of the item's bullet, or counting its entries in brackets where an
    export set every line at the margin, a bullet on the line under it ("   – Sozialamt" /
    "Ehrenamt (2 Sitze)" / "   – Kreissportbund").

    >>> [s.kind for s in segments("Amt (2 Sitze)\n   – Sozialamt\nVereine (1 Sitz)\n   – Turnverein")]
    ['heading', 'item', 'heading', 'item']
    """
    indent = len(ls.texts[i]) - len(ls.texts[i].lstrip())
    line = ls.texts[j]
    return (
        ls.bullet[i]
        and (len(line) - len(line.lstrip()) < indent or ls.counted[j] or _like_first_head(ls, i, j))
        and j + 1 < len(ls.spans)
        and ls.bullet[j + 1]
        and len(line.strip()) <= HEADING_CHARS
        and line.rstrip()[-1:] not in ".,;"
    )


def _like_first_head(ls: _Lines, i: int, j: int) -> bool:
    r"""Whether line ``j`` under an item whose last line closes (a bracket, a word, no hyphen or comma)
    has the form of the heading that opens the list: the line right above its first bullet, at the same
    indent, short, with no stop and no colon, where an export set headings and bullets at one margin
    ("Verwaltung" / "– Sozialamt (Vorsitz)" / "Vereine" / "– Turnverein").

    >>> [s.kind for s in segments("Verwaltung\n– Sozialamt (Vorsitz)\nVereine\n– Turnverein")]
    ['heading', 'item', 'heading', 'item']
    >>> [s.kind for s in segments("Verwaltung\n– das Amt für Soziales und\nWohnen\n– Turnverein")]
    ['heading', 'item', 'item']
    """
    first = i
    while first > 0 and not ls.blank[first - 1]:
        first -= 1
    k = next(b for b in range(first, i + 1) if ls.bullet[b]) - 1
    if k < first:
        return False
    head, line, above = ls.texts[k], ls.texts[j], ls.texts[j - 1].rstrip()
    return (
        ls.bullet[k + 1]
        and len(head) - len(head.lstrip()) == len(line) - len(line.lstrip())
        and len(head.strip()) <= HEADING_CHARS
        and head.rstrip()[-1:] not in ".,;:"
        and line.rstrip()[-1:] != ":"
        and above[-1:] not in "-,;/("
        and not _runs_on_end(above)
    )


@dataclass(slots=True)
class _Block:
    """A run of plain lines from ``i`` to before ``j``, stripped (``lines``); ``after_colon``:
    the last line above it that is not blank ends with a colon."""

    i: int
    j: int
    lines: list[str]
    after_colon: bool

    @classmethod
    def at(cls, ls: _Lines, i: int) -> _Block:
        j = ls.plain_end(i + 1)
        before = i - 1
        while before >= 0 and ls.blank[before]:
            before -= 1
        after_colon = before >= 0 and ls.texts[before].rstrip().endswith(":")
        return cls(i, j, [ls.texts[k].strip() for k in range(i, j)], after_colon)


def _person_rows(ls: _Lines, b: _Block) -> _Step | None:
    """A members table flattened into single spaces is one block, read as a table's rows.

    >>> [s.kind for s in segments("Sozialamt Herr Max Beispiel\\nJugendamt Frau Erika Muster")]
    ['para']
    """
    if not _person_table(b.lines):
        return None
    return [ls.segment("para", b.i, b.j - 1)], b.j


def _colon_items(ls: _Lines, b: _Block) -> _Step | None:
    """A lead-in or label with a colon, then its items a line each, no marker and no blank line
    between them (bullets drawn as shapes, lost by OCR). The colon's line is a label of its own
    where it opens a sentence, else the end of its paragraph's lead-in (the block above's,
    before a blank line or a page break).

    >>> [s.kind for s in segments("Teilnehmer sind:\\nSozialamt\\nJugendamt")]
    ['label', 'item', 'item']
    """
    listed = _colon_list(b.lines, b.after_colon)
    if listed is None:
        return None
    i = b.i
    colon, labels, end = (i + k for k in listed)
    alone = colon <= i or re.search(r"[.!?:]\W{0,2}$", ls.texts[colon - 1].strip()) is not None
    out = []
    if colon > i or not alone:
        out.append(ls.segment("para", i, colon - 1 if alone else colon))
    first_label = colon if alone and colon >= i else colon + 1
    return [*out, *ls.each("label", first_label, labels), *ls.each("item", labels, end)], end


def _bare_items(ls: _Lines, b: _Block) -> _Step | None:
    """A list whose bullets got lost (OCR, stacked cells): short lines without end punctuation,
    none running on and none going on in lower case, one entry a line.

    >>> [s.kind for s in segments("Sozialamt\\nJugendamt\\nJobcenter")]
    ['item', 'item', 'item']
    """
    block = b.lines
    if (
        len(block) > 1
        and all(len(x) <= SHORT_LINE and not _STOP_END.search(x) for x in block)
        and not any(_runs_on_end(x) for x in block[:-1])
        and not any(x[:1].islower() for x in block[1:])
    ):
        return ls.each("item", b.i, b.j), b.j
    return None


def _goes_on(ls: _Lines, j: int) -> int | None:
    """Where a paragraph ending before line ``j`` goes on across the blank lines after it (the
    first line after them), or None: it goes on when its sentence does (a lower-case line goes on
    with it unless a colon led in the header of numbered rows), not into a heading set
    on a paragraph's first line and not after a members table flattened into single spaces,
    whose rows end in a name (:func:`~pipeline.structure.lines.person_row`)."""
    k = ls.filled(j)
    if k == j or not ls.plain(k) or _heads_a_paragraph(ls.texts, k) or _ends_person_rows(ls.texts, ls.blank, j):
        return None
    last = ls.texts[j - 1].strip()
    if ls.ruled[j - 1]:
        return None  # a rule drawn under a table's rows ends it: no sentence goes on over it
    if k + 1 < len(ls.texts) and ls.ruled[k + 1]:
        return None  # nor into a table's header over its rule ("Nr.  Stelle  Mitglied" / "───  ─────")
    if ls.texts[k].lstrip()[:1].islower() and not (last.endswith((":", ".")) and _heads_numbered_rows(ls, k)):
        # not after a lead-in's colon or a sentence's full stop into a table's header: "… 2030:" / "lfd. Funktion
        # Person" / "1 …"
        return k
    if re.search(r"[.!?:]\W{0,2}$", last):
        return None
    return k if len(last) > GOES_ON or _runs_on_end(last) or _bracket_open(ls.texts[j - 1]) else None


_RULE_LINE = re.compile(rf"[-=_{markers.DRAWN_RULES}]{{3,}}(?:[ \t]+[-=_{markers.DRAWN_RULES}]{{3,}})*")
_RULE_GLYPHS = frozenset("-=_" + markers.DRAWN_RULES)
_NUMBERED_ROW = re.compile(r"[\f \t]*\d{1,2}[ \t]+[A-ZÄÖÜ]")  # a table's row opening with its running number


def _heads_numbered_rows(ls: _Lines, k: int) -> bool:
    r"""Whether line ``k`` stands over numbered rows (the next line that is not blank opens with a running
    number and a capital): a table's header ("lfd. Funktion Person" / "1 Beigeordnete …").

    >>> text = "Die Besetzung:\n\nlfd. Funktion Person\n1 Leiterin Frau Anna Beispiel"
    >>> [text[s.start : s.end] for s in segments(text)][0]
    'Die Besetzung:'
    >>> [s.kind for s in segments("wie folgt gezeichnet:\n\ngez. Dr. Anna Beispiel\nBüro Beispiel")]
    ['para']
    """
    n = ls.filled(k + 1)
    return n < len(ls.texts) and _NUMBERED_ROW.match(ls.texts[n]) is not None


def _paragraph(ls: _Lines, b: _Block) -> _Step:
    """A run of plain lines is a paragraph, going on across blank lines while its sentence does.

    >>> [s.kind for s in segments("Der Ausschuss für Soziales und Integration\\n\\nberät das Konzept.")]
    ['para']
    """
    j = b.j
    if any(ls.ruled[b.i : j]):
        return [ls.segment("para", b.i, j - 1)], j  # a table's lines over a rule: no sentence goes on past them
    while (k := _goes_on(ls, j)) is not None:
        j = ls.plain_end(k + 1)
    return [ls.segment("para", b.i, j - 1)], j


_LONE_MARKS = frozenset(markers.ITEM_MARKS) - {markers.STAR}  # a mark that stands alone on its line as a bullet


def _lone(texts: list[str]) -> list[bool]:
    """Which lines are a list item's mark alone on its line (:func:`_lone_marks`): under a line
    ending in a colon, or in a list of them, whose entries end in a comma or a semicolon but the
    last ("-" / "Sozialamt," / "-" / "Jobcenter."); a dash alone elsewhere (an empty cell) is none."""
    out = []
    listing = False  # a list of lone marks goes on
    for t in texts:
        s = t.strip()
        here = s in _LONE_MARKS and listing
        out.append(here)
        if s and s not in _LONE_MARKS:
            listing = s[-1] in ":,;" and (listing or s[-1] == ":")
    return out


def _lone_marks(ls: _Lines, i: int) -> _Step | None:
    """A list whose marks an export set apart from their entries, under a lead-in ending in a colon:
    each mark alone on its line, its entry on the next line ("-" / "Sozialamt," / "-" / "Jobcenter"),
    or the marks of several entries first and the entries after them ("-" / "-" / "Sozialamt," /
    "Jobcenter", a text box each). Every entry is one line opening with a capital, as many as the marks
    before it; each is an item, the marks are no segment. Marks with fewer such lines after them are
    no list (an empty cell's dash).

    >>> [(s.kind, s.body) for s in segments("Mitglieder:\\n-\\n\\nSozialamt,\\n-\\n-\\nJobcenter,\\nAWO.")]
    [('para', 0), ('item', 15), ('item', 30), ('item', 41)]
    >>> _lone(["Kosten 2027", "-", "12.000 €"]), _lone(["Mitglieder:", "-", "Sozialamt.", "-"])
    ([False, False, False], [False, True, False, False])
    """
    if not ls.lone[i]:
        return None  # no mark (most lines)
    before = i - 1
    while before >= 0 and ls.blank[before]:
        before -= 1
    if before >= 0 and ls.lone[before]:
        return None  # not the first of its run: a run without its entries is no list
    out: list[Segment] = []
    j = i
    while j < len(ls.spans) and ls.lone[j]:
        marks = 0
        while j < len(ls.spans) and (ls.lone[j] or ls.blank[j]):
            marks += ls.lone[j]
            j += 1
        entries: list[int] = []
        while len(entries) < marks and j < len(ls.spans) and ls.plain(j) and ls.texts[j].lstrip()[:1].isupper():
            entries.append(j)
            j = ls.filled(j + 1)
        if len(entries) < marks:
            return None if not out else (out, entries[0] if entries else j)
        out += [ls.segment("item", k, k) for k in entries]
    return out, j


# the rules for a line, then for the block of plain lines it opens, in the order they are tried
_LINE_RULES: tuple[Callable[[_Lines, int], _Step | None], ...] = (_lone_marks, _row, _heading, _item)
_BLOCK_RULES: tuple[Callable[[_Lines, _Block], _Step | None], ...] = (_person_rows, _colon_items, _bare_items)


def _step(ls: _Lines, i: int) -> _Step:
    """The segments opening at the line ``i`` that is not blank: the first rule that applies."""
    for rule in _LINE_RULES:
        step = rule(ls, i)
        if step is not None:
            return step
    b = _Block.at(ls, i)
    for block_rule in _BLOCK_RULES:
        step = block_rule(ls, b)
        if step is not None:
            return step
    return _paragraph(ls, b)


def segments(text: str) -> list[Segment]:
    """The layout blocks of a text, in order: each line that is not blank opens the segments of
    the first rule that applies to it (:data:`_LINE_RULES`, then :data:`_BLOCK_RULES` for the
    block of plain lines it opens, else a paragraph).

    >>> [s.kind for s in segments("Beteiligte\\n\\n- Sozialamt\\n- Jobcenter\\n\\nDer Rat tagt.")]
    ['heading', 'item', 'item', 'para']
    """
    ls = _Lines.of(text)
    blank, n = ls.blank, len(ls.spans)
    out: list[Segment] = []
    i = 0
    while i < n:
        if blank[i]:
            i += 1
            continue
        found, i = _step(ls, i)
        out.extend(found)
    return out


def _listed_line(x: str) -> bool:
    """Could this line be an entry of a list without markers: short, no end punctuation, not
    running on, opening like a name (not a lower-case word going on from the line above), and
    no row of a table drawn with bars or set in gapped columns."""
    return (
        len(x) <= SHORT_LINE
        and (not _STOP_END.search(x) or _LEGAL_FORM_END.search(x) is not None)
        and not _runs_on_end(x)
        and not x[:1].islower()
        and _TABLE_CELLS.search(x) is None
    )


_TABLE_CELLS = re.compile(r"[|│┃]|\S {3,}\S")
_LEGAL_FORM_END = re.compile(r"\b[a-z]\. ?[A-Z]\.$")  # "Verein Mosaik e. V.", "Genossenschaft e.G."


def _colon_list(block: list[str], after_colon: bool = False) -> tuple[int, int, int] | None:
    """In a block of plain lines, the first run of at least two list-like lines right after a
    line ending with a colon: (that line's index, the entries' first index, their end), with
    any short labels between the two ("Vertreter der Verwaltung:"); the run
    ends at the block's end, at the next label or before a line opening a sentence. None where
    there is no such run (a sentence that goes on after a colon: its lines are long, end in
    punctuation or open in lower case).

    >>> _colon_list(["Folgende Teilnehmer sind", "vorgesehen:", "Vertreter der Verwaltung:", "Sozialamt", "Jugendamt"])
    (1, 3, 5)
    >>> _colon_list(["Der Rat beschließt:", "Die Verwaltung wird beauftragt,", "das Konzept fortzuschreiben."])
    >>> _colon_list(["Sozialamt", "Jugendamt", "Sie tagt zweimal im Jahr."], after_colon=True)
    (-1, 0, 2)

    ``after_colon``: the line above the block ends with a colon (-1 stands for it).
    """
    for c in range(-1 if after_colon else 0, len(block)):
        if c >= 0 and not block[c].endswith(":"):
            continue
        labels = c + 1
        while labels < len(block) and block[labels].endswith(":") and len(block[labels]) <= SHORT_LINE:
            labels += 1
        end = labels
        while end < len(block) and _listed_line(block[end]):
            end += 1
        if end - labels < 2 or end < len(block) and block[end][:1].islower():
            continue
        return c, labels, end
    return None


# --- the sentence splitter ---------------------------------------------------------------------
#
# One splitter, read in two ways (:class:`Splitter`, its settings): ``VIEW`` cuts the paragraphs
# and list items of the flat text (furniture left out, words joined) and is what the view's
# ``sentence_at`` answers; ``RAW`` finds the sentence around an offset of the document text
# itself, which the cost extractor reads (through ``View.raw_sentence_at``): the cue words and
# years of an amount stand in its sentence, an anaphoric sentence ("Die Kosten hierfür …") takes
# the cue of the one before, and the evidence span of the amount is that sentence. Costs keep
# this reading because the view's sentences change them: read with ``sentence_at`` instead, 218
# of the 5,947 amounts of the sample corpus, tests/unseen and ../shared/corpus change their cost
# type and 2,519 their evidence span (8 of the types in the sample corpus). The raw reading takes
# the document text as it stands, page furniture included, and differs from the view's in three
# ways:
# - a line break before a list item, a key-value line ("Sachkosten: 4.200 €") or a row of a table
#   or a box drawn with bars ("| Sachkosten Druck: 4.200,00 € |") always ends its sentence, so the
#   amount of such a line reads the cue of its own line; the view's paragraphs run them together;
# - a full stop ends its sentence unless the next word is in lower case, where the view asks for
#   a capital or a digit next ("Die Mittel i.H.v. 20.000 € wurden verwendet." is one sentence
#   here, the view starts one at "20.000"); under the view's rule alone 255 of 6,119 amounts get
#   another sentence;
# - the full stop of a compound title ("Frau Dipl.-Soz. Katrin Albrecht") ends a sentence there,
#   which the view reads as one: the costs look back over such a cut for an anaphor's cue.
# The abbreviations are the language's one list (:mod:`pipeline.lang.de.abbreviations`).

_TERMINATOR = re.compile(r"[.!?](?=[\s)\"“”]*(?:\s|$))|\n[ \t\f]*\n")
_MARKER = re.compile(
    r"[ \t]*(?:"
    + markers.charset(markers.ITEM_MARKS + markers.WHITE_CIRCLE + markers.HOLLOW_BULLET)
    + r"[ \t]*(?:(?:\(?\d{1,2}|\(?[A-Za-z]|"
    + markers.ROMAN
    + r")[.)][ \t]+)?"
    r"|(?:\(?\d{1,2}|\(?[A-Za-z]|" + markers.ROMAN + r")[.)][ \t]+)"
)
_KEY_VALUE = re.compile(r"[ \t]*[A-ZÄÖÜ][\w ./()\-]{0,40}:[ \t]*\S")
_BOXED = re.compile(r"[ \t]*[|│┃]")  # a row of a table or box drawn with bars: "| Sachkosten: 4.200 € |"
_INITIALS = re.compile(r"(?:\w\.)+\w")
_NEXT_WORD = re.compile(r"[\s)\"“”]*(\S?)")
_REACH = 2000  # characters before and after an offset where the raw reading looks for its sentence's ends
_STEPS = (100, 500)  # characters before an offset looked at first, then next, for the sentence before it
_IN_TERMINATOR = "\n \t\f"  # what a blank line's terminator holds before its last character


def _quoted_title(text: str, pos: int, i: int) -> bool:
    """Whether the "!" or "?" at ``i`` closes a quotation opened after ``pos`` (a title: "Landesförderung
    „Gut Beraten!“  -4.760 €"): it ends a sentence only before a capital."""
    return text[i + 1 : i + 2] in ("“", "”", '"') and text.rfind("„", pos, i) > max(text.rfind("“", pos, i), pos - 1)


@dataclass(frozen=True)
class Splitter:
    """The settings of the one sentence splitter: ``raw`` reads the document text as it stands
    (its ends are :data:`_TERMINATOR`, a full stop before a lower-case word and after initials
    ends nothing, list items, key-value lines and table rows stand alone), else the flat text
    (a full stop ends a sentence before a capital or a digit, :data:`_SENTENCE_END`);
    ``compound_titles``: the full stop of a compound title ends nothing."""

    raw: bool
    compound_titles: bool

    @property
    def _terminators(self) -> re.Pattern[str]:
        return _TERMINATOR if self.raw else _SENTENCE_END

    def split(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Sentence offsets in ``text[start:end]``; abbreviations and ordinals do not end one.

        >>> t = "Herr Dr. Beispiel leitet sie. Am 5. Mai tagt sie mit Frau Dipl.-Soz. Albrecht."
        >>> [t[a:b] for a, b in VIEW.split(t, 0, len(t))]
        ['Herr Dr. Beispiel leitet sie.', 'Am 5. Mai tagt sie mit Frau Dipl.-Soz. Albrecht.']
        """
        out, pos = [], start
        for m in self._terminators.finditer(text, start, end):
            if not self._ends(text, pos, m):
                continue
            out.append((pos, m.end()))
            pos = m.end()
            while pos < end and text[pos].isspace():
                pos += 1
        if pos < end and text[pos:end].strip():
            out.append((pos, end))
        return out

    def _ends(self, text: str, pos: int, m: re.Match[str]) -> bool:
        """Whether the end match ``m`` of a sentence opened at ``pos`` ends it (not an
        abbreviation, an ordinal, initials or a compound title)."""
        i = m.start()
        # a compound title ends in "-Soz." at ``i``: its hyphen within the last eight characters
        if self.compound_titles and "-" in text[max(pos, i - 8) : i] and COMPOUND_TITLE.search(text, pos, i + 1):
            return False
        if not self.raw:
            token = _last_token(text[pos:i]).lstrip('(„"').casefold()
            return not (token in ABBREVIATIONS or _ORDINAL_OR_INITIAL.fullmatch(token) or token.endswith("."))
        if text[i] in "!?" and _quoted_title(text, pos, i):
            following = _NEXT_WORD.match(text[i + 1 : i + 40])
            return bool(following and following.group(1).isupper())
        if text[i] in "\n!?":
            return True
        token = text[max(0, i - 12) : i].lower()
        token = token[len(token.rstrip("abcdefghijklmnopqrstuvwxyzäöüß0123456789_.")) :]
        if token in ABBREVIATIONS or (token.isdigit() and len(token) <= 2) or _INITIALS.fullmatch(token):
            return False
        following = _NEXT_WORD.match(text[i + 1 : i + 40])
        return not (following and following.group(1).islower())

    def around(
        self,
        text: str,
        pos: int,
        lines_in: Callable[[int, int], Sequence[Line]],
        inside: Collection[int] = frozenset(),
    ) -> tuple[int, int]:
        """Bounds of the sentence of ``text`` holding ``pos``, read as ``RAW`` reads: it breaks at
        terminators, blank lines, list items, key-value lines and table rows (the differences from
        the view's reading are listed above). ``lines_in(start, end)`` gives the lines of
        ``text[start:end]``; ``inside``: the blank lines that fall inside a sentence (the offsets of
        their line breaks, :func:`double_spaced_blanks`), which end none.

        >>> from pipeline.structure.lines import lines
        >>> t = "Dafür werden i.H.v. 500 € veranschlagt:\\n- Sachkosten: 200 €\\n- Honorare 300 €"
        >>> [t[slice(*RAW.around(t, t.index(w), lambda a, b: lines(t, a, b)))] for w in ("500", "Hon")]
        ['Dafür werden i.H.v. 500 € veranschlagt:', '- Honorare 300 €']
        """
        lo, hi = max(0, pos - _REACH), min(len(text), pos + _REACH)
        start = self._start_before(text, lo, pos, inside)
        ends = (
            m
            for m in self._terminators.finditer(text, pos, hi)
            if m.end() - 1 not in inside and self._ends(text, pos, m)
        )
        end = next((m.start() + (m.group(0)[0] != "\n") for m in ends), hi)
        rows = lines_in(start, end)
        here = next(k for k, r in enumerate(rows) if r.start <= pos <= r.end or k == len(rows) - 1)
        if self.raw:
            for k in range(here, 0, -1):
                if _breaks_before(rows[k].text, rows[k - 1].text):
                    start = rows[k].start
                    break
            for k in range(here + 1, len(rows)):
                if _breaks_before(rows[k].text, rows[k - 1].text):
                    end = rows[k - 1].end
                    break
        return start, max(end, pos)

    def _start_before(self, text: str, lo: int, pos: int, inside: Collection[int]) -> int:
        """Where the sentence holding ``pos`` starts at the latest: after the last terminator in
        ``text[lo:pos]`` that ends a sentence, else ``lo``. The terminators are read backwards
        from ``pos`` in steps, each step from a point no terminator can be under way at (the
        character before it is none a terminator holds but at its end), where a search from
        ``lo`` finds the same terminators as a search from that point."""
        later = pos  # where the terminators looked at so far start
        for reach in (*_STEPS, pos - lo):
            first = max(lo, pos - reach)
            while first > lo and text[first - 1] in _IN_TERMINATOR:
                first -= 1
            if first >= later:
                continue
            found = []
            for m in self._terminators.finditer(text, first, pos):
                if m.start() >= later:
                    break
                if m.end() - 1 not in inside:
                    found.append(m)
            end = next((m.end() for m in reversed(found) if self._ends(text, lo, m)), None)
            if end is not None:
                return end
            later = first
        return lo


_ORDINAL_OR_INITIAL = re.compile(r"\d{1,2}|\w")  # the word before a full stop that ends no sentence
VIEW = Splitter(raw=False, compound_titles=True)  # the flat text's sentences, the view's units
RAW = Splitter(raw=True, compound_titles=False)  # the sentence of an amount in the document text


def _last_token(text: str) -> str:
    """What ``(\\S+)$`` finds in ``text`` (the word before a full stop), or "": the last run of
    non-space characters when it ends the text or a final line break.

    >>> _last_token("am 5"), _last_token("Herr Dr"), _last_token("Stadt\\n"), _last_token("ab ")
    ('5', 'Dr', 'Stadt', '')
    """
    if text.endswith("\n"):
        text = text[:-1]
    if not text or text[-1].isspace():
        return ""
    return text.rsplit(None, 1)[-1]


def _breaks_before(line: str, prev: str) -> bool:
    """Whether a sentence must start at ``line`` (list item, key-value pair, table row)."""
    return bool(
        _MARKER.match(line)
        or _KEY_VALUE.match(line)
        or "\t" in line
        or "\t" in prev
        or _KEY_VALUE.match(prev)
        or _BOXED.match(line)
        or _BOXED.match(prev)
    )


@dataclass
class Layout:
    """Segments and units of a flattened document, with lookups by offset."""

    flat: Flat
    segs: list[Segment]
    units: list[Unit]
    starts: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, text: str, skip: Collection[Line] = ()) -> Layout:
        flat = flatten(text, skip)
        segs = segments(flat.text)
        units: list[Unit] = []
        for n, seg in enumerate(segs):
            if seg.kind in ("para", "item"):
                units.extend(Unit(n, a, b) for a, b in VIEW.split(flat.text, seg.body, seg.end))
            else:
                units.append(Unit(n, seg.start, seg.end))
        return cls(flat, segs, units, [u.start for u in units])

    def unit_at(self, offset: int) -> int:
        """The unit holding ``offset``, or the next one when it falls between units."""
        n = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return n + 1 if offset >= self.units[n].end and n + 1 < len(self.units) else n

    def text(self, u: Unit) -> str:
        return self.flat.text[u.start : u.end]

    def flat_offset(self, offset: int) -> int:
        """The offset in the flat text of a document offset (the next kept one)."""
        origin = self.flat.origin
        return origin.first_from(offset) if isinstance(origin, Origin) else bisect.bisect_left(origin, offset)
