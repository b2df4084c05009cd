"""A header whose two columns a PDF's text layer set one space apart (the gap between them lost):
the letterhead with the document type after it on one line ("Region Hannover Beschlussvorlage"),
a number label inside the office's line with an id that carries its period in brackets and a letter
code ("Der Regionspräsident Nr. 0815 (IV) BV"), and, beyond the header, an office's line that ends
in its place and date ("Jugendamt Musterstadt Musterstadt, den 03.02.2026")."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import check, extract

DISTRICT = """{letterhead}{sep}{doc_type}
{office}{sep}Nr. {number}
Fachbereich Jugend und Familie{sep}{town}, 09.09.2026

Betreff:
Neuordnung der Familienbildung

Beratungsfolge:
Jugendhilfeausschuss 22.09.2026 Vorberatung
{council} 06.10.2026 Entscheidung
"""

CASES = [
    ("Region Hannover", "Der Regionspräsident", "Hannover", "Regionsversammlung", "Beschlussvorlage", "0815 (IV) BV"),
    (
        "Region Hannover",
        "Der Regionspräsident",
        "Hannover",
        "Regionsversammlung",
        "Informationsdrucksache",
        "77 (VI) IDs",
    ),
    ("Landkreis Harburg", "Der Landrat", "Winsen (Luhe)", "Kreistag", "Sitzungsvorlage", "1204 (XVIII) SV"),
]


@pytest.mark.parametrize("sep", [" ", "                "], ids=["one-space", "gap"])
@pytest.mark.parametrize(("letterhead", "office", "town", "council", "doc_type", "number"), CASES)
def test_letterhead_and_bracketed_number_one_space_from_the_other_column(
    letterhead: str, office: str, town: str, council: str, doc_type: str, number: str, sep: str
) -> None:
    text = DISTRICT.format(
        letterhead=letterhead, office=office, town=town, council=council, doc_type=doc_type, number=number, sep=sep
    )
    check(text, {"municipality": letterhead.removeprefix("Landkreis "), "doc_number": number})


@pytest.mark.parametrize(
    "value",
    [
        "0815 (IV) BV und weitere",  # the bracketed id does not end its cell
        "(IV) BV",  # no count before the bracket
        "0815 (iv) BV",  # no capital code in the bracket
    ],
)
def test_no_bracketed_number_where_the_form_is_not_whole(value: str) -> None:
    text = DISTRICT.format(
        letterhead="Region Hannover",
        office="Der Regionspräsident",
        town="Hannover",
        council="Regionsversammlung",
        doc_type="Beschlussvorlage",
        number=value,
        sep=" ",
    )
    assert extract(text).get("doc_number") != value


def test_a_type_word_after_a_one_word_cell_is_no_letterhead_cut() -> None:
    """A single word before the type names no letterhead of its own ("Landeshauptstadt Vorlage" is
    two columns flattened: its name stands on the next line)."""
    from extractors import load_resources
    from extractors.metadata.gazetteer import gazetteer
    from extractors.metadata.letterheads import spaced_type
    from extractors.metadata.place_names import vocabulary

    res = load_resources()
    voc = vocabulary(res, gazetteer(res))
    assert spaced_type("Landeshauptstadt Vorlage", voc) is None
    assert spaced_type("Kreis Unna Mitteilungsvorlage", voc) == len("Kreis Unna")
    assert spaced_type("Kreis Unna Fachbereich", voc) is None


LATE_DATE = """Kreistag Musterkreis

Drucksache - 0456/VII

Betreff: Bericht über die Familienzentren 2025
Status: öffentlich

Beratungsfolge:
Ausschuss für Familie                              Kenntnisnahme
12.03.2026

Sachverhalt

{line}
Abteilung Jugend und Familie

Vorlage zur Kenntnisnahme für den Kreistag
"""


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Bezirksamt Spandau von Berlin Berlin, den 24.02.2026", "2026-02-24"),
        ("Jugendamt der Stadt Bonn Bonn, den 11.11.2025", "2025-11-11"),
        # a sentence: too many words before the place, no document date
        ("Die Kommission tagte nach der Anhörung im Rathaus in Bonn, den 11.11.2025", None),
        # no ", den" before the date: no place and date line of its own beyond the header
        ("Bezirksamt Spandau von Berlin Berlin, 24.02.2026", None),
    ],
)
def test_place_and_date_ending_an_office_s_line_beyond_the_header(line: str, date: str | None) -> None:
    check(LATE_DATE.format(line=line), {"doc_date": date})
