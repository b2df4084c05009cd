"""Field headings set in a left margin beside their paragraphs, as a PDF's text layer gives them with the gap
between the columns closed (``extractors/action_fields/margins.py``): the heading's line runs on into the
paragraph's first line, each line under it opens with the name's next piece; and headings whose name stands
on their own line over a paragraph, which keep that name (invented documents)."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

HEAD = "Landkreis Wiesental\nVorlage Nr. 12/2027\n\nDas Integrationskonzept setzt in drei Handlungsfeldern an:\n\n"
TAIL = "\nDer Kreistag wird jährlich unterrichtet.\n"

CLOSED = (
    "Handlungsfeld 1 Die Kurse der Volkshochschule sollen in allen Gemeinden\n"
    "Sprache und stattfinden; Lernpatenschaften werden gebündelt.\n"
    "Verständigung\n\n"
    "Handlungsfeld 2 Eine gemeinsame Anlaufstelle berät zur Anerkennung und\n"
    "Ausbildung, vermittelt Praktika in Betrieben.\n"
    "Arbeit und\n"
    "Anerkennung\n\n"
    "Handlungsfeld 3 Ein Mitfahrangebot zu Kursen und Terminen wird in\n"
    "Mobilität und zwei Gemeinden erprobt.\n"
    "Erreichbarkeit\n"
    "auf dem Land\n"
)


def test_a_closed_margin_gives_the_names_under_the_headings() -> None:
    assert labels(HEAD + CLOSED + TAIL) == [
        "Sprache und Verständigung",
        "Ausbildung, Arbeit und Anerkennung",
        "Mobilität und Erreichbarkeit auf dem Land",
    ]


# the name on the heading's own line, a paragraph under it: the paragraph's first words are no name
HEADED = (
    "Handlungsfeld 1 Sprache, Bildung und frühe Förderung in den Kitas\n"
    "Die Kurse der Volkshochschule finden in allen Gemeinden statt; Lernpaten\n"
    "helfen beim Üben.\n\n"
    "Handlungsfeld 2 Arbeit und Anerkennung ausländischer Berufsabschlüsse\n"
    "Berufliche Orientierung und Praktika vermittelt eine gemeinsame Anlaufstelle.\n"
)


def test_a_heading_over_its_paragraph_keeps_its_name() -> None:
    assert labels(HEAD + HEADED + TAIL) == [
        "Sprache, Bildung und frühe Förderung in den Kitas",
        "Arbeit und Anerkennung ausländischer Berufsabschlüsse",
    ]
