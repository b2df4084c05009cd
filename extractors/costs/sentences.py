"""The sentence of an amount and the ones before it: where a sentence cut at a line's end or inside a
bracket starts (:func:`continued`), the sentence before it in its paragraph (:func:`previous`), with
the piece a title's period cut off (:func:`title_cut`), and the cue of the sentence an anaphor points
back to (:func:`antecedent`).
"""

from __future__ import annotations

import re

from extractors.base import collapse
from pipeline.lang.de.closed_class import CLASSES, alternation
from pipeline.lang.de.money import Money, find_money
from pipeline.structure import View

from .clauses import LEAD_IN_TYPES
from .kinds import Config, nearest

TITLE_CUT = 80  # characters of a sentence piece cut off by a title's period
BLANK = re.compile(r"\n[ \t]*\n")


# a line that ends in a function word ("Wirtschaftlichstes Angebot: Büro für" / "Beteiligung Bodensee, …, mit
# 17.500 €")
_ENDS_IN_FUNCTION_WORD = re.compile(rf"\b(?:{alternation(*CLASSES)})\s*$", re.I)
RUN_ON = 3  # lines a sentence is followed back over


def continued(sv: View, s: int) -> int:
    """Where the sentence starting at ``s`` starts when a bracket on its line or the lines before it
    run on into it: a sentence cut inside a bracket goes on after it ("Prozessbegleitung (Festpreis,
    inkl. USt.)  EUR 18.450,00"), a sentence cut at a line's end whose line ends in an article, a
    preposition or a conjunction goes on at the next line ("Los 1 (Prozessmoderation und" /
    "Dokumentation): Zuschlag an …, mit einer Angebotssumme von" / "71.281,00 EUR brutto.").

    >>> from pipeline.structure import view
    >>> from tests.helpers import document
    >>> sv = view(document("Wirtschaftlichstes Angebot: Büro für\\nBeteiligung, mit 17.500 € brutto."))
    >>> sv.text[continued(sv, sv.raw_sentence_at(sv.text.index("17.500"))[0]):][:27]
    'Wirtschaftlichstes Angebot:'
    """
    text = sv.text
    line_start = text.rfind("\n", 0, s) + 1
    if (opening := text.rfind("(", line_start, s)) >= 0 and ")" not in text[opening:s]:
        # "Prozessbegleitung (Festpreis, inkl. USt.)  18.450 €": from the bracket's sentence, on its line
        s = min(s, max(line_start, sv.raw_sentence_at(opening)[0]))
    for _ in range(RUN_ON):
        line_start = text.rfind("\n", 0, s) + 1
        if line_start == 0 or text[line_start:s].strip() or not _ends_in_function_word(text, line_start - 1):
            return s
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        if not _ENDS_IN_FUNCTION_WORD.search(text[prev_start : line_start - 1]):
            return s
        ps, pe = sv.raw_sentence_at(line_start - 2)
        if ps >= s or text[pe:line_start].strip():
            return s
        s = ps
    return s


