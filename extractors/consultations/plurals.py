"""consultation plural heads: bodies of one kind listed under their head word in the plural.

A Beratungsfolge may name several bodies of one kind on one line of their head word in the plural,
each body an item under it by its own name only, its meeting's cells beside it:

    Ortschaftsräte (Anhörung nach § 70 Abs. 1 GemO):
       – Bohlingen                     24.03.2027   Anhörung   ö
       – Überlingen am Ried            25.03.2027   Anhörung   ö

Each item is the ellipsis of a name whose head is the heading's word in the singular: the body is
"Ortschaftsrat Bohlingen". The heading is one word, a body's head word in the plural ("Ortschaftsräte",
"Bezirksausschüsse", "Ortsbeiräte"), a remark in brackets after it maybe, and a colon ending its line; the
items are the lines under it that open with a list's mark, up to the first line that does not (blank lines
between them stepped over, as an export setting every line apart has them).
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.lang.de import markers
from pipeline.records import Consultation

from .dotted_runs import dotted_run, margin_at
from .vocab import Vocab, has_head, headed, renamed

_UMLAUTS = str.maketrans("äöü", "aou")
# the endings of a noun's plural: the dative's "-en"/"-n" ("Ortschaftsräten", "Bezirksvertretungen") and the
# nominative's "-e" ("Ortschaftsräte", "Ausschüsse")
_PLURAL_END = re.compile(r"(?:e?n|e)$")
# a heading of one word, maybe a remark in brackets after it, ending in a colon: "Ortschaftsräte (Anhörung):"
_HEADING = re.compile(r"[ \t]*(?P<word>[A-ZÄÖÜ][a-zäöüß]+)[ \t]*(?:\([^()\n]*\))?[ \t]*:[ \t]*")
_ITEM = re.compile(r"[ \t]*" + markers.charset(markers.ITEM_MARKS) + r"[ \t]")
_ITEMS = 12  # the items under one heading, at most


def singular(plural: str, v: Vocab) -> str | None:
    """A body's head word in the plural in the singular ("Ortschaftsräten", "Ortschaftsräte" -> "Ortschaftsrat",
    "Ausschüssen" -> "Ausschuss", "Bezirksvertretungen" -> "Bezirksvertretung"), None for a word that names no
    body so ("Stadtteilen") and for a head word in the singular.

    >>> from extractors import load_resources
    >>> from .vocab import vocab
    >>> v = vocab(load_resources())
    >>> singular("Ortschaftsräte", v), singular("Bezirksausschüsse", v), singular("Stadtteile", v)
    ('Ortschaftsrat', 'Bezirksausschuss', None)
    """
    stem = _PLURAL_END.sub("", plural)
    if stem == plural or headed(plural, v):
        return None
    head, vowel = stem, max(stem.rfind(u) for u in "äöü")
    if vowel >= 0:
        head = stem[:vowel] + stem[vowel].translate(_UMLAUTS) + stem[vowel + 1 :]
    return head if headed(head, v) else None


def under_plural_head(name: str, at: int, text: str, v: Vocab) -> str:
    """The body an item's name at ``at`` names: the name after the head word in the singular where the item's
    line opens with a list's mark and stands in a run of such items under a heading of the head word in the
    plural ("Ortschaftsräte (Anhörung):" over "– Bohlingen   24.03.2027"); the name as it is elsewhere.

    >>> from extractors import load_resources
    >>> from .vocab import vocab
    >>> text = "Ortschaftsräte:\\n  – Bohlingen   24.03.2027\\n  – Überlingen am Ried   25.03.2027\\n"
    >>> under_plural_head("Überlingen am Ried", text.index("Über"), text, vocab(load_resources()))
    'Ortschaftsrat Überlingen am Ried'
    """
    start = text.rfind("\n", 0, at) + 1
    for _ in range(_ITEMS):
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)]
        if not _ITEM.match(line):
            return name
        if start == 0:
            return name
        start = text.rfind("\n", 0, start - 1) + 1
        while start > 0 and not text[start : text.find("\n", start)].strip():  # an export that sets every
            start = text.rfind("\n", 0, start - 1) + 1  # line apart: the blank lines between items stepped over
        above = text[start : text.find("\n", start)]
        heading = _HEADING.fullmatch(above)
        if heading is not None:
            head = singular(heading["word"], v)
            return f"{head} {name}" if head is not None and not headed(name, v) else name
    return name


def under_group_rows(found: list[Consultation], text: str, v: Vocab) -> list[Consultation]:
    """The rows under a group row: a dateless row whose body is a head word in the plural alone ("Ortsbeiräte   Ö
    Anhörung") over rows indented under it that give a place's name and a date only ("   Hambach   26.04.2027"). Each
    such row is the ellipsis of a body whose head is the group's word in the singular ("Ortsbeirat Hambach") and takes
    the group row's status and role where it has none; the group row, a heading of the rows, is no meeting of its own.
    Where a PDF's text layer took the indent, the rows under it are those without the status the group row gives.
    The group's word may also stand on its first row's line, beside the first place (:func:`_beside_group`), or the
    bodies and their days run on in an indented line under it (:mod:`.dotted_runs`). Where no such row follows, the
    records stay as they are."""
    out: list[Consultation] = []
    k = 0
    while k < len(found):
        rec = found[k]
        if (beside := _beside_group(found, k, text, v)) is not None:
            out += beside
            k += len(beside)
            continue
        plural = singular(rec.body.split()[0], v) if rec.meeting_date is None and rec.body.strip() else None
        if (run := dotted_run(rec, plural, text, v)) is not None:  # "Ortsrat Nord 03.05. · Ortsrat Süd 04.05."
            out += run
            k += 1
            continue
        head = singular(rec.body, v) if rec.meeting_date is None and " " not in rec.body else None
        items = []
        if head is not None:
            margin = margin_at(text, rec.span.start)
            for item in found[k + 1 :]:
                under = margin_at(text, item.span.start) > margin or (item.public is None and rec.public is not None)
                if item.meeting_date is None or has_head(item.body, v) or not under:
                    break
                items.append(item)
        if not items:
            out.append(rec)
            k += 1
            continue
        for item in items:
            body = f"{head} {item.body}"
            out.append(
                dataclasses.replace(
                    renamed(item, body, v),
                    role=item.role or rec.role,
                    public=rec.public if item.public is None else item.public,
                )
            )
        k += 1 + len(items)
    return out


_CELL = re.compile(r"\S+(?: \S+)*")  # a cell of a line set out by gaps: words one space apart
_PLACE_WORDS = 3  # a place's name under a group's word, at most


def _beside_group(found: list[Consultation], k: int, text: str, v: Vocab) -> list[Consultation] | None:
    """The records of a group's rows where its word in the plural opens the first row's line, beside the first
    place's name ("Ortsbeiräte   Zeesen   25.05.2027   Anhörung" over "             Senzig   26.05.2027   Anhörung"):
    each the body of the word in the singular and its place, the rows under it those whose name starts where the
    first place's does; None where the record at ``k`` opens no such group, or no row follows under the place."""
    rec = found[k]
    word = rec.body.split()[0] if rec.meeting_date is not None and rec.body.strip() else ""
    head = singular(word, v) if word else None
    if head is None:
        return None
    start = text.rfind("\n", 0, rec.span.start) + 1
    line = text[start : text.find("\n", start) if "\n" in text[start:] else len(text)]
    cells = list(_CELL.finditer(line))
    gapped = len(cells) >= 3 and cells[0][0] == word and rec.body in (word, f"{word} {cells[1][0]}")
    # set single-spaced, the place is the name's rest after the word, and the rows under it stand at its margin
    place = cells[1][0] if gapped else rec.body[len(word) :].strip() if len(cells) == 1 else ""
    if not place[:1].isupper() or has_head(place, v) or len(place.split()) > _PLACE_WORDS:
        return None
    at = cells[1].start() if gapped else margin_at(text, rec.span.start)
    items = []
    for item in found[k + 1 :]:
        if item.meeting_date is None or has_head(item.body, v) or margin_at(text, item.span.start) != at:
            break
        if not gapped and (len(item.body.split()) > _PLACE_WORDS or not item.body[:1].isupper()):
            break
        items.append(item)
    if not items:
        return None
    first = renamed(rec, f"{head} {place}", v)
    return [first, *(renamed(item, f"{head} {item.body}", v) for item in items)]
