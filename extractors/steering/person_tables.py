"""Members in a table of persons read by its header: a line of column words, set apart by tabs or
wide gaps, one naming the persons' column ("Mitglied", "Name"), the others the kind of what stands
beside them: a bank the rows are sorted in, a body, a function, a deputy::

    Bank            Mitglied                       Stellvertretung
    Verwaltung      Anna Beispiel (Vorsitz)        Jonas Weber
                    Dr. Lea Brandt, Sozial-        Ole Lind
                    amt
    Kreistag        Kai Muster (SPD)               Eva Roth (CDU)

    Name\tInstitution\tFunktion
    Greta Lindqvist\tAmt für Bildung\tLeitung
    Kemal Aydın\tVerein für Begegnung\tMitglied
    \tNordheim e. V.\t

Each line's cells go to the column they stand under (a tab's count, or the header's column a gap
starts at); a row opens where a person's name opens the persons' cell, and every other line
carries cells of the row above wrapped under their columns (a bank's cell too). A bank's cell
stands over the rows below it until the next. The person is the member, an office before the name
and a bracket after it left out ("Stadträtin Lea Brandt (SPD)"); the body the row names, else the
office, bracket or body after a comma in the cell, the bank and the function tell the sector (a
line filling every column opens a row too, its name wrapped below). A chair's mark ("(Vorsitz)") or a
function opening with a chair word ("Leitung der AG") makes the chair; the deputies are no members.
Two rows at least, each opening with a person: a table of bodies is left to :mod:`.tables`, as is
one whose bodies' column stands before the names' ("Institution | Name": the persons are contacts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from extractors.base import dehyphenate
from extractors.german import nlp
from extractors.resources import Resources, typed
from pipeline.lang.de.closed_class import CLASSES, words
from pipeline.lang.de.names import TITLE, is_first_name
from pipeline.structure import Line

from .apart import apart
from .inverted import inverted_name, natural_order
from .name_blocks import NAME_WORD, name_line, name_part, name_start
from .name_columns import redacted
from .ruled_headers import RULE_LINE, ruled_head
from .rules import (
    CHAIR_DASHED,
    CHAIR_MARK,
    CHAIR_NOUN,
    STARRED,
    VACANT,
    Chair,
    MemberRow,
    MemberRules,
    deputy_line,
    starred_chair,
)
from .sectors import classify, sector_rules
from .tables import DEPUTY_MARK, NAME_HEADER, _person_at, tab_cells

MIN_ROWS = 2
_LINKS = words(*CLASSES)
_BLANK_LINES = 2  # blank lines between the lead-in and the header at most
_SLACK = 2  # characters a cell may stand before its column's start (a gap the text layer moved)
_WRAP_WORDS = 6  # words of a wrapped cell's line at most
_GIVEN_HEADER = re.compile(r"(?i)vorname[n]?")  # a column of given names beside the surnames' ("Name | Vorname")
_RULE_LINE = re.compile(r"[ \t]*[-=_+|]{3,}[-=_+| \t]*")  # a rule under a header, its bars' crossings with it


@dataclass(frozen=True)
class Kinds:
    """The compiled column words of ``steering.yaml`` that say a column's kind."""

    bank: re.Pattern[str]
    function: re.Pattern[str]
    chair: re.Pattern[str]  # a function naming the chair ("Leitung der AG", "Vorsitz")
    inverted: re.Pattern[str]  # a persons' column of names set surname first ("Name, Vorname")


def kinds(res: Resources) -> Kinds:
    return res.compiled(_build_kinds)


def _build_kinds(res: Resources) -> Kinds:
    d = typed.steering(res)
    return Kinds(
        re.compile(d.bank_header),
        re.compile(d.function_header),
        re.compile(d.function_chair),
        re.compile(d.inverted_header),
    )


def column_kind(word: str, rules: MemberRules, res: Resources) -> str | None:
    """The kind of a header's column word: "person", "persons" (a representatives' column: the
    persons' only where the table states their functions), "deputy", "bank", "body", "function" or
    "other" (another column word), None for no column word."""
    k = kinds(res)
    word = word.strip()
    if not rules.headers.match(word) or not rules.headers.fullmatch(word):
        return None
    if rules.deputy_header.fullmatch(word):
        return "deputy"
    if NAME_HEADER.fullmatch(word) or rules.member_header.fullmatch(word):
        return "person"
    if rules.representative_header.fullmatch(word):
        return "persons"  # "Person": the persons' column of a table that states their functions
    if k.bank.fullmatch(word):
        return "bank"
    if k.function.fullmatch(word):
        return "function"
    return "body" if rules.org_header.match(word) else "other"


