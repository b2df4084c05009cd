"""action_fields: fields numbered with circled digits in running text, tiles whose name in capitals
stands over a description, a numbered list whose dot leaders lead to the office in charge, a short
key in brackets between a field's number and its name, fields named in brackets under the sentences
of a mission statement, a heading's name wrapped under its first letter, and a numbered section
heading about the fields right after a lead-in; the codes of a label made of verbs. Every example is
invented, with near misses that must yield nothing."""

from __future__ import annotations

from extractors.action_fields import categories
from extractors.resources import default_resources
from tests.action_fields.test_action_fields import labels

CIRCLED = (
    "Begründung:\n\n"
    "Der Teilhabeplan der Gemeinde Wiesenau stützt sich auf vier Handlungsfelder: ❶ Spracherwerb im\n"
    "Alltag ❷ Pflege, Medizin und Vorsorge ❸ Kultur und Feste ❹ Beteiligung junger Menschen. Dazu\n"
    "kommt eine Arbeitsgruppe zur Digitalisierung.\n\n"
    "Federführung (Nr. / Stelle):\n"
    "   ❶  Volkshochschule          ❸  Kulturbüro\n"
    "   ❷  Gesundheitsamt           ❹  Jugendpflege\n"
)


def test_circled_digits_number_fields_in_running_text() -> None:
    assert labels(CIRCLED) == [
        "Spracherwerb im Alltag",
        "Pflege, Medizin und Vorsorge",
        "Kultur und Feste",
        "Beteiligung junger Menschen",
    ]


def test_circled_digits_out_of_order_are_no_list() -> None:
    text = CIRCLED.replace("❷ Pflege", "❸ Pflege")
    assert "Kultur und Feste" not in labels(text)


TILES = (
    "2. Handlungsfelder\n\n"
    "Die Stadt Lindenhall bündelt ihre Angebote in den folgenden vier Handlungsfeldern:\n\n"
    "╭──────────────────────────────╮  ╭──────────────────────────────╮\n"
    "│ LERNEN & QUALIFIZIEREN       │  │ WOHNEN IM QUARTIER           │\n"
    "│ Abendkurse und ein Mentoren- │  │ Hausbesuche durch Lotsinnen  │\n"
    "│ programm für Eltern          │  │ und ein Quartiersfest        │\n"
    "╰──────────────────────────────╯  ╰──────────────────────────────╯\n"
    "╭──────────────────────────────╮  ╭──────────────────────────────╮\n"
    "│ SPORT & BEWEGUNG             │  │ KULTUR VOR ORT               │\n"
    "│ offene Hallenzeiten für      │  │ mehrsprachige Lesungen in    │\n"
    "│ Mädchen                      │  │ der Stadtbücherei            │\n"
    "╰──────────────────────────────╯  ╰──────────────────────────────╯\n\n"
    "3. Lenkungskreis\n"
)


def test_a_tile_name_in_capitals_stands_over_its_description() -> None:
    assert labels(TILES) == ["LERNEN & QUALIFIZIEREN", "WOHNEN IM QUARTIER", "SPORT & BEWEGUNG", "KULTUR VOR ORT"]


def test_tiles_whose_descriptions_are_in_capitals_too_are_no_names() -> None:
    text = TILES.replace("offene Hallenzeiten für      ", "OFFENE HALLENZEITEN FÜR      ").replace(
        "│ Mädchen                      │", "│ MÄDCHEN                      │"
    )
    assert "SPORT & BEWEGUNG" not in labels(text)


LEADERS = (
    "III. Handlungsfelder\n\n"
    "Nach den Gesprächen mit den Gemeinden empfiehlt die Verwaltung vier Handlungsfelder. Jedes\n"
    "betreut eine Stelle des Amtes:\n\n"
    "   1  Frühe Förderung ..................... Jugendamt, SG 12\n"
    "   2  Beruf und Qualifizierung ............ Jobcenter Talkreis\n"
    "   3  Wohnraum für Familien ............... Bauverwaltung\n"
    "   4  Vereine und Ehrenamt ................ Kreisjugendring\n\n"
    "IV. Lenkungsgruppe\n"
)


def test_dot_leaders_lead_from_a_numbered_field_to_its_office() -> None:
    assert labels(LEADERS) == [
        "Frühe Förderung",
        "Beruf und Qualifizierung",
        "Wohnraum für Familien",
        "Vereine und Ehrenamt",
    ]


def test_dot_leaders_under_a_paragraph_without_the_field_noun_are_no_fields() -> None:
    text = LEADERS.replace("vier Handlungsfelder. Jedes", "vier Schritte. Jeden").replace(
        "III. Handlungsfelder", "III. Ablauf"
    )
    assert labels(text) == []


