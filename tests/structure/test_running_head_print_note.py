"""A running head naming the paper by its number with a print note after it ("Kreis Lindenau ·
Beschlussvorlage 0318/2024      Druck: 18.05.2024") under a page's footer is furniture, gaps kept
or flattened; a row of a table naming a date is text. Every case is invented."""

from __future__ import annotations

import pytest

from pipeline.structure import view
from tests.helpers import document

HEAD = (
    "Kreis Lindenau                                            Der Landrat\n"
    "Drucksache-Nr.: 0318/2024\n"
    "Vorlagenart: Beschlussvorlage\n\n"
    "Beratungsgegenstand:\nFortschreibung des Teilhabeplans\n\n"
)


def furniture(text: str) -> list[str]:
    v = view(document(text))
    return [v.lines[i].text.strip() for i in sorted(v.furniture)]


@pytest.mark.parametrize("gap", ["      ", " "], ids=["gaps", "flattened"])
def test_a_running_head_with_a_print_note(gap: str) -> None:
    text = HEAD + (
        "Beratungsfolge:\n"
        "Ö Sozialausschuss 08. Juni 2024 Vorberatung\n\n"
        f"Drucksache 0318/2024{gap}Seite 1 von 2\n"
        f"Kreis Lindenau · Beschlussvorlage 0318/2024{gap}Druck: 18.05.2024\n\n"
        "Ö Kreistag 20. Juni 2024 Entscheidung\n"
    )
    assert furniture(text) == [
        f"Drucksache 0318/2024{gap}Seite 1 von 2",
        f"Kreis Lindenau · Beschlussvorlage 0318/2024{gap}Druck: 18.05.2024",
    ]


def test_a_row_naming_a_date_is_text() -> None:
    text = (
        HEAD + "Beratungsfolge:\nÖ Sozialausschuss 08. Juni 2024 Vorberatung\nÖ Kreistag 20. Juni 2024 Entscheidung\n"
    )
    assert furniture(text) == []
