"""A Beratungsfolge set on its side (a column per meeting, the bodies' names as wrapped column heads, the rows
labelled at the left) as a PDF's text layer gives it with the gaps between its cells closed up; a status wrapped
in brackets under its role ("Vorberatung (nicht" over "öffentlich)") in a row so flattened; the return date of a
circulation procedure on a line of its own, no meeting. Near misses: heads that part into the columns in two ways,
or into names that are no bodies', give nothing."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import run

SIDEWAYS = """Integrationskonzept – Zwischenbilanz

{heading}

{heads}
Termin Mo 03.05.2027 Mi 12.05.2027 Mo 24.05.2027 Mi 09.06.2027
Beginn 17:00 Uhr 16:00 Uhr 15:00 Uhr 16:00 Uhr
Befassung Empfehlung Vorberatung Vorberatung Beschluss
Sitzung öffentlich öffentlich nichtöffentlich öffentlich

Beschlussvorschlag:
Der Kreistag nimmt die Zwischenbilanz zur Kenntnis.
"""

HYPHENATED = """Integrations- Ausschuss für Kreisaus- Kreistag
beirat Soziales, Ge- schuss
sundheit und
Familie"""

BY_LINK_WORDS = """Jugendhilfe- Ausschuss für Bau- Haupt- und Stadtrat
ausschuss und Verkehr Finanzausschuss"""


@pytest.mark.parametrize(
    ("heads", "bodies"),
    [
        (
            HYPHENATED,
            [
                "Integrationsbeirat",
                "Ausschuss für Soziales, Gesundheit und Familie",
                "Kreisausschuss",
                "Kreistag",
            ],
        ),
        (
            BY_LINK_WORDS,
            ["Jugendhilfeausschuss", "Ausschuss für Bau- und Verkehr", "Haupt- und Finanzausschuss", "Stadtrat"],
        ),
    ],
    ids=["cut-words", "link-words"],
)
def test_heads_wrapped_in_their_columns_part_by_their_grammar(heads: str, bodies: list[str]) -> None:
    _, found = run(SIDEWAYS.format(heading="Sitzungsfahrplan", heads=heads))
    rows = [(c.body, c.meeting_date, c.role, c.public) for c in found]
    dates = ["2027-05-03", "2027-05-12", "2027-05-24", "2027-06-09"]
    roles = ["preliminary", "preliminary", "preliminary", "decision"]
    assert rows == list(zip(bodies, dates, roles, [True, True, False, True]))
    assert {c.method for c in found} == {"table.flat_columns"}


LABELLED = """SITZUNGSVORLAGE Nr. 41/2027

Beratungsfolge Verwaltungs- und Ausschuss für Bildung, Gemeinderat
Finanzausschuss Soziales und Kultur
Sitzungstag Dienstag, Mittwoch, Montag,
6. Juli 2027, 18 Uhr 7. Juli 2027, 18 Uhr 19. Juli 2027, 19 Uhr
Sitzungsart nichtöffentlich öffentlich öffentlich
Behandlung Vorberatung Vorberatung Beschlussfassung
Ergebnis ________________ ________________ ________________

Betreff: Teilhabekonzept
"""


def test_heads_led_by_the_bodies_column_word_and_dates_under_their_weekdays() -> None:
    _, found = run(LABELLED)
    assert [(c.body, c.meeting_date, c.role, c.public) for c in found] == [
        ("Verwaltungs- und Finanzausschuss", "2027-07-06", "preliminary", False),
        ("Ausschuss für Bildung, Soziales und Kultur", "2027-07-07", "preliminary", True),
        ("Gemeinderat", "2027-07-19", "decision", True),
    ]


@pytest.mark.parametrize(
    "heads",
    [
        # a comma in one column's name with nothing enumerated after it: no parting names four bodies
        "Integrationsbeirat Bildung, Kreisausschuss Sozialausschuss Kreistag",
        # the columns of a timetable: steps, no bodies
        "Auftakt- Werkstatt Bürger- Abschluss\nveranstaltung Wohnen forum konferenz",
        # fewer heads than dates
        "Integrationsbeirat Kreistag",
    ],
    ids=["comma-not-enumerating", "no-bodies", "fewer-heads"],
)
def test_heads_that_name_no_body_in_each_column_give_nothing(heads: str) -> None:
    _, found = run(SIDEWAYS.format(heading="Sitzungsfahrplan", heads=heads))
    assert not [c for c in found if c.method == "table.flat_columns"]


def test_heads_that_part_in_two_ways_give_nothing() -> None:
    """ "Haupt- und Finanzausschuss Stadtrat Kreistag Bauausschuss" over three dates: two partings name bodies."""
    text = """Sitzungsfahrplan

