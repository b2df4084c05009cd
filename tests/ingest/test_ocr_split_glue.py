"""A space read inside a word whose left piece ends like a glued function word ("Fachdie nst" for
"Fachdienst", "Bürgerdie nste" for "Bürgerdienste": "die" a word the glue repair splits off) is
closed where the document writes the whole word elsewhere, not split again at the function word; a
real glued word is still split."""

from __future__ import annotations

from pipeline.ingest.readers import repair_ocr_pages
from pipeline.settings import Settings

SETTINGS = Settings()


def repaired(text: str) -> str:
    fixed, _ = repair_ocr_pages([(text, "ocr", None)], SETTINGS)
    return fixed[0][0]


def test_a_space_inside_a_word_the_document_writes_whole_is_closed() -> None:
    text = "Amt für Bürgerdienste\nMitglieder: Kreis Talheim, Amt für Bürgerdie nste, Jobcenter\n"
    assert "Kreis Talheim, Amt für Bürgerdienste, Jobcenter" in repaired(text)


def test_a_glued_function_word_is_still_split() -> None:
    text = "Fachbereich Jugend\nDer Fachbereichdie Planung vor.\nDie Stadt legt Wert auf Beteiligung.\n"
    assert "Fachbereich die" in repaired(text)
