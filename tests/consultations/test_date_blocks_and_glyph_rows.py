"""A Beratungsfolge as date-led blocks (the date's line over the body's, its role and status after
spaced dashes); dates with their weekday in brackets after them ("06.09.2027 (Mo.)"); rows whose
cells middle dots part, one wrapping its last cell onto the next line."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import run

BLOCKS = (
    "Stadt Neustadt\nBeschlussvorlage\n\nBeratungsfolge:\n\n"
    "   Dienstag, 7. März 2028, 17:00 Uhr\n"
    "        Beirat für Senioren – Stellungnahme – öffentlich\n"
    "   Donnerstag, 16. März 2028, 18:00 Uhr\n"
    "        Ausschuss für Bildung und Kultur – Vorberatung – nichtöffentlich\n"
    "   Montag, 27. März 2028, 18:00 Uhr\n"
    "        Gemeinderat – Beschlussfassung – öffentlich\n\n"
    "Beschlussvorschlag:\nDer Gemeinderat beschließt das Konzept.\n"
)


def test_date_blocks() -> None:
    _, rows = run(BLOCKS)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Beirat für Senioren", "2028-03-07", "deliberation", True),
        ("Ausschuss für Bildung und Kultur", "2028-03-16", "preliminary", False),
        ("Gemeinderat", "2028-03-27", "decision", True),
    ]


def test_date_blocks_flattened_by_an_export() -> None:
    """The indent lost and a blank line after every line, as PDF exports set them."""
    text = "\n\n".join(ln.strip() for ln in BLOCKS.split("\n"))
    _, rows = run(text)
    assert [(r.body, r.meeting_date) for r in rows] == [
        ("Beirat für Senioren", "2028-03-07"),
        ("Ausschuss für Bildung und Kultur", "2028-03-16"),
        ("Gemeinderat", "2028-03-27"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a timetable's steps: no body under the dates
        "Zeitplan:\nMontag, 5. Mai 2027\nAuftaktveranstaltung – Rathaus – öffentlich\n"
        "Dienstag, 17. Juni 2027\nWerkstatt – Bürgerhaus – öffentlich\n",
        # one block alone
        "Termin:\nMontag, 5. Mai 2027, 18:00 Uhr\nGemeinderat – Beschluss – öffentlich\n\nDer Rat tagt.\n",
    ],
    ids=["timetable", "one-block"],
)
def test_no_date_blocks(text: str) -> None:
    _, rows = run("Stadt Neustadt\nBeschlussvorlage\n\nBegründung:\n" + text + "\nEnde.\n")
    assert [r for r in rows if r.method == "date_block"] == []


def test_weekday_in_brackets_after_the_date() -> None:
    _, rows = run(
        "Stadt Neustadt\nBeschlussvorlage\n\nBeratungsfolge\n"
        "Datum              Status   Gremium                                   Zuständigkeit\n"
        "06.09.2027 (Mo.)   Ö        Ausschuss für Schule, Sport und Kultur    Vorberatung\n"
        "28.09.2027 (Di.)   N        Verwaltungsausschuss                      Vorberatung\n"
        "11.10.2027 (Mo.)   Ö        Rat der Stadt Neustadt                    Entscheidung\n\n"
        "Beschlussvorschlag\nDer Rat beschließt.\n"
    )
    assert [(r.body, r.meeting_date, r.public) for r in rows] == [
        ("Ausschuss für Schule, Sport und Kultur", "2027-09-06", True),
        ("Verwaltungsausschuss", "2027-09-28", False),
        ("Rat der Stadt Neustadt", "2027-10-11", True),
    ]


DOTTED = (
    "Stadt Neustadt\nBeschlussvorlage\n\nBeratungsfolge\n"
    "1 Seniorenbeirat ............................ Do 15.04.27 · 17:30 Uhr · öffentlich · Anhörung\n"
    "2 Ausschuss für Soziales, Jugend und Familie Di 20.04.27 · 16:00 Uhr · öffent-\n"
    "lich · Vorberatung\n"
    "3 Haupt- und Finanzausschuss ................ Mo 26.04.27 · 15:00 Uhr · nichtöffentl.\n"
    "· Vorberatung\n"
    "4 Stadtrat .................................. Mo 10.05.27 · 16:00 Uhr · öffentlich · Beschluss\n\n"
    "Beschlussvorschlag\nDer Stadtrat stimmt zu.\n"
)


def test_glyph_parted_rows_with_wrapped_cells() -> None:
    """A leader-less row's time after a middle dot stays the date's; a status cut at the line's end and a
    role wrapped after the row's last glyph stay the row's."""
    _, rows = run(DOTTED)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Seniorenbeirat", "2027-04-15", "deliberation", True),
        ("Ausschuss für Soziales, Jugend und Familie", "2027-04-20", "preliminary", True),
        ("Haupt- und Finanzausschuss", "2027-04-26", "preliminary", False),
        ("Stadtrat", "2027-05-10", "decision", True),
    ]
