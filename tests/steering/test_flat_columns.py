"""Members tables whose gaps a PDF's text layer flattened into single spaces
(``extractors/steering/flat_columns.py``): a table of persons under a header whose last column
names the person, each row cut where the salutation opens it, a function wrapped onto the line
below; a seat table "Bereich Sitze entsendende Stelle" with its bodies apart by semicolons; and
what is none (invented examples)."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.steering.flat_columns import (
    flat_column_table,
    member_column_rows,
    person_column_rows,
    seat_column_rows,
)
from extractors.steering.rules import MemberRow, member_rules
from tests.steering.test_steering import groups_of

LEAD = "Lenkungsgruppe Stadtgrün\nDie Lenkungsgruppe begleitet die Pflege der Parks und Friedhöfe. Berufen werden:\n"
END = "\nDie Geschäftsstelle liegt beim Gartenamt der Stadt.\n"
FUNCTIONS = [
    "Dezernentin für Umwelt und Grün, Vorsitz",
    "Leiter des Gartenamts",
    "Vorsitzende des Vereins der",
    "Sprecher der Friedhofsgärtner",
]
PERSONS = ["Frau Dr. Wiebke Strohmeier", "Herr Lasse Ohlendorf", "Frau Imke Tjaden", "Herr Prof. Kai Mönkemeyer"]
NAMES = ["Dr. Wiebke Strohmeier", "Lasse Ohlendorf", "Imke Tjaden", "Prof. Kai Mönkemeyer"]


def members_of(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def flat_persons(header: str = "Funktion Name") -> str:
    rows = "".join(f"{FUNCTIONS[k]} {PERSONS[k]}\n" + ("Kleingärtner\n" if k == 2 else "") for k in range(4))
    return f"{header}\n{rows}"


@pytest.mark.parametrize("header", ["Funktion Name", "Aufgabe Person", "Rolle vertreten durch"])
def test_a_flattened_table_of_persons_cut_at_the_salutation(header: str) -> None:
    assert members_of(LEAD + flat_persons(header) + END) == NAMES


def test_the_wrapped_function_joins_its_row() -> None:
    rules = member_rules(load_resources())
    rows = person_column_rows(flat_persons(), 0, rules, load_resources())
    assert rows is not None
    assert [r[0][2] for r in rows][2] == "Vorsitzende des Vereins der Kleingärtner"
    assert [r[1][2] for r in rows] == PERSONS


@pytest.mark.parametrize(
    "text",
    [
        # no header above: a function and a person in a sentence's lines is no table
        "".join(f"{FUNCTIONS[k]} {PERSONS[k]}\n" for k in range(4)),
        # the header's last column names no person
        "Name Funktion\n" + "".join(f"{FUNCTIONS[k]} {PERSONS[k]}\n" for k in range(4)),
        # one row only
        f"Funktion Name\n{FUNCTIONS[1]} {PERSONS[1]}\n",
        # a header over prose
        "Funktion Name\nDie Verwaltung schlägt vor, Herrn Ohlendorf zu berufen.\nDer Beirat tagt zweimal.\n",
    ],
    ids=["no-header", "person-first", "one-row", "prose"],
)
def test_no_flattened_table_of_persons(text: str) -> None:
    assert person_column_rows(text, 0, member_rules(load_resources()), load_resources()) is None


SEATS = (
    "Bereich Sitze entsendende Stelle\n"
    "Verwaltung 2 Gartenamt; Amt für Umweltschutz;\n"
    "Friedhofsamt\n"
    "Vereine 2 Kleingärtnerverein Am Deich e. V.; Heimatverein\n"
    "Lindenhof\n"
    "Schulen 1 Gesamtschule am Stadtwald (je eine Lehrkraft der\n"
    "Oberstufe)\n"
)

SEAT_MEMBERS = [
    "Gartenamt",
    "Amt für Umweltschutz",
    "Friedhofsamt",
    "Kleingärtnerverein Am Deich e. V.",
    "Heimatverein Lindenhof",
    "Gesamtschule am Stadtwald",
]


def test_a_flattened_seat_table_names_its_bodies() -> None:
    lead = "Lenkungsgruppe Stadtgrün\nDie Lenkungsgruppe hat fünf Sitze. Die Sitze verteilen sich wie folgt:\n\n"
    assert members_of(lead + SEATS + END) == SEAT_MEMBERS


def test_no_flattened_seat_table() -> None:
    rules = member_rules(load_resources())
    assert seat_column_rows(SEATS.split("\n", 1)[1], 0, rules) is None  # no header above
    assert seat_column_rows("Bereich entsendende Stelle\n" + SEATS.split("\n", 1)[1], 0, rules) is None  # no count


def spaced(table: str) -> str:
    """The table as an export sets its lines apart by blank lines, a wrapped cell's rest too."""
    return table.replace("\n", "\n\n")


