"""A table of bidders by their codes alone names no one: the winner is the organisation a later sentence
sets in apposition to its code, and the persons a sentence after it names "dort" are that organisation's;
a diploma's title hyphenated at a line's end is one title with its next line; a seat after an office's name
and "mit" before its person tie the person to it (invented examples, near misses among them)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Stadt Talheim\nBeschlussvorlage\n\nBegründung:\n\n3. Vergabe der Prozessbegleitung\n"
TABLE = (
    "Die Leistung wurde ausgeschrieben. Es gingen drei Angebote ein:\n\n"
    "   Bieter   Angebotspreis brutto   Punkte Preis   Punkte Konzept   Gesamt   Rang\n"
    "   A        21.000,00 €                 35              35            70       2\n"
    "   B        19.500,00 €                 40              48            88       1\n"
    "   C        24.300,00 €                 30              31            61       3\n\n"
)
END = "\n\n4. Finanzen\nDie Mittel stehen bereit.\n"
CASES = [
    Case(
        "the coded winner named after the table, its persons there",
        HEAD + TABLE + "Das wirtschaftlichste Angebot hat der Bieter B abgegeben, das Institut für Gemeinwesen und "
        "Sozialplanung Ober-Tal (IGS), Talheim. Die Prozessbegleitung übernehmen dort Frau Dipl.-\nSoz. Eva Kranz "
        "und Herr Jan Ott. Die übrigen Bieter nennt der Vergabevermerk." + END,
        [
            ("Dipl.-Soz. Eva Kranz", "Institut für Gemeinwesen und Sozialplanung Ober-Tal (IGS)", 19500.0),
            ("Jan Ott", "Institut für Gemeinwesen und Sozialplanung Ober-Tal (IGS)", None),
        ],
    ),
    Case(
        "a coded winner that no sentence names: no row, not its letter",
        HEAD + TABLE + "Der Zuschlag soll auf das wirtschaftlichste Angebot erteilt werden." + END,
        [],
    ),
    Case(
        "another code in apposition names not the winner",
        HEAD + TABLE + "Der Bieter A, das Büro Stadtdialog, Talheim, lag auf Rang 2." + END,
        [],
    ),
    Case(
        "persons named there without an organisation engaged before them stay rows of their own",
        HEAD + "Die Moderation der Foren übernehmen dort Frau Eva Kranz und Herr Jan Ott." + END,
        [("Eva Kranz", None, None), ("Jan Ott", None, None)],
    ),
    Case(
        "a seat between an office and its person before mit",
        HEAD + "Moderiert hat die Werkstätten das Büro Talblick – Moderation & Beteiligung, Talheim, mit Frau "
        "Dipl.-Soz. Eva Kranz; ihr Honorar beträgt 9.800,00 € brutto." + END,
        [("Dipl.-Soz. Eva Kranz", "Büro Talblick – Moderation & Beteiligung", 9800.0)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_coded_bidders_and_staff_there(case: Case) -> None:
    assert run(case.text) == case.expected
