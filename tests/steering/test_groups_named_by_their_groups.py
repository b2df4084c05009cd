"""A group named by the groups it gathers ("Arbeitskreis der Helferkreise", in a heading over the sentence
that sets it up by its noun alone) takes that name; a genitive of no group noun names none
(the positive case: tests/steering/test_surname_first_and_export_breaks.py)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

TEXT = (
    "4. Arbeitskreis der {}\n\n"
    "Zusätzlich wird ein Arbeitskreis gebildet. Ihm gehören an: Anna Beispiel (Nordstadt), die den\n"
    "Arbeitskreis leitet, Jan Muster (Südstadt) und Eva Probe (Weststadt).\n"
)


def test_the_groups_a_group_gathers_name_it() -> None:
    assert "Arbeitskreis der Arbeitsgruppen" in [g.group_name for g in groups_of(TEXT.format("Arbeitsgruppen"))]


def test_a_genitive_of_no_group_noun_names_none() -> None:
    assert "Arbeitskreis der Kinder" not in [g.group_name for g in groups_of(TEXT.format("Kinder"))]
