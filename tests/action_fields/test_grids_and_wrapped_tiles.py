"""action_fields: fields tiled in a grid drawn with ASCII signs ("+-----+-----+" over "|  1  |  2  |"
and the names wrapped under the numbers), under a field heading whose lead-in names the fields by the
noun's head alone ("den folgenden vier Feldern zu:"); a drawn table with a header row whose cell is the
field noun ("║ Nr ║ Handlungsfeld ║ Beispiele ║") and wrapped field cells; bullet tiles two a row whose
names wrap inside their column; a two-column tab table whose second column is the office in charge
(also with gaps, a field's cell broken by a blank line).
As a text sets them and as an export joins their gaps into single spaces. Every example is invented,
with near misses that must yield nothing."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

GRID = (
    "4. Handlungsfelder\n"
    "Der Aktionsplan verteilt seine Vorhaben auf die folgenden fünf Felder:\n\n"
    "+------------------------------+------------------------------+------------------------------+\n"
    "|  1                           |  2                           |  3                           |\n"
    "|  Frühe Hilfen und            |  Lernen im Quartier          |  Betriebe, Handwerk und      |\n"
    "|  Familienbildung             |                              |  Landwirtschaft im Kreis     |\n"
    "+------------------------------+------------------------------+------------------------------+\n"
    "|  4                           |  5                           |                              |\n"
    "|  Ärztliche Versorgung        |  Vereinsleben und Feste      |                              |\n"
    "+------------------------------+------------------------------+------------------------------+\n\n"
    "Ein Querschnittsthema ist die Barrierefreiheit; sie ist kein eigenes Handlungsfeld.\n\n"
    "5. Steuerung\n"
)
GRID_LABELS = [
    "Frühe Hilfen und Familienbildung",
    "Lernen im Quartier",
    "Betriebe, Handwerk und Landwirtschaft im Kreis",
    "Ärztliche Versorgung",
    "Vereinsleben und Feste",
]
DOUBLE = (
    "Der Plan soll Ziele in vier Handlungsfeldern festlegen:\n\n"
    "╔════╦════════════════════════════════╦══════════════════════════════╗\n"
    "║ Nr ║ Handlungsfeld                  ║ Beispiele                    ║\n"
    "╠════╬════════════════════════════════╬══════════════════════════════╣\n"
    "║ 1  ║ Wohnen auf dem Land            ║ Mietbörse, Umzugshilfe       ║\n"
    "║ 2  ║ Vorschule, Grundschule und     ║ Lesepaten, Hausaufgaben-     ║\n"
    "║    ║ Hort                           ║ hilfe                        ║\n"
    "║ 3  ║ Busse und Wege                 ║ Rufbus                       ║\n"
    "║ 4  ║ Chöre, Schützen und Landfrauen ║ Tag der offenen Tür          ║\n"
    "╚════╩════════════════════════════════╩══════════════════════════════╝\n\n"
    "Der Beirat tagt vierteljährlich.\n"
)
DOUBLE_LABELS = [
    "Wohnen auf dem Land",
    "Vorschule, Grundschule und Hort",
    "Busse und Wege",
    "Chöre, Schützen und Landfrauen",
]
SQUARES = (
    "Handlungsfelder\n"
    "Das Amt schlägt vor, den Plan nach fünf Handlungsfeldern zu ordnen:\n\n"
    "   ▪ Ankommen und Beraten                    ▪ Bildung von Anfang an\n"
    "   ▪ Pflege, Ärzte und Vorsorge              ▪ Nachbarschaft und Schutz vor\n"
    "   ▪ Arbeit und Betriebe in der                Ausgrenzung\n"
    "     Hafenregion\n\n"
    "Zu jedem Feld werden Ziele formuliert.\n"
)
SQUARES_LABELS = [
    "Ankommen und Beraten",
    "Bildung von Anfang an",
    "Pflege, Ärzte und Vorsorge",
    "Nachbarschaft und Schutz vor Ausgrenzung",
    "Arbeit und Betriebe in der Hafenregion",
]
OFFICES = (
    "2. Handlungsfelder\n"
    "Die Fachgespräche ergaben folgende Felder (mit federführender Stelle):\n\n"
    "Handlungsfeld\tfederführend\n"
    "Deutsch lernen in Kita und\tJugendamt\n"
    "Schule\n"
    "Ausbildung und Anerkennung\tAgentur für Arbeit\n"
    "Wohnen im Alter\tSozialamt\n"
    "Beteiligung und Mitspra-\tBürgerbüro\n"
    "che\n\n"
    "3. Begleitgruppe\n"
)
SPACED = (
    "Die Fachgespräche ergaben folgende Felder:\n\nHandlungsfeld       federführend\nFrühe Hilfen und    Jugendamt\n"
    "Familienbildung\nLernen im           Schulamt\nQuartier\n"
    "Ärztliche           Gesundheitsamt\nVersorgung auf dem\n\nLand\n\n"
    "Die Umsetzung beginnt im kommenden Jahr mit einer ersten Auswertung der Maßnahmen.\n"
)
OFFICES_LABELS = [
    "Deutsch lernen in Kita und Schule",
    "Ausbildung und Anerkennung",
    "Wohnen im Alter",
    "Beteiligung und Mitsprache",
]


def _collapsed(text: str) -> str:
    """The text as an export sets it: runs of spaces joined into one, lines stripped."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


