"""Fields as sentences each opened by the field's name and a colon, after a sentence that leads
them in: part of the ``list`` family.

    Der Plan konzentriert sich auf drei Handlungsfelder:

    Frühe Förderung: Krippen, Kitas und Familienzentren arbeiten enger
    zusammen.
    Arbeit und Beruf: Anerkennung von Abschlüssen, Praktika im Handwerk.
    Nachbarschaft: Feste, Treffpunkte und Vereinsarbeit in den Ortsteilen.

or inline, in one paragraph: "Die Bestandsaufnahme führt zu drei Handlungsfeldern. Frühe
Förderung: Krippen und Kitas. Arbeit und Beruf: Anerkennung von Abschlüssen. Nachbarschaft: Feste
und Treffpunkte."

The lead is a sentence with the plural field noun: a lead-in ending in a colon
(``lists.introduces``) or a sentence that counts the fields ("… führt zu drei Handlungsfeldern.").
The sentences right after it each open with a name and a colon, a text of a few words after it; a
sentence without one that goes on in the line of the one before is more of its field's text. The
fields end at the first other sentence: one opening a line (the paragraph after them, "Quer-
schnittsaufgabe aller Felder ist …"), or a heading. A name is a few words without a finite verb,
no part of the concept's structure ("Ziel:", "Anlage:") and no note's label ("Hinweis:"); where
the lead counts the fields there must be as many as it counts, else two at least.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de.abbreviations import ABBREVIATIONS

from .lists import introduces
from .tallied import LEAD_COLON, counted_leads
from .text import Candidate, FieldText, is_sentence

_NAME_WORDS = 6  # at most this many words in a field's name before its colon
_TEXT_WORDS = 3  # at least this many words of text after the colon
# a name and its colon at the start of a sentence: no sentence mark, no line of its own
_LABELLED = re.compile(r"(?P<name>[A-ZÄÖÜ](?:[^.:;!?\n]|\n(?![ \t]*\n)){0,70}?)[ \t]*:(?=[ \t\n]+\S)")


def labelled_sentences(ft: FieldText) -> Iterator[Candidate]:
    """The fields of the sentences opened by a name and a colon after each lead."""
    for u, end, count in _leads(ft):
        found = _labelled_after(ft, u, end)
        if count is None and len(found) >= 2 or count is not None and len(found) == count:
            yield from found


def _leads(ft: FieldText) -> Iterator[tuple[int, int, int | None]]:
    """(unit index, end of the lead, count or None) of each sentence that leads fields in: one that
    counts them, or a lead-in ending in a colon (the sentence reader may run it on into the first
    field's sentence: "… drei Handlungsfelder:" / "Frühe Förderung: …")."""
    counted = {u: count for count, u, _ in counted_leads(ft)}
    done: set[int] = set()
    for noun in ft.nouns:
        if not ft.vocab.plural.fullmatch(noun.group(0)):
            continue
        u = ft.layout.unit_at(noun.start())
        unit = ft.layout.units[u]
        if u in done or not unit.start <= noun.start() < unit.end:
            continue
        done.add(u)
        colon = LEAD_COLON.search(ft.text, noun.end(), unit.end)
        if colon is None:
            if u in counted and ft.text[unit.start : unit.end].rstrip().endswith("."):
                yield u, unit.end, counted[u]
            continue
        lead = ft.text[unit.start : colon.start()]
        at, end = noun.start() - unit.start, noun.end() - unit.start
        if u in counted or introduces(ft, unit.start, lead, at, end, weak=False):
            yield u, colon.end(), counted.get(u)


def _labelled_after(ft: FieldText, u: int, end: int) -> list[Candidate]:
    """The names of the labelled sentences right after the lead ending at ``end`` in unit ``u``;
    none unless the first opens with one."""
    units = ft.layout.units
    rest = len(ft.text[end : units[u].end]) - len(ft.text[end : units[u].end].lstrip())
    spans = ([(end + rest, units[u].end)] if end + rest < units[u].end else []) + [
        (x.start, x.end) for x in units[u + 1 :]
    ]
    for k in range(len(spans) - 1, 0, -1):
        if ft.text[spans[k - 1][0] : spans[k - 1][1]].rstrip().endswith(":"):
            spans[k - 1 : k + 1] = [
                (spans[k - 1][0], spans[k][1])
            ]  # a name cut from its text at an export's blank line
    found: list[Candidate] = []
    for k, (a, b) in enumerate(spans):
        name = _name_at(ft, a, b)
        if name is not None:
            found.append(name)
        elif not found or _opens_line(ft, a) or _blank_between(ft, spans[k - 1][1], a):
            break
    return found


def _name_at(ft: FieldText, start: int, end: int) -> Candidate | None:
    """The field name opening the sentence ``text[start:end]`` before its colon, or None."""
    m = _LABELLED.match(ft.text, start, end)
    if m is None:
        return None
    name = clean_label(m.group("name"))
    words = name.split()
    last = words[-1].casefold() if words else ""
    if (
        not words
        or len(words) > _NAME_WORDS
        or last in ABBREVIATIONS
        or not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", last)
        or len(ft.text[m.end() : end].split()) < _TEXT_WORDS
        or is_sentence(name, ft.vocab)
        or ft.vocab.not_field.match(name)
    ):
        return None
    return Candidate(m.start("name"), m.start("name") + len(m.group("name").rstrip()), name, "list")


def _opens_line(ft: FieldText, at: int) -> bool:
    """Whether the sentence at ``at`` opens its line."""
    return not ft.text[ft.rows[ft.row_at(at)].start : at].strip()


def _blank_between(ft: FieldText, a: int, b: int) -> bool:
    return re.search(r"\n[ \t]*\n", ft.text[a:b]) is not None
