"""Single-spaced field tables (``extractors/action_fields/spaced.py``) as a PDF's text layer sets a
gap table: a numbered table whose name runs into the office's cell past a word that might still
be the name's (a lower-case adjective, a word broken at its hyphen, an office opening with an
adjective or a compound's first part), its rows' lines ending in a column of counts; and a matrix
of marks whose columns' names are several words wrapped under the header, its rows broken by a
page break and the header repeated, once run into the running head. Near misses give nothing."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

LEAD = "Landkreis Altenau\nVorlage KT 77/2027\n\nDas Programm ordnet die Maßnahmen fünf Themenfeldern zu:\n\n"
TAIL = "\nDer Kreistag berät die Vorlage in seiner nächsten Sitzung.\n"

OFFICES = (
    "Nr. Themenfeld Federführung Maßnahmen\n"
    "1 Kita und Familienbildung Kreisjugendamt, 5\n"
    "Familienzentren\n"
    "2 Pflege und häusliche Kreisgesundheitsamt 3\n"
    "Dienste\n"
    "3 Weiterbildung und Nachqualifi- Jobcenter Landkreis 4\n"
    "zierung Altenau\n"
    "4 Kultur, Sport und örtliche Staatliches Schulamt, 2\n"
    "Vereine Sportkreis\n"
    "5 Wohnen und Nachbarschaft Kreisbau- und Ordnungsamt 6\n"
)


def test_a_name_that_runs_into_its_office_cell() -> None:
    """The office's cell opens at its head word ("Kreisgesundheitsamt"), after a capitalised
    adjective ("Staatliches Schulamt") or a compound's first part ("Kreisbau- und Ordnungsamt");
    a name left open there ("häusliche", "örtliche") goes on in the next line's first word, a word
    broken at its hyphen ("Nachqualifi-") with the lower-case rest."""
    assert labels(LEAD + OFFICES + TAIL) == [
        "Kita und Familienbildung",
        "Pflege und häusliche Dienste",
        "Weiterbildung und Nachqualifizierung",
        "Kultur, Sport und örtliche Vereine",
        "Wohnen und Nachbarschaft",
    ]


def test_a_row_whose_office_cell_opens_with_no_office_word_is_left_out() -> None:
    """A person in the office column: no office word tells where the name ends; the row is not read."""
    text = OFFICES.replace("Kreisgesundheitsamt 3", "Frau Dr. Kessler 3")
    found = labels(LEAD + text + TAIL)
    assert not any("Pflege" in f for f in found)
    assert "Kita und Familienbildung" in found


MATRIX = (
    "Handlungsfeld Eltern und Senioren Geflüchtete Allein-\n"
    "Familien erziehende\n"
    "Lernen im Alltag x x\n"
    "Mobilität auf dem Land x x x\n"
)
MATRIX_REST = (
    "Handlungsfeld Eltern und Senioren Geflüchtete Allein-\n"
    "Familien erziehende\n"
    "Gesundheit im Alter x\n"
    "Beteiligung, Ehrenamt und Nachbarschafts- x x\n"
    "hilfe\n"
)
MATRIX_FIELDS = [
    "Lernen im Alltag",
    "Mobilität auf dem Land",
    "Gesundheit im Alter",
    "Beteiligung, Ehrenamt und Nachbarschaftshilfe",
]


def test_a_matrix_with_columns_of_several_words_over_a_page_break() -> None:
    """The columns' names wrap under the header ("Allein-" / "erziehende"); the table breaks at a
    page's foot and repeats its header; a name broken at its hyphen before its marks."""
    furniture = "\nLandkreis Altenau – Vorlage KT 77/2027 Seite 1 von 2\n\fVorlage KT 77/2027 - 2 -\n\n"
    text = MATRIX + furniture + MATRIX_REST
    assert labels(LEAD + text + TAIL) == MATRIX_FIELDS


def test_a_matrix_broken_by_a_page_break_inside_its_rows() -> None:
    """The page breaks between two rows, the header not repeated; a blank line between two rows."""
    rows = MATRIX.replace("Lernen im Alltag x x\n", "Lernen im Alltag x x\n\f")
    text = rows + "\n" + MATRIX_REST.split("erziehende\n")[1]
    assert labels(LEAD + text + TAIL) == MATRIX_FIELDS


def test_a_repeated_header_run_into_the_running_head() -> None:
    """An export set the next page's running head and the repeated header on one line (with the
    columns' names on it too): the table goes on under it."""
    header = "Handlungsfeld Eltern und Senioren Geflüchtete AlleinFamilien erziehende\n"
    head = "Vorlage KT 77/2027 - 2 " + header
    first = header + MATRIX.split("erziehende\n")[1]
    text = first + head + MATRIX_REST.split("erziehende\n")[1]
    assert labels(LEAD + text + TAIL) == MATRIX_FIELDS


