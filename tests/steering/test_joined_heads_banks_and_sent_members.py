"""Members tables read by their columns' kinds and members named with verbs of sending (invented examples):

- a header joining two column words over one column ("Funktion / entsendende Stelle | Mitglied | Vertretung"),
  gapped or flattened, the deputies of the last column no members, a body wrapped over lines holding a slash;
- a seat table "Sitze | entsendet durch | Person" whose cell lists several persons, each after a council
  member's salutation and closed by a comma ("Ratsherr A (CDU)," / "Ratsfrau B (SPD),");
- banks side by side ("Bank 1 – Verwaltung   Bank 2 – Politik   Bank 3 – Partner") under a drawn rule, each
  entry a person over the body;
- a Lenkungsrunde whose members a paragraph names by verbs ("entsendet seine Vorsitzende, Frau A", "In ihr
  sitzen", "Hinzu kommen", "X vertritt Herr B"), its chair in a relative clause
  ("Herrn D, der die Runde leitet"), its size pointing back ("Der Runde gehören damit … an").
"""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Stadt Nordau\nBeschlussvorlage\n\nBetreff: Integrationskonzept\n\n"
AFTER = "\n\n5. Kosten\n\nEs entstehen keine Kosten.\n"


def _members(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


JOINED = (
    "3. Lenkungskreis Vielfalt\n\n"
    "Der Lenkungskreis hat sechs Mitglieder. Für jedes Mitglied wird eine Vertretung benannt.\n\n"
    "Funktion / entsendende Stelle            Mitglied                     Vertretung\n"
    "Dezernentin für Bildung und Soziales     Dr. Henrike Albers (Vorsitz)  Malte Gerdes\n"
    "Amt für Teilhabe                         Sören Lüdecke                Wiebke Harms\n"
    "Fraktion SPD                             Ratsfrau Frauke Menke        Ratsherr Ole Janssen\n"
    "Diakonisches Werk Nordau                 Imke Bruns                   Hauke Tammen\n"
    "  und Umland / AG der freien Wohl-\n"
    "  fahrtspflege\n"
    "Agentur für Arbeit Nordau                Jens Ahlers                  Nina Peters\n"
    "Volkshochschule Nordau e. V.             Talea Rieken                 Enno Frerichs\n"
)
JOINED_MEMBERS = ["Dr. Henrike Albers", "Sören Lüdecke", "Frauke Menke", "Imke Bruns", "Jens Ahlers", "Talea Rieken"]


def test_a_joined_column_word_heads_the_bodies_and_the_deputies_are_no_members() -> None:
    groups = groups_of(HEAD + JOINED + AFTER)
    assert [g.group_name for g in groups] == ["Lenkungskreis Vielfalt"]
    assert [m.member for m in groups[0].members] == JOINED_MEMBERS
    assert groups[0].chair == "Dr. Henrike Albers"
    assert groups[0].members[0].sector == "administration"  # a head of department by her remit


def test_the_joined_table_flattened_by_a_text_layer() -> None:
    flat = "\n".join(" ".join(line.split()) for line in JOINED.split("\n"))
    found = _members(HEAD + flat + AFTER)
    assert found == JOINED_MEMBERS
    assert not {"Malte Gerdes", "Ole Janssen", "Hauke Tammen"} & set(found)


def test_a_header_of_a_function_and_a_remark_names_no_members() -> None:
    table = JOINED.replace("Funktion / entsendende Stelle", "Funktion / Bemerkung         ")
    assert not {"Malte Gerdes", "Wiebke Harms"} & set(_members(HEAD + table + AFTER))


SEATS = (
    "3. Runder Tisch Vielfalt\n\n"
    "Die Umsetzung begleitet ein Runder Tisch Vielfalt. Er hat neun Sitze, die sich wie folgt verteilen:\n\n"
    " Sitze  entsendet durch               Person\n"
    " -----  ----------------------------  ------------------------------------\n"
    "   1    Bürgermeister                 Henning Rathjen (Vorsitz)\n"
    "   3    Stadtrat                      Ratsherr Kai Oltmanns (CDU),\n"
    "                                      Ratsfrau Meike Dunker (SPD),\n"
    "                                      Ratsherr Timo Bödeker (FDP)\n"
    "   2    Kirchengemeinden              Pastorin Dr. Gesa Hinrichs (Ev.-luth.\n"
    "                                      Kirchengemeinde St. Jakobi),\n"
    "                                      Diakon Lars Wiechmann\n"
    "   1    Sportverein Nordau e. V.      Rieke Stelljes\n"
    "   2    Jugendmigrationsdienst        Anton Meyerhoff\n"
    "                                      Birte Kröger\n"
    " -----  ----------------------------  ------------------------------------\n"
    "   9\n"
)


def test_a_seat_table_whose_cells_list_persons_after_salutations() -> None:
    groups = groups_of(HEAD + SEATS + AFTER)
    assert [m.member for g in groups for m in g.members] == [
        "Henning Rathjen",
        "Kai Oltmanns",
        "Meike Dunker",
        "Timo Bödeker",
        "Dr. Gesa Hinrichs",
        "Lars Wiechmann",
        "Rieke Stelljes",
        "Anton Meyerhoff",
        "Birte Kröger",
    ]
    assert groups[0].chair == "Henning Rathjen"


def test_a_seat_table_with_a_remarks_column_names_no_persons() -> None:
    table = SEATS.replace("Person  ", "Bemerkung").replace("Henning Rathjen (Vorsitz)", "Vorsitz")
    assert "Kai Oltmanns" not in _members(HEAD + table + AFTER)


BANKS = (
    "3. Lenkungsgruppe Integration\n\n"
    "Die Lenkungsgruppe hat sieben Mitglieder in drei Bänken. Den Vorsitz führt die Beigeordnete\n"
    "Frau Ute Lamprecht.\n\n"
    "  Bank 1 – Verwaltung        Bank 2 – Stadtrat            Bank 3 – Partner\n"
    "  ─────────────────────────  ───────────────────────────  ──────────────────────────\n"
    "  Ute Lamprecht (Vorsitz)    StRin Petra Gebauer (SPD)    Jonas Reisinger\n"
    "  Dezernat III                                            Jobcenter Nordau\n"
    "                             StR Michael Deininger (CSU)\n"
    "  Hanna Weidinger                                         Selin Kaya\n"
    "  Amt für Soziales und                                    Caritasverband Nordau e. V.\n"
    "  Senioren\n"
    "                                                          Nuri Öztürk\n"
    "                                                          Deutsch-Türkischer Verein\n"
)


def test_banks_side_by_side_each_a_person_over_its_body() -> None:
    groups = groups_of(HEAD + BANKS + AFTER)
    found = {m.member: m.sector for g in groups for m in g.members}
    assert set(found) == {
        "Ute Lamprecht",
        "Hanna Weidinger",
        "Petra Gebauer",
        "Michael Deininger",
        "Jonas Reisinger",
        "Selin Kaya",
        "Nuri Öztürk",
    }
    assert found["Petra Gebauer"] == "politics" and found["Hanna Weidinger"] == "administration"
    assert groups[0].chair == "Ute Lamprecht"


def test_bank_words_over_columns_of_no_sector_make_no_banks() -> None:
    text = BANKS.replace("Bank 1 – Verwaltung", "Bank 1 – Nord      ").replace("Bank 2 – Stadtrat", "Bank 2 – Süd     ")
    text = text.replace("Bank 3 – Partner", "Bank 3 – West  ")
    assert "Nuri Öztürk" not in _members(HEAD + text + AFTER)


PROSE = (
    "3. Lenkungsrunde Teilhabe\n\n"
    "Die Umsetzung wird in einer Lenkungsrunde Teilhabe abgestimmt. Die Verwaltung entsendet den\n"
    "Beigeordneten, Herrn Dr. Roland Kessler, der die Runde leitet. In ihr sitzen außerdem die Leiterin\n"
    "des Sozialamts, Frau Katrin Vogt, und der Leiter des Jugendamts, Herr Emil Sander. Der Seniorenbeirat\n"
    "entsendet seine Vorsitzende, Frau Olga Brenner. Hinzu kommen Frau Jana Roth von der Diakonie Nordau und\n"
    "Herr Ali Demir vom Kulturverein Nordau. Der Sportbund vertritt Herr Paul Weber. Der Runde gehören damit\n"
    "sieben Personen an.\n"
)


def test_members_named_by_verbs_of_sending_and_sitting() -> None:
    groups = groups_of(HEAD + PROSE + AFTER)
    assert [g.group_name for g in groups] == ["Lenkungsrunde Teilhabe"]
    assert [m.member for m in groups[0].members] == [
        "Dr. Roland Kessler",
        "Katrin Vogt",
        "Emil Sander",
        "Olga Brenner",
        "Jana Roth",
        "Ali Demir",
        "Paul Weber",
    ]
    assert groups[0].chair == "Dr. Roland Kessler"
    assert groups[0].size == 7


def test_a_group_leading_relative_clause_names_no_chair_by_the_group_noun() -> None:
    text = PROSE.replace("den\nBeigeordneten, Herrn Dr. Roland Kessler, der", "die\nAbteilung Soziales, die")
    groups = groups_of(HEAD + text + AFTER)
    assert groups and groups[0].chair != "Runde"
