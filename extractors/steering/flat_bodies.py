"""A members table of bodies and the persons who represent them whose gaps a text layer flattened
into single spaces, the persons named bare (:func:`.tables.named_bare`), so the members::

    Dienststelle / Institution Vertreterin / Vertreter
    Dezernat für Bildung und Soziales Beigeordnete Dr. Lea Brandt
    (Vorsitz)
    Amt für Zuwanderung und Teil- Jonas Weber
    habe
    Ratsfraktion Freie Wähler Ratsherr Ole Brandt

A row is cut where its person starts: the shortest tail that is a name (titles before it, a given
name the list of names knows first); up to two words of an office before it stay with the body,
which tells the sector. A line that is no row is the rest of a body wrapped (three words at most)
or a chair's mark, both going with the row above. A person addressed ("Frau Lea Brandt") leaves the
table to the readers of bodies; a line of anything else ends it.

An export may set a blank line inside the table: after every line where one stands under the header
(pdfminer.six sets each text box apart), and the table goes on over each; elsewhere only before a row
naming its person. A blank line before a sentence (more than ten words, or a full stop after a word)
or before anything else ends it, as two blank lines always do.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.german import nlp
from extractors.resources import Resources, typed
from pipeline.lang.de.markers import DRAWN_RULES
from pipeline.lang.de.names import ADDRESS, TITLE, is_first_name

from .cell_parts import seat_each, seat_each_at
from .name_blocks import NAME_WORD, name_line
from .rules import CHAIR_DASHED, CHAIR_MARK, MemberRules
from .sectors import classify, sector_rules
from .tables import chair_marked, members_header

FlatRow = tuple[tuple[int, int, str], str, bool]  # the person (start, end, name), the body, chair
_ADDRESSED = re.compile(rf"^{ADDRESS}\s")
_INITIAL = re.compile(r"[A-ZÄÖÜ]\.")  # a letter of an abbreviation ("e. V."), no title
_WRAP_WORDS = 3
_ROW_WORDS = 10  # words of a row at most
_SENTENCE_END = re.compile(r"[a-zäöüß]{3}\.$")
_TITLE_WORD = re.compile(TITLE)
# a rule drawn under a header, one a column ("------  ------")
_RULE = re.compile(rf"[{DRAWN_RULES}_=-]{{3,}}(?:[ \t]+[{DRAWN_RULES}_=-]{{3,}})*")
# one word of an office after a row's person, set off by a comma ("Lea Brandt, Landrätin")
_OFFICE_AFTER = re.compile(r",[ \t]*[A-ZÄÖÜ][a-zäöüß]+[ \t]*$")
_HEADER_WORDS = 3  # words of a column word at most ("Vertreterin / Vertreter")
# a bracket after a row's person ("Ida Roth (SPD)"): what the person comes from, no part of the name
# a row's last cell under a dated column: a date, a dash, or a word in lower case ("ausstehend")
_DATE_CELL = re.compile(r"[ \t]+(?:\d{1,2}\.[ ]?\d{1,2}\.[ ]?\d{2,4}|[–—-]|[a-zäöüß]+)[ \t]*$")
_VACANT_END = re.compile(r"[ \t]N\.[ \t]*N\.?[ \t]*$")  # a seat's holder not yet named, ending its row
_SAID_AFTER = re.compile(r"[ \t]*\((?P<said>[^()\d]{1,40})\)[ \t]*$")


def _representatives_last(line: str, rules: MemberRules) -> bool:
    """Whether a flattened header ends with the representatives' column word ("… Vertreter/in"), maybe
    their deputies' in a bracket after it ("Vertreter/in (Stellvertretung)": the deputy a bracket after
    each row's person)."""
    deputies = _SAID_AFTER.search(line)
    if deputies is not None and rules.deputy_header.fullmatch(deputies["said"].strip()):
        line = line[: deputies.start()]
    words = line.split()
    return any(rules.representative_header.fullmatch(" ".join(words[-k:])) for k in range(1, _HEADER_WORDS + 1))


def _dated(res: Resources) -> re.Pattern[str]:
    return re.compile(rf"[ \t](?:{typed.steering(res).profile['dated_header']})[ \t]*$")