def _ends_in_function_word(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends in a function word, the blanks after it aside: searched from the start of
    the last line holding text, as the word lies in it (a pattern's ``\\b`` sees the character before the
    search's start), not from the text's start.

    >>> _ends_in_function_word("Angebot: Büro für\\n\\n", 19), _ends_in_function_word("Büro für\\nX", 10)
    (True, False)
    """
    last = len(text[:end].rstrip())
    return _ENDS_IN_FUNCTION_WORD.search(text, text.rfind("\n", 0, last) + 1, end) is not None


def _previous_span(sv: View, s: int) -> tuple[int, int] | None:
    """Where the sentence before the one starting at ``s`` stands, in the same paragraph, or None."""
    if s <= 0:
        return None
    ps, pe = sv.raw_sentence_at(s - 1)
    return None if BLANK.search(sv.text, pe, s) or ps >= s else (ps, pe)


def previous(sv: View, s: int) -> str:
    """The sentence before the one starting at ``s``, in the same paragraph, with the piece a
    title's period cut off before it (:func:`title_cut`), or ""."""
    span = _previous_span(sv, s)
    return collapse(sv.text[title_cut(sv, *span) : span[1]]) if span else ""


def title_cut(sv: View, ps: int, pe: int) -> int:
    """Where the sentence ``text[ps:pe]`` starts when a title's period cut it in two ("… übernimmt
    Frau Dipl.-Soz." / "Katrin Albrecht (Büro für Beteiligung)."): a short piece on the same line
    after a period goes back to the start of the sentence before it; else ``ps``."""
    text = sv.text
    if (
        ps == 0
        or pe - ps > TITLE_CUT
        or "\n" in text[ps - 1 : pe]
        or not text[max(0, ps - 3) : ps].strip().endswith(".")
    ):
        return ps
    return min(ps, sv.raw_sentence_at(ps - 1)[0])


def antecedent(conf: Config, sv: View, s: int, partitive: bool = False) -> str | None:
    """The cue of the sentence an anaphor ("Hierfür …") points back to, in the same paragraph:
    the one before, or the one before that where a title's period cut it in two (:func:`title_cut`).
    A ``partitive`` anaphor ("Davon entfallen …") takes its parts out of the last amount before it: where
    that amount sums the ones before it, the words between them are the sum's ("Druck 5.700 €: zusammen
    27.400 €. Davon …" is a total's)."""
    text = sv.text
    span = _previous_span(sv, s)
    if span is None:
        return None
    ps, pe = span
    if partitive and len(sums := find_money(text, ps, pe)) > 1:
        if kind := nearest(conf.types, collapse(text[sums[-2].end : sums[-1].start]).lstrip(" :,;")):
            return kind
    if kind := nearest(conf.types, collapse(text[ps:pe])):
        return kind
    qs = title_cut(sv, ps, pe)
    return nearest(conf.types, collapse(text[qs:ps])) if qs < ps else None


def referred(conf: Config, sv: View, s: int, sentence: str) -> str | None:
    """The type an anaphor of the sentence starting at ``s`` gives its amounts: its antecedent's
    (:func:`antecedent`), none where it takes a part out of a total ("Davon entfallen 24.000 € auf …": a
    part of a total is none, the total's cue is not the part's)."""
    partitive = conf.partitive.search(sentence) is not None
    kind = antecedent(conf, sv, s, partitive)
    return None if kind == "total" and partitive else kind


# a numbered section's heading alone on its line, run into the sentence under it ("4. Kosten" / "Für das …")
SECTION = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[^\W\d][^\W\d ]*(?:[ \t]+[^\W\d][^\W\d ]*){0,3}[ \t]*\n")


_PER = re.compile(r"[ \t]*(?:je|pro)\b")  # a share per head or unit right after an amount ("0,49 € je Einwohner")
_CELL = re.compile(r"\S[ \t]{3,}$")  # a gap before an amount on its line: a row's cell, its label before it
_NEXT_LABEL = re.compile(r"\s*[A-ZÄÖÜ]")  # a noun right after an amount without a cue: the next row's label


def in_prose(text: str, money: Money) -> bool:
    """Whether an amount stands in prose: no row's cell after a gap, nor one the next row's label follows where
    an export ran a list's rows into one line ("Ausstattung 6.800,00 € Ruftaxi 3.600,00 €"), and no share per
    head."""
    start = text.rfind("\n", 0, money.start) + 1
    return not (
        _CELL.search(text, start, money.start) or _PER.match(text, money.end) or _NEXT_LABEL.match(text, money.end)
    )


def sequel(conf: Config, sv: View, e: int) -> str | None:
    """The cue of the sentence right after the one ending at ``e``, in its paragraph, where it names no
    amount of its own and its subject points back to the money before it: how that money is provided
    ("Davon entfallen 16.200 € auf 2027 und 11.200 € auf 2028. Die Mittel sind im Teilhaushalt …
    veranschlagt." is an allocation); asked for the parts of a sum without a cue of their own."""
    text = sv.text
    start = len(text) - len(text[e:].lstrip())
    if start >= len(text) or BLANK.search(text, e, start + 1):
        return None
    ns, ne = sv.raw_sentence_at(start)
    if ns < e or find_money(text, ns, ne) or not conf.sequel.match(collapse(text[ns:ne])):
        return None
    # how it is provided, where it says so ("Die Mittel sind im Haushalt … eingestellt, ebenso die Moderation.": the
    # rest is another's)
    said = collapse(text[ns:ne])
    provided = [(name, p) for name, p in conf.types if name in LEAD_IN_TYPES]
    return nearest(provided, said, negation=conf.negation) or nearest(conf.types, said, negation=conf.negation)
