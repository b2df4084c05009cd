"""What tesseract makes of a table framed by bars and drawn with "+" and "-", of a row of vote
counts, of a roman item number that lost strokes and of a line under a capital's umlaut: the
repairs give the readers the forms they read in a text layer."""

from __future__ import annotations

import numpy as np
import pytest

from extractors import consultations, load_resources
from pipeline.ingest import ocr, ocr_text
from pipeline.ingest.readers import repair_ocr_pages
from pipeline.settings import Settings
from tests.helpers import document, viewed
from tests.ingest.test_ocr_text import repaired

# a Beratungsfolge drawn with "|", "+" and "-", each row two lines high, as tesseract reads a scan
# of it: the rules' dashes erased as ruling lines, their joints read as "+", "4" or letters, a row's
# second line without its bars ("III II keit]") or with its first bars read as ones ("1112027")
ASCII_READ = (
    "Beratungsfolge:\n"
    "+----+\t+\t+\t+\t+\n"
    "| Nr | Gremium| Sitzung am | Zuständigkeit | Öffentlich- |\n"
    "III II keit]\n"
    "4-4\t+\t+\t+\t+\n"
    "| 1 | Beirat der Stadt | 14. September | Anhörung| öffentlich |\n"
    "| | Musterstadt | 2027 | | |\n"
    "+---+\t-\t+--\t+\t+\t+\n"
    "| 2 | Ausschuss für Soziales, | 23. September | Vorberatung| öffentlich |\n"
    "| | Gesundheit und Integration | 2027| | |\n"
    "++\tnn 1\t+\t-\t+\t+\n"
    "| 3 | Stadtrat | 20. Oktober | Beschlussfassung | öffentlich |\n"
    "1112027 | ||\n"
    "++\t-\t+\t--+-\t++\n"
    "\n"
    "Beschlussvorschlag:\n"
)
RULE = "+----+----+----+----+----+"
ASCII_MEANT = (
    "Beratungsfolge:\n"
    f"{RULE}\n"
    "| Nr | Gremium| Sitzung am | Zuständigkeit | Öffentlich- |\n"
    "||| || keit|\n"
    f"{RULE}\n"
    "| 1 | Beirat der Stadt | 14. September | Anhörung| öffentlich |\n"
    "| | Musterstadt | 2027 | | |\n"
    f"{RULE}\n"
    "| 2 | Ausschuss für Soziales, | 23. September | Vorberatung| öffentlich |\n"
    "| | Gesundheit und Integration | 2027| | |\n"
    f"{RULE}\n"
    "| 3 | Stadtrat | 20. Oktober | Beschlussfassung | öffentlich |\n"
    "|||2027 | ||\n"
    "++\t-\t+\t--+-\t++\n"  # (beside a row read in pieces, "1112027 | ||": where it stands is unsure)
    "\n"
    "Beschlussvorschlag:\n"
)


def test_a_table_drawn_with_plus_and_minus_gets_its_rules_and_bars_back() -> None:
    assert repaired(ASCII_READ) == ASCII_MEANT


def test_the_rows_of_a_table_drawn_with_plus_and_minus_are_read_after_the_repairs() -> None:
    doc = document("Vorlage der Stadt\n\n" + repaired(ASCII_READ), 90.0)
    found = [(r.body, r.meeting_date) for r in viewed(consultations.extract, doc, load_resources())]
    assert found == [
        ("Beirat der Stadt Musterstadt", "2027-09-14"),
        ("Ausschuss für Soziales, Gesundheit und Integration", "2027-09-23"),
        ("Stadtrat", "2027-10-20"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Träger | Ansprechperson | Vertretung\n- -\t+\t-+\t+ -\nLandkreis | Petra Lindemann | Georg Hauck\n",
        "Die Summe: 3 + 4 + 5 = 12\n| 1 | Rat | 2027 |\n",  # a sum beside a framed row: words of 4 letters
        "| Nr | Gremium | Sitzung |\n1 Stadtrat tagt\n",  # a line under a row: no ones at its start for bars
    ],
)
def test_lines_that_are_no_ascii_rule_or_row_stay_as_they_were(text: str) -> None:
    out = repaired(text)
    assert "+----+" not in out
    assert "|||" not in out


@pytest.mark.parametrize(
    "read,meant",
    [
        (
            "Ausländerbeirat – 03.03.2026 – Zustimmung empfohlen (9 Ja / O Nein / 1 Enthaltung)",
            "Ausländerbeirat – 03.03.2026 – Zustimmung empfohlen (9 Ja / 0 Nein / 1 Enthaltung)",
        ),
        ("Abstimmung: Ja: 9, Nein: O, Enthaltung: 1", "Abstimmung: Ja: 9, Nein: 0, Enthaltung: 1"),
    ],
)
def test_a_zero_read_as_o_in_a_row_of_counts(read: str, meant: str) -> None:
    assert repaired(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        "Ja 7 / Nein O",  # one count alone read as a number: no row of counts
        "Herr O. Meier, 2 Kinder / 3 Enkel",  # an initial
        "Der Buchstabe O steht für 1 Ort / 2 Orte.",
    ],
)
def test_an_o_outside_a_row_of_counts_stays(text: str) -> None:
    assert repaired(text) == text


