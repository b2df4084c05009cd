"""Status marks a legend explains: a table's status cells set as symbols ("●", "○"), a line under the table
telling what each means ("● öffentlich   ○ nichtöffentlich", "● = öffentlich, ○ = nicht öffentlich"). A legend
line opens with a mark and holds two pairs or more, each a mark (one symbol: no letter, digit or punctuation)
and the status words after it (an equals sign, a colon or a dash between them or not), the pairs naming a public
and a non-public sitting and no role. A paper without such a line has no status marks: its symbols say nothing.
Letters too, where a legend line pairs each with its sitting ("Teil A = öffentliche Sitzung, Teil B =
nichtöffentliche Sitzung", the column's word maybe before each letter): a capital alone in a row's cell."""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata

from pipeline.records import Consultation

from .vocab import Vocab, status

_SYMBOL = "So"  # the Unicode category of a symbol that is no letter, digit, mark or punctuation ("●", "○", "✓")
_CANDIDATE = re.compile(r"^[ \t]*(\S)[ \t]*[=:–-]?[ \t]*[^\W\d]", re.M)  # a line opening with a mark and a word
_FILLER = " \t=:–-,;"  # what stands between a mark and its words, and between the pairs


def with_status_marks(v: Vocab, text: str) -> Vocab:
    """The vocabulary with the status marks the paper's legend explains, each a status where it stands
    alone in a row's cell; the vocabulary as it is where no legend explains any."""
    marks: dict[str, bool] = {}
    for m in _CANDIDATE.finditer(text):
        if unicodedata.category(m[1]) == _SYMBOL:
            eol = text.find("\n", m.start())
            marks.update(_legend(text[m.start() : eol if eol >= 0 else len(text)], v))
            if (one := _rest_status(text[m.start(1) : eol if eol >= 0 else len(text)], v)) is not None:
                marks[m[1]] = one  # a legend of one mark, the other sittings said to have the other status
    for line in text.splitlines():
        marks.update(_letters(line, v))
    return _marked(v, tuple(sorted(marks.items()))) if marks else v


def with_status_default(found: list[Consultation], text: str, v: Vocab) -> list[Consultation]:
    """The records, those without a status over a legend of one mark that gives the rest the other status
    ("🔒 nichtöffentliche Sitzung – alle übrigen Sitzungen sind öffentlich") taking that status."""
    for m in _CANDIDATE.finditer(text):
        if unicodedata.category(m[1]) != _SYMBOL:
            continue
        eol = text.find("\n", m.start())
        said = _rest_status(text[m.start(1) : eol if eol >= 0 else len(text)], v)
        if said is None:
            continue
        rest = not said
        above = text.rfind("\n\n\n", 0, m.start())  # the legend's table: up to the blank lines before it
        found = [
            dataclasses.replace(r, public=rest) if r.public is None and above < r.span.start < m.start() else r
            for r in found
        ]
    return found


def _rest_status(line: str, v: Vocab) -> bool | None:
    """The status of the one mark of a legend line that gives the sittings it does not mark the other: the mark,
    its status words, a dash, and a clause ending in the other status; None where the line is no such legend."""
    parts = _DASHED.split(line[1:].strip(), maxsplit=1)
    if len(parts) != 2 or any(unicodedata.category(ch) == _SYMBOL for ch in parts[1]):
        return None
    said = status(parts[0].strip(_FILLER), v)
    last = status(parts[1].split()[-1].strip(".,;"), v) if parts[1].split() else None
    if said is None or said[1] is None or last is None or last[1] is None or last[1] == said[1]:
        return None
    return said[1]


_DASHED = re.compile(r"[ \t]+[–—-][ \t]+")  # the dash before the clause about the other sittings


def _legend(line: str, v: Vocab) -> dict[str, bool]:
    """The marks a legend line explains, each with its status; none where the line is no such legend."""
    at = [(m.start(), m[0]) for m in re.finditer(r"\S", line) if unicodedata.category(m[0]) == _SYMBOL]
    if len(at) < 2:
        return {}
    found: dict[str, bool] = {}
    for (start, mark), (end, _) in zip(at, [*at[1:], (len(line), "")]):
        words = line[start + 1 : end].strip(_FILLER)
        said = status(words, v) if words else None
        if said is None or said[0] is not None or said[1] is None or found.get(mark, said[1]) != said[1]:
            return {}
        found[mark] = said[1]
    return found if set(found.values()) == {True, False} else {}


# a letter's pair: the column's word maybe, a capital, an equals sign or a colon, the sitting's words
_LETTER_PAIR = re.compile(
    r"(?:[A-ZÄÖÜ](?:[a-zäöüß]+|[A-ZÄÖÜ]+:)[ \t]+)?"  # "Teil", or a report's column name and a colon ("OEFF:")
    r"(?P<mark>[A-Z])[ \t]*[=:][ \t]*(?P<words>[^,;=()\n]+?)(?=[ \t]*(?:[,;(]|$))"
)
_PLAIN_PAIR = re.sub(r"\?P<\w+>", "", _LETTER_PAIR.pattern)
_LETTER_LINE = re.compile(rf"[ \t]*{_PLAIN_PAIR}(?:[ \t]*[,;][ \t]*{_PLAIN_PAIR})+[ \t]*(?:\([^()\n]*\))?[ \t]*")


def _letters(line: str, v: Vocab) -> dict[str, bool]:
    """The letters a legend line pairs with the sittings, each with its status; none where the line is no
    such legend or a letter is a status of its own ("N")."""
    if "=" not in line and ":" not in line or _LETTER_LINE.fullmatch(line) is None:
        return {}
    found: dict[str, bool] = {}
    body = re.sub(r"\([^()\n]*\)[ \t]*$", "", line)
    for m in _LETTER_PAIR.finditer(body):
        said = status(m["words"].strip(), v)
        own = status(m["mark"], v)  # a letter that is a status of its own: the same one ("N = nichtöffentlich")
        if said is None or said[0] is not None or said[1] is None or own is not None and own[1] != said[1]:
            return {}
        found[m["mark"]] = said[1]
    return found if sorted(found.values()) == [False, True] else {}


@functools.lru_cache(maxsize=32)
def _marked(v: Vocab, marks: tuple[tuple[str, bool], ...]) -> Vocab:
    public = [*v.public, *((value, re.compile(rf"(?<!\S){re.escape(mark)}(?!\S)")) for mark, value in marks)]
    return dataclasses.replace(v, public=public, tokens=dataclasses.replace(v.tokens, public=public))
