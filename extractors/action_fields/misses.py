"""action_field_misses: the Handlungsfelder the family saw and did not read.

Asked after the readers, with the fields they read (a pure function of the document, its
records and its view); raised only where no action field was read:

- ``action_fields_without_labels``: "folgende Handlungsfelder:" with a list after the colon,
  "Handlungsfelder" with an enumeration in its sentence, two lines or more naming one
  ("Handlungsfeld 1: Bildung"), or a heading of its own line over a section ("3.
  Handlungsfelder");

and, asked only of a document about an integration concept (:func:`concept_misses`, the
comparison's facts), with the same reason:

- a list of three or more short items after a colon that name fields of the taxonomy
  ("Sprache und Bildung", "Arbeit", "Wohnen") with no field read from it, unless its lead-in
  names a list of another kind (goals, measures, participants);
- a sentence that enumerates three or more fields of the taxonomy after a field noun ("…
  sind Sprache und Bildung, Arbeit und Wirtschaft, Wohnen sowie Gesundheit."); two suffice
  where a field noun of the taxonomy stands right before the first ("Schwerpunkte in den
  Bereichen Sprache, Bildung und Arbeit").

Words: the family's own ``resources/taxonomy.yaml`` (its ``misses``, the taxonomy and the field
nouns, :mod:`.vocab`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from extractors.fastre import Matcher, prefiltered
from extractors.german.lists import Item, enumerated, items_after, listed, split_items
from extractors.german.nominative import number
from extractors.misses import Miss, clip, miss_words, overlaps
from extractors.resources import Resources
from pipeline.document import Document
from pipeline.records import ActionField, Record, SteeringGroup
from pipeline.structure import View

from . import spaced
from .text import FieldText
from .vocab import Vocabulary, categories, vocabulary

LIST_MIN = 3  # items of a list or enumeration that make it one
ITEM_MAX_WORDS = 8  # a field label is short
LINE_MAX = 90  # a line naming a Handlungsfeld is short
COLON_REACH = 60  # characters after "Handlungsfelder" where the colon of its list may stand
SHOWN = 300  # characters of a sentence shown as the evidence
COUNT_REACH = 40  # characters before a field noun where its count and an adjective stand
LEAD_REACH = 120  # characters after a counted field noun where the colon ending its lead-in may stand
COUNT_MIN, COUNT_MAX = 2, 20  # a count of fields ("sechs Handlungsfelder"), not a year or a number
ORG_HEAD = re.compile(
    r"(?i)\b(?:Amt|Ämter|Fachbereich|Fachdienst|Referat|Dezernat|Abteilung|Stelle|Agentur|Jobcenter|Verein|e\.\s?V\.|"
    r"GmbH|Verband|Caritas|Diakonie|AWO|DRK|Universität|Hochschule|Volkshochschule|Beirat|Rat|Ausschuss|Bürgermeister\w*|"
    r"Landrat|Landkreis|Fraktion\w*|Vertreter\w*|Leitung|Leiter\w*|Herr|Frau|Polizei|Kirche\w*|Gemeinde|Stadt)\b"
)
_COLON = re.compile(r":[ \t]*(?:\n|$)|:[ \t]+(?=\S)")


@dataclass(frozen=True)
class Words:
    """The family's words for its misses, compiled (``taxonomy.yaml``, key ``misses``)."""

    action_fields: re.Pattern[str]  # "Handlungsfelder", announcing a list
    action_field_line: re.Pattern[str]  # a line naming one ("Handlungsfeld 2: Bildung")
    field_noun: Matcher  # a noun of any compound announcing fields ("Wirkungsbereiche"), through a prefilter
    not_fields: re.Pattern[str]  # a lead-in of a list of another kind ("Ziele", "Maßnahmen")
    heading: re.Pattern[str]  # a heading of its own line naming them ("3. Handlungsfelder")
    plural: Matcher  # the taxonomy's plural field nouns (:mod:`.vocab`), searched through a literal prefilter


def words(res: Resources) -> Words:
    """The compiled words of ``taxonomy.yaml`` for the misses (built once per resource set)."""
    return res.compiled(build_words)


