"""Beratungsfolgen of six forms: a table whose dates give the weekday, the day, a month cut short or in full and a
year of two digits ("Di 04. Mai 27", "Mo 26. Apr 27") under "Beratung am"; a header's parallel labelled lines, each
label's values parted by slashes and zipped by position, the year only on the last date; a drawn grid whose status
column says "ja" / "nein", a remark's bracket with a second date under a row's date; a group row of a body's head
word in the plural over rows indented under it that give a place and a date only; a row naming two bodies of one
kind and two days of one month ("Ortsräte Nord und" / "Süd" beside "Di/Do," / "04./06.05.2027"); a body with a
district's number of three digits, single-spaced. And the near misses that read otherwise. Every case is invented:
other towns, other names, other dates, the same forms."""

from __future__ import annotations

from tests.consultations.test_cells_beside_wrapped_names import rows

WEEKDAYS = (
    "Beratung am          Gremium                                Art der Beratung  Sitzung\n"
    "Mo 12. Apr 27        Stadtvorstand                          Kenntnisnahme     nicht öffentl.\n"
    "Di 20. Apr 27        Beirat für Teilhabe                    Anhörung          öffentl.\n"
    "Mi 05. Mai 27        Ausschuss für Bildung und Soziales     Vorberatung       öffentl.\n"
    "Do 17. Jun 27        Gemeinderat                            Entscheidung      öffentl.\n"
)


def test_weekday_dates_with_short_months_and_years_of_two() -> None:
    assert rows(WEEKDAYS) == [
        ("Stadtvorstand", "2027-04-12", "information", False),
        ("Beirat für Teilhabe", "2027-04-20", "deliberation", True),
        ("Ausschuss für Bildung und Soziales", "2027-05-05", "preliminary", True),
        ("Gemeinderat", "2027-06-17", "decision", True),
    ]


SLASHED = (
    "Vorlage an:       Seniorenbeirat / Kulturausschuss / Finanzausschuss / Stadtrat\n"
    "Sitzungstermin:   03.03. / 17.03. / 31.03. / 21.04.2026\n"
    "Öffentlichkeit:   ö / ö / nö / ö\n"
    "Zuständigkeit:    Empfehlung / Vorberatung / Vorberatung / Beschluss\n"
)


def test_parallel_slashed_lines_zipped_by_position() -> None:
    assert rows(SLASHED) == [
        ("Seniorenbeirat", "2026-03-03", "preliminary", True),
        ("Kulturausschuss", "2026-03-17", "preliminary", True),
        ("Finanzausschuss", "2026-03-31", "preliminary", False),
        ("Stadtrat", "2026-04-21", "decision", True),
    ]


def test_a_slashed_name_hyphenated_at_the_line_end() -> None:
    wrapped = SLASHED.replace("/ Stadtrat\n", "/ Gemeinde-\nrat\n")
    assert [r[0] for r in rows(wrapped)][-1] == "Gemeinderat"


def test_slashed_lines_that_do_not_pair_read_nothing() -> None:
    uneven = SLASHED.replace("03.03. / 17.03. / ", "17.03. / ")  # three dates for four bodies
    backwards = SLASHED.replace("03.03. / 17.03.", "17.03. / 03.03.")  # the dates run back
    assert rows(uneven) == []
    assert rows(backwards) == []


GRID = (
    "Beratungsfolge\n"
    "+------------------------------------------+-------------------------+------------------+-------+\n"
    "| Gremium                                  | Sitzung am              | Behandlung       | öffl. |\n"
    "+------------------------------------------+-------------------------+------------------+-------+\n"
    "| Ortschaftsrat Oberdorf                   | 04.05.2027              | Anhörung         | ja    |\n"
    "| Ausschuss für Umwelt, Verkehr und        | 12.05.2027              | Vorberatung      | ja    |\n"
    "| Ordnung                                  |                         |                  |       |\n"
    "| Verwaltungsausschuss                     | 26.05.2027              | Vorberatung      | nein  |\n"
    "| Gemeinderat                              | 09.06.2027              | Beschlussfassung | ja    |\n"
    "|                                          | (Ersatztermin 23.06.2027)|                  |       |\n"
    "+------------------------------------------+-------------------------+------------------+-------+\n"
)


def test_yes_and_no_under_a_status_column_and_a_remark_under_a_date() -> None:
    assert rows(GRID) == [
        ("Ortschaftsrat Oberdorf", "2027-05-04", "deliberation", True),
        ("Ausschuss für Umwelt, Verkehr und Ordnung", "2027-05-12", "preliminary", True),
        ("Verwaltungsausschuss", "2027-05-26", "preliminary", False),
        ("Gemeinderat", "2027-06-09", "decision", True),
    ]


def test_yes_under_a_result_column_is_no_status() -> None:
    results = (
        "Gremium                           Datum         Zuständigkeit    Ergebnis\n"
        "Verwaltungsausschuss              26.05.2027    Vorberatung      ja\n"
        "Gemeinderat                       09.06.2027    Entscheidung     ja\n"
    )
    assert [r[3] for r in rows(results)] == [None, None]


