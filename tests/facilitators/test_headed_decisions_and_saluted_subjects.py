"""facilitators: a decision proposal whose heading stands alone with its colon on the sentence's first line,
run together with a table above it ("Beratungsfolge" / rows / "" / "Beschlussvorschlag:" / "Der Rat … beauftragt
Frau X, Ort, mit der Moderation …"): the heading is no label of a value of its own, the sentence is read whole.
A person a salutation names after a singular role verb and the words of its time, where the sentence opens with
the verb's objects ("Die Foren und die Sitzungen moderiert ab 2026 Frau X"). An institute of a university named
with its own name before its kind ("Institut für A der Weserland Hochschule für B"), one organisation, and its
lead in the next sentence ("Verantwortlich ist Prof. Dr. Y"), or in the one after a sentence naming no one.
Negatives: a verb in the plural, a group that deliberates, a passive without its agent, a heading leading in
a sentence that engages no one, a lead two sentences after the engagement (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Gemeinde Lindenau\nBeschlussvorlage\n\n"
TABLE = (
    "Beratungsfolge\nGremium\n   Termin            Status            Zuständigkeit\n"
    "Ausschuss für Soziales und Kultur\n   14.03.2027        öffentlich        Vorberatung\n"
    "Gemeinderat\n   28.03.2027        öffentlich        Entscheidung\n\n\n"
)
CASES = [
    Case(
        "a decision proposal under its heading, run together with the table above it",
        HEAD + TABLE + "Beschlussvorschlag:\nDer Gemeinderat beschließt die Schwerpunkte, bildet die Lenkungsgruppe "
        "in der dargestellten Zusammen-\nsetzung und beauftragt Frau Dipl.-Soz. Marlene Hoffstedt-Brauer, Verden, "
        "mit der\nModeration der Bürgerwerkstätten.\n",
        [("Dipl.-Soz. Marlene Hoffstedt-Brauer", None, None)],
    ),
    Case(
        "a saluted person after a singular role verb, the objects before it",
        HEAD + "5. Moderation\nDie Foren und die Sitzungen der Lenkungsgruppe moderiert ab Herbst 2027 Herr\n"
        "Jasper Lindqvist, freier Moderator aus Celle. Sein Honorar beträgt 4.000 € (umsatzsteuerfrei).\n",
        [("Jasper Lindqvist", None, 4000.0)],
    ),
    Case(
        "an institute of a university with its own name, its lead in the next sentence",
        HEAD + "4. Wissenschaftliche Begleitung\nDie Begleitung soll an das Institut für Teilhabeforschung der "
        "Weserland Hochschule für Soziale Arbeit, Campus Nienburg, vergeben werden. Die wissenschaftliche Leitung des "
        "Projekts hat Prof. Dr. Ansgar Toelle.\n",
        [
            (
                "Prof. Dr. Ansgar Toelle",
                "Institut für Teilhabeforschung der Weserland Hochschule für Soziale Arbeit",
                None,
            )
        ],
    ),
    Case(
        "the lead of the engaged firm after a sentence about its offer",
        HEAD
        + "5. Moderation\nDie Moderation der Foren soll die Dialogwerk Aller GmbH, Verden, übernehmen. Sie hat das "
        "wirtschaftlichste Angebot abgegeben: 10.000,00 Euro netto, 11.900,00 Euro brutto. Projektleiter ist "
        "Herr Till Brodersen.\n",
        [("Till Brodersen", "Dialogwerk Aller GmbH", 11900.0)],
    ),
    Case(
        "a lead two sentences after the engagement is no one's",
        HEAD + "5. Moderation\nDie Moderation der Foren soll die Dialogwerk Aller GmbH, Verden, übernehmen. Die Foren "
        "finden im Rathaus statt. Der Saal ist barrierefrei. Die Projektleitung liegt bei Herrn Till Brodersen.\n",
        [(None, "Dialogwerk Aller GmbH", None)],
    ),
    # not facilitators
    Case(
        "a plural verb: its subject may be the names after it",
        HEAD + "5. Moderation\nDie Foren und die Sitzungen moderieren ab Herbst 2027 Frau Ida Brandt und Herr Ole "
        "Sand aus der Verwaltung.\n",
        [],
    ),
    Case(
        "a group deliberating on a person's matter",
        HEAD + "5. Lenkungsgruppe\nDie Lenkungsgruppe berät im Mai Frau Ida Brandt zu ihrem Antrag.\n",
        [],
    ),
    Case(
        "a passive without its agent",
        HEAD + "5. Moderation\nDie Foren und die Sitzungen werden ab Herbst 2027 moderiert. Frau Ida Brandt lädt "
        "ein.\n",
        [],
    ),
    Case(
        "a heading leading in a sentence that engages no one",
        HEAD + TABLE + "Beschlussvorschlag:\nDer Gemeinderat beschließt die Schwerpunkte und bittet Frau Ida Brandt "
        "aus der Verwaltung, die Moderation\nder Foren vorzubereiten.\n",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_headed_decisions_and_saluted_subjects(case: Case) -> None:
    assert run(case.text) == case.expected
