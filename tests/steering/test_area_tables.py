"""Members tables by area ("Bereich | Mitglieder") an export set one cell a line
(``extractors/steering/areas.py``): each area a line, its members' cell apart by semicolons and
wrapped over lines, with or without blank lines between the cells, an area and its cell run
together, a page break inside; and what is none (invented examples)."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.steering.areas import area_parts
from extractors.steering.rules import member_rules
from tests.steering.test_steering import groups_of

LEAD = "2. Lenkungsrunde\nDie Lenkungsrunde steuert die Erarbeitung des Leitbilds. Sie ist wie folgt besetzt:\n"
END = "3. Zeitplan\nDas Leitbild wird bis zum Herbst erarbeitet.\n"
CELLS = [
    "Bereich",
    "Mitglieder",
    "Verwaltung",
    "Landrätin (Vorsitz); Fachdienst Bildung, Kultur und\nSport; Ordnungsamt",
    "Politik",
    "zwei Vertreter der Kreistagsfraktionen",
    "Träger",
    "Diakonisches Werk Nordheide; Kreissportbund;\nLebenshilfe Nordheide e. V.",
]
WANT = [
    "Landrätin",
    "Fachdienst Bildung, Kultur und Sport",
    "Ordnungsamt",
    "Kreistagsfraktionen",
    "Diakonisches Werk Nordheide",
    "Kreissportbund",
    "Lebenshilfe Nordheide e. V.",
]


def members_of(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


@pytest.mark.parametrize(
    "table",
    [
        "\n".join(CELLS) + "\n",
        "\n\n".join(CELLS) + "\n\n",
        "\n".join(CELLS[:4]) + "\n\f" + "\n".join(CELLS[4:]) + "\n",
        "\n".join(CELLS[:4] + ["Politik zwei Vertreter der Kreistagsfraktionen"] + CELLS[6:]) + "\n",
    ],
    ids=["one-a-line", "blank-lines", "page-break", "area-and-cell-run-together"],
)
def test_a_table_by_area_set_one_cell_a_line(table: str) -> None:
    (group,) = groups_of(LEAD + table + END)
    assert [m.member for m in group.members] == WANT
    assert group.chair == "Landrätin"


def _parts(text: str) -> list[tuple[str, int, int]] | None:
    return area_parts(text, 0, member_rules(load_resources()))


def test_no_table_by_area_without_its_header() -> None:
    assert _parts("\n".join(CELLS[2:]) + "\n") is None


def test_no_table_by_area_when_an_area_has_no_cell() -> None:
    assert _parts("Bereich\nMitglieder\nVerwaltung\nPolitik\nzwei Vertreter der Fraktionen\n") is None


def test_sentences_under_the_header_are_no_table_by_area() -> None:
    text = "Bereich\nMitglieder\nDie Mitglieder werden noch benannt.\nDer Bereich wird später geklärt.\n"
    assert _parts(text) is None


def test_a_table_by_area_as_pdftotext_layout_sets_it() -> None:
    """Gaps between the columns, the members' cell wrapped under its column, a line ending in a
    semicolon inside a cell listing members, a cell opening in lower case."""
    table = (
        "Bereich       Mitglieder\n"
        "Verwaltung    Landrätin (Vorsitz); Fachdienst Bildung, Kultur und Sport;\n"
        "              Ordnungsamt\n"
        "Politik       zwei Vertreter der Kreistagsfraktionen\n"
        "Träger        Diakonisches Werk Nordheide; Kreissportbund; Lebenshilfe\n"
        "              Nordheide e. V.\n"
    )
    (group,) = groups_of(LEAD + "\n" + table + "\n" + END)
    assert [m.member for m in group.members] == WANT


def test_a_line_of_prose_ending_in_a_semicolon_ends_a_gapped_table() -> None:
    from extractors.steering.tables import gapped_rows

    text = (
        "Bereich       Mitglieder\n"
        "Verwaltung    Ordnungsamt\n"
        "Weitere       Sitzungen finden im Frühjahr statt;\n"
        "Politik       Kreistagsfraktionen\n"
    )
    rows = gapped_rows(text, 0, len(text), member_rules(load_resources())) or []
    assert [[c for _, _, c in r] for r in rows] == [["Bereich", "Mitglieder"], ["Verwaltung", "Ordnungsamt"]]


def test_a_tab_table_by_area_whose_members_cell_wraps_below_its_row() -> None:
    """A PDF's text layer: the members' cell wraps onto the next line without a tab, after an open
    end (a link word, a semicolon); a first cell wrapped there with its last cell closed goes on the
    first cell."""
    table = (
        "Bereich\tMitglieder\n"
        "Verwaltung\tLandrätin (Vorsitz); Fachdienst Bildung, Kultur und\n"
        "Sport; Ordnungsamt\n"
        "Politik\tzwei Vertreter der Kreistagsfraktionen\n"
        "Träger\tDiakonisches Werk Nordheide; Kreissportbund;\n"
        "Lebenshilfe Nordheide e. V.\n"
    )
    (group,) = groups_of(LEAD + "\n" + table + "\n" + END)
    assert [m.member for m in group.members] == WANT


def test_a_table_by_area_whose_first_area_stands_between_the_header_words() -> None:
    """pdfminer.six sets the first area between the header's words, a blank line after each cell."""
    cells = [CELLS[0], CELLS[2], CELLS[1], *CELLS[3:]]
    (group,) = groups_of(LEAD + "\n" + "\n\n".join(cells) + "\n\n" + END)
    assert [m.member for m in group.members] == WANT


def test_an_area_word_between_header_words_alone_is_no_table() -> None:
    assert _parts("Bereich\nVerwaltung\nMitglieder\nDie Mitglieder werden noch benannt.\n") is None


# the members' column a cell a line, no semicolons: each area's cell stacked over several lines
STACKED = [
    "Bereich",
    "Entsendende Stelle",
    "Verwaltung",
    "Kreisverwaltung, Fachdienst 40 – Schule, Kultur und Sport",
    "Kreisverwaltung, Fachdienst 51 – Jugend",
    "Schulamt für den Kreis Nordheide",
    "Gemeinden",
    "Städtetag, Bezirksgruppe Nordheide",
    "Träger",
    "Diakonisches Werk Nordheide",
    "Lebenshilfe Nordheide e. V.",
]
STACKED_WANT = [c for c in STACKED[2:] if c not in ("Verwaltung", "Gemeinden", "Träger")]


@pytest.mark.parametrize(
    "table",
    ["\n".join(STACKED) + "\n", "\n\n".join(STACKED) + "\n\n"],
    ids=["one-a-line", "blank-lines"],
)
def test_a_cell_a_line_stacked_under_its_area(table: str) -> None:
    """An area's cells stacked a line each, with commas inside them: each line is a member, its
    commas kept (an office and its department), also an area's one cell."""
    assert members_of(LEAD + table + END) == STACKED_WANT


def test_a_wrapped_cell_in_a_stacked_table_is_one_enumeration() -> None:
    """A line that goes on (a comma or a function word at its end) is a cell wrapped over lines: its
    parts are an enumeration, as in a table of one line per area."""
    cells = [
        "Bereich",
        "Entsendende Stelle",
        "Verwaltung",
        "Ordnungsamt, Schulamt und",
        "Jugendamt Nordheide",
        "Träger",
        "Caritas Nordheide, Lebenshilfe Nordheide",
    ]
    want = ["Ordnungsamt", "Schulamt", "Jugendamt Nordheide", "Caritas Nordheide", "Lebenshilfe Nordheide"]
    assert members_of(LEAD + "\n".join(cells) + "\n" + END) == want
