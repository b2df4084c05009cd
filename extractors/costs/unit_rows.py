"""A table whose gaps a PDF's text layer flattened into single spaces, under a header ending in
columns of a word and the currency ("Produkt / Konto Bezeichnung netto € brutto €", "Pos. Leistung
Menge Einzelpreis € Betrag €"), or in one such column after the heads of three columns at least, each
a noun or its abbreviation ("Lfd. Beleg-Nr. Zahltag Empfänger Verwendungszweck Betrag €"), or in a
cell naming its column's unit after a head or two ("Bezeichnung: Betrag in Euro:"), or opening with a
corner that names the unit of its columns ("in € Ursprungsvorlage 1. Ergänzung Veränderung": versions
of a plan, heads that :mod:`.corners` cannot take one by one once flattened): the numbers ending its
rows are amounts. A row's cells wrapped onto the lines under it (its number alone on a line,
the rest of a label or a purpose without one: "Blieskastel (sechs Sprachen)") and the rules drawn
between the rows or under them, broken over two lines where a rule is wider than the line, are passed
over, so that the sums under a table's closing rule ("Summe 23,5 2.232,50", "Zahlbetrag 5.830,00") are
its rows too, and so is a page break; the rows run to the next blank line, to a line of prose that ends
a sentence or opens a field ("Stundenkonto: …"), or to the fourth line running without a number."""

from __future__ import annotations

import re

from pipeline.lang.de.money import Money, parse_number
from pipeline.structure import Line

from .amounts import _RULE, _RULE_PIECES, PROSE_WORDS, TABLE_REACH, page_break, scaled

# a flattened header ending in two columns or more of a word and the currency ("Bezeichnung netto € brutto €")
_UNIT_HEAD = re.compile(r"[^\d\t]*?(?:(?<!\S)[^\W\d_]+ (?:€|EUR\b|Euro\b)[ \t]*){2,}")
# a flattened header ending in one such column ("Lfd. Beleg-Nr. Zahltag Empfänger Verwendungszweck Betrag €")
_ONE_UNIT_HEAD = re.compile(r"[ \t]*(?P<heads>[^\d\t]+?) [^\W\d_]+ (?:€|EUR\b|Euro\b)[ \t]*")
# a flattened header whose corner names the unit of its columns ("in € Ursprungsvorlage 1. Ergänzung Veränderung")
_CORNER_HEAD = re.compile(
    r"[ \t]*\(?(?:(?:Beträge|Betrag|Angaben) )?in (?:€|EUR\b|Euro\b)\)? (?P<heads>[^\t,;:]+?)[ \t]*"
)
CORNER_HEADS = 2, 8  # tokens of the heads after such a corner, at least and at most
# a flattened header ending in a cell that names its column's unit ("Bezeichnung: Betrag in Euro:")
_UNIT_LAST = re.compile(r"[ \t]*(?P<heads>[^\d\t]+?) (?:Betrag|Beträge|Kosten) in (?:€|EUR\b|Euro\b):?[ \t]*")
_HEAD_WORD = re.compile(r"[^\W\d_a-zäöüß][\w.-]*")  # a column's head: a noun or its abbreviation ("Lfd.", "Beleg-Nr.")
HEADS = 3  # heads of columns before a header's one column of the currency at least
# the numbers and empty cells' dashes ending a row, a minus glued to a number, a plus apart from it or not
_TRAILING = re.compile(
    r"(?:(?:^|[ \t]+)(?:(?:[-−–]|\+[ \t]?)?(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{2})|[–—-]))+[ \t]*$"
)
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{2}")
WRAPPED_LINES = 3  # lines running without a number under a row at most (its cells wrapped)


def _currency(line: str) -> bool:
    """Whether a line names the currency as a header of :data:`_UNIT_HEAD` does ("€", "EUR", "Euro")."""
    return "€" in line or "EUR" in line or "Euro" in line


