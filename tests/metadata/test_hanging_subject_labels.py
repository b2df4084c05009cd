"""metadata: a subject's label whose value hangs indented under its first line ("Titel:   Erarbeitung … – Einsetzung
einer" / "         Steuerungsgruppe …"), between the header form and the Beratungsfolge; the label "Titel der
Vorlage:" alone on its line over the value (invented examples)."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import extract

HEAD = (
    "Große Kreisstadt Hohenfurt                             Beschlussvorlage\n"
    "Der Oberbürgermeister                                  BV/017/2031\n"
    "                                                       Datum:        03.05.2031\n"
    "                                                       Bearbeiterin: Frau Lenz\n\n\n"
)
AFTER = "\n\nBeratungsfolge\n\n  Di, 18.05.2031  – Stadtrat\n\nBeschlussvorschlag:\nDer Stadtrat beschließt.\n"
CASES = [
    (
        "a value hanging under its label's line",
        "Titel:   Leitbild Vielfalt Hohenfurt 2031–2035 – Einrichtung eines\n"
        "         Beirates und Vertrag für die Moderation\n",
        "Leitbild Vielfalt Hohenfurt 2031–2035 – Einrichtung eines Beirates und Vertrag für die Moderation",
    ),
    (
        "the label of the paper's title alone over it",
        "Titel der Vorlage:\nLeitbild Vielfalt Hohenfurt 2031–2035 und Beirat\n",
        "Leitbild Vielfalt Hohenfurt 2031–2035 und Beirat",
    ),
]


@pytest.mark.parametrize(("case", "title", "expected"), CASES, ids=[c[0] for c in CASES])
def test_hanging_subject_label(case: str, title: str, expected: str) -> None:
    assert extract(HEAD + title + AFTER)["subject"] == expected
