"""A right-hand block of the header whose gap to the letterhead an export closed to single spaces: the number's
letter code a number label itself after the words of an office ("Dezernat III – Beigeordneter Dr. A. Muster
DS 2031/204"), the date after "vom" ending the line under the number's ("Amt 40 vom 12.05.2031"), and a date's
label alone on its line over a line whose last word is its value ("Datum der Neufassung:" over "Beschlussvorlage
14.05.2031"); with near misses (invented examples)."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import check, extract

BLOCK = """STADT MUSTERHAUSEN Gemeinderatsdrucksache
Dezernat III – Beigeordneter Dr. Anton Muster DS 2031/204
Amt für Bildung und Sport (Amt 40) vom 12.05.2031
Abteilung Schulen öffentlich

Betreff
Neuordnung der Schulsozialarbeit

Beratungsfolge
Schulausschuss 02.06.2031 Vorberatung
Gemeinderat 16.06.2031 Beschluss
"""

REVISED = """STADT MUSTERHAUSEN Vorlage Nr. 0412/2031/1
Der Oberbürgermeister - NEUFASSUNG -
Fachbereich 4 – Bildung ersetzt Vorlage 0412/2031
Marktplatz 1 · 12345 Musterhausen vom 30.04.2031

Datum der Neufassung:
Beschlussvorlage 14.05.2031
öffentlich

Betreff:
Neuordnung der Schulsozialarbeit

Beratungsfolge:
Schulausschuss 02.06.2031 Vorberatung
"""


def test_the_number_with_its_code_and_the_date_under_it_in_a_closed_block() -> None:
    check(BLOCK, {"doc_number": "DS 2031/204", "doc_date": "2031-05-12"})


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("(Amt 40) vom 12.05.2031", "(Amt 40) vom 12.05.2031 bis 30.06.2031"),  # the date ends no line
        ("DS 2031/204\n", "DS 2031/204 Seite 1\n"),  # the number ends no line
        ("Dezernat III – Beigeordneter Dr. Anton Muster DS", "Dezernat III – Beigeordneter Dr. Anton Muster   DS"),
        ("Amt für Bildung und Sport (Amt 40) vom", "Beschluss des Schulausschusses vom"),
    ],
    ids=["date-ending-no-line", "number-ending-no-line", "gapped-number-line", "a-meeting-s-date"],
)
def test_no_date_from_a_vom_that_is_not_the_closed_column(old: str, new: str) -> None:
    assert extract(BLOCK.replace(old, new)).get("doc_date") is None


def test_the_code_of_an_id_after_an_office_is_kept_only_where_it_is_a_number_label() -> None:
    assert extract(BLOCK.replace("DS 2031/204", "XY 2031/204")).get("doc_number") != "XY 2031/204"


def test_a_labelled_date_over_a_closed_line_ending_in_its_value() -> None:
    check(REVISED, {"doc_number": "0412/2031/1", "doc_date": "2031-05-14"})


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Datum der Neufassung:\n", "Datum der Neufassung\n"),  # no colon: no label alone
        ("Beschlussvorlage 14.05.2031", "Beschlussvorlage          14.05.2031 öffentlich"),  # the date ends no line
        ("Beschlussvorlage 14.05.2031", "Sitzung des Rates am 14.05.2031"),  # a meeting's line
    ],
    ids=["no-colon", "date-ending-no-line", "meeting-line"],
)
def test_no_labelled_date_where_the_value_line_is_not_closed_up(old: str, new: str) -> None:
    assert extract(REVISED.replace(old, new)).get("doc_date") != "2031-05-14"
