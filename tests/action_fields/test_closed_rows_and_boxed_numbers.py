"""Field tables as a PDF's text layer gives them when the renderer closed the gaps between the cells
(``extractors/action_fields/spaced.py``): rows marked with the field noun's abbreviation and a number
("HF 3 …") before the office's and a goal's cells, a name wrapped into an attribute and its noun
("Anerkennung" / "ausländischer Abschlüsse"), an office's compound wrapped ("Personal- und" /
"Organisationsamt"), an office cell with its number ending the rows ("Amt 50"), a goal's sentence
whose rest opens the next line with a preposition; and a numbered table pdfminer.six set in boxes,
the numbers of a few rows together before their cells (``extractors/action_fields/stacked.py``)
(invented documents)."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

HEAD = "Stadt Lindenau\nVorlage Nr. 17/2028\n\n2. Handlungsfelder\nDas Konzept hat fünf Handlungsfelder:\n\n"
TAIL = "\nDie Verwaltung berichtet dem Stadtrat einmal im Jahr.\n"


def test_rows_marked_with_the_abbreviation_before_an_office_and_a_goal() -> None:
    text = (
        HEAD
        + (
            "Nr. Handlungsfeld Federführung Ziele bis 2031\n"
            "HF 1 Kita, Schule und Übergang in den Beruf Schulverwaltungsamt Quote ohne\n"
            "Abschluss senken\n"
            "HF 2 Arbeitsmarkt und Anerkennung Amt für Wirtschaft Beratung\n"
            "ausländischer Abschlüsse vor Ort\n"
            "HF 3 Wohnen und Nachbarschaft in den Amt für Soziales Quartiers-\n"
            "Stadtteilen management\n"
            "HF 4 Interkulturelle Öffnung der Personal- und Anteil Azubis\n"
            "Stadtverwaltung Organisationsamt erhöhen\n"
            "HF 5 Sport und Vereinsleben Stabsstelle Integration Vereinspaten\n"
        )
        + TAIL
    )
    assert labels(text) == [
        "Kita, Schule und Übergang in den Beruf",
        "Arbeitsmarkt und Anerkennung ausländischer Abschlüsse",
        "Wohnen und Nachbarschaft in den Stadtteilen",
        "Interkulturelle Öffnung der Stadtverwaltung",
        "Sport und Vereinsleben",
    ]


def test_a_goal_sentence_between_the_name_and_an_office_with_its_number() -> None:
    # "Amt 50" is no figure of a table of figures; "vor der Einschulung" is the goal's rest, the
    # name "Sprache und Bildung" closed; "Städte" goes on with the office's "/"
    text = (
        HEAD
        + (
            "Handlungsfeld Leitziel 2031 Federführung\n"
            "Ankommen, Orientierung und Zugewanderte haben in den ersten Amt 50\n"
            "Erstberatung Wochen eine feste Anlaufstelle.\n"
            "Sprache und Bildung Jedes Kind mit Förderbedarf wird Amt 51\n"
            "vor der Einschulung erreicht.\n"
            "Wohnen und Zusammenleben in den Kein Haushalt lebt länger als zwei Jahre Amt 50 /\n"
            "Städte\n"
            "Kommunen in einer Unterkunft. und Gemeinden\n"
            "Gesundheit Die Sprachmittlung steht allen offen. Gesundheitsamt\n"
        )
        + TAIL
    )
    assert labels(text) == [
        "Ankommen, Orientierung und Erstberatung",
        "Sprache und Bildung",
        "Wohnen und Zusammenleben in den Kommunen",
        "Gesundheit",
    ]


BOXED = (
    "Nr. Handlungsfeld\n\n"
    "Stand 2027 Schwerpunkt 2028–2031\n\n"
    "1\n\n2\n\n"
    "Sprache und Bildung\n\nweitgehend erreicht\n\nÜbergang Kita – Schule\n\n"
    "Arbeit und Qualifizierung\n\nteilweise erreicht\n\nAnerkennung,\nTeilzeitausbildung\n\n"
    "3 Wohnen und Nachbarschaft\n\nteilweise erreicht\n\nWohnungen in der Altstadt,\n\n"
    "4\n\n5\n\n"
    "Freizeit, Sport und Kultur\n\nerreicht\n\nVereine, Stadtbibliothek\n\n"
    "Gesundheit\n\n–\n\nSprachmittlung, Kinderärzte\n\n"
    "Stadtteilarbeit Nord\n"
)


def test_a_numbered_table_in_boxes_the_numbers_of_a_few_rows_together() -> None:
    assert labels(HEAD + BOXED + TAIL) == [
        "Sprache und Bildung",
        "Arbeit und Qualifizierung",
        "Wohnen und Nachbarschaft",
        "Freizeit, Sport und Kultur",
        "Gesundheit",
    ]


def test_a_boxed_table_with_all_numbers_before_its_cells_and_a_column_set_after_them() -> None:
    # the rows' first two columns in pairs, the last column's boxes after them all
    text = (
        "Nr. Handlungsfeld\n\nStand 2027 Schwerpunkt\n\n1\n\n2\n\n3\n\n"
        "Sprache und Bildung\n\nweitgehend erreicht\n\nArbeit und Qualifizierung\n\nteilweise erreicht\n\n"
        "Wohnen und Nachbarschaft\n\nerreicht\n\n2028–2031\n\nÜbergang Kita –\nSchule\n\nAnerkennung\n\n"
        "Wohnungen in der\nAltstadt\n"
    )
    assert labels(HEAD + text + TAIL) == [
        "Sprache und Bildung",
        "Arbeit und Qualifizierung",
        "Wohnen und Nachbarschaft",
    ]


def test_the_same_boxes_under_a_header_of_measures_name_no_field() -> None:
    lead = HEAD.replace("2. Handlungsfelder\nDas Konzept hat fünf Handlungsfelder:", "2. Maßnahmen\nDie Übersicht:")
    assert labels(lead + BOXED.replace("Handlungsfeld", "Maßnahme") + TAIL) == []


def test_a_prepositional_rest_goes_with_the_name_where_the_sentence_goes_on_with_a_capital() -> None:
    # "in den Stadtteilen" is the name's ("Geflüchteter …" the sentence's rest); an office and its
    # number wrapped onto a line of their own go on with no name ("Amt 50 / Städte")
    text = (
        HEAD
        + (
            "Handlungsfeld Leitziel 2031 Federführung\n"
            "Wohnen und Zusammenleben Kein Stadtteil hat einen Anteil Amt für Wohnungsbau\n"
            "in den Stadtteilen Geflüchteter über zehn Prozent.\n"
            "Arbeit und Zusammenleben in den Kein Haushalt lebt länger als zwei Jahre\n"
            "Amt 50 / Städte\n"
            "Gemeinden in einer Unterkunft. und Gemeinden\n"
            "Gesundheit Die Sprachmittlung steht allen offen. Gesundheitsamt\n"
        )
        + TAIL
    )
    assert labels(text) == [
        "Wohnen und Zusammenleben in den Stadtteilen",
        "Arbeit und Zusammenleben in den Gemeinden",
        "Gesundheit",
    ]


def test_boxes_set_column_by_column_leave_no_office_as_a_name() -> None:
    # the names of three rows, then their offices, then two more of each: no count of boxes a row
    # leaves a name at the head of every row, and an office is no name
    text = (
        "Nr. Handlungsfeld\n\nFederführung\n\n1\n\n2\n\n3\n\n4\n\n5\n\n"
        "Sprache und Bildung\n\nArbeit und Wirtschaft\n\nWohnen im Quartier\n\n"
        "Amt für Schule\n\nJobcenter Lindenau\n\nAmt für Stadtentwicklung\n\n"
        "Gesundheit\n\nKultur und Sport\n\nGesundheitsamt\n\nKulturamt\n"
    )
    assert labels(HEAD + text + TAIL) == []
