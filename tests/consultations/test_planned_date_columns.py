"""A table set out by gaps with two columns of dates: the one under the date column's word is the meeting's, the
one under a column word the vocabulary does not know (a date first planned) is none; a meeting moved to a date
on the line under its row ("verschoben" / "auf 16.02.2027") is held then; the header's wrapped word
("ursprünglich" / "geplant") is no body's."""

from __future__ import annotations

import re

import pytest

from extractors import load_resources
from extractors.consultations.headers import header
from extractors.consultations.vocab import vocab
from tests.consultations.test_consultations import run

HEAD = (
    "Stadt Musterhausen\nBeschlussvorlage\n\nBeratungsfolge\n"
    "Nr.   Gremium                   vormals          Sitzung am       Ö/N   Zuständigkeit\n"
    "                                vorgesehen\n"
)
ROWS = (
    "1     Seniorenbeirat            –                04.05.2028       Ö     Anhörung\n"
    "2     Ortsrat Nord              05.05.2028       verschoben       Ö     Anhörung\n"
    "                                                 auf 12.05.2028\n"
    "3     Sozialausschuss           10.05.2028       17.05.2028       N     Vorberatung\n"
    "4     Gemeinderat               24.05.2028       24.05.2028       Ö     Beschluss\n"
    "\nBeschlussvorschlag\nDer Gemeinderat beschließt das Konzept.\n"
)


def test_meeting_under_its_date_column() -> None:
    _, rows = run(HEAD + ROWS)
    assert [(r.body, r.meeting_date, r.public) for r in rows] == [
        ("Seniorenbeirat", "2028-05-04", True),
        ("Ortsrat Nord", "2028-05-12", True),
        ("Sozialausschuss", "2028-05-17", False),
        ("Gemeinderat", "2028-05-24", True),
    ]


def test_planned_date_alone_is_no_meeting() -> None:
    """Without the line naming the moved date the row's only date is the planned one: no meeting date."""
    text = HEAD + ROWS.replace("                                                 auf 12.05.2028\n", "")
    _, rows = run(text)
    assert ("Ortsrat Nord", "2028-05-05") not in [(r.body, r.meeting_date) for r in rows]
    assert ("Sozialausschuss", "2028-05-17") in [(r.body, r.meeting_date) for r in rows]


def test_one_date_column_reads_first_date() -> None:
    """A header whose columns all have known kinds: the row's date as before, a line of a word and a date
    under a row being a row of its own."""
    text = (
        "Beratungsfolge\n"
        "Gremium                   Sitzung am       Ö/N   Zuständigkeit\n"
        "Sozialausschuss           17.05.2028       N     Vorberatung\n"
        "Gemeinderat               24.05.2028       Ö     Beschluss\n"
        "\nBeschlussvorschlag\nDer Gemeinderat beschließt.\n"
    )
    _, rows = run(text)
    assert [(r.body, r.meeting_date) for r in rows] == [
        ("Sozialausschuss", "2028-05-17"),
        ("Gemeinderat", "2028-05-24"),
    ]


def _single_spaced(text: str) -> str:
    """The table as a rendering sets it: its gaps closed to one space, its indents gone."""
    return "\n".join(re.sub(r" {2,}", " ", line).strip() for line in text.split("\n"))


def test_single_spaced_table_read_by_the_order_of_its_cells() -> None:
    """The header read on past its unknown word by word order; each row's cells after the name fill its date
    columns in order (a lone dash an empty cell), the moved date under its row."""
    _, rows = run(_single_spaced(HEAD + ROWS))
    assert [(r.body, r.meeting_date, r.public) for r in rows] == [
        ("Seniorenbeirat", "2028-05-04", True),
        ("Ortsrat Nord", "2028-05-12", True),
        ("Sozialausschuss", "2028-05-17", False),
        ("Gemeinderat", "2028-05-24", True),
    ]


def test_single_spaced_cells_out_of_count_read_first_date() -> None:
    """A row with more cells before its status than the header has date columns: its date read as before."""
    text = _single_spaced(HEAD + ROWS).replace("3 Sozialausschuss 10.05.2028", "3 Sozialausschuss 10.05.2028 x y")
    _, rows = run(text)
    assert ("Sozialausschuss", "2028-05-10") in [(r.body, r.meeting_date) for r in rows]


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        ("lfd. Gremium vormals Sitzung am Ö/N Zuständigkeit", ("top", "body", None, "date", "public", "role")),
        ("Gremium Sitzung am vorher Ö/N", ("body", "date")),  # one column word after it: the header ends before
        ("Gremium vorher Sitzung am Ö/N", None),  # only the bodies' column word before it
        ("Gremium Datum Rathaus Sitzung am Ö/N", ("body", "date")),  # a capitalised word: no unknown column's
    ],
)
def test_unknown_column_word_in_a_single_spaced_header(line: str, kinds: tuple[str | None, ...] | None) -> None:
    hdr = header(line, vocab(load_resources()))
    assert (hdr.kinds if hdr is not None else None) == kinds


def test_moved_date_set_apart_by_an_exports_blank_line() -> None:
    """An export that sets every line single-spaced with a blank line after it parts the moved meeting's date
    from its row: read with the blank lines closed up, it is the row's, no row of its own ("auf")."""
    lines = [" ".join(line.split()) for line in (HEAD + ROWS).splitlines() if line.strip()]
    lines.insert(lines.index("Beschlussvorschlag"), "Hinweis: Die Sitzung des Ortsrates Nord wurde verlegt.")
    _, rows = run("\n\n".join(lines) + "\n\n" + "Der Gemeinderat berät das Konzept.\n\n" * 3)
    assert [(r.body, r.meeting_date) for r in rows] == [
        ("Seniorenbeirat", "2028-05-04"),
        ("Ortsrat Nord", "2028-05-12"),
        ("Sozialausschuss", "2028-05-17"),
        ("Gemeinderat", "2028-05-24"),
    ]
