"""facilitators: the person whose team takes the work over, in a clause after a semicolon ("…; die Begleitung
übernimmt das Team von Prof. Dr. Y"), joins the university's row; a selection panel's recommendation engages the
bidder it names ("Das Auswahlgremium empfiehlt die X GmbH mit Dr. Y als Projektleiter"); an office named by no
head word the entries know is read with its owner after it ("an Büroname – A und B, Inhaberin Z, Ort, vergeben"),
also where the owner's degree has parts without a hyphen ("Dipl.-Soz.päd."). Near misses: a recommendation of the
administration engages no one, a name with an owner outside any engagement is none (invented passages).
"""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

CASES = [
    Case(
        "the team of a person taking the work over",
        "4. Wissenschaftliche Begleitung\nDie Umsetzung soll wissenschaftlich begleitet werden. Die Hochschule "
        "Lindenau, Fachbereich Soziale Arbeit, hat hierfür ein Konzept vorgelegt; die Begleitung übernimmt das Team "
        "von\nProf. Dr. Greta Hollmann.",
        [("Prof. Dr. Greta Hollmann", "Hochschule Lindenau, Fachbereich Soziale Arbeit", None)],
    ),
    Case(
        "a selection panel's recommendation",
        "5. Prozessbegleitung\nFür die Begleitung wurde ein Interessenbekundungsverfahren veröffentlicht. Vier Büros "
        "haben sich beworben. Das Auswahlgremium empfiehlt einstimmig die Quartierwerk Beratung GmbH, Uelzen, mit "
        "Dr. Jonas Brede als Projektleiter.",
        [("Dr. Jonas Brede", "Quartierwerk Beratung GmbH", None)],
    ),
    Case(
        "an office named with its owner in an apposition",
        "4. Moderation\nDie Moderation der Werkstätten wird an Brückenbau – Moderation und Beratung,\nInhaberin "
        "Kerstin Albers, Husum, vergeben.",
        [("Kerstin Albers", "Brückenbau – Moderation und Beratung", None)],
    ),
    Case(
        "an owner with a degree whose parts run on without a hyphen",
        "5. Moderation\nDie Moderation soll im Wege der Verhandlungsvergabe an Hafenblick Moderation & Coaching,\n"
        "Inhaberin Dipl.-Soz.päd. Ramona Kluth, Emden, vergeben werden.",
        [("Dipl.-Soz.päd. Ramona Kluth", "Hafenblick Moderation & Coaching", None)],
    ),
    Case(
        "the administration's recommendation engages no one",
        "5. Moderation\nDie Verwaltung empfiehlt, die Moderation erst im Herbst zu vergeben.",
        [],
    ),
    Case(
        "an owner outside any engagement",
        "Der Stadtteilladen Brückenbau – Treffpunkt und Beratung, Inhaberin Kerstin Albers, lädt zum Fest ein.",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_teams_panels_and_owners(case: Case) -> None:
    assert run(case.text) == case.expected
