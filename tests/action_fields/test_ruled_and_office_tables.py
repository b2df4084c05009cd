"""Field tables read by their form where an export or a PDF's text layer took their gaps: a
single-spaced table whose header carries a rule of dashes, a run of dashes a column, so that the
field column's width and the room after it tell where a row's name ends (``spaced.py``); and a
two-column table of fields and the offices in charge whose field cells wrap, one cell a line,
with a lower-case piece or a blank line inside a cell and an office run into its field's line
(``tables.py``). Near misses: the same forms without the field noun, a goal's sentence wrapped
beside a field, a section's heading numbered in another kind after the rows."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

LEAD = "Gemeinde Talbrück\nVorlage 31/2027\n\nIV. Handlungsfelder\nDer Plan ordnet seine Maßnahmen drei Feldern zu:\n\n"
TAIL = "\nV. Finanzierung\nDie Kosten trägt der Haushalt der Gemeinde.\n"

RULED = (
    "Nr. Handlungsfeld Leitziel bis 2030\n"
    "--- ------------------------ ----------------------------------------\n"
    "1 Sport und Bewegung Jeder Verein bietet ein offenes Training\n"
    "an.\n"
    "2 Saubere Luft und grüne Baumpflanzungen in allen Straßen des\n"
    "Höfe Zentrums und der Dörfer am Fluss.\n"
    "3 Treffpunkte und Drei neue Jugendräume öffnen in den\n"
    "Nachbarschaft Ortsteilen mit eigenen Schlüsseln.\n"
)
RULED_LABELS = ["Sport und Bewegung", "Saubere Luft und grüne Höfe", "Treffpunkte und Nachbarschaft"]


@pytest.mark.parametrize(
    "text",
    [
        RULED,
        # pdftotext may run the first row into the rule and take a dash from its last run
        RULED.replace("-\n1 Sport", "1 Sport"),
        # pdfminer.six may set a blank line after every line
        RULED.replace("\n", "\n\n"),
    ],
    ids=["ruled", "first-row-run-into-the-rule", "blank-line-after-each"],
)
def test_a_ruled_single_spaced_table(text: str) -> None:
    """The rule gives the columns' widths: "Saubere" is no name whose goal would outgrow its
    column, so the name is "Saubere Luft und grüne", its noun on the next line; a count opens
    the goal's sentence ("Drei neue …"); the section "V." after row "3" is no row."""
    assert labels(LEAD + text + TAIL) == RULED_LABELS


def test_a_ruled_table_without_the_field_noun_yields_nothing() -> None:
    text = RULED.replace("Handlungsfeld", "Maßnahme")
    assert labels(LEAD.replace("IV. Handlungsfelder", "IV. Maßnahmen") + text + TAIL) == []


def test_a_heading_numbered_in_another_kind_ends_a_numbered_table() -> None:
    """A Roman-numbered section after rows numbered in digits is no fourth row, even where its
    numeral comes next ("IV." after "3")."""
    text = LEAD + RULED + "IV. Beteiligung\nDie Vereine werden gehört.\n"
    assert labels(text) == RULED_LABELS


OFFICES = (
    "Die Fachgespräche ergaben folgende Felder:\n\n"
    "Handlungsfeld            federführend\n"
    "Kinder und Jugend        Jugendamt\n"
    "Wohnen im Quartier       Bauamt\n"
    "nahe der\n"
    "\n"
    "Altstadt\n"
    "Mobilität auf dem Ordnungsamt\n"
    "\n"
    "Land\n"
    "Kunst, Musik und Seniorenbüro\n"
    "Theater\n"
    "\n"
    "Die Umsetzung beginnt im kommenden Jahr mit einer ersten Auswertung der Maßnahmen.\n"
)
OFFICES_LABELS = [
    "Kinder und Jugend",
    "Wohnen im Quartier nahe der Altstadt",
    "Mobilität auf dem Land",
    "Kunst, Musik und Theater",
]


