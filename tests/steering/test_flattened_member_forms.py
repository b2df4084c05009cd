"""Members as a PDF's text layer or its export sets them, the gaps flattened into single spaces and lines
wrapped at the page's width: a lead-in wrapped before its last noun over a surname-first table; dashed
entries under sub-headings naming each person surname first, an entry's legal form wrapped over lines;
dot-leader lines whose person's family name wrapped onto the next line; a table of bodies and their
representatives with seats named by office and its header repeated after a page's furniture; "Für …:"
columns set side by side, family names in capitals; surname-first rows under the part labels right
under the lead-in; a body's wrapped rest after a page break; a family name after a given name that is
one too. Invented examples."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

_HEAD = "Stadt Beispielheim\nVorlage Nr. 12/2026\n\n"
_END = "\nDie Geschäftsstelle liegt beim Amt für Soziales.\n"


def _members(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def test_a_lead_in_wrapped_before_its_noun_over_a_surname_first_table() -> None:
    text = (
        _HEAD
        + (
            "C. Steuerungsgruppe Teilhabe\nDie Steuerungsgruppe hat den Bericht begleitet. Sie besteht aus folgenden\n"
            "Personen:\n\n"
            "Name, Vorname Institution Funktion\n"
            "Lorenz, Britta Stadtverwaltung, Dezernat II Beigeordnete\n"
            "Hahn, Kemal Seniorenbeirat Vorsitzender\n"
            "Quast, Henrike Volkshochschule Beispielheim Fachbereichsleiterin\n"
        )
        + _END
    )
    assert _members(text) == ["Britta Lorenz", "Kemal Hahn", "Henrike Quast"]


def test_a_wrapped_lead_in_sentence_is_no_section_label() -> None:
    from pipeline.structure.prose import segments

    text = "Die Gruppe tagt monatlich. Sie besteht aus folgenden\nPersonen:\n\nName Institution\n"
    assert [s.kind for s in segments(text)][:1] == ["para"]
    assert text[segments(text)[0].start : segments(text)[0].end].endswith("Personen:")


SUB_HEADED = (
    "Lenkungsgruppe\n\nFür die Fortschreibung wird eine Lenkungsgruppe gebildet. Mitglieder (jeweils Name,\n"
    "Vorname):\n\n"
    "Stadtverwaltung\n"
    "– Lorenz, Britta Bürgermeisterin, Referentin 4 (Vorsitz)\n"
    "– Hahn, Kemal Integrationsbeauftragter\n"
    "Träger und Behörden\n"
    "– Quast, Henrike Caritasverband für die Stadt Beispielheim und den Landkreis{wrap}"
    "Migrationsberatung\n"
    "– Okafor, Chinedu Vorsitzender\n"
    "– Roth, Ida Volkshochschule Beispielheim, Fachbereich Deutsch\n"
)


@pytest.mark.parametrize("wrap", [" Beispielheim e.\nV.,\n", "\nBeispielheim e. V.,\n"])
def test_dashed_entries_surname_first_under_sub_headings_with_a_wrapped_legal_form(wrap: str) -> None:
    found = [(m.member, m.is_chair) for g in groups_of(_HEAD + SUB_HEADED.format(wrap=wrap) + _END) for m in g.members]
    assert found == [
        ("Britta Lorenz", True),
        ("Kemal Hahn", False),
        ("Henrike Quast", False),
        ("Chinedu Okafor", False),
        ("Ida Roth", False),
    ]


def test_a_flattened_entry_naming_a_body_after_the_comma_is_no_person() -> None:
    text = SUB_HEADED.format(wrap=" Beispielheim e. V.,\n").replace("– Hahn, Kemal", "– Weber, Sozialamt")
    assert "Sozialamt Weber" not in _members(_HEAD + text + _END)


def test_dot_leader_lines_whose_family_name_wrapped_onto_the_next_line() -> None:
    text = (
        _HEAD
        + (
            "Lenkungsgruppe Quartier\nDie Lenkungsgruppe hat sechs Mitglieder. "
            "Neben der Vorsitzenden sind vertreten:\n\n"
            "Amt für Zuwanderung und Integration .......... Amtsleiterin Nilay Demir\n"
            "Amt für Kinder, Jugend und Familie ... Abteilungsleiter Jan-Hendrik\n"
            "Schwebel\n"
            "Ausschuss für Soziales und Gesundheit ... Vorsitzende Ratsfrau Birgit\n"
            "Haselbach\n"
            "Jobcenter Beispielheim .......... Bereichsleiterin Olga Petrowa\n"
        )
        + _END
    )
    assert _members(text)[-4:] == ["Nilay Demir", "Jan-Hendrik Schwebel", "Birgit Haselbach", "Olga Petrowa"]


def test_representatives_with_seats_by_office_over_a_repeated_header() -> None:
    text = _HEAD + (
        "Lenkungskreis Integration\nDer Lenkungskreis tagt zweimal im Jahr. Berufen werden:\n\n"
        "Institution vertreten durch\n"
        "Landkreis, Dezernat II Dr. Anja Pohl, Dezernentin (Leitung)\n"
        "Landkreis, Ausländerbehörde Sachgebietsleitung Ausländerbehörde\n"
        "Kreistag, Fraktion A Hans-Jürgen Bott\n"
        "\n\n\n\n"
        "Institution vertreten durch\n"
        "Jobcenter Beispielkreis Bereichsleitung Markt und Integration\n"
        "AWO Kreisverband Beispielkreis e. V. Thomas Giese, Migrationsberatung\n"
        "\nDie Sitzungen bereitet die Integrationskoordination vor und moderiert sie.\n"
    )
    assert _members(text) == [
        "Dr. Anja Pohl",
        "Sachgebietsleitung Ausländerbehörde",
        "Hans-Jürgen Bott",
        "Bereichsleitung Markt und Integration",
        "Thomas Giese",
    ]


def test_part_labelled_columns_side_by_side_with_family_names_in_capitals() -> None:
    text = (
        _HEAD
        + (
            "Steuerungsgruppe Integrationsplan\nDie Steuerungsgruppe hat sieben Sitze. Die Besetzung:\n\n"
            "Für die Stadtverwaltung: Für den Gemeinderat:\n"
            "Erste Bürgermeisterin Dr. Annette KESSEL Stadträtin Ute SCHÄFER-LIND (CDU)\n"
            "(Vorsitz) Stadtrat Erkan TOSUN (SPD)\n"
            "Integrationsbeauftragte Heike KUNZE Stadtrat Jochen MAIERHOF (Freie Wähler)\n"
            "\n"
            "Für die Partner: Für die Zugewanderten:\n"
            "Stefanie BRAUNE, Jobcenter Landkreis Rim HADDAD, Vorsitzende des\n"
            "Beispielkreis, Standort Nord Integrationsbeirats\n"
            "Besim RAMA, Caritas Beispielkreis Darina IVANOVA, Kulturverein e. V.\n"
        )
        + _END
    )
    groups = groups_of(text)
    assert sorted(m.member for g in groups for m in g.members) == sorted(
        [
            "Dr. Annette Kessel",
            "Ute Schäfer-Lind",
            "Erkan Tosun",
            "Heike Kunze",
            "Jochen Maierhof",
            "Stefanie Braune",
            "Rim Haddad",
            "Besim Rama",
            "Darina Ivanova",
        ]
    )
    assert groups[0].chair == "Dr. Annette Kessel"


def test_surname_first_rows_by_part_right_under_a_lead_in_without_a_blank_line() -> None:
    text = _HEAD + (
        "4 Lenkungsgruppe Integration\nDie Lenkungsgruppe hat fünf Mitglieder.\n"
        "Es werden berufen (Name, Vorname; Funktion):\n"
        "Stadtverwaltung Lorenz, Britta (Beigeordnete, Vorsitz); Hahn, Kemal\n"
        "(Integrationsbeauftragter)\n"
        "Stadtrat Quast, Henrike (CDU); Roth, Ida (SPD)\n"
        "Schulen Weber, Jonas (Grundschule Nord, Schulleiter)\n"
        "5 Externe Prozessbegleitung\nDie Begleitung übernimmt ein Büro aus Mannheim.\n"
    )
    assert _members(text) == ["Britta Lorenz", "Kemal Hahn", "Henrike Quast", "Ida Roth", "Jonas Weber"]


def test_a_body_left_open_goes_on_after_a_page_break_and_a_given_name_as_family_name() -> None:
    text = (
        _HEAD
        + (
            "Lenkungskreis\nDer Lenkungskreis tritt viermal im Jahr zusammen. Geborene Mitglieder sind:\n\n"
            "Bereich Institution / Funktion Mitglied\n"
            "Kreisverwaltung Fachbereichsleiterin 3 (Vorsitz) Katrin Oberholz\n"
            "Kreistag Vorsitzende des Ausschusses für Gesundheit, Gisela Brakemann\n"
            "\fSoziales und Integration\n"
            "Behörden Jobcenter Beispielkreis, Bereichsleitung Integration Dirk Holtmann\n"
            "Wohlfahrtspflege Diakonie Beispielkreis, Migrationsdienst, Samira El Ouardi\n"
        )
        + _END
    )
    assert _members(text) == ["Katrin Oberholz", "Gisela Brakemann", "Dirk Holtmann", "Samira El Ouardi"]


def test_part_labelled_blocks_each_naming_one_line_of_both_columns_make_the_table() -> None:
    # the first block's other line wrapped a family name in capitals ("SCHÄFER-LIND-" / "NER"): the
    # lines naming a person in both columns are counted over both blocks
    text = (
        _HEAD
        + (
            "Steuerungsgruppe Integrationsplan\nDie Steuerungsgruppe hat sechs Sitze. Die Besetzung:\n\n"
            "Für die Stadtverwaltung: Für den Gemeinderat:\n"
            "Erste Bürgermeisterin Dr. Annette KESSEL Stadträtin Ute SCHÄFER-LIND-\n"
            "NER (CDU)\n"
            "Integrationsbeauftragte Heike KUNZE Stadtrat Jochen MAIERHOF (Freie Wähler)\n"
            "\n"
            "Für die Partner: Für die Zugewanderten:\n"
            "Stefanie BRAUNE, Jobcenter Landkreis Rim HADDAD, Vorsitzende des Beirats\n"
        )
        + _END
    )
    found = _members(text)
    assert {"Dr. Annette Kessel", "Heike Kunze", "Jochen Maierhof", "Stefanie Braune", "Rim Haddad"} <= set(found)
    single = text.replace("Für die Partner: Für die Zugewanderten:\nStefanie BRAUNE, Jobcenter Landkreis ", "")
    assert "Heike Kunze" not in _members(single.replace("Rim HADDAD, Vorsitzende des Beirats\n", ""))
