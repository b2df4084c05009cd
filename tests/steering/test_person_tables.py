"""Tables of persons ("Name | Funktion") as a PDF's text layer and its exports set them
(``extractors/steering/persons.py``): a row whose gap was lost, a first cell wrapped under its
row, the table set one cell a line with its header repeated after a page break, a row run
together inside such a table; and what is none (invented examples)."""

from __future__ import annotations

import pytest

from extractors.steering.persons import person_first_row, person_rows
from tests.steering.test_steering import groups_of

LEAD = (
    "Lenkungskreis Quartier\nDer Lenkungskreis begleitet die Arbeit im Quartier bis 2027. Er ist wie folgt besetzt:\n"
)
END = "\nKosten\nDie Sitzungen verursachen keine weiteren Kosten für den Haushalt des Jahres.\n"
NAMES = ["Henrike Dallmann", "Jonas Petersen", "Dr. Aylin Demir", "Ole Brandt", "Marlene Vogt"]
FUNCTIONS = [
    "Bürgermeisterin, Vorsitz",
    "Gemeinderat",
    "Schulleitung Grundschule Nord",
    "Sportverein Blau-Weiß",
    "Quartiersmanagement",
]


def members_of(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def tabbed(k: int) -> str:
    return f"{NAMES[k]}\t{FUNCTIONS[k]}\n"


def test_a_row_whose_tab_was_lost_between_rows_of_a_table_of_persons() -> None:
    rows = "".join(tabbed(k) if k != 3 else f"{NAMES[k]} {FUNCTIONS[k]}\n" for k in range(5))
    assert members_of(LEAD + "\nName\tFunktion\n" + rows + END) == NAMES


def test_a_first_cell_wrapped_under_its_row_and_the_table_over_a_page_break() -> None:
    rows = "Henrike\tBürgermeisterin, Vorsitz\nDallmann\n" + tabbed(1) + "\f" + "".join(tabbed(k) for k in (2, 3, 4))
    assert members_of(LEAD + "\nName\tFunktion\n" + rows + END) == NAMES


def one_a_line(blank: bool, together: int | None = None) -> str:
    sep = "\n\n" if blank else "\n"
    cells = ["Name", "Funktion"]
    for k in range(5):
        if k == 3:
            cells += ["Seite 1 von 2\f", "Name", "Funktion"]
        cells += [f"{NAMES[k]} {FUNCTIONS[k]}"] if k == together else [NAMES[k], FUNCTIONS[k]]
    return sep.join(cells) + "\n"


@pytest.mark.parametrize(
    "table",
    [one_a_line(False), one_a_line(True), one_a_line(True, together=0), one_a_line(False, together=2)],
    ids=["pypdf", "pdftotext", "pdftotext-first-row-together", "pypdf-row-together"],
)
def test_a_table_of_persons_set_one_cell_a_line(table: str) -> None:
    assert members_of(LEAD + table + END) == NAMES


def test_a_given_name_wrapped_over_the_family_name_one_cell_a_line() -> None:
    table = one_a_line(False).replace("Henrike Dallmann", "Henrike\nDallmann")
    assert members_of(LEAD + table + END) == NAMES


def test_a_gapped_table_of_persons_with_a_row_run_together() -> None:
    rows = "".join(f"{NAMES[k]} {FUNCTIONS[k]}\n" if k == 0 else f"{NAMES[k]:<22}{FUNCTIONS[k]}\n" for k in range(5))
    assert members_of(LEAD + "\n" + f"{'Name':<22}Funktion\n" + rows + END) == NAMES


@pytest.mark.parametrize(
    "line",
    ["Erster Beigeordneter Leitung Kita", "Henrike", "Henrike Dallmann", "Jonas spricht für den Verein"],
)
def test_no_person_first_row(line: str) -> None:
    assert person_first_row(line, 0, True) is None


def test_no_person_first_row_without_a_header_of_persons() -> None:
    assert person_first_row("Henrike Dallmann Bürgermeisterin", 0, False) is None


def test_lines_that_open_with_no_name_are_no_table_of_persons() -> None:
    from extractors import load_resources
    from extractors.steering.rules import member_rules

    headers = member_rules(load_resources()).headers
    body = [(0, "Sozialamt"), (10, "Frauke Held"), (30, "Jugendamt"), (40, "Timo Lenz")]
    assert person_rows(body, headers) is None
    names_only = [(0, "Frauke Held"), (20, "Timo Lenz"), (40, "Ute Rahn"), (60, "Quartiersbüro")]
    assert person_rows(names_only, headers) is None  # a name with no cell after it, but the last


def _gapped(rows: str) -> list[list[str]]:
    from extractors import load_resources
    from extractors.steering.rules import member_rules
    from extractors.steering.tables import gapped_rows

    text = f"{'Name':<22}Funktion\n" + rows
    found = gapped_rows(text, 0, len(text), member_rules(load_resources())) or []
    return [[c for _, _, c in row] for row in found]


def test_a_gapped_table_of_persons_with_a_cell_wrapped_under_its_column() -> None:
    rows = (
        f"{'Henrike':<22}{FUNCTIONS[0]}\nDallmann\n"
        + "".join(f"{NAMES[k]:<22}{FUNCTIONS[k]}\n" for k in range(1, 5))
        + f"{'':<22}und Familienzentrum\n"
    )
    found = _gapped(rows)
    assert [r[0] for r in found[1:]] == NAMES
    assert found[-1][1] == "Quartiersmanagement und Familienzentrum"


@pytest.mark.parametrize("last", ["Stand: 03/2026", "Die Liste wird jährlich fortgeschrieben."])
def test_a_line_under_a_gapped_table_that_is_no_wrapped_cell(last: str) -> None:
    rows = "".join(f"{NAMES[k]:<22}{FUNCTIONS[k]}\n" for k in range(5)) + last + "\n"
    assert [r[0] for r in _gapped(rows)[1:]] == NAMES


def test_a_table_of_persons_whose_header_stands_among_the_first_row() -> None:
    """pdfminer.six sets the first row's cells between the header's words, a blank line between cells."""
    cells = ["Name", "Henrike\nDallmann", "Funktion", FUNCTIONS[0]]
    for k in range(1, 5):
        cells += [NAMES[k], FUNCTIONS[k]]
    assert members_of(LEAD + "\n" + "\n\n".join(cells) + "\n\n" + END) == NAMES


def test_a_header_word_alone_over_names_and_lines_is_no_interleaved_table() -> None:
    from extractors import load_resources
    from extractors.steering.rules import member_rules
    from extractors.steering.tables import stacked_rows

    text = "Name\nHenrike Dallmann\nBürgermeisterin\nJonas Petersen\nGemeinderat\nOle Brandt\nSportverein\n"
    assert stacked_rows(text, 0, member_rules(load_resources())) is None


FLAT_LEAD = "Steuerungsgruppe Quartier\nDie Steuerungsgruppe lenkt die Arbeit. Sie ist wie folgt besetzt:\n\n"
FLAT_ROWS = (
    "Name Institution Funktion\n"
    "Dr. Henrike Dallmann Dezernat für Soziales Vorsitz\n"
    "Jonas Petersen Beirat für Teilhabe und stellv. Vorsitz\n"
    "Vielfalt\n"
    "Ole Brandt Jobcenter Nordwald Mitglied\n"
    "Marlene Vogt Sportverein Blau-Weiß Mitglied\n"
)


def test_a_table_of_persons_its_gaps_flattened_as_an_html_export_sets_it() -> None:
    """ "Name Institution Funktion" and rows whose gaps became single spaces: the name cut after the
    family name, a short line the institution wrapped, the chair's function ending its row (not the
    deputy's)."""
    groups = groups_of(FLAT_LEAD + FLAT_ROWS + END)
    assert [(m.member, m.is_chair) for g in groups for m in g.members] == [
        ("Dr. Henrike Dallmann", True),
        ("Jonas Petersen", False),
        ("Ole Brandt", False),
        ("Marlene Vogt", False),
    ]


def test_a_flattened_header_without_a_name_column_leads_no_person_rows() -> None:
    """ "Institution Funktion" over rows of bodies: no persons cut from them."""
    from extractors.steering.persons import flat_person_table

    rows = "Institution Funktion\nSozialamt Nordwald Vorsitz\nJobcenter Nordwald Mitglied\n"
    assert flat_person_table(rows, 0, len(rows), lambda w: w in ("Institution", "Funktion", "Name")) is None
    prose = "Name Institution Funktion\nDie Tabelle folgt in der Anlage zu dieser Vorlage.\n"
    assert flat_person_table(prose, 0, len(prose), lambda w: w in ("Institution", "Funktion", "Name")) is None


def test_a_flattened_table_of_persons_whose_first_column_spans_rows() -> None:
    """ "Bank Mitglied entsendet durch" flattened, under the group's paragraph without a colon: the bench
    before the first person of its rows, "(Vorsitz)" after a name, wrapped cells under their rows."""
    lead = "Steuerungsgruppe Quartier\nDie Steuerungsgruppe lenkt die Arbeit. Sie hat fünf Mitglieder.\n\n"
    table = (
        "Bank Mitglied entsendet durch\n"
        "Verwaltung Henrike Dallmann (Vorsitz) Dezernat II\n"
        "Jonas Petersen Amt für Schule,\n"
        "Sport und Kultur\n"
        "Politik Ole Brandt Sozialausschuss\n"
        "Stadtgesellschaft Marlene Vogt Sportverein Blau-Weiß\n"
        "Emre Aydın Jobcenter Nordwald\n"
    )
    groups = groups_of(lead + table + END)
    assert [(m.member, m.is_chair) for g in groups for m in g.members] == [
        ("Henrike Dallmann", True),
        ("Jonas Petersen", False),
        ("Ole Brandt", False),
        ("Marlene Vogt", False),
        ("Emre Aydın", False),
    ]


def test_a_flattened_table_of_persons_with_a_blank_line_after_every_line() -> None:
    """pdfminer.six's text: a blank line after the header and every line, a wrapped cell among them."""
    spaced = "\n\n".join(line for line in FLAT_ROWS.split("\n") if line) + "\n"
    members = [m.member for g in groups_of(FLAT_LEAD + spaced + END) for m in g.members]
    assert members == ["Dr. Henrike Dallmann", "Jonas Petersen", "Ole Brandt", "Marlene Vogt"]


MARKED = [("Henrike Dallmann", "Bürgermeisterin"), ("Ionuț Bălan", "Rumänische Gemeinde Halle"), ("Ole Brandt", "TSV")]


@pytest.mark.parametrize("form", ["{0}, {1}\n", "- {0} ({1})\n"], ids=["comma", "dash"])
def test_a_given_name_marked_otherwise_than_the_dictionary_spells_it(form: str) -> None:
    # the dictionary lists Romanian names with a cedilla or none; the text writes the comma below
    lines = "".join(form.format(name, body) for name, body in MARKED)
    assert members_of(LEAD + lines + END) == [name for name, _ in MARKED]
