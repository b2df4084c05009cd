"""A Beratungsfolge going on after a page's foot printed once (a rule, the town's name with "Seite 1 von 4",
the paper's number with its print date): the foot is furniture, the table's rows after it are read, set
in gaps or single-spaced as a PDF's text gives them, the foot's glued to its rule or not. A header whose
bodies' column word carries a bracketed column word ("Gremium (Sitzung)"): the bracket says what the
body's cell holds in brackets (the meeting's code), one column, no first row's cell; the code is no part
of the body's name. Prose ending in a page number, and a print note after a sentence, stay text.
Every case is invented."""

from __future__ import annotations

import re

from extractors import load_resources
from extractors.consultations import extract
from pipeline.structure import view
from tests.helpers import document

HEAD = (
    "STADT LINDENAU\n"
    "Amt für Soziales                                   Ratsdrucksache Nr. 12/2031\n"
    "                                                   Lindenau, 3. Februar 2031\n\n"
    "Fortschreibung des Teilhabeplans\n\n"
)
FOOT = (
    "\n-----------------------------------------------------------------------------------------\n"
    "Stadt Lindenau – Der Bürgermeister                                         Seite 1 von 3\n"
    "Ratsdrucksache Nr. 12/2031                                  gedruckt am 03.02.2031 10:15\n\n"
)
TABLE = (
    "Beratungsfolge            Sitzungsart     Sitzungstermin                 Beratungsart\n"
    "Sozialausschuss           öffentlich      Mittwoch, 5. März 2031         Vorberatung\n"
    "Ausschuss für Kultur,     öffentlich      Donnerstag, 13. März 2031      Vorberatung\n"
    "Sport und Jugend\n"
    + FOOT
    + "Hauptausschuss            nichtöffentlich Donnerstag, 20. März 2031      Vorberatung\n"
    + "Stadtrat                  öffentlich      Donnerstag, 27. März 2031      Beschlussfassung\n\n"
    "Beschlussantrag\n\nDer Stadtrat beschließt den Plan.\n"
)
ROWS = [
    ("Sozialausschuss", "2031-03-05", "preliminary", True),
    ("Ausschuss für Kultur, Sport und Jugend", "2031-03-13", "preliminary", True),
    ("Hauptausschuss", "2031-03-20", "preliminary", False),
    ("Stadtrat", "2031-03-27", "decision", True),
]


def rows(text: str) -> list[tuple[str, str | None, str | None, bool | None]]:
    doc = document(text)
    return [(r.body, r.meeting_date, r.role, r.public) for r in extract(doc, load_resources(), view(doc))]


def furniture(text: str) -> list[str]:
    v = view(document(text))
    return [v.lines[i].text.strip() for i in sorted(v.furniture)]


def single_spaced(text: str) -> str:
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", text)


def test_a_table_goes_on_after_a_foot_printed_once() -> None:
    assert rows(HEAD + TABLE) == ROWS
    assert furniture(HEAD + TABLE)[-2:] == [
        "Stadt Lindenau – Der Bürgermeister                                         Seite 1 von 3",
        "Ratsdrucksache Nr. 12/2031                                  gedruckt am 03.02.2031 10:15",
    ]


def test_the_foot_single_spaced_as_a_pdf_gives_it() -> None:
    assert rows(single_spaced(HEAD + TABLE)) == ROWS


def test_the_foot_glued_to_its_rule_without_blank_lines() -> None:
    text = single_spaced(HEAD + TABLE).replace("-\nStadt Lindenau", "-Stadt Lindenau").replace("10:15\n\n", "10:15\n")
    assert rows(text) == ROWS


def test_prose_ending_in_a_page_number_and_a_print_note_after_a_sentence_stay_text() -> None:
    text = HEAD + (
        "Die Maßnahmen stehen im Bericht auf Seite 1 von 3\n"
        "Ratsdrucksache Nr. 12/2031 gedruckt am 03.02.2031 10:15\n\n"
        "Der Rat hat den Plan am 12/2031 gedruckt am 03.02.2031 beschlossen.\n"
    )
    assert furniture(text) == ["Ratsdrucksache Nr. 12/2031 gedruckt am 03.02.2031 10:15"]


SESSIONS = HEAD + (
    "Beratungsfolge\n"
    " lfd.  Termin                   Gremium (Sitzung)                            Zuständigkeit\n"
    " (1)   12.03.2031, 19:00 Uhr    Ortsbeirat Nord (OBR-ND/01/2031)             Anhörung\n"
    " (2)   19.03.2031, 18:30 Uhr    Hauptausschuss (HA/02/2031)                  Vorberatung\n"
    " (3)   26.03.2031, 18:30 Uhr    Gemeindevertretung (GV/02/2031)              Entscheidung\n\n"
    "Beschlussvorschlag\n\nDie Gemeindevertretung beschließt den Plan.\n"
)
SESSION_ROWS = [
    ("Ortsbeirat Nord", "2031-03-12", "deliberation", None),
    ("Hauptausschuss", "2031-03-19", "preliminary", None),
    ("Gemeindevertretung", "2031-03-26", "decision", None),
]


def test_a_bracketed_column_word_after_the_bodies_names_their_session_codes() -> None:
    assert rows(SESSIONS) == SESSION_ROWS


def test_the_session_codes_single_spaced_as_a_pdf_gives_them() -> None:
    assert rows(single_spaced(SESSIONS).replace("\n ", "\n")) == SESSION_ROWS
