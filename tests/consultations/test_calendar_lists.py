"""A Beratungsfolge as an excerpt of a meeting calendar's list view: day headings with weekday and date, meetings
under them opening with their time, the paper's item ("TOP Ö 5 …") under the meetings that take it up; also in the
right of two columns, and its near misses (a calendar without the paper's items, meetings of no body)."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import run

LIST = (
    "Dienstag, 4. Mai 2027\n"
    "  16:00  Migrationsbeirat · Kreishaus, Raum 305\n"
    "         TOP Ö 5 Integrationsprogramm 2028–2032\n"
    "         – Stellungnahme\n"
    "  17:00  Umwelt- und Bauausschuss · Kreishaus,\n"
    "         Sitzungssaal\n\n"
    "Mittwoch, 12. Mai 2027\n"
    "  17:00  Ausschuss für Soziales, Gesundheit und\n"
    "         Gleichstellung · Kreishaus, Sitzungssaal\n"
    "         TOP Ö 7 Integrationsprogramm 2028–2032\n"
    "         – Vorberatung\n\n"
    "Montag, 31. Mai 2027\n"
    "  16:00 Uhr  Hauptausschuss · Kreishaus, Sitzungssaal\n"
    "             TOP N 14 Integrationsprogramm 2028–2032\n"
    "             – Vorberatung\n\n"
    "Donnerstag, 17. Juni 2027\n"
    "  15:00  Kreistag · Kreishaus, Kreistagssaal\n"
    "         TOP Ö 11 Integrationsprogramm 2028–2032 – Entscheidung\n\n"
    "Ö = öffentlicher, N = nichtöffentlicher Teil\n"
)
EXPECTED = [
    ("Migrationsbeirat", "2027-05-04", "deliberation", True),
    ("Ausschuss für Soziales, Gesundheit und Gleichstellung", "2027-05-12", "preliminary", True),
    ("Hauptausschuss", "2027-05-31", "preliminary", False),
    ("Kreistag", "2027-06-17", "decision", True),
]


def test_calendar_list() -> None:
    _, rows = run("Kreis Neustadt\nBeschlussvorlage\n\nBeratungsfolge\n(Auszug aus dem Sitzungskalender)\n\n" + LIST)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == EXPECTED


def test_calendar_list_in_the_right_column() -> None:
    """The list beside a column of the paper's labelled values, the lines running the two together."""
    left = ["Vorlage", "VO/2027/0219", "", "Datum", "21.04.2027", "", "Status", "öffentlich", "", "Fachbereich"]
    right = ["Beratungsfolge", "", *LIST.split("\n")]
    lines = [f"{(left[k] if k < len(left) else ''):<29}{r}".rstrip() for k, r in enumerate(right)]
    _, rows = run("KREIS NEUSTADT               BESCHLUSSVORLAGE\n\n" + "\n".join(lines) + "\nBegründung\nText.\n")
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == EXPECTED


@pytest.mark.parametrize(
    "text",
    [
        # the calendar without the paper's items: the meetings of the days, none of them this paper's
        "\n".join(ln for ln in LIST.split("\n") if "TOP" not in ln and "– " not in ln),
        # a day's programme: the times lead events, not bodies
        "Dienstag, 4. Mai 2027\n  16:00  Auftaktkonferenz · Rathaus\n         TOP Ö 1 Begrüßung\n"
        "  17:00  Werkstatt Wohnen · Bürgerhaus\n         TOP Ö 2 Arbeitsgruppen\n",
    ],
    ids=["no-items", "programme"],
)
def test_no_calendar_list(text: str) -> None:
    _, rows = run("Kreis Neustadt\nBeschlussvorlage\n\nAnlage\n\n" + text + "\nBegründung\nText.\n")
    assert [r for r in rows if r.method == "calendar.list"] == []


def _flat(text: str) -> str:
    """The text as a PDF's text layer gives it: each run of spaces closed up to one, the indents gone."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def test_calendar_list_with_its_gaps_closed() -> None:
    _, rows = run(
        "Kreis Neustadt\nBeschlussvorlage\n\nBeratungsfolge\n(Auszug aus dem Sitzungskalender)\n\n" + _flat(LIST)
    )
    assert [(r.body, r.meeting_date, r.role, r.public, r.method) for r in rows] == [
        (*e, "calendar.list") for e in EXPECTED
    ]


def test_calendar_list_beside_a_column_with_its_gaps_closed() -> None:
    """The two columns' lines run together: a name wrapped onto a line that holds the other column's words too
    ("Merve Toprak Gleichstellung · …") is left; the meetings whose names end on their lines stay."""
    left = [
        "Vorlage",
        "VO/2027/0219",
        "",
        "Datum",
        "21.04.2027",
        "Status",
        "öffentlich",
        "Fachbereich",
        "",
        "",
        "Bearbeitung",
    ]
    left += ["Merve Toprak"]
    right = ["Beratungsfolge", "", *LIST.split("\n")]
    lines = [f"{(left[k] if k < len(left) else ''):<29}{r}".rstrip() for k, r in enumerate(right)]
    text = _flat("KREIS NEUSTADT               BESCHLUSSVORLAGE\n\n" + "\n".join(lines))
    _, rows = run(text + "\nBegründung\nText.\n")
    assert "Bearbeitung 17:00 Ausschuss für Soziales" in text and "Merve Toprak Gleichstellung" in text
    assert [(r.body, r.meeting_date) for r in rows] == [(e[0], e[1]) for e in EXPECTED if "Soziales" not in e[0]]


@pytest.mark.parametrize(
    "text",
    [
        _flat("\n".join(ln for ln in LIST.split("\n") if "TOP" not in ln and "– " not in ln)),
        # a day's programme: the times lead events, not bodies
        "Dienstag, 4. Mai 2027\n16:00 Auftaktkonferenz · Rathaus\nTOP Ö 1 Begrüßung\n"
        "17:00 Werkstatt Wohnen · Bürgerhaus\nTOP Ö 2 Arbeitsgruppen\n",
        # a sentence ending in a date, a time in the next sentence, no item of the paper
        "Die Sitzung findet statt am Dienstag, 4. Mai 2027\n16:00 Uhr Beginn im Kreistag · Saal\n",
    ],
    ids=["no-items", "programme", "prose"],
)
def test_no_calendar_list_with_its_gaps_closed(text: str) -> None:
    _, rows = run("Kreis Neustadt\nBeschlussvorlage\n\nAnlage\n\n" + text + "\nBegründung\nText.\n")
    assert [r for r in rows if r.method == "calendar.list"] == []
