"""Members in labelled lines after a lead-in (``extractors/steering/labelled.py``): a line for each
part of a group, its seats in brackets, its members apart by semicolons, wrapped at a narrow column
as a PDF and its exports set them; and what is no such block."""

from __future__ import annotations

import pytest

from tests.steering.test_steering import groups_of

LEAD = (
    "Die Lenkungsrunde begleitet den Aktionsplan und tagt zweimal im Jahr. Ihre zwölf Sitze\n"
    "verteilen sich auf drei Seiten:\n"
)
WANT = [
    "Ratsfraktionen",
    "Sozialamt Lindenau",
    "Amt für Wohnen und Quartiere",
    "Jugendamt Lindenau",
    "Diakonisches Werk Lindenau e. V.",
    "Arbeiterwohlfahrt Kreisverband Lindenau",
    "Flüchtlingsrat Lindenau",
    "Elternnetzwerk Weststadt",
]

TEXT = (
    LEAD
    + "\n"
    + "Politische Seite (4 Sitze): zwei Vertreter der Ratsfraktionen\n"
    + "Kommunale Seite (4 Sitze): Sozialamt Lindenau; Amt für Wohnen und Quartiere; Jugendamt\n"
    + "Lindenau\n"
    + "Freie Seite (4 Sitze): Diakonisches Werk Lindenau e. V.; Arbeiterwohlfahrt Kreisverband\n"
    + "Lindenau; Flüchtlingsrat Lindenau; Elternnetzwerk Weststadt\n"
    + "\n"
    + "Die Geschäftsführung liegt beim Büro für Vielfalt.\n"
)
# as pdftotext and pypdf set it: lines wrapped again, no blank line around the block
NARROW = (
    LEAD
    + "Politische Seite (4 Sitze): zwei Vertreter der Ratsfraktionen\n"
    + "Kommunale Seite (4 Sitze): Sozialamt Lindenau; Amt für Wohnen und\n"
    + "Quartiere; Jugendamt\n"
    + "Lindenau\n"
    + "Freie Seite (4 Sitze): Diakonisches Werk Lindenau e.\n"
    + "V.; Arbeiterwohlfahrt Kreisverband\n"
    + "Lindenau; Flüchtlingsrat Lindenau; Elternnetzwerk Weststadt\n"
    + "Die Geschäftsführung liegt beim Büro für\n"
    + "Vielfalt.\n"
)
# as pdfminer.six sets it: a blank line after most lines, words broken at the line end
SPACED = (
    LEAD
    + "\n"
    + "Politische  Seite  (4  Sitze):  zwei  Vertreter  der  Ratsfraktionen\n"
    + "\n"
    + "Kommunale  Seite  (4  Sitze):  Sozialamt  Linden-\n"
    + "au; Amt für Wohnen und\n"
    + "\n"
    + "Quartiere; Jugendamt\n"
    + "\n"
    + "Lindenau\n"
    + "\n"
    + "Freie  Seite  (4  Sitze):  Diakonisches  Werk  Lindenau  e.  V.;  Arbeiterwohl-\n"
    + "fahrt Kreisverband\n"
    + "\n"
    + "Lindenau; Flüchtlingsrat Lindenau; Elternnetzwerk Weststadt\n"
    + "\n"
    + "Die Geschäftsführung liegt beim Büro für Vielfalt.\n"
)


def members_of(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


@pytest.mark.parametrize("text", [TEXT, NARROW, SPACED], ids=["text", "narrow", "spaced"])
def test_labelled_lines_give_the_members_of_each_part(text: str) -> None:
    assert members_of(text) == WANT


def test_the_block_ends_at_a_heading_without_a_blank_line() -> None:
    text = (
        LEAD
        + "Politische Seite: Ratsfraktionen\n"
        + "Kommunale Seite: Sozialamt Lindenau; Jugendamt Lindenau\n"
        + "3. Zeitplan\n"
        + "Der Aktionsplan wird bis Ende 2026 erarbeitet.\n"
    )
    assert members_of(text) == ["Ratsfraktionen", "Sozialamt Lindenau", "Jugendamt Lindenau"]


def test_a_chair_label_names_the_chair() -> None:
    text = (
        "Der Begleitkreis begleitet die Umsetzung des Konzepts. Er ist wie folgt besetzt:\n\n"
        "Vorsitz: Beigeordneter für Bildung und Soziales\n"
        "Weitere Sitze: Volkshochschule Hafenstadt; Kreishandwerkerschaft Hafenstadt\n"
    )
    g = groups_of(text)[0]
    assert g.chair == "Beigeordneter für Bildung und Soziales"
    assert [m.member for m in g.members if not m.is_chair] == [
        "Volkshochschule Hafenstadt",
        "Kreishandwerkerschaft Hafenstadt",
    ]


def test_one_labelled_line_is_no_block() -> None:
    """A lone labelled line after a lead-in is read as before (a line's lead word, or nothing):
    never the whole of the text below it."""
    from extractors.steering.labelled import labelled_parts

    text = "Freie Seite (4 Sitze): Diakonisches Werk\nDie Sitzungen sind nicht öffentlich.\n"
    assert labelled_parts(text, 0) is None


def test_labelled_lines_of_dates_name_no_member() -> None:
    text = (
        "Die Lenkungsrunde begleitet den Aktionsplan. Ihre Sitzungen sind geplant:\n\n"
        "Erste Sitzung: 12. März 2026; 14 Uhr\n"
        "Zweite Sitzung: 18. Juni 2026; 15 Uhr\n"
    )
    assert members_of(text) == []
