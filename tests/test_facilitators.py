"""Facilitators of the process: small cases per layout, and the seeds against gold."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import facilitators, load_resources
from pipeline.document import Document
from pipeline.evaluate import similar
from pipeline.ingest import read_document
from pipeline.records import Facilitator
from pipeline.settings import Settings

from conftest import GOLD, RENDERINGS


def run(text: str) -> list[tuple[str | None, str | None, float | None]]:
    doc = Document.from_pages("t", "t.txt", "0" * 64, [(text, "plain_text", None)])
    out = []
    for f in facilitators.extract(doc, load_resources()):
        assert isinstance(f, Facilitator)
        assert doc.text[f.span.start:f.span.end] == f.span.snippet
        out.append((f.name, f.organisation, f.amount_eur))
    return out


@dataclass
class Case:
    id: str
    text: str
    expected: list[tuple[str | None, str | None, float | None]]  # (name, organisation, amount)


CASES = [
    Case("key-value-moderation",
         "Ablauf\n\nModeration: Firma Kommunikationsbüro Weitblick GmbH\nOrt: Rathaus, Großer Saal\n",
         [(None, "Kommunikationsbüro Weitblick GmbH", None)]),
    Case("label-with-value-below",
         "Externe Begleitung:\nInstitut für Demokratie und Partizipation (IDP)\n\n"
         "Die Workshops finden im Rathaus statt.",
         [(None, "Institut für Demokratie und Partizipation (IDP)", None)]),
    Case("person-with-company-and-fee",
         "Mit der Moderation der Workshops wurde Frau Dr. Petra Lange (ProKommunal GmbH) beauftragt. "
         "Das Honorar beträgt 8.500 €.",
         [("Dr. Petra Lange", "ProKommunal GmbH", 8500.0)]),
    Case("institute-led-by-person",
         "Für die wissenschaftliche Begleitung wurde das Institut für Stadtforschung (IfS) unter Leitung von "
         "Frau Prof. Dr. Maria Berg gewonnen. Das IfS-Institut legt im Herbst einen Bericht vor.",
         [("Prof. Dr. Maria Berg", "Institut für Stadtforschung (IfS)", None)]),
    Case("proposal-under-heading-with-exact-fee",
         "3. Externe Begleitung\n\nDie Fortschreibung soll extern begleitet werden. Wir schlagen hierfür "
         "Herrn Dr. Jan Vogt vor. Herr Dr. Vogt begleitet unter anderem die Musterstiftung Köln.\n\n"
         "Herr Dr. Vogt hat ein Angebot unterbreitet. Die Kosten hierfür belaufen sich auf 12.480,50 €.\n\n"
         "Beschluss: Der Auftrag zur externen Begleitung wird Herrn Dr. Vogt erteilt. Die Kosten hierfür "
         "belaufen sich auf ca. 13.000 €.",
         [("Dr. Jan Vogt", None, 12480.5)]),
    Case("university-evaluates",
         "Das Vorhaben wird durch die Robert Bosch Stiftung gefördert und wissenschaftlich begleitet durch die "
         "Universität Stuttgart.",
         [(None, "Universität Stuttgart", None)]),
    Case("titled-person-without-honorific",
         "Als Moderator für die Bürgerwerkstatt wurde Dr. Hans Beispiel gewonnen.",
         [("Dr. Hans Beispiel", None, None)]),
    Case("person-with-university-in-brackets",
         "Die wissenschaftliche Begleitung erfolgt durch Prof. Dr. Anna Weber (Hochschule Esslingen).",
         [("Prof. Dr. Anna Weber", "Hochschule Esslingen", None)]),
    Case("company-with-contact-person",
         "Für die externe Moderation der Workshops hat die Verwaltung ein Angebot der Firma Komm.Pass GmbH, "
         "Frau Sabine Hartmann, eingeholt. Die Kosten betragen 14.200 € brutto.",
         [("Sabine Hartmann", "Komm.Pass GmbH", 14200.0)]),
    Case("passive-agent-then-fee-elsewhere",
         "Sie wird von Herrn Prof. Dr. Thomas Klie (Evangelische Hochschule Freiburg) wissenschaftlich "
         "begleitet.\n\nFür die wissenschaftliche Begleitung durch die Evangelische Hochschule Freiburg entstehen "
         "Kosten in Höhe von 9.800 €.",
         [("Prof. Dr. Thomas Klie", "Evangelische Hochschule Freiburg", 9800.0)]),
    Case("total-cost-is-not-the-fee",
         "Mit der Prozessbegleitung wurde Herr Dr. Ralf Stein beauftragt. Die Gesamtkosten des Prozesses belaufen "
         "sich auf 27.000 €.",
         [("Dr. Ralf Stein", None, None)]),
    # not facilitators
    Case("own-staff-moderate",
         "Moderiert wurden die Arbeitsgruppen durch Mitarbeiterinnen und Mitarbeiter der Stadtverwaltung.", []),
    Case("integration-officer",
         "Die Integrationsbeauftragte Frau Yilmaz moderiert die Workshops und wurde damit beauftragt.", []),
    Case("mayor-chairs", "Die Leitung der Begleitgruppe übernimmt Herr Oberbürgermeister Dr. Klaus Weber.", []),
    Case("funder-only", "Das Projekt wird durch die Bertelsmann-Stiftung gefördert.", []),
    Case("no-engagement", "Die wissenschaftliche Begleitung des Instituts ist abgeschlossen.", []),
    Case("external-support-without-name", "Die Fortschreibung soll extern begleitet werden.", []),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_facilitator_cases(case: Case) -> None:
    assert run(case.text) == case.expected


SEEDS = [(name, path) for name, paths in RENDERINGS.items() for path in paths]


@lru_cache(maxsize=None)
def read(path: Path) -> Document:
    doc, _ = read_document(path, str(path), Settings())
    return doc


@pytest.mark.parametrize("rendering,path", SEEDS, ids=[f"{r}-{p.stem[:3]}" for r, p in SEEDS])
def test_seed_facilitators_match_gold(rendering: str, path: Path) -> None:
    gold = json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))["facilitators"]
    out = [f for f in facilitators.extract(read(path), load_resources()) if isinstance(f, Facilitator)]
    assert len(out) == len(gold)
    for g in gold:
        match = [f for f in out if any(g.get(k) and getattr(f, k) and similar(g[k], getattr(f, k), 0.8)
                                       for k in ("name", "organisation"))]
        assert len(match) == 1, g
        f = match[0]
        for key in ("name", "organisation"):
            if g.get(key):
                assert getattr(f, key) and similar(g[key], getattr(f, key), 0.8), (key, g[key], getattr(f, key))
            else:
                assert getattr(f, key) is None
        assert f.amount_eur == g["amount_eur"]


FRAGMENTS = ["Für die externe Begleitung ", "wurde ", "Herrn Dr. Kösters", "das Institut für Sozialforschung (IfS)",
             " beauftragt", " gewonnen", ". ", "Die Kosten hierfür betragen ", "ca. ", "21.568,75 €", "\n\n",
             "Moderation: ", "Firma Beispiel GmbH", "\n", " unter Leitung von ", "Frau Prof. Dr. Roß", "\f",
             " durch die ", "Stadt Landau", "-\n", "3. Externe Begleitung\n\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_any_text_gives_facilitators_with_true_spans(parts: list[str]) -> None:
    out = run("".join(parts))  # run() checks every span against the text
    assert all(name or org for name, org, _ in out)
