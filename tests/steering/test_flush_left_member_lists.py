"""Members lists whose indent a PDF's text layer dropped, every line at the left margin (invented examples):

- a contact directory (headings of the part in the group, "Name, Body" over a line of e-mail and phone): the
  persons are the members, the heading naming the chair makes its person the chair; the numbered heading and
  the prose after the last contact line end it and name no member;
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
