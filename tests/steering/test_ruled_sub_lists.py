"""Sub-lists under headings underlined by a rule (:mod:`extractors.steering.lists`): as written, and as a PDF's
text layer gives them back, the indentation lost, a blank line between each heading and its rule, and the
blank line before the next section's numbered heading lost, no member (invented examples)."""

from __future__ import annotations

import re

from tests.steering.test_steering import groups_of

HEAD = "Stadt Nordheide\nBeschlussvorlage\n\nBetreff: Integrationskonzept\n\n\f3. Lenkungskreis\n"
LEAD = "Der Lenkungskreis hat acht Mitglieder. Die Mitglieder sind wie folgt benannt:\n\n"
LISTS = (
    "   Aus dem Rat (je Fraktion ein Sitz)\n"
    "   ----------------------------------\n"
    "   Ilse Kramer (SPD)\n"
    "   Paul Engel (CDU)\n"
    "\n"
    "   Aus der Verwaltung\n"
    "   ------------------\n"
    "   Bernd Voss, Erster Beigeordneter – Vorsitz –\n"
    "   Derya Koç, Kommunales Integrationsmanagement\n"
    "\n"
    "   Aus Einrichtungen und Verbänden\n"
    "   -------------------------------\n"
    "   Caritasverband Nordheide e. V.: Mira Sander\n"
    "   Volkshochschule Nordheide: Dr. Ina Scholz\n"
)
AFTER = "\n4. Moderation\nDie Moderation übernimmt das Kommunale Integrationszentrum des Kreises.\n"
NAMES = ["Ilse Kramer", "Paul Engel", "Bernd Voss", "Derya Koç", "Mira Sander", "Dr. Ina Scholz"]


def _members(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def _as_a_text_layer(lists: str) -> str:
    """No indentation, a blank line between each heading and its rule."""
    lines = [line.strip() for line in lists.split("\n")]
    return "\n".join(lines).replace(")\n---", ")\n\n---").replace("g\n---", "g\n\n---").replace("n\n---", "n\n\n---")


def test_sub_lists_under_ruled_headings() -> None:
    assert _members(HEAD + LEAD + LISTS + AFTER) == NAMES


def test_a_blank_line_between_each_heading_and_its_rule() -> None:
    layer = _as_a_text_layer(LISTS)
    assert len(re.findall(r"\n\n-{3,}", layer)) == 3
    assert _members(HEAD + LEAD + layer + AFTER) == NAMES


def test_the_next_sections_heading_right_under_the_last_entry_is_no_member() -> None:
    layer = re.sub(r"\n\n", "\n", _as_a_text_layer(LISTS).replace("\n\n---", "\n---"))
    assert _members(HEAD + LEAD.replace(":\n\n", ":\n") + layer + AFTER.lstrip("\n")) == NAMES
