"""Members in two columns of persons set side by side, each under its own header (voting and advisory
members), their entries' wrapped lines indented (:mod:`extractors.steering.side_columns`); a table of
persons whose header names the deputies' column "im Verhinderungsfall"; a bar table "Organisation |
Name | Vertretung" whose deputies make its names the members, a rule under the header, its cells by
their bars where the gaps narrowed, an office over the name in the persons' cell and a star after it
that a footnote explains as the chair; a chair's bracket naming the group (invented examples)."""

from __future__ import annotations

from extractors import load_resources
from extractors.steering.sectors import classify
from tests.steering.test_steering import groups_of

HEAD = "Stadt Elsfurt\nBeschlussvorlage\n\nBetreff: Teilhabebericht 2029\n\n"
AFTER = "\nDie Geschäftsstelle liegt beim Sozialamt.\n\n5. Kosten\nEs entstehen keine Kosten.\n"

SIDE_BY_SIDE = (
    "4. Lenkungsgruppe Teilhabebericht\n"
    "Die Lenkungsgruppe begleitet den Bericht und bewertet seine Kennzahlen. Sie setzt sich so zusammen:\n\n"
    "  Ordentliche Mitglieder                     Beratende Mitglieder\n"
    "  ----------------------------------         ------------------------------\n"
    "  Dezernentin Tamara Holst (Vorsitz)         Gregor Wiemann, Jobcenter\n"
    "  Lasse Brink, Fachbereich Jugend und           Elsfurt\n"
    "    Familie                                  Prof. Dr. Nora Quast, Hoch-\n"
    "  Ingrid Pohlmann, Fraktion SPD                 schule Elsfurt\n"
    "  Chukwuma Obi, Nigerianischer Verein\n"
    "    Elsfurt e. V.\n"
)


def _members(text: str) -> list[tuple[str, str, bool]]:
    return [(m.member, m.sector, m.is_chair) for g in groups_of(text) for m in g.members]


def test_two_columns_of_members_side_by_side_read_one_after_the_other() -> None:
    assert _members(HEAD + SIDE_BY_SIDE + AFTER) == [
        ("Tamara Holst", "administration", True),
        ("Gregor Wiemann", "public_agency", False),
        ("Lasse Brink", "administration", False),
        ("Prof. Dr. Nora Quast", "research", False),
        ("Ingrid Pohlmann", "politics", False),
        ("Chukwuma Obi", "migrant_organisation", False),
    ]


def test_side_columns_with_an_entry_naming_no_person_are_left_alone() -> None:
    text = SIDE_BY_SIDE.replace("Ingrid Pohlmann, Fraktion SPD  ", "Fraktion der SPD im Rat      ")
    assert all(m[0] != "Gregor Wiemann" for m in _members(HEAD + text + AFTER))


DEPUTIES_IN_CASE = (
    "4. Steuerungskreis Teilhabe\n"
    "Der Steuerungskreis entscheidet über die Maßnahmen. Für jedes Mitglied ist eine Vertretung benannt:\n\n"
    "   Mitglied                                 im Verhinderungsfall\n"
    "   Bürgermeister Arne Tietjen               Amtsleiterin Vera Kühl\n"
    "     (Sprecher des Steuerungskreises)\n"
    "   GV Mareike Dohrn (Grüne)                 GV Paul Sievers (SPD)\n"
    "   Pastorin Anke Lau, Runder Tisch Asyl    Edda Wulf, Runder Tisch Asyl\n"
    "   Ulrike Kammerer, Jobcenter Elsfurt       Tom Rehder, Jobcenter Elsfurt\n"
)


def test_a_deputies_column_in_case_of_absence_and_a_spokesperson_chairing() -> None:
    assert _members(HEAD + DEPUTIES_IN_CASE + AFTER) == [
        ("Arne Tietjen", "politics", True),
        ("Mareike Dohrn", "politics", False),
        ("Anke Lau", "civil_society", False),
        ("Ulrike Kammerer", "public_agency", False),
    ]


BAR_TABLE = (
    "4. Begleitgruppe Teilhabe\n"
    "Die Begleitgruppe berät die Verwaltung. Jede Stelle benennt eine Person und deren Vertretung.\n\n"
    "  Organisation                  | Name                   | Vertretung\n"
    "  ------------------------------+------------------------+------------------\n"
    "  Stadt Elsfurt, Sozialdezernat | Erste Beigeordnete     | Malte Ewers\n"
    "                                | Dr. Sina Petersen**    |\n"
    "  Fraktion CDU                  | Hauke Reimers          | Jana Thießen\n"
    "  Diakonisches Werk Elsfurt     | Wilma Kammerer         | –\n"
    "  Volkshochschule Elsfurt       | Bernd Lohmann          | Iris Frahm\n"
    "\n"
    "  ** Vorsitz; sie wird im Verhinderungsfall durch die Vertretung des Dezernats vertreten.\n"
)


def test_a_bar_table_with_deputies_its_chair_starred_under_her_office() -> None:
    groups = groups_of(HEAD + BAR_TABLE + AFTER)
    assert [(m.member, m.sector, m.is_chair) for g in groups for m in g.members] == [
        ("Dr. Sina Petersen", "administration", True),
        ("Hauke Reimers", "politics", False),
        ("Wilma Kammerer", "welfare", False),
        ("Bernd Lohmann", "education", False),
    ]
    assert groups[0].chair == "Dr. Sina Petersen"


def test_a_bar_table_whose_gaps_a_text_layer_narrowed_to_one_space() -> None:
    narrowed = "\n".join(" ".join(line.split()) for line in BAR_TABLE.splitlines()) + "\n"
    members = [(m.member, m.is_chair) for g in groups_of(HEAD + narrowed + AFTER) for m in g.members]
    assert members == [
        ("Dr. Sina Petersen", True),
        ("Hauke Reimers", False),
        ("Wilma Kammerer", False),
        ("Bernd Lohmann", False),
    ]


def test_a_bar_table_of_bodies_and_their_contacts_without_deputies_names_no_persons() -> None:
    text = BAR_TABLE.replace("| Vertretung", "").replace("| Malte Ewers", "").replace("| Jana Thießen", "")
    text = text.replace("| –", "").replace("| Iris Frahm", "")
    members = [m.member for g in groups_of(HEAD + text + AFTER) for m in g.members]
    assert "Hauke Reimers" not in members


def test_sectors_of_a_party_in_brackets_a_round_table_a_town_unit_and_a_chamber() -> None:
    res = load_resources()
    assert [
        classify(v, res)
        for v in ("GV (Grüne)", "Runder Tisch Asyl", "Statistikstelle der Stadt Elsfurt", "Kammerer", "Ärztekammer")
    ] == ["politics", "civil_society", "administration", "other", "business"]
