"""consultations.headers: the header line of a Beratungsfolge table and the header words glued
before a body.

A header names each column by its word (``column_kind``: body, date, status, role, result, TOP,
mark) or by a compound ending in one ("Zieltermin"); ``header`` reads one line (a bracketed column
word after another naming what its cells hold in brackets), ``header_wraps.merge_header`` two lines a
header wrapped over, ``attributed_header`` a heading with attribute words before "am";
``strip_header_words`` takes the heading and column words off a body they were glued to.
The words come from the compiled vocabulary of ``consultations.vocab``."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extractors.base import collapse
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import words as closed_words
from pipeline.lang.de.dates import find_dates
from pipeline.structure.lines import GAP

from .compounds import compound_at, date_compound, role_compound
from .header_kinds import dates_to_end, mark_pair, names_a_body, qualified, role_marks, row_status
from .places import place_columns
from .vocab import HEADING_ATTRIBUTES, OPEN_END, Vocab, has_head, nominative, status
from .years import dates_column_year, without_year

_LEAD = re.compile(
    r"^[\s:–-]*(?:\b(?:im|in der|in den|in|des|eines|der|dem|den|durch den|durch die|vom|zum|zur|an den|an die)\b)?\s*"
)


def strip_header_words(text: str, v: Vocab) -> str:
    """A body without the heading and column words glued before it, and without a leading
    preposition; the words stay when no body head word would be left.

    >>> from extractors import load_resources
    >>> from extractors.consultations.vocab import vocab
    >>> strip_header_words("Beratungsfolge Gremium Sitzung am TOP Ö/N Sozialausschuss", vocab(load_resources()))
    'Sozialausschuss'
    >>> strip_header_words("Ausschuss für Soziales", vocab(load_resources()))
    'Ausschuss für Soziales'
    >>> strip_header_words("Ausschuss für Soziales (Sozial- und Integrationsausschuss)", vocab(load_resources()))
    'Ausschuss für Soziales (Sozial- und Integrationsausschuss)'
    >>> strip_header_words("Sitzungsdatum Zuständigkeit Ausschuss für Soziales", vocab(load_resources()))
    'Ausschuss für Soziales'
    >>> strip_header_words("/ Aufgabe Werkausschuss", vocab(load_resources()))  # a slashed header cell's rest
    'Werkausschuss'"""
    if text[:1] == "/" and (rest := strip_header_words(text[1:].lstrip(), v)) != text[1:].lstrip():
        return rest
    words = _column_words(text, v) if v.any_column.search(text) else []
    if words:
        rest = text[words[-1][0] + len(words[-1][1]) :].lstrip(" :")
        # "Ausschuss für Soziales (... -ausschuss)": a column word the name goes on from is the name's head,
        # and the column words before it go ("Sitzungsdatum Zuständigkeit Ausschuss für Soziales")
        if rest and re.match(r"(?:für|fuer|und|sowie)\b", rest, re.I) and len(words) > 1:
            rest = text[words[-1][0] :]
        if rest and has_head(rest, v) and not re.match(r"(?:für|fuer|und|sowie)\b", rest, re.I):
            text = rest
    lead = _LEAD.match(text)
    rest = text[lead.end() :] if lead else text
    if lead and re.search(r"\b(?:des|eines)\s*$", lead.group()):  # "Sitzung des Sozialausschusses"
        rest = nominative(rest, v)
    return rest if rest and (has_head(rest, v) or not has_head(text, v)) else text


@functools.lru_cache(maxsize=16384)  # the table readers, the forms and the misses ask of the same cells
def column_kind(text: str, v: Vocab, partial: bool = True) -> str | None:
    """The column a header cell names; ``partial`` accepts a cell wrapped after "Datum der"."""
    t = collapse(text).strip(" :.")
    t = t[1:-1] if t[:1] == "(" and t[-1:] == ")" else t  # "(Zuständigkeit)"
    t = t.rstrip(markers.FOOTNOTE_MARKS.replace("*", "")) or t  # a footnote's mark after the word ("Befassung¹")
    label = t + ":" if text.rstrip().endswith(":") else t  # a word that heads a column only as a label ("Beratung:")
    for kind, pat in v.columns:
        m = pat.match(t)
        if (
            pat.fullmatch(t)
            or pat.fullmatch(label)
            or (m and partial and (OPEN_END.search(t) or t[m.end() :].lstrip()[:1] == "("))
        ):
            return kind
        if m and kind == "body" and _ATTRIBUTES.fullmatch(t, m.end()):  # "Beratungsfolge dieser Vorlage"
            return kind
    if dates_column_year(t, v) is not None:  # the dates' word and the year their days and months are of
        return "date"
    if date_compound(t, v):
        return "date"
    return "role" if role_compound(t, v) else _slashed_kind(t, v)


def _slashed_kind(t: str, v: Vocab) -> str | None:
    """The column of a cell naming two things parted by a slash, one a column's and the rest of the other
    columns ("Datum / Uhrzeit": the dates with their times): the one's."""
    parts = [p.strip() for p in t.split("/")] if t.count("/") == 1 else []
    kinds = [column_kind(p, v, False) for p in parts if p]
    named = [k for k in kinds if k != "other"]
    if len(kinds) == 2 and len(named) == 1 and named[0] is not None:
        return named[0]
    # the bodies' word first, the words of their status and role after it ("Gremium / Status / Zuständigkeit"):
    # one column that stacks each body's name over the line of its status and role
    words = [p.strip() for p in t.split("/")] if t.count("/") >= 2 else []
    stacked = [column_kind(p, v, False) if p else None for p in words]
    return "body" if stacked[:1] == ["body"] and set(stacked[1:]) <= {"public", "role"} else None


