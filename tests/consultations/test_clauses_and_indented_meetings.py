"""A Beratungsfolge written as a labelled paragraph of clauses parted by semicolons, one meeting a
clause; a Beratungsfolge grouped by body with each meeting's date line and role line indented under
the body's name; a header whose column words a dash parts; a role cell opened by a dash and "zur"."""

from __future__ import annotations

from tests.consultations.test_consultations import run

CLAUSES = (
    "Bezirksamt Nordhafen\n\nGeplanter Beratungsgang:\n"
    "Vorstellung im Ortsbeirat Süd am Montag, 03.05.2027 (öffentlich), mit Verweisung in den\n"
    "Sozialausschuss; Beratung im Sozialausschuss am 11.05.2027 (nichtöffentlich); Stellungnahme des\n"
    "Seniorenbeirats am Mittwoch, 12.05.2027; Vorlage an den Gemeinderat zu seiner Sitzung am\n"
    "20.05.2027 (öffentlich) zur Beschlussfassung.\n\nSachverhalt:\nText.\n"
)


def test_clauses_one_meeting_each() -> None:
    _, rows = run(CLAUSES)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Ortsbeirat Süd", "2027-05-03", None, True),
        ("Sozialausschuss", "2027-05-11", None, False),
        ("Seniorenbeirat", "2027-05-12", None, None),
        ("Gemeinderat", "2027-05-20", "decision", True),
    ]
    assert {r.method for r in rows} == {"clause"}


def test_a_clause_with_two_dates_takes_nothing() -> None:
    text = CLAUSES.replace("am 11.05.2027 (nichtöffentlich)", "am 11.05.2027 und 18.05.2027")
    _, rows = run(text)
    assert not [r for r in rows if r.method == "clause"]


def test_a_sentence_without_semicolons_is_no_clause_block() -> None:
    text = "Geplanter Beratungsgang:\nDer Gemeinderat berät am 20.05.2027 über die Vorlage.\n"
    _, rows = run(text)
    assert not [r for r in rows if r.method == "clause"]


INDENTED = (
    "Beratungsfolge und Abstimmungsergebnisse\n"
    "────────────────────────────────────────\n"
    "Jugendhilfeausschuss\n"
    "    am Dienstag, den 4. Mai 2027, öffentlich\n"
    "    Vorberatung ................................. einstimmig empfohlen\n"
    "Kreisausschuss\n"
    "    am Montag, dem 10. Mai 2027, nicht öffentlich\n"
    "    Beschluss über die Weitergabe an den Kreistag .............. mit Mehrheit\n"
    "Kreistag\n"
    "    am Freitag, dem 21. Mai 2027, öffentlich\n"
    "    Entscheidung ..................................\n"
    "────────────────────────────────────────\n\nBeschlussvorschlag:\n"
)


def test_indented_meetings_under_bodies() -> None:
    _, rows = run(INDENTED)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Jugendhilfeausschuss", "2027-05-04", "preliminary", True),
        ("Kreisausschuss", "2027-05-10", None, False),  # a sentence in the role's place states no role
        ("Kreistag", "2027-05-21", "decision", True),
    ]


def test_dash_parted_header() -> None:
    text = (
        "Beratungsfolge:\nGremium – Sitzung am – Zuständigkeit\n\n"
        "Werkausschuss                 Do, 06.05.2027, 17.00 Uhr    Vorberatung (nö)\n"
        "Stadtrat                      Mi, 19.05.2027, 18.30 Uhr    Beschluss (ö)\n\nSachverhalt:\n"
    )
    _, rows = run(text)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Werkausschuss", "2027-05-06", "preliminary", False),
        ("Stadtrat", "2027-05-19", "decision", True),
    ]


def test_dash_before_role_opener() -> None:
    text = (
        "Beratungsweg:\n   Bauausschuss – 04.05.2027\n   Gemeinderat – 18.05.2027 – zur Entscheidung\n\n"
        "Antrag:\nText.\n"
    )
    _, rows = run(text)
    assert [(r.body, r.meeting_date, r.role) for r in rows] == [
        ("Bauausschuss", "2027-05-04", None),
        ("Gemeinderat", "2027-05-18", "decision"),
    ]


WRAPPED_CELLS = (
    "Beratungsfolge\n"
    "Gremium                          Beratung / Sitzungsart    Termin          Sitzungsort\n"
    "Jugendhilfeausschuss             Vorberatung               Di 08.06.2027   Rathaus,\n"
    "                                 (öffentlich)              16:00 Uhr       Saal 3\n"
    "Ausschuss für Bildung und        Vorberatung (nicht        Do 10.06.2027   Rathaus, Sit-\n"
    "Kultur                           öffentlich)               17:30 Uhr       zungszimmer\n"
    "Stadtrat                         Beschluss                 Mi 23.06.2027   Ratssaal,\n"
    "                                 (öffentlich)              18:00 Uhr       Marktplatz 1\n\n"
    "Beschlussvorschlag\n"
)


def test_cells_wrapped_onto_a_second_line() -> None:
    _, rows = run(WRAPPED_CELLS)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Jugendhilfeausschuss", "2027-06-08", "preliminary", True),
        ("Ausschuss für Bildung und Kultur", "2027-06-10", "preliminary", False),
        ("Stadtrat", "2027-06-23", "decision", True),
    ]


def test_one_cell_a_line_with_role_and_status() -> None:
    text = (
        "Beratungsfolge\n\nSeniorenbeirat\n11.05.2027\nAnhörung\nö\nFinanzausschuss\n18.05.2027\n"
        "Vorberatung\nnö\nGemeinderat\n27.05.2027\nBeschlussfassung\nö\n\nSachverhalt\n"
    )
    _, rows = run(text)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Seniorenbeirat", "2027-05-11", "deliberation", True),
        ("Finanzausschuss", "2027-05-18", "preliminary", False),
        ("Gemeinderat", "2027-05-27", "decision", True),
    ]


def test_roles_cut_short_with_a_stop() -> None:
    text = (
        "Beratungsfolge:\n"
        "Sportausschuss    04.05.27  ö   Empf.\n"
        "Hauptausschuss    11.05.27  nö  Vorb.\n"
        "Kreistag          26.05.27  ö   Beschl.\n\nSachverhalt:\n"
    )
    _, rows = run(text)
    assert [(r.body, r.role) for r in rows] == [
        ("Sportausschuss", "preliminary"),
        ("Hauptausschuss", "preliminary"),
        ("Kreistag", "decision"),
    ]
