"""Members tables of bodies and the persons who represent them ("Dienststelle / Institution |
Vertreterin / Vertreter"): the persons are the members where the column names each by the name
alone, maybe after an office or a title ("Stadträtin Lea Brandt", "Dr. Jonas Weber"), the body
beside them telling the sector; where it addresses them ("Frau Lea Brandt") the bodies are, as
before. A cell wrapped onto the next line and "(Vorsitz)" on a line of its own go with their row;
the header with a column word after a slash is no member. A table by bank ("Bank | Mitglied |
Institution") with a rule drawn under its header, a bank word so long that a single space parts
it from the name, and a person whose given name the list of names lacks under a bank spanning
rows (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Stadt Wendenau\nBeschlussvorlage\n\nBetreff: Teilhabeplan 2030\n\n"
LEAD = (
    "3. Lenkungsrunde Teilhabe\n"
    "Zur Steuerung wird eine Lenkungsrunde Teilhabe eingesetzt. Ihr gehören neun\n"
    "Mitglieder an:\n\n"
)
AFTER = "\nDie Geschäftsstelle liegt im Sozialamt.\n\n4. Kosten\nEs entstehen keine Kosten.\n"

BARE = (
    "  Dienststelle / Institution                        Vertreterin / Vertreter\n"
    "  Dezernat für Bildung, Jugend und                  Beigeordnete Dr. Henrike Dallmann\n"
    "  Soziales                                          (Vorsitz)\n"
    "  Amt für Zuwanderung und Teilhabe                  Jonas Petersen\n"
    "  Ratsfraktion Freie Wähler                         Ratsherr Ole Brandt\n"
    "  Diakonisches Werk Wendenau e. V.                  Marlene Vogt\n"
    "  Volkshochschule Wendenau                          Dr. Kemal Aydın\n"
)
ADDRESSED = (
    "  Dienststelle / Institution                        Vertreterin / Vertreter\n"
    "  Amt für Zuwanderung und Teilhabe                  Frau Henrike Dallmann (Vorsitz)\n"
    "  Diakonisches Werk Wendenau e. V.                  Herr Jonas Petersen\n"
    "  Volkshochschule Wendenau                          Dr. Kemal Aydın\n"
)


def members_of(text: str) -> list[tuple[str, str, bool]]:
    return [(m.member, m.sector, m.is_chair) for g in groups_of(text) for m in g.members]


def test_persons_named_bare_beside_their_bodies_are_the_members() -> None:
    assert members_of(HEAD + LEAD + BARE + AFTER) == [
        ("Dr. Henrike Dallmann", "administration", True),
        ("Jonas Petersen", "administration", False),
        ("Ole Brandt", "politics", False),
        ("Marlene Vogt", "welfare", False),
        ("Dr. Kemal Aydın", "education", False),
    ]


def test_persons_addressed_beside_their_bodies_leave_the_bodies_the_members() -> None:
    found = members_of(HEAD + LEAD + ADDRESSED + AFTER)
    assert [m for m, _, _ in found] == [
        "Amt für Zuwanderung und Teilhabe",
        "Diakonisches Werk Wendenau e. V.",
        "Volkshochschule Wendenau",
    ]


def test_a_header_with_a_column_word_after_a_slash_is_no_member() -> None:
    found = [m for m, _, _ in members_of(HEAD + LEAD + BARE + AFTER)]
    assert not any("Institution" in m or "Vertreter" in m for m in found)


BANKS = (
    "  Bank                    Mitglied                       Institution\n"
    "  ──────────────────────────────────────────────────────────────────────\n"
    "  Verwaltung              Dr. Henrike Dallmann           Dezernat II (Vorsitz)\n"
    "                          Jonas Petersen                 Amt für Zuwanderung\n"
    "  Politik                 Ole Brandt                     Fraktion im Rat\n"
    "  Integrationsinitiativen Kemal Aydın                    Türkischer Elternverein\n"
    "                                                         Wendenau e. V.\n"
    "                          Tran Van Minh                  Vietnamesischer Verein\n"
    "                                                         Wendenau e. V.\n"
    "  Wissenschaft            Prof. Dr. Lotte Ahrens         Hochschule Wendenau\n"
)


def test_a_table_by_bank_under_a_drawn_rule() -> None:
    found = members_of(HEAD + LEAD + BANKS + AFTER)
    assert [m for m, _, _ in found] == [
        "Dr. Henrike Dallmann",
        "Jonas Petersen",
        "Ole Brandt",
        "Kemal Aydın",
        "Tran Van Minh",
        "Prof. Dr. Lotte Ahrens",
    ]
    assert found[0][2] and not any(chair for _, _, chair in found[1:])
    assert dict((m, s) for m, s, _ in found)["Prof. Dr. Lotte Ahrens"] == "research"


def test_a_table_of_meetings_under_a_rule_gives_no_members() -> None:
    meetings = (
        "  Gremium                 Sitzung                        Beratung\n"
        "  ──────────────────────────────────────────────────────────────────────\n"
        "  Sozialausschuss         12.05.2027                     Vorberatung\n"
        "  Rat                     24.05.2027                     Beschluss\n"
    )
    assert members_of(HEAD + LEAD + meetings + AFTER) == []


FLAT = (
    "Dienststelle / Institution Vertreterin / Vertreter\n"
    "Dezernat für Bildung, Jugend und Soziales Beigeordnete Dr. Henrike Dallmann\n"
    "(Vorsitz)\n"
    "Amt für Zuwanderung und Teilhabe Jonas Petersen\n"
    "Ratsfraktion Freie Wähler Ratsherr Ole Brandt\n"
    "Diakonisches Werk Wendenau e. V. Marlene Vogt\n"
    "\fVolkshochschule Wendenau und Kreis- Kemal Aydın\n"
    "land\n"
)


def test_a_flattened_table_of_bodies_and_persons_named_bare() -> None:
    assert members_of(HEAD + LEAD + FLAT + AFTER) == [
        ("Dr. Henrike Dallmann", "administration", True),
        ("Jonas Petersen", "administration", False),
        ("Ole Brandt", "politics", False),
        ("Marlene Vogt", "welfare", False),
        ("Kemal Aydın", "education", False),
    ]


def test_a_flattened_table_of_addressed_persons_keeps_the_bodies() -> None:
    flat = FLAT.replace("Jonas Petersen", "Herr Jonas Petersen")
    found = [m for m, _, _ in members_of(HEAD + LEAD + flat + AFTER)]
    assert "Jonas Petersen" not in found and "Marlene Vogt" not in found


def test_a_chair_set_off_by_dashes_and_a_council_forming_the_group() -> None:
    text = (
        HEAD + "Lenkungskreis\nDie Umsetzung begleitet ein Lenkungskreis. Ihm sollen angehören:\n"
        "  1. Frau Bürgermeisterin Henrike Dallmann – Vorsitzende –\n"
        "  2. Herr Jonas Petersen, Amt für Zuwanderung\n"
        "  3. Frau Marlene Vogt, Diakonisches Werk Wendenau e. V.\n\n"
        "Beschlussvorschlag\n1. Der Rat bildet den Lenkungskreis mit der oben genannten Zusammensetzung.\n"
    )
    assert members_of(text) == [
        ("Henrike Dallmann", "politics", True),
        ("Jonas Petersen", "administration", False),
        ("Marlene Vogt", "welfare", False),
    ]


BANKS_FLAT = (
    "Bank Mitglied Institution\n\n"
    "──────────────────────────────\n\n"
    "Verwaltung Dr. Henrike Dallmann Dezernat II (Vorsitz)\n"
    "Jonas Petersen Amt für\n"
    "Zuwanderung\n"
    "Politik Ole Brandt Fraktion im Rat\n"
    "Tran Van Minh Vietnamesischer Verein\n"
    "Wendenau e. V.\n"
)


def test_a_flattened_table_by_bank_with_the_persons_between_the_cells() -> None:
    found = members_of(HEAD + LEAD + BANKS_FLAT + AFTER)
    assert [m for m, _, _ in found] == ["Dr. Henrike Dallmann", "Jonas Petersen", "Ole Brandt"]
    assert found[0][2] and dict((m, s) for m, s, _ in found)["Ole Brandt"] == "politics"


def _boxed(text: str) -> str:
    """The text as an export sets it that gives each line a paragraph of its own (a blank line after each)."""
    return "\n\n".join(line for line in text.split("\n") if line.strip()) + "\n"


def test_a_flattened_table_an_export_set_one_line_a_paragraph() -> None:
    flat = FLAT.replace("\f", "")
    assert members_of(_boxed(HEAD + LEAD + flat + AFTER)) == members_of(HEAD + LEAD + flat + AFTER)
    assert len(members_of(_boxed(HEAD + LEAD + flat + AFTER))) == 5


def test_a_flattened_table_by_bank_an_export_set_one_line_a_paragraph() -> None:
    found = members_of(_boxed(HEAD + LEAD + BANKS_FLAT + AFTER))
    assert [m for m, _, _ in found] == ["Dr. Henrike Dallmann", "Jonas Petersen", "Ole Brandt"]


def test_a_blank_line_before_a_row_of_a_flattened_table_by_bank() -> None:
    table = BANKS_FLAT.replace("Politik Ole Brandt", "\nPolitik Ole Brandt")
    assert [m for m, _, _ in members_of(HEAD + LEAD + table + AFTER)][-1] == "Ole Brandt"


def test_a_sentence_naming_a_person_after_a_blank_line_ends_the_flattened_table() -> None:
    after = "\nDie Geschäftsstelle leitet Kerstin Albers im Sozialamt.\n" + AFTER
    found = [m for m, _, _ in members_of(HEAD + LEAD + BANKS_FLAT + after)]
    assert "Kerstin Albers" not in found
    assert "Kerstin Albers" not in [m for m, _, _ in members_of(HEAD + LEAD + FLAT + after)]
