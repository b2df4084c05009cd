"""facilitators: the leads of a consortium's members named in a sentence of their own right after the
award, each with a bracket naming their organisation short ("Die Leitung haben Frau A (Büro X) und Herr B
(Institut)."), the bracket also wrapped onto the next line; each person joins their organisation's row.
Near misses: a bracket fitting two organisations, and persons without brackets, place no one by the
brackets (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Stadt Lindenau\nBeschlussvorlage\n\nBetreff: Integrationskonzept\n\n4. Prozessbegleitung\n"
AWARD = (
    "Die Moderation wurde beschränkt ausgeschrieben. Von drei Angeboten ist das der Bietergemeinschaft"
    " Werkstatt Dialog Nord GmbH (federführend, Kiel) und Institut für Teilhabeforschung e. V. (Lübeck)"
    " das wirtschaftlichste."
)
CASES = [
    Case(
        "two leads, each with their organisation short in a bracket",
        HEAD + AWARD + " Die Leitung haben Frau Dr. Ilka Brandes (Werkstatt Dialog) und Herr Ole Matthiesen"
        " (Institut).\n",
        [
            ("Dr. Ilka Brandes", "Werkstatt Dialog Nord GmbH", None),
            ("Ole Matthiesen", "Institut für Teilhabeforschung e. V.", None),
        ],
    ),
    Case(
        "the second name and its bracket wrapped onto the next lines",
        HEAD + AWARD + " Die Leitung haben Frau Dr. Ilka Brandes (Werkstatt Dialog) und Herr Ole\nMatthiesen\n"
        "(Institut).\n",
        [
            ("Dr. Ilka Brandes", "Werkstatt Dialog Nord GmbH", None),
            ("Ole Matthiesen", "Institut für Teilhabeforschung e. V.", None),
        ],
    ),
]
# near misses: the brackets place no one; at most one person joins the last organisation as before
NEAR = [
    HEAD + AWARD + " Die Leitung haben Frau Dr. Ilka Brandes (Nord) und Herr Ole Matthiesen (Nord).\n",
    HEAD + AWARD + " Die Leitung haben Frau Dr. Ilka Brandes und Herr Ole Matthiesen.\n",
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_leads_placed_by_their_brackets(case: Case) -> None:
    assert run(case.text) == case.expected


@pytest.mark.parametrize("text", NEAR, ids=["bracket-fits-no-one-alone", "no-brackets"])
def test_leads_without_a_fitting_bracket_are_not_placed_by_it(text: str) -> None:
    rows = run(text)
    assert ("Dr. Ilka Brandes", "Werkstatt Dialog Nord GmbH", None) not in rows
    assert ("Ole Matthiesen", "Institut für Teilhabeforschung e. V.", None) not in rows
