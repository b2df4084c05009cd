"""Header forms read by their form (every case invented): labels led to their values by dots
("Drucksache ......  BV/0415/XI"), a Betreff wrapped on indented lines after its leader; a
Hessian Magistratsvorlage heading its number and date on a centred line; a header line of cells
parted by bars whose date cell stands before the paper's access mark; a Betreff set beside the
Beratungsfolge, each heading its own column; a Kreis's paper dated at its seat town."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import check

LEADERS = (
    "Bezirksverordnetenversammlung Lichtenberg von Berlin                  XI. Wahlperiode\n\n"
    "Drucksache ............................  {number}\n"
    "Datum .................................  02.06.2031\n"
    "Betreff ...............................  Leitlinien für offene Jugendarbeit\n"
    "                                         im Bezirk und Bildung eines Jugendbeirats\n\n"
    "Beratungsfolge:\nAusschuss für Jugend\t12.06.2031\tVorberatung\n"
)
MAGISTRAT = (
    "Magistrat der Stadt Oberursel (Taunus) / Fachbereich Jugend              Druck: 11.05.2031\n\n\n"
    "                  MAGISTRATSVORLAGE Nr. 77/2031 vom 04.05.2031\n"
    "                     an die Stadtverordnetenversammlung\n\n\n"
    "Betreff:   Neuordnung der Schulkindbetreuung\n\n"
    "Beratungsweg:\n   Magistrat – 11.05.2031 – beschlossen\n"
)
BARS = (
    "FREIE HANSESTADT BREMEN\nOrtsamt West\n\n"
    "Drucksache 19-0441  │  Mitteilungsvorlage des Ortsamtes  │  12.09.2031  │  {mark}\n\n"
    "Bericht über die Sprachkurse im Stadtteil\n\n"
    "Beratungsfolge\nBeirat Gröpelingen       24.09.2031     öffentlich\n"
)
BESIDE = (
    "Landratsamt Erzgebirgskreis                                  Beschlussvorlage\n"
    "Dezernat III                                                 Drucksache Nr. KT/0098/2031\n"
    "                                                             Annaberg-Buchholz, 03.03.2031\n\n"
    "Betreff:                                                Beratungsfolge:\n"
    "Fortschreibung des Kreisentwicklungs-                   Ausschuss für Soziales\n"
    "konzepts für den ländlichen Raum                        und Gesundheit  17.03.31  ö\n"
    "                                                        Kreistag        31.03.31  ö\n\n"
    "Beschlussvorschlag:\n\nDer Kreistag beschließt die Fortschreibung.\n"
)
SEAT = (
    "VOGELSBERGKREIS                                             Vorlage des Kreisausschusses\n"
    "Der Kreisausschuss                                          an den Kreistag\n"
    "Fachdienst Jugend                                           Drucksache: KT/0112/2031\n"
    "                                                            Lauterbach, 6. Mai 2031\n\n"
    "Betreff:\nFortschreibung der Jugendhilfeplanung\n\n"
    "Beratungsfolge:\nKreisausschuss\t12.05.2031\tVorberatung\nKreistag\t26.05.2031\tEntscheidung\n\n"
    "Der Kreistag wolle beschließen:\nDie Fortschreibung wird beschlossen.\n\n"
    "Lauterbach, 6. Mai 2031\n"
)
CASES = [
    (
        "labels led by dots",
        LEADERS.format(number="DS/0087/XI"),
        {
            "doc_number": "DS/0087/XI",
            "doc_date": "2031-06-02",
            "subject": "Leitlinien für offene Jugendarbeit im Bezirk und Bildung eines Jugendbeirats",
        },
    ),
    (
        "Magistratsvorlage",
        MAGISTRAT,
        {"doc_number": "77/2031", "doc_date": "2031-05-04", "doc_type": "Magistratsvorlage"},
    ),
    ("cells parted by bars", BARS.format(mark="nicht öffentlich"), {"doc_date": "2031-09-12"}),
    ("a figure after the date: no date cell of the paper", BARS.format(mark="Seite 2"), {"doc_date": None}),
    (
        "Betreff beside the Beratungsfolge",
        BESIDE,
        {"subject": "Fortschreibung des Kreisentwicklungskonzepts für den ländlichen Raum"},
    ),
    ("a Kreis's paper dated at its seat", SEAT, {"municipality": "Vogelsbergkreis"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_form(text: str, expected: dict[str, str | None]) -> None:
    check(text, expected)
