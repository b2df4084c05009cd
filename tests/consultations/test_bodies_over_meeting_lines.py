"""A Beratungsfolge of bodies, each on its line (numbered or not), over an indented line of its
meeting: the date after the meeting's words ("Sitzung am 11.03.2025") and the status and role after
it apart by dashes or commas ("– öffentlich – Vorberatung"). Negatives: a meeting line without a
date (planned) gives no row; a line of prose with a date under a heading that is no Beratungsfolge
(invented examples)."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import Case, run

HEAD = "Landkreis Uckermark\nBeschlussvorlage\n\nBetreff: Teilhabeplan\n\n"
TAIL = "\nBeschlussvorschlag:\nDer Kreistag beschließt.\n"
FIRST = "Beratungsfolge:\n1. Ausschuss für Bildung und Soziales\n   Sitzung am 03.03.2026 – öffentlich – Vorberatung\n"
CASES = [
    Case(
        "numbered-bodies-over-meeting-lines",
        HEAD + FIRST + "2. Kreisausschuss\n   Sitzung am 17.03.2026 – nichtöffentlich – Vorberatung\n"
        "3. Kreistag\n   Sitzung am 01.04.2026 – öffentlich – Beschlussfassung\n" + TAIL,
        [
            ("Ausschuss für Bildung und Soziales", "2026-03-03", "preliminary", True),
            ("Kreisausschuss", "2026-03-17", "preliminary", False),
            ("Kreistag", "2026-04-01", "decision", True),
        ],
    ),
    Case(
        "bodies-over-am-lines-with-commas",
        HEAD + "Beratungsfolge:\nJugendhilfeausschuss\n   am 05.05.2026, öffentlich, Vorberatung\n"
        "Kreistag\n   am 20.05.2026, öffentlich, Entscheidung\n" + TAIL,
        [
            ("Jugendhilfeausschuss", "2026-05-05", "preliminary", True),
            ("Kreistag", "2026-05-20", "decision", True),
        ],
    ),
    Case(
        "a-planned-meeting-without-a-date-gives-no-row",
        HEAD + FIRST + "2. Kreistag\n   Sitzung: Termin folgt\n" + TAIL,
        [("Ausschuss für Bildung und Soziales", "2026-03-03", "preliminary", True)],
    ),
    Case(
        "prose-with-a-date-under-another-heading",
        HEAD
        + "Sachverhalt:\nDer Sozialausschuss\nhat am 03.03.2026 – nach langer Debatte – den Entwurf beraten.\n"
        + TAIL,
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bodies_over_meeting_lines(case: Case) -> None:
    doc, found = run(case.text)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in found] == case.expected
    for rec in found:
        assert doc.text[rec.span.start : rec.span.end] == rec.span.snippet
