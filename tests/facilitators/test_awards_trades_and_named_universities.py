"""facilitators: an award with its modal fronted ("Den Zuschlag soll das Büro X erhalten"); a bidders' table
whose header an export flattened with a compound column word ("Bieter Angebotspreis brutto Punkte Rang"); a
sole trader's business name in apposition between her name and her town ("Frau X, Dialog & Wandel, Kassel");
a university named after a person ("Carl von Ossietzky Universität Oldenburg"); a predicate after "als"
("Als staatliche Hochschule des Landes …") and a count at a line's end ("drei" / "Büros") name no one
(invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Stadt Lindenau\nBeschlussvorlage\n\nBetreff: Leitbild Vielfalt\n\n"
TENDER = "3. Vergabe der Moderation\n\nDie Moderation der Foren wurde ausgeschrieben. Es gingen vier Angebote ein.\n\n"
CASES = [
    Case(
        "the award with its modal fronted, the lead there joined",
        HEAD + TENDER + "Den Zuschlag soll die Forumwerk Saale GmbH, Halle, erhalten. Die Projektleitung übernimmt"
        " dort Herr Dr. Jonas Pfeiffer.\n",
        [("Dr. Jonas Pfeiffer", "Forumwerk Saale GmbH", None)],
    ),
    Case(
        "a fronted award outside any facilitation names no one",
        HEAD + "Die Fenster der Grundschule wurden ausgeschrieben. Den Zuschlag soll die Glasbau Saale GmbH"
        " erhalten.\n",
        [],
    ),
    Case(
        "a flattened bidders' table with a compound column word: the winner alone",
        HEAD + TENDER + "Bieter Angebotspreis brutto Punkte Rang\n"
        "Forumwerk Saale GmbH, Halle 41.200,00 € 91,0 1\n"
        "Dialogbüro Kranich GbR, Jena 39.900,00 € 80,5 2\n"
        "Institut für Teilhabe und Planung e. V., Gera 45.000,00 € 72,0 3\n\n"
        "Das wirtschaftlichste Angebot hat die Forumwerk Saale GmbH abgegeben.\n",
        [(None, "Forumwerk Saale GmbH", 41200.0)],
    ),
    Case(
        "a sole trader's business name between her name and her town",
        HEAD + TENDER + "Das wirtschaftlichste Angebot hat Frau Dipl.-Soz. Marlene Vogt, Dialog & Wandel,"
        " Kassel, abgegeben.\n",
        [("Dipl.-Soz. Marlene Vogt", "Dialog & Wandel", None)],
    ),
    Case(
        "a trade described without an ampersand is no organisation",
        HEAD + TENDER + "Das wirtschaftlichste Angebot hat Frau Dipl.-Soz. Marlene Vogt, freie Moderatorin,"
        " Kassel, abgegeben.\n",
        [("Dipl.-Soz. Marlene Vogt", None, None)],
    ),
    Case(
        "a university named after a person keeps the person's name",
        HEAD + "Die Johann von Arnim Universität Lindenau hat angeboten, die Umsetzung wissenschaftlich zu"
        " begleiten.\n",
        [(None, "Johann von Arnim Universität Lindenau", None)],
    ),
    Case(
        "a predicate after 'als' describes the one engaged and names no one",
        HEAD + "4. Wissenschaftliche Begleitung\n\nDie Hochschule Lindenau begleitet die Fortschreibung"
        " wissenschaftlich. Als staatliche Hochschule des Landes wird sie ohne Vergabeverfahren beauftragt.\n",
        [(None, "Hochschule Lindenau", None)],
    ),
    Case(
        "a count at the end of the line before the offices asked names no one",
        HEAD + "4. Externe Moderation\n\nDie Werkstätten sollen extern moderiert werden. Die Verwaltung hat vier\n"
        "Büros\nzur Abgabe eines Angebots aufgefordert.\n",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_awards_trades_and_named_universities(case: Case) -> None:
    assert run(case.text) == case.expected
