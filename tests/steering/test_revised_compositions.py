"""A table setting a group's former composition beside its new one ("Bisherige Besetzung | Neue
Besetzung"): each row's member is what the new cell names, or the former cell's where the new one says
it is unchanged ("unverändert"); a person a new cell replaces is no member, nor one whose seat is
dropped ("entfällt"); the marks of a change ("(neu)") are left out, a name wrapped under its column is
whole. Numbered rows and rows without numbers. Negatives: a table of two columns neither of which is a
former or a new composition, and a table of a former composition alone (invented examples)."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

HEAD = "Stadt Elsdorf\nErgänzungsvorlage\n\nBetreff: Teilhabeplan 2030\n\n3. Lenkungsgruppe Teilhabe (geändert)\n"
LEAD = "Die Gegenüberstellung zeigt die bisherige und die künftige Besetzung der Lenkungsgruppe.\n\n"
AFTER = "\n\nKosten\nEs entstehen keine Kosten.\n"

NUMBERED = (
    "Nr.  Bisherige Besetzung                      Neue Besetzung\n"
    "---  ---------------------------------------  ---------------------------------------\n"
    " 1   Amt für Jugend, Amtsleiterin Greta       unverändert\n"
    "     Lindqvist (Vorsitz)\n"
    " 2   Stadtrat Jonas Weber (SPD)               unverändert\n"
    " 3   Jobcenter Elsdorf, Olga Martens          Agentur für Arbeit Elsdorf,\n"
    "                                              Kemal Aydın (neu)\n"
    " 4   –                                        Integrationsbeirat, Mira Sommer (neu)\n"
    " 5   Stadtsportbund, Ole Brandt               entfällt\n"
)
PLAIN = (
    "Bisher                                   Künftig\n"
    "Amt für Jugend, Greta Lindqvist          unverändert\n"
    "(Vorsitz)\n"
    "Stadtrat Jonas Weber (SPD)               wie bisher\n"
    "Jobcenter Elsdorf, Olga Martens          Agentur für Arbeit Elsdorf, Kemal Aydın\n"
    "–                                        Integrationsbeirat, Mira Sommer (neu)\n"
)
NAMES = ["Greta Lindqvist", "Jonas Weber", "Kemal Aydın", "Mira Sommer"]


@pytest.mark.parametrize("table", [NUMBERED, PLAIN], ids=["numbered", "plain"])
def test_the_new_composition_an_unchanged_seat_its_former_holder(table: str) -> None:
    (group,) = groups_of(HEAD + LEAD + table + AFTER)
    assert [m.member for m in group.members] == NAMES
    assert group.chair == "Greta Lindqvist"
    assert [m.is_chair for m in group.members] == [True, False, False, False]
    assert [m.sector for m in group.members[:2]] == ["administration", "politics"]
    assert all(m.method == "table" for m in group.members)


def test_two_columns_of_no_composition_name_no_replaced_members() -> None:
    table = (
        "Nr.  Gremium                                  Termin\n"
        " 1   Amt für Jugend, Greta Lindqvist          unverändert\n"
        " 2   Jobcenter Elsdorf, Olga Martens          15.03.2030\n"
    )
    groups = groups_of(HEAD + LEAD + table + AFTER)
    assert all(m.method != "table" or m.member != "Olga Martens" for g in groups for m in g.members)


def test_a_former_composition_alone_is_no_revised_table() -> None:
    table = (
        "Nr.  Bisherige Besetzung                      Bemerkung\n"
        " 1   Jobcenter Elsdorf, Olga Martens          entfällt\n"
        " 2   Stadtsportbund, Ole Brandt               entfällt\n"
    )
    groups = groups_of(HEAD + LEAD + table + AFTER)
    assert all(m.member not in ("Olga Martens", "Ole Brandt") for g in groups for m in g.members)


SEATED = (
    " Sitz                      bisher                         künftig\n"
    " ------------------------  -----------------------------  ------------------------------\n"
    " Vorsitz (Amtsleitung)     Amtsleiter a. D.               Amtsleiterin\n"
    "                           Bernd Kolbe                    Dr. Greta Lindqvist\n"
    " Fraktion SPD              Herr Uwe Marx                  unverändert:\n"
    "                                                          Herr Stv. Jonas Weber\n"
    " Fraktion FDP              –  (neuer Sitz)                Frau Stv. Lea Brandt\n"
    " Jobcenter Elsdorf         Frau Olga Martens              Herr Kemal Aydın\n"
    " Integrationsbeirat        Herr Timo Rehm                 Frau Mira Sommer\n"
    "                           (Kulturverein Elsdorf)         (Elternverein Elsdorf e. V.)\n"
    " ------------------------  -----------------------------  ------------------------------\n"
    " Sitze insgesamt           4                              5\n"
)


def test_a_seats_column_opens_the_rows_the_lines_under_a_new_cell_its_own() -> None:
    """ "Sitz | bisher | künftig": a row opens at a seat's line only, so that the name under the new office
    ("Amtsleiterin" / "Dr. Greta Lindqvist") is that row's; the chair's seat gives the chair, a bracket after
    a former cell's dash stays in it, the totals under the closing rule name no member."""
    (group,) = groups_of(HEAD + LEAD + SEATED + AFTER)
    assert [m.member for m in group.members] == [
        "Dr. Greta Lindqvist",
        "Jonas Weber",
        "Lea Brandt",
        "Kemal Aydın",
        "Mira Sommer",
    ]
    assert group.chair == "Dr. Greta Lindqvist"


def test_brackets_alone_under_both_compositions_go_on_with_the_persons_above() -> None:
    """A seat's cell wrapped onto a line whose other cells are brackets only, each person's place ("Sprecher
    der Ortsvorsteher" / "und Ortsvorsteherinnen", "(Ostwald)" / "(Südmoor)"): no row of its own."""
    table = SEATED.replace(
        " Jobcenter Elsdorf         Frau Olga Martens              Herr Kemal Aydın\n",
        " Sprecher der Ortsvorsteher Herr Olaf Krüger            Herr Kemal Aydın\n"
        " und Ortsvorsteherinnen    (Ostwald)                      (Südmoor)\n",
    )
    (group,) = groups_of(HEAD + LEAD + table + AFTER)
    assert [m.member for m in group.members][3:] == ["Kemal Aydın", "Mira Sommer"]


def test_a_bracket_under_one_composition_and_a_person_under_the_other_opens_a_row() -> None:
    """Only brackets continue: a line with a new person beside a former one's bracket is a row of its own."""
    table = SEATED.replace(
        " Jobcenter Elsdorf         Frau Olga Martens              Herr Kemal Aydın\n",
        " Jobcenter Elsdorf         Frau Olga Martens              Herr Kemal Aydın\n"
        " Sportbund Elsdorf         (Ostwald)                      Frau Ida Kramer\n",
    )
    (group,) = groups_of(HEAD + LEAD + table + AFTER)
    assert "Ida Kramer" in [m.member for m in group.members]
