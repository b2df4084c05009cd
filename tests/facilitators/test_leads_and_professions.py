"""facilitators: the lead of the work named in a clause after a semicolon in the sentence that engages
an organisation ("…; die Projektleitung liegt bei Dr. X") or in the sentence right after it that also
has the lead moderate ("Projektleiterin ist Frau Y; sie moderiert auch …"): the person joins the
organisation's row, no second row. A person named bare after the nouns of a profession in the
subject's place after the verb, one of them a role's ("Die Foren moderiert die freiberufliche Moderatorin
und Beraterin Anna Beispiel, Ort."). The gross fee where a net one stands beside it ("… € netto (… € brutto)").
Negatives: a lead with no organisation engaged, an official of the town after the verb, a lead naming
an office, and a person guiding others rather than the process (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Kreis Unterweser\nBeschlussvorlage\n\nBetreff: Teilhabekonzept\n\n"
CASES = [
    Case(
        "a lead in a clause after a semicolon of the engaging sentence",
        HEAD + "4. Externe Begleitung\nNach einer Preisanfrage soll die Planungswerkstatt Ostheide GmbH, Lüneburg,"
        " die Foren moderieren; die\nProjektleitung liegt bei Frau Dr. Henrike Solms. Das Angebot beläuft sich auf"
        " 23.800,00 € brutto (20.000,00 € netto).\n",
        [("Dr. Henrike Solms", "Planungswerkstatt Ostheide GmbH", 23800.0)],
    ),
    Case(
        "the lead in the next sentence, who moderates a conference as well",
        HEAD + "5. Evaluation\nEine externe Evaluation begleitet die Umsetzung. Das günstigste Angebot hat die"
        " Sozialforschung Weserbergland GmbH, Hameln, abgegeben: 30.000,00 € netto (35.700,00 € brutto)."
        " Projektleiter ist Herr Dr. Tobias Renner; er moderiert auch die jährliche Teilhabekonferenz.\n",
        [("Dr. Tobias Renner", "Sozialforschung Weserbergland GmbH", 35700.0)],
    ),
    Case(
        "a bare name after two nouns of a profession, the verb before its subject",
        HEAD + "6. Moderation\nDie drei Regionalforen moderiert die selbständige"
        " Moderatorin und Kommunikationstrainerin Johanna\nWeidlich, Nienburg. Ihr Honorar beträgt 3.000,00 € netto"
        " zuzüglich Umsatzsteuer, insgesamt 3.570,00 € brutto.\n",
        [("Johanna Weidlich", None, 3570.0)],
    ),
    Case(
        "a net fee alone stays the fee",
        HEAD + "6. Moderation\nDie Werkstätten moderiert die erfahrene Moderatorin Carla Brettschneider, Verden."
        " Ihr Honorar beträgt 2.400,00 € netto.\n",
        [("Carla Brettschneider", None, 2400.0)],
    ),
    # not facilitators
    Case(
        "a lead named with no organisation engaged",
        HEAD + "Der Prozess wird von der Verwaltung gesteuert; die Projektleitung liegt bei Frau Dr. Henrike Solms.\n",
        [],
    ),
    Case(
        "an official of the town after the verb",
        HEAD + "6. Moderation\nDie Sitzungen des Arbeitskreises moderiert die zuständige Sachgebietsleiterin"
        " Johanna Weidlich.\n",
        [],
    ),
    Case(
        "a lead clause naming an office: the organisation keeps no person",
        HEAD + "4. Externe Begleitung\nNach einer Preisanfrage soll die Planungswerkstatt Ostheide GmbH die Foren"
        " moderieren; die Projektleitung liegt beim Amt für Soziales.\n",
        [(None, "Planungswerkstatt Ostheide GmbH", None)],
    ),
    Case(
        "newcomers guided by a volunteer after the verb",
        HEAD + "Die neu zugewanderten Familien begleitet die ehrenamtliche Lotsin Marta Kowalczyk.\n",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_leads_and_professions(case: Case) -> None:
    assert run(case.text) == case.expected
