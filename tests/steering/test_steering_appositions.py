"""steering: a list item naming members of another group ("Zwei Mitglieder der Arbeitsgruppe X") is a
member and the list goes on; a person named after the office they hold, set off by commas, is one
member; members gathered in a group the sentence points back to ("Es sind darin A, B und C
versammelt") (invented examples)."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of


def members(text: str) -> list[tuple[str, str | None]]:
    return [(m.member, m.sector) for g in groups_of(text) for m in g.members]


def test_members_of_another_group_in_a_list_item_keep_the_list_going() -> None:
    text = (
        "Die Lenkungsgruppe setzt sich aus den folgenden Mitgliedern zusammen:\n\n"
        "  • Leitung des Sozialamts\n  • Drei Vertreter der Arbeitsgruppe Sport im Landkreis\n"
        "  • Volkshochschule Musterstadt\n  • Seniorenbeirat Musterstadt\n"
    )
    assert [m for m, _ in members(text)] == [
        "Leitung des Sozialamts",
        "Arbeitsgruppe Sport im Landkreis",
        "Volkshochschule Musterstadt",
        "Seniorenbeirat Musterstadt",
    ]


def test_a_person_after_the_office_they_hold_is_one_member() -> None:
    text = (
        "Zunächst wurde eine Steuerungsgruppe gebildet, der Bürgermeister Paul Beispiel, die Leiterin des Amts"
        " für Schule, Sport und Kultur, Greta Muster, der Integrationsbeauftragte Ali Demir angehören."
    )
    assert members(text) == [
        ("Paul Beispiel", "politics"),
        ("Greta Muster", "administration"),
        ("Ali Demir", "administration"),
    ]


def test_members_gathered_in_the_group_pointed_back_to() -> None:
    text = (
        "Die Stadt hat eine Steuerungsgruppe gebildet. Die Steuerungsgruppe umfasst derzeit zwölf Mitglieder."
        " Es sind darin Vertreter aller Fraktionen sowie Mitarbeiter des Roten Kreuzes und der Volkshochschule"
        " versammelt. Sie tagt viermal im Jahr."
    )
    assert [m for m, _ in members(text)] == ["Fraktionen", "Rotes Kreuz", "Volkshochschule"]


DASHED = "Die {group} {dash} {inner} {dash} hat die Entwürfe in zwei Sitzungen beraten.\n"


@pytest.mark.parametrize(
    ("inner", "want"),
    [
        (
            "Amt für Jugend, Familie und Senioren, Jobcenter Musterkreis, Diakonisches Werk\n"
            "Musterstadt e. V., Bezirksstelle Süd, und Verein Migranten in Musterstadt e. V.",
            [
                ("Amt für Jugend, Familie und Senioren", "administration"),
                ("Jobcenter Musterkreis", "public_agency"),
                ("Diakonisches Werk Musterstadt e. V., Bezirksstelle Süd", "welfare"),
                ("Verein Migranten in Musterstadt e. V.", "migrant_organisation"),
            ],
        ),
        (
            "Sozialamt, Volkshochschule Musterstadt und Caritasverband",
            [
                ("Sozialamt", "administration"),
                ("Volkshochschule Musterstadt", "education"),
                ("Caritasverband", "welfare"),
            ],
        ),
        ("sie tagt seit dem Frühjahr jeden Monat", []),
        ("unter Leitung des Sozialamts", []),
        ("wie im Konzept vorgesehen, Stadtrat und Verwaltung", []),
    ],
    ids=["wrapped-with-a-branch", "three-bodies", "a-clause", "one-office", "a-phrase-first"],
)
@pytest.mark.parametrize("dash", ["–", "-"])
def test_members_in_an_apposition_between_dashes(inner: str, want: list[tuple[str, str]], dash: str) -> None:
    """Bodies listed between two dashes right after the group's name are its members, a part after
    a comma that names no body the branch of the one before; a clause, a single office or a list
    opening with words naming none between the dashes names no members."""
    text = DASHED.format(group="Steuerungsgruppe Teilhabe", dash=dash, inner=inner)
    assert members(text) == want
