"""Fields named only as the entries of a list of abbreviations: part of the ``list`` family.

    Abkürzungsverzeichnis

      AWO       Arbeiterwohlfahrt
      HF-AB     Handlungsfeld Arbeit und Beruf
      HF-BS     Handlungsfeld Bildung und Sprache
      KVHS      Kreisvolkshochschule Cuxhaven

Under a heading that names the list (``abbreviation_lists``: "Abkürzungen", "Abkürzungsverzeichnis")
each line holds a short code (no space in it, a capital in it) and, after a gap (a PDF may close it to one
space), what it stands for. An entry that stands for the singular field noun and a name ("Handlungsfeld
Arbeit und Beruf") names a field; the noun alone ("HF   Handlungsfeld"), a compound of it ("Handlungsfeld-
konferenz") and the other entries name none. Two such entries at least. The list's lines are this reader's
alone (``abbreviation_regions``): the noun inside them opens no heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label

from .forms import form, may_hold, plain_name
from .text import Candidate, FieldText

_LEAST = 2
# a code and what it stands for: "HF-AB     Handlungsfeld …", "NKomVG Niedersächsisches …"
_ENTRY = re.compile(r"[ \t]*(?P<code>[A-ZÄÖÜ0-9][\w./&§-]{0,11})(?:[ \t]+|[ \t]*[:=–][ \t]*)(?P<long>\S.*)")
_QUOTES = '„“”"»«'


def _heading(ft: FieldText, k: int) -> bool:
    return form(ft, "abbreviation_lists").fullmatch(ft.rows[k].text.strip().rstrip(":")) is not None


Entry = tuple[int, re.Match[str]]  # a line's index and its entry


def _entries(ft: FieldText, first: int) -> list[Entry]:
    """The entries under the heading at line ``first - 1`` (blank lines right under it passed over)."""
    k = first
    while k < len(ft.rows) and k - first < 2 and ft.blank(k):
        k += 1
    found: list[Entry] = []
    while k < len(ft.rows) and not ft.blank(k):
        m = _ENTRY.fullmatch(ft.rows[k].text)
        if m is None or not any(c.isupper() for c in m.group("code")):
            break
        found.append((k, m))
        k += 1
    return found


def _lists(ft: FieldText) -> Iterator[tuple[int, list[Entry]]]:
    if not may_hold(ft, "abbreviation_lists"):
        return
    for k in range(len(ft.rows) - 1):
        if _heading(ft, k) and len(entries := _entries(ft, k + 1)) >= 2:
            yield k, entries


def abbreviation_regions(ft: FieldText) -> list[tuple[int, int]]:
    """The spans of the lists of abbreviations (flat offsets): their lines are read by their own reader."""
    return [(ft.rows[k].start, ft.rows[entries[-1][0]].end) for k, entries in _lists(ft)]


def abbreviated_fields(ft: FieldText) -> Iterator[Candidate]:
    """The fields the entries of a list of abbreviations stand for."""
    for _, entries in _lists(ft):
        found: list[Candidate] = []
        for k, m in entries:
            long = m.group("long")
            noun = ft.vocab.singular.match(long)
            if noun is None or not long[noun.end() : noun.end() + 1].isspace():
                continue  # "Handlungsfeldkonferenz", or the noun alone
            raw = long[noun.end() :].strip().strip(_QUOTES)
            label = clean_label(raw)
            if not plain_name(label, ft):
                continue
            start = ft.rows[k].start + m.string.index(raw, m.start("long") + noun.end())
            found.append(Candidate(start, start + len(raw), label, "list", m.group("code")))
        if len(found) >= _LEAST:
            yield from found
