"""consultation_tables' row ends: where a wrapped body name stops and another column's cell
begins on its line, whether a name goes on below, and where a block under a header ends."""

from __future__ import annotations

import re

from pipeline.lang.de import dates, markers
from pipeline.structure import Line
from pipeline.structure.tokens import MARK, Cell

from .headers import Header, column_kind
from .table_rows import Item, body_cells, name_left_open, set_apart
from .vocab import OPEN_END, Vocab, has_head

# a lower-case word after the first that is no link word of a name: the rest of another column's cell
_LINKS = r"(?:und|oder|für|der|des|den|dem|die|von|vom|im|in|zur|zum|mit|sowie)\b"
# a lower-case word after the first that is no link word of a name: the rest of another column's cell
REST = re.compile(r"(?<=\S)\s+(?!" + _LINKS + r")(?=[a-zäöüß])")
# another cell's sentence after a name's part on its line: a capitalised article or preposition with digits or a
# verb after it ("Fachausschuss Schule, Jugend, Die DS 41/2025 gilt", "Fachausschuss Kindertagesstät- Zu 1.,2.")
_OPENER = re.compile(r"(?<=\S)\s+(?=(?:Der|Die|Das|Den|Dem|Zu|Zum|Zur|Bei|Mit|Nach|Laut|Siehe)\s)")
# or the noun after a comma that a verb follows: "Fachausschuss Schule, Jugend, Beschlussvorlage gilt bei"
_SUBJECT = re.compile(r"(?<=,)\s+(?=[A-ZÄÖÜ][\wäöüß-]*\s+(?!" + _LINKS + r")[a-zäöüß])")
_DIGITS = re.compile(r"(?<=\S)\s+(?=\S*\d)")  # "ten Einst./2Enth.": a vote's numbers after a name's rest

# a meeting's time of day, a cell of the dates' column wrapped under its date ("17:00 Uhr", "9.30 Uhr", "18 Uhr")
TIME = re.compile(rf"(?<!\S)(?:{dates.TIME_OF_DAY})(?!\S)")
# the same after the meeting's weekday ("Mo, 16:00"), as a date's cell sets them on its second line
DAY_TIME = re.compile(rf"(?<!\S)(?:{dates.WEEKDAY}[ \t]*,?[ \t]*)?(?:{dates.TIME_OF_DAY})(?!\S)")


def goes_on(items: list[Item], j: int, hdr: Header | None) -> bool:
    """Whether the blank line ``j`` stands inside a name: the name above it is left open (a row's body
    cell too, over its role wrapped onto a line of its own) and a line of text follows it."""
    return name_left_open(items[:j], hdr) and next((k for k, *_ in items[j + 1 :] if k != "blank"), "") == "text"


def table_end(items: list[Item], hdr: Header | None) -> list[Item]:
    """Under a header: a date alone on its line is a row whose name wraps around it (a run of such
    lines is a column of dates of its own: stacked columns); the table ends at a blank line that
    no row follows (a time spilled under its date stepped over: "15:00 Uhr"), or only a name's lines left open before
    a row (an export that sets every line apart: "Ausschuss für Kultur," / "" / "Sport und Freizeit
    14.05.2025"), or a name's last line set apart between its row and the next (:func:`set_apart`)."""
    dated = [k for k, it in enumerate(items) if it[0] == "date"]
    if not any(b - a == 1 for a, b in zip(dated, dated[1:])):
        items = [("row", *it[1:]) if it[0] == "date" and it[2] == "tokens" else it for it in items]
    kinds = [k for k, _, _, _ in items]
    open_text = [k == "text" and OPEN_END.search(it[1].text) is not None for k, it in zip(kinds, items)]
    # a line spilled from the row above ends nothing (an export that sets every line apart): a time under its
    # date, or the rest of a cell the row's line cut by a hyphen ("… Vorb. nicht-" / "" / "öffentlich")
    first = next((n for n, k in enumerate(kinds) if k == "row"), 0)
    heads = any(_status_head(it) for it in items[:first])  # the first rows grouped under a status line alone
    carried = [
        k == "spill"
        and (TIME.fullmatch(it[1].text.strip()) is not None or _cut_above(items, n) or heads and _status_head(it))
        for n, (k, it) in enumerate(zip(kinds, items))
    ]
    for j, k in enumerate(kinds):
        after = (
            x
            for x, o, t in zip(kinds[j + 1 :], open_text[j + 1 :], carried[j + 1 :])
            if x not in ("blank", "remark") and not o and not t
        )
        if k == "blank" and next(after, "end") != "row" and not goes_on(items, j, hdr) and not set_apart(items, j):
            return items[:j] + [("end", items[j][1], "tokens", [])]
    return items


