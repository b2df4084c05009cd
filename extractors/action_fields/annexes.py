"""Fields named only by the parts of a concept that a list of annexes gives, one part to each field:
part of the ``list`` family.

    Für jedes Handlungsfeld gibt es ein eigenes Teilkonzept mit Ausgangslage, Zielen und Maßnahmen.
    …
    Anlagen
         1     Rahmenkonzept „…“ (32 Seiten)
         2.1   Teilkonzept Sprache und frühe Bildung (14 Seiten)
         2.2   Teilkonzept Ausbildung, Arbeit und Anerkennung (11 Seiten)
         2.3   Teilkonzept Wohnen und Zusammenleben in den Stadtteilen (9 Seiten)

The list stands under the heading of the annexes ("Anlagen", "Anhang"; ``sections.yaml``), one annex a
numbered line. Three entries at least in a row open with the same noun, the part's ("Teilkonzept",
"Maßnahmenblatt", "Fachplan"), and name the part's field after it, maybe with its extent in brackets
after the name ("(14 Seiten)"). The part is the field's only where a sentence of the text gives one part
to each field: a distributive word right before the singular field noun ("jedes Handlungsfeld", "je
Handlungsfeld") and the part's noun in the same sentence. Every entry's name must name a field of the
taxonomy; a list of parts of another kind (districts, years) or without such a sentence names none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.resources import typed

from .text import Candidate, FieldText
from .topics import topic_name

_LEAST = 3
_MOST_LINES = 30  # lines of a list of annexes
# an annex's line: its number ("2.1", "3", "A"), a gap, its title
_ENTRY = re.compile(r"(?P<indent>[ \t]*)(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.?)[ \t]+(?P<title>\S[^\n]*?)[ \t]*$")
_PART = re.compile(r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,}(?:-[A-ZÄÖÜ][a-zäöüß]+)?)[ \t]+(?P<name>\S[^\n]*)")
_EXTENT = re.compile(r"[ \t]*\([^()\n]*\)[ \t]*$")  # "(14 Seiten)", "(Entwurf)"
_GAP = re.compile(r"[ \t]{3,}")
_SENTENCE_END = re.compile(r"[.!?:](?=\s)")


def annexed_parts(ft: FieldText) -> Iterator[Candidate]:
    """The fields the parts in each list of annexes name, where the text gives one part to each field."""
    head = annex_head(ft)
    if head is None:
        return
    for i, line in enumerate(ft.rows):
        if head.fullmatch(line.text.strip()) is None:
            continue
        for noun, found in _runs(ft, i + 1):
            if len(found) >= _LEAST and _one_each(ft, noun):
                yield from found


def annex_head(ft: FieldText) -> re.Pattern[str] | None:
    """The heading of the annexes (``sections.yaml``): "Anlagen", "Anhang"."""
    sections = typed.sections(ft.res)
    entry = next((e for e in sections.entries if e.id == "attachments"), None)
    if entry is None:
        return None
    return re.compile(entry.pattern, sections.flags if entry.flags is None else entry.flags)


def _runs(ft: FieldText, first: int) -> Iterator[tuple[str, list[Candidate]]]:
    """The runs of entries from line ``first`` on that open with the same noun, each with its names (an
    empty list where one entry's name names no field)."""
    noun, found, valid = "", list[Candidate](), True
    blanks = 0
    for k in range(first, min(len(ft.rows), first + _MOST_LINES)):
        line = ft.rows[k]
        if ft.blank(k):
            blanks += 1
            if blanks > 1:
                break
            continue
        blanks = 0
        m = _ENTRY.fullmatch(line.text)
        if m is None:
            continue  # a title's wrapped rest
        part = _PART.match(m.group("title"))
        if part is None or part.group("noun") != noun:
            if noun:
                yield noun, found if valid else []
            noun, found, valid = (part.group("noun"), [], True) if part else ("", [], True)
        if part is None:
            continue
        cand = _named(ft, line.start + m.start("title") + part.start("name"), part.group("name"))
        valid = valid and cand is not None
        found += [cand] if cand is not None else []
    if noun:
        yield noun, found if valid else []


def _named(ft: FieldText, at: int, raw: str) -> Candidate | None:
    gap = _GAP.search(raw)
    raw = raw[: gap.start()] if gap else raw
    raw = _EXTENT.sub("", raw)
    label = raw.strip(' \t„“"»«')
    if not topic_name(label, ft):
        return None
    start = at + raw.find(label)
    return Candidate(start, start + len(label), label, "list")


def _one_each(ft: FieldText, noun: str) -> bool:
    """Whether a sentence gives one part ``noun`` to each field: a distributive word right before the
    singular field noun and the part's noun in the same sentence."""
    each = {w.casefold() for w in typed.taxonomy(ft.res).distributives}
    part = re.compile(re.escape(noun) + r"\w*\b")
    for m in ft.nouns:
        if not ft.vocab.singular.fullmatch(m.group(0)):
            continue
        before = ft.text[max(0, m.start() - 20) : m.start()].split()
        if not before or before[-1].casefold() not in each:
            continue
        opening = max((e.end() for e in _SENTENCE_END.finditer(ft.text, max(0, m.start() - 300), m.start())), default=0)
        closing = _SENTENCE_END.search(ft.text, m.end())
        if part.search(ft.text, opening, closing.start() if closing else len(ft.text)):
            return True
    return False
