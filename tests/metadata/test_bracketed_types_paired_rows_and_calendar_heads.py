"""Header forms: the type and id in brackets under a letter-spaced heading ("T I S C H V O R L A G E" over
"(Beschlussvorlage BV-0412/31)"); a type word and its id ending a letterhead's line flattened into single
spaces ("STADT GOSLAR Beschlussvorlage 31/117"); a row of one-word labels over a row of as many one-word
values, both flattened, paired word by word; and a calendar of sittings as the heading after the subject
("Sitzungskalender der Beratung"), where the subject ends."""

from __future__ import annotations

import re

import pytest

from tests.metadata.test_metadata import check, extract

TABLED = """Stadt Lindenhain
Der Bürgermeister

                                        T I S C H V O R L A G E
                                      (Beschlussvorlage BV-0412/31)

Datum:            14.06.2031
Öffentlichkeit:   öffentlich

Betreff:
Radverkehrskonzept 2040 – Beschluss des Konzepts

Beschlussvorschlag:
Der Stadtrat beschließt das Konzept.
"""


@pytest.mark.parametrize("flat", [False, True], ids=["gaps", "single-spaced"])
def test_type_and_id_in_brackets_under_a_spaced_heading(flat: bool) -> None:
    text = (
        re.sub(r"(?m)^ +| {2,}", lambda m: "" if m.start() == 0 or m[0][0] == "\n" else " ", TABLED) if flat else TABLED
    )
    check(text, {"doc_number": "BV-0412/31", "doc_date": "2031-06-14"})


LETTERHEAD = """STADT GOSLAR{gap}Beschlussvorlage 31/117
Der Oberbürgermeister{gap}öffentlich
Dezernat 3 – Soziales{gap}Goslar, 09.02.2031

Betreff: Integrationskonzept – Handlungsfelder der Fortschreibung

Beratungsfolge
Rat 22.03.2031 Beschluss
"""


@pytest.mark.parametrize("gap", ["                    ", " "], ids=["gaps", "single-spaced"])
def test_type_word_and_id_ending_a_flattened_letterhead_line(gap: str) -> None:
    check(LETTERHEAD.format(gap=gap), {"doc_number": "31/117", "doc_date": "2031-02-09"})


PAIRED = """Magistrat der Stadt Lindenhain
Fachbereich 2 – Soziales

VORLAGENART{gap}VORLAGE-NR.{gap}DATUM{gap}AKTENZEICHEN
Magistratsvorlage{gap}2031/0034{gap}18.01.2031{gap}2.3-451-07

Betreff: Integrationskonzept – Eckpunkte

Beratungsfolge
Magistrat 25.01.2031 Beschluss
"""


@pytest.mark.parametrize("gap", ["      ", " "], ids=["gaps", "single-spaced"])
def test_labels_over_values_paired_word_by_word(gap: str) -> None:
    check(PAIRED.format(gap=gap), {"doc_number": "2031/0034", "doc_date": "2031-01-18"})


@pytest.mark.parametrize(
    "old,new",
    [
        ("Magistratsvorlage 2031/0034", "Vorlage des Magistrats 2031/0034"),  # more values than labels
        ("18.01.2031 2.3-451-07", "2.3-451-07 18.01.2031"),  # the date under another label
    ],
    ids=["more-values", "under-another-label"],
)
def test_values_that_do_not_pair_with_the_date_label_give_no_date(old: str, new: str) -> None:
    assert "doc_date" not in extract(PAIRED.format(gap=" ").replace(old, new))


def test_capitalised_labels_over_values_paired_word_by_word() -> None:
    """Labels each one capitalised word ("Vorlagenart Vorlagennummer Datum Status") pair as capitals do; a line of
    words with a link word among them is no row of labels."""
    text = PAIRED.format(gap=" ").replace(
        "VORLAGENART VORLAGE-NR. DATUM AKTENZEICHEN", "Vorlagenart Nummer Datum Zeichen"
    )
    check(text, {"doc_date": "2031-01-18"})
    prose = text.replace("Vorlagenart Nummer Datum Zeichen", "Vorlagen und Datum Zeichen")
    assert "doc_date" not in extract(prose)


COLUMN = """STADT LINDENHAIN                                      Gemeinderatsdrucksache
Dezernat III – Bürgermeister Dr. Paul Merz            DS 2031/208
Amt für Familie und Soziales (Amt 40)                 vom 14.03.2031
Sachbearbeitung: Jana Holt                            öffentlich

Betreff
Integrationskonzept – Eckpunkte
"""


def test_a_date_after_vom_in_the_numbers_column_under_it() -> None:
    check(COLUMN, {"doc_number": "DS 2031/208", "doc_date": "2031-03-14"})
    # "vom" at the left, in another column: a date of something else
    moved = COLUMN.replace(
        "Amt für Familie und Soziales (Amt 40)                 vom 14.03.2031", "Beschluss vom 14.03.2031"
    )
    assert "doc_date" not in extract(moved)


CALENDAR = """STADTVERWALTUNG LINDENHAIN
BESCHLUSSVORLAGE Vorlage-Nr. 0219/2031
Datum 02.02.2031
Betreff
Integrationskonzept „Lindenhain gemeinsam“ – Handlungsfelder der
Fortschreibung
2031–2035 und Vergabe der Prozessbegleitung
Sitzungskalender der Beratung
Februar 2031
Mo 24. 18:00 Ortsbeirat Nord Anhörung öffentlich
März 2031
Do 13. 15:00 Stadtrat Entscheidung öffentlich
Beschlussvorschlag
Der Stadtrat beschließt.
"""


def test_a_calendar_of_sittings_ends_the_subject() -> None:
    check(
        CALENDAR,
        {
            "subject": "Integrationskonzept „Lindenhain gemeinsam“ – Handlungsfelder der Fortschreibung 2031–2035 "
            "und Vergabe der Prozessbegleitung"
        },
    )
