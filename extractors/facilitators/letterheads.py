"""A letter quoted in a submission with its head as DIN 5008 sets it: the address field at the left,
the reference block at the right ("Ihr Zeichen", "Ihre Anfrage vom", "Unser Zeichen", "Datum"), the
subject under both.

    ══════════════════════════════════════════════════════════════════
    ITLR   Institut für Teilhabe und Raum e. V.
           An-Institut der Hochschule Talheim
           Marktplatz 17 · 09648 Talheim · Tel. 03727 58-1990
    ══════════════════════════════════════════════════════════════════
    Landratsamt Musterkreis                  Ihr Zeichen:      50.3-IK/27
    Schloßstraße 27                          Ansprechpartnerin:
    04860 Musterstadt                        Dr. Anna Beispiel
                                             Datum:            08.03.2027

    Angebot A-2027-019: Wissenschaftliche Begleitung und Evaluation

A letter whose subject opens with an offer (``agency.letter_offer``: "Angebot …") is written by the
one who offers: the organisation of its letterhead, the first line between the rules above the
reference block, and the person of the reference block's contact label ("Ansprechpartnerin:", its
value on its line or the next, in its cell or, where an export collapsed the gaps, the whole line).
An abbreviation before the name, in a cell of its own or spelling it ("ITR Institut für Teilhabe und
Raum e. V."), and the letterhead's lines under the name up to its address are other names of it, so
that a mention elsewhere by one of them ("das An-Institut der Hochschule Talheim", "Begleitung (ITR,
1. Jahr)") is its row. A letter that awards the work to the one it is written to
(``agency.letter_award``: "Zuschlag", "erteilen wir Ihnen den Auftrag", in its subject or the
paragraph under it) names them in its address field: the organisation is the field's lines up to the
person ("z. Hd. Frau Dr. X") or the address (a line with a number), the person the one "z. Hd."
names. Either names a facilitator only where its subject speaks of facilitation ("Prozessbegleitung
…", "Wissenschaftliche Begleitung …").
"""

from __future__ import annotations

import re

from extractors.fastre import gate

from .labelled import lines_end
from .names import Found, candidates, spells
from .rules import Rules

_GAP = re.compile(r"[ \t]{3,}")
_RULE = re.compile(r"[ \t]*[═━─=_\-–—]{8,}[ \t]*")
_DIGIT = re.compile(r"\d")
_ABBREVIATION_CELL = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{1,7}(?:[ \t]{2,}|\t)")
# the same with one space after it, where an export collapsed the gap: it must spell the name after it
_ABBREVIATION_WORD = re.compile(r"[A-ZÄÖÜ]{2,6}[ \t](?=[A-ZÄÖÜ][a-zäöüß])")
_WORD = re.compile(r"(?<!\S)\S")
_BODY_REACH = 400  # characters of the letter under its subject where its award may be said


def letter_heads(text: str, start: int, end: int, n: int, r: Rules) -> list[Found]:
    """The ones the letters whose reference block opens on a line of ``text[start:end]`` name."""
    out: list[Found] = []
    at = text.rfind("\n", 0, start) + 1
    if gate(r.agency.reference.pattern, r.agency.reference.flags).search(text, at, lines_end(text, at, end)) is None:
        return out  # no line of the span holds a reference's label
    while at < end:
        line_end = _line_end(text, at)
        label = r.agency.reference.search(text, at, line_end)
        if label is not None and not _reference_above(text, at, r):
            out.extend(_letter(text, at, label.start() - at, n, r))
        at = line_end + 1
    return out


def _letter(text: str, first: int, column: int, n: int, r: Rules) -> list[Found]:
    """The one named by the letter whose reference block starts on the line at ``first``, in ``column``."""
    lines: list[str] = []  # the head's lines: the address field's cells at the left of ``column``
    at = first
    while at < len(text):
        line_end = _line_end(text, at)
        line = text[at:line_end]
        if not line.strip():
            break
        lines.append(line)
        at = line_end + 1
    subject, body = _subject(text, at)
    if not r.role.search(subject):
        return []
    aliases: tuple[str, ...] = ()
    if r.agency.letter_offer.match(subject):
        organisation, aliases = _letterhead(text, first, r)
        person = _contact(lines, column, n, r)
    elif r.agency.letter_award.search(subject + "\n" + body):
        organisation, person = _addressee([line[:column].strip() for line in lines if line[:column].strip()], n, r)
    else:
        return []
    if organisation and r.exclude.search(organisation):
        return []
    if not organisation and not person:
        return []
    found = Found(n, name=person, organisation=organisation, best_unit=n, method="key_value", rule_id="letter_head")
    found.aliases = aliases
    return [found]


