"""action_fields: drawn structures as export tools set them: the stacked column heads of a matrix with
their gaps closed to one space, a chart of marks with a blank line between its rows, framed cards with a
blank line after every line, and a sentence an export broke around the field noun (invented examples)."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

LEAD = (
    "2. Handlungsfelder und Maßnahmen\n"
    "Der Plan behält die fünf Handlungsfelder des Konzepts bei; sie bilden die\n"
    "Spalten der folgenden Übersicht.\n\n"
)
CLOSED_HEADS = (
    "Sprach- Bildung Arbeit Wohnen Gesund-\n"
    "förde- und und im heit\n"
    "rung Schule Ausbil- länd-\n"
    "dung lichen\n"
    "Raum\n"
    "Kursportal Deutsch x o\n"
    "Bildungslotsen an Schulen o x\n"
    "Wohnraumbörse x\n\n"
    "Die Maßnahmen sind in Anlage 1 beschrieben.\n"
)
HEADS = ["Sprachförderung", "Bildung und Schule", "Arbeit und Ausbildung", "Wohnen im ländlichen Raum", "Gesundheit"]


def test_stacked_heads_with_their_gaps_closed() -> None:
    assert labels(LEAD + CLOSED_HEADS) == HEADS


def test_stacked_heads_with_their_gaps_closed_need_the_count() -> None:
    assert labels(LEAD.replace("fünf ", "sechs ") + CLOSED_HEADS) == []


def test_chart_rows_parted_by_a_blank_line() -> None:
    text = (
        "Umsetzungsstand der Maßnahmen nach Handlungsfeldern\n\n"
        "(■ umgesetzt □ begonnen · noch offen)\n"
        "Sprache und Bildung ■ ■ ■ □ · (5)\n"
        "Arbeit und Wirtschaft ■ ■ □ □ · (5)\n\n"
        "Gesundheit und Pflege ■ ■ ■ □ · (5)\n"
        "Wohnen und Stadtteil ■ □ □ · · (5)\n\n"
        "Die Einzelheiten enthält der Bericht.\n"
    )
    assert labels(text) == [
        "Sprache und Bildung",
        "Arbeit und Wirtschaft",
        "Gesundheit und Pflege",
        "Wohnen und Stadtteil",
    ]


def test_a_sentence_broken_around_the_noun_heads_no_list() -> None:
    text = (
        "Der Kreistag beschließt:\n"
        "1. Das Handlungsprogramm Integration (Anlage 1) mit seinen\n"
        "sechs Handlungsfeldern\n"
        "und dem Zeitplan unter Nr. 2 der Begründung.\n"
        "2. Die Einrichtung der Steuerungsgruppe Integration in der unter Nr. 3 dargestellten Besetzung.\n"
        "3. Die wissenschaftliche Begleitung durch die Universität.\n"
    )
    assert labels(text) == []


def test_framed_cards_with_a_blank_line_after_every_line() -> None:
    lines = ["Das Konzept hat drei Handlungsfelder; jedes hat einen Steckbrief.", "Die Steckbriefe folgen."]
    for n, name in enumerate(["Frühe Bildung und Sprache", "Wohnen und Quartier", "Gesundheit und Pflege"], 1):
        lines += [
            "+----------------------------------+",
            f"| Handlungsfeld {n} |",
            f"| {name} |",
            "| Leitziel: Alle gut versorgt. |",
        ]
    lines += ["+----------------------------------+", "Die Verwaltung berichtet jährlich.", "Der Rat wird informiert."]
    assert labels("\n\n".join(lines) + "\n") == [
        "Frühe Bildung und Sprache",
        "Wohnen und Quartier",
        "Gesundheit und Pflege",
    ]
