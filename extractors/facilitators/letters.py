"""A letter quoted in a submission: the offer an office was sent, set out as the e-mail or letter it came in.

    Sehr geehrter Herr Beispiel,

    gern moderieren wir die fünf Sitzungen der Steuerungsgruppe. Wir bieten pauschal 4.750,00 € an.

    Mit freundlichen Grüßen
    Anna Muster
    Büro Talblick – Moderation und Beteiligung
    Hauptstraße 1 · 12345 Musterstadt

The salutation names the one the letter is written to, never the one who offers; "wir" as the subject
of its role verb is the one who signs it: the person on the line under the complimentary close and the
organisation on the line under the person, an address line (a number in it) no organisation.
"""

from __future__ import annotations

import re

from pipeline.structure.prose import Unit

from .names import Found, candidates
from .rules import Rules


def first_person(text: str, start: int, verb: int, after: int) -> bool:
    """Whether "wir" is the subject of the role verb at ``text[verb:after]``: before it in its clause from
    ``start`` ("Wir moderieren …") or right after it ("gern moderieren wir …")."""
    return bool(_WIR.search(text, start, verb) or _WIR_AFTER.match(text, after))


_WIR = re.compile(r"(?<![\wäöüß])[Ww]ir(?![\wäöüß])")
_WIR_AFTER = re.compile(r"[ \t\n]+wir(?![\wäöüß])")


def signer(text: str, unit: Unit, n: int, r: Rules, method: str) -> list[Found] | None:
    """The one who signs the letter the sentence ``unit`` stands in, where a complimentary close follows
    it within :data:`LETTER_REACH` characters: the person on the next line with text and the organisation
    on the line under it (no number in it: an address line is none); None where no close follows."""
    close = r.agency.closing.search(text, unit.end, min(len(text), unit.end + LETTER_REACH))
    if close is None:
        return None
    lines = _lines(text, close.end(), 2)
    if not lines:
        return []
    a, b = lines[0]
    persons = [f for f in candidates(text, a, b, n, r, method=method, listed=True) if f.name]
    if len(persons) != 1:
        return []
    person = persons[0]
    if len(lines) > 1 and not person.organisation:
        a, b = lines[1]
        value = text[a:b].strip()
        if value and not _NUMBER.search(value) and "@" not in value:
            orgs = candidates(text, a, b, n, r, whole=True, method=method)
            if len(orgs) == 1 and orgs[0].organisation and not orgs[0].name:
                person.organisation = orgs[0].organisation
    return [person]


def _lines(text: str, at: int, count: int) -> list[tuple[int, int]]:
    """The spans of the next ``count`` lines with text after the line ending at ``at``, up to a blank line
    between them (the signature ends there)."""
    out: list[tuple[int, int]] = []
    pos = text.find("\n", at)
    while pos >= 0 and len(out) < count:
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        line = text[pos + 1 : end]
        if line.strip():
            out.append((pos + 1 + len(line) - len(line.lstrip()), pos + 1 + len(line.rstrip())))
        elif out:
            break
        pos = end if end < len(text) else -1
    return out


LETTER_REACH = 400  # characters after a letter's sentence where its complimentary close may stand
_NUMBER = re.compile(r"\d")
