"""An amount written out in words before its currency (invented examples): read as the amount it names; the
words restating an amount in digits ("in Worten: …") and words that name no number give nothing."""

from __future__ import annotations

import pytest

from tests.costs.test_costs import run

HEAD = "Landkreis Lindenau\nBeschlussvorlage\n\nBetreff: Teilhabeplan\n\n"


@pytest.mark.parametrize(
    ("words", "amount"),
    [
        ("zwölftausend", 12000.0),
        ("sechsunddreißigtausendfünfhundert", 36500.0),
        ("eintausendzweihundertfünfzig", 1250.0),
        ("dreihundertfünfzig", 350.0),
    ],
)
def test_an_own_share_given_only_in_words(words: str, amount: float) -> None:
    text = HEAD + f"Den Eigenanteil von {words} Euro hat der Kreistag mit dem Haushalt bereitgestellt.\n"
    assert [c.amount_eur for c in run(text)] == [amount]


def test_words_restating_digits_are_no_second_amount() -> None:
    text = HEAD + "Benötigt werden 36.500 € (in Worten: sechsunddreißigtausendfünfhundert Euro).\n"
    assert [c.amount_eur for c in run(text)] == [36500.0]


@pytest.mark.parametrize("words", ["Tausende", "Jahrhundert", "zwanzig"])
def test_words_that_name_no_amount_of_thousands_or_hundreds(words: str) -> None:
    """A plural of thousands, a word that holds "hundert", a number below a hundred: no amount."""
    assert run(HEAD + f"Dafür wurden {words} Euro ausgegeben.\n") == []
