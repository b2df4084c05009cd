"""action_fields: fields given only by a form a submission quotes — the parts of a concept in the list of
annexes, one part to each field; the items of a survey question about the fields; the filter buttons of a
participation platform's print view; the axis labels of a radar chart — with near misses of each that
must give nothing (invented examples)."""

from __future__ import annotations

import pytest

from extractors import action_fields
from extractors.resources import default_resources
from tests.action_fields.test_action_fields import labels, make_doc
from tests.helpers import viewed

INTEGRATION = (
    "Das Integrationskonzept der Gemeinde fördert die Integration Zugewanderter. Es wurde mit den "
    "Migrantenorganisationen erarbeitet und stärkt die Integration vor Ort.\n\n"
)

# --- the parts of a concept in the list of annexes -----------------------------------------------------

ANNEXES = INTEGRATION + (
    "Das Konzept besteht aus einem Rahmenplan und vier Fachplänen. Je Handlungsfeld wurde ein\n"
    "Fachplan mit Zielen und Maßnahmen erarbeitet.\n\n"
    "Anlagen:\n"
    "  1    Rahmenplan Integration (20 Seiten)\n"
    "  2    Fachplan Frühkindliche Bildung und Sprache (12 Seiten)\n"
    "  3    Fachplan Arbeit und Qualifizierung (9 Seiten)\n"
    "  4    Fachplan Gesundheit und Pflege (7 Seiten)\n"
    "  5    Fachplan Wohnen im Quartier (8 Seiten)\n"
    "  6    Stellungnahme des Beirats\n"
)


def test_the_parts_one_to_each_field_name_the_fields() -> None:
    assert labels(ANNEXES) == [
        "Frühkindliche Bildung und Sprache",
        "Arbeit und Qualifizierung",
        "Gesundheit und Pflege",
        "Wohnen im Quartier",
    ]


@pytest.mark.parametrize(
    ("case", "text"),
    [
        # no sentence gives one part to each field: the plans are of another kind
        ("no tie", ANNEXES.replace("Je Handlungsfeld wurde ein\nFachplan", "Die Verwaltung hat einen\nFachplan")),
        # the parts are the districts' plans, no fields
        (
            "districts",
            ANNEXES.replace("Frühkindliche Bildung und Sprache", "Nordstadt")
            .replace("Arbeit und Qualifizierung", "Südstadt")
            .replace("Gesundheit und Pflege", "Weststadt")
            .replace("Wohnen im Quartier", "Oststadt"),
        ),
        # two parts only
        (
            "two",
            ANNEXES.replace(
                "  4    Fachplan Gesundheit und Pflege (7 Seiten)\n  5    Fachplan Wohnen", "  5    Bericht"
            ),
        ),
        # no list of annexes: the same lines under another heading
        ("other heading", ANNEXES.replace("Anlagen:", "Zeitplan:")),
    ],
)
def test_annex_near_misses_give_nothing(case: str, text: str) -> None:
    assert labels(text) == [], case


# --- the items of a survey question ---------------------------------------------------------------------

SURVEY = INTEGRATION + (
    "Die Handlungsfelder sind im Fragebogen abgebildet:\n\n"
    "┌────────────────────────────────────────────────────────────────────────┐\n"
    "│ 4. Welche der folgenden Handlungsfelder sollen Vorrang haben?          │\n"
    "│    (bis zu drei Nennungen)                                             │\n"
    "│                                                                        │\n"
    "│    ☐ Sprache und Bildung                                               │\n"
    "│    ☐ Arbeit und Ausbildung                                             │\n"
    "│    ☐ Wohnen und Nachbar-                                               │\n"
    "│      schaft                                                            │\n"
    "│    ☐ Gesundheit                                                        │\n"
    "│    ☐ Sonstiges:                                                        │\n"
    "│                                                                        │\n"
    "│ 5. Welche Angebote kennen Sie?                                         │\n"
    "│    ☐ Sprachcafé    ☐ Beratung                                          │\n"
    "└────────────────────────────────────────────────────────────────────────┘\n"
)

SCALE = INTEGRATION + (
    "Frage 2: Wie zufrieden sind Sie mit den Angeboten in den Handlungsfeldern?\n"
    "                                  gut   mittel   schlecht\n"
    "  a) Sprache                       ☐      ☐        ☐\n"
    "  b) Kita und Schule               ☐      ☐        ☐\n"
    "  c) Arbeit                        ☐      ☐        ☐\n"
    "  d) Sonstiges, und zwar:          ☐      ☐        ☐\n"
    "     ____________________\n"
)


def test_the_items_of_a_question_on_the_fields() -> None:
    assert labels(SURVEY) == ["Sprache und Bildung", "Arbeit und Ausbildung", "Wohnen und Nachbarschaft", "Gesundheit"]


def test_the_lettered_items_over_a_scale() -> None:
    assert labels(SCALE) == ["Sprache", "Kita und Schule", "Arbeit"]


@pytest.mark.parametrize(
    ("case", "text"),
    [
        # a question about offers, not fields
        ("offers", SCALE.replace("den Angeboten in den Handlungsfeldern", "den folgenden Angeboten")),
        # an item that names no field: the items are of another kind
        ("other item", SCALE.replace("c) Arbeit      ", "c) Stadtbücherei")),
        # the items are offers within the fields, not the fields
        (
            "offers in the fields",
            SCALE.replace("a) Sprache      ", "a) Sprachcafé   ")
            .replace("b) Kita und Schule", "b) Jobbörse       ")
            .replace("c) Arbeit", "c) Lernhaus"),
        ),
    ],
)
def test_survey_near_misses_give_nothing(case: str, text: str) -> None:
    assert labels(text) == [], case


