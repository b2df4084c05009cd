"""action_fields: marked names of a section about the fields and another noun, each over a labelled
line ("II. Kita und Schule" / "Leitziel: …"), in an export that sets a blank line after nearly every
line, inside sentences too, and so between a name and its label line for some of them. Invented
examples; without that export's habit such a blank line parts a name from its goal
(``test_closed_gap_layouts``)."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

NAMES = ["Sprache und Begegnung", "Wohnen im Dorf", "Arbeit und Handwerk", "Gesundheit"]
ITEMS = [
    ("I. Sprache und Begegnung", "Leitziel: Jede neu zugezogene Person findet einen Kurs", "in ihrer Nähe."),
    ("II. Wohnen im Dorf", "Leitziel: Leerstehende Häuser werden an Familien", "vermittelt."),
    ("III. Arbeit und Handwerk", "Leitziel: Betriebe der Region bilden zugewanderte", "Jugendliche aus."),
    ("IV. Gesundheit", "Leitziel: In allen Praxen steht eine Sprachmittlung", "bereit."),
]


def _export(name_apart: bool) -> str:
    """The section as such an export sets it: a blank line after every line but under the first
    name, and under the others where ``name_apart``."""
    lines = [
        "Landkreis Musterland",
        "Vorlage Nr. 41/2031",
        "2. Handlungsfelder und Leitziele",
        "In drei Regionalkonferenzen wurden die Leitziele mit den Gemeinden",
        "und Vereinen abgestimmt.",
    ]
    out = "\n\n".join(lines) + "\n\n"
    for k, (name, label, rest) in enumerate(ITEMS):
        out += name + ("\n\n" if name_apart and k else "\n") + label + "\n\n" + rest + "\n\n"
    return out + "3. Kosten\n\nDie Kosten trägt der Kreis aus dem laufenden\n\nHaushalt.\n"


def test_marked_names_over_labels_one_blank_line_apart_in_such_an_export() -> None:
    assert labels(_export(name_apart=True)) == NAMES


def test_marked_names_right_over_labels_in_such_an_export() -> None:
    assert labels(_export(name_apart=False)) == NAMES
