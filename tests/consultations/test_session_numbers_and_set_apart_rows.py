"""A Beratungsfolge as council registers and text exports set it: a column of session numbers
("BA/XII/37") between the body and the date, no word of the name; a row's name whose last line an
export set apart by blank lines, as it sets every line apart; a row's last cell, a role or a status
word, cut by a hyphen at the line's end ("Vorbe-" / "ratung", "öf-" / "fentlich"); a role word that
ends a row's line after a comma inside the name, the name going on below with a noun; and a line
of the meetings a paper went through, its parts set apart by dashes ("Bezirksbeirat Süd – Sitzung
vom 14.03.2030 – öffentlich – TOP 5")."""

from __future__ import annotations

import re

import pytest

from extractors import load_resources
from extractors.consultations.vocab import vocab
from pipeline.structure.tokens import typed
from tests.consultations.test_consultations import run


def rows(text: str) -> list[tuple[str, str | None, str | None, bool | None]]:
    _, found = run(text)
    return [(r.body, r.meeting_date, r.role, r.public) for r in found]


HEAD = "Landkreis Musterkreis\nDer Kreisausschuss\n\nSitzungsvorlage 2030/0412\nDatum: 02.03.2030\n\n"

SESSIONS = """Beratungsreihenfolge:

Nr. Gremium Sitzungs-Nr. Termin Öff. Beratungszweck Abstimmungs-
ergebnis
1 Kreisausschuss KA/XII/37 Mo, 18.03.2030 nö Vorberatung einstimmig
2 Beirat für Menschen mit BB/XII/9 Di, 26.03.2030 ö Anhörung
Behinderungen
3 Ausschuss für Bildung, SBK/XII/14 Do, 04.04.2030 ö Vorberatung
Kultur und Sport
4 Kreistag KT/XII/21 Mo, 29.04.2030 ö Beschlussfassung

Beschlussvorschlag:
Der Kreistag beschließt den Bericht.
"""


def test_a_column_of_session_numbers_between_body_and_date() -> None:
    assert rows(HEAD + SESSIONS) == [
        ("Kreisausschuss", "2030-03-18", "preliminary", False),
        ("Beirat für Menschen mit Behinderungen", "2030-03-26", "deliberation", True),
        ("Ausschuss für Bildung, Kultur und Sport", "2030-04-04", "preliminary", True),
        ("Kreistag", "2030-04-29", "decision", True),
    ]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Sozialausschuss SOZ/XI/104 Mo, 18.03.2030", ["text", "top", "date"]),
        ("Sozialausschuss BA/12 Mo, 18.03.2030", ["text", "top", "date"]),
        ("Gemeinderat GR/2030/7 Mo, 18.03.2030", ["text", "top", "date"]),
        # no session numbers: a name's words with a slash, a paper's year, a bare number of a name
        ("Ausschuss für Bau/Umwelt Mo, 18.03.2030", ["text", "date"]),
        ("Bezirksbeirat Nord/Süd Mo, 18.03.2030", ["text", "date"]),
        ("Stadtbezirksrat 12/2030 Mo, 18.03.2030", ["text", "date"]),
    ],
)
def test_a_session_number_is_a_cell_of_its_own(text: str, kinds: list[str]) -> None:
    v = vocab(load_resources())
    assert [c.kind for c in typed(text, v.tokens) if c.kind != "empty"] == kinds


# an export that sets every line apart by a blank one, the date first, a role or status word cut at the line's end
SET_APART = """Stadt Musterhausen Vorlage

Datum: 02.03.2030

Beratungsfolge:

Datum Status Gremium Beratungsart

Mo, 04.03.2030 öffentlich Beirat für Teilhabe Kenntnisnahme

Do, 07.03.2030 öffentlich Ausschuss für Umwelt, Verkehr, Vorberatung

Klima und Energie

Di,  12.03.2030  nichtöffentlich  Haupt-,  Personal-  und  Finanzausschuss  Vorbe-
ratung

Do, 21.03.2030 öffentlich Stadtrat Entscheidung

Beschlussvorschlag:

Der Stadtrat beschließt das Konzept.
"""


def test_a_name_s_last_line_set_apart_and_a_role_cut_at_the_line_s_end() -> None:
    assert rows(SET_APART) == [
        ("Beirat für Teilhabe", "2030-03-04", "information", True),
        ("Ausschuss für Umwelt, Verkehr, Klima und Energie", "2030-03-07", "preliminary", True),
        ("Haupt-, Personal- und Finanzausschuss", "2030-03-12", "preliminary", False),
        ("Stadtrat", "2030-03-21", "decision", True),
    ]


