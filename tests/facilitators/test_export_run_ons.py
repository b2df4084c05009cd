"""The one engaged read the same where an export ran a block into the sentence leading it in, flattened its
gaps or set it apart by blank lines: labels and values under a lead-in wrapped onto a line of its own, a label
with a remark in brackets, a label's gap a single space; a table's head and rows an export ran into the sentence
whose role verb's colon leads to them name no one; an organisation's name ends before a line holding a person's
name alone, where an export ran an annex's list into the signature under it (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Landkreis Uckerau\nBeschlussvorlage\n\nBegründung:\n\n"
END = "\n\n5. Finanzen\nDie Mittel stehen bereit.\n"
CASES = [
    Case(
        "labels and values run into a lead-in wrapped onto a line of its own",
        HEAD + "4. Wissenschaftliche Begleitung\nDie Verwaltung hat drei Hochschulen angefragt und schlägt folgende\n"
        "Vergabe vor:\nAuftragnehmerin Evangelische Hochschule Uckerau, Institut für Sozialplanung\n"
        "und Teilhabe\nProjektleitung Prof. Dr. Jan Peter Ott\nLeistung Begleitung der Fortschreibung\n"
        "Honorar 24.990,00 €" + END,
        [
            (
                "Prof. Dr. Jan Peter Ott",
                "Evangelische Hochschule Uckerau, Institut für Sozialplanung und Teilhabe",
                24990.0,
            )
        ],
    ),
    Case(
        "a label with a remark in brackets before its colon, set apart by blank lines",
        HEAD + "4. Vergabe der Prozessmoderation\nNach dem Rückzug des erstplatzierten Bieters rückt das Angebot "
        "auf Rang 2 nach:\n\nAuftragnehmer (neu): Dr. Jan Ott\n\nModeration & Beratung, Fulda\n\n"
        "Leistung: Moderation von sechs Sitzungen" + END,
        [("Dr. Jan Ott", None, None)],
    ),
    Case(
        "a label's gap flattened to a single space before a degree, set apart by blank lines",
        HEAD + "4. Vielfaltsfest\nFür die Moderation hat die Verwaltung zwei Angebote eingeholt. Wirtschaftlichstes "
        "Angebot:\n\nAuftragnehmerin Dipl.-Päd. Ina Berg\n\nModeration & Prozessbegleitung, Fulda\n\n"
        "Leistung 5 Zukunftswerkstätten" + END,
        [("Dipl.-Päd. Ina Berg", None, None)],
    ),
    Case(
        "a table of a group's patrons run into the sentence whose role verb's colon leads to it",
        HEAD + "3. Koordinierungskreis\nJedes Handlungsfeld erhält im Koordinierungskreis eine Patin oder\n"
        "einen Paten, die oder der die Umsetzung im Feld begleitet und berichtet:\n"
        "Handlungsfeld Patin / Pate im Koordinierungskreis\n"
        "Sprache und Bildung Schulamtsdirektor Florian Beispiel (Staatliches Schulamt)\n"
        "Arbeit und Wirtschaft Sabine Muster (Agentur für Arbeit Uckerau)\n"
        "Außerdem gehört dem Koordinierungskreis Stadträtin Katharina Probe an." + END,
        [],
    ),
    Case(
        "the verb's subject named after its colon on the line below still is",
        HEAD + "4. Foren\nZu den Foren laden wir zwei Gäste ein, die den Prozess moderieren werden:\n"
        "die Soziologin Anna Beispiel sowie Herr Bernd Muster." + END,
        [("Anna Beispiel", None, None), ("Bernd Muster", None, None)],
    ),
    Case(
        "an annex's list run into the signature under it: the university's name ends at its line",
        HEAD + "4. Wissenschaftliche Begleitung\nDie Hochschule Uckerau begleitet das Programm unter der Leitung von "
        "Frau Prof. Dr.\nHanna Beispiel.\n\n5.\n\nFinanzierung 2031\nAusgaben € Einnahmen €\n"
        "Wissenschaftliche Begleitung 12.000 Landesförderung 18.000\nSumme 12.000 Summe 18.000\n"
        "Die Eigenmittel sind im Produkt 05.03.01 veranschlagt.\nAnlagen\n1 Handlungsprogramm Integration 2031\n"
        "2 Entwurf Kooperationsvertrag Westfälische Hochschule\nMatthias Muster\nBürgermeister\n",
        [("Prof. Dr. Hanna Beispiel", "Hochschule Uckerau", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_export_run_ons(case: Case) -> None:
    assert run(case.text) == case.expected
