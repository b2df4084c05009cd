"""Role letters a legend gives without an equals sign, after its column's word and a colon: "Art: V Vorberatung,
K Kenntnisnahme, B Beschluss" (or a dash for the colon: "Art – K Kenntnisnahme, V Vorberatung"), or with one
between letter and word where no line ends the run: "A = Anhörung,
V = Vorberatung, B = Beschlussfassung Beschlussvorschlag …" in a text flattened into one line. Each letter must
be the first letter of its role's word (that is what tells such a pair from two words of a sentence), every pair of
the run must name a role, and two pairs at least make a run; a letter that is a status already ("N") stays one. The
run may wrap over lines ("V Vorberatung, B" / "Beschluss")."""

from __future__ import annotations

import re

from pipeline.lang.de import markers

from .vocab import Vocab, status

_WORD = r"[^\W\d][\w-]*"
_SEP = r"\s*[,;" + markers.MIDDLE_DOT + r"]\s*"
_BARE_RUN = re.compile(rf"{_WORD}\.?(?::|[ \t]+[–—-])[ \t]*(?P<run>[A-ZÄÖÜ]\s+{_WORD}(?:{_SEP}[A-ZÄÖÜ]\s+{_WORD})+)")
_BARE_PAIR = re.compile(rf"([A-ZÄÖÜ])\s+({_WORD})")
# a run of pairs with an equals sign, each word the role's whole word ("A = Anhörung, V = Vorberatung")
_EQUAL_RUN = re.compile(rf"(?<!\S)(?P<run>[A-ZÄÖÜ][ \t]?=[ \t]?{_WORD}(?:{_SEP}[A-ZÄÖÜ][ \t]?=[ \t]?{_WORD})+)")
_EQUAL_PAIR = re.compile(rf"([A-ZÄÖÜ])[ \t]?=[ \t]?({_WORD})")
# what every run holds, found by its colon or dash: a text without it has no run (the run's own pattern tries
# every word)
_RUN_OPENS = re.compile(r"(?::|[ \t][–—-])[ \t]*[A-ZÄÖÜ]\s")


def bare_letters(text: str, v: Vocab) -> dict[str, str]:
    """The role of each letter the paper's legends give without an equals sign ("E Entscheidung" -> "decision")."""
    letters: dict[str, str] = {}
    runs = [*(_BARE_RUN.finditer(text) if _RUN_OPENS.search(text) else ()), *_EQUAL_RUN.finditer(text)]
    for m in runs:
        pairs = [
            (p[1], p[2], status(p[2], v)) for p in (_EQUAL_PAIR if "=" in m["run"] else _BARE_PAIR).finditer(m["run"])
        ]
        if any(
            word[0] != letter or said is None or said[0] is None or said[1] is not None for letter, word, said in pairs
        ):
            continue
        letters.update((letter, said[0]) for letter, _, said in pairs if said and said[0] and status(letter, v) is None)
    return letters
