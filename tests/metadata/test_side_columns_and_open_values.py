"""A council system's export that sets the paper's labelled fields at the left and its Beratungsfolge at
the right, a bar down the gutter (every case invented): the fields read without the meetings running into
their lines; a value its line leaves open ("Amt 50 – Soziales,") goes on under it at its column. Near
misses: a header form of two columns (type and number at the right) is read whole; a value that ends
on its line takes nothing from the line under it; a line under it set at another column is no part of it;
a legend of codes after the Beratungsfolge is no title."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import check

SIDES = (
    "Stadt Husum – Ratsinformationssystem\nVorlage 2027/044\n"
    "───────────────────────────────────────┬─────────────────────────────────\n"
    " Betreff:        Fortschreibung des    │ Beratungsfolge:\n"
    "                 Integrationskonzepts  │\n"
    "                 der Stadt Husum       │ Datum       Gremium / Status\n"
    " Status:         öffentlich            │ 04.05.2027  Ausschuss für Bildung\n"
    " Vorlage-Art:    Beschlussvorlage      │             Ö · Vorberatung\n"
    " Federführend:   Fachdienst 5 –        │ 17.06.2027  Stadtvertretung\n"
    "                 Soziales und Bildung  │             Ö · Entscheidung\n"
    " Bearbeiter/-in: Jens Harder           │\n"
    " Datum:          20.04.2027            │\n"
    "───────────────────────────────────────┴─────────────────────────────────\n\n"
    "Beschlussvorschlag:\nDie Stadtvertretung beschließt die Fortschreibung.\n"
)
OPEN = (
    "Stadt Husum\nBeschlussvorlage Nr. 2027/045\nFederführend:   Fachdienst 5 – Soziales,\n"
    "                Jugend und Bildung\nDatum: 21.04.2027\n\nBetreff:\nSprachkurse für Eltern\n"
)
CLOSED = (
    "Stadt Husum\nBeschlussvorlage Nr. 2027/046\nFederführend:   Fachdienst 5 – Soziales\n"
    "                Jugend und Bildung\nDatum: 21.04.2027\n\nBetreff:\nSprachkurse für Eltern\n"
)
ASIDE = (
    "Stadt Husum\nBeschlussvorlage Nr. 2027/047\nFederführend:   Fachdienst 5 – Soziales,\n"
    "Telefon 04841 666-0\nDatum: 21.04.2027\n\nBetreff:\nSprachkurse für Eltern\n"
)
LEGEND = (
    "Gemeinde Stuhr                                         Beschlussvorlage\n"
    "Der Bürgermeister                                      Nr. 2027/0390\n\n"
    "Sprachförderung in den Kindertagesstätten\n\nBeschlussvorschlag:\nDer Rat beschließt die Förderung.\n\n"
    "Beratungsfolge\n\nDatum        Gremium                            Zust.  Status\n"
    "04.05.2027   Ausschuss für Jugend und Soziales   V      Ö\n"
    "24.06.2027   Rat                                 B      Ö\n\n"
    "Zust. = Zuständigkeit: V = Vorberatung, B = Beschlussfassung · Status: Ö = öffentlich,\n"
    "N = nicht öffentlich\n\nSachverhalt:\nDie Kindertagesstätten …\n"
)
CASES = [
    (
        "fields beside a Beratungsfolge",
        SIDES,
        {
            "subject": "Fortschreibung des Integrationskonzepts der Stadt Husum",
            "department": "Fachdienst 5 – Soziales und Bildung",
            "author": "Jens Harder",
        },
    ),
    ("value left open", OPEN, {"department": "Fachdienst 5 – Soziales, Jugend und Bildung"}),
    ("value closed on its line", CLOSED, {"department": "Fachdienst 5 – Soziales"}),
    ("line under at another column", ASIDE, {"department": "Fachdienst 5 – Soziales"}),
    ("legend after the table", LEGEND, {"subject": "Sprachförderung in den Kindertagesstätten"}),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_side_columns_and_open_values(name: str, text: str, expected: dict[str, str | None]) -> None:
    check(text, expected)
