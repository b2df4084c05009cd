"""Entries parted by middle dots in a paragraph inside a drawn box, under a caption and a rule, names and
brackets wrapped over the box's bars ("Greta     │" / "│  Lindqvist (Caritas)"), the chair by a star and
the box's footnote ("* Sprecherin …") (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

BAR = "─" * 70
LEAD = (
    "5. Lenkungsrunde Teilhabe\n\n"
    "Die Lenkungsrunde begleitet den Teilhabeplan und berichtet dem Rat. Sie tagt dreimal im Jahr. Nach\n"
    "den Benennungen der Stellen setzt sie sich wie folgt zusammen:\n\n"
)
BOX = (
    f" ┌{BAR}┐\n"
    " │  Lenkungsrunde Teilhabe – Mitglieder (Stand: 01.03.2028)              │\n"
    f" ├{BAR}┤\n"
    " │  Johanna Seidel* (Beigeordnete) · Ole Brandt (Leiter des Sozial-      │\n"
    " │  amts) · Ratsfrau Ida Schubert (SPD) · Kemal Aydın (Seniorenbeirat)   │\n"
    " │  · Greta                                                              │\n"
    " │  Lindqvist (Caritasverband Nordheim) · Mia Lorenz (Jobcenter          │\n"
    " │  Nordheim)                                                            │\n"
    f" ├{BAR}┤\n"
    " │  * Sprecherin der Lenkungsrunde                                       │\n"
    f" └{BAR}┘\n\n"
    "Die Lenkungsrunde hat damit sechs Mitglieder.\n"
)


def test_dot_parted_entries_in_a_box_over_its_bars() -> None:
    (group,) = groups_of(LEAD + BOX)
    assert [m.member for m in group.members] == [
        "Johanna Seidel",
        "Ole Brandt",
        "Ida Schubert",
        "Kemal Aydın",
        "Greta Lindqvist",
        "Mia Lorenz",
    ]
    assert group.chair == "Johanna Seidel"
    assert {m.member: m.sector for m in group.members}["Greta Lindqvist"] == "welfare"


def test_without_the_footnote_the_star_marks_no_chair() -> None:
    text = BOX.replace(" │  * Sprecherin der Lenkungsrunde                                       │\n", "")
    (group,) = groups_of(LEAD + text)
    assert not any(m.is_chair for m in group.members)


def _flat(block: str) -> str:
    """A block as a text layer sets it: every gap closed to one space, the indents gone."""
    return "\n".join(" ".join(line.split()) for line in block.split("\n"))


def _broken(block: str) -> str:
    """The box's rules broken by the text layer after their first 60 strokes, the rest on a line of its own."""
    return block.replace(BAR, "─" * 60 + "\n" + "─" * 10)


def test_dot_parted_entries_in_a_box_whose_rules_a_text_layer_broke_over_two_lines() -> None:
    """ "├──────" over "───┤": one rule of the box; the first entry is the chair's, its star kept."""
    (group,) = groups_of(LEAD + _broken(_flat(BOX)))
    assert [m.member for m in group.members][:2] == ["Johanna Seidel", "Ole Brandt"]
    assert group.chair == "Johanna Seidel"


def test_a_rule_broken_over_lines_that_end_in_words_is_not_joined() -> None:
    """A rule whose second part goes on in words is no broken rule of a box: its lines stay apart."""
    from extractors.steering.barred import rules_joined

    rule = "├" + "─" * 50
    assert rules_joined(f"{rule}\n──── Summe ┤\n") == f"{rule}\n──── Summe ┤\n"
    assert rules_joined(f"{rule}\n────┤\n") == f"{rule}─────┤\n"
