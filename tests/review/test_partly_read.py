"""Facts read only in part: a steering group read without members after which a list names persons, a
Beratungsfolge drawn as a box that no consultation was read from. Each sign goes by the form of the
evidence (a list of persons by a person's form after the group, a box's rows naming a body with a
date or a status), never by a paper's words.

Invented papers (other towns, other names) with the records the readers gave, and near misses: a list
of tasks, a list read for another group, a box of fields or costs, a box read.
"""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations.boxed import boxed_misses, boxes, consultation_rows
from extractors.consultations.misses import Read, has_status
from extractors.consultations.vocab import vocab
from extractors.misses import Miss
from extractors.steering import misses as steering_misses
from extractors.steering.partial import persons
from pipeline.document import Document
from pipeline.records import Consultation, Member, Record, SteeringGroup
from pipeline.structure import view
from tests.helpers import document

# --- steering: a list of persons after a group read without members ---------------------------------


def _doc(text: str) -> Document:
    return document(text, doc_id="x", source_path="x.txt")


def _group(doc: Document, name: str, members: list[str]) -> SteeringGroup:
    at = doc.text.index(name)
    read = [Member(span=doc.span(doc.text.index(m), doc.text.index(m) + len(m)), member=m) for m in members]
    return SteeringGroup(span=doc.span(at, at + len(name)), group_name=name, members=read)


def _steering(doc: Document, records: list[Record]) -> list[Miss]:
    return list(steering_misses.misses(doc, records, load_resources(), view(doc)))


def test_the_person_form() -> None:
    text = "für das Amt Frau Dr. Eva Roth und Herr Kling, dazu Jonas Weber; die Stadt Neuburg und das Sozialamt"
    assert [m.group(0) for m in persons(text, 0, len(text))] == ["Frau Dr. Eva Roth", "Herr Kling", "Jonas Weber"]
    text = "Kreisverwaltung Nordheide, Fachbereich Soziales, Beirat für Migration"
    assert persons(text, 0, len(text)) == []


# --- consultations: a drawn box read as none ---------------------------------------------------------

GLYPHS = (
    "Stadt Lindenfeld                                    Drucksache 17/2031\n\n"
    "┌─────────────────────────────────┬───────────────┬──────────────┐\n"
    "│ Sitzungsfolge                   │ Aufgabe       │ Votum        │\n"
    "├─────────────────────────────────┼───────────────┼──────────────┤\n"
    "│ Ausschuss für Umwelt und Ver-   │ Vorberatung   │              │\n"
    "│ kehr, 04.05.2027                │               │              │\n"
    "├─────────────────────────────────┼───────────────┼──────────────┤\n"
    "│ Stadtrat, 20.05.2027            │ Entscheidung  │              │\n"
    "└─────────────────────────────────┴───────────────┴──────────────┘\n\n"
    "Beschlussentwurf:\nDer Stadtrat stimmt zu.\n"
)
ASCII = (
    "Gemeinde Hohenbrück\n\n"
    "+--------------------------+------------+-------------+\n"
    "| Gremium und Tag          | Art        | Ergebnis    |\n"
    "+--------------------------+------------+-------------+\n"
    "| Bauausschuss 11.03.2027  | Vorberatung|             |\n"
    "| Gemeinderat 25.03.2027   | Beschluss  |             |\n"
    "+--------------------------+------------+-------------+\n\n"
    "Sachverhalt: Die Gemeinde plant einen Anbau.\n"
)
# the same box as an export sets it: its lines broken where the page ends, a blank line after each
BROKEN = (
    "Stadt Lindenfeld\n\n"
    "┌──────────────────────────┬──────────────\n\n"
    "─┐\n\n"
    "│ Sitzungsfolge │ Aufgabe │\n\n"
    "├──────────────────────────┼──────────────\n\n"
    "─┤\n\n"
    "│ Umweltausschuss, 04.05.2027 │ Vorberatung │\n\n"
    "│ Stadtrat, 20.05.2027 │ Entscheidung │\n\n"
    "└──────────────────────────┴──────────────\n\n"
    "─┘\n\nBeschlussentwurf: Der Stadtrat stimmt zu.\n"
)


def _boxed(doc: Document, records: list[Record]) -> list[Miss]:
    return list(boxed_misses(doc, view(doc), Read.of(records), vocab(load_resources()), has_status))


def _read(doc: Document, body: str, date: str) -> Consultation:
    at = doc.text.index(body)
    return Consultation(span=doc.span(at, at + len(body)), body=body, meeting_date=date)


@pytest.mark.parametrize("text", [GLYPHS, ASCII, BROKEN], ids=["glyphs", "ascii", "broken"])
def test_a_drawn_box_of_consultations_read_as_none_is_a_miss(text: str) -> None:
    doc = _doc(text)
    found = _boxed(doc, [])
    assert [m.reason for m in found] == ["consultation_heading_without_rows"]
    assert "gezeichnete Tabelle" in found[0].message
    assert "2 Zeile(n)" in found[0].message


