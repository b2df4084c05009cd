"""A Beratungsfolge in the right one of two columns set side by side, a bar down the gutter (a council system's
detail export: the paper's labelled fields at the left), its rows the date and the body wrapped within the column,
the status and role under them parted by a middle dot ("Ö · Vorberatung"), under a header whose one column stacks
the body over its status and role ("Gremium / Status / Zuständigkeit")."""

from __future__ import annotations

from pipeline.structure.sides import right_column
from tests.consultations.test_consultations import run

SIDES = (
    "Gemeinde Musterhausen – Ratsinformationssystem\n"
    "Vorlage 2028/014\n"
    "──────────────────────────────────┬──────────────────────────────────\n"
    " Betreff:      Sanierung des      │ Beratungsfolge:\n"
    "               Freibads           │\n"
    " Status:       öffentlich         │ Datum       Gremium / Status / Zuständigkeit\n"
    " Vorlage-Art:  Beschlussvorlage   │ 03.02.2028  Ausschuss für Sport,\n"
    " Federführend: Amt 52 – Sport     │             Kultur und Freizeit\n"
    " Datum:        10.01.2028         │             Ö · Vorberatung\n"
    "                                  │ 15.02.2028  Finanzausschuss\n"
    "                                  │             N · Vorberatung\n"
    "                                  │ 29.02.2028  Gemeinderat\n"
    "                                  │             Ö · Entscheidung\n"
    "──────────────────────────────────┴──────────────────────────────────\n\n"
    "Beschlussvorschlag:\nDer Gemeinderat beschließt die Sanierung.\n"
)

EXPECTED = [
    ("Ausschuss für Sport, Kultur und Freizeit", "2028-02-03", "preliminary", True),
    ("Finanzausschuss", "2028-02-15", "preliminary", False),
    ("Gemeinderat", "2028-02-29", "decision", True),
]


def test_right_column_read_as_its_own_block() -> None:
    _, rows = run(SIDES)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == EXPECTED


def test_right_column_with_gaps_closed() -> None:
    """As a PDF's text sets it: the gaps closed to one blank, the bar where the left column's text ends."""
    text = "\n".join(" ".join(ln.split()) for ln in SIDES.split("\n"))
    _, rows = run(text)
    assert [(r.body, r.meeting_date) for r in rows] == [e[:2] for e in EXPECTED]


def test_one_bar_line_is_no_page_of_two_columns() -> None:
    """A quotation's margin or a single barred line is no stretch of two columns; a drawn table's lines hold
    several bars."""
    assert right_column("Text │ mehr\nweiter\n")[1] == []
    table = "│ Rat │ 03.02.2028 │\n│ Amt │ 15.02.2028 │\n│ Bad │ 29.02.2028 │\n│ Hof │ 01.03.2028 │\n"
    assert right_column(table)[1] == []


def test_left_column_dates_stay_out() -> None:
    """The left column's labelled date is no meeting; without a Beratungsfolge at the right nothing is read."""
    text = "\n".join(ln.split("│")[0] + ("│ Anlagen: 2" if "│" in ln else "") for ln in SIDES.split("\n"))
    _, rows = run(text)
    assert rows == []
