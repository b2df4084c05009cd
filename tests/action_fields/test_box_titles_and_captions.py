"""action_fields: fields named only by the titles set into the top border of drawn boxes ("┌─ Handlungsfeld 1:
Wohnen ──┐", also as a PDF wraps the border; titles without the noun after a heading naming the fields), by the
captions under rows of picture placeholders ("[Piktogramm: Haus]" over "Gut wohnen im" / "Quartier"), and by the
row heads of an analysis table whose next lines hold only the other cells or the name's rest in lower case; fields a
draft named that were not taken over are none. Every example is invented, with near misses that yield nothing."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

BOXES = (
    "3. Die Handlungsfelder im Einzelnen\n\n"
    "┌─ Handlungsfeld 1: Frühe Förderung ───────────────────────┐\n"
    "│ Stärken: zwei Familienzentren │ Schwächen: lange Warte-  │\n"
    "│                               │ listen                   │\n"
    "└───────────────────────────────┴──────────────────────────┘\n"
    "┌─ Handlungsfeld 2: Pflege und Gesundheit ─────────────────┐\n"
    "│ Stärken: Dolmetscherpool      │ Schwächen: wenige Ärzte  │\n"
    "└───────────────────────────────┴──────────────────────────┘\n\n"
    "Die Handlungsfelder „Mobilität“ und „Kultur“ des ersten Entwurfs wurden nicht\n"
    "übernommen; ihre Punkte gehen im Handlungsfeld 2 auf.\n"
)
# a PDF wraps a long top border: the closing rule and corner on a line of their own
WRAPPED_BORDERS = (
    "┌─ Handlungsfeld 1: Frühe Förderung\n"
    "──────────────┐\n"
    "│ Stärken: zwei Familienzentren │ Schwächen: lange Wartelisten │\n"
    "└───────────────────────────────┴──────────────────────────────\n"
    "─────┘\n"
    "┌─ Handlungsfeld 2: Pflege und Gesundheit\n"
    "──────────┐\n"
    "│ Stärken: Dolmetscherpool │ Schwächen: wenige Ärzte │\n"
    "└──────────────────────────┴─────────────────────────┘\n"
)
UNNUMBERED = (
    "Die Analyse gliedert sich nach den drei Handlungsfeldern:\n\n"
    "╔═ Wohnen im Quartier ═══════════════════╗\n"
    "║ Stärken: Genossenschaften              ║\n"
    "╚════════════════════════════════════════╝\n"
    "╔═ Arbeit und Ausbildung ════════════════╗\n"
    "║ Stärken: Ausbildungsverbund            ║\n"
    "╚════════════════════════════════════════╝\n"
    "╔═ Sport und Vereine ════════════════════╗\n"
    "║ Stärken: 80 Vereine                    ║\n"
    "╚════════════════════════════════════════╝\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (BOXES, ["Frühe Förderung", "Pflege und Gesundheit"]),
        (WRAPPED_BORDERS, ["Frühe Förderung", "Pflege und Gesundheit"]),
        (UNNUMBERED, ["Wohnen im Quartier", "Arbeit und Ausbildung", "Sport und Vereine"]),
    ],
    ids=["numbered-titles-dropped-fields", "pdf-wrapped-borders", "titles-after-lead"],
)
def test_box_titles(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # boxes titled by what they hold, under a heading that names no fields
        "4. Ergebnisse der Befragung\n\n"
        "┌─ Stärken ──────────────────┐\n│ viele Vereine              │\n└────────────────────────────┘\n"
        "┌─ Schwächen ────────────────┐\n│ wenige Wohnungen           │\n└────────────────────────────┘\n",
        # one titled box under a lead naming the fields: a note, no series of fields
        "Zu den Handlungsfeldern gilt:\n\n┌─ Hinweis ───────────────────┐\n│ Die Liste ist vorläufig.    │\n"
        "└─────────────────────────────┘\n",
        # a box's title that is a sentence, though the noun and a number open it
        "┌─ Handlungsfeld 2: Die Ziele werden im Herbst festgelegt ─┐\n│ offen │\n└───────┘\n",
        # fields of a draft the concept did not take over
        "Die Handlungsfelder „Gesundheit“ und „Mobilität“ des Entwurfs wurden nicht übernommen.\n",
        "Das Handlungsfeld „Sicherheit“ wurde nach der Anhörung gestrichen.\n",
    ],
    ids=["swot-quadrant-titles", "single-note-box", "sentence-title", "not-taken-over", "struck-out"],
)
def test_box_titles_near_misses(text: str) -> None:
    assert labels(text) == []


CAPTIONS = (
    "Das Konzept ordnet seine Maßnahmen vier Handlungsfeldern zu, die im Faltblatt als\n"
    "Piktogramme erscheinen:\n\n"
    "    [Piktogramm: Buch]          [Piktogramm: Koffer]\n"
    "      Lernen von Anfang           Arbeit und Aner-\n"
    "      an                          kennung\n\n"
    "    [Piktogramm: Haus]          [Piktogramm: Herz]\n"
    "      Gut wohnen im               Gesundheit – Praxen\n"
    "      Quartier                    und Pflege\n\n"
    "Die Steuerungsgruppe tagt zweimal im Jahr.\n"
)
COUNTED = (
    "2. Die Werkstatt zum Integrationskonzept\n"
    "In der Zukunftswerkstatt wurden drei Themen festgelegt, die das Plakat zeigt:\n\n"
    "   [Icon: Sprechblase]     [Icon: Ball]           [Icon: Baum]\n"
    "   Sprache im Alltag       Sport und              Leben im Dorf\n"
    "                           Vereine\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CAPTIONS,
            [
                "Lernen von Anfang an",
                "Arbeit und Anerkennung",
                "Gut wohnen im Quartier",
                "Gesundheit – Praxen und Pflege",
            ],
        ),
        (COUNTED, ["Sprache im Alltag", "Sport und Vereine", "Leben im Dorf"]),
    ],
    ids=["captions-under-field-lead", "captions-counted-by-concept-lead"],
)
def test_captions(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the lead counts four topics, three captions follow
        COUNTED.replace("drei Themen", "vier Themen"),
        # a letterhead's pictograms: no lead names fields
        "Stadt Musterhausen\n\n   [Symbol: Telefon]      [Symbol: Brief]\n   0421 12345             Rathausplatz 1\n",
        # a line of prose runs across the columns under the placeholders
        "Die Handlungsfelder zeigt das Plakat:\n\n   [Bild: Haus]      [Bild: Ball]\n"
        "   Die Bilder stammen aus dem Wettbewerb der Grundschulen im Frühjahr 2026.\n",
    ],
    ids=["count-differs", "letterhead", "prose-under-placeholders"],
)
def test_captions_near_misses(text: str) -> None:
    assert labels(text) == []


ANALYSIS = (
    "Für jedes der drei Handlungsfelder liegt eine Kurzanalyse vor:\n\n"
    "  Handlungsfeld          Stärken                   Schwächen\n"
    "  ---------------------  ------------------------  ------------------------\n"
    "  Sprache und Bildung    viele Kurse in den        kaum Kurse mit Kinder-\n"
    "                         Kleinstädten              betreuung\n"
    "  Wohnen und Mobilität   Bürgerbus in drei         lange Wege zu den\n"
    "  auf dem Land           Gemeinden                 Ämtern\n"
    "  Teilhabe im            Vereinsnetz               wenig Nachwuchs\n"
    "  Sport\n\n"
    "Die Analyse wird jährlich fortgeschrieben.\n"
)


def test_analysis_table_row_heads() -> None:
    """A line whose first cell stands under another column is no part of the name above it ("Kleinstädten"
    under "Sprache und Bildung"); a line whose first cell opens with a preposition in lower case goes on with
    it ("auf dem Land")."""
    assert labels(ANALYSIS) == ["Sprache und Bildung", "Wohnen und Mobilität auf dem Land", "Teilhabe im Sport"]
