"""Heads that mark the paper's number or type by how they print it, not by a label: a barcode's
text (Code 39 between its stars) over or beside the plain number, the number alone in a drawn box,
a type word spelled down the margin one letter a line, a generic type word and its id beside a
window envelope's address field run together by a PDF's text layer, and a bare count under a
number label in the right-hand column; each also as a text layer closes the gaps to one space.
Their near misses, which must give nothing: a footnote's star, Markdown's bold, a box with a date
or a word, a lettered list down the margin, an id in the address itself (invented examples)."""

from __future__ import annotations

import pytest

from tests.metadata.test_metadata import extract

BODY = """
Betreff
Leitlinien für die Zusammenarbeit mit Migrantenorganisationen

Beschlussvorschlag
Der Rat beschließt die Leitlinien.
"""


def _closed(text: str) -> str:
    """The text as a PDF's text layer gives it with its gaps closed to one space."""
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


BARCODE_BESIDE = """                                                                      *BV-2031/0117*
Stadt Musterhude                                                       BV-2031/0117
Der Bürgermeister
Fachbereich Soziales

Beschlussvorlage                                                        14.05.2031
"""
BARCODE_OVER = """*DS00772031*                                                    LANDKREIS MUSTERLAND
DS/0077/2031                                                     Der Kreisausschuss

Vorlage des Kreisausschusses an den Kreistag
   Datum           14.05.2031
"""


@pytest.mark.parametrize("closed", [False, True], ids=["gaps", "one-space"])
@pytest.mark.parametrize(
    "head, number",
    [(BARCODE_BESIDE, "BV-2031/0117"), (BARCODE_OVER, "DS/0077/2031")],
    ids=["barcode-with-separators", "barcode-over-the-plain-number"],
)
def test_a_barcodes_text_gives_the_number(head: str, number: str, closed: bool) -> None:
    text = head + BODY
    assert extract(_closed(text) if closed else text).get("doc_number") == number


@pytest.mark.parametrize(
    "first",
    [
        "*) Die Fußnote gilt für 2031/0117",  # a footnote's star
        "**BV-2031/0117**",  # Markdown's bold, not a barcode
        "*ENTWURF*",  # no digit
        "*DS00772031*",  # a barcode whose plain number is printed nowhere, no separator in it
    ],
    ids=["footnote", "markdown-bold", "no-digit", "plain-form-missing"],
)
def test_stars_that_are_no_barcode_give_no_number(first: str) -> None:
    text = first + "\nStadt Musterhude\nDer Bürgermeister\n\nBeschlussvorlage\n" + BODY
    assert extract(text).get("doc_number") is None


BOXED = """Stadt Musterhude                                                  ┌─────────────┐
Fachbereich Bildung und Soziales                                  │  {cell}  │
Koordinierungsstelle Integration                                  └─────────────┘

Beschlussvorlage für den Gemeinderat
"""


@pytest.mark.parametrize("closed", [False, True], ids=["gaps", "one-space"])
def test_a_number_alone_in_a_drawn_box_is_the_number(closed: bool) -> None:
    text = BOXED.format(cell=" SO 17/31 ") + BODY
    assert extract(_closed(text) if closed else text).get("doc_number") == "SO 17/31"


@pytest.mark.parametrize(
    "cell", ["21.05.2031", " Entwurf  ", "  14.000  ", "Seite 1/4 "], ids=["date", "word", "amount", "page"]
)
def test_a_box_with_no_id_alone_gives_no_number(cell: str) -> None:
    assert extract(BOXED.format(cell=cell) + BODY).get("doc_number") is None


ADDRESS = """Stadt Musterhude · Der Bürgermeister · Markt 1 · 12345 Musterhude
──────────────────────────────────────────

An die                                                     Beschlussvorlage
Stadtverordnetenversammlung                                Drucksache 8-0211/2031
der Stadt Musterhude                                       Datum: 12.05.2031
– über den Hauptausschuss –                                öffentlich
"""


@pytest.mark.parametrize("closed", [False, True], ids=["gaps", "one-space"])
def test_the_number_beside_an_address_field_is_read(closed: bool) -> None:
    text = ADDRESS + BODY
    assert extract(_closed(text) if closed else text).get("doc_number") == "8-0211/2031"


def test_an_id_in_the_address_itself_is_no_number() -> None:
    text = "An den\nAusschuss für Soziales\nzur Drucksache des Jugendamts\n\nStadt Musterhude\n" + BODY
    assert extract(text).get("doc_number") is None


BONN_LIKE = """                                                                    Stadt Musterhude
                                                                 Der Oberbürgermeister

Beschlussvorlage                                                  Drucksachen-Nr.
– öffentlich –                                                    {value}
                                                                  Musterhude, 19. Mai 2031
"""


@pytest.mark.parametrize("closed", [False, True], ids=["gaps", "one-space"])
def test_a_bare_count_under_a_number_label_is_the_number(closed: bool) -> None:
    text = BONN_LIKE.format(value="3110742") + BODY
    assert extract(_closed(text) if closed else text).get("doc_number") == "3110742"


