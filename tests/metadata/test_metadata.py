"""Document metadata: the issuing municipality, the document's type, number and date.

Table-driven cases per layout (and cases where the right answer is nothing), generators of
document headers for random real municipalities of the national gazetteer, the gazetteer
itself, and the real council PDFs of ../shared/corpus (which are not submissions: whatever
municipality they yield must be their own).
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import load_resources, metadata
from extractors.metadata.gazetteer import (
    GAZETTEER_FILE,
    Gazetteer,
    Place,
    base_key,
    gazetteer,
    load_gazetteer,
    name_key,
    read_places,
)
from extractors.resources import RESOURCE_DIR, typed
from pipeline.document import Document
from pipeline.structure import view
from tests.generators.layouts import MONTHS
from tests.helpers import RAW, SHARED

RES = load_resources()
GAZ = gazetteer(RES)
Expected = dict[str, "str | None"]  # field → value; None: the field must be empty


def extract(text: str) -> dict[str, str]:
    doc = Document.from_pages("t", "t.txt", "0" * 64, [(text, "plain_text", None)])
    meta = next(metadata.extract(doc, RES, view(doc)))
    for f in meta.fields.values():  # every value points at its evidence
        if f.span is not None:
            assert doc.text[f.span.start : f.span.end] == f.span.snippet
    return {name: f.value for name, f in meta.fields.items()}


def check(text: str, expected: Expected) -> None:
    got = extract(text)
    for name, value in expected.items():
        assert got.get(name) == value, (name, got)


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    expected: Expected


def place(name: str, ptype: str, state: str, ags: str) -> Expected:
    return {"municipality": name, "municipality_type": ptype, "state": state, "ags": ags}


NOTHING: Expected = {"municipality": None, "state": None, "ags": None}
BODY = "\n\nBeratungsfolge:\nHauptausschuss\t12.03.2019\tVorberatung\n{council}\t26.03.2019\tEntscheidung\n"
PROSE = (
    "\n\nBetreff:\nRadverkehrskonzept\n\nBegründung:\nDie Stadt Köln hat am 15. Mai 2017 ein ähnliches "
    "Konzept beschlossen; der Landkreis Harz folgte am 3. Juni 2018.\n"
)

MUNICIPALITY_CASES = [
    Case(
        "seed-leverkusen-letterhead",
        "Stadt Leverkusen\n\nVorlage Nr. 2017/1900" + PROSE,
        place("Leverkusen", "Stadt", "Nordrhein-Westfalen", "05316000"),
    ),
    Case(
        "letterhead-in-capitals",
        "STADT BONN\nDer Oberbürgermeister\n\nBESCHLUSSVORLAGE" + PROSE,
        place("Bonn", "Stadt", "Nordrhein-Westfalen", "05314000"),
    ),
    Case(
        "mayor-of-the-town",
        "Der Oberbürgermeister der Stadt Trier\n\nBeschlussvorlage" + PROSE,
        place("Trier", "Stadt", "Rheinland-Pfalz", "07211000"),
    ),
    Case(
        "landratsamt-is-the-district",
        "Landratsamt Lörrach\n\nSitzungsvorlage" + PROSE,
        place("Lörrach", "Landkreis", "Baden-Württemberg", "08336"),
    ),
    Case(
        "landrat-of-the-district",
        "Der Landrat des Landkreises Tübingen\n\nSitzungsvorlage" + PROSE,
        place("Tübingen", "Landkreis", "Baden-Württemberg", "08416"),
    ),
    Case(
        "university-town-title",
        "Universitätsstadt Tübingen\n\nSitzungsvorlage" + PROSE,
        place("Tübingen", "Stadt", "Baden-Württemberg", "08416041"),
    ),
    Case(
        "register-town-title",
        "Lutherstadt Wittenberg\n\nBeschlussvorlage" + PROSE,
        place("Wittenberg", "Stadt", "Sachsen-Anhalt", "15091375"),
    ),
    Case(
        "kreisverwaltung-nrw",
        "Kreisverwaltung Mettmann\n\nVorlage" + PROSE,
        place("Mettmann", "Kreis", "Nordrhein-Westfalen", "05158"),
    ),
    Case(
        "landeshauptstadt",
        "Landeshauptstadt München\nReferat für Bildung und Sport\n\nSitzungsvorlage" + PROSE,
        place("München", "Stadt", "Bayern", "09162000"),
    ),
    Case(
        "landeshauptstadt-name-on-next-line",
        "Landeshauptstadt\nMünchen\n\nSitzungsvorlage" + PROSE,
        place("München", "Stadt", "Bayern", "09162000"),
    ),
    Case(
        "joined-title-name-on-next-line",
        "Hanse- und Universitätsstadt\nRostock\nDer Oberbürgermeister\n\nBeschlussvorlage" + PROSE,
        place("Rostock", "Stadt", "Mecklenburg-Vorpommern", "13003000"),
    ),
    Case(
        "letterhead-column-beside-the-number-gap",
        "Hanse- und Universitätsstadt                    Vorlage\nRostock                                         "
        "2023/BV/4187\nDer Oberbürgermeister                           öffentlich\n\nBeschlussvorlage" + PROSE,
        place("Rostock", "Stadt", "Mecklenburg-Vorpommern", "13003000"),
    ),
    Case(
        "letterhead-column-beside-the-number-tab",
        "Landeshauptstadt\tDrucksache\nMünchen\t2023/0815\n\nSitzungsvorlage" + PROSE,
        place("München", "Stadt", "Bayern", "09162000"),
    ),
    Case(
        "letterhead-column-no-place-under-the-kind",
        "Stadt                    Vorlage\nVerwaltung               2023/12\n\nSitzungsvorlage" + PROSE,
        NOTHING,
    ),
    Case(
        "landkreis-of-the-same-name",
        "Landkreis München\n\nSitzungsvorlage" + PROSE,
        place("München", "Landkreis", "Bayern", "09184"),
    ),
    Case(
        "magistrat",
        "MAGISTRAT DER STADT KASSEL\n\nMITTEILUNGSVORLAGE" + PROSE,
        place("Kassel", "Stadt", "Hessen", "06611000"),
    ),
    Case(
        "grosse-kreisstadt",
        "Große Kreisstadt Waiblingen\n\nSitzungsvorlage" + PROSE,
        place("Waiblingen", "Stadt", "Baden-Württemberg", "08119079"),
    ),
    Case(
        "markt",
        "Markt Garmisch-Partenkirchen\n\nSitzungsvorlage" + PROSE,
        place("Garmisch-Partenkirchen", "Gemeinde", "Bayern", "09180117"),
    ),
    Case(
        "markt-in-the-name",
        "Markt Schwaben\n\nSitzungsvorlage" + PROSE,
        place("Markt Schwaben", "Gemeinde", "Bayern", "09175127"),
    ),
    Case(
        "stadt-in-the-name",
        "Stadt Wehlen, den 12.03.2019\n\nSitzungsvorlage" + PROSE,
        place("Stadt Wehlen", "Stadt", "Sachsen", "14628370"),
    ),
    Case(
        "frankfurt-oder",
        "Stadt Frankfurt (Oder)\n\nBeschlussvorlage" + PROSE,
        place("Frankfurt (Oder)", "Stadt", "Brandenburg", "12053000"),
    ),
    Case(
        "frankfurt-alias",
        "Stadt Frankfurt\nDer Magistrat\n\nVorlage" + PROSE,
        place("Frankfurt am Main", "Stadt", "Hessen", "06412000"),
    ),
    Case(
        "register-abbreviation",
        "Stadt Weiden in der Oberpfalz\n\nBeschlussvorlage" + PROSE,
        place("Weiden i.d.OPf.", "Stadt", "Bayern", "09363000"),
    ),
    Case(
        "district-named-by-itself",
        "Rhein-Sieg-Kreis\nDer Landrat\n\nVorlage" + PROSE,
        place("Rhein-Sieg-Kreis", "Kreis", "Nordrhein-Westfalen", "05382"),
    ),
    Case(
        "gemeinde-with-its-district-below",
        "Gemeinde Ottobrunn\nLandkreis München\n\nSitzungsvorlage" + PROSE,
        place("Ottobrunn", "Gemeinde", "Bayern", "09184136"),
    ),
    Case(
        "district-letterhead-over-its-municipality",
        "Landkreis München\nGemeinde Ottobrunn\n\nSitzungsvorlage" + PROSE,
        place("Ottobrunn", "Gemeinde", "Bayern", "09184136"),
    ),
    Case(
        "district-with-its-kreistag-over-a-town",
        "Landkreis Göppingen\nStadt Göppingen\n\nSitzungsvorlage" + BODY.format(council="Kreistag") + PROSE,
        place("Göppingen", "Landkreis", "Baden-Württemberg", "08117"),
    ),
    Case(
        "town-name-shared-with-bergen-auf-ruegen",
        "Stadt Bergen\n\nBeschlussvorlage" + PROSE,
        {"municipality": "Bergen", "municipality_type": "Stadt", "state": None, "ags": None},
    ),
    Case(
        "town-named-in-full",
        "Stadt Bergen auf Rügen\n\nBeschlussvorlage" + PROSE,
        place("Bergen auf Rügen", "Stadt", "Mecklenburg-Vorpommern", "13073010"),
    ),
    Case(
        "name-of-four-gemeinden-keeps-state-empty",
        "Gemeinde Bergen\n\nBeschlussvorlage" + PROSE,
        {"municipality": "Bergen", "municipality_type": "Gemeinde", "state": None, "ags": None},
    ),
    Case(
        "name-of-two-towns-keeps-state-empty",
        "Stadt Halle\n\nBeschlussvorlage" + PROSE,
        {"municipality": "Halle", "municipality_type": "Stadt", "state": None, "ags": None},
    ),
    Case(
        "state-law-decides-between-towns-of-one-name",
        "Stadt Lichtenfels\n\nBeschlussvorlage\n\nBegründung:\nDer Stadtrat entscheidet nach Art. 29 BayGO.\n",
        place("Lichtenfels", "Stadt", "Bayern", "09478139"),
    ),
    Case(
        "two-states-cited-keep-it-open",
        "Stadt Lichtenfels\n\nBeschlussvorlage\n\nBegründung:\nAnders als nach der HGO gilt Art. 29 BayGO.\n",
        {"municipality": "Lichtenfels", "state": None},
    ),
    Case(
        "place-date-cell",
        "Gremium:\tSozialausschuss\nSitzungsdatum:\t05.12.2024\tStadt Landshut, den\t13.11.2024" + PROSE,
        place("Landshut", "Stadt", "Bayern", "09261000"),
    ),
    Case(
        "place-date-town-by-its-council",
        "Sitzungsvorlage" + BODY.format(council="Stadtrat") + PROSE + "\nGörlitz, den 12.03.2019\n",
        place("Görlitz", "Stadt", "Sachsen", "14626110"),
    ),
    Case(
        "place-date-district-by-its-kreistag",
        "Sitzungsvorlage" + BODY.format(council="Kreistag") + PROSE + "\nGörlitz, den 12.03.2019\n",
        place("Görlitz", "Landkreis", "Sachsen", "14626"),
    ),
    Case(
        "council-in-the-beratungsfolge",
        "Beschlussvorlage" + BODY.format(council="Rat der Stadt Bocholt") + PROSE,
        place("Bocholt", "Stadt", "Nordrhein-Westfalen", "05554008"),
    ),
    # a council information system names the council with its municipality after it
    Case(
        "council-with-its-municipality-in-the-beratungsfolge",
        "Beschlussvorlage" + BODY.format(council="Gemeinderat Walkertshofen (Gemeinde Walkertshofen)") + PROSE,
        place("Walkertshofen", "Gemeinde", "Bayern", "09772214"),
    ),
    Case(
        "berlin-district-assembly-von-berlin",
        "Drucksache - 1731/V\n\nBetreff: Kältehilfe\nBeratungsfolge:\nBVV Mitte von Berlin Entscheidung\n"
        "21.02.2019\n25. Öffentliche Sitzung der Bezirksverordnetenversammlung Mitte von Berlin beschlossen\n"
        "\nSachverhalt\nDas Bezirksamt wird ersucht, zu prüfen.\n",
        place("Berlin", "Stadt", "Berlin", "11000000"),
    ),
    Case(
        "berlin-district-assembly-alone",
        "Drucksache - 0308/XIX\n\nBetreff: Gebäude\nBeratungsfolge:\n"
        "Bezirksverordnetenversammlung Reinickendorf Entscheidung\n12.12.2012\n"
        "14. öffentliche Sitzung der Bezirksverordnetenversammlung Reinickendorf beschlossen\n\nSachverhalt\nText.\n",
        place("Berlin", "Stadt", "Berlin", "11000000"),
    ),
    Case(
        "wrapped-body-names-the-district",
        "Nr.: 139/2018\n\nBeratungsfolge\tStatus\tDatum\nSozialausschuss und Betriebsausschuss\t "
        "öffentlich\t20.06.2018\n"
        '"Heime des\nLandkreises\nLörrach"\nKreistag\töffentlich\t18.07.2018\n\nTagesordnungspunkt\n\nHaushalt\n',
        place("Lörrach", "Landkreis", "Baden-Württemberg", "08336"),
    ),
    Case(
        "subject-naming-the-town-named-again",
        "Sitzungsvorlage\n\nBetreff:\nIntegrationskonzept der Stadt Landau in der Pfalz\n\nBegründung:\n"
        "Die Stadt Landau beschäftigt sich seit Jahren mit Integration.\n",
        place("Landau in der Pfalz", "Stadt", "Rheinland-Pfalz", "07313000"),
    ),
    # letterheads of Große Kreisstädte, qualified names, office lines, Landratsamt with its department
    Case(
        "grosse-kreisstadt-in-capitals",
        "GROSSE KREISSTADT PIRNA\n\nBeschlussvorlage" + PROSE,
        place("Pirna", "Stadt", "Sachsen", "14628270"),
    ),
    Case(
        "grosse-kreisstadt-with-the-oberbuergermeisterin",
        "Große Kreisstadt Radebeul\nDie Oberbürgermeisterin\n\nBeschlussvorlage" + PROSE,
        place("Radebeul", "Stadt", "Sachsen", "14627210"),
    ),
    Case(
        "stadtverwaltung-grosse-kreisstadt",
        "Stadtverwaltung Große Kreisstadt Pirna\n\nBeschlussvorlage" + PROSE,
        place("Pirna", "Stadt", "Sachsen", "14628270"),
    ),
    Case(
        "titles-joined-by-und",
        "Universitäts- und Hansestadt Greifswald\n\nBeschlussvorlage" + PROSE,
        place("Greifswald", "Stadt", "Mecklenburg-Vorpommern", "13075039"),
    ),
    Case(
        "name-with-a-river-in-parentheses",
        "Stadt Lingen (Ems)\nDie Oberbürgermeisterin\n\nBeschlussvorlage" + PROSE,
        place("Lingen (Ems)", "Stadt", "Niedersachsen", "03454032"),
    ),
    Case(
        "oberbuergermeisterin-of-the-town",
        "Die Oberbürgermeisterin der Stadt Frankfurt (Oder)\n\nVorlage" + PROSE,
        place("Frankfurt (Oder)", "Stadt", "Brandenburg", "12053000"),
    ),
    Case(
        "register-spelling-in-capitals",
        "GROSSE KREISSTADT WEIDEN I.D.OPF.\n\nBeschlussvorlage" + PROSE,
        place("Weiden i.d.OPf.", "Stadt", "Bayern", "09363000"),
    ),
    Case(
        "in-oberbayern-abbreviated",
        "Große Kreisstadt Weilheim i.OB\n\nBeschlussvorlage" + PROSE,
        place("Weilheim i.OB", "Stadt", "Bayern", "09190157"),
    ),
    Case(
        "letterhead-columns-flattened-type-beside-the-title-number-beside-the-name",
        "Hanse- und Universitätsstadt Vorlage\nRostock 2023/BV/4187\nDer Oberbürgermeister öffentlich\n\n"
        "Beschlussvorlage Datum: 14.03.2023" + PROSE,
        place("Rostock", "Stadt", "Mecklenburg-Vorpommern", "13003000"),
    ),
    Case(
        "letterhead-columns-flattened-nothing-beside-the-name",
        "Landeshauptstadt Drucksache\nMünchen\nSozialreferat\n\nSitzungsvorlage" + PROSE,
        place("München", "Stadt", "Bayern", "09162000"),
    ),
    Case(
        "buergermeister-over-the-gemeinde",
        "Der Bürgermeister\nGemeinde Ottobrunn\n\nSitzungsvorlage" + PROSE,
        place("Ottobrunn", "Gemeinde", "Bayern", "09184136"),
    ),
    Case(
        "landratsamt-with-a-department-line",
        "Landratsamt Sächsische Schweiz-Osterzgebirge\nDezernat II – Soziales\n\nBeschlussvorlage" + PROSE,
        place("Sächsische Schweiz-Osterzgebirge", "Landkreis", "Sachsen", "14628"),
    ),
    Case(
        "landratsamt-in-capitals-with-its-office",
        "LANDRATSAMT ROSENHEIM\nJugendamt\n\nSitzungsvorlage" + PROSE,
        place("Rosenheim", "Landkreis", "Bayern", "09187"),
    ),
    # nothing
    Case(
        "landratsamt-at-its-seat-is-no-district",
        "Landratsamt Pirna\nSozialamt\n\nBeschlussvorlage" + PROSE,
        {"municipality": None, "municipality_type": None, "ags": None},
    ),
    Case("kind-then-a-type-word", "Universitätsstadt Drucksache\n\nBeschlussvorlage" + PROSE, NOTHING),
    Case(
        "flattened-columns-type-over-a-sentence",
        "Hansestadt Vorlage\nRostock hat am 12.03.2023 beschlossen\n\nBeschlussvorlage" + PROSE,
        NOTHING,
    ),
    Case("town-in-prose-only", "Sitzungsvorlage" + PROSE, NOTHING),
    Case("town-in-an-address", "Sitzungsvorlage\nRathausplatz 1\n91052 Erlangen\n" + PROSE, NOTHING),
    Case("addressee-is-not-the-issuer", "An die\nStadt Bonn\nAltes Rathaus\n53111 Bonn\n\nAntrag" + PROSE, NOTHING),
    Case("abbreviation-after-stadt", "Stadt POR\n\nBericht" + PROSE, NOTHING),
    Case("city-district-board", "Stadtteilbeirat Büchenbach\nStadtbezirk Nord\n\nStellungnahme" + PROSE, NOTHING),
    # an association of municipalities issues in its own name: the association, never the town
    Case(
        "verbandsgemeinde-is-the-association",
        "Verbandsgemeinde Landstuhl\n\nBeschlussvorlage" + PROSE,
        {"municipality": "Verbandsgemeinde Landstuhl", "municipality_type": "Gemeinde", "state": None, "ags": None},
    ),
    Case(
        "subject-naming-another-town-once",
        "Sitzungsvorlage\n\nBetreff:\nStellungnahme zum Bebauungsplan der Stadt Bonn\n\nBegründung:\nKeine Einwände.\n",
        NOTHING,
    ),
    Case(
        "partner-town-in-the-subject",
        "Sitzungsvorlage\n\nBetreff:\nKooperationsvereinbarung mit der Stadt Bonn über Radwege\n\nBegründung:\n"
        "Die Stadt Bonn plant Radwege.\n",
        NOTHING,
    ),
    Case(  # a council member's title before a name that is also a place's: only the Beratungsfolge reads it
        "councillor-named-like-a-place-in-the-header",
        "Sitzungsvorlage\nVerfasser: Stadtrat Hahn\n" + BODY.format(council="Stadtrat") + "\nBegründung:\nText.\n",
        NOTHING,
    ),
    Case(
        "local-council-with-a-village-name",
        "Sitzungsvorlage" + BODY.format(council="Ortsrat Groß Escherde") + "\nBegründung:\nText.\n",
        NOTHING,
    ),
    Case(
        "council-of-another-town-in-prose",
        "Sitzungsvorlage\n\nBegründung:\nDer Rat der Stadt Köln hat 2015 ein ähnliches Konzept beschlossen.\n",
        NOTHING,
    ),
    # an information system's page names the corporation the item belongs to in a field of its own
    Case(
        "issuer-field-of-an-item-page",
        "Datum: 12.03.2024\nStatus: Abgeschlossen\nGremium: Marktgemeinderat\nKörperschaft: Markt Erkheim\n"
        "Öffentliche Sitzung, 19:00 Uhr\n\nSachverhalt\nDer Markt plant einen Radweg.\n",
        place("Erkheim", "Gemeinde", "Bayern", "09778136"),
    ),
    Case(
        "issuer-field-value-on-the-next-line",
        "Daten\nKommune\nBocholt\nDateiname\nvorlage.pdf\n\nInhalt der Datei\nBeschlussvorlage\nText.\n",
        place("Bocholt", "Stadt", "Nordrhein-Westfalen", "05554008"),
    ),
    Case(
        "issuer-field-naming-no-place",
        "Datum: 12.03.2024\nKörperschaft: Kleingartenverein Süd\n\nSachverhalt\nText.\n",
        NOTHING,
    ),
]


@pytest.mark.parametrize("case", MUNICIPALITY_CASES, ids=[c.id for c in MUNICIPALITY_CASES])
def test_municipality(case: Case) -> None:
    check(case.text, case.expected)


def test_running_footer_names_the_issuer() -> None:
    """No letterhead text (a logo), but every page ends in the town's footer."""
    pages = [
        (
            "Beschlussvorlage\nVorlage Nr. 12/2020\n\nBetreff:\nRadwege\n\nBegründung:\nDie Stadt Köln baut.\n\n"
            "Stadt Bocholt · Kaiser-Wilhelm-Straße 52-58 · Seite 1",
            "plain_text",
            None,
        ),
        ("Weiter im Text.\n\nStadt Bocholt · Kaiser-Wilhelm-Straße 52-58 · Seite 2", "plain_text", None),
    ]
    doc = Document.from_pages("t", "t.txt", "0" * 64, pages)
    got = {n: f.value for n, f in next(metadata.extract(doc, RES, view(doc))).fields.items()}
    assert (got.get("municipality"), got.get("ags")) == ("Bocholt", "05554008")


