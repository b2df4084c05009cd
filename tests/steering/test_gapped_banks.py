"""Members of a group by its parts in rows of a label and its persons: labelled lines with a colon
and gaps, the persons apart by semicolons, each after up to two words of an office ("Beigeordnete
Dr. Lea Brandt (Leitung); Sachgebietsleiter Soziales Jonas Weber"); and rows with no colon right
under the group's paragraph, a gap between the label and its persons, the persons apart by commas,
wrapped under their column, a label broken at a hyphen over two lines and a bracket after a name
(over two lines too). The office is no part of the member, the bracket neither; the labels tell
the sectors. Rows of institutions, of counts or a paragraph's sentence under the group give no
such members (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Stadt Wendenau\nBeschlussvorlage\n\nBetreff: Teilhabeplan 2030\n\n"
AFTER = "\nDie Geschäftsstelle liegt im Sozialamt.\n\n5. Kosten\nEs entstehen keine Kosten.\n"

LABELLED = (
    "4. Lenkungsgremium Teilhabe\n"
    "Das Lenkungsgremium steuert die Umsetzung. Es setzt sich wie folgt zusammen:\n\n"
    "Verwaltung:     Beigeordnete Dr. Lea Brandt (Leitung); Sachgebietsleiter\n"
    "                Soziales Jonas Weber; Teilhabekoordinatorin Mira Sander\n"
    "Rat:            Ratsfrau Ilse Kramer; Ratsherr Bernd Voss\n"
    "Vereine:        Heike Lorenz (Caritasverband Wendenau); Paul Engel (Sportbund\n"
    "                Wendenau e. V.)\n"
)

BANKS = (
    "4. Lenkungsausschuss Teilhabe\n"
    "Der Lenkungsausschuss Teilhabe hat neun Sitze: drei für den Rat, zwei für die Verwaltung,\n"
    "zwei für die Wohlfahrtsverbände und zwei für die Migrantenvereine.\n\n"
    "  Rat                 Ilse Kramer, Bernd Voss,\n"
    "                      Dr. Anton Riedel\n"
    "  Verwaltung          Erste Stadträtin Lea Brandt (Vorsitz),\n"
    "                      Jonas Weber (Sozialamt)\n"
    "  Wohlfahrts-         Heike Lorenz (Caritasverband Wendenau e. V.),\n"
    "  verbände            Paul Engel (Diakonisches Werk Wendenau)\n"
    "  Migranten-          Kemal Aydın (Türkischer Elternverein Wendenau e. V.),\n"
    "  vereine             Olga Martens (Verein der Deutschen aus Kasachstan,\n"
    "                      Ortsgruppe Wendenau)\n"
)


def members_of(text: str) -> list[tuple[str, str, bool]]:
    return [(m.member, m.sector, m.is_chair) for g in groups_of(text) for m in g.members]


def test_labelled_lines_of_persons_after_their_offices() -> None:
    found = members_of(HEAD + LABELLED + AFTER)
    assert [m for m, _, _ in found] == [
        "Dr. Lea Brandt",
        "Jonas Weber",
        "Mira Sander",
        "Ilse Kramer",
        "Bernd Voss",
        "Heike Lorenz",
        "Paul Engel",
    ]
    assert found[0][2] and not any(chair for _, _, chair in found[1:])


def test_rows_of_a_label_and_its_persons_under_the_groups_paragraph() -> None:
    (group,) = groups_of(HEAD + BANKS + AFTER)
    assert [(m.member, m.sector) for m in group.members] == [
        ("Ilse Kramer", "politics"),
        ("Bernd Voss", "politics"),
        ("Dr. Anton Riedel", "politics"),
        ("Lea Brandt", "administration"),
        ("Jonas Weber", "administration"),
        ("Heike Lorenz", "welfare"),
        ("Paul Engel", "welfare"),
        ("Kemal Aydın", "migrant_organisation"),
        ("Olga Martens", "migrant_organisation"),
    ]
    assert group.chair == "Lea Brandt"


def test_rows_of_institutions_are_no_rows_of_persons() -> None:
    rows = (
        "  Verwaltung          Sozialamt, Amt für Kinder, Jugend und\n"
        "                      Familie\n"
        "  Träger              Caritasverband Wendenau e. V.\n"
    )
    text = HEAD + BANKS.split("\n\n")[0] + "\n\n" + rows + AFTER
    assert not any(m in ("Familie", "Jugend") for m, _, _ in members_of(text))


def test_a_table_of_meetings_under_the_paragraph_gives_no_persons() -> None:
    rows = "  Sozialausschuss     12.05.2027, Vorberatung\n  Rat                 24.05.2027, Beschluss\n"
    text = HEAD + BANKS.split("\n\n")[0] + "\n\n" + rows + AFTER
    assert members_of(text) == []


def test_the_rows_as_a_text_layer_flattens_their_gaps() -> None:
    flat = (
        "Rat Ilse Kramer, Bernd Voss,\n"
        "Dr. Anton Riedel\n"
        "Verwaltung Erste Stadträtin Lea Brandt (Vorsitz),\n"
        "Jonas Weber (Sozialamt)\n"
        "Wohlfahrts- Heike Lorenz (Caritasverband Wendenau e. V.),\n"
        "verbände Paul Engel (Diakonisches Werk Wendenau)\n"
        "Migrantenvereine Kemal Aydın (Türkischer Elternverein Wendenau e. V.),\n"
        "Olga Martens (Verein der Deutschen aus Kasachstan,\n"
        "Ortsgruppe Wendenau)\n"
    )
    (group,) = groups_of(HEAD + BANKS.split("\n\n")[0] + "\n\n" + flat + AFTER)
    assert [m.member for m in group.members] == [
        "Ilse Kramer",
        "Bernd Voss",
        "Dr. Anton Riedel",
        "Lea Brandt",
        "Jonas Weber",
        "Heike Lorenz",
        "Paul Engel",
        "Kemal Aydın",
        "Olga Martens",
    ]
    assert group.chair == "Lea Brandt"


def test_flattened_lines_of_a_person_and_an_office_are_no_rows_of_persons() -> None:
    lines = "Frau Ilse Kramer, Sozialamt\nHerr Bernd Voss, Jobcenter Wendenau\n"
    text = HEAD + BANKS.split("\n\n")[0] + "\n\n" + lines + AFTER
    assert "Frau" not in [m for m, _, _ in members_of(text)]


def test_labelled_lines_over_a_page_break_inside_a_bracket() -> None:
    broken = LABELLED.replace("(Sportbund\n                Wendenau e. V.)", "(Sport-\nbund\n\fWendenau e. V.)")
    broken += "Schule: Ole Brandt (Grundschule Nord)\n"
    found = [m for m, _, _ in members_of(HEAD + broken + AFTER)]
    assert found[-3:] == ["Heike Lorenz", "Paul Engel", "Ole Brandt"]


def test_labelled_lines_end_at_a_page_break_outside_brackets() -> None:
    broken = LABELLED + "\fDie Geschäftsstelle: Ole Brandt (Sozialamt); Lea Sander\n"
    found = [m for m, _, _ in members_of(HEAD + broken + AFTER)]
    assert "Ole Brandt" not in found


FLAT_BANKS = (
    "Rat Ilse Kramer, Bernd Voss,\n"
    "Dr. Anton Riedel\n"
    "Verwaltung Erste Stadträtin Lea Brandt (Vorsitz),\n"
    "Jonas Weber (Sozialamt)\n"
    "Wohlfahrts- Heike Lorenz (Caritasverband Wendenau e. V.),\n"
    "verbände Paul Engel (Diakonisches Werk Wendenau)\n"
)
FLAT_MEMBERS = [
    "Ilse Kramer",
    "Bernd Voss",
    "Dr. Anton Riedel",
    "Lea Brandt",
    "Jonas Weber",
    "Heike Lorenz",
    "Paul Engel",
]


def test_flattened_rows_right_under_the_groups_sentence() -> None:
    """An export that sets no blank line between the paragraph and the rows."""
    (group,) = groups_of(HEAD + BANKS.split("\n\n")[0] + "\n" + FLAT_BANKS + AFTER)
    assert [m.member for m in group.members] == FLAT_MEMBERS
    assert group.chair == "Lea Brandt"
    assert [m.sector for m in group.members][3:5] == ["administration", "administration"]


def test_flattened_rows_each_a_paragraph_of_its_own() -> None:
    """An export that sets each row (its wrapped lines with it) apart by a blank line."""
    rows = FLAT_BANKS.replace("Sozialamt)\n", "Sozialamt)\n\n").replace("Riedel\n", "Riedel\n\n")
    (group,) = groups_of(HEAD + BANKS.split("\n\n")[0] + "\n\n" + rows + AFTER)
    assert [m.member for m in group.members] == FLAT_MEMBERS


def test_a_sentence_under_the_groups_sentence_is_no_row() -> None:
    lines = "Rat und Verwaltung Ilse Kramer, Bernd Voss\nwerden die Sitzungen vorbereiten.\n"
    text = HEAD + BANKS.split("\n\n")[0] + "\n" + lines + AFTER
    assert members_of(text) == []


def test_meetings_right_under_the_groups_sentence_give_no_persons() -> None:
    rows = "Sozialausschuss 12.05.2027, Vorberatung\nRat 24.05.2027, Beschluss\n"
    assert members_of(HEAD + BANKS.split("\n\n")[0] + "\n" + rows + AFTER) == []
    assert members_of(HEAD + BANKS.split("\n\n")[0] + "\n\n" + rows.replace("\n", "\n\n") + AFTER) == []


def test_a_paragraph_after_the_spaced_rows_is_no_row_of_them() -> None:
    rows = FLAT_BANKS.replace("Sozialamt)\n", "Sozialamt)\n\n").replace("Riedel\n", "Riedel\n\n")
    after = "\nBeraten wird Olaf Kunze, Sozialamt, und Ute Krüger, Jobcenter.\n" + AFTER
    found = [m for m, _, _ in members_of(HEAD + BANKS.split("\n\n")[0] + "\n\n" + rows + after)]
    assert found == FLAT_MEMBERS


def test_labelled_lines_over_a_blank_line_inside_a_bracket() -> None:
    """An export that sets a blank line where the page broke inside a bracket ("(Sportbund" / "" / "Wendenau …")."""
    broken = LABELLED.replace("(Sportbund\n                Wendenau e. V.)", "(Sportbund\n\nWendenau e. V.)")
    broken += "Schule:         Ole Brandt (Grundschule Nord)\n"
    found = [m for m, _, _ in members_of(HEAD + broken + AFTER)]
    assert found[-3:] == ["Heike Lorenz", "Paul Engel", "Ole Brandt"]


def test_labelled_lines_end_at_a_blank_line_after_a_closed_bracket() -> None:
    after = "\nWeitere Gäste Ole Brandt (Grundschule Nord); Ute Krüger (Jobcenter)\n"
    found = [m for m, _, _ in members_of(HEAD + LABELLED + after + AFTER)]
    assert found[-1] == "Paul Engel"
