"""A Beratungsfolge beside the Betreff, two columns whose lines a PDF's text layer joins by a single space: each
row's body read from the ends of the lines by its head word and its open end, the row ending at its date. Near
misses: a name that parts into no body's, a line of the left column that leaves the right one's name open, a
heading with no label before it, give nothing of this reading."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import run

SIDE = """Landratsamt Musterkreis Beschlussvorlage
Drucksache Nr. KT/0311/2026

Betreff: Beratungsfolge:
Zweiter Aktionsplan des Landkreises zur Beirat für Menschen mit
Umsetzung der UN-Behindertenrechtskonvention Behinderungen 02.03.26 ö Empf.
„Barrierefrei 2030“ – Beschluss über Ausschuss für Gesundheit,
den Aktionsplan und Fortführung der Lenkungs- Soziales und
gruppe Inklusion Inklusion 10.03.26 ö Vorb.
{last}

Empf. = Empfehlung, Vorb. = Vorberatung, Beschl. = Beschlussfassung

Beschlussvorschlag:
Der Kreistag beschließt den Aktionsplan.
"""

ROWS = [
    ("Beirat für Menschen mit Behinderungen", "2026-03-02", "preliminary", True),
    ("Ausschuss für Gesundheit, Soziales und Inklusion", "2026-03-10", "preliminary", True),
]


@pytest.mark.parametrize(
    ("last", "more"),
    [
        (
            "Kreisausschuss 16.03.26 nö Vorb.\nKreistag 25.03.26 ö Beschl.",
            [("Kreisausschuss", "2026-03-16", "preliminary", False), ("Kreistag", "2026-03-25", "decision", True)],
        ),
        (
            "Haupt- und Finanzausschuss 16.03.26 nö\nVorb.",
            [("Haupt- und Finanzausschuss", "2026-03-16", "preliminary", False)],
        ),
    ],
    ids=["rows-after-the-left-column", "role-wrapped-alone"],
)
def test_the_right_column_s_rows_read_from_the_ends_of_the_lines(
    last: str, more: list[tuple[str, str, str, bool]]
) -> None:
    _, found = run(SIDE.format(last=last))
    assert [(c.body, c.meeting_date, c.role, c.public) for c in found] == ROWS + more
    assert {c.method for c in found} == {"table.flat_side"}


@pytest.mark.parametrize(
    "text",
    [
        # the name left open at the table's end
        SIDE.format(last="Kreisausschuss und 16.03.26 nö Vorb."),
        # a row whose name is no body's
        SIDE.format(last="Arbeitstreffen 16.03.26 nö Vorb."),
        # the continuation follows only a word the left column leaves open
        SIDE.replace("gruppe Inklusion Inklusion 10.03.26", "gruppe für Inklusion 10.03.26").format(
            last="Kreistag 25.03.26 ö"
        ),
        # the heading alone on its line: no columns side by side
        SIDE.replace("Betreff: Beratungsfolge:", "Beratungsfolge:").format(last="Kreistag 25.03.26 ö"),
    ],
    ids=["open-at-the-end", "no-body", "after-a-link-word", "heading-alone"],
)
def test_near_misses_give_no_side_reading(text: str) -> None:
    _, found = run(text)
    assert not [c for c in found if c.method == "table.flat_side"]


def test_the_table_ends_at_a_line_that_opens_no_row_where_an_export_drops_the_blank_line() -> None:
    text = SIDE.format(last="Kreistag 25.03.26 ö Beschl.").replace("\n\n", "\n")
    _, found = run(text)
    assert [c.body for c in found if c.method == "table.flat_side"] == [
        "Beirat für Menschen mit Behinderungen",
        "Ausschuss für Gesundheit, Soziales und Inklusion",
        "Kreistag",
    ]
