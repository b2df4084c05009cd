"""Beratungsfolgen in forms the table readers met first in print: a check-box list ("Vorlage an:" over
"[x] body  date  role  status", a body it does not go to behind an empty box with dashes for its cells),
a tab table whose header cells end in colons and wrap ("Zustimmung zur" / "Beschlussempfehlung:") with
empty tick boxes for the votes and no roles, a table under an underlined heading with the bodies last
("lfd. / Termin / Beratungszweck / Sitzungsteil / Gremium", "nicht öffentl."), a box drawn with "+---+"
and "|" whose result cell wraps over three lines, and an executive's paper naming its own sitting under
its type ("Vorlage zur Beschlussfassung" / "für die Sitzung des Bezirksamtes am …"). Each beside its
near misses, which yield nothing (or no more). Every case is invented."""

from __future__ import annotations

import re

import pytest

from tests.consultations.test_header_forms import facts

CHECK_BOXES = (
    "Vorlage an:                          Sitzungstermin:   Beratung:\n"
    "[x] Ausschuss für Umwelt, Ver-       14.09.2027        vorberatend     öffentlich\n"
    "    kehr und Ordnung\n"
    "[x] Finanzausschuss                  21.09.2027        vorberatend     nichtöffentlich\n"
    "[ ] Ortsteilrat Hohenfelde           –                 –               –\n"
    "[x] Gemeinderat                      05.10.2027        beschließend    öffentlich\n"
)
CHECK_BOXES_READ = [
    ("Ausschuss für Umwelt, Verkehr und Ordnung", "2027-09-14", "preliminary", True),
    ("Finanzausschuss", "2027-09-21", "preliminary", False),
    ("Gemeinderat", "2027-10-05", "decision", True),
]


def test_a_check_box_list_reads_the_ticked_bodies_only() -> None:
    assert facts(CHECK_BOXES) == CHECK_BOXES_READ


def test_a_check_box_list_with_blank_lines_between_its_lines() -> None:
    """pdfminer.six sets a blank line after each line: the empty box's line between two blank lines
    ends neither the list nor a name."""
    text = re.sub(r" {2,}", " ", CHECK_BOXES.replace("\n", "\n\n")).replace("\n ", "\n")
    assert facts(text) == CHECK_BOXES_READ


def test_an_empty_box_with_a_date_is_still_no_consultation() -> None:
    text = CHECK_BOXES.replace(
        "[ ] Ortsteilrat Hohenfelde           –                 –               –",
        "[ ] Ortsteilrat Hohenfelde           28.09.2027        vorberatend     öffentlich",
    )
    assert [f[0] for f in facts(text)] == [b for b, _, _, _ in CHECK_BOXES_READ]


TICK_TABLE = (
    "Beratungsfolge:\n"
    "Gremium:\tSitzungstermin:\tBehandlung:\tZustimmung zur\tHandzeichen:\n"
    "\t\t\tBeschlussempfehlung:\n"
    "Integrationsbeirat\t08.03.2028\tÖ\t( ) ja ( ) nein ( ) ohne\n"
    "Ausschuss für Bildung und\t15.03.2028\tN\t( ) ja ( ) nein ( ) ohne\n"
    "Sport\n"
    "Gemeinderat\t30.03.2028\tÖ\t( ) ja ( ) nein ( ) ohne\n"
)
TICK_TABLE_READ = [
    ("Integrationsbeirat", "2028-03-08", None, True),
    ("Ausschuss für Bildung und Sport", "2028-03-15", None, False),
    ("Gemeinderat", "2028-03-30", None, True),
]


def test_a_tab_table_with_empty_tick_boxes_and_no_roles() -> None:
    assert facts(TICK_TABLE) == TICK_TABLE_READ


def test_a_name_wrapped_past_a_blank_line_a_text_layer_set() -> None:
    """A PDF's text layer sets the wrapped rest of a name apart by blank lines."""
    text = TICK_TABLE.replace("\nSport\n", "\n\nSport\n\n")
    assert facts(text) == TICK_TABLE_READ


def test_the_headers_wrapped_rest_at_the_margin() -> None:
    """A PDF's text layer sets the header's wrapped rest at the margin, right under the header."""
    text = TICK_TABLE.replace("\t\t\tBeschlussempfehlung:", "Beschlussempfehlung:")
    assert facts(text) == TICK_TABLE_READ


def test_a_labelled_heading_after_the_rows_ends_the_table() -> None:
    """Near miss: the same label at the margin after the rows is the next section's heading."""
    text = TICK_TABLE + "Beschlussempfehlung:\nDer Ausschuss empfiehlt dem Gemeinderat am 30.03.2028 zuzustimmen.\n"
    assert facts(text) == TICK_TABLE_READ


def test_an_unlabelled_column_is_no_header() -> None:
    """Near miss: labels ending in colons, one of them no column's word, are a form's labels, not a header."""
    text = "Gremium:\tSitzungstermin:\tAnlass:\nIntegrationsbeirat\t08.03.2028\tFortschreibung des Konzepts\n"
    assert [r[2] for r in facts(text)] in ([], [None])


UNDERLINED = (
    "Beratungsreihenfolge\n"
    "--------------------\n"
    "lfd.  Termin        Beratungszweck    Sitzungsteil   Gremium\n"
    "1     07.06.2028    Vorberatung       öffentlich     Ausschuss für Kultur, Sport\n"
    "                                                     und Freizeit\n"
    "2     14.06.2028    Vorberatung       nicht öffentl. Hauptausschuss\n"
    "3     29.06.2028    Entscheidung      öffentlich     Ratsversammlung\n"
)
UNDERLINED_READ = [
    ("Ausschuss für Kultur, Sport und Freizeit", "2028-06-07", "preliminary", True),
    ("Hauptausschuss", "2028-06-14", "preliminary", False),
    ("Ratsversammlung", "2028-06-29", "decision", True),
]


