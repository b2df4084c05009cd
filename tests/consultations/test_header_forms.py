"""Beratungsfolge tables whose header or layout the plain header reader does not see: column words
hyphenated over two lines ("Ter-" / "min"), a box drawn with box-drawing glyphs, a first header cell
of filler words over an empty column ("zur Sitzung"), a filler word and a short date word as the
bodies' and dates' column words ("Beratung   Tag   Behandlung"), a "Beratungsverlauf" heading over
numbered rows, and rows grouped under their role's line. Each beside its near misses, which yield
nothing (or no role). Every case is invented."""

from __future__ import annotations

import re

import pytest

from tests.consultations.test_consultations import run

HEAD = "Stadt Wermelskirchen\nDer Bürgermeister\n\nBeschlussvorlage 0412/2027\n\n"
TAIL = "\nBeschlussvorschlag:\nDer Rat beschließt das Sportstättenkonzept.\n"


def facts(text: str) -> list[tuple[str, str | None, str | None, bool | None]]:
    _, rows = run(HEAD + text + TAIL)
    return [(r.body, r.meeting_date, r.role, r.public) for r in rows]


HYPHENED = (
    "Beratungsfolge:\n"
    "Gremium                          Ter-         Zuständig-     Ö/N   Beratungs-\n"
    "                                 min          keit                 ergebnis\n"
    "Sportbeirat                      03.03.2027   Anhörung       Ö     zugestimmt\n"
    "                                                                   (J 9 / N 1 / E 0)\n"
    "Ausschuss für Sport und          10.03.2027   Vorberatung    Ö\n"
    "Freizeit\n"
    "Rat                              25.03.2027   Entscheidung   Ö\n"
)


def test_header_with_hyphenated_column_words() -> None:
    assert facts(HYPHENED) == [
        ("Sportbeirat", "2027-03-03", "deliberation", True),
        ("Ausschuss für Sport und Freizeit", "2027-03-10", "preliminary", True),
        ("Rat", "2027-03-25", "decision", True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the rests stand under no cut cell: two lines of a form, not one header
        HYPHENED.replace("Beratungsfolge:\n", "").replace(
            "                                 min          keit", "min   keit"
        ),
        # a members' table cut so: a bodies' column but no dates
        "Gremium                          Vertre-\n"
        "                                 tung\n"
        "Sportbeirat                      Frau Lea Brink\n"
        "Rat                              Herr Timo Rauh\n",
    ],
    ids=["rests-elsewhere", "no-dates"],
)
def test_hyphenated_near_misses_yield_nothing(text: str) -> None:
    assert facts("Begründung:\n" + text) == []


DRAWN = (
    "┌──────┬──────────────────────────────┬────────────┬─────┬──────────────┬─────────────┐\n"
    "│ lfd. │ Beratungsfolge               │ Termin     │ Ö/N │ Zuständigkeit│ Ergebnis    │\n"
    "│ Nr.  │                              │            │     │              │             │\n"
    "├──────┼──────────────────────────────┼────────────┼─────┼──────────────┼─────────────┤\n"
    "│ 1    │ Ausschuss für Kultur, Sport  │ 04.05.2027 │ Ö   │ Vorberatung  │ empfohlen   │\n"
    "│      │ und Tourismus                │            │     │              │ 7 / 1 / 0   │\n"
    "├──────┼──────────────────────────────┼────────────┼─────┼──────────────┼─────────────┤\n"
    "│ 2    │ Kreisausschuss               │ 11.05.2027 │ N   │ Vorberatung  │             │\n"
    "├──────┼──────────────────────────────┼────────────┼─────┼──────────────┼─────────────┤\n"
    "│ 3    │ Kreistag Nordwestmecklenburg │ 24.05.2027 │ Ö   │ Entscheidung │             │\n"
    "└──────┴──────────────────────────────┴────────────┴─────┴──────────────┴─────────────┘\n"
)


def test_box_drawn_with_glyphs() -> None:
    assert facts(DRAWN) == [
        ("Ausschuss für Kultur, Sport und Tourismus", "2027-05-04", "preliminary", True),
        ("Kreisausschuss", "2027-05-11", "preliminary", False),
        ("Kreistag Nordwestmecklenburg", "2027-05-24", "decision", True),
    ]


