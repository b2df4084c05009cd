"""Members tables whose gaps an export flattened into single spaces: a surname-first name column
under "Name, Vorname" (``extractors/steering/flat_inverted.py``), its rule under the header maybe
run onto the first row; a table of bodies and their representatives whose persons carry a party
bracket, stand alone under a spanning body, or deputise after "Stellv.:"
(``extractors/steering/flat_bodies.py``). Invented examples."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

LEAD = "Lenkungsgruppe Quartier\nDie Lenkungsgruppe trifft sich dreimal im Jahr. Ihr gehören an:\n"
END = "\nDie Geschäftsstelle führt das Quartiersbüro am Marktplatz.\n"
INVERTED = (
    "Name, Vorname Funktion / Institution entsandt von\n"
    "{rule}Lorenz, Britta Leiterin Sozialamt (Vors.) Verwaltung\n"
    "Dr. Hahn, Kemal Vorsitzender des Seniorenbeirats und Beirat\n"
    "Quartiersarbeit\n"
    "Quast, Henrike Ratsfrau (FDP) Stadtrat\n"
)


def members(text: str) -> list[tuple[str, bool]]:
    return [(m.member, m.is_chair) for g in groups_of(text) for m in g.members]


@pytest.mark.parametrize("rule", ["--------- ---------- -------\n", "--------- ---------- -------", ""])
def test_surname_first_rows_of_a_flattened_table(rule: str) -> None:
    found = members(LEAD + INVERTED.format(rule=rule) + END)
    assert found == [("Britta Lorenz", True), ("Dr. Kemal Hahn", False), ("Henrike Quast", False)]


# the rows as exports set them: a page break under the header (poppler, pypdf), a blank line after
# every text box and a justified line's double spaces (pdfminer.six), words hyphenated at the line's end
PAGED = (
    "Name, Vorname Funktion / Institution Bereich\n"
    "{gap}\fLorenz, Britta Leiterin des Sozialamts (Vorsitz) Ver-\n"
    "waltung\n{gap}"
    "Hahn,  Dr.  Kemal  Vorsitzender  des  Seniorenbeirats  und  der  Quartiers-\n"
    "arbeit Beirat\n{gap}"
    "Quast, Henrike Ratsfrau (FDP) Stadtrat\n{gap}"
    "Wohnbau Wiesenau\n"
)


@pytest.mark.parametrize("gap", ["", "\n"])
def test_surname_first_rows_over_a_page_break_and_blank_lines(gap: str) -> None:
    found = members(LEAD + PAGED.format(gap=gap) + "\n" + END)
    assert found == [("Britta Lorenz", True), ("Dr. Kemal Hahn", False), ("Henrike Quast", False)]


def test_a_blank_line_ends_rows_set_one_under_another_before_a_short_line() -> None:
    text = LEAD + PAGED.format(gap="").replace("Stadtrat\n", "Stadtrat\n\n") + END
    groups = groups_of(text)
    assert [m.member for g in groups for m in g.members][-1] == "Henrike Quast"
    assert groups[0].members[-1].sector == "politics"


def test_a_header_without_the_surname_first_column_reads_no_inverted_rows() -> None:
    text = LEAD + INVERTED.format(rule="").replace("Name, Vorname", "Kürzel") + END
    assert ("Britta Lorenz", True) not in members(text)


BODIES = (
    "Institution Vertreter/in\n"
    "{rule}Stadt Wiesenau, Bürgermeisterin Carla Brückner (Vorsitz)\n"
    "Stellv.: Oskar Pfeifer\n"
    "Fraktionen im Rat Gunnar Ahlers (CDU)\n"
    "Dr. Miriam Tietz (SPD)\n"
    "Tafel Wiesenau e. V. Rolf Dannemann\n"
)


@pytest.mark.parametrize("rule", ["----------- -----------\n", "----------- -----------"])
def test_flattened_bodies_with_party_brackets_deputies_and_spanned_rows(rule: str) -> None:
    found = [m for g in groups_of(LEAD + BODIES.format(rule=rule) + END) for m in g.members]
    assert [m.member for m in found] == [
        "Carla Brückner",
        "Oskar Pfeifer",
        "Gunnar Ahlers",
        "Dr. Miriam Tietz",
        "Rolf Dannemann",
    ]
    assert found[0].is_chair and found[2].sector == found[3].sector == "politics"


SECTORS = (
    "Die Lenkungsgruppe Quartier berät über die Mittel des Programms. Den Vorsitz hat die Stadträtin.\n"
    "\n"
    "Stadtrat Stadtverwaltung Vereine und Verbände\n"
    "{rule}"
    "Bettina Voßkamp Dr. Arne Köhnke Melanie Thiel\n"
    "Ratsfrau, CDU Fachbereich Jugend Sportbund Wiesenau\n"
    "Olaf Renken Svenja Ottmers Konrad Wübbe\n"
    "Ratsherr, SPD Stadtplanung Heimatverein Wiesenau\n"
    "Hedda Gerdes Seniorenrat\n"
    "Heimatbund Jana Marie Kuhl\n"
)


@pytest.mark.parametrize("rule", ["\n------------ ------------ ------------\n", ""])
def test_flattened_sector_columns_give_their_persons(rule: str) -> None:
    found = [m for g in groups_of(SECTORS.format(rule=rule)) for m in g.members if m.member != "Stadträtin"]
    named = [m.member for m in found]
    assert named[:6] == [
        "Bettina Voßkamp",
        "Dr. Arne Köhnke",
        "Melanie Thiel",
        "Olaf Renken",
        "Svenja Ottmers",
        "Konrad Wübbe",
    ]
    assert "Hedda Gerdes" in named
    assert not any("Jana" in n for n in named)  # "Jana Marie Kuhl": one person or two, left out
    assert found[0].sector == "politics" and found[1].sector == "administration"