def build_words(res: Resources) -> Words:
    plural = vocabulary(res).plural
    scoped = plural.pattern.startswith("(?i:") and plural.pattern.endswith(")")
    fields, line, noun, other, heading = miss_words(
        res, "taxonomy", ("action_fields", "action_field_line", "field_noun", "not_fields", "fields_heading")
    )
    # the same matches, found sooner (a field noun opens with any word characters: ``re`` tries each)
    return Words(
        fields,
        line,
        prefiltered(noun.pattern, noun.flags),
        other,
        heading,
        prefiltered(plural.pattern[4:-1], re.I) if scoped else plural,
    )


def misses(doc: Document, records: Sequence[Record], res: Resources, sv: View) -> Iterator[Miss]:
    """Handlungsfelder announced with a count that more than the fields read, or with a list
    or named line by line where none was read."""
    read = [r for r in records if isinstance(r, ActionField)]
    count = counted(doc, sv, res, read)
    if count is not None:
        yield count
    uncut = uncut_rows(doc, res, sv)
    if uncut is not None:
        yield uncut
    if read:
        return
    w = words(res)
    for m in w.action_fields.finditer(doc.text):
        if count is not None and count.span.start <= m.start() < count.span.end:
            continue  # its lead-in is the counted one
        found = announced(doc, sv, m, vocabulary(res).plural.fullmatch(m.group(0)) is not None)
        if found is not None:
            yield found
    headed = [ln for ln in sv.lines if w.action_field_line.match(ln.text) and len(ln.text.strip()) <= LINE_MAX]
    if len(headed) >= 2:
        said = f"{len(headed)} Zeilen nennen ein Handlungsfeld; keines erfasst"
        yield Miss("action_fields_without_labels", doc.span(headed[0].start, headed[0].end), said)
    section = headed_section(doc, res, w)
    if section is not None:
        yield section


def uncut_rows(doc: Document, res: Resources, sv: View) -> Miss | None:
    """The rows of a single-spaced field table whose field's name could not be cut from the
    next cell (:mod:`.spaced`): the table is read without them."""
    ft = FieldText.of(doc, res, sv)
    rows = spaced.read_once(ft)[0].doubtful
    if not rows:
        return None
    first = clip(ft.text[slice(*rows[0])])
    said = f"{len(rows)} Zeile(n) einer Tabelle der Handlungsfelder ohne erkennbares Ende des Namens: {first}"
    return Miss("action_fields_without_labels", ft.layout.flat.span(doc, *rows[0]), said)


def headed_section(doc: Document, res: Resources, w: Words) -> Miss | None:
    """The first heading of its own line naming Handlungsfelder in the plural ("3. Handlungsfelder",
    "II. Handlungsfelder", "Schwerpunkte (Handlungsfelder)"; on a two-column page the left column's,
    the other column after a gap) with text after it: a section of fields (a table, entries with
    their goals) none of which was read; asked where no field was read."""
    plural = vocabulary(res).plural
    for h in w.heading.finditer(doc.text):
        if plural.fullmatch(h.group(1)) and doc.text[h.end() : h.end() + SHOWN].strip():
            end = h.end(1) + doc.text.startswith(")", h.end(1))
            said = f"Abschnitt «{doc.text[h.start() : end].strip()}»; kein Handlungsfeld darunter erfasst"
            return Miss("action_fields_without_labels", doc.span(h.start(), h.end()), said)
    return None


def announced(doc: Document, sv: View, m: re.Match[str], plural: bool = False) -> Miss | None:
    """ "Handlungsfelder" followed by a colon and a list, or by an enumeration in its sentence;
    after a ``plural`` ("nach Handlungsfeldern gegliedert:") also three short lines or more that
    blank lines part, a table's cells as an export sets them one per line ("Handlungsfeld:"
    before a form's one value is no list)."""
    text = doc.text
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    colon = text.find(":", m.end(), min(line_end + 1, m.end() + COLON_REACH))
    same = colon >= 0 and sv.sentence_index(m.end() - 1) == sv.sentence_index(colon)
    if same and (listed(sv, colon + 1) >= 2 or (plural and listed(sv, colon + 1, cells=True) >= LIST_MIN)):
        said = "Handlungsfelder mit einer Liste angekündigt; kein Handlungsfeld erfasst"
        return Miss("action_fields_without_labels", doc.span(line_start, colon + 1), said)
    _, hi = sv.sentence_at(m.end())
    if colon < 0 and enumerated(text[m.end() : hi]) >= 3:
        said = "Handlungsfelder in einem Satz aufgezählt; kein Handlungsfeld erfasst"
        return Miss("action_fields_without_labels", doc.span(max(line_start, sv.sentence_at(m.start())[0]), hi), said)
    return None