@dataclass
class _Header:
    kinds: list[str]
    starts: list[int]  # the character column each starts at (gaps), or its tab's count (tabs)
    tabbed: bool
    sep: str = ""  # the tab or bar parting the cells ("||": bars around the lines too)
    inverted: bool = False  # the persons' column headed surname first ("Name, Vorname")

    def index(self, kind: str) -> int | None:
        return self.kinds.index(kind) if kind in self.kinds else None


Cell = tuple[int, int, str]
_MEMBERS = re.compile(r"\bMitglied(?:er)?\b")  # a column word naming members of a kind ("Beratende Mitglieder")


def _header(line: str, rules: MemberRules, res: Resources, ruled: list[Cell] | None = None) -> _Header | None:
    """The header on ``line``; ``ruled``: the cells of a header over a rule (:func:`.ruled_headers.ruled_head`),
    one word of no kind another column (several: the marks' columns of a matrix, "LK  RG  IF")."""
    # cells by their count where tabs or bars part them (a bar's gaps may have narrowed to a space)
    sep = "\t" if "\t" in line and ruled is None else None
    if sep is None and "|" in line.strip(" |") and ruled is None:
        sep = "||" if line.strip().startswith("|") else "|"  # "||": bars drawn around the lines too
    tabbed = sep is not None
    cells = _split(line, 0, sep) if sep else _numbered_apart(ruled or Line(0, len(line), line).columns)
    found = [column_kind(c, rules, res) for _, _, c in cells]
    if (
        ruled
        and found.count(None) == 1
        and not any(_MEMBERS.search(c) for (_, _, c), k in zip(cells, found, strict=True) if k is None)
    ):  # one column word of no kind under a rule: another column; one naming members heads a list of its own
        found = [k or "other" for k in found]  # ("Ordentliche Mitglieder  Beratende Mitglieder": .side_columns)
    if "person" not in found and found.count("persons") == 1 and _persons_stated(cells, found, rules, res):
        found[found.index("persons")] = "person"  # "Funktion | Institution | Person": each person's function stated
    found = ["other" if k == "persons" else k for k in found]
    for k, (_, _, word) in enumerate(cells):  # "Name | Vorname": the given names in a column of their own
        if _GIVEN_HEADER.fullmatch(word.strip()) and "person" in found[max(k - 1, 0) : k + 2]:
            found[k] = "given"
    if len(cells) < 2 or any(k is None for k in found) or found.count("person") != 1:
        return None
    p = found.index("person")
    stated = "function" in found or "deputy" in found[p:]  # each person's function or deputy stated
    if "body" in found[:p] and not rules.member_header.fullmatch(cells[p][2]) and not stated:
        return None  # "Institution | Name": the bodies are the members, their persons the contacts
    starts = list(range(len(cells))) if tabbed else [a for a, _, _ in cells]
    inverted = bool(kinds(res).inverted.fullmatch(cells[p][2].strip()))
    return _Header([k for k in found if k], starts, tabbed, sep or "", inverted)


def _persons_stated(cells: list[Cell], found: list[str | None], rules: MemberRules, res: Resources) -> bool:
    """Whether a representatives' column holds the members: each person's function stated beside it
    ("Funktion | Institution | Person"), or the column headed as the persons' after the column of who sends
    them ("Sitze | entsendet durch | Person": the seats' holders)."""
    if "function" in found:
        return True
    k = found.index("persons")
    persons = re.fullmatch(typed.steering(res).persons_header, cells[k][2].strip())
    return bool(persons) and any(rules.sending_header.fullmatch(c.strip()) for _, _, c in cells[:k])


_NUMBER_WORD = re.compile(r"(?i)(?:lfd\.?[ \t]*)?nr\.?(?=[ \t])")  # the rows' numbers' column word


def _numbered_apart(cells: list[Cell]) -> list[Cell]:
    """A header's cells with the numbers' column word parted by a single space from the next word
    ("Nr. entsandt von", its rows' numbers narrower than the word) a cell of its own."""
    out: list[Cell] = []
    for a, b, cell in cells:
        a, cell = a + len(cell) - len(cell.lstrip()), cell.lstrip()
        m = _NUMBER_WORD.match(cell)
        rest = cell[m.end() :] if m else ""
        if m is None or not rest.strip():
            out.append((a, b, cell))
            continue
        lead = m.end() + len(rest) - len(rest.lstrip())
        out += [(a, a + m.end(), m.group()), (a + lead, b, cell[lead:])]
    return out


