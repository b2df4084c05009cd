"""steering: members lists and tables that name persons (invented examples):

- a dash list whose entries address their person ("– Herr Diakon Jonas Weber, Kirchengemeinde St.
  Paul"): the person is the member, without the salutation and an office word before the given
  name, over a page break, also where the entry names a working group the person comes from;
- a table of persons led by a role column ("Funktion | Name | Einrichtung"), an office set over the
  chair's name in its cell: the persons are the members, the institution tells the sector, the role
  cell the chair; an institution-led table still names institutions;
- chair words in brackets after a member ("(Leitung, Vorsitz)") mark the chair and are no part of
  its name;
- family names of other alphabets' letters are names ("Kılıç");
- a group named by its noun alone in the subject and by its full name in the text is one group;
  two named groups of that noun stay apart;
- a group whose compound names building works ("Baubegleitkreis") is none of the process."""

from __future__ import annotations

from extractors.steering.name_blocks import name_line
from tests.steering.test_steering import groups_of

_PAGE = "\n\n\nStadt Lindenau · Vorlage 12/2027 · Seite 1 von 2\n\fVorlage 12/2027                         Seite 2\n\n"


def _members(text: str) -> list[tuple[str, str, bool]]:
    return [(m.member, m.sector, m.is_chair) for g in groups_of(text) for m in g.members]


def test_a_dash_list_of_addressed_persons_over_a_page_break() -> None:
    text = (
        "3. Lenkungsgruppe Sozialplan\nDie Arbeit begleitet eine Lenkungsgruppe mit sechs Mitgliedern."
        " Ihr gehören an:\n\n"
        "– Frau Dr. Lea Brandes, Bürgermeisterin (Vorsitz)\n"
        "– Herr Malte Sievers, Leiter des Sozialamtes\n"
        "– Frau Ines Gerlach, Stadträtin, SPD-Fraktion"
        + _PAGE
        + "– Herr Diakon Jonas Weber, Ev. Kirchgemeinde St. Paul\n"
        "– Frau Ayla Demir, Arbeitskreis „Offene Türen“\n"
        "– Herr Finn Oldag, Schulleiter der Grundschule Am Hang\n\n"
        "Die Lenkungsgruppe tagt alle zwei Monate.\n"
    )
    found = _members(text)
    assert [m for m, _, _ in found] == [
        "Dr. Lea Brandes",
        "Malte Sievers",
        "Ines Gerlach",
        "Jonas Weber",
        "Ayla Demir",
        "Finn Oldag",
    ]
    assert found[0][2] and not any(c for _, _, c in found[1:])
    assert dict((m, s) for m, s, _ in found)["Jonas Weber"] == "civil_society"


def test_an_entry_addressing_a_person_by_surname_alone_keeps_its_institution() -> None:
    text = (
        "Die Lenkungsgruppe Sozialplan wird eingerichtet. Ihr gehören an:\n\n"
        "– Herr Sievers, Sozialamt\n– Frau Gerlach, Jobcenter Lindenau\n\nDie Lenkungsgruppe tagt monatlich.\n"
    )
    assert "Herr" not in " ".join(m for m, _, _ in _members(text))


_ROLE_LED = (
    "4. Steuerungskreis Teilhabe\nDer Steuerungskreis begleitet die Erarbeitung des Konzepts"
    " und hat vier Mitglieder:\n\n"
    "Funktion                 Name                       Einrichtung\n"
    "Vorsitz                  Landrätin                  Kreisverwaltung, Dezernat 2  \n"
    "                         Dr. Hanne Voigtländer\n"
    "Mitglied                 Serkan Kılıç               Jobcenter Saaletal\n"
    "Mitglied                 Jonas Albers               Diakonisches Werk Saaletal\n"
    "Mitglied                 Mira Okonkwo               Volkshochschule Saaletal\n\n"
    "Die Geschäftsführung liegt beim Sozialamt.\n"
)


