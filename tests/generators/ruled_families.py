"""The Beratungsfolge families the text generators draw, set as ruled tables in a PDF.

The text generators give a table as an export sets it (``tests/generators/cell_tables.py``: one
cell per line, boxes, marks under "ö" / "nö", hyphenated role cells) or as tab, gap and
single-space rows (the cases of ``tests/consultations/test_consultations.py`` and
``tests/structure/test_cell_tables.py``: compound date columns, compound roles, attribute words
after the heading, role cells with a preposition, an ordinal or a bracket, an office as the
decider). Here each family's facts are drawn as the table a council's PDF gives: maybe a heading
line, a header row and one row per meeting, every cell boxed by ruling lines, a cell too wide for
its column over several lines (a name over the lines the generator wraps it at, a role cut with a
hyphen).

:func:`families` holds a small fixed sample per family (a :class:`Ruled` each) and
:func:`ruled_pdf` renders one, so that a test can export the PDF with the real export tools and
hold every export to :attr:`Ruled.expected`.
"""

from __future__ import annotations

import dataclasses
import datetime
import io
from dataclasses import dataclass

from tests.generators.cell_tables import BODIES, CUT_ROLES, HEADERS, ROLES, STATUS, CellTable

ROLE_VALUES = ["preliminary", "decision", "information", "decision"]  # of ``ROLES`` / ``CUT_ROLES``, in order
DATE_WORDS = ("Termin", "Sitzung am", "Datum", "Sitzungsdatum")
BEFORE = ["BESCHLUSSVORLAGE", "STADT MUSTERSTADT", "Vorlage Nr.: 2020/0117", "Datum: 02.03.2020"]
AFTER = [
    "Betreff:",
    "Integrationskonzept der Stadt Musterstadt",
    "Sachverhalt:",
    "Der Gemeinderat hat am 03.02.2015 nach Vorberatung im Hauptausschuss die Verwaltung",
    "beauftragt.",
]
Fact = tuple[str, str, "str | None"]  # body, ISO date, role
Cell = list[str]  # a cell's lines


@dataclass(frozen=True)
class Ruled:
    """One ruled table: the heading line above it ("" for none), the header row and the rows (each
    cell as its lines), and the consultations it states (body, ISO date, role)."""

    name: str
    heading: str
    head: list[Cell]
    rows: list[list[Cell]]
    expected: list[Fact]

    def sketch(self) -> str:
        """The table as text, cells apart by " | " (for a failure's message)."""
        rows = [" | ".join(" / ".join(c) for c in row) for row in [self.head, *self.rows]]
        return "\n".join([self.heading, *rows] if self.heading else rows)


def simple(name: str, head: list[str], rows: list[list[str]], expected: list[Fact], heading: str = "") -> Ruled:
    """A table whose cells are one line each."""
    return Ruled(name, heading, [[h] for h in head], [[[c] for c in r] for r in rows], expected)


# --- the cell tables' families ------------------------------------------------------------


def _columns(t: CellTable) -> tuple[str, list[str]]:
    """The heading line and the column words of a cell table's header, as its PDF sets them: a
    heading that is no column word stands above the header row ("Beratungsfolge" over "Gremium")."""
    words, body_first = HEADERS[t.header]
    date = next(w for w in words if w in DATE_WORDS)
    if t.label_head:
        heading, body = "Beratungsfolge", t.label_head
    elif "Gremium" in words:
        heading, body = words[0], "Gremium"
    else:
        heading, body = "", words[0]
    cols = [body, date] if body_first else [date, body]
    if "Status" in words:
        cols.insert(1, "Status")
    if t.marks:
        cols[cols.index(date) + 1 : cols.index(date) + 1] = ["ö", "nö"]
    if t.roles is not None:
        cols.append("Zuständigkeit")
    return heading, cols


