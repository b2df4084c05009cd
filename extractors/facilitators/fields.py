"""The one paid for the work in a form of label lines, as a notice of an award or a purchase
requisition prints it:

    Auftragsgegenstand           Fachliche Begleitung des Fonds und Moderation der Steuerungsgruppe
    Auftragnehmer                Büro X – Beratung und Evaluation eG,
                                 Parkstraße 14, 61231 Musterstadt
    Auftragswert (brutto)        46.410,00 EUR

    Kreditor        300184  Y Moderation GmbH
                            Hauptstraße 1, 30177 Musterstadt
    Ansprechpartner Dr. Anna Beispiel

The contractor's label (``agency.field``: "Auftragnehmer", "Kreditor", "Lieferant") opens a line of
a block of label lines (the line above or under it is a label and its value too); a vendor number
after it is passed over; a line with more cells after the value is a table's header or row
(``contractors``), no field. Where an export collapsed the gap after the label to one space, the
value is its line alone and must end with a legal form ("Auftragnehmer Büro X eG,"). Its value, the
lines under it that start in its column included, is the organisation up to its address: a line with
a number in it (street, postcode) and a town after the last comma are none of its name. A person
opening the value is the contractor, the line under the name their organisation. The person of the
block's contact label (``agency.field_contact``: "Ansprechpartner", "z. Hd.") in the lines right
under the value is the organisation's. The form names a facilitator only where the work is
facilitation: a role word in the block (its service's lines: "Moderation Planungsbeirat",
"Moderation der Steuerungsgruppe") or in the text's context.
"""

from __future__ import annotations

import re

from extractors.fastre import gate

from .labelled import lines_end, value_end
from .names import Found, candidates
from .rules import Rules

# a label line of a form: a label of one to four words and its value apart by a colon or a gap
_FIELD_LINE = re.compile(r"[ \t]*[A-ZÄÖÜ][\wäöüß.()/-]*(?:[ \t][\wäöüß.()/-]+){0,3}(?:[ \t]*:[ \t]*|[ \t]{2,})\S")
_GAP = re.compile(r"[ \t]{3,}")
_DIGIT = re.compile(r"\d")
_TOWN = re.compile(r"[ \t]*,[ \t]*[A-ZÄÖÜ][\wäöüß.-]*(?:[ \t]+[\wäöüß.()-]+){0,2}[ \t]*$")
_BLOCK_LINES = 16  # lines above and under a field where the block's role word may stand
_CONTACT_LINES = 3  # lines under the value where the contact's label may stand


def form_fields(text: str, start: int, end: int, n: int, r: Rules, context: bool) -> list[Found]:
    """The contractors named by fields of forms on the lines of ``text[start:end]``."""
    out: list[Found] = []
    at = text.rfind("\n", 0, start) + 1
    if gate(r.agency.field.pattern, r.agency.field.flags).search(text, at, lines_end(text, at, end)) is None:
        return out  # no line of the span opens with a form's field
    while at < end:
        line_end = _line_end(text, at)
        field = r.agency.field.match(text, at, line_end)
        flat = field is not None and field.group("sep") == " "  # an export collapsed the gap
        if (
            field is not None
            and not _GAP.search(text, field.end(), line_end)  # more cells: a table's header or row
            and (flat and _legal_line(text, field.end(), line_end, r) or not flat and _in_form(text, at, line_end))
            and (context or _role_block(text, at, r))
        ):
            found = _contractor(text, field.end(), n, r, flat)
            if found is not None:
                out.append(found)
        at = line_end + 1
    return out


def _legal_line(text: str, at: int, line_end: int, r: Rules) -> bool:
    """Whether the value at ``at`` ends its line with a legal form ("… Beratung und Evaluation eG,")."""
    return bool(r.legal.search(text[at:line_end].rstrip(" \t,;")))


def _contractor(text: str, at: int, n: int, r: Rules, flat: bool = False) -> Found | None:
    """The one the field's value at ``at`` names, with the person of a contact label under it; ``flat``:
    the value is its line alone."""
    stop = _line_end(text, at) if flat else value_end(text, at, len(text))
    lines = [line.strip() for line in text[at:stop].split("\n")]
    name: str | None = None
    persons = [f for f in candidates(lines[0], 0, len(lines[0]), n, r, listed=True) if f.name]
    lead = persons[0].name if persons else None
    if lead and lines[0].startswith(lead.split()[0]):
        name, lines = lead, lines[1:]
    kept: list[str] = []
    for line in lines:
        if _DIGIT.search(line):
            break
        kept.append(line)
    organisation = " ".join(kept)
    organisation = re.sub(r"(\w)- ([a-zäöüß])", r"\1\2", organisation)
    organisation = _TOWN.sub("", organisation.split(";")[0]).strip(" ,;")
    if organisation and (not organisation[0].isalpha() or r.exclude.search(organisation)):
        return None
    name = name or _contact(text, stop, n, r)
    if not name and not organisation:
        return None
    return Found(n, name=name, organisation=organisation or None, best_unit=n, method="key_value", rule_id="form_field")


def _contact(text: str, at: int, n: int, r: Rules) -> str | None:
    """The person of a contact label on the lines right under ``at`` (up to a blank line)."""
    pos = at
    for _ in range(_CONTACT_LINES):
        nl = text.find("\n", pos)
        if nl < 0:
            return None
        line_end = _line_end(text, nl + 1)
        if not text[nl + 1 : line_end].strip():
            return None
        label = r.agency.field_contact.match(text, nl + 1, line_end)
        if label is not None:
            persons = [f for f in candidates(text, label.end(), line_end, n, r, listed=True) if f.name]
            return persons[0].name if persons else None
        pos = line_end
    return None


def _in_form(text: str, at: int, line_end: int) -> bool:
    """Whether the field's line has a label line of its form right above or under it."""
    above = text.rfind("\n", 0, max(at - 1, 0)) + 1
    if at > 0 and _FIELD_LINE.match(text[above : at - 1]):
        return True
    if line_end >= len(text):
        return False
    value = text[at:line_end]
    column = len(value) - len(value.lstrip(" \t"))
    pos = line_end
    for _ in range(_CONTACT_LINES + 1):  # the value's wrapped lines passed over
        nxt = _line_end(text, pos + 1)
        line = text[pos + 1 : nxt]
        if not line.strip():
            return False
        if len(line) - len(line.lstrip(" \t")) <= column:
            return bool(_FIELD_LINE.match(line))
        pos = nxt
        if pos >= len(text):
            return False
    return False


def _role_block(text: str, at: int, r: Rules) -> bool:
    """Whether the block of lines round the field (up to blank lines) has a role word."""
    lo = hi = at
    for _ in range(_BLOCK_LINES):
        before = text.rfind("\n", 0, max(lo - 1, 0)) + 1
        if lo == 0 or not text[before : lo - 1].strip():
            break
        lo = before
    for _ in range(_BLOCK_LINES):
        nxt = _line_end(text, hi)
        if nxt >= len(text) or not text[hi:nxt].strip():
            break
        hi = nxt + 1
    return bool(r.role.search(text, lo, min(hi, len(text))))


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end
