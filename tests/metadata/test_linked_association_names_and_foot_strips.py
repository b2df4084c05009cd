"""An association's name with a place name's linking word ("Verbandsgemeindeverwaltung Neuweiler an der
Lauter", in capitals "VERBANDSGEMEINDE NEUWEILER AM SEE") or with the Amt's members after it ("AMT
ZEHDENICK UND GEMEINDEN") is read whole, the linking words in lower case; the town its name holds,
named again in its address and its place and date line, is its seat, not the issuer. An office's
name in capitals with "UND GEMEINDEN" after other words ("AMT FÜR SCHULEN UND GEMEINDEN") stays none.
A number and a date printed only in a strip of fields at a page's foot, parted by middle dots
("Vorlage 3/114/2027 · Fachbereich 2 – … · erstellt 11.04.2027 · Seite 1 von 2"), are read where the
head gives no number; a dotted address line, two dotted fields and a head's own number are not
taken from it. A number's slash set apart by a space on each side ("Drucksache   14 / 2027") is read
closed up (invented examples)."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import check, extract

ASSOCIATED = """{letterhead}                                   Beschlussvorlage
Der Amtsdirektor                                            AB/044/2027
Fachbereich 3 – Soziales                                    öffentlich
Marktplatz 1 · 16792 Zehdenick                              Zehdenick, 03.05.2027


Betreff:  Gemeinsames Leitbild der Gemeinden

Beratungsfolge:
Amtsausschuss                               24.05.2027   Entscheidung

Der Amtsausschuss beschließt das Leitbild.
"""


@pytest.mark.parametrize(
    ("letterhead", "issuer"),
    [
        ("Verbandsgemeindeverwaltung Neuweiler an der Lauter", "Verbandsgemeinde Neuweiler an der Lauter"),
        ("VERBANDSGEMEINDE NEUWEILER AM SEE", "Verbandsgemeinde Neuweiler am See"),
        ("AMT ZEHDENICK UND GEMEINDEN", "Amt Zehdenick und Gemeinden"),
        ("Amt Zehdenick und Gemeinden", "Amt Zehdenick und Gemeinden"),
    ],
)
def test_an_association_with_linking_words_or_its_members_is_the_issuer(letterhead: str, issuer: str) -> None:
    check(ASSOCIATED.format(letterhead=letterhead), {"municipality": issuer, "municipality_type": "Gemeinde"})


@pytest.mark.parametrize("letterhead", ["AMT FÜR SCHULEN UND GEMEINDEN", "Amt für Schulen und Gemeinden"])
def test_an_office_with_members_after_it_is_no_association(letterhead: str) -> None:
    assert not str(extract(ASSOCIATED.format(letterhead=letterhead)).get("municipality") or "").startswith("Amt")


FOOTED = """Gemeindeverwaltung Wiesental
Am Markt 2 · 99999 Wiesental


Sitzungsvorlage


Leitbild Vielfalt der Gemeinde Wiesental – Entwurf und Beteiligung


Beratungsfolge
Gremium                         Termin        Art
Hauptausschuss                  18.05.2027    Vorberatung
Gemeinderat                     01.06.2027    Entscheidung

Beschlussvorschlag
Der Gemeinderat stimmt dem Entwurf zu.

Sachverhalt
Die Verwaltung hat einen Entwurf erarbeitet.



{foot}
"""
STRIP = "Vorlage 3/114/2027 · Fachbereich 2 – Bürgerdienste · Bearb.: Herr Falk · erstellt 11.04.2027 · Seite 1 von 2"
BLOCK = "Vorlage 2027/0311/2 · Beschlussvorlage · öffentlich · erstellt am 12.04.2027"


@pytest.mark.parametrize(
    ("foot", "number", "date"),
    [(STRIP, "3/114/2027", "2027-04-11"), (BLOCK, "2027/0311/2", "2027-04-12")],
    ids=["running foot", "foot block"],
)
def test_the_number_and_date_of_a_foot_strip(foot: str, number: str, date: str) -> None:
    check(FOOTED.format(foot=foot), {"doc_number": number, "doc_date": date})


@pytest.mark.parametrize(
    "foot",
    [
        "Am Markt 2 · 99999 Wiesental · Tel. 03601 4470 · erstellt 11.04.2027",  # no number label opens it
        "Vorlage 3/114/2027 · Seite 1 von 2",  # two fields are no strip
    ],
)
def test_no_number_from_what_is_no_strip(foot: str) -> None:
    assert "doc_number" not in extract(FOOTED.format(foot=foot))


def test_the_heads_number_over_a_foot_strip() -> None:
    text = FOOTED.format(foot=STRIP).replace("Sitzungsvorlage\n", "Sitzungsvorlage Nr. 5/200/2027\n", 1)
    check(text, {"doc_number": "5/200/2027"})


def test_a_slash_set_apart_by_spaces_is_closed_up() -> None:
    text = "STADT WIESENTAL                                 Drucksache   14 / 2027\n\n" + FOOTED.format(foot="")
    check(text, {"doc_number": "14/2027"})


DOTTED_HEAD = """                         Stadt Wiesental
                         Der Bürgermeister

                  Informationsvorlage Nr. IV 0118/2027

Fachbereich Soziales · Sachgebiet Teilhabe ·
Bearbeiterin: Frau Ina Roth · Tel. 03601 447-12 · {place}, den 14.04.2027
______________________________________________________________________________

Gegenstand:   Bericht zur Umsetzung des Leitbilds Vielfalt
______________________________________________________________________________

Beratungsfolge:
   Gremium                                Sitzung       Beratungsziel
   Ausschuss für Soziales                 03.05.2027    Kenntnisnahme
   Gemeinderat                            17.05.2027    Kenntnisnahme
"""


def test_a_place_and_date_ending_a_dotted_strip_dates_the_paper() -> None:
    check(DOTTED_HEAD.format(place="Erfurt"), {"doc_date": "2027-04-14"})


def test_words_that_name_no_place_before_the_date_of_a_dotted_strip_date_nothing() -> None:
    assert "doc_date" not in extract(DOTTED_HEAD.format(place="Vorlagenentwurf"))


def test_a_foot_strip_wrapped_onto_the_next_line() -> None:
    foot = (
        "Vorlage 3/114/2027 · Fachbereich 2 – Bürgerdienste · Bearb.:\nHerr Falk · erstellt 11.04.2027 · Seite 1 von 2"
    )
    check(FOOTED.format(foot=foot), {"doc_number": "3/114/2027", "doc_date": "2027-04-11"})
