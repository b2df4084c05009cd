"""A table set out by gaps with two columns of dates: the one under the date column's word is the meeting's, the
one under a column word the vocabulary does not know (a date first planned) is none; a meeting moved to a date
on the line under its row ("verschoben" / "auf 16.02.2027") is held then; the header's wrapped word
("ursprünglich" / "geplant") is no body's."""

from __future__ import annotations

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
