"""Members in three columns by sector whose gaps a PDF's text layer closed to single spaces, no line
naming a person in every column (the entries wrapped over their lines at different heights): a rule
drawn under each header cell shows the columns, and each line's persons are read; a cell's label
ending its line in a colon ("Caritas Oberland:") is another column's, not the person's; a name whose
last word is a given name with a name word after it ("Dr. Svenja Lukas Brandner": where does the
next person start?) leaves its line out. No rule under the header, or a rule of other runs, reads
no table (invented examples)."""

from __future__ import annotations

from tests.steering.test_flat_side_columns import _flat, _members

HEAD = "Stadt Talheim\nBeschlussvorlage\n\nBetreff: Teilhabeprogramm 2031\n\n"
AFTER = "\nDie Geschäftsstelle liegt beim Bürgeramt.\n\n6. Kosten\nEs entstehen keine Kosten.\n"
LEAD = (
    "5. Lenkungsgruppe Teilhabeprogramm\n"
    "Die Lenkungsgruppe begleitet das Programm und tagt zweimal jährlich. Sie hat zehn Sitze:\n\n"
)
HEADER = "Stadtverwaltung            Stadtrat                    Partner\n"
RULE = "-------------------------  --------------------------  ---------------------------\n"
ROWS = (
    "Dezernentin Dr. Svenja     Jonas Brandner (CDU)        Caritas Oberland:\n"
    "Maier (Vorsitz)            Petra Lindqvist (Freie      Thomas Gerber\n"
    "Frank Hollweg, Amts-       Wähler)                     Stadtbücherei Talheim:\n"
    "leiter Soziales            Emre Kaya (SPD)             Miriam Sattler\n"
    "Ines Wolter, Quartiers-    Dana Fehr (Grüne)           Elternbeirat:\n"
    "managerin                  Kurt Rommel (FDP)           Yusuf Demir\n"
)


def test_ruled_sector_columns_give_every_line_s_persons() -> None:
    """The persons line by line, left to right; the first line's names cannot be told apart."""
    found = [name for name, _ in _members(HEAD + LEAD + _flat(HEADER + RULE + ROWS) + AFTER)]
    assert found == [
        "Petra Lindqvist",
        "Thomas Gerber",
        "Frank Hollweg",
        "Emre Kaya",
        "Miriam Sattler",
        "Ines Wolter",
        "Dana Fehr",
        "Kurt Rommel",
        "Yusuf Demir",
    ]


def test_a_given_name_with_a_name_word_after_it_leaves_its_line_out() -> None:
    found = [name for name, _ in _members(HEAD + LEAD + _flat(HEADER + RULE + ROWS) + AFTER)]
    assert not any("Svenja" in name or "Brandner" in name for name in found)


def test_no_rule_under_the_header_reads_no_table() -> None:
    found = [name for name, _ in _members(HEAD + LEAD + _flat(HEADER + ROWS) + AFTER)]
    assert "Miriam Sattler" not in found
