"""A flattened Beratungsfolge's header read by its column words and its rows by the line's structure:
a bar in the text after the table makes no gap header, a heading that doubles as the bodies' column
word before a first row "Ausschuss für …", a second roles' column named by a compound, a cell before
the first row that the last row carries after its body, a session column run together with the body,
a page's foot and the next page's head between the rows."""

from __future__ import annotations

import re

import pytest

from extractors import load_resources
from extractors.consultations.flat import namelike, without_page_breaks
from extractors.consultations.headers import header
from extractors.consultations.vocab import vocab
from tests.consultations.test_consultations import run

HEAD = "Vorlage Nr. 2026/204\nFachbereich: Stadtentwicklung\nDatum: 12.01.2026\n\n"


def flat(text: str) -> list[tuple[str, str | None, str | None, bool | None]]:
    """The rows read from the text with its whitespace collapsed to one line."""
    _, found = run(re.sub(r"\s+", " ", HEAD + text) + "\n")
    return [(r.body, r.meeting_date, r.role, r.public) for r in found]


def test_a_bar_in_the_text_after_the_table_makes_no_gap_header() -> None:
    text = """Beratungsfolge:
Termin      Gremium                    Behandlung
03.02.2026  Seniorenbeirat             öffentlich, Anhörung
17.02.2026  Ausschuss für Wirtschaft   öffentlich, Vorberatung
03.03.2026  Gemeinderat                öffentlich, Entscheidung

Kurzfassung
Themen: Wohnen | Arbeit | Mobilität
"""
    assert flat(text) == [
        ("Seniorenbeirat", "2026-02-03", "deliberation", True),
        ("Ausschuss für Wirtschaft", "2026-02-17", "preliminary", True),
        ("Gemeinderat", "2026-03-03", "decision", True),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ausschuss für Soziales und allgemeine Stiftungsangelegenheiten", True),
        ("Ausschuss für öffentliche Ordnung und Sicherheit", True),
        ("Die vorgelegten Unterlagen", False),
        ("Ausschuss für weitere Beratungen vorgelegt", False),
        ("Der Rat hat beschlossen", False),
    ],
)
def test_a_lower_case_adjective_after_a_link_word_is_a_name_s_word(text: str, expected: bool) -> None:
    assert namelike(text) is expected


def test_the_heading_as_the_bodies_column_word_before_a_first_row_ausschuss_fuer() -> None:
    v = vocab(load_resources())
    found = header("Beratungsfolge Datum Zuständigkeit Ausschuss für Kultur 12.03.2026 Vorberatung", v)
    assert found is not None and found.kinds == ("body", "date", "role")
    text = """Beratungsfolge   Datum        Zuständigkeit
Ausschuss für Kultur und Sport   12.03.2026   Vorberatung
Stadtrat                         26.03.2026   Entscheidung
"""
    assert flat(text) == [
        ("Ausschuss für Kultur und Sport", "2026-03-12", "preliminary", None),
        ("Stadtrat", "2026-03-26", "decision", None),
    ]


def test_a_second_roles_column_named_by_a_compound_is_the_result_s() -> None:
    v = vocab(load_resources())
    found = header("Gremium Datum Beratungsart Beschlussart Kreisausschuss 10.02.2026", v)
    assert found is not None and found.kinds == ("body", "date", "role", "other")
    found = header("Gremium Datum Zuständigkeit Zuständigkeit", v)  # the same word twice: a row begins
    assert found is not None and found.kinds == ("body", "date", "role")


def test_a_cell_before_the_first_row_that_the_last_row_carries_after_it_is_the_header_s() -> None:
    """ "Beratungsfolge Datum Beratung Ausschuss … 19.09.2026 Kenntnisnahme Hauptausschuss 01.10.2026
    Kenntnisnahme": the role word before the first body is the header's, each role the row's before it."""
    text = """Beratungsfolge            Datum         Beratung
Ausschuss für Umwelt,
Klima und Energie         19.09.2026    Kenntnisnahme
Hauptausschuss            01.10.2026    Vorberatung

Sachverhalt:
Die Verwaltung berichtet über den Stand.
"""
    assert flat(text) == [
        ("Ausschuss für Umwelt, Klima und Energie", "2026-09-19", "information", None),
        ("Hauptausschuss", "2026-10-01", "preliminary", None),
    ]


def test_status_before_each_body_stays_with_its_row_where_the_last_row_ends_with_its_date() -> None:
    text = """Beratungsfolge
Gremium                          Datum
Nichtöffentlich  Werkausschuss   04.02.2026
Öffentlich  Stadtrat             18.02.2026
"""
    assert flat(text) == [("Werkausschuss", "2026-02-04", None, False), ("Stadtrat", "2026-02-18", None, True)]


def test_a_session_column_run_together_with_the_body() -> None:
    text = """Beratungsfolge
Gremium\tSitzung\tSitzungsdatum\tö / nö\tBeratungstyp
Bauausschuss (Gemeinde Altdorf)\tSitzung des Bauausschusses\t10.03.2026\tö\tvorberatend
Gemeinderat (Gemeinde Altdorf)\tSitzung des Gemeinderates\t24.03.2026\tö\tbeschließend

Sachverhalt
Die Gemeinde plant eine neue Kindertagesstätte.
"""
    assert flat(text) == [
        ("Bauausschuss", "2026-03-10", "preliminary", True),
        ("Gemeinderat", "2026-03-24", "decision", True),
    ]


