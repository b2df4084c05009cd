"""Fields in forms the other readers miss: a ruled table whose field cells are merged over their
group of measures, the name wrapped and set on the group's middle lines; a header whose field noun a
narrow column hyphenated over two lines; a drawn box of pillars under a sentence that counts the
fields, each name stacked and hyphenated inside its column; a motion printed with its lines numbered
in the margin; a ruled synopsis whose row labelled with the noun holds the fields as a semicolon list;
a table's sum row and a footnote's star. Near misses: the same forms where the count, the rules or
the label do not bind them to the fields."""

from __future__ import annotations

from pipeline.structure.line_numbers import unnumbered
from tests.action_fields.test_action_fields import labels

HEAD = "Gemeinde Talbrück\nVorlage 44/2028\n\nIntegrationskonzept Talbrück: Beschluss über die Integration\n\n"

MERGED_GRID = (
    "3. Handlungsfelder\n"
    "Die vier Handlungsfelder der Integration ordnen die Maßnahmen.\n\n"
    "  +----------------------+------------------------------------+\n"
    "  | Handlungsfeld        | Maßnahmen                          |\n"
    "  +----------------------+------------------------------------+\n"
    "  |                      | Lesepaten an der Grundschule       |\n"
    "  | Frühe Bildung und    | Elterncafé im Familienzentrum      |\n"
    "  | Lernen im Dorf       | Hausaufgabenhilfe im Gemeindehaus  |\n"
    "  |                      |                                    |\n"
    "  +----------------------+------------------------------------+\n"
    "  | Arbeit und Handwerk  | Praktikumsbörse der Betriebe       |\n"
    "  |                      | Sprechstunde der Kammer            |\n"
    "  +----------------------+------------------------------------+\n"
    "  |                      | Fahrdienst zu den Ärzten           |\n"
    "  | Gesundheit und Schutz| Dolmetscherpool                    |\n"
    "  | vor Gewalt           | Beratung für Frauen                |\n"
    "  +----------------------+------------------------------------+\n"
    "  | Kultur und Vereine   | Vereinsfest                        |\n"
    "  +----------------------+------------------------------------+\n\n"
    "4. Kosten\nDie Kosten trägt die Gemeinde.\n"
)
MERGED_LABELS = [
    "Frühe Bildung und Lernen im Dorf",
    "Arbeit und Handwerk",
    "Gesundheit und Schutz vor Gewalt",
    "Kultur und Vereine",
]


def test_merged_field_cells_of_a_ruled_grid_are_read_over_their_group() -> None:
    """A name that could end on its first line ("Gesundheit und Schutz") goes on in its group."""
    assert labels(HEAD + MERGED_GRID) == MERGED_LABELS


DASHED = (
    "2. Handlungsfelder und Maßnahmen\n"
    "Die Gemeinde plant die Maßnahmen so:\n\n"
    "Handlungsfeld               Nr.   Maßnahme                          Zeitraum\n"
    "----------------------------------------------------------------------------\n"
    "                            1.1   Lesepaten an der Grundschule      2028\n"
    "Bildung im Dorf             1.2   Elterncafé                        ab 2028\n"
    "----------------------------------------------------------------------------\n"
    "Arbeit und Handwerk         2.1   Praktikumsbörse                   2028\n"
    "im ländlichen Raum          2.2   Sprechstunde der Kammer           2029\n"
    "----------------------------------------------------------------------------\n"
    "Wohnen                      3.1   Wohnraumbörse                     ab 2028\n"
    "----------------------------------------------------------------------------\n\n"
    "3. Kosten\nDie Gemeinde trägt die Kosten der Maßnahmen aus ihrem Haushalt.\n"
)


def test_merged_field_cells_between_dashed_rules() -> None:
    assert labels(HEAD + DASHED) == ["Bildung im Dorf", "Arbeit und Handwerk im ländlichen Raum", "Wohnen"]