def undated(lines: list[tuple[int, str]], k: int, res: Resources) -> list[tuple[int, str]] | None:
    """The lines of a table whose header (``lines[k]``) ends with the column of the dates its members were
    named ("Nr. Entsendende Stelle Mitglied Benennung vom"), that column left out of the header and of each
    line under it (a date, a dash or a word in lower case: "ausstehend"); None where the header ends otherwise."""
    column = res.compiled(_dated).search(lines[k][1])
    if column is None:
        return None
    rows = [(at, line[: cell.start()] if (cell := _DATE_CELL.search(line)) else line) for at, line in lines[k + 1 :]]
    return [*lines[:k], (lines[k][0], lines[k][1][: column.start()]), *rows]


def person_tail(line: str) -> int | None:
    """Where the person ending a row starts: the first tail that is a name (its titles with it), a
    chair's mark or a bracket after it; the whole line where it names the person alone (the body's
    cell spanning the rows above). A chair's mark inside the row (the body's: "Bürgermeister (Vorsitz)
    Anna Beispiel") is blanked, so that offsets stay those of the line."""
    named = _bare(CHAIR_MARK.sub(lambda m: " " * len(m.group()), line))
    words = list(re.finditer(r"\S+", named))
    if words and (_TITLE_WORD.fullmatch(words[0].group()) or is_first_name(words[0].group())) and name_line(named):
        return 0  # titles or a given name opening a line that is a name: no body's word ("Dr. Ida Roth (SPD)")
    for m in words[1:]:
        if _INITIAL.fullmatch(m.group()) is None and m.group()[:1].isupper() and name_line(named[m.start() :]):
            return m.start()
    return None


def _said(cell: str) -> str:
    """What a bracket ending a cell says ("" where none ends it)."""
    said = _SAID_AFTER.search(cell)
    return said["said"].strip() if said is not None else ""


def _bare(cell: str) -> str:
    """A row's cell without a chair's mark, a bracket and an office after its person."""
    named = _SAID_AFTER.sub("", CHAIR_MARK.sub("", cell)).rstrip()
    office = _OFFICE_AFTER.search(named)
    return named[: office.start()] if office is not None and not name_line(named[office.start() + 1 :]) else named


def _person_inside(line: str, res: Resources) -> tuple[int, int] | None:
    """Where the person of a row whose member column stands between others lies ("Verwaltung Dr. Lea
    Brandt Sozialamt"): titles, a given name the list knows and one family name, a cell after it that
    opens with no word of a name (a body's or office's word the lexicon knows, or no name's shape:
    "Tran Van Minh Verein X" may be a name of three words, and is left out)."""
    words = list(re.finditer(r"\S+", CHAIR_MARK.sub("", line)))
    lex = nlp.lexicon(res)
    for i, m in enumerate(words[:-2]):
        after = words[i + 2].group()
        if NAME_WORD.fullmatch(after) and not lex.mark(after):
            continue
        before = words[i - 1].group() if i else ""
        joined = i > 1 and words[i - 2].group()[:1].islower()  # "für Integrationsfragen", "und Teilhabe": a body's
        if before and NAME_WORD.fullmatch(before) and not lex.mark(before) and _lone_word(before, res) and not joined:
            continue  # "Nguyen Thi Lan": a word before the given name may be the name's own
        if is_first_name(m.group()) and NAME_WORD.fullmatch(words[i + 1].group()):
            a = i
            while a > 0 and _TITLE_WORD.fullmatch(words[a - 1].group()):
                a -= 1
            return words[a].start(), words[i + 1].end()
    return None


def _lone_word(prefix: str, res: Resources) -> bool:
    """Whether the words before a row's person are one word that tells no sector (a bank's would)."""
    words = prefix.split()
    return len(words) == 1 and classify(words[0], res) == sector_rules(res).fallback


def _gapped(lines: list[tuple[int, str]], header: str | None = None) -> Iterator[tuple[int, str, bool]]:
    """The lines of a table with no blank one among them, each with whether a single blank line stood
    before it; two blank lines in a row end them, but where the ``header`` stands again after them (a
    page break whose furniture left blank lines, the header repeated on the next page: left out)."""
    blanks = 0
    for at, line in lines:
        if not line.strip(" \t\f"):
            blanks += 1
        elif blanks > 1 and (header is None or line.split() != header.split()):
            return
        elif blanks > 1:
            blanks = 0
        else:
            yield at, line, blanks == 1
            blanks = 0


def _row_after_gap(body: str, person: object, spaced: bool) -> bool:
    """Whether a line after a blank one goes on with the table: no sentence, and any line of a table an
    export set one line a box, else a row naming its person."""
    sentence = len(body.split()) > _ROW_WORDS or _SENTENCE_END.search(body) is not None
    return not sentence and (spaced or person is not None)