TYPE_CASES = [
    Case("capitals", "Stadt Bonn\n\nBESCHLUSSVORLAGE\n", {"doc_type": "Beschlussvorlage"}),
    Case("informationsvorlage", "Informationsvorlage\nDrucksache Nr. 12/2020\n", {"doc_type": "Informationsvorlage"}),
    Case("mitteilungsvorlage-public", "Mitteilungsvorlage – öffentlich –\n", {"doc_type": "Mitteilungsvorlage"}),
    Case("plural-with-number", "Sitzungsvorlagen Nr.: 20-26 / V 02232\n", {"doc_type": "Sitzungsvorlage"}),
    Case("letter-spaced", "B E S C H L U S S V O R L A G E\n", {"doc_type": "Beschlussvorlage"}),
    Case("right-column", "Stadt Musterstadt\tBeschlussvorlage\n", {"doc_type": "Beschlussvorlage"}),
    Case("specific-beats-generic", "Drucksache Nr. 0451/2019\nBeschlussvorlage\n", {"doc_type": "Beschlussvorlage"}),
    Case("seed-leverkusen-generic", "Stadt Leverkusen\n\nVorlage Nr. 2017/1900\n", {"doc_type": "Vorlage"}),
    Case("antrag-with-rule", "Antrag gemäß § 28 GeschO\nhier: Odenwaldallee\n", {"doc_type": "Antrag"}),
    Case("ss-spelling", "Beschlußvorlage\n", {"doc_type": "Beschlussvorlage"}),
    Case(
        "type-label",
        "Drucksache - 1536/V\nDrucksache-Art:\tVorlage zur Beschlussfassung\n",
        {"doc_type": "Vorlage zur Beschlussfassung", "doc_number": "1536/V"},
    ),
    Case(
        "type-label-value-below",
        "Vorlageart:\nBeschlussvorlage\nFederführend:\nSB Recht\n",
        {"doc_type": "Beschlussvorlage"},
    ),
    Case("verwaltungsvorlage", "VERWALTUNGSVORLAGE Nr. 3/2021\n", {"doc_type": "Verwaltungsvorlage"}),
    Case(
        "bericht-before-a-table",
        "Bericht BVK\nLfd.\tBeschlussnummer\nSitzungsvorlage 14–20 / V\n",
        {"doc_type": "Bericht"},
    ),
    Case(
        "prose-line-starting-with-antrag",
        "Stellungnahme\n\nAntrag 132/2022 zu einem besseren Abstimmungsprozess mit der Verwaltung gestellt.\n",
        {"doc_type": "Stellungnahme", "doc_number": None},
    ),
    Case(
        "type-word-inside-a-sentence",
        "Stadt Bonn\n\nDie Beschlussvorlage wurde am 3. Mai vertagt.\n",
        {"doc_type": None},
    ),
    # a section label ("Antrag:", "Bericht:") is a part of the document, not its type
    Case(
        "antrag-section-of-a-vorlage",
        "Stadt Pirna\nVorlage\n\nAntrag:\nDer Stadtrat beschließt.\n\nBegründung:\nText.\n",
        {"doc_type": "Vorlage"},
    ),
    Case(
        "vorlage-for-the-public-meeting",
        "Vorlage für die öffentliche Sitzung\nVorlage-Nr.: 12/2021\n\n"
        "Antrag:\nDer Stadtrat beschließt.\n" + BODY.format(council="Stadtrat"),
        {"doc_type": "Vorlage", "doc_number": "12/2021"},
    ),
    Case(
        "bericht-section-of-a-beschlussvorlage",
        "BESCHLUSSVORLAGE\n\nBericht:\nDie Verwaltung berichtet.\n",
        {"doc_type": "Beschlussvorlage"},
    ),
    Case(
        "mitteilung-section-with-its-text-beside",
        "Vorlage Nr. 12/2020\n\nMitteilung:\tDie Verwaltung teilt mit.\n",
        {"doc_type": "Vorlage"},
    ),
    Case(
        "section-labels-only-under-a-numbered-drucksache",
        "Drucksache Nr. 0451/2019\n\nAntrag:\nJa.\n\nBegründung:\nText.\n",
        {"doc_type": "Drucksache"},
    ),
]


