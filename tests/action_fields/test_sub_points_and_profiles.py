"""Fields as the sub-points "aa) … ff)" under a lettered point of a resolution, numbered "(1) … (6)"
in one long sentence that goes on after the last field, as the labelled line of field profiles
("Handlungsfeld:   …" among "Federführung:" and "Leitgedanke:"), and one more field ranked by a
sentence of its own after a table ("Als sechstes Handlungsfeld tritt … hinzu")."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

HEAD = "Gemeinde Wiesenbrunn\nDrucksache 112/2029\n\nBetreff: Integrationskonzept\n\n"
TAIL = "\n\nDer Gemeinderat berät die Drucksache in seiner Sitzung im Mai.\n"


def test_doubled_letters_number_the_fields_under_a_point() -> None:
    text = (
        "Beschlussvorschlag:\n"
        "1)  Das Integrationskonzept wird bis Ende 2030 fortgeschrieben.\n"
        "2)  Es ordnet seine Arbeit den folgenden Handlungsfeldern zu:\n"
        "    aa)  Deutsch lernen und Elternarbeit,\n"
        "    bb)  Schule, Lehre und Studium,\n"
        "    cc)  Pflege, Gesundheit und Vorsorge,\n"
        "    dd)  Ehrenamt, Vereine und Kultur.\n"
        "3)  Die Steuerung liegt beim Sozialamt.\n"
    )
    assert labels(HEAD + text + TAIL) == [
        "Deutsch lernen und Elternarbeit",
        "Schule, Lehre und Studium",
        "Pflege, Gesundheit und Vorsorge",
        "Ehrenamt, Vereine und Kultur",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Rat beauftragt die Verwaltung, ein Integrationskonzept zu erstellen, das die Lage der\n"
            "Zugewanderten in den Handlungsfeldern (1) Spracherwerb im Alltag, (2) Ausbildung im Handwerk,\n"
            "(3) Wohnen auf dem Land sowie (4) Freizeit, Kultur und Begegnung beschreibt und für jeden\n"
            "Bereich prüfbare Ziele festlegt; er bildet außerdem eine Steuerungsgruppe.",
            [
                "Spracherwerb im Alltag",
                "Ausbildung im Handwerk",
                "Wohnen auf dem Land",
                "Freizeit, Kultur und Begegnung",
            ],
        ),
        (
            "Das Konzept nennt die Handlungsfelder (1) Spracherwerb, (2) Ausbildung sowie (3) Wohnen.",
            ["Spracherwerb", "Ausbildung", "Wohnen"],
        ),
    ],
    ids=["a-clause-after-the-last-field", "a-short-last-field"],
)
def test_numbered_fields_in_one_long_sentence(text: str, expected: list[str]) -> None:
    assert labels(HEAD + text + TAIL) == expected


def test_profiles_with_a_labelled_field_line() -> None:
    text = (
        "Anlage – Profile der Handlungsfelder\n\n"
        "  Profil A\n"
        "  Handlungsfeld:   Sprache und Beratung\n"
        "  Federführung:    Amt für Soziales, Sachgebiet Beratung\n"
        "  Leitgedanke:     Beratung gibt es in jeder Sprache der Gemeinde.\n\n"
        "  Profil B\n"
        "  Handlungsfeld:   Wohnen im Ortskern\n"
        "  Federführung:    Bauamt mit der Wohnungsgenossenschaft\n"
        "  Leitgedanke:     Niemand wohnt länger als nötig in einer\n"
        "                   Sammelunterkunft.\n\n"
        "  Profil C\n"
        "  Handlungsfeld:   Arbeit im ländlichen Raum\n"
        "  Federführung:    Wirtschaftsförderung\n"
        "  Leitgedanke:     Betriebe der Region bilden auch Zugewanderte aus.\n"
    )
    assert labels(HEAD + text + TAIL) == ["Sprache und Beratung", "Wohnen im Ortskern", "Arbeit im ländlichen Raum"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jede Arbeitsgruppe bearbeitet ein Handlungsfeld:\n\n"
            "  Gruppe   Handlungsfeld                     Treffen\n"
            "  G 1      Sprache und Kita                  Mi., 3. März 2029\n"
            "  G 2      Arbeit und Ausbildung             Do., 18. März 2029\n\n"
            "Als drittes Handlungsfeld tritt die Gesundheit im Alter hinzu, für die es keine Gruppe gibt.",
            ["Sprache und Kita", "Arbeit und Ausbildung", "Gesundheit im Alter"],
        ),
        (
            "Das Konzept umfasst die Handlungsfelder Bildung und Arbeit. Als erstes Handlungsfeld wird im\n"
            "Folgenden das Verfahren beschrieben.",
            ["Bildung", "Arbeit"],
        ),
        (
            "Jede Arbeitsgruppe bearbeitet ein Handlungsfeld:\n\n"
            "Die Gruppe zu Sprache und Kita tagt ab dem 3. März 2029\n"
            "Als zweites Handlungsfeld tritt die Gesundheit im Alter\nhinzu, für die es keine Gruppe gibt.",
            ["Gesundheit im Alter"],
        ),
    ],
    ids=["a-field-ranked-after-a-table", "a-ranked-noun-naming-no-topic", "ranked-at-a-line-start-after-no-full-stop"],
)
def test_one_field_ranked_by_a_sentence(text: str, expected: list[str]) -> None:
    assert labels(HEAD + text + TAIL) == expected
