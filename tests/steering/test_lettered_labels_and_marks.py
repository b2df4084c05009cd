"""Persons after a lettered sub-list's label (invented examples): a chair's mark in brackets after one of
them is no entry of its own ("Dr. Anna Beispiel (Vorsitz), Ida Roth"), and a label ending in a colon is no
member, its persons after it on the line or on the next (``items.py``); an office and its holder after a
comma are one member, the person ("der Leiter des Sozialamts, Ida Roth")."""

from __future__ import annotations

import pytest

from tests.steering.test_office_lines_trees_and_heads import END, HEAD, members_of

LEAD = (
    "Beschlussvorschlag\n\n"
    "1. Der Kreistag stimmt dem Programm zu.\n"
    "2. Als Mitglieder der Lenkungsgruppe Integration werden bestellt:\n"
)
AFTER = "3. Die Kosten werden im Haushalt bereitgestellt.\n"
EXPECTED = [("Dr. Anna Beispiel", True), ("Ida Roth", False), ("Jonas Muster", False), ("Lea Brandt", False)]


def _lettered(first: str, second: str, wrapped: bool) -> str:
    sep = "\n      " if wrapped else " "
    return f"{LEAD}   a) aus der Verwaltung:{sep}{first};\n   b) aus den Verbänden:{sep}{second}.\n{AFTER}"


@pytest.mark.parametrize("wrapped", [True, False], ids=["names-below", "names-on-the-line"])
@pytest.mark.parametrize(
    "first",
    ["Dr. Anna Beispiel (Vorsitz), Ida Roth", "Dr. Anna Beispiel (Vorsitz), der Leiter des Sozialamts, Ida Roth"],
    ids=["persons", "an-office-and-its-holder"],
)
def test_persons_after_a_label_one_marked_as_the_chair(first: str, wrapped: bool) -> None:
    text = _lettered(first, "Jonas Muster, Lea Brandt", wrapped)
    assert members_of(HEAD + text + END) == EXPECTED
    flush = "\n".join(line.strip() for line in text.split("\n"))  # as a PDF's text layer sets it
    assert members_of(HEAD + flush + END) == EXPECTED


def test_an_office_and_its_holder_after_a_label_on_the_line() -> None:
    text = _lettered("der Leiter des Sozialamts, Ida Roth", "Jonas Muster (Vorsitz), Lea Brandt", False)
    assert members_of(HEAD + text + END) == [("Ida Roth", False), ("Jonas Muster", True), ("Lea Brandt", False)]


def test_a_chairs_label_before_an_office_and_its_holder() -> None:
    text = _lettered("Vorsitz: Erster Bürgermeister, Herr Andreas Beispiel", "Jonas Muster, Lea Brandt", False)
    text = text.replace("a) aus der Verwaltung: ", "a) ")
    assert members_of(HEAD + text + END) == [("Andreas Beispiel", True), ("Jonas Muster", False), ("Lea Brandt", False)]