def _subject(text: str, at: int) -> tuple[str, str]:
    """The subject under the letter's head from ``at`` (blank lines before it passed over) and the
    text under it up to :data:`_BODY_REACH` characters."""
    while at < len(text) and not text[at : _line_end(text, at)].strip():
        at = _line_end(text, at) + 1
    stop = text.find("\n\n", at)
    stop = len(text) if stop < 0 else stop
    return " ".join(text[at:stop].split()), text[stop : stop + _BODY_REACH]


def _letterhead(text: str, first: int, r: Rules) -> tuple[str | None, tuple[str, ...]]:
    """The organisation of the letterhead above the head's first line at ``first`` and its other names:
    the first line of the lines between the rules or blank lines above it, and the lines under that one
    up to its address (a line with a number)."""
    lines: list[str] = []
    at = first - 1
    while at > 0 and len(lines) < _HEAD_LINES:
        above = text.rfind("\n", 0, at) + 1
        line = text[above:at]
        if not line.strip() or _RULE.fullmatch(line):
            if lines:
                break
        else:
            lines.insert(0, line.strip())
        at = above - 1
    if not lines:
        return None, ()
    abbreviation = _ABBREVIATION_CELL.match(lines[0]) or _ABBREVIATION_WORD.match(lines[0])
    if abbreviation is not None and not spells(abbreviation.group().strip(), lines[0][abbreviation.end() :]):
        abbreviation = _ABBREVIATION_CELL.match(lines[0])  # a word in capitals that does not spell the name
    name = lines[0][abbreviation.end() if abbreviation else 0 :].strip(" ,")
    if not name[:1].isupper() or _DIGIT.search(name):
        return None, ()
    if not any(f.organisation for f in candidates(name, 0, len(name), 0, r, whole=True)):
        return None, ()
    aliases = []
    for line in lines[1:]:
        if _DIGIT.search(line):
            break
        aliases.append(line)
    if abbreviation is not None:
        aliases.append(abbreviation.group().strip())
    return name, tuple(aliases)


def _contact(lines: list[str], column: int, n: int, r: Rules) -> str | None:
    """The person of the reference block's contact label, on its line or the next (its cell there, or
    the whole line where an export collapsed the gap before the block)."""
    for k, line in enumerate(lines):
        at = next((w.start() for w in _WORD.finditer(line) if r.contact.match(line[w.start() :])), None)
        label = r.contact.match(line[at:]) if at is not None else None
        if at is None or label is None:
            continue
        value = line[at + label.end() :].lstrip(" \t:")
        if not value.strip() and k + 1 < len(lines):
            value = lines[k + 1][column:].strip() or lines[k + 1].strip()
        persons = [f for f in candidates(value, 0, len(value), n, r, listed=True) if f.name]
        return persons[0].name if persons else None
    return None


def _addressee(cells: list[str], n: int, r: Rules) -> tuple[str | None, str | None]:
    """(organisation, person) of an address field's lines."""
    kept: list[str] = []
    person: str | None = None
    for cell in cells:
        label = r.agency.field_contact.match(cell)
        if label is not None or _DIGIT.search(cell):
            if label is not None:
                persons = [f for f in candidates(cell, label.end(), len(cell), n, r, listed=True) if f.name]
                person = persons[0].name if persons else None
            break
        kept.append(cell)
    organisation = re.sub(r"(\w)- ([a-zäöüß])", r"\1\2", " ".join(kept)).strip(" ,") or None
    return organisation, person


def _reference_above(text: str, at: int, r: Rules) -> bool:
    """Whether the line above the one at ``at`` holds a reference label too (the block began above)."""
    if at == 0:
        return False
    above = text.rfind("\n", 0, at - 1) + 1
    return bool(r.agency.reference.search(text, above, at - 1))


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


_HEAD_LINES = 4  # lines of a letterhead above its reference block
