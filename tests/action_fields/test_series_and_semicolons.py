"""action_fields: a lead-in whose field noun a relative clause follows ("… fünf Handlungsfelder,
auf die sich das Konzept beschränkt: A; B; C"), its run-in list apart by semicolons with commas
inside the items; a series of lines opened by one noun and its number ("Modul 1 – …") after a
lead-in; paragraphs opened by run-in headings and set apart by blank lines; quoted names that
the text says are no field. Invented examples, with negatives."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

CASES = [
    (
        "a relative clause after the noun, the run-in list apart by semicolons",
        "Aus den Gesprächen im Frühjahr ergeben sich vier Handlungsfelder, auf die sich der Plan\n"
        "stützen soll: Frühe Bildung; Arbeit, Handwerk und Landwirtschaft; Wohnen auf dem Land;\n"
        "Begegnung im Dorf.\n\n",
        ["Frühe Bildung", "Arbeit, Handwerk und Landwirtschaft", "Wohnen auf dem Land", "Begegnung im Dorf"],
    ),
    (
        "a series of lines with one noun and its number, descriptions under some",
        "2. Inhalte\nDer Plan wird in vier Modulen erarbeitet, die zugleich seine Handlungsfelder bilden:\n\n"
        "Modul 1 – Ankommen und Wohnen\n"
        "    Standards für die Unterbringung in allen Gemeinden.\n"
        "Modul 2 – Schule, Kita und Sprache\n"
        "Modul 3 – Arbeit im Handwerk\n"
        "    Praktika in den Betrieben der Innung,\n"
        "    mit Blick auf die Wege im Landkreis.\n"
        "Modul 4 – Gesundheit\n\n"
        "Die Module werden in Konferenzen beraten.\n",
        ["Ankommen und Wohnen", "Schule, Kita und Sprache", "Arbeit im Handwerk", "Gesundheit"],
    ),
    (
        "the series as an export gives it: the descriptions' indent lost, colons after the numbers",
        "Der Plan gliedert sich in drei Säulen, die seine Handlungsfelder sind:\n"
        "Säule 1: Lernen im Quartier\n"
        "Kurse in den Stadtteilzentren.\n"
        "Säule 2: Gute Arbeit\n"
        "Säule 3: Nachbarschaft und Sport\n",
        ["Lernen im Quartier", "Gute Arbeit", "Nachbarschaft und Sport"],
    ),
    (
        "run-in headings over paragraphs apart by blank lines, a page break between two",
        "3. Schwerpunkte des Plans\n\n"
        "Der Plan bündelt die Arbeit der Ämter in vier Handlungsfeldern:\n\n"
        "Lesen von klein auf. Die Büchereien laden Familien zu Vorlesestunden\n"
        "in allen Stadtteilen ein.\n\n"
        "Arbeit und Anerkennung. Eine Lotsin begleitet die Verfahren.\n\n\n"
        "Sicher wohnen, gut vernetzt. Zwei Häuser am Markt werden für Familien umgebaut.\n\n"
        "Pflege und Gesundheit. Die Beratung wird in drei Sprachen\n"
        "angeboten.\n\n"
        "Sicher im Netz. Kurse für Eltern und Jugendliche werden ausgebaut.\n\n"
        "Die frühere Säule Verwaltung wird nicht mehr als eigener Schwerpunkt geführt.\n\n"
        "4. Kosten\n",
        [
            "Lesen von klein auf",
            "Arbeit und Anerkennung",
            "Sicher wohnen, gut vernetzt",
            "Pflege und Gesundheit",
            "Sicher im Netz",
        ],
    ),
    (
        "the semicolon list as an export gives it: blank lines inside it",
        "Aus den Gesprächen ergeben sich drei Handlungsfelder, auf die sich der Plan stützen\n"
        "soll: Frühe Bildung; Arbeit und\n\nHandwerk; Wohnen auf\n\ndem Land.\n\nDer Plan gilt ab 2026.\n",
        ["Frühe Bildung", "Arbeit und Handwerk", "Wohnen auf dem Land"],
    ),
    (
        "the headed paragraphs as an export gives them: a blank line after every line",
        "Der Plan bündelt die Arbeit der Ämter in drei Handlungsfeldern:\n\n"
        "Lesen von klein auf. Die Büchereien laden Familien\n\n\nzu Vorlesestunden ein.\n\n"
        "Sicher wohnen, gut vernetzt. Zwei Häuser am Markt\n\nwerden umgebaut.\n\n\n\n\n"
        "Arbeit und Anerkennung. Eine Lotsin begleitet\n\ndie Verfahren der Kammern.\n\n"
        "Pflege und Gesundheit. Die Beratung wird in drei Sprachen angeboten.\n\n",
        ["Lesen von klein auf", "Sicher wohnen, gut vernetzt", "Arbeit und Anerkennung", "Pflege und Gesundheit"],
    ),
    (
        "fields with their measures numbered under them",
        "Der Plan wird mit vier Handlungsfeldern fortgeführt; unter jedem stehen seine Maßnahmen:\n\n"
        "1.  Frühe Förderung\n    1.1  Lesepaten in den Kitas\n    1.2  Sprachspiele für Eltern\n"
        "2.  Arbeit im Handwerk\n    2.1  Praktikumsbörse der Innung\n"
        "3.  Begegnung\n    3.1  Dorffeste\n"
        "4.  Gesundheit\n    4.1  Lotsen in den Praxen\n\n"
        "Das frühere Feld „Mobilität“ entfällt.\n",
        ["Frühe Förderung", "Arbeit im Handwerk", "Begegnung", "Gesundheit"],
    ),
    (
        "the same as an export gives it: the first number apart, the others lost",
        "Der Plan wird mit drei Handlungsfeldern fortgeführt; unter jedem stehen seine Maßnahmen:\n\n"
        "1.\n\nFrühe Förderung\n1.1 Lesepaten in den Kitas\n1.2 Sprachspiele für Eltern\n"
        "Arbeit im Handwerk\n2.1 Praktikumsbörse der Innung\n"
        "Gesundheit\n3.1 Lotsen in den Praxen\n"
        "Der Plan wird jährlich im Ausschuss fortgeschrieben und die Ergebnisse\n",
        ["Frühe Förderung", "Arbeit im Handwerk", "Gesundheit"],
    ),
    (
        "headed paragraphs set close: a blank line and one more headed paragraph end the list",
        "Das Programm setzt in drei Handlungsfeldern an:\n\n"
        "Lernen im Ort. Kurse in der Schule am Abend\nfür Erwachsene.\n"
        "Arbeit vor Ort. Betriebe bieten Praktika an.\n"
        "Wohnen im Dorf. Leere Häuser werden vermittelt.\n\n"
        "Zeitplan. Die Umsetzung beginnt im Herbst mit den ersten Kursen.\n\n"
        "III. Beschluss\nnach Antrag.\n",
        ["Lernen im Ort", "Arbeit vor Ort", "Wohnen im Dorf"],
    ),
    (
        "headed paragraphs set close, a page break's blank line inside the list",
        "Das Programm setzt in vier Handlungsfeldern an:\n\n"
        "Lernen im Ort. Kurse in der Schule am Abend\nfür Erwachsene.\n"
        "Arbeit vor Ort. Betriebe bieten Praktika an.\n\n"
        "Wohnen im Dorf. Leere Häuser werden vermittelt.\n"
        "Gesundheit im Alter. Die Praxen bieten Sprechstunden mit Dolmetschern an.\n\n",
        ["Lernen im Ort", "Arbeit vor Ort", "Wohnen im Dorf", "Gesundheit im Alter"],
    ),
    (
        "the same with a point wrapped and the last field's number set below its name",
        "Der Plan wird mit drei Handlungsfeldern fortgeführt; unter jedem stehen seine Maßnahmen:\n\n"
        "1. Frühe Förderung\n\n1.1 Lesepaten in den Kitas und Grund-\nschulen\n\n"
        "2. Arbeit im Handwerk\n\n2.1 Praktikumsbörse der Innung\nGesundheit\n\n3.\n\n3.1 Lotsen in den Praxen\n\n\n"
        "Der Plan wird jährlich im Ausschuss fortgeschrieben.\n",
        ["Frühe Förderung", "Arbeit im Handwerk", "Gesundheit"],
    ),
    (
        "a quoted name the text says is no longer a field",
        "Das Integrationskonzept wird mit den Handlungsfeldern „Sprache“, „Arbeit“ und „Wohnen“\n"
        "fortgeschrieben. Der frühere „Dialog der Religionen“ wird nicht mehr als Handlungsfeld geführt.\n",
        ["Sprache", "Arbeit", "Wohnen"],
    ),
]

NEGATIVES = [
    (
        "a relative clause that speaks of goals: the list is of goals",
        "Es gibt vier Handlungsfelder, denen Ziele zugeordnet sind: Kurse für alle; Plätze in Kitas;\n"
        "Wohnungen für Familien; Treffpunkte im Dorf.\n",
        [],
    ),
    (
        "three Schwerpunkte of a building project in a semicolon list",
        "Das Raumprogramm der Grundschule setzt drei Schwerpunkte: Mensa mit Küche; Werkräume und\n"
        "Bühne; Förderunterricht für Kinder mit Deutsch als Zweitsprache in kleinen Räumen.\n",
        [],
    ),
    (
        "a series of goals, not of fields",
        "Für die Handlungsfelder wurden folgende Ziele festgelegt:\n\n"
        "Ziel 1 – Mehr Kursplätze\nZiel 2 – Kürzere Wartezeiten\nZiel 3 – Beratung vor Ort\n",
        [],
    ),
    (
        "a timetable with its steps numbered under its phases, no fields",
        "Der Zeitplan des Umbaus:\n\n1.  Planung\n    1.1  Entwurf\n    1.2  Genehmigung\n2.  Bau\n    2.1  Rohbau\n",
        [],
    ),
    (
        "a series whose lead-in names no fields",
        "Der Sprachkurs der Volkshochschule besteht aus drei Modulen:\n\n"
        "Modul 1 – Grundlagen\nModul 2 – Alltag und Beruf\nModul 3 – Prüfungsvorbereitung\n",
        [],
    ),
    (
        "a phrase of lower-case words closing the paragraphs is no heading: the list needs its names",
        "Das Konzept setzt in drei Handlungsfeldern an:\n\n"
        "Gute Nachbarschaft. Treffpunkte in jedem Ortsteil und ein Fest im Sommer.\n\n"
        "Sicher wohnen, gut vernetzt. Zwei Häuser am Markt werden für Familien umgebaut.\n\n",
        [],
    ),
    (
        "blank-line paragraphs whose second opens with no run-in heading",
        "Das Konzept setzt in drei Handlungsfeldern an:\n\n"
        "Gute Nachbarschaft. Treffpunkte in jedem Ortsteil und ein Fest im Sommer.\n\n"
        "Im vergangenen Jahr kamen viele Familien neu in die Gemeinde und die Schulen sind voll.\n\n",
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES + NEGATIVES, ids=lambda v: str(v)[:40])
def test_series_semicolons_and_blank_line_paragraphs(name: str, text: str, expected: list[str]) -> None:
    assert labels(text) == expected, name
