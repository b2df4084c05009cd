"""Facilitators of the process: small cases per layout, and the seeds against gold."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import facilitators, load_resources
from pipeline.analysis.evaluate import similar
from pipeline.document import Document
from pipeline.ingest.readers import read_document
from pipeline.records import Facilitator
from pipeline.settings import Settings
from pipeline.structure import view
from tests.generators.field_layouts import wrap
from tests.helpers import GOLD, RENDERINGS, viewed


def run(text: str | list[str]) -> list[tuple[str | None, str | None, float | None]]:
    """(name, organisation, fee) of the facilitators of a text, or of pages of text."""
    pages = [text] if isinstance(text, str) else text
    doc = Document.from_pages("t", "t.txt", "0" * 64, [(p, "plain_text", None) for p in pages])
    out = []
    for f in facilitators.extract(doc, load_resources(), view(doc)):
        assert isinstance(f, Facilitator)
        assert doc.text[f.span.start : f.span.end] == f.span.snippet
        assert f.method in ("prose", "list", "key_value")
        out.append((f.name, f.organisation, f.amount_eur))
    return out


@dataclass
class Case:
    id: str
    text: str | list[str]
    expected: list[tuple[str | None, str | None, float | None]]  # (name, organisation, amount)


CASES = [
    Case(
        "legal form wrapped onto its own line",
        "Mit der Moderation des Beteiligungsprozesses wurde\nDr. Anna Beispiel (Gebit Münster\ne. G.) beauftragt.\n",
        [("Dr. Anna Beispiel", "Gebit Münster e. G.", None)],
    ),
    Case(
        "key-value-moderation",
        "Ablauf\n\nModeration: Firma Kommunikationsbüro Weitblick GmbH\nOrt: Rathaus, Großer Saal\n",
        [(None, "Kommunikationsbüro Weitblick GmbH", None)],
    ),
    Case(
        "label-with-value-below",
        "Externe Begleitung:\nInstitut für Demokratie und Partizipation (IDP)\n\n"
        "Die Workshops finden im Rathaus statt.",
        [(None, "Institut für Demokratie und Partizipation (IDP)", None)],
    ),
    Case(
        "person-with-company-and-fee",
        "Mit der Moderation der Workshops wurde Frau Dr. Petra Lange (ProKommunal GmbH) beauftragt. "
        "Das Honorar beträgt 8.500 €.",
        [("Dr. Petra Lange", "ProKommunal GmbH", 8500.0)],
    ),
    Case(
        "institute-led-by-person",
        "Für die wissenschaftliche Begleitung wurde das Institut für Stadtforschung (IfS) unter Leitung von "
        "Frau Prof. Dr. Maria Berg gewonnen. Das IfS-Institut legt im Herbst einen Bericht vor.",
        [("Prof. Dr. Maria Berg", "Institut für Stadtforschung (IfS)", None)],
    ),
    Case(
        "proposal-under-heading-with-exact-fee",
        "3. Externe Begleitung\n\nDie Fortschreibung soll extern begleitet werden. Wir schlagen hierfür "
        "Herrn Dr. Jan Vogt vor. Herr Dr. Vogt begleitet unter anderem die Musterstiftung Köln.\n\n"
        "Herr Dr. Vogt hat ein Angebot unterbreitet. Die Kosten hierfür belaufen sich auf 12.480,50 €.\n\n"
        "Beschluss: Der Auftrag zur externen Begleitung wird Herrn Dr. Vogt erteilt. Die Kosten hierfür "
        "belaufen sich auf ca. 13.000 €.",
        [("Dr. Jan Vogt", None, 12480.5)],
    ),
    Case(
        "university-evaluates",
        "Das Vorhaben wird durch die Robert Bosch Stiftung gefördert und wissenschaftlich begleitet durch die "
        "Universität Stuttgart.",
        [(None, "Universität Stuttgart", None)],
    ),
    Case(
        "titled-person-without-honorific",
        "Als Moderator für die Bürgerwerkstatt wurde Dr. Hans Beispiel gewonnen.",
        [("Dr. Hans Beispiel", None, None)],
    ),
    Case(
        "person-with-university-in-brackets",
        "Die wissenschaftliche Begleitung erfolgt durch Prof. Dr. Anna Weber (Hochschule Esslingen).",
        [("Prof. Dr. Anna Weber", "Hochschule Esslingen", None)],
    ),
    Case(
        "company-with-contact-person",
        "Für die externe Moderation der Workshops hat die Verwaltung ein Angebot der Firma Komm.Pass GmbH, "
        "Frau Sabine Hartmann, eingeholt. Die Kosten betragen 14.200 € brutto.",
        [("Sabine Hartmann", "Komm.Pass GmbH", 14200.0)],
    ),
    Case(
        "passive-agent-then-fee-elsewhere",
        "Sie wird von Herrn Prof. Dr. Thomas Klie (Evangelische Hochschule Freiburg) wissenschaftlich "
        "begleitet.\n\nFür die wissenschaftliche Begleitung durch die Evangelische Hochschule Freiburg entstehen "
        "Kosten in Höhe von 9.800 €.",
        [("Prof. Dr. Thomas Klie", "Evangelische Hochschule Freiburg", 9800.0)],
    ),
    Case(
        "total-cost-is-not-the-fee",
        "Mit der Prozessbegleitung wurde Herr Dr. Ralf Stein beauftragt. Die Gesamtkosten des Prozesses belaufen "
        "sich auf 27.000 €.",
        [("Dr. Ralf Stein", None, None)],
    ),
    # not facilitators
    Case(
        "own-staff-moderate",
        "Moderiert wurden die Arbeitsgruppen durch Mitarbeiterinnen und Mitarbeiter der Stadtverwaltung.",
        [],
    ),
    Case(
        "integration-officer",
        "Die Integrationsbeauftragte Frau Yilmaz moderiert die Workshops und wurde damit beauftragt.",
        [],
    ),
    Case("mayor-chairs", "Die Leitung der Begleitgruppe übernimmt Herr Oberbürgermeister Dr. Klaus Weber.", []),
    Case("funder-only", "Das Projekt wird durch die Bertelsmann-Stiftung gefördert.", []),
    Case("no-engagement", "Die wissenschaftliche Begleitung des Instituts ist abgeschlossen.", []),
    Case("external-support-without-name", "Die Fortschreibung soll extern begleitet werden.", []),
]


CASES += [
    Case(
        "office engaged to moderate, fee in brackets, firm named after its head",
        "Mit der Moderation des Beteiligungsprozesses wurde das Büro Stadtberatung Dr. Sven Fries beauftragt "
        "(Honorar 18.500 €).",
        [("Dr. Sven Fries", "Büro Stadtberatung", 18500.0)],
    ),
    Case(
        "office with a name of several words",
        "Mit der Moderation des Beteiligungsprozesses wurde das Büro Kommunikation & Beteiligung beauftragt "
        "(Honorar 18.500 €).",
        [(None, "Büro Kommunikation & Beteiligung", 18500.0)],
    ),
    Case(
        "institute takes over, led by a professor without honorific",
        "Die wissenschaftliche Begleitung übernimmt das Institut für Sozialforschung und Gesellschaftspolitik (ISG) "
        "unter Leitung von Prof. Dr. Anna Beispiel.",
        [("Prof. Dr. Anna Beispiel", "Institut für Sozialforschung und Gesellschaftspolitik (ISG)", None)],
    ),
    Case(
        "seed-002 'erfolgt durch', the name hyphenated over a line end",
        "Die Prozessbegleitung erfolgt durch die Führungsakademie Baden-Würt-\ntemberg.",
        [(None, "Führungsakademie Baden-Württemberg", None)],
    ),
    Case(
        "compound name broken at its hyphen",
        "Die Prozessbegleitung erfolgt durch die Führungsakademie Baden-\nWürttemberg.",
        [(None, "Führungsakademie Baden-Württemberg", None)],
    ),
    Case(
        "'externe Begleitung durch Herrn Dr. Kösters'",
        "Vorgesehen ist eine externe Begleitung durch Herrn Dr. Kösters.",
        [("Dr. Kösters", None, None)],
    ),
    Case(
        "full name wrapped over a line, short name later",
        "Die Fortschreibung soll extern begleitet werden. Wir schlagen hierfür Herrn Dr. Winfried\nKösters vor. "
        "Herr Dr. Kösters hat ein Angebot für die Begleitung unterbreitet. Die Kosten hierfür belaufen sich auf "
        "21.568,75 €.",
        [("Dr. Winfried Kösters", None, 21568.75)],
    ),
    Case(
        "subject before the role verb",
        "Die Fachhochschule Münster begleitet den Prozess wissenschaftlich.",
        [(None, "Fachhochschule Münster", None)],
    ),
    Case(
        "object first, subject after the role verb",
        "Den Beteiligungsprozess moderiert die IMAP GmbH.",
        [(None, "IMAP GmbH", None)],
    ),
    Case("passive with 'von der'", "Der Prozess wird von der Prognos AG evaluiert.", [(None, "Prognos AG", None)]),
    Case(
        "commission given to an office",
        "Der Auftrag zur Moderation ging an das Büro Planwerk.",
        [(None, "Büro Planwerk", None)],
    ),
    Case(
        "fee in the next sentence without a pointer back",
        "Die Evaluation wird von der Prognos AG durchgeführt. Die Kosten betragen 24.000 Euro.",
        [(None, "Prognos AG", 24000.0)],
    ),
    Case(
        "person of an office named after 'vom'",
        "Die Moderation der Workshops übernimmt Frau Dr. Anna Beispiel vom Büro für Beteiligung, Köln.",
        [("Dr. Anna Beispiel", "Büro für Beteiligung", None)],
    ),
    Case(
        "funder and evaluator in two clauses of one sentence",
        "Das Projekt wird aus dem Förderprogramm „Integration vor Ort“ des Landes gefördert und von der "
        "Universität Bielefeld evaluiert.",
        [(None, "Universität Bielefeld", None)],
    ),
    Case(
        "page break with its page number in the middle of the name",
        [
            "Der Prozess wird extern begleitet.\nFür die wissenschaftliche Begleitung wurde Herr Prof. Dr. "
            "Paul-Stefan\n"
            "- 1 -\n",
            "Roß gewonnen.\n- 2 -\n",
        ],
        [("Prof. Dr. Paul-Stefan Roß", None, None)],
    ),
    Case(
        "page break with furniture inside an institute's name",
        [
            "Für die wissenschaftliche Begleitung wurde das Institut für\n\nSeite 1 von 2\n",
            "Sozialforschung (IfS) gewonnen. Das Honorar beträgt 9.000 €.\n\nSeite 2 von 2\n",
        ],
        [(None, "Institut für Sozialforschung (IfS)", 9000.0)],
    ),
    Case(
        "fee with 'zzgl. MwSt.' after the person's own company",
        "Die externe Moderation übernimmt Herr Dr. Jan Vogt, Moderation & Beratung, Hamburg. Das Honorar beträgt "
        "4.800 Euro zzgl. MwSt.",
        [("Dr. Jan Vogt", "Moderation & Beratung", 4800.0)],
    ),
    Case("'liegt bei'", "Die Moderation liegt bei Frau Dr. Anna Beispiel.", [("Dr. Anna Beispiel", None, None)]),
    Case(
        "'betraut'",
        "Mit der wissenschaftlichen Begleitung wurde das Institut für Stadtforschung betraut.",
        [(None, "Institut für Stadtforschung", None)],
    ),
    Case(
        "'übertragen' with the office in the dative",
        "Die Prozessbegleitung wurde dem Büro Planwerk übertragen.",
        [(None, "Büro Planwerk", None)],
    ),
    Case(
        "past tense 'lag bei', person of an institute after 'vom'",
        "Die wissenschaftliche Begleitung lag bei Prof. Dr. Jonas Weber vom Institut für Stadtforschung (IfS) in Kiel.",
        [("Prof. Dr. Jonas Weber", "Institut für Stadtforschung (IfS)", None)],
    ),
    Case(
        "a degree before the name kept with the title",
        "Die Moderation übernimmt Herr Dipl.-Päd. Dr. Tim Rausch (Büro Dialog, Kassel). Hierfür fallen Kosten von "
        "6.200 € an.",
        [("Dipl.-Päd. Dr. Tim Rausch", "Büro Dialog", 6200.0)],
    ),
    Case(
        "company name in lower case",
        "Mit der Prozessbegleitung wurde die proloco GmbH beauftragt.",
        [(None, "proloco GmbH", None)],
    ),
    Case(
        "fee 'aufgewendet' in the next sentence",
        "Die Evaluation erfolgte durch die Hochschule Fulda. Hierfür wurden 7.300 € aufgewendet.",
        [(None, "Hochschule Fulda", 7300.0)],
    ),
    Case(
        "a municipal word inside an institute's subject",
        "Die wissenschaftliche Begleitung übernahm das Institut für Stadt- und Regionalforschung (ISR) unter Leitung "
        "von Prof. Dr. Carla Mendes. Hierfür entstanden Kosten von 14.800 €.",
        [("Prof. Dr. Carla Mendes", "Institut für Stadt- und Regionalforschung (ISR)", 14800.0)],
    ),
    Case(
        "a university of administration is external",
        "Die Prozessbegleitung übernimmt die Hochschule für öffentliche Verwaltung Kehl.",
        [(None, "Hochschule für öffentliche Verwaltung", None)],
    ),
    Case(
        "future tense, subject first", "Das Büro Planwerk wird den Prozess begleiten.", [(None, "Büro Planwerk", None)]
    ),
    # not facilitators
    Case(
        "integration officer in an apposition",
        "Die Moderation übernimmt die Integrationsbeauftragte der Stadt, Frau Aylin Demir.",
        [],
    ),
    Case("mayor moderates", "Oberbürgermeister Dr. Hans Müller moderiert die Integrationskonferenz.", []),
    Case("staff of the administration", "Die Workshops werden von Mitarbeiterinnen der Stadtverwaltung moderiert.", []),
    Case(
        "author", "Verfasser: Dr. Hans Meier\nDie Moderation der Sitzung erfolgt durch den Ausschussvorsitzenden.", []
    ),
    Case(
        "signature under a sentence about the facilitation",
        "Die Moderation wird extern vergeben.\n\ngez. Dr. Hans Meier\nDezernent",
        [],
    ),
    Case("an office of the municipality as the value of a label", "Moderation: Amt für Integration\n", []),
    Case("contact person", "Ansprechpartnerin: Frau Peters, Kommunales Integrationszentrum", []),
    Case("funder of the facilitation", "Die Begleitung wird durch die Robert Bosch Stiftung finanziert.", []),
    Case(
        "funding programme",
        "Die Prozessbegleitung erfolgt im Rahmen des Förderprogramms „Kommunale Integrationszentren“.",
        [],
    ),
    Case("speaker", "Als Referentin sprach Frau Prof. Dr. Berg über Migration.", []),
    Case("attendees", "Teilnehmende: Frau Müller (Jobcenter), Herr Yilmaz (Caritas)", []),
    Case(
        "whom the facilitator accompanied elsewhere",
        "Herr Dr. Kösters ist als Experte ausgewiesen und begleitet unter anderem die Bertelsmann Stiftung in der "
        "Umsetzung von Modellvorhaben.",
        [("Dr. Kösters", None, None)],
    ),
]


# --- legal forms ---------------------------------------------------------------------------------
# A company or association keeps its legal form as written, symbols and abbreviations included, and
# the sentence goes on after "Co." and "e. V.": every form in every construction.

LEGAL_FORMS = [
    "GmbH & Co. KG",
    "GmbH",
    "gGmbH",
    "mbH",
    "AG",
    "gAG",
    "KG",
    "KGaA",
    "OHG",
    "GbR",
    "PartG",
    "PartG mbB",
    "PartGmbB",
    "eG",
    "e. G.",
    "e. V.",
    "e.V.",
    "UG (haftungsbeschränkt)",
    "UG",
    "& Partner",
    "und Partner",
    "+ Partner",
    "Stiftung bürgerlichen Rechts",
    "AG & Co. KG",
]
STEMS = [
    "Gebit Münster",
    "Planwerk",
    "Gesellschaft für Beteiligung",
    "Müller & Partner Rechtsanwälte",
    "proloco",
    "Team Dialog Nord",
]
LEGAL_TEMPLATES = [
    "Mit der Begleitung des Prozesses wurde die {O} beauftragt.",
    "Die Moderation der Workshops übernimmt die {O}. Das Honorar beträgt 6.000 €.",
    "Die Evaluation erfolgt durch die {O}.",
    "Die {O} begleitet den Prozess wissenschaftlich.",
    "Moderation: {O}\n",
]


def _legal_cases() -> list[Case]:
    out = []
    for n, form in enumerate(LEGAL_FORMS):
        stem = STEMS[n % len(STEMS)]
        if form.startswith(("&", "+", "und")) and "&" in stem:
            stem = "Weber"
        org = f"{stem} {form}"
        for k, template in enumerate(LEGAL_TEMPLATES):
            text = template.format(O=org)
            if text.startswith("Die proloco"):
                continue
            fee = 6000.0 if "Honorar" in text else None
            out.append(Case(f"legal form '{form}', template {k}", text, [(None, org, fee)]))
    return out


CASES += _legal_cases() + [
    Case(
        "'GmbH & Co. KG' seen on an unseen submission",
        "Mit der Begleitung des Prozesses wurde die Gebit Münster GmbH & Co. KG beauftragt.",
        [(None, "Gebit Münster GmbH & Co. KG", None)],
    ),
    Case(
        "foundation in apposition",
        "Mit der Moderation wurde die Bürgerstiftung Halle, Stiftung bürgerlichen Rechts, beauftragt.",
        [(None, "Bürgerstiftung Halle, Stiftung bürgerlichen Rechts", None)],
    ),
    Case(
        "association 'e. V.' then a fee sentence",
        "Mit der Moderation wurde der Verein Interkultur e. V. beauftragt. Die Kosten hierfür betragen 2.500 €.",
        [(None, "Verein Interkultur e. V.", 2500.0)],
    ),
    Case(
        "person of a 'GmbH & Co. KG' in brackets",
        "Die Moderation übernimmt Frau Dr. Anna Beispiel (Gebit Münster GmbH & Co. KG).",
        [("Dr. Anna Beispiel", "Gebit Münster GmbH & Co. KG", None)],
    ),
    Case(
        "the rest of a legal form after a page break is no name",
        ["Mit der Begleitung des Prozesses wurde die Gebit Münster GmbH &\n- 1 -\n", "Co. KG beauftragt.\n- 2 -\n"],
        [],
    ),
    Case(
        "an article is no lower-case company name",
        "Die Lenkungsgruppe, der die Prognos AG angehört, wird vom Institut für Stadtforschung begleitet.",
        [(None, "Institut für Stadtforschung", None)],
    ),
]

# --- groups are no facilitators ------------------------------------------------------------------
# A steering or working group (or the municipality's own staff) as the object of the engagement is
# the process's own organisation; organisations in a relative clause after a group are its members;
# steering or leading alone is no facilitation.

GROUPS = [
    "einer Begleitgruppe",
    "der Lenkungsgruppe",
    "einer Steuerungsgruppe",
    "dem Arbeitskreis Integration",
    "einem Gremium",
    "dem Integrationsbeirat",
    "dem Netzwerk Integration",
    "einer Projektgruppe",
    "dem Runden Tisch Integration",
]
MEMBERS = [
    "Vertreter der Agentur für Arbeit, des Schulamts und des Kreisjugendrings angehören",
    "die Prognos AG und die Gebit Münster GmbH & Co. KG angehören",
    "Vertreterinnen der Hochschule Esslingen und des Instituts für Stadtforschung mitwirken",
]
GROUP_CASES = [
    Case(
        "seen on an unseen submission: steering lies with a group of members",
        "Die Projektsteuerung liegt bei einer Begleitgruppe, der Vertreter der Agentur für Arbeit, des Schulamts und "
        "des Kreisjugendrings angehören.",
        [],
    ),
    Case("moderation taken over by a working group", "Die Moderation übernimmt der Arbeitskreis Integration.", []),
    Case("group engaged in the passive", "Mit der Begleitung des Prozesses wurde die Lenkungsgruppe beauftragt.", []),
    Case(
        "group with its members in brackets",
        "Die Moderation liegt bei einer Steuerungsgruppe (Caritas, Diakonie gGmbH, Jobcenter).",
        [],
    ),
    Case(
        "members in the relative clause, 'in der'",
        "Die Moderation liegt bei einer Steuerungsgruppe, in der die Prognos AG vertreten ist.",
        [],
    ),
    Case("own staff take over", "Die Moderation übernehmen Mitarbeiterinnen des Integrationsbüros.", []),
    Case("steering alone is no facilitation", "Die Projektsteuerung liegt bei der Prognos AG.", []),
    Case("leading alone is no facilitation", "Die Projektleitung liegt bei Frau Dr. Anna Beispiel.", []),
    Case("a group as the value of a label", "Moderation: Arbeitskreis Integration\n", []),
    Case(
        "the facilitator after the relative clause is read",
        "Die Begleitgruppe, der Vertreter der Agentur für Arbeit angehören, wird von der Prognos AG moderiert.",
        [(None, "Prognos AG", None)],
    ),
    Case(
        "advice to a group by an external party",
        "Die Beratung des Netzwerks übernimmt die Gebit GmbH.",
        [(None, "Gebit GmbH", None)],
    ),
    Case(
        "a company whose name holds a municipal word is external",
        "Die Prozessbegleitung übernimmt die Stadtteilagentur Nord GmbH.",
        [(None, "Stadtteilagentur Nord GmbH", None)],
    ),
    Case(
        "moderation of a group's meetings by an external party",
        "Die Moderation der Lenkungsgruppe übernimmt Frau Dr. Anna Beispiel.",
        [("Dr. Anna Beispiel", None, None)],
    ),
]
CASES += GROUP_CASES

# --- members listed under a group are no facilitators ------------------------------------------
# A table or list under a group's membership lead-in ("Ihm gehören an:") names members; a table set
# without a blank line before the next sentence is no part of it: a facilitator named right after
# it is read alone, with no person or organisation of the rows above.

MEMBER_TABLE = (
    "Institution                          Vertreter/in\n"
    "Jobcenter Ludwigslust-Parchim        Herr Dirk Wendland\n"
    "Agentur für Arbeit Schwerin          Frau Ilona Brettschneider\n"
    "Kreisvolkshochschule Parchim         Herr Jens Pahl\n"
)
MEMBER_CASES = [
    Case(
        "seen on an unseen submission: a members table, then the facilitator",
        "Die Erarbeitung wurde von einem Begleitgremium gesteuert. Ihm gehören an:\n\n"
        + MEMBER_TABLE
        + "\nDie externe Prozessbegleitung übernimmt die Kommunalberatung Nord GmbH, Rostock. Das Honorar beträgt "
        "23.800,00 € brutto.\n",
        [(None, "Kommunalberatung Nord GmbH", 23800.0)],
    ),
    Case(
        "the same table flattened into single spaces, a chair mark wrapped, a page break inside",
        "Die Erarbeitung wurde von einem Begleitgremium gesteuert. Ihm gehören an:\n\n"
        "Institution Vertreter/in\n"
        "Landkreis Ludwigslust-Parchim, Fachdienst Soziales und Integration Frau Anja Kersten\n(Vorsitz)\n"
        "Jobcenter Ludwigslust-Parchim Herr Dirk Wendland\n"
        "Agentur für Arbeit Schwerin Frau Ilona Brettschneider\n\f"
        "Migrantenbeirat des Landkreises Ludwigslust-Parchim Frau Olena Hrytsenko\n\n"
        "Die externe Prozessbegleitung übernimmt die Kommunalberatung Nord GmbH,\nRostock. Das Honorar\n"
        "für Konferenzen, Werkstätten und Redaktion beträgt 23.800,00 € brutto.\n",
        [(None, "Kommunalberatung Nord GmbH", 23800.0)],
    ),
    Case(
        "the flattened table as pdftotext gives it: no blank lines, the sentence wrapped and run on",
        "Die Erarbeitung wurde von einem Begleitgremium gesteuert. Ihm gehören an:\n"
        "Institution Vertreter/in\n"
        "Landkreis Ludwigslust-Parchim, Fachdienst Soziales und Integration Frau Anja Kersten\n(Vorsitz)\n"
        "Jobcenter Ludwigslust-Parchim Herr Dirk Wendland\n"
        "Agentur für Arbeit Schwerin Frau Ilona Brettschneider\n"
        "Caritas im Norden, Region Westmecklenburg Herr Tomasz Nowak\n"
        "Die externe Prozessbegleitung übernimmt die Kommunalberatung Nord GmbH,\nRostock. Das Honorar\n"
        "für Konferenzen, Werkstätten und Redaktion beträgt 23.800,00 € brutto.\n",
        [(None, "Kommunalberatung Nord GmbH", 23800.0)],
    ),
    Case(
        "a members table with tabs, the facilitator sentence on the next line",
        "Die Lenkungsgruppe setzt sich wie folgt zusammen:\nOrganisation\tPerson\nCaritas Schwerin\tHerr Tomasz Nowak\n"
        "Diakonie Schwerin\tFrau Sabine Lüders\nMit der Moderation wurde das Büro Planwerk beauftragt.\n",
        [(None, "Büro Planwerk", None)],
    ),
    Case(
        "a members table with bars under 'Mitglieder:'",
        "Mitglieder:\n| Jobcenter | Herr Dirk Wendland |\n| Hochschule Wismar | Frau Prof. Dr. Eva Kern |\n"
        "Die Evaluation erfolgt durch die Prognos AG.\n",
        [(None, "Prognos AG", None)],
    ),
    Case(
        "a members list with bullets, facilitation words in the items",
        "Dem Arbeitskreis gehören an:\n- Herr Dr. Jan Vogt, Moderation & Beratung GmbH (Moderation)\n"
        "- Frau Prof. Dr. Eva Kern, Hochschule Wismar (wissenschaftliche Begleitung durch Befragungen)\n"
        "- Jobcenter Nordwestmecklenburg\n\nDie Workshops finden im Rathaus statt.\n",
        [],
    ),
    Case(
        "'vertreten sind:' over a table, no facilitator after it",
        "Im Begleitgremium vertreten sind:\n\n" + MEMBER_TABLE + "\nDie Sitzungen werden durch Herrn Pahl moderiert.\n",
        [("Pahl", None, None)],
    ),
    Case(
        "a table not under a lead-in whose rows name a facilitator by label",
        "Moderation: Büro Dialog GmbH\n\nOrt: Rathaus\n",
        [(None, "Büro Dialog GmbH", None)],
    ),
    Case(
        "a members table right before a sentence with no facilitator",
        "Der Steuerungsgruppe gehören an:\n" + MEMBER_TABLE + "Die Begleitung der Sitzungen ist nicht vorgesehen.\n",
        [],
    ),
    Case(
        "a sentence about the members leads in nothing: the numbered sections after it are read",
        "Die Mitglieder des Lenkungskreises treffen sich viermal im Jahr.\n\n3. Handlungsfelder\nDas Konzept hat fünf "
        "Handlungsfelder.\n\n4. Prozessbegleitung\nMit der Moderation soll die imaka Institut GmbH beauftragt werden. "
        "Das Angebot beläuft sich auf 24.990 € brutto.\n",
        [(None, "imaka Institut GmbH", 24990.0)],
    ),
    Case(
        "a numbered section after a bulleted members list is no member",
        "Der Lenkungsgruppe gehören folgende Institutionen an.\n- Jobcenter Göppingen\n- Caritas Göppingen e. V.\n"
        "4. Prozessbegleitung\nMit der Moderation wurde das Büro Dialog beauftragt.\n",
        [(None, "Büro Dialog", None)],
    ),
]
CASES += MEMBER_CASES

# --- a person leading the organisation ---------------------------------------------------------
# "unter (der) Leitung von", "geleitet von", "vertreten durch" tie the person to the organisation
# before them, also over an apposition naming its department: one row.

LED_CASES = [
    Case(
        "seen on an unseen submission: a department in apposition, then the professor leading it",
        "Die wissenschaftliche Begleitung hat die Hochschule Neubrandenburg, Fachbereich Soziale\nArbeit, Bildung "
        "und Erziehung, unter Leitung von Prof. Dr. Henrik Althaus übernommen.",
        [
            (
                "Prof. Dr. Henrik Althaus",
                "Hochschule Neubrandenburg, Fachbereich Soziale Arbeit, Bildung und Erziehung",
                None,
            )
        ],
    ),
    Case(
        "'unter der Leitung von Frau' after a faculty",
        "Mit der Evaluation wurde die Universität Rostock, Fakultät für Soziologie, unter der Leitung von Frau "
        "Prof. Dr. Eva Kern beauftragt.",
        [("Prof. Dr. Eva Kern", "Universität Rostock, Fakultät für Soziologie", None)],
    ),
    Case(
        "'geleitet von' after an office",
        "Die Moderation übernimmt das Büro Planwerk, geleitet von Herrn Dr. Jan Vogt.",
        [("Dr. Jan Vogt", "Büro Planwerk", None)],
    ),
    Case(
        "'vertreten durch' after a company and its seat",
        "Mit der Prozessbegleitung wurde die Kommunalberatung Nord GmbH, Rostock, vertreten durch Frau Anja Berg, "
        "beauftragt.",
        [("Anja Berg", "Kommunalberatung Nord GmbH", None)],
    ),
    Case(
        "a relative clause between organisation and person is no tie",
        "Die Evaluation übernimmt die Hochschule Wismar, die das Projekt seit 2019 kennt, und Herr Dr. Jan Vogt "
        "wirkt mit.",
        [(None, "Hochschule Wismar", None), ("Dr. Jan Vogt", None, None)],
    ),
]
CASES += LED_CASES


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_facilitator_cases(case: Case) -> None:
    assert run(case.text) == case.expected


SEEDS = [(name, path) for name, paths in RENDERINGS.items() for path in paths]


@cache
def read(path: Path) -> Document:
    doc, _ = read_document(path, str(path), Settings())
    return doc


@pytest.mark.parametrize("rendering,path", SEEDS, ids=[f"{r}-{p.stem[:3]}" for r, p in SEEDS])
def test_seed_facilitators_match_gold(rendering: str, path: Path) -> None:
    gold = json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))["facilitators"]
    out = [f for f in viewed(facilitators.extract, read(path), load_resources()) if isinstance(f, Facilitator)]
    assert len(out) == len(gold)
    for g in gold:
        match = [
            f
            for f in out
            if any(g.get(k) and getattr(f, k) and similar(g[k], getattr(f, k), 0.8) for k in ("name", "organisation"))
        ]
        assert len(match) == 1, g
        f = match[0]
        for key in ("name", "organisation"):
            if g.get(key):
                assert getattr(f, key) and similar(g[key], getattr(f, key), 0.8), (key, g[key], getattr(f, key))
            else:
                assert getattr(f, key) is None
        assert f.amount_eur == g["amount_eur"]


FRAGMENTS = [
    "Für die externe Begleitung ",
    "wurde ",
    "Herrn Dr. Kösters",
    "das Institut für Sozialforschung (IfS)",
    " beauftragt",
    " gewonnen",
    ". ",
    "Die Kosten hierfür betragen ",
    "ca. ",
    "21.568,75 €",
    "\n\n",
    "Moderation: ",
    "Firma Beispiel GmbH",
    "\n",
    " unter Leitung von ",
    "Frau Prof. Dr. Roß",
    "\f",
    " durch die ",
    "Stadt Landau",
    "-\n",
    "3. Externe Begleitung\n\n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_any_text_gives_facilitators_with_true_spans(parts: list[str]) -> None:
    out = run("".join(parts))  # run() checks every span against the text
    assert all(name or org for name, org, _ in out)


# --- generated sentences -----------------------------------------------------------------------
# A facilitator named in the forms a submission uses: the role as subject, object or in a
# prepositional phrase, the facilitator as subject, object or agent, a person, an organisation
# or both (led by, of, with the office in brackets), an optional fee in the sentence or the
# next, the text wrapped (and hyphenated) at any width and a page break with its number in it.

PERSONS = [
    ("Dr. Anna Beispiel", "f"),
    ("Prof. Dr. Paul-Stefan Roß", "m"),
    ("Dr. Winfried Kösters", "m"),
    ("Sabine Hartmann", "f"),
    ("Prof. Dr. Maria Berg", "f"),
]
ORGS = [
    ("Institut für Sozialforschung und Gesellschaftspolitik (ISG)", "n"),
    ("Büro Stadtberatung", "n"),
    ("Komm.Pass GmbH", "f"),
    ("Hochschule Esslingen", "f"),
    ("Führungsakademie Baden-Württemberg", "f"),
    ("Institut für soziale Innovation", "n"),
    ("Prognos AG", "f"),
]
# companies and associations with a legal form in their name, as a draw of name and form
COMPANIES = [
    (f"{stem} {form}", "m" if form.startswith("e") else "f")
    for stem in ("Gebit Münster", "Gesellschaft für Beteiligung", "Planwerk Nord")
    for form in LEGAL_FORMS
    if form != "Stiftung bürgerlichen Rechts"
]
ARTICLES = {
    "nom": {"f": "die", "n": "das", "m": "der"},
    "acc": {"f": "die", "n": "das", "m": "den"},
    "dat": {"f": "der", "n": "dem", "m": "dem"},
}
HONORIFIC = {"nom": {"f": "Frau", "m": "Herr"}, "acc": {"f": "Frau", "m": "Herrn"}, "dat": {"f": "Frau", "m": "Herrn"}}
TEMPLATES = [  # (sentence, case of the facilitator)
    ("Mit der Moderation des Beteiligungsprozesses wurde {F} beauftragt.", "nom"),
    ("Die wissenschaftliche Begleitung übernimmt {F}.", "nom"),
    ("Die Prozessbegleitung erfolgt durch {F}.", "acc"),
    ("Für die externe Begleitung wurde {F} gewonnen.", "nom"),
    ("{F} begleitet den Prozess wissenschaftlich.", "nom"),
    ("Der Prozess wird von {F} moderiert.", "dat"),
    ("Den Beteiligungsprozess moderiert {F}.", "nom"),
]


LEADS = ["unter Leitung von", "unter der Leitung von", ", geleitet von", ", vertreten durch"]
DEPARTMENTS = ["", "", ", Fachbereich Soziale Arbeit, Bildung und Erziehung", ", Abteilung Stadtforschung", ", Köln"]


@st.composite
def facilitator_text(draw: st.DrawFn) -> tuple[list[str], tuple[str | None, str | None, float | None]]:
    template, case = draw(st.sampled_from(TEMPLATES))
    who = draw(st.sampled_from(["person", "org", "org_led", "person_of"]))
    person, sex = draw(st.sampled_from(PERSONS))
    org, gender = draw(st.sampled_from(ORGS)) if draw(st.booleans()) else draw(st.sampled_from(COMPANIES))
    honorific = draw(st.booleans()) or not person.startswith(("Dr.", "Prof."))
    named = f"{HONORIFIC[case][sex]} {person}" if honorific else person
    if who == "person":
        agent, expected = named, (person, None)
    elif who == "org":
        agent, expected = f"{ARTICLES[case][gender]} {org}", (None, org)
    elif who == "org_led":  # led by, represented by, over an apposition naming a department
        lead = draw(st.sampled_from(LEADS))
        dept = draw(st.sampled_from(DEPARTMENTS))
        led = f"{HONORIFIC['dat'][sex]} {person}" if honorific else person
        sep = "," if dept or lead.startswith(",") else ""
        agent = f"{ARTICLES[case][gender]} {org}{dept}{sep} {lead.lstrip(', ')} {led}"
        expected = (person, org)
    else:
        agent, expected = f"{named} ({org})", (person, org)
    sentence = template.format(F=agent)
    sentence = sentence[0].upper() + sentence[1:]
    amount = draw(st.sampled_from([None, 18500.0, 21568.75, 9800.0]))
    if amount is not None:
        written = f"{amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".").removesuffix(",00")
        # the amount and its currency stay on one line, as typesetters keep them (a no-break space)
        fee = draw(st.sampled_from([" Die Kosten hierfür belaufen sich auf {}_€.", " Das Honorar beträgt {}_Euro."]))
        sentence += fee.format(written)
    lead = "Die Fortschreibung des Integrationskonzeptes soll extern begleitet werden."
    after = "Die Workshops finden im Rathaus statt."
    # titles stay with the name that follows them (a no-break space): a line ending in "Dr." before
    # a page break reads as a finished sentence
    # so do "Co. KG" and "e. V."
    sentence = sentence.replace("Prof. ", "Prof._").replace("Dr. ", "Dr._").replace("Co. ", "Co._")
    sentence = re.sub(r"\b([eG])\. ([VG]\.)", r"\1._\2", sentence)
    text = wrap(f"{lead} {sentence}", draw(st.integers(35, 100)), draw(st.booleans())).replace("_", " ")
    lines = text.split("\n")
    # a page break with its number inside the paragraph, after a full line (a short line before a
    # page break ends its paragraph)
    full = [k for k in range(1, len(lines)) if len(lines[k - 1]) >= 30]
    if draw(st.booleans()) and full:
        cut = draw(st.sampled_from(full))
        pages = ["\n".join(lines[:cut]) + "\n- 1 -\n", "\n".join(lines[cut:]) + f"\n\n{after}\n- 2 -\n"]
    else:
        pages = [text + f"\n\n{after}\n"]
    return pages, (*expected, amount)


@settings(max_examples=150, deadline=None)
@given(facilitator_text())
def test_generated_facilitator_sentences(drawn: tuple[list[str], tuple[str | None, str | None, float | None]]) -> None:
    pages, expected = drawn
    assert run(pages) == [expected], pages


# The town's own offices and officials in a facilitation sentence are no facilitators: an office
# called "städtisch", a "Büro für …" with no name of its own that the document places among the
# town's administration (in the sentence or beside another mention), a person an apposition makes an
# official, a working group ("AG Innenstadt"). The positives that must stay: an adjective before a
# company is no part of its name ("die bisherige Gebit Münster GmbH"), an office's name with a legal
# form or a role word in its head ("das Moderationsbüro Weitblick") beside the town's administration.
OWN_OFFICES = {  # kind: (the agent by case, the sentence after, expected)
    "städtisch": (
        {"nom": "das städtische Kinderbüro", "acc": "das städtische Kinderbüro", "dat": "dem städtischen Kinderbüro"},
        "",
        [],
    ),
    "office": (
        {k: f"{ARTICLES[k]['n']} Büro für Mitwirkung und Engagement" for k in ARTICLES},
        " Das Büro für Mitwirkung und Engagement arbeitet eng mit den Fachämtern zusammen.",
        [],
    ),
    "official": (
        {k: f"{HONORIFIC[k]['f']} Dr. Anna Beispiel, Leiterin des Stadtplanungsamts," for k in ARTICLES},
        "",
        [],
    ),
    "working_group": ({k: f"{ARTICLES[k]['f']} AG Innenstadt" for k in ARTICLES}, "", []),
    "adjective": (
        {
            "nom": "die bisherige Gebit Münster GmbH",
            "acc": "die bisherige Gebit Münster GmbH",
            "dat": "der bisherigen Gebit Münster GmbH",
        },
        "",
        [(None, "Gebit Münster GmbH", None)],
    ),
    "role_office": (
        {k: f"{ARTICLES[k]['n']} Moderationsbüro Weitblick" for k in ARTICLES},
        " Das Moderationsbüro Weitblick arbeitet eng mit den Fachämtern der Stadtverwaltung zusammen.",
        [(None, "Moderationsbüro Weitblick", None)],
    ),
}


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(TEMPLATES), st.sampled_from(sorted(OWN_OFFICES)), st.integers(35, 100))
def test_the_town_s_own_offices_are_no_facilitators(template: tuple[str, str], kind: str, width: int) -> None:
    sentence, case = template
    agents, after, expected = OWN_OFFICES[kind]
    text = sentence.format(F=agents[case]).replace(",.", ".").replace(", ", ", ", 1)
    text = text[0].upper() + text[1:]
    text = text.replace("Dr. ", "Dr._")
    lines = wrap(f"Die Fortschreibung soll extern begleitet werden. {text}{after}", width, False).replace("_", " ")
    assert run(lines + "\n") == expected, lines


# A group of the process as the object of the engagement, with or without its members in a relative
# clause or in brackets, in any role, at any line width; a facilitator named in the next sentence is
# still read.

GROUP_NAMES = [  # (nominative, dative, accusative, gender)
    ("die Begleitgruppe", "der Begleitgruppe", "die Begleitgruppe", "f"),
    ("eine Lenkungsgruppe", "einer Lenkungsgruppe", "eine Lenkungsgruppe", "f"),
    ("die Steuerungsgruppe Integration", "der Steuerungsgruppe Integration", "die Steuerungsgruppe Integration", "f"),
    ("der Arbeitskreis Integration", "dem Arbeitskreis Integration", "den Arbeitskreis Integration", "m"),
    ("das Netzwerk Vielfalt", "dem Netzwerk Vielfalt", "das Netzwerk Vielfalt", "n"),
    ("der Integrationsbeirat", "dem Integrationsbeirat", "den Integrationsbeirat", "m"),
    ("ein Gremium", "einem Gremium", "ein Gremium", "n"),
    ("der Runde Tisch Integration", "dem Runden Tisch Integration", "den Runden Tisch Integration", "m"),
    ("Mitarbeiterinnen der Verwaltung", "Mitarbeiterinnen der Verwaltung", "Mitarbeiterinnen der Verwaltung", "p"),
]
GROUP_ROLES = [
    "Die Projektsteuerung",
    "Die Steuerung",
    "Die Leitung",
    "Die Moderation",
    "Die Prozessbegleitung",
    "Die Evaluation",
    "Die wissenschaftliche Begleitung",
]
GROUP_TEMPLATES = [  # (sentence, case of the group)
    ("{R} liegt bei {G}{M}.", 1),
    ("{R} übernimmt {G}{M}.", 0),
    ("{R} erfolgt durch {G}{M}.", 2),
    ("Mit der Begleitung des Prozesses wurde {G}{M} beauftragt.", 0),
]
MEMBER_ORGS = [
    "der Agentur für Arbeit",
    "des Schulamts",
    "der Prognos AG",
    "der Gebit Münster GmbH & Co. KG",
    "des Vereins Interkultur e. V.",
    "der Hochschule Esslingen",
    "des Instituts für Stadtforschung",
    "der Weber und Partner",
]
PRONOUN = {"f": "der", "m": "dem", "n": "dem", "p": "denen"}


@st.composite
def group_text(draw: st.DrawFn) -> tuple[str, list[tuple[str | None, str | None, float | None]]]:
    forms = draw(st.sampled_from(GROUP_NAMES))
    staff = forms[3] == "p"  # the own staff: no members, no singular passive
    template, case = draw(st.sampled_from(GROUP_TEMPLATES[:3] if staff else GROUP_TEMPLATES))
    role = draw(st.sampled_from(GROUP_ROLES))
    orgs = draw(st.lists(st.sampled_from(MEMBER_ORGS), min_size=1, max_size=3, unique=True))
    listed = ", ".join(orgs[:-1]) + (" und " if len(orgs) > 1 else "") + orgs[-1]
    members = (
        ""
        if staff
        else draw(
            st.sampled_from(
                [
                    "",
                    f", {PRONOUN[forms[3]]} Vertreterinnen und Vertreter {listed} angehören,",
                    f", in {PRONOUN[forms[3]]} {listed.replace('der ', 'die ').replace('des ', 'das ')} "
                    "vertreten sind,",
                    f" (Vertreter {listed})",
                ]
            )
        )
    )
    sentence = template.format(R=role, G=forms[case], M=members).replace(",.", ".")
    sentence = sentence.replace("übernimmt", "übernehmen") if staff else sentence
    sentence = sentence[0].upper() + sentence[1:]
    expected: list[tuple[str | None, str | None, float | None]] = []
    if draw(st.booleans()):
        sentence += " Die externe Moderation der Sitzungen übernimmt die Planwerk Nord GmbH & Co._KG."
        expected = [(None, "Planwerk Nord GmbH & Co. KG", None)]
    sentence = sentence.replace("Co. ", "Co._").replace("e. V.", "e._V.")
    return wrap(sentence, draw(st.integers(35, 100)), draw(st.booleans())).replace("_", " "), expected


@settings(max_examples=150, deadline=None)
@given(group_text())
def test_generated_groups_are_no_facilitators(
    drawn: tuple[str, list[tuple[str | None, str | None, float | None]]],
) -> None:
    text, expected = drawn
    assert run(text) == expected, text


# --- negative corpus -------------------------------------------------------------------------
# Real council PDFs that are not integration submissions (minutes, invitations, statements,
# Munich submissions and grant decisions): none names a facilitator of an integration process.
# The Beratungsfolge and steering fields of the same files are in tests/run/test_negative_corpus.py.

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
CORPUS_FILES = sorted(CORPUS.glob("*/*.pdf")) if CORPUS.exists() else []


@pytest.mark.skipif(not CORPUS_FILES, reason="../shared/corpus is absent")
@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.name for p in CORPUS_FILES])
def test_negative_corpus_names_no_facilitator(path: Path) -> None:
    doc, _ = read_document(path, str(path), Settings(ocr="never"))
    assert [
        (f.name, f.organisation)
        for f in facilitators.extract(doc, load_resources(), view(doc))
        if isinstance(f, Facilitator)
    ] == []


# A group's members in a table (columns apart at wide gaps, tabs or bars, or flattened into single
# spaces as other tools export a table, with or without a header row) or a list under a membership
# lead-in, then a sentence naming a facilitator or none, with or without a blank line between (a
# flattened row's chair mark maybe wrapped onto a line of its own, the sentence maybe wrapped after
# a blank line): only the facilitator of that sentence is read, never a member.

LEAD_INS = [
    "Die Erarbeitung wurde von einem Begleitgremium gesteuert. Ihm gehören an:",
    "Der Lenkungsgruppe gehören folgende Personen an:",
    "Die Steuerungsgruppe setzt sich wie folgt zusammen:",
    "Mitglieder des Arbeitskreises Integration:",
    "Im Begleitgremium sind vertreten:",
    "Im Netzwerk Vielfalt wirken mit:",
    "Die Projektgruppe besteht aus:",
]
MEMBER_ROWS = [
    ("Jobcenter Ludwigslust-Parchim", "Herr Dirk Wendland", "Vorsitz"),
    ("Agentur für Arbeit Schwerin", "Frau Ilona Brettschneider", "Mitglied"),
    ("Caritas im Norden, Region Westmecklenburg", "Herr Tomasz Nowak", "Moderation"),
    ("Hochschule Wismar", "Frau Prof. Dr. Eva Kern", "wissenschaftliche Begleitung"),
    ("Büro Planwerk GmbH", "Herr Dr. Jan Vogt", "Prozessbegleitung"),
    ("Kreisvolkshochschule Ludwigslust-Parchim", "Herr Jens Pahl", "Mitglied"),
    ("Interkultur e. V.", "Frau Olena Hrytsenko", "Evaluation"),
]
HEADERS = [("Institution", "Vertreter/in", "Funktion"), ("Organisation", "Name", "Rolle"), None]
FOLLOWERS = [
    (
        "Die externe Prozessbegleitung übernimmt die Kommunalberatung Nord GmbH, Rostock.",
        [(None, "Kommunalberatung Nord GmbH", None)],
    ),
    ("Mit der Moderation wurde das Büro Dialog beauftragt.", [(None, "Büro Dialog", None)]),
    ("Die Evaluation erfolgt durch die Prognos AG.", [(None, "Prognos AG", None)]),
    ("Die Geschäftsführung liegt beim Fachdienst Integration.", []),
    ("Die Sitzungen finden vierteljährlich statt.", []),
]


@st.composite
def member_table_text(draw: st.DrawFn) -> tuple[str, list[tuple[str | None, str | None, float | None]]]:
    lead = draw(st.sampled_from(LEAD_INS))
    rows = draw(st.lists(st.sampled_from(MEMBER_ROWS), min_size=2, max_size=5, unique=True))
    layout = draw(st.sampled_from(["gap", "tab", "bar", "flat", "dash", "bullet"]))
    # (a flattened row is told by its person at the line's end)
    columns = (0, 1) if layout == "flat" else draw(st.sampled_from([(0, 1), (1, 0), (0, 1, 2), (1, 0, 2)]))
    header = draw(st.sampled_from(HEADERS)) if layout in ("gap", "tab", "bar", "flat") else None
    body = [header] if header else []
    cells = [[row[c] for c in columns] for row in body + rows]
    if layout == "gap":
        widths = [max(len(r[k]) for r in cells) + draw(st.integers(2, 6)) for k in range(len(columns))]
        table = "\n".join("".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells)
    elif layout == "tab":
        table = "\n".join("\t".join(r) for r in cells)
    elif layout == "flat":
        lines = [" ".join(r) for r in cells]
        if draw(st.booleans()):  # the first row's chair mark wrapped onto a line of its own
            lines.insert(len(body) + 1, "(Vorsitz)")
        table = "\n".join(lines)
    elif layout == "bar":
        table = "\n".join("| " + " | ".join(r) + " |" for r in cells)
    else:
        mark = "- " if layout == "dash" else "• "
        table = "\n".join(mark + ", ".join(r) for r in cells)
    sentence, expected = draw(st.sampled_from(FOLLOWERS))
    blank = "\n\n" if layout in ("dash", "bullet") or draw(st.booleans()) else "\n"
    if blank == "\n\n" and draw(st.booleans()):  # the sentence wrapped
        sentence = wrap(sentence, draw(st.integers(20, 60)), False)
    before = draw(st.sampled_from(["\n", "\n\n"]))
    return f"{lead}{before}{table}{blank}{sentence}\n", expected


@settings(max_examples=150, deadline=None)
@given(member_table_text())
def test_generated_member_tables_give_no_facilitators(
    drawn: tuple[str, list[tuple[str | None, str | None, float | None]]],
) -> None:
    text, expected = drawn
    assert run(text) == expected, text


# --- families of real submissions --------------------------------------------------------------
# A facilitator named with a role verb as a bare personal name (no "Frau", no title), or as an
# organisation without a legal form whose head is no word of a list ("das Zentrum für Dialog und
# Beteiligung", "die Werkstatt Bürgerdialog"); the offices of the municipality itself in the same
# sentences ("Die Moderation übernimmt die Stabsstelle Integration") and a letterhead naming the
# official who answers questions over a Beratungsfolge whose cells say "Beraten" are none.

BARE_PERSONS = [
    "Anna Beispiel",
    "Jonas Weber",
    "Sabine Hartmann-Öztürk",
    "Tomasz Nowak",
    "Eva Lindqvist",
    "Paul Richter",
]
FREE_ORGS = [  # (name, gender)
    ("Zentrum für Dialog und Beteiligung", "n"),
    ("Werkstatt für Bürgerbeteiligung", "f"),
    ("Kompetenzzentrum Interkulturelle Öffnung", "n"),
    ("Kontor für Kommunikation", "n"),
    ("Team Ewald Zukunftsplanung", "n"),
    ("Denkfabrik Stadtgesellschaft", "f"),
    ("Verein Zusammenleben in Vielfalt", "m"),
]
TOWN_OFFICES = [  # (name, gender)
    ("Büro für Integration", "n"),
    ("Stabsstelle Integration", "f"),
    ("Koordinierungsstelle für Migration und Teilhabe", "f"),
    ("Stabsstelle Bürgerbeteiligung", "f"),
    ("Büro für Chancengleichheit", "n"),
    ("Koordinierungsstelle Integration", "f"),
    ("Fachstelle Integration", "f"),
]
ROLE_TEMPLATES = [  # (sentence, case of the facilitator)
    ("Die Moderation übernimmt {F}.", "nom"),
    ("Die Moderation der Workshops übernimmt {F}.", "nom"),
    ("Mit der Prozessbegleitung wurde {F} beauftragt.", "nom"),
    ("Die externe Begleitung erfolgt durch {F}.", "acc"),
    ("Für die Moderation der Sitzungen konnte {F} gewonnen werden.", "nom"),
    ("Die Evaluation wird von {F} durchgeführt.", "dat"),
    ("{F} moderiert die Workshops.", "nom"),
    ("{F} begleitet den Prozess.", "nom"),
]
OWN = ["", " der Stadt", " der Stadtverwaltung", " unserer Stadt"]
HEADERS_NORD = [
    "Innere Dienste und Finanzen\nAktenzeichen: (1) 11.20.80\nAuskunft erteilt: {H} {S}\nTelefon: 800-11 23.11.2022\n"
    "DS 120/2022\nBeschlussvorlage\nBeratung in öffentlicher Sitzung\nBeratungsfolge Termin Stand Abstimmung\n"
    "Fachausschuss Finanzen 06.12.2022 Beratung und Empfehlung Beraten ohne Beschluss!\n"
    "Verwaltungsausschuss 13.12.2022 Beratung und Empfehlung Einstimmig lt. Beschlussvorschlag\n",
    "Fachbereich Bürgerdienste\nAuskunft erteilt: {H} {S} / Herr Niemann\nTelefon: 800-22\nBeratungsfolge\n"
    "Rat 20.12.2022 Beraten und beschlossen\n",
]


@st.composite
def real_facilitator_text(draw: st.DrawFn) -> tuple[list[str], list[tuple[str | None, str | None, float | None]]]:
    template, case = draw(st.sampled_from(ROLE_TEMPLATES))
    who = draw(st.sampled_from(["bare", "free", "office"]))
    if who == "bare":
        name = draw(st.sampled_from(BARE_PERSONS))
        agent, expected = name, [(name, None, None)]
    elif who == "free":
        org, gender = draw(st.sampled_from(FREE_ORGS))
        agent, expected = f"{ARTICLES[case][gender]} {org}", [(None, org, None)]
    else:
        org, gender = draw(st.sampled_from(TOWN_OFFICES))
        # an office named by its task is the town's when the text says so; any "…stelle" is an office
        owner = draw(st.sampled_from(OWN[1:] if org.startswith("Büro") else OWN))
        agent, expected = f"{ARTICLES[case][gender]} {org}{owner}", []
    sentence = template.format(F=agent)
    sentence = sentence[0].upper() + sentence[1:]
    lead = draw(st.sampled_from(["", "Die Fortschreibung des Integrationskonzeptes soll extern begleitet werden. "]))
    text = wrap(f"{lead}{sentence}", draw(st.integers(35, 100)), draw(st.booleans()))
    head = ""
    if draw(st.booleans()):  # a letterhead naming the official who answers questions
        sex = draw(st.sampled_from(["Herr", "Frau"]))
        head = draw(st.sampled_from(HEADERS_NORD)).format(H=sex, S=draw(st.sampled_from(["Kujath", "Schubert"])))
        head += "Stellenplan der Gemeinde 2023\n\n"
    return [f"{head}{text}\n\nDie Workshops finden im Rathaus statt.\n"], expected


@settings(max_examples=150, deadline=None)
@given(real_facilitator_text())
def test_generated_real_facilitators(
    drawn: tuple[list[str], list[tuple[str | None, str | None, float | None]]],
) -> None:
    pages, expected = drawn
    assert run(pages) == expected, pages


HYPHENATED_ORGS = [  # (name, gender): a hyphen between two capitalised parts
    ("Führungsakademie Baden-Württemberg", "f"),
    ("Kommunalberatung Mecklenburg-Vorpommern", "f"),
    ("Institut Rhein-Ruhr", "n"),
    ("Beteiligungsbüro Nord-Ost", "n"),
]


@settings(max_examples=120, deadline=None)
@given(st.data())
def test_generated_facilitator_named_again_with_its_hyphen_lost(data: st.DataObject) -> None:
    """An organisation engaged in one sentence and named again in another, where the export broke
    the name at its hyphen and joined it without it ("Baden-" / "Württemberg" as
    "BadenWürttemberg", as pdftotext writes a dehyphenated line): one facilitator, named as first
    written. The negative: another organisation of the same first word is a second one."""
    (org, gender), (first_case, second_case) = (
        data.draw(st.sampled_from(HYPHENATED_ORGS), label="organisation"),
        data.draw(st.lists(st.sampled_from(ROLE_TEMPLATES), min_size=2, max_size=2), label="sentences"),
    )
    joined = org.replace("-", "")
    first = first_case[0].format(F=f"{ARTICLES[first_case[1]][gender]} {org}")
    second = second_case[0].format(F=f"{ARTICLES[second_case[1]][gender]} {joined}")
    text = first[0].upper() + first[1:] + "\n\n" + second[0].upper() + second[1:] + "\n"
    assert run(text) == [(None, org, None)], text

    other = org.split()[0] + " Sachsen-Anhalt"
    second = second_case[0].format(F=f"{ARTICLES[second_case[1]][gender]} {other}")
    text = first[0].upper() + first[1:] + "\n\n" + second[0].upper() + second[1:] + "\n"
    assert run(text) == [(None, org, None), (None, other, None)], text


# accompanying persons (mourners, children, residents) is a service, not the facilitation of a process
ACCOMPANIED = ["der Angehörigen", "der Hinterbliebenen", "der Kinder", "der Familien", "der Bewohnerinnen und Bewohner"]
ROUTES = [
    "von der Friedhofskapelle zum Grab",
    "vom Bahnhof zur Unterkunft",
    "von der Schule zum Hort",
    "von der Einrichtung zur Arztpraxis",
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(ACCOMPANIED), st.sampled_from(ROUTES), st.sampled_from(["Begleiten", "Begleitung"]))
def test_accompanying_persons_is_no_facilitation(persons: str, route: str, verb: str) -> None:
    text = (
        f"Der gestiegene Aufwand durch bessere Serviceleistungen, z.B. {verb} {persons} {route}, "
        "macht eine Anpassung der Gebühren erforderlich.\n"
    )
    assert run(text) == [], text
    # the process accompanied by an organisation stays a facilitation
    engaged = "Der Prozess wird durch die Kommunalberatung Nord GmbH begleitet.\n"
    assert [o for _, o, _ in run(text + "\n" + engaged)] == ["Kommunalberatung Nord GmbH"]


@pytest.mark.parametrize("org", ["Seniorenarbeit KOMM e. V.", "Familienhilfe Nord e. V.", "Nachbarschaftshilfe GmbH"])
def test_accompanying_care_is_no_facilitation(org: str) -> None:
    """ "begleitende Betreuung" is care for people; the subject line's organisation above it is no facilitator."""
    text = (
        "Bürgerservice und Zentrale Dienste\nAuskunft erteilt: Frau Wrobel\nDS 51/2015\nMitteilungsvorlage\n"
        "Beratungsfolge Sitzungstermin Stand\nRat 13.10.2015 Kenntnisnahme\n"
        f"Sachstandsbericht 2014 / {org}\nInhalt der Mitteilung:\n"
        "Im Jahr 2014 hat die Gemeinde das MGH - begleitende Betreuung im\n"
        "Seniorenalter und Nachbarschaftshilfe - gefördert.\n"
    )
    assert run(text) == [], text


