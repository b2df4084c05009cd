"""The title of a submission whose Beratungsfolge stands one cell a line under stacked column
words: the status cell of the last row ("Ö", "N") is left over after the rows and is no title;
the unlabelled title above the table is read instead."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import check, extract

TITLE = "Förderprogramm Nachbarschaft 2025 und Bildung eines Begleitkreises"


def stacked(status: str) -> str:
    rows = [
        ("03.03.2025", "Seniorenbeirat", "Anhörung"),
        ("10.03.2025", "Ausschuss für Kultur und Sport", "Vorberatung"),
        ("24.03.2025", "Rat der Stadt Lindenfeld", "Entscheidung"),
    ]
    cells = "\n".join(f"{date}\n{body}\n{role}\n{status}" for date, body, role in rows)
    return (
        "Stadt Lindenfeld\nDer Bürgermeister\n\n"
        "Beschlussvorlage                                   Drucksache 2025/0042\n"
        "                                                   öffentlich\n"
        "                                                   Lindenfeld, 12.02.2025\n\n"
        f"{TITLE}\n\n"
        f"Beratungsfolge:\nDatum\nGremium\nRolle\nStatus\n{cells}\n\n"
        "Beschlussvorschlag:\nDer Rat beschließt das Förderprogramm.\n\n"
        "Sachverhalt:\nDas Programm fördert Feste und Treffpunkte in den Stadtteilen.\n"
    )


@pytest.mark.parametrize("status", ["Ö", "N", "ö"])
def test_a_status_cell_left_after_the_rows_is_no_title(status: str) -> None:
    check(stacked(status), {"subject": TITLE, "doc_number": "2025/0042"})


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Beschlussvorlage Drucksache 2025/0042", "2025/0042"),
        ("Informationsvorlage Vorlage 17/2025", "17/2025"),
        ("Beschlussvorlage Drucksache Nr. 0815/25", "0815/25"),
        ("Beschlussvorlage Drucksache 12", None),  # a bare count is no number
        ("Beschlussvorlage Drucksache zur Sitzung am 3. März", None),
    ],
)
def test_a_generic_type_word_between_the_type_and_the_number(line: str, number: str | None) -> None:
    """An export joins the type and the number's column into one line, a single space between
    them: the generic type word ("Drucksache", "Vorlage") stands before the number."""
    text = (
        "Stadt Lindenfeld\nDer Bürgermeister\n\n"
        f"{line}\nöffentlich\nLindenfeld, 12.02.2025\n\n"
        "Betreff: Förderprogramm Nachbarschaft\n\nSachverhalt:\nDer Rat beschließt das Programm.\n"
    )
    check(text, {"doc_number": number})


def _run_together(title: str) -> str:
    """The header as pdftotext and pypdf give it: the form's right-hand column below its left one, no
    blank line around the unlabelled title under the place and date line (of a town the gazetteer
    knows)."""
    rows = "03.03.2025\nSeniorenbeirat\nAnhörung\nÖ\n24.03.2025\nRat der Stadt Goslar\nEntscheidung\nÖ"
    return (
        "Stadt Goslar\nDer Oberbürgermeister\nFachbereich Kultur und Sport\n"
        "Beschlussvorlage Drucksache 2025/0042\nöffentlich\nGoslar, 12.02.2025\n"
        f"{title}\nBeratungsfolge:\nDatum\nGremium\nRolle\nStatus\n{rows}\n"
        "Beschlussvorschlag:\nDer Rat beschließt das Förderprogramm.\n"
    )


def test_a_title_right_under_the_place_and_date_line() -> None:
    check(_run_together(TITLE), {"subject": TITLE, "doc_date": "2025-02-12"})


def test_a_sentence_under_the_place_and_date_line_is_no_title() -> None:
    sentence = "Die Vorlage wurde im Fachbereich abgestimmt."
    assert extract(_run_together(sentence)).get("subject") != sentence


@pytest.mark.parametrize(
    ("lines", "subject"),
    [
        (
            ["Betreff: Lärmaktionsplan 2025 und Bildung ei-", "ner", "", "Arbeitsgruppe"],
            "Lärmaktionsplan 2025 und Bildung einer Arbeitsgruppe",
        ),
        (
            ["Betreff: Neubau der Turnhalle, Vergabe der Planung,", "", "Projektsteuerung"],
            "Neubau der Turnhalle, Vergabe der Planung, Projektsteuerung",
        ),
        (["Betreff: Neubau der Turnhalle", "", "Projektsteuerung"], "Neubau der Turnhalle"),
    ],
    ids=["function-word", "comma", "whole-title"],
)
def test_a_betreff_broken_off_goes_on_after_one_blank_line(lines: list[str], subject: str) -> None:
    """An export that sets a blank line after each text box breaks the Betreff off where its line
    wrapped; a Betreff that ends as a title does keeps the blank line as its end."""
    text = (
        "Stadt Goslar\n\nBeschlussvorlage Nr. 2025/0042\n\n"
        + "\n".join(lines)
        + "\n\nSachverhalt:\n\nDer Rat beschließt.\n"
    )
    check(text, {"subject": subject})


@pytest.mark.parametrize(
    ("lines", "subject"),
    [
        # the title wrapped after a word, the prose opening with an article in capitals
        (
            "Stadtteilbericht Nordheim-West und Gesprächsreihe „Leben im\nQuartier“\n"
            "Der Ortsbeirat hatte die Verwaltung im März gebeten,\nüber den Bericht zu berichten.",
            "Stadtteilbericht Nordheim-West und Gesprächsreihe „Leben im Quartier“",
        ),
        (
            "Stadtteilbericht Nordheim-West\nEine Übersicht der Maßnahmen liegt bei.",
            "Stadtteilbericht Nordheim-West",
        ),
        # the title's line ends with a function word or a colon: its next line goes on with it
        (
            "Stadtteilbericht Nordheim-West und Fortschreibung für\nDie Brücke e. V.",
            "Stadtteilbericht Nordheim-West und Fortschreibung für Die Brücke e. V.",
        ),
        (
            "Stadtteilbericht Nordheim-West:\nDie nächsten Schritte",
            "Stadtteilbericht Nordheim-West: Die nächsten Schritte",
        ),
        # a line opening with a capital word that is no article goes on with the title
        (
            "Stadtteilbericht Nordheim-West und Gesprächsreihe\nDienstags im Quartier",
            "Stadtteilbericht Nordheim-West und Gesprächsreihe Dienstags im Quartier",
        ),
    ],
    ids=["wrapped-then-prose", "one-line-then-prose", "after-a-function-word", "after-a-colon", "no-article"],
)
def test_a_betreff_run_into_the_prose_after_it(lines: str, subject: str) -> None:
    """An export drops the blank line between the Betreff and the prose after it: a line opening
    with an article in capitals after a line that ends a phrase starts the prose."""
    text = (
        "Stadt Lindenfeld\nDer Oberbürgermeister\n\nMitteilung                     Drucksache 2025/0077\n\n"
        f"Betreff\n{lines}\n"
    )
    check(text, {"subject": subject})