def counted(doc: Document, sv: View, res: Resources, read: Sequence[ActionField]) -> Miss | None:
    """The first lead-in that counts more fields than were read: a number before a field noun
    of the taxonomy in the plural, one adjective between them allowed, and a colon after it in
    its sentence ("in sechs Handlungsfelder gegliedert:", "für folgende acht zentrale
    Handlungsfelder Leitziele … entwickelt:"); the fields read are those after the lead-in.

    >>> from extractors import load_resources
    >>> from pipeline.document import Document
    >>> from pipeline.structure import view
    >>> doc = Document.from_pages("x", "x.txt", "x", [("Das Konzept hat sechs Handlungsfelder:", "plain_text", None)])
    >>> read = [ActionField(span=doc.span(38, 40), label=str(k)) for k in range(6)]
    >>> counted(doc, view(doc), load_resources(), read[:5]).message
    'sechs Handlungsfelder angekündigt, 5 erfasst'
    >>> counted(doc, view(doc), load_resources(), read) is None
    True
    >>> old = "Sie lösen die bisherigen sechs Handlungsfelder ab:"
    >>> old = Document.from_pages("x", "x.txt", "x", [(old, "plain_text", None)])
    >>> counted(old, view(old), load_resources(), []) is None
    True
    """
    text = doc.text
    plural = vocabulary(res).plural
    for m in words(res).plural.finditer(text):
        end = m.end()
        while end < len(text) and text[end].isalnum():
            end += 1
        noun = text[m.start() : end]
        if (m.start() and text[m.start() - 1].isalnum()) or not plural.fullmatch(noun):
            continue  # a compound's part ("Handlungsfelderübersicht")
        before = text[max(0, m.start() - COUNT_REACH) : m.start()].split()[-3:]
        if before and before[-1][:1].islower() and not before[-1].isdigit() and number(before[-1]) is None:
            before = before[:-1]  # an adjective: "sechs zentrale Handlungsfelder"
        if len(before) > 1 and vocabulary(res).history.match(f"{before[-2]} {noun}"):
            continue  # the count of an older plan's fields ("die bisherigen neun Handlungsfelder")
        n = number(before[-1]) if before else None
        after = len({r.label for r in read if r.span.start >= end})
        if n is None or not COUNT_MIN <= n <= COUNT_MAX or after >= n:
            continue
        colon = text.find(":", end, end + LEAD_REACH)
        if colon < 0 or sv.sentence_index(end - 1) != sv.sentence_index(colon):
            continue  # a count in passing ("In jedem der sechs Themenfelder …"), not a list's lead-in
        lo, hi = sv.sentence_at(m.start())
        return Miss(
            "action_fields_without_labels",
            doc.span(max(lo, m.start() - COUNT_REACH), min(hi, end + SHOWN)),
            f"{before[-1]} {noun} angekündigt, {after} erfasst",
        )
    return None


@dataclass(frozen=True)
class Read:
    """What the readers found, as a list of fields is compared with it."""

    fields: list[tuple[int, int]]  # the spans of the action fields read
    taken: list[tuple[int, int]]  # the spans of the members read (a list read as those)

    @classmethod
    def of(cls, records: Sequence[Record]) -> Read:
        return cls(
            [(r.span.start, r.span.end) for r in records if isinstance(r, ActionField)],
            [(m.span.start, m.span.end) for g in records if isinstance(g, SteeringGroup) for m in g.members],
        )


def fieldish(items: Sequence[Item], res: Resources) -> list[Item]:
    """The items that read as fields: short, capitalised, no office, and of the taxonomy.

    >>> from extractors import load_resources
    >>> [it.text for it in fieldish([Item(0, 5, "Wohnen"), Item(6, 9, "Amt für Wohnen")], load_resources())]
    ['Wohnen']
    """
    return [
        it
        for it in items
        if it.text[:1].isupper()
        and len(it.text.split()) <= ITEM_MAX_WORDS
        and not ORG_HEAD.search(it.text)
        and categories(it.text, res) != ("other",)
    ]


