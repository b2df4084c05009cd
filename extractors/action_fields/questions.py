"""Fields named only as the subjects of the questions of an FAQ ("Fragen und Antworten"): part of the
``list`` family.

    Fragen und Antworten zur Fortschreibung des Integrationskonzepts
    ────────────────────────────────────────────────────────────────
    Warum braucht der Landkreis neue Handlungsfelder?
    Das Konzept von 2017 war auf die Aufnahme Geflüchteter ausgerichtet. …

    Was gehört zum Handlungsfeld Ankommen und Orientierung?
    Erstberatung, Willkommensmappen in acht Sprachen …

    Wer kümmert sich im Handlungsfeld Wohnen und ländlicher Raum um Mobilität?

Under a heading that names the form (``questions``: "Fragen und Antworten", "FAQ") each paragraph
opens with a question, maybe wrapped over two lines, and its answer follows. A question that puts the
singular field noun before a name ("im Handlungsfeld X?", "im Namen des Handlungsfeldes X?") names field X:
the name runs to the question mark, less an adverb in lower case at its end ("… noch?") and a phrase that
a preposition of ``question_tails`` opens ("… um Mobilität?"). A question answered "Nein."
(``denied``: "Gibt es das Handlungsfeld X noch? Nein.") names a field that is no more. The noun in the
plural or alone ("Was ist ein Handlungsfeld?") names none; two fields at least.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de import markers

from .forms import form, may_hold, plain_name
from .text import Candidate, FieldText

_LEAST = 2
_RULE = re.compile(rf"[ \t]*{markers.charset(markers.DRAWN_RULES + '_=-')}{{8,}}[ \t]*")
_HEADING = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)[A-ZÄÖÜ]")  # a numbered section heading
_QUOTES = '„“”"»«'


def _blocks(ft: FieldText) -> Iterator[tuple[int, int]]:
    """The lines of each FAQ: from its heading to a rule after a question, two blank lines or a section
    heading."""
    if not may_hold(ft, "questions"):
        return
    heading = form(ft, "questions")
    for k, line in enumerate(ft.rows):
        if not heading.match(line.text.strip()):
            continue
        end, asked = k + 1, False
        while end < len(ft.rows):
            text = ft.rows[end].text
            if (asked and _RULE.fullmatch(text)) or _HEADING.match(text) or (ft.blank(end) and ft.blank(end + 1)):
                break
            asked = asked or text.rstrip().endswith("?")
            end += 1
        yield k + 1, end


def _questions(ft: FieldText, first: int, end: int) -> Iterator[tuple[int, int, int]]:
    """Each question of a block as (flat start, flat end of its question mark, index of the line after it):
    a paragraph's first line, or its first two, ending in a question mark."""
    k = first
    while k < end:
        opens = not ft.blank(k) and (k == first or ft.blank(k - 1) or _RULE.fullmatch(ft.rows[k - 1].text))
        if opens and not _RULE.fullmatch(ft.rows[k].text):
            for last in (k, k + 1):
                if last < end and ft.rows[last].text.rstrip().endswith("?"):
                    yield ft.rows[k].start, ft.rows[last].start + ft.rows[last].text.rstrip().rindex("?"), last + 1
                    k = last
                    break
        k += 1


def _name(ft: FieldText, start: int, end: int) -> tuple[int, int, str] | None:
    """Where the field's name in the question ``text[start:end]`` opens and ends, and the name."""
    nouns = [m for m in ft.nouns if start <= m.start() < end and ft.vocab.singular.fullmatch(m.group(0))]
    if len(nouns) != 1 or not ft.text[nouns[0].end() : nouns[0].end() + 1].isspace():
        return None
    words = ft.text[nouns[0].end() : end].split()
    tails = form(ft, "question_tails")
    for i, word in enumerate(words):
        if i and tails.fullmatch(word):
            words = words[:i]
            break
    while words and words[-1][:1].islower():
        words.pop()  # "… Sicherheit und Ordnung noch?"
    raw = " ".join(words).strip(_QUOTES)
    label = clean_label(raw)
    if not words or not plain_name(label, ft):
        return None
    at = pos = ft.text.find(words[0].lstrip(_QUOTES), nouns[0].end())
    for word in words:
        pos = ft.text.find(word, pos) + len(word)
    return at, pos, label


def question_subjects(ft: FieldText) -> Iterator[Candidate]:
    """The fields the questions of an FAQ name, a question answered "Nein." left out."""
    denied = form(ft, "denied")
    for first, end in _blocks(ft):
        found: list[Candidate] = []
        for start, mark, after in _questions(ft, first, end):
            named = _name(ft, start, mark)
            if named is None or (after < len(ft.rows) and denied.match(ft.rows[after].text.strip())):
                continue
            found.append(Candidate(*named, "list"))
        if len({c.label for c in found}) >= _LEAST:
            yield from found