# one line of labelled fields separated by single spaces: a value ends where the next label begins
FIELD_LINE_CASES = [
    Case(
        "type-number-date-office",
        "Stadt Pirna\nBeschlussvorlage Vorlagen-Nr.: BV/0117/2022 Datum: 21.02.2022 "
        "Amt: Sozialamt\n" + BODY.format(council="Stadtrat") + "\nBeschlussvorschlag:\nJa.\n",
        {
            "doc_type": "Beschlussvorlage",
            "doc_number": "BV/0117/2022",
            "doc_date": "2022-02-21",
            "department": "Sozialamt",
        },
    ),
    Case(
        "number-vom-date-fachbereich",
        "Drucksache Nr. 12/2021 vom 03.05.2021 Fachbereich: Soziales\n",
        {"doc_type": "Drucksache", "doc_number": "12/2021", "doc_date": "2021-05-03", "department": "Soziales"},
    ),
    Case(
        "status-between-number-and-date",
        "Beschlussvorlage\nVorlage-Nr.: BV/12/2021 Status: öffentlich Datum: 03.05.2021\n",
        {"doc_type": "Beschlussvorlage", "doc_number": "BV/12/2021", "doc_date": "2021-05-03"},
    ),
    Case(
        "date-first",
        "Mitteilungsvorlage\nDatum: 4. Mai 2021 Drucksachen-Nr.: 0451/2019 Fachbereich: Jugend und Familie\n",
        {"doc_number": "0451/2019", "doc_date": "2021-05-04", "department": "Jugend und Familie"},
    ),
    Case(
        "labels-without-colons",
        "Beschlussvorlage Vorlagen-Nr. BV/0117/2022 Datum 21.02.2022\n",
        {"doc_type": "Beschlussvorlage", "doc_number": "BV/0117/2022", "doc_date": "2022-02-21"},
    ),
    Case(
        "type-label-in-the-line",
        "Vorlageart: Informationsvorlage Vorlagen-Nr.: 2019/0815 Stand: 12.03.2019\n",
        {"doc_type": "Informationsvorlage", "doc_number": "2019/0815", "doc_date": "2019-03-12"},
    ),
    Case(
        "author-ends-the-line",
        "Sitzungsvorlage Nr.: 2019/0815 Datum: 12.03.2019 Verfasser: Müller, Anna\n",
        {"doc_number": "2019/0815", "doc_date": "2019-03-12", "author": "Müller, Anna"},
    ),
    Case(
        "in-capitals",
        "BESCHLUSSVORLAGE VORLAGEN-NR.: 0117/2022 DATUM: 21.02.2022\n",
        {"doc_type": "Beschlussvorlage", "doc_number": "0117/2022", "doc_date": "2022-02-21"},
    ),
    Case(
        "capitals-without-colons",
        "DRUCKSACHE NR. 12/2021 VOM 03.05.2021\n",
        {"doc_type": "Drucksache", "doc_number": "12/2021", "doc_date": "2021-05-03"},
    ),
    # nothing
    Case(
        "file-reference-is-no-number",
        "Beschlussvorlage Az.: 50/123 Datum: 12.03.2019\n",
        {"doc_type": "Beschlussvorlage", "doc_number": None, "doc_date": "2019-03-12"},
    ),
    Case(
        "meeting-date-is-no-document-date",
        "Sitzungsvorlage Vorlagen-Nr.: 0117/2022 Sitzungsdatum: 21.02.2022\n",
        {"doc_number": "0117/2022", "doc_date": None},
    ),
    Case(
        "label-after-a-preposition",
        "Antrag gemäß § 28 GeschO\nZust. Referat:\tVI/61\nmit Referat:\n21. Juli 2020/AB\n",
        {"department": None},
    ),
    Case(
        "sentence-naming-another-papers-number",
        "Sitzungsvorlage\n\n5. Der Antrag Nr. 08-14 / A 02358 der "
        "Stadtratsfraktion vom 07.04.2011 ist damit erledigt. 6. Der Beschluss unterliegt der Vollzugskontrolle.\n",
        {"doc_number": None},
    ),
    # the type word after the letterhead on the same line, one space apart
    Case(
        "letterhead-and-type-in-one-field",
        "Gemeinde Musterhausen Beschlussvorlage Vorlagen-Nr.: 0451/2021\n",
        {"doc_type": "Beschlussvorlage"},
    ),
]


@pytest.mark.parametrize("case", FIELD_LINE_CASES, ids=[c.id for c in FIELD_LINE_CASES])
def test_field_line(case: Case) -> None:
    check(case.text, case.expected)


FIELD_LINE_MISSES = [
    # a month name in capitals is no date yet
    Case("month-in-capitals", "BESCHLUSSVORLAGE VORLAGEN-NR.: 1/2005 VOM 1. JANUAR 2005\n", {"doc_date": "2005-01-01"}),
]


@pytest.mark.xfail(strict=True, reason="known misses of the field line")
@pytest.mark.parametrize("case", FIELD_LINE_MISSES, ids=[c.id for c in FIELD_LINE_MISSES])
def test_field_line_known_misses(case: Case) -> None:
    check(case.text, case.expected)


@pytest.mark.parametrize("case", TYPE_CASES, ids=[c.id for c in TYPE_CASES])
def test_doc_type(case: Case) -> None:
    check(case.text, case.expected)


NUMBER_CASES = [
    Case("seed-leverkusen", "Vorlage Nr. 2017/1900\n", {"doc_number": "2017/1900"}),
    Case("allris-vo", "Vorlagen-Nr.: VO/2019/123\n", {"doc_number": "VO/2019/123"}),
    Case("drucksache-with-revision", "Drucksache Nr. 0123/2019-1\n", {"doc_number": "0123/2019-1"}),
    Case("seed-loerrach-nr", "Nr.: 139/2018\n", {"doc_number": "139/2018"}),
    Case("munich", "Sitzungsvorlage Nr. 20-26 / V 02318\n", {"doc_number": "20-26 / V 02318"}),
    Case("seed-landau-under-the-type", "Sitzungsvorlage\n500/035/2017\n", {"doc_number": "500/035/2017"}),
    Case(
        "under-a-type-word-in-a-column-gap",
        "Hanse- und Universitätsstadt                    Vorlage\nRostock                                         "
        "2023/BV/4187\nDer Oberbürgermeister                           öffentlich\n\nBeschlussvorlage\n",
        {"doc_number": "2023/BV/4187"},
    ),
    Case(
        "under-a-type-word-in-a-column-tab",
        "Stadt Speyer\tDrucksache\nDer Oberbürgermeister\t0815/2023\n\nBeschlussvorlage\n",
        {"doc_number": "0815/2023"},
    ),
    Case(
        "not-under-the-type-word-column",
        "Stadt Speyer                 Drucksache\nDer Oberbürgermeister 0815/2023\n\nBeschlussvorlage\n",
        {"doc_number": None},
    ),
    Case("after-type-and-dash", "Beschlussvorlage - 2021/BV/2114\n", {"doc_number": "2021/BV/2114"}),
    Case("period-mark", "Drucksache - 1536/V\n", {"doc_number": "1536/V"}),
    Case("tab-separated", "Vorlagennummer\t2019/0815\n", {"doc_number": "2019/0815"}),
    Case("next-line", "Vorlage-Nr.:\n0123/2018\n", {"doc_number": "0123/2018"}),
    Case("above-its-label", "2017/1900\nVorlagen-Nr.\n", {"doc_number": "2017/1900"}),
    Case("column-gap", "Fachbereich Soziales          Vorlage-Nr.: 0123/2018\n", {"doc_number": "0123/2018"}),
    Case("stuttgart", "GRDrs 123/2023\n", {"doc_number": "123/2023"}),
    Case(
        "number-header-beside-the-letterhead",
        "Stadt Kassel – Vorlage Nr. 101/2020 – öffentlich\n",
        {"doc_number": "101/2020", "doc_type": "Vorlage", "municipality": "Kassel"},
    ),
    Case("antragsnummer", "Eingang:\t21.07.2020\nAntragsnr.:\t151/2020\n", {"doc_number": "151/2020"}),
    Case("bare-count-is-no-number", "Beschlussvorlage\nNr. 7\n", {"doc_number": None}),
    Case("meeting-number", "Sitzungsnummer:\t19\nTagesordnungspunkt:\t7\n", {"doc_number": None}),
    Case("file-reference", "Az.: 461.02\nAktenzeichen: 50/123\n", {"doc_number": None}),
    Case(
        "number-of-another-paper-in-brackets",
        "Bericht\n(Antrag Nr. 08- 14 / A 02358 der Fraktion)\n",
        {"doc_number": None},
    ),
    Case("budget-line", "Zeilen-Nr.\t12/3\n", {"doc_number": None}),
]


