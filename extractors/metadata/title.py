"""The title of a submission printed without a label between its Beratungsfolge table and its
first section, with no blank line around it (council systems such as SD.NET print the
subject so; text extracted from their PDFs runs the table, the title and the next heading
together):

    Beratungsfolge Termin Stand Abstimmung
    Fachausschuss Finanzen, Wirt-
    schaftsförderung, Marketing und 28.02.2018 Beratung und Empfehlung
    Feuerschutz
    Beratung und Beschluss-
    Rat 15.03.2018 einstimmig
    fassung
    Beteiligung Personalrat Ja ☐ Nein ☒
    Nordstemmer Wochenmarkt
    Beschlussvorschlag:

The table is read as rows, each at the line of its meeting date: a cell that wraps is centred
on that line, so a row with wrapped lines above its date has as many below it, and a row whose
body name breaks off at its date ("Marketing und", "Planung, Bau, Umwelt,", a date at the line's
start) or whose role breaks with a hyphen has one line below it. The rest of a word broken in
another cell ("Beschluss-" … "fassung") and form lines with check boxes belong to the table
too. What follows up to the heading of the decision proposal or the reasoning, one to
MAX_TITLE_LINES lines, is the title.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from extractors.base import Section
from pipeline.structure import Line, View

MAX_TITLE_LINES = 5
_ROW_DATE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?![\d.])")
_CHECK_BOX = re.compile(r"[☐☒☑□■]")
_AFTER = ("decision_proposal", "reasoning")  # the sections a title stands before


@functools.lru_cache(maxsize=8)
def _patterns(prose_words: str, open_words: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(r"(?i)(?:^|\s)(?:" + prose_words + r")\s*$"),
        re.compile(r"(?:[,-]|\b(?:" + open_words + r"))$"),
        re.compile(r"(?:" + open_words + r")(?!\w)"),
    )


def patterns(conf: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words that put a date into a phrase ("vom", "per"); the end of a cell that goes on
    below ("Marketing und"); the start of a line that goes on a cell above ("und Soziales")
    (metadata.yaml)."""
    return _patterns("|".join(conf["prose_date_words"]), "|".join(conf["open_cell_words"]))


def row_date(text: str, prose_date: re.Pattern[str]) -> re.Match[str] | None:
    """The meeting date of a table row: a numeric date not after a word that puts it into a
    phrase ("Aufhebung des Beschlusses vom 29.05.2013", "Bilanz per 31.12.2011")."""
    for m in _ROW_DATE.finditer(text):
        if not prose_date.search(text[: m.start()]):
            return m
    return None


def title_after_table(sv: View, sections: list[Section], conf: dict[str, Any]) -> tuple[int, int] | None:
    """(start, end) of the title printed between the Beratungsfolge and the section after it,
    or None when the section after it is not the decision proposal or the reasoning, or what
    is left is no title (nothing, or more than MAX_TITLE_LINES lines)."""
    table = next((s for s in sections if s.id == "consultation"), None)
    if table is None:
        return None
    following = next((s for s in sections if s.head_start == table.end), None)
    if following is None or following.id not in _AFTER:
        return None
    head_line = sv.text.find("\n", table.body_start, table.end)
    if head_line < 0:
        return None
    body = sv.lines_in(head_line + 1, table.end)
    first = table_end(body, *patterns(conf))
    block = [ln for ln in body[first:] if ln.text.strip()]
    if not block or len(block) > MAX_TITLE_LINES:
        return None
    start = block[0].start + len(block[0].text) - len(block[0].text.lstrip())
    return start, block[-1].start + len(block[-1].text.rstrip())


def table_end(
    body: list[Line], prose_date: re.Pattern[str], open_end: re.Pattern[str], goes_on: re.Pattern[str]
) -> int:
    """The index of the first line of ``body`` after the table's rows."""
    end = 0  # the table's rows and form lines are body[:end]
    i = 0
    while i < len(body):
        line = body[i].text.strip()
        if not line:
            i += 1
            continue
        if _CHECK_BOX.search(line):
            end = i = i + 1
            continue
        m = row_date(line, prose_date)
        if m is not None:
            above = sum(1 for ln in body[end:i] if ln.text.strip())
            before, role = line[: m.start()].strip(), line[m.end() :].strip()
            below = above or int(not before or open_end.search(before) is not None or role.endswith("-"))
            j, taken = i + 1, 0
            while j < len(body) and taken < below:
                if row_date(body[j].text, prose_date) or _CHECK_BOX.search(body[j].text):
                    break
                taken += bool(body[j].text.strip())
                j += 1
            while j < len(body) and goes_on.match(body[j].text.strip()):
                j += 1  # "und Soziales": the rest of the row's cell
            end = i = j
            continue
        if line[:1].islower() and broken_above(body, end, i):
            end = i + 1  # "Beratung und Beschluss-" / "Rat" / "fassung"
        i += 1
    return end


def broken_above(body: list[Line], start: int, i: int) -> bool:
    """Whether line ``i`` is the rest of a word that broke with a hyphen in another cell above
    it: cells of other columns stand between ("Beratung und Beschluss-" / "Rat" / "fassung"),
    unlike the title's own line break ("… des Be-" / "standsverzeichnisses;")."""
    h = i - 1
    while h >= start and body[h].text.strip() and not body[h].text.rstrip().endswith("-"):
        if body[h].text.lstrip()[:1].islower():
            return False
        h -= 1
    return start <= h < i - 1 and body[h].text.rstrip().endswith("-")
