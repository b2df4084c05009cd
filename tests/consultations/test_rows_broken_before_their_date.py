"""Numbered Beratungsfolge lines ("1) body – nö – role am date") set narrower than they were written:
a line breaks after the filler word before its date and the date opens the next line. The row is read
whole. Near miss: a line ending in "am" over a line without a date gives its body no date. Every case
is invented."""

from __future__ import annotations

from tests.consultations.test_header_forms import facts

ROWS = (
    "Beratungsfolge:\n"
    "1) Ausschuss für Bildung, Sport und Ehrenamt – nö – Vorberatung am\n"
    "14.09.2027\n"
    "2) Ortschaftsrat Unterweiler – ö – Anhörung am 16.09.2027\n"
    "3) Gemeinderat – ö – Beschlussfassung vom\n"
    "28.09.2027\n"
)


def test_rows_broken_before_their_date() -> None:
    assert facts(ROWS) == [
        ("Ausschuss für Bildung, Sport und Ehrenamt", "2027-09-14", "preliminary", False),
        ("Ortschaftsrat Unterweiler", "2027-09-16", "deliberation", True),
        ("Gemeinderat", "2027-09-28", "decision", True),
    ]


def test_a_filler_word_over_a_line_without_a_date_joins_nothing() -> None:
    text = (
        "Beratungsfolge:\n"
        "1) Gemeinderat – ö – Beschlussfassung am\n"
        "Nachmittag der Klausurtagung\n"
        "2) Ortschaftsrat Unterweiler – ö – Anhörung am 16.09.2027\n"
    )
    assert [row for row in facts(text) if row[0] == "Gemeinderat"] == []
