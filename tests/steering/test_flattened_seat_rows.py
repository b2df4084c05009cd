"""A members table of numbered seats, the bodies proposing their holders, the persons addressed and the end
of their term, as a PDF's text layer gives it (every gap closed to one space, the rule under the header
broken over two lines, a page break right before a row): the person after the salutation, a comma closing
it where the office stands on the line under it, the chair's mark alone under that, a seat not yet filled
naming its body, the body's note wrapped under it (``extractors/steering/flat_seats.py``); near misses: the
rows under no header, and under a header with no persons' column (invented examples)."""

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


def test_the_persons_of_the_seats_and_a_vacant_seats_body_are_the_members() -> None:
    (group,) = groups_of(HEAD + LEAD + HEADER + ROWS + END)
    assert [m.member for m in group.members] == [*PERSONS, "Elternbeirat der Kitas"]
    assert [m.member for m in group.members if m.is_chair] == ["Greta Holm"]


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
