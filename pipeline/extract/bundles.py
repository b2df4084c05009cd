"""A file holding several submissions (a meeting's bundle), and where it is split.

Each submission of a bundle starts on a new page with its own head: its type word and its
number at the top of the page (``resources/review.yaml``, kind ``submission_head``:
"Sitzungsvorlage 2021/123", "Beschlussvorlage" / "500/035/2017", "Drucksache Nr.: VO/0734/2020").
A head under a line naming an attachment ("Anlage 2", "Anhang") is the attachment's, not a
new submission's.

The file is split (:func:`plan`) only where the heads leave no doubt:

- the first page has a head, so that no page stands before the first submission;
- a page with a new number starts a submission; a page repeating its submission's number,
  or without a head, belongs to the submission before it;
- no number comes back after another ("A, B, A": whose pages are the last ones?);
- two numbers or more.

Each part is then read as a document of its own (:func:`pipeline.extract.rows.extract_file`),
with the doc_id ``<doc_id of the file>-<n>``, the pages' numbers of the file, and is kept only
if its own header states the number of its head. Otherwise the file stays whole, with the
review sign ``several_submissions`` (:func:`pipeline.extract.review_signs.several_submissions`)
and the comparison does not count it (:func:`pipeline.analysis.compare.taken`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document

HEAD_LINES = 600  # characters at the top of a page where a submission's head stands
ATTACHMENT = re.compile(r"(?im)^[ \t]*(?:Anlage|Anhang|Beilage)\b")


@dataclass(frozen=True)
class Head:
    """A submission's head at the top of a page."""

    page: int  # 0-based index of the page
    number: str  # as written, spaces taken out
    start: int  # offsets of the number in the document text
    end: int

    @property
    def key(self) -> str:
        return self.number.casefold()


@dataclass(frozen=True)
class Part:
    """The pages ``first:stop`` (0-based) of one submission of a bundle."""

    number: str
    first: int
    stop: int


@dataclass(frozen=True)
class Plan:
    """The heads of a file's pages and, where they leave no doubt, its submissions' parts."""

    heads: list[Head]
    parts: list[Part]  # empty: the file is not split
    why: str = ""  # why a file whose heads name several numbers is not split (German)

    @property
    def numbers(self) -> list[Head]:
        """The first head of each number, in page order."""
        seen: dict[str, Head] = {}
        for h in self.heads:
            seen.setdefault(h.key, h)
        return list(seen.values())


def heads(doc: Document) -> list[Head]:
    """The submission heads at the tops of the pages; none under an attachment's line."""
    from .review_text import words  # the view's modules: a run that finds its outputs current needs only file_id

    out = []
    for i, page in enumerate(doc.pages):
        top = page.text[:HEAD_LINES]
        m = words()["submission_head"].search(top)
        if m is None or ATTACHMENT.search(top[: m.start()]):
            continue
        number = re.sub(r"\s+", "", m["number"]).upper()
        out.append(Head(i, number, page.start + m.start("number"), page.start + m.end("number")))
    return out


def plan(doc: Document) -> Plan:
    """The parts of ``doc`` where its heads show new numbers without doubt (module docstring)."""
    found = heads(doc)
    if len({h.key for h in found}) < 2:
        return Plan(found, [])
    if found[0].page != 0:
        return Plan(found, [], "die erste Seite trägt keinen Vorlagenkopf")
    parts: list[Part] = []
    for h in found:
        if parts and h.key == parts[-1].number.casefold():
            continue
        if any(h.key == p.number.casefold() for p in parts):
            return Plan(found, [], f"die Nummer {h.number} kehrt auf S. {doc.pages[h.page].number} wieder")
        parts.append(Part(h.number, h.page, len(doc.pages)))
    bounded = [Part(p.number, p.first, nxt.first) for p, nxt in zip(parts, parts[1:], strict=False)]
    return Plan(found, [*bounded, parts[-1]])


def part_id(doc_id: str, n: int) -> str:
    """The doc_id of the ``n``-th submission (1-based) of a file."""
    return f"{doc_id}-{n}"


def file_id(doc_id: str | None) -> str | None:
    """The doc_id of the file a document was read from (a part's: :func:`part_id`).

    >>> file_id("0123456789abcdef-2"), file_id("0123456789abcdef")
    ('0123456789abcdef', '0123456789abcdef')
    """
    return doc_id.partition("-")[0] if doc_id else doc_id


def split(doc: Document, parts: list[Part]) -> list[Document]:
    """The documents of ``parts``, each with its own text and offsets."""
    return [doc.part(part_id(doc.doc_id, n), p.first, p.stop) for n, p in enumerate(parts, start=1)]
