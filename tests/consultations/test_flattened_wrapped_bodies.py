"""A Beratungsfolge whose whitespace a tool collapsed to one line, read by the grammar of its rows:
a body a line break of the table cut comes back whole, whether its rest stands after the row's other
cells ("15.04.2026 Ausschuss für Bildung, Kultur Ö Vorberatung 7/1/0 und Sport") or before the next
row's body ("Ausschuss für Umwelt, Klima, 12.05.2026 Ö Verkehr und Mobilität Hauptausschuss ...");
a count of votes, a role's lower-case rest, a status written before each body and the prose after the
table are cells of their own, never a body's words."""

from __future__ import annotations

import re

import pytest

from extractors import load_resources
from extractors.consultations.headers import header
from extractors.consultations.vocab import vocab
from tests.consultations.test_consultations import run

HEAD = "Vorlage Nr. 2026/117\nFachbereich: Bürgerdienste\nDatum: 02.03.2026\n\n"


def flat(text: str) -> list[tuple[str, str | None, str | None, bool | None]]:
    """The rows read from the text with its whitespace collapsed to one line."""
    _, found = run(re.sub(r"\s+", " ", HEAD + text) + "\n")
    return [(r.body, r.meeting_date, r.role, r.public) for r in found]


# the date first, the body wrapped onto a second line after a vote cell: flattened, its rest follows the votes
DATE_FIRST = """Beratungsfolge:
Datum        Gremium                                Ö/N   Zuständigkeit   Abstimmung J/N/E
14.04.2026   {first}   Ö     Vorberatung     {votes}
             {rest}
05.05.2026   Verwaltungsausschuss                  N     Vorberatung
19.05.2026   Stadtrat                              Ö     Entscheidung

Beschlussvorschlag:
Der Stadtrat beschließt die Fortschreibung des Konzepts.
"""


@pytest.mark.parametrize(
    ("first", "rest", "votes"),
    [
        ("Ausschuss für Bildung, Kultur", "und Sport", "7/1/0"),
        ("Ausschuss für Umwelt, Klima,", "Verkehr und Mobilität", "11:0:2"),
        ("Ausschuss für Jugend", "und Familie", "einstimmig"),
    ],
    ids=["link-word-rest", "rest-after-open-comma", "result-word"],
)
def test_rest_of_a_body_after_the_row_s_other_cells(first: str, rest: str, votes: str) -> None:
    assert flat(DATE_FIRST.format(first=first, rest=rest, votes=votes)) == [
        (f"{first} {rest}", "2026-04-14", "preliminary", True),
        ("Verwaltungsausschuss", "2026-05-05", "preliminary", False),
        ("Stadtrat", "2026-05-19", "decision", True),
    ]


# the body first, wrapped onto a second line after the row's cells: flattened, its rest opens the next row's body
BODY_FIRST = """Beratungsfolge:
Gremium                                Sitzungsdatum    TOP   Ö/N   Zuständigkeit
{first}   Di 09.06.2026    4     Ö     Vorberatung
{rest}
{second}                               Mi 17.06.2026    7     N     Vorberatung
Kreistag                               Do 02.07.2026    12    Ö     Entscheidung

Sachverhalt:
Die Verwaltung legt den Bericht vor.
"""


@pytest.mark.parametrize(
    ("first", "rest", "second"),
    [
        ("Ausschuss für Schule, Sport,", "Kultur und Ehrenamt", "Kreisausschuss"),
        ("Ausschuss für Soziales, Arbeit", "und Gesundheit", "Haupt- und Finanzausschuss"),
        ("Ausschuss für Umwelt und", "Landwirtschaft", "Haupt-, Personal- und Finanzausschuss"),
    ],
    ids=["after-comma", "lower-case-rest", "next-body-cut-compounds"],
)
def test_rest_of_a_body_before_the_next_row_s_body(first: str, rest: str, second: str) -> None:
    assert flat(BODY_FIRST.format(first=first, rest=rest, second=second)) == [
        (f"{first} {rest}", "2026-06-09", "preliminary", True),
        (second, "2026-06-17", "preliminary", False),
        ("Kreistag", "2026-07-02", "decision", True),
    ]


def test_role_word_right_after_a_top_cell_is_no_word_of_the_name() -> None:
    """ "… Ö 4 Vorberatung und Landwirtschaft Kreisausschuss …": the role is the row's cell, the
    link word and the noun after it the body's rest."""
    text = """Beratungsfolge:
Gremium                         Sitzungstermin            Ö/N   TOP   Zuständigkeit
Ausschuss für Umwelt, Energie   Mo, 08.06.2026 17:00 Uhr  Ö     4     Vorberatung
und Landwirtschaft
Kreisausschuss                  Di, 16.06.2026 15:00 Uhr  N     9     Vorberatung
Kreistag                        Do, 25.06.2026 15:00 Uhr  Ö     7     Entscheidung
"""
    assert flat(text) == [
        ("Ausschuss für Umwelt, Energie und Landwirtschaft", "2026-06-08", "preliminary", True),
        ("Kreisausschuss", "2026-06-16", "preliminary", False),
        ("Kreistag", "2026-06-25", "decision", True),
    ]


