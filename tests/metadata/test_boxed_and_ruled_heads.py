"""A head set as a box drawn with box-drawing glyphs (its labels and values cells between bars, rules
between its rows), and a title framed by rules drawn across the page (invented examples)."""

from __future__ import annotations

from extractors import load_resources
from extractors.metadata import extract
from pipeline.document import Document
from pipeline.structure import view


def header(text: str) -> dict[str, str]:
    doc = Document.from_pages("x", "x", "x", [(text, "plain_text", None)])
    out = {}
    for m in extract(doc, load_resources(), view(doc)):
        for k, f in m.fields.items():
            out[k] = str(f.value)
            if f.span is not None:  # the evidence as written, the box's glyphs and all
                assert doc.text[f.span.start : f.span.end] == f.span.snippet
    return out


BOXED = """Stadt Rabenfels
Der Bürgermeister

┌──────────────────────┬──────────────────────────────────────┐
│ Vorlage              │ 2031/0457                            │
│ Datum                │ 11.03.2031                           │
│ Status               │ öffentlich                           │
└──────────────────────┴──────────────────────────────────────┘

Betreff
Neuordnung der Schulwegsicherung im Ortsteil Unterhain

Beratungsfolge
12.04.2031   Schulausschuss        Vorberatung
26.04.2031   Stadtrat              Entscheidung

Beschlussvorschlag
Der Stadtrat stimmt der Neuordnung zu.
"""

# three cells in a row, the left one the letterhead's, the title a cell across the box
THREE_CELLS = """┌────────────────────────────┬──────────────────────────────────────┐
│ STADT RABENFELS            │ Beschlussvorlage                     │
├────────────────────────────┼─────────────────┬────────────────────┤
│ Amt 32 – Ordnung           │ Vorlagen-Nr.    │ 0815/2031          │
│ Abteilung Verkehr          │ Datum           │ 02.02.2031         │
├────────────────────────────┴─────────────────┴────────────────────┤
│ Betreff                                                           │
│ Neuordnung der Schulwegsicherung im Ortsteil Unterhain            │
├──────────────────────────┬──────────────┬──────────────┬──────────┤
│ Beratungsfolge           │ Sitzung am   │ Zuständigkeit│ Art      │
├──────────────────────────┼──────────────┼──────────────┼──────────┤
│ Schulausschuss           │ 12.03.2031   │ Vorberatung  │ ö        │
│ Stadtrat                 │ 26.03.2031   │ Beschluss    │ ö        │
└──────────────────────────┴──────────────┴──────────────┴──────────┘

Beschlussvorschlag:
Der Stadtrat stimmt der Neuordnung zu.
"""


def test_a_box_drawn_round_the_head_form() -> None:
    got = header(BOXED)
    assert (got.get("doc_number"), got.get("doc_date")) == ("2031/0457", "2031-03-11")
    assert got.get("subject") == "Neuordnung der Schulwegsicherung im Ortsteil Unterhain"


def test_labels_and_values_in_the_right_cells_of_a_box() -> None:
    got = header(THREE_CELLS)
    assert (got.get("doc_number"), got.get("doc_date")) == ("0815/2031", "2031-02-02")
    assert got.get("subject") == "Neuordnung der Schulwegsicherung im Ortsteil Unterhain"


RULED = """LANDKREIS BEISPIELHEIM                          Vorlage-Nr.:   KT 31/204
Der Landrat                                     Stand:         07.06.2031
Dezernat 3 – Ordnung, Verkehr und Umwelt        öffentlich
   Abt. 32.1 Straßenverkehr

______________________________________________________________________________

Radverkehrskonzept für den Landkreis: Auftrag zur Planung und Bildung
einer Arbeitsgruppe Radwege
______________________________________________________________________________

Beratungsfolge
    Ö 3   –  UVA  –  21. 06. 2031
    Ö 8   –  KT   –  05. 07. 2031

Beschlussvorschlag
Der Kreistag beauftragt den Landrat mit der Planung.
"""


def test_a_title_framed_by_rules_over_the_beratungsfolge() -> None:
    assert header(RULED).get("subject") == (
        "Radverkehrskonzept für den Landkreis: Auftrag zur Planung und Bildung einer Arbeitsgruppe Radwege"
    )


def test_no_title_without_the_rule_under_it() -> None:
    text = RULED.replace("Radwege\n" + "_" * 78, "Radwege")
    assert header(text).get("subject") != (
        "Radverkehrskonzept für den Landkreis: Auftrag zur Planung und Bildung einer Arbeitsgruppe Radwege"
    )


def test_a_title_whose_closing_rule_a_pdf_set_after_a_blank_line() -> None:
    """The space under the title set before its closing rule, the opening rule right over it."""
    text = RULED.replace("_" * 78 + "\n\nRadverkehrskonzept", "_" * 78 + "\nRadverkehrskonzept")
    text = text.replace("Radwege\n" + "_" * 78, "Radwege\n\n" + "_" * 78)
    assert "Radwege\n\n____" in text
    assert header(text).get("subject") == (
        "Radverkehrskonzept für den Landkreis: Auftrag zur Planung und Bildung einer Arbeitsgruppe Radwege"
    )


def test_no_title_above_a_lone_rule_without_an_opening_rule() -> None:
    """Lines over a blank line and a rule, with no rule over them, are no framed title."""
    text = RULED.replace("_" * 78 + "\n\nRadverkehrskonzept", "Radverkehrskonzept")
    text = text.replace("Radwege\n" + "_" * 78, "Radwege\n\n" + "_" * 78)
    assert header(text).get("subject") != (
        "Radverkehrskonzept für den Landkreis: Auftrag zur Planung und Bildung einer Arbeitsgruppe Radwege"
    )