# up to HEADING_ATTRIBUTES words after the bodies' column word, the first a determiner: "dieser Vorlage"
_ATTRIBUTES = re.compile(
    r"[ \t]+(?:diese[rs]?|der|des|zur|zum)(?:[ \t]+[^\W\d]+){0," + str(HEADING_ATTRIBUTES - 1) + "}"
)


@dataclass(frozen=True)
class Header:
    """A Beratungsfolge table header: the kind of each column (``title`` for a heading on
    the same line), where each column starts in the line, how the line is cut, and where
    the header words end (a row may follow on the same line when cells are single-spaced)."""

    kinds: tuple[str | None, ...]
    starts: tuple[int, ...]
    mode: str  # tab | gap | tokens
    end: int
    marks: tuple[tuple[int, bool], ...] = ()  # columns of "x" marks -> public
    roles: tuple[tuple[int, str], ...] = ()  # columns of "x" marks -> role
    places: tuple[int, ...] = ()  # columns of the meeting's place ("Sitzungsort")

    @property
    def body_col(self) -> int:
        return self.kinds.index("body")


TITLE = re.compile(r"\s*Beratungs(?:folge|weg|gang|reihenfolge)\b", re.I)


def _opens_with_column(text: str, v: Vocab) -> bool:
    """Whether a line opens with a column word, a compound date column word ("Zieltermin") or the
    heading, after its indentation and a table's opening bar ("| Gremium | Datum | Status |")."""
    at = len(text) - len(text.lstrip(" \t|"))
    return v.any_column.match(text, at) is not None or compound_at(text, at, v) is not None


def _opens_with_am_fillers(text: str, v: Vocab) -> bool:
    """Whether a line opens with the filler words before "am" ("Beratung im<TAB>am")."""
    return v.am_header is not None and v.am_header.match(text) is not None


@functools.lru_cache(maxsize=16384)  # the table readers and the misses ask of every line, some more than once
def opens_header(text: str, v: Vocab) -> bool:
    """Whether a line may open a header or a header set one column word per line: the first tests
    of :func:`header` and :func:`column_words_only`; a line failing them is neither."""
    return _opens_with_column(text, v) or _opens_with_am_fillers(text, v)