GROUPED = (
    "Gremium                                   Datum        Ö/N   Zuständigkeit\n"
    "Jugendhilfeausschuss                      13.04.2027   Ö     Vorberatung\n"
    "Ortsbeiräte                                            Ö     Anhörung\n"
    "   Kirchberg                              19.04.2027\n"
    "   Unterhausen-West                       21.04.2027\n"
    "Stadtrat                                  11.05.2027   Ö     Entscheidung\n"
)


def test_places_indented_under_a_group_row_of_a_plural_head() -> None:
    assert rows(GROUPED) == [
        ("Jugendhilfeausschuss", "2027-04-13", "preliminary", True),
        ("Ortsbeirat Kirchberg", "2027-04-19", "deliberation", True),
        ("Ortsbeirat Unterhausen-West", "2027-04-21", "deliberation", True),
        ("Stadtrat", "2027-05-11", "decision", True),
    ]


def test_places_under_a_group_row_single_spaced() -> None:
    flat = "\n".join(" ".join(line.split()) for line in GROUPED.split("\n"))  # a PDF's text layer: no indent
    assert [r[0] for r in rows(flat)] == [
        "Jugendhilfeausschuss",
        "Ortsbeirat Kirchberg",
        "Ortsbeirat Unterhausen-West",
        "Stadtrat",
    ]


def test_rows_with_their_own_status_under_a_dateless_plural_stay() -> None:
    own = GROUPED.replace("   Kirchberg                              19.04.2027", "Kirchberg   19.04.2027   Ö")
    own = own.replace("   Unterhausen-West                       21.04.2027", "Unterhausen-West   21.04.2027   Ö")
    assert "Ortsbeirat Kirchberg" not in [r[0] for r in rows(own)]


PAIRED = (
    "Gremium                                  Termin            Zuständigkeit     Status\n"
    "Sozialausschuss                          Mo, 03.05.2027    Vorberatung       ö\n"
    "Ortsräte Lindenhof und                   Di/Do,            Anhörung          ö\n"
    "Am Mühlbach                              04./06.05.2027\n"
    "Stadtrat                                 Mo, 17.05.2027    Entscheidung      ö\n"
)


def test_two_bodies_of_one_kind_and_two_days_in_one_row() -> None:
    assert rows(PAIRED) == [
        ("Sozialausschuss", "2027-05-03", "preliminary", True),
        ("Ortsrat Lindenhof", "2027-05-04", "deliberation", True),
        ("Ortsrat Am Mühlbach", "2027-05-06", "deliberation", True),
        ("Stadtrat", "2027-05-17", "decision", True),
    ]


def test_two_bodies_and_two_days_single_spaced() -> None:
    flat = "\n".join(" ".join(line.split()) for line in PAIRED.split("\n"))  # a PDF's text layer: one space a gap
    assert rows(flat)[1:3] == [
        ("Ortsrat Lindenhof", "2027-05-04", "deliberation", True),
        ("Ortsrat Am Mühlbach", "2027-05-06", "deliberation", True),
    ]


def test_one_body_over_two_days_stays_one_meeting() -> None:
    retreat = (
        "Gremium                                  Termin            Zuständigkeit     Status\n"
        "Stadtrat (Klausur)                       03./04.06.2027    Beratung          nö\n"
        "Stadtrat                                 Mo, 21.06.2027    Entscheidung      ö\n"
    )
    assert [(r[0], r[1]) for r in rows(retreat)] == [("Stadtrat (Klausur)", "2027-06-03"), ("Stadtrat", "2027-06-21")]


def test_a_district_number_of_three_digits_inside_a_single_spaced_name() -> None:
    flat = (
        "Beratungsfolge Sitzungstermin Status\n"
        "Stadtbezirksrat im Stadtbezirk 120 Östliche Vorstadt 03.05.2027 Ö\n"
        "Verwaltungsausschuss (Vorberatung) 18.05.2027 N\n"
    )
    assert [(r[0], r[1]) for r in rows(flat)] == [
        ("Stadtbezirksrat im Stadtbezirk 120 Östliche Vorstadt", "2027-05-03"),
        ("Verwaltungsausschuss", "2027-05-18"),
    ]


def test_yes_in_the_status_place_of_a_single_spaced_row() -> None:
    flat = (
        "Beratungsfolge:\n"
        "lfd. Sitzungstag Gremium Beratungsziel öffentlich\n"
        "1 Dienstag, 13.04.2027 Jugendhilfeausschuss Vorberatung ja\n"
        "2 Mittwoch, 28.04.2027 Kreisausschuss Vorberatung nein\n"
        "3 Mittwoch, 19.05.2027 Kreistag Beschlussfassung ja\n"
    )
    assert [r[3] for r in rows(flat)] == [True, False, True]


def test_a_preparing_committee_of_lower_saxony() -> None:
    first = (
        "Datum        Gremium                                            Zuständigkeit   Ö/N\n"
        "02.03.2026   Ausschuss für Jugend und Integration               Vorberatung     Ö\n"
        "17.03.2026   Verwaltungsausschuss                               Vorbereitung    N\n"
        "31.03.2026   Rat der Gemeinde                                   Entscheidung    Ö\n"
    )
    assert rows(first)[1] == ("Verwaltungsausschuss", "2026-03-17", "preliminary", False)
