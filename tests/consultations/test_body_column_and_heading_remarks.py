"""Names and headers the readers missed: a body named without a head word in the bodies' column of a
table set out by gaps ("Vorlage an   am   zur" over "Netzwerk Ehrenamt im Quartier   09.09.2026"), a
meeting of the administration's head named by its members ("Dienstberatung der Landrätin"), a heading
with a remark in brackets over a header whose planned date's adjective wraps its noun onto the next
line ("Gremium   voraussichtliches   Ö/N" / "Sitzungsdatum"), and a table stacked column by column whose
role column comes last. Every case is invented: other names, other words, the same forms."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations.vocab import headed, vocab
from tests.consultations.test_cells_beside_wrapped_names import Row, rows

BODY_COLUMN = [
    pytest.param(
        "Vorlage an                                  am              zur\n"
        "Netzwerk Ehrenamt im Quartier              09.09.2026      Kenntnisnahme\n"
        "Sozialausschuss                            16.09.2026      Kenntnisnahme\n",
        [
            ("Netzwerk Ehrenamt im Quartier", "2026-09-09", "information", None),
            ("Sozialausschuss", "2026-09-16", "information", None),
        ],
        id="gaps",
    ),
    pytest.param(  # a sentence in the bodies' column is no name
        "Vorlage an                                  am              zur\n"
        "Sozialausschuss                            16.09.2026      Kenntnisnahme\n"
        "Die Verwaltung berichtet mündlich.         23.09.2026      Kenntnisnahme\n",
        [("Sozialausschuss", "2026-09-16", "information", None)],
        id="sentence",
    ),
    pytest.param(  # a name beside the bodies' column, not under it, needs its head word
        "Vorlage an                                  am              zur\n"
        "Sozialausschuss                            16.09.2026      Kenntnisnahme\n"
        "      Netzwerk Ehrenamt im Quartier        23.09.2026      Kenntnisnahme\n",
        [("Sozialausschuss", "2026-09-16", "information", None)],
        id="not-under-it",
    ),
]

GATHERING = [
    pytest.param(
        "Beratungsfolge\nGremium                                Datum            Ö/N   Zuständigkeit\n"
        "Dienstberatung der Landrätin           Mo, 05.10.2026   N     Bestätigung\n"
        "Kreistag                               Do, 22.10.2026   Ö     Beschluss\n",
        [("Dienstberatung der Landrätin", "2026-10-05", None, False), ("Kreistag", "2026-10-22", "decision", True)],
        id="dienstberatung",
    ),
    pytest.param(  # a role with its body in the genitive names the body, not a gathering
        "Beratungsfolge\nGremium                                Datum            Ö/N   Zuständigkeit\n"
        "Vorberatung des Hauptausschusses       Mo, 05.10.2026   N\n"
        "Kreistag                               Do, 22.10.2026   Ö     Beschluss\n",
        [("Hauptausschuss", "2026-10-05", "preliminary", False), ("Kreistag", "2026-10-22", "decision", True)],
        id="vorberatung-des",
    ),
]

PLANNED = [("Jugendhilfeausschuss", "2026-11-04", "preliminary", True), ("Stadtrat", "2026-11-19", "decision", True)]
HEADINGS = [
    pytest.param(
        "Beratungsfolge (vorläufig):\n\nGremium voraussichtliches Ö/N Zuständigkeit\nSitzungsdatum\n"
        "Jugendhilfeausschuss Mi, 04.11.2026 Ö Vorberatung\nStadtrat Do, 19.11.2026 Ö Entscheidung\n",
        PLANNED,
        id="single-spaced",
    ),
    pytest.param(
        "Beratungsfolge (vorläufig):\n\nGremium                 voraussichtliches   Ö/N   Zuständigkeit\n"
        "                        Sitzungsdatum\n"
        "Jugendhilfeausschuss    Mi, 04.11.2026      Ö     Vorberatung\n"
        "Stadtrat                Do, 19.11.2026      Ö     Entscheidung\n",
        PLANNED,
        id="gaps",
    ),
    pytest.param("Beratungsfolge (Sitzung am 04.11.2026):\nDie Verwaltung berichtet.\n", [], id="remark-with-a-date"),
]

STACKED = (
    "Beratungsfolge:\nGremium\nMagistrat\nSeniorenbeirat\nBauausschuss\nStadtverordnetenversammlung\nSitzungstermin\n"
    "02.06.2026\n09.06.2026\n11.06.2026\n18.06.2026\nStatus\nN\nÖ\nN\nÖ\nZuständigkeit\n{roles}"
)
STACKED_CASES = [
    pytest.param(
        "Beschlussfassung über die Vorlage\nzur Stellungnahme\nVorberatung\nBeratung und abschließende Entscheidung\n",
        ["decision", "deliberation", "preliminary", "decision"],
        id="one-a-row",
    ),
    pytest.param(  # three roles for four rows: none is paired
        "Beschlussfassung über die Vorlage\nVorberatung\nBeratung und abschließende Entscheidung\n",
        [None, None, None, None],
        id="one-short",
    ),
]


def test_stacked_lines_after_the_last_column_without_its_word_are_no_roles() -> None:
    """Lines after the statuses without the roles' column word over them may be a title: no role."""
    text = STACKED.format(roles="").replace("Zuständigkeit\n", "") + (
        "Beschlussfassung über die Vorlage\nzur Stellungnahme\nVorberatung\nBeratung und abschließende Entscheidung\n"
    )
    assert [r[2] for r in rows(text)] == [None, None, None, None]


@pytest.mark.parametrize(("text", "expected"), BODY_COLUMN)
def test_a_name_under_the_bodies_column(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), GATHERING)
def test_a_meeting_named_by_its_members(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_dienstberatung_is_a_gathering_and_vorberatung_none() -> None:
    v = vocab(load_resources())
    assert headed("Dienstberatung des Oberbürgermeisters", v)
    assert not headed("Vorberatung des Oberbürgermeisters", v)


@pytest.mark.parametrize(("text", "expected"), HEADINGS)
def test_a_heading_s_remark_and_a_wrapped_planned_date(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("roles", "expected"), STACKED_CASES)
def test_the_last_stacked_column_s_roles(roles: str, expected: list[str | None]) -> None:
    found = rows(STACKED.format(roles=roles))
    assert [r[0] for r in found] == ["Magistrat", "Seniorenbeirat", "Bauausschuss", "Stadtverordnetenversammlung"]
    assert [r[3] for r in found] == [False, True, False, True]
    assert [r[2] for r in found] == expected