Sozialausschuss Haupt- und Finanzausschuss Stadtrat
Termin 03.05.2027 12.05.2027 24.05.2027
"""
    heads = "Sozialausschuss Bauausschuss Ortsrat Stadtrat"
    _, found = run(text.replace("Sozialausschuss Haupt- und Finanzausschuss Stadtrat", heads))
    assert not [c for c in found if c.method == "table.flat_columns"]


def test_a_line_of_dates_in_prose_is_no_table() -> None:
    text = """Sachstand

Der Arbeitskreis traf sich viermal.
Termine 03.05.2027 12.05.2027 24.05.2027
"""
    _, found = run(text)
    assert not found


FLAT_ROWS = """Gremium Beratung / Sitzungsart Termin Sitzungsort
Kreisseniorenbeirat Anhörung Mi 14.04.2027 Landratsamt,
15:00 Uhr Raum 2.01
Sozial-, Gesundheits- und Vorberatung Di 20.04.2027 Landratsamt, Bera-
Seniorenausschuss (öffentlich) 17:00 Uhr tungsraum 1
Kreisausschuss Vorberatung (nicht Mo 26.04.2027 Landratsamt, Bera-
öffentlich) 16:30 Uhr tungsraum 1
Kreistag Beschluss Mi 12.05.2027 Sitzungssaal,
(öffentlich) 17:00 Uhr Lindenbühl 28/29

Beschlussvorschlag
"""


def test_a_status_wrapped_in_brackets_under_its_role_in_a_flattened_row() -> None:
    _, found = run(FLAT_ROWS)
    rows = [(c.body, c.meeting_date, c.public) for c in found]
    assert ("Kreisausschuss", "2027-04-26", False) in rows
    assert len(rows) == 4


def test_a_bracket_with_not_closed_on_its_line_and_the_word_after_it() -> None:
    """ "(nicht öffentlich)" whole on the line is the status as ever."""
    _, found = run(FLAT_ROWS.replace("Vorberatung (nicht Mo", "Vorberatung (nicht öffentlich) Mo"))
    assert ("Kreisausschuss", "2027-04-26", False) in [(c.body, c.meeting_date, c.public) for c in found]


CIRCULATION = """Laufweg der Vorlage
Schritt Gremium Termin Befassung
1 Magistrat Umlaufverfahren, Beschluss
Rücklauf bis 07.06.2027 (Ziffern 1–2)
2 Ausländerbeirat Mi., 16.06.2027, 19:00 Uhr Anhörung
3 Haupt- und Finanzausschuss Mi., 23.06.2027, 18:00 Uhr Vorberatung
4 Stadtverordnetenversammlung Do., 01.07.2027, 19:00 Uhr Beschluss

Beschlussvorschlag:
"""


def test_the_return_date_of_a_circulation_procedure_is_no_meeting() -> None:
    _, found = run(CIRCULATION)
    assert not [c for c in found if c.body.startswith("Rücklauf")]
    assert ("Ausländerbeirat", "2027-06-16") in [(c.body, c.meeting_date) for c in found]


def test_heads_right_under_their_heading_as_an_export_without_blank_lines_sets_them() -> None:
    """pdftotext drops the blank lines: the heading's line stands right over the heads, the one run of lines
    over the rows that parts into bodies' names is taken."""
    text = SIDEWAYS.format(heading="Sitzungsfahrplan", heads=HYPHENATED).replace("\n\n", "\n")
    _, found = run(text)
    assert [c.body for c in found if c.method == "table.flat_columns"] == [
        "Integrationsbeirat",
        "Ausschuss für Soziales, Gesundheit und Familie",
        "Kreisausschuss",
        "Kreistag",
    ]
