"""Action fields named by a clause about the field noun: part of the ``prose`` family.

The field noun is the subject or the complement of a copula or a naming verb, in either word
order, with attributes between:

- the noun as subject: "Handlungsfelder des fortgeschriebenen Konzepts sind Sprache und
  Bildung, Arbeit und Wirtschaft, Wohnen, Gesundheit sowie Kultur und Sport.", "Die
  Handlungsfelder lauten Bildung, Arbeit und Wohnen.", "Handlungsfelder sind dabei …";
- "Als Handlungsfelder wurden Bildung, Arbeit und Wohnen festgelegt.", "Als Handlungsfelder
  benennt das Konzept …", "Als zentrale Handlungsfelder gelten …";
- "Zu den Handlungsfeldern des Konzepts gehören (zählen) Bildung, Arbeit und Wohnen.";
- the noun as complement: "Bildung, Arbeit und Wohnen sind die Handlungsfelder des Konzepts.",
  "Sprache, Arbeit sowie Wohnen wurden im Konzept als Handlungsfelder festgelegt.".

The enumeration is read with the rule of run-in enumerations ("und" inside fields when
"sowie" or commas join them). A weak noun ("Schwerpunkte", "Bereiche") counts only in a
sentence about the concept; the enumeration must hold names (no sentence, no "Ziele",
"Maßnahmen", no predicate noun like "Grundlage", "Gegenstand", no lead-in blocker like
"Angebote", "Arbeitsgruppen") and at least one topic of the taxonomy. Goals and measures as
subject ("Ziele sind …", "Maßnahmen in den Handlungsfeldern sind …") name no field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de.closed_class import ARTICLES, alternation
from pipeline.lang.de.numbers import spelt

from .items import continues
from .prose import noun_phrases_end, quoted_sequence
from .runin import enumeration
from .text import WRAP_END, Candidate, FieldText, is_sentence
from .vocab import is_structure

_NUMBERS = r"\d{1,2}|" + spelt(2, 12)
# words before the noun: "Die", "Als zentrale", "Zu den fünf", "Weitere"
_DETERMINERS = frozenset("die diese unsere alle beide seine ihre weitere folgende".split())
_ADJECTIVE = re.compile(rf"(?i)[a-zäöüß]\w*(?:e|en|er|es|ste|sten)|{_NUMBERS}")
_OPENER = re.compile(r"(?P<als>Als\s+)|(?P<zu>Zu\s+(?:den|diesen)\s+)")
_WORD = re.compile(r"\S+")
# attributes after the noun: "des fortgeschriebenen Konzepts", "im Integrationskonzept 2030", "(2019)"
_ATTRIBUTE = re.compile(
    r"(?:\s+(?:des|der|im|in\s+der|in\s+dem|für\s+die|für\s+den|zur|zum|vom|von\s+der|aus\s+dem|"
    r"aus\s+der|bis)\s+(?:[a-zäöüß]\w*(?:e|en|er|es)\s+){0,2}[A-ZÄÖÜ][\w\-]*(?:\s+\d{4})?"
    r"|\s+\d{4}|\s*\([^()\n]{1,40}\))"
)
_VERBS = {
    "subject": "sind|waren|lauten|lauteten|heißen",
    "als": "wurden|werden|wurde|sind|waren|gelten|galten|dienen",
    "zu": "gehören|gehörten|zählen|zählten",
}
# a naming verb after "Als Handlungsfelder" has its own subject before the fields
_NAMING = (
    "nennt|nennen|benennt|benennen|definiert|definieren|beschreibt|beschreiben|sieht|sehen|enthält|"
    "enthalten|hat|haben|hatte|hatten|identifiziert|formuliert|bestimmt|legt|legte"
)
_SUBJECT = re.compile(
    r"\s+(?:der|die|das)\s+(?:[a-zäöüß]\w*(?:e|en|er|es)\s+){0,2}[A-ZÄÖÜ][\w\-]*"
    r"(?:\s+(?:des|der)\s+(?:[a-zäöüß]\w*(?:e|en|er|es)\s+){0,2}[A-ZÄÖÜ][\w\-]*)?"
)
_ADVERBS = (
    r"dabei|hierbei|daher|somit|demnach|insbesondere|vor\s+allem|unter\s+anderem|u\.\s?a\.|im\s+Einzelnen|"
    r"nunmehr|künftig|weiterhin|zudem|außerdem|auch|nun|also|folglich|derzeit|aktuell|konkret|zunächst|hier|"
    r"zum\s+Beispiel|beispielsweise|etwa|z\.\s?B\."
)
# adverbials after the verb: "dabei", "im Konzept", "vom Integrationsbeirat" (a phrase that goes
# on with a comma or "und" is the first field, not an adverbial)
_ADVERBIAL = re.compile(
    rf"\s+(?:(?:{_ADVERBS}|(?:im\s+Jahr\s+)?\d{{4}})(?!\w)|(?:im|in\s+der|in\s+dem|vom|von\s+der|von\s+dem|durch\s+die|"
    r"durch\s+den|durch\s+das|seitens\s+der|seitens\s+des)\s+(?:[a-zäöüß]\w*(?:e|en|er|es)\s+){0,2}"
    r"[A-ZÄÖÜ][\w\-]*(?![\w\-]|\s*,|\s+(?:und|sowie|oder)\s))"
)
# the enumeration before the verb and the noun as complement: "… sind die zentralen Handlungsfelder"
_COMPLEMENT = re.compile(
    r"\s+(?:(?:sind|waren|bilden|bildeten)(?:\s+(?:als\s+)?)?|"
    r"(?:gelten|galten|wurden|werden|wurde|sind|waren|dienen)"
    rf"(?:\s+(?:(?:im|in\s+der|in\s+dem|vom|von\s+der|durch\s+die|durch\s+den)\s+[A-ZÄÖÜ][\w\-]*|\d{{4}}|{_ADVERBS}))?"
    r"\s+als\s+)"
    rf"(?:(?:{_ADVERBS})\s+)*(?:(?:die|diese|unsere|seine|ihre)\s+)?(?:(?:[a-zäöüß]\w*(?:e|en|er|es|ste|sten)|{_NUMBERS})\s+){{0,3}}$"
)
# the verb second after an adverbial, the enumeration before the noun: "Dabei sind … die zentralen
# Handlungsfelder", "Im Konzept wurden … als Handlungsfelder festgelegt"
_INVERTED = re.compile(
    rf"\s*(?:(?i:{_ADVERBS})|(?:Im|In\s+der|In\s+dem)\s+[A-ZÄÖÜ][\w\-]*)\s+"
    r"(?:sind|waren|bilden|bildeten|wurden|werden)\s+(?=[A-ZÄÖÜ„\"»])"
)
_INVERTED_TAIL = re.compile(
    rf"\s+(?:als\s+|(?:die|diese|unsere|seine|ihre)\s+)(?:(?:[a-zäöüß]\w*(?:e|en|er|es|ste|sten)"
    rf"|{_NUMBERS})\s+){{0,3}}$"
)
# a trailing "im Konzept" is where the fields stand, not part of the last one
_CONCEPT_TAIL = re.compile(r"\s+(?:im|in\s+der|in\s+dem|des|der|vom)\s+(?:[a-zäöüß]\w*(?:e|en|er|es)\s+)?(\w+)$")


def _case(ft: FieldText, noun: str) -> str:
    """``nominative`` or ``dative`` for a plural field noun ("Handlungsfelder", "Handlungsfeldern");
    ``both`` when the forms are one ("Säulen")."""
    low = noun.casefold()
    for base in ft.vocab.bases:
        b = base.casefold()
        if low.startswith(b):
            suffix = low[len(b) :]
            if b.endswith("e"):
                return "both"
            return "dative" if suffix in ("en", "ern") else "nominative"
    return "both"


def _prefix_ok(ft: FieldText, words: list[str]) -> bool:
    """Words before the noun that leave it the head: determiners, adjectives, counts."""
    if len(words) > 4 or ft.vocab.blockers.search(" ".join(words)):
        return False
    for i, w in enumerate(words):
        low = w.casefold()
        if low in _DETERMINERS:
            continue
        if low in ft.vocab.verbs or low in ft.vocab.stops or not _ADJECTIVE.fullmatch(w):
            return False
        if i and not w[:1].islower() and not w.isdigit():
            return False
    return True


def _items(ft: FieldText, start: int, limit: int) -> list[Candidate]:
    """The fields of the enumeration at ``start``, or none when it does not read as one. An
    enumeration paired by adverbs ("einerseits Sprache und Bildung, andererseits Wohnen sowie
    den Zugang zu Gesundheit") is read without them, and a part's article is no part of its field."""
    text = ft.text
    vocab = ft.vocab
    opener = ft.vocab.correlative.match(text, start, limit)
    if opener:
        start = re.compile(r"\s*").match(text, opener.end(), limit).end()  # type: ignore[union-attr]
    if start >= limit or not (text[start].isupper() or text[start] in '„"»'):
        return []
    if text[start] in '„"»':  # quoted names delimit themselves
        named = quoted_sequence(ft, start, limit)
        return named if len(named) >= 2 else []
    first = text[start:limit].split(None, 1)[0].strip('„"»,').casefold()
    if first in vocab.stops or first in vocab.verbs or first in _DETERMINERS or first in ("der", "den", "dem"):
        return []
    end = noun_phrases_end(ft, start, limit, paired=opener is not None)
    tail = _CONCEPT_TAIL.search(text, start, end)
    if tail and vocab.context.search(tail.group(1)):
        end = tail.start()
    items = [_bare(ft, c, opener is not None) for c in enumeration(ft, start, end, "prose", opener is not None)]
    if len(items) < 2 or any(
        len(c.label.split()) > 6
        or is_sentence(c.label, vocab)
        or is_structure(c.label, vocab)
        or vocab.predicates.match(c.label)
        or vocab.blockers.match(c.label)
        for c in items
    ):
        return []
    if not any(code != "other" for c in items for code in _codes(ft, c.label)):
        return []  # no topic of the taxonomy: not an enumeration of fields
    return items


# a part's opening words that are no part of its field: a pairing adverb, an article
_OPENING = re.compile(r"(?:(?P<article>" + alternation(*ARTICLES) + r")\s+(?=[A-ZÄÖÜ]))")


def _bare(ft: FieldText, cand: Candidate, paired: bool) -> Candidate:
    """A part of an enumeration without the pairing adverb that opens it (in a ``paired``
    enumeration) and without its article: "andererseits den Zugang zu Gesundheit" → "Zugang zu Gesundheit"."""
    start = cand.start
    if paired and (adverb := ft.vocab.correlative.match(ft.text, start, cand.end)):
        start = re.compile(r"\s*").match(ft.text, adverb.end(), cand.end).end()  # type: ignore[union-attr]
    if article := _OPENING.match(ft.text, start, cand.end):
        start = article.end()
    return cand if start == cand.start else cand._replace(start=start, label=clean_label(ft.text[start : cand.end]))


def _codes(ft: FieldText, label: str) -> list[str]:
    return [code for code, pattern in ft.vocab.codes if pattern.search(label)] or ["other"]


def _as_subject(ft: FieldText, noun: re.Match[str], s: int, e: int) -> list[Candidate]:
    """ "Die Handlungsfelder des Konzepts sind …", "Als Handlungsfelder wurden … festgelegt",
    "Zu den Handlungsfeldern gehören …"."""
    text = ft.text
    opener = _OPENER.match(text, s, noun.start())
    kind = "als" if opener and opener.group("als") else "zu" if opener else "subject"
    pre = text[opener.end() if opener else s : noun.start()]
    if not _prefix_ok(ft, pre.split()):
        return []
    case = _case(ft, noun.group(0))
    if case != "both" and (case == "dative") != (kind == "zu"):
        return []
    pos = noun.end()
    attributes = 0
    while attributes < 3 and (a := _ATTRIBUTE.match(text, pos, e)) is not None:
        pos, attributes = a.end(), attributes + 1
    verb = re.compile(rf"\s+(?:({_VERBS[kind]})|({_NAMING}))(?!\w)").match(text, pos, e)
    if not verb or verb.group(2) and kind != "als":
        return []
    pos = verb.end()
    if verb.group(2):
        subject = _SUBJECT.match(text, pos, e)
        if not subject:
            return []
        pos = subject.end()
    while (a := _ADVERBIAL.match(text, pos, e)) is not None:
        pos = a.end()
    gap = re.compile(r"\s*(:?)\s*").match(text, pos, e)
    if gap is None or gap.group(1):
        return []  # "Die Handlungsfelder lauten:" is a lead-in, read by ``field_lists``
    if (
        "\n" in gap.group(0)
        and text[gap.end() : gap.end() + 1] not in '„"»'
        and not continues(ft, ft.row_at(gap.end()))
    ):
        return []  # lines of a list after the verb, not a sentence going on
    return _items(ft, gap.end(), e)


def _as_complement(ft: FieldText, noun: re.Match[str], s: int) -> list[Candidate]:
    """ "Bildung, Arbeit und Wohnen sind die Handlungsfelder des Konzepts.", and with the verb
    second: "Dabei sind Bildung, Arbeit und Wohnen die zentralen Handlungsfelder."."""
    text = ft.text
    if _case(ft, noun.group(0)) == "dative":
        return []
    before = text[s : noun.start()]
    verb = _COMPLEMENT.search(before)
    inverted = _INVERTED.match(before)
    if inverted:
        tail = _INVERTED_TAIL.search(before, inverted.end())
        if not tail:
            return []
        start, limit = s + inverted.end(), s + tail.start()
    elif verb:
        start, limit = s, s + verb.start()
    else:
        return []
    items = _items(ft, start, limit)
    if not items or text[items[-1].end : limit].strip(" \t\n.,;"):
        return []  # the enumeration must reach the verb
    return items


def predicated(ft: FieldText) -> Iterator[Candidate]:
    """Fields enumerated in a clause whose subject or complement is the plural field noun."""
    for noun, weak in ft.plural_nouns():
        if ft.text[noun.end() : noun.end() + 1] in "-/":
            continue  # "handlungsfelder-übergreifende Maßnahmen"
        unit = ft.layout.units[ft.layout.unit_at(noun.start())]
        if weak and not ft.names_concept(unit.start, unit.end):
            continue
        start = _after_heading(ft, unit.start, noun.start())
        start += len(ft.text[start : noun.start()]) - len(ft.text[start : noun.start()].lstrip())  # an indent
        if _gapped(ft.text[start : unit.end]):
            continue  # a table, not a sentence
        yield from _as_subject(ft, noun, start, unit.end) or _as_complement(ft, noun, start)


_JUSTIFIED_GAPS = 4  # a justified line has at least this many gaps, all two spaces wide
_CELL_GAP = re.compile(r"\t|\|| {2,}")
_GAP = re.compile(r"(?<=\S) +(?=\S)")


def _gapped(text: str) -> bool:
    """Whether a sentence's text holds cells of a table: a tab, a bar, or a gap of two spaces or more
    between words, unless every gap of a line of several words is two spaces wide (a justified line as
    pdfminer.six sets it); an indent at a line's start is none."""
    for line in text.split("\n"):
        gaps = [len(g.group(0)) for g in _GAP.finditer(line)]
        justified = set(gaps) == {2} and len(gaps) >= _JUSTIFIED_GAPS and not re.search(r"[\t|]", line)
        if _CELL_GAP.search(line.strip()) and not justified:
            return True
    return False


_HEADING_WORDS = 6  # a heading run into the next sentence has at most this many words
_NUMBERING = re.compile(r"[ \t]*(?:(?:\d{1,2}\.)*\d{1,2}\.?[ \t]+)?")  # a heading's number before the view's sentence


def _after_heading(ft: FieldText, start: int, at: int) -> int:
    """Where the sentence holding ``at`` starts when the sentence the view gives at ``start`` opens
    with a heading on a line of its own ("Inhaltliche Ausrichtung" / "Als Handlungsfelder nennt …"):
    the line of the sentence, capitalised, after one short line that does not run on; else ``start``."""
    row = ft.row_at(at)
    line = ft.rows[row]
    if (
        line.start <= start
        or ft.row_at(start) != row - 1
        or not _NUMBERING.fullmatch(ft.text, ft.rows[row - 1].start, start)  # it starts inside the line before
        or not ft.text[line.start : at + 1].lstrip()[:1].isupper()
    ):
        return start
    heading = ft.text[start : ft.rows[row - 1].end].strip()
    if len(heading.split()) > _HEADING_WORDS or re.search(r"[.,;:!?]$", heading) or WRAP_END.search(heading):
        return start
    return line.start + len(line.text) - len(line.text.lstrip())


__all__ = ["predicated"]
