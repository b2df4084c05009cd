"""A Beratungsfolge table whose other columns wrap beside a body's name: a meeting's time under its
date, a result's or role's rest under its cell, while the name goes on over two or three lines; set
out by gaps, and single-spaced as a PDF's text layer gives it. The rests are the row's cells, no words
of a name and no rows of their own. Every case is invented: other names, other words, the same forms."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations import extract
from extractors.consultations.tables import from_tables
from extractors.consultations.vocab import vocab
from pipeline.structure import view
from tests.helpers import document

HEAD = "BESCHLUSSVORLAGE\nVorlage Nr.: 2026/118\nDatum: 02.03.2026\n\n"
TAIL = "\nBeschlussvorschlag:\nDer Rat beschließt das Leitbild.\n"
Row = tuple[str, str, "str | None", "bool | None"]


def rows(text: str) -> list[Row]:
    doc = document(HEAD + text + TAIL)
    return [(r.body, r.meeting_date or "", r.role, r.public) for r in extract(doc, load_resources(), view(doc))]


def table_rows(text: str) -> list[Row]:
    """What the table reader alone reads, before the table model's rows are merged in."""
    doc = document(HEAD + text + TAIL)
    v = vocab(load_resources())
    return [(r.body, r.meeting_date or "", r.role, r.public) for r in from_tables(doc, v, view(doc))]


THREE_LINES = [
    ("Ausschuss für Kultur, Sport und Freizeit der Großen Kreisstadt", "2026-04-14", "preliminary", True),
    ("Werkausschuss", "2026-04-22", "preliminary", False),
    ("Gemeinderat", "2026-05-07", "decision", True),
]
BESIDE = [
    pytest.param(
        "Beratungsfolge:\nGremium                    Termin             TOP    Zuständigkeit     Ergebnis\n"
        "Ausschuss für Kultur,      Di, 14.04.2026     Ö 4    Vorberatung       einstimmig\n"
        "Sport und Freizeit der     18:30 Uhr                 (federführend)    empfohlen\n"
        "Großen Kreisstadt\n"
        "Werkausschuss              Mi, 22.04.2026     N 2    Vorberatung\n"
        "                           17:00 Uhr\n"
        "Gemeinderat                Do, 07.05.2026     Ö 9    Entscheidung\n"
        "                           18:00 Uhr\n",
        THREE_LINES,
        id="gaps",
    ),
    pytest.param(  # the same table as a PDF's text layer gives it, every gap one space
        "Beratungsfolge:\nGremium Termin TOP Zuständigkeit Ergebnis\n"
        "Ausschuss für Kultur, Di, 14.04.2026 Ö 4 Vorberatung einstimmig\n"
        "Sport und Freizeit der 18:30 Uhr (federführend) empfohlen\n"
        "Großen Kreisstadt\n"
        "Werkausschuss Mi, 22.04.2026 N 2 Vorberatung\n"
        "17:00 Uhr\n"
        "Gemeinderat Do, 07.05.2026 Ö 9 Entscheidung\n"
        "18:00 Uhr\n",
        THREE_LINES,
        id="single-spaced",
    ),
    pytest.param(  # single-spaced with every line set apart by a blank one, as pdfminer.six exports it
        "Beratungsfolge:\n\nGremium Termin TOP Zuständigkeit Ergebnis\n\n"
        "Ausschuss für Kultur, Di, 14.04.2026 Ö 4 Vorberatung einstimmig\n\n"
        "Sport und Freizeit der 18:30 Uhr (federführend) empfohlen\n\n"
        "Großen Kreisstadt\n\n"
        "Werkausschuss Mi, 22.04.2026 N 2 Vorberatung\n\n"
        "17:00 Uhr\n\n"
        "Gemeinderat Do, 07.05.2026 Ö 9 Entscheidung\n\n"
        "18:00 Uhr\n",
        THREE_LINES,
        id="lines-apart",
    ),
    pytest.param(  # the time's unit only ("18 Uhr"), a result's rest beside the name's last line
        "Beratungsfolge:\nGremium                    Sitzung            Zuständigkeit     Ergebnis\n"
        "Beirat für Teilhabe und     Mo, 09.03.2026     Vorberatung       zur Kenntnis\n"
        "Inklusion der Stadt         18 Uhr                               genommen\n"
        "Stadtrat                   Do, 26.03.2026     Entscheidung\n",
        [
            ("Beirat für Teilhabe und Inklusion der Stadt", "2026-03-09", "preliminary", None),
            ("Stadtrat", "2026-03-26", "decision", None),
        ],
        id="unit-only",
    ),
]

