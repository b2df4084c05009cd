"""A members table of numbered seats, the bodies proposing their holders and the persons addressed, a
column of dates maybe after them, as a text layer gives it with every gap closed::

    Sitz vorgeschlagen durch Name Amtszeit bis
    ──────────────────────────────────────────
    1 Bürgermeisterin Frau Hanna Beispiel, 30.06.2031
    Erste Beigeordnete
    (Vorsitz)
    2 Sozialamt Herr Dr. Ole Muster 30.06.2031
    3 Seniorenbeirat N. N. –
    (Benennung steht aus)

The header opens with the seats' column word ("Sitz", "Nr."), the persons' closes it ("Name",
"Mitglied", "Sitzinhaber/-in"), the proposing bodies' words between them ("vorgeschlagen durch",
"vergeben an", "entsendende Stelle"); a column of dates after the persons' (``dated_header``: "Amtszeit
bis", "Benennung vom") is left out of the header and of each row (:func:`.flat_bodies.undated`). Each row
opens with its seat's number or code ("3", "V1"); the person, after the salutation ("Frau", "Herr"), runs
to the row's end, a comma closing it where the person's office stands on the line under it; without a
salutation the person is the name ending the row (:func:`.flat_bodies.person_tail`); a seat not yet filled
("N. N.") names no member. A chair's mark between dashes ending a row, or alone on a line, marks its person;
any other line of a few words, no sentence, is the body's or the office's wrapped rest (the row's label)."""

from __future__ import annotations

import re

from extractors.resources import Resources
from pipeline.lang.de.names import SALUTE

from .flat_bodies import person_tail, undated
from .rules import CHAIR_DASHED, CHAIR_MARK, VACANT, MemberRules

Cell = tuple[int, int, str]
TABLE_LINES = 40  # lines of one such table at most
_WRAP_WORDS = 5  # words of a wrapped rest at most
_SEAT_HEADER = re.compile(r"(?i)(?:sitz|platz|(?:lfd\.?[ \t]*)?nr\.?)")
# a seat's number or code ("3", "V1", "L") opening its row
_SEAT = re.compile(r"(?P<n>\d{1,2}\.?|[A-ZÄÖÜ]{1,2}\d{0,2})[ \t]+(?P<rest>\S.*)")
# the person after the salutation: titles, a given name, maybe a second name or a particle ("Frau Imke
# de Vries"), the family name, a comma closing it where the office goes on below
_ADDRESSED = re.compile(
    rf"(?:^|[ \t])(?:{SALUTE})[ \t]+(?P<person>(?:(?:Dr|Prof)\.[ \t]*)*[A-ZÄÖÜ][\w-]+"
    r"(?:[ \t]+[\w-]+)?[ \t]+[A-ZÄÖÜ][\w-]+)(?P<comma>,?)[ \t]*$"
)
_SENTENCE_END = re.compile(r"[a-zäöüß]{3}\.[ \t]*$")
_RULE = re.compile(r"[ \t]*[-_=─━═]{3,}[-_=─━═ \t]*")


def _lines(text: str, at: int) -> list[tuple[int, str]]:
    """The lines from ``at`` up to a blank line or a page break with anything between; a page break right
    at a line's start, the table going on, is stepped over."""
    out: list[tuple[int, str]] = []
    pos = at
    for line in text[at:].split("\n"):
        page = len(line) - len(line.lstrip("\f"))
        if not line[page:].strip() or "\f" in line[page:] or len(out) >= TABLE_LINES:
            break
        out.append((pos + page, line[page:]))
        pos += len(line) + 1
    return out


def _header(line: str, rules: MemberRules) -> bool:
    """The seats' column word first, the persons' last, the proposing bodies' words between them."""
    words = line.split()
    if len(words) < 3 or re.search(r"\t|[ ]{2}", line.strip()) or not _SEAT_HEADER.fullmatch(words[0]):
        return False
    between = " ".join(words[1:-1])
    bodies = rules.sending_header.fullmatch(between) or rules.body_header.fullmatch(between)
    return bool(bodies) and rules.person_column.fullmatch(words[-1]) is not None


def seat_rows(text: str, at: int, rules: MemberRules, res: Resources) -> list[list[Cell]] | None:
    """The rows (body cell, member cell, maybe the chair's mark) of such a table whose header is the line
    at ``at``; None where it is no such header or fewer than two seats follow it."""
    lines = _lines(text, at)
    if len(lines) < 3:
        return None
    lines = undated(lines, 0, res) or lines
    if not _header(lines[0][1], rules):
        return None
    out: list[list[Cell]] = []
    for pos, line in lines[1:]:
        if not out and _RULE.fullmatch(line):
            continue  # the rule under the header, maybe broken over lines
        seat = _SEAT.fullmatch(line.rstrip())
        if seat is not None:
            row = _row(pos + seat.start("rest"), seat["rest"])
            if row is None:
                return None
            out.append(row)
            continue
        body = line.strip()
        if not out or _RULE.fullmatch(line):
            break
        if CHAIR_MARK.fullmatch(f" {body}") or CHAIR_DASHED.fullmatch(f" {body}"):
            out[-1].append((pos, pos + len(line.rstrip()), "Vorsitz"))  # the mark under the person
            continue
        if len(body.split()) > _WRAP_WORDS or _SENTENCE_END.search(body):
            break
        a, _b, cell = out[-1][0]  # the body's or the office's wrapped rest
        out[-1][0] = (a, a + len(cell), f"{cell} {body}")
    return out if len(out) >= 2 else None


def _row(at: int, rest: str) -> list[Cell] | None:
    """A seat's row after its number: the body before the salutation, the person after it (or the name ending
    the row); a seat not yet filled, its body and its "N. N."; None for a row of neither."""
    rest = rest.rstrip()
    dashed = CHAIR_DASHED.search(rest)  # "… Anna Beispiel – Vorsitz –": the chair's mark ending the row
    rest = rest[: dashed.start()] if dashed else rest
    mark = [(at + dashed.start(), at + dashed.end(), "Vorsitz")] if dashed else []
    person = _ADDRESSED.search(rest)
    if person is not None:
        body = rest[: person.start()].strip()
        a, b = at + person.start("person"), at + person.end("person")
        return [(at, at + len(body), body), (a, b, person["person"]), *mark]
    cut = person_tail(rest)
    if cut:  # the person named bare after the body ("Fachbereich Schule Anna Beispiel")
        body = rest[:cut].strip()
        return [(at, at + len(body), body), (at + cut, at + len(rest), rest[cut:]), *mark]
    words = list(re.finditer(r"\S+", rest))
    for k in (1, 2):  # "N.N.", "N. N.": a seat not yet filled, no member
        if len(words) > k and VACANT.fullmatch(" ".join(w.group() for w in words[-k:])):
            a, b = words[-k].start(), words[-1].end()
            return [(at, at + words[-k - 1].end(), rest[: words[-k - 1].end()]), (at + a, at + b, rest[a:b])]
    return None
