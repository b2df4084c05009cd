"""List entries of a person with an office word before the given name and what stands for them after
a comma or in brackets ("– Pastor Lukas Feddersen, Kirchengemeinde Nord", "– Ortsrätin Eva Brand
(Wählergemeinschaft)", "– Sami Yousef, als Vertreter der …"; ``extractors/steering/items.py``): the
person as written, the rest their label; and near misses (invented examples)."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

LEAD = (
    "Arbeitskreis Zusammenleben\n"
    "Der Arbeitskreis tagt zweimal im Jahr und bewertet die Maßnahmen. Ihm sollen angehören:\n"
)
END = "Die Sitzungen bereitet die Verwaltung vor.\n\nFinanzielle Auswirkungen\nKeine.\n"


def members_of(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def test_office_words_brackets_and_appositions_after_the_person() -> None:
    entries = [
        "Ortsvorsteher Henning Albers (Vorsitz)",
        "Ortsrätin Eva Brand (Wählergemeinschaft Nordtal)",
        "Pastor Lukas Feddersen, Ev. Kirchengemeinde Nordtal",
        "Konrektorin Silke Hartwig, Grundschule am Bach",
        "Sami Yousef, als Vertreter der Neuzugewanderten",
        "Marta Lindgren, Sportverein Nordtal",
    ]
    text = LEAD + "".join(f"  – {e}\n" for e in entries) + END
    assert members_of(text) == [
        "Ortsvorsteher Henning Albers",
        "Ortsrätin Eva Brand",
        "Pastor Lukas Feddersen",
        "Konrektorin Silke Hartwig",
        "Sami Yousef",
        "Marta Lindgren",
    ]


@pytest.mark.parametrize(
    ("entry", "member"),
    [
        # a body with a person in brackets: the body is the member, no person read from its words
        ("Jobcenter Nordtal (Frau Brand)", "Jobcenter Nordtal"),
        # a body whose second word is a given name: no office word before a person
        ("Stiftung Maria Frieden, Haus am See", "Stiftung Maria Frieden"),
    ],
    ids=["body-bracket", "body-with-given-name"],
)
def test_bodies_are_no_office_worded_persons(entry: str, member: str) -> None:
    others = ["Sportverein Nordtal", "Volkshochschule Nordtal"]
    text = LEAD + "".join(f"  – {e}\n" for e in [entry, *others]) + END
    assert members_of(text) == [member, *others]


def test_a_known_office_with_a_bracket_after_the_person_gives_the_person() -> None:
    """ "Bürgermeisterin Eva Roth (Gemeinde Nordtal)" as "Bürgermeisterin Eva Roth, Gemeinde Nordtal": the
    office the lexicon knows goes to the label, as for the comma (``persons.office_then_person``)."""
    entries = [
        "Bürgermeisterin Eva Roth (Gemeinde Nordtal)",
        "Marta Lindgren, Sportverein Nordtal",
        "Jobcenter Nordtal",
    ]
    text = LEAD + "".join(f"  – {e}\n" for e in entries) + END
    assert members_of(text) == ["Eva Roth", "Marta Lindgren", "Jobcenter Nordtal"]


TAB_LEAD = "\tFür die Umsetzung richtet das Amt einen Integrationsrat ein. Ihm gehören fünf Personen an:\n"
TAB_ENTRIES = [
    "Amtsdirektorin Frauke Hansen, Vorsitzende,",
    "Ole Carstensen, Ordnungsamt der Amtsverwaltung,",
    "Pastor Lukas Feddersen, Kirchengemeinde Nordtal,",
    "Sami Yousef, Sprecher des Vereins „Nordtal verbindet“,",
    "Marta Lindgren, Sportverein Nordtal.",
]
TAB_END = "Der Integrationsrat tagt viermal im Jahr.\n\n\tDie Kosten trägt das Amt.\n"


def test_a_bullet_in_a_cell_of_its_own_and_the_chair_as_an_apposition() -> None:
    """A word processor's list: "\\t-\\tentry" rows, the chair ", Vorsitzende," after her name; an
    Integrationsrat set up to accompany is the group."""
    text = TAB_LEAD + "".join(f"\t-\t{e}\n" for e in TAB_ENTRIES) + TAB_END
    groups = groups_of(text)
    assert [(g.group_name, g.chair) for g in groups] == [("Integrationsrat", "Amtsdirektorin Frauke Hansen")]
    assert [(m.member, m.is_chair) for m in groups[0].members] == [
        ("Amtsdirektorin Frauke Hansen", True),
        ("Ole Carstensen", False),
        ("Pastor Lukas Feddersen", False),
        ("Sami Yousef", False),
        ("Marta Lindgren", False),
    ]


def test_an_integrationsrat_not_set_up_for_the_process_is_no_group() -> None:
    """An elected council's Integrationsrat that met, its attendees listed: no steering group."""
    text = "\tDer Integrationsrat hat am 3. Mai getagt. Anwesend waren:\n" + "".join(f"\t-\t{e}\n" for e in TAB_ENTRIES)
    assert groups_of(text + TAB_END) == []


def test_a_dash_in_a_cell_before_more_cells_is_no_list_entry() -> None:
    """ "\t-\tSozialamt\t2 Sitze": a row of cells after the dash, no entry read as a member."""
    text = TAB_LEAD + "\t-\tSozialamt\t2 Sitze\n\t-\tJobcenter\t1 Sitz\n" + TAB_END
    assert [m.member for g in groups_of(text) for m in g.members] == []