def _placed(line: str, at: int, header: _Header) -> dict[int, Cell] | None:
    """A line's cells by the column they stand under (offsets in the text), or None when a cell
    stands under none or two cells under one."""
    if header.tabbed:
        cells = _split(line, at, header.sep)
        if len(cells) > len(header.kinds):
            return None
        return {k: c for k, c in enumerate(cells) if c[2]}
    out: dict[int, Cell] = {}
    for a, _b, cell in Line(at, at + len(line), line).columns:
        for start, part, forced in _cut(a - at, cell, header.starts):
            by_place = (k for k in reversed(range(len(header.starts))) if header.starts[k] <= start + _SLACK)
            col = forced if forced is not None else next(by_place, None)
            if col is not None and col in out and (col == len(header.starts) - 1 or part.startswith("(")):
                # the last column has no end: a gap inside its cell ("Lea Brandt  – Vorsitz –"); a bracket after
                # a cell its own ("–  (neuer Sitz)")
                a0 = out[col][0]
                out[col] = (a0, at + start + len(part), line[a0 - at : start + len(part)])
                continue
            if col is None or col in out:
                return None
            out[col] = (at + start, at + start + len(part), part)
    return out


def _split(line: str, at: int, sep: str) -> list[Cell]:
    """A line's cells parted by tabs or bars; bars drawn around the line ("| Name | Amt |") part none."""
    if sep == "||":
        lead = len(line) - len(line.lstrip(" |"))
        return [(a + lead, b + lead, c) for a, b, c in tab_cells(line[lead:].rstrip(" |"), at, "|")]
    return tab_cells(line, at, sep)


def _cut(col: int, cell: str, starts: list[int]) -> list[tuple[int, str, int | None]]:
    """A cell cut where a column starts inside it after a single space (a gap the text layer
    narrowed: "Stadtrat Lea Brandt Gemeinderat" under "Name | Organisation"); where the cell runs well
    across the column's start, after the person's name it opens ("Kemal Aydın Türkischer Verein"), else
    at the word nearest to it; each part with the column a cut gave it."""
    cuts: dict[int, int] = {}
    for k, s in enumerate(starts):
        words = [p for p in range(col + 1, col + len(cell)) if cell[p - col - 1] == " " != cell[p - col]]
        near = [p for p in words if abs(p - s) <= _SLACK]
        across = col < s - _SLACK and col + len(cell) > s + _SLACK
        named = [p for p in words if p < s and name_line(cell[: p - col].strip())] if across else []
        if named or near or across and words:
            cuts[min(named or near or words, key=lambda p: abs(p - s))] = k  # a name's end first
    out: list[tuple[int, str, int | None]] = []
    pos, forced = 0, None
    for c in [*sorted(cuts), col + len(cell)]:
        piece = cell[pos : c - col]
        if piece.strip():
            out.append((col + pos + len(piece) - len(piece.lstrip()), piece.strip(), forced))
        pos, forced = c - col, cuts.get(c)
    return out


_OPEN = re.compile(r"(?:[-,/(]|\b[a-zäöüß]{1,4})$")  # a cell's line that goes on below


def _opens(cell: str, above: list[Cell] | None, banked: bool, res: Resources) -> bool:
    """Whether a persons' cell opens a row: a person's name first, the cell above not running on; a
    name the list of given names lacks will do beside a bank's new cell or under a closed cell; a name after
    an office or salutation under a person's cell closed by a comma opens one too ("Ratsherr A (CDU)," /
    "Ratsfrau B (SPD)": several persons a seat's cell lists)."""
    name = name_part(cell)
    if above and _OPEN.search(above[-1][2]):
        listed = above[-1][2].endswith(",") and _name_at(_joined(above), res) is not None
        return listed and bool(name) and (name_start(name) or 0) > 0
    return bool(name) and (
        name_start(name) is not None
        or _person_at(name, res, banked or above is not None) is not None
        or _leading_name(name) is not None
    )


def _leading_name(cell: str) -> str | None:
    """The person's name opening a cell whose next cell ran on after it, the gap lost ("Kemal Aydın
    Türkischer Verein"): its first two or three words when they are a name by the list of given names."""
    words = cell.split()
    order = (3, 2) if len(words) > 1 and is_first_name(words[1]) else (2, 3)  # "Lisa Marie Beispiel"
    return next((" ".join(words[:n]) for n in order if len(words) > n and name_line(" ".join(words[:n]))), None)


