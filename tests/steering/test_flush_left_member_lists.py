"""Members lists whose indent a PDF's text layer dropped, every line at the left margin (invented examples):

- a contact directory (headings of the part in the group, "Name, Body" over a line of e-mail and phone): the
  persons are the members, the heading naming the chair makes its person the chair; the numbered heading and
  the prose after the last contact line end it and name no member;
- a seats table "Sitze | entsendende Stelle | benannt" flattened to single spaces: the person ending each row
  (an office before it and a chair's mark in the body's cell left out), two persons apart by a comma both, a
  row ending in a comma going on with the persons of the line below, the bodies given a seat each ("je ein
  Sitz CDU, SPD, Bündnis 90/" / "Die Grünen") each; the count column sums to the size;
- rows of a label and its persons flattened, a list's places among them ("Liste A 1. Ole Brandt 2. Marlene
  Vogt"): each place a person, any other row's person after its label and office, a line without a label
  going on with the row above; places numbered out of order name no persons, and the block gives none.
"""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Stadt Wendenau\nBeschlussvorlage\n\nBetreff: Teilhabeplan 2030\n\n"


def members_of(text: str) -> list[tuple[str, str, bool]]:
    return [(m.member, m.sector, m.is_chair) for g in groups_of(text) for m in g.members]


DIRECTORY = (
    "4. Wer steuert?\n"
    "Die Lenkungsrunde Teilhabe. Sie tagt monatlich und legt den Entwurf dem Rat vor. Ihre Mitglieder\n"
    "sind zugleich die Ansprechpersonen ihrer Einrichtungen:\n\n"
    "{i}Leitung\n"
    "{i}Stadträtin Dr. Helga Dornbusch, Dezernat 2\n"
    "{i}helga.dornbusch@wendenau.de · Tel. 04711 20-2000\n\n"
    "{i}Mitglieder\n"
    "{i}Ole Brandt, Ratsherr (Freie Wähler)\n"
    "{i}ole.brandt@rat-wendenau.de\n\n"
    "{i}Marlene Vogt, Diakonisches Werk Wendenau e. V.\n"
    "{i}vogt@diakonie-wendenau.de · Tel. 04711 33-12\n\n"
    "5. Wer unterstützt von außen?\n"
    "Die Sitzungen moderiert Frau Anna Lorenz, Büro Wegweiser, Bremen.\n"
)


def test_a_contact_directory_reads_alike_indented_and_flush_left() -> None:
    indented = members_of(HEAD + DIRECTORY.format(i="   "))
    flush = members_of(HEAD + DIRECTORY.format(i=""))
    assert [m for m, _, _ in flush] == ["Dr. Helga Dornbusch", "Ole Brandt", "Marlene Vogt"]
    assert flush == indented
    assert flush[0][2] and not flush[1][2]


def test_flush_left_prose_with_a_name_after_the_last_contact_line_is_no_entry() -> None:
    text = DIRECTORY.format(i="").replace(
        "5. Wer unterstützt von außen?\n", "Herr Jan Roth, Sozialamt, führt Protokoll.\n"
    )
    assert [m for m, _, _ in members_of(HEAD + text)] == ["Dr. Helga Dornbusch", "Ole Brandt", "Marlene Vogt"]


SEATS = (
    "3. Steuerung\n"
    "Die Verwaltung schlägt einen Lenkungskreis Teilhabe mit neun Sitzen vor:\n\n"
    "Sitze entsendende Stelle benannt\n"
    "──── ──────────────────── ──────────────\n"
    "1 Oberbürgermeister (Vorsitz) Beigeordnete Helga Dornbusch\n"
    "2 Amt für Soziales und Ole Brandt, Marlene Vogt\n"
    "Teilhabe\n"
    "3 Ratsfraktionen je ein Sitz CDU, SPD, Bündnis 90/\n"
    "Die Grünen (Namen folgen)\n"
    "2 Beirat für Teilhabe Vorsitzender Jonas Weber,\n"
    "Lea Roth\n"
    "1 Jobcenter Wendenau Anna Lorenz\n\n"
    "4. Kosten\nEs entstehen keine Kosten.\n"
)


def test_a_flattened_seats_table_gives_each_person_and_each_body_given_a_seat() -> None:
    groups = groups_of(HEAD + SEATS)
    assert [(m.member, m.is_chair) for g in groups for m in g.members] == [
        ("Helga Dornbusch", True),
        ("Ole Brandt", False),
        ("Marlene Vogt", False),
        ("CDU", False),
        ("SPD", False),
        ("Bündnis 90/Die Grünen", False),
        ("Jonas Weber", False),
        ("Lea Roth", False),
        ("Anna Lorenz", False),
    ]
    assert groups[0].size == 9  # the count column's seats


BALLOT = (
    "3. Kommission\n"
    "Die Steuerungsgruppe Teilhabe begleitet die Fortschreibung. Nach den Wahlvorschlägen setzt sie\n"
    "sich wie folgt zusammen:\n\n"
    "Kraft Amtes Bürgermeister Jonas Weber (Vorsitz)\n"
    "Stadträtin Helga Dornbusch\n"
    "Liste A 1. Ole Brandt 2. Marlene Vogt\n"
    "Liste B 1. Anna Lorenz\n"
    "Sachkundige Lea Roth (Diakonisches Werk Wendenau e. V.)\n\n"
    "4. Kosten\nEs entstehen keine Kosten.\n"
)


def test_flattened_rows_with_a_lists_places_give_the_persons_and_no_labels() -> None:
    assert members_of(HEAD + BALLOT) == [
        ("Jonas Weber", "administration", True),
        ("Helga Dornbusch", "administration", False),
        ("Ole Brandt", "politics", False),
        ("Marlene Vogt", "politics", False),
        ("Anna Lorenz", "politics", False),
        ("Lea Roth", "welfare", False),
    ]


def test_flattened_places_that_name_no_persons_give_no_member() -> None:
    text = BALLOT.replace("1. Ole Brandt 2. Marlene Vogt", "1. Ole Brandt 3. Marlene Vogt")
    assert members_of(HEAD + text) == []
