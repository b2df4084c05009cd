"""Header forms a PDF's text layer gives flattened or wrapped: a row of labels, each with its colon, over
a row of their values, the gaps between the cells closed into single spaces ("Organisationseinheit:
Datum:" over "Dezernat V 14.04.2027"), and a letterhead set large, its town's name wrapped after a
word that links the name's parts ("STADTVERWALTUNG NEUSTADT AN DER" / "WEINSTRASSE"). Negatives: a
row of labels whose last is no date's, and a line ending in a link word with no name after it
(invented examples)."""

from __future__ import annotations

from extractors import load_resources
from extractors.metadata import extract
from pipeline.document import Document
from pipeline.structure import view

BODY = "\nBetreff:\nBericht über die Quartiersarbeit\n\nBegründung:\nText.\n"


def header(text: str) -> dict[str, str]:
    doc = Document.from_pages("x", "x", "x", [(p, "plain_text", None) for p in text.split("\f")])
    return {k: str(f.value) for m in extract(doc, load_resources(), view(doc)) for k, f in m.fields.items()}


def test_a_row_of_colon_labels_over_its_values_gives_the_last_label_s_date() -> None:
    text = "Stadt Lindenau\nBeschlussvorlage\n\nOrganisationseinheit: Datum:\nDezernat V 14.04.2027\n" + BODY
    assert header(text).get("doc_date") == "2027-04-14"


def test_a_row_of_colon_labels_without_a_date_s_label_gives_no_date() -> None:
    text = "Stadt Lindenau\nBeschlussvorlage\n\nOrganisationseinheit: Aktenzeichen:\nDezernat V 14.04.2027\n" + BODY
    assert header(text).get("doc_date") is None


def test_a_letterhead_s_name_wrapped_after_its_link_word_is_read_whole() -> None:
    text = "STADTVERWALTUNG NEUSTADT AN DER\nWEINSTRASSE\nAbteilung 500\n\nBeschlussvorlage\n" + BODY
    assert header(text).get("municipality") == "Neustadt an der Weinstraße"


def test_a_letterhead_s_name_on_one_line_is_read_as_before() -> None:
    text = "STADTVERWALTUNG NEUSTADT AN DER WEINSTRASSE\nAbteilung 500\n\nBeschlussvorlage\n" + BODY
    assert header(text).get("municipality") == "Neustadt an der Weinstraße"
