"""steering: persons in the sentences that list a group's members: an office and the person holding it
set off by commas ("die Leiterin des Jugendamts, Frau Anna Beispiel"; also an office of two words joined
by "und": "die Sachgebietsleiterin Jugend und Sport, Frau …"), a person and the body sending them ("Herr
Jan Beispiel für das Jobcenter X"), sides named before a plural verb ("Die Vereine vertreten Frau … und
Herr …") or before a passive's agent ("Der Sportbund ist durch Herrn … vertreten"), and the size the
sentence after them states; councillors' parties in brackets give their sector; a chair's double name
set over two lines keeps its hyphen. Negatives: a council setting the group up ("Der Rat bildet die
Lenkungsgruppe in der genannten Besetzung"), an office with a surname only, a body represented by another
body (invented examples)."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import Case, groups_of

CASES = [
    Case(
        "offices and persons set off by commas, persons sent by bodies, in one sentence",
        "3. Lenkungskreis\n"
        "Der Lenkungskreis berät die Fachgruppen. Er wird von Beigeordneter Dr. Carla Wendt geleitet. Ihm "
        "gehören ferner die Leiterin des Jugendamts, Frau Lea Hartung, der Leiter des Schulamts, Herr Timo "
        "Rausch, die Vorsitzende des Seniorenbeirats, Frau Gisela Brenner, Herr Malte Jansen für das Jobcenter "
        "Weserland, Frau Ayla Demir für den Paritätischen Wohlfahrtsverband e. V. sowie Herr Dr. Karl Obi "
        "für das Netzwerk der Elternvereine an.\n",
        ["Lenkungskreis"],
        [
            ("Beigeordneter Dr. Carla Wendt", "administration"),
            ("Lea Hartung", "administration"),
            ("Timo Rausch", "administration"),
            ("Gisela Brenner", "politics"),
            ("Malte Jansen", "public_agency"),
            ("Ayla Demir", "welfare"),
            ("Dr. Karl Obi", "civil_society"),
        ],
        chair="Beigeordneter Dr. Carla Wendt",
    ),
    Case(
        "an office of two words joined by und, sides before a plural verb and a passive, the size after them",
        "4. Steuerungsgruppe Teilhabe\n"
        "Die Steuerungsgruppe begleitet die Umsetzung. Den Vorsitz führt die Bürgermeisterin Frau Ute Lorenz. "
        "Aus der Verwaltung gehören ihr zudem die Sachgebietsleiterin Jugend und Sport, Frau Karin Voss, "
        "und der Seniorenbeauftragte Herr Paul Wiese an. Die Vereine vertreten Herr Emil Roth (Turnverein "
        "Adorf e. V.) und Frau Lina Pohl. Der Kreissportbund ist durch Herrn Jonas Falk vertreten. Die "
        "Gruppe hat damit sechs Mitglieder.\n",
        ["Steuerungsgruppe Teilhabe"],
        [
            ("Ute Lorenz", "politics"),
            ("Karin Voss", "administration"),
            ("Paul Wiese", "administration"),
            ("Emil Roth", "civil_society"),
            ("Lina Pohl", "civil_society"),
            ("Jonas Falk", "civil_society"),
        ],
        chair="Ute Lorenz",  # the person chairs, her office told apart
        size=6,
    ),
    Case(
        "councillors the groups send, their parties in brackets",
        "3. Lenkungskreis\nDer Lenkungskreis berät die Fachgruppen. Die Fraktionen des Gemeinderates entsenden "
        "Frau Gemeinderätin Eva Roth (SPD), Herrn Gemeinderat Jan Ott (Freie Wähler) und Frau Gemeinderätin Ina "
        "Kay (CDU).\n",
        ["Lenkungskreis"],
        [("Eva Roth", "politics"), ("Jan Ott", "politics"), ("Ina Kay", "politics")],
    ),
    Case(
        "a chair's double name set over two lines keeps its hyphen",
        "3. Lenkungskreis\nDer Lenkungskreis begleitet die Arbeitsgruppen und berichtet dem Rat\neinmal im Jahr. "
        "Er wird von Bürgermeisterin Dr. Anna Berg-\nYilmaz geleitet.\n",
        ["Lenkungskreis"],
        [("Bürgermeisterin Dr. Anna Berg-Yilmaz", "politics")],
        chair="Bürgermeisterin Dr. Anna Berg-Yilmaz",
    ),
    # not members
    Case(
        "a council setting the group up in the singular names no member",
        "Beschlussvorschlag:\n"
        "1. Der Gemeinderat beschließt das Konzept.\n"
        "2. Der Gemeinderat bildet den Lenkungskreis Integration in der in Nr. 3 genannten Besetzung.\n",
        ["Lenkungskreis Integration"],
    ),
    Case(
        "an office with a surname only stays the office; a body represented by a body names no person",
        "Der Lenkungskreis berät die Fachgruppen. Ihm gehören die Bürgermeisterin für Bildung, Frau Hartung, "
        "und das Jobcenter Weserland an. Der Kreissportbund ist durch die Sportjugend vertreten.\n",
        ["Lenkungskreis"],
        [("Bürgermeisterin für Bildung", "politics"), ("Jobcenter Weserland", "public_agency")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_persons_in_member_sentences(case: Case) -> None:
    groups = groups_of(case.text)
    assert [g.group_name for g in groups] == case.names
    assert [(m.member, m.sector) for g in groups for m in g.members] == case.members
    if case.chair is not None:
        assert groups[0].chair == case.chair
    if case.size is not None:
        assert groups[0].size == case.size
