"""A table whose date cells wrap after the weekday ("Dienstag," over "4. Mai 2027, 19 Uhr"), a status with a
footnote's mark and the footnote under the rows; a row of a meeting that does not take place ("– entfällt –"); a
timeline down the page whose legend tells the meetings' node from the other steps'; a form of tick boxes under
"Behandlung in folgenden Gremien (bitte ankreuzen):"."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import run

WEEKDAYS = (
    "Beratungsfolge\n"
    "Gremium                          Sitzungstermin          Zuständigkeit   Status\n"
    "Ortsrat Nordstadt                Montag,                 Anhörung        öffentlich\n"
    "                                 3. April 2028, 18 Uhr\n"
    "Ausschuss für Jugend,            Mittwoch,               Vorberatung     öffentlich\n"
    "Familie und Senioren             12. April 2028, 17 Uhr\n"
    "Verwaltungsausschuss             Dienstag,               Vorberatung     nicht öffentlich²\n"
    "                                 25. April 2028, 16 Uhr\n"
    "Rat der Stadt                    Donnerstag,             Entscheidung    öffentlich\n"
    "                                 4. Mai 2028, 18 Uhr\n"
    "² § 64 Abs. 1 GO\n\n"
    "Betreff: Konzept für die Jugendarbeit\n"
)

WEEKDAY_ROWS = [
    ("Ortsrat Nordstadt", "2028-04-03", True),
    ("Ausschuss für Jugend, Familie und Senioren", "2028-04-12", True),
    ("Verwaltungsausschuss", "2028-04-25", False),
    ("Rat der Stadt", "2028-05-04", True),
]


def test_dates_wrapped_after_their_weekdays() -> None:
    _, rows = run(WEEKDAYS)
    assert [(r.body, r.meeting_date, r.public) for r in rows] == WEEKDAY_ROWS


def test_dates_wrapped_after_their_weekdays_single_spaced() -> None:
    """The same table as a PDF's text layer gives it: one space between the cells."""
    text = "\n".join(" ".join(ln.split()) for ln in WEEKDAYS.split("\n"))
    _, rows = run(text)
    assert [(r.body, r.meeting_date, r.public) for r in rows] == WEEKDAY_ROWS


def test_weekday_over_a_line_with_cells_of_its_own() -> None:
    """Near miss: the line under the weekday holds a role of its own beside its date: it is a row, and the weekday's
    row, without a date, gives no meeting."""
    text = (
        "Beratungsfolge\n"
        "Gremium                  Sitzungstermin          Zuständigkeit\n"
        "Sozialausschuss          Montag,                 Vorberatung\n"
        "Stadtrat                 3. April 2028           Entscheidung\n\n"
        "Betreff: X\n"
    )
    _, rows = run(text)
    assert [(r.body, r.meeting_date) for r in rows if r.meeting_date] == [("Stadtrat", "2028-04-03")]


CANCELLED = (
    "Beratungsfolge:\n"
    "03.05.28    Integrationsrat                      Empfehlung     ö\n"
    "04.05.28    Bezirksvertretung Süd                Anhörung       ö   – entfällt –\n"
    "09.05.28    Bezirksvertretung Nord               Anhörung       ö\n"
    "18.05.28*   Bezirksvertretung Süd                Anhörung       ö\n"
    "24.05.28    Rat der Stadt                        Entscheidung   ö\n"
    "* Sondersitzung; die ordentliche Sitzung am 04.05.28 entfällt.\n\n"
    "Betreff: X\n"
)


def test_a_cancelled_meeting_is_no_consultation() -> None:
    _, rows = run(CANCELLED)
    assert [(r.body, r.meeting_date) for r in rows] == [
        ("Integrationsrat", "2028-05-03"),
        ("Bezirksvertretung Nord", "2028-05-09"),
        ("Bezirksvertretung Süd", "2028-05-18"),
        ("Rat der Stadt", "2028-05-24"),
    ]


def test_a_deferred_meeting_stays() -> None:
    """Near miss: a result that puts the item off ("vertagt") tells of a meeting held: the row stays."""
    _, rows = run(CANCELLED.replace("– entfällt –", "vertagt"))
    assert ("Bezirksvertretung Süd", "2028-05-04") in [(r.body, r.meeting_date) for r in rows]


TIMELINE = (
    "Zeit- und Beratungsplan\n"
    "  │\n"
    "  ◆  Dienstag, 4. April 2028\n"
    "  │  Seniorenbeirat des Kreises\n"
    "  │  – öffentliche Sitzung – Empfehlung\n"
    "  │\n"
    "  ●  Samstag, 8. April 2028\n"
    "  │  Zukunftskonferenz im Kulturhaus\n"
    "  │\n"
    "  ◆  Montag, 24. April 2028\n"
    "  │  Kreisausschuss\n"
    "  │  – nichtöffentliche Sitzung – Vorberatung\n"
    "  │\n"
    "  ◆  Montag, 8. Mai 2028\n"
    "     Kreistag\n"
    "     – öffentliche Sitzung – Beschlussfassung\n\n"
    "  ◆ = Beratung in den Gremien    ● = Arbeitsschritt\n\n"
    "2. Sachverhalt\n"
)


def test_a_timeline_down_the_page() -> None:
    _, rows = run(TIMELINE)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Seniorenbeirat des Kreises", "2028-04-04", "preliminary", True),
        ("Kreisausschuss", "2028-04-24", "preliminary", False),
        ("Kreistag", "2028-05-08", "decision", True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the node of the steps of the work only, a body's head word in a step ("Zukunftskonferenz")
        TIMELINE.replace("◆", "●").replace("● = Beratung in den Gremien    ", ""),
        # no legend and no status lines: dated steps, no meetings
        "\n".join(ln for ln in TIMELINE.split("\n") if "–" not in ln and "=" not in ln),
    ],
)
def test_timelines_without_meetings(text: str) -> None:
    """Near misses: a timeline whose steps are not marked as meetings gives none."""
    _, rows = run(text)
    assert [r for r in rows if r.method == "timeline"] == []


