"""Members in sentences around a group: the side the members come from before the first of them ("Ihr
gehören aus der Verwaltung das Sozialamt … an"), a working group as a later item of the enumeration
("…, das Jobcenter und der Arbeitskreis Elternvereine mit": a member, no group of its own), the
members' second sentence on the next page after a footer, a running head and a ruled line, opening
with the side its members come from ("Aus der Zivilgesellschaft wirken … mit"), a compound
hyphenated across a line end, the size counted with the chair (no member "Vorsitzende"), the chair
as the agent of a passive ("wird vom Stadtrat für Jugend geleitet") and the members in the next
sentence. Negatives: a recommendation to widen the group names no members, a sentence on the next
page under a heading of its own is no part of the group's paragraph, a working group set up beside
others stays a group (invented examples)."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import A, Case, E, P, S, W, groups_of
from tests.steering.test_steering import test_steering_cases as check

C = "civil_society"

HEAD = "Stadt Auental\nBeschlussvorlage\n\nBetreff: Integrationsplan 2027\n\n"
FOOT = "\n\n\nVorlage 88/2027                                         Seite 1 von 2\n"
RUNNING = "Stadt Auental · Vorlage 88/2027                                      - 2 -\n\n"
RULE = "_" * 60 + "\n\n"
END = "\n\n\nVorlage 88/2027                                         Seite 2 von 2\n"
# the page break: a form feed, or a ruled line under the footer and the next page's running head
# and as exports set it: the ruled line wrapped and the running head kept as a line of its own, or the footer
# gone and the ruled line and running head run on with the paragraph before a form feed
BREAKS = {
    "form feed": FOOT + "\f" + RUNNING,
    "ruled line": FOOT + RULE + RUNNING,
    "wrapped ruled line, running head kept": FOOT + "\n" + "_" * 50 + "\n__\n" + " ".join(RUNNING.split()) + "\n\n",
    "running head's page number run on into the sentence": FOOT
    + "_" * 50
    + "\n__\n"
    + " ".join(RUNNING.split())
    + "\n",
    "running head run on before a form feed": "\n" + "_" * 50 + "\n______\n" + " ".join(RUNNING.split()) + "\n\f",
}
MEMBERS = (
    "4. Begleitkreis Integrationsplan (Vorsitz: Bürgermeister Jan Oster)\nDer Begleitkreis begleitet"
    " die Umsetzung. Ihm gehören aus der Verwaltung das Sozialamt und das Schulamt an.{page}Aus der"
    " Zivilgesellschaft wirken der Seniorenbeirat, die Volkshochschule Auental und der Caritas-\nverband"
    " Auental mit. Mit dem Vorsitzenden zählt der Begleitkreis damit sechs Mitglieder.\n\n5. Kosten\nEs"
    " entstehen keine Kosten." + END
)

CASES = [
    Case(
        "the side before the first member",
        HEAD + "3. Lenkungskreis\nDer Lenkungskreis steuert die Umsetzung. Ihm gehören aus der Verwaltung das"
        " Sozialamt, das Schulamt sowie das Amt für Wohnen an.\n",
        ["Lenkungskreis"],
        [("Sozialamt", S), ("Schulamt", S), ("Amt für Wohnen", S)],
    ),
    Case(
        "a working group as a later item of the enumeration",
        HEAD + "Dem Lenkungskreis gehören das Sozialamt, das Jobcenter Auental und der Arbeitskreis Elternvereine"
        " Auental an.\n",
        ["Lenkungskreis"],
        [("Sozialamt", S), ("Jobcenter Auental", A), ("Arbeitskreis Elternvereine Auental", C)],
    ),
    *[
        Case(
            f"the second sentence of members on the next page ({name}), a compound hyphenated across a line end",
            HEAD + MEMBERS.format(page=page),
            ["Begleitkreis Integrationsplan"],
            [
                ("Bürgermeister Jan Oster", P),
                ("Sozialamt", S),
                ("Schulamt", S),
                ("Seniorenbeirat", P),
                ("Volkshochschule Auental", E),
                ("Caritasverband Auental", W),
            ],
            chair="Bürgermeister Jan Oster",
            size=6,
        )
        for name, page in BREAKS.items()
    ],
    Case(
        "the chair as the agent of a passive, the members in the next sentence",
        HEAD + "Die Steuerungsrunde wird vom Stadtrat für Jugend und Soziales geleitet. Ihr gehören außerdem das"
        " Jugendamt, das Jobcenter Auental und der Integrationsbeirat an.\n",
        ["Steuerungsrunde"],
        [
            ("Stadtrat für Jugend und Soziales", S),  # a full-time councillor heading a department,
            ("Jugendamt", S),
            ("Jobcenter Auental", A),
            ("Integrationsbeirat", P),
        ],
        chair="Stadtrat für Jugend und Soziales",
    ),
    # negatives
    Case(
        "a recommendation to widen the group names no members",
        HEAD + "Die Umsetzung steuert die Lenkungsgruppe Integration, der das Sozialamt und das Jobcenter"
        " angehören. Die Gutachter empfehlen, die Lenkungsgruppe um die Wohnungsbaugesellschaft und die"
        " Hochschule zu erweitern.\n",
        ["Lenkungsgruppe Integration"],
        [("Sozialamt", S), ("Jobcenter", A)],
    ),
    *[
        Case(
            f"a sentence on the next page ({name}) under a heading of its own",
            HEAD + "4. Begleitkreis\nDer Begleitkreis begleitet die Umsetzung. Ihm gehören das Sozialamt und das"
            " Schulamt an." + page + "5. Sprachkurse\nAus der Zivilgesellschaft wirken der Seniorenbeirat und die"
            " Volkshochschule Auental an den Kursen mit." + END,
            ["Begleitkreis"],
            [("Sozialamt", S), ("Schulamt", S)],
        )
        for name, page in BREAKS.items()
    ],
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_members_over_pages(case: Case) -> None:
    check(case)


def test_a_working_group_set_up_beside_others_stays_a_group() -> None:
    """The near miss of a working group among members: set up beside other bodies, no membership verb
    listing it, it is a group, and its members are its own."""
    text = HEAD + (
        "Zur Umsetzung wurden die Lenkungsgruppe, das Sozialamt und der Arbeitskreis Sprache eingerichtet. Dem"
        " Arbeitskreis Sprache gehören die Volkshochschule Auental und der Caritasverband an.\n"
    )
    groups = groups_of(text)
    assert [g.group_name.split()[0] for g in groups] == ["Arbeitskreis"]
    assert [m.member for m in groups[0].members] == ["Volkshochschule Auental", "Caritasverband"]


def test_no_chair_from_a_passive_of_other_groups() -> None:
    """The near miss of the chair as a passive's agent: other groups led, each by one of the group's
    members ("Die Arbeitsgruppen werden jeweils von einem Mitglied des Lenkungskreises geleitet")."""
    text = HEAD + (
        "Dem Lenkungskreis gehören das Sozialamt, das Jobcenter Auental und die Volkshochschule Auental an."
        " Die Arbeitsgruppen werden jeweils von einem Mitglied des Lenkungskreises geleitet.\n"
    )
    groups = groups_of(text)
    assert [(g.group_name, g.chair) for g in groups] == [("Lenkungskreis", None)]
