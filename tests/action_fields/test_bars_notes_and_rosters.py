"""action_fields: the rows of a bar chart of blocks under a caption naming the fields, the fields a
footnote to the plural noun names (its mark after the noun's attribute or on the noun), an enumeration
numbered in brackets opening the line after the noun and naming the next field anew in its clause, and
what is none: a row a footnote assigns to no field, a roster's sector column under a weak noun (invented
examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

CASES = [
    (
        "the rows of a bar chart of blocks with their shares, under a caption naming the fields",
        "Die Werkstatt hat den Stand festgestellt:\n\n"
        "  Umsetzungsstand nach Handlungsfeldern\n\n"
        "  Bildung und Schule               ████████░░   80 %   (8 von 10)\n"
        "  Arbeit und Beruf                 ██████░░░░   60 %   (3 von 5)\n"
        "  Wohnen im Dorf                   ███░░░░░░░   33 %   (2 von 6)\n"
        "  Pflege und Gesundheit            █████████░   86 %   (6 von 7)\n\n"
        "Die Liste der Maßnahmen liegt bei.\n",
        ["Bildung und Schule", "Arbeit und Beruf", "Wohnen im Dorf", "Pflege und Gesundheit"],
    ),
    (
        "the fields a footnote to the counted plural noun names, its source in brackets left out",
        "Das Programm regelt die Steuerung in den vier Handlungsfeldern des Integrationskonzepts¹.\n"
        "Für jedes Handlungsfeld benennt es Maßnahmen.\n\n"
        "2. Kosten\n"
        "Es entstehen keine Kosten.\n\n"
        "____________\n"
        "¹ Sprache und Kita; Arbeit und Beruf; Wohnen;\n"
        "  Gesundheit und Sport (Integrationskonzept 2021, Kapitel 3).\n",
        ["Sprache und Kita", "Arbeit und Beruf", "Wohnen", "Gesundheit und Sport"],
    ),
    (
        "the fields a footnote's mark set right on the counted plural noun names, a name wrapped in the note",
        "Der Aktionsplan ordnet 28 Vorhaben\n"
        "fünf Handlungsfeldern² zu. Jedes Vorhaben hat eine federführende Stelle.\n\n"
        "__________________\n"
        "² Frühe Bildung; Beruf und Qualifizierung; Leben im\n"
        "  Quartier; Pflege und Gesundheit; Vereine und Freizeit.\n",
        [
            "Frühe Bildung",
            "Beruf und Qualifizierung",
            "Leben im Quartier",
            "Pflege und Gesundheit",
            "Vereine und Freizeit",
        ],
    ),
    (
        "a footnote's mark on the noun whose note is a sentence, no names",
        "Der Aktionsplan ordnet 28 Vorhaben\n"
        "fünf Handlungsfeldern² zu. Jedes Vorhaben hat eine federführende Stelle.\n\n"
        "__________________\n"
        "² Die Zuordnung folgt dem Beschluss des Ausschusses vom 12.03.2025; sie wird jährlich\n"
        "  überprüft und bei Bedarf geändert.\n",
        [],
    ),
    (
        "a footnote's mark on the noun whose note names fewer names than the count",
        "Der Aktionsplan ordnet 28 Vorhaben\n"
        "fünf Handlungsfeldern² zu. Jedes Vorhaben hat eine federführende Stelle.\n\n"
        "__________________\n"
        "² Frühe Bildung; Beruf und Qualifizierung; Pflege und Gesundheit.\n",
        [],
    ),
    (
        "a quoted decision numbering the fields in brackets from the next line, the last named anew",
        "Der Rat hat am 01.02.2023 beschlossen:\n"
        "„Das Konzept wird fortgeschrieben. Dabei sind die Handlungsfelder\n"
        "(1) Bildung, (2) Arbeit und Beruf sowie (3) Öffnung der Verwaltung beizubehalten und um das\n"
        "Handlungsfeld (4) Teilhabe und Mitwirkung zu ergänzen.“\n",
        ["Bildung", "Arbeit und Beruf", "Öffnung der Verwaltung", "Teilhabe und Mitwirkung"],
    ),
    (
        "a table of fields and figures whose footnoted row the footnote assigns to no field",
        "Tabelle 2: Mittel nach Handlungsfeldern\n\n"
        "Handlungsfeld                          2027        2028\n"
        "Sprache und Bildung                  18.000      22.000\n"
        "Arbeit und Beruf                     12.000      14.000\n"
        "Wohnen                                9.500      11.500\n"
        "Querschnittsmittel*                   4.000       4.000\n\n"
        "* Fachtage, Übersetzungen; keinem Handlungsfeld zugeordnet.\n",
        ["Sprache und Bildung", "Arbeit und Beruf", "Wohnen"],
    ),
    (
        "a roster whose sector column a weak noun heads beside the persons' column: no fields",
        "3. Lenkungsgruppe\n\n"
        "lfd.  Name, Vorname              Institution                      Bereich\n"
        " 1    Hegemann, Klaus            Beigeordneter                    Verwaltung\n"
        " 2    Yıldırım, Serkan           Integrationsrat                  Politik\n"
        " 3    Wiesmann, Petra            Jobcenter                        Behörde\n"
        " 4    Öztürk, Kadir              Moscheegemeinde                  Zivilgesellschaft\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_layouts(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
