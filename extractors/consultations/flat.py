"""consultation_flat: a Beratungsfolge flattened into one line.

Text exported from PDFs without line structure, and the ``text`` field of an OParl file,
join the heading, the column header and every row of the table with single spaces:

    "Beratungsfolge: Gremium Sitzung am Ö/N Ausschuss für Soziales und Kultur 14.03.2022 Ö
     Hauptausschuss 28.03.2022 N Gemeinderat 06.04.2022 Ö"

maybe with the whole header block of the document before it on the same line ("Sitzungsvorlage
Nr. 2022/12 Amt: Sozialamt Datum: 01.03.2022 Beratungsfolge: ...") and the next section after it
("... Ö Betreff: ..."). ``inline_title`` and ``inline_header`` find where the Beratungsfolge
starts and ends inside such a line; ``flat_rows`` cuts the typed cells of the line into rows,
each opening with its body or date (in the header's column order, else in the line's), with
the status, role or TOP cells that stand before it; ``namelike`` tells a body name from the
prose after the table.
"""

from __future__ import annotations

import re

from pipeline.lang.de.closed_class import DEFINITE_ARTICLES, words
from pipeline.lang.de.dates import find_dates
from pipeline.structure import Line
from pipeline.structure.tokens import WEEKDAY, Cell

from .headers import Header, header
from .vocab import Vocab, has_head

_INLINE_TITLE = re.compile(r"(?<=[\s.])Beratungs(?:folge|weg|gang|reihenfolge)\b[ \t]*:?")
_LINE_TITLE = re.compile(r"(?:(?<=[\s.])|^)Beratungs(?:folge|weg|gang|reihenfolge)\b[ \t]*:?")


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
        if hdr is None or len(hdr.kinds) < 3 or "date" not in hdr.kinds or hdr.mode != "tokens":
            continue
        stop = v.inline_stop.search(text, m.start() + hdr.end)
        end = stop.start() if stop else len(text)
        return Line(m.start(), end, text[m.start() : end].rstrip()), ([Line(end, end, "")] if stop else [])
    return None


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
            or not name.strip()
            or WEEKDAY.fullmatch(name.strip())
            or (has_head(name, v) and namelike(name.strip()))
        ):
            break  # else "... die Beratungsfolge wird ...": the word in a sentence
    else:
        return None
    stop = v.inline_stop.search(text, m.end())
    end = stop.start() if stop else len(text)
    return Line(m.start(), end, text[m.start() : end].rstrip()), ([Line(end, end, "")] if stop else [])


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


_TYPED = {
    "body": ("text",),
    "date": ("date",),
    "public": ("public", "top"),
    "role": ("role",),
    "top": ("top", "num"),
    "other": ("result",),
}


def flat_rows(cs: list[Cell], hdr: Header | None) -> list[list[Cell]] | None:
    """The rows of a line with two or more dates and body names, or None. A row starts with the
    first of its body and date cells (in the header's order, else in the line's), with the
    status, role or TOP cells that stand before it in the first row."""
    if sum(1 for c in cs if c.kind == "date") < 2 or sum(1 for c in cs if c.kind == "text") < 2:
        return None
    if hdr is not None and "public" in hdr.kinds and "top" in hdr.kinds:  # "… Stadtbezirk I Ö 7 29.01.2012 …":
        cs = [part for c in cs for part in _split_top(c)]  # a status column next to a TOP column
    kinds = [c.kind for c in cs if c.kind != "empty"]
    if hdr is not None and (lead := next((k for k in hdr.kinds if k in ("body", "date")), None)):
        first = _TYPED[lead][0]
        prefix = {t for k in hdr.kinds[: hdr.kinds.index(lead)] if k for t in _TYPED.get(k, ())}
    else:
        first = next(k for k in kinds if k in ("text", "date"))
        prefix = set(kinds[: kinds.index(first)]) - {"text", "date"}
    prefix.add("empty")
    leads = [j for j, c in enumerate(cs) if c.kind == first]
    cuts: list[int] = []
    for j in leads[1:]:
        k = j
        while k - 1 > (cuts[-1] if cuts else leads[0]) and cs[k - 1].kind in prefix and cs[k - 1].kind != "empty":
            k -= 1
        cuts.append(k)
    return [p for a, b in zip([0, *cuts], [*cuts, len(cs)]) if (p := [c for c in cs[a:b] if c.kind != "empty"])]


def _split_top(c: Cell) -> list[Cell]:
    """A TOP read with a status letter ("Ö 7") as a status cell and a number cell."""
    m = re.fullmatch(r"([ÖN])(\s*)(\S+)", c.text) if c.kind == "top" and c.value is not None else None
    if m is None:
        return [c]
    return [
        Cell(c.start, c.start + 1, m.group(1), "public", c.value, c.col),
        Cell(c.start + m.end(2), c.end, m.group(3), "num", None, c.col),
    ]


# words that stand between the capitalised words of a body name ("Ausschuss für Bildung und Kultur")
_LINK_WORDS = words(*DEFINITE_ARTICLES, "prepositions", "contractions", "conjunctions") | {"u.", "&", "-"}


def namelike(text: str) -> bool:
    """Whether a cell of a flattened row reads as a body name, not as the prose after the table:
    capitalised words, numbers and link words only ("Ausschuss für Bildung und Kultur",
    "Bezirksvertretung für den Stadtbezirk II"; not "Der Rat hat")."""
    words = [w.strip("\"„“”'(),;") for w in text.split()]  # 'Betriebsausschuss "Heime des Landkreises"'
    words = [w for w in words if w]
    return all(w in _LINK_WORDS or w[:1].isupper() or w[:1].isdigit() or w.endswith("-") for w in words) and not any(
        w in ("Der", "Die", "Das") for w in words[1:]
    )
