"""action_fields: a catalogue of measures parted into groups by divider rows set between rules across the table
("═══ HANDLUNGSFELD 2 · ARBEIT ═══"), also as a PDF wraps a long row, its closing rule and the name's rest on the
line under it (invented examples, with near misses)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

HEAD = "Stadt Gronau\nBeschlussvorlage 33/2027\n\nBetreff: Maßnahmenkatalog Integration\n\nAnlage 2: Maßnahmen\n\n"
COLUMNS = (
    "Nr.     Maßnahme                                    Zuständig            Beginn\n"
    "──────────────────────────────────────────────────────────────────────────────────\n"
)
TAIL = "\nDer Katalog wird jährlich fortgeschrieben.\n"

DIVIDERS = [
    (
        "divider rows in capitals between rules, number and name apart at a middle dot",
        COLUMNS + "══════════════ HANDLUNGSFELD 1 · KITA UND GRUNDSCHULE ══════════════\n"
        "1.1     Leseclubs in den Stadtbüchereien              Bibliothek           2027\n"
        "1.2     Elterncafés                                   Familienbüro         2028\n"
        "══════════════════ HANDLUNGSFELD 2 · AUSBILDUNG ══════════════════════\n"
        "2.1     Praktikumsbörse                               Wirtschaftsförderung 2027\n"
        "════════════ HANDLUNGSFELD 3 · NACHBARSCHAFT UND WOHNEN ════════════\n"
        "3.1     Hausbesuche in Neubaugebieten                 Quartiersbüro        2028\n",
        ["KITA UND GRUNDSCHULE", "AUSBILDUNG", "NACHBARSCHAFT UND WOHNEN"],
    ),
    (
        "the rows as a PDF wraps them: the closing rule and the name's rest on the next line, a word broken",
        COLUMNS + "══════════════ HANDLUNGSFELD 1 · KITA UND GRUNDSCHU-\nLE ══════════════\n"
        "1.1 Leseclubs in den Stadtbüchereien Bibliothek 2027\n"
        "══════════════════ HANDLUNGSFELD 2 · AUSBILDUNG\n══════════════════════\n"
        "2.1 Praktikumsbörse Wirtschaftsförderung 2027\n"
        "════════════ HANDLUNGSFELD 3 · NACHBARSCHAFT UND\nWOHNEN ════════════\n"
        "3.1 Hausbesuche in Neubaugebieten Quartiersbüro 2028\n",
        ["KITA UND GRUNDSCHULE", "AUSBILDUNG", "NACHBARSCHAFT UND WOHNEN"],
    ),
]

DIVIDERS_NEGATIVE = [
    (
        "divider rows without the field noun name no fields",
        COLUMNS + "══════════════ TEIL 1 · KITA UND GRUNDSCHULE ══════════════\n"
        "1.1     Leseclubs in den Stadtbüchereien              Bibliothek           2027\n"
        "══════════════════ TEIL 2 · AUSBILDUNG ══════════════════════\n"
        "2.1     Praktikumsbörse                               Wirtschaftsförderung 2027\n",
        [],
    ),
    (
        "a long line under a ruled row is no rest of its name",
        COLUMNS + "══════════════ HANDLUNGSFELD 1 · KITA UND GRUNDSCHULE\n"
        "Die Maßnahmen dieses Feldes werden von der Bibliothek und dem Familienbüro ══════\n"
        "1.1     Leseclubs in den Stadtbüchereien              Bibliothek           2027\n",
        ["KITA UND GRUNDSCHULE"],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), DIVIDERS + DIVIDERS_NEGATIVE, ids=lambda v: str(v)[:40])
def test_ruled_divider_rows(name: str, text: str, expected: list[str]) -> None:
    assert labels(HEAD + text + TAIL) == expected, name
