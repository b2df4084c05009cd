"""Members in a table that sets a group's former composition beside its new one, a column each::

    Nr.  Bisherige Besetzung                  Neue Besetzung
    ---  -----------------------------------  -----------------------------------
     1   Amt für Soziales, Dr. Anna Beispiel  unverändert
         (Vorsitz)
     2   Jobcenter, Jonas Weber               Agentur für Arbeit, Ole Brandt (neu)
     3   –                                    Integrationsbeirat, Lea Brandt (neu)
     4   Stadtsportbund, Kai Muster           entfällt

The header names the former column (`revised_old` of ``steering.yaml``: "bisher", "Vorlage vom …")
before the new one (`revised_new`: "Neufassung", "künftig"). Each line's cells go to the column they
stand under; a row opens at a number in a first column of its own, or, without one, at a line filling
both columns; the other lines carry the row's cells wrapped under their columns. A row's member is what
its new cell names, or its former cell's where the new one says it is unchanged (`revised_same`:
"unverändert", "wie bisher"); a new cell marking no seat ("–", "entfällt") names none, and the person it
replaces is no member. The marks of a change ("(neu)", "(geändert)": `revised_mark`) are left out. In
a cell, a person after their body and a comma ("Jobcenter, Jonas Weber") or after their office
("Stadtrat Kai Muster (CDU)") is the member, the rest the sector's hint; a body alone is the member.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.base import dehyphenate
from extractors.resources import Resources, typed
from pipeline.lang.de.markers import DRAWN_RULES
from pipeline.structure import Line

from .flat_revised import NEW, OLD, flat_area, flat_header, flat_rows, flat_seated
from .person_tables import _RULE_LINE, _Header, _member, _name_ends, _placed
from .rules import CHAIR_MARK, VACANT, Chair, MemberRow, starred_chair

MIN_ROWS = 2
_BLANK_LINES = 2  # blank lines between the lead-in and the header at most
_NUMBER = re.compile(r"\d{1,2}[.)]?")
_RULE = re.compile(rf"[ \t]*[{DRAWN_RULES}]{{3,}}[{DRAWN_RULES} \t]*")  # a rule drawn under the header ("────  ────")
_OPEN = re.compile(r"(?:[-,/(]|\b[a-zäöüß]{1,4})$")  # a cell's line that goes on below

Cell = tuple[int, int, str]


@dataclass(frozen=True)
class RevisedRules:
    """The compiled words of ``steering.yaml`` for a table of a former and a new composition."""

    old: re.Pattern[str]
    new: re.Pattern[str]
    same: re.Pattern[str]
    mark: re.Pattern[str]
    dropped: re.Pattern[str]
    vacant: re.Pattern[str]  # a seat's holder saying it is not filled ("vakant")


def revised_rules(res: Resources) -> RevisedRules:
    return res.compiled(_build)


def _build(res: Resources) -> RevisedRules:
    d = typed.steering(res)
    rx = re.compile
    return RevisedRules(
        rx(d.revised_old),
        rx(d.revised_new),
        rx(d.revised_same),
        rx(d.revised_mark),
        rx(d.revised_dropped),
        rx(d.vacant_seat),
    )


def _line(text: str, at: int) -> tuple[str, int]:
    stop = text.find("\n", at)
    stop = len(text) if stop < 0 else stop
    return text[at:stop], stop


def _columns(line: str, rules: RevisedRules) -> tuple[list[int], int, int] | None:
    """The header's column starts and the indexes of the former and the new column, or None."""
    cells = Line(0, len(line), line).columns
    if not 2 <= len(cells) <= 4:
        return None
    old = [k for k, (_, _, c) in enumerate(cells) if rules.old.fullmatch(c.strip())]
    new = [k for k, (_, _, c) in enumerate(cells) if rules.new.fullmatch(c.strip())]
    if len(old) != 1 or len(new) != 1 or old[0] >= new[0]:
        return None
    return [a for a, _, _ in cells], old[0], new[0]


