"""Beratungsfolgen as pdfminer.six (and, where said, pdftotext) sets the tables of a plain or print
layout, with invented wordings: each printed row on a line of its own with a blank line after it and
a wrapped name's rest alone after the blank line; a row's line set justified, its last cell cut by a
hyphen; the table's left columns (their column words, then their cells one a line) and its right ones
set apart by the text after the table; the first row's name set late in a box of its own; a name that
ends open going on below other columns' cells; a head form's labels and values set among the table's
column words. Each form is read by the kinds of its cells, and a form whose grounds are broken pairs
nothing."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations import extract
from pipeline.structure import view
from tests.helpers import document

Fact = tuple[str, "str | None", "str | None", "bool | None"]


def _facts(text: str) -> list[Fact]:
    doc = document(text, doc_id="x", source_path="x.txt")
    found = list(extract(doc, load_resources(), view(doc)))
    for rec in found:
        assert doc.text[rec.span.start : rec.span.end] == rec.span.snippet
    return sorted((r.body, r.meeting_date, r.role, r.public) for r in found)


# rows apart by blank lines, a name's rest alone after the blank line: a link word's rest, a short form
REST_APART = """Beratungsfolge:

Gremium Sitzungstermin Ö/N Zuständigkeit

Ausschuss für Kultur, Sport Mo, 03.02.2025 17:00 Uhr Ö Vorberatung

und Freizeit

Werkausschuss Beispielhausen Di, 11.02.2025 16:00 Uhr N Vorberatung

Gemeinderat Beispielhausen Do, 20.02.2025 18:00 Uhr Ö Entscheidung

Begründung:

Die Gemeinde hat im vergangenen Jahr drei neue Sporthallen in Betrieb genommen.
"""
SHORT_FORM_APART = """Beratungsreihenfolge:

Nr. Gremium Datum Art der Behandlung

1 Hauptausschuss (HA) 04.03.2025 Vorberatung

2 Ausschuss für Umwelt, Bauen und Verkehr 11.03.2025 Vorberatung

(UBV)

3 Rat der Stadt Musterstadt (Rat) 25.03.2025 Beschlussfassung

Beschlussvorschlag:

Der Rat beschließt die Satzung in der anliegenden Fassung.
"""
# a row's line set justified (every gap two spaces), its status cut by a hyphen onto the next line
JUSTIFIED_CUT = """Beratungsfolge Termin Zuständigkeit Sitzungsart

Ortsbeirat  Nordheim  Mo  10.03.2025  18:00  Anhörung  öf-
fentlich

Stadtrat  Musterstadt  Do  27.03.2025  18:30  Entscheidung  öf-
fentlich

Betreff

Neubau der Grundschule Nordheim
"""
# the left columns' words and cells, then the text after the table, then the right columns'
TWO_GROUPS = """Beratungsfolge

Gremium

Sitzung

Ausschuss für
Bildung und
Kultur

Sitzung des
Ausschusses für
Bildung und Kultur

Gemeinderat
Beispielhausen

Sitzung des
Gemeinderates

Sachverhalt

Sitzungsdatum ö /
nö

Beratungstyp

07.04.2025

ö

vorberatend

15.04.2025

nö

beschließend

Die Gemeinde betreibt zwei Grundschulen und eine Mittelschule mit insgesamt 540 Schülern.
"""
TWO_GROUPS_LABELLED = """Beratungsfolge:

Nr. Gremium

1

2

Bauausschuss

Stadtrat Musterstadt

Beschlussvorschlag:

Der Stadtrat beschließt:

Sitzung am Sitzungsart

Beschlussart

12.05.2025

öffentlich

vorberatend

26.05.2025

öffentlich

beschließend

1. Die Verwaltung wird beauftragt, die Planung bis zum Jahresende vorzulegen und die Kosten zu ermitteln.
"""
# the first row's name late, under its column word, beside its role; the later rows' names beside their dates
FIRST_ROW_LATE = """Beratungsfolge:
Datum
Mo, 02.06.2025
Di, 10.06.2025 Hauptausschuss
Do, 26.06.2025 Kreistag

Gremium
Ausschuss für Schule, Kultur und Sport Vorberatung
Vorberatung
Entscheidung

Zuständigkeit

Betreff:
Schulentwicklungsplan des Landkreises
"""
# a name that ends open, the row's agenda item and role on lines of their own, then the name's rest
OPEN_NAME_BELOW_CELLS = """Beratungsfolge:

Status Sitzungstermin

Gremium

TOP Zuständigkeit

Mo., 12.05.2025, 17:00 Uhr Beirat für Senioren und

