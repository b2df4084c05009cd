"""Members a sentence after the group's names as persons alone, without article, salutation or office, each
maybe with a party's bracket ("Aus dem Gemeinderat wirken Jürgen Beispiel (CDU), … und Ulrike Probe (FW)
mit"): the persons, never the sector the sentence names before the verb. As the text gives it and as a PDF's
text layer (one space, lines broken elsewhere). Near misses: bodies named bare, a single person, a part
that is no name. Every case is invented."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

HEAD = "Gemeinde Nordheide\nSitzungsvorlage\n\nBetreff: Integrationskonzept\n\n"
TAIL = "\n\nFinanzielle Auswirkungen\nEs entstehen keine Kosten.\n"
LEAD = (
    "Die Erarbeitung begleitet ein Runder Tisch Integration. Dem Runden Tisch gehören neben\n"
    "Bürgermeister Ole Brandt, der den Vorsitz übernimmt, die Hauptamtsleiterin Ida Roth an.\n"
)


def members(text: str) -> list[str]:
    return sorted(m.member for g in groups_of(text) for m in g.members)


def sectors(text: str) -> dict[str, str]:
    return {m.member: m.sector for g in groups_of(text) for m in g.members}


def _flat(text: str) -> str:
    """The text as a PDF's text layer gives it: every run of spaces one space, no indent."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


BARE = (
    LEAD + "Aus dem Gemeinderat wirken Jürgen Weidmann (CDU), Hatice Yılmaz (SPD), Markus\n"
    "Trautwein (GRÜNE) und Ulrike Sattler (FW) mit. Der Runde Tisch zählt damit sechs Mitglieder."
)
BARE_MEMBERS = ["Hatice Yılmaz", "Ida Roth", "Jürgen Weidmann", "Markus Trautwein", "Ole Brandt", "Ulrike Sattler"]


@pytest.mark.parametrize("flat", [False, True], ids=["text", "pdf"])
def test_persons_named_bare_after_their_sector(flat: bool) -> None:
    text = HEAD + BARE + TAIL
    text = _flat(text) if flat else text
    assert members(text) == BARE_MEMBERS
    assert sectors(text)["Ulrike Sattler"] == "politics"  # the sector before the verb, the bracket unknown


def test_persons_without_brackets() -> None:
    text = HEAD + LEAD + "Aus dem Gemeinderat wirken Jürgen Weidmann und Hatice Yılmaz mit." + TAIL
    assert members(text) == ["Hatice Yılmaz", "Ida Roth", "Jürgen Weidmann", "Ole Brandt"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Aus dem Gemeinderat wirkt Jürgen Weidmann (CDU) mit.",  # one person: no list of persons
        "Aus dem Gemeinderat wirken Jürgen Weidmann (CDU) und die Fraktion Mitte mit.",  # a part no name
        "Aus der Stadtgesellschaft wirken Nordheide Aktiv (Verein) und Tafel Nordheide mit.",  # bodies
    ],
    ids=["one-person", "part-no-name", "bodies"],
)
def test_near_misses_add_no_bare_person(sentence: str) -> None:
    found = members(HEAD + LEAD + sentence + TAIL)
    assert not {"Jürgen Weidmann", "Nordheide Aktiv"} & set(found)  # no part read as a person named bare
