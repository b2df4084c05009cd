"""Members in a gap table "Bereich | Institution | Person" whose person column addresses each person ("Herr
Stadtrat Uwe Beispiel", "Frau Bürgermeisterin" over the name): under a column headed as the persons' they
are the members, the institution beside them their label; a sector's rows whose lines the table model joined
into one row give one member each. As the text gives it and as a PDF's text layer (one space). Near miss:
the same persons under "Vertreter/in" are the contacts of the member bodies, the bodies the members. Every
case is invented."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

HEAD = "Stadt Nordheide\nBeschlussvorlage\n\nBetreff: Integrationskonzept\n\n"
TAIL = "\n\nFinanzielle Auswirkungen\nEs entstehen keine Kosten.\n"
LEAD = (
    "3. Lenkungsgruppe\nDie Lenkungsgruppe steuert die Umsetzung des Programms. Sie besteht aus zehn\n"
    "Mitgliedern; den Vorsitz führt die Bürgermeisterin für Soziales.\n\n"
)
TABLE = (
    "   Bereich            Institution                               {persons}\n"
    "   Verwaltung         Dezernat 2                                Frau Bürgermeisterin\n"
    "                                                                Dr. Greta Lindqvist\n"
    "                      Sozialamt, Abt. 50.1                      Herr Paul Engelhardt\n"
    "                      Amt für Jugend                            Frau Ida Rothmann\n"
    "   Stadtrat           Fraktion A                                Herr Stadtrat Ole Brandtner\n"
    "                      Fraktion B                                Frau Stadträtin Selin Aydemir\n"
    "                      Fraktion C                                Herr Stadtrat Jonas Wetzel\n"
    "   Beirat             Integrationsbeirat Nordheide              Herr Dr. Kofi Mensah\n"
    "                                                                (Vorsitzender)\n"
    "   Behörden           Jobcenter Nordheide                       Frau Lea Brandstätter\n"
    "   Freie Träger       Caritasverband Nordheide e. V.            Herr Bernd Vossberg\n"
)
PERSONS = [
    "Bernd Vossberg",
    "Dr. Greta Lindqvist",
    "Dr. Kofi Mensah",
    "Ida Rothmann",
    "Jonas Wetzel",
    "Lea Brandstätter",
    "Ole Brandtner",
    "Paul Engelhardt",
    "Selin Aydemir",
]


def members(text: str) -> list[str]:
    return sorted(m.member for g in groups_of(text) for m in g.members)


def _flat(text: str) -> str:
    """The text as a PDF's text layer gives it: every run of spaces one space, no indent."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


@pytest.mark.parametrize("flat", [False, True], ids=["text", "pdf"])
def test_addressed_persons_under_a_persons_column_are_the_members(flat: bool) -> None:
    text = HEAD + LEAD + TABLE.format(persons="Person") + TAIL
    assert members(_flat(text) if flat else text) == PERSONS


BODIES = (
    "Institution                                 {persons}\n"
    "Sozialamt Nordheide                         Frau Ida Rothmann (Vorsitz)\n"
    "Jobcenter Nordheide                         Herr Paul Engelhardt\n"
    "Caritasverband Nordheide e. V.              Frau Lea Brandstätter\n"
)


@pytest.mark.parametrize("persons", ["Vertreter/in", "Person"])
def test_addressed_persons_beside_bodies(persons: str) -> None:
    found = members(HEAD + LEAD + BODIES.format(persons=persons) + TAIL)
    if persons == "Person":  # a column of persons: they are the members
        assert found == ["Ida Rothmann", "Lea Brandstätter", "Paul Engelhardt"]
    else:  # the representatives' column addresses the contacts of the member bodies
        assert found == ["Caritasverband Nordheide e. V.", "Jobcenter Nordheide", "Sozialamt Nordheide"]