def test_without_rules_between_the_groups_a_next_line_is_a_field_of_its_own() -> None:
    """One rule under the header and one at the end part no groups: each line names its field."""
    text = HEAD + (
        "Handlungsfeld               Nr.   Maßnahme                          Zeitraum\n"
        "----------------------------------------------------------------------------\n"
        "Bildung im Dorf             1.1   Lesepaten an der Grundschule      2028\n"
        "Arbeit und Handwerk         2.1   Praktikumsbörse                   2028\n"
        "Wohnen                      3.1   Wohnraumbörse                     ab 2028\n"
        "----------------------------------------------------------------------------\n\n"
        "3. Kosten\nDie Gemeinde trägt die Kosten der Maßnahmen aus ihrem Haushalt.\n"
    )
    assert labels(text) == ["Bildung im Dorf", "Arbeit und Handwerk", "Wohnen"]


def test_a_sum_row_and_a_footnote_star_are_no_part_of_a_field_table() -> None:
    text = HEAD + (
        "Stand nach Handlungsfeldern:\n\n"
        "Handlungsfeld                      Maßnahmen   umgesetzt   offen\n"
        "Bildung im Dorf                        12           7        5\n"
        "Arbeit und Handwerk                     8           6        2\n"
        "Schutz vor Gewalt*                      4           1        3\n"
        "----------------------------------------------------------------\n"
        "Summe                                  24          14       10\n\n"
        "* im Jahr 2026 aufgenommen\n"
    )
    assert labels(text) == ["Bildung im Dorf", "Arbeit und Handwerk", "Schutz vor Gewalt"]


HYPHENATED_HEAD = (
    "3. Handlungsfelder und Ziele\n"
    "Nr.  Handlungs-        Ziel bis 2030                              Federführung\n"
    "     feld\n"
    "1    Frühe Bildung     Jedes Kind besucht mit drei Jahren         Jugendamt\n"
    "     und Lernen        eine Kita.\n"
    "2    Arbeitsmarkt-     Die Quote steigt auf 60 %.                 Jobcenter Tal-\n"
    "     integration                                                  brück\n"
    "3    Wohnen            Dezentrale Wohnungen in allen Orten.       Sozialamt\n\n"
    "4. Kosten\nDie Gemeinde trägt die Kosten.\n"
)


def test_a_field_noun_hyphenated_over_a_narrow_headers_two_lines() -> None:
    assert labels(HEAD + HYPHENATED_HEAD) == ["Frühe Bildung und Lernen", "Arbeitsmarktintegration", "Wohnen"]


def test_a_hyphenated_header_of_another_noun_heads_no_field_column() -> None:
    text = HYPHENATED_HEAD.replace("Handlungs-", "Maßnahmen-").replace("     feld\n", "     bereich\n")
    assert labels(HEAD + text.replace("3. Handlungsfelder und Ziele", "3. Ziele")) == []


PILLARS = (
    "2. Aufbau\n"
    "Das Konzept ist als Haus gebaut: Vier Handlungsfelder tragen als Säulen das Dach; der Dialog der\n"
    "Religionen ist ihr Fundament.\n\n"
    "    ┌───────────────────────────────────────────────────┐\n"
    "    │        Dach: Gemeinsam in Talbrück                │\n"
    "    ├────────────┬────────────┬────────────┬────────────┤\n"
    "    │ Säule 1    │ Säule 2    │ Säule 3    │ Säule 4    │\n"
    "    │            │            │            │            │\n"
    "    │ Frühe      │ Arbeit     │ Woh-       │ Kultur     │\n"
    "    │ Bildung    │ und Hand-  │ nen        │ und        │\n"
    "    │            │ werk       │            │ Vereine    │\n"
    "    ├────────────┴────────────┴────────────┴────────────┤\n"
    "    │ Fundament: Dialog der Religionen                  │\n"
    "    └───────────────────────────────────────────────────┘\n\n"
    "3. Kosten\nDie Gemeinde trägt die Kosten.\n"
)


