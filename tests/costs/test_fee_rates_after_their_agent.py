"""A day rate in a sentence whose subject is a pronoun for the one named in the sentence before ("… soll Frau X
moderieren. Sie hat einen Tagessatz von 950 € netto angeboten"): a fee. Near misses: a day rate after a
sentence naming no support nor its agent, and a rate for lodging (invented examples)."""

from __future__ import annotations

import pytest

from tests.costs.test_costs import run

HEAD = "Stadt Lindenau\nBeschlussvorlage\n\nBetreff: Leitbild Vielfalt\n\n"


def _types(text: str) -> dict[float, str | None]:
    return {c.amount_eur: c.cost_type for c in run(HEAD + text)}


def test_a_day_rate_after_the_sentence_naming_the_moderator_is_a_fee() -> None:
    text = (
        "Die drei Foren soll Frau Dipl.-Soz. Jana Roth, Köln, moderieren. Sie hat einen Tagessatz von"
        " 950,00 € netto angeboten.\n"
    )
    assert _types(text) == {950.0: "external_support"}


@pytest.mark.parametrize(
    "text",
    [
        "Die Halle wird im Mai saniert. Sie hat einen Tagessatz von 950,00 € netto.\n",
        "Die Familien ziehen im Mai ein. Der Tagessatz pro Person in der Unterkunft beträgt 950,00 €.\n",
    ],
    ids=["no-agent-before", "lodging"],
)
def test_a_day_rate_without_an_agent_or_for_lodging_is_no_fee(text: str) -> None:
    assert _types(text).get(950.0) != "external_support"


GRID = """Die Kosten verteilen sich so:

  Position                                2031         2032
  Kostenerstattung {payee}             8.400 €     16.800 €
  Sachaufwand Foren                     1.500 €      3.000 €
"""


@pytest.mark.parametrize(
    "payee, kind", [("Hochschule  ", "external_support"), ("Landesamt   ", None)], ids=["university", "office"]
)
def test_a_university_s_refund_for_its_support_is_a_fee(payee: str, kind: str | None) -> None:
    got = _types(GRID.format(payee=payee)).get(8400.0)
    assert (got == "external_support") == (kind == "external_support")
