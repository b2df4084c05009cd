"""Page furniture in plain text: a page number beside the document's number, and the running
header the next page repeats (pipeline/structure/furniture.py).

Text exported without form feeds marks a page break only by its furniture. The view must
find it, so that a table or a sentence runs on across the break, and no extractor reads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.structure import view
from pipeline.structure.furniture import PRINT_NOTE, is_page_number
from tests.helpers import SHARED, document


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
    # print notes on a line of their own, anywhere
    Case(
        "print-notes",
        "Beschlussvorlage\nGedruckt auf 100 Prozent Recyclingpapier\nVorlage Nr.: 2020/1442\n\n"
        "Der Rat beschließt die Vorlage und\ngedruckt am 12.03.2024 um 14:05 Uhr\nbeauftragt die Verwaltung.\n"
        "Ausdruck vom 12.03.2024\nDer Bericht wurde am 12.03.2024 gedruckt.\n",
        ["Gedruckt auf 100 Prozent Recyclingpapier", "gedruckt am 12.03.2024 um 14:05 Uhr", "Ausdruck vom 12.03.2024"],
    ),
    # the title as a running head after a page number (the Karlsruhe form), and the same title
    # further down inside the proposal's sentence, which is the text's own
    Case(
        "title-after-page-number",
        "Beschlussvorlage\nVorlage Nr.: 2022/2393\n\nSporthalle Oberreut, Neubau einer Dreifeldsporthalle\n"
        "inkl. Photovoltaikanlage\nBeratungsfolge dieser Vorlage\n\nDie Planung wurde mit dem Schulamt\n\n– 2 – \n"
        "Sporthalle Oberreut, Neubau einer Dreifeldsporthalle\ninkl. Photovoltaikanlage\nabgestimmt. Der Rat genehmigt "
        "die Vergabe folgender Arbeiten:\n\nSporthalle Oberreut, Neubau einer Dreifeldsporthalle\n"
        "inkl. Photovoltaikanlage\n\nan die Firma Muster GmbH.\n",
        ["– 2 –", "Sporthalle Oberreut, Neubau einer Dreifeldsporthalle", "inkl. Photovoltaikanlage"],
    ),
    # a summary of the head repeated as the proposal near a page number is text: more than a
    # running head's lines copy the head, or other text stands between them and the number
    Case(
        "summary-repeated-near-page-number",
        "Beschlussvorlage\nVorlage Nr.: 2024/0815\nKurzfassung\nDer Gemeinderat beschließt die Gründung der\n"
        "Stiftung und beauftragt die Verwaltung\nmit der Umsetzung.\n\nDie Begründung folgt.\n\n– 3 –\n\n"
        "Antrag an den Gemeinderat\n\nDer Gemeinderat beschließt die Gründung der\nStiftung und beauftragt die "
        "Verwaltung\nmit der Umsetzung.\n",
        ["– 3 –"],
    ),
    # the paper's number as a running head: inside a sentence cut by the break, or after a page number
    Case(
        "number-inside-a-sentence",
        "Drucksache 2023/0412\nSachstandsbericht\n\nDie Verwaltung schlägt vor, den Integrationsbeirat an der "
        "Ausarbeitung des\nDrucksache 2023/0412\nKonzepts zu beteiligen.\nDer Beschluss zur DS 2023/0412\n"
        "wird umgesetzt.\n",
        ["Drucksache 2023/0412"],
    ),
    # a bare number between rows of a table is a cell (a TOP); the page's own number at its foot
    # before a form feed is its page number
    Case(
        "bare-number-in-a-table-stays",
        "Gremium Termin TOP\nGemeinderat 24.09.2013\n2\nHauptausschuss 14.06.2016\n9\n",
        [],
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


def test_bare_page_number_at_a_form_feed() -> None:
    """A bare number right after the page's last line is its page number when it is that page's
    number; another number there is a cell."""
    two = "Die Verwaltung schlägt vor, den Beirat zu\n1\n\fbeteiligen.\n"
    v = view(document(two))
    assert [v.lines[i].text for i in sorted(v.furniture)] == ["1"]
    v = view(document(two.replace("\n1\n", "\n7\n")))
    assert v.furniture == frozenset()


@pytest.mark.skipif(not (SHARED / "corpus" / "karlsruhe").exists(), reason="../shared is absent")
def test_karlsruhe_page_breaks() -> None:
    """The Karlsruhe texts (no form feeds) mark their page breaks with a page number ('– 2 –') and
    the title as running head: every page number alone on its line is furniture, and every other piece of furniture
    but print notes stands right after a page number or another piece, never in the first page's
    head."""
    texts = sorted((SHARED / "corpus" / "karlsruhe" / "texts").glob("*.txt"))
    numbers = heads = 0
    for path in texts:
        v = view(document(path.read_text(encoding="utf-8")))
        filled = [i for i, ln in enumerate(v.lines) if ln.text.strip()]
        for n, i in enumerate(filled):
            text = v.lines[i].text
            if is_page_number(text) and not text.strip().isdigit():
                numbers += 1
                assert i in v.furniture, (path.name, text)
            elif i in v.furniture and not PRINT_NOTE.fullmatch(text) and not is_page_number(text):
                heads += 1
                assert n > 0 and filled[n - 1] in v.furniture, (path.name, text)
    assert numbers > 100 and heads > 10, (numbers, heads)


def test_a_numbered_heading_after_a_page_break_stays_apart() -> None:
    """A break after a line that ends no sentence joins what goes on after it (a list's next item),
    but a numbered heading after the break keeps its blank line; a footer joined by single spaces
    with the paper's number is furniture."""
    foot = "Landkreis Musterland – Drucksache Nr. 2023/KT/0451 Seite 2 von 3"
    text = f"4.3 Wohnen\nEin Rufbus soll Kurs- und Arbeitsorte erreichbar machen für\n\n{foot}\n\n"
    v = view(document(text + "4.4 Gesundheit und Pflege\nEine Lotsen-Struktur wird aufgebaut.\n"))
    assert [v.lines[i].text for i in sorted(v.furniture)] == [foot]
    assert re.search(r"für\n\n+4\.4 Gesundheit", v.layout.flat.text)
    v = view(document(text + "alle Ortsteile.\n"))
    assert "für\nalle Ortsteile." in v.layout.flat.text


def test_an_excerpts_page_number_at_the_foot_before_a_break() -> None:
    """An excerpt's page may carry a larger number than its place: a bare number as the last line
    before a form feed, after a list item, is its page number and the list goes on after the break;
    under a label or below a column of numbers it is a value, and a smaller number is none."""
    items = "Beteiligt sind:\n1. Volkshochschule\n2. Seniorenbeirat\n"
    v = view(document(items + "7\n\f3. Musikschule\n4. Stadtbibliothek\n"))
    assert [v.lines[i].text for i in sorted(v.furniture)] == ["7"]
    assert re.search(r"Seniorenbeirat\n\f?3\. Musikschule", v.layout.flat.text)
    for foot in ("Anzahl der Plätze:\n7\n", "Plätze\n4\n7\n"):
        v = view(document("Die Runde tagt monatlich.\n" + foot + "\fDie Geschäftsstelle berichtet.\n"))
        assert not v.furniture, foot
    v = view(document("Die Runde tagt monatlich.\nSo vereinbart\n\n\n\n" + "Eins\n\f" * 3 + "Zwei\n0\n\fEnde.\n"))
    assert not any(v.lines[i].text == "0" for i in v.furniture)


def test_a_running_head_inside_a_word_cut_by_the_page_break() -> None:
    """The first line of a page between a word the last page cut and the word's lower-case rest is
    a running head, also where nothing else names it; a line that opens a new item is text."""
    text = "Mitglieder:\n• Volkshochschule\n• Seniorenb-\n- 4 -\n\fStadtentwicklungsplan 2030\neirat\n• Musikschule\n"
    v = view(document(text))
    assert [v.lines[i].text for i in sorted(v.furniture)] == ["- 4 -", "Stadtentwicklungsplan 2030"]
    v = view(document("Mitglieder:\n• Volkshochschule\n• Seniorenbeirat\n- 4 -\n\fMusikschule\nund Bibliothek\n"))
    assert [v.lines[i].text for i in sorted(v.furniture)] == ["- 4 -"]
    v = view(document("Die Runde bietet Plätze für bis zu\n9\n\fPersonen.\n"))
    assert not v.furniture
