"""steering: a second group beside the steering group, described in a section or paragraph of its own:
its members are its own, not the first group's; its chair named by a sentence about it; bodies with their
persons in brackets give the persons (invented examples)."""

from __future__ import annotations

from extractors import load_resources
from extractors.steering.rules import MemberRow, member_rules
from extractors.steering.run_in import run_in_members
from tests.steering.test_steering import groups_of

SECTIONS = (
    "Beschlussvorschlag:\n"
    "Für das Handlungskonzept Teilhabe wird ein Lenkungskreis Teilhabe gebildet; beraten wird er von\n"
    "einem Expertenbeirat, der zur Begleitung eingesetzt wird.\n\n"
    "Begründung:\n\n"
    "2. Lenkungskreis Teilhabe\n"
    "Der Lenkungskreis hat fünf Mitglieder. Ihm gehören an: Kreisrätin Dr. Olga Brenner (Leitung),\n"
    "Herr Tobias Wendt (Sozialamt) und Frau Kreisrätin Ute Marek (FDP).\n\n"
    "3. Expertenbeirat Teilhabe\n"
    "Der Expertenbeirat gibt dem Lenkungskreis fachliche Hinweise. Den Vorsitz führt die Sprecherin\n"
    "des Seniorenbeirats, Frau Łucja Zielińska. Berufen wurden:\n"
    "   –  Frau Nasrin Tavakoli, Kulturbrücke Oderland e. V.\n"
    "   –  Herr Bernd Kaltofen, Kreishandwerkerschaft Oderland\n"
    "   –  Frau Greta Lindqvist, Volkshochschule Oderland\n\n"
    "4. Kosten\n"
    "Es entstehen keine Kosten.\n"
)


def test_a_numbered_section_naming_a_beirat_holds_its_own_members_and_chair() -> None:
    found = {g.group_name: g for g in groups_of(SECTIONS)}
    assert sorted(found) == ["Expertenbeirat Teilhabe", "Lenkungskreis Teilhabe"]
    beirat = found["Expertenbeirat Teilhabe"]
    assert beirat.chair == "Łucja Zielińska"
    assert [m.member for m in beirat.members] == [
        "Łucja Zielińska",
        "Nasrin Tavakoli",  # a given name the dictionary does not know, after "Frau": the person
        "Bernd Kaltofen",
        "Greta Lindqvist",
    ]
    assert beirat.members[0].is_chair
    steering = [m.member for m in found["Lenkungskreis Teilhabe"].members]
    assert "Nasrin Tavakoli" not in steering and "Bernd Kaltofen" not in steering


PARAGRAPHS = (
    "Teil 2 – Gremien\n"
    "Die Steuerungsrunde Vielfalt legt die Schwerpunkte fest. Sie wird von der Dezernentin für Bildung,\n"
    "Frau Paula Ostrowski, geleitet; ihr gehören außerdem Amtsleiter Kai Brunner (Jugendamt) und die\n"
    "Stadträtin Sina Vogt (SPD) an.\n\n"
    "Das Praxisforum Vielfalt berät die Steuerungsrunde und tagt dreimal jährlich. Es\n"
    "setzt sich zusammen aus Fachleuten von: Caritasverband Oderland e. V. (Jonas Heller),\n"
    "Jobcenter Oderland (Mira Stachowiak), Hochschule Oderland (Prof. Dr. Lena Kraft) und\n"
    "Kurdischer Elternverein Oderland e. V. (Azad Korkmaz).\n"
    "Vorsitzende des Praxisforums ist Mira Stachowiak.\n\n"
    "Die Geschäftsstelle liegt beim Amt für Integration.\n"
)


def test_bodies_with_their_persons_in_brackets_give_the_persons_of_a_second_group() -> None:
    found = {g.group_name: g for g in groups_of(PARAGRAPHS)}
    assert sorted(found) == ["Praxisforum Vielfalt", "Steuerungsrunde Vielfalt"]
    forum = found["Praxisforum Vielfalt"]
    assert [(m.member, m.sector) for m in forum.members] == [
        ("Jonas Heller", "welfare"),
        ("Mira Stachowiak", "public_agency"),
        ("Prof. Dr. Lena Kraft", "research"),
        ("Azad Korkmaz", "migrant_organisation"),
    ]
    assert forum.chair == "Mira Stachowiak"  # "Vorsitzende des Praxisforums": the forum's, a genitive "-s"
    assert found["Steuerungsrunde Vielfalt"].chair == "Paula Ostrowski"


def test_the_chair_of_another_body_named_in_a_groups_sentences_is_not_its_chair() -> None:
    text = (
        "Zur Steuerung des Prozesses wird eine Lenkungsgruppe Integration eingesetzt. Ihr gehören die\n"
        "Sozialdezernentin, das Jobcenter und der Integrationsbeirat an. Vorsitzender des\n"
        "Integrationsbeirats ist Herr Omid Sadri.\n"
    )
    groups = groups_of(text)
    assert [g.group_name for g in groups] == ["Lenkungsgruppe Integration"]
    assert groups[0].chair is None


def test_persons_before_their_brackets_are_no_series_of_bodies() -> None:
    res = load_resources()
    bodies = "Sie besteht aus: Tafel Nordheim e. V. (Jonas Heller), Jobcenter Nordheim (Mira Stachowiak)."
    rows: list[MemberRow] = []
    assert run_in_members(rows, bodies, 0, len(bodies), member_rules(res), res)
    assert [(r.value, r.label) for r in rows] == [
        ("Jonas Heller", "Tafel Nordheim e. V."),
        ("Mira Stachowiak", "Jobcenter Nordheim"),
    ]
    persons = "Sie besteht aus: Anna Sommer (SPD Nordheim), Jonas Berger (Freie Liste)."
    rows = []
    run_in_members(rows, persons, 0, len(persons), member_rules(res), res)
    assert all(r.label not in ("Anna Sommer", "Jonas Berger") for r in rows)
