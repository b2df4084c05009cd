"""Single-spaced rows of a Beratungsfolge as a PDF's text layer sets them when the gaps between
cells are lost: a row too long for the line wraps its last cell, the role, onto a line of its own
between the lines of a wrapped body ("… Ausschuss für Kultur, Sport, 4.1" / "Vorberatung" /
"Freizeit und Tourismus"); a row that opens with its status cell before a body whose head word is a
column word ("Nichtöffentlich Ausschuss für Umwelt …") is a row, not a second header."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations.headers import header
from extractors.consultations.vocab import vocab
from tests.consultations.test_consultations import run

WRAPPED_ROLE = """Beratungsfolge:
Status Sitzungstermin Gremium TOP Zuständigkeit
Ö Mi., 07.10.2026, 16:00 Uhr Jugendhilfeausschuss 3 Anhörung
Ö Do., 15.10.2026, 17:00 Uhr {first} 4.1
{tail}
{second}
N Di., 20.10.2026, 10:00 Uhr Kreisausschuss 2 Vorberatung
Ö Di., 03.11.2026, 15:00 Uhr Kreistag 9 Entscheidung

Antrag:
Der Kreistag beschließt:
"""


@pytest.mark.parametrize(
    ("first", "second", "tail", "role"),
    [
        ("Ausschuss für Kultur, Sport,", "Freizeit und Tourismus", "Vorberatung", "preliminary"),
        ("Ausschuss für Bauen, Planen,", "Umwelt und Klimaschutz", "Beratung und Entscheidung", "decision"),
        ("Ausschuss für Schule und", "Weiterbildung", "Anhörung", "deliberation"),
    ],
)
def test_role_wrapped_between_the_lines_of_its_row_s_body(first: str, second: str, tail: str, role: str) -> None:
    _, found = run(WRAPPED_ROLE.format(first=first, second=second, tail=tail))
    rows = [(c.body, c.meeting_date, c.role) for c in found]
    assert (f"{first} {second}", "2026-10-15", role) in rows
    assert len(rows) == 4


def test_a_line_of_the_body_with_a_role_word_in_it_stays_the_body_s() -> None:
    """A line that holds more than role words is a line of the name, not the row's wrapped role."""
    text = WRAPPED_ROLE.format(first="Ausschuss für Bauen,", tail="Planung und Verkehr", second="und Umwelt")
    _, found = run(text)
    row = next(c for c in found if c.meeting_date == "2026-10-15")
    assert row.body == "Ausschuss für Bauen, Planung und Verkehr und Umwelt"
    assert row.role is None


STATUS_FIRST = """Beratungsfolge
Gremium Datum
{first} Ausschuss für Umwelt, Klima und Verkehr 12.05.2026
{second} Bezirksversammlung 28.05.2026

Neugestaltung des Marktplatzes
"""


@pytest.mark.parametrize(("first", "second"), [("Nichtöffentlich", "Öffentlich"), ("Öffentlich", "Nichtöffentlich")])
def test_status_cell_before_a_body_headed_by_a_column_word(first: str, second: str) -> None:
    _, found = run(STATUS_FIRST.format(first=first, second=second))
    assert [(c.body, c.meeting_date, c.public) for c in found] == [
        ("Ausschuss für Umwelt, Klima und Verkehr", "2026-05-12", first == "Öffentlich"),
        ("Bezirksversammlung", "2026-05-28", second == "Öffentlich"),
    ]


def test_a_column_word_followed_by_a_link_word_opens_no_header() -> None:
    v = vocab(load_resources())
    assert header("Öffentlich Ausschuss für Umwelt 12.05.2026", v) is None
    assert header("Nichtöffentlich Ausschuss der Stadtwerke 12.05.2026", v) is None
    found = header("Status Ausschuss Datum", v)  # a header whose last word is followed by nothing
    assert found is not None and found.kinds == ("public", "body", "date")
    found = header("Ausschuss Datum Ausschuss für Umwelt 12.05.2026", v)  # the first row after the header words
    assert found is not None and found.kinds == ("body", "date")


WRAPPED_TAB_CELLS = (
    "Beratungsfolge\n"
    "Gremium\tSitzung\tSitzungsdatum\tö /\tBeratungstyp\tTOP-Nr.\n"
    "nö\n"
    "Ausschuss für\tSitzung des\t14.04.2026\tö\tvorberatend\t3\n"
    "Umwelt, Energie\tAusschusses für\n"
    "und Mobilität (Gemeinde\tUmwelt, Energie und\n"
    "Neuried)\tMobilität\n"
    "Gemeinderat\tSitzung des\t28.04.2026\tö\tbeschließend\t9\n"
    "(Gemeinde Neuried)\tGemeinderates\n"
    "\n"
    "Sachverhalt\n"
    "Die Gemeinde plant ein Energiekonzept.\n"
)


