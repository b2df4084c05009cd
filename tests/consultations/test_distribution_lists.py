"""A Beratungsfolge given only as a distribution list ("Verteiler"): a cover sheet's check-box lines, the body and
the bracketed role and status each wrapped in its column; a cover letter's numbered entries naming the bodies in
the genitive, the sitting on the line under each; a "nachrichtlich:" list of copies after them, which goes to no
meeting. And a result's tally under a row of a stacked Beratungsfolge, which costs the next row no status."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations.distribution import _nominative
from extractors.consultations.misses import misses
from extractors.consultations.vocab import vocab
from pipeline.structure import view
from tests.consultations.test_consultations import run

SHEET = (
    "VORLAGENBEGLEITBLATT\n\n"
    "Vorlage Nr.:    4-031/2028\n"
    "Gegenstand:     Neubau der Grundschule\n\n"
    "Verteiler (in der Reihenfolge der Beratung):\n"
    "  ☐ Schulträgerausschuss                     Sitzung am 14.02.2028 (Vorberatung, öffentlich)\n"
    "  ☐ Ausschuss für Bauen, Umwelt und          Sitzung am 21.02.2028 (Vorberatung,\n"
    "    Verkehr                                  öffentlich)\n"
    "  ☐ Verbandsgemeindeausschuss                Sitzung am 28.02.2028 (Vorberatung,\n"
    "                                             nichtöffentlich)\n"
    "  ☐ Verbandsgemeinderat                      Sitzung am 13.03.2028 (Beschluss, öffentlich)\n\n"
    "nachrichtlich:  Fachbereich 1 (Finanzen), Rechnungsprüfungsamt, Personalrat\n\n"
    "Beschlussvorschlag:\nDer Verbandsgemeinderat beschließt den Neubau.\n"
)
SHEET_ROWS = [
    ("Schulträgerausschuss", "2028-02-14", "preliminary", True),
    ("Ausschuss für Bauen, Umwelt und Verkehr", "2028-02-21", "preliminary", True),
    ("Verbandsgemeindeausschuss", "2028-02-28", "preliminary", False),
    ("Verbandsgemeinderat", "2028-03-13", "decision", True),
]

LETTER = (
    "Sehr geehrte Damen und Herren,\n\n"
    "anbei erhalten Sie die Beschlussvorlage Nr. 0112/2028 zur Beratung in den nachstehend genannten Gremien.\n\n"
    "Verteiler:\n"
    "  1. Mitglieder des Ortschaftsrates Nordheide\n"
    "     – zur Anhörung in der Sitzung am Montag, 07.02.2028 (öffentlich)\n"
    "  2. Mitglieder des Ausschusses für Wirtschaft, Tourismus und Ordnung\n"
    "     – zur Vorberatung in der Sitzung am Mittwoch, 16.02.2028 (öffentlich)\n"
    "  3. Mitglieder des Haupt- und Vergabeausschusses\n"
    "     – zur Vorberatung in der Sitzung am Donnerstag, 24.02.2028 (nichtöffentlich)\n"
    "  4. Mitglieder des Stadtrates\n"
    "     – zur Beschlussfassung in der Sitzung am Mittwoch, 08.03.2028 (öffentlich)\n\n"
    "nachrichtlich: Fraktionen, Pressestelle\n\n"
    "Mit freundlichen Grüßen\n\n"
    "Beschlussvorlage Nr. 0112/2028\n\nBeratungsfolge: siehe Verteiler im Anschreiben vom 20.01.2028\n\n"
    "Beschlussvorschlag:\nDer Stadtrat beschließt die Satzung.\n"
)
LETTER_ROWS = [
    ("Ortschaftsrat Nordheide", "2028-02-07", "deliberation", True),
    ("Ausschuss für Wirtschaft, Tourismus und Ordnung", "2028-02-16", "preliminary", True),
    ("Haupt- und Vergabeausschuss", "2028-02-24", "preliminary", False),
    ("Stadtrat", "2028-03-08", "decision", True),
]


def _rows(text: str) -> list[tuple[str, str | None, str | None, bool | None]]:
    return [(r.body, r.meeting_date, r.role, r.public) for r in run(text)[1]]


def _closed(text: str) -> str:
    """As a PDF's text sets it: every line at the margin, its gaps closed to one blank."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


