"""Fields as a PDF's text layer gives them with its gaps closed and its indentation lost: items
numbered in Roman numerals that open with a capitalised run-in heading, their sentences wrapped
flush left so that a wrapped line opening with a capital reads as a line of its own, and a table
of a field's name and its figures a row under a header opening with the field noun (invented
documents)."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

HEAD = "Landkreis Birkenau\nBeschlussvorlage 17/2028\n\n"

RUN_INS = HEAD + (
    "4. Handlungsfelder\n"
    "Die Ziele des Plans ordnen sich nach vier Handlungsfeldern:\n\n"
    "I. WOHNEN UND NACHBARSCHAFT. Mietberatung in den Gemeinden und\n"
    "Quartiersbüros,\n"
    "offene Treffs für neue Nachbarn.\n"
    "II. KITA UND GRUNDSCHULE. Vorlesepaten in den Kitas, Hausaufgabenhilfe am\n"
    "Nachmittag.\n"
    "III. BERUF UND BETRIEB. Lotsen für Praktika, Sprechtage der Handwerkskammer,\n"
    "Messen,\n"
    "Kurse für Bewerbungen im Landratsamt.\n"
    "IV. SPORT UND VEREINE. Schnupperkurse, Übungsleiter,\n"
    "helle\n"
    "Hallen und Feste der Vereine.\n\n"
    "Die Kreisverwaltung berichtet dem Kreistag jedes Frühjahr.\n"
)


def test_run_in_headings_whose_sentences_an_export_cut_at_a_capital() -> None:
    assert labels(RUN_INS) == [
        "WOHNEN UND NACHBARSCHAFT",
        "KITA UND GRUNDSCHULE",
        "BERUF UND BETRIEB",
        "SPORT UND VEREINE",
    ]


FIGURES = HEAD + (
    "3. Handlungsfelder und Mittel\n"
    "Die Mittel verteilen sich wie folgt auf die Felder des Plans.\n\n"
    "Handlungsfeld Projekte Anteil an den\n"
    "(Zahl) Fördermitteln\n"
    "Spracherwerb im Alltag 4 35 %\n"
    "Übergang Schule und Beruf 3 25 %\n"
    "Wohnen auf dem Land 2 15 %\n"
    "Vereinsleben und Ehrenamt 5 25 %\n\n"
    "Die Zahlen stammen aus dem Haushaltsplan des Kreises.\n"
)

FIELDS = ["Spracherwerb im Alltag", "Übergang Schule und Beruf", "Wohnen auf dem Land", "Vereinsleben und Ehrenamt"]


def test_a_table_of_names_and_figures_under_the_field_noun() -> None:
    assert labels(FIGURES) == FIELDS


def test_the_same_table_with_a_blank_line_after_every_line() -> None:
    spaced = FIGURES.replace(" %\n", " %\n\n").replace("Fördermitteln\n", "Fördermitteln\n\n")
    assert labels(spaced) == FIELDS


def test_rows_ending_in_unequal_figures_are_no_table() -> None:
    text = FIGURES.replace("Wohnen auf dem Land 2 15 %", "Wohnen auf dem Land 15 %").replace(" 5 25 %", " 25 %")
    assert labels(text) == ["Spracherwerb im Alltag", "Übergang Schule und Beruf"]


def test_a_sentence_opening_with_the_noun_heads_no_table() -> None:
    text = FIGURES.replace("Handlungsfeld Projekte Anteil an den", "Handlungsfeld Wohnen erhält den größten Teil.")
    assert not set(labels(text)) & set(FIELDS)


def test_numbered_fields_with_leaders_go_on_over_a_page_break() -> None:
    text = HEAD + (
        "2. Felder der Arbeit\n"
        "Der Kreis schlägt vier Handlungsfelder vor, jedes mit einer federführenden Stelle:\n"
        "1 Deutsch für Erwachsene ................. Volkshochschule\n"
        "2 Kita und Hort ........................... Jugendamt\n\n"
        "\f4 Arbeit und Ausbildung .................. Jobcenter\n"
        "3 Pflege im Alter ......................... Gesundheitsamt\n"
        "Über die Mittel entscheidet der Kreisausschuss im Herbst.\n"
    )
    assert labels(text) == ["Deutsch für Erwachsene", "Kita und Hort", "Arbeit und Ausbildung", "Pflege im Alter"]