def from_cell_table(name: str, t: CellTable) -> Ruled:
    """A cell table's facts as the ruled table its export came from."""
    heading, cols = _columns(t)
    rows = []
    for k, (b, d) in enumerate(zip(t.bodies, t.dates, strict=True)):
        cells: dict[str, Cell] = {"ö": [], "nö": [], "Status": [STATUS[k % 2]], cols[0]: list(BODIES[b][1])}
        if t.roles is not None:
            cells["Zuständigkeit"] = CUT_ROLES[t.roles[k]] if t.cut_roles else [ROLES[t.roles[k]]]
        if t.marks and t.marks[k]:
            cells["ö" if k % 2 == 0 else "nö"] = [t.marks[k]]
        rows.append([[d.strftime("%d.%m.%Y")] if c in DATE_WORDS else cells.get(c, list(BODIES[b][1])) for c in cols])
    roles = [None if t.roles is None else ROLE_VALUES[t.roles[k]] for k in range(len(t.bodies))]
    expected = [(BODIES[b][0], d.isoformat(), roles[k]) for k, (b, d) in enumerate(zip(t.bodies, t.dates, strict=True))]
    return Ruled(name, heading, [[c] for c in cols], rows, expected)


def _days(*days: str) -> tuple[datetime.date, ...]:
    return tuple(datetime.date.fromisoformat(d) for d in days)


def _table(header: str, bodies: tuple[int, ...], days: tuple[str, ...], roles: tuple[int, ...] | None) -> CellTable:
    return CellTable(header, True, bodies, _days(*days), roles, False, False)


BOXES = [  # names over several lines among names of one line, statuses, roles or none, a label as the heading
    _table("termin", (4, 1, 0), ("2019-03-12", "2019-03-26", "2019-04-09"), (0, 0, 1)),
    _table("sitzungsdatum", (5, 3), ("2021-02-01", "2021-02-22"), (0, 3)),
    dataclasses.replace(_table("status", (6, 2, 0), ("2016-09-05", "2016-09-19", "2016-10-04"), None), boxes=(True,)),
    dataclasses.replace(_table("sitzung", (1, 7), ("2023-01-17", "2023-02-07"), (0, 1)), label_head="An:"),
]
MARKS = [
    dataclasses.replace(
        _table("termin", (1, 4, 0), ("2018-05-02", "2018-05-16", "2018-06-01"), (0, 0, 1)), marks=("x", "X", "")
    ),
    dataclasses.replace(_table("sitzung", (2, 0), ("2022-11-03", "2022-11-24"), None), marks=("☒", "✓")),
    dataclasses.replace(
        _table("datum", (7, 3, 0), ("2015-01-13", "2015-02-03", "2015-02-24"), (0, 2, 1)), marks=("x", "", "X")
    ),
]
CUTS = [
    dataclasses.replace(_table("termin", (1, 0), ("2020-06-08", "2020-06-30"), (0, 1)), cut_roles=True),
    dataclasses.replace(
        _table("datum", (4, 5, 0), ("2017-03-06", "2017-03-20", "2017-04-04"), (2, 0, 3)), cut_roles=True
    ),
    dataclasses.replace(_table("sitzungsdatum", (6, 0), ("2024-09-10", "2024-10-01"), (0, 3)), cut_roles=True),
]

# --- the row families ---------------------------------------------------------------------

D = ["12.03.2019", "26.03.2019", "09.04.2019"]
ISO = ["2019-03-12", "2019-03-26", "2019-04-09"]


def _compound_dates() -> list[Ruled]:
    """A date column named by a compound of a column word ("Zieltermin", "Beratungstermine")."""
    rows = [
        ["Sozialausschuss", D[0], "Vorberatung"],
        ["Bauausschuss", D[1], "Vorberatung"],
        ["Gemeinderat", D[2], "Entscheidung"],
    ]
    want = [
        ("Sozialausschuss", ISO[0], "preliminary"),
        ("Bauausschuss", ISO[1], "preliminary"),
        ("Gemeinderat", ISO[2], "decision"),
    ]
    return [
        simple(f"dates-{w}", ["Gremium", w, "Zuständigkeit"], rows, want, "Beratungsfolge")
        for w in ("Zieltermin", "Beratungstermine", "Sitzungsdatum")
    ]


