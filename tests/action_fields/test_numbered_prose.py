"""Fields numbered "(1) …, (2) … sowie (3) …" in running text a few words after the field noun, its
verb between them (``extractors/action_fields/prose.py``), the numbers wrapped to a line's end; and
sentences of the same look that number steps, or name a field only to say it is none."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

HEAD = "Amt Nordheide\nVorlage 44/2027\n\nBetr.: Integrationsplan\n\n"
TAIL = "\n\nDer Amtsausschuss berät die Vorlage im Herbst.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Plan soll sich auf drei Handlungsfelder stützen, nämlich (1) Sprachkurse am\n"
            "Abend, (2) Wohnen in den Dörfern sowie (3) Gesundheit und Pflege.",
            ["Sprachkurse am Abend", "Wohnen in den Dörfern", "Gesundheit und Pflege"],
        ),
        (
            "\tDas Programm wird vier Handlungsfelder umfassen, nämlich (1)\n"
            "Kita und Grundschule, (2) Ausbildung im Betrieb, (3) Sport und Kultur und (4)\n"
            "Nachbarschaft im Quartier. Ein fünftes ist nicht geplant.",
            ["Kita und Grundschule", "Ausbildung im Betrieb", "Sport und Kultur", "Nachbarschaft im Quartier"],
        ),
        (
            "Künftig wird der Kreis drei Handlungsfelder betonen, und zwar a) Beratung der Familien, b) Sprache\n"
            "und c) Wohnen.",
            ["Beratung der Familien", "Sprache", "Wohnen"],
        ),
    ],
    ids=["numbers-after-the-verb", "a-number-at-a-line-end", "letters-after-und-zwar"],
)
def test_numbered_fields_in_prose(text: str, expected: list[str]) -> None:
    assert labels(HEAD + text + TAIL) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Handlungsfelder werden (1) im Ausschuss beraten und (2) im Amtsausschuss beschlossen.",
        "Mobilität bildet kein eigenes Handlungsfeld, da der Nahverkehr (1) beim Landkreis\n"
        "und (2) beim Verkehrsverbund liegt.",
        "Die Handlungsfelder sind im Anhang beschrieben. Die Kosten: (1) Personal, (2) Sachmittel.",
        "Für die Handlungsfelder hat die Verwaltung bisher keine Ansprechpersonen bestimmt, weil (1) Stellen\n"
        "fehlen und (2) Mittel fehlen.",
    ],
    ids=["numbered-steps", "a-field-said-to-be-none", "numbers-in-the-next-sentence", "numbers-too-far-off"],
)
def test_numbered_steps_are_no_fields(text: str) -> None:
    assert labels(HEAD + text + TAIL) == []


def test_numbered_fields_in_a_resolution_with_coordinated_infinitives() -> None:
    text = (
        "Die Gemeindevertretung stimmt dem Integrationsplan 2028 mit den Handlungsfeldern (1) Deutsch\n"
        "sprechen und sicher ankommen, (2) Arbeit und Ausbildung sowie (3) Leben im Dorf zu und nimmt den\n"
        "Bericht zur Kenntnis."
    )
    assert labels(HEAD + text + TAIL) == [
        "Deutsch sprechen und sicher ankommen",
        "Arbeit und Ausbildung",
        "Leben im Dorf",
    ]


def test_infinitives_in_a_sentence_still_make_no_name() -> None:
    text = "Die Handlungsfelder (1) Kinder lernen schnell und gern spielen, (2) Eltern beraten wir selbst.\n"
    assert "Kinder lernen schnell und gern spielen" not in labels(HEAD + text + TAIL)
