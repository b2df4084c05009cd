"""Consultations as the page of one item of an information system gives them: a body label over a
date label whose value opens with the weekday, a list of one label or value per line, and lines of
a body and a date outside any table (a meeting's name with its date, a date with a dash and a body,
a run of "<body> am <date>" lines), a meeting page's header set one cell per line (each label alone over its
value), a meeting's row whose session name opens with its number and term, a paper's title naming the meeting
it is for. All examples invented."""

from __future__ import annotations

import pytest

from tests.consultations.test_layouts import facts, text_doc

CASES = [
    (  # a TOP page: body label and a weekday date label on the next line
        "Auszug - Neubau einer Sporthalle\n\nSitzung des Bauausschusses\nTOP: Ö 4\n"
        "Gremium: Bau- und Umweltausschuss Beschlussart: ungeändert beschlossen\n"
        "Datum: Di, 14.05.2019    \nZeit: 18:00 - 19:30 Anlass: Sitzung\n",
        [("Bau- und Umweltausschuss", "2019-05-14", None, None)],
    ),
    (  # the same as a list, one label or value per line after a dash
        "14.05.2019 - 4 Neubau einer Sporthalle\nGrunddaten\n- TOP:\n- Ö 4\n- Gremium:\n- Sportausschuss\n"
        "- Datum:\n- Di., 14.05.2019\n- Status:\n- öffentlich\n",
        [("Sportausschuss", "2019-05-14", None, True)],
    ),
    (  # a page's item shown from one meeting, the label on the line above
        "Satzung über die Benutzung der Obdachlosenunterkunft\nDaten angezeigt aus Sitzung:\n"
        "Sitzung des Marktgemeinderates, 03.02.2022\nBeratungsreihenfolge\nSachverhalt\n",
        [("Marktgemeinderat", "2022-02-03", None, None)],
    ),
    (  # the decision of an earlier meeting: the date, a dash, the body; a status line under it
        "Beschlussvorschlag:\nDie Stadtvertretung beschließt den Wirtschaftsplan.\n\n"
        "    11.03.2020 - Finanzausschuss\n    Ö 6 - ungeändert beschlossen\n",
        [("Finanzausschuss", "2020-03-11", None, None)],
    ),
    (  # a labelled last consultation: date, body, status and item on one line
        "Antrag der Fraktion betr. Tempo 30\nLetzte Beratung: 21.10.2024 Verkehrsausschuss Ö 3.2\nSachverhalt\n",
        [("Verkehrsausschuss", "2024-10-21", None, True)],
    ),
    (  # the meetings a paper went through, one line each
        "Der Kreistag stimmte zu.\nSchulausschuss am 04.02.2016\nKreisausschuss am 23.02.2016\nBegründung\n",
        [("Schulausschuss", "2016-02-04", None, None), ("Kreisausschuss", "2016-02-23", None, None)],
    ),
    (  # an earlier meeting's decision repeated under an agenda item, both labels on one line
        "Beschlussvorschlag:\nDer Kreistag beschließt die Satzung.\n\n"
        "    GREMIUM: Ausschuss für Umwelt und Ordnung    DATUM: Do, 07.11.2019    TOP: Ö 8\n"
        "    STATUS DER SITZUNG: öffentlich    BESCHLUSSART: ungeändert beschlossen\n",
        [("Ausschuss für Umwelt und Ordnung", "2019-11-07", None, None)],
    ),
    (  # a meeting page's header: label, value, label, value ... with a time of day
        "Sitzung\nBA/014/2016-2021\nGremium\nBauausschuss\nRaum\nSitzungssaal des Rathauses\nDatum\n14.03.2017\n"
        "Zeit\n17:00-18:30 Uhr\nÖ 1\nEröffnung der Sitzung\n \nÖ 2\nGenehmigung der Niederschrift vom 07.02.2017\n",
        [("Bauausschuss", "2017-03-14", None, None)],
    ),
    (  # the same with a weekday, the labels in another order, a blank line between the pairs
        "Gremium\n\nAusschuss für Schule und Sport\n\nDatum\n\nDo, 08.11.2018\n\nUhrzeit\n\n18:00 Uhr\n\n"
        "Ort\n\nAula der Grundschule\n\nTagesordnung\nÖ 1 Begrüßung\n",
        [("Ausschuss für Schule und Sport", "2018-11-08", None, None)],
    ),
    (  # a meeting's row: the session's name opens with its number and term ("03/2021-2026. Sitzung")
        "Datum: 09.02.2022\nGremium: Ortschaftsrat\n\nTOP-Nr. Bezeichnung\n1 Eröffnung\n\n1. Eröffnung\n\n"
        "Gremium Sitzung Sitzungsdatum ö / nö Beratungstyp TOP-Nr.\n"
        "Ortschaftsrat 03/2021-2026. Sitzung des Ortschaftsrates 09.02.2022 ö 1\n\nSachverhalt\nKeine.\n",
        [("Ortschaftsrat", "2022-02-09", None, True)],
    ),
    (  # a paper's title line naming the meeting it is for, the date in words
        "Fraktion in der Bezirksvertretung Nord\n\n02.03.2016\n\n"
        "Antrag zur Sitzung der Bezirksvertretung Nord am 3. März 2016\nhier: Spielplatz am Mühlenweg\n\n"
        "Beschlussentwurf:\nDie Bezirksvertretung beschließt die Erneuerung.\n",
        [("Bezirksvertretung Nord", "2016-03-03", None, None)],
    ),
    (  # the same with a numeric date, the body in the genitive
        "Anfrage zur Sitzung des Umweltausschusses am 14.06.2018\nBetreff: Baumschutz\n",
        [("Umweltausschuss", "2018-06-14", None, None)],
    ),
    (  # a meeting page's heading: the council, a dash, the body; the meeting's day and time under it
        "Sitzungstermine der Gemeinde Musterhausen\n\nGemeinde Musterhausen - Bau- und Wegeausschuss\n\n"
        "Montag, 4. März 2019, 19:30 Uhr\n\n\nTOP 1 Eröffnung der Sitzung\n\nProtokoll:\n\n"
        "Der Vorsitzende lädt zur nächsten Sitzung am Dienstag, den 12.03.2019 ein.\n",
        [("Bau- und Wegeausschuss", "2019-03-04", None, None)],
    ),
    (  # the same, the body alone over a short weekday and a numeric date
        "Ortschaftsrat Weidenbach\nDi, 12.03.2019 18:00 Uhr\nTagesordnung\n",
        [("Ortschaftsrat Weidenbach", "2019-03-12", None, None)],
    ),
    (  # a decision's extract whose heading an export ran into the text after it
        "Musterhausen, den 02.03.2017 Stadt Musterhausen Beschluss aus der Sitzung des Sportausschusses der Stadt "
        "Musterhausen am 14.02.2017 Öffentliche Sitzung Anträge 3.1 Antrag auf Sanierung des Bolzplatzes "
        "Ratsfrau Muster (SPD) regt an, den Antrag am 21. März im Bauausschuss zu beraten.\n",
        [("Sportausschuss der Stadt Musterhausen", "2017-02-14", None, None)],
    ),
]

