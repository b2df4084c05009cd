"""Members as the rows of a scheduling poll among them, under the group's paragraph: a title line, the
options each a weekday and a date closing the header (words of the poll's own before them), the options'
times under it and a rule; each row a person with a bracket and an answer an option ("✓", "✗", "(✓)"), a
bracket wrapped into the next line, a rule and a count of yeses under the rows; the secretariat's row
"ohne Stimmrecht" no member. As the text sets it and as a PDF's text layer gives it (every gap closed to
one space, the rule wrapped). A group named by a place joined to its topic by a dot ("Auental.Vielfalt").
Near misses: a poll whose rows are bodies, and options without weekdays under no column word, give no
members (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Stadt Auental\nBeschlussvorlage\n\nBetreff: Integrationskonzept\n\n3.  Steuerungsgruppe Auental.Vielfalt\n\n"
LEAD = (
    "Die Steuerungsgruppe begleitet den Prozess. Die entsendenden Stellen haben ihre Mitglieder benannt; die"
    " Geschäftsstelle hat unter ihnen eine Terminumfrage durchgeführt. Die Zeilen der Umfrage entsprechen der"
    " Besetzung der Steuerungsgruppe.\n\n"
)
POLL = (
    "  Terminumfrage „Erste Sitzung“\n"
    "  Ergebnis, Stand 12.04.2027                  Mo 03.05.  Mi 05.05.  Do 06.05.\n"
    "                                              15:00      10:00      16:00\n"
    "  ──────────────────────────────────────────  ─────────  ─────────  ─────────\n"
    "  Vera Holm (Beigeordnete, Vorsitz)               ✓          ✓          ✗\n"
    "  Nils Ahrens (SPD-Fraktion)                      ✓          ✗         (✓)\n"
    "  Petra Wendt (Fraktion BÜNDNIS 90/DIE            ✗          ✓          ✓\n"
    "  GRÜNEN)\n"
    "  Lars Brügge (Jobcenter Auental)                (✓)         ✓          ✓\n"
    "  Mira Sander (Caritasverband Auental)            ✓          ✓          ✓\n"
    "  Kai Lenz (Geschäftsstelle, ohne Stimmrecht)     ✓          ✓          ✓\n"
    "  ──────────────────────────────────────────  ─────────  ─────────  ─────────\n"
    "  Zusagen                                         5          4          5\n"
)
AFTER = "\nDie Steuerungsgruppe hat damit fünf stimmberechtigte Mitglieder.\n"
MEMBERS = ["Vera Holm", "Nils Ahrens", "Petra Wendt", "Lars Brügge", "Mira Sander"]


def _flat(block: str) -> str:
    """A block as a text layer sets it: every gap closed to one space, the indents gone, a long rule wrapped."""
    lines = [" ".join(line.split()) for line in block.split("\n")]
    return "\n".join(line.replace("─ ───", "─\n───", 1) if line.startswith("───") else line for line in lines)


def _members(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def test_a_poll_under_the_groups_paragraph() -> None:
    (group,) = groups_of(HEAD + LEAD + POLL + AFTER)
    assert group.group_name == "Steuerungsgruppe Auental.Vielfalt"
    assert [m.member for m in group.members] == MEMBERS
    assert [m.member for m in group.members if m.is_chair] == ["Vera Holm"]


def test_a_poll_as_a_text_layer_gives_it() -> None:
    assert _members(HEAD + LEAD + _flat(POLL) + AFTER) == MEMBERS


def test_a_poll_whose_rows_are_bodies_gives_no_members() -> None:
    bodies = POLL.replace("Vera Holm (Beigeordnete, Vorsitz)", "Sitzungssaal Rathaus             ")
    bodies = bodies.replace("Nils Ahrens (SPD-Fraktion)", "Bürgerhaus Nord           ")
    assert _members(HEAD + LEAD + bodies + AFTER) == []


def test_options_without_weekdays_under_no_column_word_give_no_members() -> None:
    plain = POLL.replace("Mo 03.05.", "   03.05.").replace("Mi 05.05.", "   05.05.").replace("Do 06.05.", "   06.05.")
    assert _members(HEAD + LEAD + plain + AFTER) == []
    assert _members(HEAD + LEAD + _flat(plain) + AFTER) == []


def test_a_dotted_word_of_no_topic_names_no_group() -> None:
    (group,) = groups_of(HEAD.replace("Auental.Vielfalt", "Auental.Nord") + LEAD + AFTER)
    assert group.group_name == "Steuerungsgruppe"


def _marks_lost(block: str) -> str:
    """The poll as a PDF sets it whose font has no glyph for the answers: each left out, "(✓)" an empty bracket."""
    return block.replace("(✓)", "( )").replace("✓", "").replace("✗", "")


def test_a_poll_whose_answers_a_font_left_out() -> None:
    assert _members(HEAD + LEAD + _flat(_marks_lost(POLL)) + AFTER) == MEMBERS


def test_lines_without_answers_under_no_poll_header_give_no_members() -> None:
    plain = POLL.replace("Mo 03.05.", "   03.05.").replace("Mi 05.05.", "   05.05.").replace("Do 06.05.", "   06.05.")
    assert _members(HEAD + LEAD + _flat(_marks_lost(plain)) + AFTER) == []
