"""A Beratungsfolge as a PDF's reader gives it back once the text is set in a proportional font: lines
wrapped anew (a vote's word cut by a hyphen at a line's end), every line at the margin (a meeting's own
line no longer indented under its date line), a blank line under the heading, and a justified line's
words set apart by gaps."""

from __future__ import annotations

from tests.consultations.test_clauses_and_indented_meetings import CLAUSES, INDENTED
from tests.consultations.test_consultations import run


def _facts(text: str) -> list[tuple[str, str | None, str | None, bool | None]]:
    _, rows = run(text)
    return [(r.body, r.meeting_date, r.role, r.public) for r in rows]


def test_a_vote_cut_at_a_lines_end_ends_on_the_next_line() -> None:
    text = (
        "Beratungsweg:\nMagistrat – 23.02.2026 – beschlossen\n"
        "Seniorenbeirat – 03.03.2026 – Zustimmung empfohlen (9 Ja / 0 Nein / 1 Ent-\nhaltung)\n"
        "Haupt- und Finanzausschuss – 12.03.2026\n"
        "Stadtverordnetenversammlung – 26.03.2026 – zur Beschlussfassung\n\nAntrag:\nText.\n"
    )
    assert _facts(text) == [
        ("Magistrat", "2026-02-23", None, None),
        ("Seniorenbeirat", "2026-03-03", None, None),
        ("Haupt- und Finanzausschuss", "2026-03-12", None, None),
        ("Stadtverordnetenversammlung", "2026-03-26", "decision", None),
    ]


def test_meeting_lines_at_the_margin_under_a_blank_line() -> None:
    flush = "\n".join(line.strip() for line in INDENTED.splitlines()) + "\n"
    flush = flush.replace("Abstimmungsergebnisse\n", "Abstimmungsergebnisse\n\n", 1)
    flush = flush.replace("........ einstimmig empfohlen", "........ einstim-\nmig empfohlen")
    expected = [
        ("Jugendhilfeausschuss", "2027-05-04", "preliminary", True),
        ("Kreisausschuss", "2027-05-10", None, False),
        ("Kreistag", "2027-05-21", "decision", True),
    ]
    assert _facts(flush) == expected
    # justified: the words of the meeting's own line set apart by gaps before its dot leader
    assert _facts(flush.replace("Beschluss über die", "Beschluss  über  die")) == expected


def test_a_body_line_after_a_leader_over_its_date_is_no_meeting_line() -> None:
    text = (
        "Beratungsfolge\n"
        "Jugendhilfeausschuss\nam Dienstag, den 4. Mai 2027, öffentlich\n"
        "Kreistag ........ Entscheidung\nam Freitag, dem 21. Mai 2027, öffentlich\n\nBeschlussvorschlag:\n"
    )
    assert _facts(text) == [
        ("Jugendhilfeausschuss", "2027-05-04", None, True),
        ("Kreistag", "2027-05-21", "decision", True),
    ]


def test_clauses_of_a_justified_paragraph() -> None:
    """A justified line's words set apart by gaps: a body's name across a line's break and a gap is one
    name."""
    gaps = "Beratung  im  Ausschuss  für\nSoziales  und  Kultur  am"
    justified = CLAUSES.replace("Beratung im Sozialausschuss am", gaps)
    assert "\n\n" not in justified.split("Beratungsgang:")[1].split("Sachverhalt")[0].strip()
    expected = [
        ("Ortsbeirat Süd", "2027-05-03", None, True),
        ("Ausschuss für Soziales und Kultur", "2027-05-11", None, False),
        ("Seniorenbeirat", "2027-05-12", None, None),
        ("Gemeinderat", "2027-05-20", "decision", True),
    ]
    assert _facts(justified) == expected


DITTO = (
    "Beratungsfolge:\n\n"
    " Datum          │ Gremium                    │ Zuständigkeit  │ Status\n"
    "────────────────┼────────────────────────────┼────────────────┼────────\n"
    " Mi., 25.02.26  │ Seniorenbeirat             │ Empfehlung     │ ö\n"
    " Do., 26.02.26  │ Ortsteilrat Nord           │ Anhörung       │ ö\n"
    " dto.           │ Ortsteilrat Süd            │ Anhörung       │ ö\n"
    " Mo., 09.03.26  │ Hauptausschuss             │ Vorberatung    │ nö\n\n"
    "Beschlussvorschlag:\nText.\n"
)


def test_a_ditto_date_repeats_the_date_above() -> None:
    expected = [
        ("Seniorenbeirat", "2026-02-25", "preliminary", True),
        ("Ortsteilrat Nord", "2026-02-26", "deliberation", True),
        ("Ortsteilrat Süd", "2026-02-26", "deliberation", True),
        ("Hauptausschuss", "2026-03-09", "preliminary", False),
    ]
    assert _facts(DITTO) == expected
    # a PDF's reader: the gaps closed up to single spaces between the bars
    single = "\n".join(" ".join(line.split()) for line in DITTO.splitlines()) + "\n"
    assert _facts(single) == expected


def test_a_dash_in_the_date_column_repeats_nothing() -> None:
    dashed = DITTO.replace(" dto.          ", " –             ")
    assert ("Ortsteilrat Süd", "2026-02-26") not in [(b, d) for b, d, _, _ in _facts(dashed)]


SLASHED = (
    "Beratungsfolge\nGremium Beratung / Sitzungsart Termin Sitzungsort\n"
    "Seniorenbeirat Anhörung Mi 14.04.2027 Landratsamt,\n15:00 Uhr Raum 2.01\n"
    "Kreistag Beschluss Mi 12.05.2027 Sitzungssaal,\n(öffentlich) 17:00 Uhr Lindenbühl 28/29\n\n"
    "Beschlussvorschlag\nText.\n"
)


def test_a_single_spaced_header_with_a_slashed_cell() -> None:
    """A header whose cell names two columns with a slash ("Beratung / Sitzungsart"), its cells set apart
    by single spaces as a PDF's reader gives them: the rows under it are read."""
    assert [(b, d, r) for b, d, r, _ in _facts(SLASHED)] == [
        ("Seniorenbeirat", "2027-04-14", "deliberation"),
        ("Kreistag", "2027-05-12", "decision"),
    ]


def test_a_name_cut_by_its_run_in_role_goes_on_beside_other_cells() -> None:
    """A single-spaced row whose name breaks after a link word, the role's cell run into it ("Sozial- und
    Vorberatung"), the name's rest on the next line before the other columns' rests ("Seniorenausschuss
    (öffentlich) 17:00 Uhr"): the name is whole, the role the row's."""
    wrapped = "Sozial-, Gesundheits- und Vorberatung Di 20.04.2027 Landratsamt, Bera-\n"
    wrapped += "Seniorenausschuss (öffentlich) 17:00 Uhr tungsraum 1\nKreistag "
    text = SLASHED.replace("Kreistag ", wrapped, 1)
    assert [(b, d, r) for b, d, r, _ in _facts(text)] == [
        ("Seniorenbeirat", "2027-04-14", "deliberation"),
        ("Sozial-, Gesundheits- und Seniorenausschuss", "2027-04-20", "preliminary"),
        ("Kreistag", "2027-05-12", "decision"),
    ]
