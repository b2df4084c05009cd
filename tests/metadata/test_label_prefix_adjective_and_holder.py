"""Three header forms: a number label with a body's short form hyphenated before it ("KT-Drucksache
Nr. IX/0318"); a print that names its town nowhere in a letterhead, only in the running text and by
the town's adjective that drops the "e" of its name's "-en" ("Dresdner" → Dresden); and an office
with its town in a list of persons, its holder named after a comma ("Erster Bürgermeister der Stadt
X, Herr …"), which names a member, not the issuer."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import NOTHING, check

NUMBER_PAPER = """Landkreis Sigmaringen                                       Sitzungsvorlage
Landratsamt                                                 {label} {number}
Dezernat 3 – Jugend und Soziales

                                                            Vorlage-Status: öffentlich
Aktenzeichen: 431.02                                        Datum: 11.02.2031

Betreff:
Fortschreibung der Jugendhilfeplanung

Beschlussvorschlag:
Der Kreistag stimmt der Fortschreibung zu.
"""


@pytest.mark.parametrize(
    "label, number",
    [("KT-Drucksache Nr.", "IX/0412"), ("GR-Drucksache Nr.", "2031/118"), ("JHA-Drucksache Nr.", "VII/77")],
)
def test_a_body_s_short_form_before_the_number_label(label: str, number: str) -> None:
    check(NUMBER_PAPER.format(label=label, number=number), {"doc_number": number})


def test_a_lower_case_word_before_the_label_is_no_short_form() -> None:
    # "siehe-Drucksache" is no label of the header: nothing is read as its number
    check(NUMBER_PAPER.format(label="siehe-Drucksache Nr.", number="IX/0412"), {"doc_number": None})


RUNNING = """Telefon: 0 351-488 2210                                     Sozialamt
Telefax: 0 351-488 2299                                     Abteilung Integration

Fortschreibung des Integrationskonzepts

Sitzungsvorlage Nr. V 0815/31

1. Ausgangslage
{sentence}

2. Finanzierung
Der Eigenanteil {owner} beträgt 12.000,00 €.
"""


@pytest.mark.parametrize(
    "sentence, owner, expected",
    [
        (
            "Die Dresdner Volkshochschule und der Ausländerrat haben mitgewirkt.",
            "der Landeshauptstadt Dresden",
            {"municipality": "Dresden", "municipality_type": "Stadt"},
        ),
        # the kind and name alone, without the adjective, do not decide
        ("Die Volkshochschule und der Ausländerrat haben mitgewirkt.", "der Landeshauptstadt Dresden", NOTHING),
        # the adjective alone names a partner as often as the issuer
        ("Die Dresdner Volkshochschule und der Ausländerrat haben mitgewirkt.", "des Trägers", NOTHING),
        # an adjective of another town: no confirmation
        (
            "Die Bonner Volkshochschule und der Ausländerrat haben mitgewirkt.",
            "der Landeshauptstadt Dresden",
            NOTHING,
        ),
    ],
)
def test_the_town_s_adjective_that_drops_an_e(sentence: str, owner: str, expected: dict[str, str | None]) -> None:
    check(RUNNING.format(sentence=sentence, owner=owner), expected)


HOLDER = """Landratsamt Cham
Sachgebiet 21 – Soziales

                                                   Cham, 14.04.2031

SITZUNGSVORLAGE Nr. SV 2031/044

Gegenstand:   Steuerungsgruppe Integration – Neubesetzung

1. Zusammensetzung
Der Steuerungsgruppe gehören an:
    Landrat (Vorsitz)
    {member}
    Caritasverband für den Landkreis Cham e. V.
"""


def test_an_office_with_its_holder_named_after_it_is_a_member() -> None:
    check(
        HOLDER.format(member="Erster Bürgermeister der Stadt Roding, Herr Tobias Brand"),
        {"municipality": "Cham", "municipality_type": "Landkreis"},
    )


def test_the_office_without_a_holder_stays_the_issuer_s_heading() -> None:
    text = (
        "Der Erste Bürgermeister der Stadt Roding\nHauptamt\n\nBeschlussvorlage\n\n"
        "Betreff:\nNeubesetzung der Steuerungsgruppe\n\nBeschlussvorschlag:\nDer Stadtrat stimmt zu.\n"
    )
    check(text, {"municipality": "Roding"})


FLATTENED_ASSOCIATION = """Verbandsgemeindeverwaltung Rhein-Selz {right}
Fachbereich 2 – Soziales Datum: 02.03.2031

SITZUNGSVORLAGE

Betreff:
Neubau einer Kindertagesstätte
"""


@pytest.mark.parametrize("right", ["Vorlage VG/0098/2031", "Beschlussvorlage Nr. 2031/118"])
def test_an_association_s_letterhead_beside_its_type_and_number(right: str) -> None:
    # the right-hand column one space after the name, as a PDF's text layer sets it
    check(FLATTENED_ASSOCIATION.format(right=right), {"municipality": "Verbandsgemeinde Rhein-Selz"})


def test_an_office_and_a_number_after_the_association_s_name_are_no_type() -> None:
    check(FLATTENED_ASSOCIATION.format(right="Sozialamt 12"), {"municipality": None})


FLATTENED_CODE = """Große Kreisstadt Pirna Beschlussvorlage
Stadtverwaltung {label} {number}
Fachbereich Bürgerdienste Datum: 04.09.2031

Betreff
Fortschreibung des Integrationsplans
"""


@pytest.mark.parametrize(
    "label, number, expected",
    [
        ("Nr.:", "BV 2031/077", "BV 2031/077"),
        ("Vorlagen-Nr.:", "SV 2031/12", "SV 2031/12"),
        # a letter code after another label is no part of the id
        ("Az.:", "BV 2031/077", None),
    ],
)
def test_an_id_s_letter_code_under_a_flattened_type_column(label: str, number: str, expected: str | None) -> None:
    check(FLATTENED_CODE.format(label=label, number=number), {"doc_number": expected})


@pytest.mark.parametrize(
    ("lines", "subject"),
    [
        # a Roman-numbered heading run into the Betreff where an export dropped the blank line
        (
            "Gegenstand: Radverkehrsplan des Landkreises – Bericht über die\nUmsetzung 2027–2030\nI. Sachvortrag\n"
            "1. Ausgangslage",
            "Radverkehrsplan des Landkreises – Bericht über die Umsetzung 2027–2030",
        ),
        (
            "Gegenstand: Radverkehrsplan des Landkreises\nII. Beschlussvorschlag",
            "Radverkehrsplan des Landkreises",
        ),
        # a title whose line ends with a function word goes on, Roman numeral and all
        (
            "Gegenstand: Haushaltssatzung und\nII. Nachtragshaushalt\n\nI. Sachvortrag",
            "Haushaltssatzung und II. Nachtragshaushalt",
        ),
    ],
    ids=["heading-then-numbered-section", "heading-alone", "after-a-function-word"],
)
def test_a_roman_numbered_heading_ends_the_betreff(lines: str, subject: str) -> None:
    check(
        "Landratsamt Cham\n\nSITZUNGSVORLAGE Nr. SV 2031/012\n" + lines + "\nDer Kreistag hat beraten.\n",
        {"subject": subject},
    )
