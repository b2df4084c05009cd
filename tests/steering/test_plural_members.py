"""A group "aus" persons named in the plural without a seat noun: "eine Lenkungsgruppe aus Mitarbeitern
der Gemeindeverwaltung, Ortsvorstehern und Ehrenamtlichen des Helferkreises"."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "Erarbeitet wurde der Plan von einer Steuerungsgruppe aus Mitarbeitern des Jugendamts, Erzieherinnen "
            "und Ehrenamtlichen der Kirchengemeinde.",
            ["Jugendamt", "Erzieherinnen", "Ehrenamtlichen der Kirchengemeinde"],
        ),
        (
            "Die Lenkungsgruppe aus Beschäftigten des Sozialamts, Lehrerinnen der Grundschule und Ehrenamtlichen "
            "des Helferkreises hat den Plan erarbeitet.",
            ["Sozialamt", "Lehrerinnen der Grundschule", "Ehrenamtlichen des Helferkreises"],
        ),
    ],
)
def test_a_group_of_persons_named_in_the_plural(text: str, members: list[str]) -> None:
    """Three persons' nouns or more after "aus" are the group's members."""
    groups = groups_of(text + "\n")
    assert [m.member for g in groups for m in g.members] == members, text


@pytest.mark.parametrize(
    "text",
    [
        "Es wurde eine Arbeitsgruppe aus Gründen der Zeitersparnis gebildet, die monatlich tagt.",
        "Erarbeitet wurde der Plan von einer Steuerungsgruppe aus Mitarbeitern des Jugendamts.",
    ],
)
def test_no_persons_or_one_noun_of_persons_names_no_members(text: str) -> None:
    """A reason after "aus", or a single noun of persons: no members read by this form."""
    assert [m.member for g in groups_of(text + "\n") for m in g.members] == [], text
