"""A running head an export glued to its page's first line of text ("Drucksache 0815/2025 - 2
2. Gremien", as pdftotext sets a page): the view cuts the line in two, the head with its page
number furniture, the text a line of its own, so that the page's first heading is read; with a
form feed before it or after a page number on a line of its own. A line that opens like a running
head but is text stays whole. Every case is invented."""

from __future__ import annotations

import pytest

from pipeline.structure import view
from tests.helpers import document

HEAD = (
    "Stadt Talheim\nFachbereich 3 – Bildung und Teilhabe\n\n"
    "Beschlussvorlage                                   Drucksache: 0815/2025\n"
    "                                                   Datum: 04.02.2025\n\n"
    "Betreff:\nTeilhabeplan der Stadt Talheim\n\n"
    "Sachverhalt:\nDer Rat hat den Teilhabeplan im Herbst beraten und seine Umsetzung beschlossen.\n"
    "Die Verwaltung legt dazu einen Bericht vor, der die Maßnahmen des ersten Jahres darstellt.\n"
    "Für die Steuerung der Umsetzung schlägt sie ein Gremium vor, das dreimal im Jahr tagt.\n\n"
    "Finanzielle Auswirkungen:\nDie Kosten der Sitzungen trägt der Fachbereich aus seinem Budget.\n"
    "Weitere Mittel sind nicht erforderlich; die Stellen der Geschäftsstelle sind besetzt.\n"
)
SHEET = "\nVorsitz: Clara Vogt\nMitglieder insgesamt: 6\n"


def lines_and_furniture(text: str) -> tuple[list[str], list[str]]:
    v = view(document(text))
    found = [v.lines[i].text.strip() for i in sorted(v.furniture)]
    return [ln.text.strip() for ln in v.lines if ln.text.strip()], found


@pytest.mark.parametrize(
    ("brk", "glued", "head"),
    [
        ("Seite 1 von 2\n\f", "Drucksache 0815/2025 - 2 2. Steuerungsgruppe Teilhabe", "Drucksache 0815/2025 - 2"),
        ("\f", "Drucksache 0815/2025 - 2 - 2. Steuerungsgruppe Teilhabe", "Drucksache 0815/2025 - 2 -"),
        ("\f", "Drucksache 0815/2025 Seite 2 2. Steuerungsgruppe Teilhabe", "Drucksache 0815/2025 Seite 2"),
        ("\f", "Teilhabeplan der Stadt Talheim – 2 – 2. Steuerungsgruppe", "Teilhabeplan der Stadt Talheim – 2 –"),
        ("\n- 1 -\n\n", "Drucksache 0815/2025 - 2 - 2. Steuerungsgruppe Teilhabe", "Drucksache 0815/2025 - 2 -"),
    ],
    ids=["form-feed-after-page-foot", "form-feed-dashes", "form-feed-worded", "title-head", "after-a-page-number"],
)
def test_a_glued_head_is_cut_off_its_line(brk: str, glued: str, head: str) -> None:
    """The head and its page number are furniture, the heading after them a line of its own, and
    the view's text runs from the last page's sentence to the heading without the head."""
    text = HEAD + brk + glued + SHEET
    lines, found = lines_and_furniture(text)
    assert head in found
    assert glued.removeprefix(head + " ") in lines
    flat = view(document(text)).layout.flat.text
    assert "\n" + glued.removeprefix(head + " ") + "\nVorsitz:" in flat.replace("\f", "\n")
    assert "0815/2025 -" not in flat and "0815/2025 Seite" not in flat