def test_drawn_box_of_costs_yields_nothing() -> None:
    box = (
        "┌──────────────────────────────┬──────────────┐\n"
        "│ Gutachten 2027               │  12.400,00 € │\n"
        "│ Zuwendung Land (50 %)        │  -6.200,00 € │\n"
        "└──────────────────────────────┴──────────────┘\n"
    )
    assert facts("Finanzielle Auswirkungen:\n" + box) == []


FILLER_CELL = (
    "zur Sitzung\tGremium\t\t\t\tam\t\tArt\n"
    "\tAusschuss für Schule, Sport und\t\t12.05.2027\tvorberatend\n"
    "\tKultur der Gemeinde Lindholm\n"
    "\tHauptausschuss des Amtes\t\t19.05.2027\tvorberatend, nicht öffentlich\n"
    "\tAmtsausschuss Lindholm\t\t\t02.06.2027\tbeschließend\n"
)


def test_first_header_cell_of_filler_words() -> None:
    assert facts(FILLER_CELL) == [
        ("Ausschuss für Schule, Sport und Kultur der Gemeinde Lindholm", "2027-05-12", "preliminary", None),
        ("Hauptausschuss des Amtes", "2027-05-19", "preliminary", False),
        ("Amtsausschuss Lindholm", "2027-06-02", "decision", None),
    ]


def test_filler_cell_without_a_bodies_column_yields_nothing() -> None:
    text = "zur Sitzung\tThema\t\tam\n\tRadwegenetz\t\t12.05.2027\n\tSchulwegsicherung\t19.05.2027\n"
    assert facts(text) == []


FILLER_AND_DAY = (
    "Beratung                                  Tag              Behandlung\n"
    "Die Bürgermeisterin                       02.02.2027       nicht öffentlich\n"
    "Ausschuss für Umwelt und Verkehr          16.02.2027       öffentlich\n"
    "Stadtrat                                  02.03.2027       öffentlich\n"
)


@pytest.mark.parametrize("text", [FILLER_AND_DAY, re.sub(r" {2,}", " ", FILLER_AND_DAY)], ids=["gaps", "single-spaces"])
def test_filler_and_short_date_word_as_column_words(text: str) -> None:
    assert facts(text) == [
        ("Die Bürgermeisterin", "2027-02-02", None, False),
        ("Ausschuss für Umwelt und Verkehr", "2027-02-16", None, True),
        ("Stadtrat", "2027-03-02", None, True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # consultation hours: the same column words, no body in a row
        "Beratung                                  Tag              Ort\n"
        "Sprechstunde Wohngeld                     02.02.2027       Rathaus, Zimmer 4\n"
        "Sprechstunde Rente                        16.02.2027       Bürgerhaus\n",
        # the words single-spaced in a sentence: no gap parts them
        "Beratung Tag und Nacht bietet der Notdienst seit dem 02.02.2027 an.\n",
    ],
    ids=["no-body", "sentence"],
)
def test_filler_and_short_date_word_near_misses_yield_nothing(text: str) -> None:
    assert facts("Begründung:\n" + text) == []


def test_beratungsverlauf_over_numbered_rows() -> None:
    text = (
        "Beratungsverlauf:\n"
        " 1. Ausschuss für Jugend und Soziales (AJS)     07.06.2027 [ö]   Vorberatung\n"
        " 2. Verwaltungsausschuss (VA)                   14.06.2027 [nö]  Vorberatung\n"
        " 3. Gemeinderat (GR)                            28.06.2027 [ö]   Beschluss\n"
    )
    assert facts(text) == [
        ("Ausschuss für Jugend und Soziales (AJS)", "2027-06-07", "preliminary", True),
        ("Verwaltungsausschuss (VA)", "2027-06-14", "preliminary", False),
        ("Gemeinderat (GR)", "2027-06-28", "decision", True),
    ]


def test_beratungsverlauf_in_a_sentence_yields_nothing() -> None:
    text = "Begründung:\nÜber den Beratungsverlauf im Jugendausschuss am 07.06.2027 gibt die Niederschrift Auskunft.\n"
    assert facts(text) == []


