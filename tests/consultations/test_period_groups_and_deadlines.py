"""Three forms of a Beratungsfolge's table: rows grouped under headings that name the month of their sittings
("Sitzungsrunde März 2026"), a result alone on the line under its row, maybe led by an arrow, and a table whose
first dates are the papers' deadlines, under a column word cut at its hyphen ("Vorlagen-" over "schluss"), the
meeting's date in the last column. Every case is invented: other towns, other bodies, the same forms; the near
misses keep what they are."""

from __future__ import annotations

from extractors import load_resources
from extractors.consultations import extract
from pipeline.structure import view
from tests.helpers import document

Row = tuple[str, str, "str | None", "bool | None"]


def rows(text: str) -> list[Row]:
    doc = document(text)
    found = extract(doc, load_resources(), view(doc))
    return [(r.body, r.meeting_date or "", r.role, r.public) for r in found]


ROUNDS = (
    "Beratungsfolge\n\n"
    "  Sitzungsrunde Februar 2026 (abgeschlossen)\n"
    "    Mi. 18. Feb. 2026   Seniorenbeirat                                  Empfehlung      ö\n"
    "                        → mehrheitlich empfohlen\n\n"
    "  Sitzungsrunde März 2026\n"
    "    Di. 10. März 2026   Ortsrat Nordhafen                               Anhörung        ö\n"
    "    Do. 12. März 2026   Ausschuss für Schule, Kultur, Sport und         Vorberatung     ö\n"
    "                        Freizeit\n\n"
    "  Sitzungsrunde April 2026\n"
    "    Mo. 13. Apr. 2026   Verwaltungsausschuss                            Vorberatung     nö\n"
    "    Do. 23. Apr. 2026   Rat der Stadt Weidenau                          Entscheidung    ö\n\n"
    "Beschlussvorschlag\n\nDer Rat beschließt das Konzept.\n"
)


def test_rows_under_headings_of_their_months_are_read_in_every_group() -> None:
    assert [(b, d) for b, d, _, _ in rows(ROUNDS)] == [
        ("Seniorenbeirat", "2026-02-18"),
        ("Ortsrat Nordhafen", "2026-03-10"),
        ("Ausschuss für Schule, Kultur, Sport und Freizeit", "2026-03-12"),
        ("Verwaltungsausschuss", "2026-04-13"),
        ("Rat der Stadt Weidenau", "2026-04-23"),
    ]
    assert [p for _, _, _, p in rows(ROUNDS)] == [True, True, True, False, True]


def test_a_result_alone_under_its_row_is_no_part_of_the_name() -> None:
    plain = ROUNDS.replace("→ mehrheitlich empfohlen", "einstimmig zugestimmt")
    assert rows(plain)[0][:2] == ("Seniorenbeirat", "2026-02-18")
    # a name's rest under its row stays the name's
    wrapped = ROUNDS.replace(
        "                        → mehrheitlich empfohlen\n", "                        Sozialplanung\n"
    )
    assert rows(wrapped)[0][:2] == ("Seniorenbeirat Sozialplanung", "2026-02-18")


def test_a_month_beside_a_body_stays_a_planned_row() -> None:
    """A body whose meeting is planned for a month only is a row, no group's heading."""
    text = (
        "Beratungsfolge\n\n"
        "    Di. 10. März 2026   Ortsrat Nordhafen                               Anhörung        ö\n"
        "    Gemeinderat März 2026\n\n"
        "Begründung\n\nDer Rat hat am 02.02.2026 beraten.\n"
    )
    assert [b for b, _, _, _ in rows(text)][:1] == ["Ortsrat Nordhafen"]
    assert "Gemeinderat" in [b for b, _, _, _ in rows(text)]


CHAIN = (
    "Terminplan\n"
    "────────────────────────────────────────────────────────────────────────────────────────\n"
    "Vorlagen-     Gremium                              Befassung          Öffent-   Sitzung\n"
    "schluss                                                               lichkeit\n"
    "────────────────────────────────────────────────────────────────────────────────────────\n"
    "02.02.2026    Beirat für Menschen mit Behinderung  Stellungnahme      ja        16.02.2026\n"
    "09.02.2026    Hauptausschuss                       Vorberatung        nein      23.02.2026\n"
    "16.02.2026    Ausschuss für Umwelt, Klima und      Vorberatung        ja        02.03.2026\n"
    "              Mobilität\n"
    "02.03.2026    Stadtrat                             Beschlussfassung   ja        16.03.2026\n"
    "────────────────────────────────────────────────────────────────────────────────────────\n"
    "Vorlagenschluss = letzter Tag für die Einreichung (14 Tage vor der Sitzung)\n"
)


