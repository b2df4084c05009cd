"""A Beratungsfolge of numbered rows, each a body, dot leaders and its date ("(1) Ausschuss für Bildung
...... am 07.09.2027 (Di),"), and under each, indented under the name, a line of nothing but the meeting's
time, status and role ("17:00 Uhr, öffentlich, Vorberatung"): the status and role are the row's, the line
is no end of the table. Every case is invented: other towns, other names, other dates, the same form."""

from __future__ import annotations

from tests.consultations.test_consultations import run

ROWS = (
    "Stadt Beispielstadt\nBeschlussvorlage\n\nBeratungsfolge:\n"
    "(1) Ausschuss für Schule, Sport und Kultur .............................. am 02.03.2028 (Do),\n"
    "    17:00 Uhr, öffentlich, Vorberatung\n"
    "(2) Seniorenbeirat ...................................................... am 07.03.2028 (Di),\n"
    "    15:30 Uhr, öffentlich, Kenntnisnahme\n"
    "(3) Hauptausschuss ...................................................... am 14.03.2028 (Di),\n"
    "    16:00 Uhr, nichtöffentlich, Vorberatung\n"
    "(4) Rat der Stadt Beispielstadt ......................................... am 23.03.2028 (Do),\n"
    "    15:00 Uhr, öffentlich, Beschluss\n"
    "\n\nBeschlussvorschlag:\nDer Rat beschließt.\n"
)


def test_numbered_rows_with_their_time_status_and_role_below() -> None:
    _, rows = run(ROWS)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Ausschuss für Schule, Sport und Kultur", "2028-03-02", "preliminary", True),
        ("Seniorenbeirat", "2028-03-07", "information", True),
        ("Hauptausschuss", "2028-03-14", "preliminary", False),
        ("Rat der Stadt Beispielstadt", "2028-03-23", "decision", True),
    ]


def test_a_line_with_other_words_beside_the_time_gives_the_row_nothing() -> None:
    """Near miss: "17:00 Uhr im Rathaus, öffentlich, Vorberatung" holds words of its own (a place): its
    status and role are not taken as the row's."""
    text = ROWS.replace("17:00 Uhr, öffentlich", "17:00 Uhr im Rathaus, öffentlich")
    _, rows = run(text)
    first = next(r for r in rows if r.meeting_date == "2028-03-02")
    assert (first.role, first.public) == (None, None)
