"""action_fields: a matrix of the fields over districts with a round mark "●" under each district a
field is a focus of; a legend naming each field with its code after the abbreviated field noun,
the entries apart by semicolons and wrapped ("HF B – Bildung; HF G – Gesundheit"), whose codes a
table of measures then gives alone ("B", no field); fields as paragraphs each opening with its
name alone on a line over labelled lines ("Ausgangslage: …" / "Ziel: …") in a section about the
fields. Negatives: a matrix of measures, paragraphs of that shape under another heading (invented
examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

MATRIX = """Schwerpunkte der Stadtteile

{noun}                          Altstadt   Weststadt   Rheinau
Frühe Hilfen und Kita                 ●                     ●
Arbeit und Ausbildung                            ●          ●
Begegnung im Quartier                 ●          ●

Kosten
Die Mittel sind eingeplant.
"""

LEGEND = """2. Handlungsfelder
Die Arbeit gliedert sich in drei Handlungsfelder (HF), die im Plan mit Kürzeln geführt werden:
HF B – Bildung und Sprache; HF G – Gesundheit und Pflege;
HF N – Nachbarschaft und Engagement.

Erste Maßnahmen:
HF    Maßnahme                                  Zeitraum
B     Lesepatenschaften in den Grundschulen     ab 2026
G     Gesundheitslotsinnen                      2026–2027
N     Nachbarschaftsfeste                       ab 2027
"""

PARAGRAPHS = """{heading}

Sprache von Anfang an
Ausgangslage: In drei Ortsteilen fehlt eine Sprachförderung vor der Einschulung.
Ziel: Jedes Kind erhält ein Angebot im Ortsteil.

Arbeit und Ausbildung
Ausgangslage: Betriebe finden kaum Auszubildende.
Ziel: Patenschaften mit Betrieben der Region.

4. Kosten
Die Mittel sind eingeplant.
"""

CASES = [
    (
        "matrix-of-fields",
        MATRIX.format(noun="Handlungsfeld"),
        ["Frühe Hilfen und Kita", "Arbeit und Ausbildung", "Begegnung im Quartier"],
    ),
    ("matrix-of-measures", MATRIX.format(noun="Maßnahme     "), []),
    ("legend", LEGEND, ["Bildung und Sprache", "Gesundheit und Pflege", "Nachbarschaft und Engagement"]),
    (
        "names-over-labels",
        PARAGRAPHS.format(heading="3. Handlungsfelder"),
        ["Sprache von Anfang an", "Arbeit und Ausbildung"],
    ),
    ("names-over-labels-under-another-heading", PARAGRAPHS.format(heading="3. Projekte"), []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_matrix_legend_and_named_paragraphs(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
