"""A table setting a group's former composition beside its new one (:mod:`.revised`) whose gaps a PDF's
text layer or its export flattened into single spaces::

    Nr. Bisherige Besetzung Neue Besetzung
    --- ------------------- --------------
    1 Amt für Soziales, Dr. Anna Beispiel unverändert
    (Vorsitz)
    2 Jobcenter, Jonas Weber Agentur für Arbeit, Ole Brandt (neu)
    3 – Integrationsbeirat, Lea Brandt (neu)
    4 Stadtsportbund, Kai Muster entfällt

No gap tells the cells apart, so a row is read by its form: the header a number's column word, then the
former column's words (`revised_old`) and the new one's (`revised_new`); each row opens with its number,
one more than the row's above, the lines up to the next number its cells' wrapped rest. A row whose first
line ends in the word saying the seat is unchanged (`revised_same`) holds its former cell in the rest
of its lines; one ending in the word of a dropped seat (`revised_dropped`) names none; one opening with
a dash after its number had no former seat, the rest its new cell; one naming a person before a mark of
the change ("(neu)", `revised_mark`) holds two persons, the new cell opening after the former one's
person (and the bracket after it). Any other row's cells cannot be told apart: it names no member.
"""

from __future__ import annotations

import re

from pipeline.lang.de.markers import DRAWN_RULES
from pipeline.lang.de.names import TITLE, is_first_name

from .name_blocks import NAME_WORD
from .person_tables import _RULE_LINE

Cell = tuple[int, int, str]
Row = dict[int, list[Cell]]
OLD, NEW, AREA = 1, 2, 3  # the keys of the former and the new cells of a row, and of its seat's area

_NUMBER_WORD = re.compile(r"(?i)(?:lfd\.?\s*)?nr\.?|#")
_SEAT_WORD = re.compile(r"(?i)sitz|platz|" + _NUMBER_WORD.pattern.removeprefix("(?i)"))
_SEAT_NOUN = re.compile(r"(?i)sitz|platz")  # a column of the seats by what they are, no numbers
_DRAWN_RULE = re.compile(rf"[ \t]*[{DRAWN_RULES}]{{3,}}[{DRAWN_RULES} \t]*")  # a rule drawn under the header
_ROW_NUMBER = re.compile(r"(?P<n>\d{1,2})[.)]?[ \t]+(?=\S)")
_DASH = re.compile(r"[–—-][ \t]+(?=\S)")
_PERSON = re.compile(
    rf"(?:{TITLE}[ \t]+)*(?P<given>[A-ZÄÖÜ][\w-]+)[ \t]+{NAME_WORD.pattern}(?:[ \t]*(?P<bracket>\([^()\n]*\)))?"
)
# a line under the table no cell's wrapped rest, where an export lost the blank line: a sentence ("Die
# Geschäftsführung liegt beim Integrationsbüro.") or the next numbered heading ("4. Prozessmoderation")
_AFTER_TABLE = re.compile(r"[ \t]*(?:[A-ZÄÖÜ]\S*(?:[ \t]+\S+){3,}[a-zäöüß]{3}\.|\d{1,2}\.[ \t]+[A-ZÄÖÜ].*)[ \t]*$")
_BLANK_LINES = 2
ROW_LINES = 4  # lines of one row at most
WRAP_WORDS = 6  # words of a row's wrapped line at most


def flat_header(line: str, old: re.Pattern[str], new: re.Pattern[str]) -> bool:
    """Whether a line with its gaps flattened heads a numbered table of a former and a new composition:
    a number's column word, the former column's words, the new one's; or a seat's column word and one word
    heading the seats' areas before them (:func:`flat_area`)."""
    words = line.split()
    if re.search(r"\t|[ ]{2}", line.strip()) or len(words) < 3:
        return False
    if flat_area(line, old, new) or flat_seated(line, old, new):
        return True
    if not _NUMBER_WORD.fullmatch(words[0]):
        return False
    return any(old.fullmatch(" ".join(words[1:k])) and new.fullmatch(" ".join(words[k:])) for k in range(2, len(words)))


def flat_area(line: str, old: re.Pattern[str], new: re.Pattern[str]) -> bool:
    """Whether a flattened header names the seats' column, a column of their areas and the former and new
    holders ("Sitz Bereich bisher (seit 2021) künftig")."""
    words = line.split()
    if len(words) < 4 or not _SEAT_WORD.fullmatch(words[0]) or not words[1][:1].isupper():
        return False
    return any(old.fullmatch(" ".join(words[2:k])) and new.fullmatch(" ".join(words[k:])) for k in range(3, len(words)))


