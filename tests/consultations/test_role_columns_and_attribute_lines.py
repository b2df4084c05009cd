"""The Beratungsfolge as a table with a column for each role, the date standing in the column of the body's role
(the column words cut by a hyphen over two lines), also closed up by a PDF's text layer (the role then unknown); as
entries of a date and a body with labelled attribute lines under them, parted by bars; a table whose result column
wraps beside a wrapped name; a body column headed "Beratungsorgan"; a plan of the sittings printed for the paper
("Sitzungsplan für diese Vorlage"). Near misses: a role-column table with crosses and a date column (an ordinary
table, also closed up), role columns with crosses only, dates under a column of remarks, a timetable of dated steps
with labelled lines, a plan with no meetings yet (invented examples)."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import Case, run

HEAD = "Landkreis Musterland\nBeschlussvorlage\n\nBetreff: Gesundheitsregion\n\n"
END = "\n\nBeschlussvorschlag:\nDer Kreistag beschließt.\n"
ROLE_HEADER = (
    " Gremium                          Sitzungs-  zur Infor-   zur Vorbe-   zur Ent-\n"
    "                                  art        mation       ratung       scheidung\n"
    " ─────────────────────────────────────────────────────────────────────────────\n"
)
CASES = [
    Case(
        "dates-in-role-columns",
        HEAD
        + "Beratungsfolge\n\n"
        + ROLE_HEADER
        + " Ausschuss für Jugend,            ö                       03.03.2026\n"
        " Familie und Senioren\n"
        " Seniorenbeirat                   ö          10.03.2026\n"
        " Kreisausschuss                   nö                      17.03.2026\n"
        " Kreistag                         ö                                    31.03.2026\n"
        " ─────────────────────────────────────────────────────────────────────────────" + END,
        [
            ("Ausschuss für Jugend, Familie und Senioren", "2026-03-03", "preliminary", True),
            ("Seniorenbeirat", "2026-03-10", "information", True),
            ("Kreisausschuss", "2026-03-17", "preliminary", False),
            ("Kreistag", "2026-03-31", "decision", True),
        ],
    ),
    Case(
        "dates-in-role-columns-closed-up-by-a-text-layer",
        HEAD
        + "Beratungsfolge\n\nGremium Sitzungs- zur Infor- zur Vorbe- zur Ent-\nart mation ratung scheidung\n"
        + "─" * 40
        + "\nAusschuss für Jugend, ö 03.03.2026\nFamilie und Senioren\nSeniorenbeirat ö 10.03.2026\n"
        "Kreisausschuss nö 17.03.2026\nKreistag ö 31.03.2026\n" + "─" * 40 + END,
        [
            ("Ausschuss für Jugend, Familie und Senioren", "2026-03-03", None, True),
            ("Seniorenbeirat", "2026-03-10", None, True),
            ("Kreisausschuss", "2026-03-17", None, False),
            ("Kreistag", "2026-03-31", None, True),
        ],
    ),
    Case(
        "closed-up-role-columns-beside-a-date-column-are-an-ordinary-table",
        HEAD + "Gremium Datum Vorberatung Entscheidung\nSozialausschuss 12.05.2026 x\nKreistag 02.06.2026 x" + END,
        [("Sozialausschuss", "2026-05-12", None, None), ("Kreistag", "2026-06-02", None, None)],
    ),
    Case(
        "role-columns-on-one-line-without-status",
        HEAD + "Gremium               Kenntnisnahme   Vorberatung    Entscheidung\n"
        "Sozialausschuss                       12.05.2026\n"
        "Kreistag                                             02.06.2026" + END,
        [("Sozialausschuss", "2026-05-12", "preliminary", None), ("Kreistag", "2026-06-02", "decision", None)],
    ),
    Case(
        "role-columns-with-crosses-and-a-date-column-are-an-ordinary-table",
        HEAD + "Beratungsfolge\nGremium           Datum        Vorberatung   Entscheidung\n"
        "Sozialausschuss   12.05.2026   x\nKreistag          02.06.2026                 x" + END,
        [("Sozialausschuss", "2026-05-12", "preliminary", None), ("Kreistag", "2026-06-02", "decision", None)],
    ),
    Case(
        "role-columns-with-crosses-only",
        HEAD + "Gremium               Vorberatung    Entscheidung\nSozialausschuss       x\nKreistag"
        "                             x" + END,
        [],
    ),
    Case(
        "a-date-under-a-remarks-column-is-no-role-s",
        HEAD + "Gremium               Bemerkung      Vorberatung    Entscheidung\n"
        "Sozialausschuss       12.05.2026\nKreistag              02.06.2026" + END,
        [],
    ),
    Case(
        "entries-with-attribute-lines",
        HEAD + "Beratungsfolge\n\n  Di, 12.05.2026  – Ausschuss für Soziales und Gesundheit\n"
        "                    Beratungsart: Vorberatung | Sitzung: öffentlich | Beschluss-Nr.: ASG/011/2026\n"
        "                    Ergebnis: Empfehlung an den Kreistag, 9 Ja / 0 Nein\n\n"
        "  Mi, 20.05.2026  – Seniorenbeirat\n"
        "                    Beratungsart: Kenntnisnahme | Sitzung: öffentlich\n\n"
        "  Di, 02.06.2026  – Kreistag\n"
        "                    Beratungsart: Beschlussfassung; Sitzung: nichtöffentlich" + END,
        [
            ("Ausschuss für Soziales und Gesundheit", "2026-05-12", "preliminary", True),
            ("Seniorenbeirat", "2026-05-20", "information", True),
            ("Kreistag", "2026-06-02", "decision", False),
        ],
    ),
    Case(
        "a-timetable-s-dated-steps-with-labelled-lines-are-none",
        HEAD + "Zeitplan\n\n  Di, 12.05.2026  – Auftaktveranstaltung im Rathaus\n"
        "                    Beginn: 18:00 Uhr | Ort: Ratssaal\n\n"
        "  Mi, 20.05.2026  – Werkstattgespräch Wohnen\n"
        "                    Beginn: 17:00 Uhr | Ort: Bürgerhaus" + END,
        [],
    ),
    Case(
        "a-result-column-wraps-beside-a-wrapped-name",
        HEAD + "Beratungsverlauf:\n\n"
        "  Gremium                    Sitzungs-   Sitzungs-   Beratung       Ergebnis\n"
        "                             tag         art\n"
        "  ─────────────────────────  ──────────  ──────────  ─────────────  ──────────────────\n"
        "  Beirat für Migration und   10.05.26    öff.        Anhörung       Zustimmung mit\n"
        "  Teilhabe                                                          Hinweisen (Anl. 3)\n"
        "  Ausschuss für Bildung,     01.06.26    öff.        Beratung       verschoben auf\n"
        "  Jugend und Sport                                                  die nächste Sitzung\n"
        "  Kreistag                   06.07.26    öff.        Entscheidung\n"
        "  ─────────────────────────  ──────────  ──────────  ─────────────  ──────────────────" + END,
        [
            ("Beirat für Migration und Teilhabe", "2026-05-10", "deliberation", True),
            ("Ausschuss für Bildung, Jugend und Sport", "2026-06-01", "deliberation", True),
            ("Kreistag", "2026-07-06", "decision", True),
        ],
    ),
    Case(
        "a-body-column-headed-beratungsorgan",
        HEAD + "Beratungsweg\n\n  Sitzung am   Beratungsorgan              Behandlungsart\n"
        "  12.05.2026   Sozialausschuss             Vorberatung\n"
        "  02.06.2026   Kreistag                    Entscheidung" + END,
        [("Sozialausschuss", "2026-05-12", "preliminary", None), ("Kreistag", "2026-06-02", "decision", None)],
    ),
    Case(
        "a-plan-of-the-sittings-for-this-paper",
        HEAD + "Sitzungsplan für diese Vorlage\n"
        "Datum       Beginn   Gremium                  öff./nichtöff.   Votum erbeten als\n"
        "12.05.2026  17:00    Sozialausschuss          öff.             Empfehlung\n"
        "02.06.2026  17:00    Kreistag                 nichtöff.        Beschluss" + END,
        [("Sozialausschuss", "2026-05-12", "preliminary", True), ("Kreistag", "2026-06-02", "decision", False)],
    ),
    Case(
        "a-plan-of-the-sittings-without-meetings-is-none",
        HEAD + "Sitzungsplan für diese Vorlage\nDie Termine der Beratung werden noch bekannt gegeben. Die Vorlage soll"
        " im Mai 2026 im Sozialausschuss vorgestellt werden." + END,
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_role_columns_and_attribute_lines(case: Case) -> None:
    doc, found = run(case.text)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in found] == case.expected
    for rec in found:
        assert doc.text[rec.span.start : rec.span.end] == rec.span.snippet
