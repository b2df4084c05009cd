"""Header labels numbered as a form's sections ("1.  Gegenstand der Vorlage:" over its value,
"1. Titel: …" with it), as a district office's or a county's internal submission prints them;
and a numbered sentence that only opens with a label's word (invented examples)."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import extract

FORM = """Bezirksamt Marzahn-Hellersdorf von Berlin                      Berlin, den 02.03.2027
Abteilung Jugend und Familie                                    BA-Vorlage Nr.: IX/0207

                         Vorlage zur Beschlussfassung
               für das Bezirksamt, Sitzung am 16.03.2027

{label}

2.  Berichterstatterin:
    Bezirksstadträtin Frau Sina Albrecht

3.  Beschlussentwurf:
    Das Bezirksamt beschließt das Programm.
"""
TITLE = "Familienzentren in den Kiezen – Programm 2027–2029"


@pytest.mark.parametrize(
    "label",
    [
        f"1.  Gegenstand der Vorlage:\n    {TITLE}",
        "1.  Gegenstand der Vorlage:\n    Familienzentren in den Kiezen – Programm\n    2027–2029",
        f"1. Titel: {TITLE}",
    ],
    ids=["over-its-value", "over-its-wrapped-value", "inline"],
)
def test_a_numbered_label_gives_the_subject(label: str) -> None:
    assert extract(FORM.format(label=label)).get("subject") == TITLE


def test_a_numbered_sentence_opening_with_a_labels_word_is_no_subject() -> None:
    got = extract(FORM.format(label="1.  Titel und Gegenstand des Programms sind im Anhang beschrieben."))
    assert got.get("subject") != "und Gegenstand des Programms sind im Anhang beschrieben."
