"""action_fields: a run-on key of the codes that head a matrix's columns under a paragraph naming the fields (its last
name wrapped, a page broken after a separator), an indicator table whose first cell closes a phrase with a
preposition, and the header of such a table wrapped over two lines over its rule (invented examples, with near
misses)."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

HEAD = "Stadt Lindenau\nVorlage 2027/311\n\nBetreff: Integrationsplan 2028\n\n"
LEAD = (
    "Der Plan ordnet die Maßnahmen fünf Handlungsfeldern zu. Je Handlungsfeld ist ein Amt federführend;\n"
    "die Übersicht zeigt die Aufgaben:\n\n"
)
MATRIX = (
    "                                  KS     BA     NQ     GV\n"
    "  ──────────────────────────────  ─────  ─────  ─────  ─────\n"
    "  Amt für Schule und Sport          ●      ○\n"
    "  Jobcenter Lindenau                       ●             ○\n"
    "  Sozialamt                                ○      ●      ●\n"
    "  ──────────────────────────────  ─────  ─────  ─────  ─────\n"
    "  ● federführend   ○ beteiligt\n\n"
)
KEY = (
    "  KS = Kita und Schule · BA = Beruf und Arbeit · NQ = Nachbarschaft im Quartier ·\n"
    "  GV = Gesundheit und gute\n"
    "  Versorgung\n\n"
)
TAIL = "Die Verwaltung berichtet jährlich.\n"
FIELDS = ["Kita und Schule", "Beruf und Arbeit", "Nachbarschaft im Quartier", "Gesundheit und gute Versorgung"]


def test_a_key_of_a_matrixs_column_heads_names_the_fields() -> None:
    assert labels(HEAD + LEAD + MATRIX + KEY + TAIL) == FIELDS


def test_the_key_goes_on_over_a_page_break_after_a_separator() -> None:
    key = KEY.replace("Quartier ·\n", "Quartier ·\n\f")
    assert labels(HEAD + LEAD + MATRIX + key + TAIL) == FIELDS


def test_without_a_paragraph_naming_the_fields_the_key_names_none() -> None:
    lead = "Die Übersicht zeigt die Aufgaben der Ämter:\n\n"
    assert labels(HEAD + lead + MATRIX + KEY + TAIL) == []


def test_a_key_whose_codes_do_not_head_the_matrix_names_none() -> None:
    matrix = MATRIX.replace("KS     BA     NQ     GV", "2027   2028   2029   2030")
    assert labels(HEAD + LEAD + matrix + KEY + TAIL) == []


INDICATORS = (
    "Für jedes Handlungsfeld ist eine Kennzahl festgelegt:\n\n"
    "  Handlungsfeld                 Kennzahl                               Wert      Ziel-\n"
    "                                                                       2026      wert\n"
    "  ────────────────────────────  ─────────────────────────────────────  ────────  ────────\n"
    "  Sprache von Beginn an         Anteil der Kinder mit Förder-          28 %      18 %\n"
    "                                bedarf\n"
    "  Arbeit und Beruf              Quote der Beschäftigten                44 %      55 %\n"
    "  Wohnen und Nachbarschaft      Auszüge aus Unterkünften               90        200\n"
    "  ────────────────────────────  ─────────────────────────────────────  ────────  ────────\n\n"
)


def test_a_first_cell_closing_a_phrase_with_a_preposition_ends_there() -> None:
    assert labels(HEAD + INDICATORS + TAIL) == ["Sprache von Beginn an", "Arbeit und Beruf", "Wohnen und Nachbarschaft"]


def test_a_closed_header_wrapped_over_its_rule_is_no_heading() -> None:
    closed = (
        "Für jedes Handlungsfeld ist eine Kennzahl festgelegt:\n\n"
        "Handlungsfeld Kennzahl Wert Ziel-\n"
        "2026 wert\n"
        "────────────────────────────\n"
        "───────── ────────\n"
        "Arbeit und Beruf Quote der Beschäftigten 44 % 55 %\n\n"
    )
    assert "Kennzahl Wert Ziel-" not in " ".join(labels(HEAD + closed + TAIL))
