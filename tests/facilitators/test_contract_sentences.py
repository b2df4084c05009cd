"""facilitators: the organisation a contract or an award sentence engages and its person in the same
sentence: a contact after "dort" with a degree before the name ("…; Ansprechpartner ist dort Herr
Dipl.-Geogr. X"), the one responsible after a semicolon ("…; verantwortlich ist Prof. Dr. Y"), the owner
in an apposition ("an das Büro X, Inhaberin Z, Ort, …"), a name and its kind after a dash as one
organisation ("Büro X – Agentur für Y"); an award in the passive ("Der Auftrag wird … an … erteilt")
after a sentence about the role. The gross fee where the net one is bracketed after it. Negatives: the
accompaniment of people (care, no support of the process), an award with no role before it, the person
a header's field names in charge ("Federführung: Amt 50, Herr X") and a net mark after another amount
(invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Gemeinde Talheim\nBeschlussvorlage\n\nBetreff: Integrationskonzept Talheim\n\n"
CASES = [
    Case(
        "a contract sentence's firm, its contact after 'dort' with a degree before the name",
        HEAD + "4. Moderation\nNach einer Preisanfrage soll der Auftrag für die Moderation der Foren mit der Firma"
        " Dialograum Mittelland GmbH, Jena, zu einem Honorar von 14.280,00 EUR brutto geschlossen werden;"
        " Ansprechpartner ist dort Herr Dipl.-Geogr. Malte Ruhnke.\n",
        [("Dipl.-Geogr. Malte Ruhnke", "Dialograum Mittelland GmbH", 14280.0)],
    ),
    Case(
        "an institute bound by contract, the one responsible after a semicolon, the volume in the next sentence",
        HEAD + "5. Externe Begleitung\nFür die Evaluation des Konzepts wird das Institut für Gemeinwesen und"
        " Teilhabe (IGT) e. V., Kassel, vertraglich gebunden; verantwortlich ist Prof.\nDr. Greta Asmussen."
        " Das Auftragsvolumen beträgt 27.370,00 € brutto.\n",
        [("Prof. Dr. Greta Asmussen", "Institut für Gemeinwesen und Teilhabe (IGT) e. V.", 27370.0)],
    ),
    Case(
        "an award in the passive after a sentence about the role, the owner in an apposition, a dash in the name",
        HEAD + "6. Moderation\nFür die Moderation der Foren hat die Verwaltung drei Angebote eingeholt. Der Auftrag"
        " wird an das Büro Weitblick – Agentur für Dialog, Inhaberin Carla Wendt, Aalen, zu einer Auftragssumme"
        " von 11.900,00 € inkl. 19 % MwSt. (netto 10.000,00 €) erteilt.\n",
        [("Carla Wendt", "Büro Weitblick – Agentur für Dialog", 11900.0)],
    ),
    Case(
        "an award in the passive with no role before it engages no facilitator",
        HEAD + "6. Spielplatz\nFür die Geräte hat die Verwaltung drei Angebote eingeholt. Der Auftrag wird an das"
        " Büro Holzwerk, Inhaber Karl Brandt, Aalen, zu einer Auftragssumme von 11.900,00 € erteilt.\n",
        [],
    ),
    Case(
        "the accompaniment of people by a service's staff is care, no support of the process",
        HEAD + "3.2 Handlungsfeld Übergang Schule und Beruf\nBegleitung von jungen Menschen mit Fluchterfahrung"
        " durch die Lotsen der Jugendberufsagentur.\n",
        [],
    ),
    Case(
        "the person a header field names in charge is the town's official, not the process's support",
        "GEMEINDE TALHEIM Beschlussvorlage\nDer Bürgermeister Nr.: B 0012/2031\nTitel: Integrationskonzept Talheim"
        " 2031–2035 – Einsetzung einer\nSteuerungsgruppe und Beauftragung der Prozessbegleitung\nEinreicher:"
        " Bürgermeister Federführung: Amt 50, Herr Jonas Albers\n│ Beratung in (Gremium, Sitzungstag) │ Zuständigkeit"
        " │\n│ Gemeinderat, 12.05.2031 │ Entscheidung │\n",
        [],
    ),
    Case(
        "a net mark after another amount is that amount's: the bracketed gross amount is the fee",
        HEAD + "5. Evaluation\nEine externe Evaluation begleitet die Umsetzung. Das günstigste Angebot hat die"
        " Quartierswerk Nord GmbH, Husum, abgegeben: 20.000,00 € netto (23.800,00 € brutto).\n",
        [(None, "Quartierswerk Nord GmbH", 23800.0)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_contract_sentences(case: Case) -> None:
    assert run(case.text) == case.expected
