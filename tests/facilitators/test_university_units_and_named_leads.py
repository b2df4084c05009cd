"""facilitators: a university's institute named after a comma is one organisation with it ("Pädagogische
Hochschule X, Institut für Y"), and a person named "mit" the organisation "als" its lead joins its row
("das Institut X mit Frau Dr. Y als Projektleiterin"), not "als" another's representative (invented
examples).
A person after an official and a comma whose apposition names a trade of facilitation is engaged
("der Bürgermeister, Frau Y, freiberufliche Moderatorin, …")."""

from __future__ import annotations

from tests.facilitators.test_facilitators import run

HEAD = "Landkreis Uckerau\nBeschlussvorlage\n\n"


def test_an_institute_after_its_university_and_a_comma_is_one_organisation() -> None:
    text = HEAD + (
        "4. Wissenschaftliche Begleitung\nNach einer beschränkten Ausschreibung soll der Auftrag an die "
        "Pädagogische Hochschule Nordheim, Institut für Sozialforschung,\nvergeben werden. Die Projektleitung hat "
        "Prof. Dr. Hanna Roeder. Der Auftragswert beträgt\n21.400 EUR.\n"
    )
    assert run(text) == [
        ("Prof. Dr. Hanna Roeder", "Pädagogische Hochschule Nordheim, Institut für Sozialforschung", 21400.0)
    ]


def test_a_person_with_the_organisation_as_its_lead_joins_its_row() -> None:
    text = HEAD + (
        "5. Prozessbegleitung\nEs soll das Institut für Beteiligung und Quartier (IBQ) GmbH, Nordheim, mit Frau "
        "Dr. Lea Brand als Projektleiterin zum Angebotspreis von 12.000,00 € brutto beauftragt werden.\n"
    )
    assert run(text) == [("Dr. Lea Brand", "Institut für Beteiligung und Quartier (IBQ) GmbH", 12000.0)]


def test_a_person_with_the_organisation_as_no_lead_does_not_join_it() -> None:
    text = HEAD + (
        "5. Prozessbegleitung\nEs soll das Büro Stadtdialog GmbH mit der Moderation beauftragt werden; mit Frau "
        "Dr. Lea Brand als Vertreterin des Beirats wird das Angebot abgestimmt.\n"
    )
    assert (None, "Büro Stadtdialog GmbH", None) in run(text)


def test_a_person_after_the_mayor_with_a_trade_of_facilitation_is_engaged() -> None:
    text = HEAD + (
        "4. Moderation der Werkstätten\nNach Einholung von drei Angeboten beabsichtigt der Bürgermeister, Frau Jana "
        "Beispiel,\nfreiberufliche Moderatorin aus Nordheim, mit der Moderation zu beauftragen.\n"
    )
    assert [n for n, _, _ in run(text)] == ["Jana Beispiel"]


def test_the_mayor_named_with_an_apposition_of_office_is_no_facilitator() -> None:
    text = HEAD + (
        "4. Moderation der Werkstätten\nDie Moderation übernimmt das Büro Stadtdialog GmbH. Es berichtet dem "
        "Bürgermeister, Herrn Jan Muster, Leiter der Verwaltung, regelmäßig.\n"
    )
    assert [n for n, _, _ in run(text)] == [None]
