"""Facilitators' names with a subtitle after a dash or a faculty after a comma, a contact person named
after a semicolon, and an official's title alone, which names staff."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import run


@pytest.mark.parametrize(
    ("after", "organisation"),
    [
        (", Kassel, zu vergeben.", "Büro Lindenhof – Beteiligung und Dialog"),
        (" aus Kassel zu vergeben.", "Büro Lindenhof – Beteiligung und Dialog"),
    ],
)
def test_a_subtitle_after_a_dash_is_part_of_the_name(after: str, organisation: str) -> None:
    text = "Die Verwaltung wird ermächtigt, die Moderation an das Büro Lindenhof – Beteiligung und\n   Dialog{}\n"
    assert run(text.format(after)) == [(None, organisation, None)]


def test_a_faculty_after_a_comma_is_part_of_the_university() -> None:
    text = (
        "Die Evaluation hat die Hochschule Nordstadt,\nFakultät Soziale Arbeit, Gesundheit und Pflege, im Rahmen "
        "eines Lehrforschungsprojekts durchgeführt.\n"
    )
    assert run(text) == [(None, "Hochschule Nordstadt, Fakultät Soziale Arbeit, Gesundheit und Pflege", None)]


def test_a_contact_person_after_a_semicolon_is_of_the_organisation() -> None:
    text = (
        "Mit der Moderation der Werkstätten soll das Büro Brückenbau aus Kassel beauftragt werden; "
        "Ansprechpartnerin ist Frau Anna Beispiel.\n"
    )
    assert run(text) == [("Anna Beispiel", "Büro Brückenbau", None)]


def test_an_officials_title_alone_is_no_facilitator() -> None:
    text = (
        "Die Geschäftsführung liegt bei der Integrationskoordinatorin des Bezirksamtes, die\n"
        "auch die Sitzungen moderiert.\n"
    )
    assert run(text) == []
