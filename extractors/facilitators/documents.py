"""Business documents quoted in a submission that name the one paid for the work by their form, and
whose other names are no facilitators (the town's addressee, the client's representatives, a
sub-processor):

- a contract between two parties, each designated under its block ("– nachstehend „Auftragnehmerin“
  genannt –", "– Auftragsverarbeiter –" of a data-processing agreement): the party designated as the
  contractor (``agency.contract_party``) is engaged, its name the block's first words up to a comma
  (the article before it dropped), its person the one the contract names for it ("Für die
  Auftragnehmerin: Dr. X (Projektleitung)"), else its first representative ("vertreten durch die
  Partnerin Dr. X");
- a payment order (``agency.payee``: "Zahlungsempfänger:"): the payee, its value's first line the
  organisation and the first person on the lines under it ("X GbR" / "A und B"), up to its address;
  a grant paid out ("Zuwendung", "Zuschuss") is no payment for the work;
- an order confirmation (``agency.confirmation``: "AUFTRAGSBESTÄTIGUNG" as a title): its sender, the
  first line of the letter parted by middle dots ("X GMBH · Straße 7 · PLZ Ort", "mitWirkung ·
  Moderation & Beteiligung · Inh. Y") up to the address or the owner, written as the text spells the
  name elsewhere where the line has it in capitals; its person the contact the letter names ("Ihre
  Ansprechpartnerin: Z"), else the owner ("Inh. Y").

A document is the lines of its frame where it is drawn in one, else its lines up to a blank line
(a payment order), up to the contractor's signature line (a contract) or its title and the lines
above it (an order confirmation). It names a facilitator only where a role word stands in it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from extractors.fastre import Matcher, gate, word_gated
from extractors.resources import Resources, typed
from pipeline.lang.de.closed_class import DEFINITE_ARTICLES, alternation

from .names import Found, candidates
from .rules import Rules

_BAR = re.compile(r"[ \t\f]*[│┃║|¦┊][ \t]?")  # a frame's bar opening a line (after a page break too)
_BAR_END = re.compile(r"[ \t]*[│┃║|¦┊][ \t]*$")
# a line of a frame: a bar or a rule opening it, or a bar closing it (its line wrapped by a PDF's text layer)
_FRAME_LINE = re.compile(r"[ \t\f]*[│┃║|¦┊┌┐└┘├┤┬┴┼╔╗╚╝╟╢╠╣═─━]|[^\n]*[│┃║┐┘┤╗╝╢][ \t]*$")
_RULE_ONLY = re.compile(r"[┌┐└┘├┤┬┴┼╔╗╚╝╟╢╠╣═─━ \t]+")  # a frame's rule: no text
_DIGIT = re.compile(r"\d")
_ARTICLE = re.compile(rf"(?:{alternation(*DEFINITE_ARTICLES)})[ \t]+")  # the article before a party's name
_LABEL = re.compile(r"[A-ZÄÖÜ][\wäöüß./ -]{0,30}:")  # a form's next label
_DOTS = re.compile(r"[ \t]+·[ \t]+")  # the middle dots parting a letter's first line
_RACI = frozenset({"R", "A", "C", "I", "S", "–", "-", "—"})  # a RACI matrix's cells
# a line ending in three of them (maybe before a frame's bar): where none does, the text holds no matrix
_RACI_TAIL = re.compile(r"(?<!\S)[RACIS–—-](?:[^\S\n]+[RACIS–—-]){2}[^\S\n]*(?:[│┃║|¦┊][^\S\n]*)?$", re.M)
_MATRIX_GAP = 2  # wrapped lines between two rows of a matrix at most
_SCAN = 120  # lines of a contract scanned for its signature line and contact
_HEAD = 14  # lines above an order confirmation's title where its first line may stand


@dataclass(frozen=True)
class Quoted:
    """A quoted document: its span and the one it names as engaged, if any."""

    start: int
    end: int
    found: Found | None  # its unit set by the reader to the sentence the document's key line is in
    at: int = 0  # where that line starts


@dataclass(frozen=True)
class Patterns:
    payee: re.Pattern[str]
    confirmation: re.Pattern[str]
    parties: re.Pattern[str]
    designation: re.Pattern[str]
    contract_party: re.Pattern[str]
    represented: re.Pattern[str]
    owner: re.Pattern[str]
    sender_contact: re.Pattern[str]
    key_words: re.Pattern[str]  # the words a key line holds: the lines to try


def _patterns(res: Resources) -> Patterns:
    a = typed.facilitators(res).agency
    keys = tuple(gate(a[key]) for key in ("payee", "confirmation", "parties"))
    return Patterns(
        payee=re.compile(a["payee"]),
        confirmation=re.compile(a["confirmation"]),
        parties=re.compile(a["parties"]),
        designation=re.compile(a["designation"]),
        contract_party=re.compile(a["contract_party"]),
        represented=re.compile(a["represented"]),
        owner=re.compile(a["owner"]),
        sender_contact=re.compile(a["sender_contact"]),
        key_words=_words(keys),
    )


def _words(matchers: tuple[Matcher, ...]) -> re.Pattern[str]:
    """One pattern of the words every match of one of ``matchers`` holds; every line's start where one of
    them has none."""
    if all(word_gated(m) and not m.ignore_case for m in matchers):
        return re.compile("|".join(f"(?:{m.words.pattern})" for m in matchers if word_gated(m)))
    return re.compile(r"^", re.M)


def quoted_documents(text: str, res: Resources, r: Rules) -> list[Quoted]:
    """The quoted documents of ``text`` and the ones they name."""
    p: Patterns = res.compiled(_patterns)
    keys = [m.start() for m in p.key_words.finditer(text)]
    tails = [m.start() for m in _RACI_TAIL.finditer(text)]
    if not keys and not tails:
        return []  # no document's key line and no line ending in a matrix's cells
    lines = _lines(text)
    starts = [a for a, _ in lines]
    out: list[Quoted] = []
    for k in _numbers(starts, keys):  # the lines the key lines' words stand on
        a, b = lines[k]
        line = _inner(text[a:b])
        if not line:
            continue
        if p.parties.fullmatch(line):
            out.extend(_contract(text, lines, k, p, r))
        elif (label := p.payee.match(line)) is not None:
            out.extend(_payment(text, lines, k, text[a:b].index(line) + label.end(), p, r))
        elif p.confirmation.search(line):
            out.extend(_confirmation(text, lines, k, p, r))
    rows = [k for k in _numbers(starts, tails) if _raci_row(_inner(text[slice(*lines[k])]))]
    return out + _matrices(lines, rows)


def _numbers(starts: list[int], offsets: list[int]) -> list[int]:
    """The numbers of the lines (starting at ``starts``) the offsets stand on, in order."""
    return sorted({bisect.bisect_right(starts, at) - 1 for at in offsets})


def _matrices(lines: list[tuple[int, int]], rows: list[int]) -> list[Quoted]:
    """The responsibility matrices of the text by their rows (RACI: a row's name, then a letter or a dash
    per task, three or more; ``rows`` in order): their rows name those responsible for tasks, no one
    engaged by the text; a wrapped line or two between rows is theirs."""
    out: list[Quoted] = []
    first = last = -1
    count = 0
    for k in [*rows, len(lines) + _MATRIX_GAP + 1]:
        if k - last > _MATRIX_GAP + 1:
            if count >= 2:
                out.append(Quoted(lines[first][0], lines[last][1], None, lines[first][0]))
            first, count = k, 0
        last, count = k, count + 1
    return out


def _raci_row(line: str) -> bool:
    """Whether a line is a row of a RACI matrix: words, then three cells or more of its letters or dashes."""
    words = line.split()
    cells = 0
    while cells < len(words) and words[-1 - cells] in _RACI:
        cells += 1
    return cells >= 3 and cells < len(words)


def _lines(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def _inner(line: str) -> str:
    """A line without its frame's bars and the indent."""
    bar = _BAR.match(line)
    line = line[bar.end() :] if bar else line
    line = _BAR_END.sub("", line).strip()
    return "" if _RULE_ONLY.fullmatch(line) else line


