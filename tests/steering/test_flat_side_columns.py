"""Members in two columns set side by side whose gaps a PDF's text layer flattened into single spaces
(:mod:`extractors.steering.flat_side_columns`): two columns of members, each under its own header, a
blank line between the header and its rule; a members' column beside their deputies' "im
Verhinderungsfall"; near misses that give no such table (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Gemeinde Wiesenrode\nBeschlussvorlage\n\nBetreff: Teilhabebericht 2030\n\n"
AFTER = "\nDie Geschäftsstelle liegt beim Ordnungsamt.\n\n5. Kosten\nEs entstehen keine Kosten.\n"


def _flat(block: str) -> str:
    """A block as a text layer sets it: every gap closed to one space, the indents gone."""
    return "\n".join(" ".join(line.split()) for line in block.split("\n"))


SIDE_BY_SIDE = (
    "4. Steuerungsgruppe Teilhabebericht\n"
    "Die Steuerungsgruppe begleitet den Bericht und wägt seine Kennzahlen. Sie ist so besetzt:\n\n"
    + _flat(
        "  Ordentliche Mitglieder                     Beratende Mitglieder\n"
        "\n"
        "  ----------------------------------         ------------------------------\n"
        "  Dezernentin Ramona Fiedler (Vorsitz)       Henning Albers, Jobcenter\n"
        "  Kerstin Vogt, Leiterin des Fachbereichs      Wiesenrode\n"
        "    Schule und Sport                         Prof. Dr. Claudia Brandes, Hochschule\n"
        "  Matthias Olbrich, Fraktion SPD                Wiesenrode\n"
        "  Sabine Reuter, Caritasverband Wiesenrode   Jana Petersen, Volkshochschule\n"
    )
)


def _members(text: str) -> list[tuple[str, bool]]:
    return [(m.member, m.is_chair) for g in groups_of(text) for m in g.members]


def test_two_flattened_columns_of_members_both_read() -> None:
    """A name near a line's start opens a left-hand entry, one further in a right-hand entry; the
    members come in the order of the text."""
    assert _members(HEAD + SIDE_BY_SIDE + AFTER) == [
        ("Ramona Fiedler", True),
        ("Henning Albers", False),
        ("Kerstin Vogt", False),
        ("Prof. Dr. Claudia Brandes", False),
        ("Matthias Olbrich", False),
        ("Sabine Reuter", False),
        ("Jana Petersen", False),
    ]


DEPUTIES = (
    "4. Lenkungskreis Teilhabe\n"
    "Der Lenkungskreis entscheidet über die Maßnahmen. Für jedes Mitglied ist eine Vertretung benannt:\n\n"
    + _flat(
        "   Mitglied                                 im Verhinderungsfall\n"
        "   Bürgermeister Jochen Riedel              Amtsleiterin Petra Sommerfeld\n"
        "   GV Anja Wendt (Grüne)                    GV Karsten Ebeling (SPD)\n"
        "   Ulrike Harms, Jobcenter Wiesenrode       Tobias Lange, Jobcenter Wiesenrode\n"
    )
)


def test_a_flattened_deputies_column_gives_the_members_column_only() -> None:
    found = [name for name, _ in _members(HEAD + DEPUTIES + AFTER)]
    assert found == ["Jochen Riedel", "Anja Wendt", "Ulrike Harms"]


def test_rows_holding_one_person_each_make_no_side_by_side_table() -> None:
    """Without two lines that name a person in each column the header leads in no such table."""
    text = DEPUTIES.replace("Amtsleiterin Petra Sommerfeld", "").replace("GV Karsten Ebeling (SPD)", "")
    found = [name for name, _ in _members(HEAD + text + AFTER)]
    assert "Tobias Lange" not in found
