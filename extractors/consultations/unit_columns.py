"""consultation unit columns: a header whose first column names the member municipalities or districts the bodies
belong to, one word set apart by a gap before the bodies' column word, as an Amt's or a Verbandsgemeinde's paper
lists the councils of its members:

    Gemeinde           Gremium                                Sitzung       Votum
    Stadt Lübz         Stadtvertretung Lübz                   03.05.2027    zugestimmt (11/0/1)

The word is one of ``unit_columns`` in ``resources/bodies.yaml`` ("Gemeinde", "Ortsteil", "Stadtbezirk"), read
so only there: a name's wrapped part "Gemeinde" alone on its line is no column word. The header is the column
words' after it, the first column one of unknown kind; read only where a date column follows."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator

from pipeline.records import Consultation

from .headers import Header, column_kind, header
from .vocab import Vocab, has_head, renamed

_NOUN_CELL = re.compile(r"[ \t]*[A-ZÄÖÜ][a-zäöüß]{2,}(?=\t|[ ]{2,})")  # one capitalised word, a gap after it
_NOUN_WORD = re.compile(r"[ \t]*[A-ZÄÖÜ][a-zäöüß]{2,}(?= [^ ])")  # ... one space after it, as a text layer sets it


def unit_header(text: str, v: Vocab) -> Header | None:
    """The header of a line opening with a unit's column word (see the module's docstring), or None."""
    m = _NOUN_CELL.match(text) or _NOUN_WORD.match(text)
    if m is None or v.units is None or not v.units.fullmatch(m.group().strip()):
        return None
    rest = text[m.end() :]
    if column_kind(rest.split()[0] if rest.split() else "", v, partial=False) != "body":
        return None
    hdr = header(" " * m.end() + rest, v)
    if hdr is None or hdr.kinds[:1] != ("body",) or "date" not in hdr.kinds:
        return None
    if hdr.mode == "tokens" and m.re is _NOUN_CELL:
        return None
    return dataclasses.replace(
        hdr,
        kinds=(None, *hdr.kinds),
        starts=(len(text) - len(text.lstrip()), *hdr.starts),
        marks=tuple((k + 1, x) for k, x in hdr.marks),
        roles=tuple((k + 1, r) for k, r in hdr.roles),
        places=tuple(k + 1 for k in hdr.places),
    )


def unit_named(found: Iterable[Consultation], hdr: Header, v: Vocab) -> Iterator[Consultation]:
    """The records of a table under a unit's column without the unit's name where a text layer closed the gap
    before the body's ("Stadt Lübz Stadtvertretung Lübz"): the name from its first word bearing a body's head word."""
    for rec in found:
        words = rec.body.split()
        k = next((k for k, w in enumerate(words) if has_head(w, v)), 0) if hdr.mode == "tokens" else 0
        yield renamed(rec, " ".join(words[k:]), v) if k else rec