def _status_head(item: Item) -> bool:
    """Whether a line is a status word alone ("nichtöffentlich"): where the first rows stand under one too,
    the head of the group of rows after it (:func:`.role_heads.with_status_heads`), which a blank line
    before it does not part from the table."""
    cells = [c for c in item[3] if c.kind != "empty"]
    return len(cells) == 1 and cells[0].kind == "public" and len(item[1].text.split()) == 1


def cell_after_name(text: str, spilled: bool, v: Vocab) -> int | None:
    """Where another cell's text starts in a line that holds a part of a wrapped name: a sentence
    after the name's first part; below a spilled cell (``spilled``) also its lower-case rest or its
    numbers ("Feuerschutz rung Punkt 3", "ten Einst./2Enth.")."""
    cuts: list[int] = []
    m = _OPENER.search(text)
    if m is not None and (re.search(r"\d", text[m.end() :]) or REST.search(text, m.end())):
        cuts.append(m.start())
    if m := _SUBJECT.search(text):
        cuts.append(m.start())
    if spilled:
        cuts += [m.start() for p in (REST, _DIGITS) if (m := p.search(text))]
    elif cuts and not has_head(text[: min(cuts)], v) and not OPEN_END.search(text[: min(cuts)]):
        return None  # no name's first part ("Sozialaus-"): a sentence of another cell
    return min(cuts) if cuts else None


def _cut_above(items: list[Item], n: int) -> bool:
    """Whether the line above item ``n`` (blank lines aside) is a row whose line ends with a hyphen."""
    above = next((it for it in reversed(items[:n]) if it[0] != "blank"), None)
    return above is not None and above[0] == "row" and above[1].text.rstrip().endswith("-")


def mixed(line: Line, cs: list[Cell]) -> tuple[Line, list[Cell]] | None:
    """A line without a date that holds a wrapped body name and, after it, the wrapped cell of a
    vote or role column ("Fachausschuss Klimaschutz, Bau 7 Ja-Stimmen und 2 Nein-Stimmen lt." / "und Umwelt
    Beschlussvorschlag", "Fachausschuss Planung, Bau Beratung und Beschluss-"): the name's part, up
    to the first result or role word."""
    # a role cell only where it goes on below ("Beratung und Beschluss-"); else the line is a row without a date
    cut = ("result", "role") if OPEN_END.search(line.text.rstrip()) else ("result",)
    k = next((k for k, c in enumerate(cs) if c.kind in cut), None)
    if not k or any(c.kind == "date" for c in cs) or any(c.kind not in ("text", "empty") for c in cs[:k]):
        return None
    end = cs[k - 1].end
    return Line(line.start, end, line.text[: end - line.start]), cs[:k]


def open_name(items: list[Item], hdr: Header | None) -> bool:
    """Whether the body name of the last row or text line goes on below (a hyphen, an open end);
    a row without a name of its own goes on with the line above it."""
    for kind, line, mode, cs in reversed(items):
        if kind == "text":
            return bool(OPEN_END.search(line.text))
        if kind == "row":
            texts = body_cells(cs, hdr, mode)
            if texts:
                return bool(OPEN_END.search(texts[-1].text))
    return False


