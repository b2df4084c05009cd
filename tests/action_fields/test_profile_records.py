"""action_fields: the fields named in a line of each of a few profiles ("Vorrangige Handlungsfelder:  A · B"),
parted at middle dots, wrapped after a word that ends no name, one profile naming one field with commas inside;
and the labels of records' lines after a lead counting the fields, which name no fields (invented examples, with
near misses)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

HEAD = "Stadt Lahnau\nBeschlussvorlage 12/2027\n\nBetreff: Ortsteilprofile\n\n"
LEAD = (
    "Jedes Profil nennt die Handlungsfelder, die dort Vorrang haben; zusammen decken die Profile alle vier "
    "Handlungsfelder ab. Auszug:\n\n"
)
RULE = "  ·································\n"
NORD = (
    "  ORTSPROFIL NORD\n  Haushalte: 4.210 · davon mit Kindern: 31 %\n"
    "  Vorrangige Handlungsfelder:  Frühe Hilfen · Wohnen im\n"
    "                               Bestand · Gesundheit\n  Treffpunkte:  Stadtteilhaus, Schule\n" + RULE
)
SUED = (
    "  ORTSPROFIL SÜD\n  Haushalte: 1.950 · davon mit Kindern: 22 %\n"
    "  Vorrangige Handlungsfelder:  Freizeit, Musik und Vereine\n  Treffpunkte:  Sporthalle\n" + RULE
)
WEST = (
    "  ORTSPROFIL WEST\n  Haushalte: 2.300 · davon mit Kindern: 27 %\n"
    "  Vorrangige Handlungsfelder:  Gesundheit · Freizeit, Musik und\n"
    "                               Vereine\n  Treffpunkte:  Kirche, Bürgerhaus\n"
)
TAIL = "\nDer Ortsbeirat wird angehört.\n"

PROFILES = [
    (
        "profiles' lines of fields apart at middle dots, names wrapped, one profile's one name with commas",
        LEAD + NORD + SUED + WEST,
        ["Frühe Hilfen", "Wohnen im Bestand", "Gesundheit", "Freizeit, Musik und Vereine"],
    ),
    (
        "the same as a PDF sets it, the indents lost",
        LEAD + "\n".join(line.strip() for line in (NORD + SUED + WEST).splitlines()) + "\n",
        ["Frühe Hilfen", "Wohnen im Bestand", "Gesundheit", "Freizeit, Musik und Vereine"],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), PROFILES, ids=lambda v: str(v)[:40])
def test_profile_lines(name: str, text: str, expected: list[str]) -> None:
    assert labels(HEAD + text + TAIL) == expected, name


def test_without_a_line_of_the_label_parted_at_middle_dots_the_commas_part_the_fields() -> None:
    text = LEAD + "  Vorrangige Handlungsfelder:  Freizeit, Musik und Vereine\n  Treffpunkte:  Sporthalle\n"
    assert labels(HEAD + text + TAIL) == ["Freizeit", "Musik", "Vereine"]


def test_the_labels_of_records_lines_after_a_lead_counting_the_fields_name_none() -> None:
    text = (
        "Das Konzept hat drei Handlungsfelder. Auszug:\n\n"
        "Haushalte: 4.210 in Nord, davon mit Kindern 31 %.\nHaushalte: 1.950 in Süd, davon mit Kindern 22 %.\n"
        "Treffpunkte: Stadtteilhaus, Schule und Kirche.\n"
    )
    assert labels(HEAD + text + TAIL) == []
