"""Two chairs named in one sentence ("Den Vorsitz führen gemeinsam …"): both members and chairs, the
first the group's, an office before a name or an address after an office's words left out; a sentence
of one chair, of offices without persons or of a deputy gives no second chair (invented examples)."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

HEAD = "Stadt Elsdorf\nBeschlussvorlage\n\nBetreff: Teilhabeplan 2030\n\n3. Begleitkreis\n"
TAIL = (
    " Weitere Mitglieder sind das Sozialamt, das Jobcenter Elsdorf und der Caritasverband Elsdorf.\n\n"
    "4. Kosten\nEs entstehen keine Kosten.\n"
)


def test_two_chairs_in_one_sentence() -> None:
    text = (
        HEAD + "Der Begleitkreis tagt viermal im Jahr. Den Vorsitz führen gemeinsam Dezernentin Dr. Lea Brandt\n"
        "und der Sprecher des Seniorenbeirats, Herr Jonas Weber." + TAIL
    )
    (group,) = groups_of(text)
    chairs = [m.member for m in group.members if m.is_chair]
    assert chairs == ["Dr. Lea Brandt", "Jonas Weber"]
    assert group.chair == "Dr. Lea Brandt"


def test_a_leadership_shared_by_two() -> None:
    text = (
        HEAD
        + "Der Begleitkreis tagt viermal im Jahr. Die Leitung haben gemeinsam Greta Lindqvist und Kemal Aydın."
        + TAIL
    )
    (group,) = groups_of(text)
    assert [m.member for m in group.members if m.is_chair] == ["Greta Lindqvist", "Kemal Aydın"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Den Vorsitz führen gemeinsam der Landrat und die Sozialdezernentin.",  # offices, no persons
        "Den Vorsitz führt Dr. Lea Brandt.",  # one chair
        "Stellvertretende Vorsitzende ist Greta Lindqvist.",  # a deputy
    ],
    ids=["offices", "one-chair", "deputy"],
)
def test_no_second_chair(sentence: str) -> None:
    (group,) = groups_of(HEAD + "Der Begleitkreis tagt viermal im Jahr. " + sentence + TAIL)
    assert len([m for m in group.members if m.is_chair]) <= 1
