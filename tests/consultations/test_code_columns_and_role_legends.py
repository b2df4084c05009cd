"""Beratungsfolge tables of four forms: a column of codes before the bodies' ("Kürzel   Gremium
Befassung   Sitzung", each row opening with its body's code, a name wrapped under the bodies' column);
the role column written as letters that a legend under the table spells out ("Art: B = Beratung,
V = Vorberatung"); a result column whose vote wraps onto the line of a name's rest; and a status and
role on a line of their own under every row of a header that has no column for them. The codes are no
words of a name, the letters are roles only as the paper's own legend defines them, a vote's rest is
no row. Every case is invented: other towns, other names, other dates, the same forms."""

from __future__ import annotations

import re

import pytest

from tests.consultations.test_cells_beside_wrapped_names import rows

CODED = [
    ("Integrationsbeirat der Hansestadt", "2027-03-04", "deliberation", None),
    ("Beirat für Menschen mit Behinderungen des Stadtbezirks Mitte", "2027-03-11", "information", None),
    ("Ortsbeirat 2 (Altstadt/Hafen)", "2027-03-12", "information", None),
    ("Ausschuss für Jugend und Familie", "2027-03-16", None, None),  # "federführend" tells no role
    ("Finanzausschuss", "2027-03-23", None, None),
    ("Gemeinderat", "2027-04-06", "decision", None),
]
CODES = (
    "Zuständigkeiten\n"
    "Kürzel  Gremium                                     Befassung     Sitzung\n"
    "IB      Integrationsbeirat der Hansestadt           Anhörung      04.03.2027\n"
    "BB      Beirat für Menschen mit Behinderungen\n"
    "        des Stadtbezirks Mitte                      Kenntnis      11.03.2027\n"
    "OBR 2   Ortsbeirat 2 (Altstadt/Hafen)               Kenntnis      12.03.2027\n"
    "A 3     Ausschuss für Jugend und Familie            federführend  16.03.2027\n"
    "FA      Finanzausschuss                             beteiligt     23.03.2027\n"
    "GR      Gemeinderat                                 Beschluss     06.04.2027\n"
)


def _single(text: str) -> str:
    """The table as a PDF's text layer gives it: every gap one space, no indentation."""
    return "\n".join(re.sub(r"[ \t]{2,}", " ", line).strip() for line in text.split("\n"))


@pytest.mark.parametrize("text", [pytest.param(CODES, id="gaps"), pytest.param(_single(CODES), id="single-spaced")])
def test_a_column_of_codes_before_the_bodies(text: str) -> None:
    assert rows(text) == CODED


def test_a_body_s_abbreviation_without_a_column_of_codes_stays_its_name() -> None:
    """Near miss: capitals that open a name where no column of codes stands before the bodies' are the
    name's own ("BVV Ausschuss ..." is not cut), and the role column's words are read as ever."""
    text = (
        "Beratungsfolge:\n"
        "Gremium                                  Datum         Zuständigkeit\n"
        "Jugendhilfeausschuss                     04.03.2027    Vorberatung\n"
        "BVV Ausschuss für Bürgerdienste          11.03.2027    Vorberatung\n"
        "Gemeinderat                              06.04.2027    Entscheidung\n"
    )
    assert rows(text) == [
        ("Jugendhilfeausschuss", "2027-03-04", "preliminary", None),
        ("BVV Ausschuss für Bürgerdienste", "2027-03-11", "preliminary", None),
        ("Gemeinderat", "2027-04-06", "decision", None),
    ]


LETTERED = (
    "Beratungsfolge\n"
    "Datum        Gremium                                          Art   Ö/N\n"
    "02.06.2027   Ortschaftsrat Obernau                            B     Ö\n"
    "08.06.2027   Ausschuss für Umwelt, Verkehr, Bauen und         V     Ö\n"
    "             Wohnen\n"
    "15.06.2027   Verwaltungsausschuss                             V     N\n"
    "24.06.2027   Stadtrat                                         S     Ö\n"
)
LETTERED_ROWS = [
    ("Ortschaftsrat Obernau", "2027-06-02", "deliberation", True),
    ("Ausschuss für Umwelt, Verkehr, Bauen und Wohnen", "2027-06-08", "preliminary", True),
    ("Verwaltungsausschuss", "2027-06-15", "preliminary", False),
    ("Stadtrat", "2027-06-24", "decision", True),
]


