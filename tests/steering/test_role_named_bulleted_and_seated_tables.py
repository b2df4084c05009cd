"""Three forms of a members table, each with its gaps kept and flattened into single spaces by a PDF's
text layer (invented examples):

- a table led by a role column whose names close each row ("Funktion | Institution | Name"), a deputy
  under a member after its label ("Vertretung: …", no member, also wrapped, its family name maybe a given
  name too), a seat not yet filled
  ("N. N."), a name whose family name wrapped onto the next line;
- two columns of bulleted entries side by side under the parts they come from ("Aus Rat und Verwaltung |
  Aus Trägern und Verbänden"), an entry's person after its body and a comma;
- a table of a seat's former and new holder whose first column names the seat, no numbers ("Sitz |
  bisher | neu ab …"), the chair's mark in the seat's cell, a seat new to the group marked "(neu)".

Near misses: a role-led table whose last column names no person, two bulleted columns under a header of
no parts, a seat table whose last column is no new composition."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Stadt Lindenfels\nSitzungsvorlage 2031/077\n\nBetreff: Teilhabekonzept 2031\n\n3. Steuerungsgruppe Teilhabe\n"
LEAD = "Die Steuerungsgruppe begleitet die Umsetzung. Die entsendenden Stellen haben benannt:\n\n"
AFTER = "\n\nDie Geschäftsstelle liegt beim Sozialamt.\n\n4. Kosten\nEs entstehen keine Kosten.\n"

ROLE_NAMED = (
    "Funktion            Institution                              Name\n"
    "------------------  ---------------------------------------  ------------------------------\n"
    "Vorsitz             Stadt Lindenfels, Erster Beigeordneter   Henrik Solberg\n"
    "                                                             Vertretung: Stadtkämmerin Ute\n"
    "                                                             Marquardt\n"
    "Geschäftsführung    Sozialamt, Büro für Teilhabe             Larissa Quante\n"
    "                                                             Vertretung: Jens Werner\n"
    "Mitglied            Stadtratsfraktion SPD                    Stadträtin Petra Kowalczyk\n"
    "Mitglied            Stadtratsfraktion Freie Wähler           N. N.\n"
    "Mitglied            Caritasverband Lindenfels e. V.          Konrad Behrendt\n"
)
ROLE_NAMED_FLAT = (
    "Funktion Institution Name\n"
    "------------------ --------------------------------------- ------------------------------\n"
    "Vorsitz Stadt Lindenfels, Erster Beigeordneter Henrik\n"
    "Solberg\n"
    "Vertretung: Stadtkämmerin Ute Mar-\n"
    "quardt\n"
    "Geschäftsführung Sozialamt, Larissa Quante\n"
    "Büro für Teilhabe Vertretung: Timo Reuter\n"
    "Mitglied Stadtratsfraktion SPD Stadträtin Petra Kowalczyk\n"
    "Mitglied Stadtratsfraktion Freie N. N.\n"
    "Wähler\n"
    "Mitglied Caritasverband Lindenfels e. V. Konrad Behrendt\n"
)
ROLE_NAMES = ["Henrik Solberg", "Larissa Quante", "Petra Kowalczyk", "Konrad Behrendt"]


def _members(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def test_a_role_led_table_with_the_names_last_deputies_no_members() -> None:
    (group,) = groups_of(HEAD + LEAD + ROLE_NAMED + AFTER)
    assert [m.member for m in group.members if m.member != "Stadtratsfraktion Freie Wähler"] == ROLE_NAMES
    assert group.chair == "Henrik Solberg"
    assert all(m.method == "table" for m in group.members)


def test_a_flattened_role_led_table_with_the_names_last() -> None:
    (group,) = groups_of(HEAD + LEAD + ROLE_NAMED_FLAT + AFTER)
    assert [m.member for m in group.members] == ROLE_NAMES  # the seat not filled: no member
    assert group.chair == "Henrik Solberg"
    assert [m.sector for m in group.members[2:]] == ["politics", "welfare"]


def test_a_flattened_role_led_table_its_rule_glued_to_the_first_row() -> None:
    # pdftotext sets the rule under the column words and the first row on one line ("-----Vorsitz Stadt …")
    table = ROLE_NAMED_FLAT.replace("------------------------------\nVorsitz", "------------------------------Vorsitz")
    (group,) = groups_of(HEAD + LEAD + table + AFTER)
    assert [m.member for m in group.members] == ROLE_NAMES
    assert group.chair == "Henrik Solberg"


def test_a_flattened_role_led_table_whose_last_column_names_no_person() -> None:
    table = ROLE_NAMED_FLAT.replace("Funktion Institution Name", "Funktion Institution Termin")
    groups = groups_of(HEAD + LEAD + table + AFTER)
    assert all(m.method != "table" for g in groups for m in g.members)  # no table's rows


BULLETED = (
    "  Aus Rat und Verwaltung                        Aus Trägern und Verbänden\n"
    "  • Erste Beigeordnete Dr. Sabine               • Diakonisches Werk Lindenfels,\n"
    "    Wittkamp (Vorsitz)                            Frau Nele Brandstätter\n"
    "  • Stadtratsfraktion CDU,                      • Jobcenter Kreis Lindenfels,\n"
    "    Herr Arne Kowalski                            Herr Malte Friedrichs\n"
    "  • Integrationsbeirat, Vorsitzender\n"
    "    Herr Yusuf Demirel\n"
)
BULLETED_FLAT = (
    "Aus Rat und Verwaltung Aus Trägern und Verbänden\n"
    "• Erste Beigeordnete Dr. Sabine • Diakonisches Werk Lindenfels,\n"
    "Wittkamp (Vorsitz) Frau Nele Brandstätter\n"
    "• Stadtratsfraktion CDU, • Jobcenter Kreis Lindenfels,\n"
    "Herr Arne Kowalski Herr Malte Friedrichs\n"
    "• Integrationsbeirat, Vorsitzender\n"
    "Herr Yusuf Demirel\n"
)
BULLETED_NAMES = {"Dr. Sabine Wittkamp", "Arne Kowalski", "Yusuf Demirel", "Nele Brandstätter", "Malte Friedrichs"}


def test_two_bulleted_columns_each_read_as_a_list() -> None:
    for table in (BULLETED, BULLETED_FLAT):
        (group,) = groups_of(HEAD + LEAD + table + AFTER)
        assert {m.member for m in group.members} == BULLETED_NAMES
        assert group.chair == "Dr. Sabine Wittkamp"
        sectors = {m.member: m.sector for m in group.members}
        assert sectors["Arne Kowalski"] == "politics"
        assert sectors["Malte Friedrichs"] == "public_agency"


def test_two_flattened_bulleted_columns_a_sentence_right_under_them() -> None:
    # no blank line between the last entry and the paragraph after it, its sentence going on over a line's end
    after = "Die Geschäftsstelle liegt beim Sozialamt. Die Steuerungsgruppe tritt\nerstmals im Mai zusammen."
    (group,) = groups_of(HEAD + LEAD + BULLETED_FLAT + after + AFTER)
    assert {m.member for m in group.members} == BULLETED_NAMES
    assert all(m.method == "table" for m in group.members)


def test_two_bulleted_columns_under_no_parts_are_no_such_table() -> None:
    for bulleted in (BULLETED, BULLETED_FLAT):
        table = bulleted.replace("Aus Rat und Verwaltung", "Maßnahme").replace("Aus Trägern und Verbänden", "Zeitraum")
        groups = groups_of(HEAD + LEAD + table + AFTER)
        assert all(m.method != "table" for g in groups for m in g.members)


SEATED = (
    "  Sitz                                     bisher                  neu ab 01.03.2031\n"
    "  ───────────────────────────────────────  ──────────────────────  ──────────────────────\n"
    "  Stadtpräsidentin (Vorsitz)               Gesa Thormählen         Gesa Thormählen\n"
    "  Ratsversammlung, SPD-Fraktion            Lars Petersen           Merle Carstensen\n"
    "  Ratsversammlung, Fraktion BÜNDNIS 90/    Dr. Ole Hansen          Dr. Ole Hansen\n"
    "  DIE GRÜNEN\n"
    "  Diakonisches Werk Lindenfels             Frauke Ketelsen         Birte Jacobsen\n"
    "  Turnverein Lindenfels e. V.              (neu)                   Malte Brodersen\n"
)
SEATED_FLAT = (
    "Sitz bisher neu ab 01.03.2031\n"
    "─────────────────────────────────────── ──────────────────────\n"
    "──────────────────────\n"
    "Stadtpräsidentin (Vorsitz) Gesa Thormählen Gesa Thormählen\n"
    "Ratsversammlung, SPD-Fraktion Lars Petersen Merle Carstensen\n"
    "Ratsversammlung, Fraktion BÜNDNIS 90/ Dr. Ole Hansen Dr. Ole Hansen\n"
    "DIE GRÜNEN\n"
    "Diakonisches Werk Lindenfels Frauke Ketelsen Birte Jacobsen\n"
    "Turnverein Lindenfels e. V. (neu) Malte Brodersen\n"
)
SEATED_NAMES = ["Gesa Thormählen", "Merle Carstensen", "Dr. Ole Hansen", "Birte Jacobsen", "Malte Brodersen"]


def test_a_seat_table_of_former_and_new_holders_gives_the_new_ones() -> None:
    for table in (SEATED, SEATED_FLAT):
        (group,) = groups_of(HEAD + LEAD + table + AFTER)
        assert [m.member for m in group.members] == SEATED_NAMES
        assert group.chair == "Gesa Thormählen"
        assert [m.sector for m in group.members] == ["politics", "politics", "politics", "welfare", "civil_society"]


def test_a_seat_table_whose_last_column_is_no_new_composition() -> None:
    for table in (SEATED, SEATED_FLAT):
        changed = table.replace("neu ab 01.03.2031", "Bemerkung").replace("(neu)", "offen")
        members = _members(HEAD + LEAD + changed + AFTER)
        assert not {"Lars Petersen", "Frauke Ketelsen"} & set(members)
