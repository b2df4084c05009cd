"""The document's type printed as a sidebar turned on its side down the page's left margin, which a
text layer gives one letter a line before each line's own text ("B    STADTVERWALTUNG WORMS" /
"e    Bereich 5 …" / "s    Abteilung 5.3 …" / … / "e    Beratungsfolge"): the letters read down
spell the type ("Beschlussvorlage"); a line's rest wrapped under it in lower case, without a letter
before it, does not end the run. Blanked, the head's labels open their lines again ("Betreff").

Only a run of six lines or more that each open with one letter alone, a gap or the line's end after
it, whose letters spell a type word of ``metadata.yaml`` whole: a list lettered a, b, c or a legend
of abbreviations spells none.
"""

from __future__ import annotations

import re

from extractors.resources.typed import Metadata as MetadataFile
from pipeline.structure import HEADER_CHARS

from .identity import TypeVocabulary, type_at, type_vocabulary

MIN_LETTERS = 6
_WRAPPED = re.compile(r"[a-zäöüß]{2,}")
_LETTER = re.compile(r"(?P<letter>[A-Za-zÄÖÜäöüß])(?:[ \t]+\S.*)?[ \t]*")


def sidebar(text: str, conf: MetadataFile) -> tuple[str, list[int]] | None:
    """The type word the sidebar spells and the offsets of its letters, or None.

    >>> from extractors import load_resources
    >>> from extractors.resources import typed
    >>> conf = typed.metadata(load_resources())
    >>> rows = ["V  STADT MUSTERHUDE", "o  Sozialamt", "r", "l  Vorlage-Nr. 12/2031", "a", "g", "e  Betreff"]
    >>> sidebar("\\n".join(rows), conf)[0]
    'Vorlage'
    >>> sidebar("a  erstens\\nb  zweitens\\nc  drittens\\nd  viertens\\ne  fünftens\\nf  sechstens", conf) is None
    True
    """
    types = type_vocabulary(conf)
    at, run = 0, []
    head = text[:HEADER_CHARS]
    for line in head.split("\n"):
        if _LETTER.fullmatch(line):
            run.append(at)
        elif not (run and _WRAPPED.match(line)):  # a line's rest a narrower page wrapped under it goes on
            if (found := _spelled(types, text, run)) is not None:
                return found
            run = []
        at += len(line) + 1
    return _spelled(types, text, run)


def _spelled(types: TypeVocabulary, text: str, run: list[int]) -> tuple[str, list[int]] | None:
    if len(run) < MIN_LETTERS:
        return None
    word = "".join(text[a] for a in run)
    hit = type_at(types, word, 0, len(word))
    if hit is None or hit[0] != len(word) or not word[0].isupper():
        return None
    return hit[1], run


def blanked(text: str, letters: list[int]) -> str:
    """``text`` with the sidebar's letters set as spaces (offsets kept)."""
    chars = list(text)
    for a in letters:
        chars[a] = " "
    return "".join(chars)
