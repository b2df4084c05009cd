"""Steering members in forms of lists and sheets (invented examples, each with negatives):

- a list of members set two a line, without a header, a right-hand cell wrapped under its column
  over lines, the chair marked "(Vorsitz)"; a row of a person and an office stays one member;
- a profile sheet whose chair line names the person with her function after a comma and a second
  chair on the next line ("gemeinsam mit …"), its others' line "davon weitere Mitglieder: 2 (A; B,
  Fakultät …)" wrapped, the bracket's members apart by semicolons;
- a seat table after "Die Sitze verteilen sich wie folgt:", in the sentence after one that opens
  with a pronoun of the group ("Ihr gehören …") and names other groups;
- a numbered decision whose first point is a sentence ("1. Der Rat stimmt … zu.") over the point
  that sets up the group names no member.
"""

from __future__ import annotations

import pytest

from tests.steering.test_steering import Case, groups_of

_SHEET = "Gremium 1 – Lenkungskreis Integration (LKI)\nVorsitz:\n"
_SHEET_END = "\nDer Lenkungskreis legt dem Rat den Entwurf vor.\n"

CASES = [
    Case(
        "a list two a line, a right-hand cell wrapped under its column",
        "3. Begleitkreis\n"
        "Der Begleitkreis berät die Verwaltung bei der Fortschreibung. Dem Begleitkreis gehören an:\n\n"
        "Amt für Soziales (Vorsitz)                  Jobcenter Musterstadt\n"
        "Amt für Schule und Sport                    Agentur für Arbeit Musterstadt\n"
        "Caritasverband Musterstadt e. V.            Hochschule Musterstadt, Fakultät\n"
        "                                            Soziale Arbeit\n\n"
        "Der Begleitkreis tritt dreimal zusammen.\n",
        ["Begleitkreis"],
        [
            ("Amt für Soziales", "administration"),
            ("Jobcenter Musterstadt", "public_agency"),
            ("Amt für Schule und Sport", "administration"),
            ("Agentur für Arbeit Musterstadt", "public_agency"),
            ("Caritasverband Musterstadt e. V.", "welfare"),
            ("Hochschule Musterstadt, Fakultät Soziale Arbeit", "research"),
        ],
        chair="Amt für Soziales",
    ),
    Case(
        "a person beside her office is one member, not two",
        "3. Begleitkreis\n"
        "Der Begleitkreis berät die Verwaltung bei der Fortschreibung. Dem Begleitkreis gehören an:\n\n"
        "Frau Anna Roth                              Amt für Schule und Sport\n"
        "Herr Jan Petersen                           Jobcenter Musterstadt\n\n"
        "Der Begleitkreis tritt dreimal zusammen.\n",
        ["Begleitkreis"],
        [("Amt für Schule und Sport", "administration"), ("Jobcenter Musterstadt", "public_agency")],
    ),
    Case(
        "a sheet: the chair's function after a comma, a second chair, others apart by semicolons",
        _SHEET + "Dr. Anna Beispiel, Beigeordnete für Soziales,\n"
        "gemeinsam mit Murat Demir, Vorsitzender des Integrationsrates\n"
        "Anzahl Mitglieder: 9\n"
        "davon aus der Verwaltung: 3\n"
        "u. a. aus folgenden Ämtern:\n"
        "– Amt für Schule\n"
        "– Sozialamt\n"
        "davon weitere Mitglieder: 2 (Jobcenter Musterstadt; Hochschule Musterstadt,\n"
        "Fakultät Soziale Arbeit)\n" + _SHEET_END,
        ["Lenkungskreis Integration (LKI)"],
        [
            ("Dr. Anna Beispiel", "other"),
            ("Murat Demir", "politics"),
            ("Amt für Schule", "administration"),
            ("Sozialamt", "administration"),
            ("Jobcenter Musterstadt", "public_agency"),
            ("Hochschule Musterstadt, Fakultät Soziale Arbeit", "research"),
        ],
        chair="Dr. Anna Beispiel",
        size=9,
    ),
    Case(
        "a sheet: an office over two lines as the chair has no second chair",
        _SHEET + "Amt für Soziales\n"
        "und Jugendamt\n"
        "Anzahl Mitglieder: 9\n"
        "davon weitere Mitglieder: 2 (Jobcenter Musterstadt, Caritasverband Musterstadt)\n" + _SHEET_END,
        ["Lenkungskreis Integration (LKI)"],
        [
            ("Amt für Soziales", "administration"),
            ("Jobcenter Musterstadt", "public_agency"),
            ("Caritasverband Musterstadt", "welfare"),
        ],
        chair="Amt für Soziales",
        size=9,
    ),
    Case(
        "a seat table after the seats' sentence, past a sentence naming other groups",
        "4. Lenkungsgruppe\n"
        "Die Lenkungsgruppe führt die Ergebnisse zusammen und legt dem Rat den Entwurf vor. Ihr gehören je\n"
        "zwei Personen aus Rat, Verwaltung und Vereinen an; die Sprecher der Arbeitsgruppen nehmen\n"
        "beratend teil. Die Sitze verteilen sich wie folgt:\n\n"
        "Entsendende Stelle                                   Sitze\n"
        "Fraktionen des Rates                                   2\n"
        "Amt für Soziales                                       2\n"
        "Sportbund Musterstadt e. V.                            1\n"
        "Freiwilligenagentur Musterstadt                        1\n"
        "insgesamt                                              6\n\n"
        "Die Lenkungsgruppe tagt viermal.\n",
        ["Lenkungsgruppe"],
        [
            ("Fraktionen des Rates", "politics"),
            ("Amt für Soziales", "administration"),
            ("Sportbund Musterstadt e. V.", "civil_society"),
            ("Freiwilligenagentur Musterstadt", "civil_society"),
        ],
    ),
    Case(
        "the size is the seat table's total, not the seats its sentence counts",
        "4. Lenkungsgruppe\n"
        "Die Lenkungsgruppe führt die Ergebnisse zusammen und legt dem Rat den Entwurf vor. Ihr gehören je\n"
        "zwei Personen aus Rat, Verwaltung und Vereinen an; die Sprecher der Arbeitsgruppen nehmen\n"
        "beratend teil. Die Sitze verteilen sich wie folgt:\n\n"
        "Entsendende Stelle                                   Sitze\n"
        "Fraktionen des Rates                                   2\n"
        "Amt für Soziales                                       2\n"
        "Sportbund Musterstadt e. V.                            1\n"
        "Freiwilligenagentur Musterstadt                        1\n"
        "Seniorenbeirat                                         1\n"
        "insgesamt                                              7\n\n"
        "Die Lenkungsgruppe tagt viermal.\n",
        ["Lenkungsgruppe"],
        [
            ("Fraktionen des Rates", "politics"),
            ("Amt für Soziales", "administration"),
            ("Sportbund Musterstadt e. V.", "civil_society"),
            ("Freiwilligenagentur Musterstadt", "civil_society"),
            ("Seniorenbeirat", "politics"),
        ],
        size=7,
    ),
    Case(
        "seat categories alone name no member",
        "4. Lenkungsgruppe\n"
        "Die Lenkungsgruppe führt die Ergebnisse zusammen und legt dem Rat den Entwurf vor. Ihr gehören je\n"
        "zwei Personen aus Rat, Verwaltung und Vereinen an.\n\n"
        "5. Kosten\nDie Kosten trägt die Stadt.\n",
        ["Lenkungsgruppe"],
        [],
    ),
    Case(
        "the chair's office named by the person in an apposition after it",
        "3. Steuerungsgruppe\n"
        "Der bestehenden Steuerungsgruppe (ständig dabei: Sozialamt, Jobcenter Musterkreis) obliegt die"
        " Steuerung des Prozesses. Den Vorsitz führt die Beigeordnete für Soziales, Frau Dr. Anna Beispiel.\n",
        ["Steuerungsgruppe"],
        # the person of the office's sector, the office's word telling it
        [
            ("Sozialamt", "administration"),
            ("Jobcenter Musterkreis", "public_agency"),
            ("Dr. Anna Beispiel", "administration"),
        ],
        chair="Dr. Anna Beispiel",
    ),
    Case(
        "a clause after the chair's office names no person",
        "3. Steuerungsgruppe\n"
        "Der bestehenden Steuerungsgruppe (ständig dabei: Sozialamt, Jobcenter Musterkreis) obliegt die"
        " Steuerung des Prozesses. Den Vorsitz führt die Beigeordnete für Soziales, die auch berichtet.\n",
        ["Steuerungsgruppe"],
        [
            ("Sozialamt", "administration"),
            ("Jobcenter Musterkreis", "public_agency"),
            ("Beigeordnete für Soziales", "administration"),
        ],
        chair="Beigeordnete für Soziales",
    ),
    Case(
        "a decision's first point is a sentence, no member",
        "Beschlussvorschlag:\n"
        "1. Der Rat stimmt der Fortschreibung des Konzepts in den genannten Handlungsfeldern zu.\n"
        "2. Für die Fortschreibung wird ein Begleitkreis eingerichtet.\n"
        "3. Die Verwaltung wird mit der Vergabe der Moderation beauftragt.\n\n"
        "Begründung:\nDas Konzept von 2019 ist umgesetzt.\n",
        ["Begleitkreis"],
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_tiled_lists_sheets_and_seat_lead_ins(case: Case) -> None:
    groups = groups_of(case.text)
    assert [g.group_name for g in groups] == case.names
    assert [(m.member, m.sector) for g in groups for m in g.members] == case.members
    if case.chair is not None:
        assert groups[0].chair == case.chair
    if case.size is not None:
        assert groups[0].size == case.size