def test_a_table_of_persons_led_by_a_role_column() -> None:
    found = _members(_ROLE_LED)
    assert [m for m, _, _ in found] == ["Dr. Hanne Voigtländer", "Serkan Kılıç", "Jonas Albers", "Mira Okonkwo"]
    assert [s for _, s, _ in found] == ["administration", "public_agency", "welfare", "education"]
    assert [c for _, _, c in found] == [True, False, False, False]
    assert groups_of(_ROLE_LED)[0].chair == "Dr. Hanne Voigtländer"


def test_a_role_led_table_of_institutions_without_names_names_institutions() -> None:
    text = _ROLE_LED.replace("Name      ", "Vertretung").replace("Dr. Hanne Voigtländer", "Dezernentin")
    text = text.replace("Serkan Kılıç", "Amtsleitung ").replace("Jonas Albers", "Vorstand    ")
    text = text.replace("Mira Okonkwo", "Direktorin  ")
    names = [m for m, _, _ in _members(text)]
    assert "Jobcenter Saaletal" in names and "Amtsleitung" not in names


def test_chair_words_in_brackets_after_a_seat_tables_member() -> None:
    text = (
        "2. Steuergruppe Quartiersplan\nEs wird eine Steuergruppe gebildet. Die Sitze verteilen sich wie folgt:\n\n"
        "Entsendende Stelle                                   Sitze\n"
        "Amt für Soziales (Leitung, Vorsitz)                     1\n"
        "Jobcenter Saaletal                                      1\n"
        "Fraktionen des Kreistags                                3\n"
        "gesamt                                                  5\n\n"
        "Die Geschäftsstelle liegt beim Amt für Soziales.\n"
    )
    found = _members(text)
    assert found[0][0] == "Amt für Soziales" and found[0][2]
    assert [m for m, _, _ in found][1:] == ["Jobcenter Saaletal", "Fraktionen des Kreistags"]
    assert groups_of(text)[0].size == 5


def test_family_names_of_other_alphabets_letters() -> None:
    assert name_line("Serkan Kılıç") and name_line("Dr. Zoë Ağaoğlu")
    assert not name_line("Jobcenter Saaletal")


_SUBJECT = "Betreff:\nSozialplan 2028 – Bildung einer Lenkungsgruppe und Vergabe der Moderation\n\nSachverhalt:\n\n"
_NAMED = (
    "3. Lenkungsgruppe Sozialplan\n\nFür die Erarbeitung wird eine Lenkungsgruppe gebildet. Ihr gehören an:\n\n"
    "- Amt für Soziales (Vorsitz)\n- Jobcenter Saaletal\n- Caritasverband Saaletal e. V.\n\n"
    "4. Kosten\nKeine.\n"
)


def test_a_group_named_by_its_noun_in_the_subject_and_by_its_name_in_the_text_is_one() -> None:
    (group,) = groups_of(_SUBJECT + _NAMED)
    assert group.group_name == "Lenkungsgruppe Sozialplan"
    members = [m.member for m in group.members]
    assert members == ["Amt für Soziales", "Jobcenter Saaletal", "Caritasverband Saaletal e. V."]


def test_two_named_groups_of_one_noun_stay_apart() -> None:
    other = (
        "5. Lenkungsgruppe Wohnraumversorgung\nDer Lenkungsgruppe Wohnraumversorgung gehören das Bauamt und die"
        " Wohnbau Saaletal GmbH an.\n"
    )
    found = {g.group_name: [m.member for m in g.members] for g in groups_of(_SUBJECT + _NAMED + other)}
    assert found["Lenkungsgruppe Wohnraumversorgung"] == ["Bauamt", "Wohnbau Saaletal GmbH"]
    assert "Lenkungsgruppe Sozialplan" in found


_WORKS = (
    "Für die Bauzeit wird ein {noun} eingerichtet, dem die Ortsvorsteherin, zwei Vertreter der Anwohnerschaft"
    " und das Amt für Hochbau angehören; ihn leitet die Ortsvorsteherin.\n"
)


def test_a_group_for_building_works_is_none() -> None:
    assert groups_of("2. Neubau Kita Ost\n" + _WORKS.format(noun="Baubegleitkreis")) == []
    assert groups_of("2. Neubau Kita Ost\n" + _WORKS.format(noun="Baustellen-Begleitkreis")) == []


