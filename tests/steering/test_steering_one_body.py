"""steering: two heads of one purpose in one paper are one body ("ein Lenkungskreis … eingerichtet" …
"Die Lenkungsgruppe setzt sich … zusammen"); groups of other purposes stay apart (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of


def test_a_synonym_head_without_members_gives_way_to_the_described_one() -> None:
    text = (
        "Zu Beginn des Vorhabens wurde ein Lenkungskreis eingerichtet. Er ist das höchste Gremium des Vorhabens.\n\n"
        "Die Lenkungsgruppe setzt sich aus den folgenden Mitgliedern zusammen:\n\n"
        "  • Leitung des Sozialamts\n  • Leitung des Jobcenters\n  • Volkshochschule Musterstadt\n"
    )
    groups = groups_of(text)
    assert [g.group_name for g in groups] == ["Lenkungsgruppe"]
    assert [m.member for m in groups[0].members] == [
        "Leitung des Sozialamts",
        "Leitung des Jobcenters",
        "Volkshochschule Musterstadt",
    ]


def test_groups_of_other_purposes_stay_apart() -> None:
    text = (
        "Die Stadt richtet eine Steuerungsgruppe ein, der der Bürgermeister und die Sozialdezernentin angehören.\n\n"
        "Daneben tagt ein Lenkungskreis zum Umbau des Bahnhofs, der den Bauablauf begleitet."
    )
    names = [g.group_name for g in groups_of(text)]
    assert "Steuerungsgruppe" in names
