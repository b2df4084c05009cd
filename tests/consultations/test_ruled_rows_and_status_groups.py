"""Three table forms of a Beratungsfolge, each beside its near misses (which yield nothing, or nothing
more than the plain readers give). Every case is invented: other towns, other bodies, other words.

- a table of bars whose rows stand between rules, the body and its date in one cell of two or three
  lines (the header cell "Gremium / Sitzungstermin" or "Beratung in (Gremium, Sitzungstag)"), the role
  over the status in the other cell, a result column with votes; drawn with bars and dashes or with
  box-drawing glyphs, printed narrow or with a blank line after every line;
- rows grouped under a status word alone ("öffentlich" over its rows, "nichtöffentlich" over the
  others), the first group's status right under the header;
- bodies and role letters as abbreviations, spelled out by a legend paragraph whose pairs are parted
  by semicolons and wrapped over lines."""

from __future__ import annotations

import pytest

from tests.consultations.test_drawn_box_lines import printed
from tests.consultations.test_header_forms import facts

PIPES = (
    "| Gremium / Sitzungstermin                   | Beratung        |\n"
    "|--------------------------------------------|-----------------|\n"
    "| Ausschuss für Schule, Kultur und           | vorberatend     |\n"
    "| Sport                                      | öffentlich      |\n"
    "| Di., 07.09.2027, 17:30 Uhr                 |                 |\n"
    "|--------------------------------------------|-----------------|\n"
    "| Kreisausschuss                             | vorberatend     |\n"
    "| Mi., 15.09.2027, 15:00 Uhr                 | nichtöffentlich |\n"
    "|--------------------------------------------|-----------------|\n"
    "| Kreistag                                   | beschließend    |\n"
    "| Do., 30.09.2027, 16:00 Uhr                 | öffentlich      |\n"
)
PIPE_ROWS = [
    ("Ausschuss für Schule, Kultur und Sport", "2027-09-07", "preliminary", True),
    ("Kreisausschuss", "2027-09-15", "preliminary", False),
    ("Kreistag", "2027-09-30", "decision", True),
]

BOX = (
    "┌──────────────────────────────────────────────┬──────────────┬────────────────────┐\n"
    "│ Beratung in (Gremium, Sitzungstag)           │ Zuständigkeit │ Ergebnis (J/N/E)   │\n"
    "├──────────────────────────────────────────────┼──────────────┼────────────────────┤\n"
    "│ Ausschuss für Umwelt, Verkehr und Land-      │ Vorberatung  │ empfohlen 7/2/0    │\n"
    "│ wirtschaft, 08.03.2027                       │              │                    │\n"
    "├──────────────────────────────────────────────┼──────────────┼────────────────────┤\n"
    "│ Finanzausschuss (nö), 15.03.2027             │ Vorberatung  │                    │\n"
    "├──────────────────────────────────────────────┼──────────────┼────────────────────┤\n"
    "│ Stadtvertretung, 29.03.2027                  │ Entscheidung │                    │\n"
    "└──────────────────────────────────────────────┴──────────────┴────────────────────┘\n"
)
BOX_ROWS = [
    ("Ausschuss für Umwelt, Verkehr und Landwirtschaft", "2027-03-08", "preliminary", None),
    ("Finanzausschuss", "2027-03-15", "preliminary", False),
    ("Stadtvertretung", "2027-03-29", "decision", None),
]


def test_bar_table_with_cells_over_lines() -> None:
    assert facts(PIPES) == PIPE_ROWS


def test_bar_table_with_a_blank_line_after_every_line() -> None:
    """An export that sets every line apart: the rules still part the rows."""
    assert facts(PIPES.replace("\n", "\n\n")) == PIPE_ROWS


def test_drawn_box_with_body_and_date_in_one_cell() -> None:
    assert facts(BOX) == BOX_ROWS


