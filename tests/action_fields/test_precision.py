"""action_fields: words that look like fields in papers on other matters, generated and real.

The generated families are those of ``tests.generators.field_precision``; the real papers are
Karlsruhe's (``../shared/corpus/karlsruhe``), read where the corpus is at hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

from extractors import action_fields
from extractors.resources import default_resources
from pipeline.ingest.readers import read_document
from pipeline.settings import Settings
from pipeline.structure import view
from tests.action_fields.test_action_fields import GENERATED, recovered
from tests.generators.field_layouts import Drawn
from tests.generators.field_precision import (
    abbreviated_labels,
    enumeration_lists,
    field_column_apart,
    former_fields,
    lone_numbered_sections,
    numbered_reprises,
    sections_after_lists,
    task_lists,
    topics_with_concepts,
    verb_phrases,
)
from tests.helpers import SHARED


@GENERATED
@given(numbered_reprises())
def test_generated_a_number_names_one_field(drawn: Drawn) -> None:
    recovered(drawn)


@GENERATED
@given(abbreviated_labels())
def test_generated_an_abbreviated_adjective_ends_no_label(drawn: Drawn) -> None:
    recovered(drawn)


@GENERATED
@given(sections_after_lists())
def test_generated_sections_after_a_lead_in_list_are_no_fields(drawn: Drawn) -> None:
    recovered(drawn)


@GENERATED
@given(enumeration_lists())
def test_generated_an_enumeration_set_as_a_list_keeps_no_conjunction(drawn: Drawn) -> None:
    recovered(drawn)


@GENERATED
@given(lone_numbered_sections())
def test_generated_a_lone_numbered_section_is_no_list(drawn: Drawn) -> None:
    recovered(drawn)


@GENERATED
@given(task_lists())
def test_generated_long_tasks_wrapped_over_lines_are_no_fields(drawn: Drawn) -> None:
    recovered(drawn)


@GENERATED
@given(verb_phrases())
def test_generated_a_verb_phrase_is_no_part_of_the_last_field(drawn: Drawn) -> None:
    recovered(drawn)


@GENERATED
@given(former_fields())
def test_generated_fields_called_former_are_none(drawn: Drawn) -> None:
    recovered(drawn)


@GENERATED
@given(field_column_apart())
def test_generated_a_field_column_set_apart_by_an_export(drawn: Drawn) -> None:
    recovered(drawn)


@GENERATED
@given(topics_with_concepts())
def test_generated_a_concept_among_the_topics_makes_them_no_fields(drawn: Drawn) -> None:
    recovered(drawn)


KARLSRUHE = SHARED / "corpus" / "karlsruhe" / "texts"

# a paper's fields as it states them, and what reads like them but is none
REAL = [
    ("karlsruhe_596614.txt", ["Zukunft Innenstadt und öffentl. Raum"]),  # a form's label line
    ("karlsruhe_619299.txt", []),  # a lead-in's list of tasks, then "2. Bisherige Vorgehensweise"
    ("karlsruhe_648303.txt", []),  # "nachfolgende Handlungsfelder:" over "I. Änderung der Betriebssatzung"
    ("karlsruhe_666996.txt", []),  # "Themenfelder und Aufgaben": tasks wrapped over lines
    (
        "karlsruhe_647349.txt",  # five fields, then their shares and a cost table under their numbers
        ["Internetanbindung", "Infrastruktur", "Digitale Präsentationsmöglichkeiten", "Endgeräte", "Supportsystem"],
    ),
    (
        "karlsruhe_614792.txt",  # "Themenfeld 5" worded twice
        [
            "Sprache und Bildung",
            "Rechtliche und wirtschaftliche Integration",
            "Kultur und interreligiöser Dialog",
            "Interkulturelle Öffnung, Wohnen",
            "Gesundheit, Seniorinnen und Senioren, Sport",
        ],
    ),
    ("karlsruhe_600462.txt", ["Klima", "Natur", "Gesundheit"]),  # "… und Gesundheit in den Blick."
    (
        "karlsruhe_669090.txt",  # this year's fields, then "Die bisherigen Handlungsfelder „…“, die „…“ sowie …"
        [
            "Verringerung der Hilfebedürftigkeit",
            "Verbesserung der Integration in Erwerbstätigkeit",
            "Vermeidung von langfristigem Leistungsbezug",
        ],
    ),
    ("karlsruhe_644175.txt", []),  # "Themenbereiche (Grün- und Artenschutz-Konzept, …, Entwässerungskonzept, …)"
    ("karlsruhe_679386.txt", []),  # "zu den Themenbereichen Lufthygiene, … und Nachnutzungskonzept"
    ("karlsruhe_678362.txt", ["zirkuläres Bauen", "zirkuläre Wertschöpfung", "Lifestyle & Konsum", "lokale Ernährung"]),
]


@pytest.mark.skipif(not KARLSRUHE.exists(), reason="../shared/corpus is absent")
@pytest.mark.parametrize(("name", "expected"), REAL, ids=[r[0] for r in REAL])
def test_karlsruhe_papers_read_as_they_state_their_fields(name: str, expected: list[str]) -> None:
    path: Path = KARLSRUHE / name
    doc, _ = read_document(path, name, Settings(ocr="never"))
    assert [f.label for f in action_fields.extract(doc, default_resources(), view(doc))] == expected
