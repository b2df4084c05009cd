"""A Beratungsfolge as a database report (column names over dashed underlines, dates "05-MAI-2027", bodies in
capitals cut at the column's width in mid-word, role codes and J/N flags explained under it), and as a timeline
across the page (dates over an axis of nodes, the bodies' labels in columns under it or staggered above and below
it); their near misses."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import run

REPORT = (
    "BERATUNGSFOLGE                                                       RPT_BERFOLGE_01\n"
    "LFD GREMIUM                              SITZ_DAT    BEGINN ZUST OEFF TOP\n"
    "--- ------------------------------------ ----------- ------ ---- ---- ---\n"
    "  1 INTEGRATIONSBEIRAT                   05-MAI-2027 17:00  ST   J      3\n"
    "  2 AUSSCHUSS FUER SOZIALES, SENIOREN UN 11-MAI-2027 14:00  VB   J      4\n"
    "    D INTEGRATION\n"
    "  3 KREISAUSSCHUSS                       31-MAI-2027 09:00  VB   N      9\n"
    "  4 KREISTAG                             21-JUN-2027 09:30  BE   J      6\n"
    "--- ------------------------------------ ----------- ------ ---- ---- ---\n"
    "ZUST: VB = VORBERATUNG, BE = BESCHLUSS, ST = STELLUNGNAHME, KE = KENNTNISNAHME\n"
    "OEFF: J = OEFFENTLICHE SITZUNG, N = NICHTOEFFENTLICHE SITZUNG\n"
    "4 ZEILEN AUSGEWAEHLT.\n\n"
    "Sachverhalt:\nDer Kreistag hat das Konzept beschlossen.\n"
)


def test_database_report() -> None:
    _, rows = run("LANDRATSAMT NEUSTADT\nBeschlussvorlage\n\n" + REPORT)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("INTEGRATIONSBEIRAT", "2027-05-05", "deliberation", True),
        ("AUSSCHUSS FUER SOZIALES, SENIOREN UND INTEGRATION", "2027-05-11", "preliminary", True),
        ("KREISAUSSCHUSS", "2027-05-31", "preliminary", False),
        ("KREISTAG", "2027-06-21", "decision", True),
    ]


@pytest.mark.parametrize(
    ("written", "iso"),
    [("05-MAI-2027", "2027-05-05"), ("09-mrz-2027", "2027-03-09"), ("1-OCT-2027", "2027-10-01"), ("31-JUN-2027", None)],
)
def test_report_dates(written: str, iso: str | None) -> None:
    _, rows = run(REPORT.replace("21-JUN-2027", written))
    assert [r.meeting_date for r in rows if r.body == "KREISTAG"] == ([iso] if iso else [])


def test_a_name_that_ends_before_its_column_does_is_not_glued() -> None:
    """A name that stops short of its column's width wraps at a word: its next line is a word of its own."""
    text = REPORT.replace("SENIOREN UN 11", "SENIOREN    11").replace("    D INTEGRATION", "    UND INTEGRATION")
    _, rows = run(text)
    assert rows[1].body == "AUSSCHUSS FUER SOZIALES, SENIOREN UND INTEGRATION"


def test_capitals_hold_no_head_word_inside_a_word() -> None:
    """ "INTEGRATION" holds no "RAT" (a capital after a head word is a word's end only in mixed case)."""
    from extractors import load_resources
    from extractors.consultations.vocab import has_head, vocab

    v = vocab(load_resources())
    assert not has_head("SOZIALES UND INTEGRATION", v)
    assert has_head("INTEGRATIONSRAT", v) and has_head("OrtsratNordstemmen", v)


