"""One field named last in a sentence that counts the fields, after an adjective and the singular
noun ("… sechs Handlungsfeldern: den fünf bisherigen und dem neuen Handlungsfeld X."); a mention
in passing, a sentence whose name does not run to its end and a name of no topic yield nothing
(invented documents)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

HEAD = "Landkreis Birkenau\nBeschlussvorlage 2028/012\n\n3. Handlungsfelder der Fortschreibung\n"
SENTENCE = "Die Fortschreibung folgt drei Handlungsfeldern: den zwei bisherigen und dem neuen Handlungsfeld {name}.\n"


def test_the_field_a_counting_sentence_adds() -> None:
    assert labels(HEAD + SENTENCE.format(name="Gesundheit und Pflege")) == ["Gesundheit und Pflege"]


@pytest.mark.parametrize(
    "text",
    [
        "Im neuen Handlungsfeld Gesundheit und Pflege wurde bereits begonnen.\n",
        "Die Fortschreibung folgt drei Handlungsfeldern: den zwei bisherigen und dem neuen Handlungsfeld "
        "Gesundheit und Pflege mit eigenem Budget zu.\n",
        SENTENCE.format(name="Haushalt und Finanzen"),
    ],
    ids=["passing", "name-not-last", "no-topic"],
)
def test_no_added_field(text: str) -> None:
    assert labels(HEAD + text) == []
