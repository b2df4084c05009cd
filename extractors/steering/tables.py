"""Members in tables: rows of cells (tab, wide gap or bar), a table whose gaps an export
flattened into single spaces, and a table an export set one cell a line.

The member column is the one whose header names institutions; a header row ("Institution |
Vertretung", "Name | Funktion | Institution") is never a member, nor is a total row ("Gesamt |
12"). The rows of a table after a lead-in are walked by :func:`.lists.list_members`, which
reads each with :func:`table_row`; a table set one cell a line (``stacked_rows``: the header's
words a line each, then institution and person row by row or column by column) is read here whole
(:func:`stacked_table`). A person and the organisation they stand for ("Frau Dr. Schmidt,
Caritasverband") give the organisation (:func:`organisation_of`), in lists as in tables. A members
table right under the paragraph that speaks of the group needs no lead-in: its header says what it
is (:func:`members_header`). In a table of bodies with a members' column of persons ("Institution |
Mitglied | Stellvertretung") the persons are the members (:func:`named_column`), the deputies none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from extractors.base import dehyphenate
from extractors.german import enumerations, nlp
from extractors.german.nominative import grammar
from extractors.resources import Resources, typed
from pipeline.lang.de.closed_class import CLASSES, OPEN_ENDS, alternation, either
from pipeline.lang.de.markers import DRAWN_JOINTS, DRAWN_RULES
from pipeline.lang.de.names import ADDRESS, TITLE
from pipeline.structure import Line, person_row, wrapped_person_row
from pipeline.structure.furniture import WORDED_PAGE_NUMBER
from pipeline.structure.prose import Segment

from .cell_parts import persons_apart, persons_saluted, seat_each
from .name_blocks import NAME_WORD, name_line, name_start, person_words
from .name_columns import blacked_out, name_beside_body, redacted
from .persons import interleaved_person_rows, person_first_row, person_rows
from .rules import CHAIR_DASHED, CHAIR_MARK, VACANT, Chair, MemberRow, MemberRules, deputy_line
from .sectors import classify, is_person, number, sector_rules

PERSON = re.compile(
    r"(?:Herrn?|Frau)\s+(?:(?:Dr\.|Prof\.)\s*)*[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?|"
    r"(?:Dr\.|Prof\.)\s*[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?"
)


def organisation_of(raw: str, res: Resources) -> tuple[int, str] | None:
    """The organisation of "Frau Dr. Schmidt, Caritasverband", "Fachbereich Jugend, Familie und
    Soziales, Herr Lang", "Herr Braun (Jobcenter)": the member a person stands for (offset in
    ``raw``, text)."""
    lex = nlp.lexicon(res)

    def org(part: str) -> bool:
        return any(lex.mark(w) is not None for w in part.split())

    for sep in re.finditer(r"\s*(?:,|–|-(?=\s)|\()\s*", raw):
        a, b = raw[: sep.start()].strip(), raw[sep.end() :].rstrip(") ").strip()
        if PERSON.fullmatch(a) and org(b):
            return sep.end(), b
        if PERSON.fullmatch(b) and org(a):
            return 0, a
    return None


def total_of(words: list[str], rules: MemberRules) -> int | None:
    """The number of a table's total row ("Gesamt | 12", "Summe | | 12"), or None."""
    filled = [w for w in words if w]
    if len(filled) < 2 or not rules.total_row.match(filled[0]):
        return None
    n = number(filled[-1])
    return n if n is not None and all(w == filled[-1] or number(w) is not None for w in filled[1:]) else None


# a unit of the administration a number names ("Fachbereich 3", "Amt 50"): a member, not a sector
_UNIT = re.compile(r"(?i)fachbereich|amt|referat|dezernat|abteilung|sachgebiet")


def seat_category(cell: str, rules: MemberRules) -> str | None:
    """The sector a cell names when it names a sector only ("Verwaltung", "Vereine und Verbände",
    "Politik / Rat"), each of its words starting as a seat sector does, or None ("Sozialamt",
    "Wohnungsbaugesellschaft", "Stadtverwaltung Lingen" name members)."""
    words = [w for w in re.split(r"[\s,/&+]+|\b(?:und|sowie)\b", cell) if w]
    if not words or len(words) > 4 or not all(w[:1].isupper() for w in words) or _UNIT.fullmatch(cell):
        return None
    found = [next((s for s, rx in rules.seat_sectors if rx.match(w)), None) for w in words]
    return found[0] if all(found) else None


def seat_row(cells: list[tuple[int, int, str]], rules: MemberRules) -> tuple[str, int] | None:
    """A row of a seat table ("Verwaltung | 4", "Vereine und Verbände | 2"): one cell names a
    sector only, each other filled cell is a count. Its sector and count, or None (a row of an
    organisation and the count of its delegates, "Sozialamt | 2", names a member)."""
    filled = [c for _, _, c in cells if c]
    counts = [n for c in filled if (n := number(c)) is not None]
    names = [c for c in filled if number(c) is None]
    if len(names) != 1 or not counts:
        return None
    sector = seat_category(names[0], rules)
    return (sector, counts[-1]) if sector is not None else None


_LEADER = re.compile(r"\S\s*\.{4,}\s*\d")  # a name's leader of dots to its count
DELEGATES = 20  # delegates of one member at most; a bigger number is part of a name or a total


@dataclass
class Delegates:
    """The lines of a delegates table read at once: its members' names (offsets), the seats of its
    sector rows, its total, the number of its lines and the sum of their counts above the total."""

    members: list[tuple[int, int]]
    seats: dict[str, int]
    total: int | None
    lines: int
    counted: int = 0
    closed: bool = False  # the list ends with its block (a list of leader lines)


def delegate_lines(
    text: str, segs: Sequence[Segment], rules: MemberRules, res: Resources, spaced: bool = False
) -> Delegates | None:
    """A delegates table whose gaps an export flattened into single spaces, its lines one after
    another without a blank line (``spaced``: with one, as an export that sets a blank line after
    every line gives them): every line a name and a count ("Sozialamt 2", "Jobcenter 1"), two
    lines at least, one naming an organisation or office. Its members are the names without the
    count; a line of others ("Sonstige 1") names none, a sector's line ("Verwaltung 3") gives seats,
    a total ("Gesamt 5") ends it. None when a line is no such line or a unit a number names
    ("Fachbereich 3", "Amt 50": members of their own), or no line names a member."""
    lex = nlp.lexicon(res)
    out = Delegates([], {}, None, 0)
    for k, seg in enumerate(segs):
        start, end = seg.start, seg.end
        apart = k and blank_before(text, segs[k - 1].end, start)
        if apart and spaced and "\n\n\n" not in text[segs[k - 1].end : start + 1]:
            apart = False  # one blank line between the rows
        # a row alone between blank lines may read as a heading
        if seg.kind not in ("item", "para", *(("heading",) if spaced else ())) or apart or out.total:
            break
        m = rules.delegate_line.fullmatch(text, start, end)
        if m is None:
            break
        name, count = m.group("name").strip(), int(m.group("n"))
        if _UNIT.fullmatch(name.split()[-1]):
            return None
        out.lines += 1
        sector = seat_category(name, rules)
        out.counted += 0 if rules.total_row.match(name) else count
        if rules.total_row.match(name):
            out.total = count
        elif sector is not None:
            out.seats.setdefault(sector, count)
        elif any(lex.mark(x) for x in name.split()) and count <= DELEGATES:
            out.members.append((m.start("name"), m.start("name") + len(name)))
        elif len(name.split()) > 2:
            break
    return out if out.members and out.lines >= 2 else None


