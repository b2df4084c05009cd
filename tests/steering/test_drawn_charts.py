"""Members drawn as an organisation chart whose parts are boxes side by side under the group's box
(:mod:`extractors.steering.drawn_boxes`): placed by their corners' columns, and as a PDF's text layer gives
them back, the gaps narrowed to single spaces, the row of the boxes' tops and bottoms wrapped, the blank line
under the lead-in lost; a chart whose boxes name no persons is none (invented examples)."""

from __future__ import annotations

import re

from tests.steering.test_steering import groups_of

HEAD = "Stadt Nordheide\nBeschlussvorlage\n\nBetreff: Integrationsplan 2030\n\n3. Lenkungsgruppe Teilhabe\n"
LEAD = "Die Lenkungsgruppe Teilhabe begleitet die Umsetzung. Sie hat sechs Mitglieder:\n\n"
AFTER = "\n4. Kosten\nEs entstehen keine Kosten.\n"

CHART = (
    "            ┌────────────────────────────────────────┐\n"
    "            │       Lenkungsgruppe Teilhabe          │\n"
    "            │  Vorsitz: Dr. Greta Lindqvist, Amt 50  │\n"
    "            └───────────────────┬────────────────────┘\n"
    "     ┌──────────────────────────┼───────────────────────────┐\n"
    "┌────┴─────────────┐     ┌──────┴───────────┐     ┌─────────┴────────┐\n"
    "│ Stadtrat         │     │ Verwaltung       │     │ Partner          │\n"
    "│ Ilse Kramer      │     │ Bernd Voss       │     │ Kemal Aydın      │\n"
    "│ (SPD)            │     │ (Amt für Schulen │     │ (Integrations-   │\n"
    "│ Paul Engel       │     │ und Sport)       │     │ beirat)          │\n"
    "│ (CDU)            │     │                  │     │ Mira Sander      │\n"
    "│                  │     │                  │     │ (Caritasverband  │\n"
    "│                  │     │                  │     │ Nordheide)       │\n"
    "└──────────────────┘     └──────────────────┘     └──────────────────┘\n"
)
MEMBERS = sorted(
    [
        ("Ilse Kramer", "politics"),
        ("Paul Engel", "politics"),
        ("Bernd Voss", "administration"),
        ("Kemal Aydın", "politics"),
        ("Mira Sander", "welfare"),
    ]
)


def _narrowed(chart: str) -> str:
    """The chart as a PDF's text layer gives it back: runs of spaces one space, no indentation."""
    return "\n".join(re.sub(r" {2,}", " ", line).strip() for line in chart.split("\n"))


def _members(text: str) -> list[tuple[str, str]]:
    return sorted((m.member, m.sector) for g in groups_of(text) for m in g.members if not m.is_chair)


def test_boxes_placed_by_their_corners() -> None:
    assert _members(HEAD + LEAD + CHART + AFTER) == MEMBERS


def test_boxes_whose_gaps_a_text_layer_narrowed() -> None:
    assert _members(HEAD + LEAD + _narrowed(CHART) + AFTER) == MEMBERS


def test_the_row_of_tops_and_bottoms_wrapped_and_no_blank_line_under_the_lead_in() -> None:
    lines = _narrowed(CHART).split("\n")
    wrapped = [
        *lines[:5],
        lines[5].rsplit(" ", 1)[0],
        lines[5].rsplit(" ", 1)[1],
        *lines[6:13],
        lines[13].rsplit(" ", 1)[0],
        lines[13].rsplit(" ", 1)[1],
        *lines[14:],
    ]
    assert _members(HEAD + LEAD.replace(":\n\n", ":\n") + "\n".join(wrapped) + AFTER) == MEMBERS


def test_boxes_naming_no_persons_are_no_members() -> None:
    chart = re.sub(r"\n│ (?!Stadtrat)[^\n]*(?=\n)", "", _narrowed(CHART))
    assert [m for m, _ in _members(HEAD + LEAD + chart + AFTER)] == []
