"""A numbered table of goals written as sentences with the field column last ("Nr. | Leitziel |
Handlungsfeld"), as the exports set it: one cell a line (pypdf), a blank line after each and a
row's field run into its goal's line (pdftotext), and the gapped lines with the number column's
head run into the next one ("Nr. Ziel        Handlungsfeld", ``pdftotext -layout``)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

LEAD = "Stadt Beispielheim\nVorlage Nr. 5/2026\n\nDer Plan ordnet seine Ziele vier Handlungsfeldern zu:\n"
ROWS = [
    ("Alle Kinder lernen vor der Schule schwimmen.", "Sport und Bewegung"),
    ("Ältere Menschen finden wohnortnah Beratung.", "Leben im Alter"),
    ("Die Vereine gewinnen junge Mitglieder.", "Ehrenamt und Vereine"),
    ("Jede Familie kennt die Angebote im Stadtteil.", "Familie im Quartier"),
]
TAIL = "Die Verwaltung berichtet dem Rat jährlich über den Stand der Umsetzung.\n"


def _one_cell_a_line() -> str:
    body = "".join(f"{n}\n{goal}\n{field}\n" for n, (goal, field) in enumerate(ROWS, 1))
    return LEAD + "Nr.\nZiel\nHandlungsfeld\n" + body + TAIL


def _blank_lines_between() -> str:
    first_goal, first_field = ROWS[0]
    words = first_goal.split()
    body = f"1\n\n{' '.join(words[:-1])} {first_field}\n{words[-1]}\n\n"  # the field ran into the goal's line
    body += "".join(f"{n}\n\n{goal}\n\n{field}\n\n" for n, (goal, field) in enumerate(ROWS[1:], 2))
    return LEAD + "Nr. Ziel\n\nHandlungsfeld\n\n" + body + TAIL


def _gapped() -> str:
    body = "".join(f"{n}    {goal:<50}{field}\n" for n, (goal, field) in enumerate(ROWS, 1))
    return LEAD + "\n" + f"Nr. {'Ziel':<51}Handlungsfeld\n" + body + "\n" + TAIL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_one_cell_a_line(), [f for _, f in ROWS]),
        (_blank_lines_between(), [f for _, f in ROWS[1:]]),
        (_gapped(), [f for _, f in ROWS]),
    ],
    ids=["one-cell-a-line", "blank-lines-between", "gapped-number-head-run-in"],
)
def test_fields_of_a_numbered_goal_table(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_sentences_after_the_goals_are_no_fields() -> None:
    """Rows whose lines after the goal are sentences too (notes, no field) give nothing."""
    body = "".join(f"{n}\n{goal}\nDer Rat wird informiert.\n" for n, (goal, _) in enumerate(ROWS, 1))
    assert labels(LEAD + "Nr.\nZiel\nHandlungsfeld\n" + body + TAIL) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Der Beirat des Teilhabeplans stößt Projekte in den Bereichen Mobilität und Kultur an und vernetzt "
            "die Träger in den Handlungsfeldern Sprache, Arbeit sowie Nachbarschaft.",
            ["Sprache", "Arbeit", "Nachbarschaft"],
        ),
        (
            "Der Teilhabeplan setzt Schwerpunkte in den Bereichen Mobilität, Kultur und Nachbarschaft.",
            ["Mobilität", "Kultur", "Nachbarschaft"],
        ),
    ],
    ids=["weak-beside-strong", "weak-alone"],
)
def test_a_weak_nouns_list_beside_the_fields_of_the_sentence(sentence: str, expected: list[str]) -> None:
    """A weak noun's list ("in den Bereichen A und B") in a sentence that names the fields with the field
    noun itself is no list of fields; alone, in a sentence about the concept, it is."""
    assert labels("Stadt Beispielheim\nVorlage Nr. 6/2026\n\n" + sentence + "\n") == expected