@functools.lru_cache(maxsize=16384)  # the table readers, the forms and the misses each ask of every line
def header(text: str, v: Vocab) -> Header | None:
    """The header of a Beratungsfolge table on this line, or None.

    >>> from extractors import load_resources
    >>> from extractors.consultations.vocab import vocab
    >>> h = header("Beratungsfolge: Gremium Sitzung am TOP Ö/N", vocab(load_resources()))
    >>> h.kinds, h.mode
    (('body', 'date', 'top', 'public'), 'tokens')
    """
    # a heading's underline an export ran into the header's line ("--------lfd. Termin Gremium"): spaces
    text = _RULE_LEAD.sub(lambda m: " " * len(m.group()), text)
    # a cell's remark ("Beratung in (bitte ankreuzen)"), not a column's word in brackets ("Gremium (Zuständigkeit)")
    text = _REMARK.sub(lambda m: m[0] if _kept(m, v) else " " * len(m[0]), text)
    # most lines: a header starts with a column word or the heading (anchored: a search costs 10x)
    if not _opens_with_column(text, v):
        found = _am_header(text, v) if _opens_with_am_fillers(text, v) else None
        return found or _after_fillers(text, v)
    found = _header(text, v) or without_year(text, v, functools.partial(header, v=v))  # "Termin 2027 …"
    return found if found is not None or not text.startswith("\t") else _am_header(text, v)  # "<TAB>am<TAB>Ö/N"


_RULE_LEAD = re.compile(markers.charset(markers.ASCII_RULES + markers.DRAWN_RULES) + "{4,}(?=[^\\W\\d])")
_REMARK = re.compile(r"(?<=[^\W\d]) \(([^\W\d][^()\d]{1,40})\)(?=[ \t]|$)")  # no date, no number in it


def _kept(m: re.Match[str], v: Vocab) -> bool:
    """Whether a bracket on a header's line stays: column words ("Gremium (Zuständigkeit)"), or, with
    one blank after it as in a flattened text, a name's part ("Magistrat (Mag)", "(Markt Indersdorf)");
    only a lower-case remark ("(bitte ankreuzen)") is stepped over there."""
    gapped = m.string.startswith(("\t", "  "), m.end()) or m.end() == len(m.string)
    return column_words_only(m[1], v) or not gapped and not m[1][:1].islower()


_FILLER_CELL = re.compile(r"[^\W\d]+(?: [^\W\d]+)*(?=\t|[ ]{2,})")
_FILLER_WORDS = re.compile(r"[^\W\d]+(?: [^\W\d]+)? (?=[^\W\d]+(?:\t|[ ]{2,}))")  # before a column word and a gap


def _after_fillers(text: str, v: Vocab) -> Header | None:
    """A header whose first cell holds filler words only over an empty column of the rows ("zur
    Sitzung<TAB>Gremium<TAB>am<TAB>Art"): the column words after it, the filler cell an empty one.

    >>> from extractors import load_resources
    >>> from extractors.consultations.vocab import vocab
    >>> header("zur Sitzung\\tGremium\\tam\\tArt", vocab(load_resources())).kinds
    (None, 'body', 'date', 'role')
    """
    if "\t" not in text and "  " not in text:  # both cells end at a tab or a wider gap: most lines have neither
        return None
    cells = (_FILLER_CELL.match(text), _FILLER_WORDS.match(text))  # "zur Sitzung Gremium   am   Art": one space
    m = next((c for c in cells if c is not None and all(_filler(w, v) for w in c.group().split())), None)
    if m is None or v.am_header is None:
        return None
    if m.re is _FILLER_WORDS and column_kind(text[m.end() :].split()[0], v, partial=False) != "body":
        return None
    hdr = _header(" " * m.end() + text[m.end() :], v)
    return hdr if hdr is not None and "body" in hdr.kinds else None


def _filler(word: str, v: Vocab) -> bool:
    """Whether a word is one of the header's filler words ("zur", "Sitzung")."""
    return v.fillers is not None and v.fillers.fullmatch(word) is not None