def test_a_matrix_header_without_marks_under_it_gives_nothing() -> None:
    """The same header over sentences (no row ends in a mark): no row is a field."""
    text = (
        "Handlungsfeld Eltern und Senioren Geflüchtete Allein-\n"
        "Familien erziehende\n"
        "Alle Angebote werden im Frühjahr vorgestellt.\n"
        "Die Träger berichten im Ausschuss.\n"
    )
    found = labels(LEAD.replace("Das Programm ordnet die Maßnahmen fünf Themenfeldern zu:", "Übersicht:") + text + TAIL)
    assert not any("Angebote" in f or "Träger" in f for f in found)


GOALS = (
    "Handlungsfeld Ziel Maßnahme Zuständigkeit\n"
    "Kultur und neue Jeder Verein erreicht mit Aufbau einer Medien- Kulturamt\n"
    "Medien Vereinen ein Publikum werkstatt\n"
    "Wohnen und Quar- Mehr Begegnung in Nachbarschafts- Amt für\n"
    "Wohnen\n"
    "tier allen Stadtteilen treffs\n"
    "Teilhabe und Öff- Verwaltung für alle Schulungen Personalamt\n"
    "nung der Verwaltung offen\n"
)


def test_names_of_a_goal_table_wrapped_in_their_cells() -> None:
    """A name left open by an adjective in "-e" ("Kultur und neue") goes on in the next line's first
    word; a word broken at its hyphen goes on in lower case, with a link word and its noun after it
    ("Öff-" / "nung der Verwaltung"); a short line under a row, its line's end set apart by the
    rendering ("Wohnen"), is stepped over by a word broken at its hyphen."""
    assert labels(LEAD + GOALS + TAIL) == [
        "Kultur und neue Medien",
        "Wohnen und Quartier",
        "Teilhabe und Öffnung der Verwaltung",
    ]


def test_a_next_line_the_flat_text_ran_into_its_row() -> None:
    """A cell's word broken at its hyphen at the row's line's end before the next line's capital
    ("Medien- Kulturamt-" / "Medien …"), as "Baden-" / "Württemberg" is joined: the row's line is
    parted there again."""
    text = GOALS.replace("Medien- Kulturamt\n", "Medien- Kultur-\n")
    assert labels(LEAD + text + TAIL)[0] == "Kultur und neue Medien"


GAPPED = (
    "Handlungsfeld        Ziel                        Maßnahme               Zuständigkeit\n"
    "Kultur und neue      Jeder Verein erreicht mit   Aufbau einer Medien-   FB Kultur und\n"
    "Medien               Vereinen ein Publikum       werkstatt              Sport\n"
    "Wohnen und Quar-     Mehr Begegnung in allen     Nachbarschaftstreffs   Amt für Wohnen\n"
    "tier                 Stadtteilen\n"
)


def test_a_gap_table_line_whose_cells_all_go_on_the_cells_above() -> None:
    """Every cell beside the name's stands under a cell that cannot end there (a link word, a
    hyphen): the line is the row's next line, its first cell the name's rest; where one cell above
    is complete, the line is a row of its own."""
    assert labels(LEAD + GAPPED + TAIL) == ["Kultur und neue Medien", "Wohnen und Quartier"]
    complete = GAPPED.replace("Aufbau einer Medien-", "Werkstatt einrichten")
    assert "Kultur und neue Medien" not in labels(LEAD + complete + TAIL)


def test_a_sentence_run_on_under_the_table_is_no_row() -> None:
    """An export set the sentence after the table with no blank line before it: its words cut as a
    name leave it open ("… und die Förderung des"), and the line is no field."""
    text = GOALS + "Querschnittsthemen wie Inklusion und die Förderung des Ehrenamts gelten in\nallen Feldern.\n"
    assert labels(LEAD + text + TAIL) == [
        "Kultur und neue Medien",
        "Wohnen und Quartier",
        "Teilhabe und Öffnung der Verwaltung",
    ]


PHASES = (
    "Themenfeld vorrangig nachrangig später\n"
    "(Jahr 1) (Jahr 2) (Jahr 3)\n"
    "\n"
    "--------------------------------------------------------------\n"
    "Teilhabe am Vereinsleben ✓ – ✓\n"
    "Pflege und Betreuung – ✓ –\n"
    "\n"
    "Mobilität im ländlichen Raum – – ✓\n"
)


def test_a_matrix_whose_columns_are_named_in_lower_case_and_whose_empty_cells_are_dashes() -> None:
    """Phases named in lower case after the noun, their years wrapped under them, a blank line
    before the rule under the header; a cell left empty holds a dash, a row may end in one."""
    assert labels(LEAD + PHASES + TAIL) == [
        "Teilhabe am Vereinsleben",
        "Pflege und Betreuung",
        "Mobilität im ländlichen Raum",
    ]


def test_a_sentence_opening_with_the_noun_in_lower_case_words_is_no_matrix_header() -> None:
    """Lower-case words after the noun that end in a capitalised word make no header of columns."""
    text = "Themenfeld wird neu Beratung\nTeilhabe am Vereinsleben –\nPflege und Betreuung –\n"
    found = labels(LEAD.replace("Das Programm ordnet die Maßnahmen fünf Themenfeldern zu:", "Übersicht:") + text + TAIL)
    assert "Teilhabe am Vereinsleben" not in found
