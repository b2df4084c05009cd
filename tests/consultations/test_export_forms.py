"""Beratungsfolgen as export tools set the forms of whole submissions: a plural compound over the
bodies' column, a running head naming the paper's lettered number after a page break, a sentence
right under a table of dates, pdfminer.six boxes that cross, header fields run in above a row, a
place's column beside the bodies', a column of resolution numbers, column words set after the rows,
marks column by column. Every text is invented."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations import extract
from pipeline.document import Document
from pipeline.structure import view

Fact = tuple[str, "str | None", "str | None"]  # body, meeting date, role


def facts(text: str) -> list[Fact]:
    doc = Document.from_pages("x", "x", "x", [(page, "plain_text", None) for page in text.split("\f")])
    return [(r.body, r.meeting_date, r.role) for r in extract(doc, load_resources(), view(doc))]


CASES = [
    (  # the bodies' column headed by a plural compound, weekday dates with the month's name
        "plural-compound-bodies-column",
        "Beratungsfolge\n Beratungsgremien          Sitzungstag                  Zuständigkeit\n"
        "Werkausschuss             Dienstag, 7. April 2026      Vorberatung\n"
        "Gemeinderat               Freitag, 24. April 2026      Beschluss\n",
        [("Werkausschuss", "2026-04-07", "preliminary"), ("Gemeinderat", "2026-04-24", "decision")],
    ),
    (  # ... one cell per line
        "plural-compound-one-cell-per-line",
        "Beratungsfolge\nBeratungsgremien\n\nSitzungstag\n\nZuständigkeit\n\nWerkausschuss\n\n"
        "Dienstag, 7. April 2026\n\nVorberatung\n\nGemeinderat\n\nFreitag, 24. April 2026\n\nBeschluss\n\n"
        "Der Gemeinderat beschließt den Wirtschaftsplan.\n",
        [("Werkausschuss", "2026-04-07", "preliminary"), ("Gemeinderat", "2026-04-24", "decision")],
    ),
    (  # a running head naming the paper's number led by letters, after the page break inside the table
        "running-head-lettered-number",
        "Stadt Kleeberg\nBeschlussvorlage\nVorlage Nr. SV/2022/311\nDatum: 01.09.2022\n\nBeratungsfolge\n"
        " Gremium                          Datum            Zuständigkeit\n"
        "Ausschuss für Schulen und Sport   08.09.2022       Vorberatung\n\n\nSeite 1 von 2\f"
        "Vorlage SV/2022/311\n\n"
        "Stadtrat                          22.09.2022       Entscheidung\n\n"
        "Der Stadtrat beschließt die Schulentwicklungsplanung.\n",
        [("Ausschuss für Schulen und Sport", "2022-09-08", "preliminary"), ("Stadtrat", "2022-09-22", "decision")],
    ),
    (  # ... cells one per line, the head right after the break
        "running-head-lettered-number-cells",
        "Stadt Kleeberg\nBeschlussvorlage\nVorlage Nr. SV/2022/311\nDatum: 01.09.2022\n\nBeratungsfolge\n"
        "Gremium\nDatum\nZuständigkeit\nAusschuss für Schulen und Sport\n08.09.2022\nVorberatung\n"
        "Seite 1 von 2\fVorlage SV/2022/311\nStadtrat\n22.09.2022\nEntscheidung\n"
        "Der Stadtrat beschließt die Schulentwicklungsplanung.\n",
        [("Ausschuss für Schulen und Sport", "2022-09-08", "preliminary"), ("Stadtrat", "2022-09-22", "decision")],
    ),
    (  # a table of people and dates right above a sentence about the submission: its dates are no meeting's
        "sentence-under-a-table-of-dates",
        "Ansprechpartner\n Name                 Aufgabe              gültig\n"
        "Wiebke Sandhofer     Schulsozialarbeit    ab 01.10.2024\n"
        "Till Ostermeyer      Jugendpflege         ab 15.10.2024\n"
        "Der Jugendhilfeausschuss nimmt die Mitteilung zur Kenntnis.\n",
        [],
    ),
    (  # ... one cell per line, as pypdf gives it
        "sentence-under-cells-of-dates",
        "Ansprechpartner\nName\nAufgabe\ngültig\nWiebke Sandhofer\nSchulsozialarbeit\nab 01.10.2024\n"
        "Till Ostermeyer\nJugendpflege\nab 15.10.2024\nDer Jugendhilfeausschuss nimmt die Mitteilung zur Kenntnis.\n",
        [],
    ),
    (  # pdfminer.six boxes whose names and dates cross: a later name beside an earlier date, nothing paired wrong;
        # the roles' column set in two boxes, each column's cells in order, as many as the dates: one each in order
        "crossing-boxes-role-first",
        "Beratungsfolge\nZuständigkeit\n\nVorberatung\n\nVorberatung\n\nGremium\n\nSitzungstermin\n\n"
        "Ausschuss für Kultur und Tourismus\n\n02.06.2025 18:00 Uhr\n\nFinanzausschuss\n\nEntscheidung\n\n"
        "Stadtrat\n\n10.06.2025 17:00 Uhr\n\n26.06.2025 17:00 Uhr\n\n"
        "Der Stadtrat beschließt das Kulturkonzept.\n",
        [
            ("Ausschuss für Kultur und Tourismus", "2025-06-02", "preliminary"),
            ("Finanzausschuss", "2025-06-10", "preliminary"),
            ("Stadtrat", "2025-06-26", "decision"),
        ],
    ),
    (  # header fields of a second column run in under the heading: a label and a reference are no body
        "header-fields-run-in",
        "Beratungsfolge\nGremium\n\nDatum:\nGeschäftszeichen:\n\n14.02.2025\n32.1-07\n\nSitzung am\n\n"
        "Zuständigkeit\n\nAusschuss für Ordnung und Sicherheit\n\n25.02.2025\n\nVorberatung\n\n"
        "Stadtrat\n\n13.03.2025\n\nEntscheidung\n\nDer Stadtrat beschließt die Gefahrenabwehrverordnung.\n",
        [("Ausschuss für Ordnung und Sicherheit", "2025-02-25", "preliminary"), ("Stadtrat", "2025-03-13", "decision")],
    ),
    (  # a place's column after the bodies', set apart by gaps
        "place-column-gaps",
        "Beratungsfolge\n Datum          Uhrzeit     Gremium                          Sitzungsort\n"
        "03.11.2025     19:00       Ortsbeirat Lindenhof             Gemeindehaus, Saal 2\n"
        "12.11.2025     18:30       Stadtrat                         Rathaus, Großer Saal\n",
        [("Ortsbeirat Lindenhof", "2025-11-03", None), ("Stadtrat", "2025-11-12", None)],
    ),
    (  # ... one cell per line
        "place-column-one-per-line",
        "Beratungsfolge\nDatum\nUhrzeit\nGremium\nSitzungsort\n03.11.2025\n19:00\nOrtsbeirat Lindenhof\n"
        "Gemeindehaus, Saal 2\n12.11.2025\n18:30\nStadtrat\nRathaus, Großer Saal\n"
        "Der Stadtrat beschließt die Satzung.\n",
        [("Ortsbeirat Lindenhof", "2025-11-03", None), ("Stadtrat", "2025-11-12", None)],
    ),
    (  # a sentence that ends before a blank line: the dates a tool set after it are not its own
        "sentence-before-a-column-of-dates",
        "Ansprechpartner\nName\n\nWiebke Sandhofer\n\nTill Ostermeyer\n\nAufgabe\n\nSchulsozialarbeit\n\n"
        "Jugendpflege\n\nDer Jugendhilfeausschuss nimmt die Mitteilung zur Kenntnis.\n\ngültig\n\n"
        "ab 01.10.2024\n\nab 15.10.2024\n",
        [],
    ),
    (  # a column of resolution numbers after the roles, one cell per line: its word is no role
        "resolution-numbers-one-per-line",
        "Beratungsfolge\nGremium\n\nDatum\n\nZuständigkeit\n\nBeschluss-Nr.\n\nPersonalausschuss\n\n"
        "06.05.2025\n\nVorberatung\n\nPA/25/009\n\nKreistag\n\n19.05.2025\n\nEntscheidung\n\nKT/25/062\n\n"
        "Der Kreistag beschließt den Stellenplan.\n",
        [("Personalausschuss", "2025-05-06", "preliminary"), ("Kreistag", "2025-05-19", "decision")],
    ),
    (  # column words set after the rows, their cells under them: every row's, none given to the last row
        "column-words-after-the-rows",
        "Beratungsfolge\nGremium\n\nDatum\n\nBauausschuss\n\n04.11.2025\n\nGemeinderat\n\n18.11.2025\n\n"
        "ö\n\nnö\n\nZuständigkeit\n\nx\n\nVorberatung\n\nx\n\n"
        "Der Gemeinderat beschließt die Satzung.\n",
        [("Bauausschuss", "2025-11-04", None), ("Gemeinderat", "2025-11-18", None)],
    ),
    (  # column by column, the marks under "ö" and "nö" a block of their own: the roles after them pair
        "marks-column-by-column",
        "Beratungsfolge\nGremium\n\nBauausschuss\n\nGemeinderat\n\nDatum\n\n04.11.2025\n\n18.11.2025\n\n"
        "nö\n\nx\n\nö\n\nx\n\nZuständigkeit\n\nVorberatung\n\nEntscheidung\n\n"
        "Der Gemeinderat beschließt die Satzung.\n",
        [("Bauausschuss", "2025-11-04", "preliminary"), ("Gemeinderat", "2025-11-18", "decision")],
    ),
    (  # the header's column words one per line, each row's cells under them; budget lines after the table
        "budget-lines-after-cells",
        "Gremium\nSitzung am\nBeratung\nAusschuss für Umwelt und Klima\n03.03.2026\nöffentlich\n"
        "Rat der Stadt Grünhagen\n19.03.2026\nöffentlich\n"
        "Betroffene Haushaltsstellen (Bezeichnung der Konten im Haushalt)\n"
        "12.04.03 – Zuschüsse an Träger\n12.05.01 – Pflege der Grünanlagen\n",
        [("Ausschuss für Umwelt und Klima", "2026-03-03", None), ("Rat der Stadt Grünhagen", "2026-03-19", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_export_form(text: str, expected: list[Fact]) -> None:
    assert facts(text) == expected