def _frame(text: str, lines: list[tuple[int, int]], k: int) -> tuple[int, int] | None:
    """The lines (first, last) of the frame line ``k`` stands in, if it stands in one."""
    if not _BAR.match(text[slice(*lines[k])]):
        return None
    lo = hi = k
    while lo > 0 and _FRAME_LINE.match(text[slice(*lines[lo - 1])]):
        lo -= 1
    while hi + 1 < len(lines) and _FRAME_LINE.match(text[slice(*lines[hi + 1])]):
        hi += 1
    return lo, hi


def _quoted(start: int, end: int, at: int, name: str | None, organisation: str | None, rule: str) -> Quoted:
    found = Found(0, name=name, organisation=organisation, method="key_value", rule_id=rule)
    return Quoted(start, end, found, at)


def _span(text: str, lines: list[tuple[int, int]], lo: int, hi: int, r: Rules) -> tuple[int, int, bool]:
    """The document's span over lines ``lo`` to ``hi`` and whether a role word stands in it."""
    start, end = lines[lo][0], lines[hi][1]
    return start, end, bool(r.role.search(text, start, end))


def _first_person(text: str, r: Rules) -> str | None:
    persons = [f for f in candidates(text, 0, len(text), 0, r, listed=True) if f.name]
    return persons[0].name if persons else None


