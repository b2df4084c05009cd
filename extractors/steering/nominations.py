"""Members nominated to the seats a group's rules of procedure set out.

A council's rules of procedure name seats, not persons ("(1) Mitglieder sind a) die Bürgermeisterin, die
den Vorsitz hat, b) zwei vom Rat gewählte Ratsmitglieder, …"); the persons nominated to them follow
in a block of their own, each line pointing back to its seat and naming who holds it:

    Benennungen (Stand 1.3.2027):
        zu (1) a)   Landrat Karl Beispiel
        zu (1) b)   Anna Muster (SPD), Ole Probe (CDU)
        zu (2)      Jobcenter: N. N.; Volkshochschule: Dr. Eva Test

The block opens with a line ending in a colon; each of its lines starts with "zu" and a seat's
reference (a number in brackets, a letter with a bracket, or both), lines further in going on with the
entry above. The persons are the members, a label before a colon or a bracket after a name saying
where they come from, else the seat's own words; a placeholder for a person yet to be named ("N. N.") is
none. The person nominated first to the seat whose words give it the chair ("der den Vorsitz führt") is
the group's chair.
"""

from __future__ import annotations

import re

from extractors.resources import Resources
from pipeline.lang.de.closed_class import DEFINITE_ARTICLES, alternation
from pipeline.lang.de.names import TITLE, is_first_name
from pipeline.structure.prose import Layout

from . import sectors
from .rules import CHAIR_WORD, Chair, MemberRow
from .sectors import is_person

# "zu (1) a)   Landrat Karl Beispiel": a seat's reference and what follows it
_REF_LINE = re.compile(
    r"(?P<indent>[ \t]*)zu[ \t]+(?P<ref>(?:\((?P<num>\d{1,2})\)[ \t]*)?(?:(?P<letter>[a-z])\)[ \t]*)?)"
    r"(?P<rest>\S[^\n]*)$"
)
# a seat of the rules: "(1) Dem Beirat gehören an", "a) der Landrat, …", "(2) Das Jobcenter …"
_SEAT = re.compile(r"[ \t]*(?:\((?P<num>\d{1,2})\)[ \t]*)?(?:(?P<letter>[a-z])\)[ \t]*)?(?P<rest>\S[^\n]*)$")
# a person yet to be named
_VACANT = re.compile(r"^N\.[ \t]*N\.?$")
_CHAIR = re.compile(rf"(?<!stellvertretende)(?<!stellv\.)\s(?:{alternation(*DEFINITE_ARTICLES)})\s+{CHAIR_WORD}\b")
_BRACKET = re.compile(r"[ \t]*\(([^()]*)\)[ \t]*$")
_PERSON = re.compile(
    rf"(?:[A-ZÄÖÜ][\w-]+[ \t]+)?(?:{TITLE}[ \t]*)*(?P<given>[A-ZÄÖÜ][\w-]+)(?:[ \t]+[A-ZÄÖÜ][\w'’-]+){{1,2}}"
)
_SEARCH = 2000  # characters after the group's sentence where its block of nominations may start


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        out.append((pos, stop))
        pos = stop + 1
    return out


def _reference_near(text: str, after: int) -> bool:
    """Whether a line of a seat's reference starts within :data:`_SEARCH` characters after ``after``."""
    pos, end = after, len(text)
    while pos < end and pos < after + _SEARCH:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if _REF_LINE.match(text, pos, stop):
            return True
        pos = stop + 1
    return False


def _seats(text: str, lines: list[tuple[int, int]]) -> dict[tuple[str, str], str]:
    """The words of each seat of the rules before the block, by its reference (number, letter)."""
    seats: dict[tuple[str, str], str] = {}
    num = ""
    for a, b in lines:
        m = _SEAT.match(text, a, b)
        if m is None or not (m["num"] or m["letter"]):
            continue
        num = m["num"] or num
        seats[(num, m["letter"] or "")] = m["rest"]
    return seats


