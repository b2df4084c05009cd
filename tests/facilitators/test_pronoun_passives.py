"""A pronoun opening a passive whose agent carried out the work named in the sentence before ("… sah
eine Evaluation vor. Sie wurde vom Institut X … durchgeführt") points back to it (``anaphora`` of
``facilitators.yaml``); and the look-alikes that name no one (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Stadt Talheim\nBeschlussvorlage\n\nBegründung:\n\n1. Ausgangslage\n"
CASES = [
    Case(
        "a pronoun's passive carried out by an organisation under its lead",
        HEAD + "Das Konzept sah nach fünf Jahren eine Evaluation vor. Sie wurde 2026 vom Kompetenzzentrum "
        "Vielfalt der Hochschule\nBergstadt unter Leitung von Prof. Dr. Mira Lutz durchgeführt. Der Bericht "
        "liegt vor.\n",
        [("Prof. Dr. Mira Lutz", "Hochschule Bergstadt", None)],
    ),
    Case(
        "a pronoun's passive funded by the Land names no one",
        HEAD + "Das Konzept sah nach fünf Jahren eine Evaluation vor. Sie wird durch das Land Hessen gefördert.\n",
        [],
    ),
    Case(
        "a pronoun's passive decided by the council names no one",
        HEAD + "Das Konzept sah eine Evaluation vor. Sie wurde vom Stadtrat am 12.03.2026 beschlossen.\n",
        [],
    ),
    Case(
        "a pronoun's passive carried out with no role word before it names no one",
        HEAD + "Das Konzept sah eine Befragung vor. Sie wurde vom Institut Raumdaten Bergstadt durchgeführt.\n",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_pronoun_passives(case: Case) -> None:
    assert run(case.text) == case.expected
