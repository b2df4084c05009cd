"""consultation role heads: a Beratungsfolge whose rows are grouped under their role, each role word
alone on a line and the rows of its bodies indented under it:

    Vorberatung
       Seniorenbeirat                           02.03.2027     öffentlich
       Ausschuss für Kultur und Sport           09.03.2027     öffentlich
    Beschlussfassung
       Gemeinderat                              23.03.2027     öffentlich

A record read without a role from an indented row takes the role of the nearest line above that
stands further left and holds a role word alone; the lines between it and the row are all indented
at least as far as the row's line (the group's other rows and their wrapped names). Where a text
layer set the rows at the margin too, the role lines group them only where the first of them stands right
under the heading alone, where no row's cell can spill onto it; a role line under a row may be that row's
cell (its role, its result). A blank line between a role line and a row gives no role.

Rows grouped so under their status ("öffentlich" or "in öffentlicher Sitzung" over its rows,
"nichtöffentlich" over the others, the rows maybe with dot leaders to their dates) take the status of the
nearest status line above (:func:`with_status_heads`) where the first status line stands right under the
table's header or heading (rules and blank lines between) and only rows, their names' lines and other
status lines stand between it and the row: a status line after the rows began is a group's head only where
the first group's head shows the form.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Iterator

from pipeline.records import Consultation
from pipeline.structure import View

from .headers import column_words_only, header
from .vocab import Vocab, status

GROUP_LINES = 12  # lines of one role's group above a row at most


def with_role_heads(found: Iterable[Consultation], sv: View, v: Vocab) -> Iterator[Consultation]:
    """The records, each read without a role from an indented row under a role line with that role."""
    for rec in found:
        role = None if rec.role is not None else _role_above(rec.span.start, sv, v)
        yield rec if role is None else dataclasses.replace(rec, role=role)


def _indent(text: str) -> int:
    return len(text.expandtabs()) - len(text.expandtabs().lstrip())


def _role_above(at: int, sv: View, v: Vocab) -> str | None:
    i = bisect.bisect_right(sv.starts, at) - 1
    if i < 0 or not sv.lines[i].text.strip():
        return None
    deep = _indent(sv.lines[i].text)
    if deep == 0:
        return _role_at_margin(i, sv, v)
    for line in reversed(sv.lines[max(0, i - GROUP_LINES) : i]):
        text = line.text
        if not text.strip():
            return None
        if _indent(text) >= deep:
            continue
        return _role_alone(text, v)
    return None


def _role_alone(text: str, v: Vocab, margin: bool = False) -> str | None:
    """The role of a line holding a role word alone ("Vorberatung", "Entscheidung:"), else None; with
    ``margin`` only a line at the margin (a role line indented over rows at the margin is a column's cell)."""
    if margin and _indent(text):
        return None
    said = status(text.strip().rstrip(":"), v) if len(text.split()) == 1 else None
    return said[0] if said is not None and said[1] is None else None


def _role_at_margin(i: int, sv: View, v: Vocab) -> str | None:
    """The role of the nearest role line above line ``i`` in its block of lines, where the block's
    first role line comes before its first dated line."""
    block = []
    for line in reversed(sv.lines[max(0, i - GROUP_LINES) : i]):
        if not line.text.strip():
            break
        block.append(line)
    role = next((r for line in block if (r := _role_alone(line.text, v, True)) is not None), None)
    if role is None or any(_role_alone(line.text, v) != _role_alone(line.text, v, True) for line in block):
        return None  # a role line set further right than the rows: the cell of a role column
    first = next(k for k in range(len(block) - 1, -1, -1) if _role_alone(block[k].text, v) is not None)
    if first + 1 >= len(block) or v.title.fullmatch(block[first + 1].text.rstrip()) is None:
        return None  # no heading right above the first role line: it may be a row's cell (a result, a role)
    return role


def with_heads(found: Iterable[Consultation], sv: View, v: Vocab) -> Iterator[Consultation]:
    """The records with the role and the status of the lines their rows are grouped under."""
    return with_status_heads(with_role_heads(found, sv, v), sv, v)


def with_status_heads(found: Iterable[Consultation], sv: View, v: Vocab) -> Iterator[Consultation]:
    """The records, each read without a status from a row under a status line with that status."""
    for rec in found:
        public = None if rec.public is not None else _status_above(rec.span.start, sv, v)
        yield rec if public is None else dataclasses.replace(rec, public=public)


def _status_alone(text: str, v: Vocab) -> bool | None:
    """The status of a line holding a status word or phrase alone ("öffentlich", "Nichtöffentlich:", "in
    nichtöffentlicher Sitzung"), else None; a header's column words ("ö nö") are none."""
    words = len(text.split())
    said = status(text.strip().rstrip(":"), v) if words <= _STATUS_WORDS else None
    if said is not None and words > 1 and column_words_only(text.strip(), v):
        return None
    return said[1] if said is not None and said[0] is None else None


_STATUS_WORDS = 3  # the words of a group's status line ("in öffentlicher Sitzung"), at most
_RULE = re.compile(r"[ \t]*[-=_─━═]{3,}[ \t]*")  # a rule under the header


def _status_above(at: int, sv: View, v: Vocab) -> bool | None:
    """The status of the nearest status line above line of offset ``at`` whose group of rows goes up to
    the header, the first group's status line right under it; None elsewhere."""
    i = bisect.bisect_right(sv.starts, at) - 1
    if i < 0 or not sv.lines[i].text.strip() or _status_alone(sv.lines[i].text, v) is not None:
        return None
    deep = _indent(sv.lines[i].text)
    heads: list[bool] = []  # the status lines met going up, the nearest first
    first = False  # whether the last line met going up (the highest so far) is a status line
    for k in range(i - 1, max(-1, i - 3 * GROUP_LINES), -1):
        text = sv.lines[k].text
        if k in sv.furniture or not text.strip() or _RULE.fullmatch(text):
            continue
        said = _status_alone(text, v) if _indent(text) <= deep else None
        if said is not None:
            heads.append(said)
            first = True
            continue
        if header(text, v) is not None or v.title.match(text):
            return heads[0] if heads and first else None  # the first group's status line right under the header
        if len(text.split()) > _ROW_WORDS:
            return None  # a sentence: no row of the table
        first = False
    return None


_ROW_WORDS = 14  # the words of a row's line (a name, dot leaders, a date, a role), at most