def test_a_box_row_is_its_cells_joined_over_its_lines() -> None:
    doc = _doc(GLYPHS)
    (box,) = list(boxes(view(doc)))
    rows = consultation_rows(box, vocab(load_resources()), has_status)
    assert [r.text for r in rows] == [
        "Ausschuss für Umwelt und Verkehr, 04.05.2027  Vorberatung",
        "Stadtrat, 20.05.2027  Entscheidung",
    ]


def test_a_box_read_or_covered_is_no_miss_and_one_left_beside_others_read_is_a_row_miss() -> None:
    doc = _doc(GLYPHS)
    assert _boxed(doc, [_read(doc, "Stadtrat", "2027-05-20")]) == []  # read from the box
    doc = _doc("Beratungsfolge: Hauptausschuss 01.04.2027\n\n" + GLYPHS)
    found = _boxed(doc, [_read(doc, "Hauptausschuss", "2027-04-01")])  # read elsewhere, not from the box
    assert [m.reason for m in found] == ["consultation_row_unused"] * 2


@pytest.mark.parametrize(
    "text",
    [
        # Handlungsfelder: no body
        "┌──────────────────────┬──────────────────────┐\n"
        "│ 1 Sprache und Schule │ 2 Arbeit und Beruf   │\n"
        "├──────────────────────┼──────────────────────┤\n"
        "│ 3 Wohnen             │ 4 Gesundheit         │\n"
        "└──────────────────────┴──────────────────────┘\n",
        # costs: dates and amounts, no body
        "+------------------------------+-------------+\n"
        "| Haushaltsjahr 2027           | 12.500,00 € |\n"
        "| Stand der Planung 01.02.2027 |  3.000,00 € |\n"
        "+------------------------------+-------------+\n",
        # members: bodies, no date and no status
        "│ Ausschuss für Soziales │ Frau Tanja Weil   │\n│ Integrationsbeirat     │ Herr Omar Haddou  │\n",
        # one row with a body, a date and a decision: a decision quoted, not yet a Beratungsfolge
        "+----------------------------------------+\n"
        "| Beschluss des Kreistags vom 14.02.2027 |\n"
        "+----------------------------------------+\n",
    ],
    ids=["fields", "costs", "members", "one-dated-row"],
)
def test_boxes_of_other_facts_are_no_beratungsfolge(text: str) -> None:
    doc = _doc("Kreis Talheim\n\n" + text + "\nText.\n")
    assert _boxed(doc, []) == []


NAMED = (
    "Kreisstadt Sandau\n\n"
    "5. Begleitrunde\n"
    "Die Begleitrunde löst den bisherigen Arbeitskreis ab. {lead}:\n\n"
    "   Frau Dr. Greta Holm, Dezernentin für Bildung (Vorsitz)\n"
    "   Herr Piet Abeling, Leiter des Ordnungsamts\n"
    "   Frau Nele Kowalczyk, Mehrgenerationenhaus Sandau\n"
    "   Herr Yusuf Arslan, Moscheeverein Sandau e. V.\n\n"
    "Die Sitzungen sind nicht öffentlich.\n"
)


@pytest.mark.parametrize("lead", ["Mit am Tisch sitzen", "Ihr gehören an"])
def test_a_list_of_persons_after_a_group_read_without_members_is_a_miss(lead: str) -> None:
    doc = _doc(NAMED.format(lead=lead))
    found = _steering(doc, [_group(doc, "Begleitrunde", [])])
    assert [m.reason for m in found] == ["steering_group_without_members"]
    if lead.startswith("Mit"):  # a lead-in the readers do not know: the list's form tells
        assert found[0].span.snippet.startswith("Frau Dr. Greta Holm")
        assert "nennt 4 Personen" in found[0].message


def test_a_list_without_persons_or_read_for_another_group_is_no_list_of_persons() -> None:
    # tasks, not persons
    text = (
        "Kreisstadt Sandau\n\nDie Begleitrunde übernimmt folgende Aufgaben:\n"
        "- Abstimmung der Ziele\n- Auswertung der Befragung\n- Vorbereitung der Konferenz\n"
    )
    doc = _doc(text)
    assert _steering(doc, [_group(doc, "Begleitrunde", [])]) == []
    # the persons were read as another group's members (the group named again in its lead-in)
    doc = _doc(NAMED.format(lead="Ihr gehören an"))
    other = _group(doc, "Arbeitskreis", ["Greta Holm", "Piet Abeling", "Nele Kowalczyk", "Yusuf Arslan"])
    found = _steering(doc, [_group(doc, "Begleitrunde", []), other])
    assert [m for m in found if "Begleitrunde" in m.message and "nennt" in m.message] == []
