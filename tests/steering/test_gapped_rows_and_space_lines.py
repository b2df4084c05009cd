"""Gapped rows of a table that a text export ends with a line of one space (as the Karlsruhe council's text
sets its blank lines): the space's line is no row, and reading stops short of no error (invented figures)."""

from __future__ import annotations

from extractors import load_resources
from extractors.steering.rules import member_rules
from extractors.steering.tables import gapped_rows
from tests.steering.test_steering import groups_of

AREAS = (
    "    Grundstück  BGF   Anteil an Gesamtfläche \n"
    "Baufeld 2 (südlicher Teil)   4.197 m²  ca.   6.630 m²  ca. 36 % \n"
    "Baufeld 4     2.301 m²  ca.   4.940 m²  ca. 20 % \n"
    "    11.539 m²  ca. 20.480 m²     100 % \n \n"
)


def test_a_line_of_one_space_under_gapped_rows_is_no_row() -> None:
    rows = gapped_rows(AREAS, 0, len(AREAS), member_rules(load_resources()))
    assert rows is not None
    assert [row[0][2] for row in rows] == ["Grundstück", "Baufeld 2 (südlicher Teil)", "Baufeld 4", "11.539 m²"]


def test_a_group_beside_such_a_table_reads_no_member_from_it() -> None:
    text = (
        "Stadt Wendenau\nBeschlussvorlage\n \nBetreff: Vergabe der Baufelder\n \n"
        "Die Lenkungsgruppe Wohnen hat die Vergabe vorbereitet. Ihr gehören an:\n \n" + AREAS + "Der Rest folgt.\n"
    )
    members = [m.member for g in groups_of(text) for m in g.members]
    assert not any("m²" in m or "%" in m for m in members), members