# the site supervision, planning and surveying of building work is no facilitation of a process
BUILDERS = [
    "Ingenieurbüro Roth & Partner",
    "Planungsbüro Weber GmbH",
    "Vermessungsbüro Klein",
    "Herrn Appel",
    "ein Fachbüro",
]
BUILDING = [
    "Neben der örtlichen Bauüberwachung/Bauoberleitung durch {b} sind weitere Gutachter beteiligt.",
    "Die Arbeiten werden neben der Bauleitung durch {b} begleitet.",
    "Sämtliche Arbeiten wurden durch {b} ökologisch begleitet und in Abstimmung mit der Verwaltung durchgeführt.",
    "Die Erweiterungsarbeiten sollen auch von {b} ausgeschrieben und begleitet werden.",
    "Die daraus resultierenden Kanalarbeiten sollen vom {b} ausgeschrieben und begleitet werden.",
]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(BUILDERS), st.sampled_from(BUILDING))
def test_building_work_is_no_facilitation(builder: str, sentence: str) -> None:
    text = sentence.format(b=builder) + "\n"
    assert run(text) == [], text
    # the process facilitated by an organisation beside it stays a facilitation
    engaged = "Der Beteiligungsprozess wird durch die Kommunalberatung Nord GmbH moderiert.\n"
    assert [o for _, o, _ in run(text + "\n" + engaged)] == ["Kommunalberatung Nord GmbH"]


