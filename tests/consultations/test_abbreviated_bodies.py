"""A Beratungsfolge whose bodies are abbreviations only ("SBA", "HFA"), the paper's legend spelling
them out elsewhere ("SBA = Schul- und Bildungsausschuss", "HFA   Haupt- und Finanzausschuss"): the
row's body is the legend's name. An abbreviation without a legend, with two legends, or with a
legend whose name does not hold its letters stays as written; dates with a weekday in brackets
after them ("04.03.2026 (Mi.)") are read as dates."""

from __future__ import annotations

import re

import pytest

from tests.consultations.test_consultations import run

TABLE = (
    "Kreis Altenfeld\nSitzungsvorlage\n\n"
    "Beratungsfolge        Sitzungstermin        Zuständigkeit\n"
    "SBA                   04.03.2026 (Mi.)      Vorberatung\n"
    "HFA                   10.03.2026 (Di.)      Vorberatung\n"
    "KT                    23.03.2026 (Mo.)      Entscheidung\n\n"
    "Beschlussvorschlag:\nDer Kreistag beschließt den Schulentwicklungsplan.\n\n"
)
LEGEND_GAP = "Abkürzungen:\nSBA    Schul- und Bildungsausschuss\nHFA    Haupt- und Finanzausschuss\nKT     Kreistag\n"
LEGEND_EQUALS = "SBA = Schul- und Bildungsausschuss\nHFA = Haupt- und Finanzausschuss\nKT = Kreistag\n"
LEGEND_SPACE = re.sub(" +", " ", LEGEND_GAP)  # an export closed the gaps
NAMES = ["Schul- und Bildungsausschuss", "Haupt- und Finanzausschuss", "Kreistag"]


@pytest.mark.parametrize("legend", [LEGEND_GAP, LEGEND_EQUALS, LEGEND_SPACE], ids=["gap", "equals", "space"])
def test_abbreviations_spelled_out_by_the_legend(legend: str) -> None:
    _, rows = run(TABLE + "Begründung:\nDer Plan liegt bei.\n\n" + legend)
    assert [(r.body, r.meeting_date, r.role) for r in rows] == [
        (NAMES[0], "2026-03-04", "preliminary"),
        (NAMES[1], "2026-03-10", "preliminary"),
        (NAMES[2], "2026-03-23", "decision"),
    ]
    assert rows[2].body_type == "council"


@pytest.mark.parametrize(
    "legend",
    [
        "",  # no legend
        LEGEND_EQUALS + "SBA = Sportbeirat\n",  # two names for one abbreviation
        "SBA = Stadtwerke Altenfeld\nHFA = Hafenamt\nKT = Kinderturnen\n",  # names that are no bodies
        "SBA = Kreisausschuss\n",  # a name without the abbreviation's letters in their order
        "SBA tagt im Schulausschuss\nSBA und Beirat beraten\n",  # lines of prose opening with it
    ],
    ids=["none", "two-names", "no-body", "letters", "prose"],
)
def test_abbreviations_without_one_fitting_legend_stay(legend: str) -> None:
    _, rows = run(TABLE + legend)
    assert [(r.body, r.meeting_date) for r in rows][0] == ("SBA", "2026-03-04")