AXIS = (
    "Beratungsweg\n\n"
    "   Sa 13.03.2027           Di 04.05.2027           Mo 10.05.2027\n"
    " ───○───────────────────────●───────────────────────●──────────────►\n"
    "   Auftaktkonferenz        Beirat für              Ausschuss für Bil-\n"
    "   (durchgeführt)          Integration und         dung und Soziales\n"
    "                           Vielfalt                Vorberatung · ö\n"
    "                           Stellungnahme · ö\n\n"
    "                           Mo 07.06.2027           Mo 21.06.2027\n"
    " ►─────────────────────────●───────────────────────◆───────────────\n"
    "                           Verwaltungs-            Gemeinderat\n"
    "                           ausschuss               Beschluss · ö\n"
    "                           Vorberatung · nö\n\n"
    "   ● Sitzung   ◆ Beschlussfassung   ○ bereits erfolgt\n\n"
    "Beschlussantrag\nDer Gemeinderat stimmt zu.\n"
)


def test_timeline_across_the_page() -> None:
    _, rows = run("Stadt Neustadt\nVorlage\n\n" + AXIS)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Beirat für Integration und Vielfalt", "2027-05-04", "deliberation", True),
        ("Ausschuss für Bildung und Soziales", "2027-05-10", "preliminary", True),
        ("Verwaltungsausschuss", "2027-06-07", "preliminary", False),
        ("Gemeinderat", "2027-06-21", "decision", True),
    ]


STAGGERED = (
    "Zeitplan der Beratung 2027                          ● Sitzung eines Gremiums    ◇ sonstiger Termin\n\n"
    " Di 04.05.                      Di 18.05.                                Do 24.06.\n"
    " Beirat für Migration           Jugendhilfeausschuss                     Kreistag\n"
    " und Integration                öffentlich · Kenntnisnahme               öffentlich · Beschluss\n"
    " öffentlich · Anhörung               │                                        │\n"
    "      │                              │                                        │\n"
    " ─────●────────────●─────────────────●──────────────●─────────────────────────●──────────◇─────▶\n"
    "  Mai              │                                │       Juni                 Juli    │\n"
    "                   │                                │                                    │\n"
    "              Mi 12.05.                        Mo 31.05.                            Do 08.07.\n"
    "              Ausschuss für Soziales,          Kreisausschuss                       Vorstellung des\n"
    "              Gesundheit und Integration       nichtöffentlich ·                    Konzepts im\n"
    "              öffentlich · Vorberatung         Vorberatung                          Pressegespräch\n\n"
    "Beschlussvorschlag:\nDer Kreistag beschließt.\n"
)


def test_timeline_staggered_above_and_below_its_axis() -> None:
    _, rows = run("Landkreis Neustadt\nBeschlussvorlage\n\n" + STAGGERED)
    assert sorted((r.body, r.meeting_date, r.role, r.public) for r in rows) == [
        ("Ausschuss für Soziales, Gesundheit und Integration", "2027-05-12", "preliminary", True),
        ("Beirat für Migration und Integration", "2027-05-04", "deliberation", True),
        ("Jugendhilfeausschuss", "2027-05-18", "information", True),
        ("Kreisausschuss", "2027-05-31", "preliminary", False),
        ("Kreistag", "2027-06-24", "decision", True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a project's milestones over an axis: no body named
        "Meilensteine\n\n   Mo 03.05.2027           Di 15.06.2027\n ───●───────────────────────●──────►\n"
        "   Auftakt                 Werkstatt\n   Rathaus                 Bürgerhaus\n",
        # a chart's axis with years under it: no dates
        "Einwohner\n\n   2019        2020        2021\n ───●───────────●───────────●────►\n"
        "   Beirat      Stadtrat    Kreistag\n",
        # a day and month without a year anywhere near
        "Termine\n\n   Di 04.05.               Mo 10.05.\n ───●───────────────────────●────►\n"
        "   Beirat für Integration   Stadtrat\n",
    ],
    ids=["milestones", "years", "no-year"],
)
def test_no_axis_timeline(text: str) -> None:
    _, rows = run("Stadt Neustadt\nVorlage\n\nAnlage\n\n" + text + "\nBegründung\nText.\n")
    assert [r for r in rows if r.method == "timeline.axis"] == []