@pytest.mark.parametrize("office", ["Schul- und Sportamt", "Kulturamt", "Jugendamt"])
def test_an_office_of_the_town_is_no_facilitator(office: str) -> None:
    """Any "…amt" is an office ("Ein moderierter Prozess … wird durch das Schul- und Sportamt begleitet")."""
    text = f"Ein moderierter Prozess für die Zusammenarbeit der Vereine wird durch das {office} begleitet.\n"
    assert run(text) == [], text


# --- seen on real submissions: sentences whose role word is no facilitation ----------------------

DELIBERATING = ["Der Aufsichtsrat der {O}", "Der Ortschaftsrat Nordstadt", "Die Gesellschafterversammlung der {O}"]
ENGAGED_ORGS = ["KVVH GmbH", "Albtal-Verkehrs-Gesellschaft mbH", "ProKommunal GmbH"]


@pytest.mark.parametrize("body", DELIBERATING)
@pytest.mark.parametrize("org", ENGAGED_ORGS)
def test_a_deliberating_body_is_no_facilitation(body: str, org: str) -> None:
    """A council or board that "berät" deliberates; a company it belongs to advises no one; a company
    that advises the process stays."""
    text = f"{body.format(O=org)} berät und entscheidet über die Kapitalerhöhung in seiner Sitzung.\n"
    assert run(text) == [], text
    assert run(f"Die {org} berät die Stadt bei der Fortschreibung.\n") == [(None, org, None)]


