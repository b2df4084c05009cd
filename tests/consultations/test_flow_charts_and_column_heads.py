"""A Beratungsfolge drawn as a flow chart of boxes joined by arrows (boxes side by side, a body hyphenated in
its box; boxes one under another, a page break between them), a table set on its side whose column heads are
the bodies, wrapped and hyphenated in narrow columns (a second date label's row holding the statuses), and a
sentence going on in numbered clauses, each with its date and body."""

from __future__ import annotations

from tests.consultations.test_consultations import run

Fact = tuple[str, str | None, str | None, bool | None]


def _facts(text: str) -> list[Fact]:
    return [(r.body, r.meeting_date, r.role, r.public) for r in run(text)[1]]


def _methods(text: str) -> set[str]:
    return {r.method for r in run(text)[1]}


SIDE_BY_SIDE = (
    "Stadt Lindenau\nBeschlussvorlage\n\nBeratungsweg:\n\n"
    "┌────────────────────────┐    ┌────────────────────────┐\n"
    "│ Ortschaftsrat Nordheim │───►│ Ausschuss für Bau, Ver-│\n"
    "│ Di 04.05.2027          │    │ kehr und Umwelt        │\n"
    "│ öffentlich · Anhörung  │    │ Do 13.05.2027          │\n"
    "│                        │    │ nichtöffentlich ·      │\n"
    "│                        │    │ Vorberatung            │\n"
    "└────────────────────────┘    └───────────┬────────────┘\n"
    "                                          │\n"
    "                                          ▼\n"
    "                              ┌────────────────────────┐\n"
    "                              │ Gemeinderat            │\n"
    "                              │ Mo 31.05.2027          │\n"
    "                              │ öffentlich · Beschluss │\n"
    "                              └────────────────────────┘\n\n"
    "Beschlussvorschlag:\nDer Gemeinderat beschließt den Verkehrsentwicklungsplan.\n"
)
SIDE_BY_SIDE_FACTS: list[Fact] = [
    ("Ortschaftsrat Nordheim", "2027-05-04", "deliberation", True),
    ("Ausschuss für Bau, Verkehr und Umwelt", "2027-05-13", "preliminary", False),
    ("Gemeinderat", "2027-05-31", "decision", True),
]


def test_boxes_side_by_side_are_read_box_by_box() -> None:
    assert _facts(SIDE_BY_SIDE) == SIDE_BY_SIDE_FACTS
    assert _methods(SIDE_BY_SIDE) == {"chart"}


def test_boxes_whose_spaces_a_pdf_closed_up_and_whose_tops_it_wrapped_are_counted() -> None:
    closed = "\n".join(" ".join(line.split()) for line in SIDE_BY_SIDE.splitlines())
    wrapped = closed.replace("┐ ┌", "┐\n┌", 1).replace("┘ └", "┘\n└", 1)
    assert _facts(closed) == SIDE_BY_SIDE_FACTS
    assert _facts(wrapped) == SIDE_BY_SIDE_FACTS


def test_a_row_of_boxes_whose_tops_and_bottoms_a_pdf_set_one_a_line() -> None:
    three = (
        "Stadt Lindenau\nBeschlussvorlage\n\nBeratungsweg:\n"
        "┌──────────┐\n┌──────────┐\n┌──────────┐\n"
        "│ Ortschaftsrat Nordheim │───►│ Ausschuss für Bau │───►│ Hauptausschuss │\n"
        "│ Di 04.05.2027 │ │ Do 13.05.2027 │ │ Mo 24.05.2027 │\n"
        "│ öffentlich · Anhörung │ │ öffentlich · Vorberatung │ │ nichtöffentlich · Vorberatung │\n"
        "└──────────┘\n└──────────┘\n└────┬─────┘\n│\n▼\n"
        "┌──────────┐\n│ Gemeinderat │\n│ Mo 31.05.2027 │\n│ öffentlich · Beschluss │\n└──────────┘\n\n"
        "Beschlussvorschlag:\nDer Gemeinderat beschließt den Verkehrsentwicklungsplan.\n"
    )
    assert [(b, d) for b, d, _, _ in _facts(three)] == [
        ("Ortschaftsrat Nordheim", "2027-05-04"),
        ("Ausschuss für Bau", "2027-05-13"),
        ("Hauptausschuss", "2027-05-24"),
        ("Gemeinderat", "2027-05-31"),
    ]