def delegate_block(text: str, seg: Segment, rules: MemberRules, res: Resources) -> Delegates | None:
    """A delegates table an export flattened and set as one paragraph with the text after it, or one
    whose every line leads its count in with dots
    ("Sozialamt 2" / "Jobcenter 1" / "Gesamt 3" / "Die Sitzungen leitet ..."): read line by line
    (:func:`delegate_lines`) only when a total line ends the rows and its number is the sum of the
    counts above it, so that a paragraph of prose never reads as one. ``lines`` is 1: the segment."""
    lines = [(seg.start + m.start(), seg.start + m.end()) for m in re.finditer(r"[^\n]+", text[seg.start : seg.end])]
    found = delegate_lines(text, [Segment("para", a, b, a) for a, b in lines], rules, res)
    if found is not None and found.total is None and found.lines >= 2:
        # every line read a name, a leader of dots and a count ("Jugendamt ....... 2 Personen"): a list
        if all(_LEADER.search(text, a, b) for a, b in lines[: found.lines]):
            found.lines, found.closed = 1, True
            return found
    if found is None or found.total is None:
        return None
    counts = [rules.delegate_line.fullmatch(text, a, b) for a, b in lines[: found.lines - 1]]
    if sum(int(m.group("n")) for m in counts if m) != found.total:
        return None
    found.lines = 1
    return found


def count_only(line: str, rules: MemberRules, res: Resources) -> bool:
    """A line of a count that names no member: others ("Sonstige 1", "Weitere 2") or a total
    ("Gesamt 5"), a word or two no organisation, office or person, and a count."""
    m = rules.delegate_line.fullmatch(line.strip())
    if m is None or PERSON.search(line):
        return False
    name = m.group("name").strip()
    lex = nlp.lexicon(res)
    return len(name.split()) <= 2 and not any(lex.mark(x) for x in name.split()) and seat_category(name, rules) is None


@dataclass
class MembersTable:
    width: int  # cells a row has
    header: list[str]  # the cells of its header row, if it has one
    column: int | None  # the member column the header names
    named: bool = False  # its representatives' column names persons bare, the members (:func:`named_bare`)


def blank_before(text: str, end: int, start: int) -> bool:
    """Whether a blank line (or a page break) stands between two segments."""
    return bool(re.search(r"\n[ \t]*[\n\f]|\f", text[end:start]))


def is_header(words: list[str], first: bool, rules: MemberRules, res: Resources) -> bool:
    """A header row: its cells are column words ("Institution | Vertretung", "Name | Funktion");
    the first row of a table also when some are and no cell names an organisation or office
    ("Institution | Bemerkungen zur Besetzung"). A row with a count in a cell is a row of seats
    or delegates, even of a column word ("Träger | 2")."""
    filled = [w for w in words if w]
    if not filled or any(number(w) is not None for w in filled):
        return False
    # a cell of column words set apart by a slash is one ("Mitgliedsgemeinde / Träger")
    known = [w for w in filled if rules.headers.match(w) or all(rules.headers.match(p.strip()) for p in w.split(" / "))]
    if len(known) == len(filled):
        return True
    lex = nlp.lexicon(res)
    return first and bool(known) and not any(lex.mark(x) for w in filled for x in w.split())


_PHRASE_WORDS = 5  # words of a column word at most ("Patin / Pate im Koordinierungskreis")


def phrase_header(line: str, rules: MemberRules) -> bool:
    """Whether a line is a header of column words some of which are phrases, the gaps between them
    flattened ("Entsendende Stelle ordentliches Mitglied Stellvertretung"): its words parted into two
    column words or more, each of up to four words ("Funktion in der Gruppe"); not a header whose words
    are column words one by one (:func:`is_header` reads those).

    >>> from extractors import load_resources
    >>> from extractors.steering.rules import member_rules
    >>> rules = member_rules(load_resources())
    >>> phrase_header("Entsendende Stelle ordentliches Mitglied Stellvertretung", rules)
    True
    >>> phrase_header("Institution Vertretung", rules), phrase_header("Sozialamt Leitung Stellvertretung", rules)
    (False, False)
    """
    words = line.split()
    if len(words) > 9 or all(rules.headers.match(w) for w in words):
        return False
    parts: dict[int, int] = {0: 0}  # words covered -> the fewest column words covering them
    for k in range(1, len(words) + 1):
        found = [
            parts[j] + 1
            for j in range(max(0, k - _PHRASE_WORDS), k)
            if j in parts
            and (rules.headers.match(" ".join(words[j:k])) or rules.sending_header.match(" ".join(words[j:k])))
        ]
        if found:
            parts[k] = min(found)
    return parts.get(len(words), 0) >= 2


def members_header(line: str, rules: MemberRules) -> bool:
    """Whether a line is the header of a members table: two column words or more, set apart by gaps
    or flattened into single spaces ("Mitglied | Funktion / Institution", "Institution Mitglied
    Stellvertretung", "Entsendende Stelle ordentliches Mitglied"), one naming the column of the
    members (institutions, members, persons); not a header of other columns ("Gremium | Sitzung |
    Beratung", "Handlungsfeld | Ziel").

    >>> from extractors import load_resources
    >>> from extractors.steering.rules import member_rules
    >>> rules = member_rules(load_resources())
    >>> members_header("Mitglied        Funktion / Institution", rules)
    True
    >>> members_header("Institution Mitglied Stellvertretung", rules)
    True
    >>> members_header("Gremium     Sitzung     Beratung", rules), members_header("Funktion   Bemerkung", rules)
    (False, False)
    """
    line = line.strip()
    cells = [c for _, _, c in Line(0, len(line), line).columns]
    words = line.split()
    if len(cells) >= 2:
        headed = all(rules.headers.match(c) or _bracketed_header(c, rules) for c in cells)
    else:
        pairs = [" ".join(words[max(k - 1, 0) : k + 1]) for k in range(len(words))]  # "Vertreter/in (Stellv.)"
        headed = len(words) >= 2 and all(
            rules.headers.match(w) or _bracketed_header(p, rules) for w, p in zip(words, pairs, strict=True)
        )
        headed = headed or phrase_header(line, rules)
        # "Name, Vorname Institution / Funktion Eigenschaft": surnames first, a last column of a kind no column
        # word names (the capacity in the group) after those that do
        last = len(words) > 3 and _INVERTED_HEAD.match(line) is not None and words[-1][:1].isupper()
        headed = headed or last and phrase_header(" ".join(words[:-1]), rules)
    return headed and any(rules.org_header.match(w) or rules.person_column.fullmatch(w) for w in words)


_INVERTED_HEAD = re.compile(r"(?i)(?:nach)?name\s*,\s*vorname\s")


def _bracketed_header(cell: str, rules: MemberRules) -> bool:
    """Whether a header cell names two columns' kinds, the second in brackets: the cells below hold
    the one and, in brackets, the other ("Vertreter/in (Stellvertretung)")."""
    m = _BRACKETED_CELL.fullmatch(cell)
    return m is not None and bool(rules.headers.match(m["own"]) and rules.headers.match(m["bracket"]))