def _words(cell: str) -> int:
    """The words of a cell's line, a slash or dash between two names no word ("Stadt Oldenburg / AG der Wohl-")."""
    return sum(any(ch.isalnum() for ch in w) for w in cell.split())


def _sentence(line: str) -> bool:
    return bool(re.search(r"[a-zäöüß]{3}[.:][ \t]*$", line)) or len(line.split()) > 2 * _WRAP_WORDS


def _prose_after(line: str, at: int) -> bool:
    """Whether a line after a table's rows is prose: a sentence's end or many words; a line of
    several cells whose last ends with an abbreviation ("Migrantenorg.") is a row."""
    if len(line.split()) > 2 * _WRAP_WORDS:
        return True
    return _sentence(line) and len(Line(at, at + len(line), line).columns) == 1


def person_table(
    text: str, start: int, rules: MemberRules, res: Resources
) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The members of a table of persons whose header stands on the first line after ``start`` (a
    blank line or two between), its chair and where it ends; None when no such table stands there."""
    pos = start if start == 0 or text[start - 1] == "\n" else text.find("\n", start) + 1
    if pos <= 0 or text[start:pos].strip():
        return None  # the lead-in's line goes on
    for _ in range(_BLANK_LINES):
        if text[pos : text.find("\n", pos)].strip() or text.find("\n", pos) < 0:
            break
        pos = text.find("\n", pos) + 1
    stop = text.find("\n", pos)
    stop = len(text) if stop < 0 else stop
    head = text[pos:stop].strip()
    header = _header(text[pos:stop], rules, res)
    rule = _RULE_LINE
    if header is None and (ruled := ruled_head(text, pos, stop)) is not None:
        header = _header(text[pos:stop], rules, res, ruled[0])
        stop, rule = (ruled[1], RULE_LINE) if header is not None else (stop, rule)  # a drawn rule too
    if header is None:
        return flat_person_rows(text, pos, stop, rules, res)
    person = header.index("person")
    assert person is not None
    rows: list[dict[int, list[Cell]]] = []
    banks: list[list[Cell]] = []  # the bank over each row
    last = False  # the names end their cells, after an office or body and a comma
    deputy = False  # the line above named the row's deputy, its cell going on below
    end = stop
    pos = stop + 1
    if rule.fullmatch(text[pos : text.find("\n", pos)]):
        pos = text.find("\n", pos) + 1  # a rule drawn under the header
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop].replace("\f", " ")  # a page break between two rows: the table goes on
        if not line.strip() and (again := _header_again(text, pos, head, header)) is not None:
            pos = again  # the header repeated after a page's furniture, or the furniture left out: the table goes on
            continue
        if not line.strip() or _prose_after(line, pos):
            break
        placed = _placed(line, pos, header)
        if placed is None:
            break
        placed = _given_joined(placed, person, header)
        if person in placed and redacted(placed[person][2], res):
            return None  # names blacked out: the bodies beside them are read by :mod:`.tables`
        rest_of_deputy = deputy and person in placed and _deputy_rest(placed[person][2])
        if rows and person in placed and (rest_of_deputy or deputy_line(placed[person][2], rules)):
            # the row's deputy under its person ("Vertretung: Jonas Weber"), no member, maybe wrapped on
            # ("Vertretung: Dritte Bürgermeis-" / "terin Lea Brandt", "Vertretung: Stadträtin Lea" / "Brandt");
            # the other cells the row's wrapped rest
            said = placed.pop(person)[2]
            deputy = not rest_of_deputy and _deputy_open(said)
            for k, c in placed.items():
                rows[-1].setdefault(k, []).append(c)
            end, pos = stop, stop + 1
            continue
        deputy = False
        if not rows:  # "Fachbereichsleiterin Soziales," / "Dr. Lea Brandt": each name after its office
            last = _office_first(placed.get(person), res)
        if person in placed and not last:  # "Becker, Anna": the name in the natural order, its span the cell's
            a, b, named = placed[person]
            placed[person] = (a, b, natural_order(named, header.inverted))
        bank = header.index("bank")
        broken = bool(banks and banks[-1] and banks[-1][-1][2].endswith("-"))  # a bank broken at a hyphen
        banked = bank is not None and bank in placed and not broken
        above = rows[-1].get(person) if rows else None
        if last and not rows or _opens_row(placed, person, above, banked, broken, header, res, last):
            rows.append({k: [c] for k, c in placed.items() if k != bank})
            _body_above(rows, header)
            banks.append([placed[bank]] if bank is not None and bank in placed else banks[-1] if banks else [])
        elif rows and all(_words(c[2]) <= _WRAP_WORDS for c in placed.values()):
            for k, c in placed.items():
                (banks[-1] if k == bank else rows[-1].setdefault(k, [])).append(c)
        else:
            break
        end = stop
        pos = stop + 1
    if len(rows) < MIN_ROWS:
        return None
    starred = starred_chair(text, end)
    members = (
        _member(text, row, bank_cells, header, res, starred) for row, bank_cells in zip(rows, banks, strict=True)
    )
    read = _whole(members)
    return (*read, end) if read is not None else None


def _deputy_open(cell: str) -> bool:
    """Whether a deputy's cell goes on below: open at its end, or a given name closing it with no given name
    before it ("Vertretung: Stadträtin Lea", not "Vertretung: Klaus Dietrich")."""
    words = cell.partition(":")[2].split()
    given = bool(words) and is_first_name(words[-1]) and (len(words) < 2 or not is_first_name(words[-2]))
    return bool(_OPEN.search(cell)) or given


def _deputy_rest(cell: str) -> bool:
    """Whether a persons' cell under a deputy's open cell is its rest: a word broken at a hyphen going on
    in lower case ("terin Lea Brandt"), or a family name alone ("Brandt")."""
    return cell[:1].islower() or len(cell.split()) == 1


def _body_above(rows: list[dict[int, list[Cell]]], header: _Header) -> None:
    """A row opened without a cell in a bodies' column standing before the persons' takes the body of the
    row above: the body printed on its first person's row only ("Stadtverwaltung   Dr. Anna Beispiel" /
    "                  Jonas Weber")."""
    body, person = header.index("body"), header.index("person")
    if body is None or person is None or body > person or len(rows) < 2 or body in rows[-1]:
        return
    if rows[-2].get(body):
        rows[-1][body] = list(rows[-2][body])


def _given_joined(placed: dict[int, Cell], person: int, header: _Header) -> dict[int, Cell]:
    """A line's cells with the given name of a column of its own ("Schulz   Anja") put before the
    surname in the persons' cell ("Anja Schulz"), its span over both; a line with one of them alone
    (a wrapped line) as it is."""
    given = header.index("given")
    if given is None or given not in placed or person not in placed:
        return placed
    (a, b, surname), (c, d, first) = placed[person], placed.pop(given)
    placed[person] = (min(a, c), max(b, d), f"{first} {surname}")
    return placed


def _opens_row(
    placed: dict[int, Cell],
    person: int,
    above: list[Cell] | None,
    banked: bool,
    broken: bool,
    header: _Header,
    res: Resources,
    last: bool = False,
) -> bool:
    """Whether a table's line opens a row: its persons' cell opens with a name (:func:`_opens`), or the
    line fills every column and its name wraps ("Dr. Samuel\tVerein X\tMitglied" / "Muster"), or the
    persons' cell marks a seat not yet filled beside the cell of its body or function ("Agentur für
    Arbeit   –"); not a name under an office alone in the cell above ("Bürgermeisterin" / "Dr. Lea Brandt").
    In a table whose names end their cells (``last``), a capitalised line opens a row under a cell that
    ended with a person's name ("…, Dr. Heike Wagner (Vorsitz)" / "Integrationsmanager der Stadt, …")."""
    cell = placed.get(person)
    if cell is None:
        return False
    if VACANT.fullmatch(cell[2]):
        return any(header.kinds[k] in ("body", "function") for k in placed)
    if last and above and cell[2][:1].isupper() and len(cell[2].split()) > 1 and _name_ends(_joined(above), res):
        return True
    full = len(placed) == len(header.kinds) and not broken and cell[2][:1].isupper()
    vacant_above = any(VACANT.fullmatch(c[2]) for c in above or [])
    nameless = bool(above) and not full and not vacant_above and all(_name_at(c[2], res) is None for c in above or [])
    return not nameless and (_opens(cell[2], above, banked, res) or full and not (above and _OPEN.search(above[-1][2])))


