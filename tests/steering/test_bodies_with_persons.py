"""Members named as a body with the persons it sends in a bracket after it (:func:`extractors.steering.
bracketed.persons_of_body`): each person a member, the body telling the sector; a person with a party's
bracket and a body with a bracket naming no person stay as they were (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Landkreis Nordheide\nBeschlussvorlage\n\nBetreff: Integrationskonzept\n\n3. Steuerungsgruppe\n"
SENTENCE = (
    "Die Steuerungsgruppe begleitet die Umsetzung. Sie besteht künftig aus sieben Personen: der Dezernentin II,\n"
    "Frau Dr. Greta Lindqvist, die den Vorsitz führt, drei Mitgliedern des Kreistages (Ilse Kramer, Paul Engel\n"
    "und Selin Aydın), einer Vertreterin des Jobcenters Nordheide (Mira Sander) sowie dem Leiter der\n"
    "Kreisvolkshochschule, Bernd Voss.\n"
)
AFTER = "\n4. Kosten\nEs entstehen keine Kosten.\n"


def _members(text: str) -> list[tuple[str, str]]:
    return [(m.member, m.sector) for g in groups_of(text) for m in g.members]


def test_the_persons_in_a_bodys_bracket_are_the_members() -> None:
    found = _members(HEAD + SENTENCE + AFTER)
    assert ("Ilse Kramer", "politics") in found and ("Selin Aydın", "politics") in found
    assert ("Mira Sander", "public_agency") in found
    assert not any("(" in m for m, _ in found)


def test_a_bracket_naming_no_person_keeps_the_body() -> None:
    found = _members(HEAD + SENTENCE.replace("(Mira Sander)", "(Standort Süd)") + AFTER)
    assert not any(m in ("Standort Süd", "Süd") for m, _ in found)