def attributed_header(text: str, v: Vocab) -> Header | None:
    """A header whose heading has attribute words before "am" ("Beratungsfolge dieser Vorlage am
    TOP ö nö Ergebnis"), read by the table model only.

    >>> from extractors import load_resources
    >>> from extractors.consultations.vocab import vocab
    >>> attributed_header("Beratungsfolge dieser Vorlage am TOP ö nö Ergebnis", vocab(load_resources())).kinds
    ('body', 'date', 'top', 'public', 'public', 'other')
    """
    return header(text, v) or (_am_header(text, v) if " am " in text else None)


@functools.lru_cache(maxsize=16384)  # the stacked header's reader asks of each line and the lines after it
def column_words_only(text: str, v: Vocab) -> bool:
    """Whether a line holds column words only: the rest of a header wrapped over lines ("ö nö"),
    or one column's head cell alone on its line, as an export sets a header one cell per line.

    >>> from extractors import load_resources
    >>> from extractors.consultations.vocab import vocab
    >>> w = vocab(load_resources())
    >>> [column_words_only(t, w) for t in ("ö nö", "Zieltermin", "Beratungsweg des Antrags", "Sozialausschuss")]
    [True, True, True, False]
    """
    words = _column_words(text, v)
    if not words:  # most lines: no column word opens them
        return False
    if OPEN_END.search(text.rstrip()) and column_kind(text, v) in ("date", "role"):
        return True  # a head cell wrapped after a link word: "Datum der" / "Sitzung" (never a name: "Ausschuss für")
    return _fill(words, text) or _column_cell(text.strip(" :\t"), v)


def _fill(words: list[tuple[int, str]], text: str) -> bool:
    """Whether column words (their places and texts in ``text``) fill it to its end, a colon aside."""
    return words[-1][0] + len(words[-1][1]) >= len(text.rstrip(" :\t"))


_CLOSED = closed_words("prepositions", "contractions", "conjunctions")


@functools.lru_cache(maxsize=16384)
def _column_cell(text: str, v: Vocab) -> bool:
    """Whether a line is the bodies' column word with its attribute words alone on its line, which
    :func:`_column_words` reads only before other column words ("Beratungsfolge dieser Vorlage",
    "Gremium zur Vorlage"); never a body's name ("Ausschuss der Stadt") or a phrase opening with a
    preposition ("An der Sitzung")."""
    parts = text.split()
    if not 1 < len(parts) <= 1 + HEADING_ATTRIBUTES or parts[0].casefold() in _CLOSED:
        return False
    body = v.any_column.match(text) is not None and column_kind(text, v, partial=False) == "body"
    return body and not has_head(text, v)


BODY_WORD = "Gremium"  # a column word of the bodies, standing in for the filler words of a header


def _am_header(text: str, v: Vocab) -> Header | None:
    """ "Beratung im<TAB>am<TAB>Ö/N<TAB>Zuständigkeit", "in der Sitzung am TOP Ö/N": a header whose
    bodies' column holds only filler words (or nothing) before a date column "am"; read as if the
    bodies' column word stood there, with at least one column after the date.

    >>> from extractors import load_resources
    >>> from extractors.consultations.vocab import vocab
    >>> h = header("Beratung im   am   Ö/N   Zuständigkeit", vocab(load_resources()))
    >>> h.kinds, h.starts
    (('body', 'date', 'public', 'role'), (0, 14, 19, 25))
    """
    m = v.am_header.match(text) if v.am_header is not None else None
    if m is None:
        return None
    cut = m.end("filler") if m.group("filler") else (m.end("alone") if m.group("alone") else 0)
    hdr = _header(BODY_WORD + text[cut:], v)
    if hdr is None or hdr.kinds[:2] != ("body", "date") or len(hdr.kinds) < 3:
        return None
    if m.group("alone") and not {"role", "public"} & set(hdr.kinds[2:]):
        return None  # "Beratung   Tag   Ort": a filler word alone heads a bodies' column only beside a role or status
    delta = cut - len(BODY_WORD)
    return Header(hdr.kinds, (0, *(s + delta for s in hdr.starts[1:])), hdr.mode, hdr.end + delta, hdr.marks)


