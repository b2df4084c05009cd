"""Header forms of councils' information systems (invented papers of real towns, each with
negatives):

- a number label closing a right-hand column of the letterhead with its value in the cell under
  it ("Stadt X      Drucksachen-Nr." / "Der Oberbürgermeister      8734/2020-2025"); nothing
  when that cell holds no id;
- a row of labels over a row of their values ("Vorlage-Nr.   Dienststelle   Datum" / "VO/25/…
  Amt für …   07.04.2025"); nothing when the cells under the labels hold no id or date;
- the Betreff headed "Beratungsgegenstand (Bezeichnung des TOP)" or "Beratungsgegenstand:"; a
  title line opening with its label ("Titel: …") given without it;
- a paper of an association's office for one of its member municipalities, named with its kind
  under the association's letterhead ("Verbandsgemeindeverwaltung X" / "Ortsgemeinde Y"): the
  member's paper; a district named there is no member.
"""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import check, extract

_BODY = """
Beratungsfolge:
Sozialausschuss                         13.05.2025      Vorberatung
Rat                                     27.05.2025      Entscheidung

Begründung:
Das Konzept von 2019 ist weitgehend umgesetzt.
"""


_RIGHT_COLUMN = (
    "Stadt Bielefeld                                          Drucksachen-Nr.\n"
    "Der Oberbürgermeister                                    {value}\n"
    "Amt für Integration\n\nBeschlussvorlage der Verwaltung\n\nBetreff: Integrationskonzept\n" + _BODY
)
_LABEL_ROW = (
    "STADT REGENSBURG\nSozialreferat\n\n"
    "Vorlage-Nr.          Federführende Dienststelle           Datum\n"
    "{number}       Amt für Integration und Migration    {date}\n\n"
    "Beschlussvorlage\n\nBetreff:\nFortschreibung des Integrationskonzepts\n" + _BODY
)


@pytest.mark.parametrize(("value", "number"), [("5120/2020-2025", "5120/2020-2025"), ("wird nachgereicht", None)])
def test_a_number_under_its_label_in_a_right_hand_column(value: str, number: str | None) -> None:
    got = extract(_RIGHT_COLUMN.format(value=value))
    assert (got.get("doc_number"), got.get("municipality")) == (number, "Bielefeld")


@pytest.mark.parametrize(
    ("number", "date", "expected"),
    [
        ("VO/25/30112/50", "12.05.2025", ("VO/25/30112/50", "2025-05-12")),
        ("folgt         ", "siehe unten", (None, None)),
    ],
)
def test_a_row_of_labels_over_a_row_of_values(number: str, date: str, expected: tuple[str | None, str | None]) -> None:
    got = extract(_LABEL_ROW.format(number=number, date=date))
    assert (got.get("doc_number"), got.get("doc_date")) == expected


@pytest.mark.parametrize(
    "heading", ["Beratungsgegenstand (Bezeichnung des TOP)", "Beratungsgegenstand:", "Titel:"], ids=str
)
def test_the_subject_under_its_heading(heading: str) -> None:
    text = (
        "Stadt Bielefeld\nDer Oberbürgermeister\n\nBeschlussvorlage der Verwaltung\n\n"
        f"{heading}\nEinrichtung eines Lenkungskreises Integration\n" + _BODY
    )
    check(text, {"subject": "Einrichtung eines Lenkungskreises Integration"})


def test_a_title_line_is_given_without_its_label() -> None:
    text = (
        "Brüder-Grimm-Stadt Hanau\nDer Magistrat\n\n"
        "MAGISTRATSVORLAGE                                  Drucksache: 0231/2025\n"
        "an die Stadtverordnetenversammlung                 Datum: 03.03.2025\n\n"
        "Titel: Hanauer Integrationsstrategie – Einrichtung einer Lenkungsgruppe\n" + _BODY
    )
    check(text, {"subject": "Hanauer Integrationsstrategie – Einrichtung einer Lenkungsgruppe"})


_MEMBER_PAPER = """Verbandsgemeindeverwaltung Bodenheim
Fachbereich 1 – Bürgerdienste

{member}

Sitzungsvorlage                                        Vorlage-Nr.: OG-GB/007/2025
                                                       Datum: 12.05.2025

Beratungsgegenstand:
Zuschuss für das Dorffest

Beratungsfolge                                   Termin          Zuständigkeit
Ortsgemeinderat Gau-Bischofsheim                 03.06.2025      Entscheidung
"""


def test_the_member_named_under_the_association_issues_the_paper() -> None:
    check(
        _MEMBER_PAPER.format(member="Ortsgemeinde Gau-Bischofsheim"),
        {"municipality": "Gau-Bischofsheim", "municipality_type": "Gemeinde", "state": "Rheinland-Pfalz"},
    )


def test_a_district_under_the_association_is_no_member() -> None:
    check(
        _MEMBER_PAPER.format(member="Landkreis Mainz-Bingen"),
        {"municipality": "Verbandsgemeinde Bodenheim", "municipality_type": "Gemeinde"},
    )


# an Amt's paper as an export sets its narrow table: a body's name wrapped in its cell, the rest of
# it a place with its kind at a line's start ("… Sport der" / "Gemeinde Bordesholm"); the Gemeinde of
# the Amt's name is no member named under the letterhead, the Amt issues the paper
_AMT_PAPER = """Amt Bordesholm                                Bordesholm, 02.05.2027

Der Amtsvorsteher
Mühlenstraße 7 · 24582                        Aktenzeichen: 40.12

VORLAGE Nr. AB/2027/014                                          öffentlich

zur Sitzung Gremium                                     am               Art
            Ausschuss für Schule, Kultur
            und Sport {link}
            Gemeinde Bordesholm                         10.05.2027       vorberatend
            Amtsausschuss Bordesholm                    24.05.2027       beschließend

Betr.: Schulwegplan für die Grundschulen im Amtsbereich
"""


def test_a_body_wrapped_onto_a_place_with_its_kind_is_no_member_of_the_amt() -> None:
    check(_AMT_PAPER.format(link="der"), {"municipality": "Amt Bordesholm", "municipality_type": "Gemeinde"})


def test_an_office_over_its_municipality_still_names_the_issuer() -> None:
    text = "Der Bürgermeister der\nStadt Eutin\n\nBeschlussvorlage 2027/031\n\nBetreff: Schulwegplan\n" + _BODY
    check(text, {"municipality": "Eutin", "municipality_type": "Stadt"})
