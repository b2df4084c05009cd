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
