"""consultation_flat: a Beratungsfolge flattened into one line.

Text exported from PDFs without line structure, and the ``text`` field of an OParl file,
join the heading, the column header and every row of the table with single spaces:

    "Beratungsfolge: Gremium Sitzung am Ö/N Ausschuss für Soziales und Kultur 14.03.2022 Ö
     Hauptausschuss 28.03.2022 N Gemeinderat 06.04.2022 Ö"

maybe with the whole header block of the document before it on the same line ("Sitzungsvorlage
Nr. 2022/12 Amt: Sozialamt Datum: 01.03.2022 Beratungsfolge: ...") and the next section after it
("... Ö Betreff: ...", or a rule closing the table before a heading without a colon: "... Ö -------
Antrag ..."). ``inline_title`` and ``inline_header`` find where the Beratungsfolge starts and ends
inside such a line; ``flat_rows`` cuts the typed cells of the line into rows,
each opening with its body or date (in the header's column order, else in the line's), with
the status, role or TOP cells that stand before it; ``namelike`` tells a body name from the
prose after the table.

What the line breaks said is read again from the grammar of the rows: a body a line break cut is
joined again where its rest (no head word, opening with a link word or after a body left open)
stands after the row's other cells or before the next row's body; a count of votes, a role's
lower-case rest and a session column's meeting name are cells of no body; cells before the first
row are the header's rest where the header has their column, else the rows' own unless the last
row carries them after its first cell; prose after a row ends the rows; a page's foot with the
header's words again is stepped over (``without_page_breaks``); a form's labelled cells are no
row (``labelled``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import DEFINITE_ARTICLES, NAME_GOES_ON, alternation, either, words
from pipeline.lang.de.dates import WEEKDAY as WEEKDAY_WORD
from pipeline.lang.de.dates import find_dates
from pipeline.structure import Line
from pipeline.structure.furniture import WORDED_PAGE_NUMBER
from pipeline.structure.tables import meeting_start
from pipeline.structure.tokens import WEEKDAY, Cell, TokenVocab, row_cells, typed

from .flat_boxes import box_opens
from .headers import Header, header
from .vocab import OPEN_END, Vocab, has_head

# the headings a flattened Beratungsfolge is found by inside a line (not "Beratungsablauf": over a header whose
# roles come first, the line is read by its header, :func:`inline_header`)
_INLINE_TITLE = re.compile(r"(?<=[\s.])Beratungs(?:folge|weg|gang|reihenfolge|verlauf)\b[ \t]*:?")
_LINE_TITLE = re.compile(r"(?:(?<=[\s.])|^)Beratungs(?:folge|weg|gang|reihenfolge|verlauf)\b[ \t]*:?")


def inline_header(text: str, v: Vocab) -> tuple[Line, list[Line]] | None:
    """ "... Aktenzeichen: An: Datum der Beratung Zuständigkeit Stadtvorstand 20.02.2017 Vorberatung N
    ... Betreff: ...": a column header of three or more columns inside a single-spaced line with
    two or more dates, up to the next section heading."""
    if "\t" in text or len(text) < 60 or len(find_dates(text, months=True)) < 2:
        return None
    for m in re.finditer(r"(?<=\s)\S", text):
        if not v.any_column.match(text, m.start()):
            continue
        hdr = header(text[m.start() : m.start() + 200], v)
        if hdr is None or "date" not in hdr.kinds or hdr.mode != "tokens":
            continue
        if len(hdr.kinds) < 3 and not _pairs_follow(text[m.start() + hdr.end : m.start() + hdr.end + 200], hdr, v):
            continue
        return _segment(text, m.start(), m.start() + hdr.end, v)
    return None


def _pairs_follow(text: str, hdr: Header, v: Vocab) -> bool:
    """Whether a header of two columns, the bodies' and the dates', is followed by two rows of just
    these cells in its order, each body named by its head word ("Gremium Datum Bezirksvertretung 6
    (Chorweiler) 26.06.2025 Integrationsrat 01.07.2025 Betreff …"): a header of so few words inside a
    line only where its rows show it."""
    if set(hdr.kinds) != {"body", "date"}:
        return False
    cells = [c for c in row_cells(Line(0, len(text), text), v.tokens)[1] if c.kind != "empty"][:4]
    want = ["text" if k == "body" else "date" for k in hdr.kinds] * 2
    return [c.kind for c in cells] == want and all(
        has_head(c.text, v) and namelike(c.text) for c in cells if c.kind == "text"
    )


def inline_title(text: str, v: Vocab, anywhere: bool = False) -> tuple[Line, list[Line]] | None:
    """ "... Datum: 01.03.2022 Beratungsfolge: Gremium Sitzung am Ö/N Sozialausschuss 14.03.2022 Ö
    Betreff: ...": the Beratungsfolge inside a single-spaced line, up to the next section heading
    (offsets relative to the line; no lines after it belong to it when a heading ends it).
    ``anywhere`` also takes a heading at the line's start."""
    if "\t" in text or len(text) < 60 or "Beratungs" not in text:  # (both titles start with the word)
        return None
    for m in (_LINE_TITLE if anywhere else _INLINE_TITLE).finditer(text):
        lead = re.split(r"\d", text[m.end() : m.end() + 80], maxsplit=1)[0]  # up to the first date
        name = lead
        for _, p in [*v.roles, *v.public]:  # status words before or after the first body
            name = p.sub(" ", name)
        if (
            m.group().rstrip().endswith(":")
            or v.any_column.match(text, m.end())
            or box_opens(text, m.end())  # a drawn box flattened (:mod:`.flat_boxes`)
            or not name.strip()
            or WEEKDAY.fullmatch(name.strip())
            or (has_head(name, v) and namelike(name.strip()))
        ):
            break  # else "... die Beratungsfolge wird ...": the word in a sentence
    else:
        return None
    return _segment(text, m.start(), m.end(), v)


# a rule of dashes or drawn lines inside a flattened line, as long as no filled-in cell's line is
_CLOSING_RULE = re.compile(markers.charset(markers.ASCII_RULES + markers.DRAWN_RULES) + "{20,}")


def _segment(text: str, start: int, at: int, v: Vocab) -> tuple[Line, list[Line]]:
    """The Beratungsfolge from ``start`` (its heading or header; ``at``: where its words end) up to the
    next section heading with a colon, or up to the rule that closes the table below a dated row
    ("… 22.06.2027 Entscheidung ---------- Beschlussantrag Der Gemeinderat …": the heading after it has
    no colon); with no lines after it where either ends it."""
    stop = v.inline_stop.search(text, at)
    end = stop.start() if stop else len(text)
    dated = v.tokens.dates(text, at, end)
    rule = _CLOSING_RULE.search(text, dated[0][1], end) if dated else None
    end = rule.start() if rule else end
    return Line(start, end, text[start:end].rstrip()), ([Line(end, end, "")] if stop or rule else [])


WRAP_LINES = 6  # lines a flattened Beratungsfolge may be wrapped over


def wrapped_flat(line: Line, following: list[Line], rest: int, v: Vocab) -> tuple[Line, int] | None:
    """A Beratungsfolge flattened into single spaces and wrapped over lines, as a text export
    sets it at the page's width ("Beratungsfolge: Gremium Sitzung am Ö/N Ausschuss für Soziales" /
    "14.03.2022 Ö Verwaltungsausschuss 28.03.2022 N Stadtrat 06.04.2022 Ö"): its column header
    flattened after the heading with the first row's start beside it, lines without tabs that
    follow, up to a blank line, holding two rows' dates or more, or one row whose cell a line
    break cuts (:func:`_cut_cell`). The lines are read as one (each line break a space: the
    offsets hold; a table set a row a line reads the same) up to the next section heading; the
    segment and the number of following lines it takes, or None."""
    after = rest + len(line.text[rest:]) - len(line.text[rest:].lstrip())
    if "\t" in line.text or not v.any_column.match(line.text, after):
        return None
    hdr = header(line.text[after:], v)
    if hdr is None or not line.text[after + hdr.end :].strip():
        return None
    lines = [line]
    for ln in following[:WRAP_LINES]:
        if not ln.text.strip() or "\t" in ln.text or ln.start != lines[-1].end + 1:
            break
        lines.append(ln)
    if len(lines) < 2:
        return None
    text = " ".join(ln.text for ln in lines)
    cut = _cut_cell(text, [ln.end - line.start for ln in lines[:-1]])
    found = inline_title(text, v, anywhere=True)
    if found is None:
        return None
    a, b = found[0].start, found[0].end
    if len(find_dates(text[a:b], months=True)) < (1 if cut else 2):
        return None
    taken = sum(1 for ln in lines[1:] if ln.start < line.start + b)
    return Line(line.start + a, line.start + b, text[a:b]), taken


def _cut_cell(text: str, breaks: list[int]) -> bool:
    """Whether a line break of the joined lines cuts a cell, so that the lines cannot be read
    one by one: a date set over two lines ("1. Januar" / "2012") or a body name broken after a
    link word ("Bezirksvertretung für den" / "Stadtbezirk I")."""
    if any(d.start < k < d.end for d in find_dates(text, months=True) for k in breaks):
        return True
    return any(text[:k].rsplit(None, 1)[-1] in _LINK_WORDS for k in breaks if text[:k].strip())


FURNITURE_CHARS = 200  # a page's foot and the next page's head between a table's rows, at most


def without_page_breaks(rows: str, head: str, tokens: TokenVocab) -> str:
    """The rows of a flattened table with each page break stepped over: where the header's words come
    again with a page number before them ("… 20.05.2025 Ö Vorberatung DR/BV/112/2025/V-50 Seite 1 von
    3 Stadt X – Drucksache DR/BV/112/2025/V-50 Gremium Sitzungstermin Ö/N Beratungsziel Haupt- und
    Finanzausschuss 27.05.2025 …"), the text from the last typed cell before the page number to the
    header's end is filled with filler (offsets hold); the rows as they are where no such break is."""
    if len(head.split()) < 2:
        return rows
    at = rows.find(head)
    while at > 0:
        before = rows[max(0, at - FURNITURE_CHARS) : at]
        page = WORDED_PAGE_NUMBER.search(before)
        if page is None:
            break
        lead = at - len(before)
        cells = [c for c in typed(before[: page.start()], tokens, lead) if c.kind not in ("text", "empty")]
        start = cells[-1].end if cells else None
        if start is None:
            break
        end = at + len(head)
        rows = rows[: start + 1] + "_" * (end - start - 1) + rows[end:]  # filler, no gap of a column
        at = rows.find(head, end)
    return rows


_TYPED = {
    "body": ("text",),
    "date": ("date",),
    "public": ("public", "top"),
    "role": ("role",),
    "top": ("top", "num"),
    "other": ("result",),
}


def flat_rows(cs: list[Cell], hdr: Header | None, v: Vocab) -> list[list[Cell]] | None:
    """The rows of a line with two or more dates and body names, or None. A row starts with the
    first of its body and date cells (in the header's order, else in the line's), with the
    status, role or TOP cells that stand before it in the first row. Before the first row, a cell
    of a kind the header names a column for is the header's rest ("… Beschlussart Abstimmung
    J/N/E 15.04.2025 …"); one of a kind it has no column for is the rows' own ("Gremium Datum
    Öffentlich Ausschuss für … 06.03.2025 Nichtöffentlich Hauptausschuss …"). A body a line break
    cut is joined again (:func:`_rejoined`)."""
    if sum(1 for c in cs if c.kind == "date") < 2 or sum(1 for c in cs if c.kind == "text") < 2:
        return None
    if hdr is not None and "public" in hdr.kinds and "top" in hdr.kinds:  # "… Stadtbezirk I Ö 7 29.01.2012 …":
        cs = [part for c in cs for part in _split_top(c)]  # a status column next to a TOP column
        if hdr.kinds.index("public") == hdr.kinds.index("top") + 1:  # "… 2029-02-03 7 ja Vorberatung …"
            cs = [part for c in cs for part in _split_answer(c, v)]
    cs = [u for c in cs if (u := _unfilled(c)).text]  # a page break's filler stepped over
    cs = _leads_apart(cs)
    cs = _role_rests([part for c in cs for part in _split_votes(c)])
    if hdr is not None and "body" in hdr.kinds and hdr.kinds[hdr.body_col + 1 : hdr.body_col + 2] == ("other",):
        cs = [part for c in cs for part in _split_meeting(c)]  # a session column after the bodies'
    kinds = [c.kind for c in cs if c.kind != "empty"]
    if hdr is not None and (lead := next((k for k in hdr.kinds if k in ("body", "date")), None)):
        first = _TYPED[lead][0]
        prefix = {t for k in hdr.kinds[: hdr.kinds.index(lead)] if k for t in _TYPED.get(k, ())}
        named = {t for k in hdr.kinds if k for t in _TYPED.get(k, ())}
        ahead = next((j for j, c in enumerate(cs) if c.kind == first), 0)
        own = {c.kind for c in cs[:ahead]} - named - {"text", "date", "empty"}
        table = _table_part(cs[ahead:])
        last = max((j for j, c in enumerate(table) if c.kind == first), default=0)
        if any(c.kind in own for c in table[last:]):
            own = set()  # the last row has the kind after its first cell: no cell of a row before it
        prefix |= own  # the rows' own cells before their first, as the line shows them
        # a date is never a header's word: it stays with the first row, as the line gives it
        cs = [c for j, c in enumerate(cs) if j >= ahead or c.kind in prefix or c.kind == "date"]
    else:
        first = next(k for k in kinds if k in ("text", "date"))
        prefix = set(kinds[: kinds.index(first)]) - {"text", "date"}
    prefix.add("empty")
    leads = [j for j, c in enumerate(cs) if c.kind == first]
    if not leads:
        return None
    cuts: list[int] = []
    for j in leads[1:]:
        k = j
        while k - 1 > (cuts[-1] if cuts else leads[0]) and cs[k - 1].kind in prefix and cs[k - 1].kind != "empty":
            k -= 1
        cuts.append(k)
    rows = [p for a, b in zip([0, *cuts], [*cuts, len(cs)]) if (p := [c for c in cs[a:b] if c.kind != "empty"])]
    return _prose_apart(_rejoined(rows, v))


PROSE_WORDS = 3  # a sentence after the table has more words than a result or vote cell ("ungeändert")


def _prose_apart(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Rows with the prose after the table set apart from the row it follows: a text after the row's
    body that reads as no name ("… Regionsversammlung 14 Entscheidung Antrag: Die Regionsversammlung
    beschließt …"), which then ends the rows (its cells no row's, its numbers no TOP's)."""
    for n, row in enumerate(rows):
        texts = [j for j, c in enumerate(row) if c.kind == "text"]
        prose = [j for j in texts[1:] if _prose(row[j].text)]
        cut = prose[0] if prose else None
        if cut is not None:
            return [*rows[:n], row[:cut], row[cut:], *rows[n + 1 :]]
    return rows


def _table_part(cs: list[Cell]) -> list[Cell]:
    """The cells up to the first text that reads as prose after the table."""
    k = next((j for j, c in enumerate(cs) if c.kind == "text" and _prose(c.text)), len(cs))
    return cs[:k]


def _prose(text: str) -> bool:
    return len(text.split()) >= PROSE_WORDS and not namelike(text)


# a count of votes ("9/0/1", "7:2"): a cell of its own, never a word of a name
_VOTES = re.compile(r"\d{1,3}(?:[/:]\d{1,3}){1,2}(?=\s|$)")
# a name's rest after a line break opens with a link word and a capitalised word ("und Bildung")
_NAME_ON = re.compile(r"(?:" + either(NAME_GOES_ON) + r")\s+[A-ZÄÖÜ]")
REST_WORDS = 6  # the words of a name's rest that a line break set apart


def _split_votes(c: Cell) -> list[Cell]:
    """A text cell opening with a count of votes ("9/0/1 und Bildung") as the count, a cell of no
    body, and the text after it."""
    m = _VOTES.match(c.text) if c.kind == "text" else None
    if m is None:
        return [c]
    rest = c.text[m.end() :].lstrip()
    votes = Cell(c.start, c.start + m.end(), m.group(), "empty", None, c.col)
    return [votes, Cell(c.end - len(rest), c.end, rest, "text", None, c.col)] if rest else [votes]


def _unfilled(c: Cell) -> Cell:
    """A text cell without the filler a page break left at its ends (:func:`without_page_breaks`)."""
    if c.kind != "text" or "_" not in c.text:
        return c
    core = c.text.strip("_ ")
    lead = c.text.find(core) if core else 0
    return Cell(c.start + lead, c.start + lead + len(core), core, "text" if core else "empty", None, c.col)


def _split_meeting(c: Cell) -> list[Cell]:
    """A body run together with the meeting's name of the next column ("Haupt- und Finanzausschuss
    (Markt X) Sitzung des Haupt- und Finanzausschusses") as the body and a cell of no body."""
    at = meeting_start(c.text) if c.kind == "text" else None
    if at is None:
        return [c]
    body = c.text[:at].rstrip()
    return [
        Cell(c.start, c.start + len(body), body, "text", None, c.col),
        Cell(c.start + at, c.end, c.text[at:], "empty", None, c.col),
    ]


def _role_rests(cs: list[Cell]) -> list[Cell]:
    """A lower-case text right after a role word that goes on with no name ("Beschluss" / "über
    die Vorlage"): the role cell's rest, no row's body."""
    out: list[Cell] = []
    for c in cs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "role"
            and c.kind == "text"
            and c.text[:1].islower()
            and not _NAME_ON.match(c.text)
        ):
            out[-1] = Cell(prev.start, c.end, f"{prev.text} {c.text}", "role", prev.value, prev.col)
        else:
            out.append(c)
    return out


def _rest_of_name(text: str, body: str, v: Vocab) -> bool:
    """Whether a text set apart from a row's body is the body's rest that a line break cut: a few
    words of a name without a head word, opening with a link word ("und Bildung") or after a body
    left open ("Ausschuss für Soziales, Wohnungswesen," / "Gesundheit und Integration")."""
    return (
        0 < len(text.split()) <= REST_WORDS
        and (_NAME_ON.match(text) is not None or (OPEN_END.search(body) is not None and text[:1].isupper()))
        and namelike(text)
        and not has_head(text, v)
    )


def _rejoined(rows: list[list[Cell]], v: Vocab) -> list[list[Cell]]:
    """Rows with their bodies joined again where a line break cut them and the flattening set the
    rest apart: after the row's other cells ("15.04.2025 Ausschuss für Soziales, Gesundheit Ö
    Vorberatung 9/0/1 und Bildung"), or before the next row's body ("Ausschuss für Soziales,
    Gesundheit, Di 03.06.2025 7.2 Ö Migration und Gleichstellung Hauptausschuss Di 17.06.2025")."""
    for n, row in enumerate(rows):
        texts = [j for j, c in enumerate(row) if c.kind == "text"]
        if not texts:
            continue
        b = texts[0]
        for j in texts[1:]:
            if _rest_of_name(row[j].text, row[b].text, v):
                row[b] = _joined(row[b], row[j])
                row[j] = Cell(row[j].start, row[j].end, row[j].text, "empty", None, row[j].col)
        nxt = rows[n + 1] if n + 1 < len(rows) else []
        if nxt and nxt[0].kind == "text" and (cut := _name_start(nxt[0].text, v)):
            rest, name = nxt[0].text[:cut].rstrip(), nxt[0].text[cut:]
            if _rest_of_name(rest, row[b].text, v):
                head = nxt[0]
                row[b] = _joined(row[b], Cell(head.start, head.start + len(rest), rest, "text", None, head.col))
                nxt[0] = Cell(head.start + cut, head.end, name, "text", None, head.col)
        rows[n] = [c for c in row if c.kind != "empty"]
    return rows


def _joined(body: Cell, rest: Cell) -> Cell:
    """A body with its rest; its place stays the body's, before the row's other cells."""
    return Cell(body.start, body.end, f"{body.text} {rest.text}", "text", None, body.col)


def _name_start(text: str, v: Vocab) -> int | None:
    """Where a body's name starts in a text that opens with another name's rest ("Migration und
    Gleichstellung Hauptausschuss", "und Gesundheit Haupt- und Finanzausschuss"): at the first word
    that holds a head word, or at the cut compounds before it ("Haupt- und"); None where no word
    after the first does."""
    spans = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
    for k, (_, word) in enumerate(spans[1:], 1):
        if not has_head(word, v):
            continue
        while k >= 3 and spans[k - 1][1] in ("und", "oder", ",") and spans[k - 2][1].endswith("-"):
            k -= 2  # "Haupt- und Finanzausschuss"
        while k >= 2 and spans[k - 1][1].endswith("-,"):
            k -= 1  # "Haupt-, Finanz- und Personalausschuss"
        return spans[k][0] if k >= 1 else None
    return None


def _split_top(c: Cell) -> list[Cell]:
    """A TOP read with a status letter ("Ö 7") as a status cell and a number cell."""
    m = re.fullmatch(r"([ÖN])(\s*)(\S+)", c.text) if c.kind == "top" and c.value is not None else None
    if m is None:
        return [c]
    return [
        Cell(c.start, c.start + 1, m.group(1), "public", c.value, c.col),
        Cell(c.start + m.end(2), c.end, m.group(3), "num", None, c.col),
    ]


_NUMBER_ANSWER = re.compile(r"(\d{1,3})(\s+)(\S+)")


def _split_answer(c: Cell, v: Vocab) -> list[Cell]:
    """A TOP's number with a yes or a no after it ("3 ja", "12 nein"), under a TOP column with the status
    column after it, as a number cell and the status the answer gives (:mod:`.answers`)."""
    m = _NUMBER_ANSWER.fullmatch(c.text) if c.kind in ("result", "text") else None
    said = next((val for val, p in v.answers if p.fullmatch(m.group(3))), None) if m else None
    if m is None or said is None:
        return [c]
    return [
        Cell(c.start, c.start + m.end(1), m.group(1), "num", None, c.col),
        Cell(c.start + m.end(2), c.end, m.group(3), "public", said, c.col),
    ]


# a date's lead at a text's end ("… am Dienstag, dem" before "4. Mai 2027"), a role's alone ("– zur" before
# "Vorberatung"): words of neither the body nor the cell after them
_DATE_LEAD = re.compile(
    rf"(?:^|(?<=\s))(?:(?:{alternation('contractions')})\s+)?{WEEKDAY_WORD}\s*,?\s*(?:(?:{alternation(*DEFINITE_ARTICLES)})\s*)?$"
)
_ROLE_LEAD = re.compile(rf"[^\w\s]*\s*(?:{alternation('contractions')})")


def _leads_apart(cs: list[Cell]) -> list[Cell]:
    """The cells with a date's lead cut from the text before the date ("Sozialausschuss am Montag, dem" /
    "3. Mai 2027") and a role's preposition alone before the role ("– zur" / "Vorberatung") set as no cell's:
    the words of a meeting line ("am Freitag, dem 3. März 2028, nichtöffentlich – zur Vorberatung")."""
    out = list(cs)
    for j, (c, nxt) in enumerate(zip(cs, cs[1:])):
        if c.kind != "text":
            continue
        lead = _DATE_LEAD.search(c.text) if nxt.kind == "date" else None
        if lead is not None:
            text = c.text[: lead.start()].rstrip()
            out[j] = replace(c, end=c.start + len(text), text=text, kind="text" if text else "empty")
        elif nxt.kind == "role" and _ROLE_LEAD.fullmatch(c.text):
            out[j] = replace(c, kind="empty")
    return out


_LABEL = re.compile(r"(?<!\S)[A-ZÄÖÜ][\w./-]*[ \t]*:")


def labelled(text: str, v: Vocab) -> bool:
    """Whether a piece of a flattened line holds two or more of a form's labelled cells ("Gremium:
    Ortsbeirat Altstadt Termin: Mo, 02.03.2026"): key-value blocks, no table's row."""
    found = (m for m in _LABEL.finditer(text) if any(p.match(text, m.start()) for _, p in v.block_labels))
    return next(found, None) is not None and next(found, None) is not None


# words that stand between the capitalised words of a body name ("Ausschuss für Bildung und Kultur")
_LINK_WORDS = words(*DEFINITE_ARTICLES, "prepositions", "contractions", "conjunctions") | {"u.", "&", "-"}


# an adjective in lower case between a link word and the capitalised noun it qualifies: "für öffentliche Ordnung"
_ATTRIBUTIVE = re.compile(
    r"\b((?:"
    + "|".join(sorted((re.escape(w) for w in _LINK_WORDS if w.isalpha()), key=len, reverse=True))
    + r") )[a-zäöüß]{3,}(?:e|en|er|es|em)(?= [A-ZÄÖÜ])"
)


# a name's attribute in brackets at its end, one or two words in lower case: "(städtisch)", "(gemeinsame Sitzung)"
_BRACKETED_ATTRIBUTE = re.compile(r"(?<=[\w)]) \([a-zäöüß]+(?: [A-Za-zÄÖÜäöüß]+)?\)$")


def namelike(text: str) -> bool:
    """Whether a cell of a flattened row reads as a body name, not as the prose after the table:
    capitalised words, numbers and link words only ("Ausschuss für Bildung und Kultur",
    "Bezirksvertretung für den Stadtbezirk II"; not "Der Rat hat")."""
    text = _ATTRIBUTIVE.sub(r"\1", text)  # "Ausschuss für Soziales und allgemeine Stiftungsangelegenheiten"
    if not any(ch.isdigit() for ch in text):  # (a time beside the name is another column's: "18:30 Uhr (leitend)")
        text = _BRACKETED_ATTRIBUTE.sub("", text)  # "Haushalts- und Finanzausschuss (städtisch)"
    words = [w.strip("\"„“”'(),;") for w in text.split()]  # 'Betriebsausschuss "Heime des Landkreises"'
    words = [w for w in words if w]
    return all(w in _LINK_WORDS or w[:1].isupper() or w[:1].isdigit() or w.endswith("-") for w in words) and not any(
        w in ("Der", "Die", "Das") for w in words[1:]
    )
