"""A person set as an address block with the organisation and its town under the name (in a sentence and in a
table of labels and values whose gap stands for the colon), the work as the object before "leitet" naming
the lead of the organisation engaged, a bracket naming an institute's section and its lead, and an institute
named in the sentence after its university; and what is none, among it a table run into a sentence after a blank
line (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Gemeinde Kirchbrunn\nBeschlussvorlage\n\n"
CASES = [
    Case(
        "an address block inside the award's sentence: the name ends at its line, the organisation under it",
        HEAD + "IV. Moderation und Prozessbegleitung\nDie Gemeinde hat drei freiberufliche Moderatorinnen und "
        "Moderatoren aus der Region um ein\nAngebot gebeten. Vorgeschlagen wird, den Auftrag an\n\n"
        "      Frau Dipl.-Päd. Lea Brandt\n      Dialog & Beteiligung, Heidelberg\n\nzu vergeben. Sie moderiert "
        "die Sitzungen des Runden Tisches, zwei Bürgerwerkstätten und ein\nVereinsforum und fasst die Ergebnisse "
        "zu einem Konzeptentwurf zusammen.\n",
        [("Dipl.-Päd. Lea Brandt", "Dialog & Beteiligung", None)],
    ),
    Case(
        "a table of labels and values: the gap stands for the colon, the organisation on the value's next line",
        HEAD + "4. Moderation der Werkstätten\nFür die Moderation wurden zwei Angebote eingeholt.\n\n"
        "  Auftragnehmerin         Dipl.-Päd. Lea Brandt\n"
        "                          Moderation & Prozessbegleitung, Gelnhausen\n"
        "  Leistung                3 Werkstätten, Dokumentation\n",
        [("Dipl.-Päd. Lea Brandt", "Moderation & Prozessbegleitung", None)],
    ),
    Case(
        "the work as the object before 'leitet': the lead of the university engaged",
        HEAD + "5. Wissenschaftliche Begleitung\nAuf die Anfrage der Gemeinde hat die Hochschule Kirchbrunn ein "
        "Angebot über 20.000,00 Euro abgegeben. Die Begleitung leitet Frau Prof. Dr. Ida Moll.\n",
        [("Prof. Dr. Ida Moll", "Hochschule Kirchbrunn", 20000.0)],
    ),
    Case(
        "an institute after its university, its section and lead in a bracket: one row",
        HEAD + "5. Wissenschaftliche Begleitung\nDie Umsetzung soll von der Universität Kirchbrunn begleitet "
        "werden. Mit dem Institut für Soziologie (Arbeitsbereich Migration, Leitung\nProf. Dr. Ida Moll) ist "
        "eine Kooperationsvereinbarung abgestimmt.\n",
        [("Prof. Dr. Ida Moll", "Institut für Soziologie", None)],
    ),
    # none
    Case(
        "a name wrapped in a sentence is no address block",
        HEAD + "4. Moderation\nDie Moderation übernimmt nach dem Beschluss des Rates Frau Dipl.-Päd. Lea\n"
        "Brandt, Heidelberg.\n",
        [("Dipl.-Päd. Lea Brandt", None, None)],
    ),
    Case(
        "a members table run into the sentence after its blank line is no subject of the sentence's role verb",
        "Landkreis Uckerau\nBeschlussvorlage\n\nLenkungskreis Integration\nDer Lenkungskreis hat zwölf Mitglieder:\n\n"
        "Institution vertreten durch\nKreistag, Fraktion SPD Yasemin Krause\n"
        "AWO Kreisverband Uckerau e. V. Thomas Gieseler, Migrationsberatung\n"
        "Kreisvolkshochschule Uckerau Leiterin der Kreisvolkshochschule\n\n"
        "Die Sitzungen bereitet die Integrationskoordination vor und moderiert sie; eine\nexterne\n"
        "Moderation ist nicht vorgesehen.\n",
        [],
    ),
    Case(
        "a given name alone after the salutation (its surname cut off) names no one",
        HEAD + "3. Der Auftrag zur Moderation und Prozessbegleitung wird an Frau Carolin\n",
        [],
    ),
    Case(
        "a table of labels and values whose value is no person names no one",
        HEAD + "4. Ablauf\n  Moderation              Frühjahr 2028, Rathaus\n  Ort                     Großer Saal\n",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_address_blocks_and_institutes(case: Case) -> None:
    assert run(case.text) == case.expected
