"""The letterhead's right-hand column as council prints set it: the number two rows under the type
word where the row under it leaves the column empty (also flattened by a PDF's text layer), an id
holding a space after a generic type word flattened into the letterhead's line, an id numbered per
year over its year ("M 77" / "2031"); the date of the place-date line, not the first meeting of a
table headed "Beratung  Datum  …"; the title under a type heading and the line that names whom it
is for ("V o r l a g e" / "für die Stadtverordnetenversammlung"); a Hessian city's "Vortrag des
Magistrats" as the type, not the reasoning's heading (invented examples)."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.base import find_sections
from extractors.metadata.title import addressee_line
from pipeline.document import Document
from pipeline.structure import Line
from tests.metadata.test_print_layouts import header

REST = (
    "\nBeratung                    Datum        Behandlung    Ziel\n"
    "Schulausschuss              03.03.2031   öffentlich    Vorberatung\n"
    "Stadtrat                    17.03.2031   öffentlich    Beschluss\n\n"
    "Betreff:\nSchulwegkonzept 2032 und Bildung einer Arbeitsgruppe\n\n"
    "Sachverhalt:\nDer Ausschuss hat das Konzept vorbereitet.\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "Stadt Bamberg                                     Sitzungsvorlage\n"
        "Referat für Bildung und Sport\n"
        "Amt für Schulen und Horte –                       SchA/0815/2031\n"
        "Schulverwaltungsamt                               öffentlich\n"
        "                                                  Bamberg, 14.02.2031\n",
        "Stadt Bamberg Sitzungsvorlage\nReferat für Bildung und Sport\n"
        "Amt für Schulen und Horte – SchA/0815/2031\nSchulverwaltungsamt öffentlich\nBamberg, 14.02.2031\n",
    ],
    ids=["column-by-gaps", "flattened"],
)
def test_the_number_two_rows_under_the_type_word_and_the_place_date(head: str) -> None:
    found = header(head + REST)
    assert (found.get("doc_number"), found.get("doc_date")) == ("SchA/0815/2031", "2031-02-14")


@pytest.mark.parametrize(
    "head",
    [
        # the row under the type word reaches into its column: a cell of its own, not an empty row
        "Stadt Musterhude                                  Sitzungsvorlage\n"
        "Referat für Bildung und Sport der Stadt Musterhude und ihrer Ortsteile\n"
        "Amt für Schulen und Horte –                       SchA/0815/2031\n",
        # flattened, the id two rows down after another label's ("Tel. 0911/4477" is a telephone's)
        "Stadt Musterhude Sitzungsvorlage\nReferat für Bildung und Sport\nAmt für Schulen Tel. 0911/4477\n",
    ],
    ids=["row-reaching-into-the-column", "flattened-telephone"],
)
def test_no_number_two_rows_down_where_the_column_goes_on_or_a_label_stands(head: str) -> None:
    assert "doc_number" not in header(head + REST)


def test_the_meeting_tables_date_is_no_documents_date() -> None:
    # the table's header row "Beratung  Datum  …" is no row of labels over the header's values
    found = header("Stadt Musterhude\nSchulverwaltungsamt\n" + REST)
    assert "doc_date" not in found


@pytest.mark.parametrize(
    ("head", "number"),
    [
        (
            "HANSESTADT MUSTERHUDE                                   M 77\n"
            "DER MAGISTRAT                                           2031\n",
            "M 77",
        ),
        (
            "Stadt Musterhude                                        B 1204\n"
            "Der Magistrat                                           2031\n",
            "B 1204",
        ),
    ],
    ids=["letter-code", "other-code"],
)
def test_an_id_over_its_year_in_the_right_hand_column(head: str, number: str) -> None:
    text = head + "Amt für Schulen                        Musterhude, 14.02.2031\n\nBetreff:   Ein Schulwegkonzept\n"
    assert header(text).get("doc_number") == number


@pytest.mark.parametrize(
    "head",
    [
        # under the id a span of years, not one year
        "HANSESTADT MUSTERHUDE                                   M 77\n"
        "DER MAGISTRAT                                      2031–2035\n",
        # a page mark over the year
        "HANSESTADT MUSTERHUDE                                   Seite 1\n"
        "DER MAGISTRAT                                           2031\n",
        # the id opens its line: no right-hand column
        "M 77\n2031\n",
    ],
    ids=["span-of-years", "page-mark", "no-column"],
)
def test_no_id_over_a_year_where_the_column_is_no_such_pair(head: str) -> None:
    text = head + "Amt für Schulen\n\nBetreff:   Ein Schulwegkonzept\n"
    assert "doc_number" not in header(text)


def test_an_id_with_a_space_after_a_flattened_type_word() -> None:
    text = (
        "Stadt Musterhude Vorlage FB 12/0815/2031\nDer Oberbürgermeister öffentlich\n"
        "Fachbereich Schule Datum: 30.08.2031\n\nBetreff:\nEin Schulwegkonzept\n"
    )
    assert header(text).get("doc_number") == "FB 12/0815/2031"


def test_no_id_after_a_flattened_type_word_that_a_phrase_follows() -> None:
    text = "Stadt Musterhude Vorlage für den Rat 2031\nDer Oberbürgermeister\n\nBetreff:\nEin Schulwegkonzept\n"
    assert "doc_number" not in header(text)


TITLED = (
    "Stadt Musterhude\nDer Magistrat                                    Vorlage Nr. 301.12.0815\n"
    "Amt für Schulen (40)                             Musterhude, 03.05.2031\n\n"
    "                              V o r l a g e\n"
    "                   für die Stadtverordnetenversammlung\n\n"
    "Schulwegkonzept Musterhude 2035 – Querungen, Lotsendienste\nund Beteiligung der Eltern\n\n"
    "Beratungsfolge                                      Datum          Art der Befassung\n"
    "Ortsbeirat Nord                                     18.05.2031     Anhörung\n"
    "Stadtverordnetenversammlung                         21.06.2031     Beschluss\n\n"
    "Antrag:\nDie Stadtverordnetenversammlung wolle beschließen.\n"
)


def test_the_title_under_the_type_heading_and_its_addressee() -> None:
    found = header(TITLED)
    assert (
        found.get("subject") == "Schulwegkonzept Musterhude 2035 – Querungen, Lotsendienste und Beteiligung der Eltern"
    )
    assert found.get("doc_type") == "Vorlage"


def _lines(rows: list[str]) -> list[Line]:
    out, at = [], 0
    for row in rows:
        out.append(Line(at, at + len(row), row))
        at += len(row) + 1
    return out


@pytest.mark.parametrize(
    ("second", "addressed"),
    [
        ("für die Stadtverordnetenversammlung", True),
        ("an den Gemeinderat", True),
        ("für die Stadtverordnetenversammlung hat der Magistrat am 3. Mai beraten.", False),  # a sentence
        ("Für die Stadtverordnetenversammlung:", False),  # a label
        ("Schulwegkonzept für die Stadtteile", False),  # no preposition opens it
    ],
)
def test_the_line_under_a_type_heading_that_names_whom_it_is_for(second: str, addressed: bool) -> None:
    lines = _lines(["V o r l a g e", second])
    assert addressee_line(lines, 1, {lines[0].start}) is addressed


def test_no_addressee_without_a_type_heading_above() -> None:
    lines = _lines(["Ein Bericht", "für die Stadtverordnetenversammlung"])
    assert not addressee_line(lines, 1, set())


def _sections(text: str) -> list[str]:
    doc = Document.from_pages("x", "x", "x", [(text, "plain_text", None)])
    return [s.id for s in find_sections(doc, load_resources())]


def test_vortrag_des_magistrats_is_the_type_not_the_reasoning() -> None:
    text = (
        "STADT MUSTERHUDE                                      M 77\n"
        "DER MAGISTRAT                                         2031\n"
        "Amt für Schulen                                       Musterhude, 14.02.2031\n\n"
        "                    Vortrag des Magistrats\n                    an die Stadtverordnetenversammlung\n\n"
        "Betreff:   Schulwegkonzept 2032\n\nBegründung:\nDas Konzept ist fertig.\n"
    )
    found = header(text)
    assert (found.get("doc_type"), found.get("doc_number"), found.get("subject")) == (
        "Vortrag des Magistrats",
        "M 77",
        "Schulwegkonzept 2032",
    )
    assert "reasoning" in _sections(text)  # "Begründung:" still heads it


def test_a_vortrag_heading_of_its_own_still_opens_the_reasoning() -> None:
    assert (
        _sections("Betreff: Schulwegkonzept\n\nVortrag der Referentin:\nDas Konzept ist fertig.\n")[-1] == "reasoning"
    )


@pytest.mark.parametrize(
    "head",
    [
        "HANSESTADT MUSTERHUDE M 77\nDER MAGISTRAT 2031\n",
        "HANSESTADT MUSTERHUDE M 77\n\nDER MAGISTRAT 2031\n",  # a blank line after each line
    ],
    ids=["flattened", "flattened-blank-between"],
)
def test_an_id_over_its_year_flattened(head: str) -> None:
    text = head + "Amt für Schulen Musterhude, 14.02.2031\n\nBetreff: Ein Schulwegkonzept\n"
    assert header(text).get("doc_number") == "M 77"


@pytest.mark.parametrize(
    "head",
    [
        "HANSESTADT MUSTERHUDE M 77\nDER MAGISTRAT\n",  # no year under it
        "HANSESTADT MUSTERHUDE MITTE 77\nDER MAGISTRAT 2031\n",  # a word of the letterhead, no code
        "Der Ausschuss tagte am M 77\nim Jahr 2031\n",  # the year's line a phrase of one word
    ],
    ids=["no-year", "long-word", "phrase"],
)
def test_no_flattened_id_over_a_year_where_the_pair_is_missing(head: str) -> None:
    text = head + "Amt für Schulen\n\nBetreff: Ein Schulwegkonzept\n"
    assert "doc_number" not in header(text)


# an export that sets a blank line after each line of the text
SPACED_OUT = (
    "Stadt Musterhude\n\nDer Bürgermeister\n\nBeschlussvorlage\n\nBetreff:\n\n{title}\n\n"
    "Sachverhalt:\n\nDas Konzept ist fertig.\n"
)


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        (
            "Schulwegkonzept „Sicher zur Schule“\n\n– Fortschreibung und Bildung einer Arbeitsgruppe",
            "Schulwegkonzept „Sicher zur Schule“ – Fortschreibung und Bildung einer Arbeitsgruppe",
        ),
        (
            "Schulwegkonzept der Stadt Musterhude „Sicher zur\n\nSchule“; Bildung einer Arbeitsgruppe",
            "Schulwegkonzept der Stadt Musterhude „Sicher zur Schule“; Bildung einer Arbeitsgruppe",
        ),
        (
            "Schulwegkonzept 2032: Querungen, Lotsendienste und Arbeits-\n\ngruppe",
            "Schulwegkonzept 2032: Querungen, Lotsendienste und Arbeits- gruppe",
        ),
        ("Schulwegkonzept 2032:\n\nQuerungen und Lotsendienste", "Schulwegkonzept 2032: Querungen und Lotsendienste"),
    ],
    ids=["dash-opens-the-next", "quote-left-open", "hyphen", "colon"],
)
def test_a_betreff_goes_on_after_a_blank_line_where_it_was_left_open(title: str, subject: str) -> None:
    assert header(SPACED_OUT.format(title=title)).get("subject") == subject


def test_a_betreff_ending_in_a_colon_does_not_take_the_list_it_leads_into() -> None:
    text = SPACED_OUT.format(title="Neue Gebühren der Musikschule wie folgt:\n\na) Einzelunterricht je Stunde")
    assert header(text).get("subject") == "Neue Gebühren der Musikschule wie folgt:"


def test_a_closed_betreff_does_not_take_the_paragraph_after_a_blank_line() -> None:
    text = SPACED_OUT.format(title="Schulwegkonzept „Sicher zur Schule“\n\nAnlage: Plan der Querungen")
    assert header(text).get("subject") == "Schulwegkonzept „Sicher zur Schule“"


def test_the_title_under_the_addressee_with_blank_lines_between() -> None:
    text = (
        TITLED.replace("                              V o r l a g e\n", "V o r l a g e\n\n")
        .replace("                   für die", "für die")
        .replace("Lotsendienste\nund", "Lotsendienste\n\nund")
    )
    assert (
        header(text).get("subject")
        == "Schulwegkonzept Musterhude 2035 – Querungen, Lotsendienste und Beteiligung der Eltern"
    )
