"""steering: a member's or chair's name that a PDF's text layer wraps over two lines inside a sentence
("Herrn Stadtrat Kai" / "Brettschneider (FDP)") is one line in the output, as it is one name; an office set
off by commas before a saluted person with an academic title ("der Bürgermeister, Herr Dr. Olaf
Wendtland,") gives the person, not the office (invented example)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

TEXT = (
    "4. Lenkungsgruppe Integration\n"
    "Zur Begleitung der Fortschreibung wird eine Lenkungsgruppe Integration gebildet. Ihr gehören der\n"
    "Bürgermeister, Herr Dr. Olaf Wendtland, als Vorsitzender sowie die Leiterin des Sozialamts, Frau\n"
    "Meike Sander, an. Die Ratsfraktionen entsenden Frau Stadträtin Jana Olbrich (CDU), Herrn Stadtrat Kai\n"
    "Brettschneider\n"
    "(FDP) und Frau Stadträtin Ina Voss (SPD).\n"
)


def test_a_wrapped_name_is_one_line() -> None:
    groups = groups_of(TEXT)
    members = [m.member for g in groups for m in g.members]
    assert "Kai Brettschneider" in members
    assert "Dr. Olaf Wendtland" in members and "Bürgermeister" not in members
    assert not any("\n" in m for m in members)
    assert all(g.chair is None or "\n" not in g.chair for g in groups)
