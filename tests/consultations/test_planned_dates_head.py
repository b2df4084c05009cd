"""A Beratungsfolge under the head "Geplante Sitzungstermine  Gremium  Ö / N", as a council system
prints a paper's planned meetings, with gaps or flattened into single spaces by a PDF's text layer:
the head is no body (both statuses parted by a slash are a column's head, never a role), its rows
are read. Every case is invented."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations import extract
from pipeline.structure import view
from tests.helpers import document

HEAD = "Amt Lindenberg\nInformationsvorlage\nVO/AA/2024/0077\n\nBetreff: Schulwegsicherung\n\n"
TAIL = "Sachverhalt:\nDer Amtsausschuss wird unterrichtet.\n"
ROWS = [("Ausschuss für Bau und Umwelt", "2024-11-12", True), ("Amtsausschuss Lindenberg", "2024-11-26", False)]


def facts(text: str) -> list[tuple[str, str, bool | None]]:
    doc = document(HEAD + text + TAIL)
    return [(r.body, r.meeting_date or "", r.public) for r in extract(doc, load_resources(), view(doc))]


@pytest.mark.parametrize(
    "table",
    [
        "Beratungsfolge:\nGeplante Sitzungstermine Gremium Ö / N\n12.11.2024 Ausschuss für Bau und Umwelt Ö\n"
        "26.11.2024 Amtsausschuss Lindenberg N\n",
        "Beratungsfolge:\nGeplante Sitzungstermine      Gremium                          Ö / N\n"
        "12.11.2024                    Ausschuss für Bau und Umwelt     Ö\n"
        "26.11.2024                    Amtsausschuss Lindenberg         N\n",
        "Beratungsfolge:\n\nGeplante Sitzungstermine Gremium Ö / N\n\n12.11.2024 Ausschuss für Bau und Umwelt Ö\n\n"
        "26.11.2024 Amtsausschuss Lindenberg N\n\n",
    ],
    ids=["single-spaces", "gaps", "blank-lines"],
)
def test_planned_dates_head(table: str) -> None:
    assert facts(table) == ROWS


def test_a_status_pair_is_no_role_of_a_body_line() -> None:
    table = "Beratungsfolge:\nSitzungen Gremium ö/nö\n12.11.2024\nSitzung des Ausschusses für Bau und Umwelt\n"
    assert all("Gremium" not in body for body, _, _ in facts(table))
