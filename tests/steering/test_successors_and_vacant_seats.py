"""A body set in a former group's place is the group; a seat whose holder is not named yet ("N.N.") gives no
member; a seat table numbering its seats ("Sitz") read with its gaps closed; a dash list's entry of a body
"vertreten durch" several persons gives each person (invented examples, each with a near miss)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Stadt Nordheide\nBeschlussvorlage\n\nBetreff: Integrationskonzept\n\n"
REPLACES = (
    "Der Integrationsausschuss ersetzt den bisherigen Arbeitskreis Integration. Der Arbeitskreis Integration\n"
    "steuert bis dahin die Umsetzung. Ihm gehören an: Frau Ilse Kramer (Stadträtin), Herr Paul Engel\n"
    "(Jobcenter) und Frau Mira Sander (Caritas).\n"
)
SEATS = (
    "Dem Arbeitskreis Integration gehören an:\n\n"
    "Sitz entsandt durch Mitglied\n"
    "1 Stadtrat Ilse Kramer\n"
    "2 Jobcenter Paul Engel\n"
    "3 Integrationsbeirat N.N.\n"
    "4 Caritas Mira Sander\n"
)
DASHES = (
    "Der Lenkungsgruppe gehören an:\n"
    "- die Verwaltung, vertreten durch die Sozialdezernentin Frau Dr. Greta Lindqvist,\n"
    "- die Fraktionen des Stadtrats, vertreten durch Herrn Paul Engel (CDU), Frau Selin Aydın (SPD) und\n"
    "  Herrn Jonas Weber (Grüne),\n"
    "- der Integrationsbeirat, vertreten durch seinen Vorsitzenden Herrn Bernd Voss.\n"
)
AFTER = "\n\nKosten\nEs entstehen keine Kosten.\n"


def _members(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def test_the_body_set_in_a_former_groups_place_is_the_group() -> None:
    assert [g.group_name for g in groups_of(HEAD + REPLACES + AFTER)] == ["Integrationsausschuss"]


def test_a_group_named_without_a_successor_keeps_its_name() -> None:
    text = HEAD + REPLACES.replace("Der Integrationsausschuss ersetzt den bisherigen Arbeitskreis Integration. ", "")
    assert [g.group_name for g in groups_of(text + AFTER)] == ["Arbeitskreis Integration"]


def test_a_numbered_seat_table_gives_its_named_holders_and_no_vacant_seat() -> None:
    found = _members(HEAD + SEATS + AFTER)
    assert {"Ilse Kramer", "Paul Engel", "Mira Sander"} <= set(found)
    assert not any("N.N" in m for m in found)


def test_each_representative_of_a_body_is_a_member() -> None:
    found = _members(HEAD + DASHES + AFTER)
    assert {"Paul Engel", "Selin Aydın", "Jonas Weber"} <= {
        m.removeprefix("Herrn ").removeprefix("Frau ") for m in found
    }
    assert not any("Fraktionen" in m for m in found)
