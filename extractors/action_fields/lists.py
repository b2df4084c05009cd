"""Action fields listed after a lead-in: the ``list`` family.

A lead-in is a sentence ending in a colon, or a heading, that names the fields
("Folgende Handlungsfelder wurden definiert:", "Das Konzept umfasst die Handlungsfelder:",
"4. Handlungsfelder des Integrationskonzepts", "Schwerpunkte des Integrationskonzepts:",
"Schwerpunkte (Handlungsfelder)").
The field noun must be what the list is about: "Folgende *Ziele* wurden für die
Handlungsfelder formuliert:" and "Schlüsselprojekte für die Handlungsfelder:" introduce
something else. A weak noun ("Bereiche", "Schwerpunkte") needs the concept in its sentence.

The list after it is read as it stands:
- marked items (1. / 1) / a) / A. / I. / - / • / "- A."), wrapped items joined, sub-points of
  another marker left out, a description under an item skipped, numbered items with
  paragraphs between them followed by their numbers ("1. Bildung" … "2. Arbeit"); after lines
  of running text under the last item (an export that lost the blank lines), an item numbered
  otherwise than the next starts another list;
- unmarked short lines, one field a line (bullets lost in a PDF);
- a numbered list whose first numbers pdftotext set below its last item
  (``_numbers_moved_below``);
- a run-in list on the lead-in's line ("… gebildet: Bildung, Beteiligung, Wohnen."), read by
  ``field_runin``; apart by semicolons, each item keeps its commas ("A; B, C und D; E");
- a series of lines opened by one noun and its number ("Baustein 1 – …", ``serial``).

A relative clause after the noun ("… fünf Handlungsfelder, auf die sich das Konzept
beschränkt:") leaves the fields the thing listed, unless it names goals or measures.

A marked item is one field, commas and "und" included ("Freizeit, Kultur und Sport"); a
slash splits it only where the right side repeats the left side's head ("Zugang zu Kultur
und Vereinen/ Zugang zu Kultur und Vereinen im Bereich Sport"). This module finds the lead-ins
and where their lists start; the items, marked and unmarked, are read in :mod:`.items`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import alternation, words
from pipeline.lang.de.numbers import spelt

from .acrostics import acrostic_lines
from .annexes import annex_head
from .coordinated import concept_blanked, fields_and_goals
from .diagram import diagram_boxes
from .drawn import drawn_cells
from .entries import outline_entries
from .headed import headed_after_lead, headed_paragraphs
from .items import (
    BARE_NUMBER,
    MARKER,
    continues,
    ends_list,
    item_candidates,
    marked_list,
    marker_ordinal,
    unmarked_list,
)
from .lettered import lettered_cells
from .marked import marked_cells
from .noun_items import noun_items
from .runin import run_in
from .serial import pointed_fields, serial_lines
from .text import PAGE_REF, WRAP_END, Candidate, FieldText, label_extent
from .tiles import abbreviated_cells, numbered_cells
from .underlined import underlined_headings, underlined_past_lead

_FOLGEND = re.compile(r"(?<!\bim )(?<!\bIm )\b(?:[Ff]olgend|[Nn]achstehend|[Nn]achfolgend)\w*")
# a count before the noun: "… Ziele und Maßnahmen in fünf Handlungsfeldern:" lists the five fields
_COUNTED = re.compile(
    r"\b(?:\d{1,2}|" + spelt(2, 12) + ")"
    r"(?:\s+[a-zäöüß]\w*(?:e|en))?\s*$",
    re.I,
)
# words after which a capitalised word is an attribute of the noun before ("Zugang zu Kultur")
_ATTRIBUTE = words("linking_articles", "indefinite_articles", "prepositions", "contractions") | {
    str(year) for year in range(2015, 2027)
}
_TOKEN = re.compile(r"[\wÄÖÜäöüß][\w\-ÄÖÜäöüß./]*|[()]")


def _only_attributes(after: str, verbs: frozenset[str]) -> bool:
    """Whether the words after the field noun in a lead-in leave it the thing listed: verbs
    and attributes ("des Integrationskonzepts", "im Überblick", "mit jeweils zwei bis vier
    Maßnahmen": a preposition's noun after counts and adverbs), but no other noun
    ("… Handlungsfeldern unterschiedliche Schwerpunkte gesetzt:")."""
    tokens = _TOKEN.findall(after)
    anchor = "noun"  # what a capitalised word would attach to
    depth = 0
    for i, tok in enumerate(tokens):
        if tok in "()":
            depth += 1 if tok == "(" else -1
            continue
        if depth > 0:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok[0].isupper():
            if anchor not in ("attribute", "name"):
                return False
            anchor = "name"
        elif tok.lower() in _ATTRIBUTE or tok.isdigit():
            anchor = "attribute"
        elif anchor == "attribute" and tok.casefold() not in verbs:
            continue  # a count or an adverb before a preposition's noun: "mit jeweils zwei bis vier"
        elif re.search(r"(?:e|en|er|es|em)$", tok) and nxt[:1].isupper() and anchor != "verb":
            continue  # an adjective: "des neuen Konzepts"
        else:
            anchor = "verb"
    return True


def introduces(ft: FieldText, origin: int, lead: str, at: int, end: int, weak: bool) -> bool:
    """Whether ``lead`` (standing at ``origin``, with the field noun at ``lead[at:end]``)
    introduces a list of fields; a weak noun needs the concept in it (``names_concept``)."""
    words = lead.split()
    if len(words) > 30:
        return False
    if weak and not ft.names_concept(origin, origin + len(lead)):
        return False
    after = lead[end:]
    relative = _RELATIVE.match(after)
    f = _FOLGEND.search(lead)
    if f and not (relative and f.start() >= end):
        # "folgende acht zentrale Handlungsfelder": the noun is what follows; "folgend" in a relative
        # clause after the noun ("…, die die folgende Übersicht zeigt:") is read with the clause
        return f.end() <= at and len(lead[f.end() : at].split()) <= 3
    counted = _COUNTED.search(lead[:at]) is not None
    if not counted and ft.vocab.blockers.search(lead):
        return False  # "Ziele und Maßnahmen in den Handlungsfeldern:", unless the fields are counted
    if relative:  # "… fünf Handlungsfelder, auf die sich das Konzept beschränkt:"
        if counted and _EVERY.search(after) and not f:
            return True  # what each of the counted fields holds: "… fünf Handlungsfelder, denen jeweils Ziele …:"
        if ft.vocab.blockers.search(after):
            return False
        shown = _FOLGEND.search(after)  # the form the fields follow in: "in der folgenden Übersicht"
        if shown:
            after = after[: shown.start()] + re.sub(r"^\s*\S+", "", after[shown.end() :])
        nouns = re.findall(r"\b[A-ZÄÖÜ][\wäöüß-]*", after)  # a clause about the fields, not "…, denen Ziele …"
        return not any(ft.vocab.not_field.match(w) for w in nouns)
    each = _EACH.search(after) or _aside(ft, after)  # "…; für jedes sind Teilziele genannt": what each field holds
    after = concept_blanked(ft, origin + end, after)  # "Fünf Handlungsfelder gliedern das Konzept:"
    return _only_attributes(after[: each.start()] if each else after, ft.vocab.verbs)


# a clause after a semicolon
_SEMICOLON = re.compile(r";[^;]*$")


def _aside(ft: FieldText, after: str) -> re.Match[str] | None:
    """A clause after a semicolon without a finite verb or a noun of another list: a note on how the
    items are written ("…; in Klammern die federführende Stelle:"), which leaves the fields the thing
    listed."""
    m = _SEMICOLON.search(after)
    if m is None or ft.vocab.blockers.search(m.group(0)):
        return None
    return None if any(w.casefold() in ft.vocab.verbs for w in re.findall(r"\w+", m.group(0))) else m


# a relative clause right after the noun: "…, auf die sich …", "…, die der Kreis …"
_RELATIVE = re.compile(
    r"[ \t\n]*,[ \t\n]*(?:(?:"
    + alternation("prepositions")
    + r")[ \t\n]+)?(?:"
    + alternation("relative_pronouns")
    + r")\b"
)


# a distributive adverb: a clause with it speaks of what each of the fields holds
_EVERY = re.compile(r"\bjeweils\b")


# a clause after a semicolon that speaks of each of the fields: "; für jedes sind Teilziele vorgegeben"
_EACH = re.compile(r";[ \t]*(?:(?:" + alternation("prepositions") + r")[ \t]+)?(?:jedes|jedem|jeden|je)\b")


# words before the noun of a list heading: "Die zehn Handlungsfelder", "Zentrale Handlungsfelder",
# "Unsere drei Handlungsfelder"
_PRE_NOUN = re.compile(r"(?i)die|unsere|alle|\w+(?:e|en|er|es)|\d+|" + spelt(2, 12))
_HEADING = re.compile(
    r"[ \t"
    + markers.escaped(markers.without(markers.LINE_MARKS, ">"))
    + r"]*(?:(?:\d{1,2}\.)*\d{1,2}\.?[ \t]+|[A-Z][.)][ \t]+|"
    + markers.ROMAN
    + r"\.[ \t]+)?(?:\*\*)?"
)


# a note in brackets closing a heading's line after its noun: how the section is meant, not what it names
_ASIDE = re.compile(r"[ \t]+\([^()\n]+\)$")
# such a note an export wrapped: opened on the heading's line, its rest a short line closing it
_ASIDE_OPEN = re.compile(r"[ \t]+\([^()\n]+$")
_ASIDE_REST = re.compile(r"[ \t]*[^()\s][^()\n]{0,40}\)[ \t]*")


def wrapped_aside(ft: FieldText, row: int) -> bool:
    """Whether line ``row`` ends in a note in brackets that an export wrapped onto the next line
    ("2. Handlungsfelder (zur Information, gegenüber der Vorlage nur redaktionell" / "geändert)")."""
    nxt = row + 1
    return (
        nxt < len(ft.rows)
        and _ASIDE_REST.fullmatch(ft.rows[nxt].text) is not None
        and _ASIDE_OPEN.search(ft.rows[row].text) is not None
    )


# a line ending in a word in lower case, and one opening with one: the lines of a sentence
_LOWER_END = re.compile(r"\b[a-zäöüß]+[ \t]*$")
_LOWER_START = re.compile(r"[ \t]*[a-zäöüß]+\b")


def list_heading(ft: FieldText, row: int, noun: re.Match[str], weak: bool) -> bool:
    """'Handlungsfelder', '4. Zentrale Handlungsfelder', 'Handlungsfelder des Konzepts' on a line of
    their own, with nothing after them but an attribute."""
    line = ft.rows[row]
    if (
        row
        and not ft.blank(row - 1)
        and not re.search(r"[.:!?]\W{0,2}$", ft.rows[row - 1].text)
        and not toc_entry(ft.rows[row - 1].text)
    ):
        return False  # a line of running text, not a heading
    if (
        row
        and _LOWER_END.search(ft.rows[row - 1].text)
        and _LOWER_START.match(ft.rows[row + 1].text if row + 1 < len(ft.rows) else "")
    ):
        # a sentence an export broke around the noun: "1. Das Programm mit seinen" / "sechs Handlungsfeldern" / "und …"
        return False
    body_at = line.start + (_HEADING.match(line.text).end())  # type: ignore[union-attr]
    body = ft.text[body_at : line.end].strip(" *\t")
    aside = _ASIDE.search(body) or (_ASIDE_OPEN.search(body) if wrapped_aside(ft, row) else None)
    if aside and body_at + aside.start() >= noun.end():
        body = body[: aside.start()]  # "2. Handlungsfelder (zur Information, gegenüber der Vorlage geändert)"
    if not body or body[-1] in ".,;!?" or len(body.split()) > 7 or "\t" in body:
        return False
    if (body.split()[-1].casefold() in ft.vocab.verbs or WRAP_END.search(body)) and continues(ft, row + 1):
        return False  # a sentence wrapped after its verb or a function word: "Die Handlungsfelder sind" / "Bildung, …"
    if any(w.casefold() in ft.vocab.verbs for w in body.split()[1:-1]):
        return False  # a sentence: "Handlungsfelder sind im Einzelnen Interkulturelle" / "Öffnung …"
    before = ft.text[body_at : noun.start()].split()
    if _glossed(ft, body_at, noun):
        before = []  # "Schwerpunkte (Handlungsfelder)": the noun in brackets names what the heading's noun is
    before = _past_annex(ft, before)
    if len(before) > 2 or not all(w.isdigit() or _PRE_NOUN.fullmatch(w) for w in before):
        return False
    plural = weak or ft.vocab.plural.fullmatch(noun.group(0)) is not None
    lead = ft.text[body_at : line.end]
    named = introduces(ft, body_at, lead, noun.start() - body_at, noun.end() - body_at, weak)
    return plural and (named or fields_and_goals(ft, row, ft.text[noun.end() : line.end]))


# an annex's designation before its title: "Anlage 2 –", "Anhang B:"
_DESIGNATION = re.compile(r"(?:\d{1,2}|[A-Z]|" + markers.ROMAN + r")(?P<colon>:?)")


def _past_annex(ft: FieldText, before: list[str]) -> list[str]:
    """The words before a heading's noun past an annex's designation ("Anlage 2 – Handlungsfelder der
    Fortschreibung"): an annex titled by the fields lists them as a heading does."""
    head = annex_head(ft)
    if head is None or len(before) < 2 or not head.fullmatch(before[0]):
        return before
    m = _DESIGNATION.fullmatch(before[1])
    if m is None:
        return before
    if m.group("colon"):
        return before[2:]
    return before[3:] if len(before) > 2 and before[2] in markers.DASHES + "—" else before


# a weak noun with the field noun in brackets after it, as its gloss: "Schwerpunkte (Handlungsfelder)"
_GLOSSED = re.compile(r"(?P<weak>[A-ZÄÖÜ][a-zäöüß]+)[ \t]+\(")


def _glossed(ft: FieldText, body_at: int, noun: re.Match[str]) -> bool:
    """Whether a heading is a weak noun glossed by the field noun in brackets, nothing else on its
    line: the heading names the fields ("Schwerpunkte (Handlungsfelder)")."""
    m = _GLOSSED.fullmatch(ft.text, body_at, noun.start())
    return (
        m is not None
        and ft.vocab.weak.fullmatch(m.group("weak")) is not None
        and not ft.text[noun.end() : ft.rows[ft.row_at(noun.start())].end].strip(" \t*)")
        and ft.text.startswith(")", noun.end())
    )


# an entry of a table of contents: a section number and a few words ("1. Einleitung", "2.3 Wohnen")
_TOC_ENTRY = re.compile(r"[ \t]*(?:\d{1,2}\.)+\d{0,2}[ \t]+[A-ZÄÖÜ][^.:!?]{0,80}")


_SUBSECTION = re.compile(r"[ \t]*\d{1,2}\.\d{1,2}\.?[ \t]+[A-ZÄÖÜ]")


def toc_entry(line: str) -> bool:
    """Whether a line reads as an entry of a table of contents (the one before a heading there):
    a section number and a few words, or a title with its page reference ("2.3 Wohnen ..... 5",
    the last entry right above the first heading when an export lost the blank lines)."""
    return len(line.split()) <= 9 and (_TOC_ENTRY.fullmatch(line) is not None or PAGE_REF.search(line) is not None)


# a field noun opening its line as the label of its value ("Handlungsfelder:   Sprache | Arbeit")
_LABEL = re.compile(r"[ \t]*")
_LABEL_AFTER = re.compile(r"[ \t]*:")


def lead_ins(ft: FieldText) -> Iterator[tuple[int, int]]:
    """(offset where the list starts, row of the lead-in) for every lead-in of the document.

    The list starts after the lead-in's colon (a run-in list follows on its line) or, for a
    heading, at the end of its line. A sentence of its own that points ahead comes with the
    row of its end as ``-1 - row``: its list comes after the rest of the paragraph."""
    text = ft.text
    seen: set[int] = set()
    found = [(m, False) for m in ft.nouns] + [(m, True) for m in ft.weak]
    for noun, weak in sorted(found, key=lambda f: f[0].start()):
        if not (re.search(r"(?:e|en|n)$", noun.group(0)) if weak else ft.vocab.plural.fullmatch(noun.group(0))):
            continue  # a list is of fields: "Handlungsfeld 2: Wohnen" is a heading
        unit = ft.layout.units[ft.layout.unit_at(noun.start())]
        row = ft.row_at(noun.start())
        start = max(unit.start, _line_block_start(ft, row))
        if _LABEL.fullmatch(text, ft.rows[row].start, noun.start()) and _LABEL_AFTER.match(text, noun.end()):
            start = ft.rows[row].start  # a labelled line among others ("Ziel: …" / "Handlungsfelder: …")
        if not start <= noun.start():
            continue
        colon = re.compile(r":(?!\d)").search(text, noun.end(), min(unit.end, noun.end() + 300))
        if colon and _labels_one(ft, noun.end(), colon.start()):
            colon = None  # "3. Die Handlungsfelder" over "Erstes Handlungsfeld: Ankommen": that heading's colon
        if colon and text[colon.start() - 1 : colon.start()] not in "0123456789":
            lead = text[start : colon.start()]
            at, end = noun.start() - start, noun.end() - start
            if colon.end() not in seen and introduces(ft, start, lead, at, end, weak):
                seen.add(colon.end())
                yield colon.end(), ft.row_at(colon.start())
            elif _heading_over_short_lead(ft, row, noun, weak) and ft.rows[row].end not in seen:
                seen.add(ft.rows[row].end)  # a heading whose sentence the lines under it run on into
                yield ft.rows[row].end, row
            continue
        line_end = ft.rows[row].end
        if line_end not in seen and list_heading(ft, row, noun, weak):
            seen.add(line_end)
            yield line_end, row
            continue
        if unit.end not in seen and _points_ahead(ft, start, noun, unit.end, weak):
            seen.add(unit.end)
            yield unit.end, -1 - ft.row_at(unit.end - 1)  # a lead-in of its own: the list comes later


def _labels_one(ft: FieldText, lo: int, colon: int) -> bool:
    """Whether the colon at ``colon`` labels one field: the singular field noun stands between the
    plural one (ending at ``lo``) and it, opening a line of its own with at most an adjective or a
    number around it ("Erstes Handlungsfeld: Ankommen", "Handlungsfeld 2: Wohnen"), as where an
    export lost the blank line under a heading over such lines."""
    for m in ft.nouns:
        if not lo <= m.start() < colon or ft.vocab.plural.fullmatch(m.group(0)):
            continue
        row = ft.rows[ft.row_at(m.start())]
        if _ONE_LABEL.fullmatch(ft.text, row.start, m.start()) and _ONE_LABEL.fullmatch(ft.text, m.end(), colon):
            return True
    return False


_ONE_LABEL = re.compile(r"[ \t]*(?:[A-ZÄÖÜ][a-zäöüß]+|\d{1,2}\.?)?[ \t]*")  # "Erstes ", "2 "


# a sentence of its own that points ahead to the fields: "… gliedert sich in die folgenden sechs
# Handlungsfelder.", "Die Handlungsfelder im Überblick."
_AHEAD = re.compile(r"[.!]\W{0,2}$")
_OVERVIEW = re.compile(r"\bim\s+Überblick\b")


def _points_ahead(ft: FieldText, start: int, noun: re.Match[str], end: int, weak: bool) -> bool:
    """Whether the sentence ``text[start:end]`` holding ``noun`` leads in a list of the fields set
    apart from it: it ends in a full stop and points ahead ("folgende", "im Überblick")."""
    lead = ft.text[start:end].rstrip()
    if not _AHEAD.search(lead) or not (_FOLGEND.search(lead) or _OVERVIEW.search(lead)):
        return False
    body = lead.rstrip(".!").rstrip()
    return introduces(ft, start, body, noun.start() - start, noun.end() - start, weak)


def _list_after(ft: FieldText, row: int, reach: int = 12) -> int | None:
    """The first line of the list a sentence of its own leads in: after the rest of its
    paragraph and at most one more paragraph of running text, the first marked item or block
    of short lines; None when a heading or anything else comes first."""
    paragraphs = 0
    k = row + 1
    while k < min(len(ft.rows), row + 1 + reach):
        if ft.blank(k):
            paragraphs += 1 if not ft.blank(k - 1) else 0
            k += 1
            continue
        line = ft.rows[k].text
        if MARKER.match(line) and "\t" not in line:
            return (
                None if _names_fields(ft, ft.rows[k].start, ft.rows[k].end) else k
            )  # "3. Handlungsfelder und Teilziele": a heading
        if (ft.blank(k - 1) or k == row + 1) and unmarked_list(ft, k):
            return k
        if paragraphs > 1 or not _PROSE_LINE.search(line):
            return None
        k += 1
    return None


def _names_fields(ft: FieldText, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds the plural field noun, naming the fields together (a heading
    over them is no item of theirs)."""
    return any(start <= m.start() < end and not ft.vocab.singular.fullmatch(m.group(0)) for m in ft.nouns)


# a line of running text: a sentence goes on or ends in it
_PROSE_LINE = re.compile(r"[a-zäöüß,.;]\W{0,2}$")


def _line_block_start(ft: FieldText, row: int) -> int:
    """Start of the run of non-blank lines holding ``row`` (a lead-in does not reach over a
    blank line, a list item or a numbered heading right above its sentence)."""
    k = row
    while (
        k > 0
        and not ft.blank(k - 1)
        and not MARKER.match(ft.rows[k].text)
        and "\t" not in ft.rows[k - 1].text
        and not _numbered_heading(ft.rows[k - 1].text)
    ):
        k -= 1
    return ft.rows[k].start


# a numbered heading on a line of its own: "II. Handlungsfelder", "2.1 Ziele des Konzepts"
_NUMBERED_HEADING = re.compile(
    r"[ \t]*(?:(?:\d{1,2}\.)*\d{1,2}\.?|"
    + markers.ROMAN
    + r"\.)[ \t]+[A-ZÄÖÜ][^\s.:!?]*(?:[ \t]+[^\s.:!?]+){0,5}[ \t]*"
)


def _numbered_heading(line: str) -> bool:
    """Whether ``line`` is a short numbered heading, not the first line of a numbered sentence
    wrapped after a comma or a function word ("1. Der Rat stimmt den" / "Handlungsfeldern zu.")."""
    return _NUMBERED_HEADING.fullmatch(line) is not None and not WRAP_END.search(line.rstrip())


def fields_after_lead_ins(ft: FieldText) -> Iterator[Candidate]:
    for at, row in lead_ins(ft):
        if row < 0:  # a lead-in of its own
            first = _list_after(ft, -1 - row)
            if first is None:
                continue
            line = ft.rows[first].text
            if (tiles := marked_cells(ft, first)) is not None:
                yield from tiles
                continue
            yield from (marked_list(ft, first) if MARKER.match(line) else unmarked_list(ft, first))
            continue
        line_end = ft.rows[ft.row_at(at)].end if at < len(ft.text) else at
        if ft.text[at:line_end].strip():
            yield from separated(ft, at, _wrapped_end(ft, line_end)) or _one_of_records(ft, at) or run_in(ft, at)
            continue
        first = ft.next_filled(row + 1)
        if first is not None and wrapped_aside(ft, row):
            first = ft.next_filled(first + 1)  # the rest of the heading's note an export wrapped
        if first is not None:
            first = _past_short_lead(ft, row, first)
        if first is None:
            continue
        line = ft.rows[first].text
        if (
            (drawn := acrostic_lines(ft, first)) is not None  # "W  wie  Wohnen im Dorf" / "I  wie  Information"
            or (drawn := diagram_boxes(ft, first)) is not None
            or (drawn := drawn_cells(ft, first)) is not None
            or (drawn := abbreviated_cells(ft, first)) is not None
            or (drawn := lettered_cells(ft, first)) is not None
        ):
            # "┃ Bildung ┃ Arbeit", "│ 1 Wohnen │ 2 Sport │", "HF 1  Sprache   HF 2  Arbeit", "A  Sprache  C  Arbeit"
            yield from drawn
        elif (under := underlined_headings(ft, first)) is not None or (
            under := underlined_past_lead(ft, first)
        ) is not None:
            yield from under  # "Sprache und Schule" / "==========" / paragraph / "Arbeit" / "======"
        elif one_line := separated(ft, ft.rows[first].start, _wrapped_end(ft, ft.rows[first].end)):
            yield from one_line
        elif (tiles := numbered_cells(ft, first)) or (tiles := marked_cells(ft, first)) is not None:
            yield from tiles  # "1 Bildung<TAB>2 Arbeit", "■ Sprache   ■ Wohnen"
        elif (items := noun_items(ft, first)) is not None:
            yield from items  # "Handlungsfeld Sprache – Kurse, Lotsen;" / "Handlungsfeld Arbeit – …"
        elif series := serial_lines(ft, first):
            yield from series  # "Baustein 1 – Beratung" / "Baustein 2 – Sprache"
        elif pointed := pointed_fields(ft, first):
            yield from pointed  # "1. Sprache" / "1.1 Sprachcafés" / "2. Arbeit" / "2.1 …"
        elif MARKER.match(line) and "\t" not in line:
            yield from marked_list(ft, first)
        elif (moved := _numbers_moved_below(ft, first)) is not None:
            yield from moved
        elif (outline := outlined(ft, first)) is not None:
            yield from outline
        elif (entries := outline_entries(ft, first)) is not None:
            yield from entries  # a draft's outline quoted: "2.3.1  Sprache" / "2.3.2  Arbeit"
        elif _SUBSECTION.match(line):
            continue  # numbered sub-headings ("2.1 Arbeit, Wirtschaft"), read by ``field_headings``
        elif headed := headed_paragraphs(ft, first) or headed_after_lead(ft, first):
            yield from headed  # paragraphs opened by run-in headings, no marks before them
        elif "," in line and "\t" not in line and first == row + 1:
            # one field a line, commas inside ("Arbeit, Wirtschaft, Berufsausbildung" / "Wohnen"), or
            # a run-in list starting on the next line and wrapped ("Bildung, Arbeit," / "Wohnen.")
            lines = _block(ft, first)
            one_a_line = not any(t.rstrip().endswith(",") for t in lines) and not lines[-1].rstrip().endswith(".")
            yield from (one_a_line and unmarked_list(ft, first)) or run_in(ft, ft.rows[first].start)
        else:
            yield from unmarked_list(ft, first, ft.text[at - 1 : at] == ":")


# endings of a noun in its inflected forms
_NOUN_ENDING = re.compile(r"(?:e|en|er|ern|es|s|n)$")


def _past_short_lead(ft: FieldText, heading: int, first: int, most: int = 3) -> int:
    """The first line of the list under a field heading: ``first``, or the line after a paragraph
    of at most three lines there that leads the list in with the heading noun's head alone, pointed
    ahead to or counted ("3. Handlungsfelder" / "Die Fortschreibung ordnet ihre Ziele den folgenden
    sechs Feldern zu:", "… das Programm auf fünf Felder zu konzentrieren:"), or that names the fields
    with the plural noun itself ("… nennt vier Handlungsfelder. Zu jedem gehört eine Stelle, die es
    betreut:")."""
    last = next((k for k in range(first, min(len(ft.rows), first + 2 * most)) if _ends_lead(ft, k)), None)
    if last is not None and last - first >= most:
        # an export broke the paragraph's lines anew ("… Auf Anregung des" / "Beirats wird" / …): as
        # long as it holds no more than ``most`` of its longest lines
        lengths = [len(ft.rows[k].text.strip()) for k in range(first, last + 1)]
        last = last if sum(lengths) + len(lengths) <= most * max(lengths) else None
    nouns = [m.group(0) for m in ft.nouns if ft.row_at(m.start()) == heading]
    if last is None or any(_parts(ft, k) for k in range(first, last)) or not nouns:
        return first
    lead = ft.text[ft.rows[first].start : ft.rows[last].end]
    after = ft.next_filled(last + 1)
    if _names_fields(ft, ft.rows[first].start, ft.rows[last].end):
        return first if after is None else after  # "… nennt vier Handlungsfelder. Zu jedem …:"
    ahead = _FOLGEND.search(lead) or _COUNT.search(lead)
    if ahead is None:
        return first
    stem = _NOUN_ENDING.sub("", nouns[0]).casefold()
    bases = [_NOUN_ENDING.sub("", w).casefold() for w in re.findall(r"\w+", lead[ahead.end() :])[:3] if w[:1].isupper()]
    return after if after is not None and any(len(b) >= 4 and stem.endswith(b) for b in bases) else first


# a count before the head of the heading's noun: "… auf fünf Felder zu konzentrieren:"
_COUNT = re.compile(r"\b(?:\d{1,2}|" + spelt(2, 12) + r")\b(?!\.)", re.I)


def _parts(ft: FieldText, k: int) -> bool:
    """Whether line ``k`` is a blank line that parts two paragraphs, not one an export set inside a sentence
    ("… auf fünf Felder zu" / "" / "konzentrieren:")."""
    if not ft.blank(k):
        return False
    before, after = ft.rows[k - 1].text, ft.rows[k + 1].text if k + 1 < len(ft.rows) else ""
    return ft.blank(k - 1) or not (_LOWER_END.search(before) and _LOWER_START.match(after))


def _heading_over_short_lead(ft: FieldText, row: int, noun: re.Match[str], weak: bool) -> bool:
    """Whether line ``row`` is a field heading over a paragraph that leads the list in with the
    noun's head alone (``_past_short_lead``): an export lost the blank line between them."""
    first = ft.next_filled(row + 1)
    return first is not None and list_heading(ft, row, noun, weak) and _past_short_lead(ft, row, first) != first


def _ends_lead(ft: FieldText, k: int) -> bool:
    return ft.rows[k].text.rstrip().endswith(":")


def _numbers_moved_below(ft: FieldText, first: int, most: int = 3) -> list[Candidate] | None:
    """A numbered list whose first numbers pdftotext set below it ("Zugang zu Sprache und
    Bildung" / "Zugang zu Kultur …" / "3. Bürgerschaftliches Engagement" / "4. …" / "1." / "2."):
    up to ``most`` unmarked lines, the list going on with the next number, and right under its
    last item the missing numbers one a line, in order. Its items, or None."""
    rows = ft.rows
    unmarked: list[int] = []
    k = first
    while k < len(rows) and not MARKER.match(rows[k].text):
        if not rows[k].text.strip() or len(unmarked) == most:
            return None
        unmarked.append(k)
        k += 1
    m = MARKER.match(rows[k].text) if k < len(rows) else None
    ordinal = marker_ordinal(m.group("enum") or "") if m else None
    if not unmarked or ordinal is None or ordinal != ("1.", len(unmarked) + 1):
        return None
    at = next((j for j in range(k + 1, min(len(rows), k + 12)) if BARE_NUMBER.fullmatch(rows[j].text)), None)
    if at is None or at + len(unmarked) > len(rows):
        return None
    bare = [BARE_NUMBER.fullmatch(rows[j].text) for j in range(at, at + len(unmarked))]
    if [int(b.group(1)) if b else 0 for b in bare] != list(range(1, len(unmarked) + 1)):
        return None
    marked = [c for c in marked_list(ft, k) if c.start < rows[at].start]
    if not marked:
        return None
    items = [item_candidates(ft, [(rows[n].start, rows[n].end)]) for n in unmarked]  # a line may hold two
    return [c for item in items for c in item] + marked if all(items) else None


# an outline's lines: a bare capital letter before a gap ("A   Bildung"), or its points under it,
# the letter, a dot and a number ("A.1  Sprachkurse"); an export closes the gap to one space
# ("A Bildung" over "A.1 Sprachkurse"), which counts where the outline has points
_OUTLINE_TOP = re.compile(r"\f?([ \t]*)([A-Z])(?:[ \t]{2,}(?=\S)|(?P<loose>[ \t])(?=[A-ZÄÖÜ]))")
_OUTLINE_SUB = re.compile(r"\f?[ \t]*([A-Z])\.\d{1,2}[ \t]+(?=\S)")


def outlined(ft: FieldText, first: int) -> list[Candidate] | None:
    """The fields of an outline lettered without marks ("A   Frühe Bildung" / "A.1  Sprach-
    kurse" / "A.2  …" / "B   Arbeit"): the lettered lines, A, B, C … in order at one indent, are
    the fields; the points numbered under each letter are its goals, not fields. None where the
    block opens with no letter; nothing unless two letters at least in order open it and every
    lettered line of it is either (lines that open with a letter and fail are no list of fields).
    An export's outline reads too: the gaps closed to single spaces (then the points must be
    there), the indents lost, a blank line between any two lines (a page break, or an export
    that sets one after each line); the outline ends at a line of another kind."""
    rows = ft.rows
    opening = _OUTLINE_TOP.match(rows[first].text)
    if opening is None or opening.group(2) != "A":
        return None
    spans: list[tuple[int, int]] = []
    indent: str | None = None
    loose = points = False
    k = first
    while k < len(rows) and (not ft.blank(k) or ft.next_filled(k) is not None):
        text = rows[k].text
        top = _OUTLINE_TOP.match(text)
        sub = _OUTLINE_SUB.match(text)
        if ft.blank(k):
            pass
        elif top and top.group(1) == (top.group(1) if indent is None or top.group("loose") else indent):
            if ord(top.group(2)) != ord("A") + len(spans):
                return []
            indent, loose = top.group(1), loose or top.group("loose") is not None
            spans.append((rows[k].start + top.end(), rows[k].end))
        elif sub:
            if ord(sub.group(1)) != ord("A") + len(spans) - 1:
                return []
            points = True
        elif top or re.match(r"\f?[ \t]*[A-Z][.)]?\d*[ \t]", text):
            return []
        else:
            break  # the outline ends: a sentence after it
        k += 1
    if len(spans) < 2 or loose and not points:
        return []
    found = item_candidates(ft, spans)
    return found if len(found) == len(spans) else []


# fields on one line apart at a bar or a middle dot: "Bildung | Arbeit | Wohnen", "Bildung · Arbeit"
_SEPARATOR = re.compile(
    r"[ \t]+[|" + markers.escaped(markers.MIDDLE_DOT + markers.BULLET) + r"](?:[ \t]+|[ \t]*\n[ \t]*)"
)


_SEPARATOR_END = re.compile(r"[ \t]+[|" + markers.escaped(markers.MIDDLE_DOT + markers.BULLET) + r"][ \t]*$")
_SEPARATOR_IN = re.compile(r"[ \t][|" + markers.escaped(markers.MIDDLE_DOT) + r"][ \t]")
# fields apart at a slash between spaces, a run of three at least: "Sprache / Bildung und Ausbildung / Wohnen"
_SLASH = re.compile(r"[ \t]+/(?:[ \t]+|[ \t]*\n[ \t]*)")
_SLASH_END = re.compile(r"[ \t]+/[ \t]*$")
_SLASH_IN = re.compile(r"[ \t]/[ \t]")
_SLASHES = 2  # slashes of a run at least
_SHORT = 2  # words of a line an export wrapped a name's middle onto at most


def _wrapped_end(ft: FieldText, end: int) -> int:
    """The end of a line of fields apart at "|", "·" or slashes wrapped over lines: a line ending in
    the separator goes on in the next one, and so does a line holding one where the next line holds
    one too (the line wrapped inside a field's name: "… · Wohnen und Mobilität im" / "ländlichen
    Raum · Gesundheit"), or where the line after a short next one does (an export wrapped the name
    twice: "… / Wohnen im" / "ländlichen" / "Raum / Gesundheit"); a line ending in a word that cannot end a name
    ("und", "im", a comma) goes on in a short next line without a separator, the last name's rest."""
    row = ft.row_at(max(0, end - 1))
    while row + 1 < len(ft.rows) and not ft.blank(row + 1):
        text, nxt = ft.rows[row].text, ft.rows[row + 1].text
        if _SEPARATOR_END.search(text) or _SLASH_END.search(text):
            row += 1
            continue
        if MARKER.match(nxt):
            break
        inside = next((p for p in (_SEPARATOR_IN, _SLASH_IN) if p.search(text)), None)
        if inside is None:
            break
        if inside.search(nxt):
            row += 1
            continue
        after = ft.rows[row + 2].text if row + 2 < len(ft.rows) and not ft.blank(row + 2) else ""
        if len(nxt.split()) > _SHORT:
            break
        if not inside.search(after) or MARKER.match(after):
            # the last name's rest: "… · Kultur, Sport und" / "Ehrenamt"
            return ft.rows[row + 1].end if WRAP_END.search(text.rstrip()) else ft.rows[row].end
        row += 2
    return ft.rows[row].end


def separated(ft: FieldText, start: int, end: int) -> list[Candidate]:
    """The fields of one line apart at "|", "·" or "•", or else at two slashes at least, each part one
    field (commas and "und" inside); nothing when the line has no such separator or a part is no name."""
    cuts = list(_SEPARATOR.finditer(ft.text, start, end))
    if not cuts:
        cuts = list(_SLASH.finditer(ft.text, start, end))
    if len(cuts) < (1 if _SEPARATOR.search(ft.text, start, end) else _SLASHES):
        return []
    bounds = [start, *[x for c in cuts for x in c.span()], end]
    spans = []
    for a, b in zip(bounds[::2], bounds[1::2]):
        while a < b and ft.text[a].isspace():  # a label's gap before the first field
            a += 1
        n = label_extent(ft.text[a:b].rstrip(" .;"))
        spans.append((a, a + len(ft.text[a : a + n].strip())))
    found = item_candidates(ft, spans)
    return found if len(found) == len(spans) else []


def _one_of_records(ft: FieldText, at: int) -> list[Candidate]:
    """The one field after a record's label ("Schwerpunkte:  Kultur, Sport und Ehrenamt", maybe wrapped after a
    word that ends no name) where the same label opens another line whose fields are apart at "|" or "·"
    (profiles alike, each a line of fields): the separator parts the fields, so commas and "und" stand inside
    the one name."""
    row = ft.row_at(at)
    label = ft.text[ft.rows[row].start : at].strip()
    others = (ft.rows[k].text.lstrip() for k in range(len(ft.rows)) if k != row)
    if not label.endswith(":") or not any(t.startswith(label) and _SEPARATOR_IN.search(t, len(label)) for t in others):
        return []
    end = ft.rows[row].end
    nxt = row + 1
    if (
        WRAP_END.search(ft.text[at:end].rstrip())
        and nxt < len(ft.rows)
        and 0 < len(ft.rows[nxt].text.split()) <= _SHORT
    ):
        end = ft.rows[nxt].end
    start = at + len(ft.text[at:end]) - len(ft.text[at:end].lstrip())
    n = label_extent(ft.text[start:end].rstrip(" .;"))
    found = item_candidates(ft, [(start, start + len(ft.text[start : start + n].rstrip()))])
    return found if len(found) == 1 else []


def _block(ft: FieldText, first: int) -> list[str]:
    """The lines from ``first`` up to a blank line or a line that ends a list."""
    out: list[str] = []
    for k in range(first, len(ft.rows)):
        if ft.blank(k) or out and ends_list(ft, ft.rows[k].text):
            break
        out.append(ft.rows[k].text)
    return out
