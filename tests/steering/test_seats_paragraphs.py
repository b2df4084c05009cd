"""steering: members named in the paragraph after the group's own, and groups a member clause names
(invented examples):

- a paragraph opening with seats a body fills ("Der Gemeinderat wählt drei Ratsmitglieder.") after the
  paragraph that sets up a group goes on naming its members: persons the parties proposed after a
  colon, persons named after a semicolon ("…; benannt sind bisher …"), a pending seat ("die Benennung
  … steht aus", no member), a person after an office of a body ("wirkt der Ortsvorsteher des Ortsteils
  Au, Herr …, mit"); a paragraph opening otherwise does not;
- a body in the accusative whose person follows its name, the verb left out ("…, den Arbeitskreis
  Flucht Talheim Frau …"), is a member's body and no group;
- a compound group set up under a name of its topic ("die Einrichtung der Abstimmungsrunde
  Integration") with members listed is kept; without members it is not."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

_GROUP = (
    "3. Begleitkreis Teilhabeplanung\n\n"
    "Die Erarbeitung begleitet ein Begleitkreis Teilhabeplanung mit zehn Mitgliedern. Den Vorsitz führt\n"
    "die Sozialdezernentin, Frau Dr. Ina Weskamp; ihr Stellvertreter ist der Amtsleiter 50, Herr Ole\n"
    "Rathjen, der dem Gremium als Mitglied angehört.\n\n"
)
_SEATS = (
    "Der Gemeinderat wählt drei Ratsmitglieder. Die Fraktionen haben vorgeschlagen: Frau Janne Kock\n"
    "(CDU), Herrn Timo Backhaus (SPD) und Frau Rieke Ohlsen (Grüne). Die Ortsteile Au und Feld entsenden je\n"
    "eine Person aus ihrer Verwaltung; benannt sind bisher Frau Merve Aslan (Ortsamt Au), die Benennung\n"
    "des Ortsteils Feld steht aus. Für die Ortsteile wirkt der Ortsvorsteher des Ortsteils Au, Herr\n"
    "Claas Meyerdierks, mit. Die Diakonie vertritt Frau Svenja Thode.\n\n"
    "Der Begleitkreis tagt dreimal.\n"
)


def _members(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def test_a_paragraph_opening_with_seats_names_the_members() -> None:
    assert _members(_GROUP + _SEATS) == [
        "Dr. Ina Weskamp",
        "Ole Rathjen",
        "Janne Kock",
        "Timo Backhaus",
        "Rieke Ohlsen",
        "Merve Aslan",
        "Claas Meyerdierks",
        "Svenja Thode",
    ]


def test_a_paragraph_opening_otherwise_does_not_go_on() -> None:
    other = _SEATS.replace("Der Gemeinderat wählt drei Ratsmitglieder.", "Der Gemeinderat tagt im Mai.")
    members = _members(_GROUP + other)
    assert "Janne Kock" not in members and "Merve Aslan" not in members


def test_a_pending_seat_is_no_member() -> None:
    assert not any("Benennung" in m or "Feld" in m for m in _members(_GROUP + _SEATS))


_ROUND = (
    "Der Rat beschließt die Einrichtung der Abstimmungsrunde Integration nach Nr. 3.\n\n"
    "3. Abstimmungsrunde Integration\n\n"
    "Die Umsetzung wird in einer Abstimmungsrunde Integration abgestimmt. Die Verwaltung entsendet die\n"
    "Amtsleiterin, Frau Tanja Vogelsang, die die Runde leitet. Für das Jobcenter wirkt Herr Piet Lohmann\n"
    "mit. Die Moscheegemeinde Talheim vertritt Herr Emre Doğan, den Arbeitskreis Flucht Talheim Frau\n"
    "Hedda Brandt. Der Runde gehören damit vier Personen an.\n"
)


def test_a_body_with_its_person_after_a_left_out_verb_is_no_group() -> None:
    groups = groups_of(_ROUND)
    assert [g.group_name for g in groups] == ["Abstimmungsrunde Integration"]
    assert [m.member for m in groups[0].members] == ["Tanja Vogelsang", "Piet Lohmann", "Emre Doğan", "Hedda Brandt"]


def test_a_topic_named_round_without_members_is_not_kept() -> None:
    bare = _ROUND.split("3. Abstimmungsrunde")[0] + "Die Abstimmungsrunde Integration tagt monatlich.\n"
    assert groups_of(bare) == []
