"""Lines under a Beratungsfolge's rows that are no name and no row: a remark opening with its label
("Bemerkung: …", "Hinweis: …", its sentence's rest on the next line), also where it names another body
or a date, and the heading again over the table's rest after a page break ("Beratungsfolge
(Fortsetzung)") with the header repeated; the column word "Art der Befassung" whole (no body "der");
a body whose long name in brackets holds brackets of its own, wrapped onto a second line. As a text
sets them with gaps and as a PDF's text layer flattens them into single spaces. Every case is
invented: other towns, other names, the same forms."""

from __future__ import annotations

import pytest

from tests.consultations.test_cells_beside_wrapped_names import Row, rows, table_rows

ROWS: list[Row] = [
    (
        "Seniorenbeirat (Beirat für Seniorinnen und Senioren der Stadt Lauda (Tauber))",
        "2027-04-13",
        "information",
        True,
    ),
    ("Ausschuss für Kultur und Sport", "2027-04-20", "preliminary", True),
    ("Gemeinderat", "2027-05-04", "decision", True),
]

GAPS = (
    "Beratungsfolge\n"
    "Gremium                                            Termin        Status   Art der Befassung\n"
    "Seniorenbeirat (Beirat für Seniorinnen und         13.04.2027    ö        Kenntnisnahme\n"
    "Senioren der Stadt Lauda (Tauber))\n"
    "Ausschuss für Kultur und Sport                     20.04.2027    ö        Vorberatung\n"
    "   Bemerkung: Vortrag des Seniorenbeirats, Redezeit 10 Minuten\n"
    "Gemeinderat                                        04.05.2027    ö        Entscheidung\n"
    "   Bemerkung: nur bei Empfehlung des Ausschusses\n"
)
FLAT = (
    "Beratungsfolge\n"
    "Gremium Termin Status Art der Befassung\n"
    "Seniorenbeirat (Beirat für Seniorinnen und 13.04.2027 ö Kenntnisnahme\n"
    "Senioren der Stadt Lauda (Tauber))\n"
    "Ausschuss für Kultur und Sport 20.04.2027 ö Vorberatung\n"
    "Bemerkung: Vortrag des Seniorenbeirats, Redezeit 10 Minuten\n"
    "Gemeinderat 04.05.2027 ö Entscheidung\n"
    "Bemerkung: nur bei Empfehlung des Ausschusses\n"
)


@pytest.mark.parametrize("table", [GAPS, FLAT], ids=["gaps", "flat"])
def test_remarks_under_rows(table: str) -> None:
    assert rows(table) == ROWS


def test_remarks_under_rows_in_the_table_reader() -> None:
    # the table reader alone: no body "der" from the header, no remark in a name
    assert table_rows(FLAT) == ROWS


CONTINUED = (
    "Beratungsfolge\n"
    "TOP Gremium Ö/N Sitzung Rolle\n"
    "TOP 3 Ausschuss für Kultur und Ö 20.04.27 Vorberatung\n"
    "Sport\n"
    "Hinweis: gemeinsame Beratung mit dem Schulausschuss am 20.04.2027; die Vorlage wird dort\n"
    "nicht gesondert abgestimmt.\n"
    "Beratungsfolge (Fortsetzung)\n"
    "TOP Gremium Ö/N Sitzung Rolle\n"
    "TOP 11.2 Gemeinderat Ö 04.05.27 Entscheidung\n"
)


def test_a_note_and_the_heading_again_between_rows() -> None:
    expected = [
        ("Ausschuss für Kultur und Sport", "2027-04-20", "preliminary", True),
        ("Gemeinderat", "2027-05-04", "decision", True),
    ]
    assert list(dict.fromkeys(table_rows(CONTINUED))) == expected  # the repeated header's read too: one each
    assert rows(CONTINUED) == expected


def test_a_label_of_no_note_is_no_remark() -> None:
    # "Sport:" is no word of a notes' column: the line is the name's rest (a body named so)
    table = (
        "Beratungsfolge\n"
        "Gremium Termin Status Art der Befassung\n"
        "Ausschuss für Bildung und 20.04.2027 ö Vorberatung\n"
        "Sport\n"
        "Gemeinderat 04.05.2027 ö Entscheidung\n"
    )
    assert [r[0] for r in table_rows(table)] == ["Ausschuss für Bildung und Sport", "Gemeinderat"]
