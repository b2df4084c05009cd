"""Signs of missed facts read from the structure of a document (the Beratungsfolge's are the
consultations family's own misses, :mod:`extractors.consultations.misses`).

Each sign is something a reader sees of the whole document, whatever its facts:

- ``page_unread``: a page whose text is mostly not words (a font without a Unicode map gives
  "(cid:68)(cid:76)…", a broken text layer gives symbols): its facts cannot be read;
- ``several_submissions``: the heads at the tops of the pages name two submission numbers or
  more (a meeting's bundle in one file) and the file was not split into them
  (:mod:`pipeline.extract.bundles`).

Whether a document is about an integration concept (:func:`concept_document`, its relevance,
:mod:`pipeline.extract.relevance`) decides whether the review asks the families for their misses
of the comparison's facts (``extractors.CONCEPT_MISSES``); other council papers raise none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from ..document import Document
from ..records import Metadata, Record
from ..structure import View
from .bundles import plan
from .relevance import relevance
from .review_text import Sign, first_line

if TYPE_CHECKING:
    pass

WORDLIKE = re.compile(r"[A-Za-zÄÖÜäöüß][a-zäöüß]+(?:-[A-Za-zÄÖÜäöüß][a-zäöüß]+)*[.,;:!?)]*")
UNMAPPED = re.compile(r"\(cid:\d+\)")  # a glyph without a Unicode map, as the PDF reader writes it
PAGE_MIN_CHARS = 200  # a page shorter than this is not judged
PAGE_WORD_SHARE = 0.35  # a page whose characters are less than this share in words is unread
LIST_MIN = 3  # items of a list or enumeration that make it one
LIST_REACH = 600  # characters after a group's sentence where its list may stand
ITEM_MAX_WORDS = 8  # a field label is short
ORG_HEAD = re.compile(
    r"(?i)\b(?:Amt|Ämter|Fachbereich|Fachdienst|Referat|Dezernat|Abteilung|Stelle|Agentur|Jobcenter|Verein|e\.\s?V\.|"
    r"GmbH|Verband|Caritas|Diakonie|AWO|DRK|Universität|Hochschule|Volkshochschule|Beirat|Rat|Ausschuss|Bürgermeister\w*|"
    r"Landrat|Landkreis|Fraktion\w*|Vertreter\w*|Leitung|Leiter\w*|Herr|Frau|Polizei|Kirche\w*|Gemeinde|Stadt)\b"
)


class Item(NamedTuple):
    start: int
    end: int
    text: str


def own_fields(records: Sequence[Record]) -> dict[str, str]:
    """The document's own fields (subject, decision proposal …) from its metadata record."""
    meta = next((r for r in records if isinstance(r, Metadata)), None)
    return {name: f.value for name, f in meta.fields.items()} if meta is not None else {}


def concept_document(doc: Document, records: Sequence[Record]) -> bool:
    """Whether the document is about an integration concept (its relevance)."""
    return relevance(doc.text, own_fields(records)).relevant


def overlaps(a: int, b: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < b and a < e for s, e in spans)


# --- pages -----------------------------------------------------------


def several_submissions(doc: Document) -> list[Sign]:
    """A file holding several submissions (a meeting's bundle) that is read whole: the heads at
    the tops of its pages name two numbers or more (:mod:`pipeline.extract.bundles`). One sign,
    at the first head with a new number, saying why the file was not split; the document's
    facts may mix the submissions (``several_submissions``)."""
    found = plan(doc)
    numbers = found.numbers
    if len(numbers) < 2:
        return []
    named = ", ".join(f"{h.number} (S. {doc.pages[h.page].number})" for h in numbers)
    why = found.why or "der Kopf eines Teils nennt nicht seine Nummer mit Betreff oder Datum"
    return [
        Sign(
            doc.span(numbers[1].start, numbers[1].end),
            f"mehrere Vorlagen in einer Datei: {named}; nicht getrennt ({why}), die Angaben können vermischt sein",
        )
    ]


def unread_pages(doc: Document, sv: View) -> list[Sign]:
    """Pages whose text is mostly not words."""
    out = []
    for p in doc.pages:
        chars = sum(map(len, p.text.split()))  # the characters that are not white space
        if chars < PAGE_MIN_CHARS:
            continue
        text = UNMAPPED.sub(" ", p.text) if "(cid:" in p.text else p.text
        in_words = sum(map(len, WORDLIKE.findall(text)))  # (WORDLIKE has no group: whole matches)
        if in_words / chars < PAGE_WORD_SHARE:
            out.append(
                Sign(
                    first_line(doc, sv, p.start, p.start + len(p.text)),
                    f"Seite {p.number}: nur {in_words / chars:.0%} ihres Texts lesen sich als Wörter; "
                    "ihre Angaben wurden nicht gelesen",
                )
            )
    return out