def revised_table(text: str, start: int, res: Resources) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The members of a table of a former and a new composition whose header stands on the first line
    after ``start`` (a blank line or two between), its chair and where it ends; None for no such table."""
    rules = revised_rules(res)
    pos = start if start == 0 or text[start - 1] == "\n" else text.find("\n", start) + 1
    if pos <= 0 or text[start:pos].strip():
        return None
    for _ in range(_BLANK_LINES):
        line, stop = _line(text, pos)
        if line.strip() or stop >= len(text):
            break
        pos = stop + 1
    line, stop = _line(text, pos)
    found = _columns(line, rules)
    if found is None and "\f" in line:  # the first row on the next page, its page break run on to the header
        return _flat_table(text, pos + line.index("\f") + 1, line[: line.index("\f")], rules, res)
    if found is None:
        return _flat_table(text, stop + 1, line, rules, res) if stop < len(text) else None
    starts, old, new = found
    header = _Header(["other"] * len(starts), starts, False)
    rows: list[dict[int, list[Cell]]] = []
    end, pos = stop, stop + 1
    if _RULE_LINE.fullmatch(_line(text, pos)[0]) or _RULE.fullmatch(_line(text, pos)[0]):
        pos = _line(text, pos)[1] + 1
    # a first column of the rows' numbers where the first row's cell under it is one; a column of the
    # seats named by their bodies ("Sitz | bisher | neu ab …") otherwise
    first = _placed(_line(text, pos)[0], pos, header) if old > 0 else None
    numbered = bool(first and 0 in first and _NUMBER.fullmatch(first[0][2]))
    # a column of the seats before the former one, filled in the first row: a row opens at a seat's line only,
    # the new cell's lines under an office ("Vorsitz (Leitung) | Herr A | Leiterin" / "| | Dr. Eva Roth") its own
    seated = bool(first and 0 in first and not numbered)
    while pos < len(text):
        line, stop = _line(text, pos)
        placed = _placed(line, pos, header) if line.strip() else None
        if not placed or _RULE_LINE.fullmatch(line) or _RULE.fullmatch(line):
            break  # a rule closing the rows, the totals under it
        above = rows[-1] if rows else None
        opens = (
            bool(_NUMBER.fullmatch(placed[0][2])) if numbered and 0 in placed else not numbered and old in placed
        ) and (numbered or new in placed and not (above and _runs_on(above)) and (0 in placed or not seated))
        # brackets alone under both compositions go on with the persons above ("(Ortsteil A)" / "(Ortsteil B)")
        opens = opens and not (above and all(placed[k][2].startswith("(") for k in (old, new) if k in placed))
        if opens:
            rows.append({k: [c] for k, c in placed.items() if k != 0 or not numbered})
        elif rows and not (numbered and 0 in placed):
            for k, c in placed.items():
                rows[-1].setdefault(k, []).append(c)
        else:
            break
        end, pos = stop, stop + 1
    if len(rows) < MIN_ROWS:
        return None
    star = starred_chair(text, end)
    members = [m for row in rows if (m := _row_member(text, row, old, new, rules, res, star)) is not None]
    if not numbered or old > 1:  # a column before the former one names each seat's area ("Sitz | Bereich | …")
        skip = (0, old, new) if numbered else (old, new)  # the numbers' column, or the seats' own
        members = [_seat_chaired(_of_area(m, row, skip), row) for row in rows for m in members if _in_row(m, row)]
    chair = next((Chair(m.value, m.start, m.end, True) for m in members if m.is_chair), None)
    return (members, chair, end) if members else None


_CHAIR_SEAT = re.compile(r"Vorsitz\b")  # a seat's cell naming the chair's seat ("Vorsitz (Bürgermeisterin)")


def _seat_chaired(member: MemberRow, row: dict[int, list[Cell]]) -> MemberRow:
    """The member of the chair's seat marked as the chair."""
    if row.get(0) and _CHAIR_SEAT.match(row[0][0][2]):
        member.is_chair = True
    return member


def _in_row(member: MemberRow, row: dict[int, list[Cell]]) -> bool:
    return any(a <= member.start < b for cells in row.values() for a, b, _ in cells)


