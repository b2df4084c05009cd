"""Field forms as a PDF's text layer gives them, its runs of spaces closed to one and its indentation
dropped: the main branches of a mind map in capitals, parted by the grammar of a name, and letter-spaced
headings whose words the taxonomy's stems find again; with near misses that must yield nothing
(invented documents)."""

from __future__ import annotations

from extractors.action_fields.closed_branches import closed_labels, name
from tests.action_fields.test_action_fields import labels

MAP = (
    "Bei der Zukunftswerkstatt entstand eine Themenlandkarte. Ihre Hauptäste sind die Handlungsfelder des\n"
    "Konzepts, die Zweige erste Ideen.\n\n"
    "Abbildung 2: Themenlandkarte der Zukunftswerkstatt (Hauptäste in Großbuchstaben, Zweige in\n"
    "normaler Schrift)\n\n"
    "Lesepaten Dolmetscher-\n"
    "an Schulen pool\n"
    "BILDUNG UND SPRACHE GESUNDHEIT UND PFLEGE\n\n"
    "Jobbörse\n"
    "ARBEIT UND\n"
    "WALDHEIM – BERUF\n"
    "GEMEINSAM STARK\n"
    "Mietpaten\n\n"
    "WOHNEN UND NACHBAR- SPORT, KULTUR\n"
    "SCHAFT IM STADTTEIL UND FREIZEIT\n"
    "Quartierstreff Vereinsfest\n\n"
    "Die Zweige sind Vorschläge der Teilnehmenden und noch keine Maßnahmen.\n"
)


def _closed(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


def test_a_mind_map_whose_gaps_a_text_layer_closed_gives_its_branches_by_the_grammar_of_a_name() -> None:
    assert labels(_closed(MAP)) == [
        "BILDUNG UND SPRACHE",
        "GESUNDHEIT UND PFLEGE",
        "ARBEIT UND BERUF",
        "WOHNEN UND NACHBARSCHAFT IM STADTTEIL",
        "SPORT, KULTUR UND FREIZEIT",
    ]


def test_a_closed_mind_map_with_a_name_left_open_gives_nothing() -> None:
    # "ARBEIT UND" finds no rest in the next line: the lines cannot be parted
    text = _closed(MAP).replace("WALDHEIM – BERUF\n", "WALDHEIM –\n")
    assert labels(text) == []


def test_a_closed_mind_map_not_said_to_hold_the_fields_gives_nothing() -> None:
    text = (
        _closed(MAP)
        .replace("Ihre Hauptäste sind die Handlungsfelder des\nKonzepts", "Sie zeigt die Ideen des\nAbends")
        .replace(" (Hauptäste in Großbuchstaben, Zweige in\nnormaler Schrift)", "")
    )
    assert labels(text) == []


def test_closed_labels_part_each_line_by_the_grammar_of_a_name() -> None:
    lines = [
        (0, "SPRACHE UND BILDUNG GESUNDHEIT"),
        (1, "ARBEIT UND"),
        (2, "STADT – AUSBILDUNG"),
        (3, "HEIMAT FÜR ALLE"),
        (4, "TEILHABE UND FREIZEIT, SPORT"),
        (5, "EHRENAMT UND KULTUR"),
    ]
    found = closed_labels(lines)
    assert found is not None
    assert [name(lab) for lab in found] == [
        "SPRACHE UND BILDUNG",
        "GESUNDHEIT",
        "ARBEIT UND AUSBILDUNG",
        "STADT – HEIMAT FÜR ALLE",
        "TEILHABE UND EHRENAMT",
        "FREIZEIT, SPORT UND KULTUR",
    ]


def test_closed_labels_keep_each_rest_in_its_place_among_the_pieces() -> None:
    # "BILDUNG UND" and "ARBEIT UND" take the first and second word below, not the second and third
    found = closed_labels([(0, "BILDUNG UND ARBEIT UND"), (1, "SCHULE BERUF WOHNEN")])
    assert found is not None
    assert [name(lab) for lab in found] == ["BILDUNG UND SCHULE", "ARBEIT UND BERUF", "WOHNEN"]


def test_closed_labels_of_words_no_name_can_hold_are_none() -> None:
    assert closed_labels([(0, "SPRACHE UND"), (1, "")]) is None
    assert closed_labels([(0, "WOHNEN UND"), (1, "UND KULTUR")]) is None