def test_a_flattened_table_of_persons_its_rows_apart_by_blank_lines() -> None:
    table = spaced(flat_persons()).replace("\n\nKleingärtner", "\nKleingärtner")  # the wrapped rest right under
    assert members_of(LEAD + "\n" + table + END) == NAMES


def test_a_flattened_seat_table_its_lines_apart_by_blank_lines_before_a_numbered_heading() -> None:
    lead = "Lenkungsgruppe Stadtgrün\nDie Lenkungsgruppe hat fünf Sitze. Die Sitze verteilen sich wie folgt:\n\n"
    heading = "4. Kosten\n\nDie Sitzungen verursachen keine Kosten.\n"
    assert members_of(lead + spaced(SEATS) + heading) == SEAT_MEMBERS


DELEGATES = (
    "Gartenamt ............................ 2 Personen\n\n"
    "Naturschutzbund Ortsgruppe Nord ...... 1 Person\n\n"
    "Volkshochschule Am Wall e. V. ........ 1 Person\n\n"
)


def test_delegates_led_in_by_dots_apart_by_blank_lines() -> None:
    lead = "Lenkungsgruppe Stadtgrün\nDie Lenkungsgruppe tagt viermal im Jahr. Es entsenden:\n\n"
    heading = "4 Kosten\n\nDie Sitzungen verursachen keine Kosten.\n"
    assert members_of(lead + DELEGATES + heading) == [
        "Gartenamt",
        "Naturschutzbund Ortsgruppe Nord",
        "Volkshochschule Am Wall e. V.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        DELEGATES.split("\n\n", 1)[0] + "\n\nDie Sitzungen verursachen keine Kosten.\n",  # one line only
        DELEGATES.replace("\n\n", "\n"),  # one under another: the delegates reader's form
        "3. Lenkungsgruppe .................. 7\n\n4. Kosten .......................... 9\n",  # contents
    ],
    ids=["one-line", "not-spaced", "contents"],
)
def test_no_delegates_led_in_by_dots(text: str) -> None:
    rows: list[MemberRow] = []
    assert flat_column_table(rows, text, 0, member_rules(load_resources()), load_resources()) == (False, None)
    assert rows == []


def test_a_flattened_table_of_institutions_and_their_delegates_is_left_to_its_reader() -> None:
    table = "Institution Vertreter/in\nGartenamt Frau Imke Tjaden\nNaturschutzbund Herr Lasse Ohlendorf\n"
    assert person_column_rows(table, 0, member_rules(load_resources()), load_resources()) is None


@pytest.mark.parametrize("gap", ["\t", "      "], ids=["tab", "wide"])
def test_a_table_whose_gaps_are_kept_is_left_to_the_readers_of_columns(gap: str) -> None:
    table = flat_persons().replace(" Frau", gap + "Frau").replace(" Herr", gap + "Herr").replace(" Name", gap + "Name")
    assert person_column_rows(table, 0, member_rules(load_resources()), load_resources()) is None
    assert members_of(LEAD + "\n" + table + END) == NAMES


def test_a_tabbed_seat_table_its_cells_wrapped_under_each_row() -> None:
    lead = "Lenkungsgruppe Stadtgrün\nDie Lenkungsgruppe hat fünf Sitze. Die Sitze verteilen sich wie folgt:\n\n"
    table = (
        "Bereich\tSitze\tentsendende Stelle\n\n"
        "Verwaltung\t2\tGartenamt; Amt für\nUmweltschutz; Friedhofsamt\n\n"
        "Vereine\t2\tKleingärtnerverein Am Deich e. V.; Heimatverein\nLindenhof\n\n"
        "Schulen 1\tGesamtschule am Stadtwald (je eine Lehrkraft der\nOberstufe)\n\n"
    )
    assert members_of(lead + table + "4. Kosten\nDie Sitzungen verursachen keine Kosten.\n") == SEAT_MEMBERS


COUNTS = (
    "Organisation Anzahl\n"
    "Gartenamt der Stadt 2\n"
    "Fachbereich 3 – Umwelt, Klima und Grün 1\n"
    "Kleingärtnerverein Am Deich e. V. 2\n"
    "gesamt 5\n"
)
COUNT_LEAD = (
    "Lenkungsgruppe Stadtgrün\nDie Lenkungsgruppe begleitet die Parkpflege. Die Sitze verteilen sich wie folgt:\n\n"
)