def _entries(text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """The persons of one reference line and the lines going on with it: (start, end, label)."""
    out: list[tuple[int, int, str | None]] = []
    for part in re.finditer(r"[^;]+", text[start:end]):
        a, b = start + part.start(), start + part.end()
        label = None
        colon = re.match(r"[ \t\n]*([^:,()\n]{2,40}):", text[a:b])
        if colon:
            label, a = colon.group(1).strip(), a + colon.end()
        depth, pos = 0, a
        for k in range(a, b + 1):
            ch = text[k] if k < b else ","
            depth += ch == "("
            depth -= ch == ")" and depth > 0
            if ch == "," and depth == 0:
                out.append((pos, k, label))
                pos = k + 1
    return out


def _person(text: str, a: int, b: int, label: str | None, seat: str | None, res: Resources) -> MemberRow | None:
    """The person an entry names; their label where they come from, else the seat's words."""
    raw = " ".join(text[a:b].split())
    bracket = _BRACKET.search(raw)
    name = raw[: bracket.start()] if bracket else raw
    label = bracket.group(1) if bracket else label
    if label is None or sectors.classify(label, res) == sectors.sector_rules(res).fallback:
        label = seat or label  # a party's short name tells no sector the seat does not
    m = _PERSON.fullmatch(name)
    if _VACANT.match(name) or m is None or not (is_first_name(m["given"]) or bracket and is_person(name)):
        return None  # a given name, or a name with where the person comes from after it ("Aras Demir (Beirat)")
    at = text.find(name.split()[0], a, b)
    return MemberRow(at, at + len(text[at:b].split("(")[0].rstrip(" \t\n.")), name, label)


def nominated(layout: Layout, after: int, res: Resources) -> tuple[list[MemberRow], Chair | None]:
    """The persons of a block of nominations right after a group's rules (see the module docstring)."""
    text = layout.flat.text
    if not _reference_near(text, after):  # most groups' rules are followed by no block: the text after them unsplit
        return [], None
    lines = [(a, b) for a, b in _lines(text, after, len(text)) if text[a:b].strip()]  # an export's blank lines between
    first = next((k for k, (a, b) in enumerate(lines) if a < after + _SEARCH and _REF_LINE.match(text, a, b)), None)
    if first is None or first == 0 or not text[lines[first - 1][0] : lines[first - 1][1]].rstrip().endswith(":"):
        return [], None
    seats = _seats(text, lines[: first - 1])
    rows: list[MemberRow] = []
    chair = None
    k, indent = first, len(_REF_LINE.match(text, *lines[first])["indent"])  # type: ignore[index]
    while k < len(lines):
        ref = _REF_LINE.match(text, *lines[k])
        if ref is None or not ref["ref"].strip() or len(ref["indent"]) != indent:
            break
        end = lines[k][1]
        while k + 1 < len(lines) and _goes_on(text, (lines[k][1], lines[k + 1][1]), indent):
            k += 1
            end = lines[k][1]
        seat = seats.get((ref["num"] or "", ref["letter"] or ""))
        entries = _entries(text, ref.start("rest"), end)
        found = [p for a, b, label in entries if (p := _person(text, a, b, label, seat, res))]
        for p in found:
            p.method = "list"
        if found and chair is None and seat and _CHAIR.search(" " + seat):
            found[0].is_chair = True
            chair = Chair(found[0].value, found[0].start, found[0].end, True, found[0].label)
        rows += found
        k += 1
    return (rows, chair) if len(rows) > 1 else ([], None)


def _goes_on(text: str, span: tuple[int, int], indent: int) -> bool:
    """Whether the next line (``span``: from the end of the entry's last line to the end of the next) goes
    on with the entry: no reference, and the entry ends in a comma or the line, right under it, is set
    further in than the references."""
    gap, raw = text[span[0] : span[1]].split("\n")[:-1], text[span[0] : span[1]].split("\n")[-1]
    if _REF_LINE.match(raw):
        return False
    further = len(gap) == 1 and len(raw) - len(raw.lstrip(" \t")) > indent + 3
    return further or text[: span[0]].rstrip().endswith((",", ";"))
