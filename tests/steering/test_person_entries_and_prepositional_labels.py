"""Members: a dash list of persons, each a name and, after a comma, the office or institution they
come from ("Dr. Jana Keller, Leiterin des Sozialamts"): the member is the person, of the sector
their office names; labelled lines whose label opens with a preposition ("aus der Verwaltung: A;
B", "von außen: C"), an entry wrapped under its column and one whose naming body follows a comma
("zwei Ortsvorsteher, vom Ortschaftsrat benannt"); a group formed of its members in the passive
("Es wird ein Lenkungskreis aus A, B und C gebildet"). Negatives: a list of institutions with their
unit after a comma keeps the whole entry; a fund formed from money has no members (invented
examples)."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import Case, groups_of

CASES = [
    Case(
        "persons-with-their-office",
        "3. Steuerungsgruppe\nDie Steuerungsgruppe bereitet die Beschlüsse vor. Ihr gehören als Mitglieder an:\n\n"
        "– Dr. Jana Keller, Leiterin des Sozialamts (Vorsitz)\n"
        "– Tobias Brandl, Jobcenter Landkreis Rastatt\n"
        "– Selin Aydın, Volkshochschule Rastatt\n"
        "– Markus Hoffmann, Caritasverband Rastatt e. V.\n\n"
        "Die Städte und Gemeinden können beratend teilnehmen.\n",
        ["Steuerungsgruppe"],
        [
            ("Dr. Jana Keller", "administration"),
            ("Tobias Brandl", "public_agency"),
            ("Selin Aydın", "education"),
            ("Markus Hoffmann", "welfare"),
        ],
        chair="Dr. Jana Keller",
    ),
    Case(
        "institutions-with-their-unit",
        "3. Steuerungsgruppe\nDer Steuerungsgruppe gehören an:\n\n"
        "– Stadt Rastatt, Sozialamt\n"
        "– Landkreis Rastatt, Jobcenter\n\n"
        "Sie tagt zweimal im Jahr.\n",
        ["Steuerungsgruppe"],
        [("Stadt Rastatt, Sozialamt", "administration"), ("Landkreis Rastatt, Jobcenter", "public_agency")],
    ),
    Case(
        "labels-opening-with-a-preposition",
        "4. Lenkungskreis\nDen Vorsitz führt die Bürgermeisterin. Dem Lenkungskreis gehören an:\n\n"
        "aus dem Stadtrat:     je ein Mitglied der Fraktionen\n"
        "aus den Ortsteilen:   zwei Ortsvorsteher, vom Ortschaftsrat\n"
        "                      benannt\n"
        "aus der Verwaltung:   Amt für Familie und Soziales;\n"
        "                      Amt für Bildung und Sport\n"
        "von außen:            Jobcenter Landkreis Calw; Evangelische\n"
        "                      Kirchengemeinde Nagold\n\n"
        "5. Kosten\nEs entstehen keine Kosten.\n",
        ["Lenkungskreis"],
        [
            ("Fraktionen", "politics"),
            ("Ortsvorsteher", "politics"),
            ("Amt für Familie und Soziales", "administration"),
            ("Amt für Bildung und Sport", "administration"),
            ("Jobcenter Landkreis Calw", "public_agency"),
            ("Evangelische Kirchengemeinde Nagold", "civil_society"),
        ],
    ),
    Case(
        "formed-in-the-passive",
        "Zur Steuerung wird ein Lenkungskreis aus dem Amt für Soziales, der Volkshochschule Kehl und dem"
        " Diakonischen Werk Ortenau gebildet.\n",
        ["Lenkungskreis"],
        [
            ("Amt für Soziales", "administration"),
            ("Volkshochschule Kehl", "education"),
            ("Diakonisches Werk Ortenau", "welfare"),
        ],
    ),
    Case(
        "a-fund-formed-from-money",
        "Für die Projekte wird ein Fonds aus Mitteln des Landes und der Stadt gebildet.\n",
        [],
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_person_entries_and_prepositional_labels(case: Case) -> None:
    groups = groups_of(case.text)
    assert [g.group_name for g in groups] == case.names
    assert [(m.member, m.sector) for g in groups for m in g.members] == case.members
    if case.chair is not None:
        assert groups[0].chair == case.chair