def _of_area(member: MemberRow, row: dict[int, list[Cell]], skip: tuple[int, ...]) -> MemberRow:
    """A member with the area its row's own column names ("Sitz | Bereich | bisher | künftig": "Integrationsrat",
    "Vorsitz"): the area the hint of its sector, or the chair where it names the chair alone."""
    area = " ".join(_joined(cells) for k, cells in sorted(row.items()) if k not in skip).strip()
    if not area:
        return member
    if CHAIR_MARK.fullmatch(f"({area})"):
        member.is_chair = True
    elif (mark := CHAIR_MARK.search(area)) is not None and not area[mark.end() :].strip():
        member.is_chair = True  # "Bürgervorsteher (Vorsitz)": the seat's office, the chair's mark after it
        member.label = ", ".join(p for p in (area[: mark.start()].strip(), member.label) if p)
    else:
        member.label = ", ".join(p for p in (area, member.label) if p)
    return member


def heads_flat_revised(text: str, start: int, res: Resources) -> bool:
    """Whether the line right after ``start`` (the end of a sentence) is the header of a flattened table
    of a former and a new composition: the paragraph runs on over it where an export lost the blank line."""
    if not text.startswith("\n", start):
        return False
    rules = revised_rules(res)
    return flat_header(_line(text, start + 1)[0], rules.old, rules.new)


def _flat_table(
    text: str, pos: int, header: str, rules: RevisedRules, res: Resources
) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The members of a numbered table of a former and a new composition whose gaps a PDF flattened
    (:mod:`.flat_revised`), its header ``header``, its rows from ``pos``."""
    if not flat_header(header, rules.old, rules.new):
        return None
    seated = flat_seated(header, rules.old, rules.new)
    area = seated or flat_area(header, rules.old, rules.new)
    rows = flat_rows(text, pos, rules.same, rules.mark, area, seated)
    if len(rows) < MIN_ROWS:
        return None
    end = max(c[1] for row in rows if row for cells in row.values() for c in cells)
    star = starred_chair(text, end)
    members = [m for row in rows if row and (m := _row_member(text, row, OLD, NEW, rules, res, star)) is not None]
    if area:  # the seat's area the hint of its sector, or the chair ("Vorsitz")
        members = [_of_area(m, row, (0, OLD, NEW)) for row in rows if row for m in members if _in_row(m, row)]
    chair = next((Chair(m.value, m.start, m.end, True) for m in members if m.is_chair), None)
    return (members, chair, end) if members else None


def _runs_on(row: dict[int, list[Cell]]) -> bool:
    return any(_OPEN.search(cells[-1][2]) for cells in row.values())


def _joined(cells: list[Cell]) -> str:
    return dehyphenate(" ".join(c for _, _, c in cells))


def _row_member(
    text: str, row: dict[int, list[Cell]], old: int, new: int, rules: RevisedRules, res: Resources, star: str | None
) -> MemberRow | None:
    """The member a row names in its new cell, or in its former one where the new one says it is unchanged."""
    cells = row.get(new, [])
    said = _joined(cells).strip()
    if not said or VACANT.fullmatch(said) or rules.dropped.fullmatch(said) or rules.vacant.match(said):
        return None
    if rules.same.fullmatch(said):
        cells = row.get(old, [])
    cells = [(a, b, " ".join(rules.mark.sub(" ", c).split())) for a, b, c in cells]
    cells = [c for c in cells if c[2]]
    whole = _joined(cells)
    if not whole or VACANT.fullmatch(whole):
        return None
    person = _member(text, {0: cells}, [], _Header(["person"], [0], False), res, star)
    if person is None and (name := _name_ends(whole, res)):  # "Amt X, Amtsleiterin Anna" / "Beispiel"
        person = _wrapped_name(cells, whole, name)
    if person is not None:
        return MemberRow(person.start, person.end, person.value, person.label, person.is_chair, "table")
    return MemberRow(cells[0][0], cells[-1][1], whole, None, False, "table")  # a body alone


def _wrapped_name(cells: list[Cell], whole: str, name: str) -> MemberRow | None:
    """The person ending a cell after their body and a comma, the name wrapped over the cell's lines: its
    span from the line its first word stands on to the cell's end, the rest the sector's hint."""
    first = name.split()[0]
    k = next((k for k in reversed(range(len(cells))) if re.search(rf"\b{re.escape(first)}\b", cells[k][2])), None)
    if k is None:
        return None
    a = cells[k][0] + cells[k][2].rfind(first)
    rest = " ".join(whole[: whole.rfind(name)].split()).strip(" ,") if name in whole else None
    return MemberRow(a, cells[-1][1], name, rest or None, bool(CHAIR_MARK.search(whole)), "table")
