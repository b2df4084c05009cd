"""Steering groups as real submissions write them, family by family (tests/generators/steering_far.py):
members far from their group (a lead-in of its own, sector sub-lists, a seat table, a
parenthesis, verb and "aus" far apart), group words by their head, page breaks with furniture
inside a member list, and the size in the next sentence. Each family's passages give exactly
their groups, members (with sectors) and sizes; its negatives give no member."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import load_resources
from extractors.steering import extract
from pipeline.extract.review import review_document
from pipeline.structure import view
from tests.generators.steering_far import FAMILIES, GENERATORS, negative
from tests.helpers import document
from tests.steering.test_steering import groups_of


def _recovered(text: str) -> tuple[dict[str, list[tuple[str, str]]], dict[str, int]]:
    groups = groups_of(text)
    members = {g.group_name: sorted((m.member, m.sector) for m in g.members) for g in groups}
    sizes = {g.group_name: g.size for g in groups if g.size is not None}
    return members, sizes  # type: ignore[return-value]


@pytest.mark.parametrize("family", FAMILIES)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_family_recovered_exactly(family: str, data: st.DataObject) -> None:
    text, expected = GENERATORS[family](data.draw)
    members, sizes = _recovered(text)
    assert members == {name: sorted(ms) for name, ms in expected.members.items()}, text
    for name, size in expected.sizes.items():
        assert sizes.get(name) == size, text


@pytest.mark.parametrize("family", FAMILIES)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_family_negatives_give_no_member(family: str, data: st.DataObject) -> None:
    text = negative(data.draw, family)
    groups = groups_of(text)
    assert [m.member for g in groups for m in g.members] == [], text
    if family == "head":  # a compound with a group head that names no body is no group
        assert groups == [], text


QUICK = (
    "Eine Steuerungsgruppe mit Vertreterinnen des Migrationsbeirats, der Caritas und des Jobcenters soll den "
    "Prozess begleiten."
)


def test_group_with_members_after_mit() -> None:
    [g] = groups_of(QUICK)
    assert [(m.member, m.sector) for m in g.members] == [
        ("Migrationsbeirat", "politics"),
        ("Caritas", "welfare"),
        ("Jobcenter", "public_agency"),
    ]


HISTORY = "Die Steuerungsgruppe, die den Umsetzungsprozess seit 2011 begleitete, hat sich bewährt."


@pytest.mark.parametrize(
    "text,kept,reasons",
    [
        (
            "Eine Steuerungsgruppe soll den Prozess begleiten.",
            True,
            {"steering_group_members_not_found"},
        ),
        (
            "Zur Steuerung des Prozesses wird eine Integrationsrunde eingerichtet.",
            True,
            {"steering_group_members_not_found"},
        ),
        ("Einrichtung einer Krippen- und einer Kindergartengruppe im Ganztagsbereich.", False, set()),
        (QUICK, True, set()),
        (HISTORY, False, set()),  # a group that steered the process before is history
    ],
)
def test_group_without_members_is_kept_and_reviewed(text: str, kept: bool, reasons: set[str]) -> None:
    """A group the document sets up or gives a task has a row even without members, and the
    review says its members were not found."""
    doc = document(text)
    records = list(extract(doc, load_resources(), view(doc)))
    assert bool(records) == kept
    items = review_document(doc, records, view(doc))
    assert {i.reason for i in items if i.reason.startswith("steering")} == reasons


@pytest.mark.parametrize("first", ["Migrantenorganisationen", "Partnerorganisationen", "Einrichtungen der Bildung"])
@pytest.mark.parametrize("colon", ["", ":"])
def test_sub_list_label_with_a_cue_word_leads_in_no_list_of_its_own(first: str, colon: str) -> None:
    """A sub-list's label whose word holds a list cue ("Migrantenorganisationen:") is read by the
    walk of the group's list; it does not start a walk of its own, which would see the labels
    below it as members of a deeper level."""
    text = (
        "Zur Steuerung des Integrationsprozesses wurde eine Lenkungsgruppe eingerichtet.\n\n"
        "Benannt sind folgende Mitglieder:\n\n"
        f"• {first}{colon}\no Türkischer Elternverein Ulm e. V.\n• Verwaltung{colon}\no Sozialamt\n"
    )
    members, _ = _recovered(text)
    assert sorted(name for name, _sector in members["Lenkungsgruppe"]) == [
        "Sozialamt",
        "Türkischer Elternverein Ulm e. V.",
    ]


LEAD = (
    "Zur Steuerung des Integrationsprozesses wurde eine Lenkungsgruppe eingerichtet.\n\n"
    "Benannt sind folgende Mitglieder:\n\n"
)


@pytest.mark.parametrize(("top", "misread"), [("• ", "* "), ("• ", "· "), ("- ", "• "), ("* ", "- ")])
@pytest.mark.parametrize(
    ("lines", "members"),
    [  # a first-level mark OCR misread, once, between second-level items or at the list's end
        (
            ["{t}Verwaltung", "o Sozialamt", "o Jugendamt", "{m}Wohlfahrtsverbände", "o Caritasverband"],
            ["Caritasverband", "Jugendamt", "Sozialamt"],
        ),
        (["{t}Sozialamt", "o Frau Dr. Schmidt", "{m}Jobcenter"], ["Jobcenter", "Sozialamt"]),
        # a third level of its own stays one: several items under a second-level item, or a mark that comes back
        (
            ["{t}Verwaltung", "o Sozialamt", "o Jugendamt", "{m}Jugendhilfeplanung", "{m}Kita-Fachberatung"],
            ["Jugendhilfeplanung", "Kita-Fachberatung", "Sozialamt"],
        ),
        (
            ["{t}Verwaltung", "o Sozialamt", "{m}Jugendhilfeplanung", "o Jugendamt", "{m}Kita-Fachberatung"],
            ["Jugendhilfeplanung", "Kita-Fachberatung"],
        ),
    ],
)
def test_a_misread_first_level_mark_in_a_nested_list(
    top: str, misread: str, lines: list[str], members: list[str]
) -> None:
    text = LEAD + "\n".join(x.format(t=top, m=misread) for x in lines) + "\n"
    assert sorted(m.member for g in groups_of(text) for m in g.members) == members, text


def test_a_third_mark_no_look_alike_of_the_first_stays_a_third_level() -> None:
    text = LEAD + "• Verwaltung\no Sozialamt\no Jugendamt\n▪ Jugendhilfeplanung\no Caritasverband\n"
    assert sorted(m.member for g in groups_of(text) for m in g.members) == [
        "Caritasverband",
        "Jugendhilfeplanung",
        "Sozialamt",
    ]
