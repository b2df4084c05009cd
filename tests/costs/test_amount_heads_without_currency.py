"""costs: a cameral grid of key columns whose last head names the amounts without their currency
("Haushaltsjahr  Kostenstelle  Sachkonto  Bezeichnung  Betrag"), cut at gaps or flattened by a PDF's
text layer: the numbers with their cents ending its rows are euros, a label wrapped onto the next
line and the rules between the row groups passed over, the year of the first column the row's. Near
misses: a "Betrag" column of whole numbers without cents, a header of fewer than three columns, and
"Betrag" ending a line of prose (invented examples)."""

from __future__ import annotations

import re

from tests.costs.test_costs import run

GRID = (
    "5. Finanzielle Auswirkungen\n\n"
    "  Haushaltsjahr  Kostenstelle  Sachkonto   Bezeichnung                        Betrag\n"
    "  ─────────────  ────────────  ──────────  ─────────────────────────────────  ──────────\n"
    "  2027           4120          42710000    Honorar Moderation                  4.200,00\n"
    "  2028           4120          42710000    Honorar Moderation                  2.100,00\n"
    "  2027           4120          42910000    Sachkosten Foren,                   1.300,00\n"
    "                                           Dolmetscher, Druck\n"
    "  ─────────────  ────────────  ──────────  ─────────────────────────────────  ──────────\n"
    "                                           Ausgaben gesamt                     7.600,00\n"
    "\n"
    "Die Mittel sind im Haushalt 2027/2028 eingeplant.\n"
)


def _flat(text: str) -> str:
    return re.sub(r"(?m)(?<=\S)[ \t]{2,}(?=\S)", " ", text)


def test_amounts_under_a_head_without_currency_are_read() -> None:
    for text in (GRID, _flat(GRID)):
        found = run(text)
        assert [c.amount_eur for c in found] == [4200, 2100, 1300, 7600]
        assert [c.cost_type for c in found] == ["external_support", "external_support", "material", "total"]
        assert [c.fiscal_year for c in found[:3]] == [2027, 2028, 2027]


def test_whole_numbers_under_such_a_head_are_no_amounts() -> None:
    counts = GRID.replace("4.200,00", "   4.200").replace("2.100,00", "   2.100").replace("1.300,00", "   1.300")
    counts = counts.replace("7.600,00", "   7.600")
    for text in (counts, _flat(counts)):
        assert [c.amount_eur for c in run(text)] == []


def test_a_short_header_or_prose_ending_in_the_word_heads_no_column() -> None:
    short = "  Bezeichnung                        Betrag\n  Honorar Moderation                  4.200,00\n"
    assert [c.amount_eur for c in run(short)] == []
    prose = "Die Stadt erhält dafür einen festen Betrag\n  Anmeldungen bis 30.06.      1.234,00\n"
    assert [c.amount_eur for c in run(prose)] == []
