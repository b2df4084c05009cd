"""A district that names itself after its main town (Region Hannover, Städteregion Aachen,
Regionalverband Saarbrücken) issues its papers from that town: the place and date line names the
town, the letterhead and the district's own bodies name the district, and the district is the
issuer. The town's own papers, with the town's bodies, stay the town's."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import check

DISTRICT_PAPER = """{letterhead}                                   Beschlussvorlage
{office}                                         Nr. 0417/2026
Fachbereich Soziales                                  {town}, 03.02.2026

Betreff:
Fortschreibung des Teilhabeplans

Beratungsfolge:
Ausschuss für Soziales und Gesundheit      17.02.2026   Vorberatung
{council}                                  05.03.2026   Entscheidung

Beschlussvorschlag:
Der {council} beschließt die Fortschreibung des Teilhabeplans.
"""

DISTRICTS = [
    ("Region Hannover", "Der Regionspräsident", "Hannover", "Regionsversammlung", "03241"),
    ("StädteRegion Aachen", "Die Städteregionsrätin", "Aachen", "Städteregionstag", "05334"),
    ("Regionalverband Saarbrücken", "Der Regionalverbandsdirektor", "Saarbrücken", "Regionalversammlung", "10041"),
]


@pytest.mark.parametrize(("letterhead", "office", "town", "council", "ags"), DISTRICTS, ids=[d[0] for d in DISTRICTS])
def test_the_self_named_district_issues_its_paper_from_its_town(
    letterhead: str, office: str, town: str, council: str, ags: str
) -> None:
    text = DISTRICT_PAPER.format(letterhead=letterhead, office=office, town=town, council=council)
    check(text, {"municipality": letterhead.replace("StädteRegion", "Städteregion"), "ags": ags})


def test_the_town_s_own_paper_stays_the_town_s() -> None:
    text = DISTRICT_PAPER.format(
        letterhead="Stadt Aachen", office="Die Oberbürgermeisterin", town="Aachen", council="Rat"
    )
    check(text, {"municipality": "Aachen", "ags": "05334002"})
