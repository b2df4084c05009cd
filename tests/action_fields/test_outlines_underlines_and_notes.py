"""action_fields: an outline of fields numbered "1" with their parts "1.1" under them after a
paragraph that counts the fields and ends in a colon one sentence later; fields as headings
underlined with one glyph, a heading underlined with another ending them; a list after a lead-in
whose clause after a semicolon says what the brackets after each item hold, the brackets cut off.
Invented examples, with negatives."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

OUTLINE = """   1    Kita und Familienbildung
        1.1   Elternbegleiter in den Kitas
        1.2   Familienzentren
   2    Arbeit und Qualifizierung
        2.1   Berufsanerkennung
   3    Wohnen im Viertel
        3.1   Mieterberatung
        3.2   Hausgemeinschaften
"""


@pytest.mark.parametrize(
    "lead",
    [
        "Die Maßnahmen des Programms gehören zu drei Handlungsfeldern. Jedes hat Unterpunkte, später ausgearbeitet:",
        "Das Programm ordnet seine Vorhaben 3 Handlungsfeldern zu. Die Gliederung sieht so aus:",
    ],
    ids=["spelt-count", "figure-count"],
)
def test_outline_after_counted_paragraph(lead: str) -> None:
    text = "Begründung\n\n2. Aufbau\n" + lead + "\n\n" + OUTLINE + "\n3. Kosten\nDie Mittel stehen bereit.\n"
    assert labels(text) == ["Kita und Familienbildung", "Arbeit und Qualifizierung", "Wohnen im Viertel"]


def test_outline_count_must_match() -> None:
    lead = "Die Maßnahmen des Programms gehören zu vier Handlungsfeldern. Jedes hat Unterpunkte:"
    assert labels("Begründung\n\n" + lead + "\n\n" + OUTLINE + "\nDie Mittel stehen bereit.\n") == []


UNDERLINED = """Unsere drei Handlungsfelder

Lesen und Sprechen – von der Spielgruppe bis zur Volkshochschule
================================================================
Vorlesepaten in allen Grundschulen und ein Sprachtreff im Rathaus.

Beruf und Betrieb
=================
Die Handwerksbetriebe bieten Schnuppertage an.

Freizeit, Sport und Vereine
===========================
Die Vereine erhalten Flyer in mehreren Sprachen.

Arbeitskreis Vielfalt
---------------------
Der Arbeitskreis tagt viermal im Jahr.
"""


def test_underlined_headings() -> None:
    assert labels("Begründung\n\n" + UNDERLINED) == [
        "Lesen und Sprechen – von der Spielgruppe bis zur Volkshochschule",
        "Beruf und Betrieb",
        "Freizeit, Sport und Vereine",
    ]


def test_underlined_sections_without_lead_in_are_no_fields() -> None:
    text = UNDERLINED.replace("Unsere drei Handlungsfelder\n\n", "Die Bausteine im Einzelnen\n\n")
    assert labels("Begründung\n\n" + text) == []


BRACKETED = """  ▸ Frühförderung und Elternbildung (Jugendamt)
  ▸ Schulzeit und Berufseinstieg (Amt für Schulen, federführend)
  ▸ Gesundheit und Sport (Gesundheitsamt)
  ▸ Wohnen und Nachbarschaft (Stadtplanungsamt)
"""


def test_bracketed_offices_after_items() -> None:
    lead = "Nach der Beteiligung der Verbände soll der Plan vier Handlungsfelder haben; in Klammern das zuständige Amt:"
    assert labels("Begründung\n\n" + lead + "\n\n" + BRACKETED + "\nKosten\nKeine.\n") == [
        "Frühförderung und Elternbildung",
        "Schulzeit und Berufseinstieg",
        "Gesundheit und Sport",
        "Wohnen und Nachbarschaft",
    ]


def test_a_bracket_on_some_items_only_stays() -> None:
    lead = "Der Plan umfasst vier Handlungsfelder:"
    items = BRACKETED.replace(" (Jugendamt)", "").replace(" (Gesundheitsamt)", "")
    found = labels("Begründung\n\n" + lead + "\n\n" + items + "\nKosten\nKeine.\n")
    assert "Wohnen und Nachbarschaft (Stadtplanungsamt)" in found


def test_semicolon_clause_naming_another_list_leads_in_nothing() -> None:
    lead = "Der Plan hat vier Handlungsfelder; Termine der Werkstätten:"
    text = "Begründung\n\n" + lead + "\n\n  ▸ 12. Mai, Rathaus\n  ▸ 9. Juni, Bürgerhaus\n\nKosten\nKeine.\n"
    assert labels(text) == []