@pytest.mark.parametrize(
    ("brk", "line"),
    [
        # the rest opens in lower case: a sentence naming the paper and a number
        ("\f", "Drucksache 0815/2025 – 2 und Anlage 3 liegen bei."),
        # in the middle of a page, not at its top
        ("Die Anlage folgt.\n", "Drucksache 0815/2025 - 2 Anlagen zum Teilhabeplan"),
        # another paper's number
        ("\f", "Drucksache 0999/2024 - 2 Anlagen zum Teilhabeplan"),
        # prose naming the paper
        ("\f", "siehe Drucksache 0815/2025 - 2 Anlagen zum Teilhabeplan"),
        # after a bare number, which may be a cell of a column
        ("\n1\n", "Drucksache 0815/2025 - 2 Anlagen zum Teilhabeplan"),
    ],
    ids=["lower-case-rest", "mid-page", "other-number", "prose", "after-a-bare-number"],
)
def test_a_line_opening_like_a_head_stays_whole(brk: str, line: str) -> None:
    lines, found = lines_and_furniture(HEAD + brk + line + "\nDer Plan gilt ab sofort.\n")
    assert line in lines
    assert not any("0815/2025 -" in f or "0999/2024" in f for f in found)


def test_a_rule_glued_to_the_next_heading_is_cut_off_it() -> None:
    """pdftotext may set a rule drawn across the page and the next heading on one line, no space
    between: the rule is furniture, the heading a line of its own."""
    rule = "-" * 40
    text = HEAD + "Stadt Talheim – Drucksache 0815/2025 – Seite 1 von 2\n" + rule + "Steuerungsgruppe\n" + SHEET
    lines, found = lines_and_furniture(text)
    assert "Steuerungsgruppe" in lines and rule + "Steuerungsgruppe" not in lines
    assert any(set(f) == {"-"} for f in found)
    assert "besetzt.\nSteuerungsgruppe\n" in view(document(text)).layout.flat.text


@pytest.mark.parametrize(
    "line",
    ["-" * 40 + "und weitere Mitglieder", "Kosten " + "-" * 20 + "Summe", "-" * 5 + "Steuerungsgruppe"],
    ids=["lower-case-rest", "rule-inside-a-line", "short-dashes"],
)
def test_a_line_of_dashes_and_text_that_is_no_glued_rule_stays_whole(line: str) -> None:
    lines, _ = lines_and_furniture(HEAD + "\n" + line + SHEET)
    assert line in lines


@pytest.mark.parametrize(
    "brk",
    ["\n\f", "Drucksache 0815/2025      Seite 1 von 2\n\n\f", "\n\fSeite 1 von 3\n\f"],
    ids=["its-own-page", "after-the-page-before", "an-export-page-between"],
)
def test_a_page_number_joined_to_the_page_text_is_cut_off_it(brk: str) -> None:
    """pdftotext takes the closing dash of a page number in dashes ("- 2 -") for a hyphen and joins the
    number to the page's first word ("-2Drittes Schwerpunktfeld: Wohnen"): the number is furniture, the
    heading a line of its own, where the number is its page's or the one after the page number before."""
    text = HEAD + brk + "-2Drittes Schwerpunktfeld: Wohnen im Quartier" + SHEET
    lines, found = lines_and_furniture(text)
    assert "Drittes Schwerpunktfeld: Wohnen im Quartier" in lines
    assert "-" in found
    assert "\nDrittes Schwerpunktfeld: Wohnen im Quartier\n" in view(document(text)).layout.flat.text.replace(
        "\f", "\n"
    )


@pytest.mark.parametrize(
    ("brk", "line"),
    [
        ("\n\f", "-7Drittes Schwerpunktfeld: Wohnen"),  # not the page's number, nor the one after the page before
        ("Die Anlage folgt.\n", "-2Drittes Schwerpunktfeld: Wohnen"),  # in the middle of a page
        ("\n\f", "-2drittens die Wohnungen"),  # lower case after it
        ("\n\f", "-2B12 Wohnen"),  # a code, no word
    ],
    ids=["another-number", "mid-page", "lower-case", "a-code"],
)
def test_a_dash_and_digit_before_a_word_that_is_no_page_number_stays(brk: str, line: str) -> None:
    lines, _ = lines_and_furniture(HEAD + brk + line + SHEET)
    assert line in lines
