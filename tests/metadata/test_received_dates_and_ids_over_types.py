"""A header's facts in four forms: a motion's day of receipt ("Eingang: 08.03.2027") as its date where nothing else
dates it, and not where a "Datum" does; an id alone in the letterhead's right-hand column over the paper's type word,
no label before it; a date label ending a line whose right-hand column a PDF's text layer set one space after the left
one, its date ending the next line; a letterhead's name wrapped after its link word ("… AN DER" / "…"). Every case is
invented: other towns, other numbers, other dates, the same forms."""

from __future__ import annotations

from tests.metadata.test_metadata import extract

BODY = "\nBetreff:\nFortschreibung des Integrationskonzepts\n\nBeschlussvorschlag:\nDer Rat beschließt.\n"

MOTION = (
    "Stadt Lindenau                                                   Vorlage Nr. A/0031/2026\n"
    "Ratsbüro                                                         Antrag\n"
    "                                                                 öffentlich\n"
    "                                                                 Eingang: 16.02.2026\n"
)


def test_the_day_of_receipt_dates_a_motion() -> None:
    assert extract(MOTION + BODY).get("doc_date") == "2026-02-16"


def test_a_date_label_goes_before_the_day_of_receipt() -> None:
    dated = MOTION.replace("öffentlich\n", "Datum: 19.02.2026\n")
    assert extract(dated + BODY).get("doc_date") == "2026-02-19"


def test_a_receipt_in_a_longer_label_is_no_date() -> None:
    longer = MOTION.replace("Eingang: 16.02.2026", "Eingang des Antrags 16.02.2026")
    assert extract(longer + BODY).get("doc_date") is None


def test_an_id_over_the_type_word_in_the_right_hand_column() -> None:
    head = (
        "Stadt Lindenau                                                           26-01187\n"
        "Die Oberbürgermeisterin                                            Beschlussvorlage\n"
        "                                                                         öffentlich\n"
    )
    assert extract(head + BODY).get("doc_number") == "26-01187"


def test_a_bare_number_over_the_type_word_is_no_id() -> None:
    head = (
        "Stadt Lindenau                                                              118\n"
        "Die Oberbürgermeisterin                                            Beschlussvorlage\n"
    )
    assert extract(head + BODY).get("doc_number") is None


def test_a_date_ending_the_line_under_a_flattened_label() -> None:
    head = (
        "Stadt Lindenau 26-01187\nDie Oberbürgermeisterin Beschlussvorlage\n\n"
        "Organisationseinheit: Datum:\nDezernat III 03.03.2026\n50 Fachbereich Soziales\n"
    )
    assert extract(head + BODY).get("doc_date") == "2026-03-03"


def test_a_letterhead_wrapped_after_its_link_word() -> None:
    head = "STADTVERWALTUNG NEUSTADT AN DER\nWEINSTRASSE\nAbteilung 500 – Soziales\n\nVorlage Nr. 500/2026/014\n"
    assert extract(head + BODY).get("municipality") == "Neustadt an der Weinstraße"
