"""One submission, one entry: files that are the same Vorlage are grouped.

A corpus may hold one submission as plain text, as a PDF and as a scan, or fetched twice.
Two files are the same submission when

- they name the same municipality and the same document number ("DS 53/2025", compared
  without spaces and case), or
- their texts are near-identical, whatever the file format: they share their words (at least
  :data:`SAME_WORDS` of them, counted with repetition, Jaccard), and many of their word 5-grams
  (at least :data:`SHARED_GRAMS`; the words alone would join two letters of one template, the
  5-grams alone would part a PDF from its text where a table is read in another order).

Files with two different document numbers are never grouped by their text (a supplement,
"1. Ergänzung", repeats much of its original), nor are files of two different municipalities,
nor is a file holding several submissions that was read whole (its number and municipality may
be two submissions'; the parts of a bundle that was split are grouped like any file).

Each group is named by the ``doc_id`` of the file the comparison takes its facts from, the
*primary* file: the best-read format (plain text, as the council wrote it; then a PDF's text
layer; then a mixed or scanned file), then the first path. Every file keeps its row in every table; ``documents``
says which group it belongs to (``submission_id``) and why (``submission_match``: ``self``
for the primary file, ``doc_number`` or ``text``).

    >>> docs = [Doc("a", "x.txt", "Stadt A", "12/2020", "plain_text"),
    ...         Doc("b", "x.pdf", "Stadt A", "12 / 2020", "text_layer"),
    ...         Doc("c", "y.pdf", "Stadt A", "13/2020", "text_layer")]
    >>> groups(docs, lambda d: "")
    {'a': ('a', 'self'), 'b': ('a', 'doc_number'), 'c': ('c', 'self')}
"""

from __future__ import annotations

import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import combinations

SAME_WORDS = 0.92  # Jaccard of the words (as multisets) from which two texts are the same submission
SHARED_GRAMS = 0.5  # and of their (sampled) word 5-grams
SHINGLE = 5
SAMPLE = 4  # one 5-gram in SAMPLE is kept (by its hash, so the same ones in every text)
COMMON = 25  # a 5-gram in more files than this is boilerplate (letterhead, footer): not a candidate link
SOURCE_RANK = {"plain_text": 0, "text_layer": 1, "mixed": 2, "ocr": 3}
_WORD = re.compile(r"[a-zäöüß0-9]{2,}")
_MARKUP = re.compile(r"<[^<>\n]{1,120}>")  # a reader's markup ('<input type="checkbox">'), not the text
_HYPHEN = re.compile(r"(\w)(?:-[ \t]*\n[ \t]*|\u00ad\s*)(\w)")  # a line-end or soft hyphen inside a word


@dataclass(frozen=True)
class Doc:
    doc_id: str
    source_path: str
    municipality: str | None
    doc_number: str | None
    text_source: str | None
    whole_bundle: bool = False  # a file of several submissions read whole: a group of its own


def number_key(value: str | None) -> str:
    return re.sub(r"\s+", "", value).casefold() if value else ""


def place_key(value: str | None) -> str:
    return value.strip().casefold() if value else ""


def words(text: str) -> list[str]:
    """The text's words, lower case, line-end and soft hyphens joined, markup left out."""
    return _WORD.findall(_HYPHEN.sub(r"\1\2", _MARKUP.sub(" ", text)).lower())


def shingles(tokens: list[str]) -> set[int]:
    """CRC-32 hashes of a sample of the word 5-grams (those whose hash is divisible by SAMPLE)."""
    grams = (" ".join(tokens[i : i + SHINGLE]).encode() for i in range(max(0, len(tokens) - SHINGLE + 1)))
    return {h for h in map(zlib.crc32, grams) if h % SAMPLE == 0}


def fingerprint(text: str) -> list[int]:
    """The sampled 5-gram hashes of a text, in order: what :func:`text_links` compares first,
    computed where the text is read (a worker) so that the grouping at the end only joins them."""
    return sorted(shingles(words(text)))


