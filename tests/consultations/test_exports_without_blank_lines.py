"""Beratungsfolgen as text exports set them, single-spaced and without the blank lines of the page: a table ends
at the heading of the next one over its header ("Weitere Beratungsfolge") and at a label of its own line ending
in a colon right under the rows; a drawn rule's last glyphs wrapped onto a line of their own ("┄┄") are no name;
items under a plural head word are named by it over the blank lines an export sets between every line; a header
stacking the weekday and time under the date's word and the place under the bodies' ("Datum Gremium" over
"Wochentag, Sitzungsort") has each row's second line open with the weekday and time, the place the last line
of the bodies' cell."""

from __future__ import annotations

from tests.consultations.test_consultations import run

END = "Beschlussvorschlag\nDer Rat beschließt das Konzept.\n"


def _rows(text: str) -> list[tuple[str, str | None]]:
    return [(r.body, r.meeting_date) for r in run(text)[1]]


def test_heading_of_the_next_table_ends_the_first() -> None:
    text = (
        "Bisheriger Beratungsverlauf\nGremium Sitzung Ö/N Ergebnis\n"
        "Seniorenbeirat 02.03.2028 Ö empfohlen\n"
        "Ausschuss für Kultur 09.03.2028 Ö zurückgestellt\n"
        "Weitere Beratungsfolge (diese Vorlage)\nGremium Sitzung Ö/N Zuständigkeit\n"
        "Ausschuss für Kultur 04.05.2028 Ö Vorberatung\n"
        "Rat der Stadt Musterhausen 25.05.2028 Ö Beschluss\n" + END
    )
    assert sorted(_rows(text)) == [
        ("Ausschuss für Kultur", "2028-03-09"),
        ("Ausschuss für Kultur", "2028-05-04"),
        ("Rat der Stadt Musterhausen", "2028-05-25"),
        ("Seniorenbeirat", "2028-03-02"),
    ]


def test_wrapped_name_over_a_repeated_header_goes_on() -> None:
    """A name's rest, not a heading, before the header again after a page break: the table goes on."""
    text = (
        "Beratungsfolge\nGremium Sitzung Ö/N Zuständigkeit\n"
        "Ausschuss für Kultur, Sport 04.05.2028 Ö Vorberatung\n"
        "und Freizeit\nGremium Sitzung Ö/N Zuständigkeit\n"
        "Rat der Stadt Musterhausen 25.05.2028 Ö Beschluss\n" + END
    )
    assert _rows(text) == [
        ("Ausschuss für Kultur, Sport und Freizeit", "2028-05-04"),
        ("Rat der Stadt Musterhausen", "2028-05-25"),
    ]


def test_label_under_the_rows_ends_the_table() -> None:
    text = (
        "Beratungsfolge:\nNr. Gremium Termin ö/nö Zuständigkeit\n"
        "1 Ausschuss für Soziales, Jugend und Mi 16.06.2028, 15:00 Uhr ö Vorberatung\nIntegration\n"
        "2 Stadtrat Juli 2028 (Termin folgt) ö Beschluss\n"
        "Beteiligung der Beiräte (schriftliches Verfahren):\n"
        "Beirat Frist für die Stellungnahme Stand\n"
        "Seniorenbeirat 04.06.2028 angefordert\n" + END
    )
    assert not any(body.startswith("Beirat") for body, _ in _rows(text))
    assert ("Ausschuss für Soziales, Jugend und Integration", "2028-06-16") in _rows(text)


def test_drawn_rule_wrapped_onto_its_own_line() -> None:
    rule = "┄" * 60
    text = (
        "Verfahrensvermerke (Beratungsfolge)\n\n" + rule + "\n\n┄┄\n"
        "Ortschaftsrat Nordheide am 25.05.2028 Anhörung öffentlich\n"
        "☐ zugestimmt ☐ abgelehnt\n\n" + rule + "\n\n┄┄\n"
        "Stadtrat am 01.07.2028 Beschluss öffentlich\n\n" + END
    )
    assert _rows(text) == [("Ortschaftsrat Nordheide", "2028-05-25"), ("Stadtrat", "2028-07-01")]


def test_plural_head_over_items_set_apart() -> None:
    text = (
        "Beratungsfolge Termin Zuständigkeit Status\n\n"
        "Integrationsbeirat 23.03.2028 Anhörung ö\n\n"
        "Ortschaftsräte (Anhörung nach § 70 Abs. 1 GemO):\n\n"
        "– Bohlingen 24.03.2028 Anhörung ö\n\n"
        "– Überlingen am Ried 25.03.2028 Anhörung ö\n\n"
        "Gemeinderat 28.04.2028 Beschluss ö\n\n" + END
    )
    assert ("Ortschaftsrat Bohlingen", "2028-03-24") in _rows(text)
    assert ("Ortschaftsrat Überlingen am Ried", "2028-03-25") in _rows(text)


def test_weekday_time_and_place_stacked_under_the_header() -> None:
    text = (
        "Beratungsfolge:\nDatum Gremium Zuständigkeit Ö/N\nWochentag, Sitzungsort\nUhrzeit\n" + "-" * 60 + "\n"
        "10.05.2028 Migrations- und Integrationsbeirat des Landkreises Anhörung Ö\n"
        "Mo, 16:00 Nordheim\nKreishaus Nordheim, Sitzungssaal\n"
        "18.05.2028 Ausschuss für Soziales, Gesundheit und Integration Vorberatung Ö\n"
        "Do, 15:00 Kreishaus Nordheim, Sitzungssaal\n"
        "24.06.2028 Kreistag Entscheidung Ö\n"
        "Do, 15:00 Kreishaus Nordheim, Großer Sitzungssaal\n\n" + END
    )
    assert _rows(text) == [
        ("Migrations- und Integrationsbeirat des Landkreises Nordheim", "2028-05-10"),
        ("Ausschuss für Soziales, Gesundheit und Integration", "2028-05-18"),
        ("Kreistag", "2028-06-24"),
    ]


def test_no_place_word_under_the_header_keeps_the_rows_lines() -> None:
    """The line under the header names no place: a row's wrapped line after its weekday and time is its name's."""
    text = (
        "Beratungsfolge:\nDatum Gremium Zuständigkeit Ö/N\n"
        "10.05.2028 Ausschuss für Kultur, Sport Vorberatung Ö\n"
        "Mo, 16:00 und Freizeit\n"
        "24.06.2028 Kreistag Entscheidung Ö\n\n" + END
    )
    assert _rows(text) == [("Ausschuss für Kultur, Sport und Freizeit", "2028-05-10"), ("Kreistag", "2028-06-24")]
