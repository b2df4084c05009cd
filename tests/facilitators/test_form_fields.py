"""Facilitators beside a form's head and after a count: the author named in the head's field
("Sachbearbeitung: Frau X") is no facilitator because a role word stands in the next field
("Betreff: … Beauftragung einer Moderatorin"), and a head word counted ("drei Büros") names no
one. Every example is invented."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

CASES = [
    Case(
        "the author's field, a blank line, the subject's field naming a role",
        "Gemeinde Waldbrunn\n\nSachbearbeitung: Frau Ostendorf\n\n"
        "Betreff: Leitbild Zusammenleben – Auftrag an eine Moderatorin\n\nBeratungsfolge\n",
        [],
    ),
    Case(
        "the contact's field, then the subject's naming the process support",
        "Auskunft: Herr Pellegrini\n\nBetreff: Integrationsplan – Vergabe der Prozessbegleitung\n",
        [],
    ),
    Case(
        "the label's value on its own line, set apart by a blank line, still names the facilitator",
        "Moderation: Frau Dr. Hella Brandstetter\n\nOrt: Bürgerhaus am Markt\n",
        [("Dr. Hella Brandstetter", None, None)],
    ),
    Case(
        "a counted head in the plural names no one",
        "Für die Moderation der Werkstätten wurden vier Agenturen zur Vorlage eines Konzepts eingeladen.",
        [],
    ),
    Case(
        "a counted head, then the one engaged",
        "Zur Begleitung wurden zwei Institute angefragt. Mit der Begleitung wird das Institut für "
        "Gemeinwesen und Teilhabe aus Bamberg beauftragt.",
        [(None, "Institut für Gemeinwesen und Teilhabe", None)],
    ),
    Case(
        "the head's fields on lines of their own, the blank lines lost in an export",
        "Gemeinde Waldbrunn\nSitzungsvorlage Nr. 12/2025\nSachbearbeitung: Frau Ostendorf\n"
        "Betreff: Leitbild Zusammenleben – Auftrag an eine Moderatorin\nBeratungsfolge\n",
        [],
    ),
    Case(
        "a sentence under an open label is the section's prose, the engaged one named after it",
        "Moderation:\n\nGefragt wurden vier Agenturen; drei haben ein Angebot abgegeben. Die Moderation\n"
        "der Werkstätten soll die Brückenschlag Beratung GmbH, Coesfeld, übernehmen.\n",
        [(None, "Brückenschlag Beratung GmbH", None)],
    ),
    Case(
        "a label's value, the next field on the next line",
        "Moderation: Frau Dr. Hella Brandstetter\nOrt: Bürgerhaus am Markt\n",
        [("Dr. Hella Brandstetter", None, None)],
    ),
    Case(
        "the author's field set apart by spaces alone, an attachment naming a moderation below it",
        "  Drucksache            VL-44/2026\n"
        "  Bearbeitung           Herr Kasimir Lautenschläger, Quartiersbüro, Tel. 4471\n"
        "  Anlagen               Angebot Moderation, Zeitplan\n",
        [],
    ),
    Case(
        "the same head with its gaps closed to single spaces, as a PDF's text layer sets it",
        "Drucksache VL-44/2026\nBearbeitung Herr Kasimir Lautenschläger, Quartiersbüro, Tel. 4471\n"
        "Anlagen Angebot Moderation, Zeitplan\n",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_form_fields(case: Case) -> None:
    assert run(case.text) == case.expected
