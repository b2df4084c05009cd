"""Numbered seats whose holder is a person addressed after the body and a comma ("Sitz 6   Landkreis X,
Integrationskoordination, Herr Felix Brandt"), the chair set off by a dash after the holder ("– Vorsitz"),
a seat not yet filled ("vakant (vorgesehen: …)") holding no member; a member of a sentence's enumeration
marked by a footnote's star that the note under the paragraph explains as the chair ("* Vorsitz"); two
persons with their bodies in brackets joined by "und" are two members. Negatives: a star no note
explains, and a seat held by a body alone (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Stadt Elsdorf\nBeschlussvorlage\n\nBetreff: Teilhabeplan 2030\n\n"
AFTER = "\n\nKosten\nEs entstehen keine Kosten.\n"
SEATS = (
    "3. Koordinierungskreis Teilhabe\n"
    "Die Erarbeitung steuert ein Koordinierungskreis. Er hat fünf Sitze, die wie folgt vergeben werden:\n\n"
    "   Sitz 1   Bürgermeisterin Greta Lindqvist – Vorsitz\n"
    "   Sitz 2   Stadtrat Jonas Weber (SPD)\n"
    "   Sitz 3   Landkreis Elsdorf, Integrationskoordination, Herr Kemal Aydın\n"
    "   Sitz 4   Jugendmigrationsdienst Elsdorf\n"
    "   Sitz 5   vakant (vorgesehen: Vertretung der Grundschulen)\n"
)


def test_seats_addressed_holders_dashed_chair_and_a_vacant_seat() -> None:
    (group,) = groups_of(HEAD + SEATS + AFTER)
    assert [m.member for m in group.members] == [
        "Greta Lindqvist",
        "Jonas Weber",
        "Kemal Aydın",
        "Jugendmigrationsdienst Elsdorf",
    ]
    assert group.chair == "Greta Lindqvist"
    assert group.members[0].is_chair and group.members[0].sector == "politics"


PROSE = (
    "3. Lenkungsrunde Teilhabe\n"
    "Die Lenkungsrunde soll die Umsetzung steuern. Ihr gehören an: Greta Lindqvist (Erste\n"
    "Stadträtin){mark}, Jonas Weber (SPD-Ratsfraktion), Olga Martens (Jobcenter Elsdorf), Mira Sommer\n"
    "(Volkshochschule Elsdorf) und Kemal Aydın (Türkischer Elternverein Elsdorf e. V.).\n"
    "{note}"
)


def test_a_starred_member_the_note_under_the_paragraph_names_chair() -> None:
    (group,) = groups_of(HEAD + PROSE.format(mark="*", note="* Vorsitz\n") + AFTER)
    assert [m.member for m in group.members] == [
        "Greta Lindqvist",
        "Jonas Weber",
        "Olga Martens",
        "Mira Sommer",
        "Kemal Aydın",
    ]
    assert group.chair == "Greta Lindqvist"
    assert [m.is_chair for m in group.members] == [True, False, False, False, False]


def test_a_star_no_note_explains_makes_no_chair() -> None:
    (group,) = groups_of(HEAD + PROSE.format(mark="*", note="* ab 2031\n") + AFTER)
    assert group.members[0].member == "Greta Lindqvist"
    assert not any(m.is_chair for m in group.members)