@pytest.mark.parametrize("case", NUMBER_CASES, ids=[c.id for c in NUMBER_CASES])
def test_doc_number(case: Case) -> None:
    check(case.text, case.expected)


CONSULTATION = (
    "\nBeratungsfolge:\nGremium\tDatum\tZuständigkeit\nSozialausschuss\t20.02.2017\tVorberatung\n"
    "Stadtrat\t23.05.2017\tEntscheidung\n"
)
DATE_CASES = [
    Case(
        "seed-landau-inline", "Amt/Abteilung: Sozialamt Datum: 14.03.2017\tAktenzeichen:\n", {"doc_date": "2017-03-14"}
    ),
    Case("tab", "Datum\t14.03.2017\n", {"doc_date": "2017-03-14"}),
    Case(
        "scan-bullet-read-as-letter",
        "Nr.: 139/2018\n\nm Dezernat\tV - Soziales & Jugend\t20.06.2018\nm Fachbereich\tAufnahme & Integration\n",
        {"doc_date": "2018-06-20"},
    ),
    Case(
        "preposition-before-a-label-is-prose", "Nr.: 139/2018\n\nim Referat\tSoziales\t20.06.2018\n", {"doc_date": None}
    ),
    Case("next-line", "Datum:\n14.03.2017\n", {"doc_date": "2017-03-14"}),
    Case("label-above", "Datum\n14.03.2017\n" + CONSULTATION, {"doc_date": "2017-03-14"}),
    Case(
        "seed-leverkusen-above-label",
        "Vorlage Nr. 2017/1900\n\n27.10.17\n\nDatum\n" + CONSULTATION,
        {"doc_date": "2017-10-27"},
    ),
    Case("stand", "Stand: 01.02.2019\n", {"doc_date": "2019-02-01"}),
    Case("erstellt-am", "Erstellt am: 22.01.2019\n", {"doc_date": "2019-01-22"}),
    Case("erstellungsdatum", "Erstellungsdatum 05.06.2020\n", {"doc_date": "2020-06-05"}),
    Case("long-month", "DATUM: 4. Mai 2021\n", {"doc_date": "2021-05-04"}),
    Case("iso", "Datum: 2021-05-04\n", {"doc_date": "2021-05-04"}),
    Case("vom-after-the-number", "Vorlage Nr. 12/2019 vom 03.04.2019\n", {"doc_date": "2019-04-03"}),
    Case("place-date-with-kind", "Stadt Landshut, den 13.11.2024\n", {"doc_date": "2024-11-13"}),
    Case("place-date-long-month", "Bonn, 14. März 2019\n\nBeschlussvorlage\n", {"doc_date": "2019-03-14"}),
    Case(
        "seed-loerrach-department-cell", "■ Dezernat\tV - Soziales & Jugend\t20.06.2018\n", {"doc_date": "2018-06-20"}
    ),
    Case(
        "office-seat-and-date",
        "Landkreis Göppingen\nAmt für Migration und Integration Göppingen, 04.05.2021\n",
        {"doc_date": "2021-05-04"},
    ),
    Case(
        "date-alone-in-the-header",
        "Landeshauptstadt München\n\n23.12.2020\n\nCorona-Hilfen\n",
        {"doc_date": "2020-12-23"},
    ),
    Case(
        "spaced-digits-after-place",
        "Stadtteilbeirat Büchenbach\tErlangen, den 18 . 9 .20 2 2\n",
        {"doc_date": "2022-09-18"},
    ),
    Case(
        "seed-waiblingen-date-line-at-the-end",
        "Sitzungsvorlage\n" + CONSULTATION + PROSE + "\nWaiblingen, 20.11.2017\n",
        {"doc_date": "2017-11-20"},
    ),
    Case("label-beats-meeting-date", "Sitzungsdatum:\t05.12.2024\nDatum:\t13.11.2024\n", {"doc_date": "2024-11-13"}),
    # the letterhead's date column read into the contact column's line (Nordstemmen)
    Case(
        "after-the-telephone-number",
        "Auskunft erteilt: Herr Niemann\nTelefon: 800 - 21 27.11.2015\nDS 86/2015\nMitteilungsvorlage\n",
        {"doc_date": "2015-11-27"},
    ),
    Case("after-a-short-number", "Telefon: 800-41 12.02.2018\nDS 11/2018\n", {"doc_date": "2018-02-12"}),
    Case("after-two-numbers", "Tel.: 800 – 21 / 22 03.04.2019\n", {"doc_date": "2019-04-03"}),
    Case("telephone-without-date", "Telefon: 800 - 21\nDS 86/2015\n" + CONSULTATION, {"doc_date": None}),
    Case("words-before-the-date-are-no-number", "Telefon: Sitzung am 27.11.2015\n", {"doc_date": None}),
    # nothing
    Case("only-meeting-dates", "Sitzungsvorlage\n" + CONSULTATION, {"doc_date": None}),
    Case(
        "datum-der-beratung",
        "An:\tDatum der Beratung\tZuständigkeit\nStadtvorstand\t20.02.2017\tVorberatung N\n",
        {"doc_date": None},
    ),
    Case("meeting-label", "Sitzungsdatum: 05.12.2024\nBesprechung am:\t20. Oktober 2020\n", {"doc_date": None}),
    Case("prose-dates", "Sitzungsvorlage" + PROSE, {"doc_date": None}),
    Case(
        "weekday-is-no-place",
        "Sitzungsvorlage\n\nBegründung:\nAm Dienstag, 13. September 2022, fand ein Forum statt.\n",
        {"doc_date": None},
    ),
    Case(
        "stacked-meeting-dates",
        "Beratungsfolge:\n\nAusschuss\nGemeinderat\n\n06.12.2017\n\n14.12.2017\n",
        {"doc_date": None},
    ),
]


@pytest.mark.parametrize("case", DATE_CASES, ids=[c.id for c in DATE_CASES])
def test_doc_date(case: Case) -> None:
    check(case.text, case.expected)


def test_department_label_above_its_value_in_the_plain_rendering() -> None:
    """Regression: a title-paragraph pattern once shadowed the label pattern of the department."""
    check(
        "Sitzungsvorlage\n500/035/2017\n\nAmt/Abteilung:\tAktenzeichen:\nSozialamt Datum:\n14.03.2017\n"
        "An:\tDatum der Beratung\tZuständigkeit\tAbstimmungsergeb.\nStadtvorstand\t20.02.2017\tVorberatung N\n",
        {"department": "Sozialamt", "doc_date": "2017-03-14", "doc_number": "500/035/2017"},
    )


SUBJECT_CASES = [
    Case(
        "betreff-heading",
        "Beschlussvorlage\n\nBetreff:\nKommunales Integrationskonzept\n\nBeschlussvorschlag:\nJa.\n",
        {"subject": "Kommunales Integrationskonzept"},
    ),
    Case(
        "betreff-inline",
        "Beschlussvorlage\nBetreff: Integrationskonzept der Stadt Gotha\n",
        {"subject": "Integrationskonzept der Stadt Gotha"},
    ),
    Case(
        "title-after-the-beratungsfolge",
        "Landkreis Göppingen\nSitzungsvorlage Nr. 2021/087\n\nBeratungsfolge\nKreistag 18.06.2021 11 Ö\n\n"
        "Integrationskonzept des Landkreises Göppingen; Beauftragung einer "
        "Prozessbegleitung\n\nBeschlussvorschlag:\nJa.\n",
        {"subject": "Integrationskonzept des Landkreises Göppingen; Beauftragung einer Prozessbegleitung"},
    ),
    Case(
        "title-over-two-lines",
        "Telefon: 0 233-22288\tKommunalreferat\n\nBeschleunigung von Bebauungsplanverfahren;\nzusätzlicher "
        "Personalbedarf\n\n"
        "Sitzungsvorlage Nr. 20-26 / V 02318\n",
        {"subject": "Beschleunigung von Bebauungsplanverfahren; zusätzlicher Personalbedarf"},
    ),
    Case(
        "hier",
        "Antrag\nhier: Odenwaldallee öffentliche Flächen\n\nSehr geehrter Herr Oberbürgermeister,\n",
        {"subject": "Odenwaldallee öffentliche Flächen"},
    ),
    Case(
        "titel-label",
        "Beschlussvorlage\nTitel: Neubau der Grundschule Nord\nDatum: 12.03.2019\n",
        {"subject": "Neubau der Grundschule Nord"},
    ),
    Case(
        "minutes-have-no-title-paragraph",
        "Niederschrift\n\nHr. Dees\nFr. Dr. Marenbach\n\nDie Sitzung beginnt.\n",
        {"subject": None},
    ),
    Case(
        "names-are-no-title",
        "Anfrage Nr. 20-26 / F 00119\n\nBeatrix Zurek\nBerufsmäßige Stadträtin\n",
        {"subject": None},
    ),
]


@pytest.mark.parametrize("case", SUBJECT_CASES, ids=[c.id for c in SUBJECT_CASES])
def test_subject(case: Case) -> None:
    check(case.text, case.expected)


# --- generated headers ---------------------------------------------------------------


def same_class(p: Place, kind: str) -> bool:
    return {"Stadt": p.type == "Stadt", "Gemeinde": p.type == "Gemeinde", "Markt": p.is_markt, "Kreis": p.is_district}[
        kind
    ]


def may_be_named(q: Place, name: str) -> bool:
    """Whether ``q`` could be meant by ``name``: the same name, or ``name`` with a qualifier."""
    return q.name == name or re.match(re.escape(name) + r"(?: | ?\(|/| [a-z]| [a-z]\.)", q.name) is not None


def index_by_first_word(places: list[Place]) -> dict[str, list[Place]]:
    out: dict[str, list[Place]] = {}
    for p in places:
        out.setdefault(p.name.split()[0].split("(")[0].split("/")[0].lower(), []).append(p)
    return out


BY_FIRST = index_by_first_word(GAZ.places)
SIMPLE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*(?: [A-ZÄÖÜ][a-zäöüß]+)?")


def rivals(p: Place, kind: str | None) -> list[Place]:
    """Other places of the same class the name of ``p`` may stand for (all classes when bare)."""
    pool = BY_FIRST.get(p.name.split()[0].lower(), [])
    return [q for q in pool if q is not p and may_be_named(q, p.name) and (kind is None or same_class(q, kind))]


def usable(p: Place) -> bool:
    return (
        bool(SIMPLE.fullmatch(p.name))
        and name_key(p.name) not in GAZ.aliases
        and "kreis" not in p.name.lower()
        and not p.name.startswith(("Region", "Städteregion", "Regionalverband", "Bad ", "Sankt"))
    )