def _middle_rows(
    lines: list[tuple[int, str]], res: Resources, spaced: bool, deputies: bool = False
) -> tuple[list[FlatRow], int]:
    """The rows of a flattened table whose persons stand between the other cells ("Bank Mitglied
    Institution"): a line naming a person a row, the rest its body; a line naming none of three
    words at most the body above wrapped. ``deputies``: the last column the members' deputies ("Stelle
    Mitglied Vertretung"), the person ending a row left out (no member)."""
    rows: list[FlatRow] = []
    last = lines[0][0] if lines else 0
    for at, line, gap in _gapped(lines):
        body = line.strip(" \t\f")
        if _RULE.fullmatch(body):  # a rule under the header, blank lines around it
            continue
        person = _person_inside(body, res)
        if deputies:  # "Fraktion SPD Ratsfrau A B Ratsherr C D": the deputy C D left out, the member ends the rest
            person = _before_deputy(body)
        if rows and gap and not _row_after_gap(body, person, spaced):
            break
        lead = at + len(line) - len(line.lstrip(" \t\f"))
        if person is not None:
            a, b = person
            rest = f"{body[b:].strip()}, {body[:a].strip()}".strip(", ")
            mark = CHAIR_MARK.search(body)  # after the person, or no chairman's title after a body's name
            chairs = mark is not None and chair_marked(body[mark.start() :], not body[b : mark.start()].strip())
            rows.append(((lead + a, lead + b, body[a:b]), rest, chairs))
        elif rows and len(body.split()) <= _WRAP_WORDS:  # the body wrapped, maybe with its chair's mark
            marked = CHAIR_MARK.search(body) or CHAIR_DASHED.fullmatch(f" {body}")  # "(Vorsitz)", "– Vorsitz –"
            rows[-1] = (rows[-1][0], f"{rows[-1][1]} {body}", rows[-1][2] or bool(marked))
        elif not rows or len(body.split()) > _ROW_WORDS or _SENTENCE_END.search(body):
            break  # a row whose person is not told apart from its cells is left out; a sentence ends it
        elif deputies and person_tail(body) is not None:
            return [], last  # a row whose member and deputy are not told apart: the table left to other readers
        last = at + len(line)
    return rows, last


def _before_deputy(body: str) -> tuple[int, int] | None:
    """The member of a row whose last cell names the deputy ("Amt X Dr. Lea Brandt (Vorsitz) Jonas Weber"): the
    person ending the row once the deputy ending it is cut off, None where the row names no two persons."""
    named = _bare(CHAIR_MARK.sub(lambda m: " " * len(m.group()), body))
    starts = [
        m.start() for m in re.finditer(r"(?<!\S)[A-ZÄÖÜ]\S*", named) if m.start() and name_line(named[m.start() :])
    ]
    for tail in reversed(starts):  # the shortest tail that is a name and leaves a person before it
        rest = _OFFICE_END.sub("", body[:tail].rstrip())  # the deputy's office or salutation with it ("Ratsherr")
        member = person_tail(rest)
        if member and len(_bare(rest)[member:].split()) > 1:
            return member, len(_bare(rest))
    return None


_OFFICE_END = re.compile(rf"[ \t]+(?:{ADDRESS}|Rats(?:herr|frau))[ \t]*$")  # a deputy's salutation before the name


