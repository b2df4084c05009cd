"""action_fields: enumerations, headings, tables and prose; taxonomy codes; gold per seed."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from extractors import action_fields
from extractors.resources import Resources, default_resources
from pipeline.document import Document
from pipeline.errors import ResourceError
from pipeline.evaluate import similar
from pipeline.ingest import read_document
from pipeline.settings import Settings

from conftest import GOLD, RENDERINGS, SHARED


def make_doc(text: str) -> Document:
    return Document.from_pages("t", "t.txt", "0" * 64, [(text, "plain_text", None)])


def labels(text: str) -> list[str]:
    return [f.label for f in action_fields.extract(make_doc(text), default_resources())]


@dataclass
class Case:
    id: str
    text: str
    expected: list[str]


CASES = [
    Case("seed-004 bullet-letter list after a wrapped intro",
         "Darüber hinaus wurden für folgende acht zentrale Handlungsfelder Leitziele,\n"
         "Handlungsansätze und Wirkungsindikatoren entwickelt:\n\n"
         "- A. Sprache/Sprachförderung,\n- B. Erziehung und (institutionelle) Bildung,\n"
         "- C. Qualifizierung, Ausbildung und Arbeit.\n\nZu 1)\n",
         ["Sprache/Sprachförderung", "Erziehung und (institutionelle) Bildung",
          "Qualifizierung, Ausbildung und Arbeit"]),
    Case("heading 'Handlungsfelder:' with • bullets",
         "Handlungsfelder:\n• Wohnen\n• Gesundheit und Pflege\n• Kinder, Jugend und Familie\n\nDer Rat beschließt.",
         ["Wohnen", "Gesundheit und Pflege", "Kinder, Jugend und Familie"]),
    Case("Roman-numbered list",
         "Das Konzept gliedert sich in folgende Handlungsfelder:\n\nI. Bildung\nII. Arbeit und Beschäftigung\n"
         "III. Interkulturelle Öffnung\nIV. Sport\n\nWeitere Schritte folgen.",
         ["Bildung", "Arbeit und Beschäftigung", "Interkulturelle Öffnung", "Sport"]),
    Case("seed-001 run-in list",
         "Im Februar 2019 wurden Arbeitsgruppen zu folgenden Handlungsfeldern gebildet: Bildung, Beteiligung,\n"
         "Wohnungspolitik, Soziales, Interkulturelle Öffnung der Verwaltung.\n\nDie Teilnehmer ...",
         ["Bildung", "Beteiligung", "Wohnungspolitik", "Soziales", "Interkulturelle Öffnung der Verwaltung"]),
    Case("run-in list ending in 'und'",
         "Die Handlungsfelder sind: Sprache, Bildung (inkl. Schule, Kita) und Arbeit.",
         ["Sprache", "Bildung (inkl. Schule, Kita)", "Arbeit"]),
    Case("seed-003 slash repeating the head splits; wrapped items join",
         "Folgende Handlungsfelder wurden definiert:\n\n1. Zugang zu Sprache und Bildung\n"
         "2. Zugang zu Kultur und Vereinen/ Zugang zu Kultur und Vereinen im Be-\nreich Sport\n"
         "3. Bürgerschaftliches Engagement/ Bürgerschaftliches Engagement mit dem\nSchwerpunkt Flucht und Asyl\n"
         "4. Interkulturelle Öffnung der Verwaltung.\nIn allen Handlungsfeldern sollten Überlegungen ...",
         ["Zugang zu Sprache und Bildung", "Zugang zu Kultur und Vereinen",
          "Zugang zu Kultur und Vereinen im Bereich Sport", "Bürgerschaftliches Engagement",
          "Bürgerschaftliches Engagement mit dem Schwerpunkt Flucht und Asyl",
          "Interkulturelle Öffnung der Verwaltung"]),
    Case("slash between alternatives stays one field",
         "Folgende Handlungsfelder:\n1) Zivilgesellschaftliches/Bürgerschaftliches Engagement und Freizeit, Kultur und Sport\n"
         "2) Frauen/Gleichstellung\n",
         ["Zivilgesellschaftliches/Bürgerschaftliches Engagement und Freizeit, Kultur und Sport",
          "Frauen/Gleichstellung"]),
    Case("item with a description after a colon",
         "Folgende Handlungsfelder wurden bearbeitet:\n- Wohnen: Versorgung mit bezahlbarem Wohnraum für alle Gruppen\n"
         "- Arbeit: Zugang zum Arbeitsmarkt\n",
         ["Wohnen", "Arbeit"]),
    Case("sub-points under the items are not fields",
         "Folgende Handlungsfelder wurden festgelegt:\n1. Bildung\n   - Kita\n   - Schule\n2. Arbeit\n   - Ausbildung\n"
         "3. Wohnen\n", ["Bildung", "Arbeit", "Wohnen"]),
    Case("section heading over a list, page references dropped",
         "4. Handlungsfelder\n\na) Sprache (S. 12)\nb) Gesundheit (S. 15 ff.)\nc) Sport ........ 18\n",
         ["Sprache", "Gesundheit", "Sport"]),
    Case("numbered section headings with the singular noun",
         "3.1 Handlungsfeld Bildung\n\nText.\n\n3.2 Handlungsfeld Wohnen und Unterbringung\n\nText.",
         ["Bildung", "Wohnen und Unterbringung"]),
    Case("other field nouns from the taxonomy file",
         "Zentrale Handlungsbereiche\n- Antidiskriminierung\n- Sicherheit und Prävention\n",
         ["Antidiskriminierung", "Sicherheit und Prävention"]),
    Case("scan: a list number lost in OCR",
         "Folgende Handlungsfelder wurden definiert:\n\n1. Sprache\nD Kultur und Vereine\n3. Sport\n",
         ["Sprache", "Kultur und Vereine", "Sport"]),
    Case("numbered headings", "Handlungsfeld 1: Gesundheit\n\nText dazu.\n\nHandlungsfeld 2: Senioren\n\nText.",
         ["Gesundheit", "Senioren"]),
    Case("seed-003 quoted headings repeating the list are dropped",
         "Folgende Handlungsfelder wurden definiert:\n\n1. Zugang zu Sprache und Bildung\n"
         "2. Bürgerschaftliches Engagement mit dem Schwerpunkt Flucht und Asyl\n\n"
         "Handlungsfeld „Zugang zu Bildung und Sprache“\n\nText.\n\n"
         "Handlungsfeld „Bürgerschaftliches Engagement mit dem Schwerpunkt Asyl“\n\nText.\n\n"
         "**Handlungsfeld „Gesundheit“**\n\nText.",
         ["Zugang zu Sprache und Bildung", "Bürgerschaftliches Engagement mit dem Schwerpunkt Flucht und Asyl",
          "Gesundheit"]),
    Case("seed-004 prose with an anaphoric predicate",
         "Voran gestellt sind die Themen „Gesamtstädtische Steuerung und Kommunikation“ (S. 11 ff.) sowie "
         "„Interkulturelle Öff-\nnung der Verwaltung“ (S. 15 ff.). Beides sind wesentliche Handlungsfelder, die ...",
         ["Gesamtstädtische Steuerung und Kommunikation", "Interkulturelle Öffnung der Verwaltung"]),
    Case("quoted names right after the noun",
         "Der Ausschuss hat die Handlungsfelder „Wohnen“ und „Antidiskriminierung“ priorisiert.",
         ["Wohnen", "Antidiskriminierung"]),
    Case("table with a Handlungsfeld column",
         "Handlungsfeld\tZiel\tMaßnahme\nSprache\tDeutsch für alle\tKurse\nArbeit\tAusbildung\tMentoring\n\nEnde.",
         ["Sprache", "Arbeit"]),
    # nothing from mere mentions
    Case("topic words in prose", "In allen Handlungsfeldern sollten Überlegungen aufgenommen werden. "
         "Außerdem sollten die Handlungsfelder diskutiert werden.", []),
    Case("mention without a list", "- Steuerungsgruppe\nIdentifizierung von Handlungsfeldern\n- Begleitgruppe", []),
    Case("colon sentence that does not introduce fields",
         "Eine erste Orientierung geben die vorgeschlagenen Schlüsselprojekte für die jeweiligen Handlungsfelder:\n\n"
         "1. Eine Veranstaltungsreihe wird initiiert\n2. Die Boccia-Bahn wird geöffnet", []),
    Case("quote near the noun without a predicate",
         "Chancen für das ganze Handlungsfeld bieten zwei Bundesprogramme im Bereich „Sprache und Bildung“.", []),
    Case("quoted name after the noun in prose names a field",
         "Im Handlungsfeld „Bildung“ wurde im Workshop intensiv diskutiert.", ["Bildung"]),
    Case("quote later in a sentence with the noun",
         "Das Handlungsfeld wurde übergreifend unter dem Motto „Vielfalt leben“ diskutiert.", []),
    Case("prose items are not fields",
         "Folgende Handlungsfelder:\n1. In diesem Bereich wurden zahlreiche Ideen und Empfehlungen eingebracht, die nicht "
         "alle kurzfristig umgesetzt werden können, weil Mittel fehlen.\n", []),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_action_fields(case: Case) -> None:
    assert labels(case.text) == case.expected


def test_spans_point_at_the_labels() -> None:
    text = CASES[5].text
    doc = make_doc(text)
    for f in action_fields.extract(doc, default_resources()):
        assert doc.text[f.span.start:f.span.end] == f.span.snippet
        assert action_fields.clean_label(f.span.snippet) == f.label


@dataclass
class CategoryCase:
    label: str
    codes: tuple[str, ...]


CATEGORY_CASES = [
    CategoryCase("Zugang zu Sprache und Bildung", ("sprache", "bildung")),
    CategoryCase("Bürgerschaftliches Engagement mit dem Schwerpunkt Flucht und Asyl", ("engagement", "flucht")),
    CategoryCase("Qualifizierung, Ausbildung und Arbeit", ("arbeit",)),  # "Ausbildung" is not "Bildung"
    CategoryCase("Interkultureller und interreligiöser Dialog", ("dialog",)),  # not "Kultur"
    CategoryCase("Interkulturelle Öffnung der Verwaltung", ("oeffnung",)),
    CategoryCase("Gesamtstädtische Steuerung und Kommunikation", ("steuerung",)),
    CategoryCase("Sozialraum und Zusammenleben", ("sozialraum",)),  # not "soziales"
    CategoryCase("Soziales", ("soziales",)),
    CategoryCase("Wohnungspolitik", ("wohnen",)),
    CategoryCase("Altern in der Migrationsgesellschaft/Senioren", ("senioren",)),
    CategoryCase("Zivilgesellschaftliches/Bürgerschaftliches Engagement und Freizeit, Kultur und Sport",
                 ("engagement", "kultur", "sport")),
    CategoryCase("Kinder- und Jugendhilfe", ("jugend",)),
    CategoryCase("Frauen und Mädchen", ("gender",)),
    CategoryCase("Verkehr und Mobilität", ("other",)),
]


@pytest.mark.parametrize("case", CATEGORY_CASES, ids=[c.label for c in CATEGORY_CASES])
def test_categories(case: CategoryCase) -> None:
    assert action_fields.categories(case.label, default_resources()) == case.codes


def test_taxonomy_codes_are_the_schema_codes() -> None:
    from pipeline.schema import TAXONOMY_CODES

    ids = {e["id"] for e in default_resources()["taxonomy"]["entries"]}
    assert ids == set(TAXONOMY_CODES)
    contract = SHARED / "spec" / "SCHEMA.md"
    if contract.exists():  # the contract itself, where it is at hand
        block = contract.read_text(encoding="utf-8").split("Taxonomy codes", 1)[1].split("## costs", 1)[0]
        assert set(re.findall(r"`(\w+)`", block)) == set(TAXONOMY_CODES)


def test_malformed_taxonomy_names_file_and_entry(tmp_path: Path) -> None:
    (tmp_path / "taxonomy.yaml").write_text(
        "field_nouns: [Handlungsfeld]\nentries:\n  - {id: sprache, synonyms: Sprache}\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"taxonomy\.yaml.*'sprache'"):
        action_fields.categories("Sprache", Resources(tmp_path))


# --- gold ----------------------------------------------------------------------------------

SEEDS = [(name, path) for name, paths in RENDERINGS.items() for path in paths]


@pytest.mark.parametrize("rendering,path", SEEDS, ids=[f"{n}-{p.stem}" for n, p in SEEDS])
def test_gold(rendering: str, path: Path) -> None:
    gold = json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))
    doc, _ = read_document(path, path.name, Settings(workers=1))
    found = list(action_fields.extract(doc, default_resources()))
    expected = [g for g in gold["action_fields"] if not g.get("optional")]
    unmatched = [f.label for f in found]
    for g in expected:
        best = max(unmatched, key=lambda label: similar(label, g["label"], 0.85), default=None)
        assert best is not None and similar(best, g["label"], 0.85), f"missing {g['label']!r}"
        unmatched.remove(best)
    optional = [g["label"] for g in gold["action_fields"] if g.get("optional")]
    assert [u for u in unmatched if not any(similar(u, o, 0.85) for o in optional)] == []
    assert {c for f in found for c in f.categories} == {c for g in expected for c in g["categories"]}