# names with a qualifier as the register writes them: "Lingen (Ems)", "Weiden i.d.OPf.", "Rade b. Rendsburg"
QUALIFIED_NAME = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)* "
    r"(?:\([A-ZÄÖÜ][a-zäöüß. ]+\)|[a-z]\.(?:[a-z]\.)?(?: ?[A-Z][A-Za-zäöü]*\.?))"
)


def qualified(p: Place) -> bool:
    return (
        bool(QUALIFIED_NAME.fullmatch(p.name))
        and name_key(p.name) not in GAZ.aliases
        and not p.name.startswith(("Bad ", "St. ", "Sankt"))
    )


KIND_OF_TYPE = {"Stadt": "Stadt", "Gemeinde": "Gemeinde", "Landkreis": "Kreis", "Kreis": "Kreis"}
LETTERHEADS = {
    "Stadt": [
        "Stadt {n}",
        "STADT {N}",
        "Stadtverwaltung {n}",
        "Der Oberbürgermeister der Stadt {n}",
        "Magistrat der Stadt {n}",
        "Der Bürgermeister der Stadt {n}",
        "Große Kreisstadt {n}",
        "GROSSE KREISSTADT {N}",
        "Stadtverwaltung Große Kreisstadt {n}",
        "Die Oberbürgermeisterin der Stadt {n}",
        "Die Bürgermeisterin der Stadt {n}",
    ],
    "Gemeinde": [
        "Gemeinde {n}",
        "GEMEINDE {N}",
        "Gemeindeverwaltung {n}",
        "Der Bürgermeister der Gemeinde {n}",
        "Die Bürgermeisterin der Gemeinde {n}",
    ],
    "Markt": ["Markt {n}", "Marktgemeinde {n}"],
    "Landkreis": [
        "Landkreis {n}",
        "LANDKREIS {N}",
        "Landratsamt {n}",
        "LANDRATSAMT {N}",
        "Der Landrat des Landkreises {n}",
        "Die Landrätin des Landkreises {n}",
    ],
    "Kreis": ["Kreis {n}", "Kreisverwaltung {n}", "Der Landrat des Kreises {n}"],
}
# lines under the letterhead: the head of the administration, an office or department
OFFICE_LINES = {
    "Stadt": [
        "Der Oberbürgermeister",
        "Die Oberbürgermeisterin",
        "Der Bürgermeister",
        "Die Bürgermeisterin",
        "Der Magistrat",
        "Fachbereich Soziales",
        "Referat für Bildung und Sport",
        "Amt für Jugend und Familie",
    ],
    "Gemeinde": ["Der Bürgermeister", "Die Bürgermeisterin", "Hauptamt", "Fachbereich Bürgerdienste"],
    "Landkreis": [
        "Der Landrat",
        "Die Landrätin",
        "Amt für Soziales",
        "Dezernat II – Soziales",
        "Jugendamt",
        "Sachgebiet 21 – Integration",
        "Fachbereich Aufnahme & Integration",
        "Kreissozialamt",
    ],
}
OFFICE_LINES["Markt"] = OFFICE_LINES["Gemeinde"]
OFFICE_LINES["Kreis"] = OFFICE_LINES["Landkreis"]
USABLE = [p for p in GAZ.places if usable(p)]
QUALIFIED = [p for p in GAZ.places if qualified(p)]


@st.composite
def issuers(draw: st.DrawFn, date: str | None = None) -> tuple[str, Expected, str]:
    """A letterhead for a random real place and what it must resolve to: the place, or (when
    its name stands for several places of its kind) its name without state and AGS."""
    p = draw(st.sampled_from(QUALIFIED if draw(st.integers(0, 4)) == 0 else USABLE))  # "Lingen (Ems)"
    family = "Markt" if p.is_markt and draw(st.booleans()) else p.type
    kind = KIND_OF_TYPE.get(family, family)
    templates = LETTERHEADS[family]
    if not p.is_district and not rivals(p, None):  # a name no other place has: "Erlangen, den 26.10.2020"
        templates = [*templates, "{n}, den {d}", "{n}, {d}"]
    template = draw(st.sampled_from(templates))
    head = template.format(n=p.name, N=p.name.upper(), d=date or draw(dates())[0])
    if draw(st.integers(0, 2)) == 0:  # an office or department under the letterhead
        head += "\n" + draw(st.sampled_from(OFFICE_LINES[family]))
    if rivals(p, kind if "{d}" not in template else None):
        expected: Expected = {"municipality": p.name, "state": None, "ags": None}
    else:
        expected = {"municipality": p.name, "municipality_type": p.type, "state": p.state, "ags": p.ags}
    return head, expected, p.name


def distractor_place(p_name: str) -> st.SearchStrategy[Place]:
    return st.sampled_from(USABLE).filter(lambda q: q.name != p_name)


DOC_TYPES = [(e.name, e.generic) for e in typed.metadata(RES).doc_types]


@st.composite
def dates(draw: st.DrawFn) -> tuple[str, str]:
    y, m, d = draw(st.integers(2005, 2025)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
    form = draw(st.integers(0, 3))
    written = [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y % 100:02d}", f"{d}. {MONTHS[m - 1]} {y}"][
        form
    ]
    return written, f"{y}-{m:02d}-{d:02d}"


@st.composite
def ids(draw: st.DrawFn) -> str:
    n = draw(st.integers(1, 9999))
    y = draw(st.integers(2005, 2025))
    forms = [
        f"{n}/{y}",
        f"{n:04d}/{y}",
        f"{y}/{n}",
        f"{n % 1000:03d}/{n % 97:03d}/{y}",
        f"VO/{y}/{n}",
        f"{y % 100:02d}-{(y + 6) % 100:02d} / V {n:05d}",
        f"{n:04d}/{y}-{n % 9 + 1}",
        f"{y}/BV/{n}",
        f"B {n}/{y % 100:02d}",
    ]
    return draw(st.sampled_from(forms))


def cased(draw: st.DrawFn, word: str) -> str:
    form = draw(st.integers(0, 3))
    if form == 1:
        return word.upper()
    if form == 2 and " " not in word:
        return " ".join(word.upper())
    return word


BODIES = [
    "Hauptausschuss",
    "Sozialausschuss",
    "Ausschuss für Bildung, Kultur und Sport",
    "Integrationsrat",
    "Finanzausschuss",
    "Jugendhilfeausschuss",
]


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, Expected]:
    """A submission's header and first page: letterhead, type heading, number, date and
    department in a drawn order and with drawn separators, a Beratungsfolge with dates, a
    subject, and prose naming other towns and dates."""
    written, iso = draw(dates())
    head, expected, name = draw(issuers(written))
    doc_type, generic = draw(st.sampled_from(DOC_TYPES))
    number = draw(ids())
    other = draw(distractor_place(name))
    sep = draw(st.sampled_from([": ", ":\t", "\t", " ", ":  ", "      "]))
    type_line = cased(draw, doc_type)
    if draw(st.booleans()):  # the number beside the type
        type_line += draw(st.sampled_from([" Nr. ", " Nr.: ", " - ", "\tNr. "])) + number
        number_line = None
    else:
        label = (
            "Nr."
            if generic
            else draw(
                st.sampled_from(
                    [
                        "Vorlage Nr.",
                        "Vorlagen-Nr.",
                        "Vorlage-Nr.",
                        "Drucksache Nr.",
                        "Vorlagennummer",
                        "Nr.",
                        "Drucksachen-Nr.",
                    ]
                )
            )
        )
        number_line = label + (sep if draw(st.integers(0, 4)) else ":\n") + number
    date_form = draw(st.integers(0, 4))
    top = head
    date_line: str | None = None
    if date_form == 3 and re.fullmatch(r"(?:Stadt|Gemeinde) \S.*", head):  # "Stadt X, den 13.11.2024"
        top = f"{head}, den{draw(st.sampled_from([' ', chr(9)]))}{written}"
    elif date_form == 4 and number_line and "\n" not in number_line:  # "Vorlage Nr. 12/2019 vom 03.04.2019"
        number_line += " vom " + written
    elif date_form == 1:
        date_line = "Datum:\n" + written
    elif date_form == 2:
        date_line = written + "\n\nDatum"
    else:
        date_line = (
            draw(st.sampled_from(["Datum", "Stand", "Erstellt am", "Erstellungsdatum", "DATUM"])) + sep + written
        )
    department: str | None = None
    if draw(st.integers(0, 3)) == 0:  # all fields on one line after the type, single spaces between
        type_line, department = draw(field_line(doc_type, number, written))
        parts: list[str] = []
    else:
        if type_line == doc_type and draw(st.integers(0, 3)) == 0:  # "Vorlage für die öffentliche Sitzung"
            type_line += draw(
                st.sampled_from([" für die öffentliche Sitzung", " – öffentlich –", " zur Sitzung des Rates"])
            )
        if draw(st.integers(0, 2)) == 0:  # the type in a second column beside the letterhead
            gap = draw(st.sampled_from(["\t", "      "]))
            first, _, rest = top.partition("\n")
            top = first + gap + type_line + ("\n" + rest if rest else "")
            type_line = ""
        parts = [part for part in (number_line, "Federführung" + sep + "Amt für Soziales", date_line) if part]
        parts = draw(st.permutations(parts))
    meeting1, meeting2 = draw(dates()), draw(dates())
    council = "Kreistag" if expected.get("municipality_type") in ("Landkreis", "Kreis") else "Stadtrat"
    if expected.get("municipality_type") == "Stadt" and draw(st.booleans()):
        council = f"Rat der Stadt {name}"
    beratung = (
        f"Beratungsfolge:\nGremium\tDatum\tZuständigkeit\n{draw(st.sampled_from(BODIES))}\t{meeting1[0]}"
        f"\tVorberatung\n{council}\t{meeting2[0]}\tEntscheidung\n"
    )
    subject = draw(
        st.sampled_from(
            [
                "Fortschreibung des Integrationskonzeptes",
                "Radverkehrskonzept 2030",
                "Neubau einer Kindertagesstätte",
                "Haushaltssatzung und Haushaltsplan",
            ]
        )
    )
    distract = draw(dates())
    prose = (
        f"Begründung:\nDie Stadt {other.name} hat am {distract[0]} ein ähnliches Konzept beschlossen. "
        f"Am {meeting1[0]} tagte der Ausschuss.\nRathausplatz 1, 12345 {other.name}\n"
    )
    page_break = draw(st.sampled_from(["\n", "\n\f"]))  # the Beratungsfolge on the next page
    # the request under a section label that is also a type word ("Antrag:"), and a report section
    decision = draw(st.sampled_from(["Beschlussvorschlag:", "Antrag:", "Beschlussantrag:"]))
    report = draw(
        st.sampled_from(
            [
                "",
                "Bericht:\nDie Verwaltung berichtet über den Stand.\n\n",
                "Mitteilung:\nDie Verwaltung teilt den Sachstand mit.\n\n",
            ]
        )
    )
    text = (
        top
        + "\n"
        + (type_line + "\n" if type_line else "")
        + "\n"
        + "\n".join(parts)
        + page_break
        + "\n"
        + beratung
        + "\nBetreff:\n"
        + subject
        + f"\n\n{decision}\nDer Rat stimmt zu.\n\n"
        + report
        + prose
    )
    expected = dict(expected, doc_type=doc_type, doc_number=number, doc_date=iso, subject=subject)
    if department is not None:
        expected["department"] = department
    return text, expected