_BRACKETED_CELL = re.compile(r"(?P<own>[^()]+?)\s*\((?P<bracket>[^()]+)\)")
_LAST_BRACKET = re.compile(r"\s*\([^()]+\)\s*$")


def bracketed_columns(words: list[str], rules: MemberRules) -> tuple[list[str], set[int]]:
    """A header row's cells with a bracketed second kind left out ("Vertreter/in (Stellvertretung)"
    is "Vertreter/in"), and the columns whose cells hold that second kind in a bracket at their end."""
    own = [m["own"] if (m := _BRACKETED_CELL.fullmatch(c)) and _bracketed_header(c, rules) else c for c in words]
    return own, {k for k, (a, b) in enumerate(zip(words, own, strict=True)) if a != b}


def without_bracket(row: Sequence[tuple[int, int, str]], columns: set[int]) -> list[tuple[int, int, str]]:
    """A row with the bracket ending its cells in ``columns`` left out, but a chair's mark ("Anna Lind
    (Ole Berg)" is "Anna Lind", the bracket the person standing in for her)."""
    out = list(row)
    for k in columns & set(range(len(out))):
        a, b, cell = out[k]
        m = _LAST_BRACKET.search(cell)
        if m is not None and not CHAIR_MARK.fullmatch(m.group().rstrip()) and cell[: m.start()].strip():
            out[k] = (a, a + m.start(), cell[: m.start()])
    return out


def sector_header(words: list[str], rules: MemberRules, res: Resources) -> bool:
    """The first row of a list set in columns by sector ("Verwaltung | Partner",
    "Politik | Zivilgesellschaft"): a word a cell, none an organisation, an office or a person,
    one naming a sector at least. Its columns hold the members side by side."""
    if len(words) < 2 or not all(w and len(w.split()) == 1 and w[:1].isupper() for w in words):
        return False
    lex = nlp.lexicon(res)
    sectors = [seat_category(w, rules) for w in words]
    if any(not sector and (lex.mark(w) or PERSON.search(w)) for w, sector in zip(words, sectors)):
        return False
    return any(sectors)


def names_member(cells: list[tuple[int, int, str]], column: int | None, rules: MemberRules, res: Resources) -> bool:
    """Whether a row's member cell names an organisation, office or person, so that the row
    goes on a members table after a blank line ("Sprache | Deutschkurse" does not)."""
    k = column if column is not None else 0
    if k >= len(cells) or not cells[k][2] or rules.headers.match(cells[k][2]) or rules.doc_types.match(cells[k][2]):
        return False
    cell = CHAIR_MARK.sub("", cells[k][2])
    lex = nlp.lexicon(res)
    return (
        any(lex.mark(w) for w in re.findall(r"[\w.-]+", cell))
        or bool(PERSON.search(cell))
        or person_words(cell.split())  # "Lena Wagner": a table of persons goes on after a page break
        or classify(cell, res) != sector_rules(res).fallback
    )


def _flat_rows(
    lines: list[tuple[int, str]], rules: MemberRules, lone: bool = False, headed: bool = False
) -> list[list[tuple[int, int, str]]] | None:
    """A members table whose gaps were flattened into single spaces (text exported by other tools):
    an optional header of column words ("Institution Vertreter/in"), then two or more rows of an
    institution and a person (:func:`pipeline.structure.lines.person_row`), maybe wrapped after
    its salutation, a mark wrapped onto a line of its own going with the row above. Its rows'
    cells, or None. ``lone``: one such row that is the whole block will do (a row of a table whose
    rows pdfminer.six sets apart by blank lines). ``headed``: a header of column words stands over
    the rows (above the block, as pdfminer.six sets it apart)."""
    out: list[list[tuple[int, int, str]]] = []
    persons = 0
    k = 0
    while k < len(lines):
        at, line = lines[k]
        words = line.split()
        if k == 0 and len(words) >= 2 and all(rules.headers.match(w) for w in words):
            out.append([(at + m.start(), at + m.end(), m.group()) for m in re.finditer(r"\S+", line)])
            k, headed = k + 1, True
            continue
        k += 1
        # a row wrapped after its salutation, the lines side by side in the text (the line break a space)
        if k < len(lines) and lines[k][0] == at + len(line) + 1 and wrapped_person_row(line, lines[k][1]):
            line, k = f"{line} {lines[k][1]}", k + 1
        if m := person_row(line):
            org = (at, at + m.end("org"), m.group("org"))
            out.append([org, (at + m.start("person"), at + len(line), m.group("person"))])
            persons += 1
        elif headed and (m := _ROLE_ROW.fullmatch(line)):  # under a header: "Mitglied Jobcenter Kreis X"
            out.append(
                [(at, at + m.end("role"), m.group("role")), (at + m.start("org"), at + len(line), m.group("org"))]
            )
            persons += 1
        elif persons and CHAIR_MARK.fullmatch(line):  # "(Vorsitz)" wrapped onto a line of its own
            a, _b, cell = out[-1][-1]
            out[-1][-1] = (a, at + len(line), f"{cell} {line}")
        else:
            if lone:
                return None
            break
    return out if persons >= 2 or lone and persons else None


# a flattened row whose first cell is the member's part in the group, its body or office after it
# ("Vorsitz Dezernentin für Soziales", "Mitglied Jobcenter Kreis X", "beratend Hochschule Y")
_ROLE_ROW = re.compile(
    r"(?P<role>(?:(?:stellv\.|stellvertretende[rs]?)[ ]+)?(?:Vorsitz(?:ende[rn]?)?|Mitglied|beratend(?:es[ ]+Mitglied)?"
    r"|Gast|ständiger[ ]+Gast|Geschäftsführung))[ ]+(?P<org>[A-ZÄÖÜ][^\n]{2,})"
)


def _justified(cells: list[tuple[int, int, str]]) -> bool:
    """Whether the gaps of a line are the even double spaces of justified text, not columns
    ("Landkreis  Ludwigslust-Parchim,  Fachdienst  Soziales  und  Integration  Frau", as
    pdfminer.six sets a justified line): single words, every gap two spaces, four words or more
    or three ending in a salutation (a row wrapped after it; a salutation is no column)."""
    gaps = [b[0] - a[1] for a, b in zip(cells, cells[1:], strict=False)]
    wrapped = len(cells) >= 3 and cells[-1][2] in ("Herr", "Frau")
    even = all(g == 2 for g in gaps) and all(len(c.split()) == 1 for _, _, c in cells)
    return even and (len(cells) >= 4 or wrapped)


