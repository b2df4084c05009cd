"""Labelled proposals for a group's seats under a lead-in of their own, as a PDF's text layer gives them:
no blank line between the lead-in's sentence and the proposals, so the sentence runs on over them, a
proposing body named in a label ("Vorschlag des Seniorenbeirats:"), a label wrapped over two lines, a
second person on a line of its own (``mentions.far_lead_ins``, ``label_columns``); near miss: the same
lines under a lead-in that speaks of no members (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Stadt Wiesenrode\nBeschlussvorlage\n\nBetreff: Teilhabeplan 2031\n\n"
LEAD = (
    "3. Begleitkreis Teilhabe\n\n"
    "Der Begleitkreis Teilhabe begleitet die Umsetzung des Plans und berichtet dem Rat. Er hat\n"
    "sieben Mitglieder. Kraft Amtes gehört ihm der Beigeordnete Herr Jonas Albers an. Die\n"
    "übrigen Mitglieder wählt der Rat. "
)
ENTRIES = (
    "│ Vorschlag der CDU-Fraktion: Ratsherr Bernd Kowalke\n"
    "│ Vorschlag der SPD-Fraktion: Ratsfrau Ilse Hanke\n"
    "│ Vorschlag der Fraktion\n"
    "│ BÜNDNIS 90/DIE GRÜNEN: Ratsfrau Nora Feldmann\n"
    "│ Vorschlag des Seniorenbeirats: Herr Otto Brehme\n"
    "│ (Vorsitzender des Seniorenbeirats)\n"
    "│ Frau Gisela Renner\n"
    "│ Vorschlag der Volkshochschule: Frau Ute Lambrecht\n"
)
END = "\n4. Kosten\nKeine.\n"
PROPOSED = ["Bernd Kowalke", "Ilse Hanke", "Nora Feldmann", "Otto Brehme", "Gisela Renner", "Ute Lambrecht"]


def _members(text: str) -> list[str]:
    return [m.member for g in groups_of(text) if g.group_name.startswith("Begleitkreis") for m in g.members]


def test_proposals_running_on_under_their_lead_in_are_the_members() -> None:
    members = _members(HEAD + LEAD + "Es liegen folgende Wahlvorschläge vor:\n" + ENTRIES + END)
    assert [m for m in members if m in PROPOSED] == PROPOSED


def test_the_lines_under_a_lead_in_of_no_members_are_none() -> None:
    members = _members(HEAD + LEAD + "Die Termine der Sitzungen stehen fest:\n" + ENTRIES + END)
    assert not any(m in PROPOSED for m in members)