@st.composite
def field_line(draw: st.DrawFn, doc_type: str, number: str, written: str) -> tuple[str, str | None]:
    """A type word and the header's labelled fields on one line, separated by single spaces, in
    a drawn order, with or without colons where the value's form tells it ("Vorlagen-Nr.
    BV/0117/2022 Datum 21.02.2022"), and other fields between (status, file reference):
    "Beschlussvorlage Vorlagen-Nr.: BV/0117/2022 Datum: 21.02.2022 Amt: Sozialamt"."""
    label = draw(
        st.sampled_from(
            ["Vorlagen-Nr.", "Vorlage-Nr.", "Drucksachen-Nr.", "Drucksache Nr.", "Vorlagennummer", "Nr.", "Antrags-Nr."]
        )
    )
    number_field = label + (": " if label == "Nr." else draw(st.sampled_from([": ", " ", ":"]))) + number
    fields = []
    if draw(st.integers(0, 3)) == 0:  # "Drucksache Nr. 12/2021 vom 03.05.2021"
        fields.append(number_field + " vom " + written)
    else:
        fields.append(number_field)
        date_label = draw(st.sampled_from(["Datum", "Stand", "Erstellt am", "Erstellungsdatum", "DATUM"]))
        fields.append(date_label + draw(st.sampled_from([": ", " "])) + written)
    department = draw(
        st.sampled_from(
            ["Sozialamt", "Amt für Soziales", "Jugend und Familie", "Bürgerdienste", "Ordnung und Soziales"]
        )
    )
    fields.append(
        draw(st.sampled_from(["Amt", "Fachbereich", "Federführung", "Abteilung", "Dezernat", "Dienststelle"]))
        + ": "
        + department
    )
    for other in (
        "Status: öffentlich",
        "Az.: 50.1/123",
        "Aktenzeichen: 461.02",
        "Öffentlichkeitsstatus: nicht öffentlich",
    ):
        if draw(st.integers(0, 4)) == 0:
            fields.append(other)
    fields = draw(st.permutations(fields))
    head = draw(st.sampled_from([doc_type, doc_type.upper()]))
    line = " ".join([head, *fields])
    if draw(st.integers(0, 5)) == 0:  # the line in capitals but its date (the department is then not asserted)
        return written.join(part.upper() for part in line.split(written)), None
    return line, department


# --- a letterhead of place names, a number with its supplement -----------------------------

VILLAGE_PARTS = (
    ["", "", "Groß ", "Klein ", "Ober", "Nieder"],
    ["Hasel", "Birk", "Eich", "Lind", "Wend", "Rod", "Stein", "Mahl", "Hall", "Esch", "Barn", "Heyer"],
    ["ersum", "ten", "ing", "erburg", "stedt", "erode", "beck", "erde", "sen"],
)
VILLAGES = sorted(
    {
        a + (b.lower() if a and not a.endswith(" ") else b) + c  # "Oberbarnbeck", "Groß Barnbeck"
        for a in VILLAGE_PARTS[0]
        for b in VILLAGE_PARTS[1]
        for c in VILLAGE_PARTS[2]
        if not GAZ.knows(a + b + c) and not any(GAZ.knows(w) for w in (a + b + c).split())
    }
)
LIST_PLACES = [
    p for p in USABLE if not p.is_district and " " not in p.name and "-" not in p.name and not rivals(p, None)
]


def wrap_names(draw: st.DrawFn, names: list[str], whole: frozenset[str] = frozenset()) -> list[str]:
    """Names set two or three to a line, a long one sometimes wrapped with a hyphen ("Burgstem-"
    / "men" on the next line), or run together with the next ("GroßEscherde"); the names of
    ``whole`` never wrap (a municipality's name broken in two is not read)."""
    lines: list[str] = []
    i = 0
    carry = ""
    while i < len(names):
        take = names[i : i + draw(st.integers(2, 3))]
        i += len(take)
        words = [carry + take[0], *take[1:]] if carry else list(take)
        carry = ""
        last = words[-1]
        if i < len(names) and len(last) > 7 and " " not in last and last not in whole and draw(st.integers(0, 3)) == 0:
            cut = draw(st.integers(3, len(last) - 3))
            words[-1], carry = last[:cut] + "-", last[cut:] + " "
        sep = draw(st.sampled_from([" ", "\t"]))
        joined = sep.join(words)
        if draw(st.integers(0, 5)) == 0:
            joined = re.sub(r"(?<=[a-zäöüß]) (?=[A-ZÄÖÜ])", "", joined, count=1)  # "EscherdeMahlerten"
        lines.append(joined)
    if carry:
        lines.append(carry.strip())
    return lines


@st.composite
def place_lists(draw: st.DrawFn) -> tuple[str, Expected]:
    """A letterhead that is an image of the municipality's villages, extracted as lines of
    names, then the department, file reference and date: the municipality is the one place of
    the gazetteer among the names. Negatives: two municipalities among the names, a list too
    short to be a letterhead, a name of several places, or villages only."""
    villages = draw(st.lists(st.sampled_from(VILLAGES), min_size=2, max_size=9, unique=True))
    p = draw(st.sampled_from(LIST_PLACES))
    case = draw(st.sampled_from(["one", "one", "one", "two", "short", "none", "ambiguous"]))
    names = [*villages, p.name]
    expected: Expected = {"municipality": p.name, "municipality_type": p.type, "state": p.state, "ags": p.ags}
    if case == "two":
        names.append(draw(st.sampled_from(LIST_PLACES).filter(lambda q: q.name != p.name)).name)
        expected = NOTHING
    elif case == "none":
        names = villages
        expected = NOTHING
    elif case == "ambiguous":  # "Berg": a name of many places
        names.append(draw(st.sampled_from(["Berg", "Buch", "Neuhausen", "Hagen"])))
        expected = NOTHING
    names = draw(st.permutations(names))
    lines = wrap_names(draw, names, frozenset(n for n in names if n not in villages))
    if case == "short":
        lines = lines[:2]
    department = draw(st.sampled_from(["Innere Dienste und Finanzen", "Planung, Bau, Umwelt", "Bürgerservice"]))
    department = "Innere Dienste und Finanzen" if case == "short" else department
    listed = [*lines, department] if " " not in department else lines  # "Finanzen" reads as one more name
    if case == "short" or len(listed) < 3 or sum(len(ln.split()) for ln in listed) < 6 or p.name not in " ".join(lines):
        expected = NOTHING
    written, _ = draw(dates())
    head = "\n".join([*lines, department, "Aktenzeichen: (2) 12.20.80", f"Telefon: 800-41 {written}"])
    return head + "\nBeschlussvorlage" + PROSE, expected


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(place_lists())
def test_generated_place_list_letterhead(drawn: tuple[str, Expected]) -> None:
    text, expected = drawn
    check(text, expected)


@pytest.mark.parametrize(
    "names",
    ["BarnbeckFlensburg\nBarnerdeBar-", "FlensburgBarnerburg\nBarnerdeBar-"],
    ids=["run-together", "run-together-first"],
)
def test_a_function_word_is_no_rest_of_a_wrapped_name(names: str) -> None:
    """Two lines of names are too few for a letterhead: the department under a name wrapped
    with a hyphen is no line of names ("und" is not the rest of "Bar-")."""
    head = f"{names}\nInnere Dienste und Finanzen\nAktenzeichen: (2) 12.20.80\nTelefon: 800-41 01.01.2005"
    check(head + "\nBeschlussvorlage" + PROSE, NOTHING)


def test_the_rest_of_a_wrapped_name_may_stand_in_a_second_column() -> None:
    """Two columns of village names extracted line by line: the rest of "Klein E-" opens the
    second column of the next line ("Burgstem- scherde"), after the first column's own wrap."""
    head = (
        "Adensen Heyersum\nFlensburg Barnten Klein E-\nBurgstem- scherde\nmen Mahlerten\nGroß E- Rössing\n"
        "scherde Hallerburg\nBildung, Kultur, Freizeit\nTelefon: 800-41 01.01.2005"
    )
    check(head + "\nBeschlussvorlage" + PROSE, {"municipality": "Flensburg", "state": "Schleswig-Holstein"})


SUPPLEMENT_WORDS = ["Ergänzung", "Nachtrag", "Änderung"]


@st.composite
def supplement_numbers(draw: st.DrawFn) -> tuple[str, Expected]:
    """The number on a line of its own under the file lines and over the type ("DS 11/2018",
    "Drucksache Nr. 19/2007"), the number of a supplement with its ordinal and word ("DS
    10/2013 – 1. Ergänzung"). Negatives: the supplement on the next line, a file reference with
    a supplement, a bare count after "DS"."""
    number = draw(ids())
    label = draw(st.sampled_from(["DS ", "DS ", "Drucksache Nr. ", "Vorlage Nr. ", "DS-Nr. "]))
    tail = ""
    expected_number: str | None = number
    case = draw(st.sampled_from(["plain", "supplement", "supplement", "next-line", "file", "count"]))
    if case == "supplement" or case == "next-line":
        sep = draw(st.sampled_from([" ", " – ", " - ", "\t"]))
        supplement = f"{draw(st.integers(1, 9))}. {draw(st.sampled_from(SUPPLEMENT_WORDS))}"
        if case == "supplement" and sep != "\t":
            tail = sep + supplement + draw(st.sampled_from(["", " (Tischvorlage)"]))
            expected_number = number + (sep + supplement).rstrip()
        else:
            tail = "\n" + supplement
    written, _ = draw(dates())
    number_line = label + number + tail
    if case == "file":  # only a file reference carries the supplement
        number_line = f"Aktenzeichen: (3) 61 26 {number} – 1. Nachtrag"
        expected_number = None
    elif case == "count":
        number_line = f"DS {draw(st.integers(1, 99))}"
        expected_number = None
    type_word = draw(st.sampled_from(["Beschlussvorlage", "Mitteilungsvorlage"]))
    text = (
        f"Planung, Bau und Umwelt\nAktenzeichen: (1) 11.40.90\nAuskunft erteilt: Herr Niemann\n"
        f"Telefon: 800-21 {written}\n{number_line}\n{type_word}\nBeratung in öffentlicher Sitzung\n" + PROSE
    )
    return text, {"doc_number": expected_number, "doc_type": type_word}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(supplement_numbers())
def test_generated_number_line_with_its_supplement(drawn: tuple[str, Expected]) -> None:
    text, expected = drawn
    check(text, expected)


# --- a title between the Beratungsfolge table and the proposal, with no blank line -------------