@pytest.mark.parametrize(
    "text",
    [
        OFFICES,
        OFFICES.replace("            federführend", "\tfederführend").replace("        Jugendamt", "\tJugendamt"),
    ],
    ids=["gaps", "tabs"],
)
def test_fields_beside_their_offices_wrapped_one_piece_a_line(text: str) -> None:
    """An office's name does not go on in lower case: a lower-case piece under the field's cell
    is the field's, a blank line inside the cell too; a line where the office ran into its field's
    name after a word that cannot end one ("Mobilität auf dem Ordnungsamt") holds both cells."""
    assert labels(text) == OFFICES_LABELS


def test_a_goal_wrapped_in_lower_case_beside_a_field_is_not_its_name() -> None:
    """Beside a goal's sentence, a lower-case piece under a field's name that ends in its noun
    may be the sentence's: the name stays as it is."""
    text = (
        "Die Fachgespräche ergaben folgende Felder:\n\n"
        "Handlungsfeld            Ziel\n"
        "Wohnen im Quartier       Alle Familien\n"
        "finden eine\n"
        "Wohnung\n"
        "Kinder und Jugend        Jedes Kind\n"
        "lernt schwimmen\n"
        "\n"
        "Die Umsetzung beginnt im kommenden Jahr mit einer ersten Auswertung der Maßnahmen.\n"
    )
    assert "Wohnen im Quartier finden eine Wohnung" not in labels(text)
    assert all("finden" not in label and "lernt" not in label for label in labels(text))


def test_an_office_word_in_a_wrapped_field_is_no_office_where_the_name_goes_on() -> None:
    """A line that goes on with a field whose name cannot end ("Sport in Vereinen und" /
    "Verwaltung") is the name's rest, not an office run into the next row."""
    text = (
        "Die Fachgespräche ergaben folgende Felder:\n\n"
        "Handlungsfeld            federführend\n"
        "Kinder und Jugend        Jugendamt\n"
        "Dienste der              Hauptamt\n"
        "Verwaltung\n"
        "Sport und Bewegung       Sportamt\n"
        "\n"
        "Die Umsetzung beginnt im kommenden Jahr mit einer ersten Auswertung der Maßnahmen.\n"
    )
    assert labels(text) == ["Kinder und Jugend", "Dienste der Verwaltung", "Sport und Bewegung"]


STACKED = (
    "Die Fachgespräche ergaben folgende Felder:\n\n"
    "Handlungsfeld\nfederführend\n"
    "Lernen im\nQuartier\nSchulamt\n"
    "Arbeit und\nGrenz-\n\nJugendbüro\n\ngänger im Alltag\n"
    "Sport,\nEhrenamt und\nSpiel\nSportamt\n"
    "Wohnen im Alter\nSozialamt\n\n"
    "3. Begleitgruppe\n"
)
STACKED_LABELS = [
    "Lernen im Quartier",
    "Arbeit und Grenzgänger im Alltag",
    "Sport, Ehrenamt und Spiel",
    "Wohnen im Alter",
]


@pytest.mark.parametrize(
    "text",
    [STACKED, STACKED.replace("Grenz-\n\nJugendbüro\n\n", "Grenz-Jugendbüro\n")],
    ids=["office-after-the-hyphen", "office-joined-at-the-hyphen"],
)
def test_fields_and_offices_one_piece_a_line_a_word_broken_at_its_hyphen(text: str) -> None:
    """A field's word broken at its hyphen goes on in lower case: the capitalised line between
    (or the rest joined to the hyphen) is the row's office; a line opening with an office's word
    that breaks off ("Ehrenamt und") goes on with a name that breaks off ("Sport,")."""
    assert labels(text) == STACKED_LABELS


def test_a_capitalised_line_after_a_hyphen_going_on_in_capitals_is_no_office() -> None:
    """Where the line after it opens in capitals too, nothing shows the broken word's rest: the
    capitalised line is the name's, and a table without an office for every field yields nothing."""
    text = STACKED.replace("Grenz-\n\nJugendbüro\n\ngänger im Alltag\n", "Grenz-\n\nArbeit\n\nWege im Alltag\n")
    assert labels(text) == []
