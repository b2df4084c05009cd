"""A table of persons whose given names stand in a column of their own beside the surnames' ("Name |
Vorname | Organisation | Funktion in der Gruppe"): each member is the given name before the surname, a
body's cell wrapped below joined, a function opening with a chair word making the chair; as gaps and as
tabs, the given names' column before or after the surnames'. A count set against the one it replaces
("hat damit zehn statt neun Mitglieder") gives the new count as the size. Negatives: a table of given
names beside bodies without a surnames' column, and a lone row (invented examples)."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

HEAD = "Stadt Elsdorf\nBeschlussvorlage\n\nBetreff: Teilhabeplan 2030\n\n"
AFTER = "\n\nKosten\nEs entstehen keine Kosten.\n"
LEAD = "Begleitgruppe Teilhabe\nDie Begleitgruppe berät die Verwaltung. Folgende Personen wirken mit:\n\n"

GAPS = (
    "  Name          Vorname    Organisation                          Funktion in der Gruppe\n"
    "  ------------  ---------  ------------------------------------  ----------------------\n"
    "  Lindqvist     Greta      Stadt Elsdorf, Amt für Jugend         Leitung\n"
    "                           und Soziales\n"
    "  Weber         Jonas      Stadtverordnetenversammlung (SPD)     Mitglied\n"
    "  Aydın         Kemal      Türkischer Elternverein Elsdorf e. V. Mitglied\n"
    "  Martens       Olga       Jobcenter Elsdorf                     Geschäftsführung\n"
)
TABS = (
    "Vorname\tNachname\tInstitution\tFunktion\n"
    "Greta\tLindqvist\tStadt Elsdorf, Amt für Jugend und Soziales\tLeitung\n"
    "Jonas\tWeber\tStadtverordnetenversammlung (SPD)\tMitglied\n"
    "Kemal\tAydın\tTürkischer Elternverein Elsdorf e. V.\tMitglied\n"
    "Olga\tMartens\tJobcenter Elsdorf\tMitglied\n"
)
NAMES = ["Greta Lindqvist", "Jonas Weber", "Kemal Aydın", "Olga Martens"]


@pytest.mark.parametrize("table", [GAPS, TABS], ids=["gaps", "tabs"])
def test_given_names_in_a_column_of_their_own(table: str) -> None:
    (group,) = groups_of(HEAD + LEAD + table + AFTER)
    assert [m.member for m in group.members] == NAMES
    assert group.chair == "Greta Lindqvist"
    assert [m.is_chair for m in group.members] == [True, False, False, False]
    assert group.members[1].sector == "politics"


def test_given_names_beside_bodies_alone_name_no_members() -> None:
    table = (
        "  Vorname    Organisation                          Funktion\n"
        "  Greta      Stadt Elsdorf, Amt für Jugend         Leitung\n"
        "  Jonas      Stadtverordnetenversammlung (SPD)     Mitglied\n"
    )
    groups = groups_of(HEAD + LEAD + table + AFTER)
    assert all(m.member not in ("Greta", "Jonas") for g in groups for m in g.members)


def test_a_lone_row_is_no_table() -> None:
    table = (
        "  Name          Vorname    Organisation                          Funktion in der Gruppe\n"
        "  Lindqvist     Greta      Stadt Elsdorf, Amt für Jugend         Leitung\n"
    )
    groups = groups_of(HEAD + LEAD + table + AFTER)
    assert all(m.member != "Greta Lindqvist" or m.method != "table" for g in groups for m in g.members)


def test_a_count_set_against_the_one_it_replaces() -> None:
    text = (
        HEAD + "3. Steuerungsgruppe Teilhabe (geändert)\n"
        "Der Integrationsbeirat wird mit zwei statt einem Mitglied vertreten sein. Die Steuerungsgruppe\n"
        "hat damit zehn statt neun Mitglieder.\n" + AFTER
    )
    (group,) = groups_of(text)
    assert group.size == 10
