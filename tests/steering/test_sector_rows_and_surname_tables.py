"""steering: a table of persons headed "Name, Vorname" with a title after the comma ("Weber, Dr. Jonas")
and a sector cell ending in an abbreviation ("Migrantenorg."); rows of a sector label with a colon and
its persons apart by commas, a longer post or a body and a comma before a name; roles as labels with a
colon are no sectors; headed blocks whose member lines wrap at the members' indent, a post of more than
two words before a name left out (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Landkreis Osterwalde\nBeschlussvorlage\n\n"


def _members(text: str) -> list[tuple[str, str]]:
    return [(m.member, m.sector) for g in groups_of(text) for m in g.members]


def test_a_surname_first_table_with_a_title_after_the_comma_and_an_abbreviated_sector() -> None:
    text = HEAD + (
        "4. Steuerungsgruppe\nDie Steuerungsgruppe begleitet die Fortschreibung. Sie tagt viermal im Jahr.\n\n"
        "Name, Vorname            Funktion / Institution                      Bereich\n"
        "Brandt, Lea              Dezernentin für Soziales (Vorsitz)          Verwaltung\n"
        "Weber, Dr. Jonas         Fraktion SPD                                Kreistag\n"
        "Popescu, Ana-Maria       Kulturverein Osterwalde e. V.               Migrantenorg.\n"
        "Lind, Anna               Jobcenter Osterwalde                        Behörde\n\n"
        "5. Finanzen\nDie Mittel stehen bereit.\n"
    )
    assert [m for m, _ in _members(text)] == ["Lea Brandt", "Dr. Jonas Weber", "Ana-Maria Popescu", "Anna Lind"]


ROWS = (
    "4  Steuerungsgruppe Integration\nDie Steuerungsgruppe begleitet die Fortschreibung. Sie hat sieben "
    "Mitglieder.\n\n"
    "Kreisverwaltung:  Beigeordnete Lea Brandt (Vorsitz), Sachgebietsleiter Integration und\n"
    "                  Migration Jonas Weber\n"
    "Kreistag:         Kreistagsabgeordneter Ole Lind (SPD), Kreistagsabgeordnete Eva\n"
    "                  Roth (CDU)\n"
    "Behörden:         Jobcenter Osterwalde, Bereichsleiterin Markt und Integration Greta Muster\n"
    "Träger/Vereine:   Diakonisches Werk Osterwalde e. V., Migrationsberatung Kemal Aydın;\n"
    "                  Volkshochschule Osterwalde, Fachbereichsleiter Sprachen Jan Ott\n\n"
    "Die Gemeinden werden eingeladen.\n"
)


def test_sector_rows_with_a_colon_longer_posts_and_bodies_before_the_names() -> None:
    assert _members(HEAD + ROWS) == [
        ("Lea Brandt", "administration"),
        ("Jonas Weber", "administration"),
        ("Ole Lind", "politics"),
        ("Eva Roth", "politics"),
        ("Greta Muster", "public_agency"),
        ("Kemal Aydın", "welfare"),
        ("Jan Ott", "education"),
    ]
    assert groups_of(HEAD + ROWS)[0].chair == "Lea Brandt"


BLOCKS = (
    "C. Lenkungsgruppe\nDie Lenkungsgruppe steuert die Fortschreibung. Sie setzt sich wie folgt zusammen:\n\n"
    "Kreisverwaltung\n"
    "   Landrat Paul Beispiel (Vorsitz)\n"
    "   Leiterin der Stabsstelle Integration und Migration Derya Özkan\n"
    "Kreistag\n"
    "   je ein Mitglied der Fraktionen: Kreisrätin Anna Lind (CDU),\n"
    "   Kreisrätin Eva Roth (SPD)\n"
    "Städte und Gemeinden\n"
    "   Bürgermeisterin Sabine Muster, Gemeinde Au, für den Verband des\n"
    "   Gemeindetags\n\n"
    "Die Mitglieder benennen Stellvertretungen.\n"
)


def test_headed_blocks_whose_lines_wrap_at_the_members_indent() -> None:
    assert [m for m, _ in _members(HEAD + BLOCKS)] == [
        "Landrat Paul Beispiel",
        "Derya Özkan",
        "Anna Lind",
        "Eva Roth",
        "Sabine Muster",
    ]


def test_sector_rows_with_a_colon_flattened_and_wrapped_anywhere_across_a_page_break() -> None:
    flat = (
        "4  Steuerungsgruppe Integration\nDie Steuerungsgruppe begleitet die Fortschreibung. Sie hat fünf "
        "Mitglieder.\n\n"
        "Kreisverwaltung: Beigeordnete Lea Brandt (Vorsitz), Sachgebietsleiter\nIntegration und\n"
        "Migration Jonas Weber\n"
        "Kreistag: Kreistagsabgeordneter Ole Lind (SPD), Kreistagsabgeordnete Eva\nRoth (CDU)\n"
        "Träger/Vereine: Diakonisches Werk Osterwalde e. V., Migrationsberatung Kemal\nAydın;\n"
        "\fVolkshochschule Osterwalde, Fachbereichsleiter Sprachen Jan Ott\n\n"
        "Die Gemeinden werden eingeladen.\n"
    )
    assert [m for m, _ in _members(HEAD + flat)] == [
        "Lea Brandt",
        "Jonas Weber",
        "Ole Lind",
        "Eva Roth",
        "Kemal Aydın",
        "Jan Ott",
    ]


FLAT_ROWS = (
    "Kreisverwaltung: Beigeordnete Lea Brandt (Vorsitz), Sachgebietsleiter\nIntegration und\n{gap}"
    "Migration Jonas Weber\n{gap}"
    "Kreistag: Kreistagsabgeordneter Ole Lind (SPD), Kreistagsabgeordnete\nEva\n{gap}"
    "Roth (CDU), Kreistagsabgeordneter Kai Muster (FW)\n{gap}"
    "Träger/Vereine: Diakonisches Werk Osterwalde e. V., Migrationsberatung Ke-\nmal Aydın;\n{gap}"
    "Volkshochschule Osterwalde, Fachbereichsleiter Sprachen Jan Ott\n{gap}"
    "Die Gemeinden werden zu den Sitzungen eingeladen,\nwenn ihre Belange\nberührt sind; sie sind nicht "
    "Mitglied.\n{gap}5 Prozessbegleitung\nDas Büro Stadtplan, Frau Dr. Ina Kurz, begleitet die Fortschreibung.\n"
)
FLAT_NAMES = ["Lea Brandt", "Jonas Weber", "Ole Lind", "Eva Roth", "Kai Muster", "Kemal Aydın", "Jan Ott"]


def test_flattened_sector_rows_run_on_from_the_groups_paragraph_end_before_a_sentence() -> None:
    # pypdf: no blank line at all, the rows right under the group's sentence, a sentence right after them
    lead = "4 Steuerungsgruppe Integration\nDie Steuerungsgruppe begleitet die Fortschreibung. "
    lead += "Sie hat sieben Mitglieder.\n"
    assert [m for m, _ in _members(HEAD + lead + FLAT_ROWS.format(gap=""))] == FLAT_NAMES


def test_flattened_sector_rows_a_blank_line_after_every_text_box() -> None:
    # pdfminer.six: each text box a paragraph, a row's wrapped rest after a blank line where the row above
    # ends open ("… und", "…;") or a row follows it ("Eva" / blank / "Roth (CDU) …" / blank / "Träger/…: …")
    lead = "4 Steuerungsgruppe Integration\n\nDie Steuerungsgruppe begleitet die Fortschreibung. "
    lead += "Sie hat sieben Mitglieder.\n\n"
    found = _members(HEAD + lead + FLAT_ROWS.format(gap="\n"))
    assert [m for m, _ in found] == FLAT_NAMES
    assert [s for _, s in found][:3] == ["administration", "administration", "politics"]


FLAT_BLOCKS = (
    "C. Lenkungsgruppe\nDie Lenkungsgruppe steuert die Fortschreibung. Sie setzt sich wie folgt zusammen:\n{gap}"
    "Kreisverwaltung\n{gap}"
    "Landrat Paul Beispiel (Vorsitz)\n{gap}"
    "Leiterin der Stabsstelle Integration und Migration Derya Özkan\n{gap}"
    "Kreistag\n{gap}"
    "je ein Mitglied der Fraktionen: Kreisrätin Anna Lind (CDU),\n{gap}"
    "Kreisrätin Eva Roth (SPD)\n{gap}"
    "Städte und Gemeinden\n{gap}"
    "Bürgermeisterin Sabine Muster, Gemeinde Au, für den Verband des\n{gap}"
    "Gemeindetags\n{page}"
    "Jobcenter Au, Geschäftsführung\n"
    "Die Mitglieder benennen Stellvertretungen.\n"
)
FLAT_BLOCK_MEMBERS = [
    "Landrat Paul Beispiel",
    "Derya Özkan",
    "Anna Lind",
    "Eva Roth",
    "Sabine Muster",
    "Jobcenter Au, Geschäftsführung",
]


def test_headed_blocks_an_export_set_all_at_the_margin() -> None:
    # pypdf and poppler: no indent, the sentence after the blocks right under them, a page break in them
    for page in ("", "\f", "\n\f"):
        text = HEAD + FLAT_BLOCKS.format(gap="", page=page)
        assert [m for m, _ in _members(text)] == FLAT_BLOCK_MEMBERS, page
    found = _members(HEAD + FLAT_BLOCKS.format(gap="", page=""))
    assert [s for _, s in found][1:3] == ["administration", "politics"]  # the headings tell the sectors


def test_headed_blocks_at_the_margin_a_blank_line_after_every_text_box() -> None:
    # pdfminer.six: each line a box of its own
    assert [m for m, _ in _members(HEAD + FLAT_BLOCKS.format(gap="\n", page="\n"))] == FLAT_BLOCK_MEMBERS


def test_bodies_one_a_line_at_the_margin_are_no_headed_blocks() -> None:
    text = HEAD + (
        "C. Lenkungsgruppe\nDie Lenkungsgruppe steuert die Fortschreibung. Ihr gehören an:\n"
        "Jobcenter Au\nCaritasverband Au, Migrationsdienst\nKreisverwaltung\nSozialamt, Abteilung Integration\n\n"
        "Die Mitglieder benennen Stellvertretungen.\n"
    )
    assert "Jobcenter Au" in [m for m, _ in _members(text)]
