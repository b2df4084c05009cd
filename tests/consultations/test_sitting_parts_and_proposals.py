"""Three forms of a Beratungsfolge that no table gives: the part of a Kreistag's paper printed for one sitting (a
head box naming that sitting, the earlier meetings in a block "Behandlung in vorausgegangenen Sitzungen"), one
Beschlussvorschlag per body headed by the body's meeting, and a timeline whose dates stand left of its axis. Every
case is invented: other counties and towns, other bodies, the same forms; the near misses give nothing."""

from __future__ import annotations

from extractors import load_resources
from extractors.consultations import extract
from pipeline.structure import view
from tests.helpers import document

Row = tuple[str, str, "str | None", "bool | None"]


def rows(text: str) -> list[Row]:
    doc = document(text)
    found = extract(doc, load_resources(), view(doc))
    return sorted((r.body, r.meeting_date or "", r.role, r.public) for r in found)


PART = (
    "LANDRATSAMT NORDHEIM                                        Nordheim, 02.03.2026\n"
    "Sachgebiet 31 – Soziales                                    Az. 31-0410\n\n"
    "S I T Z U N G S V O R L A G E   Nr. 2026/0112/3\n\n"
    "┌────────────────────────────────────────────────────────────────────────────┐\n"
    "│ für die Sitzung des   Kreistages                                           │\n"
    "│ am                    Donnerstag, 26.03.2026, 15:00 Uhr        TOP   Ö 7   │\n"
    "│ Sitzungsart           öffentlich                                           │\n"
    "│ Art der Behandlung    Beschlussfassung                                     │\n"
    "└────────────────────────────────────────────────────────────────────────────┘\n\n"
    "Behandlung in vorausgegangenen Sitzungen (Vorlagen 2026/0112/1 und 2026/0112/2):\n"
    "  am 03.03.2026  Seniorenbeirat des Landkreises                 zur Kenntnis genommen\n"
    "                 (öffentlich)\n"
    "  am 09.03.2026  Ausschuss für Jugend, Familie, Schule,         Empfehlungsbeschluss\n"
    "                 Sport und Kultur (öffentlich)                  mit 10 : 2 Stimmen\n"
    "  am 16.03.2026  Kreisausschuss                                 Empfehlungsbeschluss\n"
    "                 (nichtöffentlich, nur Ziffer 2)                einstimmig\n\n\n"
    "Beratungsgegenstand:\nSeniorenpolitisches Gesamtkonzept – Fortschreibung\n\n"
    "Sachvortrag:\nDer Kreistag hat am 21.07.2025 die Leitlinien beschlossen.\n"
)


def test_the_part_for_one_sitting_and_the_earlier_meetings() -> None:
    assert rows(PART) == [
        ("Ausschuss für Jugend, Familie, Schule, Sport und Kultur", "2026-03-09", "preliminary", None),
        ("Kreisausschuss", "2026-03-16", "preliminary", None),
        ("Kreistag", "2026-03-26", "decision", True),
        ("Seniorenbeirat des Landkreises", "2026-03-03", None, True),
    ]


def test_near_miss_a_sentence_naming_the_sitting_is_no_head() -> None:
    text = (
        "Beschlussvorlage Nr. 2026/0112\n\nBetreff: Seniorenpolitisches Gesamtkonzept\n\n"
        "Die Vorlage ist für die Sitzung des Kreistages\nam Donnerstag, dem 26.03.2026, vorgesehen.\n"
    )
    assert [r for r in rows(text) if r[3] is not None or r[2] == "decision"] == []


