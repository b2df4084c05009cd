"""A Beratungsfolge as blocks led by the body's line (its date, time and place on the next line, its status and
role after spaced dashes on the one after); a header whose role words are cut at hyphens over two lines, each
row's date in the column of its role; a meeting of the council's plenum ("Plenum des Stadtrates")."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import run

BLOCKS = (
    "Landkreis Musterland\nBeschlussvorlage\n\nBeratungsfolge\n\n"
    "  1  Seniorenbeirat des Kreises\n"
    "     Dienstag, 7. März 2028, 10:00 Uhr, Kreishaus, Raum 2.04\n"
    "     öffentlich – Stellungnahme\n\n"
    "  2  Ausschuss für Bildung und Kultur\n"
    "     Donnerstag, 16. März 2028, 16:00 Uhr, Kreishaus, Sitzungssaal\n"
    "     nichtöffentlich – Vorberatung\n\n"
    "  3  Kreistag\n"
    "     Montag, 27. März 2028, 17:00 Uhr, Stadthalle\n"
    "     öffentlich – Entscheidung\n\n"
    "Beschlussvorschlag\nDer Kreistag beschließt das Konzept.\n"
)


def test_body_blocks() -> None:
    _, rows = run(BLOCKS)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Seniorenbeirat des Kreises", "2028-03-07", "deliberation", True),
        ("Ausschuss für Bildung und Kultur", "2028-03-16", "preliminary", False),
        ("Kreistag", "2028-03-27", "decision", True),
    ]


def test_body_blocks_without_status_lines_and_flattened() -> None:
    """No status line under the dates; the indent lost and a blank line after every line, as exports set them."""
    text = "\n".join(ln for ln in BLOCKS.split("\n") if "–" not in ln)
    text = "\n\n".join(ln.strip() for ln in text.split("\n"))
    _, rows = run(text)
    assert [(r.body, r.meeting_date, r.role) for r in rows] == [
        ("Seniorenbeirat des Kreises", "2028-03-07", None),
        ("Ausschuss für Bildung und Kultur", "2028-03-16", None),
        ("Kreistag", "2028-03-27", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a timetable's steps: no body over the dates
        "Zeitplan:\nAuftaktveranstaltung\nMontag, 5. Mai 2027, 18:00 Uhr, Rathaus\n"
        "Werkstatt\nDienstag, 17. Juni 2027, 18:00 Uhr, Bürgerhaus\n",
        # one block alone
        "Termin:\nGemeinderat\nMontag, 5. Mai 2027, 18:00 Uhr, Rathaus\n\nDer Rat tagt.\n",
        # a sentence after the date: prose, not a block's date line
        "Der Sozialausschuss\n5. Mai 2027 hat er beraten.\nDer Gemeinderat\n6. Mai 2027 hat er beschlossen.\n",
    ],
    ids=["timetable", "one-block", "prose"],
)
def test_no_body_blocks(text: str) -> None:
    _, rows = run("Stadt Neustadt\nBeschlussvorlage\n\nBegründung:\n" + text + "\nEnde.\n")
    assert [r for r in rows if r.method == "body_block"] == []


ROLE_COLUMNS = (
    "Stadt Neustadt\nBeschlussvorlage\n\nBeratungsfolge (Datum in der Spalte der Zuständigkeit)\n"
    "                                    Kenntnis-     Vor-          Ent-\n"
    "Gremium                             nahme         beratung      scheidung     Sitzungsart\n"
    "Seniorenbeirat                      02.03.2028                                öffentlich\n"
    "Ausschuss für Soziales,                           04.03.2028                  öffentlich\n"
    "Bildung und Sport\n"
    "Hauptausschuss                                    10.03.2028                  nicht öffentlich\n"
    "Stadtverordnetenversammlung                                     24.03.2028    öffentlich\n\n"
    "Beschlussvorschlag\nDie Stadtverordnetenversammlung beschließt das Konzept.\n"
)


def test_dates_in_the_columns_of_their_roles() -> None:
    _, rows = run(ROLE_COLUMNS)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Seniorenbeirat", "2028-03-02", "information", True),
        ("Ausschuss für Soziales, Bildung und Sport", "2028-03-04", "preliminary", True),
        ("Hauptausschuss", "2028-03-10", "preliminary", False),
        ("Stadtverordnetenversammlung", "2028-03-24", "decision", True),
    ]


@pytest.mark.parametrize("glue", ["Ent", "Ent- "], ids=["hyphen-dropped", "hyphen-kept"])
def test_cut_words_and_header_set_as_one_line(glue: str) -> None:
    """A text layer sets the cut words' line and the header's as one single-spaced line, the last first part
    glued to the header's first word: the rows are read under the heading, without their roles."""
    lines = [" ".join(line.split()) for line in ROLE_COLUMNS.splitlines()]
    top = lines.index("Kenntnis- Vor- Ent-")
    lines[top : top + 2] = [f"Kenntnis- Vor- {glue}Gremium nahme beratung scheidung Sitzungsart"]
    _, rows = run("\n".join(lines) + "\n")
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Seniorenbeirat", "2028-03-02", None, True),
        ("Ausschuss für Soziales, Bildung und Sport", "2028-03-04", None, True),
        ("Hauptausschuss", "2028-03-10", None, False),
        ("Stadtverordnetenversammlung", "2028-03-24", None, True),
    ]


def test_cut_words_over_a_header_with_a_dates_column() -> None:
    """The cut words name no role: the dates' column gives the date, no row a role by its column."""
    text = ROLE_COLUMNS.replace("Kenntnis-     Vor-          Ent-", "Sitzungs-     Vor-          Ent-").replace(
        "nahme         beratung      scheidung", "datum         beratung      scheidung"
    )
    _, rows = run(text)
    assert [(r.body, r.meeting_date) for r in rows][:1] == [("Seniorenbeirat", "2028-03-02")]
    assert all(r.role is None for r in rows if r.body == "Seniorenbeirat")


def test_plenum_of_the_council() -> None:
    text = (
        "Stadt Neustadt\nBeschlussvorlage\n\nBeratungsfolge\n\n"
        "Sitzung                      Gremium                            Beratungszweck\n"
        "SOZ/02/2028 vom 14.03.2028   Senat für Soziales und Familie     Empfehlung\n"
        "PL/03/2028 vom 28.03.2028    Plenum des Stadtrates              Entscheidung\n\n"
        "Betreff:\nIntegrationskonzept\n"
    )
    _, rows = run(text)
    assert [(r.body, r.meeting_date, r.role) for r in rows] == [
        ("Senat für Soziales und Familie", "2028-03-14", "preliminary"),
        ("Plenum des Stadtrates", "2028-03-28", "decision"),
    ]