def _compound_roles() -> list[Ruled]:
    """A role cell naming several roles: the deciding one wins, else the first; a result column's
    decision word is no role."""
    out = []
    for k, (cell, role) in enumerate(
        [
            ("Beratung und abschließende Entscheidung", "decision"),
            ("2. Befassung Entscheidung", "decision"),
            ("Vorberatung, Stellungnahme", "preliminary"),
        ]
    ):
        rows = [
            ["Sozialausschuss", D[0], "Vorberatung"],
            ["Bauausschuss", D[1], cell],
            ["Gemeinderat", D[2], "Kenntnisnahme"],
        ]
        head = ["Gremium", "Datum", "Zuständigkeit"]
        if k == 2:
            head, rows = head + ["Ergebnis"], [r + ["Einstimmig geänderter Beschluss"] for r in rows]
        want = [
            ("Sozialausschuss", ISO[0], "preliminary"),
            ("Bauausschuss", ISO[1], role),
            ("Gemeinderat", ISO[2], "information"),
        ]
        out.append(simple(f"roles{k}", head, rows, want, "Beratungsfolge"))
    return out


def _attributes() -> list[Ruled]:
    """Attribute words after the heading in the bodies' column word ("Beratungsfolge dieser Vorlage")."""
    out = []
    for k, (heading, columns, third, roles) in enumerate(
        [
            (
                "Beratungsfolge dieser Vorlage",
                ["Sitzung am", "Zuständigkeit"],
                ["Vorberatung", "Entscheidung"],
                ["preliminary", "decision"],
            ),
            (
                "Beratungsweg des Antrags",
                ["Datum", "Zuständigkeit"],
                ["Vorberatung", "Entscheidung"],
                ["preliminary", "decision"],
            ),
            ("Gremium zur Vorlage", ["Sitzungstermin", "Status"], ["öffentlich", "nichtöffentlich"], [None, None]),
        ]
    ):
        rows = [[b, D[j], third[j]] for j, b in enumerate(["Sozialausschuss", "Gemeinderat"])]
        want = [(b, ISO[j], roles[j]) for j, b in enumerate(["Sozialausschuss", "Gemeinderat"])]
        out.append(simple(f"attributes{k}", [heading, *columns], rows, want))
    return out


def _role_cells() -> list[Ruled]:
    """Role cells opening with a preposition, an ordinal or a bracket; a word that names no role gives none."""
    out = []
    for k, cells in enumerate(
        [
            [("zur Unterrichtung", "information"), ("(Vorberatung)", "preliminary")],
            [("2. Befassung", "deliberation"), ("zur Beschlussfassung", "decision")],
            [("(federführend)", None), ("zur Kenntnisnahme", "information")],
        ]
    ):
        bodies = ["Sozialausschuss", "Jugendhilfeausschuss"]
        rows = [[bodies[j], D[j], c] for j, (c, _) in enumerate(cells)] + [["Gemeinderat", D[2], "Entscheidung"]]
        want = [(bodies[j], ISO[j], r) for j, (_, r) in enumerate(cells)] + [("Gemeinderat", ISO[2], "decision")]
        out.append(simple(f"rolecells{k}", ["Gremium", "Datum", "Zuständigkeit"], rows, want, "Beratungsfolge"))
    return out


def _offices() -> list[Ruled]:
    """An office named as the decider in a body cell: the office is the body, the decision its role."""
    return [
        simple(
            f"office{k}",
            ["Gremium", "Datum"],
            [["Sozialausschuss", D[0]], [cell, D[1]]],
            [("Sozialausschuss", ISO[0], None), (office, ISO[1], "decision")],
            "Beratungsfolge",
        )
        for k, (cell, office) in enumerate(
            [
                ("Beschluss der Bürgermeisterin", "Bürgermeisterin"),
                ("Entscheidung des Oberbürgermeisters", "Oberbürgermeister"),
            ]
        )
    ]