def _office_first(cell: Cell | None, res: Resources) -> bool:
    """Whether a persons' cell opens with an office or body parted by a comma from what follows
    ("Fachbereichsleiterin Bürgerdienste, Soziales und Bildung,"), no name before the comma: the name
    comes last."""
    if cell is None or not cell[2][:1].isupper() or "," not in cell[2]:
        return False
    first = cell[2].split(",", 1)[0]
    return name_start(first, 0) is None and _person_at(first, res) is None and inverted_name(cell[2]) is None


def _name_ends(cell: str, res: Resources) -> str | None:
    """The person's name ending a cell after its office or body and a comma ("Integrationsmanager der
    Stadt, Arman Petrosyan", "…, Dr. Heike Wagner (Vorsitz)", "…, Schulleiter Jens Möller"), its brackets
    and an office before it left out; None for none."""
    parts = apart(cell, 0, len(cell), last=True)
    if len(parts) < 2:
        return None
    cut = parts[-2][1]
    name = name_part(DEPUTY_MARK.sub("", cell[cut + 1 :]))
    at = name_start(name)  # an office's words before it ("Schulleiter Jens Möller")
    at = at if at is not None else _person_at(name, res, True)
    return name[at:] if at is not None else None


def _name_at(cell: str, res: Resources) -> int | None:
    """Where the person's name in a persons' cell starts, None for a cell without one."""
    name = name_part(DEPUTY_MARK.sub("", cell))
    at = name_start(name)
    return at if at is not None else _person_at(name, res, True)


