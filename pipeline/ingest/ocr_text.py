"""Repairs of OCR text before the structure view reads it.

Tesseract reads the letters of a scan well; the readers after it break on the small slips
it makes: a speck read as a mark before a heading ("‚Betreff:") or after a page number
("Seite 3°"), a comma read as a semicolon inside an enumeration, a full stop inside a name
("für lokale. Entwicklung"), a colon inside a date ("20.11:2030"), a blank line between a
list item and its continuation or none after a list, a paragraph's first word in lower case
after a sentence's end ("im Februar"), lost spaces ("imBereich", "Jugendamtfür"), a letter misread
("Biirger", "StraBe"). Each repair here is a pure function of the page text that proposes
edits where its evidence is unambiguous; where in doubt, the text stays as read.

Words are checked against a word list: the words of tesseract's own language data
(:func:`tesseract_words`) and the document's words. A word is split or changed only when it
is unknown and the repaired words are known.

Every change is kept as a :class:`~pipeline.document.Repair` with its offsets into the
repaired page text (the text that is written out) and the characters read before.
Vocabulary: ``resources/ocr_repairs.yaml``.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.lang.de import markers
from pipeline.lang.de.abbreviations import ABBREVIATIONS
from pipeline.lang.de.names import is_first_name

from ..document import Repair
from ..structure.furniture import is_page_number
from . import ocr_marks, ocr_notes, ocr_outlines, ocr_rows

RESOURCE = Path(__file__).parent / "resources" / "ocr_repairs.yaml"
WORD = re.compile(r"[A-Za-zÄÖÜäöüßÀ-ÿ]+")
BULLET = re.compile(
    r"[ \t]*(?:"
    + markers.charset(markers.without(markers.ITEM_MARKS, markers.BLACK_CIRCLE, markers.MIDDLE_DOT) + markers.ARROW)
    + r"|\d{1,2}[.)]|[a-z][.)])[ \t]+\S"
)

# a nested list's sub-bullet as Word exports it, a letter "o" ("o Sozialamt")
LETTER_ITEM = re.compile(markers.LETTER_BULLET)


@dataclass(frozen=True)
class Edit:
    """A change proposed on the text as read: ``text[start:end]`` becomes ``new``."""

    start: int
    end: int
    new: str
    kind: str


@dataclass(frozen=True)
class Vocab:
    marks: str
    line_end_punctuation: str
    quotes: str
    glue_before: frozenset[str]
    glue_after: tuple[str, ...]
    adjective: re.Pattern[str]
    sentence_starts: frozenset[str]
    letter_swaps: tuple[tuple[str, str, int], ...]  # (read, meant, the least length of a word to swap it in)
    abbreviation_swaps: tuple[tuple[str, str], ...]
    status_pair: re.Pattern[str]
    ligatures: dict[str, str]
    page_words: dict[str, str]
    stroke_misreads: dict[str, str]
    read_twice: dict[str, str]
    title_stops: tuple[str, ...]
    bullet_misreads: str
    bar_misreads: str
    case_misreads: dict[str, str]
    descending: str
    lower_case_words: re.Pattern[str]
    digit_letters: dict[str, str]


@functools.lru_cache(maxsize=1)
def vocab() -> Vocab:
    import yaml

    raw: dict[str, Any] = yaml.safe_load(RESOURCE.read_text(encoding="utf-8"))
    stems = "|".join(sorted(raw["adjective_stems"], key=len, reverse=True))
    endings = "|".join(raw["adjective_endings"])
    return Vocab(
        raw["speck_marks"],
        raw["line_end_punctuation"],
        raw["quotes"],
        frozenset(raw["glue_before"]),
        tuple(sorted(raw["glue_after"], key=len, reverse=True)),
        re.compile(rf"[a-zäöüß]{{2,}}(?:{stems})(?:{endings})"),
        frozenset(raw["sentence_starts"]),
        tuple((swap[0], swap[1], swap[2] if len(swap) > 2 else 4) for swap in raw["letter_swaps"]),
        tuple((a, b) for a, b in raw["abbreviation_swaps"]),
        re.compile(raw["status_pair"]),
        dict(raw["ligatures"]),
        dict(raw["page_words"]),
        dict(raw["stroke_misreads"]),
        dict(raw["read_twice"]),
        tuple(raw["title_stops"]),
        raw["bullet_misreads"],
        raw["bar_misreads"],
        dict(raw["case_misreads"]),
        raw["descending"],
        re.compile(raw["lower_case_words"]),
        {str(k): v for k, v in raw["digit_letters"].items()},
    )


# --- the word list ------------------------------------------------------------------------------


def tessdata_folder(binary: str) -> Path | None:
    """Where tesseract keeps its language data (from ``tesseract --list-langs``)."""
    try:
        proc = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = re.search(r'"([^"]+)"', proc.stdout + proc.stderr)
    return Path(found.group(1)) if found else None


@functools.lru_cache(maxsize=4)
def tesseract_words(lang: str) -> frozenset[str]:
    """The word list in tesseract's language data for ``lang``, lower-cased; empty when the
    tools to read it (combine_tessdata, dawg2wordlist) or the data are missing."""
    binary, unpack, listing = (shutil.which(p) for p in ("tesseract", "combine_tessdata", "dawg2wordlist"))
    if not (binary and unpack and listing):
        return frozenset()
    folder = Path(os.environ["TESSDATA_PREFIX"]) if os.environ.get("TESSDATA_PREFIX") else tessdata_folder(binary)
    words: set[str] = set()
    for code in lang.split("+"):
        data = folder / f"{code}.traineddata" if folder else None
        if data is None or not data.is_file():
            continue
        with tempfile.TemporaryDirectory(prefix="vorlagen-words-") as tmp:
            prefix = os.path.join(tmp, code + ".")
            try:
                subprocess.run([unpack, "-u", str(data), prefix], capture_output=True, timeout=60, check=True)
                out = os.path.join(tmp, "words.txt")
                subprocess.run(
                    [listing, prefix + "lstm-unicharset", prefix + "lstm-word-dawg", out],
                    capture_output=True,
                    timeout=60,
                    check=True,
                )
                text = Path(out).read_text(encoding="utf-8", errors="replace")
            except (OSError, subprocess.SubprocessError):
                continue
        words.update(w.casefold() for w in text.split())
    return frozenset(words)


@dataclass(frozen=True)
class Lexicon:
    """Known words: a word list and the document's own words (lower-cased)."""

    listed: frozenset[str]
    seen: Counter[str]
    cased: Counter[str] = field(default_factory=Counter)  # the document's words as written
    codes: frozenset[str] = frozenset()  # the document's numbers of letters and digits (:data:`CODE`)

    def known(self, word: str) -> bool:
        w = word.casefold()
        return w in self.listed or self.seen[w] > 0

    def unknown(self, word: str) -> bool:
        """Neither listed nor twice in the document (a misread word is rarely misread alike twice)."""
        w = word.casefold()
        return w not in self.listed and self.seen[w] < 2


def document_words(texts: list[str]) -> Counter[str]:
    return Counter(w.casefold() for t in texts for w in WORD.findall(t))


# the capitalised word after a lost space, run into the word before it ("zumSeniorenbeirat")
GLUED_TAIL = re.compile(r"(?<=[a-zäöüß])[A-ZÄÖÜ][a-zäöüß]{3,}$")


def cased_words(texts: list[str]) -> Counter[str]:
    """The document's words as written, words of a hyphenated compound apart ("Baden", "Württemberg"),
    and a capitalised word run into the one before it where OCR lost the space ("zumSeniorenbeirat"
    writes "Seniorenbeirat" with its capital too)."""
    words = [w for t in texts for w in WORD.findall(t)]
    return Counter(words + [m.group(0) for w in words if (m := GLUED_TAIL.search(w))])


# --- repairs ------------------------------------------------------------------------------------


