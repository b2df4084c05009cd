"""A status letter standing in the TOP column, glued to the item's number ("Ö 6", "N 3"), is the
row's public status where no status column stands beside it, also where a count of votes under
a result ("Ja 8 / Nein 1 / Enth. 0") sets numbers beside the TOP column (invented example)."""

from __future__ import annotations

from extractors import load_resources
from extractors.consultations import extract
from pipeline.document import Document
from pipeline.structure import view

TEXT = """Landkreis Weidenau                                       Drucksache BV-KT/0077/2029
Beschlussvorlage

Beratungsfolge

Datum         Gremium                      Zuständigkeit   TOP     Ergebnis
------------  ---------------------------  --------------  ------  -----------------
Di, 06.02.29  Ausschuss für Bildung und    Vorberatung     Ö 3     mehrheitlich
              Kultur                                               empfohlen
                                                                   Ja 8 / Nein 1 / Enth. 0
Do, 15.02.29  Kreisausschuss               Vorberatung     N 7
Mi, 28.02.29  Kreistag                     Beschluss       Ö 12

Beschlussvorschlag:
Der Kreistag stimmt dem Programm zu.
"""


def test_a_status_letter_glued_to_the_top_number_is_the_public_status() -> None:
    doc = Document.from_pages("x", "x", "x", [(TEXT, "plain_text", None)])
    found = [(c.body, c.public) for c in extract(doc, load_resources(), view(doc))]
    assert found == [
        ("Ausschuss für Bildung und Kultur", True),
        ("Kreisausschuss", False),
        ("Kreistag", True),
    ]