def test_a_deadlines_column_before_the_bodies_gives_no_meeting_date() -> None:
    assert rows(CHAIN) == [
        ("Beirat für Menschen mit Behinderung", "2026-02-16", "deliberation", True),
        ("Hauptausschuss", "2026-02-23", "preliminary", False),
        ("Ausschuss für Umwelt, Klima und Mobilität", "2026-03-02", "preliminary", True),
        ("Stadtrat", "2026-03-16", "decision", True),
    ]


def test_a_line_of_cut_words_without_their_rests_opens_no_table() -> None:
    """The rests must stand under their first parts, alone: a line of prose under the cut words is no header's."""
    broken = CHAIN.replace(
        "schluss                                                               lichkeit\n",
        "Die Termine sind vorläufig                                            lichkeit\n",
    )
    assert rows(broken) == []


WRAPPED_HEAD = (
    "Beratungstermine\n"
    "────────────────────────────────────────────────────────────────────────────────\n"
    "Beratungsgremium                     Beratungstermin  Beratungsanlass         Öffent-\n"
    "                                                                               lichkeit\n"
    "────────────────────────────────────────────────────────────────────────────────\n"
    "Beirat für Senioren und              03.03.2026       angehört – Votum:        ja\n"
    "Generationen                                          Zustimmung (9:0:2)\n"
    "Bauausschuss                         17.03.2026       vorberatend              ja\n"
    "Stadtrat                             31.03.2026       beschließend             ja\n"
    "────────────────────────────────────────────────────────────────────────────────\n\n"
    "Beschlussantrag\nDer Stadtrat stimmt zu.\n"
)


def test_a_column_word_wrapped_in_the_last_column_keeps_the_columns_before_it() -> None:
    """The rest of the last column's word ("Öffent-" / "lichkeit") is that column's, not the second's: the
    dates' column stays the dates', and a name's rest with a result beside it makes no row of its own."""
    assert [(b, d, p) for b, d, _, p in rows(WRAPPED_HEAD)] == [
        ("Beirat für Senioren und Generationen", "2026-03-03", True),
        ("Bauausschuss", "2026-03-17", True),
        ("Stadtrat", "2026-03-31", True),
    ]


def test_the_part_of_the_sitting_under_a_name_is_its_status() -> None:
    text = (
        "   Termin                      Gremium                                       Zuständigkeit\n"
        "   Montag, 09.03.2026          Finanzausschuss                               Vorberatung\n"
        "                               (nichtöffentlicher Teil)\n"
        "   Donnerstag, 26.03.2026      Gemeindevertretung                            Entscheidung\n\n"
        "Beschlussvorschlag\n"
    )
    assert rows(text) == [
        ("Finanzausschuss", "2026-03-09", "preliminary", False),
        ("Gemeindevertretung", "2026-03-26", "decision", None),
    ]


def test_a_legend_paragraph_wrapped_at_hyphens_names_whole_bodies() -> None:
    text = (
        "Beratungsfolge\n"
        " Lfd.  Gremium     Termin        Sitzung   Behandlung\n"
        " 1     OR Nd       02.03.2026    ö         Anhörung\n"
        " 2     OR WaHo     03.03.2026    ö         Anhörung\n"
        " 3     HA          10.03.2026    nö        Vorberatung\n"
        " 4     GR          24.03.2026    ö         Beschluss\n"
        " Gremien: OR Nd = Ortschaftsrat Nordau · OR WaHo = Ortschaftsrat Waldau-\n"
        " Hohenfeld · HA = Haupt-\n"
        " ausschuss · GR = Gemeinderat\n\n"
        "Beschlussvorschlag\n"
    )
    assert [b for b, _, _, _ in rows(text)] == [
        "Ortschaftsrat Nordau",
        "Ortschaftsrat Waldau-Hohenfeld",
        "Hauptausschuss",
        "Gemeinderat",
    ]


CUT_BARS = (
    "Beratungsfolge\n"
    "┌──────────────────────────────────┬────────────┬─────┬──────────┬──────────┐\n"
    "│ Gremium │ Sitzungstag│ ö/nö│ Vorbera- │ Entschei-│\n"
    "│ │ │ │ tung │ dung │\n"
    "├──────────────────────────────────┼────────────┼─────┼──────────┼──────────┤\n"
    "│ Beirat für Teilhabe und Inklusion │ 04.03.2026 │ ö │ ☒ │ ☐ │\n"
    "│ Ausschuss für Bildung, Kultur, │ 11.03.2026 │ ö │ ☒ │ ☐ │\n"
    "│ Sport und Freizeit │ │ │ │ │\n"
    "│ Gemeinderat │ 25.03.2026 │ nö │ ☐ │ ☒ │\n"
    "└──────────────────────────────────┴────────────┴─────┴──────────┴──────────┘\n\n"
    "Betreff: Aktionsplan Inklusion\n"
)


