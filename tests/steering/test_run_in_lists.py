"""Members in a run-in list after a membership verb and a colon, parted by semicolons, and members
tables headed by a column word in lower case ("Institution | vertreten durch")."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.steering.test_steering import groups_of

_HEAD = (
    "Stadt Beispielheim\nVorlage Nr. 12/2025\n\nBetreff\nQuartiersplan „Miteinander“ – Einrichtung einer {group}\n\n"
)


@dataclass
class Case:
    id: str
    text: str
    groups: list[str]
    members: list[str]
    chair: str | None = None


CASES = [
    Case(
        "relative-clauses-and-a-working-group-among-the-items",
        _HEAD.format(group="Steuerungsgruppe")
        + "Steuerungsgruppe\nDie Steuerungsgruppe begleitet die Umsetzung und legt die Reihenfolge fest. Sie\n"
        "setzt sich zusammen aus: der Ersten Beigeordneten, die die Sitzungen leitet; dem Amt für Familie\n"
        "und Senioren; zwei Vertreterinnen der Ortsbeiräte, die der Rat bestimmt; dem Diakonischen Werk\n"
        "Beispielheim e. V.; dem Arbeitskreis Nachbarschaftshilfe Nord und der Grundschule am Lindenplatz.\n"
        "Die Protokolle führt die Geschäftsstelle.\n",
        ["Steuerungsgruppe"],
        [
            "Erste Beigeordnete",
            "Amt für Familie und Senioren",
            "Ortsbeiräte",
            "Diakonisches Werk Beispielheim e. V.",
            "Arbeitskreis Nachbarschaftshilfe Nord",
            "Grundschule am Lindenplatz",
        ],
        chair="Erste Beigeordnete",
    ),
    Case(
        "an-office-and-its-unit-one-item",
        _HEAD.format(group="Lenkungsgruppe")
        + "Die Lenkungsgruppe steuert die Umsetzung des Quartiersplans. Sie besteht aus: dem Landrat, der den\n"
        "Vorsitz führt; der Kreisverwaltung Musterkreis, Abteilung Jugend und Soziales; dem Jobcenter\n"
        "Musterkreis; dem Sportbund Musterkreis e. V. sowie der Volkshochschule Musterstadt.\n",
        ["Lenkungsgruppe"],
        [
            "Landrat",
            "Kreisverwaltung Musterkreis, Abteilung Jugend und Soziales",
            "Jobcenter Musterkreis",
            "Sportbund Musterkreis e. V.",
            "Volkshochschule Musterstadt",
        ],
        chair="Landrat",
    ),
    Case(
        "institution-and-vertreten-durch-columns",
        "Gemeinde Musterfeld\nVorlage Nr. 33/2025\n\nBetreff: Einrichtung eines Arbeitskreises Teilhabe\n\n"
        "Arbeitskreis Teilhabe\nDer Arbeitskreis tagt dreimal im Jahr. Er setzt sich wie folgt zusammen:\n\n"
        "Institution                                    vertreten durch\n"
        "Gemeinde Musterfeld (Vorsitz)                  Bürgermeisterin\n"
        "Fachbereich 2 – Jugend, Familie und Senioren   Fachbereichsleitung\n"
        "Stadtteilzentrum Nord                          Leitung\n"
        "Nachbarschaftsverein Lindenhof e. V.           zwei Personen\n"
        "Grundschule am Bach                            Schulleitung\n\n"
        "Die Geschäftsführung liegt beim Fachbereich 2.\n",
        ["Arbeitskreis Teilhabe"],
        [
            "Gemeinde Musterfeld",
            "Fachbereich 2 – Jugend, Familie und Senioren",
            "Stadtteilzentrum Nord",
            "Nachbarschaftsverein Lindenhof e. V.",
            "Grundschule am Bach",
        ],
        chair="Gemeinde Musterfeld",
    ),
]

# negatives: a label's colon with no verb of membership, and labelled parts in a parenthesis
NEGATIVES = [
    Case(
        "a-colon-after-no-verb-of-membership",
        _HEAD.format(group="Steuerungsgruppe")
        + "Die Steuerungsgruppe begleitet die Umsetzung des Quartiersplans. Ihre Partner sind diese Akteure: der\n"
        "Sportverein Nord, der Räume stellt; die Kirchengemeinde St. Paul; die Grundschule am Park.\n",
        ["Steuerungsgruppe"],
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_run_in_lists_and_lower_case_headers(case: Case) -> None:
    groups = groups_of(case.text)
    assert [g.group_name for g in groups] == case.groups
    assert [m.member for g in groups for m in g.members] == case.members
    assert groups[0].chair == case.chair


@pytest.mark.parametrize("case", NEGATIVES, ids=[c.id for c in NEGATIVES])
def test_no_members_from_a_label_colon(case: Case) -> None:
    assert [m.member for g in groups_of(case.text) for m in g.members] == case.members


_LIST_HEAD = (
    "Stadt Beispielheim\nVorlage Nr. 7/2026\n\nLenkungsgruppe\n\n"
    "Zur Steuerung des Prozesses wird eine Lenkungsgruppe eingerichtet. Ihr gehören an:\n\n"
)
_DATED = [
    (
        "bullets-a-date-line-under",
        "• Amt für Soziales\n• Jobcenter Beispielkreis\n• Caritasverband Nord e. V.\n{date}\n",
    ),
    (
        "table-a-date-line-under",
        "Institution                     Vertretung\nAmt für Soziales                Amtsleitung\n"
        "Jobcenter Beispielkreis         Geschäftsführung\nCaritasverband Nord e. V.       Fachdienst\n{date}\n",
    ),
]


@pytest.mark.parametrize("date", ["Stand: 03/2026", "Aktualisiert 14.01.2026", "Datum: Februar 2026"])
@pytest.mark.parametrize("form", [f for _, f in _DATED], ids=[i for i, _ in _DATED])
def test_a_date_line_after_a_members_list_is_no_member(form: str, date: str) -> None:
    text = _LIST_HEAD + form.format(date=date) + "\nDie Lenkungsgruppe tagt zweimal im Jahr.\n"
    assert [m.member for g in groups_of(text) for m in g.members] == [
        "Amt für Soziales",
        "Jobcenter Beispielkreis",
        "Caritasverband Nord e. V.",
    ]
