"""The header as forms of council systems set it (every case invented): labels and values on
lines of their own, one under the other ("Vorlage" / "24/0815-BV" / "Art" / "Beschlussvorlage");
a form "Bezeichnung | Inhalt" whose number stands after "Name:"; the date after "Freigabedatum".
A label line over a value that is no id ("Name:" over a person) gives no number."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import check

LINES = (
    "Stadt Weimar\nDezernat Soziales\n\nVorlage\n{number}\nArt\nBeschlussvorlage\nDatum\n03.02.2025\n"
    "Betreff\nLeitlinien für das Zusammenleben\n\nBeratungsfolge:\nStadtrat\t19.02.2025\tEntscheidung\n"
)
FORM = (
    "Stadt Weimar\nDer Oberbürgermeister\n\nBezeichnung      Inhalt\nName:            {number}\n"
    "Art:             Beschlussvorlage\nDatum:           03.02.2025\nBetreff:         Leitlinien für das"
    " Zusammenleben\n\nBeratungsfolge:\nStadtrat\t19.02.2025\tEntscheidung\n"
)
RELEASED = (
    "Stadt Weimar\nDer Oberbürgermeister\n                                 Vorlagen-Nummer   0417/2025\n"
    "                                 Freigabedatum     11.03.2025\n\nMitteilung\n\nBetreff\nBericht über die"
    " Sprachkurse\n"
)
CASES = [
    ("label lines", LINES.format(number="25/0133-BV"), {"doc_number": "25/0133-BV", "doc_date": "2025-02-03"}),
    ("name in a form", FORM.format(number="0087/2025"), {"doc_number": "0087/2025", "doc_date": "2025-02-03"}),
    ("name of a person", FORM.format(number="Frau Anke Breitung"), {"doc_number": None}),
    ("release date", RELEASED, {"doc_number": "0417/2025", "doc_date": "2025-03-11"}),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_label_line_forms(name: str, text: str, expected: dict[str, str | None]) -> None:
    check(text, expected)
