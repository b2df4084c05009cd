"""A members table of numbered seats, the bodies proposing their holders, the persons addressed and the end
of their term, as a PDF's text layer gives it (every gap closed to one space, the rule under the header
broken over two lines, a page break right before a row): the person after the salutation, a comma closing
it where the office stands on the line under it, the chair's mark alone under that, a seat not yet filled
naming no member, its body's note wrapped under it, seats by their codes ("V1") and persons named bare
(``extractors/steering/flat_seats.py``); near misses: the rows under no header, under a header with no
persons' column, and coded rows naming bodies only (invented examples)."""

from __future__ import annotations

from extractors import load_resources
from extractors.steering.flat_seats import seat_rows
from extractors.steering.rules import member_rules
from tests.steering.test_steering import groups_of

HEAD = "Stadt Hafenstedt\nBeschlussvorlage\n\nBetreff: Koordinierungsrunde Teilhabe\n\n"
LEAD = (
    "3. Koordinierungsrunde Teilhabe\n"
    "Die Koordinierungsrunde begleitet die Umsetzung. Sie hat sechs Sitze. Die Verwaltung\n"
    "schlägt folgende Besetzung vor:\n\n"
)
HEADER = "Sitz vorgeschlagen durch Name Amtszeit bis\n" + "─" * 50 + "\n" + "─" * 8 + "\n"
ROWS = (
    "1 Bürgermeister Frau Greta Holm, 30.06.2031\n"
    "Zweite Beigeordnete\n"
    "(Vorsitz)\n"
    "2 Fachbereich 3 – Jugend und Familie Herr Jannik Roders 30.06.2031\n"
    "3 Seniorenbeirat Frau Merle van Dijk 30.06.2031\n"
    "\f4 Volkshochschule Hafenstedt Herr Dr. Ole Quast 30.06.2031\n"
    "5 Arbeiterwohlfahrt Ortsverein Frau Wiebke Sander 30.06.2031\n"
    "6 Elternbeirat der Kitas N. N. –\n"
    "(Wahl im Herbst)\n"
)
END = "─" * 50 + "\n\nDie Runde tagt viermal im Jahr.\n\n4. Kosten\nKeine.\n"
PERSONS = ["Greta Holm", "Jannik Roders", "Merle van Dijk", "Dr. Ole Quast", "Wiebke Sander"]


def test_the_persons_of_the_seats_are_the_members_a_vacant_seat_names_none() -> None:
    (group,) = groups_of(HEAD + LEAD + HEADER + ROWS + END)
    assert [m.member for m in group.members] == PERSONS
    assert [m.member for m in group.members if m.is_chair] == ["Greta Holm"]
    assert group.size == 6  # the seats numbered 1 to 6, the vacant one too


def test_the_office_under_a_person_is_the_rows_label() -> None:
    text = HEAD + LEAD + HEADER + ROWS + END
    rows = seat_rows(text, text.index("Sitz vorgeschlagen"), member_rules(load_resources()), load_resources())
    assert rows is not None
    assert rows[0][0][2] == "Bürgermeister Zweite Beigeordnete"
    assert rows[0][1][2] == "Greta Holm"


def test_the_rows_under_no_header_are_no_seats() -> None:
    text = HEAD + LEAD + ROWS + END
    assert seat_rows(text, text.index("1 Bürgermeister"), member_rules(load_resources()), load_resources()) is None


def test_a_header_without_a_persons_column_is_none() -> None:
    text = HEAD + LEAD + HEADER.replace(" Name ", " ") + ROWS + END
    assert seat_rows(text, text.index("Sitz vorgeschlagen"), member_rules(load_resources()), load_resources()) is None


CODED = (
    "Sitz vergeben an Sitzinhaber/-in\n" + "─" * 4 + " " + "─" * 40 + "\n" + "─" * 20 + "\n"
    "L Zweiter Bürgermeister Anton Kessler – Vorsitz –\n"
    "V1 Fachbereich Bildung und Kultur Greta Holm\n"
    "G1 Gemeinderatsfraktion SPD Stadträtin Ilse Hanke\n"
    "E1 Diakonisches Werk Hafenstedt e. V. Jannik Roders\n"
)


def test_seats_by_their_codes_and_persons_named_bare_after_the_bodies() -> None:
    """ "V1 Fachbereich … Greta Holm": the seat's code, the body, the person ending the row; the chair's mark
    between dashes ending the first row."""
    (group,) = groups_of(HEAD + LEAD + CODED + END)
    assert [m.member for m in group.members] == ["Anton Kessler", "Greta Holm", "Ilse Hanke", "Jannik Roders"]
    assert [m.member for m in group.members if m.is_chair] == ["Anton Kessler"]


def test_coded_rows_naming_no_person_are_no_seats() -> None:
    text = HEAD + LEAD + CODED.replace("Greta Holm", "Schulamt").replace("Jannik Roders", "Sozialstation") + END
    rows = seat_rows(text, text.index("Sitz vergeben"), member_rules(load_resources()), load_resources())
    assert rows is None
