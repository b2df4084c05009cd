"""A list entry that addresses its person before naming them ("Frau Dr. Anna Beispiel, Leiterin des
Sozialamts", "Herr Pastor Jonas Weber, Kirchengemeinde St. Paul"): the salutation, and an office
word between it and the given name, are no part of the member's name."""

from __future__ import annotations

import re

from pipeline.lang.de.names import SALUTATION, is_first_name

# a salutation at the entry's start; an academic title after it stays with the name
_ADDRESS = re.compile(rf"[ \t]*(?!(?:Dr|Prof)\.){SALUTATION}[ \t]+")
# a capitalised word before another: an office title when it is no given name and the next one is
_WORD = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+)[ \t]+([A-ZÄÖÜ][\w-]+)")


def name_start(raw: str) -> int:
    """Where the person's name starts in an entry that opens with a salutation (after an office word
    such as "Pfarrer" there), else 0."""
    address = _ADDRESS.match(raw)
    if address is None:
        return 0
    at = address.end()
    office = _WORD.match(raw, at)
    if office and not is_first_name(office.group(1)) and is_first_name(office.group(2)):
        at = office.start(2)
    return at


# an addressed person's name up to the comma before their office or institution
_NAME_TO_COMMA = re.compile(r"(?:(?:Dr|Prof)\.[ \t]*)*[A-ZÄÖÜ][\w-]+(?:[ \t]+[A-ZÄÖÜ][\w'’-]+){1,2}[ \t]*,")


def person_led(raw: str) -> bool:
    """Whether an entry opens with an addressed person and a comma: what it names after the comma
    (a working group, an initiative) is where the person comes from, the person the member."""
    at = name_start(raw)
    return at > 0 and _NAME_TO_COMMA.match(raw, at) is not None
