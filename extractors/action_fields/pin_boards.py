"""Fields named only as the header cards of a workshop's pin-board, transcribed: part of the ``list`` family.

    Foto 3: Pinnwand 2 – Abschrift der Karten (… ( ) = ovale Überschriftenkarte, [ ] = Karte)

      (  Deutsch lernen in Kita  )     (  Arbeit und            )     (  Wohnen und            )
      (  und Schule              )     (  Ausbildung            )     (  Nachbarschaft         )

      [ Sprachkurse mit         ]      [ Praktika im Handwerk  ]      [ Nachbarschaftsfest    ]

A transcript sets each card in brackets, one line of the card a line, the cards of a row side by side; a
legend tells the kinds of card apart by their brackets, and the kind it calls the header cards
(``header_cards``: "Überschriftenkarte", "Oberbegriff") holds the headings under which the ideas
were sorted. The lines of header cards that follow one another are the lines of the same cards, side by
side in the same order ("( Arbeit und )" over "( Ausbildung )"). The header cards are fields where a
sentence of the document names the field noun and the board or its headings ("… in den fünf
Handlungsfeldern …, die … auf der Pinnwand 2 als Überschriften festgehalten hat"); the idea cards, and a
column of cards under a label of its own ("THEMENSPEICHER"), name none. Two fields at least.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label

from .forms import form, plain_name
from .text import Candidate, FieldText

_PAIRS = {"(": ")", "[": "]", "{": "}", "<": ">", "⟨": "⟩"}
_LEAST = 2
Piece = tuple[int, int, str]
_ANY_CARD = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]|\{[^{}\n]*\}|<[^<>\n]*>|⟨[^⟨⟩\n]*⟩")
_REST = re.compile(r"[ \t]*(?:[A-ZÄÖÜ][A-ZÄÖÜß \t-]*)?")  # beside the cards: nothing, or a column's label in capitals


def _header_kind(ft: FieldText) -> str | None:
    """The opening bracket of the header cards a legend names ("( ) = ovale Überschriftenkarte")."""
    header = form(ft, "header_cards")
    for m in re.finditer(r"([(\[{<⟨])[ \t]*([)\]}>⟩])[ \t]*=[ \t]*([^,;=\n]{1,60})", ft.text):
        if _PAIRS[m.group(1)] == m.group(2) and header.search(m.group(3)):
            return m.group(1)
    return None


def _cards(ft: FieldText, k: int, kind: str) -> list[Piece] | None:
    """The header cards' pieces on line ``k``, if the line is one of cards (it opens with a card)."""
    line = ft.rows[k]
    close = re.escape(_PAIRS[kind])
    if line.text.lstrip()[:1] not in _PAIRS or not _REST.fullmatch(_ANY_CARD.sub(" ", line.text)):
        return None  # no line of cards: "(BV-201/2026). Zur Zukunftswerkstatt …"
    out = []
    for m in re.finditer(rf"{re.escape(kind)}([^\n{re.escape(kind)}{close}]*){close}", line.text):
        inner = m.group(1)
        lead = len(inner) - len(inner.lstrip())
        start = line.start + m.start(1) + lead
        out.append((start, start + len(inner.strip()), inner.strip()))
    return out


def _joined(pieces: list[Piece]) -> str:
    text = ""
    for _, _, t in pieces:
        hyphen = text.endswith("-") and t[:1].islower() and len(text) > 1 and text[-2].isalpha()
        text = text[:-1] + t if hyphen else (text + " " + t if text else t)
    return text


def _boards(ft: FieldText, kind: str) -> Iterator[list[list[Piece]]]:
    """The header cards of the board, each as its pieces: runs of lines of header cards, each line's n-th
    card going on with the n-th of the line over it."""
    k = 0
    while k < len(ft.rows):
        run: list[list[Piece]] = []
        while k < len(ft.rows) and (cards := _cards(ft, k, kind)):
            run.append(cards)
            k += 1
        k += 1
        if not run:
            continue
        if any(len(cards) != len(run[0]) for cards in run):
            yield [[piece] for cards in run for piece in cards]  # cards stacked, not wrapped
            continue
        yield [[cards[n] for cards in run] for n in range(len(run[0]))]


def _named(ft: FieldText) -> bool:
    """Whether a sentence names the field noun and the board or its header cards."""
    board, header = form(ft, "pin_boards"), form(ft, "header_cards")
    for unit in ft.layout.units:
        if any(unit.start <= m.start() < unit.end for m in ft.nouns) and (
            board.search(ft.text, unit.start, unit.end) or header.search(ft.text, unit.start, unit.end)
        ):
            return True
    return False


def pin_board_headers(ft: FieldText) -> Iterator[Candidate]:
    """The fields the header cards of a transcribed pin-board name."""
    kind = _header_kind(ft)
    if kind is None or not _named(ft):
        return
    found: list[Candidate] = []
    for cards in _boards(ft, kind):
        for pieces in cards:
            label = clean_label(_joined([p for p in pieces if p[2]]))
            if not plain_name(label, ft):
                continue
            found.append(Candidate(pieces[0][0], pieces[-1][1], label, "list"))
    if len({c.label for c in found}) >= _LEAST:
        yield from found