@pytest.mark.parametrize(
    "legend",
    [
        "Art: B = Beratung, V = Vorberatung, S = Schlussberatung, I = Information\n",
        "Art:  B – Beratung;  V – Vorberatung;  S – Schlussberatung\n",
    ],
    ids=["equals-signs", "dashes"],
)
def test_role_letters_read_from_the_legend(legend: str) -> None:
    assert rows(LETTERED + legend) == LETTERED_ROWS
    assert rows(_single(LETTERED + legend)) == LETTERED_ROWS


@pytest.mark.parametrize(
    "legend",
    [
        pytest.param("", id="no-legend"),
        # a legend one of whose letters names no role: it is no legend of the role column
        pytest.param("Art: B = Beratung, V = Vorberatung, S = Sondersitzung\n", id="a-pair-of-no-role"),
    ],
)
def test_no_role_letters_without_the_legend(legend: str) -> None:
    """Near misses: without a legend of the role column the letters give no role (empty rather than a
    role guessed from a letter)."""
    assert all(role is None for _, _, role, _ in rows(LETTERED + legend))


def test_a_legend_of_other_letters_gives_the_table_s_letters_no_role() -> None:
    """Near miss: the paper's legend defines other letters than the table's (a legend of another table
    above it): the table's letters stay without a role."""
    legend = "Art: A = Anhörung, E = Entscheidung, K = Kenntnisnahme\n\n"
    assert all(role is None for _, _, role, _ in rows(legend + LETTERED))


def test_a_vote_wrapped_beside_a_name_s_rest_is_no_row() -> None:
    text = (
        "Beratungsfolge:\n"
        "Sitzungstermin   Gremium                                    Zuständigkeit   Ergebnis\n"
        "03.05.2027       Seniorenbeirat                             Anhörung        einstimmig empfohlen\n"
        "10.05.2027       Ausschuss für Schule, Sport und            Vorberatung     mehrheitlich empfohlen\n"
        "                 Kultur                                                     (9 Ja / 4 Nein / 2 Enth.)\n"
        "24.05.2027       Rat                                        Entscheidung\n"
    )
    assert rows(text) == [
        ("Seniorenbeirat", "2027-05-03", "deliberation", None),
        ("Ausschuss für Schule, Sport und Kultur", "2027-05-10", "preliminary", None),
        ("Rat", "2027-05-24", "decision", None),
    ]


UNDER = (
    "Beratungsfolge                                             Plandatum\n"
    "Ausschuss für Umwelt, Klima und Ordnung                    12.10.2027\n"
    "     nicht öffentlich – beratend\n"
    "Ältestenrat                                                19.10.2027\n"
    "     nicht öffentlich – beratend\n"
    "Stadtrat der Stadt Freital                                 28.10.2027\n"
    "     öffentlich – beschließend\n"
)


def test_a_status_and_role_under_every_row() -> None:
    assert rows(UNDER) == [
        ("Ausschuss für Umwelt, Klima und Ordnung", "2027-10-12", "deliberation", False),
        ("Ältestenrat", "2027-10-19", "deliberation", False),
        ("Stadtrat der Stadt Freital", "2027-10-28", "decision", True),
    ]


def test_a_status_line_under_one_row_only_is_no_row_s() -> None:
    """Near miss: a status line under the last row only: whose it is is not sure where the other rows have
    none, so no row takes it."""
    text = UNDER.replace("     nicht öffentlich – beratend\n", "")
    assert [(b, d, r) for b, d, r, _ in rows(text)][:2] == [
        ("Ausschuss für Umwelt, Klima und Ordnung", "2027-10-12", None),
        ("Ältestenrat", "2027-10-19", None),
    ]


def test_an_expert_opinion_is_a_preliminary_role() -> None:
    """The body asked for its opinion ("Gutachten") before the deciding one advises: a preliminary role."""
    text = (
        "Beratung                         Datum        Behandlung    Ziel\n"
        "Seniorenrat                      07.09.2027   öffentlich    Gutachten\n"
        "Stadtrat                         29.09.2027   öffentlich    Beschluss\n"
    )
    assert rows(text) == [
        ("Seniorenrat", "2027-09-07", "preliminary", True),
        ("Stadtrat", "2027-09-29", "decision", True),
    ]
