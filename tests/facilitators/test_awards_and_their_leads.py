"""The award of the work and the person who leads it for the one awarded
(``extractors/facilitators``): the award as a noun with the work between ("die Vergabe der
Moderation an …"), the tender's winner ("erhält … den Zuschlag"), a numbered section's title
over the sentences, the lead placed "dort" or given the bare "Leitung", the fee after the lead's
sentence, and one organisation named in two cases; and what is none (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Landkreis Uckerau\nBeschlussvorlage\n\n"
DECISION = (
    "Beschlussvorschlag:\nDer Kreistag beschließt\n1. die Leitlinien der Teilhabestrategie (Anlage 1),\n"
    "2. die Vergabe der externen Moderation an die Dialogwerkstatt Havel GmbH,\n   Oranienburg.\n\n"
)
CASES = [
    Case(
        "the award as a noun in a decision's item, the work between it and its recipient",
        HEAD + DECISION,
        [(None, "Dialogwerkstatt Havel GmbH", None)],
    ),
    Case(
        "the tender's winner under a numbered section's title, its lead and the volume after",
        HEAD + "Begründung:\n\n3. Moderation\nNach öffentlicher Ausschreibung mit fünf Angeboten erhält die "
        "Dialogwerkstatt Havel\nGmbH den Zuschlag. Projektleiterin ist Frau Mira Osterkamp. Das Auftragsvolumen "
        "beträgt\n30.000,00 EUR netto, 35.700,00 EUR brutto.\n\n4. Finanzierung\nDie Mittel stehen im Haushalt "
        "bereit.\n",
        [("Mira Osterkamp", "Dialogwerkstatt Havel GmbH", 35700.0)],
    ),
    Case(
        "the lead placed 'dort', in the organisation the sentence before engaged",
        HEAD + "3. Prozessbegleitung\nNach einer Preisanfrage hat die Beratungsgenossenschaft Spree eG das "
        "günstigste Angebot abgegeben. Die Moderation übernimmt dort Dipl.-Päd. Lennart Vogt. Das Angebot "
        "beläuft sich auf 12.000,00 EUR brutto.\n",
        [("Dipl.-Päd. Lennart Vogt", "Beratungsgenossenschaft Spree eG", 12000.0)],
    ),
    Case(
        "the bare 'Leitung' after the engagement, the sum of the agreement after it, the name declined before",
        HEAD + "Der Kreistag beschließt die Beauftragung der Evangelischen Hochschule Templin mit der "
        "wissenschaftlichen Begleitung.\n\n5. Evaluation\nMit der wissenschaftlichen Begleitung wird die "
        "Evangelische Hochschule Templin beauftragt. Die Leitung liegt bei Prof. Dr. Hanna Roeder. Grundlage ist "
        "eine Vereinbarung über 18.000 Euro für zwei Jahre.\n",
        [("Prof. Dr. Hanna Roeder", "Evangelische Hochschule Templin", 18000.0)],
    ),
    # none
    Case(
        "a surcharge is no award",
        HEAD + "3. Moderation\nDie Moderation der Foren übernimmt die Verwaltung. Für Abendtermine erhalten die "
        "Beschäftigten einen Zuschlag.\n",
        [],
    ),
    Case(
        "a list of tasks is no section's title: the sentence after it engages no one",
        HEAD + "Aufgaben der Lenkungsgruppe:\n- Moderation\n- Evaluation\nDie Geschäftsstelle liegt bei der "
        "Sozialplanung des Kreises.\n",
        [],
    ),
    Case(
        "a lead under a section's title without an engagement before it is no one's",
        HEAD + "3. Moderation\nDie Projektleitung liegt bei Frau Edda Riemer.\n",
        [],
    ),
    Case(
        "the lead named pages after the award, the host by its head noun ('beim Institut')",
        HEAD + "3. Evaluation\nDie Evaluation wird an das Institut für Sozialplanung Nord e. V., Lübeck, vergeben.\n\n"
        "4. Vergabe\nBieter A: Büro Wendt, Kiel\nBieter B: Institut für Sozialplanung Nord e. V., Lübeck\n\n"
        "Das Angebot des Bieters B ist das wirtschaftlichste. Die Projektleitung beim Institut liegt\nbei Frau "
        "Dr. Hanna Brodersen. Die Bieter werden informiert.\n",
        [("Dr. Hanna Brodersen", "Institut für Sozialplanung Nord e. V.", None)],
    ),
    Case(
        "a lead 'beim Büro' where the one awarded is an institute: no host, the institute's row keeps no person",
        HEAD + "3. Evaluation\nDie Evaluation wird an das Institut für Sozialplanung Nord e. V., Lübeck, vergeben.\n\n"
        "4. Vergabe\nDas Angebot ist das wirtschaftlichste. Die Projektleitung beim Büro liegt\nbei Frau "
        "Dr. Hanna Brodersen.\n",
        [(None, "Institut für Sozialplanung Nord e. V.", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_awards_and_their_leads(case: Case) -> None:
    assert run(case.text) == case.expected
