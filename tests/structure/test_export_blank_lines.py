"""Blank lines an export sets inside a sentence: before a page break (poppler ends a page with a blank
line: "… durch das Institut für Sozialpla-" / "nung" / "" / "\\fNiederbayern (ISN) e. V., …"), and after
a salutation or title that ends a text box (pdfminer.six: "… unter Leitung von Frau Prof. Dr." / "" /
"Theresa Langhof."). The sentence runs on over them; elsewhere a blank line still parts paragraphs
(invented examples)."""

from __future__ import annotations

from pipeline.structure import view
from tests.helpers import document


def _units(text: str) -> list[str]:
    layout = view(document(text)).layout
    return [" ".join(layout.text(u).split()) for u in layout.units]


def test_a_sentence_runs_on_over_a_blank_line_before_a_page_break() -> None:
    text = "Begleitet wird die Erstellung durch das Institut für Sozialpla-\nnung\n\n\fNordheim beauftragt. Es berät.\n"
    assert "Begleitet wird die Erstellung durch das Institut für Sozialplanung Nordheim beauftragt." in _units(text)


def test_a_sentence_ending_before_a_page_break_stays_apart() -> None:
    text = "Die Mittel stehen bereit.\n\n\fDie Verwaltung berichtet.\n"
    assert _units(text) == ["Die Mittel stehen bereit.", "Die Verwaltung berichtet."]


def test_a_name_after_a_title_ending_a_text_box_goes_on_with_its_sentence() -> None:
    text = "Die Begleitung übernimmt die Hochschule, unter Leitung von Frau Prof. Dr.\n\nTheresa Langhof. Sie berät.\n"
    assert "Die Begleitung übernimmt die Hochschule, unter Leitung von Frau Prof. Dr. Theresa Langhof." in _units(text)


def test_a_name_after_a_compound_title_ending_a_text_box_goes_on_with_its_sentence() -> None:
    text = "Die Foren moderierte Frau Dipl.-Päd.\n\nKatrin Beispiel (Büro Talweg) zum Festpreis. Sie berichtet.\n"
    assert "Die Foren moderierte Frau Dipl.-Päd. Katrin Beispiel (Büro Talweg) zum Festpreis." in _units(text)


def test_a_blank_line_after_a_word_that_is_no_title_parts_paragraphs() -> None:
    text = "Die Begleitung übernimmt die Hochschule.\n\nTheresa Langhof berät die Gruppe.\n"
    assert _units(text) == ["Die Begleitung übernimmt die Hochschule.", "Theresa Langhof berät die Gruppe."]