# --- the filter buttons of a platform's print view --------------------------------------------------------

BUTTONS = INTEGRATION + (
    "Die Beiträge der Online-Beteiligung (Druckansicht):\n\n"
    "  ┌────────────────────────────────────────────────────────────────┐\n"
    "  │ Beiträge nach Handlungsfeld:                                   │\n"
    "  │ [ Alle Themen ]  [ Sprache & Bildung ]  [ Arbeit ]             │\n"
    "  │ [ Gesundheit & Pflege ]  [ Wohnen ]                            │\n"
    "  │ Sortieren: beliebteste zuerst                                  │\n"
    "  └────────────────────────────────────────────────────────────────┘\n"
)


def test_the_filter_buttons_under_the_field_noun() -> None:
    assert labels(BUTTONS) == ["Sprache & Bildung", "Arbeit", "Gesundheit & Pflege", "Wohnen"]


@pytest.mark.parametrize(
    ("case", "text"),
    [
        # buttons filtering by district
        (
            "districts",
            BUTTONS.replace("nach Handlungsfeld", "nach Stadtteil")
            .replace("Sprache & Bildung", "Nordstadt")
            .replace("Gesundheit & Pflege", "Weststadt"),
        ),
        # the line over the buttons names no field noun
        ("other line", BUTTONS.replace("Beiträge nach Handlungsfeld:", "Beiträge filtern:          ")),
        # buttons in running text, not alone on their lines
        (
            "in text",
            BUTTONS.replace("│ [ Gesundheit & Pflege ]  [ Wohnen ]   ", "│ Siehe [ Gesundheit ] und [ Wohnen ]  "),
        ),
    ],
)
def test_button_near_misses_give_nothing(case: str, text: str) -> None:
    found = labels(text)
    assert "Gesundheit & Pflege" not in found and "Wohnen" not in found, case


# --- the axis labels of a radar chart ------------------------------------------------------------------

RADAR = INTEGRATION + (
    "Der Beirat hat den Stand in jedem Handlungsfeld eingeschätzt.\n\n"
    "  Grafik 3: Stand der Handlungsfelder 2026 (Radardiagramm)\n"
    "  Werte von 0 (kein Fortschritt) bis 3 (erreicht)\n\n"
    "                              Sprache\n"
    "                                 3\n"
    "        Interkulturelle          2          Kita und\n"
    "        Öffnung                  1          Schule\n"
    "                                 0\n"
    "        Gesundheit                          Arbeit und\n"
    "        und Pflege                          Beschäftigung\n"
    "                          Wohnen im Quartier\n\n"
    "        ─── 2024    - - - 2026\n"
    "  Quelle: eigene Erhebung\n"
)


AXES = [
    "Sprache",
    "Interkulturelle Öffnung",
    "Kita und Schule",
    "Gesundheit und Pflege",
    "Arbeit und Beschäftigung",
    "Wohnen im Quartier",
]


def _closed(text: str) -> str:
    """The text as an export that closes every gap to one space gives it."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def test_the_labels_of_a_closed_chart_parted_at_ticks_and_words() -> None:
    # "Interkulturelle 2 Kita und" / "Öffnung 1 Schule" / "Gesundheit Arbeit und" / "und Pflege Beschäftigung"
    assert sorted(labels(_closed(RADAR))) == sorted(AXES)


def test_the_axis_labels_of_a_radar_chart() -> None:
    assert sorted(labels(RADAR)) == sorted(AXES)
    found = viewed(action_fields.extract, make_doc(RADAR), default_resources())
    assert {f.method for f in found} == {"table"}


@pytest.mark.parametrize(
    ("case", "text"),
    [
        # a chart of districts: the labels name no fields
        (
            "districts",
            RADAR.replace("Gesundheit  ", "Nordstadt   ").replace("und Pflege", "          "),
        ),
        # a radar chart of another matter: the caption and its lead name no fields
        (
            "other matter",
            RADAR.replace("den Stand in jedem Handlungsfeld", "den Stand jedes Ziels").replace(
                "Stand der Handlungsfelder", "Stand der Ziele"
            ),
        ),
        # the closed chart of districts
        (
            "closed districts",
            _closed(RADAR.replace("Gesundheit  ", "Nordstadt   ").replace("und Pflege", "Mitte     ")),
        ),
        # no legend or source ends the chart
        ("no end", RADAR.replace("        ─── 2024    - - - 2026\n  Quelle: eigene Erhebung\n", "")),
    ],
)
def test_radar_near_misses_give_nothing(case: str, text: str) -> None:
    found = labels(text)
    assert "Gesundheit und Pflege" not in found and "Kita und Schule" not in found, case


def test_a_phrase_wrapped_onto_the_field_noun_is_no_key() -> None:
    # a programme's item wrapped onto "Handlungsfeldern", a speaker's body beside it: no key and its value
    text = INTEGRATION + (
        "11.15 Uhr   Tische zu den sechs        Patinnen und Paten aus dem\n"
        "            Handlungsfeldern           Lenkungskreis\n"
    )
    assert labels(text) == []
