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

from .vocab import Vocab, body_entry, body_type, has_head

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