def test_a_short_count_under_a_number_label_is_no_number() -> None:
    assert extract(BONN_LIKE.format(value="12") + BODY).get("doc_number") is None


SIDEBAR = """B    STADTVERWALTUNG MUSTERHUDE
e    Bereich 5 – Soziales
s    Abteilung 5.3 – Integration
c    Marktplatz 2 · 12345 Musterhude
h
l    Vorlage-Nr.    0211/2031
u    Datum          22.05.2031
s    Status         öffentlich
s    Verfasser      Jan Muster
v
o    Betreff
r    Leitlinien für die Zusammenarbeit mit
l    Migrantenorganisationen
a
g
e    Beratungsfolge

     Termin          Gremium
     03.06.2031      Stadtrat

Beschlussvorschlag
Der Stadtrat beschließt die Leitlinien.
"""


@pytest.mark.parametrize("closed", [False, True], ids=["gaps", "one-space"])
def test_a_type_spelled_down_the_margin_is_read_and_leaves_the_head(closed: bool) -> None:
    got = extract(_closed(SIDEBAR) if closed else SIDEBAR)
    assert got.get("doc_type") == "Beschlussvorlage"
    assert got.get("subject") == "Leitlinien für die Zusammenarbeit mit Migrantenorganisationen"
    assert got.get("doc_number") == "0211/2031"


def test_a_lettered_list_down_the_margin_is_no_type() -> None:
    items = ("erstens", "zweitens", "drittens", "viertens", "fünftens", "sechstens")
    lettered = "Stadt Musterhude\nSitzungsvorlage\n\n" + "".join(f"{c}    {w}\n" for c, w in zip("abcdef", items))
    got = extract(lettered + BODY)
    assert got.get("doc_type") == "Sitzungsvorlage"


TICKED = """LANDRATSAMT MUSTERLAND
Sozialamt

{row}
Öffentlichkeit:  ☒ öffentlich         ☐ nichtöffentlich
Vorlage-Nr.:     2031/KT/0214                   Datum:          16.05.2031
"""


@pytest.mark.parametrize("closed", [False, True], ids=["gaps", "one-space"])
@pytest.mark.parametrize(
    "row",
    [
        "Vorlagenart:     ☒ Beschlussvorlage   ☐ Informationsvorlage   ☐ Antrag",
        "Vorlagenart      ☐ Informationsvorlage   [x] Beschlussvorlage   [ ] Dringlichkeitsvorlage",
        "Vorlagenart:     ☒ Beschlussvorlage   ☐ Informationsvorlage   ☐\nAntrag",  # the row's last word wrapped
    ],
    ids=["first-ticked", "ascii-ticked", "wrapped-row"],
)
def test_the_ticked_box_of_a_row_of_types_gives_the_type(row: str, closed: bool) -> None:
    text = TICKED.format(row=row) + BODY
    assert extract(_closed(text) if closed else text).get("doc_type") == "Beschlussvorlage"


@pytest.mark.parametrize(
    "row",
    [
        "Vorlagenart:     ☒ Beschlussvorlage   ☒ Informationsvorlage   ☐ Antrag",  # two ticked: no choice
        "Vorlagenart:     ☐ Beschlussvorlage   ☐ Informationsvorlage   ☐ Antrag",  # none ticked
    ],
    ids=["two-ticked", "none-ticked"],
)
def test_a_row_of_types_without_one_tick_gives_no_ticked_type(row: str) -> None:
    got = extract(TICKED.format(row=row) + BODY)
    assert got.get("doc_type") not in ("Informationsvorlage", "Antrag")


RUNNING_HEAD = """Kreisstadt Musterhude │ Vorlage 2031/0733 │ 12.05.2031 │ öffentlich                    Seite 1/2
═══════════════════════════════════════════════════════════════════════════════════════════

KREISSTADT MUSTERHUDE
Der Oberbürgermeister

Beschlussvorlage
"""


@pytest.mark.parametrize("closed", [False, True], ids=["gaps", "one-space"])
def test_number_and_date_only_in_a_running_head_are_read(closed: bool) -> None:
    text = RUNNING_HEAD + BODY
    got = extract(_closed(text) if closed else text)
    assert (got.get("doc_number"), got.get("doc_date")) == ("2031/0733", "2031-05-12")


def test_a_print_stamps_document_number_and_print_date_are_not_the_papers() -> None:
    """A document-management system's stamp as the page's footer: its own document number and the
    day it printed, not the paper's number and date."""
    stamp = "regisafe · Dok.-Nr. 2031/0041173 · Vorgang 3.4-020-11 · Version 3 · Druck 26.05.2031 08:52 · S. 1/2\n"
    got = extract("STADT MUSTERHUDE\nDer Bürgermeister\n\nBeschlussvorlage\n" + BODY + stamp)
    assert (got.get("doc_number"), got.get("doc_date")) == (None, None)
