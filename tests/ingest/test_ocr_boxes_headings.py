"""What tesseract makes of a box drawn with box-drawing glyphs, of a page's roman section headings
and of a section's paragraph under its numbered heading, and a given name whose consonant's mark
the scan lost: the repairs give the readers the forms they read in a text layer."""

from __future__ import annotations

import pytest

from pipeline.ingest import ocr_text
from pipeline.lang.de.names import is_first_name
from tests.ingest.test_ocr_text import repaired

BOX_READ = (
    "Das Amt nennt vier Felder:\n\n|\n| 1 Bürgerbeteiligung und Ehren- | 2 Verkehr |\n| amt| |\n\n"
    "| 3 Klima und Umwelt | 4 Senioren |\n"
)
BOX_MEANT = (
    "Das Amt nennt vier Felder:\n\n\n│ 1 Bürgerbeteiligung und Ehren- │ 2 Verkehr │\n│ amt│ │\n├──┼──┤\n"
    "│ 3 Klima und Umwelt │ 4 Senioren │\n"
)


@pytest.mark.parametrize(
    "read,meant",
    [
        (BOX_READ, BOX_MEANT),  # a blank line where the rule stood, a rule's tick read as a lone bar
        (  # a box without rules: its rows' lines in a row
            "Felder:\n| Familie und Jugend | Sport\n| | und Bewegung\n| Kultur |\nDer Rat.",
            "Felder:\n│ Familie und Jugend │ Sport\n│ │ und Bewegung\n│ Kultur │\nDer Rat.",
        ),
        (  # what is left of the erased rules over and under a box: a corner and a tick read as letters
            "Sie hat drei Mitglieder:\n\nI\t|\n| Stadtrat | | Verwaltung |\n| Eva Roth | | Uwe Brandt |\nm\tI\n\n"
            "4. Moderation",
            "Sie hat drei Mitglieder:\n\n│ Stadtrat │ │ Verwaltung │\n│ Eva Roth │ │ Uwe Brandt │\n\n4. Moderation",
        ),
        (  # a box's double rules read as signs: under its title, between its rows, under its last row
            "auf fünf Felder:\n\n| Felder des Programms |\n>\t—|\n| ① Sprache und Schule |\n| ② Wohnen |\n=\n\nDer Rat",
            "auf fünf Felder:\n\n│ Felder des Programms │\n├──┤\n│ ① Sprache und Schule │\n│ ② Wohnen │\n\nDer Rat",
        ),
        (  # an item's letter under a box is no rule's rest
            "Felder:\n| Familie | Sport |\n| Kultur | Jugend |\na)\nDer Rat tagt.",
            "Felder:\n│ Familie │ Sport │\n│ Kultur │ Jugend │\na)\nDer Rat tagt.",
        ),
        (  # the rest of a box at a page's top: its rule above it lost with the page break
            "| 7 Natur | 8 Gesundheit |\n\nDie Verwaltung berichtet.",
            "├──┼──┤\n│ 7 Natur │ 8 Gesundheit │\n\nDie Verwaltung berichtet.",
        ),
    ],
)
def test_a_drawn_box_gets_its_bars_and_rules_back(read: str, meant: str) -> None:
    assert repaired(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        "Der Rat | tagt | heute",  # bars inside a sentence
        "Felder:\n| Familie und Jugend | Sport |\nDer Rat tagt.",  # one row under a paragraph: no box
        "| Familie | Sport |",  # one row, nothing under it
    ],
)
def test_bars_that_draw_no_box_stay(text: str) -> None:
    assert repaired(text) == text


@pytest.mark.parametrize(
    "read,meant",
    [
        (
            "1. Der Rat beschließt.\n\nI. Anlass\nDer Rat tagte.\nEr beriet.\nEr vertagte.\n\nIl. Ziele\nDie Stadt",
            "1. Der Rat beschließt.\n\nI. Anlass\nDer Rat tagte.\nEr beriet.\nEr vertagte.\n\nII. Ziele\nDie Stadt",
        ),
        (
            "I. Anlass\na\nb\nc\nd\ne\nIl. Ziele\na\nb\nc\nd\ne\nIll. Kosten\na\nb\nc\nd\ne\nIV. Beschluss",
            "I. Anlass\na\nb\nc\nd\ne\nII. Ziele\na\nb\nc\nd\ne\nIII. Kosten\na\nb\nc\nd\ne\nIV. Beschluss",
        ),
    ],
)
def test_a_pages_roman_headings_count_on(read: str, meant: str) -> None:
    assert repaired(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        "I. Anlass\na\nb\nc\nd\ne\nII. Ziele\na\nb\nc\nd\ne\nIl. Kosten",  # a stroke lost far from the rest
        "Il. Anlass\na\nb\nc\nd\ne\nIV. Ziele",  # strokes that do not fit the place
        "III. Anlass\na\nb\nc\nd\ne\nIl. Ziele",  # no count up
    ],
)
def test_headings_that_do_not_count_on_stay(text: str) -> None:
    assert repaired(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # a numbered heading's paragraph, cut into short lines: a sentence word at a line's start
        "Vorlage\n\n6. Beirat Senioren\nDen Vorsitz führt Frau Ruth Weidner, Leiterin des Amtes III.\n"
        "Aus dem\nRat gehören ihm zwei Mitglieder an.",
        "Der Rat tagt.\n\n3. Moderation\nDie Moderation übernimmt Herr Kai Brandt.\nIm Jahr\n2028 endet sie.",
    ],
)
def test_a_headings_paragraph_is_no_list(text: str) -> None:
    assert repaired(text) == text


def test_a_list_item_still_ends_before_a_sentence() -> None:
    read = "Mitglieder:\n1. Sozialamt\n2. Caritas\nDie Geschäftsführung liegt beim Amt."
    assert repaired(read) == "Mitglieder:\n1. Sozialamt\n2. Caritas\n\nDie Geschäftsführung liegt beim Amt."


@pytest.mark.parametrize("read", ["Gülsen", "Dragan", "Bogdan", "Nino"])
def test_a_name_without_its_consonants_mark_is_a_name(read: str) -> None:
    assert is_first_name(read)


@pytest.mark.parametrize("word", ["Meile", "Liga", "Gremium", "Stadtrat"])  # a German word, a vowel's mark lost
def test_words_are_no_names(word: str) -> None:
    assert not is_first_name(word)


def with_its_words(text: str) -> str:
    """``text`` repaired with its own words known, as a document's pages give them."""
    lex = ocr_text.Lexicon(frozenset(), ocr_text.document_words([text]), ocr_text.cased_words([text]))
    return ocr_text.repair_text(text, lex)[0]


@pytest.mark.parametrize(
    "read,meant",
    [
        (
            "Amt für Wohnen - 5tW/0311/2029\nVorlage StW/0311/2029",
            "Amt für Wohnen - StW/0311/2029\nVorlage StW/0311/2029",
        ),
        ("Drucksache K0mA-12/2030 des Amtes (KomA)", "Drucksache KomA-12/2030 des Amtes (KomA)"),
    ],
)
def test_a_number_prefix_read_with_digits_is_written_as_elsewhere(read: str, meant: str) -> None:
    assert with_its_words(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        "Vorlage 5tW/0311/2029",  # the prefix nowhere else in letters
        "Vorlage 2027/0451 und 2028/0012",  # digits alone: a number's parts
        "Vorlage K0m/12/2030 zu Kom und KOm",  # two ways to read it
        "Vorlage s0z/12/2030 zu soz",  # no capital: no prefix
    ],
)
def test_other_prefixes_stay(text: str) -> None:
    assert with_its_words(text) == text
