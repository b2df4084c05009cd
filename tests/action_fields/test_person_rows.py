"""action_fields: a numbered table of fields and the persons speaking for them, as a PDF sets it with the gaps
closed ("1 Frühe Bildung Jana Brückner monatlich"), a field wrapped after a word that ends no name, the persons'
institutions under them (invented examples, with near misses)."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

HEAD = "Stadt Rotenfels\nVorlage 2027/114\n\nBetreff: Arbeitsgruppen Integration\n\n"
LEAD = "Zu jedem Handlungsfeld des Konzepts arbeitet eine Gruppe; die Sprecher wurden gewählt.\n\n"
TABLE = (
    "AG Handlungsfeld Sprecherin / Sprecher Treffen\n"
    "─── ───────────────────────── ──────────────────\n"
    "──────────\n"
    "1 Frühe Bildung Jana Brückner monatlich\n"
    "(Kita Am Hang)\n"
    "2 Wohnen und Leben in den Dr. Ole Petersen quartalsweise\n"
    "Dörfern (Bauverein)\n"
    "3 Gesundheit Frau Aylin Demir quartalsweise\n"
    "(Gesundheitsamt)\n"
    "4 Sport, Kultur und Vereine Tobias Lindner halbjährlich\n"
)
TAIL = "\nDie Gruppen berichten dem Rat einmal im Jahr.\n"


def _read(table: str, lead: str = LEAD) -> list[str]:
    return labels(HEAD + lead + table + TAIL)


def test_the_fields_stand_before_the_persons_of_the_next_column() -> None:
    expected = ["Frühe Bildung", "Wohnen und Leben in den Dörfern", "Gesundheit", "Sport, Kultur und Vereine"]
    assert _read(TABLE) == expected


def test_rows_without_a_person_give_nothing() -> None:
    table = TABLE.replace("Jana Brückner ", "").replace("Dr. Ole Petersen ", "").replace("Frau Aylin Demir ", "")
    assert _read(table.replace("Tobias Lindner ", "")) == []


def test_rows_numbered_otherwise_give_nothing() -> None:
    table = TABLE.replace("\n1 Frühe", "\n4 Frühe").replace("\n4 Sport", "\n1 Sport")
    assert _read(table) == []


def test_a_sentence_over_the_rows_is_no_header() -> None:
    table = TABLE.replace(
        "AG Handlungsfeld Sprecherin / Sprecher Treffen\n",
        "Jedes Handlungsfeld hat eine Sprecherin oder einen Sprecher.\n",
    )
    assert _read(table, lead="") == []
