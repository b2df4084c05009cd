"""action_fields: the numbered groups of an event's programme that a sentence says the fields are ("Sie bilden
zugleich die Gesprächsrunden des Forums"), the room in a column at the right, names wrapped at the name's column
(invented examples, with near misses)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

HEAD = "Stadt Mühlbach\nGemeinderatsdrucksache 2027/77\n\nBetreff: Forum Integration\n\n"
LEAD = (
    "Der Entwurf gliedert sich in vier Handlungsfelder. Sie bilden zugleich die Gesprächsrunden des Forums,\n"
    "zu dem die Stadt im Herbst einlädt:\n\n"
)
PROGRAMME = (
    " Zeit       Programmpunkt                                     Raum\n"
    " 10:00      Begrüßung                                         Saal\n"
    " 10:30      Arbeit in den Gesprächsrunden\n"
    "              Runde 1   Frühe Bildung und Familie             Raum 1.12\n"
    "              Runde 2   Arbeit, Ausbildung und Anerkennung    Raum 1.14\n"
    "                        ausländischer Abschlüsse\n"
    "              Runde 3   Wohnen und Leben in der               Raum 2.01\n"
    "                        Altstadt und den Dörfern\n"
    "              Runde 4   Gesundheit und Pflege                 Foyer\n"
    " 12:30      Mittagessen                                       Foyer\n"
)
TAIL = "\nDie Ergebnisse fließen in die Umsetzung ein.\n"
OTHER_LEAD = "Der Entwurf gliedert sich in vier Handlungsfelder. Die Stadt lädt im Herbst zu einem Forum ein:\n\n"
CLOSED = "\n".join(" ".join(line.split()) for line in PROGRAMME.splitlines()) + "\n"


def test_the_groups_the_fields_are_give_the_fields() -> None:
    assert labels(HEAD + LEAD + PROGRAMME + TAIL) == [
        "Frühe Bildung und Familie",
        "Arbeit, Ausbildung und Anerkennung ausländischer Abschlüsse",
        "Wohnen und Leben in der Altstadt und den Dörfern",
        "Gesundheit und Pflege",
    ]


@pytest.mark.parametrize(
    "text",
    [
        OTHER_LEAD + PROGRAMME,
        LEAD + CLOSED.replace(" Raum\n", "\n"),
        LEAD + CLOSED.replace(" Foyer\n", "\n", 1),
        LEAD + PROGRAMME.replace("Runde 2 ", "Runde 5 "),
    ],
    ids=[
        "no-sentence-naming-the-groups-beside-the-fields",
        "rooms-a-pdf-ran-into-the-names-no-column-of-rooms-heading-them",
        "rooms-a-pdf-ran-into-the-names-a-group-without-a-room",
        "numbered-otherwise",
    ],
)
def test_look_alikes_give_none(text: str) -> None:
    assert labels(HEAD + text + TAIL) == []


def test_rooms_a_pdf_ran_into_the_names_are_cut_off_under_a_column_of_rooms() -> None:
    """The gaps closed to single spaces: each group's row ends in its room ("Raum 1.12", "Foyer"), the column of
    rooms headed "Raum"; a name's rest on the line under it joined after a word that ends no name."""
    closed = CLOSED.replace("Raum 2.01", "Kleiner Saal").replace("Foyer\n", "Foyer Nord\n", 1)
    assert labels(HEAD + LEAD + closed + TAIL) == [
        "Frühe Bildung und Familie",
        "Arbeit, Ausbildung und Anerkennung ausländischer Abschlüsse",
        "Wohnen und Leben in der Altstadt und den Dörfern",
        "Gesundheit und Pflege",
    ]