def test_a_bar_tables_header_cut_at_hyphens_set_single_spaced() -> None:
    """A PDF's text layer sets the drawn table's bars one space apart: the header's cut words are joined with the
    rests in the cells under them, and the rows are read."""
    assert [(b, d, p) for b, d, _, p in rows(CUT_BARS)] == [
        ("Beirat für Teilhabe und Inklusion", "2026-03-04", True),
        ("Ausschuss für Bildung, Kultur, Sport und Freizeit", "2026-03-11", True),
        ("Gemeinderat", "2026-03-25", False),
    ]


def test_a_rest_under_a_whole_word_joins_no_bar_header() -> None:
    moved = CUT_BARS.replace("│ │ │ │ tung │ dung │", "│ │ am │ │ tung │ dung │")
    assert rows(moved) == []


def test_a_sittings_part_column_and_a_submission_decision() -> None:
    """A "Teil" column word (the sitting's part, "A" or "B") is a column's, no row's; a Magistrat's
    "Vorlagebeschluss" is its role, no part of its name; a remark whose clauses a semicolon parts is no name's."""
    text = (
        "Beratungsfolge:\n\n"
        "Gremium Sitzung Teil TOP Befassung\n"
        "Magistrat 02.03.2026 B 4 Vorlagebeschluss\n"
        "Seniorenbeirat 09.03.2026 A 3 Anhörung\n"
        "(erste Fassung; Hinweise aufgenommen)\n"
        "Stadtverordnetenversammlung 26.03.2026 A 11 Entscheidung\n"
        "─────────────────────────────────────\n"
        "Teil A = öffentlicher Teil der Sitzung · Teil B = nichtöffentlicher Teil der Sitzung\n"
    )
    assert [(b, d, r) for b, d, r, _ in rows(text)] == [
        ("Magistrat", "2026-03-02", "decision"),
        ("Seniorenbeirat", "2026-03-09", "deliberation"),
        ("Stadtverordnetenversammlung", "2026-03-26", "decision"),
    ]


def _single_spaced(text: str) -> str:
    """The table as a PDF's text layer sets it: every gap one space."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def test_a_deadlines_column_set_single_spaced_gives_the_last_columns_dates() -> None:
    """The header's cut words joined in order ("Vorlagen-" + "schluss"), the first date of each row the deadline's
    (a name wrapped after its comma: single-spaced, a role word after a link word reads as the name's)."""
    table = _single_spaced(CHAIN).replace("Umwelt, Klima und Vorberatung", "Umwelt, Vorberatung")
    found = rows(table.replace("\nMobilität\n", "\nKlima und Mobilität\n"))
    assert [(b, d, r) for b, d, r, _ in found] == [
        ("Beirat für Menschen mit Behinderung", "2026-02-16", "deliberation"),
        ("Hauptausschuss", "2026-02-23", "preliminary"),
        ("Ausschuss für Umwelt, Klima und Mobilität", "2026-03-02", "preliminary"),
        ("Stadtrat", "2026-03-16", "decision"),
    ]


def test_a_single_spaced_row_opening_with_a_date_under_a_name_first_header_is_no_deadline() -> None:
    """Only columns of unknown kind before the bodies' take a row's first dates: under "Sitzung Gremium …" the
    first date is the meeting's."""
    table = (
        "Terminplan\n"
        "Sitzung Gremium Befassung Öffent-\n"
        "lichkeit\n"
        "16.02.2026 Hauptausschuss Vorberatung nein\n"
        "02.03.2026 Stadtrat Beschlussfassung ja\n"
    )
    assert [(b, d) for b, d, _, _ in rows(table)] == [("Hauptausschuss", "2026-02-16"), ("Stadtrat", "2026-03-02")]


ROLE_REST = (
    "Beratungsweg\n"
    "Termin Gremium Art der Beratung Sitzungsart\n"
    "04.03.2026 Gemeindevorstand Beschluss über die nicht öffentlich\n"
    "Weiterleitung – erledigt\n"
    "11.03.2026 Ausschuss für Bauen, Vorberatung öffentlich\n"
    "Verkehr und Umwelt\n"
    "19.03.2026 Gemeindevertretung Beschlussfassung öffentlich\n"
)


def test_a_role_cell_ending_open_before_the_status_goes_on_under_its_row() -> None:
    assert rows(ROLE_REST) == [
        ("Gemeindevorstand", "2026-03-04", "decision", False),
        ("Ausschuss für Bauen, Verkehr und Umwelt", "2026-03-11", "preliminary", True),
        ("Gemeindevertretung", "2026-03-19", "decision", True),
    ]


def test_a_line_under_a_closed_role_cell_is_no_role_rest() -> None:
    """Where the role's cell ends whole, the line under the row goes on with its name, as a wrapped name does."""
    closed = ROLE_REST.replace("Beschluss über die nicht", "Beschluss nicht")
    assert rows(closed)[0][:2] == ("Gemeindevorstand Weiterleitung", "2026-03-04")
