"""A Berlin district's paper whose district bears the name of a town elsewhere (Lichtenberg, a town
in Bavaria and a Gemeinde in Saxony): its district office and assembly in the Beratungsfolge
("Bezirksamt Lichtenberg", without "von Berlin") name the district, not that town, so the paper is
Berlin's (the assembly only Berlin has says so); a body "von Berlin" names Berlin. The town of that
name keeps its own paper. And the title of a submission printed without a label right under its
type's heading alone on its line ("BESCHLUSSVORLAGE" over the title), above a Beratungsfolge
written as a sentence whose wrapped rest opens in lower case (invented examples)."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import check

BERLIN = {"municipality": "Berlin", "state": "Berlin", "ags": "11000000"}

DISTRICT_PAPER = """{letterhead}                             Drucksache DS/0117/IX
Abteilung Jugend und Familie                                  Datum: 04.02.2026

Vorlage zur Beschlussfassung

Beratungsfolge:
Datum        Gremium                                   Sitzungsart
10.02.2026   {office}                                  N
26.02.2026   {assembly}                                Ö

Gegenstand der Vorlage:
Familienzentren in den Kiezen

Die Bezirksverordnetenversammlung wird um Zustimmung gebeten.
"""

CASES = [
    (
        "letterhead-of-the-district",
        "Bezirksamt Schöneberg",
        "Bezirksamt Schöneberg",
        "Bezirksverordnetenversammlung Schöneberg",
    ),
    (
        "letterhead-of-berlin",
        "Bezirksamt Lichtenberg von Berlin",
        "Bezirksamt Lichtenberg",
        "Bezirksverordnetenversammlung Lichtenberg",
    ),
    ("bodies-von-berlin", "Bezirksamt", "Bezirksamt Lichtenberg von Berlin", "BVV Lichtenberg von Berlin"),
]


@pytest.mark.parametrize(("letterhead", "office", "assembly"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_berlin_district_named_like_a_town_is_berlin(letterhead: str, office: str, assembly: str) -> None:
    check(DISTRICT_PAPER.format(letterhead=letterhead, office=office, assembly=assembly), BERLIN)


def test_the_town_of_that_name_keeps_its_paper() -> None:
    text = """Stadt Lichtenberg                                          Sitzungsvorlage
Der Erste Bürgermeister                                    Nr. 12/2026

Beratungsfolge:
Hauptausschuss        10.02.2026   Vorberatung
Stadtrat Lichtenberg  26.02.2026   Entscheidung

Betreff:
Familienzentrum am Marktplatz
"""
    check(text, {"municipality": "Lichtenberg", "state": "Bayern"})


TITLE_PAPER = """Stadt Herrenberg                                           Vorlage Nr. 2026/044
Große Kreisstadt                                           öffentlich

Federführung: Amt für Familie und Soziales
Datum:        12.01.2026

{type_line}

{title}

Beratungsfolge:
Die Vorlage wird dem Ortschaftsrat Gültstein am 20.01.2026 zur Anhörung vorgelegt und
im Gemeinderat am 03.02.2026 öffentlich beschlossen.

Beschlussantrag:
Der Gemeinderat stimmt zu.
"""

TITLES = [
    ("capitals", "BESCHLUSSVORLAGE", "Familienzentrum Gültstein – Trägerschaft und Finanzierung"),
    (
        "title-case-over-two-lines",
        "Beschlussvorlage",
        "Familienzentrum Gültstein – Trägerschaft, Finanzierung und\nBeteiligung der Ortschaft",
    ),
]


@pytest.mark.parametrize(("type_line", "title"), [t[1:] for t in TITLES], ids=[t[0] for t in TITLES])
def test_the_title_under_the_type_heading(type_line: str, title: str) -> None:
    check(TITLE_PAPER.format(type_line=type_line, title=title), {"subject": " ".join(title.split())})


def test_a_sentence_under_the_type_heading_is_no_title() -> None:
    text = TITLE_PAPER.format(type_line="BESCHLUSSVORLAGE", title="Die Verwaltung schlägt die Trägerschaft vor.")
    got_title = "Die Verwaltung schlägt die Trägerschaft vor."
    from tests.metadata.test_metadata import extract

    assert extract(text).get("subject") != got_title
