"""The lead of the work named right after an engagement whose organisation the readers do not take (a
name in lower case, or one a full stop cuts) or as a label under the one engaged in a block of labels and
values, a company whose own name holds the word "Stadt", the winner alone of a table of bidders
(``extractors/facilitators``); and what is none (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Landkreis Uckerau\nBeschlussvorlage\n\nBegründung:\n\n"
CASES = [
    Case(
        "a lead after an offer of an organisation named in lower case, under a heading of the role",
        HEAD + "D. Wissenschaftliche Begleitung\nFür die Fortschreibung soll die Verwaltung begleitet werden. "
        "Die hs uckerau, Fakultät für\nSozialwesen, hat ein Angebot vorgelegt. Verantwortlich ist Prof. Dr. Ina "
        "Kessler-\nAmrani. Das Honorar beträgt 12.000,00 €.\n\nE. Kosten\nDie Mittel stehen bereit.\n",
        [("Prof. Dr. Ina Kessler-Amrani", None, 12000.0)],
    ),
    Case(
        "a lead by 'leiten' and a pronoun joins the organisation named again in the paragraph",
        HEAD + "Beschlussvorschlag:\n1. Der Landrat wird ermächtigt, mit der Hochschule Uckerau eine Vereinbarung "
        "über die wissenschaftliche Begleitung abzuschließen.\n\nBegründung\n\nWissenschaftliche Begleitung\n"
        "Die Hochschule Uckerau, Fachbereich Arbeit. Bildung. Kultur, hat angeboten, die Bestandsaufnahme zu "
        "übernehmen. Leiten wird es\nFrau Prof. Dr. Ina Berg. Die Hochschule erhält dafür eine "
        "Aufwandsentschädigung\nvon 3.600,00 €.\n",
        [("Prof. Dr. Ina Berg", "Hochschule Uckerau", 3600.0)],
    ),
    Case(
        "'Stadt' before the legal form is a word of a company's name",
        HEAD + "Der Kreistag stimmt der Vergabe der Prozessbegleitung an die Zukunft Stadt GmbH, Kassel, zu.\n",
        [(None, "Zukunft Stadt GmbH", None)],
    ),
    Case(
        "the lead's label under the one engaged in a block of labels and values",
        HEAD + "4. Wissenschaftliche Begleitung\nDie Verwaltung schlägt folgende Vergabe vor:\n\n"
        "Auftragnehmerin     Evangelische Hochschule Uckerau, Institut für Sozialplanung\n"
        "                    und Teilhabe\n"
        "Projektleitung      Prof. Dr. Jan Ott\nLeistung            Begleitung der Fortschreibung\n"
        "Honorar             24.990,00 €\n\n5. Finanzen\nDie Mittel stehen bereit.\n",
        [("Prof. Dr. Jan Ott", "Evangelische Hochschule Uckerau, Institut für Sozialplanung und Teilhabe", 24990.0)],
    ),
    Case(
        "only the winner's row of a table of bidders is the one engaged",
        HEAD + "4. Vergabe der Prozessbegleitung\nDie Verwaltung hat drei Anbieter zur Abgabe eines Angebots "
        "aufgefordert.\n\n  Bieter                                     Angebot (brutto)   Rang\n"
        "  Büro für Dialog und Moderation, Kassel        22.610,00 €    2\n"
        "  Planwerk Beteiligung GmbH, Fulda              19.873,50 €    1\n\n"
        "Das Planwerk hat das wirtschaftlichste Angebot abgegeben.\n",
        [(None, "Planwerk Beteiligung GmbH", 19873.5)],
    ),
    Case(
        "a lead with no engagement before it names no one",
        HEAD + "Wissenschaftliche Begleitung\nDie Daten liegen seit Mai vor. Verantwortlich ist Frau Dr. Ina Berg.\n",
        [],
    ),
    Case(
        "the town before the legal form of its own company stays the town's",
        HEAD + "Die Moderation übernimmt die Stadt Uckerau.\n",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_leads_without_a_read_organisation(case: Case) -> None:
    assert run(case.text) == case.expected
