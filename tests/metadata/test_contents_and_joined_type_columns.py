"""Two heads: a paper printed in a committee's bundle after the bundle's table of contents (its entries, dotted to
their pages, name other papers' types and ids, "Mitteilungen des Magistrats ........ 27"), and a type column a PDF's
text layer joined with the number's and the status's ("Beschlussvorlage Drucksache 0317/2027 öffentlich"). Every
case is invented: other towns, other numbers, the same forms."""

from __future__ import annotations

from tests.metadata.test_metadata import check

BUNDLE = (
    "Sitzungsmappe · Sozialausschuss · 9. Sitzung am 12.03.2026\n\n"
    "                    Inhalt der Sitzungsmappe (Auszug)\n\n"
    "   TOP     Gegenstand                                         Vorlage          Seite\n"
    "   Ö 3     Mitteilungen des Bürgermeisters ........................................ 14\n"
    "   Ö 4     Leitbild Teilhabe ................................ SV/0041/2026 ........ 17\n"
    "   Ö 5     Zuschüsse an Vereine ............................. SV/0044/2026 ........ 23\n\n"
    "              [ Seiten 3 bis 16 hier nicht abgedruckt ]\n\f"
    "MAGISTRAT DER STADT NORDHAUSEN\nAmt für Soziales\n\n"
    "Sitzungsvorlage                     SV/0041/2026                       öffentlich\n"
    "Datum: 02.03.2026                   Verfasser: Jan Ohm\n\n"
    "Betreff:  Leitbild Teilhabe\n\nBeschlussvorschlag:\nDer Ausschuss empfiehlt das Leitbild.\n"
)


def test_a_bundles_contents_name_no_type_of_the_paper() -> None:
    check(BUNDLE, {"doc_number": "SV/0041/2026", "doc_type": "Sitzungsvorlage"})


JOINED = (
    "STADT DORSTEN Der Bürgermeister\nFachbereich 5 – Soziales\n\n"
    "Beschlussvorlage Drucksache 0208/2026 öffentlich\nDatum 14.03.2026\nAuskunft Herr Lenz\n\n"
    "Betreff\nLeitbild Teilhabe\n\nBeschlussvorschlag\nDer Rat beschließt das Leitbild.\n"
)


def test_a_type_column_joined_with_the_number_and_the_status() -> None:
    check(JOINED, {"doc_number": "0208/2026", "doc_type": "Beschlussvorlage"})


def test_near_miss_a_drucksache_named_in_a_sentence_is_no_heading() -> None:
    text = (
        "STADT DORSTEN Der Bürgermeister\n\nMitteilungsvorlage\nDatum 14.03.2026\n\n"
        "Betreff\nBericht zur Beschlussvorlage Drucksache 0099/2025 über das Leitbild und seine Umsetzung\n"
    )
    check(text, {"doc_number": None})
