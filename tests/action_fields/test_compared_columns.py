"""action_fields: a table setting an update's fields beside the old plan's, its heads marking the old and the new
column: the fields are the new column's cells, wrapped cells joined, a dash or "entfällt" no field (invented
examples, with near misses)."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

HEAD = "Stadt Birkenfeld\nBeschlussvorlage 2027/23\n\nBetreff: Fortschreibung des Integrationskonzepts\n\n"
LEAD = "Die Fortschreibung ordnet die Handlungsfelder neu; maßgeblich ist die neue Spalte.\n\n"
TABLE = (
    "Plan 2018 (bisher)        Fortschreibung (neu)          Anmerkung\n"
    "────────────────────      ────────────────────────      ─────────────────────\n"
    "Kita                      Frühe Bildung in Kita und     zusammengeführt mit\n"
    "                          Familie                       „Elternarbeit“\n"
    "Elternarbeit              – entfällt –                  aufgegangen in\n"
    "                                                        „Frühe Bildung“\n"
    "Beruf                     Arbeit und Qualifizierung     redaktionell\n"
    "–                         Gesundheit und Pflege         neu aufgenommen\n"
    "────────────────────      ────────────────────────      ─────────────────────\n"
)
TAIL = "\nDie Querschnittsaufgaben bleiben unverändert.\n"
NEW = ["Frühe Bildung in Kita und Familie", "Arbeit und Qualifizierung", "Gesundheit und Pflege"]


def test_the_fields_are_the_new_columns_cells() -> None:
    assert labels(HEAD + LEAD + TABLE + TAIL) == NEW


def test_without_a_paragraph_naming_the_fields_the_new_column_is_not_read() -> None:
    lead = "Die Fortschreibung ordnet die Themen neu; maßgeblich ist die neue Spalte.\n\n"
    assert not set(NEW) & set(labels(HEAD + lead + TABLE + TAIL))


def test_heads_without_the_old_and_the_new_mark_make_no_such_table() -> None:
    table = TABLE.replace("(bisher)", "        ").replace("(neu)", "     ")
    assert "Frühe Bildung in Kita und Familie" not in labels(HEAD + LEAD + table + TAIL)


def test_a_new_column_of_sentences_gives_nothing() -> None:
    table = (
        "Stand (bisher)            Vorhaben (neu)\n"
        "────────────────────      ────────────────────────────────\n"
        "Kita                      Die Stadt baut zwei Kitas aus.\n"
        "Beruf                     Der Kreis fördert die Jobpaten.\n"
    )
    assert labels(HEAD + LEAD + table + TAIL) == []


DATED_LEAD = "Der Beirat schlägt vor, die Handlungsfelder neu zu fassen. Es gilt die rechte Spalte:\n\n"
DATED = (
    "  Handlungsfelder 2019          Handlungsfelder 2027–2031          Hinweis\n"
    "  ---------------------------   --------------------------------   ------------------\n"
    "  Deutschkurse                  Sprache und Alltag                 erweitert\n"
    "  Schule                        Kita, Schule und                   neu gefasst\n"
    "                                Berufsorientierung\n"
    "  Freizeit                      Sport, Vereine und                 zusammengelegt\n"
    "  Vereinsleben                  Nachbarschaft\n"
    "  Beratung                      –                                  aufgegangen in\n"
    "                                                                   „Sprache und Alltag“\n"
    "  –                             Wohnen im Quartier                 neu\n"
    "  ---------------------------   --------------------------------   ------------------\n"
)
DATED_NEW = ["Sprache und Alltag", "Kita, Schule und Berufsorientierung", "Sport, Vereine und Nachbarschaft"]


def test_heads_dated_by_years_make_the_later_column_the_new_one() -> None:
    assert labels(HEAD + DATED_LEAD + DATED + TAIL) == [*DATED_NEW, "Wohnen im Quartier"]


def test_the_later_year_may_head_the_left_column() -> None:
    swapped = DATED.replace("Handlungsfelder 2019", "Handlungsfelder 2032").replace("2027–2031", "2020–2024")
    found = labels(HEAD + DATED_LEAD + swapped + TAIL)
    assert "Sprache und Alltag" not in found and "Deutschkurse" in found


def test_heads_dated_by_years_over_other_words_are_no_such_pair() -> None:
    table = DATED.replace("Handlungsfelder 2019", "Planstand 2019     ").replace(
        "Handlungsfelder 2027", "Entwurf 2027        "
    )
    assert not set(DATED_NEW) & set(labels(HEAD + DATED_LEAD + table + TAIL))


def test_a_cost_table_by_years_gives_no_fields() -> None:
    table = (
        "  Kosten 2027                   Kosten 2028\n"
        "  ---------------------------   ---------------------------\n"
        "  12.000 €                      14.500 €\n"
        "  Sachkosten                    Personalkosten\n"
    )
    assert labels(HEAD + DATED_LEAD + table + TAIL) == []
