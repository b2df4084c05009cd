"""A facilitator named only as the payee of a list of payments (a Belegliste of a Verwendungsnachweis,
invented): the row whose purpose speaks of facilitation names its payee, with the person a contact's
label names in the purpose; rows of other purposes, and a list without a purpose column, name no one."""

from __future__ import annotations

from tests.facilitators.test_facilitators import run

HEAD = (
    "Landkreis Beispielkreis\nVorlage Nr. KT-011/2027\n\n"
    "Für das Jahr 2026 wurde folgende Belegliste vorgelegt:\n\n"
    "  Lfd.  Zahltag     Empfänger                          Verwendungszweck                   Betrag €\n"
    "  ────  ──────────  ─────────────────────────────────  ─────────────────────────────────  ─────────\n"
    "  1     12.02.2026  Druckerei Lenz GmbH, Neustadt      Plakate und Handzettel              1.309,00\n"
)
FACILITATION = (
    "  2     20.03.2026  Dialog Nord – Beratung &           Moderation von zwei Werkstätten,    6.545,00\n"
    "                    Beteiligung PartG, Husum           1. Abschlag (Ansprechp. K. Wendt)\n"
)
TAIL = (
    "  3     03.04.2026  Bürgerhaus Mitte e. V.             Saalmiete Werkstatt                   450,00\n\n"
    "Der Rest wurde aus Eigenmitteln getragen.\n"
)


def test_the_payee_of_a_facilitation_row_with_its_contact() -> None:
    assert run(HEAD + FACILITATION + TAIL) == [("K. Wendt", "Dialog Nord – Beratung & Beteiligung PartG", None)]


def test_payees_of_other_purposes_are_no_facilitators() -> None:
    assert run(HEAD + TAIL) == []


def test_a_list_without_a_purpose_column_names_no_one() -> None:
    text = (HEAD + FACILITATION + TAIL).replace("Verwendungszweck", "Kostenstelle    ")
    assert run(text) == []
