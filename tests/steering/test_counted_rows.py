"""steering: members as rows that open with a count and a gap ("3   Vertreter der Verwaltung (A, B,
C)", "1   Vertretung des Jobcenters X"): the bodies in a row's brackets are its members, else the row
(a share in brackets, "(je eines)", left out); a block with a line that is no row is none
(invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

LEAD = "Zur Begleitung der Fortschreibung wird eine Lenkungsgruppe eingerichtet. Sie umfasst 11 Mitglieder:\n\n"


def members(text: str) -> list[tuple[str, str | None]]:
    return [(m.member, m.sector) for g in groups_of(text) for m in g.members]


def test_counted_rows_give_their_bodies() -> None:
    text = LEAD + (
        "   3   Vertreterinnen und Vertreter der Verwaltung (Sozialamt, Kommunales\n"
        "       Integrationszentrum, Schulamt)\n"
        "   4   Mitglieder der im Kreistag vertretenen Fraktionen (je eines)\n"
        "   2   Mitglieder des Seniorenbeirats\n"
        "   1   Vertretung des Jobcenters Nordheim\n"
        "   1   Vertretung der Volkshochschule Nordheim\n\n"
        "Die Lenkungsgruppe tagt viermal im Jahr.\n"
    )
    assert [m for m, _ in members(text)] == [
        "Sozialamt",
        "Kommunales Integrationszentrum",
        "Schulamt",
        "im Kreistag vertretenen Fraktionen",
        "Seniorenbeirat",
        "Jobcenter Nordheim",
        "Volkshochschule Nordheim",
    ]
    assert groups_of(text)[0].size == 11


def test_a_block_with_a_line_of_prose_is_no_counted_list() -> None:
    text = LEAD + (
        "   3   Vertreterinnen und Vertreter der Verwaltung (Sozialamt, Schulamt, Ordnungsamt)\n"
        "Weitere Mitglieder benennt der Ausschuss im Herbst nach Rücksprache mit den Trägern.\n"
    )
    assert "Sozialamt" not in [m for m, _ in members(text)]


def test_counted_rows_as_a_pdf_sets_them_without_indent() -> None:
    text = LEAD + (
        "3 Vertreterinnen und Vertreter der Verwaltung (Sozialamt, Kommunales\n"
        "Integrationszentrum, Schulamt)\n"
        "2 Mitglieder des Seniorenbeirats\n"
        "1 Vertretung des Jobcenters Nordheim\n\n"
        "Die Sitzungen finden viermal im Jahr statt.\n"
    )
    assert [m for m, _ in members(text)] == [
        "Sozialamt",
        "Kommunales Integrationszentrum",
        "Schulamt",
        "Seniorenbeirat",
        "Jobcenter Nordheim",
    ]
