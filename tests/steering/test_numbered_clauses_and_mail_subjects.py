"""Members in numbered clauses of a resolution ("2.1  für die Verwaltung: …"), each naming its side, its
persons with their offices before their names and their deputies in brackets; a group noun in the subject
line of a quoted mail names no group (invented examples)."""

from __future__ import annotations

from extractors.steering.numbered_for import numbered_for
from tests.steering.test_steering import groups_of

HEAD = "Stadt Elsdorf\nBeschlussvorlage\n\nBetreff: Teilhabeplan 2030\n\nBeschlussvorschlag:\n"
CLAUSES = (
    "1. Der Rat nimmt den Teilhabeplan zur Kenntnis.\n"
    "2. Es wird eine Lenkungsgruppe gebildet. In die Lenkungsgruppe werden entsandt:\n"
    "   2.1  für die Verwaltung: die Dezernentin Dr. Lea Brandt (Vorsitz) und\n"
    "        der Leiter des Sozialamts Jonas Weber,\n"
    "   2.2  für den Rat: Ratsmitglied Greta Lindqvist (SPD; persönliche Vertretung:\n"
    "        Ratsmitglied Ole Lind) und Ratsmitglied Kemal Aydın (CDU),\n"
    "   2.3  für den Caritasverband Elsdorf: Ida Muster.\n"
    "3. Die Verwaltung wird beauftragt, die Lenkungsgruppe einzuberufen.\n"
)
TAIL = "\nSachdarstellung:\nDie Lenkungsgruppe tagt viermal im Jahr.\n"


def test_numbered_clauses_name_the_persons() -> None:
    (group,) = groups_of(HEAD + CLAUSES + TAIL)
    assert [m.member for m in group.members] == [
        "Dr. Lea Brandt",
        "Jonas Weber",
        "Greta Lindqvist",
        "Kemal Aydın",
        "Ida Muster",
    ]
    assert group.chair == "Dr. Lea Brandt"
    sectors = {m.member: m.sector for m in group.members}
    assert sectors["Greta Lindqvist"] == "politics"
    assert sectors["Ida Muster"] == "welfare"
    assert all("Ole Lind" not in m.member for m in group.members)  # a deputy, no member


def _region(text: str) -> tuple[int, int]:
    start = text.index("entsandt:") + len("entsandt:")
    return start, text.index(".\n3.")


def test_a_clause_naming_a_body_alone_is_no_such_list() -> None:
    text = CLAUSES.replace("Ida Muster", "eine Vertreterin oder ein Vertreter")
    assert numbered_for(text, *_region(text)) == []


def test_clauses_without_numbers_are_no_such_list() -> None:
    text = CLAUSES.replace("2.1  für", "für").replace("2.2  für", "für").replace("2.3  für", "für")
    assert numbered_for(text, *_region(text)) == []


def test_an_unknown_first_name_names_no_person() -> None:
    text = CLAUSES.replace("Ida Muster", "Sozialstation Nord")
    assert numbered_for(text, *_region(text)) == []


MAIL = (
    "\n5. Moderation\nDas Angebot lautet:\n\n"
    "   Von:       info@moderation.example\n"
    "   An:        sozialamt@elsdorf.example\n"
    "   Gesendet:  Dienstag, 30. März 2027 09:12\n"
    "   Betreff:   AW: Preisanfrage Moderation Lenkungsgruppe Teilhabe\n\n"
    "   Gern moderieren wir die Sitzungen.\n"
)


def test_a_quoted_mail_subject_names_no_group() -> None:
    (group,) = groups_of(HEAD + CLAUSES + TAIL + MAIL)
    assert group.group_name == "Lenkungsgruppe"
    assert len(group.members) == 5


def test_a_subject_line_outside_a_mail_header_still_names_the_group() -> None:
    text = HEAD + CLAUSES + TAIL + "\nBetreff: Lenkungsgruppe Teilhabe\n"
    assert [g.group_name for g in groups_of(text)] == ["Lenkungsgruppe Teilhabe"]


SEATS = (
    "Stadt Elsdorf\nBeschlussvorlage\n\nBetreff: Teilhabeplan 2030\n\n3. Besetzung\n"
    "Die bisherige Lenkungsgruppe wird durch eine Begleitrunde ersetzt, in der die Stadtteile je einen Sitz\n"
    "erhalten. Hinzu kommen die Sitze der Stadtteile:\n\n"
    "  Sitz                  entsandt von                                Person\n"
    "  Nordstadt             Stadtteilbüro Nordstadt                     Greta Lindqvist\n"
    "  Au                    Ortschaftsrat Au                            Ortsbürgermeister Jonas Weber\n"
    "  Süd                   Ev. Kirchengemeinde Süd                     Pfarrerin Ida Muster\n\n"
    "4. Kosten\nEs entstehen keine Kosten.\n"
)


def test_a_seat_table_names_the_persons_the_sending_bodies_beside_them() -> None:
    (group,) = groups_of(SEATS)
    assert [m.member for m in group.members] == ["Greta Lindqvist", "Jonas Weber", "Ida Muster"]
    assert group.members[1].sector == "politics"


def test_a_former_group_replaced_in_the_passive_gives_its_successor_s_name() -> None:
    (group,) = groups_of(SEATS)
    assert group.group_name == "Begleitrunde"


def test_a_group_added_to_keeps_its_name() -> None:
    (group,) = groups_of(SEATS.replace("ersetzt", "ergänzt"))
    assert group.group_name == "Lenkungsgruppe"


SIZE = (
    "Stadt Elsdorf\nBeschlussvorlage\n\nBetreff: Teilhabeplan 2030\n\n3. Arbeitskreis Teilhabe\n"
    "Der Arbeitskreis begleitet die Umsetzung. Jeder Ortsteil erhält einen Sitz. Der Arbeitskreis hat {words}\n"
    "14 Sitze. Ihm gehören an: das Sozialamt, das Jobcenter Elsdorf und der Caritasverband Elsdorf.\n\n"
    "4. Kosten\nEs entstehen keine Kosten.\n"
)


def test_seats_stated_with_an_adverb_give_the_size() -> None:
    (group,) = groups_of(SIZE.format(words="damit"))
    assert group.size == 14


def test_seats_of_another_body_give_no_size() -> None:
    text = SIZE.format(words="damit").replace("14 Sitze.", "14 Sitze des Rates im Blick.")
    (group,) = groups_of(text)
    assert group.size != 14
