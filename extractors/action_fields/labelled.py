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
(``lists.introduces``), a sentence that counts the fields ("… führt zu drei Handlungsfeldern."), or
a heading that names them, on its own line or run in ("Handlungsfelder des Plans. Frühe Förderung:
…").
The sentences right after it each open with a name and a colon, a text of a few words after it; a
sentence without one that goes on in the line of the one before is more of its field's text. The
fields end at the first other sentence: one opening a line (the paragraph after them, "Quer-
schnittsaufgabe aller Felder ist …"), or a heading. A name is a few words without a finite verb,
no part of the concept's structure ("Ziel:", "Anlage:", "Querschnittsthema:"), no note's label
("Hinweis:") and not the field noun itself with its rank ("Erstes Handlungsfeld: Ankommen …"); where
the lead counts the fields there must be as many as it counts, else two at least, and no name twice (the labels
of records' lines, "Einwohner: … davon ohne Pass: 12 %" in each of a few profiles). A name an export's
blank line cut from its text ("Gegen Diskriminierung und Rassismus:" / "" / "Beratungsstelle, …") is
joined to it again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de.abbreviations import ABBREVIATIONS

from .lists import introduces, list_heading
from .tallied import LEAD_COLON, counted_leads
from .text import Candidate, FieldText, is_sentence

_NAME_WORDS = 6  # at most this many words in a field's name before its colon
_TEXT_WORDS = 3  # at least this many words of text after the colon
# a name and its colon at the start of a sentence: no sentence mark, no line of its own
_LABELLED = re.compile(r"(?P<name>[A-ZÄÖÜ](?:[^.:;!?\n]|\n(?![ \t]*\n)){0,70}?)[ \t]*:(?=[ \t\n]+\S)")


def labelled_sentences(ft: FieldText) -> Iterator[Candidate]:
    """The fields of the sentences opened by a name and a colon after each lead."""
    for at, count in _leads(ft):
        found = _labelled_after(ft, at)
        if len({c.label.casefold() for c in found}) < len(found):
            continue  # a name again: the labels of a record's lines ("Einwohner: …" in each profile), no fields
        if count is None and len(found) >= 2 or count is not None and len(found) == count:
            yield from found


def _leads(ft: FieldText) -> Iterator[tuple[int, int | None]]:
    """(where the lead ends, count or None) of each lead of fields: a sentence that counts them, a
    lead-in ending in a colon (the sentence reader may run it on into the first field's sentence:
    "… drei Handlungsfelder:" / "Frühe Förderung: …"), or a heading that names them."""
    counted = {u: count for count, u, _ in counted_leads(ft)}
    done: set[int] = set()
    for noun in ft.strong_plurals():
        u = ft.layout.unit_at(noun.start())
        unit = ft.layout.units[u]
        if noun.start() in done or not unit.start <= noun.start() < unit.end:
            continue
        done.add(noun.start())
        count = counted.get(u)
        row = ft.row_at(noun.start())
        colon = LEAD_COLON.search(ft.text, noun.end(), unit.end)
        at, end = noun.start() - unit.start, noun.end() - unit.start
        if list_heading(ft, row, noun, weak=False):
            yield ft.rows[row].end, count  # a heading on a line of its own, run on into the next line's sentence
        elif colon is not None:
            if count is not None or introduces(
                ft, unit.start, ft.text[unit.start : colon.start()], at, end, weak=False
            ):
                yield colon.end(), count
        elif count is not None and ft.text[unit.start : unit.end].rstrip().endswith("."):
            yield unit.end, count
        elif _heading(ft, u, noun):
            yield unit.end, None


def _heading(ft: FieldText, u: int, noun: re.Match[str]) -> bool:
    """Whether unit ``u`` is a heading that names the fields, on a line of its own or run in before
    its paragraph ("Handlungsfelder", "3. Handlungsfelder des Plans.", "Die Handlungsfelder im
    Einzelnen."): a few words opening their line, a section number before them at most, none before
    the noun but an article or an adjective, no sentence."""
    unit = ft.layout.units[u]
    body = ft.text[unit.start : unit.end].rstrip().removesuffix(".")
    before = ft.text[ft.rows[ft.row_at(unit.start)].start : unit.start]
    return (
        len(body.split()) <= _NAME_WORDS
        and _SECTION_NUMBER.fullmatch(before) is not None
        and len(ft.text[unit.start : noun.start()].split()) <= 2
        and not is_sentence(body, ft.vocab)
        and introduces(ft, unit.start, body, noun.start() - unit.start, noun.end() - unit.start, weak=False)
    )


# what may stand before a heading on its line: its section number
_SECTION_NUMBER = re.compile(r"[ \t]*(?:(?:(?:\d{1,2}\.)*\d{1,2}\.?|[IVX]{1,4}\.)[ \t]+)?")


def _labelled_after(ft: FieldText, at: int) -> list[Candidate]:
    """The names of the labelled sentences right after the lead ending at ``at``; none unless the
    first opens with one."""
    units = ft.layout.units
    u = ft.layout.unit_at(at)
    spans = [(x.start, x.end) for x in units[u:]]
    if spans and spans[0][0] < at:
        rest = ft.text[at : spans[0][1]]
        start = at + len(rest) - len(rest.lstrip())
        spans = ([(start, spans[0][1])] if rest.strip() else []) + spans[1:]
    for k in range(len(spans) - 1, 0, -1):  # a name cut from its text at an export's blank line
        if ft.text[spans[k - 1][0] : spans[k - 1][1]].rstrip().endswith(":"):
            spans[k - 1 : k + 1] = [(spans[k - 1][0], spans[k][1])]
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
        or ft.vocab.singular.fullmatch(words[-1])
    ):
        return None  # "Erstes Handlungsfeld: Ankommen …": the noun and its rank head a field named after the colon
    return Candidate(m.start("name"), m.start("name") + len(m.group("name").rstrip()), name, "list")


def _opens_line(ft: FieldText, at: int) -> bool:
    """Whether the sentence at ``at`` opens its line."""
    return not ft.text[ft.rows[ft.row_at(at)].start : at].strip()


def _blank_between(ft: FieldText, a: int, b: int) -> bool:
    return re.search(r"\n[ \t]*\n", ft.text[a:b]) is not None
