"""Forms of a Beratungsfolge's table: the paper's counted readings as columns, each cell a date with its status and
role; plain words as column heads ("Wann / Wer / Was / öffentlich?"); a column of the member municipalities before
the bodies' and a column of votes after them, under lettered parts; a row's date on its second line under the
sitting's number; a group's word in the plural beside its first place; a result led by an arrow beside the time
under a row; a resubmission's label under the table. Every case is invented: other towns, other bodies, the same
forms; the near misses keep what they are."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations import extract
from pipeline.structure import view
from tests.helpers import document

Row = tuple[str, str, "str | None", "bool | None"]


def found(text: str) -> list[tuple[str, str, str | None, bool | None, str]]:
    doc = document(text)
    records = extract(doc, load_resources(), view(doc))
    return [(r.body, r.meeting_date or "", r.role, r.public, r.method) for r in records]


def rows(text: str) -> list[Row]:
    return [(b, d, r, p) for b, d, r, p, _ in found(text)]


READINGS = (
    "Beratungsfolge\n"
    "                                    1. Befassung                2. Befassung\n"
    "                                    (Erste Lesung)              (Beratung und Beschluss)\n"
    "    ────────────────────────────    ──────────────────────────  ──────────────────────────\n"
    "    Ausschuss für Kultur,           14.01.2027 · ö · erledigt   08.04.2027 · ö · Vorberatung\n"
    "    Sport und Freizeit\n"
    "    Hauptausschuss                  –                           22.04.2027 · nö · Vorberatung\n"
    "    Kreistag                        28.01.2027 · ö · erledigt   06.05.2027 · ö · Entscheidung\n"
    "    ────────────────────────────    ──────────────────────────  ──────────────────────────\n"
    "    ö = öffentlich, nö = nichtöffentlich\n\n"
    "Beschlussvorschlag\n\nDer Kreistag beschließt das Konzept.\n"
)


def test_the_readings_as_columns_give_a_meeting_for_each_dated_cell() -> None:
    assert sorted(rows(READINGS), key=lambda r: r[1]) == [
        ("Ausschuss für Kultur, Sport und Freizeit", "2027-01-14", None, True),
        ("Kreistag", "2027-01-28", None, True),
        ("Ausschuss für Kultur, Sport und Freizeit", "2027-04-08", "preliminary", True),
        ("Hauptausschuss", "2027-04-22", "preliminary", False),
        ("Kreistag", "2027-05-06", "decision", True),
    ]


def test_one_reading_among_other_column_words_opens_no_table_of_readings() -> None:
    """A header needs two counted readings and nothing else: "1. Befassung   Bemerkung" is another table's."""
    one = READINGS.replace("2. Befassung", "Bemerkung   ")
    assert not [r for r in found(one) if r[4] == "table.readings"]


PLAIN_WORDS = (
    "So läuft die Beratung\n"
    "Wann               Wer                                   Was                öffentlich?\n"
    "Mo., 07.06.2027    Seniorenbeirat der Stadt Wolgast      berät vor          ja\n"
    "Do., 17.06.2027    Ausschuss für Wirtschaft, Tourismus   berät vor          nein\n"
    "                   und Umwelt\n"
    "Do., 01.07.2027    Stadtvertretung                       entscheidet        ja\n"
)


def test_plain_words_as_column_heads() -> None:
    assert rows(PLAIN_WORDS) == [
        ("Seniorenbeirat der Stadt Wolgast", "2027-06-07", "preliminary", True),
        ("Ausschuss für Wirtschaft, Tourismus und Umwelt", "2027-06-17", "preliminary", False),
        ("Stadtvertretung", "2027-07-01", "decision", True),
    ]


PARTS = (
    "Beratungsfolge\n\n"
    "A  Zustimmung der Mitgliedsgemeinden\n\n"
    "   Gemeinde           Gremium                                Sitzung       Votum\n"
    "   ·················  ·····································  ············  ·······················\n"
    "   Stadt Lübz         Stadtvertretung Lübz                   03.05.2027    zugestimmt (11/0/1)\n"
    "   Passow             Gemeindevertretung Passow              06.05.2027    steht aus\n\n"
    "B  Beschlussfassung\n\n"
    "   Amtsausschuss Eldenburg Lübz                              20.05.2027    Entscheidung (ö)\n\n"
    "Beschlussvorschlag\n"
)


def test_a_column_of_municipalities_and_one_of_votes_under_lettered_parts() -> None:
    assert [(b, d) for b, d, _, _ in rows(PARTS)] == [
        ("Stadtvertretung Lübz", "2027-05-03"),
        ("Gemeindevertretung Passow", "2027-05-06"),
        ("Amtsausschuss Eldenburg Lübz", "2027-05-20"),
    ]


SECOND_LINES = (
    "Beratungsfolge\n"
    "────────────────────────────────────────────────────────────────────────────────────\n"
    "lfd.  Gremium                           Sitzung            Sitzungsteil     Beratungszweck\n"
    "────────────────────────────────────────────────────────────────────────────────────\n"
    " 1    Ausschuss für Umwelt, Klima,      Nr. 7/2027         öffentlich       Vorberatung\n"
    "      Mobilität und Bauen               vom 14.09.2027                      → vertagt\n"
    "                                                                              auf Antrag\n"
    " 2    Seniorenbeirat                    Nr. 3/2027         öffentlich       erneute\n"
    "                                        vom 21.09.2027                      Vorberatung\n"
    " 3    Stadtrat                          Nr. 9/2027         öffentlich       Entscheidung\n"
    "                                        vom 30.09.2027\n"
    "────────────────────────────────────────────────────────────────────────────────────\n"
)