@pytest.mark.parametrize("org", ENGAGED_ORGS)
@pytest.mark.parametrize(
    "sentence",
    [
        "Begleitend soll ein städtebaulicher Vertrag zwischen der Stadt und der {O} geschlossen werden.",
        "Begleitend zum Bebauungsplanverfahren soll ein Vertrag mit der {O} geschlossen werden.",
    ],
)
def test_accompanying_as_an_adverb_is_no_facilitation(org: str, sentence: str) -> None:
    """ "Begleitend" ("alongside") names no facilitation; "begleitende Beratung durch" still does."""
    assert run(sentence.format(O=org) + "\n") == []
    kept = f"Die begleitende Beratung wurde der {org} übertragen.\n"
    assert run(kept) == [(None, org, None)], kept


@pytest.mark.parametrize("title", ["Professor Dr.", "Professorin Dr.", "Professor"])
@pytest.mark.parametrize("who", [("Herr", "Hermann"), ("Frau", "Lindqvist")])
def test_professor_spelled_out_keeps_the_name(title: str, who: tuple[str, str]) -> None:
    """ "Herr Professor Dr. Hermann" is read whole, not cut to "Professor Dr"."""
    sex, surname = who
    text = (
        f"Der Einladung ist {sex} {title} {surname} gefolgt und hat sich bereit erklärt, die "
        "wissenschaftliche Begleitung zu übernehmen.\n"
    )
    assert run(text) == [(f"{title} {surname}", None, None)], text