TABLE_BODIES = [
    (["Fachausschuss Finanzen, Wirt-", "schaftsförderung, Marketing und"], ["Feuerschutz"]),
    (["Fachausschuss Schule, Jugend,"], ["Soziales und Kultur"]),
    (["Fachausschuss Planung, Bau, Umwelt,"], ["Sicherheit"]),
    (["Fachausschuss Kindertagesstät-"], ["ten"]),
    (["Fachausschuss Bildung, Kultur"], ["und Soziales"]),
]
SHORT_BODIES = ["Rat", "Verwaltungsausschuss", "Ortsrat Adensen", "Ratsgruppe SPD / Grüne", "FA Freizeit, Kultur"]
ROLES = ["Beratung und Empfehlung", "Kenntnisnahme", "Anhörung", "Beratung und Beschlussfassung"]
TITLES = [
    ["Nordstemmer Wochenmarkt"],
    ["Haushalt 2026 und Investitionsprogramm 2027 - 2029;", "Teilhaushalt für den Produktbereich Schulen"],
    ["20. Änderung des Flächennutzungsplanes (Obere Wanne);", "Feststellungsbeschluss"],
    ["Aufhebung des Beschlusses vom 29.05.2013"],
    ["Vorläufige Bilanz per 31.12.2011"],
    ["Der Neubau der Kindertagesstätte am Mühlenberg"],
    ["Freizeitbad:", "Verlauf der Badesaison", "Konzept für die Badesaison"],
    [
        "Widmung von Straßenflächen in der Ortschaft Barnten und Fortschreibung des Be-",
        "standsverzeichnisses;",
        "hier: Neuer Weg",
    ],
    ["Anhörung zum Haushaltsplan 2023 und zum Investitionsprogramm für die Ort-", "schaft Heyersum"],
    ["Beschlussfassung über die Eröffnungsbilanz der Gemeinde zum", "01.01.2010"],
    ["Bestätigung der Wahl vom", "12.09.2021"],
    ["Ortsrat Heyersum: Nachwahl eines Ortsratsmitglieds"],
    ["Rat der Gemeinde Nordstemmen;", "Umbesetzung der Ausschüsse"],
    ["Allgemeines Wohnungsbauprogramm 2024"],
]
# a row whose date is not printed: a body named as the row above it names its own
UNDATED = {"Ortsrat Adensen": ["Ortsrat Heyersum", "Ortsrat Groß Escherde"], "Rat": ["Rat"]}


@st.composite
def table_rows(draw: st.DrawFn) -> list[str]:
    """One row of the Beratungsfolge as SD.NET text shows it: on one line; a body name wrapped
    around its date (the date at the line's start when the name breaks before it); a role
    wrapped around the row ("Beratung und Beschluss-" / "Rat 15.03.2018" / "fassung"), also
    where the role's rest is a word that heads a section ("Beratung und" / "Verwaltungsausschuss
    25.11.2010" / "Beschlussempfehlung"); rows whose date is not printed ("Ortsrat Adensen
    14.05.2018" / "Ortsrat Heyersum")."""
    written, _ = draw(dates())
    date = re.sub(r"^(\d)\.", r"0\1.", written) if re.fullmatch(r"[\d.]+", written) else "12.03.2019"
    role = draw(st.sampled_from(ROLES))
    form = draw(st.integers(0, 5))
    if form == 0:
        return [f"{draw(st.sampled_from(SHORT_BODIES))} {date} {role}"]
    if form == 4:
        return ["Beratung und", f"{draw(st.sampled_from(SHORT_BODIES))} {date}", "Beschlussempfehlung"]
    if form == 5:
        body = draw(st.sampled_from(sorted(UNDATED)))
        undated = draw(st.lists(st.sampled_from(UNDATED[body]), min_size=1, max_size=3))
        return [f"{body} {date} {role}", *undated]
    if form == 1:
        above, below = draw(st.sampled_from(TABLE_BODIES))
        if len(above) == 2:
            return [above[0], f"{above[1]} {date} {role}", *below]
        return [above[0], f"{date} {role}", *below] if draw(st.booleans()) else [f"{above[0]} {date} {role}", *below]
    if form == 2:
        return ["Beratung und Beschluss-", f"{draw(st.sampled_from(SHORT_BODIES))} {date}", "fassung"]
    return ["Beratung und Beschluss-", f"Rat {date} einstimmig", "fassung"]


@st.composite
def titled_tables(draw: st.DrawFn) -> tuple[str, Expected]:
    """The header, the Beratungsfolge table (one to four rows), check-box form lines or not,
    the title (with a number, a date, a colon, an article, a hyphenated line break, a date
    starting its second line after "zum") and the heading of the proposal, the content or the
    reasoning ("Grundsätzliches / Allgemeines"), no blank line anywhere. Negatives: more lines
    than a title has before the heading, no heading after the table, a title that starts with a
    body's head word ("Ortsrat Heyersum: …") or with "Allgemeines"."""
    rows = [line for _ in range(draw(st.integers(1, 4))) for line in draw(table_rows())]
    boxes = ["Beteiligung Personalrat Ja ☐ Nein ☒", "Beteiligung Gleichstellung Ja ☐ Nein ☐"]
    case = draw(st.sampled_from(["title", "title", "title", "boxes", "long", "no-heading", "blank"]))
    # a "hier: …" line is a subject of its own where no title is read
    title = draw(st.sampled_from(TITLES if case in ("title", "boxes") else [t for t in TITLES if "hier:" not in t[-1]]))
    between = boxes if case == "boxes" else []
    heading = draw(
        st.sampled_from(
            ["Beschlussvorschlag:", "Inhalt der Mitteilung:", "Sachverhalt:", "Grundsätzliches / Allgemeines"]
        )
    )
    expected: str | None = re.sub(r"-\n(?=[a-z])", "", "\n".join(title)).replace("\n", " ")
    proposal: str | None = "Der Rat beschließt die Vorlage." if heading == "Beschlussvorschlag:" else None
    if case == "long":
        title = [
            *title,
            "Die Verwaltung hat den Antrag geprüft und schlägt",
            "vor, ihm zu folgen, weil",
            "er",
            "dem",
            "Ziel",
            "dient",
        ]
        expected = None
    tail = [heading, "Der Rat beschließt die Vorlage.", "Begründung:", "Die Verwaltung erläutert den Sachstand."]
    if case == "no-heading":
        tail = ["Die Verwaltung erläutert den Sachstand."]
        expected = proposal = None
    header = [
        "Innere Dienste und Finanzen",
        "Aktenzeichen: (1) 11.40.90",
        "Telefon: 800-21 13.06.2025",
        "DS 53/2025",
        draw(st.sampled_from(["Beschlussvorlage", "Mitteilungsvorlage"])),
        "Beratung in öffentlicher Sitzung",
        draw(st.sampled_from(["Beratungsfolge Termin Stand Abstimmung", "Beratungsfolge Sitzungstermin Stand"])),
    ]
    drawn = {"subject": expected}
    if "Beschlussempfehlung" in rows:  # the decision proposal is not the table's rest either
        drawn["decision_proposal"] = proposal
    if case == "blank":  # a role wrapped above its date, then a blank line: the heading is no cell
        rows = [*rows, "Beratung und", "Rat 12.03.2019"]
        tail = [
            "",
            "Beschlussempfehlung",
            "Der Rat beschließt die Vorlage.",
            "Begründung:",
            "Die Verwaltung erläutert.",
        ]
        title, between = [], []
        drawn = {"decision_proposal": "Der Rat beschließt die Vorlage."}
    return "\n".join([*header, *rows, *between, *title, *tail]) + "\n", drawn


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(titled_tables())
def test_generated_title_after_the_table(drawn: tuple[str, Expected]) -> None:
    text, expected = drawn
    check(text, expected)


# --- no letterhead in the text: the running text and the place's adjective -------------------


def adjective_of(name: str) -> str:
    """The adjective of a place as German forms it: "Nordstemmen" → "Nordstemmer", "Bonn" →
    "Bonner", "Musterstadt" → "Musterstädter"."""
    if name.endswith("en"):
        return name[:-2] + "er"
    if name.endswith("stadt"):
        return name[:-5] + "städter"
    return name + "er"


ADJECTIVE_PLACES = [
    p
    for p in LIST_PLACES
    if p.type in ("Stadt", "Gemeinde")
    and len(p.name) >= 6
    and not p.name.endswith(("e", "er", "el"))
    and len([q for q in GAZ.candidates(p.name) if not q.is_district]) == 1
]


@st.composite
def running_texts(draw: st.DrawFn) -> tuple[str, Expected]:
    """A submission whose letterhead is an image: the text names its municipality in running
    text with its kind or council ("die Gemeinde X", "des Rates der Stadt X") and by its
    adjective ("Xer Wochenmarkt"). Negatives: the kind alone or the adjective alone (a
    partner town is named so too), a second town named so, the adjective only in an address."""
    p = draw(st.sampled_from(ADJECTIVE_PLACES))
    kind = p.type
    adjective = adjective_of(p.name)
    noun = draw(st.sampled_from(["Wochenmarkt", "Integrationsplan", "Freizeitbad", "Ortsrat", "Heimatverein"]))
    mention = draw(
        st.sampled_from([f"die {kind} {p.name}", f"der Rat der {kind} {p.name}", f"die Verwaltung der {kind} {p.name}"])
    )
    case = draw(st.sampled_from(["both", "both", "kind-only", "adjective-only", "two-towns", "address"]))
    named = f"Das Vorhaben betrifft {mention} und den {adjective} {noun}."
    expected: Expected = {"municipality": p.name, "ags": p.ags}
    if case == "kind-only":
        named = f"Das Vorhaben betrifft {mention}."
        expected = NOTHING
    elif case == "adjective-only":
        named = f"Das Vorhaben betrifft den {adjective} {noun}."
        expected = NOTHING
    elif case == "two-towns":
        other = draw(st.sampled_from(ADJECTIVE_PLACES).filter(lambda q: q.name != p.name))
        named += f" Die {other.type} {other.name} beteiligt sich."
        expected = NOTHING
    elif case == "address":
        named = f"Das Vorhaben betrifft {mention}, {adjective} Straße 12."
        expected = NOTHING
    text = (
        "Beschlussvorlage\nVorlage Nr. 12/2024\n\nBetreff:\nRadverkehrskonzept\n\nBegründung:\n"
        f"{named} Der Ausschuss berät am 12.03.2024.\n{named}\n"
    )
    return text, expected


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(running_texts())
def test_generated_running_text_and_adjective(drawn: tuple[str, Expected]) -> None:
    text, expected = drawn
    check(text, expected)


def host_of(name: str) -> str:
    """A place's name as a web host writes it: "Nordstemmen" → "nordstemmen", "Lüneburg" → "lueneburg"."""
    return name.lower().translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))


