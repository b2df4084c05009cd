"""Fields as ordinal headings ("Erstes Handlungsfeld: Ankommen und Orientierung") under a numbered
section heading, as pypdf and pdftotext set them: no blank line between the section's heading and the
first field's heading (the colon is that heading's, which names one field, no list of two), the next
section's number set apart on a line of its own ("4." over "Steuerungsgruppe"), the page number joined
to the third heading; and the lead-ins that still lead a list in (invented documents)."""

from __future__ import annotations

from extractors import action_fields
from extractors.resources import default_resources
from tests.action_fields.test_action_fields import labels
from tests.helpers import document, viewed

HEAD = "Landkreis Auenfeld\nVorlage 0212/2028\n\n"
FIELDS = (
    "3. Die Handlungsfelder der Fortschreibung\n"
    "Erstes Handlungsfeld: Ankommen und Orientierung\n"
    "Eine Erstberatung in allen Gemeinden innerhalb von vier Wochen nach der Zuweisung.\n"
    "Zweites Handlungsfeld: Sprache, Kita und Schule\n"
    "Sprachkurse mit Kinderbetreuung auch im Süden des Landkreises.\n"
    "{brk}Drittes Handlungsfeld: Arbeit in der Region\n"
    "Gemeinsame Sprechstunden von Jobcenter und Ausländerbehörde.\n"
)
TAIL = (
    "4.\n\nSteuerungsgruppe Integration\n"
    "Die Steuerungsgruppe begleitet die Umsetzung und tagt zweimal im Jahr.\n"
    "5.\n\nFinanzielle Auswirkungen: ja\n"
    "Aufwand gesamt 2027: 46.300 € | 2028: 51.800 €\n"
)
EXPECTED = ["Ankommen und Orientierung", "Sprache, Kita und Schule", "Arbeit in der Region"]


def test_ordinal_headings_right_under_the_section_heading() -> None:
    assert labels(HEAD + FIELDS.format(brk="") + TAIL) == EXPECTED


def test_ordinal_headings_over_a_page_number_joined_to_a_heading() -> None:
    brk = "Vorlage 0212/2028 Seite 1 von 2\n\n\f-2"
    doc = document(HEAD + FIELDS.format(brk=brk) + TAIL)  # a form feed starts the second page
    assert [f.label for f in viewed(action_fields.extract, doc, default_resources())] == EXPECTED


def test_a_lead_in_with_its_run_in_list_is_still_read() -> None:
    """A colon after the plural noun with no heading of one field between leads in its run-in list."""
    text = (
        HEAD
        + "3. Handlungsfelder\nDas Konzept ordnet die Maßnahmen drei Handlungsfeldern zu: Sprache, Arbeit und Wohnen.\n"
    )
    assert labels(text) == ["Sprache", "Arbeit", "Wohnen"]


def test_a_labelled_line_in_a_sentence_is_no_heading_of_one() -> None:
    """The singular noun inside a sentence, not opening its line, leaves the plural noun's colon its own."""
    text = (
        HEAD + "3. Handlungsfelder\nDie Handlungsfelder, je ein Handlungsfeld für jede Gruppe, sind: Sprache, Arbeit"
        " und Wohnen.\n"
    )
    assert labels(text) == ["Sprache", "Arbeit", "Wohnen"]