def located_name(entry: str, region: str, res: Resources) -> tuple[str, re.Match[str]] | None:
    """The person's name of a persons' cell (an office before it left out) and where it stands in the
    cell's text ``region`` as printed, its words maybe parted by other spaces; None where it names none."""
    at = _name_at(entry, res)
    if at is None:
        return None
    name = name_part(entry)[at:]
    found = re.search(r"\s+".join(map(re.escape, name.split())), region)
    return (name, found) if found is not None else None


def _without_office_after(value: str, res: Resources) -> str:
    """A name without the words of an office or body after it, a row whose gap was lost running the
    next cell on ("Anna Beispiel Bürgermeisterin")."""
    lex = nlp.lexicon(res)
    words = value.split()
    while len(words) > 2 and lex.mark(words[-1]):
        words.pop()
    return " ".join(words)


_FURNITURE_LINES = 4  # lines between a table's last row on a page and its header repeated at most


def _header_again(text: str, pos: int, head: str, header: _Header) -> int | None:
    """Where the table goes on after a page break at ``pos`` (a blank line): after its header repeated
    within a few lines, a page's furniture ("Vorlage 12/2027   Seite 1 von 2") before it; or at a line
    filling every column after two blank lines or more, where the layout left the furniture and the
    repeated header out."""
    at, blank = pos, 0
    for _ in range(_FURNITURE_LINES):
        stop = text.find("\n", at)
        if stop < 0:
            return None
        line = text[at:stop].replace("\f", " ")
        if line.strip() == head:
            return stop + 1
        if not line.strip():
            blank += 1
        elif blank >= 2 and len(_placed(line, at, header) or {}) == len(header.kinds):
            return at
        else:
            blank = 0
        at = stop + 1
    return None


def _joined(cells: list[Cell]) -> str:
    return dehyphenate(" ".join(c for _, _, c in cells))


