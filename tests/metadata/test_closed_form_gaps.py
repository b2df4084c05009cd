"""A header form whose gaps a PDF export closed: a type label one space before its value
("Vorlagenart Beschlussvorlage") names the type, not a compound label under it that opens with a
type word ("Vorlagen-Nr."), and a label followed by a word that names no type gives nothing of its
own; a subject's label alone on its line without a colon ("Bezeichnung") over the title, no blank
line between the form's lines; a title set apart by a blank line under a label line with a long
value, as an export that sets a blank line after every line gives it (invented examples)."""

from __future__ import annotations

from tests.metadata.test_metadata import extract

FORM = """S T A D T N E U S T A D T

Vorlagenart {kind}
Vorlagen-Nr. BV/0071/2031
Datum 26.01.2031

Bezeichnung
Auswertung des Teilhabeplans 2026–2030

Beratungsfolge:
Sozialausschuss 12.02.2031 Vorberatung
Stadtrat 26.02.2031 Beschluss

Beschlussvorschlag:
Der Stadtrat beschließt das Handlungsprogramm.
"""


def test_a_type_after_its_label_and_one_space() -> None:
    assert extract(FORM.format(kind="Beschlussvorlage"))["doc_type"] == "Beschlussvorlage"
    assert extract(FORM.format(kind="Informationsvorlage"))["doc_type"] == "Informationsvorlage"


def test_a_label_before_a_word_naming_no_type() -> None:
    assert extract(FORM.format(kind="Bürgermeister"))["doc_type"] != "Bürgermeister"


CLOSED = """S T A D T N E U S T A D T
Vorlagenart Beschlussvorlage
Vorlagen-Nr. BV/0071/2031
Einreicher Bürgermeister
Datum 26.01.2031
Bezeichnung
Auswertung des Teilhabeplans 2026–2030 und Beschluss des
Handlungsprogramms
Teilhabe 2031–2035 mit wissenschaftlicher Begleitung
Beratungsfolge:
Sozialausschuss 12.02.2031 Vorberatung
Stadtrat 26.02.2031 Beschluss
Beschlussvorschlag:
Der Stadtrat beschließt das Handlungsprogramm.
"""


def test_a_title_under_its_label_alone_without_a_colon() -> None:
    assert extract(CLOSED)["subject"] == (
        "Auswertung des Teilhabeplans 2026–2030 und Beschluss des Handlungsprogramms Teilhabe 2031–2035 "
        "mit wissenschaftlicher Begleitung"
    )


SET_APART = """Hanse- und Universitätsstadt Musterhude Beschlussvorlage

Der Bürgermeister Vorlage-Nr.: 12/0417

Datum: 14.01.2031

Federführend: Amt 50 – Amt für Bildung, Soziales und Integration

Bearbeiter/in: Muster, Erika

Beteiligt: Amt 20 – Finanzen; Integrationsbeauftragte

Fortschreibung des Teilhabeplans und Handlungsprogramm Teilhabe 2031–2035

Beratungsfolge:

Sozialausschuss 12.02.2031 Vorberatung

Gemeinderat 26.02.2031 Beschluss

Beschlussvorschlag:

Der Gemeinderat beschließt das Handlungsprogramm.
"""


def test_a_title_set_apart_under_a_label_line_with_a_long_value() -> None:
    assert extract(SET_APART)["subject"] == "Fortschreibung des Teilhabeplans und Handlungsprogramm Teilhabe 2031–2035"
