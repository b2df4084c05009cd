"""action_fields: the lines of an acrostic under a lead naming the fields ("W  wie  Wohnen im Dorf"), framed or
not, gaps closed as a PDF renders them. Negatives: a name that does not open with its letter, an acrostic
under a lead naming no fields, lines of another shape among them (invented examples)."""

from __future__ import annotations

import re

from tests.action_fields.test_action_fields import labels

ACROSTIC = (
    "Der Titel ist zugleich die Gliederung. Jeder Buchstabe steht für eines der vier Handlungsfelder:\n\n"
    "   ╔══════════════════════════════════════════════╗\n"
    "   ║                                              ║\n"
    "   ║   H  wie  Hilfe beim Ankommen                ║\n"
    "   ║   E  wie  Eltern und Schule                  ║\n"
    "   ║   L  wie  Lernen und Sprache                 ║\n"
    "   ║   D  wie  Dorfleben und Vereine              ║\n"
    "   ║                                              ║\n"
    "   ╚══════════════════════════════════════════════╝\n\n"
    "Zu jedem Buchstaben gibt es Maßnahmen.\n"
)
FIELDS = ["Hilfe beim Ankommen", "Eltern und Schule", "Lernen und Sprache", "Dorfleben und Vereine"]


def test_the_lines_of_an_acrostic_are_the_fields() -> None:
    assert labels(ACROSTIC) == FIELDS


def test_an_acrostic_with_closed_gaps_and_no_frame() -> None:
    lines = [re.sub(r"[ \t]+", " ", line.strip(" ║╔╗╚╝═")) for line in ACROSTIC.splitlines()]
    text = "\n".join(line for n, line in enumerate(lines) if line or not lines[n - 1])
    assert labels(text) == FIELDS


def test_a_name_not_opening_with_its_letter_is_no_acrostic() -> None:
    text = ACROSTIC.replace("L  wie  Lernen", "L  wie  Sprache,")
    assert "Hilfe beim Ankommen" not in labels(text)


def test_an_acrostic_under_a_lead_naming_no_fields_is_none() -> None:
    text = ACROSTIC.replace("eines der vier Handlungsfelder", "einen der vier Werte")
    assert labels(text) == []
