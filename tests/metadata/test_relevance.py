"""Relevance: a document is about an integration concept when its subject or decision
proposal says so (pipeline/extract/relevance.py), never from one word anywhere.

A generator writes submissions whose subject, decision proposal and text vary along the
kinds of words (concept, topic, "Integration" alone, another matter), with bodies named by a
topic word in the Beratungsfolge and minutes as negatives, and checks the documented rule.
The real corpora: the seeds are all relevant, the Munich and Erlangen documents none, and
of Nordstemmen's 964 submissions only the two about newcomers and refugees.
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.relevance import THRESHOLD, WEIGHTS, hits, relevance
from pipeline.extract.rows import extract_document
from pipeline.ingest.readers import read_document
from pipeline.settings import Settings
from tests.helpers import RAW, SHARED

CONCEPT = [
    "Integrationskonzept der Stadt {place}",
    "Fortschreibung des Integrationskonzeptes",
    "Handlungskonzept Integration {place} 2024–2028",
    "Teilhabeplan Migration und Integration",
    "Konzept zur Integration von Zugewanderten",
    # a compound before the concept, a programme or plan of action, a strategy, a concept of diversity
    "Kreisintegrationsplan {place} 2027–2031",
    "Handlungsprogramm Integration 2027–2030",
    "Lokaler Aktionsplan Integration {place}",
    "Integrationsstrategie „{place} gemeinsam“",
    "Integrations- und Teilhabekonzept der Gemeinde {place}",
    "Vielfaltskonzept {place} 2030",
]
TOPIC = [
    "Unterbringung von Geflüchteten in {place}",
    "Beratungsangebote für Zugewanderte",
    "Interkulturelle Woche {place}",
]
# "Integration" alone: of newcomers only where the document speaks of them elsewhere
AMBIGUOUS = [
    "Integration in {place}",
    "Integrationsarbeit im Sozialraum",
    "Integration der Kita in das Familienzentrum",
]
OTHER = [
    "Neubau der Sporthalle {place}",
    "Haushaltssatzung 2024",
    "Bebauungsplan Nr. 12 „Am Bach“",
]
PROPOSAL = {
    "concept": "Der Rat beschließt das Integrationskonzept der Stadt {place}.",
    "topic": "Die Verwaltung wird beauftragt, Wohnraum für Geflüchtete bereitzustellen.",
    "ambiguous": "Der Rat stimmt der Stelle für Integration zu.",
    "other": "Der Rat stimmt dem Vorhaben zu.",
    "none": "",
}
BODY_TOPIC = "Die Beratung der Zugewanderten und Geflüchteten wird ausgebaut."
BODY_OTHER = "Die Arbeiten beginnen im Frühjahr und enden im Herbst."
PLACES = ["Neustadt", "Bergheim", "Au", "Lingen (Ems)"]


@st.composite
def submissions(draw: st.DrawFn) -> tuple[str, dict[str, str], bool]:
    place = draw(st.sampled_from(PLACES))
    kind = draw(st.sampled_from(["concept", "topic", "ambiguous", "other"]))
    subject = draw(st.sampled_from({"concept": CONCEPT, "topic": TOPIC, "ambiguous": AMBIGUOUS, "other": OTHER}[kind]))
    subject = subject.format(place=place)
    pkind = draw(st.sampled_from(list(PROPOSAL)))
    proposal = PROPOSAL[pkind].format(place=place)
    n_topic = draw(st.integers(0, 12))
    minutes = draw(st.booleans())
    beirat = draw(st.booleans())  # a body named by a topic word in the Beratungsfolge
    doc_type = "Niederschrift" if minutes else draw(st.sampled_from(["Beschlussvorlage", "Sitzungsvorlage"]))
    body = [BODY_TOPIC if i < n_topic // 2 else BODY_OTHER for i in range(max(n_topic // 2, 3))]
    beratung = "Integrationsbeirat 12.03.2024 Vorberatung\n" if beirat else ""
    text = (
        f"Stadt {place}\n{doc_type}\nBeratungsfolge\n{beratung}Rat 20.03.2024 Entscheidung\n"
        f"Betreff: {subject}\n"
        + (f"Beschlussvorschlag:\n{proposal}\n" if proposal else "")
        + "Sachverhalt:\n"
        + "\n".join(body)
    )
    fields = {"subject": subject, "doc_type": doc_type, **({"decision_proposal": proposal} if proposal else {})}
    # the documented rule, zone by zone
    whole = hits(text)
    ambiguous_counts = bool(whole.concept) or len(whole.topic) >= 2
    strength = {"concept": 1.0, "topic": 0.8, "ambiguous": 0.6 if ambiguous_counts else 0.0, "other": 0.0}
    sub = strength[kind]
    pro = strength[pkind] if pkind in strength else 0.0
    score = (
        WEIGHTS["subject"] * sub + WEIGHTS["decision_proposal"] * pro + WEIGHTS["text"] * min(1.0, whole.policy / 10)
    )
    # the concept named in the subject or the decision proposal is enough
    relevant = not minutes and (sub > 0 or pro > 0) and (round(score, 3) >= THRESHOLD or "concept" in (kind, pkind))
    return text, fields, relevant


@given(submissions())
def test_generated_submissions(case: tuple[str, dict[str, str], bool]) -> None:
    text, fields, relevant = case
    found = relevance(text, fields)
    assert found.relevant == relevant, (found, fields)
    if found.relevant:
        assert "subject" in found.method or "decision_proposal" in found.method
        assert found.evidence


def test_one_word_anywhere_is_not_enough() -> None:
    text = "Stadt Au\nBeschlussvorlage\nBetreff: Neubau der Sporthalle\nSachverhalt:\n" + "Integration " * 30
    assert not relevance(text, {"subject": "Neubau der Sporthalle"}).relevant
    migrants = "Die Sporthalle dient auch Geflüchteten und Zugewanderten. " * 5
    assert not relevance(text + migrants, {"subject": "Neubau der Sporthalle"}).relevant


def test_a_body_named_by_a_topic_word_is_no_topic() -> None:
    text = "Beratungsfolge\nIntegrationsbeirat 01.02.2024 Kenntnisnahme\nBetreff: Haushaltssatzung 2024\n"
    assert relevance(text, {}).method == "none"


def test_a_word_holding_a_body_word_is_no_body() -> None:
    # "Integrationsstrategie" holds "rat" but names no body; "des Integrationsrates" does
    text = "Beratungsfolge\nIntegrationsrat 01.02.2024 Kenntnisnahme\nBetreff: Integrationsstrategie Au 2030\n"
    found = relevance(text, {"subject": "Integrationsstrategie Au 2030"})
    assert found.relevant and "«Integrationsstrategie»" in found.evidence
    assert relevance("Sitzung des Integrationsrates", {"subject": "Sitzung des Integrationsrates"}).method == "none"


def test_a_concept_in_the_decision_proposal_is_enough() -> None:
    # the subject read wrong (an office's name), the decision proposal naming the concept
    proposal = "Die Bürgerschaft beschließt die Fortschreibung des Konzeptes zur Integration von Zugewanderten."
    text = "Büro der Bürgerschaft\nBeschlussvorlage\nBeschlussvorschlag:\n" + proposal
    found = relevance(text, {"subject": "Büro der Bürgerschaft", "decision_proposal": proposal})
    assert found.relevant and found.score < THRESHOLD


def test_without_subject_the_head_is_read() -> None:
    text = (
        "DS 3/2024\nBeschlussvorlage\nErstellung eines Integrationskonzeptes\nBeschlussvorschlag:\nDer Rat stimmt zu.\n"
    )
    found = relevance(text, {"decision_proposal": "Der Rat stimmt zu."})
    assert found.relevant and found.evidence.startswith("head: «Integrationskonzeptes»")


def test_seeds_are_relevant() -> None:
    for path in sorted(RAW.glob("*.txt")):
        doc, _ = read_document(path, str(path), Settings(ocr="never"))
        tables, _, _ = extract_document(doc)
        row = tables["documents"][0]
        assert row["relevant"] is True, (path.name, row["relevance_evidence"])


CORPUS = SHARED / "corpus"


@functools.cache
def corpus_relevant(folder: str, pattern: str) -> tuple[list[str], int]:
    """Names of the relevant documents of a corpus folder, and how many there are."""
    files = sorted((CORPUS / folder).glob(pattern))
    found = []
    for path in files:
        doc, _ = read_document(path, str(path), Settings(ocr="never"))
        w = hits(doc.text)
        if not (w.concept or w.topic or w.ambiguous):
            continue  # every zone is text of the document: without any of its words none can speak of it
        tables, _, _ = extract_document(doc)
        if tables["documents"][0]["relevant"]:
            found.append(path.name)
    return found, len(files)


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is absent")
@pytest.mark.parametrize("folder", ["munich", "erlangen"])
def test_real_non_submissions_are_not_relevant(folder: str) -> None:
    found, n = corpus_relevant(folder, "*.pdf")
    assert n > 0 and found == []


@pytest.mark.skipif(not (CORPUS / "nordstemmen").exists(), reason="../shared/corpus is absent")
def test_nordstemmen_only_the_integration_submissions() -> None:
    found, n = corpus_relevant("nordstemmen/texts", "*.txt")
    assert n > 900
    # an integration helper for the newcomers; housing for the refugees from Ukraine
    assert found == ["nordstemmen_DS_110-2022_1._Ergaenzung.txt", "nordstemmen_DS_29-2017.txt"]


def test_document_without_text() -> None:
    found = relevance("", {})
    assert (found.relevant, found.score, found.method) == (False, 0.0, "none")
