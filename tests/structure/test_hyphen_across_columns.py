"""A word cut by a hyphen in a later cell of a table's row is not joined with the first word of the
next line when that line opens further left with cells of its own: the lower-case word there goes on
with the cell above it (:func:`pipeline.structure.prose.flatten`)."""

from __future__ import annotations

from pipeline.structure.prose import flatten

ROW = (
    "2    Kultur und Freizeit       Feste im Sommer; Vereins-\n     im Ortsteil               arbeit mit Jugendlichen\n"
)


def test_a_hyphen_in_a_later_cell_stays_before_a_line_opening_further_left() -> None:
    flat = flatten(ROW).text
    assert "Vereins-\n     im Ortsteil" in flat and "Vereinsim" not in flat


def test_a_hyphen_over_its_own_column_or_in_prose_is_joined() -> None:
    under = ROW.replace("     im Ortsteil               arbeit", "                               arbeit")
    assert "Vereins-\n                               arbeit" not in flatten(under).text
    assert "Vereinsarbeit" in flatten(under).text
    assert flatten("Die Vereins-\narbeit im Ort wird gestärkt.").text == "Die Vereinsarbeit im Ort wird gestärkt."


def test_prose_an_export_set_with_double_spaces_is_joined() -> None:
    """pdfminer.six sets prose with gaps of two spaces, some single ("Sozial- und"): no table."""
    text = (
        "der  Ämter,  der  Sozial- und  Jugendbehörde  und  des  Büros  für  In-\ntegration  sowie  des  Hauptamtes\n"
    )
    flat = flatten(text).text
    assert "Integration" in flat and "In-" not in flat
