"""Two forms as a PDF's text layer gives them: a form's Beratungsfolge whose comb fields space out every character
of a date ("1 1 . 0 5 . 2 0 2 7"), with its gaps and with them closed up; and a bar table whose row's last word a
justified line wrapped onto a line of its own ("… │ öf-" over "fentlich"). Near misses: spaced digits that are no
date, a line between bar rows that is a sentence."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import run

COMB = (
    "Beratungsfolge\n\n"
    "  Nr.  Gremium                                     Sitzungstag              ö    nö   Beratungsziel\n"
    "  1    Beirat für Integration                      0 4 . 0 5 . 2 0 2 7      X         Anhörung\n"
    "  2    Ausschuss für Soziales, Gesundheit und      1 1 . 0 5 . 2 0 2 7      X         Vorberatung\n"
    "       Senioren\n"
    "  3    Kreisausschuss                              2 5 . 0 5 . 2 0 2 7           X    Vorberatung\n"
    "  4    Kreistag                                    0 9 . 0 6 . 2 0 2 7      X         Beschlussfassung\n"
    "  5\n\n"
    "Beschlussvorschlag\nDer Kreistag beschließt.\n"
)


def _flat(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


@pytest.mark.parametrize("text", [COMB, _flat(COMB)], ids=["gaps", "closed-up"])
def test_comb_spaced_dates(text: str) -> None:
    _, rows = run("Landratsamt Neustadt\nBeschlussvorlage\n\n" + text)
    assert [(r.body, r.meeting_date) for r in rows] == [
        ("Beirat für Integration", "2027-05-04"),
        ("Ausschuss für Soziales, Gesundheit und Senioren", "2027-05-11"),
        ("Kreisausschuss", "2027-05-25"),
        ("Kreistag", "2027-06-09"),
    ]


@pytest.mark.parametrize(
    "cell",
    ["3 1 . 0 2 . 2 0 2 7", "1 1 . 1 3 . 2 0 2 7", "1 1 . 0 5 . 2 0 2 7 1", "0 4 5 2 2 7 4 3"],
    ids=["no-such-day", "no-such-month", "digit-after", "phone"],
)
def test_spaced_digits_that_are_no_date(cell: str) -> None:
    text = COMB.replace("0 4 . 0 5 . 2 0 2 7", cell)
    _, rows = run("Landratsamt Neustadt\nBeschlussvorlage\n\n" + text)
    assert [r.meeting_date for r in rows if r.body == "Beirat für Integration"] in ([], [None])


SPILLED = (
    "Beratungsfolge\n\n"
    "Nr. │ Gremium │ Datum │ Beratung │ Sitzung\n"
    "1 │ Stadtteilbeirat Nord │ 05.05.2027 │ Empfehlung │ öffentlich\n"
    "2 │ Ausschuss für Soziales, Integration, │ 20.05.2027 │ Kenntnisnahme │ öf-\n"
    "fentlich\n"
    "│ Gleichstellung und Sport │ │ │\n"
    "3 │ Hauptausschuss │ 01.06.2027 │ Vorberatung │ nicht öffentlich\n\n"
    "Sachverhalt:\nText.\n"
)


def test_bar_row_with_its_last_word_wrapped() -> None:
    _, rows = run("Bezirksamt Nord\nBeschlussvorlage\n\n" + SPILLED)
    assert [(r.body, r.meeting_date) for r in rows] == [
        ("Stadtteilbeirat Nord", "2027-05-05"),
        ("Ausschuss für Soziales, Integration, Gleichstellung und Sport", "2027-05-20"),
        ("Hauptausschuss", "2027-06-01"),
    ]


def test_sentence_between_bar_rows_is_no_spill() -> None:
    """A line of more words than a wrapped cell's between two rows is no part of the row above."""
    text = SPILLED.replace("fentlich\n", "fentlich; die Sitzung des Beirats ist bereits vorbei\n")
    _, rows = run("Bezirksamt Nord\nBeschlussvorlage\n\n" + text)
    assert "Ausschuss für Soziales, Integration, Gleichstellung und Sport" not in [r.body for r in rows]
