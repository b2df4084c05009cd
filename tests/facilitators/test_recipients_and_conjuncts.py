"""facilitators: the one receiving the money for the role is engaged ("Zuwendungsempfänger für die
Moderation ist …"), and a person the sentence places "dort" after an adverb ("Fachlich zuständig ist
dort …") is of it; an article after a comma following a group in the genitive opens a conjunct, not
a relative clause of members, where the main clause's finite verb stands right before the name
(invented examples)."""

from __future__ import annotations

from tests.facilitators.test_facilitators import run

HEAD = "Stadt Wellendorf\nBeschlussvorlage\n\nBetreff: Integrationsplan\n\n"


def test_the_recipient_of_the_grant_for_the_role_is_engaged() -> None:
    text = (
        HEAD + "2. Moderation\n\nZuwendungsempfänger für die Moderation ist die Nachbarschaftshaus Kieselgrund gGmbH,"
        " die den Stadtteiltreff betreibt. Fachlich zuständig ist dort Herr Bastian Oelke.\n"
    )
    assert run(text) == [("Bastian Oelke", "Nachbarschaftshaus Kieselgrund gGmbH", None)]


def test_a_conjunct_after_a_group_in_the_genitive_is_no_relative_clause() -> None:
    text = (
        HEAD + "3. Begleitung\n\nMit der Moderation der Treffen des Arbeitskreises, der Pflege der Daten und dem"
        " Bericht soll Frau Dr. Ines Wolfram, Büro Stadtdaten Weser, beauftragt werden.\n"
    )
    assert run(text) == [("Dr. Ines Wolfram", "Büro Stadtdaten Weser", None)]


def test_a_relative_clause_of_a_group_still_names_its_members() -> None:
    text = (
        HEAD + "3. Begleitung\n\nDie Moderation übernimmt die Stadtteilagentur Rhode GmbH. Beraten wird sie vom"
        " Arbeitskreis, dem Vertreter der Caritas Wellendorf angehören.\n"
    )
    assert [f for f in run(text) if f[1] and "Caritas" in f[1]] == []
