"""Header forms of number and title: a type word as one label of a row of labels over a row of
values, a number label with a remark in brackets over its value, a title label alone without a
colon, a title's second part under a label ("hier:") with its first part above it, a labelled
title wrapped under itself, and an association's letterhead in capitals."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.metadata import extract
from pipeline.document import Document
from pipeline.structure import view


def header(text: str) -> dict[str, str]:
    doc = Document.from_pages("x", "x", "x", [(p, "plain_text", None) for p in text.split("\f")])
    return {k: str(f.value) for m in extract(doc, load_resources(), view(doc)) for k, f in m.fields.items()}


PAD = " " * 30


def test_a_type_word_in_a_row_of_labels_over_its_value() -> None:
    text = (
        f"Kreisstadt Lindenau{PAD}Drucksache        Datum\n"
        f"{' ' * 49}KS0815/31         12.05.2031\n"
        f"Dezernat   Amt{' ' * 35}Status\n"
        f"III        Sozialamt{' ' * 30}öffentlich\n\n"
        "                              INFORMATIONSVORLAGE\n\n"
        "Betreff:\nBericht über die Quartiersarbeit\n\nBegründung:\nText.\n"
    )
    found = header(text)
    assert found.get("doc_number") == "KS0815/31"
    assert found.get("doc_date") == "2031-05-12"


def test_a_type_word_in_a_row_of_labels_over_a_word_gives_no_number() -> None:
    text = (
        f"Kreisstadt Lindenau{PAD}Drucksache        Datum\n"
        f"{' ' * 49}öffentlich        12.05.2031\n\n"
        "                              INFORMATIONSVORLAGE\n\n"
        "Betreff:\nBericht über die Quartiersarbeit\n\nBegründung:\nText.\n"
    )
    assert "doc_number" not in header(text)


def test_a_type_word_over_a_value_in_another_column_gives_no_number() -> None:
    # the id stands under "Datum", not under the type word
    text = (
        f"Kreisstadt Lindenau{PAD}Drucksache        Datum\n"
        f"{' ' * 67}KS0815/31\n\n"
        "                              INFORMATIONSVORLAGE\n\n"
        "Betreff:\nBericht über die Quartiersarbeit\n\nBegründung:\nText.\n"
    )
    assert "doc_number" not in header(text)


def test_a_number_label_with_a_remark_in_brackets_over_its_value() -> None:
    text = (
        f"Hansestadt{PAD}           Informationsvorlage\n"
        f"Wendelstein\n"
        f"{' ' * 41}Vorlagen-Nr. (ggf. Ergänzungsvermerk)\n\n"
        f"{' ' * 41}31/BV/0277\n\n"
        f"{' ' * 41}öffentlich\n\n"
        "Betreff:\nSachstand der Schulsozialarbeit\n\nBegründung:\nText.\n"
    )
    assert header(text).get("doc_number") == "31/BV/0277"


def test_a_remark_in_brackets_over_a_word_gives_no_number() -> None:
    text = (
        f"Hansestadt{PAD}           Informationsvorlage\n"
        f"Wendelstein\n"
        f"{' ' * 41}Vorlagen-Nr. (wird nachgetragen)\n\n"
        f"{' ' * 41}öffentlich\n\n"
        "Betreff:\nSachstand der Schulsozialarbeit\n\nBegründung:\nText.\n"
    )
    assert "doc_number" not in header(text)


def test_a_title_label_alone_without_colon_is_no_part_of_the_title() -> None:
    text = (
        "Stadt Lindenau\n\nDrucksache Nr. 0412/2031\n\n"
        "Kurztitel\nNeuordnung der Schulbezirke – Anhörung der Elternschaft und\nweiteres Vorgehen\n\n"
        "Der Stadtrat möge beschließen:\nDie Neuordnung wird beschlossen.\n\nBegründung:\nText.\n"
    )
    assert header(text).get("subject") == (
        "Neuordnung der Schulbezirke – Anhörung der Elternschaft und weiteres Vorgehen"
    )


def test_a_word_that_is_no_label_stays_part_of_the_title() -> None:
    text = (
        "Stadt Lindenau\n\nDrucksache Nr. 0412/2031\n\n"
        "Kurzfristige Neuordnung der Schulbezirke – Anhörung der Elternschaft\n\n"
        "Der Stadtrat möge beschließen:\nDie Neuordnung wird beschlossen.\n\nBegründung:\nText.\n"
    )
    assert header(text).get("subject", "").startswith("Kurzfristige Neuordnung")


def test_a_title_over_its_second_part_after_hier() -> None:
    text = (
        "GEMEINDE ROSENTAL\nLandkreis Waldeck\n\n"
        "                                Drucksache Nr. 12/2031\n\n"
        "Bürgerhaus am Mühlbach – Sanierung\nhier: Vergabe der Planungsleistungen\n\n"
        "Beschlussantrag:\nDer Gemeinderat vergibt die Planung.\n\nSachverhalt:\nText.\n"
    )
    assert header(text).get("subject") == "Bürgerhaus am Mühlbach – Sanierung hier: Vergabe der Planungsleistungen"


@pytest.mark.parametrize(
    "above",
    [
        "Gemeinde Rosental",  # a letterhead, no title
        "Amt:        Bauamt",  # a form line
        "Die Verwaltung berichtet über den Stand der Planung.",  # a sentence
    ],
)
def test_hier_under_no_title_keeps_its_own_line(above: str) -> None:
    text = (
        "GEMEINDE ROSENTAL\n\n                                Drucksache Nr. 12/2031\n\n"
        f"{above}\nhier: Vergabe der Planungsleistungen\n\n"
        "Beschlussantrag:\nDer Gemeinderat vergibt die Planung.\n\nSachverhalt:\nText.\n"
    )
    assert header(text).get("subject") == "Vergabe der Planungsleistungen"


def test_hier_after_a_blank_line_keeps_its_own_line() -> None:
    text = (
        "GEMEINDE ROSENTAL\n\n                                Drucksache Nr. 12/2031\n\n"
        "Bürgerhaus am Mühlbach – Sanierung\n\nhier: Vergabe der Planungsleistungen\n\n"
        "Beschlussantrag:\nDer Gemeinderat vergibt die Planung.\n\nSachverhalt:\nText.\n"
    )
    assert header(text).get("subject") == "Vergabe der Planungsleistungen"


def test_a_labelled_title_wrapped_under_itself_by_a_tab() -> None:
    text = (
        "Amt Heidekamp\t\t\t\tHeidekamp, 03.02.2031\n\n"
        "VORLAGE\tNr. AH/2031/014\t\töffentlich\n\n"
        "Betr.:\tKinderbetreuung in den Gemeinden des Amtes – Bedarfsplanung und\n"
        "\tÜbertragung der Trägerschaft an den Kreis\n\n"
        "Sachverhalt:\n\tText.\n"
    )
    assert header(text).get("subject") == (
        "Kinderbetreuung in den Gemeinden des Amtes – Bedarfsplanung und Übertragung der Trägerschaft an den Kreis"
    )


def test_a_labelled_title_ends_before_an_unindented_line() -> None:
    text = (
        "Amt Heidekamp\t\t\t\tHeidekamp, 03.02.2031\n\n"
        "VORLAGE\tNr. AH/2031/014\t\töffentlich\n\n"
        "Betr.:\tKinderbetreuung in den Gemeinden des Amtes\n"
        "Die Verwaltung legt den Bedarfsplan vor.\n\n"
        "Sachverhalt:\n\tText.\n"
    )
    assert header(text).get("subject") == "Kinderbetreuung in den Gemeinden des Amtes"


@pytest.mark.parametrize(
    "letterhead, name",
    [
        ("VERBANDSGEMEINDE MOSELHÖHE", "Verbandsgemeinde Moselhöhe"),
        ("SAMTGEMEINDE HEIDE-LAND", "Samtgemeinde Heide-Land"),
        ("AMT OBERE WARNOW", "Amt Obere Warnow"),
    ],
)
def test_an_association_in_capitals(letterhead: str, name: str) -> None:
    text = (
        f"{letterhead}{PAD}Sitzungsvorlage\nDer Bürgermeister{PAD}Nr.     SV/0102/2031\n\n"
        "Bezeichnung:\nNeubau eines Feuerwehrhauses\n\nSachverhalt:\nText.\n"
    )
    found = header(text)
    assert found.get("municipality") == name
    assert found.get("municipality_type") == "Gemeinde"


@pytest.mark.parametrize("letterhead", ["AMT FÜR SOZIALES", "Amt für Soziales", "AMT 50"])
def test_an_office_in_capitals_is_no_association(letterhead: str) -> None:
    text = (
        f"{letterhead}{PAD}Sitzungsvorlage\nDer Bürgermeister{PAD}Nr.     SV/0102/2031\n\n"
        "Bezeichnung:\nNeubau eines Feuerwehrhauses\n\nSachverhalt:\nText.\n"
    )
    assert "municipality" not in header(text)


def test_a_row_of_labels_flattened_after_the_letterhead_over_its_values() -> None:
    text = (
        "Kreisstadt Lindenau Drucksache Datum\nKS0815/31 12.05.2031\nDezernat Amt Status\nIII Sozialamt öffentlich\n"
        "INFORMATIONSVORLAGE\n\nBetreff:\nBericht über die Quartiersarbeit\n\nBegründung:\nText.\n"
    )
    found = header(text)
    assert found.get("doc_number") == "KS0815/31"
    assert found.get("doc_date") == "2031-05-12"


@pytest.mark.parametrize(
    "values",
    [
        "KS0815/31 öffentlich 12.05.2031",  # a word among the values: no row of values
        "12.05.2031",  # fewer values than labels
    ],
)
def test_a_flattened_row_of_labels_over_no_row_of_values(values: str) -> None:
    text = (
        f"Kreisstadt Lindenau Drucksache Datum\n{values}\n"
        "INFORMATIONSVORLAGE\n\nBetreff:\nBericht über die Quartiersarbeit\n\nBegründung:\nText.\n"
    )
    assert "doc_number" not in header(text)


def test_an_association_in_capitals_with_the_type_one_space_after() -> None:
    text = (
        "SAMTGEMEINDE HEIDE-LAND Sitzungsvorlage\nDer Samtgemeindebürgermeister Nr. SV/0102/2031\n"
        "Bezeichnung:\nNeubau eines Feuerwehrhauses\n\nSachverhalt:\nText.\n"
    )
    assert header(text).get("municipality") == "Samtgemeinde Heide-Land"


def test_a_letterhead_with_a_number_field_flattened_one_space_after_it() -> None:
    text = (
        "Hochsauerlandkreis Vorlagen-Nr. : 0815/XI\nDer Landrat Vorlagenart : Beschlussvorlage\n"
        "Dezernat 2 Status : öffentlich\nAmt für Soziales (50) Datum : 12.05.2031\n\n"
        "Betreff: Ein Konzept für Familien\n\nBegründung:\nText.\n"
    )
    found = header(text)
    assert found.get("municipality") == "Hochsauerlandkreis"
    assert found.get("municipality_type") == "Kreis"
    assert found.get("doc_number") == "0815/XI"