def test_a_role_word_after_a_comma_before_the_name_s_rest_when_flattened() -> None:
    text = SET_APART.replace("Vorbe-\nratung", "Vorberatung")
    assert rows(re.sub(r"\s+", " ", text) + "\n") == [
        ("Beirat für Teilhabe", "2030-03-04", "information", True),
        ("Ausschuss für Umwelt, Verkehr, Klima und Energie", "2030-03-07", "preliminary", True),
        ("Haupt-, Personal- und Finanzausschuss", "2030-03-12", "preliminary", False),
        ("Stadtrat", "2030-03-21", "decision", True),
    ]


def test_a_role_word_after_a_comma_going_on_with_a_link_word_stays_in_the_name() -> None:
    text = SET_APART.replace("Verkehr, Vorberatung\n\nKlima und Energie", "Verkehr, Information\n\nund Kultur")
    found = rows(text)
    assert ("Ausschuss für Umwelt, Verkehr, Information und Kultur", "2030-03-07", None, True) in found
    assert len(found) == 4


ROLE_FIRST = """Bezirksamt Musterstadt

Beratungsablauf

Beratungsart Datum Gremium Status

Kenntnisnahme Mi., 06.03.2030 Seniorenbeirat Süd öffentlich

Vorberatung  Do.,  14.03.2030  Ausschuss  für  Bildung,  Sport,  Kultur,  öf-
fentlich

Jugend und Familie

Entscheidung Do., 28.03.2030 Bezirksversammlung öffentlich

Sachverhalt:

Die Bezirksversammlung hat den Plan beschlossen.
"""


def test_a_status_word_cut_at_the_line_s_end_and_the_name_going_on_below() -> None:
    assert rows(ROLE_FIRST) == [
        ("Seniorenbeirat Süd", "2030-03-06", "information", True),
        ("Ausschuss für Bildung, Sport, Kultur, Jugend und Familie", "2030-03-14", "preliminary", True),
        ("Bezirksversammlung", "2030-03-28", "decision", True),
    ]


def test_a_name_s_word_cut_at_the_line_s_end_is_no_status() -> None:
    text = ROLE_FIRST.replace("Kultur,  öf-\nfentlich\n\nJugend und Familie", "Kultur,  Ju-\ngend")
    assert rows(text) == [
        ("Seniorenbeirat Süd", "2030-03-06", "information", True),
        ("Ausschuss für Bildung, Sport, Kultur, Jugend", "2030-03-14", "preliminary", None),
        ("Bezirksversammlung", "2030-03-28", "decision", True),
    ]


MEETINGS_PASSED = """Stadt Musterhausen
Sitzungsvorlage 041/2030

Betreff: Ein Neubau für die Grundschule

Der Gemeinderat beschließt den Neubau.

gez. Berger
Bürgermeister

Sitzungsverlauf:

{line}
Anhörung: Der Bezirksbeirat empfiehlt die Vorlage zur Annahme.
"""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Bezirksbeirat Süd – Sitzung vom 14.03.2030 – öffentlich – TOP 5",
            [("Bezirksbeirat Süd", "2030-03-14", None, True)],
        ),
        (
            "Ortschaftsrat Unterdorf - am 02.04.2030 - nichtöffentlich",
            [("Ortschaftsrat Unterdorf", "2030-04-02", None, False)],
        ),
        # no body, no status, or a sentence: no meeting line
        ("Projektgruppe Schulhof – Sitzung vom 14.03.2030 – öffentlich – TOP 5", []),
        ("Bezirksbeirat Süd – Sitzung vom 14.03.2030 – TOP 5", []),
        ("Der Bezirksbeirat hat – so die Sitzung vom 14.03.2030 – öffentlich beraten", []),
    ],
    ids=["dashes-and-top", "hyphens-no-top", "no-body", "no-status", "sentence"],
)
def test_a_meeting_line_with_its_parts_set_apart_by_dashes(
    line: str, expected: list[tuple[str, str, None, bool]]
) -> None:
    assert [r for r in rows(MEETINGS_PASSED.format(line=line)) if r[1] and r[1].startswith("2030-0")] == expected