def _lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The lines from ``start`` to ``end`` with their offsets; a page break inside a line parts it
    ("… Soziales Anna Beispiel\\fund Gesundheit": a row, then its body's wrapped rest)."""
    out: list[tuple[int, str]] = []
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        line, at = text[pos:stop], pos
        for piece in line.split("\f"):
            if piece.strip() or not out or line.strip(" \t\f") == "":
                out.append((at, piece))
            at += len(piece) + 1
        pos = stop + 1
    return out


def flat_body_rows(
    text: str, start: int, end: int, rules: MemberRules, res: Resources, totals: list[int] | None = None
) -> tuple[list[FlatRow], int] | None:
    """The rows of such a table from ``start`` (the lead-in's end): its persons, bodies and chairs, and
    where it ends; None unless its header and two rows at least stand there. Under a count column's
    header ("Sitze") each row opening with its count, their sum goes to ``totals`` (the size)."""
    lines = _lines(text, start, end)
    k = 0
    while k < len(lines) and not lines[k][1].strip():
        k += 1
    if k >= len(lines) or re.search(r"\S(?:[ ]{2,}|\t)\S", lines[k][1]):  # its gaps kept: the table readers'
        return None
    dated = undated(lines, k, res)  # "… Mitglied Benennung vom": the dates the members were named left out
    lines = dated or lines
    if not members_header(lines[k][1], rules):
        return None
    spaced = k + 1 < len(lines) and not lines[k + 1][1].strip()  # a blank line under the header: one a line
    persons_last = dated is not None and rules.member_header.fullmatch(lines[k][1].split()[-1]) is not None
    if not (persons_last or _representatives_last(lines[k][1].strip(), rules)):
        header = lines[k][1].split()
        if not any(rules.member_header.fullmatch(w) for w in header[1:-1]):
            return None
        deputies = rules.deputy_header.fullmatch(header[-1]) is not None  # "… Mitglied Vertretung"
        middle, last = _middle_rows(lines[k + 1 :], res, spaced, deputies)
        return (middle, last) if len(middle) >= 2 else None
    rows, last, counts = _last_column_rows(lines[k:], spaced, rules, res)
    if len(rows) < 2:
        return None
    first = lines[k][1].split()[0]
    if totals is not None and not totals and rules.count_header.fullmatch(first) and counts and None not in counts:
        totals.append(sum(c for c in counts if c is not None))  # "Sitze entsendende Stelle benannt": the seats
    return rows, last


def _last_column_rows(
    lines: list[tuple[int, str]], spaced: bool, rules: MemberRules, res: Resources
) -> tuple[list[FlatRow], int, list[int | None]]:
    """The rows under a header (``lines[0]``) whose last column names the persons, where they end, and the
    count each row's line opens with (None where it opens with none).

    A row ending in a comma or an open slash goes on in the line below: the persons' cell with more
    persons ("Vorsitzender Adrian Nowak," / "Elif Kaya-Schröder"), or the bodies given a seat each
    ("je ein Sitz CDU, SPD, Bündnis 90/" / "Die Grünen, FDP (Namen folgen)")."""
    rows: list[FlatRow] = []
    last = lines[0][0] + len(lines[0][1])
    open_row: tuple[str, str, int] | None = None  # the row above ends open: its label, the seats' cell, its start
    counts: list[int | None] = []
    above = ""  # the body's cell of the row above
    for at, line, gap in _gapped(lines[1:], lines[0][1]):
        body = line.strip(" \t\f")  # a page break inside the table goes on with it
        if not rows and (rule := _RULE.match(body)):  # a rule under the header, blank lines around it,
            line, at, body = body[rule.end() :], at + line.index(body) + rule.end(), body[rule.end() :].strip()
            if not body:  # or the first row run onto it ("------ ------Sozialamt Dr. Lea Brandt")
                continue
        lead = at + len(line) - len(line.lstrip(" \t\f"))
        if open_row is not None and (more := _goes_on(body, lead, open_row)):
            rows += more
            open_row = None if not body.endswith((",", "/")) else (open_row[0], open_row[1] + " " + body, open_row[2])
            last = at + len(line)
            continue
        open_row = None
        opened = body.endswith((",", "/"))
        cut = person_tail(body.rstrip(",") if opened else body)
        each = seat_each_at(body) or None if cut is None else None
        if gap and rows and not (_row_after_gap(body, cut, spaced) or body[:1].islower()):
            break
        if cut is not None or each is not None:
            counts.append(int(count[1]) if (count := re.match(r"(\d{1,2})\s", body)) else None)
        if cut is not None:
            if cut and _ADDRESSED.search(body[:cut].split()[-1] + " "):
                return [], last, []
            persons, label, above = _row_persons(body.rstrip(",") if opened else body, cut, lead, rows, rules, above)
            rows += persons
            open_row = (label, "", 0) if opened else None
        elif each is not None:
            seats = seat_each(body[each:]) if not opened else []
            rows += [((lead + each + a, lead + each + b, n), body[:each].strip(), False) for a, b, n in seats or []]
            open_row = (body[:each].strip(), body[each:], lead + each) if opened else None
            if not opened and not seats:
                break
        elif rows and CHAIR_MARK.fullmatch(_SAID_AFTER.sub("", body) if name_line(_said(body)) else body):
            # its chair's mark, maybe the deputy's bracket after it: "(Vorsitz) (Jonas Weber)"
            rows[-1] = (rows[-1][0], rows[-1][1], True)
        elif rows and len(body.split()) <= _WRAP_WORDS:  # the body wrapped, of every person of its row
            same = len(rows) - 1
            while same > 0 and rows[same - 1][1] == rows[-1][1]:
                same -= 1
            rows[same:] = [(r[0], f"{r[1]} {body}", r[2]) for r in rows[same:]]
            if CHAIR_MARK.search(body):  # "Jugend (Vorsitz)": the body's wrapped rest marks its row's first person
                rows[same] = (rows[same][0], rows[same][1], True)
        elif rows and _VACANT_END.search(body):  # "Jobcenter Nord N. N.": a seat not yet filled, no member
            pass
        elif rows and (office := _office_tail(body, res)) is not None:  # "Jobcenter X Bereichsleitung Markt"
            rows.append(((lead + office, lead + len(body), body[office:]), body[:office].strip(), False))
        else:
            break
        last = at + len(line)
    return rows, last, counts


def _row_persons(
    body: str, cut: int, lead: int, rows: list[FlatRow], rules: MemberRules, above: str = ""
) -> tuple[list[FlatRow], str, str]:
    """The persons of a row whose person starts at ``cut`` (with those its cell names before, apart by
    commas: "… Soziales und Corinna Hagemeier, Yusuf Demirci"), the row's label and its body's cell
    (``above``: the body's cell of the row above)."""
    cuts = [cut]
    while body[: cuts[0]].rstrip().endswith((",", ";")):  # "Maria Ebeling; Uwe Kirchner" too
        before = person_tail(body[: cuts[0]].rstrip()[:-1])
        if before is None:
            break
        cuts.insert(0, before)
    body_cell = body[: cuts[0]].strip()
    if rows and rules.deputy_header.fullmatch(body_cell.rstrip(":")):  # "Stellv.:": the body above's deputy
        body_cell = rows[-1][1]
    elif rows and not body_cell:  # a name alone: the body printed on the first person's row only
        body_cell = above
    out: list[FlatRow] = []
    label = body_cell
    for k, a in enumerate(cuts):
        cell = body[a : cuts[k + 1]].rstrip().rstrip(",;") if k + 1 < len(cuts) else body[a:]
        named = CHAIR_MARK.sub("", cell).strip()
        said = _SAID_AFTER.search(named)
        named = _bare(named)
        told = said["said"] if said and not name_line(said["said"].strip()) else ""  # a deputy named: no label
        label = ", ".join(x for x in (body_cell, told) if x)
        chairs = CHAIR_MARK.search(cell) is not None or (k == 0 and CHAIR_MARK.search(body_cell) is not None)
        out.append(((lead + a, lead + a + len(named), named), label, chairs))
    return out, label, body_cell


def _goes_on(body: str, lead: int, open_row: tuple[str, str, int]) -> list[FlatRow]:
    """The members a line adds to the row above that ended open: more persons of its cell, each a name
    ("Elif Kaya-Schröder"), or the rest of the bodies given a seat each; none where it is neither."""
    label, seats, first = open_row
    if seats:
        cell = f"{seats} {body}"
        found = seat_each(cell) if not body.endswith((",", "/")) else None
        head = len(seats) + 1

        def at(x: int) -> int:  # a cell's offset in the text: on the row's line or on this one
            return first + x if x < head else lead + x - head

        return [((at(a), at(b - 1) + 1, n), label, False) for a, b, n in found or []]
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^,]+", body.rstrip(","))]
    out: list[FlatRow] = []
    for a, b in spans:
        cell = body[a:b]
        named = _bare(CHAIR_MARK.sub("", cell)).strip()
        if not name_line(named):
            return []
        s = a + cell.index(named[:1])
        out.append(((lead + s, lead + s + len(named), named), label, CHAIR_MARK.search(cell) is not None))
    return out


def _office_tail(body: str, res: Resources) -> int | None:
    """Where the seat a row names by its office alone starts, no person named ("Jobcenter Nord
    Bereichsleitung Markt und Integration"): at a word after the body's first that the lexicon knows
    as an office, the rest no sentence (ten words at most, no full stop after a word); else None."""
    if len(body.split()) > _ROW_WORDS or _SENTENCE_END.search(body) or name_line(body):
        return None
    lex = nlp.lexicon(res)
    for m in list(re.finditer(r"\S+", body))[1:]:
        head = lex.head(m.group())
        if head is not None and head.label == "OFFICE" and m.group()[:1].isupper():
            return m.start()
    return None
