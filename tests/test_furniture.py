"""Page furniture in plain text: a page number beside the document's number, and the running
header the next page repeats (pipeline/structure/furniture.py).

Text exported without form feeds marks a page break only by its furniture. The view must
find it, so that a table or a sentence runs on across the break, and no extractor reads it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from helpers import document
from hypothesis import given
from hypothesis import strategies as st

from pipeline.structure import view


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    furniture: list[str]  # the furniture lines, stripped


HEAD = "Magistratsvorlage                                   Nr. IV/27/2023\n\nMAGISTRAT DER STADT BREMERHAVEN\n\n"

CASES = [
    Case(
        "page-number-left-of-number",
        "Themenfeld      Leitziel\nSprache         Kurse verkürzen\n\nSeite 1 von 2        Drucksache 0087/2023\n\n"
        "Gesundheit      Angebote mehrsprachig\n",
        ["Seite 1 von 2        Drucksache 0087/2023"],
    ),
    Case(
        "page-number-right-of-number",
        "Der Beirat wird beteiligt.\n\nVorlage Nr. 101/2020                 - 2 -\n\nDie Verwaltung berichtet.\n",
        ["Vorlage Nr. 101/2020                 - 2 -"],
    ),
    Case("tab-separated-blatt", "Text davor.\nBlatt 3/7\tDS 2023/0815\nText danach.\n", ["Blatt 3/7\tDS 2023/0815"]),
    Case(
        "running-header-after-page-number",
        HEAD + "Das Konzept hat fünf Teile.\n\nMagistratsvorlage Nr. IV/27/2023        Seite 1\n\n"
        "Magistratsvorlage                                   Nr. IV/27/2023\n\nDas Handlungskonzept gliedert sich.\n",
        [
            "Magistratsvorlage Nr. IV/27/2023        Seite 1",
            "Magistratsvorlage                                   Nr. IV/27/2023",
        ],
    ),
    Case(
        "table-of-contents-is-not-furniture",
        "Inhalt\n1. Einleitung          Seite 3\n2.1 Sprache           Seite 5\n3. Kosten              Seite 9\n",
        [],
    ),
    Case(
        "head-line-without-page-number-stays",
        HEAD
        + "Die Vorlage geht an den Magistrat.\n\nMagistratsvorlage                                   Nr. IV/27/2023\n"
        "wird zitiert.\n",
        [],
    ),
    Case(
        "sentence-beside-page-number-stays", "Die Kosten von 2.500 Euro für 2023 trägt die Stadt          Seite 4\n", []
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_furniture(case: Case) -> None:
    v = view(document(case.text))
    assert [v.lines[i].text.strip() for i in sorted(v.furniture)] == [t.strip() for t in case.furniture]


def test_a_table_runs_on_across_the_footer() -> None:
    text = (
        "Themenfeld          Leitziel\nSprache             Kurse werden kürzer.\n\n"
        "Seite 1 von 2                      Drucksache 0087/2023\n\n"
        "Gesundheit          Angebote sind mehrsprachig.\n"
    )
    flat = view(document(text)).layout.flat.text
    assert "Drucksache" not in flat and "Seite 1" not in flat
    assert "Sprache" in flat and "Gesundheit" in flat


PAGE = st.sampled_from(["Seite {n} von {m}", "Seite {n}", "- {n} -", "Blatt {n}/{m}", "SEITE {n} VON {m}"])
NUMBER = st.sampled_from(
    ["Drucksache {y}/0{k}", "Vorlage Nr. {k}/{y}", "DS {y}/{k}", "Nr. IV/{k}/{y}", "Beschlussvorlage {y}-{k}"]
)
SEP = st.sampled_from(["   ", "\t", "        ", " \t "])


@given(
    page=PAGE,
    number=NUMBER,
    sep=SEP,
    left=st.booleans(),
    n=st.integers(1, 40),
    k=st.integers(10, 999),
    y=st.integers(2015, 2030),
)
def test_generated_page_lines_are_furniture(
    page: str, number: str, sep: str, left: bool, n: int, k: int, y: int
) -> None:
    p = page.format(n=n, m=n + 3)
    d = number.format(k=k, y=y)
    line = f"{p}{sep}{d}" if left else f"{d}{sep}{p}"
    text = f"Der Integrationsbeirat wird beteiligt.\n\n{line}\n\nDie Verwaltung berichtet im Ausschuss.\n"
    v = view(document(text))
    assert [v.lines[i].text for i in sorted(v.furniture)] == [line]
    assert d.split()[0] not in v.layout.flat.text or d.split()[0] in "Der Integrationsbeirat"
