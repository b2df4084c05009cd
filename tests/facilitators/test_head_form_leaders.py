"""facilitators: a paper's head form run into one paragraph by an export that sets no blank lines
(pypdf): the person in a field after dot leaders whose label is no role ("Bearbeitung ......... Herr X,
Tel. …") is the paper's contact, not the facilitator the subject's words ("Beauftragung der externen
Prozessbegleitung") seem to engage; a field whose label is a role names its facilitator (invented
examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

FORM = (
    "LANDKREIS LINDENAU\nDer Landrat\nSozialamt · Sachgebiet Integration\n"
    "Vorlage-Nr. ......... 0412/2027\nErstellt ............ 08.02.27\n"
    "{label} ......... {value}\n"
    "Gegenstand\nFortschreibung des Integrationskonzepts und\nBeauftragung der externen Prozessbegleitung\n"
    "Beratungsfolge\n"
)

CASES = [
    Case(
        "the contact in the head form's field is no facilitator",
        FORM.format(label="Bearbeitung", value="Herr Emir Osmanović, Tel. 03984 70-2714"),
        [],
    ),
    Case(
        "a field labelled with a role names the facilitator",
        FORM.format(label="Prozessbegleitung", value="Stadtwerkstatt Kessel GmbH, Gera"),
        [(None, "Stadtwerkstatt Kessel GmbH", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_head_form_fields(case: Case) -> None:
    assert run(case.text) == case.expected
