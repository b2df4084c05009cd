"""The membership export of a council information system for one body: "Name | Art der Mitarbeit |
Organisation / Fraktion | von | bis", whose first and last days decide who sits now; deputies and
advisory members no voting members; a name set surname first turned; near misses give no members."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

LEAD = (
    "Die Steuerungsgruppe Integration begleitet die Umsetzung des Konzepts. Ihre Besetzung ergibt sich aus "
    "dem Ratsinformationssystem.\n\n"
)

EXPORT = (
    "  Gremium: Steuerungsgruppe Integration – Mitgliedschaften\n"
    "  Auszug aus dem Ratsinformationssystem, Stand 15.03.2026\n"
    "  Name                     Art der Mitarbeit     Organisation / Fraktion               von         bis\n"
    "  ───────────────────────  ────────────────────  ────────────────────────────────────  ──────────  ──────────\n"
    "  Dr. Anna Berger          Vorsitzende           Stadtverwaltung, Sozialdezernat       01.02.2023\n"
    "  Jonas Weber              Mitglied              Stadtrat, SPD-Fraktion                01.02.2023  31.08.2024\n"
    "  Lea Brandt               Mitglied              Stadtrat, SPD-Fraktion                01.09.2024\n"
    "  Kai Lorenz               stellv. Mitglied      Stadtrat, SPD-Fraktion                01.09.2024\n"
    "  Mira Yıldız              Mitglied              Stadtrat, Fraktion BÜNDNIS 90/        01.02.2023\n"
    "                                                 DIE GRÜNEN\n"
    "  Tom Haller               Mitglied              Caritasverband Nordheim e. V.         01.02.2023  30.06.2026\n"
    "  Sven Roth                beratendes Mitglied   Polizeiinspektion Nordheim            01.02.2023\n"
    "  Eva Simons               Mitglied              Jobcenter Nordheim                    01.02.2023  30.11.2025\n"
    "  ───────────────────────  ────────────────────  ────────────────────────────────────  ──────────  ──────────\n"
    "  8 Datensätze\n\n"
    "Weitere Benennungen stehen aus.\n"
)


def members(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def test_the_export_s_dates_decide_who_sits_now() -> None:
    (group,) = groups_of(LEAD + EXPORT)
    assert [m.member for m in group.members] == ["Dr. Anna Berger", "Lea Brandt", "Mira Yıldız", "Tom Haller"]
    assert group.chair == "Dr. Anna Berger"
    assert [m.sector for m in group.members] == ["administration", "politics", "politics", "welfare"]


def test_names_set_surname_first_with_titles_after() -> None:
    text = LEAD + EXPORT.replace("Dr. Anna Berger     ", "Berger, Dr. Anna    ").replace(
        "Lea Brandt         ", "Brandt, Lea        "
    )
    assert members(text)[:2] == ["Dr. Anna Berger", "Lea Brandt"]


def test_without_a_stand_the_latest_first_day_decides() -> None:
    text = LEAD + EXPORT.replace("  Auszug aus dem Ratsinformationssystem, Stand 15.03.2026\n", "")
    # the latest first day is 01.09.2024: Haller (to 30.06.2026) and Simons (to 30.11.2025) still sit
    assert members(text) == ["Dr. Anna Berger", "Lea Brandt", "Mira Yıldız", "Tom Haller", "Eva Simons"]


@pytest.mark.parametrize(
    "header",
    [
        # no last day's column: a list of persons, not an export of memberships
        "  Name                     Art der Mitarbeit     Organisation / Fraktion               von         seit\n",
        # no kind of membership: dates of meetings attended
        "  Name                     Sitzung               Organisation / Fraktion               von         bis\n",
    ],
    ids=["no-last-day", "no-kind"],
)
def test_near_misses_are_no_export(header: str) -> None:
    lines = EXPORT.split("\n")
    text = LEAD + "\n".join(lines[:2] + [header.rstrip("\n")] + lines[3:])
    assert "Jonas Weber" not in members(text)


def test_an_export_of_another_body_far_below_gives_nothing() -> None:
    text = (
        LEAD
        + "Die Gruppe tagt vierteljährlich.\n\n"
        + ("Weiterer Text des Sachverhalts.\n" * 40)
        + EXPORT.replace("Steuerungsgruppe Integration – Mitgliedschaften", "Jugendhilfeausschuss – Mitgliedschaften")
    )
    assert "Lea Brandt" not in members(text)


def flattened(text: str) -> str:
    """The text as a PDF's text layer gives a table whose gaps it lost: single spaces, rules broken."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def test_a_flattened_export_is_read_by_its_kinds_and_dates() -> None:
    text = flattened(LEAD + EXPORT).replace("01.02.2023 30.06.2026", "01.02.2023\n30.06.2026")
    (group,) = groups_of(text)
    assert [m.member for m in group.members] == ["Dr. Anna Berger", "Lea Brandt", "Mira Yıldız", "Tom Haller"]
    assert group.chair == "Dr. Anna Berger"


def test_a_flattened_list_of_persons_with_dates_of_naming_is_no_export() -> None:
    text = flattened(LEAD + EXPORT).replace("Art der Mitarbeit", "Funktion")
    assert "Jonas Weber" not in members(text)