def flat_seated(line: str, old: re.Pattern[str], new: re.Pattern[str]) -> bool:
    """Whether a flattened header names the seats' column and the former and new holders, no number's column
    ("Sitz bisher neu ab 01.07.2027"): each row's seat the words before its holders."""
    words = line.split()
    if len(words) < 3 or not _SEAT_NOUN.fullmatch(words[0]) or re.search(r"\t|[ ]{2}", line.strip()):
        return False
    return any(old.fullmatch(" ".join(words[1:k])) and new.fullmatch(" ".join(words[k:])) for k in range(2, len(words)))


def _lines(text: str, pos: int, spaced: bool = False) -> list[tuple[int, str]]:
    """The filled lines from ``pos`` up to a blank line or a page break, a row an export ran onto the rule
    under the header without it ("---- ----1 Amt …"); a page break before a row's number goes on, also
    where the view joined the row to the line before ("… unverändert\f3 Jobcenter …"). A single blank line
    goes on before a row's number, and anywhere in a table an export set a blank line after every line
    (``spaced``)."""
    out: list[tuple[int, str]] = []
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        if not text[pos:stop].strip(" \t\f"):
            after = text.find("\n", stop + 1)
            nxt = text[stop + 1 : len(text) if after < 0 else after] if stop < len(text) else ""
            if (
                out
                and nxt.strip()
                and (spaced or (_ROW_NUMBER.match(nxt.lstrip("\f")) and not _AFTER_TABLE.match(nxt)))
            ):
                pos = stop + 1  # a blank line after every line, or one before a row
                continue
            break
        at = pos
        for k, part in enumerate(text[pos:stop].split("\f")):
            if k > 0 and part.strip() and _ROW_NUMBER.match(part) is None:
                return out  # the next page goes on with no row
            if part.strip():
                rule = _RULE_LINE.match(part) if not out else None
                out.append((at + rule.end(), part[rule.end() :]) if rule is not None else (at, part))
            at += len(part) + 1
        pos = stop + 1
    return out


def flat_rows(
    text: str,
    pos: int,
    rules_same: re.Pattern[str],
    rules_mark: re.Pattern[str],
    area: bool = False,
    seated: bool = False,
) -> list[Row | None]:
    """The rows of the table whose body begins at ``pos`` (after its header, maybe a blank line or two and
    a rule between), each as its former and new cells (keys :data:`OLD`, :data:`NEW`), None for a row
    whose cells cannot be told apart; with a column of the seats' areas (``area``) its cells too
    (:data:`AREA`, :func:`_area_cells`), a seat's number twice where one holder leaves it and another comes;
    with the seats named, no numbers (``seated``), a row opens at each line ending in its holders, the lines
    between its seat's wrapped rest."""
    blanks = 0  # blank lines under the header: one over the rule and one under it, an export's habit
    for _ in range(_BLANK_LINES + 1):  # the blank lines and the rule under the header
        stop = text.find("\n", pos)
        line = text[pos : len(text) if stop < 0 else stop]
        if line.strip() and not _RULE_LINE.fullmatch(line) and not _DRAWN_RULE.fullmatch(line):
            break
        blanks += not line.strip()
        if stop < 0:
            return []
        pos = stop + 1
    grouped: list[list[Cell]] = []
    for at, line in _lines(text, pos, spaced=blanks == _BLANK_LINES):
        m = _ROW_NUMBER.match(line)
        if seated and _DRAWN_RULE.fullmatch(line) and not grouped:
            continue  # a drawn rule wrapped onto a second line
        if seated and _area_cells([(at, at + len(line.rstrip()), line.rstrip())], rules_same, rules_mark):
            grouped.append([(at, at + len(line.rstrip()), line.rstrip())])
        elif (
            not seated
            and m is not None
            and (int(m["n"]) == len(grouped) + 1 or area and grouped and int(m["n"]) == len(grouped))
        ):
            grouped.append([(at + m.end(), at + len(line.rstrip()), line[m.end() :].rstrip())])
        elif (
            grouped
            and len(grouped[-1]) < ROW_LINES
            and 0 < len(line.split()) <= WRAP_WORDS
            and not _AFTER_TABLE.match(line)
        ):
            lead = len(line) - len(line.lstrip())
            grouped[-1].append((at + lead, at + len(line.rstrip()), line.strip()))
        else:
            break
    return [
        _area_cells(lines, rules_same, rules_mark) if area else _cells(lines, rules_same, rules_mark)
        for lines in grouped
    ]


# between the former holder and the new one, or a dash and the new one, besides spaces: an office or a form
# of address before the new one's name ("Ratsfrau Birgit Schmale Ratsherr Kai Tiemann")
_BETWEEN = re.compile(r"[ \t]+[A-ZÄÖÜ][a-zäöüß]+[ \t]+$")