PAGE_BREAK = """Beratungsfolge:
Gremium                          Sitzungstermin   Ö/N   Beratungsziel
Ortsrat Nord                     13.04.2026       Ö     Anhörung
Ausschuss für Bildung            20.04.2026       Ö     Vorberatung

{foot}
Stadt Altdorf – Drucksache 2026/204

Gremium                          Sitzungstermin   Ö/N   Beratungsziel
Hauptausschuss                   27.04.2026       N     Vorberatung
Stadtrat                         11.05.2026       Ö     Beschlussfassung

Begründung:
Die Schulentwicklungsplanung wird fortgeschrieben.
"""


@pytest.mark.parametrize("foot", ["Drucksache 2026/204    Seite 1 von 2", "- 1 -"])
def test_rows_after_a_page_s_foot_and_the_next_page_s_head(foot: str) -> None:
    assert flat(PAGE_BREAK.format(foot=foot)) == [
        ("Ortsrat Nord", "2026-04-13", "deliberation", True),
        ("Ausschuss für Bildung", "2026-04-20", "preliminary", True),
        ("Hauptausschuss", "2026-04-27", "preliminary", False),
        ("Stadtrat", "2026-05-11", "decision", True),
    ]


def test_the_header_s_words_again_without_a_page_number_are_no_page_break() -> None:
    v = vocab(load_resources())
    rows = "Ortsrat Nord 13.04.2026 Ö Anhörung Gremium Datum Hauptausschuss 27.04.2026 N"
    assert without_page_breaks(rows, "Gremium Datum", v.tokens) == rows
    broken = "Ortsrat Nord 13.04.2026 Ö Anhörung Seite 1 von 2 Gremium Datum Hauptausschuss 27.04.2026 N"
    stepped = without_page_breaks(broken, "Gremium Datum", v.tokens)
    assert len(stepped) == len(broken) and "Seite" not in stepped and "Gremium" not in stepped
    assert stepped.endswith("Hauptausschuss 27.04.2026 N")


def test_a_date_before_the_first_body_is_no_header_s_word() -> None:
    """A sentence's line that opens with a name's cut rest and "am" ("ausschuss am 04.03.2026 und im
    Umweltausschuss am 11.03.2026 - die …") reads as a header and rows; its first date is no header's
    word, and no row is read from the sentence."""
    text = (
        "Beschluss:\n\nAntrag an den Stadtrat\n\nDer Stadtrat beschließt - nach Vorberatung im Bau-\n"
        "ausschuss am 04.03.2026 und im Umweltausschuss am 11.03.2026 - die Erweiterung der\n"
        "Grünanlagen am Stadtgraben.\n"
    )
    _, found = run(text)
    assert not any(r.body.startswith("und ") for r in found)


BLOCKS = """Beratungsfolge:

Gremium:        Ortsbeirat Altstadt
Termin:         Mo, 02.03.2026
Zuständigkeit:  Anhörung
Sitzungsart:    öffentlich

Gremium:        {second}
Termin:         {date}
Zuständigkeit:  Vorberatung
Sitzungsart:    nichtöffentlich

Gremium:        Stadtrat
Termin:         Do, 26.03.2026
Zuständigkeit:  Entscheidung
Sitzungsart:    öffentlich

Beschlussentwurf:
Der Stadtrat beschließt den Radverkehrsplan.
"""


def test_key_value_blocks_flattened_read_as_on_their_lines() -> None:
    text = HEAD + BLOCKS.format(second="Ausschuss für Mobilität", date="Di, 10.03.2026")
    _, by_lines = run(text)
    _, found = run(re.sub(r"\s+", " ", text) + "\n")
    assert [(r.body, r.meeting_date, r.role, r.public) for r in found] == [
        ("Ortsbeirat Altstadt", "2026-03-02", "deliberation", True),
        ("Ausschuss für Mobilität", "2026-03-10", "preliminary", False),
        ("Stadtrat", "2026-03-26", "decision", True),
    ]
    assert [(r.body, r.meeting_date, r.role) for r in found] == [(r.body, r.meeting_date, r.role) for r in by_lines]


def test_flattened_key_value_blocks_without_a_date_in_one_block_give_nothing() -> None:
    """Every block names a body and a date, or none is read: a block whose date is missing leaves the
    blocks unread rather than paired wrongly."""
    text = HEAD + BLOCKS.format(second="Ausschuss für Mobilität", date="wird noch festgelegt")
    _, found = run(re.sub(r"\s+", " ", text) + "\n")
    assert not [r for r in found if r.method == "key_value.blocks"]
    assert not any("Termin" in r.body or "Gremium" in r.body for r in found)


TWO_COLUMNS = """Stadt Altdorf
Vorlagen-Nummer 0815/2026

Mitteilung
öffentlicher Teil

Gremium                                Datum
{rows}

Betreff
Spielplatzkonzept für die Innenstadt
"""


def test_a_header_of_two_columns_inside_a_line_where_its_rows_show_it() -> None:
    rows = "Bezirksvertretung 3 (Nordstadt)       12.05.2026\nJugendhilfeausschuss                   19.05.2026"
    assert flat(TWO_COLUMNS.format(rows=rows)) == [
        ("Bezirksvertretung 3 (Nordstadt)", "2026-05-12", None, None),
        ("Jugendhilfeausschuss", "2026-05-19", None, None),
    ]


@pytest.mark.parametrize(
    "rows",
    [
        "Bezirksvertretung 3 (Nordstadt)       12.05.2026",  # one row: no evidence of the columns
        "Die Sitzung vom 12.05.2026 und die vom 19.05.2026 entfallen",  # a sentence after the words
    ],
)
def test_a_header_of_two_columns_inside_a_line_without_two_rows_reads_nothing(rows: str) -> None:
    assert flat(TWO_COLUMNS.format(rows=rows)) == []
