"""Fields named in a footnote to the plural field noun: the ``prose`` family's notes.

Running text counts the fields and sets a footnote's mark after the noun or the few words of its
attribute ("in den fünf Handlungsfeldern des Integrationskonzepts¹"); the note under the text,
the first line opening with the same mark, names them, parted by semicolons or as an enumeration
("¹ Frühe Bildung und Sprache; Ausbildung und Arbeitsmarkt; … (Integrationskonzept 2022, Kapitel
4)."), a source in brackets at its end left out. Where the text counts the fields, the note names
as many; else two at least. Each item a name, no sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label

from .runin import enumeration
from .tallied import field_count
from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure

_NOTE_MARK = "¹²³⁴⁵⁶⁷⁸⁹"
# the noun, at most three words of its attribute, and a mark set on the last word ("…feldern des Konzepts¹")
_MARKED = re.compile(rf"(?:[ \t\n]+[\w\-äöüßÄÖÜ]+){{0,3}}?(?<=\w)(?P<mark>[{_NOTE_MARK}]|\*{{1,3}})(?!\w)")
_MOST_NOTE_LINES = 60  # lines between the mark and its note
_SOURCE = re.compile(r"[ \t\n]*\([^()]*\)[ \t\n]*\.?[ \t\n]*$")  # "(Integrationskonzept 2022, Kapitel 4)."
_LEAST = 2


def noted_fields(ft: FieldText) -> Iterator[Candidate]:
    """The fields a footnote to the plural field noun names."""
    for noun in _nouns(ft):
        m = _MARKED.match(ft.text, noun.end())
        if m is None or "\n\n" in m.group(0):
            continue
        note = _note(ft, m.group("mark"), ft.row_at(m.end()))
        if note is None:
            continue
        start, end = note
        end = start + len(_SOURCE.sub("", ft.text[start:end]).rstrip(" \t\n."))
        items = _semicolon_parts(ft, start, end) or enumeration(ft, start, end, "prose")
        count = field_count(ft, noun)
        if len(items) < _LEAST or count is not None and len(items) != count:
            continue
        if all(not is_sentence(c.label, ft.vocab) and not is_structure(c.label, ft.vocab) for c in items):
            yield from items


def _nouns(ft: FieldText) -> list[re.Match[str]]:
    """The strong plural nouns, and those a mark follows right on their last letter ("Handlungsfeldern¹",
    where the mark, a figure to the word's pattern, keeps the noun's pattern from ending)."""
    marked = re.compile(rf"(?<!\w)(?:{ft.vocab.plural.pattern})(?=[{_NOTE_MARK}](?!\w))")
    found = {m.start(): m for m in marked.finditer(ft.text)}
    found.update((m.start(), m) for m in ft.strong_plurals())
    return [found[k] for k in sorted(found)]


def _note(ft: FieldText, mark: str, row: int) -> tuple[int, int] | None:
    """The text of the footnote of ``mark`` under line ``row``: from after the mark to the blank line
    or the next note's mark."""
    for k in range(row + 1, min(len(ft.rows), row + _MOST_NOTE_LINES)):
        text = ft.rows[k].text.lstrip()
        if not text.startswith(mark) or text.startswith(mark + mark[:1]):
            continue
        start = ft.rows[k].start + len(ft.rows[k].text) - len(text) + len(mark)
        end = ft.rows[k].end
        j = k + 1
        while j < len(ft.rows) and not ft.blank(j) and ft.rows[j].text.lstrip()[:1] not in _NOTE_MARK + "*":
            end = ft.rows[j].end
            j += 1
        return start, end
    return None


def _semicolon_parts(ft: FieldText, start: int, end: int) -> list[Candidate]:
    """The parts of a note parted by semicolons, each one field; nothing without a semicolon."""
    if ";" not in ft.text[start:end]:
        return []
    out, at = [], start
    for piece in ft.text[start:end].split(";"):
        lead = len(piece) - len(piece.lstrip())
        a, b = at + lead, at + len(piece.rstrip())
        out.append(Candidate(a, b, clean_label(ft.text[a:b]), "prose"))
        at += len(piece) + 1
    return out if all(c.label for c in out) else []