@pytest.mark.parametrize("text,expected", [(SHEET, SHEET_ROWS), (LETTER, LETTER_ROWS)], ids=["sheet", "letter"])
def test_distribution_list_read_as_the_beratungsfolge(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize("text,expected", [(SHEET, SHEET_ROWS), (LETTER, LETTER_ROWS)], ids=["sheet", "letter"])
def test_distribution_list_with_gaps_closed(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    """The columns gone, the words closing the sitting's bracket on a wrapped line are still the sitting's."""
    assert _rows(_closed(text)) == expected


def test_status_word_hyphenated_across_lines() -> None:
    text = SHEET.replace("(Vorberatung, öffentlich)\n", "(Vorberatung, öf-\n    fentlich)\n", 1)
    assert _rows(_closed(text))[0] == SHEET_ROWS[0]


def test_copies_and_offices_are_no_meetings() -> None:
    """A "Verteiler" of offices without sittings, and the copies after a Beratungsfolge, give no row."""
    offices = "Verteiler:\n  1. Fachbereich Finanzen\n  2. Rechnungsprüfungsamt\n  3. Stadtrat (zur Kenntnis)\n\nText."
    assert _rows(offices) == []
    copies = "nachrichtlich:\n  1. Ortsrat Süd – Sitzung am 07.02.2028\n\nText.\n"
    assert _rows(copies) == []


def test_entry_naming_no_body_is_none() -> None:
    text = "Verteiler:\n  1. Pressestelle\n     – zur Information am Montag, 07.02.2028\n\nText.\n"
    assert _rows(text) == []


def test_unticked_box_is_no_meeting() -> None:
    """Where some boxes are ticked, a body behind an empty one is not taken."""
    text = SHEET.replace("☐ Schulträgerausschuss", "☒ Schulträgerausschuss").replace(
        "☐ Verbandsgemeinderat", "☒ Verbandsgemeinderat"
    )
    assert [r[0] for r in _rows(text)] == ["Schulträgerausschuss", "Verbandsgemeinderat"]


@pytest.mark.parametrize(
    "phrase,name",
    [
        ("Mitglieder des Haupt- und Finanzausschusses", "Haupt- und Finanzausschuss"),
        ("des Jugendhilfeausschusses", "Jugendhilfeausschuss"),
        ("Mitglieder der Stadtverordnetenversammlung", "Stadtverordnetenversammlung"),
        ("Sitzung des Ortsbeirates Mitte", "Ortsbeirat Mitte"),
        # a body's own genitive attribute stays: the head word stands before it
        ("Rat der Stadt Musterhausen", "Rat der Stadt Musterhausen"),
        ("Bezirksausschuss des 3. Stadtbezirkes", "Bezirksausschuss des 3. Stadtbezirkes"),
        # no body after the article: left as it is
        ("Mitglieder der Verwaltung", "Mitglieder der Verwaltung"),
    ],
)
def test_genitive_body_in_the_nominative(phrase: str, name: str) -> None:
    assert _nominative(phrase, vocab(load_resources())) == name


TALLY = (
    "Beratungsfolge:\n\n"
    "Datum       Gremium / Status / Zuständigkeit\n"
    "─────────── ─────────────────────────────────\n"
    "03.02.2028  Seniorenbeirat\n"
    "            Ö · Empfehlung\n"
    "            Ergebnis: einstimmig empfohlen\n"
    "            (7 Ja / 0 Nein / 1 Enth.)\n"
    "10.02.2028  Ausschuss für Soziales,\n"
    "            Sport und Kultur\n"
    "            Ö · Vorberatung\n"
    "24.02.2028  Gemeinderat\n"
    "            N · Entscheidung\n\n"
    "Beschlussvorschlag:\nDer Gemeinderat beschließt.\n"
)
TALLY_ROWS = [
    ("Seniorenbeirat", "2028-02-03", "preliminary", True),
    ("Ausschuss für Soziales, Sport und Kultur", "2028-02-10", "preliminary", True),
    ("Gemeinderat", "2028-02-24", "decision", False),
]


@pytest.mark.parametrize("closed", [False, True], ids=["gaps", "closed"])
def test_tally_under_a_row_costs_the_next_row_nothing(closed: bool) -> None:
    """A meeting's result and its tally under the row's status line are no cell of the next row: that row's
    status and role, under its wrapped name, are still its own; with the gaps closed, the stacked column's
    header ("Gremium / Status / Zuständigkeit") is one column still."""
    assert _rows(_closed(TALLY) if closed else TALLY) == TALLY_ROWS


def test_spilled_role_over_a_row_is_no_tally() -> None:
    """The near miss: a role's words over a row ("Beratung und") may be a role cell centred on that row, so
    the status line under its wrapped name is not given to it: the row stays without, rather than wrong."""
    text = TALLY.replace("            (7 Ja / 0 Nein / 1 Enth.)\n", "            Beratung und\n")
    assert _rows(text)[1] == ("Ausschuss für Soziales, Sport und Kultur", "2028-02-10", None, None)


def test_spoilt_date_keeps_the_meeting_undated_and_flagged() -> None:
    """A date whose digits a scan spoilt ("l6.O2.2O28") keeps its entry's meeting without a date, which the review
    flags; an entry with neither a date nor a spoilt one (an office's copy) stays no meeting."""
    spoilt = LETTER.replace("16.02.2028", "l6.O2.2O28")
    rows = _rows(spoilt)
    assert rows[1] == ("Ausschuss für Wirtschaft, Tourismus und Ordnung", None, "preliminary", True)
    assert [r for k, r in enumerate(rows) if k != 1] == [r for k, r in enumerate(LETTER_ROWS) if k != 1]
    doc, records = run(spoilt)
    assert "consultation_date_unread" in {m.reason for m in misses(doc, records, load_resources(), view(doc))}
    undated = LETTER.replace("am Mittwoch, 16.02.2028", "nach Einladung")
    assert [r[0] for r in _rows(undated)] == [r[0] for k, r in enumerate(LETTER_ROWS) if k != 1]
