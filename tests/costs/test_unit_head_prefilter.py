"""A flattened table's header of currency columns is looked for on lines that name the currency only."""

from __future__ import annotations

from extractors.costs.unit_rows import _UNIT_HEAD, _currency, flat_unit_amounts
from pipeline.structure.lines import lines

HEADS = [
    "Produkt / Konto Bezeichnung netto € brutto €",
    "Bezeichnung Betrag EUR Anteil EUR",
    "Maßnahme Kosten Euro Zuschuss Euro",
    "Die Kosten betragen 5.000 Euro.",
    "Der Rat beschließt die Fortschreibung des Konzeptes.",
]


def test_currency_on_every_header_line() -> None:
    for text in HEADS:
        assert _UNIT_HEAD.fullmatch(text) is None or _currency(text)
    assert not _currency(HEADS[4])


def test_rows_under_a_flattened_header() -> None:
    text = "Produkt / Konto Bezeichnung netto € brutto €\nSachkosten Druck 1.000,00 1.190,00\n\nEnde"
    found = flat_unit_amounts(text, lines(text))
    assert [m.raw for m in found] == ["1.000,00", "1.190,00"]