def _member(
    text: str, row: dict[int, list[Cell]], bank: list[Cell], header: _Header, res: Resources, star: str | None
) -> MemberRow | None:
    """The person of a row, the sector's hint and the chair's mark (``star``: the footnote's mark
    that makes the chair)."""
    person = header.index("person")
    cells = row.get(person or 0)
    if not cells:
        return None
    if VACANT.fullmatch(cells[0][2]):
        return _vacant(row, bank, header, res)
    whole = _joined(cells)
    mark = STARRED.search(whole)
    whole = whole[: mark.start()] + whole[mark.end() :] if mark else whole
    name = name_part(DEPUTY_MARK.sub("", whole))
    at = name_start(name)
    at = at if at is not None else _person_at(name, res, True)  # the row opened with a name
    if at is None:  # a line of the body wrapped under the name's column, or the next cell run on
        name = _leading_name(name) or name_part(DEPUTY_MARK.sub("", cells[0][2]))
        at = name_start(name)
        at = at if at is not None else _person_at(name, res, True)
    if at is None and (name := _name_ends(whole, res) or "") and cells[-1][2].find(name.split()[0]) >= 0:
        at = 0  # "Migrationsberatung, Samira El Ouardi": the name after the office or body
        cells = [cells[-1]]  # its span on the cell's last line
    if at is None:
        return None
    value = _without_office_after(name[at:], res)
    found = re.search(r"\s+".join(map(re.escape, value.split())), text[cells[0][0] : cells[-1][1]])
    first = cells[0][2].find(value.split()[0])
    if found is None and first < 0:
        return None
    # a name wrapped under its column has the row's other cells between its words: its span runs over them
    a, b = (cells[0][0] + found.start(), cells[0][0] + found.end()) if found else (cells[0][0] + first, cells[-1][1])
    by_kind = {header.kinds[k]: _joined(c) for k, c in row.items() if k != person}
    function = by_kind.get("function", "")
    chair = kinds(res).chair
    marked = (
        any(CHAIR_MARK.search(c) for c in [whole, *by_kind.values()])
        or bool(CHAIR_DASHED.search(whole))  # "Lea Brandt  – Vorsitz –"
        or any(chair.fullmatch(part.strip()) for part in function.split(","))
        # "Beigeordneter, Vorsitz" in the body's column: the chair's noun as a part of its own after the office;
        # not "Integrationsrat, Vorsitzender", the chair of the body the member comes from
        or any(CHAIR_NOUN.fullmatch(part.strip()) for part in by_kind.get("body", "").split(",")[1:])
        or any(chair.fullmatch(b.strip()) for b in re.findall(r"\(([^()]*)\)", whole))  # "(Sprecherin der AG)"
        or bool(mark and mark.group(1) == star)
    )  # "Leitung der AG", "Erster Bürgermeister, Vorsitz"; not "Leitung Kinderhaus X", "Sprecherin des Vereins Y"
    rest = " ".join(whole.replace(value, " ", 1).split()).strip(" ,")  # the office, the body after a comma
    # the body first, then a column of what sends the person ("entsendet durch"), the bank last but the function
    others = [_joined(c) for k, c in sorted(row.items()) if header.kinds[k] == "other"]  # "entsendet von"
    others = [c for c in others if not re.fullmatch(r"\d{1,3}\.?", c)]  # a row's number tells nothing
    hints = [by_kind.get("body", ""), rest, *others, _joined(bank), function]
    fallback = sector_rules(res).fallback
    label = next((h for h in hints if h and classify(h, res) != fallback), next((h for h in hints if h), None))
    return MemberRow(a, b, value, label, marked, "table")


def _vacant(row: dict[int, list[Cell]], bank: list[Cell], header: _Header, res: Resources) -> MemberRow | None:
    """The member of a row whose seat no person fills yet ("Agentur für Arbeit Detmold   –",
    "Leitung des Jugendamtes   N. N."): the body or function the row names, the bank its sector's hint."""
    for kind in ("body", "function"):
        k = header.index(kind)
        cells = row.get(k) if k is not None else None
        if cells:
            value = _joined(cells)
            fallback = sector_rules(res).fallback
            hints = [h for h in (value, _joined(bank)) if h]
            label = next((h for h in hints if classify(h, res) != fallback), hints[0])
            return MemberRow(cells[0][0], cells[-1][1], value, label, False, "table")
    return None


# --- a table whose gaps a text layer flattened ---------------------------------------------------

_TITLE_WORD = re.compile(TITLE)


def _flat_header(line: str, rules: MemberRules, res: Resources) -> bool:
    """Whether a line is the flattened header of a table of persons by bank whose deputies stand
    after them ("Bank Mitglied Stellvertretung"): a column word a word, the bank's first, the
    persons' next, only deputies' after it."""
    words = line.split()
    if not 2 <= len(words) <= 6 or "\t" in line or "  " in line.strip():
        return False
    found = [column_kind(w, rules, res) for w in words]
    if any(k is None for k in found) or found.count("person") != 1:
        return False
    p = found.index("person")
    return found[0] == "bank" and p == 1 and all(k == "deputy" for k in found[p + 1 :])


def _name_starts(line: str, res: Resources) -> list[int]:
    """Where the persons' names of a flattened line start (their titles with them): a given name and
    a name's word after it, or two words shaped as a name, none naming a body or office, before a
    comma or bracket ("Kwabena Mensah, Verein X")."""
    lex = nlp.lexicon(res)
    words = list(re.finditer(r"\S+", line))
    out = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and _TITLE_WORD.fullmatch(words[j].group()):
            j += 1
        if j + 1 >= len(words):
            break
        first, second = words[j].group(), words[j + 1].group()
        after = words[j + 2].group() if j + 2 < len(words) else ""
        known = is_first_name(first) and NAME_WORD.fullmatch(second.rstrip(",")) is not None
        shaped = all(NAME_WORD.fullmatch(w) and not lex.mark(w) for w in (first, second.rstrip(","))) and (
            second.endswith(",") or after.startswith("(")
        )
        if known or shaped:
            out.append(words[i].start())
            i = j + 2
        else:
            i += 1
    return out


