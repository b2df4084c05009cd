"""Beratungsfolge tables of council systems' forms, as the export tools set them: a time or a
meeting's number in a column of its own, a slashed head cell over names and roles, a wrapped result
cell beside the name, a signature's place and date after the table, role words and column words of
other forms. Every case is invented: other names, other words, the same form."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations import extract
from pipeline.structure import view
from tests.helpers import document

HEAD = "BESCHLUSSVORLAGE\nVorlage Nr.: 2024/318\nDatum: 04.06.2024\n\n"
TAIL = "\nBeschlussvorschlag:\nDer Rat beschließt das Leitbild.\n"
Fact = tuple[str, str, "str | None"]
SLASHED_GAP = (  # a slashed head cell over names and roles, each role on the line under its name
    "Beratungsfolge\n Gremium / Aufgabe                  Termin         Status\n"
    "Werk- und Betriebsausschuss        11.06.2024     öffentlich\nVorberatung\n"
    "Stadtrat                           27.06.2024     öffentlich\nEntscheidung\n"
)


def facts(text: str) -> list[Fact]:
    doc = document(HEAD + text + TAIL)
    return [(r.body, r.meeting_date or "", r.role) for r in extract(doc, load_resources(), view(doc))]


CASES = [
    pytest.param(  # a time column, one cell per line: the time names no body
        "Beratungsweg\nGremium\n\nDatum\n\nUhrzeit\n\nWerkausschuss\n\n11.06.2024\n\n17:30 Uhr\n\n"
        "Stadtrat\n\n27.06.2024\n\n18:00 Uhr\n",
        [("Werkausschuss", "2024-06-11", None), ("Stadtrat", "2024-06-27", None)],
        id="time-column-cells",
    ),
    pytest.param(  # a meeting's number in a column of its own, set out by spaces and one cell per line
        "Beratungsfolge\n Lfd.  Gremium                   Sitzungsnummer     Datum        Zuständigkeit\n"
        "1     Werkausschuss             WA/2024/04         11.06.2024   Vorberatung\n"
        "2     Stadtrat                  SR/2024/07         27.06.2024   Entscheidung\n",
        [("Werkausschuss", "2024-06-11", "preliminary"), ("Stadtrat", "2024-06-27", "decision")],
        id="meeting-number-gap",
    ),
    pytest.param(
        "Beratungsfolge\nLfd.\nGremium\n\nSitzungsnummer\n\nDatum\n\nZuständigkeit\n\n1\n\nWerkausschuss\n\n"
        "WA/2024/04\n\n11.06.2024\n\nVorberatung\n\n2\n\nStadtrat\n\nSR/2024/07\n\n27.06.2024\n\nEntscheidung\n",
        [("Werkausschuss", "2024-06-11", "preliminary"), ("Stadtrat", "2024-06-27", "decision")],
        id="meeting-number-cells",
    ),
    pytest.param(  # the table at the paper's end, a signature's place and date after it
        "Beratungsfolge:\nDatum\nGremium\n\nZuständigkeit\n\n11.06.2024\n\nWerkausschuss\n\nVorberatung\n\n"
        "27.06.2024\n\nStadtrat\n\nEntscheidung\n\nMusterhausen, den 04.06.2024\ngez. Ilse Brandauer\n",
        [("Werkausschuss", "2024-06-11", "preliminary"), ("Stadtrat", "2024-06-27", "decision")],
        id="signature-after-cells",
    ),
    pytest.param(  # a slashed head cell over names and roles, each role on the line under its name
        SLASHED_GAP,
        [("Werk- und Betriebsausschuss", "2024-06-11", "preliminary"), ("Stadtrat", "2024-06-27", "decision")],
        id="slashed-body-role-gap",
    ),
    pytest.param(
        "Beratungsfolge\nGremium / Aufgabe\nTermin\n\nStatus\n\nWerk- und Betriebsausschuss\nVorberatung\n\n"
        "11.06.2024\n\nöffentlich\n\nStadtrat\nEntscheidung\n\n27.06.2024\n\nöffentlich\n",
        [("Werk- und Betriebsausschuss", "2024-06-11", "preliminary"), ("Stadtrat", "2024-06-27", "decision")],
        id="slashed-body-role-cells",
    ),
    pytest.param(  # a result cell wrapped over lines beside the name stays out of it
        "Beratungsfolge\n Gremium              Datum          Zuständigkeit    Ergebnis\n"
        "Werkausschuss         11.06.2024     Vorberatung      Zustimmung mit der\n"
        "                                                      Ergänzung aus Punkt 3 des\n"
        "                                                      Protokolls\n"
        "Stadtrat              27.06.2024     Entscheidung\n",
        [("Werkausschuss", "2024-06-11", "preliminary"), ("Stadtrat", "2024-06-27", "decision")],
        id="wrapped-result-beside-name",
    ),
    pytest.param(  # a district's referral word as a role; "Beratung" and "Art" as the roles' column words
        "Beratungsfolge:\nDatum\nGremium\n\nBeratung\n\n11.06.2024\n\nAusschuss für Stadtgrün, Sport und Ehrenamt\n\n"
        "Überweisung\n\n27.06.2024\n\nBezirksverordnetenversammlung\n\nBeschluss\n",
        [
            ("Ausschuss für Stadtgrün, Sport und Ehrenamt", "2024-06-11", "preliminary"),
            ("Bezirksverordnetenversammlung", "2024-06-27", "decision"),
        ],
        id="referral-role-cells",
    ),
    pytest.param(
        "Beratungsfolge:\nDatum\nGremium\n\nBeratungsart\n\n11.06.2024\n\n"
        "Ausschuss für Stadtgrün, Sport und Ehrenamt\n\nÜberweisung\n\n27.06.2024\n\n"
        "Bezirksverordnetenversammlung\n\nBeschluss\n",
        [
            ("Ausschuss für Stadtgrün, Sport und Ehrenamt", "2024-06-11", "preliminary"),
            ("Bezirksverordnetenversammlung", "2024-06-27", "decision"),
        ],
        id="referral-role-cells-named-column",
    ),
    pytest.param(
        "Beratungsfolge\nGremium\n\nTermin\n\nArt\n\nWerk- und Forstausschuss\n\n11. Juni 2024\n\nVorberatung\n\n"
        "Stadtrat\n\n27. Juni 2024\n\nVorberatung/Entscheidung\n",
        [("Werk- und Forstausschuss", "2024-06-11", "preliminary"), ("Stadtrat", "2024-06-27", "decision")],
        id="art-column-long-dates",
    ),
    pytest.param(
        "Beratungsfolge\nGremium\n\nTermin\n\nArt\n\nWerk- und Forstausschuss\n\n11. Juni 2024\n\nVorberatung\n\n"
        "Stadtrat\n\n27. Juni 2024\n\nEntscheidung\n",
        [("Werk- und Forstausschuss", "2024-06-11", "preliminary"), ("Stadtrat", "2024-06-27", "decision")],
        id="art-column-long-dates-one-role",
    ),
]

CASES += [
    pytest.param(  # the same, its cells apart by tabs as a PDF's text layer gives them, the wrapped lines without
        "Beratungsfolge\nGremium\tDatum\tZuständigkeit\tErgebnis\n"
        "Werkausschuss\t11.06.2024\tVorberatung\tZustimmung mit der\nErgänzung aus Punkt 3 des\nProtokolls\n\n"
        "Stadtrat\t27.06.2024\tEntscheidung\n",
        [("Werkausschuss", "2024-06-11", "preliminary"), ("Stadtrat", "2024-06-27", "decision")],
        id="wrapped-result-beside-name-tabs",
    ),
    pytest.param(  # a role opened by a contraction after the name, in its cell: the name ends before it
        "Beratungsfolge:\nGremium\tDatum\tZuständigkeit\n"
        "Ausschuss zur Pflege der Städtepartnerschaften\t12.03.2024\tVorberatung\n"
        "Werkausschuss zur Beantwortung\t19.03.2024\n"
        "Ortsbeirat Unterhain zur Kenntnisnahme\t26.03.2024\n",
        [
            ("Ausschuss zur Pflege der Städtepartnerschaften", "2024-03-12", "preliminary"),
            ("Werkausschuss", "2024-03-19", "information"),
            ("Ortsbeirat Unterhain", "2024-03-26", "information"),
        ],
        id="contraction-role-after-name-tabs",
    ),
    pytest.param(
        "Beratungsfolge\nGremium\n\nSitzung am\n\nWerkausschuss zur Beantwortung\n\n19.03.2024\n\n"
        "Stadtrat zur Kenntnis\n\n26.03.2024\n",
        [("Werkausschuss", "2024-03-19", "information"), ("Stadtrat", "2024-03-26", "information")],
        id="contraction-role-after-name-cells",
    ),
]

CASES += [
    pytest.param(  # a roles' column named by a compound ("Beschlussart", "Bearbeitungsstand"), one cell per line
        "Beratungsfolge\nGremium\n\nSitzungstermin\n\nBeschlussart\n\nWerkausschuss\n\n11.06.2024\n\nvorberatend\n\n"
        "Stadtrat\n\n27.06.2024\n\nbeschließend\n",
        [("Werkausschuss", "2024-06-11", "preliminary"), ("Stadtrat", "2024-06-27", "decision")],
        id="role-compound-column-cells",
    ),
    pytest.param(
        "Beratungsfolge\nGremium\n\nDatum\n\nBearbeitungsstand\n\nWerkausschuss\n\n11.06.2024\n\nabgeschlossen\n\n"
        "Stadtrat\n\n27.06.2024\n\nvorgesehen\n",
        [("Werkausschuss", "2024-06-11", None), ("Stadtrat", "2024-06-27", None)],
        id="state-compound-column-cells",
    ),
    pytest.param(  # head cells wrapped after a link word, one cell per line
        "Beratungsfolge\nBeratendes Gremium\n\nDatum der\nSitzung\n\nArt der Beratung\n\nWerkausschuss\n\n"
        "11.06.2024\n\nVorberatung\n\nStadtrat\n\n27.06.2024\n\nEntscheidung\n",
        [("Werkausschuss", "2024-06-11", "preliminary"), ("Stadtrat", "2024-06-27", "decision")],
        id="wrapped-head-cells",
    ),
    pytest.param(  # the meeting's name in a column of its own, one cell per line
        "Beratungsfolge\nGremium\n\nSitzung\n\nSitzungsdatum\n\nZuständigkeit\n\nWerk- und Forstausschuss\n\n"
        "3. öffentliche Sitzung\n\n11.06.2024\n\nVorberatung\n\n"
        "Stadtrat\n\n21. Sitzung\n\n27.06.2024\n\nEntscheidung\n",
        [("Werk- und Forstausschuss", "2024-06-11", "preliminary"), ("Stadtrat", "2024-06-27", "decision")],
        id="meeting-name-cells",
    ),
    pytest.param(  # the role in brackets after the name, each date under its name, no header
        "Beratungsfolge:\nWerk- und Forstausschuss (Vorberatung)\n11.06.2024\nStadtrat (Entscheidung)\n27.06.2024\n",
        [("Werk- und Forstausschuss", "2024-06-11", "preliminary"), ("Stadtrat", "2024-06-27", "decision")],
        id="bracketed-role-over-date",
    ),
    pytest.param(  # a number between the parts of a name, the cells set out by spaces
        "Beratungsfolge\n Gremium                              Termin        Zuständigkeit\n"
        "Stadtbezirksrat 4 (Weidenhof-Ost)     11.06.2024    Anhörung\n"
        "Stadtrat                             27.06.2024    Entscheidung\n",
        [("Stadtbezirksrat 4 (Weidenhof-Ost)", "2024-06-11", "deliberation"), ("Stadtrat", "2024-06-27", "decision")],
        id="number-inside-name-gap",
    ),
]
CALENDARS = [  # a calendar of meetings under a heading naming its year: no Beratungsfolge
    "Sitzungstermine 2025\n Gremium            Termin\nWerkausschuss      14.01.2025\nStadtrat           30.01.2025\n",
    "Beratungstermine 2026\nGremium\n\nTermin\n\nWerkausschuss\n\n14.01.2026\n\nStadtrat\n\n30.01.2026\n",
    "Sitzungstermine 2024\nGremium\tDatum\nWerkausschuss\t14.01.2024\nStadtrat\t30.01.2024\n",
]


@pytest.mark.parametrize("table", CALENDARS)
def test_calendar_under_a_year_is_no_beratungsfolge(table: str) -> None:
    doc = document("MITTEILUNGSVORLAGE\nVorlage Nr.: 2024/318\n\n" + table + "\nDer Rat nimmt Kenntnis.\n")
    assert list(extract(doc, load_resources(), view(doc))) == []


@pytest.mark.parametrize(("table", "expected"), CASES)
def test_council_form(table: str, expected: list[Fact]) -> None:
    assert facts(table) == expected


SLASHED_ROLES = [
    # two roles in one cell parted by a slash: the deciding one wins, however the row is set out
    "Beratungsfolge\nGremium\tDatum\tArt\nBauausschuss\t04.02.2025\tVorberatung\n"
    "Gemeinderat\t18.02.2025\tVorberatung/Entscheidung\n",
    "Beratungsfolge\nGremium                Datum         Art\nBauausschuss           04.02.2025    Vorberatung\n"
    "Gemeinderat            18.02.2025    Vorberatung / Entscheidung\n",
    "Beratungsfolge\nGremium Datum Art\nBauausschuss 04.02.2025 Vorberatung\n"
    "Gemeinderat 18.02.2025 Vorberatung/Entscheidung\n",
    "Beratungsfolge\nGremium\nBauausschuss\nGemeinderat\nDatum\n04.02.2025\n18.02.2025\nArt\nVorberatung\n"
    "Vorberatung/Entscheidung\n",
]


@pytest.mark.parametrize("table", SLASHED_ROLES, ids=["tabs", "gaps", "single-spaces", "column-by-column"])
def test_slashed_roles_the_deciding_one(table: str) -> None:
    assert facts(table) == [("Bauausschuss", "2025-02-04", "preliminary"), ("Gemeinderat", "2025-02-18", "decision")]