def concept_misses(doc: Document, records: Sequence[Record], res: Resources, sv: View) -> Iterator[Miss]:
    """Sentences and lists after a colon naming three or more fields of the taxonomy, without an
    action field read from them: asked of a document about an integration concept."""
    read = Read.of(records)
    yield from field_sentences(doc, sv, read, res)
    w = words(res)
    text = doc.text
    for colon in _COLON.finditer(text):
        items = items_after(text, colon.end() - (1 if text[colon.end() - 1 : colon.end()] == "\n" else 0))
        if len(items) < LIST_MIN:
            continue
        line_start = text.rfind("\n", 0, colon.start()) + 1
        if w.not_fields.search(text, line_start, colon.start()):
            continue  # goals, measures, participants: lists of another kind
        named = fieldish(items, res)
        lo, hi = items[0].start, items[-1].end
        lead = w.field_noun.search(text, line_start, colon.start())  # "folgende Wirkungsbereiche:"
        if len(named) < LIST_MIN or overlaps(lo, hi, read.fields) or (overlaps(lo, hi, read.taken) and not lead):
            continue  # read as action fields, or as members where no field noun announces the list
        yield Miss(
            "action_fields_without_labels",
            doc.span(line_start, colon.start() + 1),
            f"eine Liste von {len(items)} Einträgen, die Felder nennen (z. B. «{clip(named[0].text, 40)}»); "
            "kein Handlungsfeld daraus erfasst",
        )


def field_sentences(doc: Document, sv: View, read: Read, res: Resources) -> Iterator[Miss]:
    """Sentences that enumerate fields of the taxonomy after a field noun, without an action field;
    a heading ending in a colon on a line of its own ("Begründung:"), or one naming a field, is
    not part of the sentence."""
    nouns = vocabulary(res)
    w = words(res)
    text = doc.text
    for k in range(len(sv.layout.units)):
        lo, hi = sv.sentence(k)
        heading = text.rfind(":\n", lo, hi)
        lo = lo if heading < 0 else heading + 2
        line_end = text.find("\n", lo, hi)
        if line_end >= 0 and w.action_field_line.match(text, lo, line_end):
            lo = line_end + 1  # a field's heading ("Handlungsfeld „Bildung“") the export ran into the sentence
        if ":" in text[lo:hi] or overlaps(lo, hi, read.fields) or overlaps(lo, hi, read.taken):
            continue  # lists after a colon are read by concept_misses
        if w.field_noun.search(text, lo, hi) is None:
            continue  # no field noun in the sentence, so none in its first part (the test below)
        items = split_items(text, lo, hi)
        if not items or not w.field_noun.search(items[0].text):
            continue  # an enumeration of topics or offices, not announced as fields (the cheapest test first)
        if categories(items[0].text, res) == ("other",):
            continue
        named = fieldish(items[1:], res)  # the first part holds the sentence's subject and verb
        if len(named) < LIST_MIN - (1 if noun_before_field(items[0].text, nouns, res) else 0):
            continue
        yield Miss(
            "action_fields_without_labels",
            doc.span(lo, min(hi, lo + SHOWN)),
            f"ein Satz, der {len(named) + 1} Felder aufzählt (z. B. «{clip(named[0].text, 40)}»); "
            "kein Handlungsfeld daraus erfasst",
        )


def noun_before_field(first: str, nouns: Vocabulary, res: Resources) -> bool:
    """Whether the first part of an enumeration ends in a field noun of the taxonomy and the
    first field right after it: one or two words, the last capitalised and of the taxonomy
    ("Schwerpunkte in den Bereichen Sprache", "im Handlungsfeld der Bildung"; not "Schwerpunkte
    der Stadt Hameln")."""
    last = None
    for m in (*nouns.noun.finditer(first), *nouns.weak.finditer(first)):
        last = m if last is None or m.end() > last.end() else last
    if last is None:
        return False
    tail = first[last.end() :].split()
    return 1 <= len(tail) <= 2 and tail[-1][:1].isupper() and categories(" ".join(tail), res) != ("other",)


__all__ = ["concept_misses", "misses"]
