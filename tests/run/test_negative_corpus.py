"""Real council PDFs that are not integration submissions: nothing may be invented there.

``../shared/corpus/munich`` and ``../shared/corpus/erlangen`` (skipped when absent) hold
minutes, invitations, statements, presentations and Munich submissions. Each document was
read by hand; the table below says, per field, what is really there (``expected``: must be
found, nothing else may be) and what may be found without being required (``allowed``).
Documents not listed must yield no row of the field. Other fields add their own rows.
The PDFs are read without OCR (the two scanned Munich letters then have no text; with OCR
they yield no consultation either).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from extractors import load_resources
from extractors.consultations import extract as consultations
from extractors.steering import extract as steering
from pipeline.document import Document
from pipeline.ingest.readers import read_document
from pipeline.records import SteeringGroup
from pipeline.settings import Settings
from pipeline.structure import view

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
FILES = sorted(CORPUS.glob("*/*.pdf")) if CORPUS.exists() else []


@dataclass(frozen=True)
class Case:
    file: str
    field: str
    expected: list[tuple[Any, ...]]
    note: str
    allowed: list[tuple[Any, ...]] = field(default_factory=list)


def consultation_facts(doc: Document) -> list[tuple[Any, ...]]:
    return [(r.body, r.meeting_date, r.role, r.public) for r in consultations(doc, load_resources(), view(doc))]


def steering_facts(doc: Document) -> list[tuple[Any, ...]]:
    """Steering groups and their members: attendees of minutes, the members of the Stadtteilbeirat
    named in invitations and signatories are none."""
    out: list[tuple[Any, ...]] = []
    for g in steering(doc, load_resources(), view(doc)):
        if isinstance(g, SteeringGroup):
            out += [("group", g.group_name)] + [("member", m.member) for m in g.members]
    return out


FIELDS: dict[str, Callable[[Document], list[tuple[Any, ...]]]] = {
    "consultations": consultation_facts,
    "steering": steering_facts,
}

CASES = [
    Case(
        "riski_6414694.pdf",
        "consultations",
        [("Kommunalausschuss", "2021-02-04", "information", True)],
        "A submission of the Kommunalreferat: 'Bekanntgabe im Kommunalausschuss am 04.02.2021' over "
        "'Öffentliche Sitzung' (on the summary page and again on page 2) is its own consultation: a report "
        "(information) to the Kommunalausschuss in public session. 'der Stadtrat am 20.07.2016' and the "
        "valuation dates in a table (26.08.2019 Anfangs- und Endwerte) are no consultations.",
    ),
    Case(
        "riski_6409805.pdf",
        "consultations",
        [("Bezirksausschuss des 25. Stadtbezirkes", "2021-01-14", "decision", True)],
        "A grant decision: 'Beschluss des Bezirksausschusses des 25 . Stadtbezirkes vom 14.01.2021' over "
        "'Öffentliche Sitzung' is the meeting that decides this paper (the text layer spaces '25 .'). The "
        "application date (23.10.2020) and the mayor's power of attorney (09.04.2018) are not meetings.",
    ),
    Case(
        "riski_6409816.pdf",
        "consultations",
        [("Bezirksausschuss des 3. Stadtbezirkes", "2021-01-12", "decision", True)],
        "The same form for the Bezirksausschuss 3, meeting on 12.01.2021.",
    ),
    Case(
        "riski_6409914.pdf",
        "consultations",
        [("Bezirksausschuss des 16. Stadtbezirkes", None, "decision", True)],
        "The same form for the Bezirksausschuss 16, whose meeting date was left empty ('... vom' over "
        "'Öffentliche Sitzung'): the body and the public session are stated, the date is not.",
    ),
    Case(
        "riski_5932071.pdf",
        "consultations",
        [],
        "A report on the execution of council decisions: its table lists earlier decisions (Beschlossen am "
        "VPA/VV 16.10.2013 / 23.10.2013 ...) of other papers, none of which is a consultation of this one.",
        allowed=[("Verwaltungs- und Personalausschuss", "2020-04-01", None, True)],
    ),
    # The Erlangen documents: invitations ("1. Sitzung Mittwoch, 24.04.2024 18:30 Uhr Mönauschule"), minutes
    # ("Besprechung am: 03.06.2025"), statements of the Stadtteilbeirat ("die Beschlussvorlage wurde am
    # 28. Juni 2022 in den UVPA Werkausschuss EB 77 eingebracht": another paper's history, past tense),
    # slides ("Öffentliche Sitzung 15. November 2023") and motions that list earlier motions by date
    # ("• 27.08.2018 Planung und Schaffung neuer Sportstätten"). None has a Beratungsfolge: the default
    # (no row) holds for every one of them.
]
LISTED = {(c.file, c.field) for c in CASES}
ALL = CASES + [
    Case(p.name, f, [], "no Beratungsfolge, no meeting heading, no key-value form")
    for p in FILES
    for f in FIELDS
    if (p.name, f) not in LISTED
]


@functools.cache
def read(name: str) -> Document:
    path = next(p for p in FILES if p.name == name)
    doc, _ = read_document(path, str(path), Settings(ocr="never"))
    return doc


@pytest.mark.skipif(not FILES, reason="../shared/corpus is absent")
@pytest.mark.parametrize("case", ALL, ids=[f"{c.field}-{c.file}" for c in ALL])
def test_nothing_invented(case: Case) -> None:
    found = FIELDS[case.field](read(case.file))
    assert [f for f in found if f not in case.expected and f not in case.allowed] == [], case.note
    assert [f for f in case.expected if f not in found] == [], case.note