def test_a_flattened_table_of_bodies_and_their_counts_its_total_the_size() -> None:
    groups = groups_of(COUNT_LEAD + COUNTS + END)
    # the number inside a body's name stays its own ("Fachbereich 3"); the total row is no member
    assert [m.member for g in groups for m in g.members] == [
        "Gartenamt der Stadt",
        "Fachbereich 3 – Umwelt, Klima und Grün",
        "Kleingärtnerverein Am Deich e. V.",
    ]
    assert [g.size for g in groups] == [5]


@pytest.mark.parametrize(
    "text",
    [
        COUNTS.split("\n", 1)[1],  # no header above
        "Organisation Zweck\n" + COUNTS.split("\n", 1)[1],  # the header's last column counts nothing
        "Organisation Anzahl\nGartenamt der Stadt 2\ngesamt 2\n",  # one row only
        COUNTS.replace("gesamt 5", "gesamt 7"),  # a total that does not add up
        # a header over prose in single spaces: a sentence is no row
        "Organisation Anzahl\nDie Verwaltung lädt die Vereine ein, die Sitzungen finden\nim Rathaus statt.\n",
    ],
    ids=["no-header", "no-count", "one-row", "total-off", "prose"],
)
def test_no_flattened_table_of_counts(text: str) -> None:
    rows: list[MemberRow] = []
    totals: list[int] = []
    res = load_resources()
    assert flat_column_table(rows, text, 0, member_rules(res), res, totals) == (False, None)
    assert rows == [] and totals == []


NUMBERED = (
    "lfd. Funktion Institution Person\n"
    "\f1 Dezernentin, Vorsitz Dezernat III der Stadtverwaltung Frau Dr. Wiebke Strohmeier\n"
    "2 Leiter Amt für Stadtgrün, Friedhöfe Herr Lasse\n"
    "Ohlendorf\n"
    "und Forsten\n"
    "3 Vorsitzende Verein der Kleingärtner e. V. Frau Imke Tjaden\n"
)


def test_a_numbered_table_of_persons_with_an_institution_column() -> None:
    """A running number and an institution's column before the persons' (the salutation still cuts each
    row), over a page break right under the header; a family name wrapped under the salutation and the
    given name joins the person, a lower-case line after it the function."""
    rows = person_column_rows(NUMBERED, 0, member_rules(load_resources()), load_resources())
    assert rows is not None
    assert [r[1][2] for r in rows] == ["Frau Dr. Wiebke Strohmeier", "Herr Lasse Ohlendorf", "Frau Imke Tjaden"]
    assert rows[1][0][2] == "2 Leiter Amt für Stadtgrün, Friedhöfe und Forsten"


def test_a_lead_in_colon_ends_its_paragraph_before_a_lower_case_header() -> None:
    text = LEAD.replace("Berufen werden:\n", "Die Besetzung:\n\n") + NUMBERED + END
    assert members_of(text) == ["Dr. Wiebke Strohmeier", "Lasse Ohlendorf", "Imke Tjaden"]


SECTOR_MEMBER = (
    "Bereich Institution / Funktion Mitglied\n"
    "Verwaltung Leiterin des Gartenamts (Vorsitz) Wiebke Strohmeier\n"
    "Amt für Umweltschutz, Sachgebietsleitung Lasse Ohlendorf\n"
    "Leitung des Friedhofsamts –\n"
    "Vereine Vorsitzende des Vereins der Kleingärtner,\n"
    "Imke Tjaden (Vorsitz)\n"
    "Naturschutzbund Kreisgruppe Nordheim, Sprecher der\n"
    "Ortsgruppe, Kai Mönkemeyer (NABU)\n"
)


def test_a_flattened_table_of_sectors_and_members_with_vacant_seats() -> None:
    """Column words before the members' column ("Bereich Institution / Funktion Mitglied"): each row ends
    in its person's name (a bracket after it allowed), a row whose body runs on after a comma or a
    linking word ends in the name on the line below, a dash where the person stands is a vacant seat
    that the body holds."""
    rows = member_column_rows(SECTOR_MEMBER, 0, member_rules(load_resources()), load_resources())
    assert rows is not None
    assert [r[1][2] for r in rows] == [
        "Wiebke Strohmeier",
        "Lasse Ohlendorf",
        "Leitung des Friedhofsamts",
        "Imke Tjaden (Vorsitz)",
        "Kai Mönkemeyer",
    ]


def test_a_header_of_a_person_column_before_the_members_is_no_such_table() -> None:
    text = SECTOR_MEMBER.replace("Bereich Institution / Funktion Mitglied", "Name Mitglied")
    assert member_column_rows(text, 0, member_rules(load_resources()), load_resources()) is None
