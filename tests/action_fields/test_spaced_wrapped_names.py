"""Single-spaced field tables (``extractors/action_fields/spaced.py``) whose names wrap at a link
word while the row's line goes on with the next cells: a table of indicators with columns of
figures, a numbered table of goals; a table going on under its repeated header after a page
break, numbered on from there; an adjective before its noun inside a name ("frühe Hilfen"); and
rows whose name's end cannot be told, left out."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

LEAD = "Stadt Eichenau\nVorlage 44/2027\n\nDie Handlungsfelder des Aktionsplans und ihre Kennzahlen:\n\n"
TAIL = "\nDer Ausschuss berät die Vorlage in seiner nächsten Sitzung.\n"

INDICATORS = (
    "Handlungsfeld Kennzahl Basis 2025 Ziel 2029\n"
    "Kultur und Vereine in den Ortsteilen 12 18\n"
    "Freizeit Stadtteilen mit Angebot\n"
    "Plätze in Ferienkursen 220 300\n"
    "Pflege und Beratungen pflegender Angehöriger 640 900\n"
    "Alter bei den Pflegestützpunkten\n"
    "Mobilität und Fahrgäste der Rufbusse im Monat 1.900 2.600\n"
    "Verkehr zu den Randzeiten\n"
)


def test_names_wrapped_at_their_link_word_beside_columns_of_figures() -> None:
    """The name's first line ends in "und", the indicator runs on after it to the figures; the
    name's rest opens the next line, as long as the column is wide ("Alter", not "Alter bei den
    Pflegestützpunkten"); a second indicator of the same field, its name's cell empty, is no field."""
    assert labels(LEAD + INDICATORS + TAIL) == [
        "Kultur und Freizeit",
        "Pflege und Alter",
        "Mobilität und Verkehr",
    ]


def test_an_indicator_table_going_on_after_a_page_break() -> None:
    """The table breaks at a page's foot, its header repeated on the next page; a blank line
    inside a row a layout put there."""
    first, rest = INDICATORS.split("Mobilität")
    text = (
        first + "\nStadt Eichenau – Vorlage 44/2027 Seite 1/2\n\f"
        "Vorlage 44/2027 – Fortsetzung\n\n"
        "Handlungsfeld Kennzahl Basis 2025 Ziel 2029\n"
        "Mobilität und Fahrgäste der Rufbusse im Monat 1.900 2.600\n\n"
        "Verkehr zu den Randzeiten\n"
        "Sicherheit im Anrufe beim Bürgertelefon 80 40\n"
        "Quartier (Beschwerden)\n"
    )
    assert labels(LEAD + text + TAIL) == [
        "Kultur und Freizeit",
        "Pflege und Alter",
        "Mobilität und Verkehr",
        "Sicherheit im Quartier",
    ]


NUMBERED = (
    "Nr. Handlungsfeld Teilziele\n"
    "1 Familie und Elterncafés in allen Ortsteilen;\n"
    "Kindheit Hebammensprechstunde\n"
    "2 Gesundheit und Schulobst in den Grundschulen;\n"
    "Bewegung Sportabzeichen\n"
    "3 Digitale Dienste der Online-Termine im Bürgerbüro\n"
    "Verwaltung Formulare in einfacher Sprache\n"
)


def test_a_numbered_table_of_goals_with_wrapped_names() -> None:
    assert labels(LEAD + NUMBERED + TAIL) == [
        "Familie und Kindheit",
        "Gesundheit und Bewegung",
        "Digitale Dienste der Verwaltung",
    ]


def test_a_numbered_table_going_on_under_its_repeated_header() -> None:
    """After the page break the rows go on with "3" under the repeated header: they are read."""
    first, rest = NUMBERED.split("3 ")
    text = first + "\nSeite 1 von 2\n\fStadt Eichenau – Vorlage 44/2027\n\nNr. Handlungsfeld Teilziele\n3 " + rest
    text += "4 Sport im Verein Übungsleiter gewinnen; Hallenzeiten\n"
    assert labels(LEAD + text + TAIL) == [
        "Familie und Kindheit",
        "Gesundheit und Bewegung",
        "Digitale Dienste der Verwaltung",
        "Sport im Verein",
    ]


def test_an_adjective_before_its_noun_inside_a_name() -> None:
    text = (
        "Nr. Handlungsfeld Leitziel\n"
        "1 Sprache und frühe Förderung Alle Kinder sprechen bei der Einschulung Deutsch.\n"
        "2 Wohnen und neue Nachbarschaften Jede Familie findet eine Wohnung.\n"
    )
    assert labels(LEAD + text + TAIL) == ["Sprache und frühe Förderung", "Wohnen und neue Nachbarschaften"]


def test_rows_whose_names_end_cannot_be_told_give_nothing() -> None:
    """A name that runs into a cell of items ("…; Elterncafés") and whose rest below may be the
    name's or the cell's; a name cut at its link word whose next line opens in lower case; a table
    of figures that names no field."""
    text = (
        "Nr. Handlungsfeld Teilziele\n"
        "1 Teilhabe und Schutz vor Beratung der Eltern; Elterncafés\n"
        "Ausgrenzung in allen Stadtteilen\n"
        "2 Arbeit und Beruf Praktika in Betrieben\n"
        "3 Sport im Verein Übungsleiter gewinnen\n"
        "4 Kultur und Begegnung der Generationen 40 60\n"
        "im Ort\n"
    )
    assert labels(LEAD + text + TAIL) == ["Arbeit und Beruf", "Sport im Verein"]
    figures = INDICATORS.replace("Handlungsfeld Kennzahl", "Maßnahme Kennzahl")
    assert labels(LEAD.replace("Die Handlungsfelder des Aktionsplans", "Die Übersicht") + figures + TAIL) == []


def test_a_repeated_header_ends_the_table_above() -> None:
    """An export set a row's words one a line ("3" / "Digitale" / …), so the rows above run on; the
    header repeated on the next page ends that table and opens the next."""
    text = (
        NUMBERED.split("3 ")[0] + "3\nDigitale\nDienste\nVerwaltung\nStadt Eichenau – Vorlage 44/2027\n"
        "Nr. Handlungsfeld Teilziele\n"
        "4 Sport im Verein Übungsleiter gewinnen; Hallenzeiten\n"
        "5 Kultur und Feste im Sommer und Konzerte\n"
        "Begegnung im Park\n"
    )
    assert labels(LEAD + text + TAIL) == [
        "Familie und Kindheit",
        "Gesundheit und Bewegung",
        "Sport im Verein",
        "Kultur und Begegnung im Park",
    ]


def test_lines_without_figures_under_a_table_of_figures_open_no_row() -> None:
    """An export that dropped the blank lines runs a page's foot and the next paragraph on under
    the table: lines that do not end in the table's figures open no row."""
    after = "Kreisverwaltung Eichenau – Stand Mai 2027\nAngaben aus der Statistik des Kreises.\n"
    assert labels(LEAD + INDICATORS + after + TAIL) == [
        "Kultur und Freizeit",
        "Pflege und Alter",
        "Mobilität und Verkehr",
    ]