def _contract(text: str, lines: list[tuple[int, int]], k: int, p: Patterns, r: Rules) -> list[Quoted]:
    """The contractor of the contract whose parties' lead ("zwischen") is line ``k``."""
    blocks: list[tuple[str, list[str]]] = []  # (designation, the block's lines)
    block: list[str] = []
    j = k + 1
    while j < len(lines) and len(blocks) < 2 and j - k < _SCAN // 4:
        line = _inner(text[slice(*lines[j])])
        if (d := p.designation.fullmatch(line)) is not None:
            blocks.append((d.group("role"), block))
            block = []
        elif line and not (blocks and not block and line == "und"):
            block.append(line)
        j += 1
    hired = next(((d, b) for d, b in blocks if p.contract_party.fullmatch(d)), None)
    if len(blocks) < 2 or hired is None or not hired[1]:
        return []
    frame = _frame(text, lines, k)
    if frame is not None:
        lo, hi = frame
    else:
        lo, hi = k, min(len(lines) - 1, j + _SCAN)
        sign = re.compile(rf"Für\s+(?:die|den)\s+{re.escape(hired[0])}\s*$")
        hi = next((m for m in range(j, hi + 1) if sign.search(text[slice(*lines[m])])), hi)
    start, end, role = _span(text, lines, lo, hi, r)
    if not role:
        return [Quoted(start, end, None)]
    value = " ".join(hired[1])
    head = _ARTICLE.sub("", value.split(",")[0], count=1) if _ARTICLE.match(value) else value.split(",")[0]
    head = re.split(r"\s+vertreten\s+durch\b", head)[0].strip()
    person = _first_person(head, r)
    organisation = None if person and head.startswith(person.split()[0]) else head
    contact = re.compile(rf"Für\s+(?:die|den)\s+{re.escape(hired[0])}\s*:\s*(?P<v>[^\n]+)")
    named = contact.search(text, start, end)
    name = _first_person(named.group("v"), r) if named else None
    if name is None and (rep := p.represented.search(value)) is not None:
        name = _first_person(value[rep.end() :], r)
    return [_quoted(start, end, lines[k][0], name or person, organisation, "contract_party")]


