"""A group set out in labelled lines under its name ("Vorsitz: …", "Geschäftsführung: …", "Weitere
Mitglieder: A, B, C"), after a sentence about it or right under the name, as the text gives it and as
export tools set it (the members line wrapped after its commas, blank lines between the lines, a page
break before the members line). Negatives: labelled lines without a members line, a members line under
a paragraph of running text, and a label of its own ("Geschäftsführung") that names no member
(invented examples)."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

HEAD = "Landkreis Birkenau\nBeschlussvorlage\n\nIntegrationskonzept des Landkreises\n\n"
LINES = (
    "Vorsitz: Landrätin Ute Beispiel\n"
    "Geschäftsführung: Stabsstelle Vielfalt\n"
    "Weitere Mitglieder: Jobcenter Birkenau, Kreissportbund Birkenau, Caritasverband Birkenau e. V.\n"
)
MEMBERS = ["Jobcenter Birkenau", "Kreissportbund Birkenau", "Caritasverband Birkenau e. V."]

FORMS = [
    (
        "after a sentence about the group",
        HEAD
        + "Steuerungskreis Teilhabe\nDer Steuerungskreis begleitet die Umsetzung und tagt viermal im Jahr.\n"
        + LINES
        + "\nKosten\nEs entstehen keine Kosten.\n",
    ),
    ("right under the group's name", HEAD + "Lenkungsrunde Vielfalt\n" + LINES + "\nKosten\n"),
    (
        "the members line wrapped after its commas and a page break before it",
        HEAD
        + "Steuerungskreis Teilhabe\nDer Steuerungskreis begleitet die Umsetzung und tagt\nviermal im Jahr.\n"
        + "Vorsitz: Landrätin Ute Beispiel\nGeschäftsführung: Stabsstelle Vielfalt\n\f"
        + "Ständige Mitglieder: Jobcenter Birkenau,\nKreissportbund Birkenau,\nCaritasverband Birkenau e. V.\n"
        + "Externe Begleitung\nDie Begleitung übernimmt das Büro Nordlicht.\n",
    ),
    (
        "blank lines between the lines, the label's words apart by two spaces",
        HEAD
        + "Lenkungsrunde Vielfalt\n\nDie Lenkungsrunde steuert den Prozess.\n\n"
        + "Vorsitz: Landrätin Ute Beispiel\n\nWeitere  Mitglieder:  Jobcenter Birkenau,  Kreissportbund Birkenau,\n"
        + "Caritasverband Birkenau e. V.\n\nKosten\n",
    ),
]


@pytest.mark.parametrize(("name", "text"), FORMS, ids=[f[0] for f in FORMS])
def test_chair_and_members_from_the_labels(name: str, text: str) -> None:
    groups = groups_of(text)
    assert len(groups) == 1, name
    group = groups[0]
    assert group.chair == "Landrätin Ute Beispiel", name
    members = [m.member for m in group.members]
    assert members[0] == "Landrätin Ute Beispiel" and group.members[0].is_chair, members
    assert members[1:] == MEMBERS, members
    assert "Stabsstelle Vielfalt" not in members  # a label of its own names no member


def test_labelled_lines_without_a_members_line_name_no_members() -> None:
    text = HEAD + "Lenkungsrunde Vielfalt\nVorsitz: Landrätin Ute Beispiel\nSitzungen: viermal im Jahr\n\nKosten\n"
    members = [m.member for g in groups_of(text) for m in g.members]
    assert "viermal im Jahr" not in members and not any("Sitzungen" in m for m in members), members


def test_a_members_line_under_running_text_is_no_sheet() -> None:
    """Four lines of running text between the name and the labels: the labels are not the group's lines."""
    text = (
        HEAD
        + "Lenkungsrunde Vielfalt\nDie Lenkungsrunde wurde im Jahr 2023 gegründet und hat seitdem\n"
        + "mehrere Berichte vorgelegt, die im Ausschuss beraten wurden. Sie wird\n"
        + "von der Verwaltung begleitet und legt jährlich einen Bericht vor, der\n"
        + "auch im Internet veröffentlicht wird.\n"
        + "Mitglieder: Stadtbibliothek, Musikschule, Volkshochschule\n\nKosten\n"
    )
    members = {m.member for g in groups_of(text) for m in g.members}
    assert not {"Stadtbibliothek", "Musikschule", "Volkshochschule"} & members, members
