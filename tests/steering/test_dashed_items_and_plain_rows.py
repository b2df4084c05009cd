"""Members read from forms whose parts are set apart plainly (invented examples): a bullet "Name – office"; a
former group dissolved beside the new one; a sentence's mention of a member the table names fuller; a table
"Gemeinde / Träger | Person | benannt" whose person column names the members and a seat not yet filled
("–"); a registered association's name in a row naming no group; a heading's group and the same group
under its noun alone; flattened tables "Funktion Name" with names bare of a salutation and "Nr. Mitglied
entsendende Stelle Stimme" with numbered rows; and near misses that give nothing."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

HEAD = "Gemeinde Birkenfeld\nBeschlussvorlage\n\nBetreff: Teilhabeplan 2031\n\n"
TAIL = "\n\n5. Kosten\n\nEs entstehen keine weiteren Kosten.\n"


def _names(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def test_dashed_bullets_give_the_persons() -> None:
    text = (
        HEAD + "3. Begleitkreis\n\nFür die Umsetzung wird ein Begleitkreis Vielfalt eingesetzt. Dem Begleitkreis "
        "gehören vier Mitglieder an:\n\n"
        "  •  Greta Lindqvist – Beigeordnete, Vorsitz\n"
        "  •  Kemal Aydın – Jobcenter Birkenfeld\n"
        "  •  Ole Brandt – Volkshochschule Birkenfeld\n"
        "  •  Lea Weber – Caritasverband Birkenfeld e. V.\n" + TAIL
    )
    (group,) = groups_of(text)
    assert [m.member for m in group.members] == ["Greta Lindqvist", "Kemal Aydın", "Ole Brandt", "Lea Weber"]
    assert group.chair == "Greta Lindqvist"


def test_a_dashed_body_without_a_person_stays_whole() -> None:
    text = (
        HEAD + "3. Begleitkreis\n\nFür die Umsetzung wird ein Begleitkreis Vielfalt eingesetzt. Ihm gehören an:\n\n"
        "  •  Amt 50 – Soziales und Integration\n"
        "  •  Jobcenter Birkenfeld\n"
        "  •  Caritasverband Birkenfeld e. V.\n" + TAIL
    )
    assert "Amt 50 – Soziales und Integration" in _names(text)


TABLE = (
    "  Nr.  Mitglied                 entsendende Stelle              Stimme\n"
    "  ---  -----------------------  ------------------------------  ---------\n"
    "   1   Dr. Hanna Wolters        Sozialdezernat                  stimmber.\n"
    "   2   Jonas Petersen           Fraktion Bürgerliste            stimmber.\n"
    "   3   Prof. Dr. Mira Olsen     Hochschule Nordheide            beratend\n"
    "  ---  -----------------------  ------------------------------  ---------\n"
)


def test_a_dissolved_group_gives_way_and_a_sentence_names_no_member_twice() -> None:
    text = (
        HEAD + "3. Koordinierungsgruppe Teilhabe\n\nDie bisherige Lenkungsgruppe wird aufgelöst. An ihre Stelle "
        "tritt die Koordinierungsgruppe Teilhabe. Der Koordinierungsgruppe gehören drei Mitglieder an.\n\n"
        + TABLE
        + "\nFrau Prof. Dr. Olsen wirkt in der Koordinierungsgruppe nur beratend mit."
        + TAIL
    )
    (group,) = groups_of(text)
    assert group.group_name == "Koordinierungsgruppe Teilhabe"
    assert [m.member for m in group.members] == ["Dr. Hanna Wolters", "Jonas Petersen", "Prof. Dr. Mira Olsen"]


def test_a_dissolved_group_alone_is_still_read() -> None:
    text = (
        HEAD + "3. Lenkungsgruppe\n\nDie Lenkungsgruppe Teilhabe wird aufgelöst, sobald der Bericht vorliegt. "
        "Ihr gehören das Sozialamt, das Jobcenter Birkenfeld und der Caritasverband Birkenfeld an." + TAIL
    )
    assert [g.group_name for g in groups_of(text)] == ["Lenkungsgruppe Teilhabe"]


def test_numbered_rows_flattened() -> None:
    flat = "\n".join(" ".join(line.split()) for line in TABLE.splitlines())
    text = (
        HEAD + "3. Koordinierungsgruppe Teilhabe\n\nEs wird eine Koordinierungsgruppe Teilhabe gebildet. Der "
        "Koordinierungsgruppe gehören drei Mitglieder an.\n" + flat + TAIL
    )
    (group,) = groups_of(text)
    assert [m.member for m in group.members] == ["Dr. Hanna Wolters", "Jonas Petersen", "Prof. Dr. Mira Olsen"]


def test_a_persons_column_beside_the_bodies_and_a_vacant_seat() -> None:
    text = (
        HEAD + "3. Arbeitskreis Teilhabe\n\nDer Arbeitskreis Teilhabe begleitet die Umsetzung. Jede Ortsgemeinde "
        "benennt eine Person.\n\n"
        "   Mitgliedskommune / Träger    Person                 benannt\n"
        "   ---------------------------  ---------------------  ----------------------\n"
        "   Gemeinde Lindau              Karin Oswald           Gemeinderat, 02.03.2031\n"
        "   Gemeinde Hohenfelde          –                      Benennung steht aus\n"
        "   Gemeinde Moorbach            Ole Brandt             Gemeinderat, 04.03.2031\n"
        "   Diakonie Nordheide e. V.     Lea Weber              Migrationsberatung\n"
        "   ---------------------------  ---------------------  ----------------------\n" + TAIL
    )
    assert _names(text) == ["Karin Oswald", "Ole Brandt", "Lea Weber"]


def test_an_association_in_a_row_is_no_group_and_a_heading_names_the_group() -> None:
    text = (
        "Gemeinde Birkenfeld\nBeschlussvorlage\n\nBetreff: Teilhabeplan 2031\nhier: Begleitgremium und Moderation\n\n"
        "3.  Begleitgremium Teilhabe\n\nDie Fortschreibung begleitet ein Begleitgremium mit 4 Mitgliedern. Es setzt "
        "sich zusammen aus:\n\n"
        " Funktion                                 Name\n"
        " ───────────────────────────────────────  ───────────────────────\n"
        " Beigeordnete für Soziales                Greta Lindqvist (Vorsitz)\n"
        " Leiterin des Sozialamts                  Dr. Hanna Wolters\n"
        " Arbeitskreis Asyl Birkenfeld e. V.       Kemal Aydın\n"
        " Mitglieder des Gemeinderats (1)          Wahl durch den Gemeinderat\n"
        " ───────────────────────────────────────  ───────────────────────\n" + TAIL
    )
    groups = groups_of(text)
    assert [g.group_name for g in groups] == ["Begleitgremium Teilhabe"]
    assert groups[0].chair == "Greta Lindqvist"


def test_function_name_rows_flattened_without_salutations() -> None:
    text = (
        HEAD + "3. Begleitgremium\n\nDie Fortschreibung begleitet ein Begleitgremium Teilhabe. Es setzt sich\n"
        "zusammen\n\naus:\n\nFunktion Name\n──────────────────────────\n──────────────\n"
        "Beigeordnete für Soziales Greta Lindqvist (Vorsitz)\n"
        "Leiterin des Sozialamts Dr. Hanna Wolters\n"
        "Volkshochschule Birkenfeld Ole Brandt\n" + TAIL
    )
    (group,) = groups_of(text)
    assert [m.member for m in group.members] == ["Greta Lindqvist", "Dr. Hanna Wolters", "Ole Brandt"]
    assert group.chair == "Greta Lindqvist"


@pytest.mark.parametrize(
    "rows",
    [
        "Beigeordnete für Soziales Sozialdezernat\nLeiterin des Sozialamts Abteilung 50\n",  # no names
        "Leiterin des Stadtteilbüros Haus Nord\nLeiter der Begegnungsstätte Alte Mühle\n",  # places, no persons
    ],
    ids=["offices-only", "places"],
)
def test_flattened_rows_without_names_give_no_persons(rows: str) -> None:
    text = (
        HEAD + "3. Begleitgremium\n\nDie Fortschreibung begleitet ein Begleitgremium Teilhabe. Es setzt sich "
        "zusammen aus:\n\nFunktion Name\n" + rows + TAIL
    )
    assert not any(" " in n and n.split()[0] in ("Greta", "Hanna") for n in _names(text))
    assert not {"Haus Nord", "Alte Mühle", "Sozialdezernat", "Abteilung 50"} & set(_names(text))