def gapped_rows(
    text: str, start: int, end: int, rules: MemberRules, lone: bool = False, headed: bool = False
) -> list[list[tuple[int, int, str]]] | None:
    """The cells of the lines at the start of a block that gaps cut into short cells
    ("Jobcenter Kreis Mettmann    Herr Petersen", the view's :attr:`Line.columns`: tab, wide gap
    or bar), or None when its first line is no such row (prose, even justified with wide
    spaces, has long cells or ends lines in punctuation). A table whose gaps were flattened into
    single spaces is cut where each row's person starts (:func:`_flat_rows`, also when the gaps
    are those of a justified line; ``lone``: a block of one such row)."""
    lines = [
        (start + m.start() + len(m.group()) - len(m.group().lstrip()), m.group().strip())
        for m in re.finditer(r"[^\n\f]+", text[start:end])
    ]
    first = Line(lines[0][0], lines[0][0] + len(lines[0][1]), lines[0][1]).columns if lines else []
    if len(first) == 1 or lone or _justified(first):
        return _flat_rows(lines, rules, lone, headed) if lines else None
    out: list[list[tuple[int, int, str]]] = []
    for i, (at, line) in enumerate(lines):
        if out and _RULE_ROW.fullmatch(line):  # a rule drawn under the header
            continue
        cells = Line(at, at + len(line), line).columns
        if out and len(cells) < len(out[0]) and all(rules.headers.match(c) for _, _, c in out[0]):
            cells = _under_header(text, out[0], cells)
        if len(out) > 1 and len(cells) == len(out[-1]) and any(CHAIR_MARK.fullmatch(c) for _, _, c in cells):
            if _wrapped_under(text, out[-1], cells):  # a mark alone in its cell goes with the name above
                continue
        if len(out) > 1 and len(cells) == 1 and deputy_line(cells[0][2], rules):
            continue  # the row's deputy on the line under it ("Stellv.: Jonas Weber")
        if len(out) > 1 and len(cells) < len(out[-1]):
            spanned = _spanned(text, out[-1], cells)  # a new person under a first cell spanning rows
            if spanned is None and _wrapped_under(text, out[-1], cells):
                continue  # cells of the row above wrapped onto a line of their own, under their columns
            if spanned is not None:
                out.append(spanned)  # its last cell may wrap on below ("Fachbereich Bildung," / "und Sport")
                continue
        if len(cells) == 1 and out and rules.person_header.match(out[0][0][2]):  # a person's row ran together
            cells = person_first_row(line, at, True) or cells
        # justified prose: "und  der  Caritas"; not a column word ("Institution  vertreten durch")
        lower = sum(c[:1].islower() and not rules.headers.match(c) for _, _, c in cells)
        if (
            not 2 <= len(cells) <= 6
            or 2 * lower >= len(cells)
            and not (len(cells) == 2 == len(out[0] if out else ()) and cells[0][2][:1].isupper())  # "Rat | je zwei …"
            or any(_long_cell(c) for _, _, c in cells)
            or re.search(r"[,;:]$|\w{4,}\.$", line)
            and not (line.endswith(";") and ";" in cells[-1][2][:-1])  # a cell listing members wraps on
            and not (line.endswith(",") and _wraps_on(text, out, cells, lines[i + 1 : i + 2]))
        ):  # "e. V." may end a row, not a sentence
            break  # a sentence after the table may share its block
        out.append(cells)
    return out or None


def _wraps_on(
    text: str, out: list[list[tuple[int, int, str]]], cells: list[tuple[int, int, str]], after: list[tuple[int, str]]
) -> bool:
    """Whether a full row whose line ends in a comma goes on in the line below, its last cell's rest
    wrapped under its column ("2   Integrationsrat   Vorsitzender A," / "                   B")."""
    if not out or len(cells) != len(out[0]) or len(cells) < 2 or not after:
        return False
    at, line = after[0]
    below = Line(at, at + len(line), line).columns
    return len(below) == 1 and below[0][0] - text.rfind("\n", 0, below[0][0]) == cells[-1][0] - text.rfind(
        "\n", 0, cells[-1][0]
    )


def _column(text: str, at: int) -> int:
    return at - text.rfind("\n", 0, at) - 1