NOTHING = [
    # a paper's date under a body label: no weekday, so no meeting
    "Gremium: Sozialausschuss\nDatum: 14.05.2019\nBetreff: Bericht\n",
    # a sentence and a paper's date after a dash are no meetings
    "04.05.2015 - Der Rat hat die Satzung beschlossen\nSitzung der Arbeitsgruppe Radverkehr, 12.03.2020, vertagt\n",
    # a paper's date and, in a column beside it, a row of a table set out by a layout export
    "Stand: 03.02.2021                                 Bauausschuss 16.02.2021 Vorberatung\n",
    # a paper's header one cell per line: no time of day, so no meeting
    "Sitzung\nSoz/003\nGremium\nSozialausschuss\nDatum\n14.05.2019\nVorlage\nBericht zur Lage\n",
    # two pairs only
    "Gremium\nSozialausschuss\nDatum\n14.05.2019\nBetreff\nBericht\n",
    # a sentence asking for a meeting is no title line
    "Wir bitten, den Antrag zur Sitzung des Rates am 12.03.2020 vorzulegen.\n",
    # an invitation's day and time under a line naming no body
    "Einladung\nDer Bürgermeister lädt ein\nMontag, 4. März 2019, 19:30 Uhr\n",
    # a referral in a sentence is no extract's heading
    "Der Bauausschuss verweist die Vorlage in die Ratssitzung am 19.12.2012.\n",
    # a minutes' head over the meeting's day and time is no meeting page's heading
    "Protokoll Bauausschuss\nMontag, 4. März 2019, 19:30 Uhr\nöffentlich\n",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_item_page_forms(text: str, expected: list[tuple[str, str | None, str | None, bool | None]]) -> None:
    assert facts(text_doc(text)) == expected, text


@pytest.mark.parametrize("text", NOTHING)
def test_item_page_forms_read_nothing(text: str) -> None:
    assert facts(text_doc(text)) == [], text
