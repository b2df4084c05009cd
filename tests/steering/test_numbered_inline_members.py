"""Members numbered in running text ("(1) das Jugendamt, (2) die Schulen … und (3) der Beirat"), a
relative clause about one of them no member of its own ("…, das den Vorsitz führt, …"), and the
Begleitausschuss as a steering group, its members in a table of function and institution. Every
example is invented."""

from __future__ import annotations

import pytest

from extractors.german.enumerations import names, read, split
from tests.steering.test_steering import groups_of

SPLITS = [
    (
        "(1) das Stadtteilbüro Nord, (2) die Grundschule am Anger und (3) der Verein Kulturbrücke",
        ["das Stadtteilbüro Nord", "die Grundschule am Anger", "der Verein Kulturbrücke"],
    ),
    (
        "das Ordnungsamt, das die Sitzungen leitet, das Sozialamt sowie die Volkshochschule",
        ["das Ordnungsamt", "das Sozialamt", "die Volkshochschule"],
    ),
    # a part that opens with an article and ends with a noun is an item, no clause
    ("die Caritas, die Diakonie und das Rote Kreuz", ["die Caritas", "die Diakonie", "das Rote Kreuz"]),
]


@pytest.mark.parametrize(("text", "parts"), SPLITS)
def test_numbered_and_relative_parts(text: str, parts: list[str]) -> None:
    assert [text[a:b] for a, b in split(text)] == parts


def test_numbered_items_read_in_the_nominative() -> None:
    text = "(1) dem Jugendamt Bergheim, (2) der Stadtbibliothek und (3) dem Netzwerk Zuwanderung Ost"
    assert names(read(text)) == ["Jugendamt Bergheim", "Stadtbibliothek", "Netzwerk Zuwanderung Ost"]


GROUPS = {
    "members numbered in a sentence, a relative clause after the first": (
        "Zur Steuerung des Stadtteilkonzepts wird ein Lenkungsgremium gebildet. Im Lenkungsgremium sind "
        "vertreten: (1) das Fachamt Jugend und Familie, das den Vorsitz führt, (2) das Stadtteilbüro Nord, "
        "(3) die Grundschule am Anger und (4) der Verein Kulturbrücke Nord. Es tagt zweimal im Jahr.\n",
        "Lenkungsgremium",
        ["Fachamt Jugend und Familie", "Stadtteilbüro Nord", "Grundschule am Anger", "Verein Kulturbrücke Nord"],
    ),
    "a Begleitausschuss and its table of function and institution": (
        "3. Begleitausschuss\nDer Begleitausschuss berät die Verwaltung bei der Umsetzung des Integrationsplans. "
        "Er ist wie folgt zusammengesetzt:\n\nFunktion      Institution\n"
        "Vorsitz       Kreisdezernentin für Bildung und Soziales\nMitglied      Agentur für Arbeit Lindenfeld\n"
        "Mitglied      Caritasverband Lindenfeld e. V.\nMitglied      Verein Neue Nachbarn Lindenfeld e. V.\n\n"
        "4. Kosten\n",
        "Begleitausschuss",
        [
            "Kreisdezernentin für Bildung und Soziales",
            "Agentur für Arbeit Lindenfeld",
            "Caritasverband Lindenfeld e. V.",
            "Verein Neue Nachbarn Lindenfeld e. V.",
        ],
    ),
    "a note on the seats' share in brackets after a member's name, another bracket kept": (
        "Der Begleitausschuss wird wie folgt besetzt:\n\nFunktion      Institution\n"
        "Vorsitz       Erster Kreisbeigeordneter\nMitglied      Kreistagsabgeordnete (je Fraktion eine Person)\n"
        "Mitglied      Volkshochschule (VHS) Lindenfeld\n"
        "Mitglied      Elternvertretungen (pro Schule zwei Personen)\n\n"
        "Die Sitzungen sind nicht öffentlich.\n",
        "Begleitausschuss",
        ["Erster Kreisbeigeordneter", "Kreistagsabgeordnete", "Volkshochschule (VHS) Lindenfeld", "Elternvertretungen"],
    ),
}


@pytest.mark.parametrize("name", sorted(GROUPS))
def test_group_and_members(name: str) -> None:
    text, group_name, members = GROUPS[name]
    (group,) = groups_of(text)
    assert (group.group_name, [m.member for m in group.members]) == (group_name, members)


def test_a_council_committee_is_no_begleitausschuss() -> None:
    """The council's own committee of another name is no group of the process."""
    text = "Der Sozialausschuss hat die Vorlage am 12.03.2024 beraten und empfiehlt die Annahme.\n"
    assert groups_of(text) == []