# a role cell wrapped after its preposition ("Bericht zur" / "Kenntnisnahme"), under its column or at the
# line's start: the rest is the role's, no word of the name
ROLE_REST = [
    pytest.param(
        "Beratungsfolge\nGremium                         Sitzung            Ö/N   Zuständigkeit\n"
        "Seniorenbeirat                  Mo, 02.02.2026     Ö     Bericht zur\n"
        "                                                         Kenntnisnahme\n"
        "Ortschaftsrat Nordheim          Di, 10.02.2026     Ö     Vorberatung\n",
        id="under-its-column",
    ),
    pytest.param(
        "Beratungsfolge\nGremium                         Sitzung            Ö/N   Zuständigkeit\n"
        "Seniorenbeirat                  Mo, 02.02.2026     Ö     Bericht zur\n"
        "Kenntnisnahme\n"
        "Ortschaftsrat Nordheim          Di, 10.02.2026     Ö     Vorberatung\n",
        id="at-the-line-start",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BESIDE)
def test_cells_beside_a_wrapped_name_are_the_row_s(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text", ROLE_REST)
def test_a_role_s_rest_is_no_word_of_the_name(text: str) -> None:
    expected = [
        ("Seniorenbeirat", "2026-02-02", "information", True),
        ("Ortschaftsrat Nordheim", "2026-02-10", "preliminary", True),
    ]
    assert table_rows(text) == expected
    assert rows(text) == expected


def test_a_row_without_a_date_under_a_closed_name_stays_a_row() -> None:
    """Cells under the row's columns after a name that ends closed are a row of its own, not a rest."""
    text = (
        "Beratungsfolge\nGremium                         Sitzung            Zuständigkeit\n"
        "Sozialausschuss                 Mo, 02.02.2026     Vorberatung\n"
        "Gemeinderat                                        Entscheidung\n"
    )
    assert rows(text) == [("Sozialausschuss", "2026-02-02", "preliminary", None), ("Gemeinderat", "", "decision", None)]


def test_a_hyphenated_role_beside_a_name_s_rest_is_joined() -> None:
    """A role cell cut by a hyphen ("Vor-" / "beratung") beside the name's rest stays the row's role."""
    text = (
        "Beratungsfolge       Sitzungsdatum Zuständigkeit\nKreistag des Landkreises 10.09.2026    Vor-\n"
        "(Nord)                                 beratung\nGemeinderat          01.10.2026    Entscheidung\n"
    )
    assert rows(text)[0] == ("Kreistag des Landkreises (Nord)", "2026-09-10", "preliminary", None)


def test_a_name_cut_by_a_hyphen_around_its_row_is_no_cell_of_the_row_above() -> None:
    """A name cut by a hyphen whose two parts stand above and under its row, the row's name cell left
    empty ("Gemein-" / "Entscheidung   öffentlich   26.03.2026" / "derat"): the first part goes on
    below, so it is no rest of the row above's cells; the name is read whole or not at all."""
    text = (
        "Zuständigkeit   Organ   Status   Termin\n"
        "Vorberatung   Bauausschuss   Ö   12.03.2026\n"
        "Gemein-\n"
        "Entscheidung      öffentlich   26.03.2026\n"
        "derat\n"
    )
    read = rows(text)
    assert read[0] == ("Bauausschuss", "2026-03-12", "preliminary", True)
    assert read[1:] in ([], [("Gemeinderat", "2026-03-26", "decision", True)])