NO_AGENT_PHRASES = [  # (phrase in the agent's place, how the sentence goes on)
    "die wissenschaftliche Studie für Karlsruhe",
    "die Zertifizierungen der DGNB",
    "die Mieter- und Vermietervertretungen",
    "eine externe Expertise aus dem Bereich des kommunalen Konfliktmanagements",
    "die Rolle der Veranstalterin",
]


@pytest.mark.parametrize("phrase", NO_AGENT_PHRASES)
@pytest.mark.parametrize(
    "template",
    ["Die Ergebnisse werden durch {P} wissenschaftlich begleitet.", "Die Moderation der Workshops übernimmt {P}."],
)
def test_a_field_role_or_piece_of_work_is_no_agent(phrase: str, template: str) -> None:
    """A phrase whose head is a study, field, role or action names no one engaged; an organisation
    without a legal form in the same place stays."""
    assert run(template.format(P=phrase) + "\n") == []
    kept = template.format(P="das Zentrum für Dialog und Beteiligung") + "\n"
    assert run(kept) == [(None, "Zentrum für Dialog und Beteiligung", None)], kept


@pytest.mark.parametrize("label", ["Evaluation", "Moderation", "Begleitung"])
def test_a_key_value_line_naming_an_action_is_no_facilitator(label: str) -> None:
    """ "Evaluation: Überprüfung der Maßnahmen …" states what is done, not who does it."""
    text = f"{label}: Überprüfung der Maßnahmen hinsichtlich Erfolg und Übertragbarkeit.\nOrt: Rathaus\n"
    assert run(text) == []
    assert run(f"{label}: Kommunalberatung Schmidt\nOrt: Rathaus\n") == [(None, "Kommunalberatung Schmidt", None)]


