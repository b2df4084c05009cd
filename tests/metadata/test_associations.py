"""An association of municipalities (Verbandsgemeinde, Samtgemeinde, Amt, Verwaltungsgemeinschaft)
issues its papers in its own name, which the register of towns does not hold: the letterhead's
whole cell names it, and the issuer is the association by its kind and name, not the town where
its office signs ("Seestadt, 03.02.2026" under "Verbandsgemeindeverwaltung Seestadt-Land"). An
office's name after "Amt" ("Amt für Soziales", "Amt Bauverwaltung"), a label ("Amt: Sozialamt")
and an association named further down the paper are no letterhead of one."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import check, extract

PAPER = """{letterhead}
Fachbereich 2 – Soziales und Bildung                  Vorlage-Nr.: 2-0112/26
                                                      Datum: 03.02.2026
BESCHLUSSVORLAGE

Betreff:
Fortschreibung des Teilhabeplans

Beratungsfolge:
Ausschuss für Soziales und Familie         17.02.2026   Vorberatung
{council}                                  05.03.2026   Entscheidung

Der {council} beschließt die Fortschreibung des Teilhabeplans.

{town}, 03.02.2026
Im Auftrag
"""

ASSOCIATIONS = [
    ("Verbandsgemeindeverwaltung Seestadt-Land", "Verbandsgemeinderat", "Seestadt", "Verbandsgemeinde Seestadt-Land"),
    ("Samtgemeinde Heidemoor", "Samtgemeinderat", "Heidemoor", "Samtgemeinde Heidemoor"),
    ("Amt Seenplatte Süd", "Amtsausschuss", "Krummsee", "Amt Seenplatte Süd"),
    ("Verwaltungsgemeinschaft Hügelland", "Gemeinschaftsversammlung", "Talheim", "Verwaltungsgemeinschaft Hügelland"),
]


@pytest.mark.parametrize(("letterhead", "council", "town", "issuer"), ASSOCIATIONS, ids=[a[3] for a in ASSOCIATIONS])
def test_the_association_in_the_letterhead_is_the_issuer(letterhead: str, council: str, town: str, issuer: str) -> None:
    text = PAPER.format(letterhead=letterhead, council=council, town=town)
    check(text, {"municipality": issuer, "municipality_type": "Gemeinde"})


@pytest.mark.parametrize(
    "letterhead",
    ["Amt für Soziales und Wohnen", "Amt Bauverwaltung", "Amt: Sozialamt", "Stadtverwaltung"],
)
def test_an_office_after_amt_is_no_association(letterhead: str) -> None:
    text = PAPER.format(letterhead=letterhead, council="Gemeinderat", town="Seestadt")
    assert not str(extract(text).get("municipality") or "").startswith("Amt"), extract(text)


def test_an_association_named_below_the_letterhead_is_none() -> None:
    text = PAPER.format(letterhead="Gemeinde Wiesental", council="Gemeinderat", town="Wiesental")
    text = text.replace("Der Gemeinderat beschließt", "Samtgemeinde Heidemoor\nDer Gemeinderat beschließt")
    assert extract(text).get("municipality") != "Samtgemeinde Heidemoor"


SEATED = """=======================================================================
 VERBANDSGEMEINDE HÜGELLAND-WEST                         Beschlussvorlage
 Die Bürgermeisterin                                      FB2/0217/26
=======================================================================
 Fachbereich 2 – Jugend und Familie                Wörrstadt, den 09.03.26
-----------------------------------------------------------------------
 Gegenstand der Vorlage:
 Leitbild für das Zusammenleben in den Ortsgemeinden
-----------------------------------------------------------------------

 Beratungsfolge                              Termin      Status
 ------------------------------------------  ----------  -------
 Ausschuss für Jugend und Familie            24.03.26      Ö
 Verbandsgemeinderat                         21.04.26      Ö

 Der Verbandsgemeinderat stimmt dem Leitbild zu.

 Wörrstadt, den 09.03.26
"""


def test_the_seat_in_the_place_and_date_lines_does_not_outweigh_the_association() -> None:
    """The town where the association's office signs, known to the register and named twice
    (in the header and at the end), is its seat, not the issuer; the rule under the title ends it."""
    check(
        SEATED,
        {
            "municipality": "Verbandsgemeinde Hügelland-West",
            "municipality_type": "Gemeinde",
            "subject": "Leitbild für das Zusammenleben in den Ortsgemeinden",
        },
    )
