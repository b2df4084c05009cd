"""Members in columns set side by side whose gaps a PDF's text layer flattened into single spaces:
the two columns' entries share a line, one space apart, and a wrapped entry's rest stands on the next
line, before or after the other column's piece::

    Ordentliche Mitglieder Beratende Mitglieder
    ----------------------- -----------------------
    Stadträtin Lea Brandt (Vorsitz) Jonas Weber, Jobcenter
    Kai Muster, Amt für Soziales und Nordheim
    Wohnen Prof. Dr. Eva Roth, Hochschule

The header names a column of members in each of its cells (``members_column``), or the members'
column and their deputies' (``member_header`` then ``deputy_header``: "Mitglied im
Verhinderungsfall"). No gap tells the columns apart, so the persons do: a name (titles, a given
name the list of names knows, one or two family names) opens a left-hand entry where at most two
words of an office stand before it at the line's start, and a right-hand entry anywhere else in the
line (so a left-hand entry's rest of one or two words wrapped before a right-hand name is taken
for an office, and that name for a left-hand one). A table of deputies gives its left column only.
Two lines at least must hold a person in each column, or the table is left to other readers.

Columns by sector set so (``flat_sector_table``: "Kreispolitik Kreisverwaltung Partnerinnen und
Partner", "Magistrat / Verwaltung Stadtverordnete Träger": words joined by "und", "&" or a slash one
header cell; each entry a name over its office) give their persons wherever a line names them; a line
naming a person in every column gives each its column's sector, any other line its persons without
one (its offices run together cannot be cut). Where no line names a person in every column (the
entries wrapped at different heights), a rule drawn under each header cell shows the columns, and
three lines naming two persons or more make the table; a line ending in a cell's label and a colon
("… Diakonie Nordheim:") is a row, the colon another column's. A name whose family name is also a
given name followed by a further name word ("Dr. Katrin Sven Ullrich": two persons or one?) leaves
its line out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.german import nlp
from extractors.resources import Resources, typed
from pipeline.lang.de.names import TITLE, is_first_name

from .name_blocks import NAME_WORD, cased_surnames
from .rules import CHAIR_MARK, Chair, MemberRow
from .side_columns import PART_LABEL, RULE_LINE, by_sector, table_lines

_OFFICE_WORDS = 2  # words of an office before a left-hand entry's name at most
_BOTH_LINES = 2  # lines naming a person in each column at least, over the table's blocks
_BLANK_LINES = 2  # blank lines between the lead-in and the header, or the header and its rule, at most
_TITLE_WORD = re.compile(TITLE)
Person = tuple[int, int, bool]  # the name's start and end in its line, whether it opens a left-hand entry
_JOINER = re.compile(r"[ \t]+(?:und|&|/)[ \t]+")  # "Partnerinnen und Partner", "Magistrat / Verwaltung": one cell
_RULE_RUN = re.compile(r"[-=_]{3,}")
_RULED_LINES = 3  # lines naming two persons at least where a rule under each header cell shows the columns
_LABEL_END = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]*:[ \t]*$")  # a cell's label: "… Diakonie Nordheim:"
_LABEL_LINE_WORDS = 12  # words of a row ending in a cell's label at most
_RUN_ON = re.compile(r"[ \t]*[-=_]{3,}(?:[ \t]+[-=_]{3,})*")  # a rule an export ran the first row onto


def _next_filled(text: str, pos: int) -> tuple[int, int] | None:
    """The first filled line from ``pos`` on, over ``_BLANK_LINES`` blank lines at most: its start and end."""
    for _ in range(_BLANK_LINES + 1):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        if text[pos:stop].strip():
            return pos, stop
        if stop >= len(text):
            return None
        pos = stop + 1
    return None


def _columns(header: str, res: Resources) -> bool | None:
    """Whether the header's columns all name members (True), or members then their deputies (False);
    None where the line is no such header."""
    conf = typed.steering(res)
    labels = list(PART_LABEL.finditer(header.strip()))  # "Für die Stadtverwaltung: Für den Gemeinderat:"
    if len(labels) >= 2 and " ".join(m.group() for m in labels).split() == header.split():
        return True
    words = header.split()
    column = re.compile(conf.members_column)
    cells, k = 0, 0
    while k < len(words):
        n = next((n for n in (2, 1) if k + n <= len(words) and column.fullmatch(" ".join(words[k : k + n]))), 0)
        if not n:
            break
        cells, k = cells + 1, k + n
    if k == len(words) and cells >= 2:
        return True
    for n in (2, 1):
        first, rest = " ".join(words[:n]), " ".join(words[n:])
        if re.fullmatch(conf.member_header, first) and re.fullmatch(conf.deputy_header, rest):
            return False
    return None


def _persons(line: str, res: Resources) -> list[Person]:
    """The persons a line names, left to right."""
    lex = nlp.lexicon(res)
    ws = list(re.finditer(r"\S+", line))
    out: list[Person] = []
    k = 0
    while k < len(ws):
        j = k
        while j < len(ws) and _TITLE_WORD.fullmatch(ws[j].group()):
            j += 1
        given = ws[j].group() if j < len(ws) else ""
        family = ws[j + 1].group().rstrip(",") if j + 1 < len(ws) else ""
        if not (is_first_name(given) and NAME_WORD.fullmatch(family)):
            k += 1
            continue
        end = j + 2
        if not ws[j + 1].group().endswith(",") and end < len(ws):
            more = ws[end].group().rstrip(",")
            if NAME_WORD.fullmatch(more) and not is_first_name(more) and not lex.mark(more):
                end += 1  # a second family name ("Anna Muster Beispiel")
        last = ws[end - 1]
        out.append((ws[k].start(), last.start() + len(last.group().rstrip(",")), not out and k <= _OFFICE_WORDS))
        k = end
    return out


def flat_side_column_table(text: str, start: int, res: Resources) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The members of the flattened side-by-side columns whose header stands on the first line after
    ``start``, the chair and where the table ends; None when no such table stands there. A block under
    a header of the same kind right after it (a blank line between) goes on with the table; family
    names set in capitals after a given name are read in the natural case."""
    text = cased_surnames(text)
    found = _flat_block(text, start, res)
    if found is None:
        return None
    members, end, both = found
    # with no header, the columns' rows go on after a blank line where each block opens with an entry
    headerless = _columns(text[start:end].strip().split("\n", 1)[0], res) is None
    while (block := _flat_block(text, end, res, headerless)) is not None or headerless and members:
        if block is None:  # "Konstanz" alone between blank lines: the rest of the entry read last
            piece = _wrapped_piece(text, end, max(members, key=lambda m: m.start), res)
            if piece is None:
                break
            end = piece
            continue
        members, end, both = members + block[0], block[1], both + block[2]
    if both < _BOTH_LINES:
        return None
    chair_row = next((Chair(m.value, m.start, m.end, True) for m in members if m.is_chair), None)
    return members, chair_row, end


