"""A title under a header form whose gaps a PDF's text layer closed: a long title's word broken at a
line's end ("… des Hand-" / "lungsprogramms"), which makes it no longer; a contact's label line
whose value ends in a telephone number above it, a line of the form however many words it holds. A
labelled line naming no number stays a title's (invented examples)."""

from __future__ import annotations

from tests.metadata.test_metadata import extract

BROKEN = """S T A D T N E U S T A D T

Vorlagenart Beschlussvorlage
Vorlagen-Nr. BV/0071/2031
Datum 26.01.2031

Bezeichnung
Auswertung des Teilhabeplans 2026–2030 und Beschluss des Hand-
lungsprogramms
Teilhabe 2031–2035 mit wissenschaftlicher Begleitung

Beratungsfolge:
Sozialausschuss 12.02.2031 Vorberatung
Stadtrat 26.02.2031 Beschluss

Beschlussvorschlag:
Der Stadtrat beschließt das Handlungsprogramm.
"""


def test_a_title_with_a_broken_word() -> None:
    assert extract(BROKEN)["subject"] == (
        "Auswertung des Teilhabeplans 2026–2030 und Beschluss des Handlungsprogramms Teilhabe 2031–2035 "
        "mit wissenschaftlicher Begleitung"
    )


CONTACT = """Gemeinde Neustadt · Der Gemeindevorstand · Rathausplatz 1 · 12345 Neustadt

Sitzungsvorlage
GV/0012/2031
Neustadt, 30.08.2031

Fachbereich: II – Soziales und Kultur
Bearbeitung: Frau Berger, Tel. 06051 7009-215

Teilhabekonzept „Neustadt für alle“
- Beschluss über die Leitsätze

Beratungsweg Termin Art Zweck
1. Gemeindevorstand ........ Mo 13.09.31 nö Weiterleitung
2. Gemeindevertretung ...... Do 07.10.31 ö Beschlussfassung

Beschlussvorschlag
Die Gemeindevertretung beschließt das Konzept.
"""


def test_a_contact_line_with_a_phone_number_above_the_title() -> None:
    assert extract(CONTACT)["subject"] == "Teilhabekonzept „Neustadt für alle“ - Beschluss über die Leitsätze"


FRAMED = """Hansestadt Neustadt
Der Bürgermeister Vorlage 2031/0314
Fachgruppe 40 – Schule, Sport und Kultur Art Beschlussvorlage
Status öffentlich
erstellt 23.08.2031
{rule}
Sportentwicklungsplan „Neustadt bewegt“ – Beschluss des Plans und
Fortführung
der Lenkungsgruppe
{rule}
Beratungsfolge
Datum Status Gremium Zuständigkeit
06.09.2031 Ö Sportausschuss Vorberatung
11.10.2031 Ö Rat der Hansestadt Neustadt Entscheidung

Beschlussvorschlag
Der Rat beschließt den Plan.
"""


def test_a_title_between_rules_under_a_form_without_a_blank_line() -> None:
    """The rules wrapped onto two lines each, as an export sets a rule wider than its page."""
    rule = "=" * 47 + "\n" + "=" * 43
    assert extract(FRAMED.format(rule=rule))["subject"] == (
        "Sportentwicklungsplan „Neustadt bewegt“ – Beschluss des Plans und Fortführung der Lenkungsgruppe"
    )


def test_a_three_line_title_under_its_label_alone() -> None:
    """The label "Bezeichnung" on its own line over a title of three lines is no line of the title."""
    text = BROKEN.replace("des Hand-\nlungsprogramms\n", "des\nHandlungsprogramms\n")
    assert extract(text)["subject"] == (
        "Auswertung des Teilhabeplans 2026–2030 und Beschluss des Handlungsprogramms Teilhabe 2031–2035 "
        "mit wissenschaftlicher Begleitung"
    )
