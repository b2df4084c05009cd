"""facilitators: an Austrian master's degree before a name ("Frau Mag. Verena Beispiel") is a title, its full stop
no sentence's end; a joint bid's word before a member's own name is dropped ("Bietergemeinschaft Beispiel Consult
GmbH" is the GmbH), a consortium named in quotation marks keeps it; an organisation named by its abbreviation and
legal form ("BIMB GmbH") is the one whose name its letters spell (invented examples)."""

from __future__ import annotations

from tests.facilitators.test_facilitators import run

HEAD = "Markt Beispielheim\nBeschlussvorlage\n\nBetreff: Integrationsleitlinien\n\n4. Moderation\n"


def test_an_austrian_degree_is_a_title() -> None:
    text = HEAD + (
        "Die Bilanzwerkstatt und zwei Sitzungen des Runden Tisches moderiert Frau\nMag. Verena Beispiel, freiberufliche"
        " Trainerin und Moderatorin aus Rosenheim. Mit ihr wurde\nein Honorarvertrag über pauschal 2.400,00 €"
        " zuzüglich Fahrtkosten geschlossen.\n"
    )
    assert run(text) == [("Mag. Verena Beispiel", None, 2400.0)]


def test_a_joint_bids_word_before_a_members_name_is_dropped() -> None:
    text = HEAD + "Die Moderation wird an die Bietergemeinschaft Beispiel Consult GmbH vergeben.\n"
    assert [org for _, org, _ in run(text)] == ["Beispiel Consult GmbH"]


def test_an_abbreviation_and_its_legal_form_name_the_spelled_organisation() -> None:
    text = HEAD + (
        "Für die Moderation soll ein Abruf aus dem Rahmenvertrag mit dem Auftragnehmer Bayerisches Institut für"
        " Moderation und Beteiligung GmbH (BIMB), Regensburg, erfolgen.\n\n"
        "Die Verwaltung wird beauftragt, die Moderation aus dem Rahmenvertrag mit der BIMB GmbH abzurufen.\n"
    )
    assert [org for _, org, _ in run(text)] == ["Bayerisches Institut für Moderation und Beteiligung GmbH"]