def _area_cells(lines: list[Cell], same: re.Pattern[str], mark: re.Pattern[str]) -> Row | None:
    """A row of a flattened table whose seats' areas stand before the former and the new holder: its first
    line ends in the former holder and the word saying the seat is unchanged ("3 Kommunales Integrations-
    Nadine Wessel unverändert"), in two persons ("Fachbereich Jugend und Olaf Brinkmann Sevim Karakaya") or
    in a dash or a mark of a new seat and the new holder ("Ev. Kirchenkreis Hagen, – Pfarrerin Johanna Dierks",
    "Kreisjugendring e. V. (neu) Jonte Peters"); the words before
    them and the lines under it the area. A row whose cells cannot be told apart so is None."""
    a, b, first = lines[0]
    said = re.search(rf"[ \t]({same.pattern.removeprefix('(?i)')})$", first, re.I)
    last = _person_ending(first, said.start() if said else len(first.rstrip()))
    if last is None and said is None:  # "Verein e. V. (neu) Jonte Peters": the new holder after the mark
        marked = re.search(rf"[ \t](?:{mark.pattern})[ \t]+(?=\S)", first)
        last = _PERSON.fullmatch(first, marked.end(), len(first.rstrip())) if marked else None
    if last is None:
        return None
    if said is not None:
        old_at, cells = last.start(), {OLD: [(a + last.start(), a + last.end(), last.group())]}
        cells[NEW] = [(a + said.start(1), b, said[1])]
    else:
        before = first[: last.start()]
        marked = re.search(rf"[ \t]({mark.pattern})[ \t]*$", before)  # "(neu)": a seat new to the group
        office = _BETWEEN.search(before)
        stops = [len(before.rstrip()), *([office.start()] if office else [])]
        found = [(stop, _person_ending(first, stop)) for stop in stops] if marked is None else []
        stop, former = next(((k, p) for k, p in found if p is not None or before[:k].endswith(("–", "—"))), (0, None))
        if not stop and marked is None:
            return None
        old_at = former.start() if former else marked.start() + 1 if marked else stop - 1
        cells = {OLD: [(a + former.start(), a + former.end(), former.group())] if former else []}
        cells[NEW] = [(a + last.start(), a + last.end(), last.group())]
    area = first[:old_at].rstrip(" \t,")
    if not area.strip():
        return None
    cells[AREA] = [(a, a + len(area), area.strip()), *lines[1:]]
    return cells


def _person_ending(line: str, end: int) -> re.Match[str] | None:
    """The person whose name ends at ``end`` in ``line``: a given name by the list of names and a family name
    up to there, the titles before them."""
    for w in re.finditer(r"\S+", line[:end]):
        m = _PERSON.fullmatch(line, w.start(), end)
        if m is not None and is_first_name(m["given"]) and not m["bracket"]:
            return m
    return None


def _cells(lines: list[Cell], same: re.Pattern[str], mark: re.Pattern[str]) -> Row | None:
    a, b, first = lines[0]
    said = re.search(rf"[ \t]({same.pattern.removeprefix('(?i)')})$", first, re.I)
    if said is not None:  # "Amt X, Anna Beispiel unverändert" / "(Vorsitz)": the former cell over the lines
        return {OLD: [(a, a + said.start(), first[: said.start()]), *lines[1:]], NEW: [(a + said.start(1), b, said[1])]}
    if (dash := _DASH.match(first)) is not None:  # "– Integrationsbeirat, Lea Brandt (neu)": no former seat
        return {OLD: [], NEW: [(a + dash.end(), b, first[dash.end() :]), *lines[1:]]}
    flat = [(k, m) for k, (_, _, line) in enumerate(lines) for m in _persons(line)]
    marked = [n for n, (k, m) in enumerate(flat) if _marked(lines[k][2], m, mark)]
    if len(flat) < 2 or marked != [len(flat) - 1]:
        return None
    k, m = flat[-2]  # the former cell's person: the new cell opens after it
    la, _lb, line = lines[k]
    rest = line[m.end() :]
    lead = len(rest) - len(rest.lstrip(" ,\t"))
    opened = la + m.end() + lead
    new = [(opened, lines[k][1], rest[lead:])] if rest[lead:].strip() else []
    return {OLD: [*lines[:k], (la, la + m.end(), line[: m.end()])], NEW: [*new, *lines[k + 1 :]]}


def _persons(line: str) -> list[re.Match[str]]:
    """The persons a line names, a given name by the list of names and a family name, titles before."""
    out: list[re.Match[str]] = []
    pos = 0
    for w in re.finditer(r"\S+", line):
        if w.start() < pos:
            continue
        if (m := _PERSON.match(line, w.start())) is not None and is_first_name(m["given"]):
            out.append(m)
            pos = m.end()
    return out


def _marked(line: str, m: re.Match[str], mark: re.Pattern[str]) -> bool:
    """Whether a mark of the change follows a person's name, in its bracket or after it ("Ole Brandt (neu)",
    "Ole Brandt (SPD) (neu)")."""
    after = line[m.end() :]
    return bool(m["bracket"] and mark.fullmatch(m["bracket"])) or mark.match(after.lstrip()) is not None
