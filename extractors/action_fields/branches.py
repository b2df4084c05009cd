"""Fields as the main branches of a mind map as a text layer leaves it: part of the ``table`` family's charts.

A mind map drawn for a workshop ("Themenlandkarte", "Mindmap") loses its lines in the text layer; its
labels stay where they were drawn, round its centre, the main branches in capitals and the twigs in
normal type, wrapped within their place and sharing lines with each other::

      Abbildung 1: Themenlandkarte der Auftaktwerkstatt (Hauptäste in Großbuchstaben)

              Lotsen in der                      Hausarzt-
              Kita                               sprechstunde
          SPRACHE UND BILDUNG               GESUNDHEIT UND PFLEGE
                                          PIRMASENS –              ARBEIT UND
                                        HEIMAT FÜR ALLE            AUSBILDUNG
         WOHNEN UND NACHBAR-                 TEILHABE UND
         SCHAFT IM QUARTIER                  EHRENAMT

The map opens with its caption ("Abbildung 1:"; ``figure_captions``); the caption or the text shortly
before it names the map's kind or its branches (``mind_maps``) and the fields in the plural. Its body runs
to the first line of prose (a line that ends a sentence, a numbered heading). A label is a run of words
parted from the others on its line by a gap; a label in capitals goes on in the next line where a run in
capitals overlaps it (a hyphen at its end joins the two pieces into one word). The label nearest the
body's middle is the map's centre, the concept's name, no field. The others are fields where they name a
field of the taxonomy; three at least. A text layer that closed the gaps between the labels keeps their
lines but not their places: a body without a gap is parted by the grammar of a name
(:mod:`.closed_branches`), its centre the label nearest its middle line; no other reader takes names
from a map's body.

A map drawn with ASCII signs sets its branches in round brackets with a space inside them ("( Sprache
und Bildung )"), joined by lines ("/", "\\", "|", "-") to a drawn box in its middle, twigs without brackets
round them: where the paragraph right over the block names the map's kind and the fields in the plural,
the bracketed labels are the fields, three at least (``drawn_branches``); the centre and the twigs are none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.resources import typed

from .axes import captioned
from .closed_branches import closed_labels
from .closed_branches import name as closed_name
from .text import Candidate, FieldText
from .topics import topic_name

_LEAD = 600  # characters before the caption where the map's kind and the fields may be named
_MOST_LINES = 40
_LEAST = 3
_RUN = re.compile(r"\S+(?: \S+)*")  # words parted by single spaces
_GAPPED = re.compile(r"\S[ \t]{3,}\S")
_SENTENCE_END = re.compile(r"[a-zäöüß][.!?](?:[ \t]|$)")
_HEADING = re.compile(r"\d{1,2}\.(?:\d{1,2}\.?)*[ \t]+[A-ZÄÖÜ]")

Piece = tuple[int, int, int]  # line, start column, end column


def _maps(ft: FieldText) -> Iterator[tuple[int, int]]:
    """The first and the end line of each mind map's body."""
    for first in captioned(ft, typed.taxonomy(ft.res).mind_maps, _LEAD):
        end = first + 1
        while end < min(len(ft.rows), first + _MOST_LINES) and not _prose(ft.rows[end].text):
            end += 1
        yield first + 1, end


def map_regions(ft: FieldText) -> list[tuple[int, int]]:
    """The bodies of the mind maps of the fields, read or not: no other set of names is read from them."""
    return [(ft.rows[first].start, ft.rows[min(end, len(ft.rows) - 1)].start) for first, end in _maps(ft)]


def _prose(text: str) -> bool:
    """Whether a line is prose after the map: it ends a sentence (a label does not), or it is a numbered heading."""
    return _SENTENCE_END.search(text) is not None or _HEADING.match(text) is not None