def test_a_circled_number_whose_font_maps_to_no_character_is_no_part_of_the_name() -> None:
    numbered = SIDE_BY_SIDE.replace("│ Ortschaftsrat Nordheim │", "│ \ufffd Ortschaftsrat Nordheim│")
    numbered = numbered.replace("│ Gemeinderat            │", "│ \ufffd Gemeinderat          │")
    assert _facts(numbered) == SIDE_BY_SIDE_FACTS


STACKED = (
    "LANDKREIS AUENTAL\nVorlage 12/2027\n\nBeratungsweg\n\n"
    "   ┌──────────────────────────────────────────────────┐\n"
    "   │ ①  Seniorenbeirat des Landkreises Auental         │\n"
    "   │    Montag, 03.05.2027 · 17:00 Uhr · Kreishaus      │\n"
    "   │    Empfehlung · öffentlich                        │\n"
    "   └──────────────────────────────────────────────────┘\n"
    "                          ▼\n\n"
    "                                  Vorlage 12/2027 – Seite 1 von 2\n\f"
    "Landkreis Auental – Vorlage 12/2027\n\n"
    "Beratungsweg (Fortsetzung)\n"
    "                          ▼\n"
    "   ┌──────────────────────────────────────────────────┐\n"
    "   │ ②  Kreisausschuss                                 │\n"
    "   │    Mittwoch, 19.05.2027 · 14:00 Uhr · Raum 2.01    │\n"
    "   │    Vorbereitung des Kreistagsbeschlusses · nichtöffentlich │\n"
    "   └──────────────────────────────────────────────────┘\n"
    "                          ▼\n"
    "   ┌──────────────────────────────────────────────────┐\n"
    "   │ ③  Kreistag                                       │\n"
    "   │    Donnerstag, 10.06.2027 · 16:00 Uhr              │\n"
    "   │    Beschlussfassung · öffentlich                  │\n"
    "   └──────────────────────────────────────────────────┘\n\n"
    "Beschlussvorschlag:\nDer Kreistag beschließt das Seniorenkonzept.\n"
)


def test_boxes_one_under_another_go_on_over_a_page_break() -> None:
    assert _facts(STACKED) == [
        ("Seniorenbeirat des Landkreises Auental", "2027-05-03", "preliminary", True),
        ("Kreisausschuss", "2027-05-19", "preliminary", False),
        ("Kreistag", "2027-06-10", "decision", True),
    ]


def test_boxes_no_arrow_joins_are_no_chart() -> None:
    # the same boxes side by side without their arrow: two notes, no path
    apart = SIDE_BY_SIDE.replace("───►", "    ")
    assert "chart" not in _methods(apart)
    # the last row reached by no arrow: the first row's meetings only
    unreached = SIDE_BY_SIDE.replace("▼", " ")
    assert [f[0] for f in _facts(unreached)] == [f[0] for f in SIDE_BY_SIDE_FACTS[:2]]


def test_a_box_alone_or_a_box_of_sentences_is_no_chart() -> None:
    one = (
        "Stadt Lindenau\nBeschlussvorlage\n\n"
        "┌──────────────────────────┐\n│ Gemeinderat              │\n│ Mo 31.05.2027            │\n"
        "└──────────────────────────┘\n\nBeschlussvorschlag:\nDer Gemeinderat beschließt.\n"
    )
    assert _facts(one) == []
    said = STACKED.replace("Montag, 03.05.2027 · 17:00 Uhr · Kreishaus", "Der Beirat tagte am 03.05.2027 zuletzt")
    assert "Seniorenbeirat des Landkreises Auental" not in [f[0] for f in _facts(said)]


