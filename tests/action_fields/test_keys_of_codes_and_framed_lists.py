"""action_fields: fields named only in the key of codes a measures table uses, as lines or run on with
equals signs; a double-lined box with a title over items numbered with circled digits under a lead that
counts the fields; fields in square brackets under guidelines; ordinal headings "Erstes Handlungsfeld:
…"; lower-case Roman items run in; a mapping's note "entfällt"; a budget table whose header holds years
and whose rule an export set before the first row. Every example is invented, with near misses that must
yield nothing."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

KEY_LINES = (
    "3. Handlungsfelder\n"
    "Der Plan ordnet jede Maßnahme einem Handlungsfeld zu. In der Tabelle stehen dafür\n"
    "Kürzel:\n\n"
    "   KB   Kita und Grundschule\n"
    "   BE   Beruf und Einstieg\n"
    "   NB   Nachbarschaft im Dorf\n"
    "   MS   Medizin und Seelsorge\n\n"
    "Nr.   Maßnahme                                        HF    Beginn\n"
    "M1    Lesepaten an der Grundschule Am Bach             KB    09/2027\n"
    "M2    Praktikumsbörse mit dem Handwerk                 BE    01/2028\n"
    "M3    Dorffest in Oberwiesen                           NB    06/2028\n"
)


def test_a_key_of_codes_a_field_column_uses_names_the_fields() -> None:
    assert labels(KEY_LINES) == [
        "Kita und Grundschule",
        "Beruf und Einstieg",
        "Nachbarschaft im Dorf",
        "Medizin und Seelsorge",
    ]


def test_a_key_whose_codes_no_field_column_uses_is_none() -> None:
    text = KEY_LINES.replace("HF    Beginn", "Amt   Beginn")
    assert labels(text) == []


def test_a_list_of_abbreviations_is_no_key_of_fields() -> None:
    text = (
        "Abkürzungen:\n\n"
        "   VHS   Volkshochschule Talheim\n"
        "   KSB   Kreissportbund\n"
        "   JC    Jobcenter im Kreis\n\n"
        "Nr.   Maßnahme                       Träger\n"
        "1     Sprachkurs am Abend             VHS\n"
        "2     Sportabzeichen für alle         KSB\n"
        "3     Bewerbungstraining              JC\n"
    )
    assert labels(text) == []


KEY_RUN_ON = (
    "Die Übersicht zeigt die Maßnahmen, die 2027 beginnen:\n\n"
    "Nr.   Maßnahme                              HF    Träger\n"
    "M01   Elterncafé in der Kita Sonnenschein    KB    Jugendamt\n"
    "M02   Praktikumsbörse                        BE    Jobcenter\n"
    "M03   Gesundheitslotsen                      MS    Gesundheitsamt\n\n"
    "Kürzel der Handlungsfelder (HF): KB = Kita und Grundschule · BE = Beruf\n"
    "und Einstieg · NB = Nachbarschaft im Dorf · MS\n"
    "= Medizin und Seelsorge\n"
    "Lenkungskreis\n"
    "Der Lenkungskreis hat neun Mitglieder.\n"
)


def test_a_run_on_key_wrapped_anywhere_names_the_fields() -> None:
    assert labels(KEY_RUN_ON) == [
        "Kita und Grundschule",
        "Beruf und Einstieg",
        "Nachbarschaft im Dorf",
        "Medizin und Seelsorge",
    ]


BOX = (
    "2. Handlungsfelder\n"
    "Die Verwaltung schlägt vor, den Plan auf vier Felder zu\n\n"
    "beschränken:\n\n"
    "   ╔══════════════════════════════════════════╗\n"
    "   ║  Handlungsfelder des Plans               ║\n"
    "   ╠══════════════════════════════════════════╣\n"
    "   ║  ① Sprache im Alltag                     ║\n"
    "   ║  ② Schule und Ausbildung                 ║\n"
    "   ║  ③ Wohnen in den Ortsteilen              ║\n"
    "   ║  ④ Vereine und Ehrenamt                  ║\n"
    "   ╚══════════════════════════════════════════╝\n\n"
    "3. Lenkungskreis\n"
)


def test_a_titled_box_of_circled_numbers_under_a_counting_lead() -> None:
    assert labels(BOX) == [
        "Sprache im Alltag",
        "Schule und Ausbildung",
        "Wohnen in den Ortsteilen",
        "Vereine und Ehrenamt",
    ]


def test_circled_numbers_out_of_order_in_a_box_are_no_list() -> None:
    assert labels(BOX.replace("② Schule", "③ Schule")) == []


BRACKETS = (
    "3. Leitsätze und Handlungsfelder\n"
    "Jedem Leitsatz ist in eckigen Klammern sein Handlungsfeld zugeordnet.\n\n"
    "  L 1  Wer hier lebt, soll Deutsch lernen können.\n"
    "       [Handlungsfeld: Sprache im Alltag]\n"
    "  L 2  Jedes Kind erhält faire Chancen.\n"
    "       [Handlungsfeld: Kita und Schule]\n"
    "  L 3  Niemand wird bei der Wohnungssuche benachteiligt.\n"
    "       [Handlungsfeld: Wohnen]\n"
)


def test_fields_in_square_brackets_under_guidelines() -> None:
    assert labels(BRACKETS) == ["Sprache im Alltag", "Kita und Schule", "Wohnen"]


def test_a_square_bracket_that_mentions_a_field_in_a_sentence_is_none() -> None:
    text = "Das Projekt läuft weiter\n[im Handlungsfeld Wohnen wird es ab Mai gefördert]\nund endet 2029.\n"
    assert labels(text) == []


ORDINALS = (
    "3. Die Handlungsfelder der Fortschreibung\n\n"
    "Erstes Handlungsfeld: Ankommen im Kreis\n"
    "Eine Erstberatung in allen Ämtern innerhalb von vier Wochen nach der Zuweisung.\n\n"
    "Zweites Handlungsfeld: Sprache und Schule\n"
    "Sprachkurse mit Kinderbetreuung auch im Süden des Kreises.\n\n"
    "Drittes Handlungsfeld: Arbeit in der Region\n"
    "Gemeinsame Sprechstunden von Jobcenter und Ausländerbehörde.\n\n"
    "4. Steuerungsgruppe\n"
)


def test_ordinal_headings_name_the_field_after_the_colon() -> None:
    assert labels(ORDINALS) == ["Ankommen im Kreis", "Sprache und Schule", "Arbeit in der Region"]


ROMAN = (
    "Beschlussantrag\n"
    "Der Gemeinderat\n"
    "a) nimmt den Bericht zur Kenntnis;\n"
    "b) beschließt die Fortschreibung des Integrationsplans mit den\n"
    "   Handlungsfeldern i) Sprache von Anfang an, ii) Arbeit und Fachkräfte,\n"
    "   iii) Wohnen im Quartier sowie iv) Teilhabe und Antidiskriminierung;\n"
    "c) bildet einen Integrationsausschuss.\n"
)


def test_lower_case_roman_items_run_in_after_the_noun() -> None:
    assert labels(ROMAN) == [
        "Sprache von Anfang an",
        "Arbeit und Fachkräfte",
        "Wohnen im Quartier",
        "Teilhabe und Antidiskriminierung",
    ]


def test_roman_items_out_of_order_are_no_enumeration() -> None:
    assert "Wohnen im Quartier" not in labels(ROMAN.replace("iii) Wohnen", "v) Wohnen"))


MAPPING = (
    "2. Neuordnung der Handlungsfelder\n\n"
    "   Bisher (Plan 2016)             →   Handlungsfelder ab 2027\n"
    "   ---------------------------        ------------------------------\n"
    "   Sprache                        →   Sprache und Schule\n"
    "   Arbeit                         →   Arbeit und Beruf\n"
    "   Wohnen                         →   Wohnen und Nachbarschaft\n"
    "   Flüchtlingshilfe               →   entfällt\n"
)


def test_a_mapping_note_in_lower_case_is_no_field() -> None:
    assert labels(MAPPING) == ["Sprache und Schule", "Arbeit und Beruf", "Wohnen und Nachbarschaft"]


BUDGET = (
    "Die Mittel werden wie folgt verteilt:\n\n"
    "Nr. Handlungsfeld Ansatz 2027 Ansatz 2028\n"
    "--- ------------------------ ------------- ------------1 Sprache und Schule 38.500 € 41.000 €\n"
    "2 Arbeit und Beruf 22.000 € 24.500 €\n"
    "3 Wohnen und Nachbarschaft in den 15.000 € 15.000 €\n"
    "Ortsteilen\n"
    "--- ------------------------ ------------- ------------Summe 75.500 € 80.500 €\n"
)


def test_a_budget_table_with_years_in_its_header_and_a_rule_before_its_first_row() -> None:
    assert labels(BUDGET) == ["Sprache und Schule", "Arbeit und Beruf", "Wohnen und Nachbarschaft in den Ortsteilen"]


def test_a_column_of_words_with_a_year_between_name_and_figures_is_no_budget_table() -> None:
    """The weak noun heads a column of text between the names and the figures: the names end where
    its cells begin, no name runs into them ("Sprache und Schule Sprachkurse mit")."""
    text = (
        "Handlungsfeld Schwerpunkt 2027 Mittel 2027\n"
        "--- ------------------------ ------------- ------------\n"
        "Sprache und Schule Sprachkurse mit 18.000,00 €\n"
        "Kinderbetreuung\n"
        "Arbeit und Beruf Anerkennungsberatung 12.000,00 €\n"
        "Wohnen im Quartier Stadtteilmütter, Feste 15.500,00 €\n"
    )
    assert labels(text) == ["Sprache und Schule", "Arbeit und Beruf", "Wohnen im Quartier"]
