"""Fields as the values of the field column of a raw CSV export: part of the ``table`` family.

A database's export quoted as it is, one record a line and the values parted by semicolons, its first
line the columns' names, one of them the field noun::

    ID;Handlungsfeld;Maßnahme;Träger;Status;Förderung
    M001;"Sprache und Bildung";"Rucksack KiTa";"Stadt Iserlohn, Bereich 51";laufend;Land
    M004;"Arbeit, Ausbildung und Anerkennung";Anerkennungslotsen;"Jobcenter Märkischer Kreis";
    laufend;"ESF Plus"

A value with spaces or a semicolon stands in quotes, a quote inside it doubled. A record wrapped at the
page's width goes on in the next line (in mid-word, before a closing quote, after a semicolon) until it
holds as many values as the head has names (an empty last one where a record of the first one's shape
follows); a PDF's text layer wraps it again at its words. A wrap inside a quoted value is a space, or
nothing where it parts a word (a small letter on both sides, no link word). The records run to the first
blank line that no record of the first one's shape follows (a page break between two records). Each value
of the field column is a field once, where three at least are known to the taxonomy; a value the text
quotes and says belongs to no field ("tragen den Eintrag „Querschnitt“ und sind keinem Handlungsfeld
zugeordnet") is none, nor one that is no name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de.closed_class import alternation, words

from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure, known_codes

_LINKS = words("linking_articles", "opening_articles", "prepositions", "contractions", "conjunctions")
_NAME = re.compile(r"[^\W\d_][\w.\-/ ]{0,30}")  # a column's name: a short word or two, no figure first
_NEGATION = re.compile(r"\b(?:" + alternation("negations") + r")\s+(?:\w+\s+){0,2}$", re.I)
_LEAST_COLUMNS = 3
_LEAST = 3
_MOST_RECORDS = 200
_DENIAL_REACH = 160  # characters after a quoted value where its sentence may deny it a field

Value = tuple[str, int, int]  # text, first and end flat offsets


def _head(ft: FieldText, text: str) -> tuple[int, int] | None:
    """The number of columns of a head line and the field column's place, if ``text`` is one."""
    names = [n.strip().strip('"') for n in text.strip().split(";")]
    if len(names) < _LEAST_COLUMNS or not all(_NAME.fullmatch(n) for n in names):
        return None
    at = [k for k, n in enumerate(names) if ft.vocab.noun.fullmatch(n)]
    return (len(names), at[0]) if len(at) == 1 else None


class _Record:
    """The values of one record as its lines are read: the quote state and the value being read."""

    def __init__(self) -> None:
        self.values: list[Value] = []
        self.chars: list[str] = []
        self.start = -1
        self.end = -1
        self.quoted = False

    def feed(self, text: str, at: int) -> None:
        """Read a line's characters, ``at`` the flat offset of its first."""
        if self.chars and self.quoted:
            self.chars.append(_wrap(self.chars, text))
        k = 0
        while k < len(text):
            c = text[k]
            if self.quoted and c == '"':
                if text[k + 1 : k + 2] == '"':
                    self.chars.append('"')
                    k += 1
                else:
                    self.quoted = False
            elif c == '"' and not "".join(self.chars).strip():
                self.quoted = True
            elif c == ";" and not self.quoted:
                self.close()
            else:
                if not c.isspace():
                    self.start = at + k if self.start < 0 else self.start
                    self.end = at + k + 1
                self.chars.append(c)
            k += 1

    def close(self) -> None:
        self.values.append(("".join(self.chars).strip(), self.start, self.end))
        self.chars, self.start, self.end = [], -1, -1


def _wrap(chars: list[str], text: str) -> str:
    """What a line's end inside a quoted value stands for: nothing where it parts a word, else a space."""
    before = "".join(chars).split()
    after = text.split()
    if not before or not after:
        return " "
    last, first = before[-1], after[0]
    if last[-1:].islower() and first[:1].islower() and last.casefold() not in _LINKS:
        return "" if first.casefold().rstrip(",") not in _LINKS else " "
    return " "


def _shape(text: str) -> str:
    """The shape of a record's first value: its letters and its count of figures ("M001" → "M###")."""
    return re.sub(r"\d", "#", text.split(";", 1)[0].strip())


def _records(ft: FieldText, first: int, n: int) -> Iterator[list[Value]]:
    """The records under the head line ``first`` of ``n`` columns, up to the first blank line that a record
    of the first one's shape does not follow (a page break between two records)."""
    record = _Record()
    opening = ""
    for k in range(first + 1, min(len(ft.rows), first + _MOST_RECORDS)):
        line = ft.rows[k]
        text = line.text.lstrip("\f")
        if not text.strip():
            after = ft.rows[k + 1].text.lstrip("\f") if k + 1 < len(ft.rows) else ""
            if record.values or record.chars or not opening or _shape(after) != opening or ";" not in after:
                return
            continue
        opening = opening or _shape(text)
        shift = len(line.text) - len(text)
        record.feed(text, line.start + shift)
        after = ft.rows[k + 1].text.lstrip("\f") if k + 1 < len(ft.rows) else ""
        # the last value empty at a line's end: the record goes on unless a record opens in the next line
        ended = record.start >= 0 or _shape(after) == opening or not after.strip()
        if not record.quoted and len(record.values) == n - 1 and ended:
            record.close()
            yield record.values
            record = _Record()
        elif len(record.values) >= n:
            return  # more values than the head has names: no record of this export


def _denied(ft: FieldText, value: str) -> bool:
    """Whether the text quotes ``value`` and says in the same sentence that it belongs to no field."""
    for m in re.finditer(r"[„\"»]" + re.escape(value) + r"[“”\"«]", ft.text):
        after = ft.text[m.end() : m.end() + _DENIAL_REACH].split(". ")[0]
        if any(_NEGATION.search(after[: noun.start()]) for noun in ft.vocab.noun.finditer(after)):
            return True
    return False


def delimited_records(ft: FieldText) -> Iterator[Candidate]:
    """The fields in the field column of each CSV export the text quotes."""
    for k, row in enumerate(ft.rows):
        if ";" not in row.text:
            continue
        head = _head(ft, row.text)
        if head is None:
            continue
        n, column = head
        found: dict[str, Candidate] = {}
        for values in _records(ft, k, n):
            text, start, end = values[column]
            label = clean_label(text)
            if not label or label in found or start < 0 or not label[:1].isupper():
                continue
            if is_sentence(label, ft.vocab) or is_structure(label, ft.vocab) or _denied(ft, text):
                continue
            found[label] = Candidate(start, end, label, "table")
        known = [c for c in found.values() if known_codes(c.label, ft.vocab) != ("other",)]
        if len(known) >= _LEAST:
            yield from found.values()
