"""Bodies a Beratungsfolge gives by their abbreviation only ("ASA", "KT"), spelled out by the
paper's legend of abbreviations ("ASA = Ausschuss für Soziales und Arbeit", "KT   Kreistag"):
a line of its own that opens with the abbreviation, an equals sign, a colon, a dash or a blank
after it (one space where an export closed the gap), and a body's name as the rest. The name must
hold the abbreviation's letters in their order and no digit (the table's own row has its date),
and be the only one the paper gives it; else the abbreviation stays as it was written."""

from __future__ import annotations

import dataclasses
import functools
import re

from pipeline.records import Consultation

from .vocab import Vocab, body_entry, body_type, has_head, status

# an abbreviation: one word of two to six letters, two capitals at least ("KT", "ASGI", "BauA")
_ABBREVIATION = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜa-zäöü]{1,5}")
_MAX_NAME = 90
_DIGIT = re.compile(r"\d")  # a legend's name holds no date, TOP or page number


def spelled_out(rec: Consultation, text: str, v: Vocab) -> Consultation:
    """The record with its abbreviated body replaced by the legend's name; else as it is."""
    body = rec.body.strip()
    if _ABBREVIATION.fullmatch(body) is None or sum(c.isupper() for c in body) < 2:
        return rec
    name = _legend(body, text, v)
    if name is None:
        return rec
    return dataclasses.replace(rec, body=name, body_type=body_type(name, v), rule_id=body_entry(name, v))


@functools.lru_cache(maxsize=256)
def _legend(abbr: str, text: str, v: Vocab) -> str | None:
    entry = re.compile(rf"^[ \t]*{re.escape(abbr)}(?:[ \t]*[=:–—-][ \t]*|[ \t]+)(\S[^\n]*?)[ \t]*$", re.M)
    names = {m[1] for m in entry.finditer(text) if not _DIGIT.search(m[1])}  # not the row itself
    if len(names) != 1:
        return None
    name = names.pop()
    if len(name) > _MAX_NAME or not _in_order(abbr, name) or not has_head(name, v):
        return None
    return name


def _in_order(abbr: str, name: str) -> bool:
    """Whether the abbreviation's letters stand in the name in their order ("KT" in "Kreistag")."""
    rest = iter(name.casefold())
    return all(c in rest for c in abbr.casefold())


# a legend of the role column's letters: "Art: A = Anhörung, V = Vorberatung, E = Entscheidung", maybe
# after the column's word and a colon; two pairs at least, each a letter or two, an equals sign, a colon
# or a dash, and the role's words up to the next pair
_PAIR = r"([A-ZÄÖÜ]{1,2})[ \t]*[=:–-][ \t]*([^\W\d][^,;=\n]*?)"
_LETTERS = re.compile(rf"^[ \t]*(?:[^\W\d][\w .]*:[ \t]*)?{_PAIR}(?:[ \t]*[,;][ \t]*|[ \t]{{2,}}){_PAIR}.*$", re.M)
_ONE = re.compile(rf"(?:^|[,;:]|[ \t]{{2}})[ \t]*{_PAIR}[ \t]*(?=[,;]|[ \t]{{2}}|$)")


def with_role_letters(v: Vocab, text: str) -> Vocab:
    """The vocabulary with the role letters the paper's legend defines ("V = Vorberatung"), each a
    role where it stands alone in a row's cell; the vocabulary as it is where no legend defines any.
    Every pair of the legend's line must name a role, and a letter that is a status already ("N")
    stays one."""
    letters: dict[str, str] = {}
    for m in _LETTERS.finditer(text):
        pairs = [(p[1], status(p[2].strip(), v)) for p in _ONE.finditer(m[0])]
        if len(pairs) < 2 or any(said is None or said[0] is None or said[1] is not None for _, said in pairs):
            continue
        letters.update((letter, said[0]) for letter, said in pairs if said and said[0] and status(letter, v) is None)
    return _lettered(v, tuple(sorted(letters.items()))) if letters else v


@functools.lru_cache(maxsize=32)
def _lettered(v: Vocab, letters: tuple[tuple[str, str], ...]) -> Vocab:
    roles = [*v.roles, *((role, re.compile(rf"(?<!\S){re.escape(letter)}(?!\S)")) for letter, role in letters)]
    return dataclasses.replace(v, roles=roles, tokens=dataclasses.replace(v.tokens, roles=roles))