def test_a_roman_number_read_with_strokes_lost_among_numbers_that_count_up() -> None:
    read = (
        "I. ANKOMMEN. Lotsen.\n\nll. SPRACHE. Kurse.\n\nI. ARBEIT. Jobcenter.\n\n"
        "IV. GESUNDHEIT. Lotsen.\n\nV. TEILHABE. Beirat.\n"
    )
    meant = read.replace("ll.", "II.").replace("I. ARBEIT", "III. ARBEIT")
    assert repaired(read) == meant


def test_a_roman_two_read_as_one_look_alike_between_items_of_its_run() -> None:
    read = "i. Sprache\nKurse.\n1. Bildung\nSchulen.\nIII. Arbeitsmarkt\nJobs.\nIV. Teilhabe\nEhrenamt.\n"
    assert repaired(read) == read.replace("i. Sprache", "I. Sprache").replace("1. Bildung", "II. Bildung")


@pytest.mark.parametrize(
    "text",
    [
        "1. Bildung\nSchulen.\nIII. Arbeitsmarkt\nJobs.\nIV. Teilhabe\n",  # the run's first item: an arabic one
        "1. Sprache\n2. Bildung\n3. Arbeit\n4. Teilhabe\n",  # arabic numbers count up
    ],
)
def test_an_arabic_number_not_between_roman_items_stays(text: str) -> None:
    assert repaired(text) == text


def test_roman_numbers_that_start_again_stay() -> None:
    text = "I. Anlass\nII. Ziele\nIII. Kosten\nIV. Beschluss\nI. Anlage\nII. Karte\n"
    assert repaired(text) == text


def test_a_capitals_umlaut_does_not_lift_its_line() -> None:
    """A line whose word "Öffnung" reaches higher with its umlaut stands as far below the line
    above it as its other words show: the paragraph's blank line above it is kept."""
    dark = np.zeros((400, 1200), dtype=bool)
    line = ("1", "2", "1", "1")
    dark[100:145, 100:400] = True  # "Interkulturelle": ascenders at 100
    dark[93:145, 450:650] = True  # "Öffnung": its umlaut's dots from 93
    words = [
        ocr.Word("Interkulturelle", 96.0, 100, 100, 400, 145, line),
        ocr.Word("Öffnung", 96.0, 450, 93, 650, 145, line),
    ]
    glyphs = ocr.word_glyphs(words, dark, 300)
    assert {(g.top, g.bottom) for g in glyphs} == {(100, 145)}
    alone = ocr.word_glyphs([words[1]], dark, 300)  # (a line of such words alone keeps its ink)
    assert (alone[0].top, alone[0].bottom) == (93, 145)


def test_a_double_rule_read_as_a_row_of_debris_is_blanked() -> None:
    read = (
        "Der Bürgermeister Drucksachen-Nr. 0187/2026\n\n"
        "oo.zZ\tI\tzz\t--I\t-aus-\t-\t-ss\t-ss-\t-\t-11-0713--\t7T7I\t07T--171.-\t0-\tD1JS0T01I-\t-\t-\t01T-"
        "\t07T-\tTS-\tTI-\t-\tTI-\t-\t07T-\tTTS-\t-\tTI-\t01T--TI-\t00T-\t----—-1\t0TI01I0I\n\n"
        "Teilhabekonzept der Gemeinde\n"
    )
    assert repaired(read) == read.replace(read.splitlines()[2], "")


@pytest.mark.parametrize(
    "text",
    [
        "2026\t-\t-\t-\t-\t-\t-\t-\t-\t-\t12",  # a row of numbers and empty cells
        "Sport-\tund\tKultur-\tbeirat\t-\tJugend-\tund\tSozial-\tausschuss\t-\tRat\t-",  # words that are words
    ],
)
def test_rows_of_dashes_with_numbers_or_words_stay(text: str) -> None:
    assert repaired(text) == text


def test_a_roman_number_closing_a_document_number() -> None:
    assert repaired("Drucksache DS/0218/XXIl vom 3. Mai") == "Drucksache DS/0218/XXII vom 3. Mai"
    assert repaired("Nr. 12/Xl0") == "Nr. 12/Xl0"  # no roman number


def test_the_middle_dots_of_a_paragraph_read_as_hyphens_further_on() -> None:
    read = (
        "Der Lenkungsgruppe gehören an:\n\n"
        "Landrat Martin Beispiel (Vorsitz) - Abteilungsleiterin Dr. Sabine Muster - Sachgebiets-\n"
        "leiter Thomas Probe - Kreisrätin Anna Test (FW) - Kreisrat Josef Huber\n"
        "(CSU) -\n"
        "Kreisrätin Nilay Kaya (SPD) - Kreisrat Florian Reiter (GRÜNE) - Erste\n"
        "Bürgermeisterin\n"
        "Christine Aigner für die kreisangehörigen Gemeinden - Geschäftsführer Stefan Maier\n"
    )
    out = repaired(read)
    assert out.count(" · ") + out.count(" ·\n") == 8
    assert "Sachgebiets-\nleiter" in out


