"""A list entry that addresses its person before naming them ("Frau Dr. Anna Beispiel, Leiterin des
Sozialamts", "Herr Pastor Jonas Weber, Kirchengemeinde St. Paul"): the salutation, and an office
word between it and the given name, are no part of the member's name."""

from __future__ import annotations

import re

from pipeline.lang.de.names import ADDRESS, TITLE, is_first_name

# a salutation at the entry's start; an academic title after it stays with the name
_ADDRESS = re.compile(rf"[ \t]*{ADDRESS}\s+")  # (the name maybe on the next line)
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


# a line opening with a salutation: an entry of a list of addressed persons ("Frau Anna Beispiel, …")
_ADDRESSED_LINE = re.compile(rf"[ \t]*{ADDRESS}[ \t]+\S")
# a line opening with a person's name, titles before it, and a comma ("Dr. Anna Beispiel, Schulrätin, …")
_NAMED_LINE = re.compile(
    rf"[ \t]*(?:{TITLE}[ \t]*)*(?P<given>[A-ZÄÖÜ][\w-]+)[ \t]+[A-ZÄÖÜ][\w'’-]+(?:[ \t]+[A-ZÄÖÜ][\w'’-]+)?[ \t]*,"
)


def name_led(line: str) -> bool:
    """Whether a line opens with a person's name (a given name first, titles before it) and a comma."""
    m = _NAMED_LINE.match(line)
    return m is not None and is_first_name(m["given"])


# a line that ends in a way the entry goes on below it (a comma, a hyphen)
_WRAPS = re.compile(r"[,\-–][ \t]*$")
# a chair's mark alone on a line, wrapped from the entry above ("(Vorsitz)")
_MARK_LINE = re.compile(r"[ \t]*\([^()\n]{3,40}\)[ \t]*")
MIN_ADDRESSED = 3


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _opens(rest: str, named: bool | None) -> bool:
    """Whether the next line opens an entry of the list's form (a salutation, or the name first)."""
    line = rest.split("\n", 1)[0]
    return name_led(line) if named else _ADDRESSED_LINE.match(line) is not None and person_led(line)


def addressed_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The entries of a list of addressed persons one a line, from ``start`` (right after the lead-in)
    on, no marks before them ("Herr Dr. Paul Beispiel, Beigeordneter (Vorsitz)" / "Frau Anna Muster,
    Jobcenter"): a line that opens with a salutation and names its person before a comma opens an
    entry, or in a list without salutations one that opens with the name ("Dr. Anna Muster, Schulrätin,
    Schulamt Nord"); a line after one ending in a comma or hyphen, a line indented deeper than the
    entry's first, or a bracket alone ("(Vorsitz)"), goes on with it. The list ends at a blank line
    after its entries, but for entries set one blank line apart (pdfminer.six's, from the first two on),
    where a single blank line goes on before a line that opens the next entry or after one that wraps;
    or at a line that is neither; three entries at least make the form, and every
    entry's line opens so."""
    entries: list[tuple[int, int]] = []
    named: bool | None = None  # whether the entries open with the name, no salutation before it
    spaced: bool | None = None  # whether the entries stand one blank line apart (pdfminer.six sets them so)
    blank = False  # a blank line right before this one
    at = start
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        line = text[at:stop]
        if not line.strip():
            wraps = bool(entries) and _WRAPS.search(text, entries[-1][0], entries[-1][1]) is not None
            if entries and (blank or spaced is False or not (wraps or _opens(text[stop + 1 : end], named))):
                break
            blank = bool(entries)
            at = stop + 1
            continue
        if _ADDRESSED_LINE.match(line) and (named is None or not named):
            if not person_led(line):
                return []
            named = False
            spaced = blank if len(entries) == 1 else spaced
            entries.append((at + len(line) - len(line.lstrip()), at + len(line.rstrip())))
        elif name_led(line) and (named is None or named):  # no salutation: every entry opens with the name
            named = True
            spaced = blank if len(entries) == 1 else spaced
            entries.append((at + len(line) - len(line.lstrip()), at + len(line.rstrip())))
        elif entries and (
            _WRAPS.search(text, entries[-1][0], entries[-1][1])
            or _MARK_LINE.fullmatch(line)
            or _indent(line) > _indent(text[text.rfind("\n", 0, entries[-1][0]) + 1 : entries[-1][1]])
        ):
            entries[-1] = (entries[-1][0], at + len(line.rstrip()))
        else:
            break
        blank = False
        at = stop + 1
    return entries if len(entries) >= MIN_ADDRESSED else []
