"""facilitators: the lines of a quoted passage, a dashed bar down its margin, are one running text, not a
table's rows; each labelled line of an imprint is a field of its own, a printer or a translator no
facilitator; a person named without an organisation takes the institution of a citation the person
is an author of; an interim review produced by someone commissioned to do it is evaluation, a review
the administration presents is not (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Landkreis Birkenau\nBeschlussvorlage\n\nBetreff: Integrationskonzept\n\n"
CASES = [
    Case(
        "a quoted agreement's lines are one sentence: the institute and its lead one row",
        HEAD + "4. Wissenschaftliche Begleitung\nDie Universität Birkenau begleitet die Umsetzung wissenschaftlich."
        " Grundlage ist eine Vereinbarung:\n\n"
        "   ┊ Auszug aus der Kooperationsvereinbarung vom 02.03.2027\n"
        "   ┊ § 1  Gegenstand. Die Universität Birkenau, Forschungsstelle Ländliche Räume und\n"
        "   ┊      Migration (Leitung: Prof. Dr. Anna Beispiel), begleitet das Programm\n"
        "   ┊      in den Jahren 2027 bis 2030 wissenschaftlich.\n"
        "   ┊ § 4  Vergütung. Der Landkreis erstattet der Universität die Kosten\n"
        "   ┊      mit jährlich 12.000,00 €.\n",
        [("Prof. Dr. Anna Beispiel", "Universität Birkenau", 12000.0)],
    ),
    Case(
        "a table drawn with upright bars, no quotation's margin, still reads as a table",
        HEAD + "Die Steuerungsgruppe tagt viermal im Jahr. Ihr gehören an:\n"
        "   │ Jobcenter Birkenau        │ Frau Eva Muster     │\n"
        "   │ Caritasverband Birkenau   │ Herr Max Beispiel   │\n",
        [],
    ),
    Case(
        "an imprint's facilitator by its label, its translator and printer on the lines below no facilitators",
        HEAD + "Impressum\nHerausgeber: Landkreis Birkenau, Fachdienst Integration\n"
        "Prozessbegleitung: Dr. Anna Beispiel, Beratung & Moderation\nBeispiel,\nBirkenau\n"
        "Übersetzungen: Sprachendienst Tom Muster, Passau\nSatz und Druck: Druckerei Lindner GmbH, Birkenau\n"
        "Stand: April 2027 (Entwurf)\n",
        [("Dr. Anna Beispiel", None, None)],
    ),
    Case(
        "a printer's line of its own under the imprint's facilitator's is no facilitator either",
        HEAD + "Impressum\nModeration: Kommunikationsbüro Weitblick GmbH, Birkenau\n"
        "Druck: Druckerei Lindner GmbH, Birkenau\n",
        [(None, "Kommunikationsbüro Weitblick GmbH", None)],
    ),
    Case(
        "the evaluating team's lead takes the institution of the report cited below, one row with it",
        HEAD + "Der Rat beschließt, die Hochschule Birkenau mit der wissenschaftlichen Begleitung der"
        " Fortschreibung zu beauftragen.\n\n"
        "1. Evaluation\nDie Evaluation hat ein Forschungsteam um Prof. Dr. Anna Beispiel im Rahmen einer"
        " Kooperationsvereinbarung mit der Stadt erarbeitet (Quelle siehe unten).\n\n"
        "Quelle: Beispiel, A.; Muster, T. (2026): Zehn Jahre Integrationskonzept. Evaluationsbericht.\n"
        "Hochschule Birkenau, Institut für Soziologie. Birkenau, Dezember 2026.\n",
        [("Prof. Dr. Anna Beispiel", "Hochschule Birkenau", None)],
    ),
    Case(
        "a citation by an author of the same surname but another initial names no organisation of the person",
        HEAD + "1. Evaluation\nDie Evaluation hat ein Forschungsteam um Prof. Dr. Anna Beispiel im Rahmen einer"
        " Kooperationsvereinbarung mit der Stadt erarbeitet.\n\n"
        "Quelle: Beispiel, K.; Muster, T. (2026): Zehn Jahre Integrationskonzept.\n"
        "Hochschule Birkenau, Institut für Soziologie. Birkenau, Dezember 2026.\n",
        [("Prof. Dr. Anna Beispiel", None, None)],
    ),
    Case(
        "an interim review an institute produced as commissioned by the county is evaluation",
        HEAD + "2. Zwischenbilanz\nDie Zwischenbilanz hat das Institut für Teilhabeforschung e. V., Jena, im"
        " Auftrag des Landkreises erstellt (Leitung: Dr. Anna Beispiel). Grundlage sind 24 Interviews.\n",
        [("Dr. Anna Beispiel", "Institut für Teilhabeforschung e. V.", None)],
    ),
    Case(
        "an institute commissioned to produce the interim review, the review named after it",
        HEAD + "Das Institut für Teilhabeforschung e. V. hat im Auftrag des Landkreises eine Zwischenbilanz"
        " erstellt.\n",
        [(None, "Institut für Teilhabeforschung e. V.", None)],
    ),
    Case(
        "the administration's own interim review engages no one",
        HEAD + "2. Zwischenbilanz\nDie Zwischenbilanz hat die Koordinierungsstelle Integration im Auftrag des"
        " Kreistags erstellt. Der Fachdienst Soziales hat die Zahlen zusammengetragen.\n",
        [],
    ),
    Case(
        "an interim review commissioned by no one names no facilitator",
        HEAD + "Die Zwischenbilanz hat das Institut für Teilhabeforschung e. V. im März vorgestellt.\n",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_quotes_imprints_citations_and_reviews(case: Case) -> None:
    assert run(case.text) == case.expected
