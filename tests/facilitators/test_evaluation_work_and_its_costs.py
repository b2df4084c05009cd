"""facilitators: evaluation work named "Auswertung" ("die Interviews und Auswertungswerkstätten
führte im Auftrag der Stadt die X GmbH."), the office's own evaluation no facilitation; the fee in
the next sentence that speaks of "Die Kosten von …" (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Stadt Birkenau\nInformationsvorlage\n\nBetreff: Bericht zum Integrationskonzept\n\n"
CASES = [
    Case(
        "evaluation workshops on commission, the company ending the sentence",
        HEAD + "Die Interviews mit 30 Familien sowie die zwei Auswertungswerkstätten im März führte im Auftrag"
        " der Stadt die Lindenhof Sozialforschung GmbH. Ihr Honorar betrug 8.400,00 € brutto.\n",
        [(None, "Lindenhof Sozialforschung GmbH", 8400.0)],
    ),
    Case(
        "the evaluation done by an office of the town",
        HEAD + "Die Auswertung der Einwohnerbefragung hat das Amt für Statistik und Wahlen übernommen.\n",
        [],
    ),
    Case(
        "an evaluation's findings about a company",
        HEAD + "Die Auswertung zeigt, dass die Lindenhof Sozialforschung GmbH viele Aufträge hat.\n",
        [],
    ),
    Case(
        "the costs of the work in the next sentence",
        HEAD + "Moderiert hat die Foren im Auftrag der Stadt das Büro Talweg Dialog GmbH. Die Kosten von"
        " 5.250,00 € brutto wurden aus dem Budget des Fachbereichs getragen.\n",
        [(None, "Büro Talweg Dialog GmbH", 5250.0)],
    ),
    Case(
        "costs of something else in the next sentence",
        HEAD + "Moderiert hat die Foren im Auftrag der Stadt das Büro Talweg Dialog GmbH. Die Kosten des"
        " Konzepts werden im Haushalt 2026 mit 40.000 € dargestellt.\n",
        [(None, "Büro Talweg Dialog GmbH", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_evaluation_work_and_its_costs(case: Case) -> None:
    assert run(case.text) == case.expected


def test_a_studys_findings_name_no_facilitator() -> None:
    """An "Auswertung" that is a study's findings ("Die Auswertungen der Universität X ergaben …")."""
    text = HEAD + (
        "Die Messungen wurden durch die Universität Talheim in Schulen vorgenommen. Die Auswertungen der"
        " Universität Talheim ergaben ein geringeres Risiko.\n"
    )
    assert run(text) == []