@st.composite
def confirmed_texts(draw: st.DrawFn) -> tuple[str, Expected]:
    """A submission whose letterhead is an image: the running text names its municipality with its
    kind ("die Stadt X", the name maybe hyphenated at a line's end), confirmed by what only the
    issuer enacts or keeps ("im Amtsblatt der Stadt X", "über die Vergabestelle der Stadt X") or by
    its web or mail address ("www.x.de/…", "info@stadt-x.de"). Negatives: a partner town's
    address or another body's ("www.bamf.de"), a partner town's council ("Der Stadtrat der Stadt Y
    hat beschlossen"), an instrument of a second town named too, a second town's adjective. A
    district named so ("Stadtteilbeirat Y") or a surname after a salutation ("Fr. Yer") that is
    also a town's adjective leaves the issuer confirmed."""
    p, other = draw(st.lists(st.sampled_from(ADJECTIVE_PLACES), min_size=2, max_size=2, unique=True))
    mention = f"Das Vorhaben betrifft die {p.type} {p.name}."
    confirmation = draw(
        st.sampled_from(
            [
                f"Die Satzung wird im Amtsblatt der {p.type} {p.name} bekannt gemacht.",
                f"Die Ausschreibung erfolgt über die Vergabestelle der {p.type} {p.name}.",
                f"Die Unterlagen stehen auf der Homepage der {p.type} {p.name}.",
                f"Weitere Informationen: https://www.{host_of(p.name)}.de/radverkehr",
                f"Anmeldung unter radverkehr@{p.type.lower()}-{host_of(p.name)}.de",
            ]
        )
    )
    case = draw(
        st.sampled_from(
            [
                "confirmed",
                "confirmed",
                "wrapped",
                "partner-address",
                "body-address",
                "council",
                "second",
                "district",
                "surname",
                "partner-adjective",
            ]
        )
    )
    expected: Expected = {"municipality": p.name, "ags": p.ags}
    if case == "wrapped":  # the name hyphenated at a line's end ("Stadt Musters-" / "tadt")
        cut = draw(st.integers(3, len(p.name) - 2))
        wrapped = f"{p.name[:cut]}-\n{p.name[cut:]}"
        mention = f"Das Vorhaben betrifft die {p.type} {wrapped}."
        confirmation = f"Die Satzung wird im Amtsblatt der {p.type} {wrapped} bekannt gemacht."
    if case == "partner-address":  # the town's mention with a partner's web address: who issued it is open
        confirmation = f"Weitere Informationen: www.{host_of(other.name)}.de"
        expected = NOTHING
    elif case == "body-address":
        confirmation = "Weitere Informationen: www.bamf.de und www.bund.de"
        expected = NOTHING
    elif case == "council":  # a partner's council reported: no instrument of the issuer
        mention = ""
        confirmation = (
            f"Der Stadtrat der {other.type} {other.name} hat den Beitritt der {other.type} {other.name} beschlossen."
        )
        expected = NOTHING
    elif case == "second":
        confirmation += f" Sie wird im Amtsblatt der {other.type} {other.name} bekannt gemacht."
        expected = NOTHING
    elif case == "district":  # the issuer's district, named so, whose name the gazetteer also knows as a town
        word = draw(st.sampled_from(["Stadtteilbeirat", "Ortsteil", "Ortschaftsrat", "Stadtbezirk"]))
        confirmation += f" Der {word} {other.name} wird beteiligt; die {adjective_of(other.name)} Senioren begrüßen es."
    elif case == "surname":  # a surname that is also a place's adjective, after a salutation
        confirmation += f" Es berichtet Fr. {adjective_of(other.name)} vom Seniorenbüro."
    elif case == "partner-adjective":  # a second town's adjective, not named as a district: who issued it is open
        confirmation += f" Die {adjective_of(other.name)} Senioren begrüßen es."
        expected = NOTHING
    text = (
        "Beschlussvorlage\nVorlage Nr. 12/2024\n\nBetreff:\nRadverkehrskonzept\n\nBegründung:\n"
        f"{mention} Der Ausschuss berät am 12.03.2024.\n{confirmation}\n{mention}\n"
    )
    return text, expected


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(confirmed_texts())
def test_generated_running_text_confirmed_by_instrument_or_address(drawn: tuple[str, Expected]) -> None:
    text, expected = drawn
    check(text, expected)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(issuers())
def test_generated_letterhead_names_its_place(drawn: tuple[str, Expected, str]) -> None:
    head, expected, _ = drawn
    check(head + "\n\nBeschlussvorlage\n" + PROSE, expected)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_generated_header_recovered_exactly(drawn: tuple[str, Expected]) -> None:
    text, expected = drawn
    check(text, expected)


# --- gazetteer ----------------------------------------------------------------------------


def test_gazetteer_covers_every_municipality_and_district() -> None:
    types: dict[str, int] = {}
    for p in GAZ.places:
        types[p.type] = types.get(p.type, 0) + 1
    assert len(GAZ) > 11_000 and types["Landkreis"] + types["Kreis"] == 294, types
    assert {p.state for p in GAZ.places} == set(STATES)
    for p in GAZ.places:
        assert p.ags[:2] == STATES[p.state] and p.district == p.ags[:5]


STATES = {
    "Schleswig-Holstein": "01",
    "Hamburg": "02",
    "Niedersachsen": "03",
    "Bremen": "04",
    "Nordrhein-Westfalen": "05",
    "Hessen": "06",
    "Rheinland-Pfalz": "07",
    "Baden-Württemberg": "08",
    "Bayern": "09",
    "Saarland": "10",
    "Berlin": "11",
    "Brandenburg": "12",
    "Mecklenburg-Vorpommern": "13",
    "Sachsen": "14",
    "Sachsen-Anhalt": "15",
    "Thüringen": "16",
}


@pytest.mark.parametrize(
    "name, kind, expected",
    [
        ("Erlangen", None, ("Erlangen", "Stadt", "09562000")),  # kreisfreie Stadt without a register suffix
        ("Lörrach", None, ("Lörrach", "Stadt", "08336050")),
        ("Lörrach", "Kreis", ("Lörrach", "Landkreis", "08336")),
        ("Landau in der Pfalz", "Stadt", ("Landau in der Pfalz", "Stadt", "07313000")),
        ("Landau", "Stadt", ("Landau", "Stadt", None)),  # Landau in der Pfalz or Landau a.d.Isar
        ("Halle/Saale", None, ("Halle (Saale)", "Stadt", "15002000")),
        ("Freiburg i. Br.", "Stadt", ("Freiburg im Breisgau", "Stadt", "08311000")),
        ("Hamburg", None, ("Hamburg", "Stadt", "02000000")),
        ("Rostock", "Kreis", ("Rostock", "Landkreis", "13072")),
        ("Ludwigshafen", None, ("Ludwigshafen am Rhein", "Stadt", "07314000")),  # an alias of municipalities.yaml
        # bilingual register names give the German name; a qualifier after "/" stays
        ("Forst (Lausitz)", "Stadt", ("Forst (Lausitz)", "Stadt", "12071076")),
        ("Cottbus", None, ("Cottbus", "Stadt", "12052000")),
        ("Bautzen", "Stadt", ("Bautzen", "Stadt", "14625020")),
        ("Lübbenau/Spreewald", None, ("Lübbenau/Spreewald", "Stadt", "12066196")),
        ("Weißwasser/O.L.", None, ("Weißwasser/O.L.", "Stadt", "14626600")),
        ("Lauenburg/Elbe", None, ("Lauenburg/Elbe", "Stadt", "01053083")),
    ],
    ids=lambda v: str(v),
)
def test_gazetteer_resolves(name: str, kind: str | None, expected: tuple[str, str, str | None]) -> None:
    r = GAZ.resolve(name, kind)
    assert r is not None and (r.name, r.type, r.ags) == expected


def test_gazetteer_loads_its_stored_keys_and_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading reads the register's stored name keys (what makes it fast) and computes keys
    only for the curated entries of municipalities.yaml; a resource set loads it once."""
    import extractors.metadata.gazetteer as gazetteer_module

    entries = tuple(
        (e["name"], e["type"], e.get("state") or "", str(e.get("ags") or ""), e["id"], tuple(e.get("aliases", ())))
        for e in RES["municipalities"]["entries"]
    )
    computed: list[str] = []
    for name in ("name_key", "base_key"):
        real = getattr(gazetteer_module, name)
        monkeypatch.setattr(gazetteer_module, name, lambda s, real=real: computed.append(s) or real(s))
    fresh = load_gazetteer.__wrapped__(RESOURCE_DIR, entries)
    assert isinstance(fresh, Gazetteer) and len(fresh) == len(GAZ)
    curated = sum(1 + len(names) for *_, names in entries)
    assert 0 < len(computed) <= 4 * curated < len(fresh) // 10
    assert gazetteer(RES) is gazetteer(RES)


def test_stored_keys_are_those_of_the_key_functions() -> None:
    places, keys = read_places(RESOURCE_DIR / GAZETTEER_FILE)
    for p, (key, base) in zip(places, keys):
        assert key == name_key(p.name) and base == (base_key(p.name) or ""), p


def test_municipalities_yaml_aliases_name_their_place() -> None:
    for e in RES["municipalities"]["entries"]:
        for alias in e.get("aliases", ()):
            r = GAZ.resolve(alias, None)
            assert r is not None and r.ags == str(e["ags"]) and r.name == e["name"], (alias, r)


SOURCE = SHARED / "data" / "gazetteer"


@pytest.mark.skipif(not (SOURCE / "gemeinden_2024.csv").exists(), reason="register files absent")
def test_script_rebuilds_the_committed_gazetteer(tmp_path: Path) -> None:
    import runpy

    script = Path(__file__).resolve().parents[2] / "scripts" / "make_gazetteer.py"
    out = tmp_path / GAZETTEER_FILE
    module = runpy.run_path(str(script))
    assert module["main"](["--source", str(SOURCE), "--out", str(out)]) == 0
    assert gzip.decompress(out.read_bytes()) == gzip.decompress((RESOURCE_DIR / GAZETTEER_FILE).read_bytes())
    assert out.read_bytes() == (RESOURCE_DIR / GAZETTEER_FILE).read_bytes()


# --- seeds and real PDFs ------------------------------------------------------------------

SEED_FACTS = {
    "000": ("Landau in der Pfalz", "Rheinland-Pfalz", "Sitzungsvorlage", "500/035/2017", "2017-03-14"),
    "001": ("Landshut", "Bayern", "Sitzungsvorlage", None, "2024-11-13"),
    "002": ("Lörrach", "Baden-Württemberg", "Sitzungsvorlage", "139/2018", "2018-06-20"),
    "003": ("Waiblingen", "Baden-Württemberg", "Sitzungsvorlage", None, "2017-11-20"),
    "004": ("Leverkusen", "Nordrhein-Westfalen", "Vorlage", "2017/1900", "2017-10-27"),
}


@pytest.mark.parametrize("path", sorted(RAW.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_texts(path: Path) -> None:
    got = extract(path.read_text(encoding="utf-8"))
    fields = ("municipality", "state", "doc_type", "doc_number", "doc_date")
    assert tuple(got.get(f) for f in fields) == SEED_FACTS[path.name[:3]]


CORPORA = {"munich": "München", "erlangen": "Erlangen"}
REAL_PDFS = [(folder, p) for folder in CORPORA for p in sorted((SHARED / "corpus" / folder).glob("*.pdf"))]


def read_pdf(path: Path) -> dict[str, Any]:
    from pipeline.ingest.readers import read_document
    from pipeline.settings import Settings

    doc, _ = read_document(path, str(path), Settings(ocr="never", workers=1))
    meta = next(metadata.extract(doc, RES, view(doc)))
    return {name: f.value for name, f in meta.fields.items()}


@pytest.mark.skipif(not REAL_PDFS, reason="../shared/corpus absent")
@pytest.mark.parametrize("folder, path", REAL_PDFS, ids=[p.name for _, p in REAL_PDFS])
def test_real_pdfs_name_only_their_own_municipality(folder: str, path: Path) -> None:
    got = read_pdf(path)
    assert got.get("municipality") in (CORPORA[folder], None), got
    if got.get("municipality"):
        assert got.get("state") == "Bayern" and got.get("municipality_type") == "Stadt"


@pytest.mark.skipif(not (SHARED / "corpus" / "munich" / "riski_6414694.pdf").exists(), reason="corpus absent")
def test_munich_submission_type_and_number() -> None:
    got = read_pdf(SHARED / "corpus" / "munich" / "riski_6414694.pdf")
    assert (got.get("doc_type"), got.get("doc_number")) == ("Sitzungsvorlage", "20-26 / V 02318")


def test_read_places_cuts_every_row_as_a_split_would() -> None:
    header, *rows = gzip.decompress((RESOURCE_DIR / GAZETTEER_FILE).read_bytes()).decode("utf-8").splitlines()
    places, keys = read_places(RESOURCE_DIR / GAZETTEER_FILE)
    assert header.split("\t") == list(Place._fields) + ["key", "base"]
    assert places == [Place(*row.split("\t")[:6]) for row in rows]
    assert keys == [tuple(row.split("\t")[6:8]) for row in rows]
    assert all(type(p) is Place for p in places)