def test_the_pillars_of_a_drawn_house_under_a_sentence_counting_the_fields() -> None:
    """The roof's and the foundation's labelled cells and the pillars' titles are no fields."""
    assert labels(HEAD + PILLARS) == ["Frühe Bildung", "Arbeit und Handwerk", "Wohnen", "Kultur und Vereine"]


def test_pillars_counted_otherwise_are_no_fields() -> None:
    """Five fields counted over four pillars: the box is not the fields' (nothing read)."""
    assert labels(HEAD + PILLARS.replace("Vier Handlungsfelder", "Fünf Handlungsfelder")) == []


def _numbered(lines: list[str], first: int = 1) -> str:
    return "".join(f"{n:>3}  {t}\n" if t else f"{n:>3}\n" for n, t in enumerate(lines, first))


MOTION = [
    "Antrag",
    "",
    "Der Gemeinderat möge beschließen:",
    "",
    "1. Die Verwaltung erarbeitet ein Integrationskonzept für Talbrück.",
    "",
    "2. Das Konzept soll die folgenden Handlungsfelder umfassen:",
    "   – Frühe Bildung in den Dörfern,",
    "   – Arbeit und Handwerk,",
    "   – Kultur und Vereine.",
    "",
    "3. Die Mittel werden im Haushalt 2028 bereitgestellt.",
]


def test_a_motion_with_its_lines_numbered_in_the_margin() -> None:
    text = HEAD + "Der Antrag wird mit Zeilennummern wiedergegeben.\n\n" + _numbered(MOTION)
    assert labels(text) == ["Frühe Bildung in den Dörfern", "Arbeit und Handwerk", "Kultur und Vereine"]


def test_a_numbered_table_is_no_margin_of_line_numbers() -> None:
    """Rows numbered 1 … 12 with no numbered blank line keep their numbers (a table's rows are never
    empty beside their number); a margin's run broken off after nine numbers is none either."""
    rows = "".join(f"{n:>3}  Posten {n}        Betrag {n}00 €\n" for n in range(1, 13))
    assert unnumbered(rows) == rows
    short = _numbered(MOTION[:9])
    assert unnumbered(short) == short
    assert unnumbered(_numbered(MOTION)) != _numbered(MOTION)


SYNOPSIS = (
    "2. Gegenüberstellung\n"
    "                  Antrag vom 01.02.2028          Vorschlag der Verwaltung\n"
    "-------------------------------------------------------------------------------\n"
    "Bezeichnung       Arbeitskreis Integration       Lenkungskreis Integration\n"
    "-------------------------------------------------------------------------------\n"
    "Handlungs-        Bildung; Arbeit                alle vier Handlungsfelder des\n"
    "felder                                           Konzepts 2026: Frühe Bildung;\n"
    "                                                 Arbeit und Handwerk; Kultur und\n"
    "                                                 Vereine; Gesundheit\n"
    "-------------------------------------------------------------------------------\n"
    "Sitze             7                              11\n"
    "-------------------------------------------------------------------------------\n\n"
    "3. Kosten\nDie Gemeinde trägt die Kosten.\n"
)


def test_a_synopsis_row_labelled_with_the_field_noun() -> None:
    assert labels(HEAD + SYNOPSIS) == [
        "Bildung",
        "Arbeit",
        "Frühe Bildung",
        "Arbeit und Handwerk",
        "Kultur und Vereine",
        "Gesundheit",
    ]


def test_a_synopsis_cell_counted_otherwise_and_a_row_of_another_label_yield_nothing() -> None:
    """Five fields counted beside four names; and the same cells under the label "Themen"."""
    counted = SYNOPSIS.replace("alle vier", "alle fünf").replace("Bildung; Arbeit  ", "Bildung          ")
    assert labels(HEAD + counted) == []
    other = SYNOPSIS.replace("Handlungs-        ", "Themen            ").replace("felder      ", "            ")
    assert labels(HEAD + other.replace("alle vier Handlungsfelder des", "alle vier Themen des        ")) == []