def _column_orders() -> list[Ruled]:
    """Columns in other orders and columns no reader names: the date first; a TOP column first and a
    vote's tally last (figures, one cell left empty); the rows numbered, an empty result column."""
    bodies = ["Ausschuss für Schule und Sport", "Haupt- und Personalausschuss", "Rat der Gemeinde"]
    roles = [("Vorberatung", "preliminary"), ("Vorberatung", "preliminary"), ("Entscheidung", "decision")]
    want = [(b, ISO[j], roles[j][1]) for j, b in enumerate(bodies)]
    return [
        simple(
            "datefirst",
            ["Datum", "Gremium", "Zuständigkeit"],
            [[D[j], b, roles[j][0]] for j, b in enumerate(bodies)],
            want,
            "Beratungsfolge",
        ),
        simple(
            "tally",
            ["TOP", "Gremium", "Datum", "Zuständigkeit", "Abstimmung"],
            [[f"TOP {4 + 3 * j}", b, D[j], roles[j][0], ["9/1/0", "einstimmig", ""][j]] for j, b in enumerate(bodies)],
            want,
            "Beratungsfolge",
        ),
        simple(
            "numbered",
            ["Nr.", "Beratungsgremium", "Sitzungstermin", "Beratungsart", "Ergebnis"],
            [[f"{j + 1}.", b, D[j], roles[j][0], ""] for j, b in enumerate(bodies)],
            want,
            "Beratungsfolge:",
        ),
    ]


def _bracketed_roles() -> list[Ruled]:
    """The role in brackets after the name, in the bodies' column, no role column; a table with no header row."""
    bodies = ["Kultur- und Bildungsausschuss", "Gemeinderat"]
    return [
        simple(
            "bracketed",
            ["Gremium", "Termin"],
            [[f"{b} ({r})", D[j]] for j, (b, r) in enumerate(zip(bodies, ["Vorberatung", "Entscheidung"]))],
            [(b, ISO[j], r) for j, (b, r) in enumerate(zip(bodies, ["preliminary", "decision"]))],
            "Beratungsfolge",
        ),
        Ruled(
            "headless",
            "Beratungsfolge",
            [],
            [
                [[b], [D[j]], [r]]
                for j, (b, r) in enumerate(zip([*bodies, "Ortsrat Nord"], ["Vorberatung", "Entscheidung", "Anhörung"]))
            ],
            [
                (b, ISO[j], r)
                for j, (b, r) in enumerate(zip([*bodies, "Ortsrat Nord"], ["preliminary", "decision", "deliberation"]))
            ],
        ),
    ]


def _row_numbers() -> list[Ruled]:
    """Rows numbered by a bare figure before the name, seven columns with a result wrapped over
    two lines and a vote's tally; a header in capitals with the role first; unpadded dates
    under a bodies' column headed "Ausschuss"."""
    bodies = ["Schul- und Sportausschuss", "Hauptausschuss", "Stadtrat"]
    roles = [("Vorberatung", "preliminary"), ("Vorberatung", "preliminary"), ("Entscheidung", "decision")]
    want = [(b, ISO[j], roles[j][1]) for j, b in enumerate(bodies)]
    results = [["ungeändert", "beschlossen"], ["mit Änderung", "beschlossen"], [""]]
    tallies = ["8/0/1", "9/2/0", ""]
    unpadded = ["12.3.2019", "26.3.2019", "9.4.2019"]
    return [
        Ruled(
            "bare_numbers",
            "Beratungsfolge",
            [[h] for h in ["Nr.", "Gremium", "Datum", "Zuständigkeit", "Ö/N", "Ergebnis", "Abst."]],
            [
                [[str(j + 1)], [b], [D[j]], [roles[j][0]], ["ÖN"[j % 2]], results[j], [tallies[j]]]
                for j, b in enumerate(bodies)
            ],
            want,
        ),
        simple(
            "capitals_role_first",
            ["ZUSTÄNDIGKEIT", "GREMIUM", "DATUM"],
            [[roles[j][0], b, D[j]] for j, b in enumerate(bodies)],
            want,
            "Beratungsfolge",
        ),
        simple(
            "unpadded",
            ["Ausschuss", "Sitzung", "Zuständigkeit"],
            [[b, unpadded[j], roles[j][0]] for j, b in enumerate(bodies)],
            want,
            "Beratungsfolge",
        ),
    ]


