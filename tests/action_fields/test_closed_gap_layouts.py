"""Field layouts as a PDF's text layer gives them, its runs of spaces closed to one and its
indentation dropped: a numbered table drawn with bars whose wrapped lines open with a bar (the
number's cell empty), items under a heading that names the fields and their goals with the goals'
labelled lines at the line's start (one item at a page's foot), and the boxes of a diagram around
a hub whose columns no longer line up (invented documents)."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

HEAD = "Gemeinde Lindenbrück\nVorlage Nr. 41/2027\n\n"


def test_bar_table_lines_without_their_number_go_on_with_the_row() -> None:
    text = HEAD + (
        "Der Entwurf gliedert sich in vier Handlungsfelder, die wie folgt beschrieben sind:\n\n"
        "Nr. | Handlungsfeld | Ziel bis 2031 | Vorhaben\n"
        "----+---------------+---------------+---------\n"
        "1 | Deutsch im | mehr Kurse in | Kursbörse,\n"
        "| Alltag | jedem Ortsteil | Lesepaten\n"
        "2 | Arbeit, Beruf | schnellere | Lotsen für\n"
        "| und Anerkennung | Verfahren | Betriebe\n"
        "3 | Gesundheit | Dolmetscher | Pool\n"
        "4 | Interkulturelle | Schulungen für | Leitfaden\n"
        "| Öffnung der Ämter | alle Ämter | für Formulare\n\n"
        "Die Verwaltung berichtet dem Gemeinderat einmal im Jahr.\n"
    )
    assert labels(text) == [
        "Deutsch im Alltag",
        "Arbeit, Beruf und Anerkennung",
        "Gesundheit",
        "Interkulturelle Öffnung der Ämter",
    ]


def test_bar_table_with_outer_bars_keeps_its_rows() -> None:
    # the header drawn with outer bars too: a leading bar closes no empty cell
    text = HEAD + (
        "Folgende Handlungsfelder werden bearbeitet:\n\n"
        "| Nr. | Handlungsfeld | Zuständig |\n"
        "| 1 | Wohnen am Fluss | Bauamt |\n"
        "| 2 | Sport im Verein | Sportamt |\n\n"
        "Die Verwaltung berichtet dem Gemeinderat einmal im Jahr.\n"
    )
    assert labels(text) == ["Wohnen am Fluss", "Sport im Verein"]


GOALS = HEAD + (
    "2. Handlungsfelder und Leitziele\n\n"
    "Die Ortsräte haben die Leitziele im Herbst beraten. Jedem Feld ist eines zugeordnet:\n\n"
    "I. Sprache im Ortsteil\n"
    "Leitziel: Wer zuzieht, findet binnen eines Quartals einen Kurs in seiner Nähe.\n\n"
    "II. Betreuung und Schule\n"
    "\f"
    "Leitziel: Familien erhalten Beratung, bevor ihr Kind eingeschult wird.\n\n"
    "III. Nachbarschaft und Feste\n"
    "Leitziel: Jeder Ortsteil feiert einmal im Jahr ein offenes Fest.\n\n"
    "3. Arbeitskreis\n\n"
    "Der Arbeitskreis tagt viermal im Jahr.\n"
)


def test_items_over_goal_lines_at_the_line_start_under_a_heading_of_fields_and_goals() -> None:
    assert labels(GOALS) == ["Sprache im Ortsteil", "Betreuung und Schule", "Nachbarschaft und Feste"]


def test_items_over_goal_lines_without_blank_lines() -> None:
    # an export that drops every blank line under the heading: the items are told by their markers
    text = HEAD + GOALS[len(HEAD) :].replace("\n\n", "\n").replace("\f", "")
    assert labels(text) == ["Sprache im Ortsteil", "Betreuung und Schule", "Nachbarschaft und Feste"]


def test_goal_lines_after_a_blank_line_without_a_page_break_name_no_field() -> None:
    text = GOALS.replace("II. Betreuung und Schule\n\f", "II. Betreuung und Schule\n\n")
    assert "Betreuung und Schule" not in labels(text)


DIAGRAM = HEAD + (
    "3. Handlungsfelder\n"
    "Vier Handlungsfelder tragen das Leitbild (Skizze aus der Bürgerwerkstatt):\n\n"
    "╭────────────────────╮ ╭────────────────────╮\n"
    "│ Wohnen und │ │ Lernen im │\n"
    "│ Nachbarschaft │ │ ganzen Leben │\n"
    "╰─────────┬──────────╯ ╰──────────┬─────────╯\n"
    "│ ╭─────────────────╮ │\n"
    "└─────────┤ LINDENBRÜCK ├──────────┘\n"
    "┌─────────┤ VERBINDET ├──────────┐\n"
    "│ ╰─────────────────╯ │\n"
    "╭─────────┴──────────╮ ╭──────────┴─────────╮\n"
    "│ Arbeit und │ │ Kultur und │\n"
    "│ Handwerk │ │ Vereinsleben │\n"
    "╰────────────────────╯ ╰────────────────────╯\n\n"
    "4. Kosten\n"
)


def test_diagram_boxes_told_by_their_order_when_columns_closed_up() -> None:
    assert labels(DIAGRAM) == [
        "Wohnen und Nachbarschaft",
        "Lernen im ganzen Leben",
        "Arbeit und Handwerk",
        "Kultur und Vereinsleben",
    ]


def test_diagram_with_a_line_of_fewer_texts_than_open_boxes_reads_nothing() -> None:
    # an empty box line beside a filled one cannot be told apart from the gap between the boxes
    text = DIAGRAM.replace("│ Handwerk │ │ Vereinsleben │", "│ │ │ Vereinsleben │")
    assert labels(text) == []
