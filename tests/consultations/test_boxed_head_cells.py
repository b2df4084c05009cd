"""A Beratungsfolge drawn in a narrow ruled box, as text exports set it: the bodies' column word
with its attribute in brackets wrapped under it ("Beratungsfolge" / "(Zuständigkeit)"), each body
cell wrapped over lines and closed by its role in brackets, set row by row or column by column;
and a key-value form whose labels stand alone over their values ("Gremium:" / the body, blank
lines between or none)."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations import extract
from pipeline.document import Document
from pipeline.structure import view


def rows(text: str) -> list[tuple[str, str, str | None, bool | None]]:
    doc = Document.from_pages("x", "x", "x", [(p, "plain_text", None) for p in text.split("\f")])
    return [(c.body, c.meeting_date, c.role, c.public) for c in extract(doc, load_resources(), view(doc))]


HEAD = "Gemeinde Lindenbach\nDer Bürgermeister\nBeschlussvorlage\n\n"
TAIL = "\nBetreff:\nNeubau einer Kindertagesstätte\n\nBeschlussvorschlag:\nDer Rat beschließt den Neubau.\n"
EXPECTED = [
    ("Ortsrat Kleinlinden", "2027-03-01", "deliberation", True),
    ("Ausschuss für Jugend, Schule und Sport", "2027-03-09", "preliminary", False),
    ("Rat der Gemeinde Lindenbach", "2027-03-23", "decision", True),
]
ROW_BY_ROW = (
    "Beratungsfolge\n(Zuständigkeit)\n\nSitzungstermin\n\nStatus\n\n"
    "Ortsrat\nKleinlinden\n(Anhörung)\n\n01.03.2027\n\nÖ\n\n"
    "Ausschuss für\nJugend, Schule\nund Sport\n(Vorberatung)\n\n09.03.2027\n\nN\n\n"
    "Rat der\nGemeinde\nLindenbach\n(Entscheidung)\n\n23.03.2027\n\nÖ\n"
)
COLUMN_BY_COLUMN = (
    "Beratungsfolge\n\n(Zuständigkeit)\n\nSitzungstermin\n\nStatus\n\n"
    "Ortsrat\nKleinlinden\n(Anhörung)\n\nAusschuss für\nJugend, Schule\nund Sport\n(Vorberatung)\n\n"
    "Rat der\nGemeinde\nLindenbach\n(Entscheidung)\n\n"
    "01.03.2027\n\n09.03.2027\n\n23.03.2027\n\nÖ\n\nN\n\nÖ\n"
)


@pytest.mark.parametrize("table", [ROW_BY_ROW, COLUMN_BY_COLUMN], ids=["row-by-row", "column-by-column"])
def test_bodies_closed_by_their_role_in_brackets(table: str) -> None:
    assert rows(HEAD + table + TAIL) == EXPECTED


def test_more_bodies_closed_by_brackets_than_dates_give_no_row() -> None:
    """Three cells closed by their roles over two dates: the cells do not pair, nothing is read."""
    table = (
        "Beratungsfolge\n\n(Zuständigkeit)\n\nSitzungstermin\n\n"
        "Ortsrat\nKleinlinden\n(Anhörung)\n\nAusschuss für\nJugend, Schule\nund Sport\n(Vorberatung)\n\n"
        "Rat der\nGemeinde\nLindenbach\n(Entscheidung)\n\n01.03.2027\n\n09.03.2027\n"
    )
    assert rows(HEAD + table + TAIL) == []


BLOCKS = [
    ("Ortsrat Kleinlinden", "Mo, 01.03.2027", "Anhörung", "öffentlich"),
    ("Ausschuss für Jugend, Schule und Sport", "Di, 09.03.2027", "Vorberatung", "nichtöffentlich"),
    ("Rat der Gemeinde Lindenbach", "Di, 23.03.2027", "Entscheidung", "öffentlich"),
]


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["no-blank", "blank-lines"])
def test_labels_alone_over_their_values(gap: str) -> None:
    blocks = "".join(
        f"Gremium:{gap}{body}{gap}Termin:{gap}{date}{gap}Zuständigkeit:{gap}{role}{gap}Sitzungsart:{gap}{public}{gap}"
        for body, date, role, public in BLOCKS
    )
    assert rows(HEAD + "Beratungsfolge:\n" + blocks + TAIL) == EXPECTED


def test_a_label_alone_over_another_label_takes_no_value() -> None:
    """ "Gremium:" over "Termin: …": the label's value is missing, and the blocks are no run."""
    blocks = "Gremium:\nTermin: Mo, 01.03.2027\nGremium:\nTermin: Di, 09.03.2027\n"
    assert rows(HEAD + "Beratungsfolge:\n" + blocks + TAIL) == []


def test_rows_one_cell_a_line_each_closed_by_its_date_under_a_bare_heading() -> None:
    """No column words and no blank lines: each row a name (wrapped over lines), its role, its date."""
    table = (
        "Beratungsfolge:\nOrtsrat Kleinlinden\nAnhörung\n01.03.2027\nAusschuss für\nJugend, Schule und Sport\n"
        "Vorberatung\n09.03.2027\nRat der Gemeinde\nLindenbach\nEntscheidung\n23.03.2027\n"
    )
    assert [r[:3] for r in rows(HEAD + table + TAIL)] == [r[:3] for r in EXPECTED]


def test_lines_that_are_no_rows_closed_by_their_dates_give_no_row() -> None:
    """A name, a date and a role in another order row by row: not this form, nothing paired by it."""
    table = (
        "Beratungsfolge:\nOrtsrat Kleinlinden\n01.03.2027\nAnhörung\nVorberatung\n09.03.2027\nAusschuss für Jugend\n"
    )
    assert [r for r in rows(HEAD + table + TAIL) if r[1] == "2027-03-09"] == []


@pytest.mark.parametrize("label", ["Datum", "Sitzungstermin"])
def test_a_form_label_over_its_date_among_the_cells_is_no_row(label: str) -> None:
    """The boxed head form set among the table's cells: "Vorlage" / "Nr." / its id / "Datum" / its
    date is a label over its value, no meeting of a body "Vorlage"."""
    table = (
        "Beratungsfolge\n\nTermin\n\nOrtsrat Kleinlinden\n\n01.03.2027\n\nRat der Gemeinde Lindenbach\n\n23.03.2027\n\n"
        f"Vorlage\nNr.\n\n0042/2027\n\n{label}\n\n12.02.2027\n\nBearbeiterin\n\nMöller, Jana\n"
    )
    got = rows(HEAD + table + TAIL)
    assert [r[:2] for r in got] == [
        ("Ortsrat Kleinlinden", "2027-03-01"),
        ("Rat der Gemeinde Lindenbach", "2027-03-23"),
    ]
