"""action_fields: the header row of a table whose columns the text above says are the fields (a matrix of
marks under a caption, its rows' own head on a head line; a drawn grid of measures), the lettered divider
rows in capitals of a table of goals, and a field column under a drawn rule broken by a page break
(invented examples, with near misses)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

INTEGRATION = "Das Integrationskonzept der Stadt fördert die Integration Zugewanderter und die Teilhabe.\n\n"

MATRIX = (
    "Der Plan ordnet jede Maßnahme den Handlungsfeldern zu, auf die sie wirkt.\n\n"
    "3. Übersicht der Maßnahmen (Auszug)\n\n"
    "                              Frühe     Arbeit    Gesund-   Wohnen\n"
    "                              Bildung   und Be-   heit und  im\n"
    "Vorhaben                      und Kita  ruf       Pflege    Quartier\n"
    "----------------------------  --------  --------  --------  --------\n"
    "V 1  Lesepaten                   ●                            ○\n"
    "V 2  Jobbörse                              ●\n"
    "V 3  Pflegelotsen                                    ●         ○\n"
    "----------------------------  --------  --------  --------  --------\n"
    "● = Schwerpunkt   ○ = Nebenwirkung\n"
)

GRID = (
    "Die Fortschreibung behält die drei Handlungsfelder bei; jede Spalte der Übersicht steht für eines:\n\n"
    "  ┌──────────────────┬──────────────────┬──────────────────┐\n"
    "  │ Sprache und      │ Wohnen im        │ Gesundheit       │\n"
    "  │ Bildung          │ Stadtteil        │                  │\n"
    "  ├──────────────────┼──────────────────┼──────────────────┤\n"
    "  │ Lesecafé in der  │ Mieterbera-      │ Impfberatung     │\n"
    "  │ Bücherei         │ tung Süd         │ mehrsprachig     │\n"
    "  │                  │                  │                  │\n"
    "  │ Vorlesepaten in  │ Hausfest „Wir    │ Lotsinnen für    │\n"
    "  │ Kitas und Grund- │ im Viertel“ mit  │ Arztbesuche und  │\n"
    "  │ schulen          │ dem Quartiers-   │ Beratung in der  │\n"
    "  │                  │ management       │ Schwangerschaft  │\n"
    "  └──────────────────┴──────────────────┴──────────────────┘\n"
)

GOALS = (
    INTEGRATION + "4. Ziele bis 2030\n\n"
    "   Nr.   Ziel                                   Indikator            Zielwert\n"
    "   ─────────────────────────────────────────────────────────────────────────\n"
    "   ■ A   FRÜHE BILDUNG\n"
    "   A1    Alle Kinder besuchen eine Kita         Besuchsquote         95 %\n"
    "   ■ B   ARBEIT UND BERUF\n"
    "   B1    Mehr Zugewanderte finden Arbeit        Beschäftigte         +10 %\n"
    "   B2    Abschlüsse werden anerkannt            Verfahren            200\n"
    "   ■ C   NACHBARSCHAFT UND ENGAGEMENT IN DEN\n"
    "         STADTTEILEN\n"
    "   C1    Vereine gewinnen neue Mitglieder       Mitglieder           +5 %\n"
    "   ─────────────────────────────────────────────────────────────────────────\n\n"
    "Die Ziele werden jährlich überprüft.\n"
)

INDICATORS = (
    "B. Ergebnisse\nDie Entwicklung in den drei Handlungsfeldern zeigt die Tabelle:\n\n"
    "  Handlungsfeld         Indikator                          2021    2025\n"
    "  ────────────────────  ─────────────────────────────────  ──────  ──────\n"
    "  Sprache               Kursteilnehmende                      210     305\n"
    "  Wohnen und            Haushalte in Unterkünften              80      41\n"
    "  Nachbarschaft\n"
    "\f"
    "  Handlungsfeld         Indikator                          2021    2025\n"
    "  ────────────────────  ─────────────────────────────────  ──────  ──────\n"
    "  (Fortsetzung)         Wohnberechtigungsscheine               90     120\n"
    "  Gesundheit            Dolmetscheinsätze                       –     310\n\n"
    "Die Verwaltung berichtet jährlich.\n"
)

TARGETS = (
    "Die Handlungsfelder sind nach den Zielgruppen geordnet, die sie erreichen sollen:\n\n"
    "Handlungsfeld                        Kinder und   Familien     Ältere\n"
    "                                     Jugendliche               Menschen\n"
    "Sprache und Bildung                      x            x\n"
    "Arbeit und Beruf                                      x            x\n"
    "Gesundheit und Pflege                                 x            x\n"
)

CASES = [
    (
        "a matrix's heads under a caption, its rows' own head on a head line, the paragraph over the caption "
        "naming the fields",
        MATRIX,
        ["Frühe Bildung und Kita", "Arbeit und Beruf", "Gesundheit und Pflege", "Wohnen im Quartier"],
    ),
    (
        "the header row of a drawn grid of measures whose columns the lead says are the fields",
        GRID,
        ["Sprache und Bildung", "Wohnen im Stadtteil", "Gesundheit"],
    ),
    (
        "the lettered divider rows in capitals of a table of goals, one wrapped",
        GOALS,
        ["FRÜHE BILDUNG", "ARBEIT UND BERUF", "NACHBARSCHAFT UND ENGAGEMENT IN DEN STADTTEILEN"],
    ),
    (
        "the same table with its gaps closed to one space and every line at the left edge",
        INTEGRATION
        + "Nr. Ziel Indikator Zielwert\n"
        + "─────────────────────────\n"
        + "■ A FRÜHE BILDUNG\n"
        + "A1 Alle Kinder besuchen eine Kita Besuchsquote 95 %\n"
        + "■ B ARBEIT UND BERUF\n"
        + "B1 Mehr Zugewanderte finden Arbeit Beschäftigte +10 %\n"
        + "■ C NACHBARSCHAFT UND ENGAGEMENT IN DEN\n"
        + "STADTTEILEN\n"
        + "C1 Vereine gewinnen neue Mitglieder Mitglieder +5 %\n",
        ["FRÜHE BILDUNG", "ARBEIT UND BERUF", "NACHBARSCHAFT UND ENGAGEMENT IN DEN STADTTEILEN"],
    ),
    (
        "a field column under a rule of box-drawing signs, the table broken by a page break and its note "
        "'(Fortsetzung)' in the field column no field",
        INDICATORS,
        ["Sprache", "Wohnen und Nachbarschaft", "Gesundheit"],
    ),
]


CASES.append(
    (
        "a matrix whose rows' own head is the field noun: its rows are the fields, its heads the target groups",
        TARGETS,
        ["Sprache und Bildung", "Arbeit und Beruf", "Gesundheit und Pflege"],
    )
)


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_fields(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


NEAR_MISSES = [
    (
        "the matrix under a paragraph that names no fields",
        MATRIX.replace("den Handlungsfeldern zu, auf die sie wirkt", "den Stadtteilen zu, in denen sie wirkt"),
    ),
    (
        "the matrix with heads that are districts, not fields",
        MATRIX.replace("Frühe     Arbeit    Gesund-   Wohnen", "Nord      Süd       West      Ost   ")
        .replace("Bildung   und Be-   heit und  im", "                                ")
        .replace("und Kita  ruf       Pflege    Quartier", "                                      "),
    ),
    (
        "a drawn grid under a lead naming the fields whose header row holds the table's parts",
        GRID.replace(
            "│ Sprache und      │ Wohnen im        │ Gesundheit       │",
            "│ Maßnahme         │ Träger           │ Zeitraum         │",
        ).replace(
            "│ Bildung          │ Stadtteil        │                  │",
            "│                  │                  │                  │",
        ),
    ),
    (
        "divider rows whose groups hold no rows coded with their letter",
        GOALS.replace("   A1 ", "   11 ")
        .replace("   B1 ", "   12 ")
        .replace("   B2 ", "   13 ")
        .replace("   C1 ", "   14 "),
    ),
    ("divider rows whose letters do not run A, B, C", GOALS.replace("■ B   ARBEIT", "■ D   ARBEIT")),
    ("divider rows in a paper on another matter", GOALS.replace(INTEGRATION, "Der Radverkehrsplan der Stadt.\n\n")),
    (
        "divider rows under no header of a table",
        GOALS.replace("Nr.   Ziel ", "                 ").replace("Indikator", "         "),
    ),
]


@pytest.mark.parametrize("text", [t for _, t in NEAR_MISSES], ids=[n for n, _ in NEAR_MISSES])
def test_near_misses(text: str) -> None:
    assert labels(text) == []
