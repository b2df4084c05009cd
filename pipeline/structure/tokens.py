"""Token-typed cells: a table row read by what its words are, whatever separates them.

A row whose cells are joined by single spaces (text exported by other tools, the ``text``
of an OParl file, pdfium text of a borderless table) has no columns to cut at. It is cut
by the types of its tokens instead:

    "Di, 20.02.2017 17:00 Uhr Haupt- und Finanzausschuss TOP 7 Ö Vorberatung zugestimmt"
     date ──────────────────── text ──────────────────── top ── pub role ────── result

Types: ``date`` (numeric "20.02.2017"/"20.02.17", textual "5. Dezember 2024", with a weekday
before it "Di, " / "Dienstag, " or in brackets after it "(Mo.)", and a time after it "17:00 Uhr"),
``top`` ("TOP 7", "Ö 3.1", "N 12", and a session's number in a council's register, "KA/XIX/104"), ``num`` (a bare "7": a
TOP number or part of a name such as "Bezirksausschuss 3", which only the table around it can
tell), ``public`` (Ö, N, ö, nö, öffentlich, nicht
öffentlich), ``mark`` (x, ✓ under an ö or nö column), ``role`` (Vorberatung, Entscheidung,
Kenntnisnahme ...), ``result`` (zugestimmt, vertagt, zur Kenntnis genommen ...), ``text``
(everything else: the body) and ``empty`` (punctuation and filler words such as "am").

The words come from the caller (:class:`TokenVocab`, compiled from the extractor's YAML),
so this module knows only the shapes of dates, times and numbers. Rows with tabs or wide
gaps are first cut into their columns (``Line.cells`` / ``Line.columns``); each column is
then typed the same way, so "Vorberatung N" in one column gives a role and a status.

    >>> import re
    >>> v = TokenVocab(dates=lambda s, a, b: [(m.start(), m.end(), "2017-02-20")
    ...                                       for m in re.finditer(r"20\\.02\\.2017", s[:b])],
    ...                roles=[("preliminary", re.compile(r"\\bVorberatung\\b"))],
    ...                public=[(True, re.compile(r"(?<!\\w)Ö(?!\\w)"))],
    ...                results=[("agreed", re.compile(r"\\bzugestimmt\\b"))])
    >>> [(c.kind, c.text) for c in typed("Di, 20.02.2017 17:00 Uhr Sozialausschuss TOP 7 Ö Vorberatung", v)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('date', 'Di, 20.02.2017 17:00 Uhr'), ('text', 'Sozialausschuss'), ('top', 'TOP 7'), ('public', 'Ö'),
     ('role', 'Vorberatung')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.lang.de import dates, markers
from pipeline.lang.de.closed_class import CITING, FILLER_WORDS, NAME_LINKS, either, words

from .lines import Line

# (start, end, iso) of each date in text[start:end]
DateFinder = Callable[[str, int, int], "list[tuple[int, int, str]]"]

WEEKDAY = re.compile(dates.WEEKDAY + r"[ \t]*,?[ \t]*(?:(?:den|am)[ \t]+)?$")
# a date's time after it, after a comma or a bar parting the date's cells ("Do 15.04.27 | 17:30 Uhr")
TIME = re.compile(r"[ \t]*[,|]?[ \t]*" + dates.TIME_OF_DAY)
# a date's weekday in brackets after it ("06.09.2027 (Mo.)"): a part of the date's cell
WEEKDAY_AFTER = re.compile(r"[ \t]*\([ \t]*" + dates.WEEKDAY + r"[ \t]*\)")
TOP = re.compile(
    r"(?<!\S)(?:(?:TOP|Top|TO)\.?[ \t]*(?:(?P<p1>[ÖNön])[ \t]*)?|(?P<p2>[ÖN])[ \t]?)"
    r"\d{1,3}(?:\.\d{1,3})*[a-z]?\.?(?!\S)"
)
# a meeting's number in a council's register: a body's letters, maybe the term's, and a count
# ("KA/XIX/104", "BA/12", "GR/2027/7"): the number of the session a row names, no word of a name
SESSION = re.compile(r"(?<!\S)[A-ZÄÖÜ]{1,6}/(?:[IVXLC]{1,6}/|\d{2,4}/)?\d{1,4}(?!\S)")
NUM = re.compile(r"(?<!\S)\d{1,3}(?:\.\d{1,3})*[a-z]?\.?(?!\S)")
MARK = re.compile(r"(?<!\S)[xX" + markers.escaped(markers.TICKS) + r"](?!\S)")
# what stands between cells without meaning anything: punctuation, bars, a timeline's nodes, "am", "vom", "Uhr"
FILLER = re.compile(
    r"(?:[\s,.;:/|()\[\]_"
    + markers.escaped(markers.ITEM_MARKS + markers.ARROWS + markers.TIMELINE_NODES + markers.DRAWN_BARS)
    + r"]|\b(?:"
    + either(FILLER_WORDS)
    + r")\b)*"
)
# a word after which a typed word is part of a name: "Ausschuss für Information und Kommunikation"
_LINKED = re.compile(r"(?:\b(?:" + either(NAME_LINKS) + r")|&)[ \t]*$", re.I)


# a paragraph of a code or a statute, as a Beratungsfolge's column of the legal basis cites it: "§ 58 I NKomVG",
# "§ 27 Abs. 8 GO NRW", "§ 41 Abs. 1 Satz 2 Buchst. a", "§ 10 HS"; the law's name holds two capitals at least
_LAW = r"[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]{0,12}[A-ZÄÖÜ][A-Za-zäöü]{0,6}(?:[ \t]+(?:NRW|BW|LSA|M-V|RP|SH|BY))?(?![\w-])"
# ... or a statute named in words: "der Hauptsatzung", "der Satzung des Integrationsrates" (its name maybe wrapped)
_NAMED_LAW = (
    r"[ \t]+der[ \t]+(?:Satzung|[A-ZÄÖÜ][a-zäöüß]*(?:satzung|ordnung|gesetz(?:es)?))"
    r"(?:[ \t]+(?:des|der)(?:[ \t]+[A-ZÄÖÜ][a-zäöüß]+)?)?"
)
LEGAL = re.compile(
    r"(?<![^\s(])§§?[ \t]*\d{1,4}[a-z]?(?![\w.])"
    r"(?:[ \t]+[IVX]{1,4}(?!\w))?"
    r"(?:[ \t]+(?:Abs\.|Absatz)[ \t]*\d{1,3}[a-z]?(?:[ \t]+und[ \t]+\d{1,3})?(?!\w))?"
    r"(?:[ \t]+(?:S\.|Satz)[ \t]*\d{1,2}(?!\w))?"
    r"(?:[ \t]+(?:Nr\.|Nummer|Ziff\.|Ziffer)[ \t]*\d{1,3}[a-z]?(?!\w))?"
    r"(?:[ \t]+(?:Buchst\.|lit\.)[ \t]*[a-z](?!\w))?"
    rf"(?:[ \t]+{_LAW}|{_NAMED_LAW})?[;,]?"
)
# a note in brackets which item of the proposal a body's dealing is for: "(Ziffer 3: Vergabe)", "(nur Ziff. 2)"
# ... or after the status in its brackets: "(nichtöffentlich, nur Ziffer 3)"
_ITEM_NOTE = re.compile(
    r"\((?:nur[ \t]+)?(?:Ziffer|Ziff\.|Nr\.)[ \t]*\d{1,2}(?:[:,][^()\n]{0,40})?\)"
    r"|(?<=,)[ \t]*nur[ \t]+(?:zu[ \t]+)?(?:Ziffer|Ziff\.)[ \t]*\d{1,2}(?:[ \t]+und[ \t]+\d{1,2})?(?=\))"
)
# what joins two cited paragraphs into one citation: "i. V. m.", "und", "sowie", a comma or a semicolon
_CITED_ON = re.compile(r"[ \t]*(?:i\.[ \t]?V\.[ \t]?m\.|und|sowie|[,;])?[ \t]*")


def legal_references(text: str) -> list[tuple[int, int]]:
    """The citations of paragraphs in a line (start, end), a chain of them one ("§ 57 Abs. 2 GO NRW i. V. m.
    § 6 Nr. 7 ZustO").

    >>> t = "Integrationsrat § 27 Abs. 8 GO NRW; 04.05.2027"
    >>> [t[a:b] for a, b in legal_references(t)]
    ['§ 27 Abs. 8 GO NRW;']
    >>> t = "Ausschuss für Soziales § 57 Abs. 2 GO NRW i. V. m. § 6 Nr. 7 ZustO 06.05.2027"
    >>> [t[a:b] for a, b in legal_references(t)]
    ['§ 57 Abs. 2 GO NRW i. V. m. § 6 Nr. 7 ZustO']
    >>> t = "Ortsrat Altenwalde § 94 I NKomVG Mo 03.05.2027 19:00 öffentlich"
    >>> [t[a:b] for a, b in legal_references(t)]
    ['§ 94 I NKomVG']
    """
    out: list[tuple[int, int]] = []
    cited = [m for m in LEGAL.finditer(text) if not _told(text, m.start())]
    for m in sorted([*cited, *_ITEM_NOTE.finditer(text)], key=lambda m: m.start()):
        join = _CITED_ON.fullmatch(text, out[-1][1], m.start()) if out else None
        if join is not None:
            out[-1] = (out[-1][0], m.end())
        else:
            out.append((m.start(), m.end()))
    # a chain's link after its last paragraph, the next one on the line below ("… GO NRW i. V. m."), or before its
    # first, the one before on the line above ("und § 50 Abs. 3 GO NRW")
    out = [(0 if _LEADING_LINK.fullmatch(text, 0, a) else a, _link_end(text, b)) for a, b in out]
    # ... and its brackets, a citation set under a cell's word ("nicht öffentlich" over "(§ 78 II NKomVG)")
    return [(a - 1, b + 1) if text[a - 1 : a] == "(" and text[b : b + 1] == ")" else (a, b) for a, b in out]


def _link_end(text: str, at: int) -> int:
    """Where a chain's link after a citation ending at ``at`` ends ("i. V. m."); ``at`` where none follows."""
    m = _TRAILING_LINK.match(text, at)
    return m.end() if m else at


def _told(text: str, at: int) -> bool:
    """Whether a paragraph cited at ``at`` is a remark's or a sentence's, no column's: after "nach", "gemäß" or
    "laut", or inside a bracket opened before it ("(Anhörung nach § 94 NKomVG, Mi, 10.03.27)")."""
    before = text[:at]
    return _CITING.search(before) is not None or (before.count("(") > before.count(")") and not before.endswith("("))


_CITING = re.compile(r"\b(?:" + either(CITING) + r"|i\.[ \t]?S\.[ \t]?d\.)[ \t]*$")
_TRAILING_LINK = re.compile(r"(?:[ \t]+i\.[ \t]?V\.[ \t]?m\.(?!\S)|[ \t]+(?:und|sowie)(?=[ \t]*$))?")
_LEADING_LINK = re.compile(r"[ \t]*(?:und|sowie|i\.[ \t]?V\.[ \t]?m\.)[ \t]+")


@dataclass(frozen=True, eq=False)  # hashed by identity: a key of the typed cells' cache
class TokenVocab:
    """The words a row is typed by; the caller compiles them (the extractor from its YAML)."""

    dates: DateFinder
    roles: Sequence[tuple[str, re.Pattern[str]]]
    public: Sequence[tuple[bool, re.Pattern[str]]]
    results: Sequence[tuple[str, re.Pattern[str]]]
    heads: re.Pattern[str] | None = None  # a whole word that names a body by its head ("Hauptausschuss")


@dataclass
class Cell:
    """A typed piece of a row, with offsets into the document text and its column."""

    start: int
    end: int
    text: str
    kind: str  # date | top | num | public | mark | role | result | text | empty
    value: Any = None  # iso date, role id, True/False, result id, TOP's public status
    col: int = 0  # index of the tab/gap column it came from

    @property
    def public(self) -> bool | None:
        return self.value if self.kind in ("public", "top") else None


def typed(text: str, vocab: TokenVocab, offset: int = 0, col: int = 0) -> list[Cell]:
    """``text`` cut into typed cells, offsets shifted by ``offset``."""
    return [Cell(offset + s, offset + e, t, kind, value, col) for s, e, t, kind, value in _typed(text, vocab)]


@functools.lru_cache(maxsize=4096)  # the table readers type the same lines again, each for its own cut
def _typed(text: str, vocab: TokenVocab) -> tuple[tuple[int, int, str, str, Any], ...]:
    """The typed cells of ``text`` as (start, end, text, kind, value), offsets into ``text``."""
    found: list[tuple[int, int, str, Any]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e, _, _ in found)

    for a, b, iso in vocab.dates(text, 0, len(text)):
        if (w := WEEKDAY.search(text, 0, a)) is not None and (w.start() == 0 or not text[w.start() - 1].isalnum()):
            a = w.start()
        if (t := TIME.match(text, b)) is not None and t.end() > b:
            b = t.end()
        if (t := WEEKDAY_AFTER.match(text, b)) is not None:
            b = t.end()
        if free(a, b):
            found.append((a, b, "date", iso))
    for a, b in legal_references(text):  # a column of the legal basis: no word of a name, no number of an item
        if free(a, b):
            found.append((a, b, "empty", "legal"))
    for rid, pat in vocab.results:
        found.extend((m.start(), m.end(), "result", rid) for m in pat.finditer(text) if free(m.start(), m.end()))
    for m in TOP.finditer(text):
        if free(m.start(), m.end()):
            mark = m["p1"] or m["p2"]
            found.append((m.start(), m.end(), "top", None if mark is None else mark in "Öö"))
    for m in SESSION.finditer(text):
        if free(m.start(), m.end()):
            found.append((m.start(), m.end(), "top", None))
    for value, pat in vocab.public:
        found.extend((m.start(), m.end(), "public", value) for m in pat.finditer(text) if free(m.start(), m.end()))
    for rid, pat in vocab.roles:
        found.extend((m.start(), m.end(), "role", rid) for m in pat.finditer(text) if free(m.start(), m.end()))
    for kind, pat in (("mark", MARK), ("num", NUM)):
        found.extend((m.start(), m.end(), kind, None) for m in pat.finditer(text) if free(m.start(), m.end()))
    found.sort()
    out: list[Cell] = []
    pos = 0
    for s, e, kind, value in found:
        # a result word ("Einstimmig", "Mehrheitlich") is no noun of a name, even after "und" or "für"
        linked = kind != "result" and _linked(text, s, e, pos) and not _closing_role(kind, value, text, s, e)
        # "Ö 4 Vorberatung und Gesundheit": a role word right after a typed cell opens a cell, no name
        after_cell = bool(out) and out[-1].kind != "text" and not text[pos:s].strip()
        if kind in ("role", "public", "result") and (linked or (_leads(text, e, vocab) and not after_cell)):
            continue  # a word of a name, not a cell of its own
        if s > pos:
            out.append(_text(text, pos, s, 0, 0))
        if value != "legal":  # a citation is no cell a reader reads: the name before it ends there
            out.append(Cell(s, e, text[s:e], kind, value))
        pos = e
    if pos < len(text):
        out.append(_text(text, pos, len(text), 0, 0))
    return tuple((c.start, c.end, c.text, c.kind, c.value) for c in _openers(_merge(out, text, 0)))


_ROLE_OPENERS = words("prepositions", "contractions")


def _openers(cells: list[Cell]) -> list[Cell]:
    """A lone lower-case preposition before a role word opens the role's cell ("zur Vorberatung",
    "zum Beschluss"), and one after a role word at the cell's end goes on with the role's next line
    ("Information zur" / "Kenntnis"): no text of its own, so never a name's part. A dash parting the
    cells may stand before it ("– zur Beschlussfassung")."""
    for k, c in enumerate(cells):
        word = c.text.split()[-1] if c.text.split() else ""
        if c.kind != "text" or word not in _ROLE_OPENERS or not word.islower():
            continue
        if not FILLER.fullmatch(c.text[: -len(word)]):
            continue
        if (k + 1 < len(cells) and cells[k + 1].kind == "role") or (
            k == len(cells) - 1 and k and cells[k - 1].kind == "role"
        ):
            cells[k] = Cell(c.start, c.end, c.text, "empty", None, c.col)
    return cells


def _linked(text: str, s: int, e: int, pos: int) -> bool:
    """A typed word inside a name: after "für"/"und"/"der" with name text before it, or after a
    comma inside a "für" phrase ("Ausschuss für Bildung, Information und Kultur")."""
    before = text[pos:s]
    if e - s <= 2:  # a status letter ("Ö", "N", "nö") is never a word of a name
        return False
    if not text[s : s + 1].isupper():
        return False  # names are nouns: "zugestimmt" after "für" at a line end is a result
    if text[e : e + 1] == "." and text[s:e].isalpha() and text[e - 1 : e].islower():
        return False  # a word cut short by a stop ("Vorb.", "Kenntn."): a narrow column's cell, no noun of a name
    link = _LINKED.search(before)
    if link is not None:  # name text before the link word: "Beratung und Beschlussfassung" is two role words
        return bool(re.search(r"[A-Za-zÄÖÜäöüß]{3}", before[: link.start()]))
    if not (before.rstrip().endswith(",") and re.search(r"\bfür\b", before)):
        return False
    # a word of the name where the name goes on after it or the line ends: "Bildung, Information und Kultur";
    # before another cell it is a cell ("Ausschuss für Gesundheit, Vorberatung Ö 6 zurückgestellt")
    return _NEXT.match(text, e) is not None or not text[e:].strip()


_NEXT = re.compile(r"[ \t]*(?:,|und|sowie)[ \t]+([A-ZÄÖÜ][\wäöüß-]+)")
_STEPS = ("preliminary", "decision")  # the roles of a step of the procedure: no topic a body is named for


def _closing_role(kind: str, value: Any, text: str, s: int, e: int) -> bool:
    """A recommendation's or decision's word ending the line right after a name's comma: the row's role, the name
    wrapped onto the next line ("Ausschuss für Soziales, Familie, Bildung, Empfehlungsbeschluss" / "Sport und
    Kultur")."""
    return kind == "role" and value in _STEPS and not text[e:].strip() and text[:s].rstrip().endswith(",")


def _leads(text: str, e: int, vocab: TokenVocab) -> bool:
    """A typed word that opens a name going on after "und": "Information und Soziales"."""
    m = _NEXT.match(text, e)
    if m is None or not text[:e].split()[-1][:1].isupper() or len(text[:e].split()[-1]) <= 2:
        return False  # a status letter ("Ö", "N") is never a word of a name: "Partizipation Ö und Antidiskriminierung"
    if m is None or not text[:e].split()[-1][:1].isupper():
        return False
    word = m.group(1)
    if word.endswith("-") and len(text[:e].split()) > 1:
        return False  # "Bau Beratung und Beschlussfas-": after a name on its line, a cell's word cut in two
    if vocab.heads is not None and vocab.heads.fullmatch(word):
        return False  # "Vorberatung und Hauptausschuss": a role cell, then the name's last line
    return not any(p.fullmatch(word) for _, p in [*vocab.roles, *vocab.public, *vocab.results])


def role_before_date(cells: list[Cell], kinds: Sequence[str | None], vocab: TokenVocab) -> list[Cell]:
    """A single-spaced row's cells under a header that sets the role's column between the bodies' and
    the dates' ("Gremium Zuständigkeit Datum"): a role word ending the name's cell right before the
    date is the role's cell, though a link word stands before it ("Ausschuss für Soziales, Gesundheit
    und Vorberatung Montag, 15. März 2027", the name's rest wrapped below); the cells as they are where
    the row shows a role cell of its own or the header another order."""
    if not ("body" in kinds and "role" in kinds and "date" in kinds) or any(c.kind == "role" for c in cells):
        return cells
    if not kinds.index("body") < kinds.index("role") < kinds.index("date"):
        return cells
    k = next((k for k, c in enumerate(cells) if c.kind == "date"), 0)
    name = cells[k - 1] if k else None
    words = name.text.split() if name is not None and name.kind == "text" else []
    if name is None or len(words) < 2:
        return cells
    role = typed(words[-1], vocab)
    if [c.kind for c in role] != ["role"]:
        return cells
    at = name.start + name.text.rstrip().rfind(words[-1])
    rest = name.text[: at - name.start].rstrip()
    cut = [
        Cell(name.start, name.start + len(rest), rest, "text", None, name.col),
        Cell(at, at + len(words[-1]), words[-1], "role", role[0].value, name.col),
    ]
    return [*cells[: k - 1], *cut, *cells[k:]]


def _text(text: str, a: int, b: int, offset: int, col: int) -> Cell:
    part = text[a:b]
    core = part.strip().rstrip(" ;:|([").lstrip(" ,;:|)]")  # what opens the next cell or closes the last
    lead = part.find(core) if core else 0
    kind = "empty" if FILLER.fullmatch(core) else "text"
    return Cell(offset + a + lead, offset + a + lead + len(core), core, kind, None, col)


def _merge(cells: list[Cell], text: str, offset: int) -> list[Cell]:
    """Cells without text dropped, adjacent text cells joined."""
    out: list[Cell] = []
    for c in cells:
        if c.kind == "empty" and not c.text:
            continue
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "text" and c.kind == "text":
            out[-1] = Cell(prev.start, c.end, text[prev.start - offset : c.end - offset], "text", None, prev.col)
        else:
            out.append(c)
    return out


# a word that links the parts of a name, alone between two gaps of a justified line
_LONE_LINK = re.compile(r"(?<=\S {2})(?:" + either(NAME_LINKS) + r")(?= {2,3}\S)")


# a line whose every gap is one width of two or three spaces, its last word cut by a hyphen
_EVEN_CUT = re.compile(r"\S+( {2,3})\S+(?:\1\S+){2,}(?<=\w-)")
# ... or of five words at least, one of them ending in a comma before its gap, as no cell does before the next
_EVEN = re.compile(r"\S+( {2,3})\S+(?:\1\S+){3,}")
_COMMA_GAP = re.compile(r"\w,(?= {2,3}\S)")
_DIGIT = re.compile(r"\d")


_AFTER_LEADER = 4  # the words after a dot leader: "am 07.09.2027 (Di),"


def justified(text: str) -> bool:
    """Whether a line's wide gaps are those of a line set justified (pdfminer.six stretches every
    gap between its words to two or three spaces), not columns: no gap wider than three spaces,
    and a word that links a name's parts stands alone between two of them, as no cell does; or
    every gap between its words as wide, its last word cut by a hyphen for the next line, or a word
    before one of them ending in a comma.

    >>> justified("2. Ausschuss  für  Umwelt,  Verkehr  und  Bauen  –  11.02.2025  –  Vorberatung")
    True
    >>> justified("Stadtrat  Bad Musterau  Mo  03.04.2025  Entscheidung  öf-")
    False
    >>> justified("Stadtrat  Musterau  Mo  03.04.2025  Entscheidung  öf-")
    True
    >>> justified("Ausschuss für Umwelt  11.02.2025  Vorberatung")
    False
    >>> justified("22.02.2027  18:30  Ortsrat  Westercelle  Grundschule  Westercelle,  Aula")
    True
    >>> justified("22.02.2027  18:30  Ortsrat  Grundschule,  Aula")
    True
    >>> justified("Sozialausschuss  12.03.2020  öffentlich,  Vorberatung")
    False
    >>> justified("So  ist  die  Wasserbilanz  so  nah  wie  möglich  zu  halten,  was  dazu")
    False

    A dot leader the reader set blank is the one wide gap, after the justified words, before a date's few words:

    >>> justified("(1)  Ausschuss  für  Umwelt  und  Bauen             am 07.09.2027 (Di),")
    True
    """
    body = text.strip()
    parts = re.split(r" {4,}", body)
    if len(parts) == 2 and _LONE_LINK.search(parts[0]) is not None and len(parts[1].split()) <= _AFTER_LEADER:
        return True  # a justified line's one wide gap a dot leader's, a date's few words after it
    if len(parts) > 1:
        return False
    if _EVEN.fullmatch(body) is not None and _COMMA_GAP.search(body) is not None and _DIGIT.search(body) is not None:
        return True  # a row's cells an export stretched: a date or time among them, no sentence of prose
    return _LONE_LINK.search(body) is not None or _EVEN_CUT.fullmatch(body) is not None


def row_cells(line: Line, vocab: TokenVocab) -> tuple[str, list[Cell]]:
    """How a line is cut (``tab``, ``gap`` or ``tokens``) and its typed cells.

    Tab-separated lines keep their empty cells (a column index counts every tab); lines
    cut at wide gaps keep only the cells they show; a line with neither is cut by tokens.
    """
    if "\t" in line.text:
        mode, parts = "tab", [(s, e, t) for s, e, t in line.cells]
    elif "  " in line.text.strip() and not justified(line.text):
        mode, parts = "gap", line.columns
    else:
        mode, parts = "tokens", [(line.start, line.end, line.text)]
    out: list[Cell] = []
    for col, (s, _, t) in enumerate(parts):
        if t.strip():
            found = typed(t, vocab, s, col)
            out.extend(_numbered_name(found, t, s, mode == "tokens"))
    return mode, out


_DISTRICT_CODE = re.compile(r"[1-9]\d{2}")  # a district's number of three digits: "310"


def _numbered_name(cells: list[Cell], text: str, start: int, single: bool) -> list[Cell]:
    """A cell's words with a number between two parts of one name joined as one text cell: the
    number is the name's ("Bezirksausschuss 3 (Altstadt-Nord)"), not an agenda item's; in a line
    set with single spaces (``single``) only where a bracket opens the name's rest, or where the number has three
    digits, as a district's code has and an agenda item's seldom, and a capitalised word goes on with the name
    ("Stadtbezirksrat im Stadtbezirk 310 Westliches Ringgebiet")."""
    kinds = [c.kind for c in cells]
    for k in range(len(cells) - 2):
        rest = cells[k + 2].text
        coded = _DISTRICT_CODE.fullmatch(cells[k + 1].text.strip()) is not None and rest[:1].isupper()
        if kinds[k : k + 3] == ["text", "num", "text"] and (not single or rest.startswith("(") or coded):
            a, b = cells[k].start, cells[k + 2].end
            joined = Cell(a, b, text[a - start : b - start], "text", None, cells[k].col)
            return [*cells[:k], joined, *_numbered_name(cells[k + 3 :], text, start, single)]
    return cells
