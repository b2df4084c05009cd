"""A Beratungsfolge drawn as a box of box-drawing glyphs, its whole text flattened into one line: the box is cut
again at its bars into its lines (as many bars a line as its top rule has joints), a cell's wrapped line under a
name left open is the name's rest, one under a name that ended and without a name's words (the name in another
language) is none of it; a box one of whose lines lacks a bar gives nothing. Role letters spelled out by a legend
with equals signs are read inside the line too, and a text browser's link number is no word of a body."""

from __future__ import annotations

import re

from tests.consultations.test_consultations import run

BOX = """Beratungsfolge
╔════════════╦════════════════════════════════════════╦══════════════╦═════╗
║ Sitzung am ║ Gremium                                ║ Zuständigkeit║ Ö/N ║
╠════════════╬════════════════════════════════════════╬══════════════╬═════╣
║ 18.10.2027 ║ Ausschuss für Bildung, Kultur und      ║ Vorberatung  ║  Ö  ║
║            ║ Sport                                  ║              ║     ║
║ 03.11.2027 ║ Kreisausschuss                         ║ Vorberatung  ║  N  ║
║            ║ Wokrejny wuběrk                        ║              ║     ║
║ 17.11.2027 ║ Kreistag                               ║ Entscheidung ║  Ö  ║
╚════════════╩════════════════════════════════════════╩══════════════╩═════╝

Beschlussvorschlag
Der Kreistag beschließt das Konzept.
"""


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text) + "\n"


def test_a_flattened_drawn_box_is_cut_into_its_lines_again() -> None:
    _, found = run(_flat(BOX))
    assert [(c.body, c.meeting_date, c.role, c.public) for c in found] == [
        ("Ausschuss für Bildung, Kultur und Sport", "2027-10-18", "preliminary", True),
        ("Kreisausschuss", "2027-11-03", "preliminary", False),
        ("Kreistag", "2027-11-17", "decision", True),
    ]


def test_a_flattened_box_with_a_line_short_of_a_bar_gives_nothing() -> None:
    text = BOX.replace("║            ║ Sport  ", "             Sport  ")
    _, found = run(_flat(text))
    assert found == []


LETTERS = """Beratungsfolge         Gremium                          Sitzung        Art
                       Ortsrat Mitte                    01.03.2027     ö / A
                       Hauptausschuss                   18.03.2027     nö / V
                       Gemeinderat                      29.03.2027     ö / E
                       ö = öffentlich, nö = nichtöffentlich;
                       A = Anhörung, V = Vorberatung, E = Entscheidung

Sachverhalt
Der Gemeinderat hat am 19.07.2021 das Konzept beschlossen.
"""


def test_role_letters_of_a_legend_are_read_inside_a_flattened_line() -> None:
    _, found = run(_flat(LETTERS))
    assert [(c.body, c.role, c.public) for c in found] == [
        ("Ortsrat Mitte", "deliberation", True),
        ("Hauptausschuss", "preliminary", False),
        ("Gemeinderat", "decision", True),
    ]


def test_a_link_number_is_no_word_of_a_body() -> None:
    text = "Beratungsfolge:\nDatum Gremium Ö/N\n06.09.2027 [11]Senat der Stadt N\n30.09.2027 [15]Bürgerschaft Ö\n\n"
    _, found = run(text + "Begründung:\nText.\n")
    assert [c.body for c in found] == ["Senat der Stadt", "Bürgerschaft"]