def test_a_name_after_the_row_s_cells_is_no_rest_of_the_body_before() -> None:
    """A text that holds a head word ("Ortsrat Nord") is no rest of the body before it, though that
    body ends open: the body stays as its line gave it."""
    text = BODY_FIRST.format(first="Ausschuss für Schule, Sport,", rest="Ortsrat Nord", second="Kreisausschuss")
    found = flat(text)
    assert found[0] == ("Ausschuss für Schule, Sport", "2026-06-09", "preliminary", True)
    assert len(found) == 3


def test_lower_case_words_after_a_body_are_no_rest_of_it() -> None:
    """A rest is a few words of a name: a lower-case phrase of a sentence ("wird nachgereicht") is not."""
    text = DATE_FIRST.format(first="Ausschuss für Bildung, Kultur", rest="wird nachgereicht", votes="7/1/0")
    assert [body for body, *_ in flat(text)] == ["Ausschuss für Bildung, Kultur", "Verwaltungsausschuss", "Stadtrat"]


# a status written out before each body, the header naming no status column
STATUS_FIRST = """Beratungsfolge
Gremium                                           Datum
{one}  Ausschuss für Wirtschaft und Tourismus   03.09.2026
{two}  Finanzausschuss                          10.09.2026
{one}  Gemeinderat                              24.09.2026

Erweiterung des Gewerbegebiets Am Mühlbach
"""


@pytest.mark.parametrize(("one", "two"), [("Öffentlich", "Nichtöffentlich"), ("Nichtöffentlich", "Öffentlich")])
def test_status_before_each_body_of_a_flattened_table(one: str, two: str) -> None:
    first = one == "Öffentlich"
    assert flat(STATUS_FIRST.format(one=one, two=two)) == [
        ("Ausschuss für Wirtschaft und Tourismus", "2026-09-03", None, first),
        ("Finanzausschuss", "2026-09-10", None, not first),
        ("Gemeinderat", "2026-09-24", None, first),
    ]


def test_a_status_column_word_stays_the_header_s() -> None:
    """ "Öffentlich" ends a header as the row's status only where it is written out, alone among the
    header's status words and before a body's name: not "Ö/N", not a pair of mark columns."""
    v = vocab(load_resources())
    row = header("Gremium Datum Öffentlich Ausschuss für Wirtschaft 03.09.2026", v)
    assert row is not None and row.kinds == ("body", "date")
    for text, kinds in [
        ("Gremium Datum Ö/N Ausschuss für Wirtschaft 03.09.2026 Ö", ("body", "date", "public")),
        ("Gremium Datum öffentlich nichtöffentlich Finanzausschuss 03.09.2026 x", ("body", "date", "public", "public")),
        ("Gremium Datum Öffentlich 03.09.2026", ("body", "date", "public")),
    ]:
        found = header(text, v)
        assert found is not None and found.kinds == kinds, text


def test_a_role_s_lower_case_rest_is_no_row() -> None:
    """ "Beschluss über die Vorlage": the role's words, no body of a row of its own."""
    text = """Beratungsreihenfolge:
Nr.  Gremium                           Datum        Art der Behandlung
1    Ortsbeirat Süd                    02.02.2026   Beschluss über die Vorlage
2    Ausschuss für Stadtentwicklung    09.02.2026   Vorberatung
3    Stadtverordnetenversammlung       23.02.2026   Beschlussfassung
"""
    assert flat(text) == [
        ("Ortsbeirat Süd", "2026-02-02", "decision", None),
        ("Ausschuss für Stadtentwicklung", "2026-02-09", "preliminary", None),
        ("Stadtverordnetenversammlung", "2026-02-23", "decision", None),
    ]


def test_prose_after_the_last_row_ends_the_rows() -> None:
    """The sentence after the table is no cell of its last row: its numbers are no TOP, its words no body."""
    text = """Beratungsfolge:
Status  Sitzungstermin               Gremium              TOP   Zuständigkeit
Ö       Mo., 04.05.2026, 17:00 Uhr   Sportausschuss       5     Vorberatung
Ö       Di., 19.05.2026, 14:00 Uhr   Verbandsversammlung  11    Entscheidung

Antrag:
Die Verbandsversammlung beschließt:
1. Die Sportstättenplanung wird in 3 Stufen umgesetzt.
"""
    assert flat(text) == [
        ("Sportausschuss", "2026-05-04", "preliminary", True),
        ("Verbandsversammlung", "2026-05-19", "decision", True),
    ]
