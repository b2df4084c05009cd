"""Names in facilitation sentences that are no facilitators, and their counterparts that are
(``tests/generators/facilitator_families.py``), and the same families on real Karlsruhe papers."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

from extractors import facilitators, load_resources
from pipeline.ingest.readers import read_document
from pipeline.records import Facilitator
from pipeline.settings import Settings
from pipeline.structure import view
from tests.facilitators.test_facilitators import run
from tests.generators.facilitator_families import Drawn, engaged, not_engaged


@settings(max_examples=150, deadline=None)
@given(not_engaged())
def test_generated_names_engaged_by_no_one_are_no_facilitators(drawn: Drawn) -> None:
    assert run(drawn.text) == drawn.rows, (drawn.family, drawn.text)


@settings(max_examples=120, deadline=None)
@given(engaged())
def test_generated_facilitators_are_read_as_one_row(drawn: Drawn) -> None:
    assert run(drawn.text) == drawn.rows, (drawn.family, drawn.text)


# --- real papers -------------------------------------------------------------------------------
# Karlsruhe's submissions (../shared/corpus/karlsruhe/texts): the papers where these families
# gave rows that name no one engaged, and the papers whose facilitators must stay read.

KARLSRUHE = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "karlsruhe" / "texts"

REAL = {  # paper: the (name, organisation) it must give
    # a common noun alone: "durch das Beratungsbüro sieber I … begleitet", "Das Moderationsbüro sued-licht",
    # "durch ein Steuerberatungsbüro", "durch externes Marktforschungsinstitut", "die erste Jugendberufsagentur"
    "karlsruhe_600174.txt": [],
    "karlsruhe_602510.txt": [],
    "karlsruhe_604909.txt": [],
    "karlsruhe_599627.txt": [],
    "karlsruhe_618740.txt": [],
    # "eines externen Begleitbüros zur Erarbeitung des ISEK"
    "karlsruhe_674640.txt": [],
    # the matter acted on: "Kommunalisierung der DAS FEST GmbH", "Gründung der „… eG“" beside its adviser
    "karlsruhe_145741.txt": [],
    "karlsruhe_622968.txt": [(None, "Baden-Württembergischen Genossenschaftsverband e.V.")],
    # advice offered to others: "kostenlose Erstberatung durch die … (KEK)", "Möglichkeit auf Beratung durch …"
    "karlsruhe_657549.txt": [],
    "karlsruhe_670434.txt": [],
    # a study, criteria, symposia: "im Rahmen einer wissenschaftlichen Studie untersucht", "… publiziert"
    "karlsruhe_608386.txt": [],
    "karlsruhe_627164.txt": [],
    "karlsruhe_662769.txt": [],
    "karlsruhe_665839.txt": [],
    # the client of a passive "beauftragt": "werden durch das StPlA Verkehrszählungen beauftragt"
    "karlsruhe_637279.txt": [(None, "Hochschule Karlsruhe")],
    # a group that deliberates: "einen Lenkungskreis aus Vertretern … zu bilden, um … zu beraten"
    "karlsruhe_638467.txt": [],
    # cooperation under "Methodik der Evaluation": a questionnaire translated
    "karlsruhe_660701.txt": [],
    # sub-units in brackets after the organisation
    "karlsruhe_658805.txt": [(None, "Pädagogischen Hochschule Karlsruhe")],
    "karlsruhe_670649.txt": [(None, "Pädagogischen Hochschule Karlsruhe")],
    # a person and the institute of a university, one row
    "karlsruhe_606411.txt": [("Professor Hermann", "Institut für Kriminologie der Universität Heidelberg")],
    # facilitators that stay
    "karlsruhe_611368.txt": [(None, "Büro Netzwerk für Planung und Kommunikation")],
    "karlsruhe_648292.txt": [(None, "IMAP GmbH")],
    "karlsruhe_619927.txt": [("Professor Dr. Hermann", None)],
    "karlsruhe_604103.txt": [(None, "Landesinstitut für Schulentwicklung")],
    "karlsruhe_637896.txt": [(None, "Agentur Kreativ Konzept")],
    "karlsruhe_657846.txt": [(None, "Institut für Urbanistik")],
}


@pytest.mark.skipif(not KARLSRUHE.exists(), reason="../shared/corpus/karlsruhe is absent")
@pytest.mark.parametrize("paper", sorted(REAL))
def test_karlsruhe_papers_name_their_facilitators_only(paper: str) -> None:
    path = KARLSRUHE / paper
    doc, _ = read_document(path, str(path), Settings(ocr="never"))
    found = [
        (f.name, f.organisation)
        for f in facilitators.extract(doc, load_resources(), view(doc))
        if isinstance(f, Facilitator)
    ]
    assert found == REAL[paper]
