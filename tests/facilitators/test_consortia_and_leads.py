"""facilitators: a consortium of bidders named in quotes after its noun ("die Bietergemeinschaft „X“"),
an organisation whose abbreviation in brackets stands before its legal form ("Institut für X Nordland
(IXN) e. V."), the lead of the work named in the sentence right after the engagement ("Die
Projektleitung hatte Dr. rer. pol. Y"), and the Verein that carries the facilitation ("Träger der
Prozessbegleitung ist der Verein X e. V."). Negatives: a lead named with no engagement before it, a
consortium awarded building works, and a person an apposition makes a coordinator or staff member of
an organisation taking part (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Stadt Lindenau\nBeschlussvorlage\n\nBetreff: Integrationskonzept\n\n"
CASES = [
    Case(
        "the facilitation awarded to a consortium of bidders named in quotes",
        HEAD + "Der Magistrat hat beschlossen, die Moderation der Stadtteilforen an die Bietergemeinschaft"
        " „Lindenau gemeinsam“ zu vergeben. Ihr Angebot war das wirtschaftlichste.\n",
        [(None, "Bietergemeinschaft „Lindenau gemeinsam“", None)],
    ),
    Case(
        "an institute with its region and abbreviation before the legal form, its project lead after it",
        HEAD + "Nach öffentlicher Ausschreibung wurde das Institut für Sozialforschung und Beteiligung\n"
        "Nordland (ISBN) e. V., Kiel, mit der Evaluation beauftragt. Die Projektleitung hat Dr. rer. pol.\n"
        "Tomas Lindqvist-Hahn. Das Institut befragt 400 Haushalte.\n",
        [
            (
                "Dr. rer. pol. Tomas Lindqvist-Hahn",
                "Institut für Sozialforschung und Beteiligung Nordland (ISBN) e. V.",
                None,
            )
        ],
    ),
    Case(
        "the Verein that carries the facilitation",
        HEAD + "5. Begleitung\nTräger der Prozessbegleitung ist seit 2024 der Verein Brückenschlag Oberland e. V.,"
        " Weilheim. Er moderiert die Werkstätten.\n",
        [(None, "Verein Brückenschlag Oberland e. V.", None)],
    ),
    # not facilitators
    Case(
        "a project lead with no engagement before it",
        HEAD + "Das Quartiersprojekt läuft seit 2023. Die Projektleitung hat Frau Dr. Mira Olsen. Es wird vom"
        " Land gefördert.\n",
        [],
    ),
    Case(
        "a consortium awarded building works",
        HEAD + "Für den Umbau des Jugendhauses wurden drei Angebote eingeholt. Den Auftrag erhält die"
        " Bietergemeinschaft „Hallenbau Nord“ für die Rohbauarbeiten.\n",
        [],
    ),
    Case(
        "a workshop moderated by the coordinator of a programme at a participating sports federation",
        HEAD + "Das Nutzungskonzept wurde in einer Werkstatt mit Schulen und dem Stadtsportbund erarbeitet."
        " Die Werkstatt moderierte Frau Lena Vogt-Amari, Koordinatorin des Projekts „Sport verbindet“ beim"
        " Stadtsportbund.\n",
        [],
    ),
    Case(
        "a staff member of an association who moderates",
        HEAD + "Den Workshop moderierte Herr Jonas Kerber, Mitarbeiter des Kreisjugendrings.\n",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_consortia_and_leads(case: Case) -> None:
    assert run(case.text) == case.expected


def test_an_owner_named_in_the_apposition_stays_engaged() -> None:
    """The near miss of the staff apposition: the owner of an office moderates it as the one engaged."""
    text = HEAD + (
        "Mit der Moderation der Werkstatt wurde Frau Lena Vogt-Amari, Inhaberin des Büros Brückenwerk, beauftragt.\n"
    )
    assert [row[0] for row in run(text)] == ["Lena Vogt-Amari"]
