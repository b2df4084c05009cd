"""Portrait captions set side by side, each a name over what the person stands for, rows of tiles apart by
blank lines, a caption over them and a credit under them (``extractors/steering/name_tiles.py``); and what
is none (invented examples)."""

from __future__ import annotations

from extractors import load_resources
from extractors.steering.name_tiles import name_tiles
from tests.steering.test_steering import groups_of

LEAD = (
    "4. Lenkungskreis Teilhabe\n\n"
    "Der Lenkungskreis begleitet die Umsetzung bis 2030. Er hat sechs Mitglieder. Die Mitglieder stellen\n"
    "sich im Plan auf einer eigenen Seite vor; die Bildunterschriften sind nachstehend wiedergegeben.\n\n"
)
TILES = (
    "  Teilhabeplan, Seite 4: Wer begleitet den Plan?\n\n"
    "    Johanna Seidel                 Dr. Kemal Aydın                Ole Brandt\n"
    "    Zweite Beigeordnete            Vorsitzender des               Amt für Soziales,\n"
    "                                   Seniorenbeirats                Geschäftsstelle\n\n\n"
    "    Ida Schubert                   Greta Lindqvist                Mia Lorenz\n"
    "    Stadträtin (SPD)               Caritasverband Nord-           Volkshochschule\n"
    "                                   heim e. V.                     Nordheim\n\n"
    "                                                     Fotos: Stadt Nordheim / privat\n\n"
    "Die übrigen Fraktionen haben auf einen Sitz verzichtet.\n"
)
PERSONS = ["Johanna Seidel", "Dr. Kemal Aydın", "Ole Brandt", "Ida Schubert", "Greta Lindqvist", "Mia Lorenz"]


def test_portrait_captions_side_by_side_name_the_persons() -> None:
    (group,) = groups_of(LEAD + TILES)
    assert [m.member for m in group.members] == PERSONS
    sectors = {m.member: m.sector for m in group.members}
    assert sectors["Ida Schubert"] == "politics"
    assert sectors["Greta Lindqvist"] == "welfare"


def test_each_tiles_lines_are_its_label() -> None:
    found = name_tiles("\n" + TILES, 0, load_resources())
    assert found is not None
    labels = {r.value: r.label for r in found[0]}
    assert labels["Greta Lindqvist"] == "Caritasverband Nordheim e. V."
    assert labels["Dr. Kemal Aydın"] == "Vorsitzender des Seniorenbeirats"


def test_tiles_of_bodies_are_none() -> None:
    text = TILES.replace("Johanna Seidel", "Sozialamt     ").replace("Ida Schubert", "Jugendamt   ")
    text = text.replace("Ole Brandt", "Schulamt  ").replace("Mia Lorenz", "Jobcenter ")
    assert name_tiles("\n" + text, 0, load_resources()) is None


def test_a_single_column_of_names_is_no_tiles() -> None:
    text = "\n    Johanna Seidel\n    Zweite Beigeordnete\n\n    Ole Brandt\n    Amt für Soziales\n\n"
    assert name_tiles(text, 0, load_resources()) is None


def _flat(block: str) -> str:
    """A block as a text layer sets it: every gap closed to one space, the indents gone."""
    return "\n".join(" ".join(line.split()) for line in block.split("\n"))


def test_captions_whose_gaps_a_text_layer_closed_name_the_persons_of_their_name_lines() -> None:
    """ "Johanna Seidel Dr. Kemal Aydın Ole Brandt": a line that parts wholly into names; the lines under
    it belong to no column the line tells, no label read from them."""
    (group,) = groups_of(LEAD + _flat(TILES))
    assert [m.member for m in group.members] == PERSONS


def test_a_flattened_line_that_parts_not_wholly_into_names_is_no_tiles() -> None:
    """A body among the names ("Sozialamt"), or a name of three words, and the line is no row of tiles."""
    bodies = _flat(TILES).replace("Johanna Seidel Dr.", "Sozialamt Nord Dr.").replace("Ida Schubert", "Jugendamt Nord")
    assert name_tiles("\n" + bodies, 0, load_resources()) is None
    signed = _flat(TILES).replace("Johanna Seidel", "gez. Johanna Seidel").replace("Ida Schubert", "gez. Ida Schubert")
    assert name_tiles("\n" + signed, 0, load_resources()) is None
