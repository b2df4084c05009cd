"""Members as lines of addressed persons under a lead-in ("Frau Anna Beispiel, Leiterin des Sozialamts"
a line, no bullets; ``extractors/steering/addressed.py``), as the text and the exports set them: indented,
at the margin right under the lead-in, an entry wrapped after a comma or its "(Vorsitz)" on a line of its
own; and near misses that name no member (invented examples)."""

from __future__ import annotations

import pytest

from extractors.steering.addressed import addressed_lines
from tests.steering.test_steering import groups_of

LEAD = "3. Lenkungskreis Teilhabe\nDer Lenkungskreis Teilhabe ersetzt den früheren Runden Tisch. Ihm gehören an:\n"
LINES = [
    "Frau Dr. Jutta Lindqvist, Dezernentin für Bildung und Soziales (Vorsitz)",
    "Herr Bernd Okafor, Leiter des Sozialamts",
    "Frau Prof. Dr. Ilse Marquardt, Fachhochschule Nordwald",
    "Herr Tarek Haddad, Verein Brückenschlag e. V.",
    "Frau Petra Wendeborn, Diakonisches Werk Nordwald,",
    "Beratungsstelle Mitte",
]
END = "\nDie Geschäftsführung liegt beim Sozialamt.\n\n4. Kosten\nEs entstehen keine Kosten.\n"
NAMES = ["Dr. Jutta Lindqvist", "Bernd Okafor", "Prof. Dr. Ilse Marquardt", "Tarek Haddad", "Petra Wendeborn"]


def members_of(text: str) -> list[tuple[str, bool]]:
    return [(m.member, m.is_chair) for g in groups_of(text) for m in g.members]


def expected() -> list[tuple[str, bool]]:
    return [(n, k == 0) for k, n in enumerate(NAMES)]


@pytest.mark.parametrize(
    "block",
    [
        "\n" + "".join(f"   {x}\n" for x in LINES),  # indented under a blank line
        "".join(f"{x}\n" for x in LINES),  # at the margin right under the lead-in, the sentence after it
        "\n" + LINES[0].replace(" (Vorsitz)", "\n(Vorsitz)") + "\n" + "".join(f"{x}\n" for x in LINES[1:]),
    ],
    ids=["indented", "margin-no-blank", "mark-wrapped"],
)
def test_addressed_persons_one_a_line(block: str) -> None:
    groups = groups_of(LEAD + block + END)
    assert [g.group_name for g in groups] == ["Lenkungskreis Teilhabe"]
    assert members_of(LEAD + block + END) == expected()
    assert groups[0].chair == "Dr. Jutta Lindqvist"


def test_the_group_named_after_the_first_is_not_given_its_members() -> None:
    """ "ersetzt den früheren Runden Tisch" / "löst die bisherige Steuerungsgruppe ab": the sentence
    after speaks of the group it opens with."""
    lead = LEAD.replace("den früheren Runden Tisch", "die bisherige Steuerungsgruppe")
    groups = groups_of(lead + "\n" + "".join(f"   {x}\n" for x in LINES) + END)
    assert [(g.group_name, len(g.members)) for g in groups] == [("Lenkungskreis Teilhabe", 5)]


@pytest.mark.parametrize(
    "block",
    [
        # two addressed lines only: too few for the form
        "\n" + "".join(f"   {x}\n" for x in LINES[:2]),
        # a letter's addressees, no comma after the name: no list of members
        "\n   Herr Bernd Okafor\n   Frau Petra Wendeborn\n   Herr Tarek Haddad\n",
        # a line between them that is no addressed person's
        "\n   " + LINES[0] + "\n   Sozialamt der Stadt\n   " + LINES[1] + "\n   " + LINES[2] + "\n",
        # addressed lines that are a sentence's words ("Herr Okafor, der das Amt leitet, …")
        "\nHerr Bernd Okafor, der das Sozialamt leitet, und\nFrau Petra Wendeborn, die es vertritt,\n",
    ],
    ids=["two-only", "no-comma", "line-between", "sentence"],
)
def test_near_misses_are_no_addressed_list(block: str) -> None:
    text = LEAD + block + END
    assert addressed_lines(text, len(LEAD), len(text)) == []
