"""action_fields: fields as sentences opened by their name and a colon after a lead-in ("Frühe
Förderung: Krippen und Kitas …"), set as paragraphs one under the other or inline in one paragraph
after a sentence that counts them; and a marked list after a lead-in that counts the fields and
names more than them ("… in vier Handlungsfeldern Ziele und Angebote festlegen:"), as many items
as the count. Invented examples, with negatives (notes, a cross-cutting theme, a decision's
numbered points, a count that does not agree)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

LABELLED = [
    (
        "paragraphs opened by a name and a colon, wrapped, after a lead-in",
        "3. Schwerpunkte\nDer Plan konzentriert sich auf drei Handlungsfelder:\n\n"
        "Frühe Förderung: Krippen, Kitas und Familienzentren der Gemeinde arbeiten enger\n"
        "zusammen, auch mit den Tagesmüttern.\n"
        "Arbeit und Beruf: Anerkennung von Abschlüssen, Praktika im Handwerk und in der Pflege-\n"
        "branche.\n"
        "Nachbarschaft, Vereine und Sport: Feste, Treffpunkte und Vereinsarbeit in den Ortsteilen.\n\n"
        "Die Öffnung der Verwaltung ist Aufgabe aller Felder; sie wird kein eigenes Handlungsfeld.\n\n"
        "4. Kosten\n",
        ["Frühe Förderung", "Arbeit und Beruf", "Nachbarschaft, Vereine und Sport"],
    ),
    (
        "the cross-cutting theme right under the fields, the blank line lost",
        "Die Strategie setzt auf vier Handlungsfelder:\n"
        "Lernen im Quartier: Hausaufgabenhilfe und Lesepaten in allen Grundschulen der Stadt.\n"
        "Gesundheit im Alter: Pflegeberatung in mehreren Sprachen und Besuchsdienste.\n"
        "Wohnen und Nachbarschaft: Belegung der städtischen Wohnungen und Quartiersarbeit.\n"
        "Kultur für alle: Eintritt frei in Museen und Bibliothek für Familien mit kleinem Einkommen.\n"
        "Querschnitt aller Felder bleibt die Beteiligung der Migrantenvereine an allen Vorhaben.\n",
        ["Lernen im Quartier", "Gesundheit im Alter", "Wohnen und Nachbarschaft", "Kultur für alle"],
    ),
    (
        "inline in one paragraph after a sentence that counts them",
        "Schwerpunkte der Fortschreibung. Die Befragung der Vereine ergibt drei Handlungsfelder.\n"
        "Sprache im Alltag: Sprachcafés in der Bücherei und Kurse mit Kinderbetreuung für Eltern.\n"
        "Ausbildung und Arbeit: Praktika in Handwerk und Hotellerie, Beratung zur Anerkennung. Gegen\n"
        "Ausgrenzung: Beratungsstelle, Schulprojekte und ein Beschwerdetelefon der Stadt.\n\n"
        "Lenkungskreis. Der Lenkungskreis tagt viermal im Jahr.\n",
        ["Sprache im Alltag", "Ausbildung und Arbeit", "Gegen Ausgrenzung"],
    ),
    (
        "a field's paragraph of two sentences, the second going on in its line",
        "Das Programm umfasst zwei Handlungsfelder:\n\n"
        "Wohnen im Dorf: Leerstände werden erfasst. Die Gemeinde vermittelt Wohnungen an Familien.\n"
        "Mobilität: Bürgerbus, Mitfahrbänke und eine Fahrradwerkstatt am Bahnhof der Gemeinde.\n\n",
        ["Wohnen im Dorf", "Mobilität"],
    ),
    (
        "a name cut from its text at an export's blank line",
        "Die Umfrage unter den Trägern ergibt zwei Handlungsfelder. Lernen im Quartier: Hausaufgaben-\n"
        "hilfe und Lesepaten an allen Schulen. Gegen Ausgrenzung\nund Rassismus:\n\n"
        "Beratungsstelle, Schulprojekte und ein Beschwerdetelefon.\n\nLenkungskreis\n",
        ["Lernen im Quartier", "Gegen Ausgrenzung und Rassismus"],
    ),
    (
        "a cross-cutting theme with a name and a colon is no field",
        "Der Plan konzentriert sich auf zwei Handlungsfelder:\n"
        "Frühe Förderung: Krippen, Kitas und Familienzentren arbeiten enger zusammen.\n"
        "Arbeit und Beruf: Anerkennung von Abschlüssen, Praktika im Handwerk.\n"
        "Querschnittsthema: Interkulturelle Öffnung der Verwaltung in allen Ämtern.\n\n",
        ["Frühe Förderung", "Arbeit und Beruf"],
    ),
    (
        "a heading naming the fields, run in before the labelled sentences",
        "Sachverhalt\n\nHandlungsfelder des Plans. Frühe Förderung: Krippen und Kitas arbeiten enger\n"
        "zusammen. Arbeit und Beruf: Anerkennung von Abschlüssen und Praktika.\n\nLenkungskreis. Er tagt.\n",
        ["Frühe Förderung", "Arbeit und Beruf"],
    ),
    (
        "a numbered heading naming the fields, the labelled sentences on the next line",
        "3. Handlungsfelder\nFrühe Förderung: Krippen und Kitas arbeiten enger zusammen.\n"
        "Arbeit und Beruf: Anerkennung von Abschlüssen und Praktika.\n\n4. Kosten\n",
        ["Frühe Förderung", "Arbeit und Beruf"],
    ),
]

LABELLED_NEGATIVE = [
    (
        "a heading naming the fields over a goal and a measure",
        "4. Handlungsfelder\n\nZiel: Alle Kinder sprechen bei der Einschulung gut Deutsch.\n"
        "Maßnahme: Sprachkurse in allen Kitas der Gemeinde mit den Eltern.\n\n5. Kosten\n",
        [],
    ),
    (
        "notes and attachments after a lead-in are no fields",
        "Das Konzept soll sich auf zwei Handlungsfelder konzentrieren:\n\n"
        "Hinweis: Die Handlungsfelder werden in der Sitzung im Mai vorgestellt und beraten.\n"
        "Anlage: Bericht der Verwaltung über die Angebote der Träger im vergangenen Jahr.\n\n",
        [],
    ),
    (
        "labelled sentences after a count that does not agree",
        "Die Befragung ergibt vier Handlungsfelder.\n"
        "Sprache im Alltag: Sprachcafés in der Bücherei und Kurse mit Kinderbetreuung.\n"
        "Ausbildung und Arbeit: Praktika in Handwerk und Hotellerie, Beratung zur Anerkennung.\n\n",
        [],
    ),
    (
        "labelled lines without a lead-in that names the fields",
        "Sachverhalt\n\n"
        "Anlass: Der Kreis hat die Gemeinden um eine Stellungnahme zum Entwurf gebeten.\n"
        "Zeitrahmen: Die Stellungnahme ist bis zum Ende des Monats abzugeben.\n"
        "Zuständig: Fachbereich Bürgerdienste der Gemeinde mit dem Ordnungsamt.\n\n",
        [],
    ),
    (
        "a first sentence without a name: the paragraph after the lead-in is prose",
        "Die Befragung ergibt zwei Handlungsfelder.\n"
        "Beide wurden in den Werkstätten ausführlich diskutiert und von allen getragen.\n"
        "Sprache im Alltag: Sprachcafés in der Bücherei und Kurse mit Kinderbetreuung.\n"
        "Ausbildung und Arbeit: Praktika in Handwerk und Hotellerie, Beratung zur Anerkennung.\n\n",
        [],
    ),
]

TALLIED = [
    (
        "Roman-numbered items in capitals with a dash before their text, after a lead-in naming more",
        "Das Programm soll in vier Handlungsfeldern Ziele und Angebote festlegen:\n\n"
        "I. KINDER UND FAMILIE – Eltern-Kind-Gruppen und Sprachcafés in jedem Orts-\n"
        "teil, gemeinsam mit den Kitas.\n"
        "II. ARBEIT IN DER REGION – Praktika in den Betrieben des Kreises.\n"
        "III. WOHNEN – Vermittlung von Wohnraum und Begrüßungsmappen.\n"
        "IV. SPORT UND FREIZEIT – Zugang zu Vereinen und Jugendtreffs.\n\n"
        "Lenkungsgruppe\n",
        ["KINDER UND FAMILIE", "ARBEIT IN DER REGION", "WOHNEN", "SPORT UND FREIZEIT"],
    ),
    (
        "lettered items after a lead-in that names the fields with measures",
        "Die Verwaltung schlägt für drei Handlungsfelder Maßnahmen vor:\n"
        "a) Gesundheit: Sprechstunden mit Dolmetschern in den Unterkünften.\n"
        "b) Bildung: Lernhilfe an allen Grundschulen.\n"
        "c) Teilhabe: Beiräte in den Ortsteilen.\n\n",
        ["Gesundheit", "Bildung", "Teilhabe"],
    ),
    (
        "Roman-numbered items in capitals run in before a full stop",
        "Das Programm soll in drei Handlungsfeldern Ziele und Angebote festlegen:\n\n"
        "I. KINDER UND FAMILIE. Eltern-Kind-Gruppen und Sprachcafés in jedem Ortsteil.\n"
        "II. ARBEIT. Praktika in den Betrieben des Kreises und Beratung.\n"
        "III. WOHNEN. Vermittlung von Wohnraum und Begrüßungsmappen für alle.\n\nLenkungsgruppe\n",
        ["KINDER UND FAMILIE", "ARBEIT", "WOHNEN"],
    ),
]

TALLIED_NEGATIVE = [
    (
        "capitals before a full stop up to four letters are an abbreviation, not a field's name",
        "Die Gemeinde soll in zwei Handlungsfeldern Ziele und Partner benennen:\n"
        "1. AWO. Die Arbeiterwohlfahrt berät Familien im Rathaus und in den Ortsteilen.\n"
        "2. VHS. Die Volkshochschule bietet Kurse am Abend und am Wochenende an.\n\n",
        [],
    ),
    (
        "a decision's numbered points after a count",
        "Zu den drei Handlungsfeldern fasst der Rat diese Beschlüsse:\n"
        "1. Die Verwaltung wird beauftragt, ein Konzept vorzulegen.\n"
        "2. Der Kreis wird gebeten, die Kosten zu übernehmen.\n"
        "3. Der Ausschuss wird jährlich über den Stand unterrichtet.\n\n",
        [],
    ),
    (
        "as many items as the count, but pointed ahead to goals",
        "In den drei Handlungsfeldern wurden folgende Ziele festgelegt:\n"
        "1. Sprachkurse im Ort\n2. Praktikumsbörse\n3. Wohnungstausch\n\n",
        [],
    ),
    (
        "fewer items than the count",
        "Das Programm soll in vier Handlungsfeldern Ziele und Angebote festlegen:\n"
        "I. KINDER UND FAMILIE – Eltern-Kind-Gruppen in jedem Ortsteil.\n"
        "II. WOHNEN – Vermittlung von Wohnraum und Begrüßungsmappen.\n\n",
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), LABELLED + LABELLED_NEGATIVE, ids=lambda v: str(v)[:40])
def test_labelled_sentences(name: str, text: str, expected: list[str]) -> None:
    assert labels(text) == expected, name


@pytest.mark.parametrize(("name", "text", "expected"), TALLIED + TALLIED_NEGATIVE, ids=lambda v: str(v)[:40])
def test_tallied_lists(name: str, text: str, expected: list[str]) -> None:
    assert labels(text) == expected, name
