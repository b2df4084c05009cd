"""Field forms as a PDF's text layer gives them, its runs of spaces closed to one and its indentation
dropped: the main branches of a mind map in capitals, parted by the grammar of a name, and letter-spaced
headings whose words the taxonomy's stems find again, the field column of a raw CSV export wrapped again at
its words, and a marked list that a sentence runs through; with near misses that must yield nothing
(invented documents)."""

from __future__ import annotations

from extractors.action_fields.closed_branches import closed_labels, name
from extractors.action_fields.sentence_items import sentence_items
from extractors.action_fields.text import FieldText
from extractors.action_fields.vocab import categories
from extractors.resources import default_resources
from pipeline.structure import view
from tests.action_fields.test_action_fields import labels, make_doc

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


SPACED = (
    "4.  Die Handlungsfelder\n\n"
    "Der Plan ordnet seine Maßnahmen vier Handlungsfeldern zu:\n\n"
    "    W o h n e n   u n d   N a c h b a r s c h a f t\n\n"
    "    Beratung beim Auszug aus der Unterkunft und Projekte in den Ortsteilen.\n\n"
    "    S c h u l e ,   A u s b i l d u n g   u n d   B e r u f\n\n"
    "    Übergangsbegleitung und Patenschaften mit den Betrieben.\n\n"
    "    G e s u n d h e i t   u n d   P f l e g e\n\n"
    "    Sprachmittler für Arztpraxen.\n\n"
    "5.  Lenkungsgruppe\n"
)


def test_letter_spaced_headings_whose_gaps_closed_are_spelt_by_the_taxonomys_stems_with_an_ending() -> None:
    # "Wohnen" and "Schule" stand nowhere else in the text: "Wohn*" and "Schul*" spell them with an ending
    assert labels(_closed(SPACED)) == [
        "Wohnen und Nachbarschaft",
        "Schule, Ausbildung und Beruf",
        "Gesundheit und Pflege",
    ]


def test_a_closed_letter_spaced_heading_no_stem_spells_gives_nothing() -> None:
    # "Wohnungen" is no stem with an ending the stems allow, nor a word of the text: the heading is left out
    text = _closed(SPACED).replace("W o h n e n u n d", "W o h n u n g e n u n d")
    assert "Wohnungen und Nachbarschaft" not in labels(text)
    assert not [label for label in labels(text) if label.startswith("Wohn")]


EXPORT = (
    "Die Maßnahmen sind in der Datenbank je einem Handlungsfeld zugeordnet; Maßnahmen für alle Felder tragen den\n"
    "Eintrag „Übergreifend“ und sind keinem Handlungsfeld zugeordnet. Auszug aus dem Export:\n\n"
    "  Nr;Handlungsfeld;Maßnahme;Träger;Stand\n"
    '  K01;"Sprache und frühe Bildung";"Lesepaten an Grundschulen";"Stadtbibliothek";laufend\n'
    '  K02;"Sprache und frühe Bildung";"Elterncafé ""Deutsch im Alltag""";"Familienzentrum Nord, Haus\n'
    '  2";geplant\n'
    '  K03;"Arbeit und Beruf";Jobbörse;"Jobcenter; Agentur für Arbeit";\n'
    "  laufend\n"
    '  K04;Übergreifend;"Schulung der Ämter";"Stadt, Personalamt";laufend\n'
    '  K05;"Gesundheit, Pflege und Sport";"Sprachmittler in Arztpraxen";"Gesundheitsamt Kreis Lin\n'
    '  denau";laufend\n'
    '  K06;"Arbeit und Beruf";"Anerkennungsberatung";"Kammer";geplant\n\n'
    "Die Liste wird fortgeschrieben.\n"
)


def _rewrapped(text: str) -> str:
    """``text`` as a PDF's text layer gives it: its spaces closed and its long lines wrapped again at words."""
    out = []
    for line in _closed(text).splitlines():
        while len(line) > 60 and " " in line[:60]:
            cut = line.rindex(" ", 0, 60)
            out.append(line[:cut])
            line = line[cut + 1 :]
        out.append(line)
    return "\n".join(out)


