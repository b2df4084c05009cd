"""Beratungsfolgen of four further layouts: a form of glyph check boxes whose header asks to tick
("Gremium (zutreffendes markieren)"), an unticked body with an empty date and a ticked one wrapped over
two lines, its date on the second; a table led by session numbers whose rows hold their meeting's time
and status on a second line under the date, beside the name's wrapped rest; a table of coded status and
role columns with the codes' legend under it; and a labelled referral sentence, each body followed by a
bracket with its date, role and status. Each beside a near miss. Every case is invented."""

from __future__ import annotations

from tests.consultations.test_header_forms import facts

GLYPH_BOXES = (
    "Gremium (zutreffendes markieren)               Termin        Ö/N   Art\n"
    "☒  Ortschaftsrat Kirchheide                    03.11.2027    Ö     Anhörung\n"
    "☐  Ortschaftsrat Westerfeld                    __.__.____\n"
    "☒  Ausschuss für Kultur, Tourismus,\n"
    "   Sport und Ehrenamt                          09.11.2027    Ö     Vorberatung\n"
    "☒  Finanzausschuss                             16.11.2027    N     Vorberatung\n"
    "☒  Gemeinderat                                 25.11.2027    Ö     Entscheidung\n"
)


def test_glyph_boxes_read_the_ticked_bodies_and_their_wrapped_names() -> None:
    assert facts(GLYPH_BOXES) == [
        ("Ortschaftsrat Kirchheide", "2027-11-03", "deliberation", True),
        ("Ausschuss für Kultur, Tourismus, Sport und Ehrenamt", "2027-11-09", "preliminary", True),
        ("Finanzausschuss", "2027-11-16", "preliminary", False),
        ("Gemeinderat", "2027-11-25", "decision", True),
    ]


def test_a_column_word_in_brackets_stays_the_header_s() -> None:
    text = (
        "Datum         Status          Beratungsfolge (Zuständigkeit)\n"
        "12.01.2028    öffentlich      Bauausschuss (Vorberatung)\n"
        "26.01.2028    öffentlich      Stadtrat (Entscheidung)\n"
    )
    assert [f[0] for f in facts(text)] == ["Bauausschuss", "Stadtrat"]


SESSION_ROWS = (
    "Beratungsfolge\n"
    "Sitzung        Termin         Gremium                                      Zuständigkeit\n"
    "BSA/03/2028    07.03.2028     Ausschuss für Bauen, Straßen und             Vorberatung\n"
    "               18.00 Uhr · ö  Abwasser\n"
    "OR/02/2028     09.03.2028     Ortsrat Süd (Ortsrat nach § 90 der           Anhörung\n"
    "               19.30 Uhr · ö  Hauptsatzung der Gemeinde\n"
    "                              Lindenau)\n"
    "VA/05/2028     14.03.2028     Verwaltungsausschuss                         Vorberatung\n"
    "               16.00 Uhr · nö\n"
    "GR/02/2028     23.03.2028     Gemeinderat                                  Beschluss\n"
    "               18.00 Uhr · ö\n"
)


def test_a_row_s_second_line_gives_its_status_and_the_name_s_rest() -> None:
    assert facts(SESSION_ROWS) == [
        ("Ausschuss für Bauen, Straßen und Abwasser", "2028-03-07", "preliminary", True),
        ("Ortsrat Süd (Ortsrat nach § 90 der Hauptsatzung der Gemeinde Lindenau)", "2028-03-09", "deliberation", True),
        ("Verwaltungsausschuss", "2028-03-14", "preliminary", False),
        ("Gemeinderat", "2028-03-23", "decision", True),
    ]


def test_a_time_away_from_the_date_column_gives_the_row_nothing() -> None:
    text = SESSION_ROWS.replace("               16.00 Uhr · nö\n", "       16.00 Uhr · nö\n")
    assert ("Verwaltungsausschuss", "2028-03-14", "preliminary", False) not in facts(text)


CODED = (
    " Beratungsfolge                                  Termin      Status   Art\n"
    " ----------------------------------------------  ----------  -------  -----\n"
    " Ausschuss für Familie, Jugend und               11.05.27      Ö        V\n"
    " Senioren\n"
    " Hauptausschuss                                  25.05.27      N        V\n"
    " Stadtrat                                        08.06.27      Ö        E\n"
    "\n"
    " Art:    K = Kenntnisnahme;  V = Vorberatung;  E = Entscheidung\n"
    " Status: Ö = öffentlich,  N = nicht öffentlich\n"
)


def test_a_legend_under_a_coded_table_is_no_row() -> None:
    assert facts(CODED) == [
        ("Ausschuss für Familie, Jugend und Senioren", "2027-05-11", "preliminary", True),
        ("Hauptausschuss", "2027-05-25", "preliminary", False),
        ("Stadtrat", "2027-06-08", "decision", True),
    ]


REFERRAL = (
    "Beratungsweg:  Verweisung an den Ausschuss für Schule und Sport (Vorbe-\n"
    "               ratung, Mo, 07.02.28, öffentlich), an den Ortsrat Nord (Anhörung,\n"
    "               Di, 08.02.28) und zur Kenntnis an den Seniorenbeirat (Mi, 09.02.28);\n"
    "               danach Hauptausschuss (Do, 17.02.28, nichtöffentlich) und Rat (Do,\n"
    "               24.02.28, Beschluss).\n"
)


def test_a_referral_sentence_reads_each_body_with_its_bracket() -> None:
    assert facts(REFERRAL) == [
        ("Ausschuss für Schule und Sport", "2028-02-07", "preliminary", True),
        ("Ortsrat Nord", "2028-02-08", "deliberation", None),
        ("Seniorenbeirat", "2028-02-09", "information", None),
        ("Hauptausschuss", "2028-02-17", None, False),
        ("Rat", "2028-02-24", "decision", None),
    ]


def test_a_dated_bracket_after_no_body_takes_the_sentence_nowhere() -> None:
    text = REFERRAL.replace("danach Hauptausschuss (Do", "danach die Auslegung der Pläne (Do")
    assert facts(text) == []


def test_glyph_boxes_read_alike_single_spaced() -> None:
    """A text export closes every gap to one blank: the remark, the boxes and the wrapped name read the same."""
    text = "\n".join(" ".join(line.split()) for line in GLYPH_BOXES.splitlines()) + "\n"
    assert facts(text) == facts(GLYPH_BOXES)


def test_a_second_line_of_time_and_status_single_spaced() -> None:
    text = "\n".join(" ".join(line.split()) for line in SESSION_ROWS.splitlines()) + "\n"
    assert [(b, d, p) for b, d, _, p in facts(text)][2:] == [
        ("Verwaltungsausschuss", "2028-03-14", False),
        ("Gemeinderat", "2028-03-23", True),
    ]
