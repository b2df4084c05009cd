"""A Beratungsfolge outside any table, in four forms: one sentence about the draft under its heading,
its roles shared over the coordinated bodies before them ("dem A am D1 und dem B am D2 zur
Vorberatung"), a body wrapped with a hyphen over two lines; stacked key-value blocks per body with a
result line under each ("Ergebnis: einstimmig empfohlen") and the session's status after the date's
time; lines led by the date, the body's status in brackets and a colon before the role or a result in
words; numbered lines with the role's noun first and the date written out with its weekday. Each has
near misses that name a body and a date and are no Beratungsfolge: they yield nothing. Every case is
invented: other towns, other bodies, other dates, the same forms."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations import extract
from pipeline.structure import view
from tests.consultations.test_cells_beside_wrapped_names import rows
from tests.helpers import document

SENTENCE = (
    "Beratungsfolge:\n"
    "Der Entwurf wird dem Ausschuss für Umwelt, Verkehr und Klima am 14.09.2027 und\n"
    "dem Ausschuss für Jugend und Familie am 15.09.2027 zur Vorberatung, dem Verwaltungs-\n"
    "ausschuss am 22.09.2027 in nichtöffentlicher Sitzung zur Vorberatung sowie dem Kreistag am\n"
    "06.10.2027 zur Beschlussfassung vorgelegt. Der Seniorenbeirat des Kreises erhält\n"
    "die Vorlage am 09.09.2027 zur Stellungnahme.\n\n"
)

BLOCKS = (
    "Beratung in den Gremien\n\n"
    "    Gremium:        Ortsbeirat Kirchheim\n"
    "    Termin:         07.09.2027, 19:00 Uhr\n"
    "    Zuständigkeit:  Anhörung\n"
    "    Ergebnis:       ohne Einwände\n\n"
    "    Gremium:        Bau- und Umweltausschuss\n"
    "    Termin:         14.09.2027, 17:30 Uhr, nichtöffentlich\n"
    "    Zuständigkeit:  Vorberatung\n"
    "    Ergebnis:       mit 6 Ja-Stimmen und 2 Enthaltungen empfohlen\n\n"
    "    Gremium:        Gemeinderat\n"
    "    Termin:         28.09.2027, 18:00 Uhr, öffentlich\n"
    "    Zuständigkeit:  Beschlussfassung\n"
    "    Ergebnis:       –\n\n"
)

RESULT_LINES = (
    "Beratungsfolge / bisherige Beratungsergebnisse\n"
    "06.09.2027   Seniorenbeirat der Stadt Ravensburg (öffentlich):\n"
    "             mehrheitlich befürwortet\n"
    "13.09.2027   Ausschuss für Kultur, Sport und Freizeit (öffentlich):\n"
    "             ohne Gegenstimmen befürwortet\n"
    "21.09.2027   Verwaltungsausschuss (nichtöffentlich): Vorberatung\n"
    "05.10.2027   Gemeinderat (öffentlich): Beschluss\n\n"
)

NUMBERED = (
    "Behandlung\n"
    "  1.  Vorberatung im Ausschuss für Umwelt und Stadtgrün\n"
    "      des Ortsbeirats Nord am Dienstag, 7. September 2027\n"
    "  2.  Beschlussfassung im Ortsbeirat Nord in öffentlicher Sitzung\n"
    "      am Dienstag, 21. September 2027\n\n"
)


def test_a_sentence_about_the_draft() -> None:
    """The roles go back over the bodies coordinated before them; the hyphen across the lines joins the
    body's halves; the district's own body is named without "des Kreises"."""
    assert rows(SENTENCE) == [
        ("Ausschuss für Umwelt, Verkehr und Klima", "2027-09-14", "preliminary", None),
        ("Ausschuss für Jugend und Familie", "2027-09-15", "preliminary", None),
        ("Verwaltungsausschuss", "2027-09-22", "preliminary", False),
        ("Kreistag", "2027-10-06", "decision", None),
        ("Seniorenbeirat", "2027-09-09", None, None),
    ]


def test_stacked_blocks_with_results() -> None:
    assert [(b, d, p) for b, d, _, p in rows(BLOCKS)] == [
        ("Ortsbeirat Kirchheim", "2027-09-07", None),
        ("Bau- und Umweltausschuss", "2027-09-14", False),
        ("Gemeinderat", "2027-09-28", True),
    ]
    assert [r for _, _, r, _ in rows(BLOCKS)][1:] == ["preliminary", "decision"]


def test_lines_led_by_the_date_with_results() -> None:
    assert rows(RESULT_LINES) == [
        ("Seniorenbeirat der Stadt Ravensburg", "2027-09-06", None, True),
        ("Ausschuss für Kultur, Sport und Freizeit", "2027-09-13", None, True),
        ("Verwaltungsausschuss", "2027-09-21", "preliminary", False),
        ("Gemeinderat", "2027-10-05", "decision", True),
    ]


def test_numbered_lines_with_the_role_first() -> None:
    assert rows(NUMBERED) == [
        ("Ausschuss für Umwelt und Stadtgrün des Ortsbeirats Nord", "2027-09-07", "preliminary", None),
        ("Ortsbeirat Nord", "2027-09-21", "decision", True),
    ]


NEAR_MISSES = [
    pytest.param(
        "Sachverhalt:\nDer Entwurf des Nahverkehrsplans wird dem Kreistag am 06.10.2027 zur Beschlussfassung\n"
        "vorgelegt; die Verwaltung berichtet dazu.\n\n",
        id="the-draft-of-another-plan",
    ),
    pytest.param(
        "Sachverhalt:\nDer Kreistag hat am 06.10.2026 den Entwurf des Leitbilds beschlossen.\n\n",
        id="an-earlier-decision-on-a-draft",
    ),
    pytest.param(
        "Zeitplan\n\n    Termin:    15.09.2027\n    Ergebnis:  Auftaktveranstaltung\n\n"
        "    Termin:    20.10.2027\n    Ergebnis:  Werkstatt mit Jugendlichen\n\n",
        id="blocks-of-dates-and-results-without-a-body",
    ),
    pytest.param(
        "Zeitplan\n15.09.2027   Auftaktveranstaltung (öffentlich): Rathaus\n"
        "20.10.2027   Werkstatt Jugend (öffentlich): Jugendhaus\n\n",
        id="a-timetable-of-dated-lines-with-colons",
    ),
    pytest.param(
        "Protokoll\n12.05.2027   Der Ausschuss (öffentlich): vertagt\n19.05.2027   Der Rat (öffentlich): vertagt\n\n",
        id="dated-lines-of-minutes-with-an-article",
    ),
    pytest.param(
        "Ablauf\n  1.  Vorberatung im Team am Montag, 6. September 2027\n"
        "  2.  Beschlussfassung im Steuerungskreis am Montag, 4. Oktober 2027\n\n",
        id="numbered-steps-of-groups-that-are-no-bodies",
    ),
    pytest.param(
        "Ablauf\n  1.  Beschlussfassung im Gemeinderat am 12.05.2027 über den Haushalt und die\n"
        "      Stellenpläne der Eigenbetriebe.\n\n",
        id="a-numbered-sentence-going-on-after-its-date",
    ),
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_yield_nothing(text: str) -> None:
    assert rows(text) == []


def _spaced(text: str) -> str:
    """The text with a blank line between any two lines, as pdfminer.six sets a page's lines."""
    return "\n\n".join(line.strip() for line in text.split("\n"))


