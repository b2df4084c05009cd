"""A header whose columns a PDF's text layer set one space apart, read as the text file with its
gaps would be: a letter-spaced type or a mixed-case column after a letterhead's name, a letter-spaced
letterhead that is no title, a title that wraps after a comma under a labelled department, a bare
number label ending an office's line, and a Betreff beside another column's heading (no subject to
part). A text that sets a blank line after every line reads its title whole."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import check, extract

DISTRICT = """{letterhead}
Der Landrat – öffentlich – Datum: 03.02.2031
Amt 50 · Sozialamt Einreicher: Landrat

Gegenstand: Teilhabeplan des Kreises – Leitziele und Berufung des Beirats

Beratungsfolge
Kreisausschuss 21.02.2031 Vorberatung
Kreistag 11.03.2031 Beschluss

Beschlussvorschlag
Der Kreistag beschließt den Teilhabeplan.

Begründung
Siegburg, 03.02.2031
"""


@pytest.mark.parametrize(
    "letterhead",
    [
        "Rhein-Sieg-Kreis B E S C H L U S S V O R L A G E Nr.: 0815/2031",
        "Rhein-Sieg-Kreis          B E S C H L U S S V O R L A G E          Nr.: 0815/2031",
        "RHEIN-SIEG-KREIS Vorlage des Kreisausschusses",
    ],
    ids=["letter-spaced-type", "gaps", "capitals-then-mixed-case"],
)
def test_a_letterhead_name_one_space_before_the_column_beside_it(letterhead: str) -> None:
    check(DISTRICT.format(letterhead=letterhead), {"municipality": "Rhein-Sieg-Kreis"})


CITY = """FREIE HANSESTADT BREMEN
D i e S e n a t o r i n f ü r S o z i a l e s
{blank}
Vorlage 21/0815 │ Beschlussvorlage der Senatorin │ 07.04.2031 │ öffentlich
Federführung: Referat Integration und Teilhabe (R 3)
{blank}
Handlungskonzept Integration 2031–2035 „Bremen gemeinsam“ – Handlungsfelder,
Lenkungsgruppe und
Zuwendung für die Moderation
{blank}
Beratungsfolge
Gremium Datum Status
Sozialdeputation 21.04.2031 öffentlich
Stadtbürgerschaft 28.05.2031 öffentlich

Sachverhalt
Die Stadtbürgerschaft hat den Senat gebeten, ein Handlungskonzept vorzulegen.
"""

CITY_TITLE = (
    "Handlungskonzept Integration 2031–2035 „Bremen gemeinsam“ – Handlungsfelder, Lenkungsgruppe und "
    "Zuwendung für die Moderation"
)


@pytest.mark.parametrize("blank", ["", "\n"], ids=["blank-lines-dropped", "blank-lines"])
def test_a_letter_spaced_letterhead_is_no_title_and_a_title_wraps_after_a_comma(blank: str) -> None:
    check(CITY.format(blank=blank).replace("\n\n\n", "\n\n"), {"subject": CITY_TITLE})


def test_a_blank_line_after_every_line_keeps_the_title_whole() -> None:
    """An export that sets a blank line after every line (and parts the title's lines so): the
    title is read whole, also where the line-by-line reading finds only its last part."""
    text = "\n\n".join(CITY.format(blank="").replace("\n\n", "\n").splitlines()) + "\n"
    assert extract(text).get("subject") == CITY_TITLE


OFFICE_NUMBER = """Landratsamt Saale-Holzland-Kreis Kreistagsdrucksache
Fachbereich Soziales, Jugend und Gesundheit {label} {number}
Sozialplanung öffentlich
Im Schloss 2 · 07607 Eisenberg Eisenberg, 22.03.2031

Gegenstand: Pflegestrukturplan des Kreises 2031–2036

Beratungsfolge
Kreisausschuss 26.04.2031 Vorberatung
Kreistag 12.05.2031 Beschluss

Beschlussvorschlag
Der Kreistag beschließt den Pflegestrukturplan.
"""


@pytest.mark.parametrize("number", ["KT-DS 0412/2031", "KT/0412/2031", "0412/2031"])
def test_a_number_label_ending_an_office_line_flattened(number: str) -> None:
    check(OFFICE_NUMBER.format(label="Nr.", number=number), {"doc_number": number})


def test_no_number_from_a_sentence_ending_in_a_number() -> None:
    """Words in lower case before the label make a sentence, not an office's line."""
    text = OFFICE_NUMBER.format(label="wie im Beschluss Nr.", number="0412/2031")
    assert extract(text).get("doc_number") is None


HEAD = """Landratsamt Vogelsbergkreis Beschlussvorlage
Dezernat II · Jugend, Soziales Drucksache Nr. KT/0311/2031
Sozialamt Lauterbach, 16.02.2031

"""
COLUMNS = [
    ("Betreff:", "Beratungsfolge:"),
    ("Zweiter Aktionsplan des Kreises zur", "Beirat für Menschen mit"),
    ("Umsetzung der Behindertenrechtskonvention", "Behinderungen 02.03.31 ö Empf."),
    ("und Fortführung der Lenkungsgruppe", "Kreistag 25.03.31 ö Beschl."),
]
TAIL = """
Beschlussvorschlag:
Der Kreistag beschließt den Zweiten Aktionsplan.
"""


def test_a_betreff_run_into_the_column_beside_it_gives_no_subject() -> None:
    text = HEAD + "".join(f"{left} {right}\n" for left, right in COLUMNS) + TAIL
    assert extract(text).get("subject") is None


def test_a_betreff_beside_another_column_after_a_gap_is_read() -> None:
    text = HEAD + "".join(f"{left:<50}{right}\n" for left, right in COLUMNS) + TAIL
    left = " ".join(left for left, _ in COLUMNS[1:])
    assert extract(text).get("subject") == left