def _capitals(run: str) -> bool:
    letters = [c for c in run if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _labels(ft: FieldText, first: int, end: int) -> list[list[Piece]]:
    """The labels in capitals of the body ``first:end``, each as its pieces, in the order of their first lines."""
    labels: list[list[Piece]] = []
    for k in range(first, end):
        for run in _RUN.finditer(ft.rows[k].text):
            if not _capitals(run.group(0)):
                continue
            piece = (k, run.start(), run.end())
            on = next((lab for lab in labels if lab[-1][0] == k - 1 and _overlap(lab[-1], piece)), None)
            if on is None:
                labels.append([piece])
            else:
                on.append(piece)
    return labels


def _overlap(a: Piece, b: Piece) -> bool:
    return a[1] < b[2] and b[1] < a[2]


def _off_centre(label: list[Piece], labels: list[list[Piece]]) -> float:
    """How far ``label`` stands from the middle of the box of all ``labels``, in parts of its height and width."""
    pieces = [p for lab in labels for p in lab]
    top, bottom = min(p[0] for p in pieces), max(p[0] for p in pieces)
    left, right = min(p[1] for p in pieces), max(p[2] for p in pieces)
    row = (label[0][0] + label[-1][0]) / 2
    col = (min(p[1] for p in label) + max(p[2] for p in label)) / 2
    return abs(row - (top + bottom) / 2) / max(bottom - top, 1) + abs(col - (left + right) / 2) / max(right - left, 1)


def _name(ft: FieldText, pieces: list[Piece]) -> str:
    name = ""
    for k, a, b in pieces:
        text = ft.rows[k].text[a:b]
        name = name[:-1] + text if name.endswith("-") else f"{name} {text}".strip()
    return name


def map_branches(ft: FieldText) -> Iterator[Candidate]:
    """The main branches of each mind map of the fields whose text layer kept the gaps between its labels."""
    for first, end in _maps(ft):
        if not any(_GAPPED.search(ft.rows[k].text) for k in range(first, end)):
            yield from _closed_branches(ft, first, end)
            continue
        labels = _labels(ft, first, end)
        if len(labels) <= _LEAST:
            continue
        centre = min(labels, key=lambda label: _off_centre(label, labels))
        found = []
        for label in labels:
            name = _name(ft, label)
            if label is centre or not topic_name(name, ft):
                continue
            k, a, _ = label[0]
            last, _, b = label[-1]
            found.append(Candidate(ft.rows[k].start + a, ft.rows[last].start + b, name, "table"))
        if len(found) >= _LEAST:
            yield from found


# a branch of a drawn map: a name in round brackets, a space inside each ("( Arbeit und Ausbildung )")
_NODE = re.compile(r"\([ \t]+(?P<name>[A-ZÄÖÜ][^()\n]*?)[ \t]+\)")
_STROKE = re.compile(r"(?:^|[ \t'.-])[/\\|](?:[ \t'.-]|$)")


def drawn_branches(ft: FieldText) -> Iterator[Candidate]:
    """The bracketed branches of each map drawn with ASCII signs under a paragraph naming the map and the fields."""
    kinds = re.compile(typed.taxonomy(ft.res).mind_maps, re.I)
    for k in range(2, len(ft.rows)):
        if not ft.blank(k - 1) or ft.blank(k) or ft.blank(k - 2):
            continue
        end = k
        while end < len(ft.rows) and not ft.blank(end) and end - k < _MOST_LINES:
            end += 1
        nodes = [(j, m) for j in range(k, end) for m in _NODE.finditer(ft.rows[j].text)]
        if len(nodes) < _LEAST or sum(_STROKE.search(ft.rows[j].text) is not None for j in range(k, end)) < _LEAST:
            continue
        top = k - 2
        while top > 0 and not ft.blank(top - 1):
            top -= 1
        lead = (ft.rows[top].start, ft.rows[k - 2].end)
        if not kinds.search(ft.text, *lead) or not any(lead[0] <= m.start() < lead[1] for m in ft.strong_plurals()):
            continue
        found = [
            Candidate(ft.rows[j].start + m.start("name"), ft.rows[j].start + m.end("name"), m.group("name"), "table")
            for j, m in nodes
            if topic_name(m.group("name"), ft)
        ]
        if len(found) >= _LEAST:
            yield from found


def _closed_branches(ft: FieldText, first: int, end: int) -> Iterator[Candidate]:
    """The main branches of a map's body ``first:end`` whose text layer closed the gaps, its centre the label
    nearest its middle line."""
    labels = closed_labels([(k, ft.rows[k].text) for k in range(first, end)])
    if not labels or len(labels) <= _LEAST:
        return
    top, bottom = labels[0][0][0], max(lab[-1][0] for lab in labels)
    centre = min(labels, key=lambda lab: abs(lab[0][0] + lab[-1][0] - top - bottom))
    found = []
    for label in labels:
        text = closed_name(label)
        if label is centre or not topic_name(text, ft):
            continue
        (k, a, _, _), (last, _, b, _) = label[0], label[-1]
        found.append(Candidate(ft.rows[k].start + a, ft.rows[last].start + b, text, "table"))
    if len(found) >= _LEAST:
        yield from found
