"""action_fields: an unnumbered heading naming the fields inside a numbered section, its fields on the lines
under it; the numbered headings after it are the document's next sections, no fields, also where OCR or an
export set a blank line around each of them (invented examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

FIELDS = ["Sprache und Beratung", "Schule und Beruf", "Wohnen im Viertel"]
DOC = (
    "1. Anlass\n\nDer Rat hat das Konzept im Jahr 2024 beschlossen.\n\n"
    "2. Gegenstand\n\nDas Konzept ordnet seine Maßnahmen drei Schwerpunkten zu.\n\n"
    "Handlungsfelder\nSprache und Beratung\nSchule und Beruf\nWohnen im Viertel\n\n"
    "Die Auswertung bewertet jedes Feld nach Stand und Wirkung.\n\n"
    "3. Ergebnisse\n\nVon 40 Maßnahmen sind 31 umgesetzt.\n\n"
    "4. Steuerung\n\nDie Lenkungsgruppe tagt viermal im Jahr.\n\n"
    "5. Finanzielle Auswirkungen\n\nKeine.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(DOC, FIELDS, id="sections-after-the-fields"),
        pytest.param(  # sub-headings numbered under the parent's own section are its fields
            "2. Gegenstand\n\nHandlungsfelder\n\n2.1 Sprache und Beratung\n\nText.\n\n2.2 Schule und Beruf\n\n"
            "Text.\n\n2.3 Wohnen im Viertel\n\nText.\n\n3. Finanzen\n\nKeine.\n",
            FIELDS,
            id="numbered-children",
        ),
    ],
)
def test_sections_after_a_field_heading(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
