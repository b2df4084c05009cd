"""A sentence going on from the group's that opens with an adverbial before "gehören ihr" ("Kraft Amtes
gehören ihr die Beigeordnete, Frau A, … an"), and a group led by two ("Sie wird in einer Doppelspitze
geleitet: von der Bürgermeisterin Frau A und vom Sprecher des Beirats, Herrn B"); and what is none
(invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

AFTER_ADVERBIAL = (
    "3. Lenkungsgruppe Teilhabe\n\n"
    "Die Lenkungsgruppe steuert die Umsetzung und berichtet dem Rat. Sie hat neun Mitglieder. Kraft Amtes\n"
    "gehören ihr die Beigeordnete für Bildung und Soziales, Frau Dr. Johanna Seidel, die den Vorsitz führt,\n"
    "und der Leiter des Amtes 50, Herr Ole Brandt, an. Die übrigen Mitglieder wählt der Rat.\n"
)


def test_an_adverbial_before_gehoeren_ihr_goes_on_from_the_group() -> None:
    names = [m.member for g in groups_of(AFTER_ADVERBIAL) for m in g.members]
    assert names == ["Dr. Johanna Seidel", "Ole Brandt"]


def test_another_verb_after_the_adverbial_names_no_members() -> None:
    text = AFTER_ADVERBIAL.replace("gehören ihr", "berichten ihr")
    assert [m.member for g in groups_of(text) for m in g.members] == []


LED_BY_TWO = (
    "4. Lenkungskreis Teilhabe\n"
    "Der Lenkungskreis steuert die Umsetzung und berichtet dem Sozialausschuss. Er wird in einer Doppelspitze\n"
    "geleitet: von der Zweiten Bürgermeisterin Frau Dr. Greta Lindqvist und vom Sprecher des Seniorenbeirats,\n"
    "Herrn Kemal Aydın. Die Geschäftsführung liegt beim Amt für Soziales.\n"
)


def test_a_group_led_by_two_names_both_chairs() -> None:
    (group,) = groups_of(LED_BY_TWO)
    assert [(m.member, m.is_chair) for m in group.members] == [("Dr. Greta Lindqvist", True), ("Kemal Aydın", True)]
    assert group.chair == "Dr. Greta Lindqvist"


def test_led_by_two_offices_without_persons_names_none() -> None:
    text = LED_BY_TWO.replace("Frau Dr. Greta Lindqvist", "").replace(",\nHerrn Kemal Aydın", "")
    assert [m.member for g in groups_of(text) for m in g.members] == []