def continues(items: list[Item], cs: list[Cell], hdr: Header | None) -> bool:
    """Whether a line of role words only goes on with the name of the row above it."""
    if not items or items[-1][0] not in ("row", "text", "date") or any(c.kind == "public" for c in cs):
        return False
    return open_name(items, hdr) and cs[0].text[:1].isupper()


_REMARK = re.compile(r"[ \t]*([A-ZÄÖÜ][a-zäöüß]+):(?:\s|$)")  # "Bemerkung: ...", "Hinweis: ..."


def remark(text: str, v: Vocab) -> bool:
    """Whether a line opens with a remark's label, a word of a table's column of notes and a colon
    ("Bemerkung: Vorstellung durch den Beirat", "Hinweis: gemeinsame Beratung mit dem Sportausschuss"):
    under a row, a note on it, no part of its name and no row of its own, though it names a body or a date."""
    m = _REMARK.match(text)
    return m is not None and column_kind(m[1], v, False) == "other"


def footnote(text: str) -> bool:
    """Whether a line is a footnote, its mark alone before it ("¹ § 78 Abs. 2 NKomVG", "* Sondersitzung; …"):
    under a table's rows, a note on them, no part of a name and no row of its own."""
    return _NOTE.match(text) is not None


# a footnote opening with its mark alone and a space
_NOTE = re.compile(r"[ \t]*(?:[" + re.escape(markers.FOOTNOTE_MARKS.replace("*", "")) + r"]|\*{1,3})[ \t]+\S")


_BRACKETED = re.compile(r"[ \t]*(?:\([^()\n]*\))?[ \t]*")


def heading_again(text: str, v: Vocab) -> bool:
    """Whether a line is the Beratungsfolge's heading again, maybe with a note in brackets after it
    ("Beratungsfolge (Fortsetzung)") or one lower-case word before it ("noch Beratungsfolge"): the table going
    on after a page break, no name."""
    lead = _LOWER_LEAD.match(text) or _PAGE_LEAD.match(text)
    text = text[lead.end() :] if lead is not None else text
    m = v.title.match(text)
    return m is not None and _BRACKETED.fullmatch(text, m.end()) is not None


_LEAD_WORD = re.compile(r"[ \t]*[A-ZÄÖÜ][a-zäöüß]+[ \t]+")  # "Weitere Beratungsfolge", "Bisheriger Beratungsverlauf"


def heading_over(item: Item, v: Vocab) -> bool:
    """Whether a line placed as text is a Beratungsfolge's heading, maybe after one word ("Weitere …")."""
    lead = _LEAD_WORD.match(item[1].text)
    return item[0] == "text" and v.title.match(item[1].text[lead.end() if lead else 0 :]) is not None


def row_above(items: list[Item]) -> Item | None:
    """The row whose lines the reader is in: the last row placed, with only its wrapped lines and
    spilled cells after it (and blank lines, as an export sets every line apart)."""
    for item in reversed(items):
        if item[0] == "row":
            return item
        if item[0] not in ("text", "spill", "blank", "remark"):
            return None
    return None


_LOWER_LEAD = re.compile(r"[ \t]*[a-zäöüß]+[ \t]+(?=[A-ZÄÖÜ])")  # one lower-case word before a heading
# a running head's page number before it, the dash closing the number taken by pdftotext for a hyphen and
# the heading's line joined to it ("Landkreis X – Vorlage 0098/2027 - 2 noch Beratungsfolge")
_PAGE_LEAD = re.compile(r".*[ \t]-[ \t]*\d{1,3}[ \t]+[a-zäöüß]+[ \t]+(?=[A-ZÄÖÜ])")


SPILL_WORDS = 6  # a role cell spilled onto a line of its own is shorter; a vote cell has result words
_WEEKDAY = re.compile(dates.WEEKDAY + r"[ \t]*,?[ \t]*(?=\s|$)")