def _payment(text: str, lines: list[tuple[int, int]], k: int, at: int, p: Patterns, r: Rules) -> list[Quoted]:
    """The payee of the payment order whose payee's label opens line ``k`` (its value from ``at``)."""
    frame = _frame(text, lines, k)
    if frame is None:
        lo = hi = k
        while lo > 0 and text[slice(*lines[lo - 1])].strip():
            lo -= 1
        while hi + 1 < len(lines) and text[slice(*lines[hi + 1])].strip():
            hi += 1
    else:
        lo, hi = frame
    start, end, role = _span(text, lines, lo, hi, r)
    value = [text[lines[k][0] + at : lines[k][1]]]
    for j in range(k + 1, hi + 1):
        line = _inner(text[slice(*lines[j])])
        if not line or _LABEL.match(line) or _DIGIT.search(line):
            break
        value.append(line)
    value = [_BAR_END.sub("", v).strip() for v in value]
    if not role or not value[0] or _DIGIT.search(value[0]) or r.funding.search(text, start, end):
        return [Quoted(start, end, None)]  # no facilitation, or a grant paid out ("Zuwendung", "Zuschuss")
    person = _first_person(value[0], r)
    if person and value[0].startswith(person.split()[0]):
        organisation = value[1] if len(value) > 1 else None
    else:
        organisation, person = value[0], next((n for v in value[1:] if (n := _first_person(v, r))), None)
    if organisation and r.exclude.search(organisation):
        return [Quoted(start, end, None)]
    return [_quoted(start, end, lines[k][0], person, organisation, "payment_payee")]


def _confirmation(text: str, lines: list[tuple[int, int]], k: int, p: Patterns, r: Rules) -> list[Quoted]:
    """The sender of the order confirmation whose title stands on line ``k``."""
    frame = _frame(text, lines, k)
    if frame is not None:
        lo, hi = frame
        first = next((j for j in range(lo, k) if _inner(text[slice(*lines[j])])), None)
    else:
        lo = max(0, k - _HEAD)
        first = next((j for j in range(lo, k) if _DOTS.search(_inner(text[slice(*lines[j])]))), None)
        hi = k
        while hi + 1 < len(lines) and hi - k < _SCAN // 3 and not re.match(r"\S", text[slice(*lines[hi + 1])]):
            hi += 1
        lo = first if first is not None else k
    start, end, role = _span(text, lines, lo, hi, r)
    if first is None or not role:
        return [Quoted(start, end, None)]
    organisation, owner = _sender(_inner(text[slice(*lines[first])]), p, r)
    if organisation is None:
        return [Quoted(start, end, None)]
    if organisation.isupper():  # in capitals: as the text spells it elsewhere (the footer's "X GmbH")
        spelt = re.search(re.escape(organisation), text, re.I)
        others = [m.group() for m in re.finditer(re.escape(organisation), text, re.I) if not m.group().isupper()]
        organisation = others[0] if others else spelt.group() if spelt else organisation
    contact = p.sender_contact.search(text, start, end)
    name = _first_person(text[contact.end() : text.find("\n", contact.end())], r) if contact else None
    return [_quoted(start, end, lines[k][0], name or owner, organisation, "confirmation_sender")]


def _sender(line: str, p: Patterns, r: Rules) -> tuple[str | None, str | None]:
    """(the organisation, its owner) of a letter's first line parted by middle dots."""
    parts = _DOTS.split(line)
    if len(parts) < 2:
        return None, None
    kept: list[str] = []
    owner: str | None = None
    for part in parts:
        if (o := p.owner.match(part)) is not None:
            owner = _first_person(part[o.end() :], r)
            break
        if _DIGIT.search(part):
            break
        kept.append(part)
    organisation = " · ".join(kept).strip() or None
    if organisation and r.exclude.search(organisation):
        return None, None
    return organisation, owner