E = ["04.11.2025", "18.11.2025", "02.12.2025"]
ISO_E = ["2025-11-04", "2025-11-18", "2025-12-02"]


def _other_columns() -> list[Ruled]:
    """Columns of other council systems that name no body: a time of day beside the date; a running
    number and a meeting's number (a code with figures) before the date; a vote in three columns."""
    bodies = ["Ausschuss für Forst und Landwirtschaft", "Werkausschuss", "Stadtrat"]
    roles = [("Vorberatung", "preliminary"), ("Vorberatung", "preliminary"), ("Entscheidung", "decision")]
    return [
        simple(
            "time_of_day",
            ["Gremium", "Datum", "Uhrzeit"],
            [[b, E[j], f"{16 + j}:30 Uhr"] for j, b in enumerate(bodies)],
            [(b, ISO_E[j], None) for j, b in enumerate(bodies)],
            "Beratungsweg",
        ),
        simple(
            "meeting_number",
            ["Lfd.", "Gremium", "Sitzungsnummer", "Datum", "Zuständigkeit", "Ö/N"],
            [
                [str(j + 1), b, f"SI/{b[:2].upper()}/2025/0{j + 3}", E[j], roles[j][0], "Ö"]
                for j, b in enumerate(bodies)
            ],
            [(b, ISO_E[j], roles[j][1]) for j, b in enumerate(bodies)],
            "Beratungsfolge",
        ),
        simple(
            "vote_columns",
            ["Gremium", "Datum", "Zuständigkeit", "Ja", "Nein", "Enth."],
            [[b, E[j], roles[j][0], *(["8", "1", "0"] if j < 2 else ["", "", ""])] for j, b in enumerate(bodies)],
            [(b, ISO_E[j], roles[j][1]) for j, b in enumerate(bodies)],
            "Beratungsfolge",
        ),
    ]


def _council_forms() -> list[Ruled]:
    """Forms of council systems: the heading's word over the bodies with the status last; the
    public status first; a weekday before each date; a district's referral as the committee's role."""
    return [
        simple(
            "heading_status_last",
            ["Beratungsfolge", "Sitzungstermin", "Zuständigkeit", "Status"],
            [
                ["Ausschuss für Technik und Forst", E[0], "Vorberatung", "nichtöffentlich"],
                ["Gemeinderat", E[1], "Entscheidung", "öffentlich"],
            ],
            [("Ausschuss für Technik und Forst", ISO_E[0], "preliminary"), ("Gemeinderat", ISO_E[1], "decision")],
        ),
        simple(
            "status_first",
            ["Ö/N", "Datum", "Gremium", "Zuständigkeit"],
            [
                ["Ö", E[0], "Ausschuss für Wohnen und Quartiere", "Vorberatung"],
                ["N", E[1], "Ältestenrat", "Kenntnisnahme"],
                ["Ö", E[2], "Stadtrat", "Entscheidung"],
            ],
            [
                ("Ausschuss für Wohnen und Quartiere", ISO_E[0], "preliminary"),
                ("Ältestenrat", ISO_E[1], "information"),
                ("Stadtrat", ISO_E[2], "decision"),
            ],
            "Beratungsfolge",
        ),
        simple(
            "weekdays",
            ["Gremium", "Sitzungstermin", "Beratungszweck"],
            [
                ["Ortschaftsrat Hangweiler", f"Di., {E[0]}", "Anhörung"],
                ["Gemeinderat", f"Di., {E[1]}", "Beschlussfassung"],
            ],
            [("Ortschaftsrat Hangweiler", ISO_E[0], "deliberation"), ("Gemeinderat", ISO_E[1], "decision")],
            "Beratungsfolge",
        ),
        simple(
            "referral",
            ["Datum", "Gremium", "Beratungsart"],
            [
                [E[0], "Ausschuss für Grünflächen und Ehrenamt", "Überweisung"],
                [E[1], "Bezirksverordnetenversammlung", "Beschluss"],
            ],
            [
                ("Ausschuss für Grünflächen und Ehrenamt", ISO_E[0], "preliminary"),
                ("Bezirksverordnetenversammlung", ISO_E[1], "decision"),
            ],
            "Beratungsfolge:",
        ),
    ]