def unit_head(line: str) -> bool:
    """Whether a line without gaps is the header of such a table.

    >>> unit_head("Pos. Leistung Menge Einzelpreis € Betrag €"), unit_head("Lfd. Beleg-Nr. Empfänger Zweck Betrag €")
    (True, True)
    >>> unit_head("in € Ursprungsvorlage 1. Ergänzung Veränderung"), unit_head("in Euro: 2.000,00 Gesamt")
    (True, False)
    >>> unit_head("Bezeichnung: Betrag in Euro:"), unit_head("Die Summe der Kosten in Euro")
    (True, False)
    >>> unit_head("Empfänger Betrag €"), unit_head("Die Teilnahme kostet fünf Euro")
    (False, False)
    """
    if "\t" in line or "  " in line.strip():
        return False
    if bare_head(line):
        return True
    if not _currency(line):
        return False  # most lines name no currency: the header's pattern, tried from every word, is not asked
    if _UNIT_HEAD.fullmatch(line):
        return True
    one = _ONE_UNIT_HEAD.fullmatch(line)
    heads = one.group("heads").split() if one else []
    if len(heads) >= HEADS and all(_HEAD_WORD.fullmatch(w) for w in heads):
        return True
    last = _UNIT_LAST.fullmatch(line)
    heads = last.group("heads").split() if last else []
    if 0 < len(heads) < HEADS and all(_HEAD_WORD.fullmatch(w.rstrip(":")) for w in heads):
        return True
    corner = _CORNER_HEAD.fullmatch(line)
    heads = corner.group("heads").split() if corner else []
    return CORNER_HEADS[0] <= len(heads) <= CORNER_HEADS[1] and not _NUMBER.search(line) and not line.endswith(".")


def bare_head(line: str) -> bool:
    """Whether a flattened header ends in the head of a column of amounts without its currency after the
    heads of three columns at least ("Haushaltsjahr Kostenstelle Sachkonto Bezeichnung Betrag"): its rows'
    numbers with their cents are euros.

    >>> bare_head("Haushaltsjahr Kostenstelle Sachkonto Bezeichnung Betrag"), bare_head("Der Betrag")
    (True, False)
    """
    bare = _BARE_HEAD.fullmatch(line)
    heads = bare.group("heads").split() if bare else []
    return len(heads) >= HEADS and all(_HEAD_WORD.fullmatch(w) for w in heads)


_BARE_HEAD = re.compile(r"[ \t]*(?P<heads>[^\d\t]+?) (?:Betrag|Beträge)[ \t]*")
_CENTS = re.compile(r",\d\d$")


def _ends_prose(line: str) -> bool:
    """Whether a line without a number ends the rows: a sentence's end, or a field's label ("Stundenkonto: …")."""
    words = line.split()
    return line.rstrip().endswith((".", ":")) and len(words) > PROSE_WORDS


def flat_unit_amounts(text: str, all_lines: list[Line], breaks: frozenset[int] = frozenset()) -> list[Money]:
    """The numbers ending the rows of the flattened tables under such headers; the rows go on over a page break
    (the lines of ``breaks``: page furniture and the blank lines around it)."""
    out: list[Money] = []
    for j, head in enumerate(all_lines):
        if not unit_head(head.text) or scaled(head.text):
            continue  # columns in millions or thousands ("Mio Euro"): their figures are no euros as they stand
        quiet, bare = 0, bare_head(head.text)  # under a head without its currency: sums of money with cents
        for k, ln in enumerate(all_lines[j + 1 : j + 1 + TABLE_REACH], j + 1):
            if k in breaks or page_break(text, ln):
                continue  # a page's end, its furniture and padding, or a bare form feed
            if not ln.text.strip():
                break
            if _RULE.fullmatch(ln.text) or _RULE_PIECES.fullmatch(ln.text):
                continue
            tail = _TRAILING.search(ln.text)
            if tail is None:
                quiet += 1
                if quiet > WRAPPED_LINES or _ends_prose(ln.text):
                    break
                continue
            quiet = 0
            for m in _NUMBER.finditer(tail.group()):
                value = parse_number(m.group())
                s = ln.start + tail.start() + m.start()
                if value is not None and not (bare and not _CENTS.search(m.group())):
                    out.append(Money(value, s, s + len(m.group()), m.group()))
    return out
