"""A role word that ends a single-spaced Beratungsfolge row's line after a comma inside the body's name
("… Ausschuss für Umwelt, Verkehr, Vorberatung" / "Klima und Energie"): the row's role, taken off the name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .vocab import Vocab, status

if TYPE_CHECKING:
    from .table_rows import Row


# a role word after a comma inside a name, at the line's end or before the name's next noun
_ROLE_AFTER_COMMA = re.compile(r",[ \t]+([A-ZÄÖÜ][\wäöüß]+)(?:[ \t]*$|[ \t]+(?=[A-ZÄÖÜ]))")


def closing_role(row: Row, v: Vocab) -> str | None:
    """The role word that ends a single-spaced row's line after a comma inside the name, where the
    header's last column is the role's and the row gives no other ("Mo, 04.03.2030 öffentlich
    Ausschuss für Umwelt, Verkehr, Vorberatung" / "Klima und Energie"), or stands so before the
    name's rest where a tool flattened the table ("… Verkehr, Vorberatung Klima und Energie Di, …"):
    the row's role, taken off the name, which goes on with a noun. A name going on with a link word
    ("Ausschuss für Bildung, Information" / "und Kultur") keeps it. The row's parts lose the word;
    None where no such word is."""
    hdr = row.hdr
    if hdr is None or row.mode != "tokens" or not hdr.kinds or hdr.kinds[-1] != "role" or not row.parts:
        return None
    if any(c.kind == "role" for c in row.cells):
        return None
    start, end, text = next((p for p in row.parts if row.line.start <= p[0] < row.line.end), (0, 0, ""))
    m = _ROLE_AFTER_COMMA.search(text)
    said = status(m[1], v) if m is not None else None
    if m is None or said is None or said[0] is None:
        return None
    k = row.parts.index((start, end, text))
    if m.end() == len(text.rstrip()):  # the line's last word: the name goes on below with a noun
        after = row.parts[k + 1 :]
        if row.line.text[end - row.line.start :].strip() or not after or not after[0][2][:1].isupper():
            return None
    rest = text[m.end() :].strip()
    kept = text[: m.start() + 1]
    row.parts[k] = (start, end, f"{kept} {rest}") if rest else (start, start + len(kept), kept)
    return said[0]