GROUPED = (
    "Beratungsfolge:\n"
    "Vorberatung\n"
    "   Seniorenbeirat                           02.03.2027     öffentlich\n"
    "   Ausschuss für Kultur, Sport und          09.03.2027     öffentlich\n"
    "   Freizeit\n"
    "   Hauptausschuss                           16.03.2027     nichtöffentlich\n"
    "Beschlussfassung\n"
    "   Gemeinderat                              23.03.2027     öffentlich\n"
)


@pytest.mark.parametrize("text", [GROUPED, GROUPED.replace("\n   ", "\n")], ids=["indented", "at-the-margin"])
def test_rows_grouped_under_their_role(text: str) -> None:
    assert facts(text) == [
        ("Seniorenbeirat", "2027-03-02", "preliminary", True),
        ("Ausschuss für Kultur, Sport und Freizeit", "2027-03-09", "preliminary", True),
        ("Hauptausschuss", "2027-03-16", "preliminary", False),
        ("Gemeinderat", "2027-03-23", "decision", True),
    ]


UNDER_ROWS = (
    "Beratungsfolge:\n"
    "Seniorenbeirat                           02.03.2027     öffentlich\n"
    "Vorberatung\n"
    "Hauptausschuss                           16.03.2027     nichtöffentlich\n"
    "Beschlussfassung\n"
    "Gemeinderat                              23.03.2027     öffentlich\n"
)


@pytest.mark.parametrize(
    "text",
    [
        # the first role line under the first row: a row's cell as much as a group's head
        UNDER_ROWS,
        # a blank line between each role line and its rows
        GROUPED.replace("Vorberatung\n", "Vorberatung\n\n").replace("Beschlussfassung\n", "Beschlussfassung\n\n"),
        # a row's result on a line of its own after lines of spaces, right above the next row: no heading over it
        "Beratungsfolge dieser Vorlage\nGremium Termin TOP ö nö Ergebnis\nKulturausschuss 03.03.2027 2\n  \n  \n"
        "x\nKenntnisnahme\nGemeinderat 17.03.2027 5\nx\n",
    ],
    ids=["under-the-first-row", "blank-line", "result-under-a-row"],
)
def test_role_lines_that_group_nothing_give_no_role(text: str) -> None:
    assert facts(text) and all(role is None for _, _, role, _ in facts(text))


# a text layer's single spaces: the cut words' rests in their order, a name wrapped after a link word with the
# role's cell read into its first line ("Ausschuss für Sport und Vorberatung Ö" over "Freizeit")
SINGLE_SPACED = (
    "Beratungsfolge:\n"
    "Beratungs- Gremium Zuständig- Ö/N\n"
    "termin keit\n"
    "03.03.2027 Sportbeirat Anhörung Ö\n"
    "10.03.2027 Ausschuss für Sport und Vorberatung Ö\n"
    "Freizeit\n"
    "25.03.2027 Rat Entscheidung Ö\n"
)


def test_single_spaced_hyphenated_header() -> None:
    found = facts(SINGLE_SPACED)
    assert [(date, role, public) for _, date, role, public in found] == [
        ("2027-03-03", "deliberation", True),
        ("2027-03-10", "preliminary", True),
        ("2027-03-25", "decision", True),
    ]
    assert [body for body, *_ in found][::2] == ["Sportbeirat", "Rat"]
    assert found[1][0].startswith("Ausschuss für Sport")


def test_single_spaced_rests_that_do_not_pair_yield_nothing() -> None:
    # two cut words, one rest: no header
    assert facts(SINGLE_SPACED.replace("Beratungsfolge:\n", "").replace("termin keit", "termin")) == []


def test_filler_words_one_space_before_the_bodies_column_word() -> None:
    text = (
        "zur Sitzung Gremium                          am           Art\n"
        "            Hauptausschuss des Amtes         19.05.2027   vorberatend\n"
        "            Amtsausschuss Lindholm           02.06.2027   beschließend\n"
    )
    assert facts(text) == [
        ("Hauptausschuss des Amtes", "2027-05-19", "preliminary", None),
        ("Amtsausschuss Lindholm", "2027-06-02", "decision", None),
    ]
    # the filler words before a word of no column: no header
    assert facts("Begründung:\n" + text.replace("zur Sitzung Gremium ", "zur Sitzung Tagung  ")) == []
