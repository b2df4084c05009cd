"""Beratungsfolgen of four layouts: lines of body, dot leaders, date and time and role letters under a plural
label of the meetings' dates ("Sitzungstermine:"); a table whose dates a council system printed as ISO dates
and whose status column says "ja" or "nein"; bodies each over a line whose date is written out after the
weekday ("am Freitag, dem 7. März 2031"); and a table of codes, abbreviations and spaced dates parted by dashes,
its header in brackets after the heading and a footnote spelling the abbreviations out."""

from __future__ import annotations

import re

from tests.consultations.test_consultations import run

PLURAL_LABEL = (
    "Stadt Kornfeld\nBeschlussvorlage\n\n"
    "Sitzungstermine:\n"
    "  Seniorenbeirat .................. 03.03.2031, 15:00 Uhr     B     ö\n"
    "  Hauptausschuss .................. 11.03.2031, 17:30 Uhr     V     nö\n"
    "  Stadtrat ........................ 27.03.2031, 18:00 Uhr     E     ö\n\n"
    "  Legende: V = Vorberatung, B = Beratung, E = Entscheidung\n\n"
    "Betreff: Ein Leitbild für das Quartier am Mühlbach\n"
)


def test_lines_under_a_plural_label_of_meeting_dates() -> None:
    _, rows = run(PLURAL_LABEL)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Seniorenbeirat", "2031-03-03", "deliberation", True),
        ("Hauptausschuss", "2031-03-11", "preliminary", False),
        ("Stadtrat", "2031-03-27", "decision", True),
    ]


def test_a_singular_date_label_heads_no_lines() -> None:
    _, rows = run(PLURAL_LABEL.replace("Sitzungstermine:", "Sitzungstermin: siehe unten"))
    assert [r.body for r in rows if r.method.startswith("table")] == []


ISO_TABLE = (
    "Beratungsfolge\n"
    "  Gremium                Sitzungstag   öff.   Behandlung\n"
    "  Bauausschuss           2031-04-02    ja     Vorberatung\n"
    "  Verwaltungsausschuss   2031-04-15    nein   Vorberatung\n"
    "  Rat                    2031-04-29    ja     Beschluss\n\n"
    "Beschlussvorschlag\nDer Rat stimmt dem Radwegekonzept zu.\n"
)


def test_iso_dates_and_yes_or_no_under_the_status_column() -> None:
    _, rows = run(ISO_TABLE)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Bauausschuss", "2031-04-02", "preliminary", True),
        ("Verwaltungsausschuss", "2031-04-15", "preliminary", False),
        ("Rat", "2031-04-29", "decision", True),
    ]


def test_yes_or_no_outside_the_status_column_says_nothing() -> None:
    table = ISO_TABLE.replace("öff.  ", "Anlage").replace("öff.", "Anl.")
    _, rows = run(table)
    assert [r.public for r in rows] == [None, None, None]


def test_an_iso_date_inside_a_code_is_no_date() -> None:
    _, rows = run(ISO_TABLE.replace("2031-04-02 ", "A-2031-04-02"))
    assert "2031-04-02" not in [r.meeting_date for r in rows]


WRITTEN_OUT = (
    "Beratungsfolge:\n"
    "   Umwelt- und Planungsausschuss\n"
    "        am Freitag, dem 7. März 2031, öffentliche Sitzung – zur Vorberatung\n"
    "   Gemeinderat\n"
    "        am Donnerstag, den 20. März 2031, nichtöffentliche Sitzung – zur Beschlussfassung\n\n"
    "Begründung:\nDer Plan liegt bei.\n"
)


def test_dates_written_out_after_the_weekday() -> None:
    _, rows = run(WRITTEN_OUT)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Umwelt- und Planungsausschuss", "2031-03-07", "preliminary", True),
        ("Gemeinderat", "2031-03-20", "decision", False),
    ]


DASHED = (
    "Beratungsfolge (TOP – Gremium – Datum)²\n"
    "    Ö 3    –  SBA   –  02. 09. 2031\n"
    "    N 8    –  KA    –  16. 09. 2031\n"
    "    Ö 6    –  KT    –  30. 09. 2031\n\n"
    "² SBA = Schul- und Bildungsausschuss, KA = Kreisausschuss, KT = Kreistag, WA = Werkausschuss;\n"
    "  Ö/N = öffentliche/nichtöffentliche Sitzung.\n\n"
    "Beschlussvorschlag\nDer Kreistag beschließt den Schulentwicklungsplan.\n"
)


def test_dashed_rows_of_abbreviations_spelled_out_by_a_footnote() -> None:
    _, rows = run(DASHED)
    assert [(r.body, r.meeting_date, r.public) for r in rows] == [
        ("Schul- und Bildungsausschuss", "2031-09-02", True),
        ("Kreisausschuss", "2031-09-16", False),
        ("Kreistag", "2031-09-30", True),
    ]


def test_short_words_without_a_legend_name_no_body() -> None:
    _, rows = run(DASHED.split("\n\n")[0] + "\n\nBeschlussvorschlag\nDer Kreistag beschließt.\n")
    assert [r.body for r in rows] == []


def test_dashed_rows_with_their_gaps_closed() -> None:
    _, rows = run(re.sub(r"(?<=\S) {2,}", " ", DASHED))  # a PDF tool's export sets one space for a gap
    assert [(r.body, r.meeting_date) for r in rows] == [
        ("Schul- und Bildungsausschuss", "2031-09-02"),
        ("Kreisausschuss", "2031-09-16"),
        ("Kreistag", "2031-09-30"),
    ]