def test_hyphens_of_a_paragraph_without_middle_dots_stay() -> None:
    text = "Der Rat tagt:\n\nSprache und Bildung für alle Kinder der Stadt - Arbeit und Ausbildung im Kreis\n(CSU) -\n"
    assert repaired(text) == text


# boxes of three lines each, two side by side, a page break inside the third box: the first bar of
# the third box's first row left unread, the tick of its rule read as a lone bar above it
BOXES_PAGE_1 = (
    "Die Felder:\n\n"
    "| ANKOMMEN & BERATEN | | SPRECHEN & LERNEN |\n"
    "| eine Lotsenstelle, | | Sprachcafés, Kurse |\n"
    "| Sprechstunden | | Hausaufgabenhilfe |\n\n"
    "|\n"
    "ARBEITEN & AUSBILDEN | | WOHNEN & NACHBARSCHAFT |\n"
)
BOXES_PAGE_2 = (
    "| Praktikumsbörse mit Betrieben | | Mieterbeiräte stärken |\n"
    "| aus dem Stadtteil | | Konfliktlotsen |\n\n"
    "| GESUND AUFWACHSEN | | MITREDEN |\n"
    "| Bewegung | | Beiräte öffnen |\n"
    "| Vorsorge | | einfache Sprache |\n\n"
    "Für jedes Feld werden Ziele festgelegt.\n"
)


def test_a_box_row_whose_first_bar_was_left_unread_goes_on_over_the_page_break() -> None:
    fixed, _ = repair_ocr_pages([(BOXES_PAGE_1, "ocr", 90.0), (BOXES_PAGE_2, "ocr", 90.0)], Settings())
    first, second = (t for t, _, _ in fixed)
    assert first.splitlines()[5:] == ["├──┼──┼──┤", "│ ARBEITEN & AUSBILDEN │ │ WOHNEN & NACHBARSCHAFT │"]
    assert ocr_text.open_box(first, BOXES_PAGE_2)
    assert second.startswith("│ Praktikumsbörse")  # no rule at the top: the row goes on from the page before
    assert second.splitlines()[2] == "├──┼──┼──┤"


@pytest.mark.parametrize(
    "page",
    [
        "Die Felder:\n\n| 1 Natur | 2 Sport |\n\n| 3 Kultur | 4 Jugend |\n",  # rows of one line each
        # rows of two lines and of one: the last one may be whole
        "Die Felder:\n\n| 1 Sprache und Sprach- | 2 Schule |\n| förderung| |\n\n| 3 Arbeit | 4 Wohnen |\n\n"
        "| 5 Gesundheit | 6 Sport |\n",
    ],
)
def test_a_box_closed_at_the_page_break_gets_its_rule_at_the_next_pages_top(page: str) -> None:
    nxt = "| 7 Natur | 8 Gesundheit |\n\nDer Rat."
    fixed, _ = repair_ocr_pages([(page, "ocr", 90.0), (nxt, "ocr", 90.0)], Settings())
    assert not ocr_text.open_box(fixed[0][0], nxt)
    assert fixed[1][0].startswith("├──┼──┤\n│ 7 Natur │")


@pytest.mark.parametrize(
    "read,meant",
    [
        ("Integrationsbeauftragte Lejla Hod2id", "Integrationsbeauftragte Lejla Hodzid"),
        ("Herr Pau1sen", "Herr Paulsen"),
    ],
)
def test_a_digit_read_for_a_letter_inside_a_word(read: str, meant: str) -> None:
    assert repaired(read) == meant


@pytest.mark.parametrize("text", ["H2O und B2B", "Nr. 2a, Abs2 und Stufe 2b", "Raum A2.01", "die 3er-Gruppe"])
def test_digits_beside_capitals_numbers_or_alone_stay(text: str) -> None:
    assert repaired(text) == text


def test_numbers_of_cells_side_by_side_read_as_one_are_parted_by_their_ink() -> None:
    """ "7 5 1 1" of four cells read as "7511", its box leaving the "7" out: the digits beside it that no
    other word holds are the number's; each part as many digits as it has strokes of ink."""
    dark = np.zeros((60, 400), dtype=bool)
    for left in (40, 100, 160, 220):  # four digits a space apart
        dark[10:45, left : left + 20] = True
    dark[10:45, 0:25] = True  # the word before
    before = ocr.Word("Pflege", 96.0, 0, 10, 25, 45, ("1", "1", "1", "1"))
    number = ocr.Word("7511", 96.0, 95, 10, 245, 45, ("1", "1", "1", "1"))
    parted = ocr.spaced_abbreviations([before, number], dark)
    assert [w.text for w in parted] == ["Pflege", "7", "5", "1", "1"]
    assert parted[1].left == 40
    touching = dark.copy()
    touching[10:45, 60:100] = True  # "75" run together: its strokes do not add up, the number stays
    assert [w.text for w in ocr.spaced_abbreviations([before, number], touching)] == ["Pflege", "7511"]
