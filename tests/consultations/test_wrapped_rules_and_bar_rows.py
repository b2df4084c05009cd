"""A table of bars as a PDF's text gives it: the rule under the header wrapped onto two lines of rule glyphs
and bars alone (no row's name), and a name's rest on a line of its own between empty cells' bars
("| | Gleichstellung | | |")."""

from __future__ import annotations

from tests.consultations.test_consultations import run

TABLE = (
    "Beratungsfolge\n"
    "| Datum | Gremium | Sitzung | Behandlung |\n"
    "|==============|===============================\n"
    "=============|=========|==============|\n"
    "| Mo 06.03.2028 | Seniorenbeirat | ö | Kenntnisnahme |\n"
    "| Di 07.03.2028 | Ausschuss für Kultur, Sport und | ö | Vorberatung |\n"
    "| | Freizeit | | |\n"
    "| Do 16.03.2028 | Gemeinderat | nö | Beschluss |\n"
    "\nBegründung\nDer Gemeinderat beschließt.\n"
)


def test_wrapped_rule_and_bar_rows() -> None:
    _, rows = run(TABLE)
    assert [(r.body, r.meeting_date, r.public) for r in rows] == [
        ("Seniorenbeirat", "2028-03-06", True),
        ("Ausschuss für Kultur, Sport und Freizeit", "2028-03-07", True),
        ("Gemeinderat", "2028-03-16", False),
    ]


def test_rules_between_rows() -> None:
    """A grid ruled between its rows, "+" joints: each rule parts two rows and is no name."""
    text = (
        "Beratungsfolge\n"
        "+---------------+----------------+\n"
        "| Gremium | Sitzung am |\n"
        "+---------------+----------------+\n"
        "| Seniorenbeirat | 06.03.2028 |\n"
        "+---------------+----------------+\n"
        "| Gemeinderat | 16.03.2028 |\n"
        "+---------------+----------------+\n"
        "\nBegründung\nDer Gemeinderat beschließt.\n"
    )
    _, rows = run(text)
    assert [(r.body, r.meeting_date) for r in rows] == [
        ("Seniorenbeirat", "2028-03-06"),
        ("Gemeinderat", "2028-03-16"),
    ]