def _flat_block(
    text: str, start: int, res: Resources, going_on: bool = False
) -> tuple[list[MemberRow], int, int] | None:
    """The members of one block of flattened side-by-side columns (:func:`flat_side_column_table`), where
    it ends and how many of its lines name a person in each column (one at least; two over the table's
    blocks). A line opening with a chair's mark ("(Vorsitz) Stadtrat Erkan Tosun") marks the left-hand
    person above. With no header, the first row's two entries open the block (:func:`_first_row`), and
    a block after a blank line (``going_on``) opens with an entry; it need not name a person in each column."""
    pos = start if start == 0 or text[start - 1] == "\n" else text.find("\n", start) + 1
    found = _next_filled(text, pos) if pos > 0 else None
    if found is None or "\t" in text[found[0] : found[1]] or "  " in text[found[0] : found[1]].strip():
        return None  # (columns kept as gaps are read by their positions)
    line = text[found[0] : found[1]]
    every = _columns(line, res)
    end = found[1]
    headerless = every is None
    if headerless and (_first_row(line, res, 1 if going_on else 2) or going_on and _first_row(line, res, 2)):
        every, end = True, found[0] - 1  # the first row's entries, no header over them
    elif every is None:
        return None
    rule = _next_filled(text, end + 1)
    if rule is not None and RULE_LINE.fullmatch(text[rule[0] : rule[1]]):
        end = rule[1]
    left: list[MemberRow] = []
    right: list[MemberRow] = []
    both = 0
    for pos, stop, line in table_lines(text, end + 1):
        persons = _persons(line, res)
        both += sum(1 for p in persons if p[2]) == 1 and len(persons) == 2
        if headerless and not persons and (left or right) and _piece(line):  # "Kulturverein" under "…, Ukrainischer"
            _goes_on(max(left + right, key=lambda m: m.start), line)
        if (
            left
            and (mark := CHAIR_MARK.match(" " + line)) is not None
            and (not persons or persons[0][0] >= mark.end() - 1)
        ):
            left[-1].is_chair = True
        for n, (a, b, head) in enumerate(persons):
            after = line[b : persons[n + 1][0] if n + 1 < len(persons) else len(line)]
            chair = CHAIR_MARK.search(after) is not None  # after the name or after its body
            label = " ".join(CHAIR_MARK.sub(" ", after).split()).strip(" ,")
            label = label or (line[:a].strip() if head else "")  # else the office before the name
            row = MemberRow(pos + a, pos + b, line[a:b], label or None, chair, "table")
            (left if head else right).append(row)
        end = stop
    if both < 1 and not going_on:
        return None
    return (left + right if every else left), end, both


