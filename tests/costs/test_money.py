"""pipeline.lang.de.money: German euro amounts with offsets."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.lang.de.money import find_money, parse_number


@dataclass
class Case:
    id: str
    text: str
    expected: list[tuple[str, str]]  # (amount, raw) in order
    marks: list[pytest.MarkDecorator] = field(default_factory=list)


CASES = [
    Case("seed-000 thousands", "belaufen sich auf ca. 22.000 €.", [("22000", "22.000 €")]),
    Case("seed-000 cents", "auf 21.568,75 €.", [("21568.75", "21.568,75 €")]),
    Case("seed-000 zero cents", "auf 27.000,00 € belaufen", [("27000.00", "27.000,00 €")]),
    Case("currency first", "Honorar EUR 5.000 netto", [("5000", "EUR 5.000")]),
    Case("dash cents", "EUR 5.000,- pauschal", [("5000", "EUR 5.000,-")]),
    Case("double dash cents", "5.000,-- € brutto", [("5000", "5.000,-- €")]),
    Case("thousand euro sign", "20 T€ im Jahr", [("20000", "20 T€")]),
    Case("TEUR", "Ansatz 20 TEUR", [("20000", "20 TEUR")]),
    Case("Mio. with decimal comma", "1,5 Mio. € Förderung", [("1500000.0", "1,5 Mio. €")]),
    Case("Mio. currency first", "€ 1,5 Mio. Zuschuss", [("1500000.0", "€ 1,5 Mio.")]),
    Case("word Euro", "Kosten: 3.000 Euro.", [("3000", "3.000 Euro")]),
    Case("split across a line break", "auf 27.000,00\n€ belaufen", [("27000.00", "27.000,00\n€")]),
    Case("space as thousands separator", "22 000 € gesamt", [("22000", "22 000 €")]),
    Case("no space", "5000€ und €5.000", [("5000", "5000€"), ("5000", "€5.000")]),
    Case("two amounts", "10.000 € – 15.000 €", [("10000", "10.000 €"), ("15000", "15.000 €")]),
    Case("zero is found (callers decide)", "Sachaufwand 0 €", [("0", "0 €")]),
    # not money
    Case("phone number", "Telefon 07621 410-5300", []),
    Case("postcode", "Hauptstraße 49, 50126 Bergheim", []),
    Case("percent", "Anteil 12 %", []),
    Case("paragraph", "Angaben zu § 82 GO NRW", []),
    Case("year", "Haushaltsjahr: 2017", []),
    Case("currency without number", "Mittelbereitstellung - in EUR -\n€\t€\t€", []),
    Case("Europa is not Euro", "5 Europa-Projekte", []),
    # regressions: years, cells and line breaks next to a currency
    Case("year before a currency-first amount", "Haushalt 2017 EUR 5.000", [("5000", "EUR 5.000")]),
    Case("year column header above an empty € cell", "2019\tab 2020\n\t€\t€", []),
    Case("number and currency in different cells", "Jahr\t2018\tEUR 5.000", [("5000", "EUR 5.000")]),
    Case("currency first, split across a line break", "Betrag: EUR\n5.000", [("5000", "EUR\n5.000")]),
    Case("'in EUR' caption above a row of years", "Beträge in EUR\n2018\t2019", []),
    Case("year split from its currency by a line break", "im Jahr 2019\n€ 500", [("500", "€ 500")]),
    # a number before an amount is no part of it: thousands are parted by one mark throughout
    Case("year before an amount", "Haushalt 2017 280.000 €", [("280000", "280.000 €")]),
    Case("year before an amount with cents", "2009 600.000,00 Euro", [("600000.00", "600.000,00 Euro")]),
    Case("count column before an amount", "2019/2020 119 179.980 Euro", [("179980", "179.980 Euro")]),
    Case("account number before an amount", "7.887701.700 78710000 384.660 €", [("384660", "384.660 €")]),
    Case("space-grouped millions", "1 234 567 € gesamt", [("1234567", "1 234 567 €")]),
    # a small count before the sign of a money-formed number after it is no amount; a number with its dash is one
    Case("count before a currency-first amount", "Kosten Phase 2   € 15.148,–", [("15148", "€ 15.148,–")]),
    Case(
        "dashed amount before a bare range start",
        "Bis 30.09.2022 450,- €   450,01 bis 1.300,- €",
        [("450", "450,- €"), ("1300", "1.300,- €")],
    ),
]


@pytest.mark.parametrize("case", [pytest.param(c, marks=c.marks, id=c.id) for c in CASES])
def test_find_money(case: Case) -> None:
    found = find_money(case.text)
    assert [(str(m.amount), m.raw) for m in found] == case.expected
    for m in found:
        assert case.text[m.start : m.end] == m.raw


@pytest.mark.parametrize(
    "text,value",
    [("21.568,75", "21568.75"), ("1,5", "1.5"), ("22.000", "22000"), ("1.500.000,00", "1500000.00"), ("abc", None)],
)
def test_parse_number(text: str, value: str | None) -> None:
    parsed = parse_number(text)
    assert (None if parsed is None else str(parsed)) == value


@given(st.text(max_size=200))
def test_never_raises_and_offsets_hold(text: str) -> None:
    for m in find_money(text):
        assert text[m.start : m.end] == m.raw
        assert m.amount >= 0


@given(
    st.integers(min_value=1, max_value=9999),
    st.integers(min_value=1000, max_value=10**9 - 1),
    st.sampled_from(["{} €", "{} Euro", "{},00 €"]),
)
def test_a_number_before_an_amount_stays_apart(before: int, euros: int, template: str) -> None:
    """A year, a count or a row's number before an amount written with dots: the amount alone."""
    raw = template.format(f"{euros:,}".replace(",", "."))
    found = find_money(f"Zeile {before} {raw}")
    assert [(m.amount, m.raw) for m in found] == [(Decimal(euros), raw)]


def german(cents: int) -> str:
    euros, rest = divmod(cents, 100)
    grouped = f"{euros:,}".replace(",", ".")
    return f"{grouped},{rest:02d}"


@given(st.integers(min_value=0, max_value=10**11), st.sampled_from(["{} €", "{} EUR", "EUR {}", "{}€", "€ {}"]))
def test_round_trip(cents: int, template: str) -> None:
    text = "Kosten " + template.format(german(cents)) + " gesamt"
    found = find_money(text)
    assert len(found) == 1
    assert found[0].amount == Decimal(cents) / 100


def test_amounts_after_a_number_are_tried_only_before_a_currency_mark_and_found_as_at_every_digit() -> None:
    import random

    from pipeline.lang.de.money import _AFTER, _DIGIT, _before_currency, matches_where

    pieces = [
        "1",
        "23",
        ".",
        ",",
        "000",
        " ",
        "\n",
        "€",
        "EUR",
        "Euro",
        "euro",
        "T",
        "Mio.",
        "x",
        "\u00a0",
        ",-",
        "Europa",
    ]
    rng = random.Random(7)
    texts = ["Jahr 2017: 3.000\n €, 12\n\n\n\n7 EUR", "5\n\n\n€ 3\nMio.\n€"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for text in texts:
        for start, end in [(0, len(text)), (len(text) // 3, len(text)), (0, len(text) // 2)]:
            every_digit = [m.span() for m in matches_where(_AFTER, _DIGIT, text, start, end)]
            assert [m.span() for m in _before_currency(text, start, end)] == every_digit, text