def _cells_over_lines() -> list[Ruled]:
    """Cells over several lines of forms the text generators do not draw: a result wrapped beside
    the name; the role under the name in one cell, the head cell naming both with a slash."""
    return [
        Ruled(
            "result_wrapped",
            "Beratungsfolge:",
            [[h] for h in ["Gremium", "Sitzung", "Zuständigkeit", "Beschlussergebnis"]],
            [
                [
                    ["Werkausschuss"],
                    [E[0]],
                    ["Vorberatung"],
                    ["Zustimmung mit der", "Ergänzung aus Punkt 3", "des Protokolls"],
                ],
                [["Stadtrat"], [E[1]], ["Entscheidung"], [""]],
            ],
            [("Werkausschuss", ISO_E[0], "preliminary"), ("Stadtrat", ISO_E[1], "decision")],
        ),
        Ruled(
            "slashed_roles",
            "Beratungsfolge",
            [[h] for h in ["Gremium / Zuständigkeit", "Termin", "Status"]],
            [
                [["Werk- und Betriebsausschuss", "Vorberatung"], [E[0]], ["nichtöffentlich"]],
                [["Gemeinderat", "Entscheidung"], [E[1]], ["öffentlich"]],
            ],
            [("Werk- und Betriebsausschuss", ISO_E[0], "preliminary"), ("Gemeinderat", ISO_E[1], "decision")],
        ),
    ]


def _head_forms() -> list[Ruled]:
    """Head cells of other forms: a compound naming the roles' column ("Beschlussart") over role
    adjectives; head cells wrapped after a link word ("Datum der" / "Sitzung"); a number inside a
    district's name;
    a time in the date's cell."""
    return [
        simple(
            "role_compound",
            ["Gremium", "Sitzungstermin", "Beschlussart"],
            [["Ausschuss für Wald und Flur", E[0], "vorberatend"], ["Gemeinderat", E[1], "beschließend"]],
            [("Ausschuss für Wald und Flur", ISO_E[0], "preliminary"), ("Gemeinderat", ISO_E[1], "decision")],
            "Beratungsfolge",
        ),
        Ruled(
            "wrapped_head",
            "Beratungsfolge",
            [["Beratendes", "Gremium"], ["Datum der", "Sitzung"], ["Art der", "Beratung"]],
            [[["Werkausschuss"], [E[0]], ["Vorberatung"]], [["Stadtrat"], [E[1]], ["Entscheidung"]]],
            [("Werkausschuss", ISO_E[0], "preliminary"), ("Stadtrat", ISO_E[1], "decision")],
        ),
        simple(
            "district_numbers",
            ["Gremium", "Termin", "Zuständigkeit"],
            [
                ["Stadtbezirksrat 4 (Weidenhof-Ost)", E[0], "Anhörung"],
                ["Stadtbezirksrat 11 (Kranichsfeld)", E[1], "Anhörung"],
                ["Stadtrat", E[2], "Entscheidung"],
            ],
            [
                ("Stadtbezirksrat 4 (Weidenhof-Ost)", ISO_E[0], "deliberation"),
                ("Stadtbezirksrat 11 (Kranichsfeld)", ISO_E[1], "deliberation"),
                ("Stadtrat", ISO_E[2], "decision"),
            ],
            "Beratungsfolge",
        ),
        simple(
            "date_and_time",
            ["Gremium", "Sitzungstermin", "Zuständigkeit"],
            [
                ["Werkausschuss", f"{E[0]}, 17:00 Uhr", "Vorberatung"],
                ["Stadtrat", f"{E[1]}, 18:30 Uhr", "Entscheidung"],
            ],
            [("Werkausschuss", ISO_E[0], "preliminary"), ("Stadtrat", ISO_E[1], "decision")],
            "Beratungsfolge",
        ),
    ]


