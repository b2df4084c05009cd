"""A Beratungsfolge table with a column of the legal basis of each body's dealing with the paper: a paragraph of
the municipal code or the council's statutes a row ("§ 94 I NKomVG", "§ 57 Abs. 2 GO NRW i. V. m. § 6 Nr. 7
ZustO"), wrapped over lines, its column word a footnote's ("Befassung¹") explained in a legend under the table.
Set out by gaps, and single-spaced as a PDF's text layer gives it: the citations are no words of a body's name and
no rows; a body's name and its status may both wrap. Every case is invented: other towns, other bodies, other
paragraphs, the same forms; the near misses give nothing or no more."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations import extract
from pipeline.structure import view
from pipeline.structure.tokens import legal_references
from tests.helpers import document

HEAD = "BESCHLUSSVORLAGE\nVorlage Nr.: 0311/2026\nDatum: 02.03.2026\n\nBetreff: Leitbild Teilhabe\n\n"
TAIL = "\nBeschlussvorschlag:\nDer Rat beschließt das Leitbild.\n"
Row = tuple[str, str, "str | None", "bool | None"]


def rows(text: str) -> list[Row]:
    doc = document(HEAD + text + TAIL)
    return [(r.body, r.meeting_date or "", r.role, r.public) for r in extract(doc, load_resources(), view(doc))]


def bodies(text: str) -> list[tuple[str, str]]:
    return [(body, date) for body, date, _, _ in rows(text)]


CODES = [("Ortsrat Nordheide", "2026-03-16"), ("Sozialausschuss", "2026-03-19"), ("Rat der Stadt Wesel", "2026-04-02")]
CODED = [
    pytest.param(
        "Befassung der Organe\n\n"
        "  Organ                     Befassung¹        Termin                 Öffentlichkeit\n"
        "  ───────────────────────   ───────────────   ────────────────────   ──────────────\n"
        "  Ortsrat Nordheide         § 94 I NKomVG     Mo 16.03.2026 19:00    öffentlich\n"
        "  Sozialausschuss           § 71 I NKomVG     Do 19.03.2026 17:00    nicht öffentlich\n"
        "                                                                     (§ 72 II NKomVG)\n"
        "  Rat der Stadt Wesel       § 58 I NKomVG     Do 02.04.2026 17:00    öffentlich\n\n"
        "  ¹ § 94 I      = Anhörung des Ortsrates\n"
        "    § 71 I      = Vorberatung im Fachausschuss\n"
        "    § 58 I      = Beschluss des Rates\n",
        id="gaps",
    ),
    pytest.param(  # the same table as a PDF's text layer gives it, every gap one space
        "Befassung der Organe\n\n"
        "Organ Befassung¹ Termin Öffentlichkeit\n"
        "Ortsrat Nordheide § 94 I NKomVG Mo 16.03.2026 19:00 öffentlich\n"
        "Sozialausschuss § 71 I NKomVG Do 19.03.2026 17:00 nicht öffentlich\n"
        "(§ 72 II NKomVG)\n"
        "Rat der Stadt Wesel § 58 I NKomVG Do 02.04.2026 17:00 öffentlich\n\n"
        "¹ § 94 I = Anhörung des Ortsrates\n"
        "§ 71 I = Vorberatung im Fachausschuss\n"
        "§ 58 I = Beschluss des Rates\n",
        id="single-spaced",
    ),
]


@pytest.mark.parametrize("text", CODED)
def test_a_column_of_paragraphs_is_no_part_of_the_names(text: str) -> None:
    assert bodies(text) == CODES


WRAPPED = [
    ("Integrationsbeirat", "2026-05-04"),
    ("Ausschuss für Schule, Kultur und Sport", "2026-05-05"),
    ("Haupt- und Finanzausschuss", "2026-05-18"),
    ("Rat der Stadt Dorsten", "2026-05-27"),
]
WRAPS = [
    pytest.param(
        "Beratungsfolge\n\n"
        "  Gremium                    Rechtsgrundlage der           Sitzung        Art der Befassung\n"
        "                             Befassung\n"
        "  ─────────────────────────  ────────────────────────────  ─────────────  ──────────────────\n"
        "  Integrationsbeirat         § 27 Abs. 8 GO NRW;           04.05.2026     Anhörung,\n"
        "                             § 3 Abs. 1 der Satzung des                   öffentlich\n"
        "                             Integrationsbeirates\n"
        "  Ausschuss für Schule,      § 57 Abs. 2 GO NRW i. V. m.   05.05.2026     Kenntnisnahme,\n"
        "  Kultur und Sport           § 4 Nr. 2 ZustO                              öffentlich\n"
        "  Haupt- und Finanz-         § 59 Abs. 1 und 2 GO NRW      18.05.2026     Vorberatung,\n"
        "  ausschuss                  (Ziffer 2: Vergabe)                          nichtöffentlich\n"
        "  Rat der Stadt Dorsten      § 41 Abs. 1 Satz 2 Buchst. a  27.05.2026     Entscheidung,\n"
        "                             und § 50 Abs. 3 GO NRW                       öffentlich\n",
        id="gaps",
    ),
    pytest.param(
        "Beratungsfolge\n\n"
        "Gremium Rechtsgrundlage der Sitzung Art der Befassung\n"
        "Befassung\n"
        "Integrationsbeirat § 27 Abs. 8 GO NRW; 04.05.2026 Anhörung,\n"
        "§ 3 Abs. 1 der Satzung des öffentlich\n"
        "Integrationsbeirates\n"
        "Ausschuss für Schule, § 57 Abs. 2 GO NRW i. V. m. 05.05.2026 Kenntnisnahme,\n"
        "Kultur und Sport § 4 Nr. 2 ZustO öffentlich\n"
        "Haupt- und Finanz- § 59 Abs. 1 und 2 GO NRW 18.05.2026 Vorberatung,\n"
        "ausschuss (Ziffer 2: Vergabe) nichtöffentlich\n"
        "Rat der Stadt Dorsten § 41 Abs. 1 Satz 2 Buchst. a 27.05.2026 Entscheidung,\n"
        "und § 50 Abs. 3 GO NRW öffentlich\n",
        id="single-spaced",
    ),
]


@pytest.mark.parametrize("text", WRAPS)
def test_wrapped_citations_names_and_statuses(text: str) -> None:
    assert bodies(text) == WRAPPED


def test_a_wrapped_name_beside_its_wrapped_status_goes_on_with_the_name() -> None:
    text = (
        "Beratungsfolge\n\nGremium Sitzung Art der Befassung\n"
        "Ausschuss für Jugend, 05.05.2026 Kenntnisnahme,\nFamilie und Sport öffentlich\n"
        "Gemeinderat 27.05.2026 Entscheidung,\nöffentlich\n"
    )
    assert rows(text) == [
        ("Ausschuss für Jugend, Familie und Sport", "2026-05-05", "information", True),
        ("Gemeinderat", "2026-05-27", "decision", True),
    ]


def test_near_miss_a_new_body_under_a_row_stays_a_row_of_its_own() -> None:
    """A line under a closed name that names a body by its head word is a row, though it has no date."""
    text = (
        "Beratungsfolge\n\nGremium Sitzung Art der Befassung\n"
        "Ausschuss für Jugend 05.05.2026 Kenntnisnahme\nGemeinderat öffentlich\n"
    )
    assert ("Ausschuss für Jugend", "2026-05-05") in bodies(text)
    assert all(body != "Ausschuss für Jugend Gemeinderat" for body, _ in bodies(text))


def test_near_miss_a_legend_of_paragraphs_alone_gives_no_meeting() -> None:
    text = (
        "Zuständigkeiten\n\n"
        "§ 94 I NKomVG = Anhörung des Ortsrates\n"
        "§ 71 I NKomVG = Vorberatung im Fachausschuss\n"
        "§ 58 I NKomVG = Beschluss des Rates\n"
    )
    assert rows(text) == []


def test_near_miss_a_sentence_citing_a_paragraph_gives_its_meeting_only() -> None:
    text = "Der Rat hat nach § 58 Abs. 1 NKomVG am 10.12.2025 beschlossen, ein Leitbild zu erarbeiten.\n"
    assert all("§" not in body for body, _ in bodies(text))


@pytest.mark.parametrize(
    ("line", "cited"),
    [
        ("Ortsrat Ost § 94 I NKomVG Mo 16.03.2026", ["§ 94 I NKomVG"]),
        ("Rat § 41 Abs. 1 Satz 2 Buchst. a 27.05.2026", ["§ 41 Abs. 1 Satz 2 Buchst. a"]),
        ("Beirat § 10 der Hauptsatzung 04.05.2026", ["§ 10 der Hauptsatzung"]),
        ("Ausschuss § 57 Abs. 2 GO NRW i. V. m. § 6 Nr. 7 ZustO", ["§ 57 Abs. 2 GO NRW i. V. m. § 6 Nr. 7 ZustO"]),
        ("nicht öffentlich (§ 78 II NKomVG)", ["(§ 78 II NKomVG)"]),
        ("Bezirksausschuss 3 Neustadt 04.05.2026", []),  # a district's number is no paragraph
        ("Ausschuss Nr. 7 für Soziales", []),
    ],
)
def test_citations_in_a_line(line: str, cited: list[str]) -> None:
    assert [line[a:b] for a, b in legal_references(line)] == cited


def test_a_role_cut_by_a_hyphen_under_an_open_name() -> None:
    """A narrow role column cuts its word ("Kenntnisnah-" over "me,"); the name above is open: the lower-case
    rest is the role's, the name's rest comes on the line after it."""
    text = (
        "Beratungsfolge\n\nGremium Rechtsgrundlage der Sitzung Art der Befassung\n"
        "Ausschuss für Schule, § 57 Abs. 2 GO NRW i. V. m. 05.05.2026 Kenntnisnah-\nme,\n"
        "Kultur und Sport § 4 Nr. 2 ZustO öffentlich\n"
        "Rat der Stadt Dorsten § 41 Abs. 1 GO NRW 27.05.2026 Entscheidung,\nöffentlich\n"
    )
    assert bodies(text) == [
        ("Ausschuss für Schule, Kultur und Sport", "2026-05-05"),
        ("Rat der Stadt Dorsten", "2026-05-27"),
    ]


def test_near_miss_a_link_word_under_an_open_name_goes_on_with_it() -> None:
    text = (
        "Beratungsfolge\n\nGremium Sitzung Art der Befassung\n"
        "Ausschuss für Schule, Kultur 05.05.2026 Vorberatung, öffent-\nund Sport lich\n"
        "Gemeinderat 27.05.2026 Entscheidung\n"
    )
    assert ("Gemeinderat", "2026-05-27") in bodies(text)
    assert all(body != "me," for body, _ in bodies(text))