@functools.lru_cache(maxsize=4096)
def _header(text: str, v: Vocab) -> Header | None:
    gap = GAP.search(text.strip())
    if gap is not None and find_dates(text.strip(), 0, gap.start()):
        gap = None  # "… Behandlung 29.04.2025 Integrationsbeirat … Sprache | Bildung": a bar after the rows began
    if "\t" in text:
        mode, parts = "tab", _cut(text, "\t")
    elif gap is not None:
        mode, parts = "gap", [w for a, p in _cut(text, GAP) for w in _single_spaced(a, p, v)]
    else:
        mode, parts = "tokens", _column_words(text, v, unknown=True)
    end = parts[-1][0] + len(parts[-1][1]) if parts else 0
    if len(parts) < 2 or any(len(p) > 40 for _, p in parts):
        return None
    kinds: list[str | None] = [column_kind(p, v) if p.strip() else None for _, p in parts]
    if kinds.count("date") >= 2:  # "Gremium | Sitzung | Sitzungsdatum": "Sitzung" names the meeting, not its date
        kinds = ["other" if k == "date" and p.strip() == "Sitzung" else k for k, (_, p) in zip(kinds, parts)]
    if kinds.count("body") >= 2 and kinds[0] == "body" and TITLE.match(parts[0][1]):
        kinds[0] = "title"  # "Beratungsfolge: Gremium Sitzung am ..."
    if (
        mode == "tokens"
        and len(parts) == 2
        and TITLE.match(parts[0][1])
        and "/" not in parts[1][1]
        and status(parts[1][1], v) is not None
    ):
        return None  # "Beratungsfolge: Ö 01.01.2012 Sozialausschuss ...": the heading and a row's status word
    if mode == "tokens":  # a second roles' column named by a compound is the result's ("Beratungsart Beschlussart")
        kinds = [
            "other" if k == "role" and "role" in kinds[:j] and role_compound(p.strip(" :"), v) else k
            for j, (k, (_, p)) in enumerate(zip(kinds, parts))
        ]
        kinds, parts = qualified(kinds, parts)
        # a word of a kind seen before opens the first row: "Gremium Datum Ausschuss für ..."
        cut = next(
            (
                j
                for j, k in enumerate(kinds)
                if k
                and k not in ("other", "title")
                and k in kinds[:j]
                and not mark_pair(parts[kinds.index(k)][1], parts[j][1], v)
            ),
            None,
        )
        if cut is not None and not dates_to_end(kinds[cut:], end, text):
            kinds, parts = kinds[:cut], parts[:cut]
            end = parts[-1][0] + len(parts[-1][1])
            if len(parts) < 2:
                return None
    if mode == "tokens" and names_a_body(text, parts, kinds):
        if kinds[0] != "title" or kinds.index("body") != len(parts) - 1 or len(parts) < 3:
            return None
        # "Beratungsfolge Datum Beratung Ausschuss für Soziales …": the heading is the bodies' column word,
        # the last word the first row's body
        kinds, parts = ["body", *kinds[1:-1]], parts[:-1]
        end = parts[-1][0] + len(parts[-1][1])
    if mode == "tokens" and len(parts) >= 3 and row_status(text, parts, kinds, v):
        kinds, parts = kinds[:-1], parts[:-1]  # "Gremium Datum Öffentlich Ausschuss für …": the first row's status
        end = parts[-1][0] + len(parts[-1][1])
    roles = role_marks(parts, kinds, mode, v)
    kinds = ["other" if any(j == c for c, _ in roles) else k for j, k in enumerate(kinds)]
    unknown = sum(1 for (_, p), k in zip(parts, kinds) if p.strip() and k is None)
    known = [k for k in kinds if k and k not in ("other", "title")]
    # "Gremium:\tSozialausschuss" is a key and its value, not two column headers
    labelled = any(p.rstrip().endswith(":") and k is None for (_, p), k in zip(parts, kinds[1:]))
    ok = known.count("body") == 1 and known.count("date") <= 1 and len(known) >= 2 and unknown <= 1
    # dates last: a table row with a date is seldom a header by its words, and dates cost most
    if not ok or labelled or find_dates(text, 0, end):
        return None
    if kinds[0] == "title":  # the heading is no column of the rows below it
        kinds, parts, roles = kinds[1:], parts[1:], [(j - 1, r) for j, r in roles]
    marks = tuple(
        (j, st[1])
        for j, (_, p) in enumerate(parts)  # columns "Ö" and "N" for marks
        if "/" not in p and (st := status(p, v)) and st[0] is None and st[1] is not None
    )
    places = place_columns([p for _, p in parts], kinds, v)
    return Header(tuple(kinds), tuple(a for a, _ in parts), mode, end, marks, tuple(roles), places)