_PIECE_WORDS = 4  # words of an entry's wrapped rest on a line of its own at most
# a label's end that goes on in the next line: a hyphen, a comma, an adjective before its noun
# ("Deutsch-Maghrebinischer")
_OPEN_LABEL = re.compile(r"(?:[-,/(]|[A-ZÄÖÜ][\w-]*(?:isch|lich|ig|al|ell|iv)(?:e|er|es|en|em))$")


def _piece(line: str) -> bool:
    """Whether a line may be an entry's wrapped rest: a few words, no gap, no number opening it, no sentence's end."""
    words = line.split()
    return (
        0 < len(words) <= _PIECE_WORDS
        and "  " not in line.strip()
        and not words[0][:1].isdigit()
        and re.search(r"[a-zäöüß]{3}[.:!?]$", words[-1]) is None
    )


def _goes_on(row: MemberRow, line: str) -> None:
    """The entry's label with its wrapped rest (a word broken at its hyphen joined: "Integrationsbei-" / "rat")."""
    rest = " ".join(line.split())
    label = row.label or ""
    broken = re.search(r"[a-zäöüß]-$", label) is not None and rest[:1].islower()
    row.label = (label[:-1] + rest if broken else f"{label} {rest}").strip()


def _wrapped_piece(text: str, end: int, last: MemberRow, res: Resources) -> int | None:
    """Where a headerless table goes on after an entry's wrapped rest on a line of its own between blank
    lines ("Dr. Anna Beispiel, Staatliches Schulamt" / "" / "Nordheim" / ""), the rest joined to the entry
    read last: where a block of entries follows it, or the entry's label ends open ("…, Deutsch-Maghrebinischer"
    / "" / "Verein Nordheim e. V."). None where the next line is no such rest."""
    found = _next_filled(text, end + 1)
    if found is None:
        return None
    line = text[found[0] : found[1]]
    if not _piece(line) or _persons(line, res) or _columns(line, res) is not None:
        return None
    if _OPEN_LABEL.search(last.label or "") is None and _flat_block(text, found[1], res, True) is None:
        return None
    _goes_on(last, line)
    return found[1]


def _first_row(line: str, res: Resources, entries: int) -> bool:
    """Whether a line opens flattened columns with no header over them: it names ``entries`` persons (one:
    the left-hand one alone), the first at the line's start, each with a comma after the name and its body
    after that ("Anna Beispiel, Bürgermeisterin (Vorsitz) Jonas Weber, Jobcenter Nordheim"); a page break may
    stand before it."""
    line = line.lstrip("\f")
    persons = _persons(line, res)
    return (
        len(persons) == entries
        and persons[0][0] == 0
        and all(line.startswith(",", b) and line[b + 1 :].strip(" ,") for _a, b, _h in persons)
    )