PROPOSALS = (
    "Landkreis Südheide\nDrucksache 7/0188\nBeschlussvorlage · öffentlich\n\n"
    "Gegenstand\nFortschreibung des Teilhabeplans\n\n"
    "Beschlussvorschläge\n\n"
    "für den Sozialausschuss – Sitzung am 04.05.2026, öffentlich\n"
    "    Der Sozialausschuss nimmt den Entwurf der Fortschreibung\n    zur Kenntnis.\n\n"
    "für den Ausschuss für Finanzen und Verwaltung – Sitzung am 11.05.2026, öffentlich\n"
    "    Der Ausschuss empfiehlt dem Kreistag, wie unten vorgeschlagen zu beschließen.\n\n"
    "für den Kreisausschuss – Sitzung am 20.05.2026, nichtöffentlich\n"
    "    Der Kreisausschuss empfiehlt dem Kreistag die Beschlusspunkte 1 und 2 und\n"
    "    stimmt der außerplanmäßigen Ausgabe zu.\n\n"
    "für den Kreistag – Sitzung am 10.06.2026, öffentlich\n"
    "    1.  Der Kreistag beschließt die Fortschreibung des Teilhabeplans.\n"
    "    2.  Der Landrat wird beauftragt, über die Umsetzung zu berichten.\n\n"
    "Begründung\n\nMit Beschluss vom 14.12.2025 hat der Kreistag die Verwaltung beauftragt.\n"
)


def test_one_proposal_per_body_its_role_by_its_verb() -> None:
    assert rows(PROPOSALS) == [
        ("Ausschuss für Finanzen und Verwaltung", "2026-05-11", "preliminary", True),
        ("Kreisausschuss", "2026-05-20", None, False),  # recommends and approves: no one role
        ("Kreistag", "2026-06-10", "decision", True),
        ("Sozialausschuss", "2026-05-04", "information", True),
    ]


def test_near_miss_one_head_line_alone_is_no_form() -> None:
    text = (
        "Beschlussvorlage Nr. 7/0188\n\nBetreff: Teilhabeplan\n\n"
        "für den Kreistag – Sitzung am 10.06.2026, öffentlich\n"
        "    Der Kreistag beschließt die Fortschreibung.\n"
    )
    assert [r for r in rows(text) if r[0] == "Kreistag" and r[3] is True] == []


AXIS = (
    "Beschlussvorlage Nr. 0311/2026\n\nBetr.: Erster Sportentwicklungsbericht\n\n"
    "Zeitstrahl der Beratung\n"
    "(● Sitzung mit Beratung dieser Vorlage · ○ Termin ohne Beratung)\n\n"
    "            │\n"
    " 02.03.2026 ○── 1. Sportkonferenz, Stadthalle\n"
    "            │   (Vorstellung des Entwurfs; keine Gremiensitzung)\n"
    "            │\n"
    " 14.04.2026 ●── Ortsbeirat Nord\n"
    "            │   Anhörung · öffentlich\n"
    "            │\n"
    " 21.04.2026 ●── Sportausschuss\n"
    "            │   Vorberatung · öffentlich\n"
    "            │\n"
    " 05.05.2026 ●── Haupt- und Finanzausschuss\n"
    "            │   Vorberatung · nichtöffentlich\n"
    "            │\n"
    " 20.05.2026 ●── Stadtrat\n"
    "            ▼   Entscheidung · öffentlich\n\n"
    "Beschlussvorschlag:\nDer Stadtrat nimmt den Bericht zur Kenntnis.\n"
)


def test_a_timeline_with_its_dates_left_of_the_axis() -> None:
    assert rows(AXIS) == [
        ("Haupt- und Finanzausschuss", "2026-05-05", "preliminary", False),
        ("Ortsbeirat Nord", "2026-04-14", "deliberation", True),
        ("Sportausschuss", "2026-04-21", "preliminary", True),
        ("Stadtrat", "2026-05-20", "decision", True),
    ]


def test_near_miss_a_dated_list_of_workshops_is_no_timeline() -> None:
    text = (
        "Beschlussvorlage Nr. 0311/2026\n\nBetr.: Sportentwicklung\n\nWerkstätten\n\n"
        " 02.03.2026 ●── Sportkonferenz, Stadthalle\n"
        "            │   Vorstellung des Entwurfs\n"
        " 14.04.2026 ●── Werkstatt Vereinssport\n"
        "            │   Ergebnisse der Befragung\n"
    )
    assert rows(text) == []