KEYS = (
    "C) Handlungsfelder\n\n"
    "Der Plan hat vier Handlungsfelder; das Stichwort in Klammern nennt die Zuordnung im Haushalt.\n\n"
    "   Handlungsfeld 1 (Jugend) – Hausaufgabenhilfe in allen Ortsteilen\n"
    "   Handlungsfeld 2 (Kultur) – Theater und Musik für alle Generationen\n"
    "   Handlungsfeld 3 (Bau) – Wohnen am Mühlbach\n"
    "   Handlungsfeld 4 (Soziales) – Beratung für Neuzugezogene\n"
)


def test_a_key_in_brackets_between_number_and_name_is_left_out() -> None:
    assert labels(KEYS) == [
        "Hausaufgabenhilfe in allen Ortsteilen",
        "Theater und Musik für alle Generationen",
        "Wohnen am Mühlbach",
        "Beratung für Neuzugezogene",
    ]


MOTTOS = (
    "1. Leitbild\n\n"
    "Jedem Leitsatz ist in Klammern das Handlungsfeld zugeordnet, das ihn mit Maßnahmen füllt:\n\n"
    "  „Bei uns findet jedes Kind einen Platz.“\n"
    "        (Handlungsfeld Krippe und Kindergarten)\n"
    "  „Wer arbeiten will, bekommt Unterstützung.“\n"
    "        (Handlungsfeld Beruf und Betriebe)\n"
    "  „Niemand wohnt am Rand.“\n"
    "        (Handlungsfeld Wohnraum)\n"
)


def test_fields_in_brackets_under_the_sentences_of_a_mission_statement() -> None:
    assert labels(MOTTOS) == ["Krippe und Kindergarten", "Beruf und Betriebe", "Wohnraum"]


def test_a_bracket_that_mentions_a_field_in_a_sentence_is_none() -> None:
    text = "Das Projekt läuft weiter\n(im Handlungsfeld Wohnraum wird es ab Mai gefördert)\nund endet 2029.\n"
    assert labels(text) == []


HANGING = (
    "4. Handlungsfelder und Ziele\n\n"
    "Handlungsfeld 1:  Spielplätze und Treffpunkte\n"
    "        a) Jeder Ortsteil erhält einen Treffpunkt.\n\n"
    "Handlungsfeld 2:  Busverkehr zwischen Altstadt\n"
    "                  und Gewerbegebiet\n"
    "        a) Ein Rufbus fährt ab 2027.\n\n"
    "5. Arbeitskreis Teilhabe\n"
    "Der Arbeitskreis berät die Verwaltung.\n"
)


def test_a_heading_name_goes_on_under_its_first_letter() -> None:
    assert labels(HANGING) == ["Spielplätze und Treffpunkte", "Busverkehr zwischen Altstadt und Gewerbegebiet"]


def test_a_numbered_heading_about_the_fields_after_a_lead_in_is_no_list_item() -> None:
    text = "Aus den Werkstätten sind die folgenden Handlungsfelder entstanden.\n\n" + HANGING
    assert "Arbeitskreis Teilhabe" not in labels(text)


def test_a_label_of_verbs_takes_the_codes_of_their_nouns() -> None:
    res = default_resources()
    assert categories("BERATEN & BEGLEITEN", res) == ("soziales",)
    assert categories("ARBEITEN & GRÜNDEN", res) == ("arbeit",)
    assert categories("Wohnen am See", res) == ("wohnen",)  # a synonym of the label itself comes first
    assert categories("FEIERN & TANZEN", res) == ("other",)


def test_titled_tiles_as_an_export_sets_them_one_rule_a_line() -> None:
    rule = "┌──────────────────────────────┐\n\n┌──────────────────────────────┐\n"
    foot = "└──────────────────────────────┘\n\n└──────────────────────────────┘\n\n"
    text = (
        "Die Stadt Lindenhall bündelt ihre Angebote in den folgenden vier Handlungsfeldern:\n\n"
        + rule
        + "│ LERNEN & QUALIFIZIEREN │ │ WOHNEN IM QUARTIER │\n"
        + "│ Abendkurse für Eltern │ │ Hausbesuche durch Lotsinnen │\n"
        + foot
        + rule
        + "│ SPORT & BEWEGUNG │ │ KULTUR VOR ORT │\n"
        + "│ offene Hallenzeiten │ │ Lesungen in der Bücherei │\n"
        + foot
        + "3. Lenkungskreis\n"
    )
    assert labels(text) == ["LERNEN & QUALIFIZIEREN", "WOHNEN IM QUARTIER", "SPORT & BEWEGUNG", "KULTUR VOR ORT"]
