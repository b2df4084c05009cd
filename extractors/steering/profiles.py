"""Profile sheets: a block per group under a heading that names it, numbered or the group's name alone.

    3.1 Lenkungsgruppe Integration (LGI)
    Vorsitz:
    Frau Dr. Anna Schmidt
    Sozialdezernentin
    Anzahl Mitglieder: 14
    davon aus der Verwaltung: 6
    u. a. aus folgenden Ämtern:
    Sozialamt
    Jugendamt
    davon Sonstige: 1 (Integrationsbeirat)

The block is a sheet only with its size line, and runs to the next numbered heading (under
a heading that is only the group's name: to a line of running text); the
chair is the line after the chair label (its function on the line after is no member), the
seats are the "davon" lines of a known sector, the members the lines after the list label up to
the next label, the names in the brackets of the others' line and of a seat line ("davon
Verwaltung: 2 (Sozialamt; Jugendamt)"), and the deputy where a person is named. The labels are the
``profile`` patterns of ``resources/steering.yaml``; a heading may hold one group only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from extractors.german import enumerations
from extractors.resources import Resources, typed
from pipeline.lang.de import markers
from pipeline.lang.de.abbreviations import SENTENCE_END
from pipeline.structure.prose import Layout

from . import sectors
from .inverted import inverted_series
from .rules import Chair, MemberRow, bare_items


@dataclass
class Sheet:
    start: int  # flat offsets of the block under the heading
    end: int
    chair: Chair | None = None
    size: int | None = None
    seats: dict[str, int] = field(default_factory=dict)
    members: list[MemberRow] = field(default_factory=list)


@dataclass(frozen=True)
class ProfileRules:
    heading: re.Pattern[str]
    size: re.Pattern[str]
    chair: re.Pattern[str]
    seat: re.Pattern[str]
    list: re.Pattern[str]
    others: re.Pattern[str]
    label: re.Pattern[str]
    members: re.Pattern[str]
    co_chair: re.Pattern[str]
    seat_note: re.Pattern[str]
    deputy: re.Pattern[str]
    sectors: tuple[tuple[str, re.Pattern[str]], ...]


def profile_rules(res: Resources) -> ProfileRules:
    """The ``profile`` patterns of ``steering.yaml`` (built once per resource set)."""
    return res.compiled(_build_rules)


def _build_rules(res: Resources) -> ProfileRules:
    d = typed.steering(res)
    p = d.profile

    def rx(key: str) -> re.Pattern[str]:
        return re.compile(p[key], re.M)

    return ProfileRules(
        rx("heading"),
        rx("size"),
        rx("chair"),
        rx("seat"),
        rx("list"),
        rx("others"),
        rx("label"),
        rx("members"),
        rx("co_chair"),
        rx("seat_note"),
        rx("deputy"),
        tuple((e.id, re.compile(e.pattern)) for e in d.seat_sectors),
    )


def _lines(text: str, start: int) -> Iterator[tuple[int, int]]:
    """The lines of ``text`` from ``start``, each without the spaces at its end."""
    for m in _LINE.finditer(text, start):
        a, b = m.span()
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            yield a, b


_LINE = re.compile(r"[^\n\f]+")
# a heading line that is only a group's name, maybe with its short form ("Lenkungsgruppe (LG)")
_NAME_LINE = re.compile(r"[ \t]*[A-ZÄÖÜ][\w-]*(?:[ \t]+[\w-]+){0,5}(?:[ \t]+\([A-ZÄÖÜ][\w-]{0,9}\))?[ \t]*")
# a line of running text: nine words or more, or a sentence's end
_PROSE_LINE = re.compile(r"[ \t]*(?:\S+[ \t]+){8,}\S")
_SENTENCE_END = re.compile(SENTENCE_END + "$")


def _line_of(text: str, at: int) -> tuple[int, int]:
    """Start and end of the line holding offset ``at``."""
    line_start = max(text.rfind("\n", 0, at), text.rfind("\f", 0, at)) + 1
    line_end = len(text)
    for stop in ("\n", "\f"):
        k = text.find(stop, at)
        if k >= 0:
            line_end = min(line_end, k)
    return line_start, line_end


def find_sheet(layout: Layout, at: int, res: Resources) -> Sheet | None:
    """The profile sheet under the heading line holding offset ``at`` (a group's mention): a block
    with its size line, or labelled lines with a members line (``labelled_sheet``)."""
    rules = profile_rules(res)
    text = layout.flat.text
    line_start, line_end = _line_of(text, at)
    # (a line's own text: a rule's "^" holds at a line's start, not after the form feed a page opens with)
    numbered = rules.heading.match(text[line_start:line_end]) is not None
    if not numbered and not _NAME_LINE.fullmatch(text, line_start, line_end):
        return None
    return _sized_sheet(text, line_end, numbered, rules, res) or labelled_sheet(text, line_end, rules, res)


def _sized_sheet(text: str, line_end: int, numbered: bool, rules: ProfileRules, res: Resources) -> Sheet | None:
    """The block under a heading ending at ``line_end`` when it holds a size line."""
    block: list[tuple[int, int]] = []
    for a, b in _lines(text, line_end):
        if rules.heading.match(text[a:b]):
            break
        if not numbered and (_PROSE_LINE.match(text, a, b) or _SENTENCE_END.search(text, a, b) or len(block) > 30):
            break  # an unnumbered sheet ends at a line of running text
        block.append((a, b))
    if not block or not any(rules.size.match(text[a:b]) for a, b in block):
        return None
    sheet = Sheet(block[0][0], block[-1][1])
    listing = False
    wrapped = -1  # the line that closes the others' brackets opened above it
    chair_line = -2  # the line holding the chair's name
    for k, (a, b) in enumerate(block):
        line = text[a:b]
        size, seat, others = rules.size.match(line), rules.seat.match(line), rules.others.match(line)
        if others is None and seat is None and "(" in line and k + 1 < len(block):  # "(Caritas, Verein e." / "V.)"
            others = rules.others.match(text[a : block[k + 1][1]])
            seat = None if others else rules.seat.match(text[a : block[k + 1][1]])
            wrapped = k + 1 if others or seat else wrapped
        if k == wrapped:
            continue
        if size:
            sheet.size = sheet.size or int(size.group("n"))
        elif others:
            _bracketed(sheet, a + others.start("members"), a + others.end("members"), text, rules, res)
        elif seat:
            sector = next((s for s, rx in rules.sectors if rx.search(seat.group("sector"))), None)
            if sector and sector not in sheet.seats:
                sheet.seats[sector] = int(seat.group("n"))
            if seat.group("members"):  # the members it counts: "davon Verwaltung: 2 (Sozialamt; Jugendamt)"
                _bracketed(sheet, a + seat.start("members"), a + seat.end("members"), text, rules, res)
        elif chair := rules.chair.match(line):
            if (chair.group("chair") or k + 1 < len(block)) and not sheet.chair:
                c, d = (a + chair.start("chair"), a + chair.end("chair")) if chair.group("chair") else block[k + 1]
                c, d = _person_of(text, c, d)
                value = enumerations.nominative(text[c:d].strip(), res).name
                if value and not rules.label.match(text, c, d):
                    sheet.chair = Chair(value, c, d, sectors.is_person(value))
                    chair_line = k if chair.group("chair") else k + 1
        elif sheet.chair and k == chair_line + 1 and (co := rules.co_chair.match(line)):
            c, d = _person_of(text, a + co.start("chair"), a + co.end("chair"))  # a second chair
            value = enumerations.nominative(text[c:d].strip(), res).name
            office = text[d : a + co.end("chair")].strip(" \t,") or None  # the function tells the sector
            if value and sectors.is_person(value):
                sheet.members.append(MemberRow(c, d, value, office, is_chair=True, method="list"))
        elif deputy := rules.deputy.match(line):
            c, d = _person_of(text, a + deputy.start("chair"), a + deputy.end("chair"))
            value = enumerations.nominative(text[c:d].strip(), res).name
            office = text[d : a + deputy.end("chair")].strip(" \t,") or None  # the function tells the sector
            if value and sectors.is_person(value):
                sheet.members.append(MemberRow(c, d, value, office, method="list"))
        elif rules.list.match(line):
            listing = True
            continue
        elif listing and not rules.label.match(line):
            for c, d in bare_items(text, a, b, res) or [(a, b)]:  # "Sozialamt, Jugendamt" as exports join them
                value = enumerations.nominative(text[c:d].strip(" \t" + markers.DASH_MARKS), res).name
                if value:
                    sheet.members.append(MemberRow(c, d, value, method="list"))
            continue
        listing = False
    return sheet


def _person_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The person of a chair's line that names them with their function after a comma ("Dr. Anna
    Beispiel, Beigeordnete für Soziales,"): the name before the comma; else the whole line."""
    value = text[start:end]
    comma = value.find(",")
    lead = len(value) - len(value.lstrip())
    if comma > 0 and sectors.is_person(value[lead:comma].strip()):
        return start + lead, start + comma
    return start, end


def _named(part: str, res: Resources) -> bool:
    """Whether a part of a bracket's item split at "und" names a body of a known sector ("Caritas",
    "Jugendamt"), not a topic ("Integration")."""
    return sectors.classify(" ".join(part.split()), res) != sectors.sector_rules(res).fallback


def _bracketed(sheet: Sheet, start: int, end: int, text: str, rules: ProfileRules, res: Resources) -> None:
    """The members named in the brackets of the others' line or a seat line: "(Caritas, AWO)"; apart by
    semicolons where there are any ("(Jobcenter; Universität, Fakultät für Erziehungswissenschaft)").
    Brackets that say how the seats are filled ("(je eine Person der Fraktionen)") name none, nor
    does a label of the sheet ("(Leitung; Sozialamt)": the chair, read from its own line)."""
    if rules.seat_note.match(text[start:end]):
        return
    semicolons = ";" in text[start:end]
    for m in re.finditer(r"[^;]+" if semicolons else r"[^,;]+", text[start:end]):
        parts = re.split(r"\s+(?:und|sowie)\s+", m.group())
        if len(parts) > 1 and not all(_named(p, res) for p in parts):
            parts = [m.group()]  # one name holding "und" ("Beirat für Migration und Integration")
        for part in parts:
            value = enumerations.nominative(" ".join(part.split()), res).name
            if value and (rules.chair.match(value + ":") or rules.deputy.match(value + ": x")):
                continue
            if value:
                at = start + m.start() + m.group().find(part)
                sheet.members.append(MemberRow(at, at + len(part), value, method="list"))


# --- labelled lines ------------------------------------------------------------------------

_LEAD_LINES = 3  # lines of a sentence between a group's name and its labelled lines


def _lines_after(text: str, end: int) -> Iterator[tuple[int, int]]:
    """The lines after the line ending at ``end``, blank ones included, without their spaces at the end."""
    pos = end + 1
    while pos < len(text):
        stops = [k for k in (text.find("\n", pos), text.find("\f", pos)) if k >= 0]
        b = min(stops) if stops else len(text)
        a, e = pos, b
        while e > a and text[e - 1].isspace():
            e -= 1
        yield a, e
        pos = b + 1


def _labelled_lines(text: str, end: int, rules: ProfileRules) -> list[list[int]]:
    """The labelled lines under a group's name ending at ``end``, each with its wrapped lines (a line
    after one ending in a comma, or opening in lower case): after at most three lines of a sentence,
    up to the first line that is neither labelled nor wrapped."""
    found: list[list[int]] = []
    lead: list[tuple[int, int]] = []
    wrapped = False  # the line before was filled: a wrapped line may follow
    for a, b in _lines_after(text, end):
        line = text[a:b]
        if not line.strip():
            # (a page's break an export set as a blank line inside a value that goes on: "…; Weber," / "" / "Jonas …")
            wrapped = (
                wrapped and bool(found) and _runs_on(text, *found[-1]) and text[: found[-1][1]].rstrip()[-1:] in ",;"
            )
            continue
        if rules.label.match(line):
            if not found and lead and not _SENTENCE_END.search(text, *lead[-1]):
                return []
            found.append([a, b])
        elif (
            found
            and wrapped
            and (text[found[-1][1] - 1] == "," or line.lstrip()[:1].islower() or _runs_on(text, *found[-1]))
        ):
            found[-1][1] = b
        elif found or len(lead) == _LEAD_LINES or rules.heading.match(line):
            break
        else:
            lead.append((a, b))
        wrapped = True
    return found


def _runs_on(text: str, a: int, b: int) -> bool:
    """Whether a labelled line's value parted by semicolons goes on in the next line: no full stop ends it
    ("Mitglieder: Weber, Jonas (Sozialamt); Berg," / "Eva (Verein X)." ends in the second)."""
    value = text[a:b]
    return ";" in value and not value.rstrip().endswith(".")


def labelled_sheet(text: str, end: int, rules: ProfileRules, res: Resources) -> Sheet | None:
    """A group set out in labelled lines under its name: "Vorsitz: Landrätin Ute Beispiel",
    "Geschäftsführung: Stabsstelle Vielfalt", "Weitere Mitglieder: Jobcenter Musterkreis, Kreissportbund".
    A sheet only with its members line; the chair is the value of the chair label, the members the
    names on the members line (a label of its own, as "Geschäftsführung", names no member)."""
    lines = _labelled_lines(text, end, rules)
    if not any(rules.members.match(text[a:b]) for a, b in lines):
        return None
    sheet = Sheet(lines[0][0], lines[-1][1])
    for a, b in lines:  # (a line may open a page: matched on its own)
        chair, listed = rules.chair.match(text[a:b]), rules.members.match(text[a:b])
        if chair and chair.group("chair") and not sheet.chair:
            c, d = a + chair.start("chair"), a + chair.end("chair")
            value = enumerations.nominative(" ".join(text[c:d].split()), res).name
            if value:
                sheet.chair = Chair(value, c, d, sectors.is_person(value))
        elif listed:
            c, d = a + listed.start("members"), b  # with its wrapped lines
            while d > c and text[d - 1] in " \t\n,;":
                d -= 1
            if persons := inverted_series(text, c, d - 1 if text[d - 1] == "." else d):
                _chair_of(sheet, persons)  # "Weber, Jonas (Sozialamt, Vorsitz); Berg, Eva (Verein X)"
                continue
            for p, q in bare_items(text, c, d, res) or [(c, d)]:
                value = enumerations.nominative(" ".join(text[p:q].split()), res).name
                if value:
                    sheet.members.append(MemberRow(p, q, value, method="list"))
    return sheet


def _chair_of(sheet: Sheet, persons: list[MemberRow]) -> None:
    """The persons of a members line added to a sheet; the one a mark names its chair where the sheet
    names none (the chair's office the mark's bracket gives)."""
    for row in persons:
        if row.is_chair and sheet.chair is None:
            sheet.chair = Chair(row.value, row.start, row.end, True, row.label)
        else:
            sheet.members.append(row)