def test_the_head_box_as_a_pdf_text_layer_gives_it() -> None:
    """Every gap one space: the labels of status and role under the date's tell the form."""
    text = (
        "LANDRATSAMT NORDHEIM Nordheim, 02.03.2026\n\nS I T Z U N G S V O R L A G E Nr. 2026/0112/3\n\n"
        "│ für die Sitzung des Kreistages │\n│ am Donnerstag, 26.03.2026, 15:00 Uhr TOP Ö 7 │\n"
        "│ Sitzungsart öffentlich │\n│ Art der Behandlung Beschlussfassung │\n\n"
        "Beratungsgegenstand:\nSeniorenpolitisches Gesamtkonzept\n"
    )
    assert rows(text) == [("Kreistag", "2026-03-26", "decision", True)]


def test_near_miss_a_sentence_wrapped_after_the_sitting_single_spaced() -> None:
    text = (
        "Beschlussvorlage Nr. 2026/0112\n\nBetreff: Gesamtkonzept\n\nDie Vorlage ist vorgesehen\n"
        "für die Sitzung des Kreistages\nam 26.03.2026 im großen Saal.\n"
    )
    assert [r for r in rows(text) if r[2] == "decision" or r[3] is not None] == []


STAMPS = (
    "Beschlussvorlage BV/0031/2026\n\nBetreff: Leitbild Teilhabe\n\n"
    "  LANDKREIS NORDHEIDE · Büro Kreistag\n"
    "  Vorgelegt dem: Ausschuss für Soziales und Gesundheit\n"
    "  Sitzung am: 11.05.2026    TOP: Ö 6\n"
    "  zur: Vorberatung\n\n"
    "  LANDKREIS NORDHEIDE · Büro Kreistag\n"
    "  Vorgelegt dem: Kreistag\n"
    "  Sitzung am: 16.06.2026    TOP: Ö 12\n"
    "  zur: Beschlussfassung\n\n"
    "Beschlussvorschlag:\nDer Kreistag beschließt das Leitbild.\n"
)


def test_the_stamps_of_the_sittings_under_their_title_lines() -> None:
    assert [r[:3] for r in rows(STAMPS)] == [
        ("Ausschuss für Soziales und Gesundheit", "2026-05-11", "preliminary"),
        ("Kreistag", "2026-06-16", "decision"),
    ]


def test_near_miss_one_stamp_alone_is_no_run_of_blocks() -> None:
    text = (
        STAMPS.split("  LANDKREIS NORDHEIDE · Büro Kreistag\n  Vorgelegt dem: Kreistag")[0]
        + "Beschlussvorschlag:\nX.\n"
    )
    assert [r for r in rows(text) if r[2] is not None] == []


def test_near_miss_a_heading_between_the_header_and_the_blocks_ends_the_headers_run() -> None:
    """The paper's own "Datum:" in its header, then the heading over the blocks: the heading is no stamp's title, so
    the header's date stays out of the first block."""
    text = (
        "Samtgemeinde Nordheide                                   Vorlage\n"
        "Betreff:          Leitbild Teilhabe\nDatum:            11.08.2026\n\n"
        "Beratungsfolge:\n"
        "Gremium: Ausschuss für Soziales                 TOP: Ö 5\n"
        "Datum: Di, 25.08.2026                           Zuständigkeit: Vorberatung\n"
        "Gremium: Samtgemeinderat                        TOP: Ö 9\n"
        "Datum: Do, 17.09.2026                           Zuständigkeit: Entscheidung\n\n"
        "Beschlussvorschlag:\nDem Leitbild wird zugestimmt.\n"
    )
    assert [r[:3] for r in rows(text)] == [
        ("Ausschuss für Soziales", "2026-08-25", "preliminary"),
        ("Samtgemeinderat", "2026-09-17", "decision"),
    ]
