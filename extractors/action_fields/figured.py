"""Action fields in a table of figures whose gaps an export closed: the field noun heads the first
column, and every row is a field's name followed by the same number of figures ("Handlungsfeld
Maßnahmen Anteil" / "Sprache und Schule 4 30 %" / "Wohnen im Quartier 2 15 %").

With the gaps closed to single spaces, no gap tells where the name ends; the figures do: the words
of a row before its first figure are the name, where every row has as many figures after it. The
figures may stand in the middle of the row, a column of words after them ("Sprache und Bildung 14
11 überwiegend erreicht"), and a date's weekday before its day ends the name as the day does
("Frühe Bildung Mi, 22. Sept. 2027 Kulturforum"). A column of row numbers may open the header
("Nr. Handlungsfeld Maßnahmen …"): every row then opens with its number, which is no part of the
name. A name that breaks off (an article, a preposition or a conjunction last, a lower-case
word last: "Interkulturelle Öffnung der 9 6 …") goes on on the next line when that line holds a
few words and no digit ("Verwaltung"); a name that breaks off with nothing to go on is none ("… ab
2026": the figure is a phrase's).

The header may wrap its columns' names onto a line or two under it ("(Anzahl) Budget"), lines without
figures, and a column's name may hold a year ("Ansatz 2027"); a rule under the header may stand on a line
of its own or, where an export joined them, before the first row ("------ ------1 Sprache …"); a blank
line after every line (as pdfminer.six sets them) is no end. Two rows at least. A header that keeps its
gaps ("Handlungsfeld        Kennzahl        Ausgangswert") is the gapped reader's (:mod:`.tables`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.lang.de.closed_class import NAME_LINKS
from pipeline.lang.de.dates import WEEKDAY

from .spaced import _FIGURE, _figures, table_regions
from .tables import _NUMBER_HEAD, _header_column, _label, cells
from .text import WRAP_END, Candidate, FieldText, is_sentence

_HEADER_WRAP = 2  # lines of a header's wrapped column names under it
_HEADER_WORDS = 8  # words of a header line at most
_ROWS = 40  # rows of one table at most
_GOES_ON = 4  # words of a line that carries on a broken-off name at most
_ROW_NUMBER = re.compile(r"\d{1,2}[.)]?")
_WEEKDAY = re.compile(WEEKDAY + r",?")
# a year after a column's name in the header ("Ansatz 2027"): no figure of a row
_HEAD_YEAR = re.compile(r"(?<=\w)[ \t]+(?:19|20)\d{2}\b")
_YEAR = re.compile(r"(?:19|20)\d{2}")
# the rule under a header, its parts apart at single spaces, that an export set before the first row
_LEADING_RULE = re.compile(r"[ \t]*(?:[-=_─═]{3,}+[ \t]*)+")
# the field's own number or a colon after the noun: "HF 2  Arbeit", "Handlungsfeld: Wohnen" name a field
_NAMING_NOUN = re.compile(r"[ \t]*(?:\d{1,2}\b|:)")
_SENTENCE_END = re.compile(r"\w{4,}\.$")  # a sentence's last word and full stop, no abbreviation's ("p. a.", "Mio.")
_RANK_HEAD = re.compile(r"Rang|Platz", re.I)  # a column of ranks: the rows' numbers too ("Rang Handlungsfeld Punkte")
_LINKED = frozenset(
    NAME_LINKS
)  # a name's rest opening with one of these goes on ("… Industrie 58 23 %" / "und Handwerk")


def figure_rows(ft: FieldText) -> Iterator[Candidate]:
    """The fields of the single-spaced tables of figures under a header that opens with the field noun."""
    seen: set[str] = set()
    done = -1
    read = table_regions(ft)  # a table whose header's columns have kinds is the spaced reader's
    for noun in ft.nouns:
        i = ft.row_at(noun.start())
        numbered = _header(ft, i, noun.start())
        if i <= done or numbered is None or any(a <= noun.start() < b for a, b in read):
            continue
        if _NAMING_NOUN.match(ft.text, noun.end()):
            continue  # a field's heading (a group row over its goals' figures), no column's head
        if _header_column(ft, cells(ft.rows[i])) is not None:
            continue  # a header that keeps its gaps: its columns are told by them (``field_tables``)
        rows = _rows(ft, i, numbered)
        if len(rows) < 2 or not _years_heads_fit(ft, i, noun.end(), rows, numbered):
            continue
        done = ft.row_at(rows[-1][-1][0])
        for pieces in rows:
            if not _breaks_off(ft, pieces[-1]):  # a name left broken off is cut wrong: no field's
                yield from _label(ft, pieces, seen)


def _header(ft: FieldText, i: int, at: int) -> bool | None:
    """Whether line ``i`` is a header opening with the field noun at ``at``, or with a column of
    row numbers ("Nr.") and the noun: a few words more, no figure, no finite verb and no sentence's
    end; True where the rows are numbered, None where it is no such header."""
    line = ft.rows[i]
    text = line.text.strip()
    words = text.split()
    lead = ft.text[line.start : at].strip()
    numbered = bool(lead) and (_NUMBER_HEAD.fullmatch(lead) or _RANK_HEAD.fullmatch(lead)) is not None
    if (lead and not numbered) or not 2 <= len(words) - numbered <= _HEADER_WORDS:
        return None
    ended = text.endswith((":", ";")) or _SENTENCE_END.search(text) is not None  # not an abbreviation's ("p. a.")
    if _figures(_HEAD_YEAR.sub("", text)) or ended or any(w in ft.vocab.verbs for w in words):
        return None  # (lower-case column names are no sentence's words: "umgesetzt", "erreicht")
    return numbered


def _years_heads_fit(ft: FieldText, i: int, after: int, rows: list[list[tuple[int, int]]], numbered: bool) -> bool:
    """Whether a header whose column names hold years ("Ansatz 2027  Ansatz 2028") names as many columns
    after the noun as the rows hold figures: a column of words with a year ("Schwerpunkt 2027") between
    the name and the figures would be read as part of the name."""
    rest = ft.text[after : ft.rows[i].end]
    if not _HEAD_YEAR.search(rest):
        return True
    words = rest.split()
    # a year after a column's name is part of it ("Ansatz 2027"); one after the noun or another year heads its own
    # column ("Handlungsfeld  2027  2028  zusammen")
    heads = sum(not (_YEAR.fullmatch(w) and j and not _YEAR.fullmatch(words[j - 1])) for j, w in enumerate(words))
    first = ft.row_at(rows[0][0][0])
    found = _name(ft, first, numbered)
    return found is not None and found[1] == heads


def _name(ft: FieldText, k: int, numbered: bool) -> tuple[tuple[int, int], int] | None:
    """A row's name (flat offsets) and how many figures come after it: the words after the row's
    number up to its first figure (or that figure's weekday); None where the line is no such row."""
    line = ft.rows[k]
    past = _LEADING_RULE.match(line.text)  # a rule an export set on the row's line: "-----------1 Sprache …"
    at = past.end() if past else 0
    words = [(line.start + m.start(), line.start + m.end(), m.group()) for m in re.finditer(r"\S+", line.text[at:])]
    words = [(a + at, b + at, w) for a, b, w in words]
    first = 1 if numbered else 0
    if numbered and not (words and _ROW_NUMBER.fullmatch(words[0][2])):
        return None
    cut = next((j for j in range(first, len(words)) if _FIGURE.fullmatch(words[j][2])), None)
    if cut is None:
        return None
    figures = sum(1 for *_, w in words[cut:] if _FIGURE.fullmatch(w) and w != "%")
    if cut > first + 1 and _WEEKDAY.fullmatch(words[cut - 1][2]):
        cut -= 1
    if cut == first or not words[first][2][:1].isalpha():
        return None
    return (words[first][0], words[cut - 1][1]), figures


def _breaks_off(ft: FieldText, span: tuple[int, int]) -> bool:
    """Whether a name cannot end where it stops: a link word or a lower-case word last."""
    last = ft.text[span[0] : span[1]].split()[-1]
    return WRAP_END.search(last) is not None or last[:1].islower()


def _rows(ft: FieldText, i: int, numbered: bool) -> list[list[tuple[int, int]]]:
    """The rows under the header at line ``i``, each its name's pieces: past the header's wrapped
    lines, each line a name and as many figures as the first row's, a broken-off name's rest on the
    line under it, blank lines between them skipped."""
    k = ft.next_filled(i + 1, 2)
    wrapped = 0
    while k is not None and _name(ft, k, numbered) is None and wrapped < _HEADER_WRAP:
        k, wrapped = ft.next_filled(k + 1, 2), wrapped + 1
    first = _name(ft, k, numbered) if k is not None else None
    if first is None:
        return []
    n = first[1]
    out: list[list[tuple[int, int]]] = []
    while k is not None and len(out) < _ROWS:
        row = _name(ft, k, numbered)
        text = ft.rows[k].text
        if row is not None and row[1] == n:
            out.append([row[0]])
        elif row is None and out and (_breaks_off(ft, out[-1][-1]) or _linked(out[-1], text)) and _goes_on(ft, text):
            start = ft.rows[k].start + len(text) - len(text.lstrip())
            out[-1].append((start, start + len(text.strip())))
        else:
            break
        k = ft.next_filled(k + 1, 2)
    return out


def _linked(pieces: list[tuple[int, int]], text: str) -> bool:
    """Whether a line opens with a link word under a row's one-line name: the name's rest."""
    return len(pieces) == 1 and (text.split() or [""])[0] in _LINKED


def _goes_on(ft: FieldText, text: str) -> bool:
    """Whether a line may carry on a name: a few words, no digit, no sentence."""
    words = text.split()
    return 0 < len(words) <= _GOES_ON and not re.search(r"\d", text) and not is_sentence(text, ft.vocab)
