"""Labelled parts of a group run into one paragraph, each after a dash, its label with a count and a colon
("Politik (3): A, Fraktion X; B, … – Verwaltung (2): C, Vorsitz; …"), a line opening with a party's name in
capitals ("DIE LINKE; …") going on with the value; a part of guests ends the block (invented examples)."""

from __future__ import annotations

from extractors.steering.labelled import labelled_parts
from tests.steering.test_steering import groups_of

LEAD = (
    "3. Steuerungsrunde Teilhabe\n\n"
    "Die Steuerungsrunde ist nach der Wahl neu besetzt worden. Sie besteht aus sieben stimmberechtigten\n"
    "Mitgliedern, die von den jeweiligen Stellen benannt wurden:\n\n"
)
PARTS = (
    "Politik (3): Stadträtin Johanna Seidel, Fraktion FDP; Stadtrat Ole Brandt, Fraktion\n"
    "DIE PARTEI; Stadträtin Ida Schubert, Fraktion SPD – Verwaltung (2): Bürgermeister\n"
    "Jonas Weber, Vorsitz; Frau Greta Lindqvist, Amt für Bildung und Kultur – Träger (2): Herr\n"
    "Kemal Aydın, Caritasverband Nordheim; Frau Mia Lorenz, Jobcenter Nordheim.\n\n"
)
GUESTS = "Ständige Gäste ohne Stimmrecht: die Leiterin der Volkshochschule und ein Vertreter der Polizei.\n"


def test_parts_run_in_after_dashes_name_their_persons() -> None:
    (group,) = groups_of(LEAD + PARTS + GUESTS)
    assert [m.member for m in group.members] == [
        "Johanna Seidel",
        "Ole Brandt",
        "Ida Schubert",
        "Jonas Weber",
        "Greta Lindqvist",
        "Kemal Aydın",
        "Mia Lorenz",
    ]
    sectors = {m.member: m.sector for m in group.members}
    assert sectors["Ole Brandt"] == "politics"
    assert sectors["Mia Lorenz"] == "public_agency"


def test_the_parts_and_their_labels() -> None:
    parts = labelled_parts(PARTS + GUESTS, 0)
    assert parts is not None
    assert [label for label, _, _ in parts] == ["Politik", "Verwaltung", "Träger"]


def test_a_dash_before_words_without_a_count_and_colon_splits_nothing() -> None:
    text = PARTS.replace("– Verwaltung (2):", "– Verwaltung:").replace("– Träger (2):", "– Träger:")
    text = "Verwaltung: Sozialamt; Jugendamt\n" + text
    parts = labelled_parts(text, 0)
    assert parts is not None
    assert [label for label, _, _ in parts] == ["Verwaltung", "Politik"]


def test_a_parts_label_closing_its_line_its_value_on_the_next() -> None:
    """A text layer broke the line right after the label's colon ("– Verwaltung (2):" / "Bürgermeister"): the
    part is one all the same."""
    text = PARTS.replace("– Verwaltung (2): Bürgermeister\n", "– Verwaltung (2):\nBürgermeister\n")
    parts = labelled_parts(text + GUESTS, 0)
    assert parts is not None
    assert [label for label, _, _ in parts] == ["Politik", "Verwaltung", "Träger"]
    (group,) = groups_of(LEAD + text + GUESTS)
    assert "Jonas Weber" in [m.member for m in group.members]


def test_a_dash_before_a_line_ending_in_a_colon_without_a_count_splits_nothing() -> None:
    text = PARTS.replace("– Verwaltung (2): Bürgermeister\n", "– Verwaltung:\nBürgermeister\n")
    text = text.replace("– Träger (2):", "– Träger:")
    parts = labelled_parts(text, 0)
    assert parts is None or "Verwaltung" not in [label for label, _, _ in parts]


def test_the_last_person_before_a_parts_label_closing_the_line_is_a_member() -> None:
    """ "…; Stadträtin Ida Schubert, Fraktion SPD – Verwaltung (2):" closes its line: the colon is the next part's
    label's, the line no sub-list's label, its person a member."""
    text = PARTS.replace("– Verwaltung (2): Bürgermeister\n", "– Verwaltung (2):\nBürgermeister\n")
    (group,) = groups_of(LEAD + text + GUESTS)
    assert [m.member for m in group.members][:4] == ["Johanna Seidel", "Ole Brandt", "Ida Schubert", "Jonas Weber"]


def test_a_line_closing_with_a_label_of_its_own_is_no_member() -> None:
    """A line whose own words close with a colon, no part's counted label after a dash: a sub-list's label."""
    text = (
        "Der Steuerungsrunde Teilhabe gehören an:\n"
        "Vertretungen der Stadtverwaltung:\n"
        "- Frau Johanna Seidel, Amt für Soziales\n"
        "- Herr Ole Brandt, Jugendamt\n\n"
    )
    members = [m.member for g in groups_of(LEAD.split("\n\n")[0] + "\n\n" + text) for m in g.members]
    assert "Vertretungen der Stadtverwaltung" not in members
    assert {"Johanna Seidel", "Ole Brandt"} <= set(members)


def test_a_persons_office_on_the_line_after_the_comma_is_their_label() -> None:
    """ "Herr Kemal Aydın," / "Caritasverband Nordheim;": the person, the body on the next line their label."""
    text = PARTS.replace("Herr\nKemal Aydın, Caritasverband Nordheim;", "Herr Kemal Aydın,\nCaritasverband Nordheim;")
    (group,) = groups_of(LEAD + text + GUESTS)
    members = {m.member: m.sector for m in group.members}
    assert members.get("Kemal Aydın") == "welfare"
    assert "Caritasverband Nordheim" not in members
