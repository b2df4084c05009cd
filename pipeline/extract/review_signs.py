"""Signs of missed facts read from the structure of a document (the Beratungsfolge's are the
consultations family's own misses, :mod:`extractors.consultations.misses`).

Each sign is something a reader sees and the extractors left without a row:

- ``page_unread``: a page whose text is mostly not words (a font without a Unicode map gives
  "(cid:68)(cid:76)…", a broken text layer gives symbols): its facts cannot be read;

and, in a document about an integration concept (:mod:`pipeline.extract.relevance`: the facts
of the comparison are only looked for there, so other council papers raise none of these):

- ``group_without_members``: a group named by its head word ("…gruppe", "…kreis", "…runde",
  "…gremium", "…forum") that is set up, tasked or given members in its sentence, followed by
  an enumeration or a list of three or more names, and no member extracted there; or set up
  or tasked ("wird eingerichtet", "steuert den Prozess") with no group extracted at all;
- ``action_fields_without_labels``: a list or enumeration of three or more short items that
  name fields of the taxonomy ("Sprache und Bildung", "Arbeit", "Wohnen") with no action field
  extracted from it;
- ``several_submissions``: the heads at the tops of the pages name two submission numbers or
  more (a meeting's bundle in one file) and the file was not split into them
  (:mod:`pipeline.extract.bundles`).
- ``amount_without_cost``: an amount of money in a sentence with a cost word ("Kosten",
  "Honorar", "Mittel", "Förderung") that no cost row covers;
- ``total_computed``: no total stated, so that the comparison's total is the sum of one
  kind's amounts (:func:`extractors.costs.cost_total`): a number the paper does not state.

Words: ``resources/review.yaml`` (kinds ``group_head``, ``group_cue``, ``cost_word``,
``money``); the taxonomy is the action fields' own (``extractors/resources/taxonomy.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from extractors.costs import cost_total

from ..document import Document
from ..records import ActionField, Cost, Metadata, Record, SteeringGroup
from ..schema import code_name
from ..structure import View
from .bundles import plan
from .relevance import relevance
from .review_text import BULLET, Sign, clip, enumerated, first_line, words

if TYPE_CHECKING:
    from extractors.action_fields.vocab import Vocabulary
    from extractors.resources import Resources

WORDLIKE = re.compile(r"[A-Za-zÄÖÜäöüß][a-zäöüß]+(?:-[A-Za-zÄÖÜäöüß][a-zäöüß]+)*[.,;:!?)]*")
UNMAPPED = re.compile(r"\(cid:\d+\)")  # a glyph without a Unicode map, as the PDF reader writes it
PAGE_MIN_CHARS = 200  # a page shorter than this is not judged
PAGE_WORD_SHARE = 0.35  # a page whose characters are less than this share in words is unread
LIST_MIN = 3  # items of a list or enumeration that make it one
LIST_REACH = 600  # characters after a group's sentence where its list may stand
ITEM_MAX_WORDS = 8  # a field label is short
ORG_HEAD = re.compile(
    r"(?i)\b(?:Amt|Ämter|Fachbereich|Fachdienst|Referat|Dezernat|Abteilung|Stelle|Agentur|Jobcenter|Verein|e\.\s?V\.|"
    r"GmbH|Verband|Caritas|Diakonie|AWO|DRK|Universität|Hochschule|Volkshochschule|Beirat|Rat|Ausschuss|Bürgermeister\w*|"
    r"Landrat|Landkreis|Fraktion\w*|Vertreter\w*|Leitung|Leiter\w*|Herr|Frau|Polizei|Kirche\w*|Gemeinde|Stadt)\b"
)


class Item(NamedTuple):
    start: int
    end: int
    text: str


def concept_document(doc: Document, records: Sequence[Record]) -> bool:
    """Whether the document is about an integration concept (its relevance)."""
    meta = next((r for r in records if isinstance(r, Metadata)), None)
    fields = {name: f.value for name, f in meta.fields.items()} if meta is not None else {}
    return relevance(doc.text, fields).relevant


def overlaps(a: int, b: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < b and a < e for s, e in spans)


# --- pages -----------------------------------------------------------


def several_submissions(doc: Document) -> list[Sign]:
    """A file holding several submissions (a meeting's bundle) that is read whole: the heads at
    the tops of its pages name two numbers or more (:mod:`pipeline.extract.bundles`). One sign,
    at the first head with a new number, saying why the file was not split; the document's
    facts may mix the submissions (``several_submissions``)."""
    found = plan(doc)
    numbers = found.numbers
    if len(numbers) < 2:
        return []
    named = ", ".join(f"{h.number} (S. {doc.pages[h.page].number})" for h in numbers)
    why = found.why or "der Kopf eines Teils nennt nicht seine Nummer mit Betreff oder Datum"
    return [
        Sign(
            doc.span(numbers[1].start, numbers[1].end),
            f"mehrere Vorlagen in einer Datei: {named}; nicht getrennt ({why}), die Angaben können vermischt sein",
        )
    ]


def unread_pages(doc: Document, sv: View) -> list[Sign]:
    """Pages whose text is mostly not words."""
    out = []
    for p in doc.pages:
        chars = sum(map(len, p.text.split()))  # the characters that are not white space
        if chars < PAGE_MIN_CHARS:
            continue
        text = UNMAPPED.sub(" ", p.text) if "(cid:" in p.text else p.text
        in_words = sum(map(len, WORDLIKE.findall(text)))  # (WORDLIKE has no group: whole matches)
        if in_words / chars < PAGE_WORD_SHARE:
            out.append(
                Sign(
                    first_line(doc, sv, p.start, p.start + len(p.text)),
                    f"Seite {p.number}: nur {in_words / chars:.0%} ihres Texts lesen sich als Wörter; "
                    "ihre Angaben wurden nicht gelesen",
                )
            )
    return out


# --- lists --------------------------------------------------------------------------


def items_after(text: str, at: int, reach: int = LIST_REACH) -> list[Item]:
    """The items of a list starting at ``at``: the comma/"und"-separated parts of the rest of
    the line when it has some, else the bullet or short lines below it."""
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    same = text[at:end]
    if same.strip(" \t:"):
        return split_items(text, at, end)
    out: list[Item] = []
    pos = end + 1
    while pos < min(len(text), at + reach):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop]
        t = line.strip()
        if not t:
            if out:
                break
        elif BULLET.match(line) or (len(t) <= 90 and not t.endswith(".") and t[0].isupper()):
            lead = len(line) - len(line.lstrip())
            m = BULLET.match(line)
            skip = m.end() - 1 if m else lead  # the pattern ends on the item's first character
            out.append(Item(pos + skip, stop, line[skip:].strip()))
        else:
            break
        pos = stop + 1
    return out


def split_items(text: str, start: int, end: int) -> list[Item]:
    out = []
    pos = start
    for m in re.finditer(r"[,;]|\s(?:und|sowie|oder)\s|$", text[start:end]):
        piece = text[pos : start + m.start()]
        if piece.strip(" \t:.") and re.search(r"[A-ZÄÖÜ]", piece):
            lead = len(piece) - len(piece.lstrip(" \t:"))
            out.append(Item(pos + lead, start + m.start(), piece.strip(" \t:.")))
        pos = start + m.end()
    return out


# --- groups -------------------------------------------------------------------------


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def groups_unread(doc: Document, sv: View, records: Sequence[Record]) -> list[Sign]:
    """A group set up, tasked or given members, with a list of names after it and no member
    extracted from there."""
    w = words()
    members = [(m.span.start, m.span.end) for g in records if isinstance(g, SteeringGroup) for m in g.members]
    fields = [(r.span.start, r.span.end) for r in records if isinstance(r, ActionField)]
    names_found = [g.group_name for g in records if isinstance(g, SteeringGroup) and g.group_name]
    empty = [g.group_name for g in records if isinstance(g, SteeringGroup) and g.group_name and not g.members]
    out = []
    seen_end = -1
    for head in w["group_head"].finditer(doc.text):
        if head.start() < seen_end:
            continue
        lo, hi = sv.sentence_at(head.start())
        gap = _BLANK_LINE.search(doc.text, head.end(), hi)
        hi = gap.start() if gap else hi  # a list is announced in the group's paragraph, not after a blank line
        colon = doc.text.find(":", head.end(), hi + 1)
        cued = w["group_cue"].search(doc.text, lo, colon if colon >= 0 else hi)
        if not cued and not (colon >= 0 and known(head.group(0), empty)):
            continue  # a cue before the list (not the list's own words), or a colon after a group without members
        if colon >= 0:
            region_end = max(hi, colon + 1)
            names = items_after(doc.text, colon + 1)
            region_end = max([region_end, *(it.end for it in names)])
        else:
            names_n = enumerated(doc.text[lo:hi])
            names = [Item(lo, hi, "")] * names_n
            region_end = hi
        if overlaps(lo, region_end, members) or overlaps(lo, region_end, fields):
            continue  # its names were read (as members or as Handlungsfelder)
        if len(names) < LIST_MIN:
            if known(head.group(0), names_found) or not w["group_setup"].search(doc.text, lo, hi):
                continue
            seen_end = hi
            out.append(
                Sign(
                    doc.span(lo, min(hi, lo + 300)),
                    f"{head.group(0)} wird eingerichtet oder beauftragt; keine Gruppe erfasst",
                )
            )
            continue
        seen_end = region_end
        out.append(
            Sign(
                doc.span(lo, min(hi, lo + 300)),
                f"{head.group(0)}: {len(names)} Namen dazu aufgezählt, kein Mitglied erfasst",
            )
        )
    return out


def known(word: str, names: list[str]) -> bool:
    """Whether a group word names one of the groups extracted ("Steuerungsgruppe" and
    "Prozesssteuerungsgruppe", "Steuerungsgruppe „Integrationskonzept“")."""
    w = word.casefold()
    return any(w in n.casefold() or (n.split() and n.split()[0].casefold() in w) for n in names)


# --- action fields ------------------------------------------------------------------


def field_lists(doc: Document, sv: View, records: Sequence[Record]) -> list[Sign]:
    """Lists of three or more short items naming taxonomy fields, without an action field."""
    from extractors import load_resources
    from extractors.action_fields.vocab import categories

    res = load_resources()
    w = words()
    fields = [(r.span.start, r.span.end) for r in records if isinstance(r, ActionField)]
    taken = [(m.span.start, m.span.end) for g in records if isinstance(g, SteeringGroup) for m in g.members]
    out = []
    text = doc.text
    out += field_sentences(doc, sv, records, fields, taken)
    for colon in re.finditer(r":[ \t]*(?:\n|$)|:[ \t]+(?=\S)", text):
        items = items_after(text, colon.end() - (1 if text[colon.end() - 1 : colon.end()] == "\n" else 0))
        if len(items) < LIST_MIN:
            continue
        line_start = text.rfind("\n", 0, colon.start()) + 1
        if w["not_fields"].search(text, line_start, colon.start()):
            continue  # goals, measures, participants: lists of another kind
        fieldish = [
            it
            for it in items
            if it.text[:1].isupper()
            and len(it.text.split()) <= ITEM_MAX_WORDS
            and not ORG_HEAD.search(it.text)
            and categories(it.text, res) != ("other",)
        ]
        lo, hi = items[0].start, items[-1].end
        announced = w["field_noun"].search(text, line_start, colon.start())  # "folgende Wirkungsbereiche:"
        if len(fieldish) < LIST_MIN or overlaps(lo, hi, fields) or (overlaps(lo, hi, taken) and not announced):
            continue  # read as action fields, or as members where no field noun announces the list
        out.append(
            Sign(
                doc.span(line_start, colon.start() + 1),
                f"eine Liste von {len(items)} Einträgen, die Felder nennen (z. B. «{clip(fieldish[0].text, 40)}»); "
                "kein Handlungsfeld daraus erfasst",
            )
        )
    return out


def field_sentences(
    doc: Document, sv: View, records: Sequence[Record], fields: list[tuple[int, int]], taken: list[tuple[int, int]]
) -> list[Sign]:
    """Sentences that enumerate three or more fields of the taxonomy ("… sind Sprache und
    Bildung, Arbeit und Wirtschaft, Wohnen sowie Gesundheit."), without an action field; three
    suffice where a field noun of the taxonomy stands right before the first ("Schwerpunkte in
    den Bereichen Sprache, Bildung und Arbeit"). A heading ending in a colon on a line of its
    own ("Begründung:") is not part of the sentence."""
    from extractors import load_resources
    from extractors.action_fields.vocab import categories, vocabulary

    res = load_resources()
    nouns = vocabulary(res)
    w = words()
    text = doc.text
    out = []
    for k in range(len(sv.layout.units)):
        lo, hi = sv.sentence(k)
        heading = text.rfind(":\n", lo, hi)
        lo = lo if heading < 0 else heading + 2
        if ":" in text[lo:hi] or overlaps(lo, hi, fields) or overlaps(lo, hi, taken):
            continue  # lists after a colon are read by field_lists
        items = split_items(text, lo, hi)
        fieldish = [
            it
            for it in items[1:]  # the first part holds the sentence's subject and verb
            if it.text[:1].isupper()
            and len(it.text.split()) <= ITEM_MAX_WORDS
            and not ORG_HEAD.search(it.text)
            and categories(it.text, res) != ("other",)
        ]
        if not items or categories(items[0].text, res) == ("other",):
            continue
        if len(fieldish) < LIST_MIN - (1 if noun_before_field(items[0].text, nouns, res) else 0):
            continue
        if not w["field_noun"].search(items[0].text):
            continue  # an enumeration of topics or offices, not announced as fields
        out.append(
            Sign(
                doc.span(lo, min(hi, lo + 300)),
                f"ein Satz, der {len(fieldish) + 1} Felder aufzählt (z. B. «{clip(fieldish[0].text, 40)}»); "
                "kein Handlungsfeld daraus erfasst",
            )
        )
    return out


def noun_before_field(first: str, nouns: Vocabulary, res: Resources) -> bool:
    """Whether the first part of an enumeration ends in a field noun of the taxonomy and the
    first field right after it: one or two words, the last capitalised and of the taxonomy
    ("Schwerpunkte in den Bereichen Sprache", "im Handlungsfeld der Bildung"; not "Schwerpunkte
    der Stadt Hameln")."""
    from extractors.action_fields.vocab import categories

    last = None
    for m in (*nouns.noun.finditer(first), *nouns.weak.finditer(first)):
        last = m if last is None or m.end() > last.end() else last
    if last is None:
        return False
    tail = first[last.end() :].split()
    return 1 <= len(tail) <= 2 and tail[-1][:1].isupper() and categories(" ".join(tail), res) != ("other",)


# --- costs --------------------------------------------------------------------------


def amounts_unread(doc: Document, sv: View, records: Sequence[Record]) -> list[Sign]:
    """Amounts in a sentence with a cost word that no cost row covers."""
    w = words()
    costs = [(r.span.start, r.span.end) for r in records if isinstance(r, Cost)]
    out = []
    for m in w["money"].finditer(doc.text):
        if overlaps(m.start(), m.end(), costs):
            continue
        lo, hi = sv.sentence_at(m.start())
        if not w["cost_word"].search(doc.text, lo, hi):
            continue
        out.append(
            Sign(doc.span(m.start(), m.end()), f"ein Betrag «{m.group(0)}» neben einem Kostenwort; keine Kostenzeile")
        )
    return out


def total_computed(doc: Document, records: Sequence[Record]) -> list[Sign]:
    """No total stated: "Kosten gesamt" is the sum of one kind's amounts
    (:func:`extractors.costs.cost_total`), to be checked against the paper."""
    costs = [r for r in records if isinstance(r, Cost)]
    total = cost_total([(c.amount_eur, c.cost_type, c.fiscal_year) for c in costs])
    if total is None or not total.computed:
        return []
    parts = [costs[i] for i in total.parts]
    shown = ", ".join(f"«{c.raw_text}»" + (f" ({c.fiscal_year})" if c.fiscal_year else "") for c in parts[:4])
    more = " …" if len(parts) > 4 else ""
    return [
        Sign(
            parts[0].span,
            f"kein Gesamtbetrag genannt: Kosten gesamt berechnet als Summe von {len(parts)} Betrag/Beträgen "
            f"der Art „{code_name('cost_type', total.kind)}“: {shown}{more}",
        )
    ]
