"""facilitators: the person of the organisation a sentence engages, named in that sentence by a label
without brackets of its own or after other words in the bracket ("(Angebot vom …; Prozessbegleiterin:
Dr. X)", "(Angebot Nr. … vom …, Projektleitung Dr. X)"), by a box's label of the bidder's person
("verantwortlich beim Bieter: Dipl.-Ing. X, Partnerin"), by a clause leading the team ("…; das Team
leitet Frau Y"), by a possessive pointing back to the organisation ("…; eingesetzt wird ihre Referentin
Frau Z") or as the partner representing a company ("…, vertreten durch die Gesellschafterin X
(Dipl.-Kauffrau)"): the person joins the organisation's row. A degree in brackets is no person; a
label without a title before a common noun, a possessive of the municipality's own staff and a
representation of a party to a contract no one moderates name no one (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Stadt Birkenfeld\nBeschlussvorlage\n\nBetreff: Integrationsplan 2028\n\n"
CASES = [
    Case(
        "a process facilitator's label after the offer's date in the bracket, the name under a numbered heading",
        HEAD + "3.2  Externe Prozessbegleitung\n     Werkhaus Teilhabe gGmbH, Stralsund\n"
        "     (Angebot vom 02.03.2027; Prozessbegleiterin: Dr. Jutta Kramm)\n",
        [("Dr. Jutta Kramm", "Werkhaus Teilhabe gGmbH", None)],
    ),
    Case(
        "near miss: a name set as the numbered heading and wrapped keeps its first line",
        HEAD + "3.5  Institut für Moderation\n     und Beteiligung GmbH, Ulm\n"
        "     (Angebot vom 03.05.2027; Prozessbegleiterin: Dr. Ina Berg)\n",
        [("Dr. Ina Berg", "Institut für Moderation und Beteiligung GmbH", None)],
    ),
    Case(
        "a project lead without a colon after the offer's number in the bracket",
        HEAD + "Die Moderation wurde ausgeschrieben. Das wirtschaftlichste Angebot hat die Planwerk Soziales"
        " mbH, Passau, abgegeben (Angebot Nr. 2027-33 vom 11.03.2027, Projektleitung Dr. Lutz Harrer).\n",
        [("Dr. Lutz Harrer", "Planwerk Soziales mbH", None)],
    ),
    Case(
        "a box's label of the bidder's person under the bidder",
        HEAD + "Die Begleitung wurde beschränkt ausgeschrieben; zwei Angebote lagen vor.\n\n"
        "   ┌────────────────────────────────────────────────────────────────────┐\n"
        "   │ VERGABEEMPFEHLUNG der Beschaffungsstelle vom 03.04.2027             │\n"
        "   ├────────────────────────────────────────────────────────────────────┤\n"
        "   │ Maßnahme:        Prozessbegleitung Integrationsplan                 │\n"
        "   │ Bieter:          FELD & HAIN Stadtforschung PartG,                  │\n"
        "   │                  Halle                                              │\n"
        "   │ Angebotsendpreis (brutto):               21.420,00 €                │\n"
        "   │ Empfehlung:      Zuschlag auf das Angebot vom 28.03.2027            │\n"
        "   │ verantwortlich beim Bieter: Dipl.-Ing. Rike Feld, Partnerin         │\n"
        "   └────────────────────────────────────────────────────────────────────┘\n",
        [("Dipl.-Ing. Rike Feld", "FELD & HAIN Stadtforschung PartG", 21420.0)],
    ),
    Case(
        "a clause after a semicolon naming the team's lead",
        HEAD + "Die Moderation der Foren wurde ausgeschrieben. Das wirtschaftlichste Angebot hat die Stadtraum Ost"
        " eG, Rostock, vorgelegt; das Team leitet Herr Dr. Olaf Brink.\n",
        [("Dr. Olaf Brink", "Stadtraum Ost eG", None)],
    ),
    Case(
        "a possessive pointing back to the organisation that moderates",
        HEAD + "Die Moderation übernimmt die Volkshochschule Obermain; eingesetzt wird ihre Referentin Frau"
        " Hanne Zettl, Mediatorin aus Kulmbach.\n",
        [("Hanne Zettl", "Volkshochschule Obermain", None)],
    ),
    Case(
        "the partner representing the company engaged, a degree in brackets after her name",
        HEAD + "Der Auftrag zur Moderation der Sitzungen wurde vergeben an:\n\n"
        "   Kompass Beratung & Moderation GbR, Celle,\n"
        "   vertreten durch die Gesellschafterin Imke Sander (Dipl.-Kauffrau), die die Sitzungen\n"
        "   moderiert.\n",
        [("Imke Sander", "Kompass Beratung & Moderation GbR", None)],
    ),
    Case(
        "near miss: a degree alone in brackets is no person",
        HEAD + "Die Moderation übernimmt Frau Ida Renz (Dipl.-Sozialpädagogin).\n",
        [("Ida Renz", None, None)],
    ),
    Case(
        "near miss: a project lead's label before a common noun names no one",
        HEAD + "Die Moderation übernimmt die Stadtraum Ost eG (Angebot vom 02.03.2027, Projektleitung Sozialamt).\n",
        [(None, "Stadtraum Ost eG", None)],
    ),
    Case(
        "near miss: the municipality's own staff after a possessive joins no one outside a facilitation",
        HEAD + "Die Volkshochschule Obermain bietet Sprachkurse an; eingesetzt wird ihre Referentin Frau Hanne"
        " Zettl.\n",
        [],
    ),
    Case(
        "two offers set side by side with equal points engage neither; the one drawn is engaged",
        HEAD + "Die Begleitung wurde ausgeschrieben. Zwei Angebote erreichten je 80 Punkte: das Angebot der"
        " Quartier Plus GmbH, Zwickau, und das Angebot des Vereins für Teilhabe e. V., Plauen. Das Los fiel"
        " auf die Quartier Plus GmbH, die mit der Moderation beauftragt wird.\n",
        [(None, "Quartier Plus GmbH", None)],
    ),
    Case(
        "near miss: one offer and its concept in one sentence are no offers side by side",
        HEAD + "Das Angebot der Quartier Plus GmbH und ihr Konzept überzeugten; sie wird mit der Moderation"
        " beauftragt.\n",
        [(None, "Quartier Plus GmbH", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_lead_named_by_label_or_pronoun(case: Case) -> None:
    assert run(case.text) == case.expected
