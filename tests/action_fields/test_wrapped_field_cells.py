"""A gapped table whose field column is not the first ("Nr. | Handlungsfeld | Ziel | Zuständig")
and whose cells wrap onto the lines below their row: the pieces that stand where the field's
cell starts go on with its name when it cannot end there or they open in lower case. A next
row's field whose other cells are empty is not run into the field above; the wrapped lines of the
other columns are none of the field's (invented tables)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

LEAD = "Stadt Beispielheim\nVorlage Nr. 7/2026\n\nDer Plan ordnet seine Ziele diesen Handlungsfeldern zu:\n\n"
TAIL = "\nDie Verwaltung berichtet dem Rat jährlich über den Stand der Umsetzung.\n"


def _table(rows: list[tuple[str, list[str], list[str], list[str]]]) -> str:
    """Rows of (number, field lines, goal lines, office lines), each cell's lines set under its first."""
    out = [f"{'Nr.':<5}{'Handlungsfeld':<31}{'Ziel 2030':<42}Zuständig"]
    for number, field, goal, office in rows:
        for k in range(max(len(field), len(goal), len(office))):
            cols = [number if k == 0 else "", *(c[k] if k < len(c) else "" for c in (field, goal, office))]
            out.append(f"{cols[0]:<5}{cols[1]:<31}{cols[2]:<42}{cols[3]}".rstrip())
    return LEAD + "\n".join(out) + "\n" + TAIL


WRAPPED = [
    ("1", ["Kultur und kulturelle", "Bildung"], ["Jedes Kind besucht einmal im", "Jahr ein Theater."], ["Kulturamt"]),
    (
        "2",
        ["Teilhabe am", "Arbeitsmarkt"],
        ["Die Zahl der Langzeit-", "arbeitslosen sinkt."],
        ["Jobcenter und", "Sozialamt"],
    ),
    ("3", ["Leben im Quartier", "der Zukunft"], ["Jedes Quartier hat einen Treffpunkt."], ["Amt für Stadtplanung"]),
    ("4", ["Sport und Bewegung"], ["Die Vereine gewinnen neue", "Mitglieder in allen Stadtteilen."], ["Sportamt"]),
]


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        (
            WRAPPED,
            [
                "Kultur und kulturelle Bildung",
                "Teilhabe am Arbeitsmarkt",
                "Leben im Quartier der Zukunft",
                "Sport und Bewegung",
            ],
        ),
        (  # the next row's field with its goal cell empty: not run into the field above (a row
            # missing cells is left out, its columns not told)
            [
                ("1", ["Sprache und Bildung"], ["Alle lernen Deutsch."], ["Schulamt"]),
                ("2", ["Gesundheit"], [], ["Gesundheitsamt"]),
            ],
            ["Sprache und Bildung"],
        ),
        (  # a field whose name ends on its line; the goal's wrapped line is no part of it
            [("1", ["Wohnen"], ["Niemand lebt länger als ein", "Jahr in einer Unterkunft."], ["Wohnungsamt"])],
            ["Wohnen"],
        ),
    ],
    ids=["wrapped-fields", "a-row-without-other-cells", "the-goal-wraps-alone"],
)
def test_a_field_cell_wrapped_under_its_row(
    rows: list[tuple[str, list[str], list[str], list[str]]], want: list[str]
) -> None:
    assert labels(_table(rows)) == want
