"""The last row's role on the line under its name, and a role word alone heading the roles'
column among column words set one per line. Every case is invented: other names, other words,
the same form."""

from __future__ import annotations

import pytest

from tests.consultations.test_council_forms import facts

LAST_ROLE_BELOW = [
    pytest.param(  # a slashed head cell over names and roles, set out by spaces, other words
        "Beratungsfolge\n Gremium / Zuständigkeit            Datum          Status\n"
        "Jugendhilfeausschuss               03.09.2024     nichtöffentlich\nAnhörung\n"
        "Kreistag                           19.09.2024     öffentlich\nBeschluss\n",
        [("Jugendhilfeausschuss", "2024-09-03", "deliberation"), ("Kreistag", "2024-09-19", "decision")],
        id="gap-other-words",
    ),
    pytest.param(  # a sentence under the last row is no role cell: the row stays without a role
        "Beratungsfolge\n Gremium / Zuständigkeit            Datum          Status\n"
        "Jugendhilfeausschuss               03.09.2024     nichtöffentlich\nAnhörung\n"
        "Kreistag                           19.09.2024     öffentlich\n"
        "Entscheidung über die Mittel fällt erst im Herbst nach der Haushaltsberatung.\n",
        [("Jugendhilfeausschuss", "2024-09-03", "deliberation"), ("Kreistag", "2024-09-19", None)],
        id="gap-sentence-after",
    ),
    pytest.param(  # the same rows set out by tabs
        "Beratungsfolge\nGremium / Zuständigkeit\tDatum\tStatus\nJugendhilfeausschuss\t03.09.2024\tnichtöffentlich\n"
        "Anhörung\nKreistag\t19.09.2024\töffentlich\nBeschluss\n",
        [("Jugendhilfeausschuss", "2024-09-03", "deliberation"), ("Kreistag", "2024-09-19", "decision")],
        id="tabs",
    ),
]

ROLE_HEAD = [
    pytest.param(  # "Beratung" among the column words, the dates first
        "Beratungsfolge\nTermin\nGremium\n\nBeratung\n\n05.03.2025\n\nSchulausschuss\n\nVorberatung\n\n"
        "20.03.2025\n\nKreistag\n\nEntscheidung\n",
        [("Schulausschuss", "2025-03-05", "preliminary"), ("Kreistag", "2025-03-20", "decision")],
        id="dates-first",
    ),
    pytest.param(  # the bodies first
        "Beratungsfolge\nGremium\nDatum\n\nBeratung\n\nSchulausschuss\n\n05.03.2025\n\nVorberatung\n\n"
        "Kreistag\n\n20.03.2025\n\nEntscheidung\n",
        [("Schulausschuss", "2025-03-05", "preliminary"), ("Kreistag", "2025-03-20", "decision")],
        id="bodies-first",
    ),
]


@pytest.mark.parametrize(("table", "expected"), LAST_ROLE_BELOW)
def test_last_role_under_its_row(table: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert facts(table) == expected


@pytest.mark.parametrize(("table", "expected"), ROLE_HEAD)
def test_role_word_heads_the_roles_column(table: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert facts(table) == expected