def lines_of(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


BAR = "|"  # what tesseract reads a drawn bar as
DRAWN_BAR = markers.DRAWN_BARS[0]
DRAWN_RULE = markers.DRAWN_RULES[0] * 2
RULE_LEFT, RULE_CROSS, RULE_RIGHT = markers.DRAWN_JOINTS[0], markers.DRAWN_JOINTS[1], markers.DRAWN_JOINTS[2]


def bar_row(line: str) -> bool:
    """Whether a line is a row of a box as tesseract reads it: a bar first, another after it."""
    return line.lstrip(" \f").startswith(BAR) and line.count(BAR) >= 2


def drawn_rows(text: str, lex: Lexicon, open_above: bool = False) -> Iterator[Edit]:
    """A box drawn with box-drawing glyphs (``│ 1 Sprache │ 2 Schule │``), as tesseract reads it:
    its bars as "|", its rules lost (erased as ruling lines, or read as a lone "|" where a rule's
    tick stood); a blank line where a rule stood between two rows, none between the lines of one
    row, none at a page's top where the box goes on from the page before. Two rows or more in a
    row, or one such rest of a box (:func:`carried`): the bars become the box's bars again, a
    blank line between two rows and a page's top their rule, a lone "|" beside them nothing. A row
    whose first bar tesseract left unread, after a rule's blank line (and a rule's tick), is a row
    of the box as well ("ARBEITEN | | WOHNEN |" under rows of four bars). ``open_above``: the page
    before ended in the middle of a row of the box (:func:`open_box`), so no rule stands at the top."""
    lines = list(lines_of(text))
    i = 0
    while i < len(lines):
        if not bar_row(lines[i][1]):
            i += 1
            continue
        rows, ticks, j = box_run(lines, i)
        i = j
        if len(rows) < 2 and not carried(lines, rows[0]):
            continue
        texts = [line for _, line in lines]
        edges = [k for k in (rows[0] - 1, rows[-1] + 1) if 0 <= k < len(lines)]
        if any(ocr_rows.ascii_rule(texts, k) for k in edges) or any(
            typed_rule(texts[k]) for k in range(max(0, rows[0] - 1), min(len(lines), rows[-1] + 2))
        ):
            continue  # a table drawn with "|", "+" and "-": its rules come back as they were (``rule_debris``)
        for t in ticks:
            yield Edit(lines[t][0], lines[t][0] + len(lines[t][1]) + 1, "", "drawn_box")
        yield from drawn_edits(lines, rows, open_above)


# a rule typed with "+" and "-" as tesseract reads it: its joints apart where its dashes were erased as a ruling
# line ("+\t+\t+"), or its dashes alone where its joints were lost (a rule of glyphs set apart, read by its ink:
# ``ocr_typed_rules``); a rule drawn with box-drawing glyphs is one stroke, erased whole
TYPED_RULE = re.compile(r"[-+]*\+[-+]*(?:\s+[-+]*\+[-+]*)+|-{8,}")


def typed_rule(line: str) -> bool:
    """Whether a line is a rule of a table typed with "|", "+" and "-" (:data:`TYPED_RULE`), not of a
    drawn box."""
    return TYPED_RULE.fullmatch(line.strip(" \t\f")) is not None


def box_run(lines: list[tuple[int, str]], i: int) -> tuple[list[int], list[int], int]:
    """The rows of a box from line ``i`` on (one blank line between two rows at most, a rule's lone
    tick after it), the ticks between them, and the line after the run."""
    rows, ticks, j = [i], [], i + 1
    bars = lines[i][1].count(BAR)
    while j < len(lines):
        # one blank line between rows, or what is left of the rule that stood there
        k = j + ((not lines[j][1].strip() or edge_debris(lines[j][1])) and j + 1 < len(lines))
        tick = k > j and lines[k][1].strip(" \f") == BAR and k + 1 < len(lines) and lost_bar(lines[k + 1][1], bars)
        k += tick
        if not (bar_row(lines[k][1]) or (k > j and lost_bar(lines[k][1], bars))):
            break
        ticks += [k - 1] if tick else []
        rows.append(k)
        j = k + 1
    return rows, ticks, j


def lost_bar(line: str, bars: int) -> bool:
    """Whether a line is a row of a box of ``bars`` bars whose first bar was left unread: one bar
    fewer, the last at its end, none at its start."""
    row = line.strip(" \f")
    return bars >= 3 and bool(row) and row[0] != BAR and row[-1] == BAR and row.count(BAR) == bars - 1


def open_box(text: str, after: str) -> bool:
    """Whether a repaired page ends in the middle of a row of a drawn box that goes on at the top
    of the next page (``after``, as read): the box's rows on the page are groups of lines between
    rules, all as high, and the page's last group is lower by as many lines as the next page opens
    with (a row of three lines, one on this page and two on the next)."""
    groups: list[int] = []
    run = False
    for line in text.rstrip().split("\n"):
        row = line.strip(" \f")
        if row.startswith(DRAWN_BAR) and row.endswith(DRAWN_BAR):
            groups = [*groups[:-1], groups[-1] + 1] if run else [*groups, 1]
            run = True
        else:
            run = False
            if not row.startswith(RULE_LEFT):
                groups = []  # (no box there, or it ended)
    if not run or len(groups) < 2 or len(set(groups[:-1])) != 1 or groups[-1] >= groups[0]:
        return False
    opening = itertools.takewhile(bar_row, after.lstrip(" \f\n").split("\n"))
    return groups[-1] + sum(1 for _ in opening) == groups[0]


def carried(lines: list[tuple[int, str]], row: int) -> bool:
    """Whether a row alone is the rest of a box from the page before: closed at both ends with a
    bar inside, at the page's top, the page going on under it."""
    line = lines[row][1].strip(" \f")
    top = not any(text.strip() for _, text in lines[:row])
    return top and line.endswith(BAR) and line.count(BAR) >= 3 and any(text.strip() for _, text in lines[row + 1 :])


# a stroke of a box's rule or corner as tesseract reads it where the rule was erased and its ink left
STROKE_READS = frozenset({BAR, "I", "l", "!", "[", "]"})


def edge_debris(line: str) -> bool:
    """Whether a line over, under or between a box's rows is what is left of a rule: a few signs of
    one or two glyphs, no digit, a stroke among them or no letter at all ("I  |" over a box, "m  I"
    under it, ">  —|" of a double rule between its rows, "=")."""
    signs = line.split()
    return (
        0 < len(signs) <= 3
        and all(len(s) <= 2 and not any(c.isdigit() for c in s) for s in signs)
        and (any(s in STROKE_READS for s in signs) or not any(c.isalpha() for c in line))
    )


def drawn_edits(lines: list[tuple[int, str]], rows: list[int], open_above: bool = False) -> Iterator[Edit]:
    """The edits of :func:`drawn_rows` on the rows of one box (indexes into ``lines``)."""
    for edge in (rows[0] - 1, rows[-1] + 1):
        if 0 <= edge < len(lines) and lines[edge][1].strip(" \f") == BAR:
            pos, line = lines[edge]
            yield Edit(pos + line.index(BAR), pos + line.index(BAR) + 1, "", "drawn_box")
        elif 0 <= edge < len(lines) and edge_debris(lines[edge][1]):
            pos, line = lines[edge]
            start = pos + len(line) - len(line.lstrip(" \f"))
            yield Edit(start, pos + len(line) + 1, "", "drawn_box")
    cells = max(1, lines[rows[0]][1].count(BAR) - 1)
    rule = RULE_LEFT + RULE_CROSS.join([DRAWN_RULE] * cells) + RULE_RIGHT
    if not open_above and not any(line.strip() for _, line in lines[: rows[0]]):  # the box goes on
        yield Edit(lines[rows[0]][0], lines[rows[0]][0], rule + "\n", "drawn_box")
    for a, b in zip(rows, rows[1:]):
        if b > a + 1 and (not lines[a + 1][1].strip() or edge_debris(lines[a + 1][1])):  # a rule stood there
            yield Edit(lines[a + 1][0], lines[a + 1][0] + len(lines[a + 1][1]), rule, "drawn_box")
    for r in rows:
        pos, line = lines[r]
        if not line.lstrip(" \f").startswith(BAR):  # (its first bar unread)
            at = pos + len(line) - len(line.lstrip(" \f"))
            yield Edit(at, at, DRAWN_BAR + " ", "drawn_box")
        for m in re.finditer(re.escape(BAR), line):
            yield Edit(pos + m.start(), pos + m.end(), DRAWN_BAR, "drawn_box")


def tree_joints(text: str, lex: Lexicon) -> Iterator[Edit]:
    """The joints and bars of a drawn tree read as letters and "|" (:func:`ocr_outlines.tree_joints`)."""
    for start, end, new in ocr_outlines.tree_joints(text):
        yield Edit(start, end, new, "tree_joint")


def series_marks(text: str, lex: Lexicon) -> Iterator[Edit]:
    """The mark after a series' number read as other marks (:func:`ocr_outlines.series_marks`)."""
    for start, end, new in ocr_outlines.series_marks(text):
        yield Edit(start, end, new, "series_mark")


def footnote_marks(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A footnote's mark read as an apostrophe or a dotless "ı" (:func:`ocr_notes.footnote_marks`)."""
    for start, end, new in ocr_notes.footnote_marks(text):
        yield Edit(start, end, new, "footnote_mark")


def timeline_nodes(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A drawn timeline's node read as "@" between a date and a body (:func:`ocr_marks.timeline_nodes`)."""
    for start, end, new in ocr_marks.timeline_nodes(text):
        yield Edit(start, end, new, "timeline_node")


def glued_numbers(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A number glued to its noun ("Handlungsfeld6", :func:`ocr_marks.glued_numbers`)."""
    for start, end, new in ocr_marks.glued_numbers(text):
        yield Edit(start, end, new, "lost_space")


def page_numbers(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A page number with a speck before or after it, or with its word misread: "Seite 3°",
    "‚Seite 3", "Selte 2 von 2"."""
    v = vocab()
    for pos, line in lines_of(text):
        core = line.strip()
        if not core or len(core) > 20 or not any(c.isdigit() for c in core):
            continue
        lead = len(line) - len(line.lstrip())
        body = core.lstrip(v.marks + " ").rstrip(v.marks + " ")
        fixed = body
        for wrong, right in v.page_words.items():
            if fixed.startswith(wrong + " "):
                fixed = right + fixed[len(wrong) :]
        if fixed == core or not fixed or not is_page_number(fixed):
            continue
        if fixed == body and fixed.isdigit() and "-" not in core:
            # a bare number with a mark: only a speck when the mark is a speck's (not "3." or "3,")
            if set(core) - set(body) <= set(".,:;"):
                continue
        yield Edit(pos + lead, pos + lead + len(core), fixed, "page_number")


def edge_specks(text: str, lex: Lexicon) -> Iterator[Edit]:
    """Marks at the start of a line or cell before a word, at its end after a word, and alone
    between words, that no text puts there: "‚Betreff:", "Jugendamt ´", "Stadt ¸ Landau"; not
    the middle dots of a paragraph that parts its items by several."""
    v = vocab()
    marks = re.escape(v.marks)
    lead = re.compile(
        rf"(?:^|(?<=\t))[ ]*([{marks}]{{1,2}})[ ]?(?=[A-Za-zÄÖÜäöü]{{2}}|{markers.charset(markers.DASH_MARKS)} )", re.M
    )
    trail_marks = re.escape("".join(c for c in v.marks if c not in v.line_end_punctuation))
    trail = re.compile(rf"(?<=[A-Za-zÄÖÜäöüß0-9)])([ ]?[{trail_marks}]{{1,2}})[ ]*(?=\t|$)", re.M)
    alone_marks = re.escape("".join(c for c in v.marks if c not in '.,:;|-"'))
    alone = re.compile(rf"(?<=\w) ([{alone_marks}]{{1,2}})(?= \w)")
    for pattern, kind in ((lead, "lead"), (trail, "trail"), (alone, "alone")):
        for m in pattern.finditer(text):
            mark = m.group(1).strip()
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            if mark[0] in v.quotes and quote_partner(text, m.start(1), m.end(1)):
                continue  # a quote with a partner nearby
            if kind == "lead" and mark[0] == "|" and line.count("|") > 1:
                continue  # a row drawn with bars
            if mark == "..":
                continue  # an ellipsis
            if mark == markers.MIDDLE_DOT and paragraph_of(text, m.start(1)).count(mark) > 1:
                continue  # middle dots parting the items of a paragraph, told by their ink (``middle_dots``)
            if kind == "lead":  # the mark and a space after it
                yield Edit(m.start(1), m.end(), "", "speck")
            else:  # the mark and the space before it
                yield Edit(m.start(1) if kind == "trail" else m.start(), m.end(1), "", "speck")


QUOTES = "‚'`´›‹‘’“”„»«\""


def paragraph_of(text: str, at: int) -> str:
    r"""The paragraph (between blank lines) that holds position ``at``.

    >>> paragraph_of("a\n\nb · c\nd ·\n\ne", 4)
    'b · c\nd ·'
    """
    start = text.rfind("\n\n", 0, at)
    end = text.find("\n\n", at)
    return text[start + 2 if start >= 0 else 0 : end if end >= 0 else len(text)]


def quote_partner(text: str, start: int, end: int) -> bool:
    """Whether another quote mark stands within three lines of ``text[start:end]`` (a list's bullet read as a
    guillemet at a line's start is none)."""
    a = start
    for _ in range(4):
        a = text.rfind("\n", 0, max(0, a - 1))
        if a < 0:
            break
    b = end
    for _ in range(3):
        b = text.find("\n", b + 1)
        if b < 0:
            b = len(text)
            break
    near = text[max(0, a) : start] + text[end:b]
    return any(q in near for q in QUOTES) and any(q in _listed_marks().sub("", near) for q in QUOTES)


@functools.lru_cache(maxsize=1)
def _listed_marks() -> re.Pattern[str]:
    r"""A list's bullet read as a guillemet at a line's start ("« Wohnen und Zusammenleben"), no quote's partner.

    >>> _listed_marks().sub("", "• Arbeit\n« Wohnen\nsagte »ja«")
    '• Arbeit\nWohnen\nsagte »ja«'
    """
    return re.compile(rf"(?m)^[ \t\f]*[{re.escape(vocab().bullet_misreads)}][ \t]+(?=[A-ZÄÖÜ0-9])")


DATE = re.compile(
    r"(?<![\d.,:;])([0-3OoIl]?[\dOoIl])([.,:;‚])([01OoIl]?[\dOoIl])([.,:;‚])((?:19|20|2O)[\dOoIl]{2})(?![\d])"
)
DIGITS = str.maketrans("OoIl", "0011")


def dates(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A date with a separator or a digit misread: "20.11:2030", "20,11.2030", "20.11‚2030" (a low
    quote for a stop: a typewriter's stop stands alone in its cell), "2O.11.2030"."""
    for m in DATE.finditer(text):
        day, s1, month, s2, year = m.groups()
        if "." not in (s1, s2):
            continue
        d, mo, y = (g.translate(DIGITS) for g in (day, month, year))
        if not (1 <= int(d) <= 31 and 1 <= int(mo) <= 12):
            continue
        new = f"{d}.{mo}.{y}"
        if new != m.group(0):
            yield Edit(m.start(), m.end(), new, "date")


SENTENCE_END = re.compile(r"[.!?:]\s|\n\s*\n")


def enumerations(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A semicolon between two short items of a comma enumeration, read for a comma:
    "das Sozialamt, das Jugendamt; das Jobcenter und die Caritas"."""
    for m in re.finditer(r"(?<=\w); (?=\w)", text):
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n\n", 0, m.start()), text.rfind(":", 0, m.start()))
        end_m = SENTENCE_END.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        sentence = text[start + 1 : end]
        if sentence.count(";") != 1 or "\t" in sentence:
            continue
        before, after = text[start + 1 : m.start()], text[m.end() : end]
        if "," not in before and "," not in after:
            continue
        item_before = re.split(r",| und | oder | sowie ", before)[-1]
        item_after = re.split(r",| und | oder | sowie ", after)[0]
        if not ("," in after or re.search(r" (?:und|oder|sowie) ", after)):
            continue
        if len(item_before.split()) > 6 or len(item_after.split()) > 6:
            continue
        # items are noun phrases: the one before ends in a noun, the one after has one among
        # its first two words ("…, das Jugendamt; die Caritas", not "… mit; hinzu kommen …")
        if not re.search(r"(?:[A-ZÄÖÜ][\w.-]*|\))\s*$", item_before):
            continue
        if not any(w[:1].isupper() for w in item_after.split()[:2]):
            continue
        yield Edit(m.start(), m.start() + 1, ",", "enumeration")


def stray_periods(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A full stop between an inflected attributive adjective and a capitalised noun, inside a
    name: "Institut für lokale. Entwicklung"."""
    v = vocab()
    for m in re.finditer(r"(?<![\w.])([a-zäöüß]+)\. ([A-ZÄÖÜ][a-zäöüß]+)", text):
        adjective, noun = m.groups()
        if not v.adjective.fullmatch(adjective) or noun in v.sentence_starts:
            continue
        if not lex.known(noun) or not lex.known(adjective):
            continue
        yield Edit(m.start(1) + len(adjective), m.start(1) + len(adjective) + 1, "", "stray_period")


def stroke_letters(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A letter of one stroke read as a mark at a word's end, where the sentence goes on in lower
    case: "Dr. Anna Pfeig! mit der Begleitung" (an "l"; inside a word the mark may be an "i" too)."""
    for mark, letter in vocab().stroke_misreads.items():
        for m in re.finditer(rf"(?<=[A-Za-zÄÖÜäöüß]{{2}}){re.escape(mark)}(?= [a-zäöüß])", text):
            yield Edit(m.start(), m.end(), letter, "stroke_letter")


def read_twice(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A round capital read twice at a word's start, as itself and a look-alike: "Frau OQehme"
    ("Oehme"; a "Q" stands before a "u" only)."""
    for pair, letter in vocab().read_twice.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(pair)}(?=[a-tv-zäöüß])", text):
            yield Edit(m.start(), m.end(), letter, "read_twice")


def title_stops(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A title's full stop lost before a name: "Dr Anna Beispiel", "Prof Dr. Jan Muster"."""
    titles = "|".join(map(re.escape, vocab().title_stops))
    for m in re.finditer(rf"(?<![\w.-])(?:{titles})(?= (?:[A-ZÄÖÜ][a-zäöüß]|Dr\.))", text):
        yield Edit(m.end(), m.end(), ".", "title_stop")


def spaced_slashes(text: str, lex: Lexicon) -> Iterator[Edit]:
    """The space lost after a slash between a number's parts set apart by spaces, kept before it:
    "Nr. 31-35 /K 2207" ("31-35 / K 2207"; a slash set close keeps no space on either side)."""
    for m in re.finditer(r"(?<=\d) /(?=[A-ZÄÖÜ\d])", text):
        yield Edit(m.end(), m.end(), " ", "slash_space")


# a row of counts, each a number with its word before or after it, parted by slashes, commas or
# semicolons ("9 Ja / 0 Nein / 1 Enthaltung", "Ja: 9, Nein: 0"); a count may be a zero read as "O"
_COUNTED = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-Za-zäöüß]+)?"
_COUNT = r"(?:\d{1,3}|[Oo])"
COUNT_ROWS = (
    re.compile(rf"{_COUNT} {_COUNTED}(?: ?[/,;] ?{_COUNT} {_COUNTED})+"),
    re.compile(rf"{_COUNTED}:? {_COUNT}(?: ?[/,;] ?{_COUNTED}:? {_COUNT})+(?![\w.,])"),
)
LONE_O = re.compile(r"(?<!\w)[Oo](?!\w)")


def zero_counts(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A zero read as the letter "O" in a row of counts, where two counts or more are read as
    numbers: "9 Ja / O Nein / 1 Enthaltung" is "9 Ja / 0 Nein / 1 Enthaltung"."""
    for pattern in COUNT_ROWS:
        for m in pattern.finditer(text):
            if len(re.findall(r"\d+", m.group())) < 2:
                continue
            for o in LONE_O.finditer(m.group()):
                yield Edit(m.start() + o.start(), m.start() + o.end(), "0", "zero")


def in_items(lines: list[tuple[int, str]]) -> Iterator[int]:
    """The indexes of the lines inside list items: a line with a bullet and those after it up to
    a blank line."""
    in_item = False
    for i, (_, line) in enumerate(lines):
        if not line.strip():
            in_item = False
            continue
        in_item = in_item or BULLET.match(line) is not None
        if in_item:
            yield i


def list_blank_lines(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A blank line between a list item and its continuation, which starts in lower case:
    "- Vertreter des Jugendamts und\\n\\nder Schulen". The item goes on past a blank line that goes
    ("- Vertreter des Jugendamts,\\n\\nder Schulen und\\n\\nder Kitas")."""
    lines = list(lines_of(text))
    in_item = bridged = False
    for i, (pos, line) in enumerate(lines):
        if not line.strip():
            in_item, bridged = in_item and bridged, False
            continue
        in_item = in_item or BULLET.match(line) is not None
        if not in_item or i + 2 >= len(lines) or lines[i + 1][1].strip():
            continue
        nxt = lines[i + 2][1].lstrip(" \t" + vocab().marks)  # (a speck before it goes too: ``edge_specks``)
        if re.search(r"[.!?:;]\s*$", line) or not re.match(r"[ \t]*[a-zäöüß]", nxt) or BULLET.match(nxt):
            continue
        if re.search(r":\s*$", nxt):
            continue  # a heading of its own ("in 2019:")
        first = WORD.match(nxt.strip())
        if first is None or not (lex.known(first.group(0)) or first.group(0) in vocab().glue_before):
            continue
        # the blank line (and any spaces on it) goes
        bridged = True
        yield Edit(pos + len(line), lines[i + 2][0] - 1, "", "list_blank_line")


def misread_bullets(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A bullet read as a guillemet in a list: "Mitglieder:" / "« Caritasverband Emsland" /
    "» Fachbereich Jugend" becomes "• …", also beside a nested list's sub-bullet ("o Frau Dr.
    Schmidt" / "« Amt für Integration"), also before a link's number ("* [18]Sprache" among "• [19]Arbeit");
    a guillemet with its partner on the line is a quote."""
    misread = vocab().bullet_misreads
    # before a capital, a digit or a link's number in brackets ("* [18]Sprache", a page saved as text); a page's
    # first line too
    mark = re.compile(rf"[ \t\f]*([{re.escape(misread)}])[ \t]+(?=[A-ZÄÖÜ0-9]|\[\d+\][A-ZÄÖÜ])")
    lines = list(lines_of(text))
    hits = [mark.match(line) for _, line in lines]

    filled = [k for k, (_, line) in enumerate(lines) if line.strip()]

    def listed(k: int) -> bool:  # a bullet, misread or not, on line k (a speck before it aside: ``edge_specks``)
        line = lines[k][1].lstrip(" \t\f" + vocab().marks)
        return hits[k] is not None or BULLET.match(line) is not None or LETTER_ITEM.match(line) is not None

    for n, i in enumerate(filled):  # (blank lines between list items do not count)
        pos, line = lines[i]
        m = hits[i]
        if m is None or sum(line.count(c) for c in misread) > 1:
            continue
        before = lines[filled[n - 1]][1].rstrip() if n else ""
        if before.endswith(":") or n and listed(filled[n - 1]) or n + 1 < len(filled) and listed(filled[n + 1]):
            yield Edit(pos + m.start(1), pos + m.end(1), markers.BULLET, "bullet")


LIST_NUMBER = re.compile(r"[ \t]*(\d{1,2})([.,])[ \t]+(?=[A-ZÄÖÜ])")


def list_numbers(text: str, lex: Lexicon) -> Iterator[Edit]:
    """The full stop of a numbered item read as a comma, "3, Stadtrat" between "2. Ausschuss …" and
    "4. …": only where the nearest numbered item before it (or after it), within three lines, has
    its full stop and the number it must have."""
    lines = [(pos, LIST_NUMBER.match(line)) for pos, line in lines_of(text) if line.strip()]
    for k, (pos, m) in enumerate(lines):
        if m is None or m.group(2) != ",":
            continue
        number = int(m.group(1))
        before = next((n for _, n in reversed(lines[max(0, k - 3) : k]) if n is not None), None)
        after = next((n for _, n in lines[k + 1 : k + 4] if n is not None), None)
        if (before is not None and before.group(2) == "." and int(before.group(1)) == number - 1) or (
            after is not None and after.group(2) == "." and int(after.group(1)) == number + 1
        ):
            yield Edit(pos + m.start(2), pos + m.end(2), ".", "list_number")


SPACED_EM_DASH = re.compile(
    rf"(?<=[^\s{markers.EM_DASH}-])[ ](-?{markers.EM_DASH}-?)(?:[ ](?=[^\s{markers.EM_DASH}-])|(?=\n))"
)  # (a hyphen beside it: the rest of the cell's bar read as one more dash; at a line's end: the words go on below)


def spaced_dashes(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A dash between words read as an em dash: German sets the dash between words as an en dash
    ("Kulturbeirat – 02.05.2031 – Anhörung"), and tesseract cannot tell the two apart where a
    typewriter font gives the en dash a full cell."""
    for m in SPACED_EM_DASH.finditer(text):
        yield Edit(m.start(1), m.end(1), "–", "dash")


def row_dashes(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A row of a dash-parted list with a space beside a dash lost (:mod:`.ocr_rows`)."""
    for start, end, new in ocr_rows.row_spaces(text):
        yield Edit(start, end, new, "row_dash")


def rule_debris(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A table's rule read as letters between two rows parted by bars (:mod:`.ocr_rows`)."""
    for start, end, new in ocr_rows.rule_debris(text, lex.unknown):
        yield Edit(start, end, new, "rule_debris")


def rule_noise(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A rule read as a row of debris, blanked (:mod:`.ocr_rows`)."""
    for start, end, new in ocr_rows.rule_noise(text, lambda w: not lex.unknown(w)):
        yield Edit(start, end, new, "rule_debris")


def bar_rows(text: str, lex: Lexicon) -> Iterator[Edit]:
    """Bars read as letters or brackets in a row of a table parted by bars (:mod:`.ocr_rows`)."""
    for start, end, new in ocr_rows.bar_rows(text, vocab().bar_misreads):
        yield Edit(start, end, new, "bar")


def paragraph_case(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A paragraph that opens in lower case after a paragraph's last sentence, where OCR lost the
    capital of a word that starts sentences: "… besetzt." / "" / "im Februar 2019 wurden …" (in
    lower case the paragraph would run on as one sentence with the one before); a speck before the
    word ("‚ im Februar …") goes too (``edge_specks``)."""
    v = vocab()
    starts = {w.casefold(): w for w in v.sentence_starts}
    speck = re.compile(rf"[{re.escape(v.marks)}]{{1,2}} ?")
    lines = list(lines_of(text))
    for i, (pos, line) in enumerate(lines):
        lead = speck.match(line)
        off = lead.end() if lead else 0
        first = WORD.match(line, off)
        if first is None or first.group(0) not in starts or not line[first.end() : first.end() + 1].isspace():
            continue
        k = i - 1
        while k >= 0 and not lines[k][1].strip():
            k -= 1
        if k < 0 or k == i - 1 or BULLET.match(lines[k][1]):
            continue  # no blank line before (a line wrapped inside a paragraph), or after a list item
        ended = re.search(r"([A-Za-zÄÖÜäöüß]{3,})[.!?]\W{0,2}$", lines[k][1].strip())
        if ended is None or ended.group(1).casefold() in ABBREVIATIONS:
            continue
        yield Edit(pos + off, pos + off + 1, starts[first.group(0)][0], "paragraph_case")


def sentence_case(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A sentence that opens in lower case after the full stop of one before it on the same line,
    where OCR read a capital as its lower-case letter (``case_misreads``): "… Frau Dr. Claudia
    Reinhold. ihm gehören an: …". German opens every sentence with a capital; the word before the
    stop is a word, not an abbreviation ("z. B. in", "Abs. 2")."""
    v = vocab()
    letters = "".join(v.case_misreads)
    for m in re.finditer(rf"([A-Za-zÄÖÜäöüß]{{3,}})\. ([{letters}])[a-zäöüß]+\b", text):
        if m.group(1).casefold() in ABBREVIATIONS:
            continue
        yield Edit(m.start(2), m.end(2), v.case_misreads[m.group(2)], "sentence_case")


NUMBERED = re.compile(r"[ \t]*(\d{1,2}|[a-z])[.)][ \t]+\S")


def counts_on(lines: list[tuple[int, str]], items: set[int], i: int) -> bool:
    """Whether a numbered line goes on from a numbered list: the item before it, over blank lines
    only, opens with the number or letter before its own ("1. Caritas" / "2. Awo") and runs on
    without a sentence under it. A numbered line after a paragraph, a heading or a table, or after
    an item counting otherwise, opens a section ("5. Prozessbegleitung" / "Die Firma …"): the
    paragraph under it ends no list."""
    m = NUMBERED.match(lines[i][1])
    k = i - 1
    while k >= 0 and not lines[k][1].strip():
        k -= 1
    if m is None or k not in items:
        return False
    while k > 0 and k - 1 in items and lines[k - 1][1].strip() and BULLET.match(lines[k][1]) is None:
        k -= 1  # back to the line that opens the item before
    before = NUMBERED.match(lines[k][1])
    starts = vocab().sentence_starts
    if before is None or any((w := WORD.match(lines[j][1].lstrip())) and w.group(0) in starts for j in range(k + 1, i)):
        return False  # (a paragraph under the line before: a heading too)
    mark, previous = m.group(1), before.group(1)
    return mark.isdigit() == previous.isdigit() and mark == successor(previous)


def list_ends(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A blank line lost after a list: the line after an item that does not run on opens a
    sentence with a word that starts sentences ("- Caritas" / "Die Geschäftsführung liegt …"),
    so the list ends there and a blank line goes between. A numbered line that goes on from no
    numbered list is a section's heading (:func:`counts_on`), the paragraph under it no list's end."""
    v = vocab()
    lines = list(lines_of(text))
    items = list(in_items(lines))
    ended = False  # a list ended: the paragraph after it is no item
    heading = False  # the item is a section's heading: the paragraph under it is the section's
    for i in items:
        pos, line = lines[i]
        ended = ended and BULLET.match(line) is None and bool(lines[i - 1][1].strip())
        if BULLET.match(line) or not lines[i - 1][1].strip():
            heading = NUMBERED.match(line) is not None and not counts_on(lines, set(items), i)
        if ended or heading or i + 1 >= len(lines):
            continue
        nxt = lines[i + 1][1].lstrip(" \t" + v.marks)  # (a speck before it goes too: ``edge_specks``)
        first = WORD.match(nxt)
        if first is None or first.group(0) not in v.sentence_starts or BULLET.match(nxt) or "\t" in nxt:
            continue
        if not nxt[first.end() :].strip():
            continue  # the word alone on its line
        last = re.search(r"(\S+)\s*$", line)
        if last is None or re.search(r"[,\-/&(]$", last.group(1)) or last.group(1) in v.glue_before:
            continue  # the item runs on: "- Vertreter des Jobcenters und" / "Der Schulen"
        yield Edit(pos + len(line), pos + len(line), "\n", "list_end")
        ended = True


ITEM = re.compile(
    r"[ \t]*(?P<dash>" + markers.charset(markers.DASH_MARKS) + r"[ \t]+)?(?P<mark>[A-Z]|[a-z]|\d{1,2})[.)][ \t]+\S"
)


def lost_dashes(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A list dash lost before an item whose letter or number follows the one of the dashed item
    before it: "- F. Bildung," / "G. Dialog," becomes "- G. Dialog,"."""
    recent: tuple[str, str] | None = None  # (the dash, the mark) of the last dashed item
    gap = 0
    for pos, line in lines_of(text):
        m = ITEM.match(line)
        if m and m.group("dash"):
            recent, gap = (m.group("dash"), m.group("mark")), 0
            continue
        if m and recent and gap <= 3 and successor(recent[1]) == m.group("mark"):
            yield Edit(pos + m.start("mark"), pos + m.start("mark"), recent[0], "lost_dash")
            recent, gap = (recent[0], m.group("mark")), 0
            continue
        gap += 1
        if not line.strip():
            recent = None


ROMAN_ITEM = re.compile(r"[ \t]*([IVXil1|]{1,4})\.[ \t]+[A-ZÄÖÜ]")
ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def roman_numbers(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A roman item number whose "I"s were read as look-alikes ("l.", "li.", "Il."), in a run of
    three or more numbered items whose true roman numbers fix each item's place: "l. Sprache" /
    "li. Bildung" / "Il. Arbeitsmarkt" / "IV. Teilhabe" become "I.", "II.", "III.", "IV."; one stroke may
    be lost ("i." for "II.", or "1." for "II." between two items of the run). The headings of a page's sections
    stand farther apart than a list's items: there, the page's roman numbers in a row are one run, and a look-alike
    keeps all its strokes ("I. Anlass" … "Il. Ziele" … "Ill. Kosten"), and two numbers make a run."""
    runs: list[list[tuple[int, re.Match[str]]]] = []
    page: list[tuple[int, re.Match[str]]] = []
    last = -10
    for i, (pos, line) in enumerate(lines_of(text)):
        bare = line.lstrip(" \t" + vocab().marks)  # (a speck before it goes too: ``edge_specks``)
        m = ROMAN_ITEM.match(bare)
        if m is None:
            continue
        if i - last > 4:  # (an item's text may stand between two numbers)
            runs.append([])
        runs[-1].append((pos + len(line) - len(bare), m))
        if not m.group(1).isdigit():  # ("1." counts in arabic numbers)
            page.append((pos + len(line) - len(bare), m))
        last = i
    for run in runs:
        yield from roman_run(run, lost=True)
    yield from roman_run(page, lost=False)  # (two headings are enough: "I." counts, "Il." follows)


def roman_run(run: list[tuple[int, re.Match[str]]], lost: bool) -> Iterator[Edit]:
    """The look-alikes of a run of roman item numbers (:func:`roman_numbers`) set right, where its
    true numbers count up one by one and each look-alike's strokes fit its place (or, ``lost``,
    one stroke fewer)."""
    first = run_anchor(run)
    if len(run) < (3 if lost else 2) or first is None:
        return  # no true roman number, or ones that do not count up one by one
    for j, (pos, m) in enumerate(run):
        place = j - first
        meant = ROMANS[place] if 0 <= place < len(ROMANS) else ""
        read = m.group(1)
        # or a stroke lost: "III" read "Il", "II" read "i" (its dot the second stroke); a true number
        # out of place among numbers that count up ("I." between "II." and "IV."): strokes lost
        strokes = len(read) == len(meant) or lost and len(read) == len(meant) - 1 and (len(read) == 2 or "i" in read)
        strokes = strokes or read in ROMANS and len(read) < len(meant)
        # "II" read as one look-alike ("1." between "I." and "III."): a stroke lost where items stand on both sides
        strokes = strokes or lost and len(meant) == 2 and len(read) == 1 and 0 < j < len(run) - 1
        if meant and read != meant and set(meant) == {"I"} and strokes and set(read) <= set("Iil1|"):
            yield Edit(pos + m.start(1), pos + m.end(1), meant, "roman_number")


def run_anchor(run: list[tuple[int, re.Match[str]]]) -> int | None:
    """Where a run of roman item numbers starts to count: the place of "I." that its true numbers
    agree on, all of them, or all but one where three or more agree ("I.", "I.", "IV.", "V.": the
    second "I." is a misread "II." or "III.")."""
    anchors = Counter(j - ROMANS.index(m.group(1)) for j, (_, m) in enumerate(run) if m.group(1) in ROMANS)
    if not anchors:
        return None
    (first, agree), *others = anchors.most_common()
    if others and (agree < 3 or sum(n for _, n in others) > 1):
        return None
    return first


def roman_after_names(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A roman number after a name whose "I"s were read as "l" ("Fachbereich Il", "Stadtbezirk
    Ill"): a word of "I" and "l" only, with an "l" in it, after a capitalised word; German has no
    such word. Its strokes are its value ("Il" is II, "Ill" is III). After a word in capitals only
    where that word stands before a true roman number elsewhere in the text, a series counting with
    them ("SÄULE II" … "SÄULE Ill" … "SÄULE IV")."""
    for m in re.finditer(r"\b([A-ZÄÖÜ](?:[a-zäöüß]{2,}|[A-ZÄÖÜ]{2,})) ([Il]{2,3})(?=[\s.,;:)–-]|$)", text):
        if m.group(1).isupper() and not re.search(r"\b" + re.escape(m.group(1)) + r"[ \t]+[IVX]+\b", text):
            continue
        if "l" in m.group(2):
            yield Edit(m.start(2), m.end(2), "I" * len(m.group(2)), "roman_number")
    # the last part of a document number, a roman number ("DS/0218/XXIl" is "DS/0218/XXII")
    for m in re.finditer(r"(?<=\d/)([IVXl]*[VX][IVXl]*)(?![\w/])", text):
        meant = m.group(1).replace("l", "I")
        if "l" in m.group(1) and ROMAN.fullmatch(meant):
            yield Edit(m.start(1), m.end(1), meant, "roman_number")


# the letters of a document number's prefix before its numbers ("VO/0734/2020", "IV/27/2023"),
# the last of its letter parts ("SG/VO/2025/036")
NUMBER_PREFIX = re.compile(
    r"(?<![\w/.-])((?:[A-ZÄÖÜ01l|]{1,4}[/-])*[A-Z01l|]{2,4})(?=[/-]\d{1,6}(?:[/-]\d{1,6})*(?![\w/-]))"
)
_PREFIX_PART = re.compile(r"[^/-]+")
ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def number_prefixes(text: str, lex: Lexicon) -> Iterator[Edit]:
    """The letters of a document number's prefix read as digits: "V0/0734/2020" (VO),
    "1V/27/2023" (IV), "SG/V0/2025/036" (VO after a part of letters). Only a prefix with a capital
    letter: a 0 in it is an O; a 1, l or | is an I where the prefix is then a roman number. Digits
    alone are a number's part ("2023/0451"). Each part of a prefix of several is read so
    ("0G-Z0/014/2025" is OG-ZO)."""
    for m in NUMBER_PREFIX.finditer(text):
        for part in _PREFIX_PART.finditer(m.group(1)):
            read = part.group(0)
            if not any(c.isupper() for c in read) or read.isalpha() and "l" not in read:
                continue
            meant = read.replace("0", "O")
            roman = meant.translate(str.maketrans("1l|", "III"))
            if ROMAN.fullmatch(roman):
                meant = roman
            if meant != read and meant.isalpha() and meant.isupper():
                yield Edit(m.start(1) + part.start(), m.start(1) + part.end(), meant, "number_prefix")


# the digits tesseract reads for a letter of like shape
LOOK_ALIKES = {"0": "Oo", "1": "Il", "5": "Ss", "8": "B"}
MIXED_PREFIX = re.compile(r"(?<![\w/.-])([0-9A-Za-zÄÖÜäöü]{2,6})(?=[/-]\d{1,6}(?:[/-]\d{1,6})*(?![\w/-]))")


def written_prefixes(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A document number's prefix of small and capital letters read with digits for some of
    its letters ("5ozA/0219/2027", "J0b/12/2026"), where the document writes the prefix with
    letters elsewhere ("SozA", "Job"): one way only of reading its digits as letters of like
    shape gives a word the document writes."""
    for m in MIXED_PREFIX.finditer(text):
        read = m.group(1)
        if read.isalpha() or read.isdigit() or not any(c.isalpha() for c in read):
            continue
        options = [LOOK_ALIKES.get(c, c) if c.isdigit() else c for c in read]
        if any(not o for o in options):
            continue
        found = {w for w in map("".join, itertools.product(*options)) if w.isalpha() and lex.cased[w] > 0}
        meant = found.pop() if len(found) == 1 else ""
        if any(c.isupper() for c in meant):
            yield Edit(m.start(1), m.end(1), meant, "number_prefix")


# a document number: parts of letters and digits joined by slashes, hyphens or stops, a digit in it
# ("SR/2027/0184-E1", "B-027/2027")
CODE = re.compile(r"(?<![\w/.-])(?=[\w/.-]*\d)[A-Za-z0-9]+(?:[/.-][A-Za-z0-9]+)+(?![\w/-])")
_CODE_ONES = re.compile(r"(?<=[A-Za-z0-9])[lI]")  # an "l" or "I" inside a part, after a letter or a digit


def number_ones(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A "1" inside a document number read as "l" or "I" ("SR/2027/0184-El"), where the document
    writes the same number with the "1" elsewhere, on any page (its running head "… SR/2027/0184-E1 Seite 1/2"):
    every such letter that stands after a letter or a digit of its part."""
    written = lex.codes | {m.group(0) for m in CODE.finditer(text)}
    for m in CODE.finditer(text):
        ones = [o.start() for o in _CODE_ONES.finditer(m.group(0))]
        meant = "".join("1" if k in ones else c for k, c in enumerate(m.group(0)))
        if ones and meant in written:
            yield from (Edit(m.start() + k, m.start() + k + 1, "1", "number_one") for k in ones)


# a given name whose capital "I" tesseract read as "l", before a capitalised word ("Dr. loannis Papadakis")
_NAME_L = re.compile(r"(?<![\w.-])l([a-zäöüß]{2,})(?=[ \t]+[A-ZÄÖÜ])")


def name_capitals(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A given name opening with a capital "I" read as "l" ("loannis Papadakis", "llona Weber"): an
    unknown word of small letters, the "l" a capital "I" makes a given name of, before a capitalised
    word (the surname); German writes no word so."""
    for m in _NAME_L.finditer(text):
        if lex.unknown(m.group(0)) and is_first_name("I" + m.group(1)):
            yield Edit(m.start(), m.start() + 1, "I", "capital")


# a table of contents' page reference after its dot leaders: "S. 14" as written, "5.14" / "5. 14" /
# "5,14" where tesseract read the "S" for a five
_PAGE_REFERENCE = r"(?:(?P<written>S\.[ \t]?)|(?P<read>5[.,:][ \t]?))(?P<page>\d{1,3})[ \t]*"
_LEADER_PAGE = re.compile(r"(?<=[.…])([ \t]+)" + _PAGE_REFERENCE + "$")
_PAGE_OF_ITS_OWN = re.compile(r"([ \t]*)" + _PAGE_REFERENCE)  # on a line of its own under the leaders
_LEADER_END = re.compile(markers.DOT_LEADER + r"[ \t]*$")


def contents_pages(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A page reference "S. 14" after a dot leader (or on a line of its own under it) read "5.14",
    "5. 14" or "5,14": only on a page whose other leaders end in "S. N" as written (two at least),
    where a page number with a point in it is no page ("… Quartiere ..... 5.14" beside "… Pflege
    ..... S. 20")."""
    lines = list(lines_of(text))
    found = [(pos, m) for pos, line in lines if (m := _LEADER_PAGE.search(line)) is not None]
    found += [  # the page on a line of its own under the leaders ("4.5 Teilhabe ......" / "5.23")
        (pos, m)
        for (_, above), (pos, line) in zip(lines, lines[1:], strict=False)
        if _LEADER_END.search(above) and (m := _PAGE_OF_ITS_OWN.fullmatch(line)) is not None
    ]
    if sum(m["written"] is not None for _, m in found) < 2:
        return
    for pos, m in found:
        if m["read"] is not None:
            yield Edit(pos + m.start("read"), pos + m.end("read"), "S. ", "contents_page")


# a line's marks between short items: "·" read as a hyphen, a colon or a bullet
_ITEM_SEPARATOR = re.compile(
    r"(?<=\S) ([-:" + markers.escaped(markers.MIDDLE_DOT + markers.BULLET) + r"]) (?=[A-ZÄÖÜ])"
)
_SEPARATED_ITEMS = 3  # separators in a paragraph at least (``_HYPHENS_ONLY`` where all are hyphens)
_HYPHENS_ONLY = 4
_ITEM_WORDS = 7  # words of an item at most
_ITEM_LINES = 3  # lines of the list at most


def _item_lines(lines: list[tuple[int, str]], k: int) -> list[tuple[int, str]]:
    """The lines of a list of items from line ``k`` on: up to the next blank line, a line opening a
    sentence with no separator in it ("Für jedes Handlungsfeld …"), or :data:`_ITEM_LINES`."""
    starts = vocab().sentence_starts
    out: list[tuple[int, str]] = []
    for pos, line in lines[k : k + _ITEM_LINES]:
        first = WORD.match(line)
        if not line.strip() or out and first and first.group(0) in starts and not _ITEM_SEPARATOR.search(line):
            break
        out.append((pos, line))
    return out


def middle_dots(text: str, lex: Lexicon) -> Iterator[Edit]:
    """The middle dots of a list of short items on up to three lines read as hyphens, colons or
    bullets: "Sprache und Bildung - Arbeit : Wohnen im" / "ländlichen Raum - Gesundheit" becomes
    "Sprache und Bildung · Arbeit · Wohnen im" / "ländlichen Raum · Gesundheit". Only right after a
    lead-in ending in a colon (a blank line between or not), with three separators at least (four
    where all are hyphens, which an apposition has too), every item short and opening with a
    capital, and no sentence in it."""
    lines = list(lines_of(text))
    for k, (_, line) in enumerate(lines):
        if not line.rstrip().endswith(":"):
            continue
        first = k + 1 + (k + 1 < len(lines) and not lines[k + 1][1].strip())
        items_at = _item_lines(lines, first)
        if not items_at:
            continue
        para = "\n".join(line for _, line in items_at)
        if "\t" in para or "  " in para.strip() or re.search(r"[.!?;:]\s*$", para):
            continue
        seps = list(_ITEM_SEPARATOR.finditer(para))
        hyphens = all(s.group(1) == "-" for s in seps)
        if len(seps) < (_HYPHENS_ONLY if hyphens else _SEPARATED_ITEMS):
            continue
        items = _ITEM_SEPARATOR.split(para)[::2]
        if any(not item.strip()[:1].isupper() or len(item.split()) > _ITEM_WORDS for item in items):
            continue
        if any(re.search(r"[!?:;]|[a-zäöüß]{4}\.(?:\s|$)", item) for item in items):
            continue  # a sentence, not an item
        at = items_at[0][0]
        for s in seps:
            if s.group(1) != markers.MIDDLE_DOT:
                yield Edit(at + s.start(1), at + s.end(1), markers.MIDDLE_DOT, "middle_dot")


# a mark that parts the items of a paragraph, where a middle dot is read as a hyphen or a quote mark:
# between two words (the next one a capital), at a line's end after a word or a bracket, at its start
_DOT_LOOKALIKES = "-»«" + markers.BULLET
_DOTTED = re.compile(
    r"(?<=\S) ([" + re.escape(markers.MIDDLE_DOT + _DOT_LOOKALIKES) + r"]) (?=[A-ZÄÖÜ])"
    r"|(?<=[\w)]) ([" + re.escape(markers.MIDDLE_DOT + _DOT_LOOKALIKES) + r"])$"
    r"|^([" + re.escape(markers.MIDDLE_DOT + _DOT_LOOKALIKES) + r"]) (?=[A-ZÄÖÜ])",
    re.M,
)


def dotted_paragraphs(text: str, lex: Lexicon) -> Iterator[Edit]:
    """The middle dots of a paragraph of items parted by middle dots read as hyphens or quote marks
    further on: "… Kreisrat Josef Huber (CSU) -" / "Kreisrätin Nilay Kaya (SPD) - Kreisrat …" in a
    paragraph whose first items are parted by "·". Where two separators or more, and a third of them
    at least, are read as middle dots or are middle dots by :func:`middle_dots` (a list's first
    lines after its lead-in), the others are middle dots too."""
    listed = {e.start for e in middle_dots(text, lex)}
    for block in ocr_rows.blocks(text):
        at = block[0][0]
        para = "\n".join(line for _, line in block)
        seps = [(m.start(k), m.group(k)) for m in _DOTTED.finditer(para) for k in (1, 2, 3) if m.group(k)]
        dots = sum(mark == markers.MIDDLE_DOT or at + start in listed for start, mark in seps)
        if dots < 2 or 3 * dots < len(seps):
            continue
        for start, mark in seps:
            if mark != markers.MIDDLE_DOT:
                yield Edit(at + start, at + start + 1, markers.MIDDLE_DOT, "middle_dot")


def successor(mark: str) -> str:
    return str(int(mark) + 1) if mark.isdigit() else chr(ord(mark) + 1)


_SPLIT_REST = re.compile(r" ([a-zäöüß]{2,})(?![\w-])")  # a word's rest after a space read inside it


def glued_words(text: str, lex: Lexicon) -> Iterator[Edit]:
    """Lost spaces, where the word list says so: "imBereich", "Jugendamtfür"; a given name that ends
    like a short word stays whole ("Mariam" is no "Mari am")."""
    v = vocab()
    for m in WORD.finditer(text):
        token = m.group(0)
        if len(token) < 5 or token.casefold() in lex.listed or text[max(0, m.start() - 1) : m.start()] == "-":
            continue  # (a word broken at a hyphen or the rest of a hyphenated compound is left alone)
        camel = re.fullmatch(r"([a-zäöüß]{2,5})([A-ZÄÖÜ][a-zäöüß]{2,})", token)
        if camel and camel.group(1) in v.glue_before:
            # no German word is a short word in lower case and a capitalised one: glued however often it
            # recurs, a compound's first part too ("desIntegrations- und Ausländerbeirates")
            yield Edit(m.start() + len(camel.group(1)), m.start() + len(camel.group(1)), " ", "lost_space")
            continue
        if text[m.end() : m.end() + 1] == "-":
            continue  # (a word broken at a hyphen or part of a hyphenated compound is left alone)
        if not lex.unknown(token) or is_first_name(token):
            continue  # (a given name ending like a short word: "Mariam", "Miriam")
        rest = _SPLIT_REST.match(text, m.end())
        if rest is not None and lex.seen[(token + rest.group(1)).casefold()] > 0:
            continue  # "Fachdie nst" beside "Fachdienst": a space read inside a word (split_words), no glue
        for glue in v.glue_after:
            left = token[: -len(glue)]
            if token.endswith(glue) and len(left) >= 4 and left[0].isupper() and lex.known(left):
                yield Edit(m.start() + len(left), m.start() + len(left), " ", "lost_space")
                break


def split_words(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A space read inside a word, where neither piece is a known word and the whole is:
    "Ju gendamt", "Integrations konzept"."""
    # (the right piece in a lookahead: it may be the left piece of the next pair, "Rat beschli eßt")
    for m in re.finditer(r"(?<![\w-])([A-Za-zÄÖÜäöüß]{2,}) (?=([a-zäöüß]{2,})(?![\w-]))", text):
        left, right = m.groups()
        if not lex.unknown(left) or not lex.unknown(right) or left in vocab().glue_before:
            continue
        whole = left + right
        if whole.casefold() in lex.listed or lex.seen[whole.casefold()] > 0:
            yield Edit(m.start(2) - 1, m.start(2), "", "added_space")


def letters(text: str, lex: Lexicon) -> Iterator[Edit]:
    """Ligature characters, and letters misread inside a word that is unknown while the word
    with the letters swapped is known, as it stands or without an ending -n or -s (the word list
    has "Handlungsfelder", not "Handlungsfeldern"): "Biirger", "StraBe", "Handiungsfeldern"."""
    v = vocab()
    for lig, plain in v.ligatures.items():
        for m in re.finditer(re.escape(lig), text):
            yield Edit(m.start(), m.end(), plain, "ligature")
    for m in WORD.finditer(text):
        token = m.group(0)
        if len(token) < 4 or not lex.unknown(token):
            continue
        for wrong, right, least in v.letter_swaps:
            at = token.find(wrong, 1 if wrong[0].isupper() else 0)  # (a capital B starts words)
            if at < 0 or len(token) < least:
                continue
            fixed = token[:at] + right + token[at + len(wrong) :]
            if fixed.casefold() in lex.listed or fixed[-1] in "ns" and fixed[:-1].casefold() in lex.listed:
                yield Edit(m.start() + at, m.start() + at + len(wrong), right, "letter")
                break


# a word of letters with one digit inside, between small letters: a letter read as a digit ("Hod2id")
DIGIT_IN_WORD = re.compile(r"(?<![\w-])[A-ZÄÖÜ]?[a-zäöüß]{2,}(\d)[a-zäöüß]{2,}(?![\w-])")


def digit_letters(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A digit read in place of a letter inside a word, between small letters (a name's letter with
    a mark, "Hodžić" read "Hod2id"): the letter the digit looks like (``digit_letters``)."""
    swaps = vocab().digit_letters
    for m in DIGIT_IN_WORD.finditer(text):
        if m.group(1) in swaps:
            yield Edit(m.start(1), m.end(1), swaps[m.group(1)], "letter")


_SHORT = re.compile(r"\b([A-Za-zÄÖÜäöüß]{2,3})\.")  # a short word with its full stop: "Ifd.", "Nr."


def abbreviations(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A short abbreviation's first letter misread ("Ifd. Nr." for "lfd. Nr."): an unknown word before a
    full stop that with its first letter swapped is an abbreviation German writes (never a known word)."""
    v = vocab()
    for m in _SHORT.finditer(text):
        token = m.group(1)
        if not lex.unknown(token) or token.casefold() in ABBREVIATIONS:
            continue
        for wrong, right in v.abbreviation_swaps:
            if token.startswith(wrong) and (right + token[len(wrong) :]).casefold() in ABBREVIATIONS:
                yield Edit(m.start(1), m.start(1) + len(wrong), right, "abbreviation")
                break


def status_pairs(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A stray letter read into a column head of session statuses ("Öy/N" for "Ö/N")."""
    for m in vocab().status_pair.finditer(text):
        yield Edit(m.start(1), m.end(1), "", "status_pair")


def initial_capitals(text: str, lex: Lexicon) -> Iterator[Edit]:
    """A capital read as its lower-case letter at a word's start (``case_misreads``): "Amt für jugend",
    "jobcenter Bremerhaven", "integrationskonzept der Stadt". The capital comes back where the
    document writes the word with it elsewhere and nowhere else in lower case, or, for a capital
    that reaches below the line (``descending``), where the word stands nowhere else at all; never
    for a word German writes in lower case (``lower_case_words``), nor on the document's evidence
    for an inflected adjective ("Interkulturelle Öffnung" as a name, "interkulturelle Arbeit")."""
    v = vocab()
    letters = "".join(v.case_misreads)
    for m in re.finditer(rf"(?<![\w.-])[{letters}][a-zäöüß]{{3,}}(?![\w-])", text):
        word = m.group(0)
        capital = v.case_misreads[word[0]] + word[1:]
        if v.lower_case_words.fullmatch(word) or lex.cased[word] > 1:
            continue
        if word[0] in v.descending:
            evident = lex.seen[word.casefold()] <= 1 or lex.cased[capital] > 0
        else:
            evident = lex.cased[capital] > 0 and not v.adjective.fullmatch(word)
        if evident:
            yield Edit(m.start(), m.start() + 1, capital[0], "capital")


REPAIRS: tuple[Callable[[str, Lexicon], Iterator[Edit]], ...] = (
    drawn_rows,
    tree_joints,
    series_marks,
    footnote_marks,
    timeline_nodes,
    page_numbers,
    misread_bullets,
    list_numbers,
    spaced_dashes,
    row_dashes,
    rule_debris,
    rule_noise,
    bar_rows,
    dates,
    edge_specks,
    enumerations,
    contents_pages,
    middle_dots,
    dotted_paragraphs,
    stray_periods,
    stroke_letters,
    read_twice,
    title_stops,
    spaced_slashes,
    zero_counts,
    list_blank_lines,
    paragraph_case,
    sentence_case,
    list_ends,
    lost_dashes,
    roman_numbers,
    roman_after_names,
    number_prefixes,
    written_prefixes,
    number_ones,
    name_capitals,
    letters,
    digit_letters,
    abbreviations,
    status_pairs,
    initial_capitals,
    glued_words,
    glued_numbers,
    split_words,
)


def edits_of(
    text: str, lex: Lexicon, repairs: tuple[Callable[[str, Lexicon], Iterator[Edit]], ...] = REPAIRS
) -> list[Edit]:
    """The edits of every repair, earlier repairs first where two touch the same characters (edits
    side by side both stand: "Bildunqg °" loses its speck and its "q"; two insertions at one place
    do not)."""
    taken: list[Edit] = []
    for repair in repairs:
        for e in repair(text, lex):
            if all(apart(e, t) for t in taken):
                taken.append(e)
    return sorted(taken, key=lambda e: (e.start, e.end))


def apart(a: Edit, b: Edit) -> bool:
    """Whether two edits change different characters: side by side is apart, unless both insert."""
    if a.start == a.end == b.start == b.end:
        return False
    return a.end <= b.start or a.start >= b.end


def apply(text: str, edits: list[Edit]) -> tuple[str, list[Repair]]:
    """The text with the edits made, and each as a repair with its offsets into the new text."""
    out: list[str] = []
    repairs: list[Repair] = []
    pos = shift = 0
    for e in edits:
        out.append(text[pos : e.start])
        start = e.start + shift
        out.append(e.new)
        repairs.append(Repair(start, start + len(e.new), text[e.start : e.end], e.kind))
        shift += len(e.new) - (e.end - e.start)
        pos = e.end
    out.append(text[pos:])
    return "".join(out), repairs


def repair_text(text: str, lex: Lexicon, open_above: bool = False) -> tuple[str, list[Repair]]:
    """One page of OCR text repaired (NFC text in, NFC text out); ``open_above``: the page before
    ended in the middle of a drawn box's row that goes on on this page (:func:`open_box`)."""
    if not open_above:
        return apply(text, edits_of(text, lex))
    repairs = tuple(functools.partial(drawn_rows, open_above=True) if r is drawn_rows else r for r in REPAIRS)
    return apply(text, edits_of(text, lex, repairs))


def lexicon(texts: list[str], lang: str) -> Lexicon:
    codes = frozenset(m.group(0) for t in texts for m in CODE.finditer(t))
    return Lexicon(tesseract_words(lang), document_words(texts), cased_words(texts), codes)