def test_the_field_column_of_a_csv_export_gives_each_field_once() -> None:
    assert labels(EXPORT) == ["Sprache und frühe Bildung", "Arbeit und Beruf", "Gesundheit, Pflege und Sport"]


def test_a_csv_export_a_pdf_wrapped_again_at_its_words_and_parted_by_a_page_break_keeps_its_fields() -> None:
    text = _rewrapped(EXPORT).replace("\nK04;", "\n\nK04;")
    assert "\nSprache und frühe\nBildung" not in text  # the wraps fall inside the values
    assert labels(text) == ["Sprache und frühe Bildung", "Arbeit und Beruf", "Gesundheit, Pflege und Sport"]


def test_a_csv_export_without_the_field_noun_among_its_columns_gives_nothing() -> None:
    assert labels(EXPORT.replace("Nr;Handlungsfeld;", "Nr;Bereich;")) == []


def test_a_csv_export_whose_field_column_holds_codes_gives_nothing() -> None:
    text = EXPORT
    codes = {"Sprache und frühe Bildung": "HF1", "Arbeit und Beruf": "HF2", "Gesundheit, Pflege und Sport": "HF3"}
    for field, code in codes.items():
        text = text.replace(f'"{field}"', code)
    assert labels(text) == []


NOTICE = (
    "Der Bescheid des Landes (Auszug, Abschrift des Scans):\n\n"
    "  ......................................................................\n"
    "  I.  1. Dem Landkreis wird eine Zuwendung von bis zu 36.000,00 EUR bewilligt.\n\n"
    "      2. Die Zuwendung ist zweckgebunden für Maßnahmen in den Handlungsfeldern\n"
    "         a) Sprache und frühe Bildung,\n"
    "         b) Arbeitsrnarkt und Ausbildung,\n"
    "         c) Gesundheit und Pflege sowie\n"
    "         d) Nachbarschaft, Ehrenamt und Teilhabe im\n"
    "         ländlichen Raum\n"
    "         des Integrationskonzepts des Landkreises. Ausgaben für die Unterbringung sind\n"
    "         nicht zuwendungsfähig.\n"
    "  ......................................................................\n\n"
    "Die Integration der Zugewanderten bleibt Aufgabe des Kreises und seiner Gemeinden.\n"
)
NOTICE_FIELDS = [
    "Sprache und frühe Bildung",
    "Arbeitsrnarkt und Ausbildung",
    "Gesundheit und Pflege",
    "Nachbarschaft, Ehrenamt und Teilhabe im ländlichen Raum",
]


def test_a_marked_list_a_sentence_runs_through_after_the_field_noun_gives_its_items() -> None:
    assert labels(NOTICE) == NOTICE_FIELDS
    assert labels(_closed(NOTICE)) == NOTICE_FIELDS


def test_a_scans_rn_for_m_left_in_a_label_finds_its_category() -> None:
    assert categories("Arbeitsrnarkt und Ausbildung", default_resources()) == ("arbeit",)
    assert categories("Fernwärme", default_resources()) == ("other",)


def test_a_marked_list_of_measures_a_sentence_runs_through_gives_nothing() -> None:
    text = NOTICE
    for field, measure in zip(
        NOTICE_FIELDS,
        [
            "Kurse werden ausgebaut",
            "Lotsen werden eingestellt",
            "Dolmetscher werden bezahlt",
            "Vereine erhalten Mittel",
        ],
    ):
        text = text.replace(field.replace("im ländlichen Raum", "im\n         ländlichen Raum"), measure)
    assert labels(text) == []


def test_a_marked_list_without_its_conjunction_before_the_last_item_is_no_sentences_list() -> None:
    doc = make_doc(NOTICE.replace(" sowie\n", ",\n"))
    assert list(sentence_items(FieldText.of(doc, default_resources(), view(doc)))) == []
