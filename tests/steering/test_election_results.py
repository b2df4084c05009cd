"""Members elected to a group's seats as the result table of the election gives them, under the group's
sentence leading in the seats' holders with a colon ("Bewerberin / Bewerber | Stimmen | Ergebnis"): the
persons whose result is "gewählt" are members, the body whose minutes the caption names their label. As the
text gives it and as a PDF's text layer (one space between cells, the rule under the header broken). Near
misses: the persons not elected or elected substitutes, a row of invalid votes, the same table after a
sentence that leads in nothing, a table of votes without a result column. Every case is invented."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

HEAD = "Stadt Nordheide\nBeschlussvorlage\n\nBetreff: Integrationskonzept\n\n"
TAIL = "\n\nFinanzielle Auswirkungen\nEs entstehen keine Kosten.\n"
LEAD = (
    "Der Lenkungskreis Integration wird gebildet. Dem Lenkungskreis gehören kraft Amtes Bürgermeister\n"
    "Ole Brandtner als Vorsitzender und die Integrationsbeauftragte Ida Rothmann an.\n"
)
COLON = "Für die übrigen Sitze liegen folgende Vorschläge vor:\n\n"
NO_COLON = "Der Integrationsbeirat hat am 14.04.2027 gewählt.\n\n"
TABLE = (
    "  Integrationsbeirat – Auszug aus der Wahlniederschrift (Anlage 2)\n"
    "    Sitzung vom 14.04.2027 · geheime Wahl, zwei Sitze\n\n"
    "    Bewerberin / Bewerber           Stimmen   {result}\n"
    "    ─────────────────────────────   ───────   ────────────────────────────────\n"
    "    Dragana Weißhaupt                    11   gewählt\n"
    "    Abdullah Sayyid                       9   gewählt\n"
    "    Irina Schäfermann                     5   nicht gewählt, Ersatzmitglied\n"
    "    Kofi Mensing                          1   nicht gewählt\n"
    "    ungültig                              0\n"
)


def members(text: str) -> dict[str, str]:
    return {m.member: m.sector for g in groups_of(text) for m in g.members}


def _flat(text: str) -> str:
    """The text as a PDF's text layer gives it: every run of spaces one space, no indent."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


@pytest.mark.parametrize("flat", [False, True], ids=["text", "pdf"])
def test_the_elected_are_members(flat: bool) -> None:
    text = HEAD + LEAD + COLON + TABLE.format(result="Ergebnis") + TAIL
    found = members(_flat(text) if flat else text)
    assert sorted(found) == ["Abdullah Sayyid", "Dragana Weißhaupt", "Ida Rothmann", "Ole Brandtner"]
    assert found["Dragana Weißhaupt"] == "politics"  # elected by the Beirat its caption names


@pytest.mark.parametrize(
    ("lead", "result"), [(NO_COLON, "Ergebnis"), (COLON, "Bemerkung")], ids=["no-lead-in", "no-result-column"]
)
def test_near_misses_elect_no_one(lead: str, result: str) -> None:
    found = members(HEAD + LEAD + lead + TABLE.format(result=result) + TAIL)
    assert not {"Dragana Weißhaupt", "Abdullah Sayyid", "Irina Schäfermann", "Kofi Mensing"} & set(found)