CASES = [
    ("an ASCII grid, the numbers on lines of their own, a lead-in by the noun's head", GRID, GRID_LABELS),
    ("the ASCII grid as an export sets it", _collapsed(GRID), GRID_LABELS),
    (
        "the ASCII grid under a heading an export ran into its lead-in",
        _collapsed(GRID)
        .replace("4. Handlungsfelder\n", "4.\n\nHandlungsfelder\n")
        .replace(":\n\n+", ":\n+")
        .replace("5. Steuerung", "5.\n\nSteuerung"),
        GRID_LABELS,
    ),
    ("a double-lined table with a number column, field cells wrapped", DOUBLE, DOUBLE_LABELS),
    ("the double-lined table as an export sets it", _collapsed(DOUBLE), DOUBLE_LABELS),
    (
        "the double-lined table with a row an export broke before its closing bar",
        _collapsed(DOUBLE).replace("Busse und Wege ║ Rufbus ║", "Busse und Wege ║ Rufbus\n║"),
        DOUBLE_LABELS,
    ),
    ("square bullets two a row, names wrapped inside their column", SQUARES, SQUARES_LABELS),
    (
        "the square bullets as an export sets them: a rest on the row below, a line wrapped by the page",
        "Das Amt schlägt vor, den Plan nach fünf Handlungsfeldern zu ordnen:\n\n"
        "▪ Ankommen und Beraten ▪ Bildung von\nAnfang an\n\n"
        "▪ Pflege, Ärzte und Vorsorge ▪ Nachbarschaft und Schutz vor\n"
        "▪ Arbeit und Betriebe in der Ausgrenzung\n\nHafenregion\n\n"
        "Zu jedem Feld werden Ziele formuliert.\n",
        SQUARES_LABELS,
    ),
    ("a tab table of fields and offices, field cells wrapped", OFFICES, OFFICES_LABELS),
    (
        "the tab table as an export sets it, one piece a line, the office between a field's lines",
        "Die Fachgespräche ergaben folgende Felder:\n\nHandlungsfeld\nfederführend\n"
        "Deutsch lernen in Kita und\nJugendamt\nSchule\nAusbildung und Anerkennung\nAgentur für Arbeit\n"
        "Wohnen im Alter\nSozialamt\nBeteiligung und\nBürgerbüro\nMitsprache\n\n3. Begleitgruppe\n",
        OFFICES_LABELS[:3] + ["Beteiligung und Mitsprache"],
    ),
    (
        "one piece a line, an office run into its field's line after a function word",
        "Die Fachgespräche ergaben folgende Felder:\n\nHandlungsfeld\nfederführend\n"
        "Deutsch lernen in Kita und\nJugendamt\nSchule\nAusbildung und Anerkennung\nAgentur für Arbeit\n"
        "Wohnen im Alter\nSozialamt\nBeteiligung und Bürgerbüro\nMitsprache\n\n3. Begleitgruppe\n",
        OFFICES_LABELS,
    ),
    (
        "an office run into its field's line, the field going on with an office's word: that row left out",
        "Die Fachgespräche ergaben folgende Felder:\n\nHandlungsfeld\nfederführend\n"
        "Deutsch lernen in Kita und\nJugendamt\nSchule\nAusbildung und Anerkennung\nAgentur für Arbeit\n"
        "Wohnen im Alter\nSozialamt\nMitsprache in der Bürgerbüro\nVerwaltung\n\n3. Begleitgruppe\n",
        OFFICES_LABELS[:3],
    ),
    (
        "a table with gaps, a field's cell broken by a blank line after a function word",
        SPACED,
        ["Frühe Hilfen und Familienbildung", "Lernen im Quartier", "Ärztliche Versorgung auf dem Land"],
    ),
    (
        "a table of fields and offices whose last field goes on in a piece in lower case and after a blank line",
        SPACED.replace("Versorgung auf dem\n\nLand", "Versorgung entlang\nder\n\nKüste"),
        ["Frühe Hilfen und Familienbildung", "Lernen im Quartier", "Ärztliche Versorgung entlang der Küste"],
    ),
]

