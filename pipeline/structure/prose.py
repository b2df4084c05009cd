"""Prose: the text as paragraphs, list items, table rows, headings and sentences.

Words broken at line ends are joined and page furniture is left out first (``flatten``),
with a map back to the offsets of the document text, so that evidence spans still point
into ``doc.text`` and a sentence runs on across a page break:
"Vertreterinnen und Vertreter des" / "- 2 -" / "Jobcenters" reads as one sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import overload

from pipeline.document import Document, Span

from .lines import Line, person_row, wrapped_person_row

# What flatten leaves out of the text: a hyphen and the line break after it before a lower-case
# continuation ("Inte-" / "gration"); only the line break after a hyphen before a capital
# ("Baden-" / "Württemberg": the hyphen is part of the word); the line break before a page break
# where the sentence runs on (``_runs_on``: "der Öffnung" / "\f" / "der Verwaltung").
_JOIN = re.compile(
    r"-(?<=\w-)[ \t]*(?:[\n\f][ \t]*){0,4}(?!(?:und|oder|bzw|sowie|bis|als|u)\b)(?=[a-zäöüß])"
    r"|(?<=\w\w-)(?P<keep>[ \t]*(?:\n[ \t]*\f?|\f)[ \t]*)(?=[A-ZÄÖÜ][a-zäöüß])"
    r"|(?<=[^\s.!?:;])(?P<page>\n)(?=\f)"
)
_LAST_WORD = re.compile(r"(?:^|[ \t])([^ \t]*)$")
# Where a match of _JOIN can start: at a hyphen, right after one (the line break kept after
# "Baden-"), or at a line break before a page break.
_JOIN_AT = re.compile(r"-|\n\f")


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


def _runs_on(text: str, at: int) -> bool:
    """Whether the sentence of the line ending at ``at`` goes on after the page break there: the
    next page opens with a lower-case word, or the line is prose ending in a lower-case word
    ("… Begleitung wurde" / "Prof. Dr. Roß gewonnen.") or a comma."""
    if text[at + 2 : at + 3].islower():
        return True
    line = text[text.rfind("\n", 0, at) + 1 : at]
    word = _LAST_WORD.search(line)
    return "\t" not in line and word is not None and (word.group(1)[:1].islower() or word.group(1).endswith(","))


# bullets, also as the private-use glyphs of Symbol and Wingdings fonts in PDFs ("\uf0b7")
# a letter bullet "a)" / "b." but not the legal forms wrapped onto a line: "e. V.", "e. G.", "e. K."
# a day, a month's name and a year at a line start ("am\n14. März 2023 im Magistrat") is a date, not
# the number of a list item
_DATE_AHEAD = (
    r"(?![ \t]*(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
    r"[ \t]+(?:19|20)\d\d\b)"
)
# a letter "o" before a capitalised word is a bullet as Word exports the sub-bullets of nested
# lists ("o Sozialamt"); "o. g." and "o. ä." are abbreviations, not bullets
LETTER_BULLET = r"o(?=[ \t]+[A-ZÄÖÜ„\"])"
_BULLET = re.compile(
    r"^[ \t]*(?:[-–•▪■●*·►▸◦\uf0a7\uf0b7\uf0d8\uf076\uf0fc]|"
    + LETTER_BULLET
    + r"|\(?\d{1,2}[.)]"
    + _DATE_AHEAD
    + r"|\(?[a-z][.)](?![ \t]?[VGK]\.))[ \t]+"
)
# Words whose full stop does not end a sentence (one list for every reader of sentences).
ABBREVIATIONS = frozenset(
    "ca bzw ggf evtl vgl z b u a d h o g dr prof nr hr fr frau st abs gem inkl zzgl rd max min ff "
    "s sog usw etc bspw insb lt tel str ziff mio mrd tsd jh jan feb mär apr jun jul aug sep sept okt "
    "nov dez kalk ä e v i.v ua zb dipl ing bzgl az z.b o.g u.a d.h i.d.r co".split()
)
_LETTER_BULLET = re.compile(r"[ \t]*" + LETTER_BULLET)
_NUMBERED = re.compile(r"^[ \t]*(?:\d{1,2}\.|■|[IVX]{1,4}\.)[ \t]+\S")
_SYMBOL = re.compile(r"(?:[-–•▪●*·►▸◦\uf0a7\uf0b7\uf0d8\uf076\uf0fc]|" + LETTER_BULLET + r")\s")
# A line ending like this runs on into the next one, across a page break too ("Vertreter des" /
# "\f" / "Jobcenters"): no heading, and its paragraph goes on.
_RUNS_ON = re.compile(
    r"(?:,|\b(?:der|die|das|des|dem|den|und|oder|sowie|von|vom|für|mit|aus|bei|zur|zum|im|"
    r"ein|eine|einer|eines|einem|einen))$"
)
_RUNS_ON_LONGEST = 6  # characters of its longest word and the boundary before it


# the first word of a sentence: an article, a pronoun or a preposition, capitalised
_OPENER = re.compile(
    r"[ \t]*(?:Die|Der|Das|Den|Dem|Des|Ein|Eine|Einer|Sie|Er|Es|Wir|Im|In|Für|Mit|Zur|Zum|Am|Auf|Bei|"
    r"Nach|Von|Diese[rsmn]?|Dabei|Damit|Außerdem|Zudem)[ \t]"
)


def _sentence_after_item(item: str, nxt: str) -> bool:
    """Whether ``nxt`` opens a paragraph after a list item's last line rather than going on with
    it: the item is short and ends in a word that ends a name, the next line opens a sentence.
    Text exports without blank lines set the paragraph right under the list ("- das
    Diakonische Werk" / "Die Maßnahmen des Konzepts verteilen sich …")."""
    last = item.strip()
    return len(last) < 60 and not _runs_on_end(last) and last[-1:] not in "-/(" and bool(_OPENER.match(nxt))


def _runs_on_end(line: str) -> bool:
    """``_RUNS_ON.search(line)``, tried only where a match can start: near the end."""
    return _RUNS_ON.search(line, max(0, len(line) - _RUNS_ON_LONGEST)) is not None


def _bracket_open(line: str) -> bool:
    """Whether a line leaves a bracket open: its sentence goes on, across a page break too
    ("… Hanna Voigtländer" / "(Agentur" / page break / "Perspektive Wandel, Hamburg) moderiert.")."""
    return line.rfind("(") > line.rfind(")")


_SENTENCE_END = re.compile(r"[.!?](?=[\"“”»)]*\s+[\"„“(]?[A-ZÄÖÜ0-9])")


class Origin(Sequence[int]):
    """Offsets into the document text of each character of a flat text (and of its end),
    kept as runs: (flat start, document start, length). Built in time linear in the runs,
    not the characters; an offset is looked up by bisection."""

    __slots__ = ("_flat", "_doc", "_length")

    def __init__(self, runs: list[tuple[int, int, int]]) -> None:
        self._flat = [f for f, _, n in runs if n]
        self._doc = [d for _, d, n in runs if n]
        self._length = sum(n for _, _, n in runs)

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
_WIDE_GAP = re.compile(r" {2,3}(?=\S)")


def _justified_gaps(text: str) -> Iterator[tuple[int, int]]:
    """The spaces beyond the first of every gap of a justified line."""
    for m in _JUSTIFIED.finditer(text):
        for g in _WIDE_GAP.finditer(text, m.end("first"), m.end()):  # after the first word: no indent
            yield g.start() + 1, g.end()


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
    """
    base = text
    runs: list[tuple[int, int, int]] = []  # (flat start, document start, length)
    # each skipped line with its line break, and the spaces at line ends
    dropped = [(ln.start, min(len(text), ln.end + 1)) for ln in skip]
    dropped += [m.span() for m in _LINE_END_SPACES.finditer(text)]
    dropped += list(_justified_gaps(text))
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
        len(head) <= 40
        and len(head.split()) <= 3
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


def segments(text: str) -> list[Segment]:
    """The layout blocks of a text, in order."""
    lines = _line_spans(text)
    texts = [text[a:b] for a, b in lines]
    blank = [not t.strip() for t in texts]
    bullet = [bool(_BULLET.match(t)) for t in texts]
    out: list[Segment] = []
    i = 0

    def line(k: int) -> str:
        return texts[k]

    def plain(k: int) -> bool:
        return k < len(lines) and not blank[k] and "\t" not in texts[k] and not bullet[k]

    while i < len(lines):
        if blank[i]:
            i += 1
            continue
        s = line(i).strip()
        j = i + 1
        alone = (i == 0 or blank[i - 1]) and (j >= len(lines) or blank[j] or bullet[j])
        k = j
        while k < len(lines) and blank[k]:
            k += 1
        # the next line goes on in lower case: this one runs on (over a page break too)
        runs_on = (
            _runs_on_end(s)
            or k < len(lines)
            and texts[k].lstrip()[:1].islower()
            and not _LETTER_BULLET.match(texts[k])  # "o Sozialamt" is an item, not a line going on
        )
        if "\t" in line(i):
            while plain(j) and len(line(j).strip()) < 45:
                j += 1
            out.append(Segment("row", lines[i][0], lines[j - 1][1], lines[i][0]))
        elif (
            len(s) <= 70
            and s[-1] not in ".,;"
            and not _SYMBOL.match(s)
            and not runs_on
            and (alone or _NUMBERED.match(line(i)) and (j >= len(lines) or blank[j]))
        ):
            out.append(Segment("label" if s.endswith(":") else "heading", lines[i][0], lines[i][1], lines[i][0]))
        elif bullet[i]:
            while plain(j) and not _sentence_after_item(line(j - 1), line(j)):
                j += 1
            body = lines[i][0] + _BULLET.match(line(i)).end()  # type: ignore[union-attr]
            out.append(Segment("item", lines[i][0], lines[j - 1][1], body))
        else:
            while plain(j):
                j += 1
            block = [line(k).strip() for k in range(i, j)]
            before = i - 1
            while before >= 0 and blank[before]:
                before -= 1
            if _person_table(block):
                # a members table flattened into single spaces: one block, read as a table's rows
                out.append(Segment("para", lines[i][0], lines[j - 1][1], lines[i][0]))
                i = j
                continue
            listed = _colon_list(block, before >= 0 and line(before).rstrip().endswith(":"))
            if listed is not None:
                # a lead-in or label with a colon, then its items a line each, no marker and no
                # blank line between them (bullets drawn as shapes, lost by OCR)
                colon, labels, end = (i + k for k in listed)
                # the colon's line is a label of its own where it opens a sentence, else the end of
                # its paragraph's lead-in (the block above's, before a blank line or a page break)
                alone = colon <= i or re.search(r"[.!?:]\W{0,2}$", line(colon - 1).strip()) is not None
                if colon > i or not alone:
                    para_end = colon - 1 if alone else colon
                    out.append(Segment("para", lines[i][0], lines[para_end][1], lines[i][0]))
                first_label = colon if alone and colon >= i else colon + 1
                out.extend(Segment("label", lines[k][0], lines[k][1], lines[k][0]) for k in range(first_label, labels))
                out.extend(Segment("item", lines[k][0], lines[k][1], lines[k][0]) for k in range(labels, end))
                i = end
                continue
            if (
                len(block) > 1
                and all(len(x) <= 60 and not re.search(r"[.,;:!?]$", x) for x in block)
                and not any(_runs_on_end(x) for x in block[:-1])
                and not any(x[:1].islower() for x in block[1:])
            ):
                # a list whose bullets got lost (OCR, stacked cells): one entry a line
                out.extend(Segment("item", lines[k][0], lines[k][1], lines[k][0]) for k in range(i, j))
                i = j
                continue
            while True:
                # a paragraph goes on across a blank line when its sentence does (not a members
                # table flattened into single spaces, whose rows end in a name: lines.person_row)
                k = j
                while k < len(lines) and blank[k]:
                    k += 1
                if (
                    k > j
                    and plain(k)
                    and not _heads_a_paragraph(texts, k)
                    and not _ends_person_rows(texts, blank, j)
                    and (
                        line(k).lstrip()[:1].islower()
                        or (
                            not re.search(r"[.!?:]\W{0,2}$", line(j - 1).strip())
                            and (
                                len(line(j - 1).strip()) > 25
                                or _runs_on_end(line(j - 1).strip())
                                or _bracket_open(line(j - 1))
                            )
                        )
                    )
                ):
                    j = k + 1
                    while plain(j):
                        j += 1
                    continue
                break
            out.append(Segment("para", lines[i][0], lines[j - 1][1], lines[i][0]))
        i = j
    return out


def _listed_line(x: str) -> bool:
    """Could this line be an entry of a list without markers: short, no end punctuation, not
    running on, opening like a name (not a lower-case word going on from the line above), and
    no row of a table drawn with bars or set in gapped columns."""
    return (
        len(x) <= 60
        and (not re.search(r"[.,;:!?]$", x) or _LEGAL_FORM_END.search(x) is not None)
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
        while labels < len(block) and block[labels].endswith(":") and len(block[labels]) <= 60:
            labels += 1
        end = labels
        while end < len(block) and _listed_line(block[end]):
            end += 1
        if end - labels < 2 or end < len(block) and block[end][:1].islower():
            continue
        return c, labels, end
    return None


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence offsets in ``text[start:end]``; abbreviations and ordinals do not end one.

    >>> t = "Herr Dr. Beispiel leitet sie. Am 5. Mai tagt sie."
    >>> [t[a:b] for a, b in sentences(t, 0, len(t))]
    ['Herr Dr. Beispiel leitet sie.', 'Am 5. Mai tagt sie.']
    """
    out, pos = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        token = _last_token(text[pos : m.start()]).lstrip('(„"').casefold()
        if token in ABBREVIATIONS or re.fullmatch(r"\d{1,2}|\w", token) or token.endswith("."):
            continue
        out.append((pos, m.end()))
        pos = m.end()
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end and text[pos:end].strip():
        out.append((pos, end))
    return out


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


# --- the sentence in the document's own text ----------------------------------------------------
#
# The one splitter serves two readers. ``sentences`` above cuts the paragraphs and list items of
# the flat text (furniture left out, words joined) and is what the view's ``sentence_at`` answers.
# ``raw_sentence_at`` below is the sentence around an offset of the document text itself, which
# the cost extractor reads (through ``View.raw_sentence_at``): the cue words and years of an
# amount stand in its sentence, an anaphoric sentence ("Die Kosten hierfür …") takes the cue of
# the one before, and the evidence span of the amount is that sentence. Costs keep this reading
# because the view's sentences change them: read with ``sentence_at`` instead, 218 of the 5,947
# amounts of the sample corpus, tests/unseen and ../shared/corpus change their cost type and
# 2,519 their evidence span (8 of the types in the sample corpus). It reads the document text
# as it stands, page furniture included, and differs from the view's sentence in two ways:
# - a line break before a list item, a key-value line ("Sachkosten: 4.200 €") or a row of a table
#   or a box drawn with bars ("| Sachkosten Druck: 4.200,00 € |") always ends this sentence, so the
#   amount of such a line reads the cue of its own line; the view's paragraphs run them together;
# - a full stop ends this sentence unless the next word is in lower case, where the view asks for
#   a capital or a digit next ("Die Mittel i.H.v. 20.000 € wurden verwendet." is one sentence
#   here, the view starts one at "20.000"); under the view's rule alone 255 of 6,119 amounts get
#   another sentence.
# The abbreviations are the one list, ABBREVIATIONS.

_TERMINATOR = re.compile(r"[.!?](?=[\s)\"“”]*(?:\s|$))|\n[ \t\f]*\n")
_MARKER = re.compile(
    r"[ \t]*(?:[-–•▪■●*·○◦][ \t]*(?:(?:\(?\d{1,2}|\(?[A-Za-z]|[IVX]{1,4})[.)][ \t]+)?"
    r"|(?:\(?\d{1,2}|\(?[A-Za-z]|[IVX]{1,4})[.)][ \t]+)"
)
_KEY_VALUE = re.compile(r"[ \t]*[A-ZÄÖÜ][\w ./()\-]{0,40}:[ \t]*\S")
_BOXED = re.compile(r"[ \t]*[|│┃]")  # a row of a table or box drawn with bars: "| Sachkosten: 4.200 € |"
_INITIALS = re.compile(r"(?:\w\.)+\w")
_NEXT_WORD = re.compile(r"[\s)\"“”]*(\S?)")


def _ends(text: str, m: re.Match[str]) -> bool:
    """Whether a terminator match ends a sentence (not an abbreviation, ordinal or date)."""
    i = m.start()
    if text[i] in "\n!?":
        return True
    token = text[max(0, i - 12) : i].lower()
    token = token[len(token.rstrip("abcdefghijklmnopqrstuvwxyzäöüß0123456789_.")) :]
    if token in ABBREVIATIONS or (token.isdigit() and len(token) <= 2) or _INITIALS.fullmatch(token):
        return False
    following = _NEXT_WORD.match(text[i + 1 : i + 40])
    return not (following and following.group(1).islower())


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


def raw_sentence_at(text: str, pos: int, lines_in: Callable[[int, int], Sequence[Line]]) -> tuple[int, int]:
    """Bounds of the sentence of ``text`` holding ``pos``; it breaks at terminators, blank lines,
    list items, key-value lines and table rows (the differences from :func:`sentences` are
    listed above). ``lines_in(start, end)`` gives the lines of ``text[start:end]``.

    >>> from pipeline.structure.lines import lines
    >>> t = "Dafür werden i.H.v. 500 € veranschlagt:\\n- Sachkosten: 200 €\\n- Honorare 300 €"
    >>> [t[slice(*raw_sentence_at(t, t.index(w), lambda a, b: lines(t, a, b)))] for w in ("500", "Hon")]
    ['Dafür werden i.H.v. 500 € veranschlagt:', '- Honorare 300 €']
    """
    lo, hi = max(0, pos - 2000), min(len(text), pos + 2000)
    # the last terminator before pos that ends a sentence: test them from pos backwards
    before = list(_TERMINATOR.finditer(text, lo, pos))
    start = next((m.end() for m in reversed(before) if _ends(text, m)), lo)
    end = next((m.start() + (m.group(0)[0] != "\n") for m in _TERMINATOR.finditer(text, pos, hi) if _ends(text, m)), hi)
    rows = lines_in(start, end)
    here = next(k for k, r in enumerate(rows) if r.start <= pos <= r.end or k == len(rows) - 1)
    for k in range(here, 0, -1):
        if _breaks_before(rows[k].text, rows[k - 1].text):
            start = rows[k].start
            break
    for k in range(here + 1, len(rows)):
        if _breaks_before(rows[k].text, rows[k - 1].text):
            end = rows[k - 1].end
            break
    return start, max(end, pos)


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
                units.extend(Unit(n, a, b) for a, b in sentences(flat.text, seg.body, seg.end))
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
        return bisect.bisect_left(self.flat.origin, offset)