def _bank_words(bank: str, res: Resources) -> tuple[str, str] | None:
    """A flattened row's words before its person: the bank and the office before the name; None when
    they are no bank's (a word in lower case that links none)."""
    lex = nlp.lexicon(res)
    words = bank.split()
    office: list[str] = []
    while words and (h := lex.head(words[-1])) is not None and h.label == "OFFICE":
        office.insert(0, words.pop())
    if any(not (w[:1].isupper() or w.lower() in _LINKS) for w in words):
        return None
    return " ".join(words), " ".join(office)


def flat_person_rows(
    text: str, pos: int, stop: int, rules: MemberRules, res: Resources
) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The members of a table of persons by bank whose gaps a text layer flattened, its header the
    line at ``pos`` (:func:`_flat_header`): a row opens on a line with a capital and a person's name,
    the words before it its bank (a row without them under the bank above), the next person its
    deputy; a line without a name carries the cells above on (a bank broken at a hyphen joined). An
    export that sets each line a paragraph of its own sets its rows one blank line apart."""
    if not _flat_header(text[pos:stop], rules, res):
        return None
    rows: list[tuple[int, str, list[str]]] = []  # where the member's part starts, its text, its bank and wrapped lines
    banks: list[str] = []
    spaced = text.startswith("\n", stop + 1) or text.startswith("\n", stop)
    end, at = stop, stop + 1
    while at < len(text):
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        line = text[at:line_end]
        if not line.strip():
            if not spaced or not text[line_end + 1 : text.find("\n", line_end + 1)].strip():
                break
            at = line_end + 1
            continue
        lead = len(line) - len(line.lstrip())
        line = line.strip()
        starts = _name_starts(line, res) if line[:1].isupper() else []
        parts = _bank_words(line[: starts[0]], res) if starts else None
        if starts and parts is not None:
            bank, office = parts
            cut = starts[1] if len(starts) > 1 else len(line)
            rows.append((at + lead + starts[0], f"{office} {line[starts[0] : cut]}".strip(), []))
            banks.append(bank or (banks[-1] if banks else ""))
        elif rows and re.match(r"[^\W\d]", line) and len(line.split()) <= _WRAP_WORDS and not _sentence(line):
            if banks[-1].endswith("-") and line[:1].islower():
                first, _, line = line.partition(" ")
                banks[-1] = dehyphenate(f"{banks[-1]} {first}")
            rows[-1][2].append(line)
        else:
            break
        end = line_end
        at = line_end + 1
    if len(rows) < MIN_ROWS:
        return None
    read = _whole(
        _flat_member(text, a, part, bank, " ".join(wrapped), res)
        for (a, part, wrapped), bank in zip(rows, banks, strict=True)
    )
    return (*read, end) if read is not None else None


def _whole(rows: Iterable[MemberRow | None]) -> tuple[list[MemberRow], Chair | None] | None:
    """The members of a table's rows and its chair (the first row marked so), or None as soon as a
    row gives no member: a table is read whole or not at all."""
    members: list[MemberRow] = []
    for m in rows:
        if m is None:
            return None
        members.append(m)
    chair = next((Chair(m.value, m.start, m.end, True) for m in members if m.is_chair), None)
    return members, chair


def _flat_member(text: str, at: int, part: str, bank: str, wrapped: str, res: Resources) -> MemberRow | None:
    name = name_part(DEPUTY_MARK.sub("", part))
    start = name_start(name)
    start = start if start is not None else _person_at(name, res, True)
    if start is None:
        return None
    value = _without_office_after(name[start:], res)
    found = re.search(r"\s+".join(map(re.escape, value.split())), text[at : at + len(part) + 40])
    if found is None:
        return None
    rest = " ".join(part.replace(value, " ", 1).split()).strip(" ,")
    hints = [rest, dehyphenate(f"{rest} {wrapped}"), bank, wrapped]
    fallback = sector_rules(res).fallback
    label = next((h for h in hints if h and classify(h, res) != fallback), bank or None)
    return MemberRow(at + found.start(), at + found.end(), value, label, bool(CHAIR_MARK.search(part)), "table")