def _single_spaced(start: int, part: str, v: Vocab) -> list[tuple[int, str]]:
    """A gap cell of a header that holds several column words set one space apart, as pdftotext
    -layout narrows a header's gaps ("Beratungsfolge       Sitzungsdatum Zuständigkeit"): its words,
    where they fill the cell; else the cell whole."""
    words = _column_words(part, v) if " " in part else []
    if len(words) < 2 or not _fill(words, part):
        return [(start, part)]
    return [(start + a, w) for a, w in words]


def _cut(text: str, sep: str | re.Pattern[str]) -> list[tuple[int, str]]:
    """(start, text) of the cells of a line; tabs keep empty cells, gaps do not."""
    if isinstance(sep, str):
        out, pos = [], 0
        for part in text.split(sep):
            out.append((pos, part))
            pos += len(part) + 1
        return out
    return [(m.start(), m.group()) for m in _CELL_RUN.finditer(text)]


_CELL_RUN = re.compile(r"[^\s|]+(?: [^\s|]+)*")  # words one space apart; a bar parts cells as a gap does


def _column_words(text: str, v: Vocab, unknown: bool = False) -> list[tuple[int, str]]:
    """The column header words at the start of a single-spaced line (the longest at each place); with
    ``unknown``, one lower-case word of no known column between column words (:func:`_unknown_word`)."""
    words: list[tuple[int, str]] = []
    pos = len(text) - len(text.lstrip())
    if not v.any_column.match(text, pos) and not compound_at(text, pos, v):  # most lines: prose
        return []
    while pos < len(text.rstrip()):
        if text[pos] == "(":  # a column word in brackets: "Beratungsfolge (Zuständigkeit)"
            found = [m.end() for _, p in v.columns if (m := p.match(text, pos + 1))]
            ends = [e + 1 for e in found if text[e : e + 1] == ")"]
        else:
            ends = [m.end() for p in v.column_words if (m := p.match(text, pos))]
            if not ends and (end := compound_at(text, pos, v)):
                ends = [end]  # a compound date column word: "Gremium Zieltermin", "Beratungstermine Zuständigkeit"
            if not ends and (pair := _SLASH_PAIR.match(text, pos)):
                ends = [m.end() for p in v.column_words if (m := p.match(text, pair.end()))]  # "Beratung / Sitzungsart"
        if (
            not ends
            and len(words) == 1
            and column_kind(words[0][1], v) == "body"
            and (attr := _attributes(text, pos, v))
        ):
            words[0] = (words[0][0], text[words[0][0] : attr].rstrip())  # "Beratungsfolge dieser Vorlage"
            pos = attr
            continue
        if not ends and unknown and words and (word := _unknown_word(text, pos, v, len(words))):
            ends, unknown = [word], False
        if not ends and len(words) >= 2 and (year := _YEAR.match(text, pos)) and column_kind(words[-1][1], v) == "date":
            # the year of the dates' days and months among other column words: "Gremium Termin 2027 Behandlung"
            # (a date's word and a year alone head a calendar: "Sitzungstermine 2025")
            ends, pos = [year.end()], words.pop()[0]
        if not ends:
            break
        ends.append(_slashed_other(text, pos, max(ends), v))  # "Datum / Beginn": one cell, the dates with their times
        words.append((pos, text[pos : max(ends)]))
        parting = _PARTING.match(text, max(ends))
        pos = parting.end() if parting else max(ends)
    return words


