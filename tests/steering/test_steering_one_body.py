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


def test_a_steering_group_reporting_on_the_concept_s_implementation_is_kept_without_members() -> None:
    text = (
        "Der Ausschuss hat angeregt, dass die Lenkungsgruppe zunächst dem Seniorenbeirat und dann dem Rat über"
        " die Fortschritte bei der Umsetzung des Integrationsplans berichten soll."
    )
    groups = groups_of(text)
    assert [(g.group_name, g.members) for g in groups] == [("Lenkungsgruppe", [])]


def test_a_working_group_reporting_on_another_plan_is_no_group_of_the_process() -> None:
    assert (
        groups_of("Die Arbeitsgruppe Verkehr soll über den Stand der Umsetzung des Lärmaktionsplans berichten.") == []
    )
