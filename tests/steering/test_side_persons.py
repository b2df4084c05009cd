"""steering: persons named after their offices or before their institutions in two sentence forms:
the parts of a run-in list after a chair and a colon, each opened by the side its persons speak for
("Unter dem Vorsitz des …, Herrn X, wirken mit: für die Verwaltung die Leiterin des Sozialamts A und
…; als Partner Frau B (Diakonie) …"), and sentences one after another that name the side before the
verb and the persons after it ("Die Städte entsenden Bürgermeister C (Stadt X) und …", "Für die
Wohlfahrtsverbände arbeitet Frau D (…) mit, für … Herr E", "Die Migrantenvereine vertritt Herr F vom
Verein …"): each person is a member, not the office nor the side. Negatives: sending verbs whose
object names no person, and a side sentence under another heading (invented examples)."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import Case, groups_of

CASES = [
    Case(
        "a run-in list of sides and persons after the chair",
        "3. Koordinierungsgruppe Teilhabe\n"
        "Die Koordinierungsgruppe steuert die Fortschreibung. Sie besteht aus sieben Mitgliedern. Unter "
        "dem Vorsitz des Ersten Beigeordneten, Herrn Dr. Lukas Brandt, wirken mit: für die "
        "Stadtverwaltung die Leiterin des Sozialamts Petra Lindner und der Leiter des Schulamts Jonas "
        "Feld; für den Stadtrat der Vorsitzende des Sozialausschusses, Dr. Henning Vogt; als Partner "
        "Frau Miriam Okafor (Diakonie Weserland) und Herr Stefan Kühn für den Kulturverein Brücke e. V.\n",
        ["Koordinierungsgruppe Teilhabe"],
        [
            ("Dr. Lukas Brandt", "administration"),
            ("Petra Lindner", "administration"),
            ("Jonas Feld", "administration"),
            ("Dr. Henning Vogt", "politics"),
            ("Miriam Okafor", "welfare"),
            ("Stefan Kühn", "civil_society"),
        ],
        chair="Dr. Lukas Brandt",
        size=7,
    ),
    Case(
        "sentences naming the side before the verb, the persons after it",
        "4. Lenkungsgruppe\n"
        "Die Lenkungsgruppe begleitet die Umsetzung des Konzepts. Den Vorsitz führt die Landrätin Dr. "
        "Karin Steiner. Aus der Kreisverwaltung wirkt außerdem die Leiterin des Jugendamts, Frau Sabine "
        "Ohm, mit. Die Städte entsenden Bürgermeister Paul Wenger (Stadt Adorf) und Bürgermeisterin Lena"
        " Haas (Stadt Bedorf). Für die Wohlfahrtsverbände arbeitet Frau Anke Riedel (Diakonisches Werk "
        "Vogtland) mit, für die Agentur für Arbeit Herr Jan Krüger. Die Migrantenvereine vertritt Herr "
        "Ömer Aydin vom Verein Miteinander e. V. Die Gruppe tagt viermal im Jahr.\n",
        ["Lenkungsgruppe"],
        [
            ("Landrätin Dr. Karin Steiner", "politics"),
            ("Sabine Ohm", "administration"),
            ("Paul Wenger", "administration"),
            ("Lena Haas", "administration"),
            ("Anke Riedel", "welfare"),
            ("Jan Krüger", "public_agency"),
            ("Ömer Aydin", "civil_society"),
        ],
        chair="Landrätin Dr. Karin Steiner",
    ),
    Case(
        "a Kreisdirektor chairing, an office of the administration; one sending sentence",
        "5. Steuerungskreis\nDer Steuerungskreis begleitet die Umsetzung. Den Vorsitz führt der Kreisdirektor Dr. Ralf"
        " Imhof. Die Gemeinden entsenden Bürgermeisterin Ute Brandl (Gemeinde Eschach).\n",
        ["Steuerungskreis"],
        [("Kreisdirektor Dr. Ralf Imhof", "administration"), ("Ute Brandl", "administration")],
        chair="Kreisdirektor Dr. Ralf Imhof",
    ),
    # not members
    Case(
        "sending verbs whose object names no person, a side of an office",
        "4. Lenkungsgruppe\n"
        "Die Lenkungsgruppe begleitet die Umsetzung des Konzepts. Den Vorsitz führt Bürgermeisterin Eva "
        "Roth. Die Schulen entsenden Schülerinnen und Schüler zum Jugendforum. Die Kommunen entsenden "
        "ihre Integrationsbeauftragten. Für die Öffentlichkeitsarbeit arbeitet die Pressestelle mit.\n",
        ["Lenkungsgruppe"],
        [("Bürgermeisterin Eva Roth", "politics")],
        chair="Bürgermeisterin Eva Roth",
    ),
    Case(
        "a side sentence under another heading",
        "Die Lenkungsgruppe tagt viermal im Jahr. Den Vorsitz führt Bürgermeisterin Eva Roth.\n"
        "\n"
        "5. Jugendforum\n"
        "Für die Jugendarbeit arbeitet Frau Anke Riedel vom Jugendring mit. Die Vereine vertritt Herr "
        "Jan Krüger.\n",
        ["Lenkungsgruppe"],
        [("Bürgermeisterin Eva Roth", "politics")],
        chair="Bürgermeisterin Eva Roth",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_side_persons(case: Case) -> None:
    groups = groups_of(case.text)
    assert [g.group_name for g in groups] == case.names
    assert [(m.member, m.sector) for g in groups for m in g.members] == case.members
    assert groups[0].chair == case.chair
    if case.size is not None:
        assert groups[0].size == case.size