FORM = (
    "Behandlung in folgenden Gremien (bitte ankreuzen):\n"
    "☒ Seniorenbeirat                         am 04.04.2028   ☒ öffentlich  ☐ nichtöffentlich   Empfehlung\n"
    "☐ Jugendhilfeausschuss                   am __________   ☐ öffentlich  ☐ nichtöffentlich\n"
    "☒ Ausschuss für Kultur, Sport und        am 19.04.2028   ☐ öffentlich  ☒ nichtöffentlich   Vorberatung\n"
    "  Freizeit\n"
    "☐ Bauausschuss                           am __________   ☐ öffentlich  ☐ nichtöffentlich\n"
    "☒ Stadtrat                               am 27.04.2028   ☒ öffentlich  ☐ nichtöffentlich   Beschluss\n\n"
    "I. Sachvortrag\n"
)

FORM_ROWS = [
    ("Seniorenbeirat", "2028-04-04", True),
    ("Ausschuss für Kultur, Sport und Freizeit", "2028-04-19", False),
    ("Stadtrat", "2028-04-27", True),
]


def test_a_form_of_tick_boxes() -> None:
    """The ticked bodies with their dates; an unticked body with a blank date line is none."""
    _, rows = run(FORM)
    assert [(r.body, r.meeting_date, r.public) for r in rows] == FORM_ROWS


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_form_of_tick_boxes_single_spaced(sep: str) -> None:
    """The same form as a PDF's text layer gives it, also with a blank line after every line as an export sets
    them (the name's rest set apart from its row "… Sport und am 19.04.2028 …" / "" / "Freizeit"); the status is
    the ticked option's."""
    _, rows = run(sep.join(" ".join(ln.split()) for ln in FORM.split("\n")))
    assert [(r.body, r.meeting_date, r.public) for r in rows] == FORM_ROWS


def test_a_form_of_tick_boxes_with_an_option_cut_at_the_line_end() -> None:
    """A narrow print cuts the option not chosen at its hyphen, its rest and the role on the next line."""
    flat = "\n".join(" ".join(ln.split()) for ln in FORM.split("\n"))
    text = flat.replace("☐ nichtöffentlich Empfehlung", "☐ nichtöf-\nfentlich Empfehlung")
    _, rows = run(text)
    assert [(r.body, r.meeting_date, r.public, r.role) for r in rows][:1] == [
        ("Seniorenbeirat", "2028-04-04", True, "preliminary")
    ]
    assert [(r.body, r.meeting_date, r.public) for r in rows] == FORM_ROWS


def test_a_form_ends_at_a_section_numbered_in_roman_numerals() -> None:
    """Near miss: under the form, set apart line by line, the section "I. Sachvortrag" ends it; a justified line of
    its text, its words parted by two spaces, is no row ("Der  Stadtrat  hat  am  27.11.2020  …")."""
    flat = "\n\n".join(" ".join(ln.split()) for ln in FORM.split("\n"))
    text = flat + "\n\n1. Vorgeschichte\n\nDer  Stadtrat  hat  am  27.11.2020  das  Leitbild  „Stadt  –\nfür alle“\n\n"
    text += "beschlossen.  Zur  Umsetzung  hat  das  Büro  zwischen  Oktober\n2026 und Februar 2027 eine\n"
    _, rows = run(text)
    assert [(r.body, r.meeting_date, r.public) for r in rows] == FORM_ROWS


def test_boxes_in_columns_of_their_own_keep_the_role_after_them() -> None:
    """Near miss: boxes under "ö   nö", each in its column, and the role in the next one after a gap: an empty box
    there is no option, the role beside it stays the row's."""
    text = (
        "Beratungsfolge\n"
        "Gremium                     Termin        ö   nö     Behandlung\n"
        "Ortschaftsrat Nord          20.09.2028    ☒   ☐      Anhörung\n"
        "Hauptausschuss              30.09.2028    ☐   ☒      Vorberatung\n"
        "Stadtrat                    14.10.2028    ☒   ☐      Beschlussfassung\n\n"
        "Beschlussvorschlag\n"
    )
    _, rows = run(text)
    assert [(r.body, r.role, r.public) for r in rows] == [
        ("Ortschaftsrat Nord", "deliberation", True),
        ("Hauptausschuss", "preliminary", False),
        ("Stadtrat", "decision", True),
    ]


def test_boxes_in_columns_of_their_own_single_spaced() -> None:
    """Near miss: the same table as a PDF's text layer gives it, one space between the boxes and the role: the
    header's mark columns read the boxes, the role stays the row's."""
    text = (
        "Beratungsfolge\n"
        "Gremium Termin ö nö Behandlung\n"
        "Ortschaftsrat Nord 20.09.2028 ☒ ☐ Anhörung\n"
        "Hauptausschuss 30.09.2028 ☐ ☒ Vorberatung\n"
        "Stadtrat 14.10.2028 ☒ ☐ Beschlussfassung\n\n"
        "Beschlussvorschlag\n"
    )
    _, rows = run(text)
    assert [(r.body, r.role) for r in rows] == [
        ("Ortschaftsrat Nord", "deliberation"),
        ("Hauptausschuss", "preliminary"),
        ("Stadtrat", "decision"),
    ]