def families() -> dict[str, list[Ruled]]:
    """A small fixed sample of every family, by the family's name."""
    return {
        "box_tables": [from_cell_table(f"box{k}", t) for k, t in enumerate(BOXES)],
        "mark_tables": [from_cell_table(f"mark{k}", t) for k, t in enumerate(MARKS)],
        "cut_role_tables": [from_cell_table(f"cut{k}", t) for k, t in enumerate(CUTS)],
        "compound_dates": _compound_dates(),
        "compound_roles": _compound_roles(),
        "attribute_words": _attributes(),
        "role_cells": _role_cells(),
        "office_decides": _offices(),
        "column_orders": _column_orders(),
        "bracketed_roles": _bracketed_roles(),
        "row_numbers": _row_numbers(),
        "other_columns": _other_columns(),
        "council_forms": _council_forms(),
        "cells_over_lines": _cells_over_lines(),
        "head_forms": _head_forms(),
        "agenda_letters": [
            simple(
                "agenda_letters",
                ["Gremium", "Datum", "TOP", "Zuständigkeit"],
                [
                    ["Ausschuss für Wald und Flur", E[0], "Ö 4", "Vorberatung"],
                    ["Gemeinderat", E[1], "Ö 12", "Entscheidung"],
                ],
                [("Ausschuss für Wald und Flur", ISO_E[0], "preliminary"), ("Gemeinderat", ISO_E[1], "decision")],
                "Beratungsfolge",
            ),
        ],
        "meeting_names": [
            simple(
                "meeting_name",
                ["Gremium", "Sitzung", "Sitzungsdatum", "Zuständigkeit"],
                [
                    ["Werk- und Forstausschuss", "4. öffentliche Sitzung", E[0], "Vorberatung"],
                    ["Gemeinderat", "17. Sitzung", E[1], "Entscheidung"],
                ],
                [("Werk- und Forstausschuss", ISO_E[0], "preliminary"), ("Gemeinderat", ISO_E[1], "decision")],
                "Beratungsfolge",
            ),
        ],
    }


# --- the PDF ------------------------------------------------------------------------------

FONT = "DejaVuSans"
SIZE = 10.0
LEAD = 12.5
PAD = 4.0


def _register() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, f"/usr/share/fonts/truetype/dejavu/{FONT}.ttf"))


def ruled_pdf(table: Ruled) -> bytes:
    """The table on an A4 page between a header form and the next sections: every cell boxed by
    ruling lines, a column as wide as its widest line, a cell's lines one under the other."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    _register()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont(FONT, SIZE)
    c.setLineWidth(0.5)
    x0, y = 70.0, A4[1] - 70
    for line in [*BEFORE, "", table.heading] if table.heading else [*BEFORE, ""]:
        c.drawString(x0, y, line)
        y -= LEAD
    rows = [table.head, *table.rows] if table.head else table.rows  # a table with no header row
    widths = [
        max(stringWidth(ln, FONT, SIZE) for r in rows for ln in r[j] or [""]) + 2 * PAD for j in range(len(rows[0]))
    ]
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    top = y + LEAD - 2
    for row in rows:
        n = max(1, *(len(cell) for cell in row))
        for j, cell in enumerate(row):
            for m, ln in enumerate(cell):
                c.drawString(xs[j] + PAD, y - LEAD * m, ln)
        bottom = y - LEAD * (n - 1) - 5
        c.line(xs[0], top, xs[-1], top)
        for x in xs:
            c.line(x, top, x, bottom)
        top, y = bottom, bottom - LEAD + 2
    c.line(xs[0], top, xs[-1], top)
    y -= LEAD
    for line in AFTER:
        c.drawString(x0, y, line)
        y -= LEAD
    c.showPage()
    c.save()
    return buf.getvalue()