def _sector_cells(header: str, res: Resources) -> list[str] | None:
    """The cells of a flattened header naming the sectors its columns sort the members in, a cell a
    word or words joined by "und" ("Kreispolitik Kreisverwaltung Partnerinnen und Partner"); None for
    another line."""
    cells = _JOINER.sub(lambda m: f"\x00{m.group().strip()}\x00", header.strip()).split()
    cells = [c.replace("\x00", " ") for c in cells]
    return cells if len(cells) >= 2 and by_sector(cells, res) else None


def _first_two(name: str) -> int:
    """Where a name's given and family name end, its titles with them ("Dr. Ida Roth Migration": 12)."""
    words = list(re.finditer(r"\S+", name))
    k = next((i for i, w in enumerate(words) if not _TITLE_WORD.fullmatch(w.group())), 0)
    return words[min(k + 1, len(words) - 1)].end()


def _ambiguous(line: str, persons: list[Person]) -> bool:
    """Whether a person's family name is a given name too with a name word after it, so that where one
    person ends and the next begins is not told ("Katrin Sven Ullrich")."""
    for a, b, _head in persons:
        words = line[a:b].split()
        if len(words) >= 3 and is_first_name(words[-2]) and not _TITLE_WORD.fullmatch(words[-3]):
            return True
        after = line[b:].split()[:1]  # "Dr. Katrin Sven" read, "Ullrich" after it
        if is_first_name(words[-1]) and after and NAME_WORD.fullmatch(after[0]):
            return True
    return False


def flat_sector_table(text: str, start: int, res: Resources) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The persons of flattened columns by sector whose header stands on the first line after
    ``start``, and where the table ends; None when no such table stands there or fewer than two lines
    name a person in every column."""
    pos = start if start == 0 or text[start - 1] == "\n" else text.find("\n", start) + 1
    found = _next_filled(text, pos) if pos > 0 else None
    if found is None or "\t" in text[found[0] : found[1]] or "  " in text[found[0] : found[1]].strip():
        return None
    heads = _sector_cells(text[found[0] : found[1]], res)
    if heads is None:
        return None
    end, full, first, ruled = found[1], 0, found[1] + 1, False
    rule = _next_filled(text, first)
    if rule is not None and (run := _RUN_ON.match(text, rule[0], rule[1])):  # blank lines around it
        end, first = (rule[1], rule[1] + 1) if not text[run.end() : rule[1]].strip() else (rule[0], run.end())
        ruled = len(_RULE_RUN.findall(run.group())) == len(heads)  # a rule drawn under each header cell
    members: list[MemberRow] = []
    named = 0  # lines naming two persons or more
    for pos, stop, line in _flat_lines(text, first):
        persons = _persons(line, res)
        end = stop
        if not persons or _ambiguous(line, persons):
            continue
        every = len(persons) == len(heads)
        full += every
        named += len(persons) >= 2
        for k, (a, b, _head) in enumerate(persons):
            if not every:  # the other cells run on after the name: its given and family name only
                b = a + _first_two(line[a:b])
            members.append(MemberRow(pos + a, pos + b, line[a:b], heads[k] if every else None, False, "table"))
    return (members, None, end) if full >= 2 or ruled and named >= _RULED_LINES else None


def _flat_lines(text: str, pos: int) -> Iterator[tuple[int, int, str]]:
    """The lines of a flattened table from ``pos`` on (:func:`.side_columns.table_lines`), where a line
    ending in a colon after a capitalised word is a cell's label, no sentence's lead-in ("… Pfarrer
    Jonas Weber Caritasverband Nordheim:" / "Frau Lea Brandt"); a blank line or a sentence ends them."""
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop]
        if _LABEL_END.search(line) and 1 < len(line.split()) <= _LABEL_LINE_WORDS:
            yield pos, stop, line
        else:
            for row in table_lines(text, pos):
                yield row
                break
            else:
                return
        pos = stop + 1