def test_bodies_last_with_a_short_non_public_status() -> None:
    assert facts(UNDERLINED) == UNDERLINED_READ


def test_the_underline_run_into_the_header_line() -> None:
    """pdftotext runs a heading's underline into the next line: "------lfd.  Termin …"."""
    text = UNDERLINED.replace("--------------------\nlfd.", "--------------------lfd.")
    assert facts(text) == UNDERLINED_READ


DRAWN = (
    "Beratungsweg\n"
    "+---------------------------+----------+-----+-------------+----+------+-------+-------------+\n"
    "| Gremium                   | Sitzung  | ö/  | Beratungs-  | Ja | Nein | Enth. | Ergebnis    |\n"
    "|                           | am       | nö  | ziel        |    |      |       |             |\n"
    "+---------------------------+----------+-----+-------------+----+------+-------+-------------+\n"
    "| Seniorenbeirat            | 02.02.28 | ö   | Kenntnis-   |    |      |       | zur Kennt-  |\n"
    "|                           |          |     | nahme       |    |      |       | nis genom-  |\n"
    "|                           |          |     |             |    |      |       | men         |\n"
    "| Kreisausschuss            | 16.02.28 | nö  | Vorberatung |  7 |    1 |     0 | empfohlen   |\n"
    "| Kreistag Oderland         | 01.03.28 | ö   | Beschluss   |    |      |       |             |\n"
    "+---------------------------+----------+-----+-------------+----+------+-------+-------------+\n"
)


def test_a_drawn_box_goes_on_after_a_result_wrapped_over_lines() -> None:
    assert facts(DRAWN) == [
        ("Seniorenbeirat", "2028-02-02", "information", True),
        ("Kreisausschuss", "2028-02-16", "preliminary", False),
        ("Kreistag Oderland", "2028-03-01", "decision", True),
    ]


BULLETS = (
    "Beratungsfolge:\n"
    "• 03.04.2028 Ausschuss für Wirtschaft und Tourismus – Vorberatung (nichtöf-\n"
    "fentlich)\n"
    "• 17.04.2028 Bürgerschaft – Entscheidung (öffentlich)\n"
)


def test_a_bracketed_status_cut_at_its_lines_end() -> None:
    assert facts(BULLETS) == [
        ("Ausschuss für Wirtschaft und Tourismus", "2028-04-03", "preliminary", False),
        ("Bürgerschaft", "2028-04-17", "decision", True),
    ]


def _titled(title: str, sitting: str) -> str:
    return (
        "Bezirksamt Musterhausen von Berlin                         Berlin, den 02.03.2028\n"
        "Abteilung Jugend und Familie                               BA-Vorlage Nr.: X/0101\n\n"
        f"                            {title}\n"
        f"                {sitting}\n\n"
        "1.  Gegenstand der Vorlage:\n"
        "    Jugendförderplan 2028–2031\n"
    )


@pytest.mark.parametrize(
    "title,sitting,read",
    [
        (
            "Vorlage zur Beschlussfassung",
            "für die Sitzung des Bezirksamtes am Dienstag, 14.03.2028",
            [("Bezirksamt", "2028-03-14", "decision", None)],
        ),
        (
            "Mitteilung zur Kenntnisnahme",
            "zur Sitzung der Bezirksverordnetenversammlung am 22.03.2028",
            [("Bezirksverordnetenversammlung", "2028-03-22", "information", None)],
        ),
    ],
)
def test_the_sitting_under_a_papers_type(title: str, sitting: str, read: list[tuple[str, str, str, None]]) -> None:
    assert facts(_titled(title, sitting)) == read


@pytest.mark.parametrize(
    "title,sitting",
    [
        # the line above states no role: an invitation, not a paper's type
        ("Einladung", "für die Sitzung des Bezirksamtes am Dienstag, 14.03.2028"),
        # a sentence that goes on after the date
        ("Vorlage zur Beschlussfassung", "für die Sitzung des Bezirksamtes am 14.03.2028 wird vorgeschlagen:"),
        # a sitting's holder that is no name ("des Jahres")
        ("Vorlage zur Beschlussfassung", "für die Sitzung des zweiten Quartals am 14.03.2028"),
    ],
)
def test_near_misses_of_the_sitting_under_a_type(title: str, sitting: str) -> None:
    assert facts(_titled(title, sitting)) == []


def test_a_gap_row_with_tick_boxes_is_no_sentence() -> None:
    """A row set out by gaps whose name wraps below it ("Haupt- und" / "Finanzausschuss") and whose tick
    boxes make many signs: the signs are no words of a sentence."""
    text = (
        "Beratungsfolge:\n"
        "Gremium:             Sitzungstermin: Behandlung: Zustimmung zur               Handzeichen:\n"
        "                                                 Beschlussempfehlung:\n"
        "Integrationsbeirat   08.03.2028        Ö         ( ) ja ( ) nein ( ) ohne\n"
        "Haupt- und                15.03.2028         N     ( ) ja ( ) nein ( ) ohne\n"
        "Finanzausschuss\n"
        "Gemeinderat               30.03.2028         Ö     ( ) ja ( ) nein ( ) ohne\n"
    )
    assert [(b, d) for b, d, _, _ in facts(text)] == [
        ("Integrationsbeirat", "2028-03-08"),
        ("Haupt- und Finanzausschuss", "2028-03-15"),
        ("Gemeinderat", "2028-03-30"),
    ]