def spilled_only(line: Line, cs: list[Cell], v: Vocab) -> bool:
    """A line that holds only the spilled cells of other columns of a row: it opens with a role,
    status, result word or mark ("Beratung und Beschluss-", "Einstimmig bei einer Enthaltung lt.
    Be-", "x") and has no date and no body head word."""
    text = line.text.lstrip()
    lead = _WEEKDAY.match(text)  # "Dienstag," wrapped away from its date, maybe before a role's first line
    if lead and not text[lead.end() :].strip():
        return True
    text = text[lead.end() :].lstrip() if lead else text
    words = [p for _, p in (*v.roles, *v.public, *v.tokens.results)]
    if len(text.split()) > SPILL_WORDS and not any(c.kind == "result" for c in cs):
        return False  # "Bekanntgabe des Berichts über die unvermutete örtliche Prüfung der Gemeindekasse": a title
    return (
        bool(text)
        and (
            any(p.match(text) for p in words)
            or MARK.match(text) is not None
            or any(c.kind == "result" for c in cs)  # "Mehrheitlich bei 7 Ja-Stimmen und 2"
        )
        and not any(c.kind == "date" for c in cs)
        and not has_head(line.text, v)
    )


def unbarred(items: list[Item], kind: str, line: Line) -> bool:
    """Whether a line read as a row stands under rows whose cells bars part and has no bar of its
    own: a sentence after the table ("Der Kreisausschuss hat die Vorlage am 12. März 2024 ..."). A row
    whose cells the glyph parts that the bars stand for, fewer of them than the rows above have, is none
    ("Mo 26.04.27 · 15:00 Uhr · nichtöffentl." under rows of three glyphs each)."""
    rows = [it[1].text for it in items if it[0] == "row"]
    glyph = any(f" {g} " in line.text for g in markers.CELL_SEPARATORS)
    return kind == "row" and bool(rows) and all(" | " in r for r in rows) and "|" not in line.text and not glyph


# the rules under a header's columns with the first row glued to the last of them, as pdftotext joins
# a rule drawn of dashes to the line under it; or one rule across the table, as long as a column's rule
_GLUED_RULES = re.compile(r"[ \t]*(?:(?:-{3,}[ \t]+)+-{3,}|-{10,})(?=[^\s-])")


def past_glued_rules(line: Line) -> Line:
    """A line without the column rules a row is glued to ("---- -------- -----1 Beirat …" is the
    row "1 Beirat …"); the line itself where it opens with none.

    >>> past_glued_rules(Line(10, 40, "---- ------- -----1 Beirat")).text
    '1 Beirat'
    >>> past_glued_rules(Line(0, 22, "------------1. Beirat")).text
    '1. Beirat'
    >>> past_glued_rules(Line(0, 18, "---- ------- -----")).text
    '---- ------- -----'
    """
    ruled = _GLUED_RULES.match(line.text)
    return line if ruled is None else Line(line.start + ruled.end(), line.end, line.text[ruled.end() :])


# an empty or ticked box glyph opening a cell: "☐ zugestimmt", after the row's other cells or opening the line
_BOXES = re.escape(markers.CHECKBOXES.replace("■", ""))  # a filled square is a bullet as often
_BOX_CELL = re.compile(r"(?:(?<=[ \t])|^)[" + _BOXES + r"][ \t]")


def before_result_boxes(line: Line, v: Vocab) -> Line:
    """A line without the result's boxes that end it, a box before each result word, the first a result the
    vocabulary knows ("Ströbeck   ☐ zugestimmt   ☐ abgelehnt   ☐ geändert": "Ströbeck"): the field a
    form leaves for the meeting's result, no cell of its row; the line itself where none ends it.

    >>> from extractors import load_resources
    >>> from .vocab import vocab
    >>> before_result_boxes(Line(0, 45, "Ströbeck      ☐ zugestimmt   ☐ abgelehnt"), vocab(load_resources())).text
    'Ströbeck'
    """
    box = _BOX_CELL.search(line.text)
    if box is None or not any(p.match(line.text, box.end()) for _, p in v.tokens.results):
        return line
    kept = line.text[: box.start()].rstrip()
    return Line(line.start, line.start + len(kept), kept)
