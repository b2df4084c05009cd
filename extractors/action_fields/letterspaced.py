"""Fields as letter-spaced (gesperrt) headings: part of the ``heading`` family.

Type that cannot be set bold is set letter-spaced for emphasis: a space between the letters of a word,
a wider gap between the words. Each field of a section about the fields may head its paragraph so::

    Das Konzept bündelt seine 41 Maßnahmen in fünf Handlungsfeldern:

        S p r a c h e   u n d   f r ü h e   B i l d u n g

        Sprachförderung in Kitas, Elternbegleitung in fünf Sprachen …

        S c h u l e ,   A u s b i l d u n g   u n d   B e r u f

A line made of letter-spaced words alone (single letters and marks parted by one space, the words by
two spaces or more) is such a heading; its name is its words closed up ("Schule, Ausbildung und Beruf").
The first heading is the first line after a line that names the fields in the plural (a lead-in, a
section's heading), blank lines apart, and the headings go on up to the next numbered heading, each over a
paragraph; two at least. A letter-spaced title elsewhere ("E R G Ä N Z U N G S V O R L A G E") and the
months of a calendar of meetings under a subject naming the fields give nothing. A text layer that closes
the gaps to one space each leaves the words' ends unknown where a capital follows a small letter
("SpracheundfrüheBildung"): they are found again by the words the document writes elsewhere, the whole
words of the taxonomy's synonyms and its stems with an ending ("Wohn*" spells "Wohnen", "Gesund*" "Gesundheit"),
the fewest that spell the run ("Sprache", "und", "frühe", "Bildung"); a run they do not spell gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from extractors.resources import typed

from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure

_WORD = re.compile(r"(?:\S )*\S")
_GAP = re.compile(r"[ \t]{2,}")
_NUMBERED = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+\S")
_SECTION_LINES = 80
_MOST_WORDS = 8
_LEAST = 2
_LEAST_LETTERS = 4


def closed_up(line: str) -> str | None:
    """The words of a letter-spaced line closed up, if it is one.

    >>> closed_up("  S c h u l e ,   A u s b i l d u n g   u n d   B e r u f")
    'Schule, Ausbildung und Beruf'
    >>> closed_up("Sprache und Bildung") is None
    True
    """
    words = _GAP.split(line.strip())
    if not all(_WORD.fullmatch(w) for w in words):
        return None
    closed = [w.replace(" ", "") for w in words]
    if sum(len(w) for w in closed) < _LEAST_LETTERS or not any(len(w) > 1 for w in words):
        return None
    return " ".join(closed).replace(" ,", ",")


_LETTERS = re.compile(r"[^\W\d_]+")
_LONGEST = 30  # letters of a word at most
_ENDINGS = ("e", "en", "er", "es", "n", "s", "heit", "keit", "ung")
_STEM = re.compile(r"[^\W\d_]{4,}")  # a stem of a single word, four letters at least
_RUN_TOGETHER = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")  # a word's end run into the next one's capital


def respaced(name: str, known: frozenset[str], stems: frozenset[str] = frozenset()) -> str | None:
    """``name`` with its runs of letters parted into the fewest ``known`` words (casefolded), or ``stems`` with
    an ending, if they spell it.

    >>> respaced("Schule,AusbildungundBeruf", frozenset({"schule", "ausbildung", "und", "beruf"}))
    'Schule, Ausbildung und Beruf'
    >>> respaced("WohnenundNachbarschaft", frozenset({"und", "nachbarschaft"}), frozenset({"wohn"}))
    'Wohnen und Nachbarschaft'
    """
    out: list[str] = []
    at = 0
    for run in _LETTERS.finditer(name):
        out.append(name[at : run.start()])
        parts = _parted(run.group(0), known, stems)
        if parts is None:
            return None
        out.append(" ".join(parts))
        at = run.end()
    out.append(name[at:])
    return re.sub(r"[ \t]*,[ \t]*", ", ", "".join(out)).strip()


def _parted(run: str, known: frozenset[str], stems: frozenset[str]) -> list[str] | None:
    """The fewest ``known`` words (or ``stems`` with an ending) that spell ``run``, in order; None where none do."""
    best: list[list[str] | None] = [[]] + [None] * len(run)
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - _LONGEST), end):
            head = best[start]
            if head is not None and _spelt(run[start:end].casefold(), known, stems):
                if best[end] is None or len(head) + 1 < len(best[end] or ()):
                    best[end] = [*head, run[start:end]]
    return best[-1]


def _spelt(word: str, known: frozenset[str], stems: frozenset[str]) -> bool:
    """Whether ``word`` is known, or a stem with one of the endings of a noun or an adjective."""
    if word in known:
        return True
    return any(word.endswith(e) and word[: len(word) - len(e)] in stems for e in _ENDINGS)


def _stems(ft: FieldText) -> frozenset[str]:
    """The stems of the taxonomy's synonyms that end in a wildcard ("Wohn*"), casefolded."""
    synonyms = (syn for e in typed.taxonomy(ft.res).entries for syn in e.synonyms)
    return frozenset(s[:-1].casefold() for s in synonyms if s.endswith("*") and _STEM.fullmatch(s[:-1]))


def _known(ft: FieldText) -> frozenset[str]:
    """The words the document writes, and the whole words of the taxonomy's synonyms, casefolded."""
    synonyms = (w for e in typed.taxonomy(ft.res).entries for syn in e.synonyms for w in syn.split())
    taxonomy = [w.rstrip("*") for w in synonyms if _LETTERS.fullmatch(w.rstrip("*"))]
    return frozenset(w.casefold() for w in [*_LETTERS.findall(ft.text), *taxonomy] if len(w) > 1)


def _headings(ft: FieldText, lead: int) -> Iterator[Candidate]:
    """The letter-spaced headings of the section after the lead at line ``lead``."""
    first = True
    known: frozenset[str] | None = None
    for k in range(lead + 1, min(len(ft.rows), lead + _SECTION_LINES)):
        line = ft.rows[k]
        if ft.blank(k):
            continue
        name = closed_up(line.text)
        if name is None:
            if first or _NUMBERED.match(line.text):
                return
            continue
        first = False
        if _RUN_TOGETHER.search(name):  # the gaps closed: the words found again by the document's own
            known = known or _known(ft)
            name = respaced(name, known, _stems(ft)) or ""
        a = line.start + len(line.text) - len(line.text.lstrip())
        b = line.start + len(line.text.rstrip())
        label = clean_label(name)
        if label and label[:1].isupper() and len(label.split()) <= _MOST_WORDS:
            if not is_sentence(label, ft.vocab) and not is_structure(label, ft.vocab):
                yield Candidate(a, b, label, "heading")


def letterspaced_headings(ft: FieldText) -> Iterator[Candidate]:
    """The fields named by the letter-spaced headings of a section about the fields, two at least."""
    seen: set[int] = set()
    for noun in ft.strong_plurals():
        lead = ft.row_at(noun.start())
        if lead in seen:
            continue
        seen.add(lead)
        found = list(_headings(ft, lead))
        if len(found) >= _LEAST:
            yield from found
            return
