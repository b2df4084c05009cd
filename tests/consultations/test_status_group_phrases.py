"""A Beratungsfolge grouped under status lines written as phrases ("in öffentlicher Sitzung" over its
rows, "in nichtöffentlicher Sitzung" over the others), the rows not in date order, and a status column
"ÖS/NÖS" of the session's letters, each beside its near misses. Every case is invented."""

from __future__ import annotations

from tests.consultations.test_header_forms import facts

GROUPED = (
    "Beratungsfolge (nach Öffentlichkeit geordnet)\n\n"
    "  in öffentlicher Sitzung\n"
    "      Mo  03.04.2028   Seniorenbeirat                                  Anhörung\n"
    "      Di  11.04.2028   Ausschuss für Bildung, Kultur und Sport         Vorberatung\n"
    "      Do  04.05.2028   Rat der Stadt Wermelskirchen                    Entscheidung\n"
    "  in nichtöffentlicher Sitzung\n"
    "      Di  25.04.2028   Verwaltungsausschuss                            Vorberatung\n"
)


def test_rows_take_the_status_of_their_group_phrase() -> None:
    assert facts(GROUPED) == [
        ("Seniorenbeirat", "2028-04-03", "deliberation", True),
        ("Ausschuss für Bildung, Kultur und Sport", "2028-04-11", "preliminary", True),
        ("Rat der Stadt Wermelskirchen", "2028-05-04", "decision", True),
        ("Verwaltungsausschuss", "2028-04-25", "preliminary", False),
    ]


def test_a_phrase_after_the_rows_began_heads_no_group() -> None:
    # no status phrase right under the heading: the later one may be a row's remark, and gives no status
    text = GROUPED.replace("  in öffentlicher Sitzung\n", "")
    assert [r[3] for r in facts(text)] == [None, None, None, None]


def test_a_header_line_of_status_columns_heads_no_group() -> None:
    # "ö nö" under the heading is the rest of a header wrapped over lines, no group's status line
    text = (
        "Beratungsfolge dieser Vorlage\n"
        "Gremium Termin TOP\n"
        "ö nö\n"
        "Ergebnis\n"
        "Hauptausschuss 13.04.2028 8\n"
        "Rat 20.04.2028 5\n"
    )
    assert [r[3] for r in facts(text)] == [None, None]


SESSIONS = (
    "Sitzungsfolge\n"
    "lfd.  Termin                               Gremium                          ÖS/NÖS  Art\n"
    "1.    Mo., 3. April 2028, 18:00 Uhr        Seniorenbeirat                   ÖS      Anhörung\n"
    "2.    Di., 11. April 2028, 17:00 Uhr       Haupt- und Finanzausschuss       NÖS     Vorberatung\n"
    "3.    Do., 4. Mai 2028, 18:00 Uhr          Rat                              ÖS      Entscheidung\n"
)


def test_session_letters_give_the_status() -> None:
    # "ÖS" and "NÖS" (öffentliche, nichtöffentliche Sitzung) under "ÖS/NÖS": the status, never a name's word
    assert facts(SESSIONS) == [
        ("Seniorenbeirat", "2028-04-03", "deliberation", True),
        ("Haupt- und Finanzausschuss", "2028-04-11", "preliminary", False),
        ("Rat", "2028-05-04", "decision", True),
    ]
    single = "\n".join(" ".join(line.split()) for line in SESSIONS.splitlines()) + "\n"
    assert facts(single) == facts(SESSIONS)


def test_session_letters_in_lower_case_are_no_status() -> None:
    text = SESSIONS.replace("ÖS      Anhörung", "ös      Anhörung")
    assert facts(text)[0][3] is None
