"""A Beratungsfolge printed as a schedule of meetings in an annex: a deadline among its rows ("Redaktionsschluss
Sitzungsunterlagen") is no meeting, a public event's venue in brackets after its name no part of the name; a
calendar week's column before the dates, its last row a meeting not dated yet ("(KW 26/27)" … "Termin folgt"),
no wrapped line of the row above; a header with the role column cut short ("Zust."), a vote in a result cell;
a calendar's row with a remark on the meeting it replaces ("(verschoben vom 04.05.)") on its name's second line."""

from __future__ import annotations

import re

from tests.consultations.test_consultations import run


def _facts(text: str) -> list[tuple[str, str | None, str | None, bool | None]]:
    return [(r.body, r.meeting_date, r.role, r.public) for r in run(text)[1]]


SCHEDULE = (
    "Stadt Hohenau\nSitzungsvorlage Nr. 2028/041\n\n"
    "Betreff\nFortschreibung des Sportentwicklungsplans\n\n"
    "Beschlussvorschlag\nDer Stadtrat beschließt den Sportentwicklungsplan.\n\n"
    "Anlage 2 – Terminplan der Beratung\n\n"
    "Datum         Beginn   Gremium                                     Sitzung   Behandlung\n"
    "Fr 07.04.28   –        Redaktionsschluss Sitzungsunterlagen         –         –\n"
    "Mi 19.04.28   18:00    Sportbeirat                                 ö         Empfehlung\n"
    "Di 25.04.28   18:30    Ausschuss für Schule, Sport                 ö         Vorberatung\n"
    "                       und Kultur\n"
    "Di 16.05.28   19:00    Stadtrat                                    ö         Beschluss\n"
    "Sa 20.05.28   10:00    Sportforum (Informationsabend,              ö         Vorstellung\n"
    "                       Bürgerhaus Hohenau-Süd)\n"
)


def test_a_deadline_among_the_schedules_rows_is_no_meeting() -> None:
    facts = _facts(SCHEDULE)
    assert ("Sportbeirat", "2028-04-19", "preliminary", True) in facts
    assert ("Ausschuss für Schule, Sport und Kultur", "2028-04-25", "preliminary", True) in facts
    assert ("Stadtrat", "2028-05-16", "decision", True) in facts
    assert not any("schluss" in body for body, *_ in facts)
    assert "2028-04-07" not in {date for _, date, *_ in facts}


def test_a_venue_in_brackets_after_a_name_is_no_part_of_it() -> None:
    assert ("Sportforum", "2028-05-20") in [(b, d) for b, d, *_ in _facts(SCHEDULE)]


def test_a_bracket_naming_no_place_stays_with_the_name() -> None:
    other = SCHEDULE.replace("(Informationsabend,", "(Vereine und     ").replace("Bürgerhaus Hohenau-Süd)", "Verbände)")
    bodies = {b for b, d, *_ in _facts(other) if d == "2028-05-20"}
    assert bodies and all(b.startswith("Sportforum (") for b in bodies)


WEEKS = (
    "Stadt Talheim\nSitzungsvorlage 2028/0077\n\n"
    "Gegenstand: Kinder- und Jugendförderplan\n\n"
    "Anlage 3 – Terminplan der Gremienbehandlung\n\n"
    "  KW     Sitzungstag           Gremium                                 Behandlung         ö/nö\n"
    "  -----  --------------------  --------------------------------------  -----------------  ----\n"
    "  11/28  Mi, 15.03.2028        Jugendhilfeausschuss der Stadt          Vorberatung        ö\n"
    "                               Talheim\n"
    "  13/28  Di, 28.03.2028        Stadtrat                                Beschluss          ö\n"
    "  (KW 16/28)                   Arbeitskreis Jugendförderung            konstituierende\n"
    "                                                                       Sitzung, Termin\n"
    "                                                                       folgt\n\n"
    "Der Terminplan gibt den Stand vom 01.03.2028 wieder.\n"
)
WEEK_FACTS = [
    ("Jugendhilfeausschuss der Stadt Talheim", "2028-03-15", "preliminary", True),
    ("Stadtrat", "2028-03-28", "decision", True),
]


def test_a_row_the_table_does_not_date_is_no_wrapped_line_of_the_row_above() -> None:
    assert _facts(WEEKS) == WEEK_FACTS


def test_so_also_where_single_spaces_part_the_cells() -> None:
    closed = "\n".join(re.sub(r" {2,}", " ", line).strip() for line in WEEKS.splitlines())
    assert _facts(closed) == WEEK_FACTS


def test_a_name_wrapped_under_its_column_alone_goes_on_with_the_row() -> None:
    # the near miss: the line under the last row has no cell in the weeks' column, only the name's rest
    lines = WEEKS.splitlines()
    at = next(k for k, line in enumerate(lines) if "(KW 16/28)" in line)
    lines[at : at + 3] = ["                               Talheim"]
    wrapped = "\n".join(lines).replace("Stadtrat      ", "Rat der Stadt ")
    assert _facts(wrapped) == [WEEK_FACTS[0], ("Rat der Stadt Talheim", "2028-03-28", "decision", True)]


CODED = (
    "Kreisausschuss des Landkreises Birkenfeld-Hohn\nBeschlussvorlage für den Kreistag\n\n"
    "Beratungsfolge¹\n\n"
    "Gremium Sitzungstag Zust. Öff. Ergebnis\n"
    "------- -------------------------------- ----- ---- ---------------------------\n"
    "KA Montag, 6. März 2028 V N Vorlage beschlossen (6/1/0)\n"
    "JHA Mittwoch, 15. März 2028 V Ö\n"
    "KT Freitag, 31. März 2028 E Ö\n\n"
    "¹ Gremien: KA = Kreisausschuss; JHA = Jugendhilfeausschuss; KT = Kreistag.\n"
    "Zuständigkeit: V = Vorberatung, E = Entscheidung, K = Kenntnisnahme.\n"
    "Öffentlichkeit: Ö = öffentlich, N = nichtöffentlich.\n\n"
    "Beschlussvorschlag:\nDer Kreistag beschließt den Kinder- und Jugendförderplan.\n"
)


def test_a_header_with_its_role_column_cut_short_reads_the_row_with_a_vote() -> None:
    assert _facts(CODED) == [
        ("Kreisausschuss", "2028-03-06", "preliminary", False),
        ("Jugendhilfeausschuss", "2028-03-15", "preliminary", True),
        ("Kreistag", "2028-03-31", "decision", True),
    ]


MOVED = (
    "Stadt Lindenau\nGemeinderatsdrucksache Nr. 31/2028\n\n"
    "Beratungsfolge\n\n"
    "  März 2028\n"
    "    Di 07.   Ortschaftsrat Oberau                  Anhörung       öffentlich\n"
    "    Di 14.   Ausschuss für Umwelt, Technik         Vorberatung    öffentlich\n"
    "             und Verkehr (verschoben vom 28.02.)\n"
    "  April 2028\n"
    "    Di 04.   Gemeinderat                           Beschluss      öffentlich\n\n"
    "Beschlussantrag\nDer Gemeinderat beschließt das Radverkehrskonzept.\n"
)


def test_a_remark_dating_the_meeting_it_replaces_is_no_part_of_the_name() -> None:
    facts = [(b, d) for b, d, *_ in _facts(MOVED)]
    assert facts == [
        ("Ortschaftsrat Oberau", "2028-03-07"),
        ("Ausschuss für Umwelt, Technik und Verkehr", "2028-03-14"),
        ("Gemeinderat", "2028-04-04"),
    ]