def _under_header(
    text: str, header: list[tuple[int, int, str]], cells: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A row's cells cut where a header's column starts inside one of them after a single space, a
    cell so long that it reaches the next column ("Migrantenorganisationen Dr. Anna Beispiel" under
    "Bank | Mitglied")."""
    starts = [_column(text, a) for a, _, _ in header[1:]]
    out: list[tuple[int, int, str]] = []
    for a, _b, cell in cells:
        col = _column(text, a)
        cuts = [h - col for h in starts if col < h < col + len(cell) and cell[h - col - 1] == " " != cell[h - col]]
        pos = 0
        for cut in [*cuts, len(cell)]:
            part = cell[pos:cut].rstrip()
            out.append((a + pos, a + pos + len(part), part))
            pos = cut
    return out


# a line drawn across a table, maybe one rule a column with gaps between ("─────  ──────────")
_RULED = rf"[{DRAWN_RULES}{DRAWN_JOINTS}_=-]{{3,}}"
_RULE_ROW = re.compile(rf"(?=.{{10}}){_RULED}(?:[ \t]+{_RULED})*")


def _long_cell(cell: str) -> bool:
    """A cell too long for a member table's: over 80 characters or eight words, each of the
    members of a cell that lists them apart by semicolons measured on its own ("Sozialamt;
    Jugendamt; Gesundheitsamt")."""
    return any(len(part) > 80 or len(part.split()) > 8 for part in cell.split(";"))


LISTING = re.compile(r"[ \t]/(?:[ \t]|$)|;")  # members a cell lists apart: "A (SPD) / B (CDU)", "A; B"
LISTED = re.compile(r"(?:[^;/]|(?<!\s)/|/(?!\s|$))+")  # one member of such a cell ("Amt 2/3" is one)


def _wrapped_under(text: str, row: list[tuple[int, int, str]], cells: list[tuple[int, int, str]]) -> bool:
    """Whether a line of fewer cells than its row holds cells of ``row`` wrapped under their columns
    ("Lena      Leitung Kita" / "Wagner"; "Amt für      Dr. Lea Brandt" / "Soziales    (Vorsitz)"):
    each starts where one of the row's cells starts in its line, holds three words at most under the
    first column (six under the others) and is no sentence's; the cells are then grown to hold them,
    a word broken at the line's end joined ("Migranten-" / "organisationen")."""
    row_start = text.rfind("\n", 0, row[0][0]) + 1
    grown: dict[int, tuple[int, int, str]] = {}
    if len(cells) == 1 and (mark := _dashed_mark(text, row, row_start, cells[0])) is not None:
        marked, word = mark  # "Dr. Lea Brandt" / "  – Vorsitz –": the chair's mark indented under the cell it marks
        row[marked] = (row[marked][0], cells[0][1], f"{row[marked][2]} ({word})")
        return True
    for at, end, line in cells:
        column = at - (text.rfind("\n", 0, at) + 1)
        k = next((k for k, (a, _b, _c) in enumerate(row) if abs(a - row_start - column) <= 1), None)
        # a cell listing members apart by slashes or semicolons wraps on in lines of any length
        listing = k is not None and k > 0 and LISTING.search(row[k][2]) is not None
        parts = LISTING.split(line) if listing else [line]
        open_end = k is not None and k > 0 and _OPEN_END.search(row[k][2]) is not None  # "…, Bündnis 90/"
        # a party's bracket after a person, in the line under or broken over it ("(Gruppe A/Bündnis 90/Die")
        bracket = k is not None and k > 0 and (line.startswith("(") or row[k][2].count("(") > row[k][2].count(")"))
        if (
            any(_sentence_line(p) for p in parts if p.strip())
            and not open_end
            or ":" in line
            or not listing
            and not bracket
            and re.search(r"\d", line)
        ):
            return False  # not "Stand: 2024" under a table either
        # a first cell broken in a word or a bracket ("Stadt X (für die kreis-") goes on as the others do
        broken = k is not None and (row[k][2].endswith("-") or row[k][2].count("(") > row[k][2].count(")"))
        if k is None or k in grown or not listing and len(line.split()) > (3 if k == 0 and not broken else 6):
            return False
        a, _b, above = row[k]
        grown[k] = (a, end, dehyphenate(f"{above} {line}"))
    for k, joined in grown.items():
        row[k] = joined
    return bool(grown)


def _dashed_mark(
    text: str, row: list[tuple[int, int, str]], row_start: int, cell: tuple[int, int, str]
) -> tuple[int, str] | None:
    """The column and the chair's word of a line holding a chair's mark set off by dashes alone ("– Vorsitz –"),
    standing under a cell of the row (from its start up to the next cell's)."""
    mark = CHAIR_DASHED.fullmatch(" " + cell[2])
    if mark is None:
        return None
    column = cell[0] - (text.rfind("\n", 0, cell[0]) + 1)
    k = max((k for k, (a, _b, _c) in enumerate(row) if a - row_start <= column), default=None)
    if k is None or k + 1 < len(row) and row[k + 1][0] - row_start <= column + len(cell[2]):
        return None
    return k, re.sub(r"[^\w.]+", " ", cell[2]).strip()


def _spanned(
    text: str, row: list[tuple[int, int, str]], cells: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]] | None:
    """The cells of a line of fewer cells than the row above, empty ones put in for the columns it
    leaves free, where it opens a row of its own: its cells start under the row's, and one under a
    cell naming a person names another ("Verwaltung   Anna Beispiel (Vorsitz)   Sozialamt" /
    "              Jonas Weber             Jugendamt": the first cell spans both rows). None for a
    line of cells wrapped from the row above ("Lena" / "Wagner"), or for a line of spaces alone."""
    if not cells:
        return None
    row_start = text.rfind("\n", 0, row[0][0]) + 1
    columns = [a - row_start for a, _b, _c in row]
    line_start = text.rfind("\n", 0, cells[0][0]) + 1
    out: list[tuple[int, int, str]] = []
    person = False
    for at, end, cell in cells:
        k = next((k for k, c in enumerate(columns) if abs(c - (at - line_start)) <= 1), None)
        if k is None or k < len(out):
            return None
        out += [(line_start + c, line_start + c, "") for c in columns[len(out) : k]] + [(at, end, cell)]
        above = BRACKET_AFTER.sub("", CHAIR_MARK.sub("", row[k][2])).strip()  # "Kai Muster (SPD)"
        named = BRACKET_AFTER.sub("", CHAIR_MARK.sub("", cell)).strip()
        # a name the list of given names lacks will do beside a cell of its own ("Nguyen Thi Lan | Verein X")
        shaped = len(cells) > 1 and 2 <= len(named.split()) <= 3 and all(NAME_WORD.fullmatch(w) for w in named.split())
        person = person or name_line(above) and (name_line(named) or shaped)
    if not person:
        return None
    return out + [(out[-1][1], out[-1][1], "")] * (len(row) - len(out))


def tab_cells(line: str, offset: int, sep: str = "\t") -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for cell in line.split(sep):
        lead = len(cell) - len(cell.lstrip())
        out.append((offset + pos + lead, offset + pos + len(cell.rstrip()), cell.strip()))
        pos += len(cell) + 1
    return out


_CAPITAL_CLOSED = re.compile(rf"[ \t]*(?:{alternation(*CLASSES)})\b", re.I)


def _sentence_line(line: str) -> bool:
    """Whether a line under a row is a sentence's, no wrapped cell: it opens with an article or
    another closed-class word in capitals, ends a sentence, or runs over six words."""
    first = _CAPITAL_CLOSED.match(line)
    return bool(
        first and line.lstrip()[:1].isupper() or re.search(r"[a-zäöüß]{3}\.[ \t]*$", line) or len(line.split()) > 6
    )


_OPEN_END = re.compile(rf"(?:[,;/-]|\b(?:{either(OPEN_ENDS)}))$")


def runs_on(text: str, row: Segment, after: Segment | None) -> bool:
    """Whether the line of one cell right under a row (no blank line between, as a PDF's text
    layer sets a wrapped cell apart from its row) goes on with the row's last cell, which ends open
    ("Amt für Soziales und" / "Integration; Jugendamt")."""
    if after is None or after.kind != "para" or blank_before(text, row.end, after.start):
        return False
    below = text[after.start : after.end]
    last = text[row.start : row.end].split("\n")[-1].split("\t")
    return len(last) > 1 and "\n" not in below.strip() and "\t" not in below and bool(_OPEN_END.search(last[-1]))


def wrapped_rows(
    text: str,
    start: int,
    end: int,
    own: Callable[[str, int], list[tuple[int, int, str]] | None],
    body: Callable[[str], bool] | None = None,
) -> list[list[tuple[int, int, str]]]:
    """The rows of a table segment whose cells wrap onto the lines below its first ("Lena\tLeitung
    Kita" / "Wagner"): the cells of each line below, apart by tabs, joined to the row's column by
    column (a line without a tab goes on the first cell, or on the last when that ends open: "… Senioren
    und" / "Integration; Jugendamt"), but a line ``own`` reads as a row of its
    own (a row whose gap was lost), and a line ``body`` reads as a body under a first and a last cell that
    end closed the last cell of a row of its own, its first cells empty (a PDF's text layer sets no tab before a cell
    whose row has none left of it: "Arbeitsmarkt\tJobcenter X" / "Agentur für Arbeit X"). A line with more
    cells than the row, or a sentence's ("Die Gruppe tagt monatlich."), is no wrap: it and the lines after
    it are not read."""
    lines = text[start:end].split("\n")
    rows = [tab_cells(lines[0], start)]
    pos = start + len(lines[0]) + 1
    for line in lines[1:]:
        more, cells = tab_cells(line, pos), rows[-1]
        if (row := own(line, pos)) is not None:
            rows.append(row)
        elif len(more) > len(cells) or _sentence_line(line):
            break
        elif (
            body is not None
            and len(more) == 1 < len(cells)
            and not any(_OPEN_END.search(c) for c in (rows[0][0][2], cells[-1][2]))
            and body(line)
        ):
            rows.append([(a, a, "") for a, _, _ in cells[:-1]] + more)
        else:
            if len(more) == 1 and len(cells) > 1 and _OPEN_END.search(cells[-1][2]):
                more = [(a, a, "") for a, _, _ in cells[:-1]] + more  # the last cell runs on ("… und" / "Integration")
            for k, (a, b, cell) in enumerate(more):
                if cell:
                    ca, _cb, old = cells[k]
                    cells[k] = (ca if old else a, b, f"{old} {cell}".strip())
        pos += len(line) + 1
    return rows


def member_column(headers: Sequence[str], rules: MemberRules) -> int:
    """The column of a members table that names the members: institutions before persons; in a
    table of persons, the column of their names ("Funktion | Name")."""
    count = next((k for k, h in enumerate(headers) if rules.count_header.fullmatch(h)), None)
    if count is not None and count < len(headers) - 1 and _NAMED_HEADER.fullmatch(headers[count + 1]):
        return count + 1  # "Institution | Sitze | benannt": the persons the bodies named to their seats
    for k, h in enumerate(headers):
        if rules.org_header.match(h):
            return k
    # "Bereich | Sitze | Personen": the seats a count column gives a sector go to the members after it
    count = next((k for k, h in enumerate(headers) if rules.count_header.fullmatch(h)), None)
    if count is not None and 0 < count < len(headers) - 1:
        return count + 1
    # a seat's column ("Sitz | entsandt von | Person") names the seat, no member; a former holders' ("bisher") none
    for k, h in enumerate(headers):
        if (
            h
            and not rules.person_header.match(h)
            and not rules.seat_number_header.match(h)
            and not rules.former_header.fullmatch(h)
        ):
            return k
    return next((k for k, h in enumerate(headers) if NAME_HEADER.fullmatch(h)), 0)


_NAMED_HEADER = re.compile(r"(?i)(?:benannt|entsandt|entsendet|bestellt)(?:e\s+person(?:en)?)?")
NAME_HEADER = re.compile(r"(?i)name(?:,?\s*vorname)?|vor-?\s*und\s+nachname|nachname")
_COUNT_HEADER = re.compile(r"(?i)lfd\.?(?:\s*nr\.?)?|nr\.?")


def named_column(
    header: Sequence[str],
    cells: list[tuple[int, int, str]],
    column: int | None,
    rules: MemberRules,
    res: Resources,
    named: bool = False,
) -> tuple[list[tuple[int, int, str]], int | None]:
    """The row's cells and its member column in a table led by the persons' names ("Name | Institution |
    Funktion"): the name, where the row gives a person's full name ("Greta Lindqvist", not "Frau
    A"), the institution they come from then telling the sector; so the column headed as the
    members' beside the bodies' ("Institution | Mitglied | Stellvertretung", "Entsendende Stelle |
    ordentliches Mitglied"), where the row's cell there names a person, an office over the name
    dropped from it ("Stadträtin Dr. Lea Brandt"), and so the representatives' column of a table whose
    persons it names bare (``named``: :func:`named_bare`); else the row and ``column``."""
    members = next((k for k, h in enumerate(header) if rules.member_header.fullmatch(h)), None)
    if members is None and named:
        members = representatives(header, rules)
        if members is None:  # "Institution | Name | Funktion", private names blacked out: the persons named
            members = name_beside_body(header, rules, res)
    if members is not None and members != column and members < len(cells):
        a, b, cell = cells[members]
        if persons_apart(cell) is not None:  # "Corinna Hagemeier, Yusuf Demirci": two persons, no office after one
            return cells, members
        deputy = next((k for k, h in enumerate(header) if rules.deputy_header.fullmatch(h)), None)
        beside = cells[deputy][2] if deputy is not None and deputy < len(cells) else ""
        at = _person_at(cell, res, _person_at(beside, res) is not None)
        if at is None:  # "Anna Lind, Bürgermeisterin (Vorsitz)": the person, their office after a comma
            first = cell.split(",", 1)[0]
            at = _person_at(first, res, named or _person_at(beside, res) is not None)
            if at is not None and first != cell:  # the office a cell of its own after the row's, its mark kept
                office = (a + len(first) + 1, b, cell[len(first) + 1 :].strip())
                return [*cells[:members], (a + at, a + len(first), first[at:]), *cells[members + 1 :], office], members
        if at is not None:
            return [*cells[:members], (a + at, b, cell[at:]), *cells[members + 1 :]], members
        if named and cell.strip() and not VACANT.fullmatch(cell.strip()) and not redacted(cell, res):
            return cells, members  # an office standing in for the person: the member of its row
        if named and VACANT.fullmatch(cell.strip()):
            return cells, members  # "Gemeinde X | – | Benennung steht aus": a seat not yet filled, no member
    function = re.compile(typed.steering(res).function_header)  # "Funktion in der Gruppe | Name | Institution"
    lead = next(
        (k for k, h in enumerate(header) if h and not _COUNT_HEADER.fullmatch(h) and not function.fullmatch(h)), None
    )
    if lead is None or not NAME_HEADER.fullmatch(header[lead]) or lead >= len(cells):
        return cells, column
    # the column headed as the names': a name by the list of given names, or of name-shaped words none
    # of which names a body or office ("Ionela Vărzaru")
    cell = cells[lead][2]
    return cells, lead if name_line(cell) or _person_at(cell, res, True) is not None else column


def representatives(header: Sequence[str], rules: MemberRules) -> int | None:
    """The column of the persons who represent the bodies beside theirs ("Institution | Vertreter/in", "entsandt
    von | Person")."""
    if not any(rules.org_header.match(h) or rules.sending_header.match(h) for h in header):
        return None
    named = next((k for k, h in enumerate(header) if rules.representative_header.fullmatch(h)), None)
    if named is None and any(rules.sending_header.match(h) for h in header):  # "Sitz | vorgeschlagen durch | Name"
        return next((k for k, h in enumerate(header) if NAME_HEADER.fullmatch(h)), None)
    return named


_ADDRESSED = re.compile(rf"^{ADDRESS}\s+")


def named_bare(
    header: Sequence[str], rows: Sequence[Sequence[tuple[int, int, str]]], rules: MemberRules, res: Resources
) -> bool:
    """Whether a table of bodies and their representatives names the persons as its members: each
    row's representative a person named by the name alone, maybe after an office or a title
    ("Stadträtin Lea Brandt", "Dr. Jonas Weber", "Anna Lind"), none addressed ("Frau Lea Brandt":
    the contact of a member body) but in a column headed as the persons' ("Institution | Person"), a row
    only of a wrapped cell's rest ("(Vorsitz)") aside."""
    k = representatives(header, rules)
    if k is None:
        return blacked_out(header, rows, rules, res)
    cells = [r[k][2] for r in rows if len(r) > k and r[k][2] and CHAIR_MARK.sub("", r[k][2]).strip()]
    cells = [c for c in cells if any(ch.isalpha() for ch in c)]  # a rule under the header ("────") aside
    persons = [c for c in cells if len(CHAIR_MARK.sub("", c).split()) > 1]  # a wrapped cell's rest aside
    persons_column = re.fullmatch(typed.steering(res).persons_header, header[k]) or NAME_HEADER.fullmatch(header[k])
    if not persons_column and any(_ADDRESSED.match(c) for c in persons):
        return False  # "Institution | Vertreter/in": "Frau Lea Brandt" the body's contact; not under "Person"
    # a person's name, maybe their office after a comma ("Anna Lind, Bürgermeisterin"); the rest, fewer, an
    # office standing in for a person not yet named ("Leiterin der Volkshochschule")
    named = sum(_person_at(c.split(",", 1)[0], res, True) is not None for c in persons)
    return named >= 2 and 2 * named > len(persons)


# a deputy chair's mark after a name ("(stellv. Vorsitz)", "(stellvertretende Vorsitzende)"): no chair
# a bracket after a name, its party's or office's ("Kai Muster (SPD)")
BRACKET_AFTER = re.compile(r"[ \t]*\([^()\n]*\)[ \t]*$")
DEPUTY_MARK = re.compile(r"\s*\((?:stellv\.|stellvertretende[rns]?)\s*(?:Vorsitz\w*|Leitung)\)")


def _person_at(cell: str, res: Resources, among_persons: bool = False) -> int | None:
    """Where the person a cell of the members' column names starts, a chair's or deputy's mark after
    the name allowed: the person alone ("Dr. Lea Brandt (Vorsitz)", "Jonas Weber"), after up to two
    words of an office ("Stadtrat Dr. Jonas Weber"), or (``among_persons``: the deputy beside it is
    a person) a name of capitalised words none of which names a body or office, its given name one
    the list of names lacks ("Kwabena Mensah"); None for a cell that names a body ("Caritasverband",
    "Jobcenter Musterstadt") or a function ("Leitung Integration").

    >>> from extractors import load_resources
    >>> res = load_resources()
    >>> [_person_at(c, res) for c in ("Dr. Lea Brandt (Vorsitz)", "Stadtrat Dr. Jonas Weber", "Kwabena Mensah")]
    [0, 9, None]
    >>> _person_at("Kwabena Mensah", res, True), _person_at("Jobcenter Musterstadt", res, True)
    (0, None)
    """
    named = BRACKET_AFTER.sub("", DEPUTY_MARK.sub("", CHAIR_MARK.sub("", cell))).strip()  # "Kai Muster (SPD)"
    if PERSON.fullmatch(named) is not None:
        return 0
    at = name_start(named)
    if at is not None:
        return at
    words = named.split()
    while words and _TITLE_WORD.fullmatch(words[0]):
        words = words[1:]
    lex = nlp.lexicon(res)
    shaped = 2 <= len(words) <= 3 and all(NAME_WORD.fullmatch(w) and not lex.mark(w) for w in words)
    return 0 if shaped and among_persons else None


_TITLE_WORD = re.compile(TITLE)


def table_row(
    rows: list[MemberRow],
    cells: list[tuple[int, int, str]],
    column: int | None,
    label: str | None,
    rules: MemberRules,
    res: Resources,
) -> Chair | None:
    if column is None and tiled_cells(cells, rules, res):  # a list set two a line: each cell a member
        chair = None
        for tile in cells:
            if tile[2]:
                chair = table_row(rows, [tile], 0, label, rules, res) or chair
        return chair
    headed = column is not None
    if column is None:  # no header: the first cell, unless it names a person and another an organisation
        column = 0
        if (
            len(cells) > 1
            and re.match(r"(?:Herr|Frau)\b", cells[0][2])
            and nlp.lexicon(res).head(cells[1][2].split()[0] if cells[1][2] else "") is not None
        ):
            column = 1
    if column >= len(cells) or not cells[column][2]:
        return None
    a, b, cell = cells[column]
    if rules.headers.match(cell) or rules.doc_types.match(cell):  # a column word or running header is no member
        return None
    if any(WORDED_PAGE_NUMBER.fullmatch(c) for _, _, c in cells):  # "Erläuterungen | Seite 3": a page's head
        return None
    # a row of meetings or its head, not of members ("Beratungsfolge | Datum | Beratung", "Sozialausschuss |
    # 19.09.2024 | Kenntnisnahme"); not a person's row under a header naming the members' column, its date when
    # the person was named ("Mitglied | Benennung vom": "Anna Beispiel | 02.03.2027")
    if any(_DATED.fullmatch(c.strip()) for _, _, c in cells) and not (headed and _named(cell)):
        return None
    if seat_row(cells, rules) is not None:  # seats by sector, no member
        return None
    if LISTING.search(cell):  # members a cell lists apart ("Sozialamt (Vorsitz); Jobcenter", "A (SPD) / B"): each a row
        chair = None
        others = [c for k, (_, _, c) in enumerate(cells) if k != column and c]
        label = label or next((c for c in others if classify(c, res) != sector_rules(res).fallback), None)
        for m in LISTED.finditer(cell):
            pa = a + m.start() + len(m.group()) - len(m.group().lstrip())
            if m.group().strip():
                chair = (
                    table_row(rows, [(pa, pa + len(m.group().strip()), m.group().strip())], 0, label, rules, res)
                    or chair
                )
        return chair
    if (parted := _cell_parts(rows, cells, column, label, rules, res)) is not None:
        return parted if isinstance(parted, Chair) else None
    marker = any(chair_marked(c, k == column) or re.fullmatch(r"Vorsitz\w*", c) for k, (_, _, c) in enumerate(cells))
    cell = _without_share(DEPUTY_MARK.sub("", CHAIR_MARK.sub("", cell)), res)
    org = organisation_of(cell, res)
    shift, cell = org if org is not None else (0, cell)
    nom = enumerations.nominative(cell, res)
    if not nom.name:
        return None
    if label is None and (column > 0 and PERSON.match(cell) or is_person(cell) or name_line(cell)):
        # "Funktion | Name", "Name | Institution": the function or institution tells the sector
        # the first other cell telling a sector ("Bank | Name | Institution": the bank's, else the institution's)
        others = [c for k, (_, _, c) in enumerate(cells) if k != column and c]
        label = next((c for c in others if classify(c, res) != sector_rules(res).fallback), next(iter(others), None))
    if label is None and column > 0 and classify(cell, res) == sector_rules(res).fallback:
        # an office standing in for a person ("Bereichsleitung Markt"): the sector of the row's body before it
        label = next((c for _, _, c in cells[:column] if c and classify(c, res) != sector_rules(res).fallback), None)
    rows.append(
        MemberRow(a + shift + nom.offset, a + shift + (nom.length or len(cell)), nom.name, label, marker, "table")
    )
    if not marker:
        return None
    # "Sozialamt | Frau Dr. Harms (Vorsitz)": the marked person of an institution's row chairs the
    # group; an office's row ("Bürgermeister | Herr Schulz (Vorsitz)") names the chair by its office
    head = nlp.lexicon(res).head(nom.name.split()[0].strip(","))
    for k, (pa, _pb, person) in enumerate(cells if head is None or head.label != "OFFICE" else []):
        named = CHAIR_MARK.sub("", person).strip()
        if k != column and CHAIR_MARK.search(person) and is_person(named) and PERSON.match(named):
            return Chair(named, pa, pa + len(named), True)
    return Chair(nom.name, a, b, False)


def chair_marked(cell: str, own: bool) -> bool:
    """Whether a cell marks its row's member as the chair: a chair's mark in the member's own cell; in another
    not a chairman's title after a body ("Sozialamt (Vorsitz)", "Beigeordnete (Leitung)"; "Beirat
    (Vorsitzender)" says the person chairs that body)."""
    mark = CHAIR_MARK.search(cell)
    return mark is not None and (own or _CHAIRMAN.fullmatch(mark.group().strip(" \t\n()")) is None)


_CHAIRMAN = re.compile(r"Vorsitzende[rn]?")


def _named(cell: str) -> bool:
    """Whether a cell names a person: the name alone ("Dr. Lea Brandt"), or addressed ("Frau Imke de Vries")."""
    return name_line(cell.strip()) or _ADDRESSED.match(cell) is not None and PERSON.match(cell) is not None


def _cell_parts(
    rows: list[MemberRow],
    cells: list[tuple[int, int, str]],
    column: int,
    label: str | None,
    rules: MemberRules,
    res: Resources,
) -> Chair | None | bool:
    """The members a cell names apart by commas (:mod:`.cell_parts`), each a row: the bodies a seat each
    goes to ("je ein Sitz CDU, SPD, …"), or persons ("A, B"); False where the cell so names none."""
    a, _b, cell = cells[column]
    others = [c for k, (_, _, c) in enumerate(cells) if k != column and c]
    label = label or next((c for c in others if classify(c, res) != sector_rules(res).fallback), None)
    bodies = seat_each(cell)
    if bodies is not None:
        rows.extend(MemberRow(a + s, a + e, name, label, False, "table") for s, e, name in bodies)
        return False
    persons = persons_apart(cell) or persons_saluted(cell)  # "Herr A Frau B": two rows joined
    if persons is None:
        return None
    chair: Chair | None = None
    for s, e in persons:
        chair = table_row(rows, [(a + s, a + e, cell[s:e])], 0, label, rules, res) or chair
    return chair or False


def tiled_cells(cells: list[tuple[int, int, str]], rules: MemberRules, res: Resources) -> bool:
    """Whether a row without a header holds members side by side, a list set in columns
    ("Amt für Jugend und Familie | Agentur für Arbeit"): two cells or more, each naming an
    organisation or office by a word of the lexicon, none a person, a count or a column word."""
    filled = [c for _, _, c in cells if c]
    if len(filled) < 2 or len(filled) != len(cells):
        return False
    lex = nlp.lexicon(res)
    return all(
        any(lex.mark(w) for w in re.findall(r"[\w.-]+", CHAIR_MARK.sub("", c)))
        and not PERSON.search(c)
        and number(c) is None
        and not rules.headers.match(c)
        for c in filled
    )


_NOTE = re.compile(r"\s*\((?P<first>[^\s()]+)\s[^()]*\)\s*$")  # a bracket at a cell's end


def _without_share(cell: str, res: Resources) -> str:
    """A member's cell without the note on how its seats are shared that a bracket at its end
    gives ("Kreistagsabgeordnete (je Fraktion eine Person)"): the members are the name before it."""
    m = _NOTE.search(cell)
    if m is None or m["first"].casefold() not in grammar(res).each:
        return cell
    return cell[: m.start()]


# a cell of a date or of a dates' column word ("14.03.2025", "Di., 14.03.25", "Datum", "Sitzungstermin")
_DATED = re.compile(
    r"(?:[A-Z][a-z]{1,9}\.?,?\s+)?\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|(?:Sitzungs)?(?:[Dd]atum|[Tt]ermin)e?"
)


# --- a members table an export set one cell a line --------------------------------------------

# a person's cell: a salutation, titles, one to three names, maybe a mark ("Frau Jansen (Vorsitz)")
_PERSON_CELL = re.compile(
    r"(?:Herrn?|Frau)(?:[ ]+(?:Dr\.|Prof\.))*(?:[ ]+[A-ZÄÖÜ][\w'’-]+){1,3}(?:[ ]*\([^()]{1,30}\))?"
)
STACKED_LINES = 60  # lines of one such table at most
_CELL_LINE_WORDS = 6  # words of a line of a cell


def _cell_line(line: str) -> bool:
    """Whether a line may be (part of) a cell: a few words, no sentence's end ("e. V." may end one)."""
    return len(line.split()) <= _CELL_LINE_WORDS and len(line) <= 60 and not re.search(r"[:;!?]$|\w{4,}\.$", line)


def stacked_rows(text: str, at: int, rules: MemberRules) -> tuple[list[list[tuple[int, int, str]]], int] | None:
    """A members table an export set one cell a line, from ``at`` on: a header of column words
    a line each ("Institution" / "Vertretung"), then each row's institution (wrapped over lines)
    and its person ("Frau Jansen (Vorsitz)"), or column by column (the institutions, then the
    persons, blank lines between the cells). The rows' cells (line breaks inside a cell read as
    spaces) and where the table ends, or None: no such header, fewer than two rows, or cells that
    do not pair up."""
    lines: list[tuple[int, str]] = []  # (start, text) of the table's lines; "" for a blank line
    for m in re.finditer(r"[^\n\f]*(?:\n|\f|$)", text[at:]):
        line = m.group().strip()
        if m.end() == m.start() or len(lines) >= STACKED_LINES:
            break
        if line and not _cell_line(line):
            break
        lines.append((at + m.start() + len(m.group()) - len(m.group().lstrip()), line))
    filled = [(a, t) for a, t in lines if t]
    k = 0
    while k < len(filled) and rules.headers.match(filled[k][1]):
        if k + 1 < len(filled) and filled[k + 1][1][:1].islower():
            break  # a cell's first line ("Amt" / "für Integration")
        k += 1
    if k == 1 and rules.person_header.match(filled[0][1]):
        # pdfminer.six sets the first row's cells between the header's words ("Name" / "Lena" /
        # "Wagner" / "Funktion" / "Leitung Kita"): the header's words a cell each, then names
        return interleaved_person_rows(filled, rules.headers)
    if k < 2:
        return None
    header_end = filled[k - 1][0]
    body = [(a, t) for a, t in lines if a > header_end]
    while body and not body[0][1]:
        body.pop(0)
    persons = [n for n, (_, t) in enumerate(body) if t and _PERSON_CELL.fullmatch(t)]
    if len(persons) < 2:  # a table of persons by their names ("Name" / "Funktion" / "Lena Wagner" / …)
        return person_rows(body, rules.headers) if rules.person_header.match(filled[0][1]) else None
    out: list[list[tuple[int, int, str]]] = []

    def cell(part: list[tuple[int, str]]) -> tuple[int, int, str]:
        a, b = part[0][0], part[-1][0] + len(part[-1][1])
        return a, b, text[a:b].replace("\n", " ").replace("\f", " ")

    first = persons[0]
    if [n for n in range(first, len(body)) if body[n][1]][: len(persons)] == persons:
        # column by column: the institutions (cells apart at blank lines), then the persons
        orgs: list[list[tuple[int, str]]] = [[]]
        for a, t in body[:first]:
            if t:
                orgs[-1].append((a, t))
            elif orgs[-1]:
                orgs.append([])
        orgs = [o for o in orgs if o]
        if len(orgs) != len(persons):
            return None
        out = [[cell(org), cell([body[n]])] for org, n in zip(orgs, persons)]
        return out, body[persons[-1]][0] + len(body[persons[-1]][1])
    # row by row: each person closes the institution above it
    pending: list[tuple[int, str]] = []
    end = at
    for a, t in body:
        if not t:
            continue
        if _PERSON_CELL.fullmatch(t):
            if not pending or len(pending) > 4:
                return None
            out.append([cell(pending), cell([(a, t)])])
            pending, end = [], a + len(t)
        else:
            pending.append((a, t))
    return (out, end) if len(out) >= 2 else None


def stacked_table(
    rows: list[MemberRow], text: str, at: int, rules: MemberRules, res: Resources
) -> tuple[bool, Chair | None]:
    """The members of a table set one cell a line right at ``at`` (:func:`stacked_rows`): whether
    there is one, and the chair its marked person names. Members read before from the sentence's
    words over its lines are dropped (they are the table's cells run together)."""
    found = stacked_rows(text, at, rules)
    if found is None:
        return False, None
    cells, end = found
    rows[:] = [r for r in rows if not at <= r.start < end]
    chair = None
    for row in cells:  # the institution, then its person
        chair = table_row(rows, row, 0, None, rules, res) or chair
    return True, chair
