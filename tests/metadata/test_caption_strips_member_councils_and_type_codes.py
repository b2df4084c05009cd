"""Header forms a PDF's text layer flattens, and councils that are no issuer: a strip of one-word captions
over their values closed to single spaces ("BESCHLUSSVORLAGE Drucksachen-Nr. Datum" over "öffentlich
SG/BV/0217/2031 18.05.2031"), the id's letter code that abbreviates the type word beside it ("Beschlussvorlage"
over "Der Landrat BV 8-0231/2031"), a Berlin district's office as the letterhead run into the place and
date ("Bezirksamt Mitte von Berlin Berlin, den …"), and the councils of several member municipalities
informed in an association's Beratungsfolge, none of them the issuer. Near misses: captions and values of
unequal counts, a code that is no abbreviation of the type, one member's council (invented examples)."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import extract

BODY = """
Betreff
Leitlinien für die Zusammenarbeit mit Migrantenorganisationen

Beschlussvorschlag
Der Rat beschließt die Leitlinien.
"""

STRIP = """Samtgemeinde Musterau
Der Samtgemeindebürgermeister
Am Markt 3 · 21000 Musterau

BESCHLUSSVORLAGE Drucksachen-Nr. Datum
öffentlich SG/BV/0311/2031 18.05.2031
"""


def test_a_flattened_caption_strip_gives_the_number_under_its_label() -> None:
    assert extract(STRIP + BODY).get("doc_number") == "SG/BV/0311/2031"


def test_a_caption_strip_of_unequal_counts_gives_no_number_by_order() -> None:
    uneven = STRIP.replace("öffentlich SG/BV/0311/2031", "öffentlich Sitzung SG/BV/0311/2031")
    assert extract(uneven + BODY).get("doc_number") != "Sitzung"


CODED = """LANDKREIS MUSTERLAND Beschlussvorlage
Der Landrat {code} 7-0415/2031
Dezernat II – Soziales öffentlich
"""


@pytest.mark.parametrize("code, number", [("BV", "BV 7-0415/2031"), ("KT", "7-0415/2031")], ids=["initials", "other"])
def test_a_code_abbreviating_the_type_word_is_part_of_the_number(code: str, number: str) -> None:
    assert extract(CODED.format(code=code) + BODY).get("doc_number") == number


def test_a_berlin_district_office_run_into_the_place_date_names_berlin() -> None:
    head = "Bezirksamt Pankow von Berlin Berlin, den 03.02.2031\nDer Bezirksbürgermeister Tel.: 90295-1000\n\n"
    assert extract(head + "Vorlage zur Beschlussfassung\n" + BODY).get("municipality") == "Berlin"


MEMBERS = """Samtgemeinde Musterau
Der Samtgemeindebürgermeister

Beschlussvorlage Nr. SG/BV/0311/2031

Beratungsfolge
 Datum        Gremium                        Zweck
 08.07.2031   Samtgemeinderat                Beschluss
 15.07.2031   Rat der Gemeinde {a}      Kenntnisnahme
 22.07.2031   Rat der Gemeinde {b}      Kenntnisnahme
"""


def test_councils_of_several_member_municipalities_name_no_issuer() -> None:
    text = MEMBERS.format(a="Ahlerstedt", b="Bargstedt") + BODY
    assert extract(text).get("municipality") == "Samtgemeinde Musterau"


def test_one_municipality_s_council_in_the_beratungsfolge_stays_its_evidence() -> None:
    text = "Stadt Musterhude\n\nBeratungsfolge\n 08.07.2031   Rat der Stadt Rheine      Beschluss\n" + BODY
    assert extract(text).get("municipality") == "Rheine"
