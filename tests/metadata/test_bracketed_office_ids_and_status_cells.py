"""Header forms (invented papers, each with a negative):

- a number holding its office's number in brackets glued inside it ("2031-02/DS-IV(37)0245"): the whole id;
  a bracket set apart by a space after an id is no part of it;
- the paper's date closing a header row of cells after a cell of the paper's status alone ("Vorlage-Nr.: X   Art:
  Beschlussvorlage   öffentlich   03.02.2031"); a row naming a meeting ("Sitzung") gives no paper's date.
"""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import extract

_BODY = """
Betreff: Integrationskonzept

Beratungsfolge:
Sozialausschuss                         13.05.2031      Vorberatung
Stadtrat                                27.05.2031      Entscheidung

Begründung:
Das Konzept von 2019 ist weitgehend umgesetzt.
"""


@pytest.mark.parametrize(
    ("number", "expected"),
    [("2031-02/DS-IV(37)0245", "2031-02/DS-IV(37)0245"), ("VO/2031/0245 (neu)", "VO/2031/0245")],
)
def test_office_number_in_brackets_inside_an_id(number: str, expected: str) -> None:
    text = f"Stadt Musterhausen\nDer Magistrat\n\nMAGISTRATSVORLAGE        Vorlage-Nr.:  {number}\n" + _BODY
    assert extract(text)["doc_number"] == expected


@pytest.mark.parametrize(
    ("status", "middle", "expected"),
    [
        ("öffentlich", "Art: Beschlussvorlage", "2031-02-03"),
        ("nicht öffentlich", "Art: Mitteilungsvorlage", "2031-02-03"),
        ("öffentlich", "Sitzung: Hauptausschuss", None),
    ],
)
def test_date_after_a_status_cell(status: str, middle: str, expected: str | None) -> None:
    rule = "=" * 80
    text = (
        "Stadt Musterhausen | Der Bürgermeister | Fachbereich Soziales\n"
        f"{rule}\nVorlage-Nr.: B-031/2031        {middle}        {status}        03.02.2031\n{rule}\n" + _BODY
    )
    assert extract(text).get("doc_date") == expected
