"""Rows of lists and tables as tesseract reads them: the spaces a dash lost beside it in one row
of a dash-parted list, a table's rule read as letters between rows parted by bars."""

from __future__ import annotations

from collections import Counter

from pipeline.ingest import ocr_text

WORDS = frozenset(
    w.casefold() for w in "Träger Ansprechperson Vertretung Landkreis Sozialamt Jobcenter Verein Pfarrei".split()
)
LEX = ocr_text.Lexicon(WORDS, Counter())


def repaired(text: str) -> str:
    return ocr_text.repair_text(text, LEX)[0]


LIST = (
    "Beratungsfolge (Nr. – Gremium – Termin)\n"
    "N 3 – SozA – 02. 09. 2031\n"
    "Ö12-JuA – 09. 09. 2031\n"
    "Ö 8 – HFA – 16. 09. 2031\n"
    "Ö2-GR- 30. 09. 2031\n"
)


def test_a_row_gets_back_the_spaces_its_dashes_lost() -> None:
    lines = repaired(LIST).splitlines()
    assert lines[2] == "Ö12 - JuA – 09. 09. 2031"  # the dash as read, its spaces back
    assert lines[4] == "Ö2 - GR - 30. 09. 2031"
    assert lines[1] == "N 3 – SozA – 02. 09. 2031"


def test_words_hyphens_and_ranges_stay() -> None:
    text = LIST.replace("Ö2-GR- 30. 09. 2031", "Ö 2 – Rhein-Lahn – 2031-2032")
    assert repaired(text).splitlines()[4] == "Ö 2 – Rhein-Lahn – 2031-2032"
    hyphen = LIST.replace("Ö2-GR- 30. 09. 2031", "Sozial-Ausschuss tagt – 30. 09. 2031")
    assert "Sozial-Ausschuss tagt" in repaired(hyphen)


def test_rows_that_do_not_part_alike_stay() -> None:
    text = "Der Termin – vorläufig – steht.\nDie Gruppe tagt im Mai.\nÖ2-GR- 30. 09. 2031\n"
    assert repaired(text) == text


TABLE = (
    "Träger | Ansprechperson | Vertretung\n"
    "mm\t+\tnnuumhnnnannnnnmnunn\n"
    "Landkreis Kusel, Sozialamt | Petra Lindemann | Georg Hauck\n"
    "Jobcenter Kusel | Yusuf Demirel | Maren Stoll\n"
)


def test_a_rule_read_as_letters_between_bar_rows_is_dropped() -> None:
    lines = repaired(TABLE).splitlines()
    assert lines[0] == "Träger | Ansprechperson | Vertretung"
    assert lines[1].startswith("Landkreis Kusel")
    assert len(lines) == 3


def test_words_between_bar_rows_stay() -> None:
    text = TABLE.replace("mm\t+\tnnuumhnnnannnnnmnunn", "Pfarrei Verein")
    assert repaired(text) == text
    long_word = TABLE.replace("mm\t+\tnnuumhnnnannnnnmnunn", "Ansprechperson")
    assert repaired(long_word) == long_word


def test_a_rule_read_in_pieces_between_bar_rows_is_dropped() -> None:
    text = TABLE.replace("mm\t+\tnnuumhnnnannnnnmnunn", "- -\t+\t-+\t+ -")
    assert len(repaired(text).splitlines()) == 3


GRID = "Gremium | BeiA | SozA | GR\nTermin | 03.03.32 | 17.03.32 | 31.03.32\nRolle|B]VIE\nSitzung |JÖJÖ|N\n"


def test_bars_read_as_letters_in_a_row_parted_by_bars() -> None:
    lines = repaired(GRID).splitlines()
    assert lines[2] == "Rolle|B|V|E"
    assert lines[3] == "Sitzung |Ö|Ö|N"


def test_letters_of_words_and_rows_that_would_not_fit_stay() -> None:
    words = GRID.replace("Rolle|B]VIE", "Rolle | Ilse Kern | Jule")
    assert repaired(words).splitlines()[2] == "Rolle | Ilse Kern | Jule"
    short = GRID.replace("Rolle|B]VIE", "Rolle|KIT")
    assert repaired(short).splitlines()[2] == "Rolle|KIT"


# a table typed with "|", "+" and "-" as tesseract reads a scan of it: a rule's dashes erased as a ruling
# line and its joints left ("+\t+\t+"), another rule's joints lost and its dashes read (a typed rule made
# whole by its ink), a bar read as "]", an empty row read as "Ill"
TYPED = (
    "Die Tabelle nennt je Handlungsfeld eine Auswahl.\n\n"
    "+\t+\t+\n"
    "| Handlungsfeld | Maßnahmen ]\n"
    "+\t+\t+\n"
    "| | Sprachcafés in den Bibliotheken |\n"
    "| Sprache und | Elternbegleitung in Kitas |\n"
    "| frühe Bildung | Sprachmittlerpool |\n"
    "Ill\n"
    "------------------------------------------------------------\n"
    "| | Lotsendienst in Arztpraxen |\n"
    "| Gesundheit | Informationen zur Pflege |\n"
    "Il\n"
    "------------------------------------------------------------\n"
    "\nDas bisherige Handlungsfeld wird nicht fortgeführt.\n"
)


def test_a_typed_table_keeps_its_bars_where_its_rules_came_back_in_pieces() -> None:
    text = repaired(TYPED)
    assert "│" not in text and "├" not in text
    assert "| Sprache und | Elternbegleitung in Kitas |" in text.splitlines()
    assert "| Gesundheit | Informationen zur Pflege |" in text.splitlines()
