"""A group of the process that acts without listed members: the working groups' results are brought
together into the concept in it."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

HEAD = "Niederschrift über die Sitzung des Sozialausschusses\n\nTOP 3: Sachstand Teilhabeplan\n\n"


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Im Herbst gehe es darum, die Ergebnisse der Arbeitskreise in der Lenkungsgruppe zu einem "
            "Gesamtplan zusammenzuführen.",
            ["Lenkungsgruppe"],
        ),
        (
            "Die Vorschläge der Foren werden in der Steuerungsgruppe zu einem Handlungskonzept verdichtet.",
            ["Steuerungsgruppe"],
        ),
        # negatives: a group of another matter, figures brought together into a table
        ("Die Lenkungsgruppe des Sportvereins habe getagt. Die Zahlen würden zu einer Tabelle zusammengeführt.", []),
    ],
    ids=["results-into-a-plan", "proposals-condensed", "no-concept"],
)
def test_a_group_bringing_results_into_the_concept(sentence: str, names: list[str]) -> None:
    text = HEAD + "Frau Beispiel berichtet über den Stand. Alle Arbeitskreise hätten getagt. " + sentence + "\n"
    assert [g.group_name for g in groups_of(text)] == names
