"""After a list's last "sowie", persons named "von" bodies listed bare are one member: "… sowie
Fachberaterinnen und Fachberater für Ehrenamt von Städtetag, Landkreistag und Gemeindetag"."""

from __future__ import annotations

import pytest

from extractors.german.enumerations import split
from tests.steering.test_steering import groups_of


def test_persons_of_several_bodies_after_the_last_sowie_are_one_member() -> None:
    text = (
        "Zur Steuerung wurde eine Steuerungsgruppe eingerichtet, in der Vertreterinnen und Vertreter des "
        "Sozialministeriums, des Innenministeriums, von Flüchtlingsinitiativen sowie Fachberaterinnen und "
        "Fachberater für Ehrenamt von Städtetag, Landkreistag und Gemeindetag zusammenarbeiten.\n"
    )
    members = [m.member for g in groups_of(text) for m in g.members]
    assert members == [
        "Sozialministerium",
        "Innenministerium",
        "Flüchtlingsinitiativen",
        "Fachberaterinnen und Fachberater für Ehrenamt von Städtetag, Landkreistag und Gemeindetag",
    ]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # a noun of representatives after "sowie" stands for each body: they stay apart
        (
            "der Caritas, der Diakonie sowie Vertreter von Stadt, Kreis und Land",
            ["der Caritas", "der Diakonie", "Vertreter von Stadt", "Kreis", "Land"],
        ),
        # "von" right after "sowie" opens items of the outer list
        ("der Caritas sowie von Stadt, Kreis und Land", ["der Caritas", "von Stadt", "Kreis", "Land"]),
        # no "von" in the last item: nothing joined
        ("das Sozialamt, das Jugendamt sowie das Schulamt und die Kämmerei", None),
    ],
)
def test_other_lists_after_sowie_stay_apart(text: str, parts: list[str] | None) -> None:
    got = [text[a:b] for a, b in split(text)]
    if parts is None:
        assert len(got) == 4, got
    else:
        assert got == parts
