"""facilitators: a table of those engaged under a header opening with the contractor noun
("Auftragnehmerin   Ansprechperson   Leistung   Honorar brutto"): each row's organisation with the
person of its contact column and its fee, the organisation's and the service's rests wrapped onto the
lines below; a table of building contractors names no one (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Landkreis Erlenbach\nSitzungsvorlage\n\nBetreff: Teilhabeplan\n\n"
CASES = [
    Case(
        "one row, the organisation and the service wrapped",
        HEAD + "Für die Moderation der Werkstätten wurden drei Angebote eingeholt. Wirtschaftlichstes Angebot:\n\n"
        " Auftragnehmerin                Ansprechperson      Leistung                 Honorar brutto\n"
        " ------------------------------ ------------------- ------------------------ --------------\n"
        " Zentrum für Beteiligung        Frau Dr. Ina Kolb   Moderation, 4 Foren,        12.376,00 €\n"
        " Erlenbach e. V., Talheim                           Dokumentation\n\n"
        "Das Honorar entspricht 10.400,00 € zuzüglich Umsatzsteuer.\n",
        [("Dr. Ina Kolb", "Zentrum für Beteiligung Erlenbach e. V.", 12376.0)],
    ),
    Case(
        "two rows without a contact column, each with its fee",
        HEAD + "Die Begleitung des Prozesses wird in zwei Losen vergeben:\n\n"
        "Auftragnehmer            Los                        Auftragswert\n"
        "Talbrücke Dialog GmbH    1 Moderation               8.330,00 €\n"
        "Institut Raum und        2 Evaluation               9.520,00 €\n"
        "Teilhabe e. V.\n",
        [(None, "Talbrücke Dialog GmbH", 8330.0), (None, "Institut Raum und Teilhabe e. V.", 9520.0)],
    ),
    Case(
        "building contractors name no one",
        HEAD + "Die Sanierung des Jugendhauses wurde vergeben:\n\n"
        "Auftragnehmer            Gewerk                     Auftragswert\n"
        "Bau Erlenbach GmbH       Rohbau                     84.330,00 €\n",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_contractor_tables(case: Case) -> None:
    assert run(case.text) == case.expected
