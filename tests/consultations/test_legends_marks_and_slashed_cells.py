"""Beratungsfolge forms read through what the paper says of its own cells: status marks a legend line
explains ("● öffentlich   ○ nichtöffentlich"), abbreviations a legend paragraph of middle-dotted pairs
spells out, a path of arrows each step on its own line with its weekday, a date cell named with the time
after a slash ("Datum / Uhrzeit") beside a column of session codes, a column of dispatch days of no known
word before the meeting days, a step number's column ("Schritt"), and a vote tally cut after its colon.
Negative: symbols without a legend (invented examples)."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import Case, run

HEAD = "Landkreis Uckermark\nBeschlussvorlage\n\nBetreff: Teilhabeplan\n\n"
END = "\nBeschlussvorschlag:\nDer Kreistag beschließt.\n"
MARKS = (
    "Beratungsfolge                              Termin        Status   Zuständigkeit\n"
    "Sozialausschuss                             03.03.2026      ●      Vorberatung\n"
    "Kreisausschuss                              17.03.2026      ○      Vorberatung\n"
    "Kreistag                                    01.04.2026      ●      Entscheidung\n"
)
CASES = [
    Case(
        "status-marks-with-their-legend",
        HEAD + MARKS + "                                            ● öffentlich   ○ nichtöffentlich\n" + END,
        [
            ("Sozialausschuss", "2026-03-03", "preliminary", True),
            ("Kreisausschuss", "2026-03-17", "preliminary", False),
            ("Kreistag", "2026-04-01", "decision", True),
        ],
    ),
    Case(
        "status-marks-without-a-legend-say-nothing",
        HEAD + MARKS + END,
        [
            ("Sozialausschuss", "2026-03-03", "preliminary", None),
            ("Kreisausschuss", "2026-03-17", "preliminary", None),
            ("Kreistag", "2026-04-01", "decision", None),
        ],
    ),
    Case(
        "abbreviations-spelled-out-by-middle-dotted-pairs",
        HEAD + "Gremium    Sitzung am    ö/nö   Beschlussart\n"
        "SA         03.03.2026    ö      Vorb.\n"
        "JHA        10.03.2026    ö      Empf.\n"
        "HFA        17.03.2026    nö     Vorb.\n"
        "KT         01.04.2026    ö      Beschl.\n\n"
        "SA = Sozialausschuss · JHA = Jugendhilfeausschuss · HFA = Haupt-, Finanz-\n"
        "und Personalausschuss · KT = Kreistag; Vorb. = Vorberatung · Beschl. = Beschluss\n" + END,
        [
            ("Sozialausschuss", "2026-03-03", "preliminary", True),
            ("Jugendhilfeausschuss", "2026-03-10", "preliminary", True),
            ("Haupt-, Finanz- und Personalausschuss", "2026-03-17", "preliminary", False),
            ("Kreistag", "2026-04-01", "decision", True),
        ],
    ),
    Case(
        "arrows-opening-their-lines-after-weekdays",
        HEAD + "Beratungsweg:\nSozialausschuss (Di 03.03.2026, ö, Vorberatung)\n"
        "   → Kreisausschuss (Di 17.03.2026, nö, Vorberatung)\n"
        "      → Kreistag (Mi 01.04.2026, ö, Beschluss)\n" + END,
        [
            ("Sozialausschuss", "2026-03-03", "preliminary", True),
            ("Kreisausschuss", "2026-03-17", "preliminary", False),
            ("Kreistag", "2026-04-01", "decision", True),
        ],
    ),
    Case(
        "session-codes-beside-a-date-and-time-column",
        HEAD + "Lfd. Sitzung          Gremium                 Datum / Uhrzeit         Ö/N  Art\n"
        " 1   SA/02/2026       Sozialausschuss         Di 03.03.2026 17:30     Ö    V\n"
        " 2   KT/03/2026       Kreistag                Mi 01.04.2026 16:00     Ö    B\n\n"
        "Art der Beratung: V = Vorberatung, B = Beschlussfassung.\n" + END,
        [
            ("Sozialausschuss", "2026-03-03", "preliminary", True),
            ("Kreistag", "2026-04-01", "decision", True),
        ],
    ),
    Case(
        "dispatch-days-before-the-meeting-days",
        HEAD + "Beratungsfolge:\nGremium Versand Sitzung Zuständigkeit Ö/N\n"
        "Sozialausschuss 24.02.2026 03.03.2026 Vorberatung Ö\n"
        "Kreistag 24.03.2026 01.04.2026 Entscheidung Ö\n" + END,
        [
            ("Sozialausschuss", "2026-03-03", "preliminary", True),
            ("Kreistag", "2026-04-01", "decision", True),
        ],
    ),
    Case(
        "a-date-cell-with-its-start-after-a-slash",
        HEAD + "Beratungsfolge\nGremium Datum / Beginn Öffentlichkeit Befassung\n"
        "Sozialausschuss 03.03.2026 / 17:00 öff. Vorberatung\n"
        "Kreistag 01.04.2026 / 16:00 öff. Beschluss\n" + END,
        [
            ("Sozialausschuss", "2026-03-03", "preliminary", True),
            ("Kreistag", "2026-04-01", "decision", True),
        ],
    ),
    Case(
        "steps-of-a-laufweg",
        HEAD + "Laufweg der Vorlage\nSchritt  Gremium                 Termin                        Befassung\n"
        "1        Sozialausschuss         Di., 03.03.2026, 17:00 Uhr    Vorberatung\n"
        "2        Kreistag                Mi., 01.04.2026, 16:00 Uhr    Beschluss\n" + END,
        [
            ("Sozialausschuss", "2026-03-03", "preliminary", None),
            ("Kreistag", "2026-04-01", "decision", None),
        ],
    ),
    Case(
        "a-tally-cut-after-its-colon",
        HEAD + "Beratungsfolge:\nNr. Gremium Sitzung öff./nöff. Art\n"
        "1 Sozialausschuss 03.03.2026 öff. vorberatend erledigt, 10 :\n1\n"
        "2 Kreistag 01.04.2026 öff. beschließend\n" + END,
        [
            ("Sozialausschuss", "2026-03-03", "preliminary", True),
            ("Kreistag", "2026-04-01", "decision", True),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_legends_marks_and_slashed_cells(case: Case) -> None:
    doc, found = run(case.text)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in found] == case.expected
    for rec in found:
        assert doc.text[rec.span.start : rec.span.end] == rec.span.snippet
