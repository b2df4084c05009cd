"""OCR slips in names, numbers and marks set right from the document's evidence: a "1" read "l" in a
document number the document writes with the "1" elsewhere, on another page too; a given name's
capital "I" read "l"; a given name that ends like a short word kept whole; a footnote's mark read as
an apostrophe and a dotless "ı". And the rules typed as glyphs that tesseract leaves unread, put back
from their ink."""

from __future__ import annotations

import numpy as np

from pipeline.ingest import ocr
from pipeline.ingest.ocr_image import Rule
from pipeline.ingest.ocr_typed_rules import drawn_rules, unread_rules
from pipeline.ingest.readers import repair_ocr_pages
from pipeline.settings import Settings

SETTINGS = Settings()


def repaired(*pages: str) -> list[str]:
    fixed, _ = repair_ocr_pages([(text, "ocr", None) for text in pages], SETTINGS)
    return [text for text, _, _ in fixed]


def test_a_one_read_as_l_in_a_number_written_with_it_elsewhere() -> None:
    head = "Ergänzungsvorlage\nErgänzung Nr.: SR/2027/0184-El\nDatum: 12.04.2027\n"
    foot = "Stadt Landshut Ergänzungsvorlage SR/2027/0184-E1 Seite 1/2\n"
    first, second = repaired(head + foot, "Text der Vorlage.\n" + foot.replace("E1", "El"))
    assert "Nr.: SR/2027/0184-E1" in first
    assert "SR/2027/0184-E1 Seite" in second  # (on the next page)
    # without the number written so elsewhere, the letter stays
    (alone,) = repaired(head)
    assert "SR/2027/0184-El" in alone


def test_a_given_names_capital_read_as_l() -> None:
    (text,) = repaired("Migrationsbeirat Dr. loannis Papadakis Amira Haddad\nDie lokale Presse berichtet.\n")
    assert "Dr. Ioannis Papadakis" in text and "lokale Presse" in text


def test_a_given_name_ending_like_a_short_word_stays_whole() -> None:
    (text,) = repaired("Migrationsbeirat Dr. Ioannis Papadakis Mariam Jallow\nDie Sitzung ist am Montag.\n")
    assert "Mariam Jallow" in text


def test_a_footnotes_mark_read_as_an_apostrophe_and_a_dotless_i() -> None:
    page = (
        "Das wirtschaftlichste Angebot liegt vor’; es umfasst 21 Tage.\n"
        "Hans’ Büro bleibt.\n\n"
        "ı Angebot vom 28.01.2027: Kommunikationsbüro Neckarbogen, Inhaberin Dipl.-Soz. Miriam Haffner\n"
    )
    (text,) = repaired(page)
    assert "liegt vor¹;" in text and "\n¹ Angebot vom" in text and "Hans’ Büro" in text
    # no note at the foot: an apostrophe stays
    (plain,) = repaired("Das Angebot liegt vor’; es umfasst 21 Tage.\n")
    assert "vor’;" in plain


def test_a_typed_rule_left_unread_is_put_back_from_its_ink() -> None:
    """A heading's underline of dashes and a gap table's dashed rule in parts, no word on their line:
    one word each, the parts a space apart, as many dashes as the ink holds; a solid line and a row of
    dots are no such rule."""
    dark = np.zeros((1000, 1600), dtype=bool)
    words = [
        ocr.Word("Gesundheit", 96.0, 100, 100, 400, 136, ("1", "1", "1", "1")),
        ocr.Word("Name", 96.0, 100, 300, 240, 336, ("1", "2", "1", "1")),
        ocr.Word("Organisation", 96.0, 400, 300, 700, 336, ("1", "2", "1", "1")),
        ocr.Word("Folgetext", 96.0, 100, 700, 400, 736, ("1", "3", "1", "1")),
    ]
    for w in words:
        dark[w.top : w.bottom, w.left : w.right] = True
    for k in range(10):  # ten dashes under the heading, 13 pixels long at a pitch of 16
        dark[180:186, 100 + 16 * k : 113 + 16 * k] = True
    for start, n in ((100, 12), (320, 20)):  # a rule in two parts under the table's head
        for k in range(n):
            dark[380:386, start + 16 * k : start + 13 + 16 * k] = True
    dark[480:486, 100:700] = True  # a solid line
    for k in range(30):  # a row of dots
        dark[580:584, 100 + 16 * k : 104 + 16 * k] = True
    found = unread_rules(words, dark, 36.0)
    assert [(w.text, w.top) for w in found] == [("-" * 10, 180), ("-" * 12 + " " + "-" * 20, 380)]


def test_a_rule_of_underscores_taken_for_a_ruling_line_is_put_back() -> None:
    """A heading's underline typed as underscores touches from glyph to glyph, so that it is found as
    a ruling line and erased before tesseract reads the page: alone on its line it is one word of "_"
    standing on the rule, two strokes close together one of "="; a box's rule crossed by its bars'
    ink, a rule beside a word, a piece of a longer stroke and a table's rule are no such rule."""
    height = 36.0
    dark = np.zeros((1400, 1600), dtype=bool)
    words = [
        ocr.Word("SPRACHE", 96.0, 100, 100, 400, 136, ("1", "1", "1", "1")),
        ocr.Word("Ziel", 96.0, 100, 230, 200, 266, ("1", "2", "1", "1")),
        ocr.Word("Folgetext", 96.0, 100, 600, 400, 636, ("1", "3", "1", "1")),
        ocr.Word("Name", 96.0, 100, 1005, 400, 1041, ("1", "4", "1", "1")),
    ]
    rules = [
        Rule(200, 205, 100, 1500),  # under the heading, a blank above and the next line close below it
        Rule(390, 395, 100, 1500),  # a double rule's two strokes
        Rule(402, 407, 100, 1500),
        Rule(500, 505, 100, 1500),  # a box's rule, its bars crossing it
        Rule(500, 501, 600, 1000),  # (a piece of it found once more)
        Rule(640, 645, 100, 1500),  # just under a line of words
        Rule(1100, 1105, 100, 1500),  # a ruled table's
    ]
    for x in (100, 800, 1500):
        dark[470:535, x : x + 4] = True
    grid = ocr.Grid([(1000.0, 1100.0, [100.0, 800.0, 1500.0])], 100.0, 1500.0)
    found = drawn_rules(rules, [grid], words, dark, height)
    assert [(w.text[0], len(set(w.text)), w.bottom) for w in found] == [("_", 1, 206), ("=", 1, 408)]
    assert all(w.left == 100 and w.right == 1500 and len(w.text) >= 10 for w in found)
    assert drawn_rules(rules, [grid], words, dark, None) == []
