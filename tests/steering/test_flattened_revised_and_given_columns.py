"""Members tables whose gaps a PDF's text layer flattened into single spaces: a numbered table setting a
group's former composition beside its new one, read by the form of its rows (a row ending "unverändert"
keeps its former holder, a dash after the number opens a new seat, a person before "(neu)" replaces the
one before them, a row ending "entfällt" names none); a table of persons whose given names stand in a
column of their own after the surnames' ("Name Vorname Organisation Funktion in der Gruppe"), the
chair's function closing a row; a body's wrapped rest the view joined to the row above over a page
break. Invented examples."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

_HEAD = "Stadt Beispielheim\nVorlage Nr. 12/2026\n\n"
_END = "\nDie Geschäftsstelle liegt beim Amt für Soziales.\n"

REVISED = (
    "3. Steuerungsgruppe Teilhabe (geändert)\n\n"
    "Die Gegenüberstellung zeigt die bisherige und die neue Besetzung. Die Steuerungsgruppe hat damit\n"
    "fünf Mitglieder.\n\n"
    "Nr. Bisherige Besetzung Neue Besetzung\n{gap}"
    "--- ----------------------------------- -----------------------------------\n"
    "1 Stadträtin Dr. Britta Lorenz, unverändert\n"
    "Referentin 4 (Vorsitz)\n"
    "2 Seniorenbeirat, Kemal Hahn unverändert\n"
    "{page}3 Jobcenter Beispielheim, Henrike Quast Agentur für Arbeit Beispielheim,\n"
    "Malte Okafor (neu)\n"
    "4 – Volkshochschule, Ida Roth (neu)\n"
    "5 Stadtsportbund, Jonas Weber entfällt\n"
)


@pytest.mark.parametrize(("gap", "page"), [("", ""), ("\n", ""), ("", "\f")])
def test_a_flattened_table_of_the_former_and_the_new_composition(gap: str, page: str) -> None:
    groups = groups_of(_HEAD + REVISED.format(gap=gap, page=page) + _END)
    found = [(m.member, m.is_chair) for g in groups for m in g.members]
    assert found == [
        ("Dr. Britta Lorenz", True),
        ("Kemal Hahn", False),
        ("Malte Okafor", False),
        ("Ida Roth", False),
    ]
    assert groups[0].chair == "Dr. Britta Lorenz"


def test_a_row_whose_cells_no_mark_tells_apart_names_no_member() -> None:
    text = REVISED.format(gap="", page="").replace("Malte Okafor (neu)", "Malte Okafor")
    found = [m.member for g in groups_of(_HEAD + text + _END) for m in g.members]
    assert "Malte Okafor" not in found and "Henrike Quast" not in found


def test_an_unnumbered_flattened_line_of_old_and_new_words_is_no_table() -> None:
    text = REVISED.format(gap="", page="").replace("Nr. Bisherige Besetzung", "Die bisherige Besetzung")
    found = [m.member for g in groups_of(_HEAD + text + _END) for m in g.members]
    assert "Malte Okafor" not in found


GIVEN = (
    "Begleitgruppe Teilhabe\n"
    "Die Begleitgruppe berät die Verwaltung und tagt alle zwei Monate.\n"
    "Folgende Personen haben ihre Mitarbeit zugesagt:\n\n"
    "Name Vorname Organisation Funktion in der Gruppe\n\n"
    "------- ------- ---------------------------------- ----------------\n"
    "Lorenz Britta Stadt Beispielheim, Fachbereich Bildung Leitung\n"
    "und Soziales\n"
    "Hahn Kemal Seniorenbeirat Beispielheim Mitglied\n"
    "Quast Henrike Caritasverband Beispielheim e. V., Mitglied\n"
    "Migrationsberatung\n"
    "Okafor Malte Stadtsportbund Beispielheim Mitglied\n"
    "Vorlage 12/2026 Seite 2/2\n"
)


def test_surnames_and_given_names_in_columns_of_their_own_flattened() -> None:
    groups = groups_of(_HEAD + GIVEN + _END)
    found = [(m.member, m.is_chair) for g in groups for m in g.members]
    assert found == [("Britta Lorenz", True), ("Kemal Hahn", False), ("Henrike Quast", False), ("Malte Okafor", False)]
    assert groups[0].chair == "Britta Lorenz"


def test_rows_whose_second_word_is_no_given_name_are_no_persons() -> None:
    text = GIVEN.replace("Hahn Kemal", "Hahn Seniorenheim").replace("Okafor Malte", "Okafor Stadtsportbund")
    text = text.replace("Quast Henrike", "Quast Caritas")
    found = [m.member for g in groups_of(_HEAD + text + _END) for m in g.members]
    assert not any("Seniorenheim" in f or "Stadtsportbund Okafor" in f for f in found)


def test_a_body_wrapped_over_a_page_break_the_view_joined_to_the_row_above() -> None:
    text = (
        "Steuerungsgruppe Teilhabe\n"
        "Jede entsendende Stelle benennt ein Mitglied und eine Stellvertretung.\n\n"
        "Entsendende Stelle Mitglied Stellvertretung\n"
        "Dezernat II (Vorsitz) Dr. Britta Lorenz Jonas Weber\n"
        "Beauftragte für Teilhabe Kemal Hahn Ida Roth\fund Inklusion\n"
        "Seniorenbeirat Henrike Quast Ole Brandt\n"
    )
    groups = groups_of(_HEAD + text + _END)
    assert [m.member for g in groups for m in g.members] == ["Dr. Britta Lorenz", "Kemal Hahn", "Henrike Quast"]


_EXPECTED = ["Dr. Britta Lorenz", "Kemal Hahn", "Malte Okafor", "Ida Roth"]


def test_a_flattened_revised_table_right_under_its_paragraph_the_blank_lines_lost() -> None:
    """pdftotext and pypdf drop the blank lines: the paragraph runs on into the header, and the
    sentence right under the last row and the next numbered heading are no cell's rest."""
    text = REVISED.format(gap="", page="").replace("\n\n", "\n") + _END.lstrip("\n") + "4. Moderation\n"
    found = [m.member for g in groups_of(_HEAD + text) for m in g.members]
    assert found == _EXPECTED


def test_a_flattened_revised_table_with_a_blank_line_after_every_line() -> None:
    """pdfminer.six sets a blank line after every line, over and under the rule too."""
    lines = REVISED.format(gap="", page="").split("\n")
    at = lines.index(next(ln for ln in lines if ln.startswith("Nr. ")))
    text = "\n".join(lines[:at]) + "\n" + "\n\n".join(ln for ln in lines[at:] if ln) + "\n"
    found = [m.member for g in groups_of(_HEAD + text + _END) for m in g.members]
    assert found == _EXPECTED