def test_the_same_sentence_with_a_group_of_no_works_names_it() -> None:
    (group,) = groups_of("2. Integrationsplan\n" + _WORKS.format(noun="Begleitkreis"))
    assert group.group_name == "Begleitkreis"


_FLAT_ROLE_LED = (
    "4. Steuerungskreis Teilhabe\nDer Steuerungskreis begleitet die Erarbeitung des Konzepts und hat fünf"
    " Mitglieder:\n\n"
    "Funktion Name Einrichtung\n"
    "Vorsitz Landrätin Kreisverwaltung, Dezernat 2\n"
    "Dr. Hanne Voigtländer\n"
    "stellv. Vorsitz Jonas Albers Diakonisches Werk\n"
    "Saaletal\n"
    "Mitglied Serkan Kılıç Jobcenter Saaletal\n"
    "\fMitglied Prof. Dr. Mira Okonkwo Hochschule für Soziale Arbeit\n"
    "und Gesundheit Saaletal\n"
    "Mitglied Ole Brandt Volkshochschule Saaletal e. V.\n\n"
    "Die Geschäftsführung liegt beim Sozialamt.\n"
)


def test_a_flattened_table_of_persons_led_by_a_role_column_over_a_page_break() -> None:
    found = _members(_FLAT_ROLE_LED)
    assert [m for m, _, _ in found] == [
        "Dr. Hanne Voigtländer",
        "Jonas Albers",
        "Serkan Kılıç",
        "Prof. Dr. Mira Okonkwo",
        "Ole Brandt",
    ]
    assert [s for _, s, _ in found] == ["administration", "welfare", "public_agency", "research", "education"]
    assert [c for _, _, c in found] == [True, False, False, False, False]


def test_a_flattened_role_led_header_over_sentences_names_no_person() -> None:
    text = _FLAT_ROLE_LED.split("Funktion Name Einrichtung\n")[0] + (
        "Funktion Name Einrichtung\nDie Mitglieder werden von den Einrichtungen benannt.\n"
        "Die Verwaltung lädt zur ersten Sitzung ein.\n\n"
    )
    assert _members(text) == []


def test_a_count_of_members_with_full_rights_is_the_size() -> None:
    lead = "Die Lenkungsgruppe Sozialplan wird eingerichtet. Sie arbeitet {} Mitgliedern. Ihr gehören an:\n\n"
    items = "- Amt für Soziales (Vorsitz)\n- Jobcenter Saaletal\n\nDie Lenkungsgruppe tagt monatlich.\n"
    assert groups_of(lead.format("mit sieben stimmberechtigten") + items)[0].size == 7
    assert groups_of(lead.format("mit zwei weiteren") + items)[0].size is None


def _prose_members(tail: str) -> list[str]:
    text = (
        f"Die Lenkungsgruppe Sozialplan wird eingerichtet. Ihr gehören das Sozialamt, das Jobcenter sowie {tail} an.\n"
    )
    return [m.member for g in groups_of(text) for m in g.members]


def test_two_nouns_one_adjective_governs_are_one_member() -> None:
    found = _prose_members("zwei Vertreter der freien Träger und Vereine")
    assert found[:2] == ["Sozialamt", "Jobcenter"] and len(found) == 3
    assert "Träger und Vereine" in found[2] and "Vereine" not in found[:2]


def test_two_nouns_each_with_its_article_stay_two_members() -> None:
    found = _prose_members("die örtlichen Sportvereine und die Kirchengemeinden")
    assert len(found) == 4


def test_a_flattened_role_led_table_goes_on_over_a_blank_line_after_a_row_ending_open() -> None:
    text = _FLAT_ROLE_LED.replace("Diakonisches Werk\nSaaletal", "Diakonisches Werk –\n\nDiakonie Saaletal")
    assert len(_members(text)) == 5
    closed = _FLAT_ROLE_LED.replace("Diakonisches Werk\nSaaletal", "Diakonisches Werk\n\nSaaletal")
    names = [m for m, _, _ in _members(closed)]  # a closed row and a blank line end the table
    assert names[:2] == ["Dr. Hanne Voigtländer", "Jonas Albers"] and "Serkan Kılıç" not in names
