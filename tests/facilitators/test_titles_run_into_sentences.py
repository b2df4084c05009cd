"""facilitators: a section's title set on the line over its first sentence with no blank line between
is a heading of its own, not the sentence's first words; the subject after a salutation keeps the
organisation it is of; a compound contract ("Kooperationsvereinbarung mit …") engages; a forum of the
process that advises another of its groups is none (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

CASES = [
    Case(
        "a numbered title over a front passive",
        "3. Externe Begleitung\nBegleitet wird das Vorhaben vom Institut für Quartiersarbeit und Teilhabe (IQT),\n"
        "Kassel; zuständig ist dort Frau Ricarda Olbrich. Das Institut wurde aus vier Bewerbungen ausgewählt.\n",
        [("Ricarda Olbrich", "Institut für Quartiersarbeit und Teilhabe (IQT)", None)],
    ),
    Case(
        "a title over a sentence naming a person of an office after the verb",
        "Moderation\nDie drei Treffen des Beirats im Jahr 2031 leitet und moderiert Herr Tobias Wendrich vom\n"
        "Büro Klartext Beteiligung, Göttingen. Sein Angebot beläuft sich auf 6.400 Euro.\n",
        [("Tobias Wendrich", "Büro Klartext Beteiligung", 6400.0)],
    ),
    Case(
        "a cooperation agreement under a title of support",
        "C. Wissenschaftliche Begleitung\nFür die Auswertung der Befragungen schließt die Stadt eine\n"
        "Kooperationsvereinbarung mit der Hochschule Harz (Projektleitung: Prof. Dr. Lene Marquardt).\n",
        [("Prof. Dr. Lene Marquardt", "Hochschule Harz", None)],
    ),
    Case(
        "a sentence wrapped at the margin keeps its first line",
        "Die Moderation übernimmt das\nBüro Feldlinie GmbH aus\nLüneburg für zwei Jahre.\n",
        [(None, "Büro Feldlinie GmbH", None)],
    ),
    Case(
        "a forum of the process advising its steering group",
        "Das Fachforum Zusammenleben berät die Steuerungsrunde und tagt dreimal im Jahr.\n",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_titles_run_into_sentences(case: Case) -> None:
    assert run(case.text) == case.expected
