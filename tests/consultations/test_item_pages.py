"""Consultations as the page of one item of an information system gives them: a body label over a
date label whose value opens with the weekday, a list of one label or value per line, and lines of
a body and a date outside any table (a meeting's name with its date, a date with a dash and a body,
a run of "<body> am <date>" lines). All examples invented."""

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
]

NOTHING = [
    # a paper's date under a body label: no weekday, so no meeting
    "Gremium: Sozialausschuss\nDatum: 14.05.2019\nBetreff: Bericht\n",
    # a sentence and a paper's date after a dash are no meetings
    "04.05.2015 - Der Rat hat die Satzung beschlossen\nSitzung der Arbeitsgruppe Radverkehr, 12.03.2020, vertagt\n",
    # a paper's date and, in a column beside it, a row of a table set out by a layout export
    "Stand: 03.02.2021                                 Bauausschuss 16.02.2021 Vorberatung\n",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_item_page_forms(text: str, expected: list[tuple[str, str | None, str | None, bool | None]]) -> None:
    assert facts(text_doc(text)) == expected, text


@pytest.mark.parametrize("text", NOTHING)
def test_item_page_forms_read_nothing(text: str) -> None:
    assert facts(text_doc(text)) == [], text
