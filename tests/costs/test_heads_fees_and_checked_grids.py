"""costs: the noun right after an amount among joined amounts, a year's sum row labelled before its noun, the
pay of a contract for support, the money a sentence after it places in the budget, a unit of thousands stated by
its number, and a grid of years without a unit whose rows add up under a caption of costs (invented examples,
with near misses)."""

from __future__ import annotations

import pytest

from tests.costs.test_costs import run


def _rows(text: str) -> list[tuple[float, str | None, int | None]]:
    return [(c.amount_eur, c.cost_type, c.fiscal_year) for c in run(text)]


SPLIT = "Im Produkt 31.50.01 sind je Jahr 50.000,00 € veranschlagt, davon 20.000,00 € {first} und 30.000,00 € {second}."


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        # the noun right after the amount is its own, not the purpose of the amount before
        ("für die wissenschaftliche Begleitung", "Sachkosten für Dolmetschen und Druck", "material"),
        ("für die Begleitung", "Sachkosten", "material"),
        # a purpose with an adjective, or after the amount's own noun, is the amount's before
        ("für die wissenschaftliche Begleitung", "für Übersetzungen", "material"),
        ("Honorar für die Begleitung", "für Übersetzungen", "material"),
    ],
)
def test_the_amounts_own_noun(first: str, second: str, kind: str) -> None:
    rows = _rows(SPLIT.format(first=first, second=second))
    assert (20000.0, "external_support", None) in rows
    assert (30000.0, kind, None) in rows


GRID = (
    "Produkt 31.5.01 · Konto 5431000 (Sachverständigen- und Beratungskosten)\n\n"
    "  Position                                2027            2028            gesamt\n"
    "  Honorar Prozessbegleitung          14.280,00 €      9.520,00 €     23.800,00 €\n"
    "  Veranstaltungen, Dolmetschen        6.500,00 €      4.000,00 €     10.500,00 €\n"
    "  {label}                      20.780,00 €     13.520,00 €     34.300,00 €\n\n"
)


def test_a_sum_row_before_its_noun_is_each_years_total() -> None:
    rows = _rows(GRID.format(label="Summe Aufwand"))
    assert (20780.0, "total", 2027) in rows and (13520.0, "total", 2028) in rows


def test_a_years_costs_of_one_kind_are_no_sum() -> None:
    """Near miss: "Aufwand" alone is a year's costs, which take the caption's kind."""
    rows = _rows(GRID.format(label="Aufwand      "))
    assert (20780.0, "total", 2027) not in rows


CONTRACT = (
    "Auszug aus dem Entwurf des Vertrags\n"
    "  § 2 Gegenstand\n"
    "      {subject} von vier Sitzungen der Lenkungsgruppe in den Jahren 2027 und 2028.\n"
    "  § 4 Vergütung\n"
    "      Die Vergütung beträgt pauschal 6.400,00 € zuzüglich 19 % Umsatzsteuer,\n"
    "      insgesamt 7.616,00 €.\n"
)


def test_a_contracts_pay_for_support_is_a_fee() -> None:
    rows = _rows(CONTRACT.format(subject="Vorbereitung und Moderation"))
    assert (6400.0, "external_support", None) in rows
    assert (7616.0, "external_support", None) in rows  # the gross sum, its indent on a wrapped line


def test_a_contracts_pay_without_support_is_no_fee() -> None:
    """Near miss: the contract names no support (a delivery, a staff's pay)."""
    rows = _rows(CONTRACT.format(subject="Lieferung der Getränke"))
    assert all(kind != "external_support" for _, kind, _ in rows)


FUND = (
    "4. Kosten\n"
    "Für das Programm wird ab 2027 ein Verfügungsfonds von jährlich 20.000,00 € gebildet, aus dem\n"
    "Vereine Maßnahmen beantragen können; das sind rund 0,49 € je Einwohnerin und Einwohner. {sequel}\n"
)


def test_money_the_next_sentence_places_in_the_budget() -> None:
    rows = _rows(
        FUND.format(sequel="Die Mittel sind im Haushalt 2027 unter HHSt. 4700.6360 eingestellt, ebenso die Moderation.")
    )
    assert (20000.0, "budget", 2027) in rows
    assert (0.49, "other", None) in rows  # a share per head is no allocation


def test_a_next_sentence_about_other_things_places_nothing() -> None:
    """Near miss: the next sentence's subject is not the money before it."""
    rows = _rows(FUND.format(sequel="Die Vereine sind im Haushalt 2027 nicht eingestellt."))
    assert (20000.0, "budget", 2027) not in rows


BLOCK = (
    "5. Finanzielle Auswirkungen\n"
    "Kosten der Prozessbegleitung {unit}\n\n"
    "                          2027        2028        Summe\n"
    "Honorar                   12,0         6,4         18,4\n"
    "Sachkosten                 3,0         2,0          5,0\n\n"
)


@pytest.mark.parametrize("unit", ["(in 1.000 €)", "in 1.000 Euro", "(in 1000 EUR)"])
def test_a_unit_of_thousands_by_its_number(unit: str) -> None:
    rows = _rows(BLOCK.format(unit=unit))
    assert {a for a, _, _ in rows} == {12000.0, 6400.0, 18400.0, 3000.0, 2000.0, 5000.0}


def test_a_unit_by_its_number_in_a_labelled_line() -> None:
    rows = _rows("Mittelbedarf Begleitung (in 1.000 €):    2027: 12,0    2028: 6,4    gesamt: 18,4\n")
    assert {a for a, _, _ in rows} == {12000.0, 6400.0, 18400.0}


def test_an_amount_after_in_in_a_sentence_is_an_amount() -> None:
    """Near miss: a sentence goes on under the line the amount ends, or after it on its line."""
    rows = _rows("Der Verein erhält einen Zuschuss in 1.000 €\nzwei Raten. Ein Zuschuss in 1.000 € Höhe folgt.")
    assert [a for a, _, _ in rows] == [1000.0, 1000.0]


def test_an_amount_in_a_bracket_without_in_is_an_amount() -> None:
    """Near miss: "(1.000 Euro)" after an account's label is its amount, no unit of thousands."""
    text = (
        "Finanzielle Auswirkungen: Kontenart: 44310000 und\n"
        "andere Aufwendungen (1.000 Euro) / 4811900 für interne Leistungsverrechnung (500 Euro)\n"
    )
    assert sorted(a for a, _, _ in _rows(text)) == [500.0, 1000.0]


SUMMED = (
    "3. {caption}\n\n"
    "   Maßnahme                                     2027        2028        2029       gesamt\n"
    "   Planung Umbau Erdgeschoss                 38.000           –           –       38.000\n"
    "   Umbau und Ausstattung                          –     265.000     140.000      {last}\n"
    "   Summe                                     38.000     265.000     140.000      443.000\n\n"
)


def test_a_grid_of_costs_that_adds_up() -> None:
    rows = _rows(SUMMED.format(caption="Kostenübersicht", last="405.000"))
    assert (265000.0, "other", 2028) in rows and (405000.0, "other", None) in rows
    assert (443000.0, "total", None) in rows


@pytest.mark.parametrize(
    ("caption", "last"),
    [
        ("Kostenübersicht", "405.001"),  # a row that does not add up
        ("Zeitplan", "405.000"),  # no caption of costs (visitors, hours)
    ],
)
def test_a_grid_without_a_unit_read_only_when_it_adds_up_under_costs(caption: str, last: str) -> None:
    assert _rows(SUMMED.format(caption=caption, last=last)) == []
