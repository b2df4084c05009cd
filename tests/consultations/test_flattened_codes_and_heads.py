"""Single-spaced Beratungsfolgen as a PDF's text layer gives them: sittings' codes in place of dates, dated by the
paper's calendar of sittings, whose own header of two date columns heads no Beratungsfolge; a header with a column
of no known kind between known ones ("Termin Gremium Teil Befassung"), no row of its own. Near misses: a code the
calendar does not date, or dates twice, leaves its row undated; codes that stand beside dates on every line are
dates of nothing more."""

from __future__ import annotations

from tests.consultations.test_consultations import run

CODES = """Beratungsfolge

Gremium Sitzung TOP Beratungsziel
Integrationsbeirat IB/03/2027 Ö 3 Stellungnahme
Ortsrat Roden OR-RO/04/2027 Ö 5 Anhörung
Ausschuss für Soziales, Integration SIS/05/2027 Ö 2 Vorberatung
und Senioren
Haupt- und Finanzausschuss HFA/06/2027 N 6 Vorberatung
Stadtrat SR/05/2027 Ö 7 Beschluss

Die Sitzungstermine ergeben sich aus dem Sitzungskalender 2027.

Begründung
Der Stadtrat hat am 12.12.2026 die Erarbeitung beschlossen.

Sitzungskalender 2027 – Auszug (Stand: 19.04.2027)

Sitzung Gremium Tag Datum Beginn Sitzungsort
IB/03/2027 Integrationsbeirat Mi 05.05.2027 18:00 Rathaus, Kleiner
Sitzungssaal
OR-RO/04/2027 Ortsrat Roden Di 11.05.2027 19:00 Bürgerhaus Roden
BUA/05/2027 Bau- und Umweltausschuss Do 13.05.2027 17:00 Rathaus, Großer
Sitzungssaal
SIS/05/2027 Ausschuss für Soziales, Integration und Di 18.05.2027 17:00 Rathaus,
Großer
Senioren Sitzungssaal
HFA/06/2027 Haupt- und Finanzausschuss Di 08.06.2027 17:00 Rathaus, Raum 204
{last}
"""

DATED = [
    ("Integrationsbeirat", "2027-05-05", "deliberation", True),
    ("Ortsrat Roden", "2027-05-11", "deliberation", True),
    ("Ausschuss für Soziales, Integration und Senioren", "2027-05-18", "preliminary", True),
    ("Haupt- und Finanzausschuss", "2027-06-08", "preliminary", False),
]


def test_codes_dated_by_the_calendar_and_the_calendar_no_beratungsfolge() -> None:
    _, found = run(CODES.format(last="SR/05/2027 Stadtrat Do 24.06.2027 17:00 Rathaus, Großer\nSitzungssaal"))
    assert [(c.body, c.meeting_date, c.role, c.public) for c in found] == [
        *DATED,
        ("Stadtrat", "2027-06-24", "decision", True),
    ]


def test_a_code_the_calendar_does_not_date_leaves_its_row_undated() -> None:
    _, found = run(CODES.format(last=""))
    rows = [(c.body, c.meeting_date) for c in found]
    assert ("Bau- und Umweltausschuss", "2027-05-13") not in rows
    assert not [r for r in rows if r[0] == "Stadtrat" and r[1] is not None]


def test_a_code_dated_twice_dates_nothing() -> None:
    last = "SR/05/2027 Stadtrat Do 24.06.2027 17:00 Rathaus\nSR/05/2027 Stadtrat Do 01.07.2027 17:00 Rathaus"
    _, found = run(CODES.format(last=last))
    assert not [c for c in found if c.body == "Stadtrat" and c.meeting_date is not None]


def test_codes_beside_dates_on_every_line_keep_their_rows_as_they_are() -> None:
    text = """Beratungsfolge
Sitzung Termin Gremium Zuständigkeit
ISG/11/2027 18.05.2027 Ausschuss für Integration und Soziales Vorberatung
KA/14/2027 08.06.2027 Kreisausschuss Vorberatung
KT/09/2027 24.06.2027 Kreistag Beschluss

Beschlussvorschlag
"""
    _, found = run(text)
    assert [(c.body, c.meeting_date) for c in found] == [
        ("Ausschuss für Integration und Soziales", "2027-05-18"),
        ("Kreisausschuss", "2027-06-08"),
        ("Kreistag", "2027-06-24"),
    ]


def test_a_column_of_no_known_kind_in_a_single_spaced_header_is_no_row() -> None:
    text = """Beratungsfolge

Termin Gremium Teil Befassung
Mo 03.V.2027 Stadtvorstand B Kenntnisnahme
Di 11.V.2027 Beirat für Migration und Integration A Anhörung
Mi 23.VI.2027 Stadtrat A Beschluss

Begründung
"""
    _, found = run(text)
    assert [(c.meeting_date, c.role) for c in found] == [
        ("2027-05-03", "information"),
        ("2027-05-11", "deliberation"),
        ("2027-06-23", "decision"),
    ]


BORDERLESS = (
    "zur Sitzung\tGremium\tam\tArt\n"
    "Ausschuss für\t21.06.2027\tvorberatend\n"
    "Soziales und Jugend\n"
    "Finanz- und\t29.06.2027\tvorberatend,\n"
    "Hauptausschuss\tnicht\n"
    "des Amtes\töffentlich\n"
    "Amtsausschuss\t08.07.2027\tbeschließend\n"
    "\n"
    "Betr.:\tIntegrationsplan\n"
)


def test_a_borderless_table_s_cells_wrapped_in_parallel_one_tab_line_a_line() -> None:
    """A name left open ("Finanz- und") goes on in the next tab line beside its status's rest ("nicht" /
    "öffentlich"), and a line opening with a link word ("des Amtes") too."""
    _, found = run(BORDERLESS)
    assert [(c.body, c.meeting_date, c.public) for c in found] == [
        ("Ausschuss für Soziales und Jugend", "2027-06-21", None),
        ("Finanz- und Hauptausschuss des Amtes", "2027-06-29", False),
        ("Amtsausschuss", "2027-07-08", None),
    ]


def test_an_undated_row_under_a_complete_name_stays_its_own() -> None:
    text = BORDERLESS.replace("Finanz- und\t29.06.2027", "Finanzausschuss\t29.06.2027").replace(
        "Hauptausschuss\tnicht\ndes Amtes\töffentlich\n", "Hauptausschuss\tnicht öffentlich\n"
    )
    _, found = run(text)
    assert ("Finanzausschuss", "2027-06-29") in [(c.body, c.meeting_date) for c in found]
    assert not [c for c in found if "Finanzausschuss Hauptausschuss" in c.body]