NEGATIVES = [
    (
        "an ASCII grid of amounts is a cost table",
        "Die Mittel verteilen sich auf die Handlungsfelder:\n\n"
        "+--------------+--------------+\n|  Personal    |  12.000 €    |\n"
        "+--------------+--------------+\n|  Sachkosten  |  8.000 €     |\n"
        "+--------------+--------------+\n|  Miete       |  5.000 €     |\n"
        "+--------------+--------------+\n",
        [],
    ),
    (
        "a lead-in under the heading that points to measures, not to the fields",
        GRID.replace("auf die folgenden fünf Felder:", "auf die folgenden fünf Maßnahmen:"),
        [],
    ),
    (
        "a double-lined table without the field noun in its header",
        DOUBLE.replace("║ Handlungsfeld                  ║", "║ Maßnahme                       ║"),
        [],
    ),
    (
        "a double-lined table whose numbers skip",
        DOUBLE.replace("║ 3  ║ Busse", "║ 7  ║ Busse"),
        [],
    ),
    (
        "an export's bullet row whose rest cannot be placed: no function word to part it",
        "Das Amt schlägt vor, den Plan nach vier Handlungsfeldern zu ordnen:\n\n"
        "▪ Ankommen ▪ Schutz für die\n▪ Pflege ▪ Wohnen\n▪ Arbeit Ausgrenzung\n\n"
        "Zu jedem Feld werden Ziele formuliert.\n",
        [],
    ),
    (
        "one piece a line, a field without its office: the rows cannot be told",
        "Die Fachgespräche ergaben folgende Felder:\n\nHandlungsfeld\nfederführend\n"
        "Deutsch lernen\nJugendamt\nAusbildung und Anerkennung\nWohnen im Alter\nSozialamt\n"
        "Beteiligung\nBürgerbüro\n\n3. Begleitgruppe\n",
        [],
    ),
    (
        "one piece a line, the fields' column set before the offices': no office column read as fields",
        "Die Fachgespräche ergaben folgende Felder:\n\nHandlungsfeld\n\nfederführend\n\n"
        "Deutsch lernen in\nKita und Schule\n\nAusbildung und\nAnerkennung\n\nJugendamt\n\nWohnen im\nAlter\n\n"
        "Mitsprache in der\n\nVerwaltung\n\nAgentur für Arbeit\n\nSozialamt\n\nBürgerbüro\n\n3. Begleitgruppe\n",
        [],
    ),
    (
        "a tab table of measures and offices names no fields",
        OFFICES.replace("Handlungsfeld\tfederführend", "Maßnahme\tfederführend").replace(
            "folgende Felder", "folgende Maßnahmen"
        ),
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES + NEGATIVES, ids=lambda v: str(v)[:50])
def test_grids_and_wrapped_tiles(name: str, text: str, expected: list[str]) -> None:
    assert labels(text) == expected, name