TRANSPOSED = (
    "Landratsamt Auental\nBeschlussvorlage\n\nSitzungsfahrplan\n\n"
    "                 Senioren-         Ausschuss für     Kreisaus-         Kreistag\n"
    "                 beirat            Bildung, Ju-      schuss\n"
    "                                   gend und Sport\n"
    "Termin           Mo 03.05.2027     Mi 12.05.2027     Mo 24.05.2027     Mi 09.06.2027\n"
    "Beginn           17:00 Uhr         16:00 Uhr         15:00 Uhr         16:00 Uhr\n"
    "Befassung        Empfehlung        Vorberatung       Vorberatung       Beschluss\n"
    "Sitzung          öffentlich        öffentlich        nichtöffentlich   öffentlich\n\n"
    "Beschlussvorschlag:\nDer Kreistag beschließt den Schulentwicklungsplan.\n"
)


def test_bodies_as_wrapped_column_heads_over_labelled_rows() -> None:
    assert _facts(TRANSPOSED) == [
        ("Seniorenbeirat", "2027-05-03", "preliminary", True),
        ("Ausschuss für Bildung, Jugend und Sport", "2027-05-12", "preliminary", True),
        ("Kreisausschuss", "2027-05-24", "preliminary", False),
        ("Kreistag", "2027-06-09", "decision", True),
    ]
    assert _methods(TRANSPOSED) == {"table.transposed"}


def test_column_heads_that_name_no_body_give_no_meetings() -> None:
    phases = TRANSPOSED
    for name, other in (
        ("Senioren-", "Phase 1  "),
        ("beirat", "      "),
        ("Ausschuss für", "Phase 2      "),
        ("Bildung, Ju-", "            "),
        ("gend und Sport", "              "),
        ("Kreisaus-", "Phase 3  "),
        ("schuss", "      "),
        ("Kreistag", "Phase 4 "),
    ):
        phases = phases.replace(name, other, 1)
    assert _facts(phases) == []


CLAUSES = (
    "STADT LINDENAU\nSitzungsvorlage Nr. 44/2027\n\nBeratungsfolge\nDie Vorlage wird\n"
    "   1) am Dienstag, 11. Mai 2027, im Ausschuss für Umwelt und Technik in öffentlicher\n"
    "      Sitzung vorberaten,\n"
    "   2) am Montag, 17. Mai 2027, im Ältestenrat in nichtöffentlicher Sitzung vorberaten und\n"
    "   3) am Mittwoch, 26. Mai 2027, dem Gemeinderat in öffentlicher Sitzung zur Beschlussfassung\n"
    "      vorgelegt.\n\n"
    "Betreff\nLärmaktionsplan\n"
)


def test_a_sentence_going_on_in_numbered_clauses() -> None:
    assert _facts(CLAUSES) == [
        ("Ausschuss für Umwelt und Technik", "2027-05-11", "preliminary", True),
        ("Ältestenrat", "2027-05-17", "preliminary", False),
        ("Gemeinderat", "2027-05-26", "decision", True),
    ]


def test_numbered_clauses_as_an_export_sets_them() -> None:
    # the header's lines run into the sentence's opening, the indents lost, a clause's wrapped rest set apart from
    # it ("… in nichtöffentlicher Sitzung" / "vorberaten und"): the same meetings, the rest's role not read
    head = "STADT LINDENAU\nSitzungsvorlage Nr. 44/2027\nLindenau, 20.04.2027\nBeratungsfolge\nDie Vorlage wird\n"
    flat = "\n".join(line.strip() for line in CLAUSES.split("Die Vorlage wird\n", 1)[1].splitlines())
    flat = head + flat.replace(" vorberaten und\n", "\nvorberaten und\n")
    assert [(b, d) for b, d, _, _ in _facts(flat)] == [
        ("Ausschuss für Umwelt und Technik", "2027-05-11"),
        ("Ältestenrat", "2027-05-17"),
        ("Gemeinderat", "2027-05-26"),
    ]


def test_numbered_clauses_of_a_past_sentence_are_no_beratungsfolge() -> None:
    past = CLAUSES.replace("Die Vorlage wird", "Die Vorlage wurde").replace("2027", "2025")
    past = past.replace("vorberaten", "vorberaten worden").replace("vorgelegt.", "vorgelegt worden.")
    assert _facts(past) == []