def _slashed_other(text: str, start: int, end: int, v: Vocab) -> int:
    """Where a column word ending at ``end`` ends with another column's word after a slash ("Datum / Beginn"), or
    the bodies' with their status's and role's ("Gremium / Status / Zuständigkeit"): the cell named; else ``end``."""
    stack = _SLASHED_WORDS.match(text, end)
    if stack and column_kind(text[start:end], v, False) == column_kind(text[start : stack.end()], v, False) == "body":
        return stack.end()
    slash = _SLASH.match(text, end)
    if slash is None:
        return end
    ends = [m.end() for p in v.column_words if (m := p.match(text, slash.end()))]
    other = ends and column_kind(text[slash.end() : max(ends)], v, False) == "other"
    return max(ends) if other else end


_LOWER_WORD = re.compile(r"[a-zäöüß]{4,}(?= )")
_NOUN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{3,}(?= )")
_MORE_COLUMNS = 2  # the column words that stand after an unknown word, to the line's end


def _unknown_word(text: str, pos: int, v: Vocab, before: int) -> int | None:
    """Where one word at ``pos`` ends that heads a column of no known kind, column words before and after it: the
    header read on by word order; else None. A lower-case word after two column words ("lfd. Gremium ursprünglich
    Sitzung am Ö/N Zuständigkeit"), or a noun after one, a column word more after it ("Gremium Versand Sitzung
    Zuständigkeit Ö/N"), or after two, the line's last column word after it ("Termin Gremium Teil Befassung")."""
    m = _LOWER_WORD.match(text, pos) if before >= _MORE_COLUMNS else None
    m = m or _NOUN.match(text, pos)
    if m is None or has_head(m.group(), v):
        return None
    more = _MORE_COLUMNS + (not m.group()[0].islower())
    after = _column_words(" " * (m.end() + 1) + text[m.end() + 1 :], v)
    last = more > _MORE_COLUMNS <= before and len(after) == 1 and _fill(after, text)  # a noun after two: the last word
    return m.end() if last or len(after) >= more and _fill(after, text) else None


_YEAR = re.compile(r"\(?(?:19|20)\d{2}\)?(?=[ \t]|$)")
_SLASH_PAIR = re.compile(r"[^\W\d]+ ?/ ?(?=[^\W\d])")  # a cell's first word before a slash
# what parts one column word from the next: blanks, a colon, a dash set between blanks ("Gremium – Sitzung am")
_PARTING = re.compile(r"[ :]*(?:[–—-](?= ))?[ ]*")
_SLASH = re.compile(r" ?/ ?")
_SLASHED_WORDS = re.compile(r"(?: ?/ ?[^\W\d]+)+")


def _attributes(text: str, pos: int, v: Vocab) -> int | None:
    """Where the column words go on after the attribute words of a single-spaced heading at
    ``pos`` ("Beratungsfolge dieser Vorlage Sitzung am Zuständigkeit"): the fewest words, up to
    ``HEADING_ATTRIBUTES``, the first a determiner, after which a column word stands."""
    if not pos or not _ATTRIBUTES.match(text, pos - 1):  # the first a determiner
        return None
    for m in re.finditer(r"[^\W\d]+[ \t]+", text[pos:]):
        at = pos + m.end()
        if len(text[pos:at].split()) > HEADING_ATTRIBUTES or m.start() and text[pos + m.start() - 1] not in " \t":
            return None
        # "... dieser Vorlage am TOP": ``attributed_header``
        if any(p.match(text, at) for p in v.column_words) or compound_at(text, at, v):
            return None if re.match(r"am\b", text[at:]) else at
    return None