4

Anhörung

Menschen mit Behinderung

Di., 20.05.2025, 14:00 Uhr Ausschuss für Umwelt,

7.1 Vorberatung

Klima,
Energie und Mobilität

Di., 03.06.2025, 09:30 Uhr Kreistag

12

Entscheidung

Antrag:
Der Kreistag beschließt den Aktionsplan.
"""

# a head form's labels and values set among the table's column words (pdftotext, the boxed print layout)
FORM_IN_HEAD = """Beratungsfolge

Termin

Drucksache
Nr.

0412/2024/DS

Datum

03.03.2024

Bearbeiter

Muster, Erika

Zuständigkeit

Bau- und
12.03.2024
Umweltausschuss

Vorberatung

Stadtrat Beispielhausen

26.03.2024

Entscheidung

Betreff:
Neubau der Feuerwache
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            REST_APART,
            [
                ("Ausschuss für Kultur, Sport und Freizeit", "2025-02-03", "preliminary", True),
                ("Gemeinderat Beispielhausen", "2025-02-20", "decision", True),
                ("Werkausschuss Beispielhausen", "2025-02-11", "preliminary", False),
            ],
        ),
        (
            SHORT_FORM_APART,
            [
                ("Ausschuss für Umwelt, Bauen und Verkehr (UBV)", "2025-03-11", "preliminary", None),
                ("Hauptausschuss (HA)", "2025-03-04", "preliminary", None),
                ("Rat der Stadt Musterstadt (Rat)", "2025-03-25", "decision", None),
            ],
        ),
        (
            JUSTIFIED_CUT,
            [
                ("Ortsbeirat Nordheim", "2025-03-10", "deliberation", True),
                ("Stadtrat Musterstadt", "2025-03-27", "decision", True),
            ],
        ),
        (
            TWO_GROUPS,
            [
                ("Ausschuss für Bildung und Kultur", "2025-04-07", "preliminary", True),
                ("Gemeinderat Beispielhausen", "2025-04-15", "decision", False),
            ],
        ),
        (
            TWO_GROUPS_LABELLED,
            [
                ("Bauausschuss", "2025-05-12", "preliminary", True),
                ("Stadtrat Musterstadt", "2025-05-26", "decision", True),
            ],
        ),
        (
            FIRST_ROW_LATE,
            [
                ("Ausschuss für Schule, Kultur und Sport", "2025-06-02", "preliminary", None),
                ("Hauptausschuss", "2025-06-10", "preliminary", None),
                ("Kreistag", "2025-06-26", "decision", None),
            ],
        ),
        (
            OPEN_NAME_BELOW_CELLS,
            [
                ("Ausschuss für Umwelt, Klima, Energie und Mobilität", "2025-05-20", "preliminary", None),
                ("Beirat für Senioren und Menschen mit Behinderung", "2025-05-12", "deliberation", None),
                ("Kreistag", "2025-06-03", "decision", None),
            ],
        ),
        (
            FORM_IN_HEAD,
            [
                ("Bau- und Umweltausschuss", "2024-03-12", "preliminary", None),
                ("Stadtrat Beispielhausen", "2024-03-26", "decision", None),
            ],
        ),
    ],
    ids=[
        "rest-apart",
        "short-form-apart",
        "justified-cut",
        "two-groups",
        "two-groups-labelled",
        "first-row-late",
        "open-name-below-cells",
        "form-in-head",
    ],
)
def test_pdfminer_tables(text: str, want: list[Fact]) -> None:
    assert _facts("BESCHLUSSVORLAGE\n\n" + text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a name more in the left group than dates in the right: the groups do not pair
        TWO_GROUPS_LABELLED.replace("Bauausschuss\n", "Bauausschuss\n\nSozialausschuss\n"),
        # the first row's name late, but a line that ties the first date to the second name: the rows cross
        FIRST_ROW_LATE.replace(
            "Mo, 02.06.2025\nDi, 10.06.2025 Hauptausschuss", "Mo, 02.06.2025 Hauptausschuss\nDi, 10.06.2025"
        ),
    ],
    ids=["two-groups-uneven", "first-row-late-crossed"],
)
def test_pdfminer_tables_that_do_not_pair(text: str) -> None:
    """Where the form's grounds are broken, no row pairs a name with another row's date."""
    got = _facts("BESCHLUSSVORLAGE\n\n" + text)
    wrong = {("Sozialausschuss", "2025-05-26"), ("Bauausschuss", "2025-05-26"), ("Hauptausschuss", "2025-06-10")}
    assert not wrong & {g[:2] for g in got}, got