def test_a_rows_date_on_its_second_line_under_the_sittings_number() -> None:
    assert rows(SECOND_LINES) == [
        ("Ausschuss für Umwelt, Klima, Mobilität und Bauen", "2027-09-14", "preliminary", True),
        ("Seniorenbeirat", "2027-09-21", "preliminary", True),
        ("Stadtrat", "2027-09-30", "decision", True),
    ]


def test_a_dated_row_under_a_row_without_a_sittings_cell_stays_a_row() -> None:
    """Only a row with a cell of its own under the dates' column waits for its date on the next line."""
    undated = (
        "Beratungsfolge\n"
        "Gremium                           Sitzung            Sitzungsteil     Beratungszweck\n"
        "Lenkungsgruppe Integration                           öffentlich       Vorberatung\n"
        "Stadtrat                          30.09.2027         öffentlich       Entscheidung\n"
    )
    assert ("Stadtrat", "2027-09-30", "decision", True) in rows(undated)
    assert not any(b.startswith("Lenkungsgruppe") and d for b, d, _, _ in rows(undated))


GROUP_BESIDE = (
    "Beratungsfolge\n"
    "Gremium                                          Termin        Befassung            Ö/N\n"
    "Ortsbeiräte          Heideblick                  10.05.2027    Anhörung             Ö\n"
    "                     Waldhufen                   11.05.2027    Anhörung             Ö\n"
    "Hauptausschuss                                   25.05.2027    Vorberatung          N\n"
    "Stadtverordnetenversammlung                      08.06.2027    Beschluss            Ö\n"
)


def test_a_groups_word_beside_its_first_place_names_each_place_by_it() -> None:
    assert [b for b, _, _, _ in rows(GROUP_BESIDE)] == [
        "Ortsbeirat Heideblick",
        "Ortsbeirat Waldhufen",
        "Hauptausschuss",
        "Stadtverordnetenversammlung",
    ]


def test_a_body_in_the_singular_beside_a_place_is_no_group() -> None:
    single = GROUP_BESIDE.replace("Ortsbeiräte  ", "Ortsbeirat   ")
    assert "Ortsbeirat Waldhufen" not in [b for b, _, _, _ in rows(single)]


ARROW_BESIDE_TIME = (
    "Beratungsfolge\n\n"
    "Sitzungsart         Datum                    Gremium                              Zuständigkeit\n"
    "öffentlich          Di., 04.05.2027          Jugendhilfeausschuss                 Empfehlung\n"
    "                    17:00 Uhr                → erfolgt, mehrheitliche Empfehlung\n"
    "öffentlich          Mi., 19.05.2027          Gemeinderat                          Entscheidung\n"
    "                    18:30 Uhr\n"
)


def test_a_result_led_by_an_arrow_beside_the_time_is_no_part_of_the_name() -> None:
    assert [(b, d) for b, d, _, _ in rows(ARROW_BESIDE_TIME)] == [
        ("Jugendhilfeausschuss", "2027-05-04"),
        ("Gemeinderat", "2027-05-19"),
    ]


def test_a_resubmissions_label_under_the_rows_is_no_row() -> None:
    table = (
        "Beratungsfolge:\n"
        "   Gremium                                          Sitzung       TOP     Beratungsziel\n"
        "   Ausschuss für Soziales und Kultur                02.06.2027    Ö 5     Kenntnisnahme\n"
        "   Gemeinderat                                      16.06.2027    Ö 9     Kenntnisnahme\n"
        "   Wiedervorlage: Juni 2028 (Zwischenbericht)\n"
    )
    assert [b for b, _, _, _ in rows(table)] == ["Ausschuss für Soziales und Kultur", "Gemeinderat"]


def _single_spaced(text: str) -> str:
    """The text as a PDF's text layer sets it: every gap one space, no indentation."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


@pytest.mark.parametrize(
    "table",
    [READINGS, PARTS, GROUP_BESIDE, ARROW_BESIDE_TIME],
    ids=["readings", "municipalities", "group-beside", "arrow-beside-time"],
)
def test_the_same_tables_set_single_spaced_give_the_same_meetings(table: str) -> None:
    assert sorted((b, d) for b, d, _, _ in rows(_single_spaced(table))) == sorted((b, d) for b, d, _, _ in rows(table))


def test_a_rows_date_on_its_second_line_set_single_spaced() -> None:
    """The sitting's number closes the name's line, its date opens the next one after the name's rest; a result's
    lower-case rest under an arrow-led cell is no part of the name."""
    table = SECOND_LINES.replace("öffentlich       erneute", "öffentlich       Anhörung").replace(
        "vom 21.09.2027                      Vorberatung", "vom 21.09.2027"
    )
    assert [(b, d) for b, d, _, _ in rows(_single_spaced(table))] == [
        ("Ausschuss für Umwelt, Klima, Mobilität und Bauen", "2027-09-14"),
        ("Seniorenbeirat", "2027-09-21"),
        ("Stadtrat", "2027-09-30"),
    ]


def test_a_single_spaced_row_without_a_sittings_number_keeps_the_line_under_it_apart() -> None:
    """Without the number closing the name, the line under it is no second line of the row."""
    table = _single_spaced(SECOND_LINES).replace(" Nr. 9/2027", "")
    assert ("Stadtrat", "2027-09-30") not in [(b, d) for b, d, _, _ in rows(table)]