@pytest.mark.parametrize("width", [60, 80])
def test_drawn_box_printed_narrow(width: int) -> None:
    """The box's lines broken at the page's edge, their gaps closed, as a PDF's text layer sets them."""
    assert facts(printed(BOX, width)) == BOX_ROWS


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(  # the same header over persons with their birthdays: no cell names a body
            PIPES.replace("Ausschuss für Schule, Kultur und  ", "Frau Dr. Jana Weller, Schulamt    ")
            .replace("| Sport          ", "| Pulheim        ")
            .replace("Kreisausschuss", "Herr Uwe Brahm ")
            .replace("Kreistag", "Frau Eva Lenz"),
            [],
            id="persons",
        ),
        pytest.param(  # a table of costs drawn the same way: no header cell names a body and a date
            PIPES.replace("Gremium / Sitzungstermin", "Jahr / Haushaltsstelle  "), [], id="costs"
        ),
        pytest.param(  # a body and date cell holding two dates: no row of one meeting, the others stay
            PIPES.replace("Kreisausschuss                ", "Kreisausschuss, 14.09.2027    "),
            [PIPE_ROWS[0], PIPE_ROWS[2]],
            id="two-dates",
        ),
    ],
)
def test_bar_table_near_misses(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert facts(text) == expected


def test_box_with_more_than_a_time_after_the_date_yields_nothing() -> None:
    """A cell whose date has words after it ("verschoben") is no cell of a name and its meeting."""
    text = BOX.replace("Stadtvertretung, 29.03.2027   ", "Stadtvertretung, 29.03.2027 vertagt")
    assert ("Stadtvertretung", "2027-03-29", "decision", None) not in facts(text)


GROUPED = (
    "Beratungsfolge                                       Datum          Zuständigkeit\n"
    "---------------------------------------------------------------------------------\n"
    "öffentlich\n"
    "  Ortsbeirat Kernstadt ............................. 04.05.2027     Anhörung\n"
    "  Ausschuss für Jugend und Familie ................. 11.05.2027     Vorberatung\n"
    "  Stadtrat ......................................... 27.05.2027     Beschluss\n"
    "nichtöffentlich\n"
    "  Ältestenrat ...................................... 18.05.2027     Vorberatung\n"
    "---------------------------------------------------------------------------------\n"
)
GROUPED_ROWS = [
    ("Ortsbeirat Kernstadt", "2027-05-04", "deliberation", True),
    ("Ausschuss für Jugend und Familie", "2027-05-11", "preliminary", True),
    ("Stadtrat", "2027-05-27", "decision", True),
    ("Ältestenrat", "2027-05-18", "preliminary", False),
]


@pytest.mark.parametrize(
    "text",
    [
        GROUPED,
        GROUPED.replace("\n  ", "\n"),
        GROUPED.replace("\n  ", "\n").replace("\nnichtöffentlich", "\n\nnichtöffentlich"),
        GROUPED.replace("\n  ", "\n").replace("\n", "\n\n"),
    ],
    ids=["indented", "at-the-margin", "blank-line-before-a-group", "blank-line-after-every-line"],
)
def test_rows_grouped_under_their_status(text: str) -> None:
    assert facts(text) == GROUPED_ROWS


@pytest.mark.parametrize(
    "text",
    [
        # no status line under the header: a status word alone after a row may be that row's cell
        GROUPED.replace("öffentlich\n  Ortsbeirat", "  Ortsbeirat", 1),
        # the same after a blank line: the table ends there, the status word heads nothing
        GROUPED.replace("öffentlich\n  Ortsbeirat", "  Ortsbeirat", 1).replace(
            "\nnichtöffentlich", "\n\nnichtöffentlich"
        ),
        # the status word above the header, no group's head
        "nichtöffentlich\n"
        + GROUPED.replace("öffentlich\n  Ortsbeirat", "  Ortsbeirat", 1).replace("nichtöffentlich\n", ""),
    ],
    ids=["no-first-head", "no-first-head-blank-line", "above-the-header"],
)
def test_status_words_that_head_no_group_give_no_status(text: str) -> None:
    assert all(public is None for _, _, _, public in facts(text))


LEGEND_TABLE = (
    "Beratungsweg:\n"
    "Nr.  Gremium   Sitzung       Art\n"
    "1    JHA       02.02.2027    V   Ö\n"
    "2    OR Wa     09.02.2027    K   Ö\n"
    "3    HFA       16.02.2027    V   N\n"
    "4    GR        25.02.2027    E   Ö\n"
    "\n"
)
LEGEND = (
    "Abkürzungen: JHA = Jugendhilfeausschuss der Gemeinde Walsdorf; OR Wa = Ortsrat\n"
    "Walsdorf; HFA = Haupt- und Finanzausschuss; GR = Gemeinderat Walsdorf; V = Vor-\n"
    "beratung, K = Kenntnisnahme, E = Entscheidung; Ö = öffentlich, N = nichtöffentlich\n"
)
LEGEND_ROWS = [
    ("Jugendhilfeausschuss der Gemeinde Walsdorf", "2027-02-02", "preliminary", True),
    ("Ortsrat Walsdorf", "2027-02-09", "information", True),
    ("Haupt- und Finanzausschuss", "2027-02-16", "preliminary", False),
    ("Gemeinderat Walsdorf", "2027-02-25", "decision", True),
]


@pytest.mark.parametrize(
    "text",
    [LEGEND_TABLE + LEGEND, (LEGEND_TABLE + LEGEND).replace("\n", "\n\n")],
    ids=["paragraph", "blank-line-after-every-line"],
)
def test_legend_paragraph_spells_out_bodies_and_role_letters(text: str) -> None:
    assert facts(text) == LEGEND_ROWS


@pytest.mark.parametrize(
    "legend",
    [
        "",  # no legend: the codes stay codes, and a code alone is no name
        # a run of letters one of which names no role: no legend of the role column
        LEGEND.replace("E = Entscheidung", "E = Eilsitzung"),
    ],
    ids=["no-legend", "a-letter-of-no-role"],
)
def test_legend_near_misses(legend: str) -> None:
    got = facts(LEGEND_TABLE + legend)
    assert all(role is None for _, _, role, _ in got)
    if not legend:
        assert all(body not in (b for b, _, _, _ in LEGEND_ROWS) for body, _, _, _ in got)


def test_a_legend_name_without_the_letters_is_not_taken() -> None:
    """ "HFA = Kreistag": the name does not hold the abbreviation's letters, the row keeps no such name."""
    got = facts(LEGEND_TABLE + LEGEND.replace("HFA = Haupt- und Finanzausschuss", "HFA = Kreistag"))
    assert "Kreistag" not in [body for body, _, _, _ in got]
