"""OCR slips in drawn marks set right by form: a timeline's nodes read as "@", a bullet read as a star before
a link's number, a number glued to its noun, a footnote's mark read as "!". And the readers after them take
a profile card's rule as a scan reads it and a clause set off by spaced hyphens."""

from __future__ import annotations

from pipeline.ingest.readers import repair_ocr_pages
from pipeline.settings import Settings

SETTINGS = Settings()


def repaired(*pages: str) -> list[str]:
    fixed, _ = repair_ocr_pages([(text, "ocr", None) for text in pages], SETTINGS)
    return [text for text, _, _ in fixed]


def test_a_timelines_nodes_read_as_at_signs() -> None:
    page = (
        "Beratungsfolge\n\n02.03.2027 @ Ortsrat Drispenstedt - Anhörung (öffentlich)\n\n"
        "04.03.2027 @ Beirat für Migration und Teilhabe - Kenntnisnahme (öffentlich)\n\n"
        "Kontakt: info@stadt.de\n"
    )
    (text,) = repaired(page)
    assert "02.03.2027 ● Ortsrat" in text and "04.03.2027 ● Beirat" in text and "info@stadt.de" in text
    # one line alone is no timeline
    (alone,) = repaired("Beratungsfolge\n\n02.03.2027 @ Ortsrat Drispenstedt\n")
    assert "@ Ortsrat" in alone


def test_a_star_before_a_links_number_among_bullets() -> None:
    page = "Themenseite im Integrationsportal:\n* [18]Sprache und frühe Bildung\n• [19]Arbeit\n• Wohnen\n"
    (text,) = repaired(page)
    assert "\n• [18]Sprache" in text


def test_a_number_glued_to_its_noun() -> None:
    page = "│ Handlungsfeld 5 │\n│ Gesundheit und Pflege │\n│ Handlungsfeld6 │\n│ Vielfalt │\n"
    (text,) = repaired(page)
    assert "│ Handlungsfeld 6 │" in text
    # the noun never set with a number after a space: left alone
    (alone,) = repaired("Der Bus fährt als Linie5 ab.\n")
    assert "Linie5" in alone


def test_a_footnotes_mark_read_as_an_exclamation_mark() -> None:
    page = "Magistrat! 25.01.2027 7 zugestimmt 6 - 1\nAusländerbeirat 01.02.2027\n\n! nichtöffentliche Sitzung.\n"
    (text,) = repaired(page)
    assert "Magistrat¹ 25.01.2027" in text and "\n¹ nichtöffentliche" in text