def bag_similarity(a: Counter[str], b: Counter[str]) -> float:
    union = sum((a | b).values())
    return sum((a & b).values()) / union if union else 0.0


class Union:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {i: i for i in items}

    def find(self, a: str) -> str:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def compatible(a: Doc, b: Doc) -> bool:
    """Whether two files may be one submission: no two different numbers or municipalities."""
    na, nb = number_key(a.doc_number), number_key(b.doc_number)
    pa, pb = place_key(a.municipality), place_key(b.municipality)
    return not (na and nb and na != nb) and not (pa and pb and pa != pb) and not (a.whole_bundle or b.whole_bundle)


Grams = Callable[[str], "list[int] | None"]


def text_links(docs: list[Doc], text: Callable[[str], str], grams: Grams | None = None) -> list[tuple[str, str]]:
    """Pairs of files whose texts are near-identical (and that may be one submission);
    ``grams`` gives a document's :func:`fingerprint` where it is known (else its text is read)."""
    tokens: dict[str, list[str]] = {}

    def words_of(doc_id: str) -> list[str]:
        if doc_id not in tokens:
            tokens[doc_id] = words(text(doc_id))
        return tokens[doc_id]

    def grams_of(doc_id: str) -> set[int]:
        known = grams(doc_id) if grams else None
        return set(known) if known is not None else shingles(words_of(doc_id))

    sets = {d.doc_id: grams_of(d.doc_id) for d in docs}
    seen: set[int] = set()
    repeated: set[int] = set()  # the 5-grams of more than one file: the others link nothing
    for hashes in sets.values():
        repeated |= seen & hashes
        seen |= hashes
    index: dict[int, list[str]] = defaultdict(list)
    for doc_id in sorted(sets):  # each list in order, so that its pairs come as (smaller, larger)
        for g in sets[doc_id] & repeated:
            index[g].append(doc_id)
    by_id = {d.doc_id: d for d in docs}
    shared: Counter[tuple[str, str]] = Counter()
    for ids in index.values():
        if 1 < len(ids) <= COMMON:
            shared.update(combinations(ids, 2))
    links = []
    for (a, b), n in sorted(shared.items()):
        union = len(sets[a]) + len(sets[b]) - n
        if not union or n / union < SHARED_GRAMS or not compatible(by_id[a], by_id[b]):
            continue
        if bag_similarity(Counter(words_of(a)), Counter(words_of(b))) >= SAME_WORDS:
            links.append((a, b))
    return links


def primary_key(d: Doc) -> tuple[int, str, str]:
    return (SOURCE_RANK.get(d.text_source or "", len(SOURCE_RANK)), d.source_path, d.doc_id)


def groups(docs: list[Doc], text: Callable[[str], str], grams: Grams | None = None) -> dict[str, tuple[str, str]]:
    """doc_id → (submission_id, how it joined: ``self``, ``doc_number`` or ``text``)."""
    union = Union(d.doc_id for d in docs)
    how: dict[str, str] = {}
    by_number: dict[tuple[str, str], list[Doc]] = defaultdict(list)
    for d in docs:
        if number_key(d.doc_number) and place_key(d.municipality) and not d.whole_bundle:
            by_number[(place_key(d.municipality), number_key(d.doc_number))].append(d)
    for same in by_number.values():
        for d in same[1:]:
            union.join(same[0].doc_id, d.doc_id)
            how.setdefault(d.doc_id, "doc_number")
            how.setdefault(same[0].doc_id, "doc_number")
    for a, b in text_links(docs, text, grams):
        if union.find(a) != union.find(b):
            union.join(a, b)
            how.setdefault(a, "text")
            how.setdefault(b, "text")
    members: dict[str, list[Doc]] = defaultdict(list)
    for d in docs:
        members[union.find(d.doc_id)].append(d)
    out: dict[str, tuple[str, str]] = {}
    for group in members.values():
        primary = min(group, key=primary_key)
        for d in group:
            out[d.doc_id] = (primary.doc_id, "self" if d is primary else how.get(d.doc_id, "text"))
    return out
