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


def test_a_short_box_goes_on_with_the_box_of_prose_it_continues() -> None:
    # an export that sets a blank line after every line: "konzepts an" is two words, but goes on from the
    # numbered item's box above it, so the whole is a box of prose ending in a lower-case word
    lines = [
        "1. Der Magistrat vergibt die Moderation der Fortschreibung des Integrations-",
        "konzepts an",
        "„Büro Talweg“, Inhaberin Dr. Nora Beispiel, zum Preis von 18.326,00 €.",
        "2. Der Magistrat beruft die Lenkungsgruppe ein.",
    ] + [f"Die Gruppe tagt im Jahr {n} viermal." for n in range(2030, 2042)]
    units = _units("\n\n".join(lines) + "\n")
    assert units[0].startswith("Der Magistrat vergibt die Moderation der Fortschreibung des Integrationskonzepts an")
    assert units[0].endswith("„Büro Talweg“, Inhaberin Dr. Nora Beispiel, zum Preis von 18.326,00 €.")


def test_an_item_goes_on_over_a_blank_line_into_the_line_closing_its_sentence() -> None:
    text = (
        "4. Die Verwaltung wird ermächtigt, die Prozessbegleitung an die Bietergemeinschaft\n\n"
        "Brigach Consult / Dr. Ruth Beispiel zu vergeben.\n\n1. Ausgangslage\n\nDer Rat hat das Konzept beschlossen.\n"
    )
    assert _units(text) == [
        "Die Verwaltung wird ermächtigt, die Prozessbegleitung an die Bietergemeinschaft Brigach Consult / "
        "Dr. Ruth Beispiel zu vergeben.",
        "1. Ausgangslage",
        "Der Rat hat das Konzept beschlossen.",
    ]