@pytest.mark.parametrize("text", [RESULT_LINES, NUMBERED, BLOCKS], ids=["result-lines", "numbered", "blocks"])
def test_blank_lines_between_all_lines(text: str) -> None:
    """A blank line between any two lines parts no row from its result or its wrapped rest."""
    assert rows(_spaced(text)) == rows(text)


# the sentence as a PDF's text layer breaks it: short lines, a date or a body's half alone on one
BROKEN_SENTENCE = (
    "Beratungsfolge:\n"
    "Der Entwurf wird dem Ausschuss für Umwelt, Verkehr und Klima am\n"
    "14.09.2027 und\n"
    "dem Ausschuss für Jugend und Familie am 15.09.2027 zur Vorberatung, dem\n"
    "Verwaltungs-\n"
    "ausschuss am 22.09.2027 in nichtöffentlicher Sitzung zur Vorberatung sowie dem\n"
    "Kreistag am\n"
    "06.10.2027 zur Beschlussfassung vorgelegt.\n\n"
)


def test_a_sentence_broken_into_short_lines_is_no_table() -> None:
    """A date, a status and a role on one line of the sentence and a body on the next read as a table's
    row ("Kreistag" on the Verwaltungsausschuss's date): the sentence gives the meetings instead."""
    assert rows(BROKEN_SENTENCE) == rows(SENTENCE)[:4]


# a date-led table without a sentence, "beschlossen" in its first row and the paper asking for a decision
# under it: its lines read as one sentence name two meetings, fewer than its rows
DATE_LED_PAPER = (
    "Bezirksamt Pankow von Berlin                              Drucksache DS/0417/IX\n"
    "Abteilung Soziales und Gesundheit                         Datum: 27.05.2026\n"
    "Büro für Teilhabe\n\n"
    "Vorlage zur Beschlussfassung\nfür die Bezirksverordnetenversammlung\n\n"
    "Beratungsfolge:\n"
    "Datum        Gremium                                         Sitzungsart   Beschlussart\n"
    "03.06.2026   Bezirksamt Pankow                               N             beschlossen\n"
    "18.06.2026   Ausschuss für Soziales, Gesundheit              Ö\n"
    "             und Gleichstellung\n"
    "02.07.2026   Bezirksverordnetenversammlung Pankow            Ö\n\n"
    "Gegenstand der Vorlage:\nTeilhabeprogramm Pankow 2026–2028\n\n"
    "Die Bezirksverordnetenversammlung wird um ihren Beschluss über diese Vorlage gebeten:\n\n"
    "Die Bezirksverordnetenversammlung stimmt dem Teilhabeprogramm 2026–2028 zu.\n"
)


def test_a_table_whose_lines_name_fewer_meetings_as_a_sentence_stays_a_table() -> None:
    """The rows of a table stay its rows where its lines, read as one sentence, name fewer meetings."""
    doc = document(DATE_LED_PAPER)
    assert [(r.body, r.meeting_date, r.public) for r in extract(doc, load_resources(), view(doc))] == [
        ("Bezirksamt Pankow", "2026-06-03", False),
        ("Ausschuss für Soziales, Gesundheit und Gleichstellung", "2026-06-18", True),
        ("Bezirksverordnetenversammlung Pankow", "2026-07-02", True),
    ]