def test_wrapped_cells_of_a_session_column_make_no_second_row() -> None:
    """A tab table whose body and session cells both wrap: each meeting once, its body whole; no row
    of the body's first line and the session's ("Ausschuss für Sitzung des …")."""
    _, found = run(WRAPPED_TAB_CELLS)
    dates = [c.meeting_date for c in found]
    assert dates == ["2026-04-14", "2026-04-28"]
    assert not any("Sitzung" in c.body for c in found)


def test_role_wrapped_away_with_a_blank_line_after_every_line() -> None:
    """The same rows as an export sets them with a blank line after every text box and the long row
    justified (every gap two spaces), its wrapped role in its box: the body goes on over the role's
    line and the blank lines."""
    text = WRAPPED_ROLE.format(
        first="Ausschuss für Kultur, Sport,", tail="Vorberatung", second="Freizeit und Tourismus"
    )
    lines = text.split("\n")
    boxes = [*lines[:3], lines[3].replace(" ", "  ") + "\n" + lines[4], *lines[5:]]
    _, found = run("\n\n".join(boxes))
    assert [(c.body, c.meeting_date, c.role) for c in found] == [
        ("Jugendhilfeausschuss", "2026-10-07", "deliberation"),
        ("Ausschuss für Kultur, Sport, Freizeit und Tourismus", "2026-10-15", "preliminary"),
        ("Kreisausschuss", "2026-10-20", "preliminary"),
        ("Kreistag", "2026-11-03", "decision"),
    ]


def test_a_closed_row_and_a_blank_line_end_the_table() -> None:
    """A row whose body is closed, a blank line and a line of text: the text is the title after the
    table, not the rest of a name."""
    text = (
        "Beratungsfolge:\nStatus Sitzungstermin Gremium TOP Zuständigkeit\n\n"
        "Ö Mi., 07.10.2026, 16:00 Uhr Jugendhilfeausschuss 3 Anhörung\n\n"
        "Ö Do., 15.10.2026, 17:00 Uhr Kreistag 4.1 Entscheidung\n\n"
        "Neuordnung der Familienbildung\n\nBegründung:\nDer Kreis ordnet seine Angebote neu.\n"
    )
    _, found = run(text)
    assert [c.body for c in found] == ["Jugendhilfeausschuss", "Kreistag"]


GROUPED = """Beratungsfolge:
Ausschuss für Bildung und Sport Kenntnisnahme
09.09.2026
{gap}12. öffentliche Sitzung des Ausschusses für Bildung und Sport
Bezirksverordnetenversammlung Spandau von Berlin Kenntnisnahme
23.09.2026
{gap}{last}

Sachverhalt
"""


def test_grouped_meeting_name_a_blank_line_below_its_date() -> None:
    """A Beratungsfolge grouped by body whose export set a blank line between a meeting's date and its
    name (one text box ending with the date): every meeting is read."""
    text = GROUPED.format(gap="\n", last="20. öffentliche Sitzung der Bezirksverordnetenversammlung Spandau von Berlin")
    _, found = run(text)
    assert [(c.body, c.meeting_date, c.role) for c in found] == [
        ("Ausschuss für Bildung und Sport", "2026-09-09", "information"),
        ("Bezirksverordnetenversammlung Spandau von Berlin", "2026-09-23", "information"),
    ]


def test_grouped_date_over_a_blank_line_and_no_meeting_reads_no_group() -> None:
    """Under the date, past the blank line, a line that names no meeting: the block is of another form."""
    from extractors.consultations.groups import from_groups
    from pipeline.structure import view

    doc, _ = run(GROUPED.format(gap="\n", last="Die Vorlage wird zur Kenntnis gegeben."))
    assert from_groups(doc, vocab(load_resources()), view(doc)) == []


def test_stacked_columns_flattened_give_no_row() -> None:
    """Two names, then their two dates one right after the other: stacked columns run onto one line, no row
    (empty is better than the first name's date on both)."""
    stacked = "Beratungsfolge: Ausschuss für Soziales und Kultur Gemeinderat 06.12.2029 14.12.2029 öffentlich\n"
    _, rows = run(stacked + "\nBeschlussvorschlag: Text.\n")
    assert [(r.body, r.meeting_date) for r in rows if "Gemeinderat" in r.body] == []