@pytest.mark.parametrize("org", ["MTV Nordstemmen e.V.", "ProKommunal GmbH"])
def test_deliberating_together_is_no_advice(org: str) -> None:
    """ "gemeinsam mit X … zu beraten" is a joint deliberation; "X berät die Gemeinde" stays."""
    text = f"Dies bietet die Möglichkeit, die Planungen gemeinsam mit dem {org} in den Jahren 2023 und 2024\n"
    text += "zu beraten.\n"
    assert run(text) == [], text
    assert run(f"Der {org} berät die Gemeinde bei der Planung.\n") == [(None, org, None)]


# --- a task of its own under a heading of a role ---------------------------------------------------

OTHER_TASKS = [
    "Übersetzungen der Einladungen übernimmt der Dolmetscherpool des Caritasverbandes.",
    "Den Druck der Plakate übernimmt die Druckerei Weber GmbH.",
    "Die Kinderbetreuung während der Foren übernimmt der Familienverein Sonnenhof e. V.",
    "Das Catering der Abende liefert die Stadtküche gGmbH im Auftrag der Stadt.",
]


@pytest.mark.parametrize("sentence", OTHER_TASKS)
def test_a_task_of_its_own_under_a_role_heading_is_no_facilitation(sentence: str) -> None:
    """Under "4. Moderation der Foren", the facilitator's sentence is read and a sentence naming a task
    of its own (translation, printing, child care, catering) is not; with a role word of its own the
    sentence is read as before."""
    head = "4. Moderation der Stadtteilforen\n\nDen Auftrag erhält das Büro Lindenplatz Beteiligung GmbH.\n\n"
    assert [o for _, o, _ in run(head + sentence + "\n")] == ["Büro Lindenplatz Beteiligung GmbH"]
    own = "Die Moderation und die Übersetzungen übernimmt die Brückenwerk GmbH.\n"
    assert "Brückenwerk GmbH" in [o for _, o, _ in run(head + own)]
