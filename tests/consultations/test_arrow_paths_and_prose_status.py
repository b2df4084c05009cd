"""The Beratungsfolge as a path of steps joined by arrows, each a body with its date in brackets
and maybe its status and role after the date, wrapped over lines; and a sentence that says whether
a meeting is public ("öffentlich vorberaten", "in nichtöffentlicher Sitzung beschlossen").
Negatives: a path of a procedure's steps with dates but no bodies, a single step (invented
examples)."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import Case, run

HEAD = "Landkreis Uckermark\nBeschlussvorlage\n\nBetreff: Teilhabeplan\n\n"
CASES = [
    Case(
        "arrows-wrapped",
        HEAD + "Beratungsweg:\nSozialausschuss (03.03.2026) → Kreisausschuss (17.03.2026,\n"
        "nichtöffentlich) → Kreistag (01.04.2026, Beschluss)\n\nBeschlussvorschlag:\nDer Kreistag beschließt.\n",
        [
            ("Sozialausschuss", "2026-03-03", None, None),
            ("Kreisausschuss", "2026-03-17", None, False),
            ("Kreistag", "2026-04-01", "decision", None),
        ],
    ),
    Case(
        "arrows-typed-as-dashes",
        HEAD + "Beratungsfolge: Jugendhilfeausschuss (05.05.2026, öffentlich, Vorberatung) -> Kreistag"
        " (20.05.2026, öffentlich, Entscheidung)\n",
        [
            ("Jugendhilfeausschuss", "2026-05-05", "preliminary", True),
            ("Kreistag", "2026-05-20", "decision", True),
        ],
    ),
    Case(
        "a-procedure-s-steps-are-no-bodies",
        HEAD + "Zeitplan: Entwurf (03.03.2026) → Anhörung (17.03.2026) → Veröffentlichung (01.04.2026)\n",
        [],
    ),
    Case(
        "status-in-the-sentence",
        HEAD + "Die Vorlage wird im Sozialausschuss am 03.03.2026 öffentlich vorberaten und im Kreisausschuss"
        " am 17.03.2026 in nichtöffentlicher Sitzung beschlossen.\n",
        [
            ("Sozialausschuss", "2026-03-03", "preliminary", True),
            ("Kreisausschuss", "2026-03-17", "decision", False),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_arrow_paths_and_prose_status(case: Case) -> None:
    doc, found = run(case.text)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in found] == case.expected
    for rec in found:
        assert doc.text[rec.span.start : rec.span.end] == rec.span.snippet
