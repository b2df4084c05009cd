"""steering: after "und" a compound ending in a noun of representatives starts a member of its own
("… ein Vertreter des Beirats für Kultur und Schulmitarbeiter"), while a gender pair and a "für"
complement stay one (invented examples)."""

from __future__ import annotations

import pytest

from extractors.german.enumerations import read
from tests.steering.test_steering import groups_of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "zwei Mitglieder des Seniorenbeirats, ein Vertreter des Beirats für Kultur und Schulmitarbeiter",
            ["Seniorenbeirat", "Beirat für Kultur", "Schulmitarbeiter"],
        ),
        (
            "das Amt für Sport und Kultur sowie Elternvertreterinnen und Elternvertreter",
            ["Amt für Sport und Kultur", "Elternvertreterinnen und Elternvertreter"],
        ),
        ("der Beirat für Senioren und Jugendfachkräfte", ["Beirat für Senioren", "Jugendfachkräfte"]),
    ],
)
def test_a_compound_of_representatives_after_und_is_a_member(text: str, names: list[str]) -> None:
    assert [i.name for i in read(text)] == names


def test_the_compound_member_in_a_group() -> None:
    text = (
        "Der Lenkungsgruppe gehören Vertreter aller Fraktionen sowie Mitarbeiter der Tafel und der Volkshochschule,"
        " ein Vertreter des Beirats für Kultur und Schulmitarbeiter an."
    )
    groups = groups_of(text)
    assert [m.member for m in groups[0].members][-2:] == ["Beirat für Kultur", "Schulmitarbeiter"]


def test_a_sentence_on_the_line_after_the_last_item_ends_the_list() -> None:
    """An export that lost the blank line after a list: the sentence on the next line is no part of
    the last member; a wrapped item whose line goes on stays whole."""
    text = (
        "Der Arbeitskreis Vielfalt wird neu gebildet.\nIhm gehören an:\n"
        "1. Volkshochschule\n2. Stadtteilverein Nord\nDazu kommen jeweils drei Personen aus dem Rat.\n"
    )
    groups = groups_of(text)
    assert [m.member for m in groups[0].members] == ["Volkshochschule", "Stadtteilverein Nord"]
    wrapped = (
        "Der Arbeitskreis Vielfalt wird neu gebildet.\nIhm gehören an:\n"
        "- Volkshochschule\n- Arbeitsgemeinschaft der Vereine für\nKultur und Sport im Landkreis.\n"
    )
    members = [m.member for m in groups_of(wrapped)[0].members]
    assert members[0] == "Volkshochschule" and len(members) == 2 and "Sport" in members[1]


def test_a_seat_table_column_by_column_names_no_total_as_member() -> None:
    """A seat table exported column by column: the total row's word is no member."""
    text = (
        "Für die Fortschreibung des Plans wird ein Steuerungskreis gebildet.\nDie Sitze werden so verteilt:\n"
        "Einrichtung\nVolkshochschule\nStadtjugendring\nGesamt\n\nSitze\n2\n1\n3\n"
    )
    members = [m.member for g in groups_of(text) for m in g.members]
    assert "Gesamt" not in members and "Volkshochschule" in members


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "das Jobcenter Talstadt, die Hochschule Talstadt mit dem Institut für Sozialarbeit sowie die Caritas",
            ["Jobcenter Talstadt", "Hochschule Talstadt mit dem Institut für Sozialarbeit", "Caritas"],
        ),
        (
            "die Universität Talstadt mit ihrem Institut für Migrationsforschung und das Sozialamt",
            ["Universität Talstadt mit ihrem Institut für Migrationsforschung", "Sozialamt"],
        ),
        ("das Jobcenter mit dem Sozialamt und die Caritas", ["Jobcenter", "Sozialamt", "Caritas"]),
    ],
    ids=["mit-dem-institut", "mit-ihrem-institut", "mit-another-body"],
)
def test_a_body_with_its_part_is_one_member(text: str, names: list[str]) -> None:
    """A body with a part of it after "mit" ("die Universität X mit dem Institut für Y") is one
    member; another body after "mit" is one of its own."""
    assert [i.name for i in read(text, 0, len(text))] == names


def test_a_body_with_its_part_too_long_for_a_name_is_read_as_two() -> None:
    """A body and its part after "mit" that together run past a name's words are two members,
    as before ("das Talstädter Institut für Technologie (TIT) mit dem Institut für Management …")."""
    text = (
        "das Talstädter Institut für Technologie (TIT) mit dem Institut für Technologie und Management im "
        "Baubetrieb sowie dem Kompetenzzentrum Nachhaltigkeit, das Landgericht Talstadt"
    )
    assert [i.name for i in read(text, 0, len(text))] == [
        "Talstädter Institut für Technologie (TIT)",
        "Institut für Technologie und Management im Baubetrieb",
        "Kompetenzzentrum Nachhaltigkeit",
        "Landgericht Talstadt",
    ]
