"""action_fields: fields tiled in a box drawn with box-drawing glyphs ("│ 1 Wohnen │ 2 Sport │" between
rules, or "┃ Bildung ┃ Arbeit" without them), and fields tiled with the field noun's abbreviation
before each number ("HF 1  Sprache      HF 2  Arbeit"), cells wrapped under their column and
hyphenated; as a text sets them and as an export joins their gaps into single spaces. Lead-ins whose
relative clause speaks of what each counted field holds, or of the overview they follow in. Every
example is invented, with near misses that must yield nothing."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

BOX = (
    "Der Kreisausschuss hat sechs Handlungsfelder beschlossen:\n\n"
    "  ┌──────────────────────────────┬──────────────────────────────┐\n"
    "  │ 1 Frühe Förderung und Fami-  │ 2 Berufliche Orientierung    │\n"
    "  │   lienbildung                │                              │\n"
    "  ├──────────────────────────────┼──────────────────────────────┤\n"
    "  │ 3 Wohnen auf dem Land        │ 4 Pflege und Gesundheit      │\n"
    "  ├──────────────────────────────┼──────────────────────────────┤\n"
    "  │ 5 Feuerwehr und Vereine      │ 6 Begegnung im Dorf          │\n"
    "  └──────────────────────────────┴──────────────────────────────┘\n\n"
    "4. Lenkungsgruppe\n"
)
BOX_LABELS = [
    "Frühe Förderung und Familienbildung",
    "Berufliche Orientierung",
    "Wohnen auf dem Land",
    "Pflege und Gesundheit",
    "Feuerwehr und Vereine",
    "Begegnung im Dorf",
]
BARS = (
    "II. Handlungsfelder\n"
    "Aus der Befragung ergeben sich vier Handlungsfelder, denen jeweils Leitziele und\n"
    "Projekte zugeordnet werden:\n\n"
    "   ┃ Sprache im Alltag              ┃ Arbeit, Praktika und\n"
    "   ┃                                ┃ Anerkennung von Berufen\n"
    "   ┃ Gesundheit und Vorsorge        ┃ Teilhabe älterer Zugewanderter\n"
    "   ┃ und Betreuung                  ┃\n\n"
    "Die Verwaltung berichtet jährlich.\n"
)
BARS_LABELS = [
    "Sprache im Alltag",
    "Arbeit, Praktika und Anerkennung von Berufen",
    "Gesundheit und Vorsorge und Betreuung",
    "Teilhabe älterer Zugewanderter",
]
ABBREVIATED = (
    "III. Handlungsfelder\n"
    "Der Plan bündelt die 40 Maßnahmen in fünf Handlungsfeldern, die die folgende Übersicht\n"
    "zeigt:\n\n"
    "  HF 1  Sprachkurse und Lernorte             HF 2  Arbeit und Qualifizierung\n"
    "  HF 3  Wohnen und Leben im                  HF 4  Gesundheit\n"
    "        Quartier\n"
    "  HF 5  Sport, Kultur und Freizeit für       \n"
    "        Familien\n\n"
    "IV. Steuerung\n"
)
ABBREVIATED_LABELS = [
    "Sprachkurse und Lernorte",
    "Arbeit und Qualifizierung",
    "Wohnen und Leben im Quartier",
    "Gesundheit",
    "Sport, Kultur und Freizeit für Familien",
]


def _collapsed(text: str) -> str:
    """The text as an export sets it: runs of spaces joined into one, lines stripped."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


CASES = [
    ("a numbered box, rules between the rows, a cell hyphenated", BOX, BOX_LABELS),
    ("the numbered box as an export sets it", _collapsed(BOX), BOX_LABELS),
    (
        "the box broken by blank lines where a page ended",
        BOX.replace("  ├───", "\n\n  ├───", 2),
        BOX_LABELS,
    ),
    ("heavy bars without rules, cells wrapped under their column", BARS, BARS_LABELS),
    ("the bars as an export sets them", _collapsed(BARS), BARS_LABELS),
    ("abbreviated numbers two a row, a cell wrapped under its column", ABBREVIATED, ABBREVIATED_LABELS),
    ("the abbreviated numbers as an export sets them", _collapsed(ABBREVIATED), ABBREVIATED_LABELS),
    (
        "a right-hand cell hyphenated over three lines, as an export sets it",
        "Die Stadt gliedert ihre Arbeit in vier Handlungsfelder, die die folgende Übersicht zeigt:\n"
        "HF 1 Kita und Schule HF 2 Teilhabe, Gleichstellung und Schutz vor Ausgren-\n"
        "zung und Benachteili-\n"
        "gung\n"
        "HF 3 Wohnen HF 4 Arbeit\n\n"
        "Die Lenkungsgruppe tagt jährlich.\n",
        [
            "Kita und Schule",
            "Teilhabe, Gleichstellung und Schutz vor Ausgrenzung und Benachteiligung",
            "Wohnen",
            "Arbeit",
        ],
    ),
]

NEGATIVES = [
    (
        "a drawn box of amounts is a cost table",
        "Die Mittel verteilen sich auf die Handlungsfelder:\n\n"
        "  ┌──────────────┬──────────────┐\n"
        "  │ Personal     │ 12.000 €     │\n"
        "  ├──────────────┼──────────────┤\n"
        "  │ Sachkosten   │ 8.000 €      │\n"
        "  ├──────────────┼──────────────┤\n"
        "  │ Miete        │ 5.000 €      │\n"
        "  └──────────────┴──────────────┘\n",
        [],
    ),
    (
        "a numbered box whose numbers skip",
        BOX.replace("│ 5 Feuerwehr", "│ 9 Feuerwehr"),
        [],
    ),
    (
        "a drawn box of sentences is no list of fields",
        "Zu den Handlungsfeldern hält der Bericht fest:\n\n"
        "  ┃ Die Kurse sind voll           ┃ Die Stadt baut die Kitas aus\n"
        "  ┃ Die Vereine werben Mitglieder ┃ Die Ärzte bieten Sprechstunden an\n",
        [],
    ),
    (
        "goals that follow each of the counted fields are no fields",
        "Das Konzept hat drei Handlungsfelder, denen jeweils folgende Ziele zugeordnet sind:\n\n"
        "  ┃ Mehr Kinder in der Kita       ┃ Kürzere Wege zum Sprachkurs\n"
        "  ┃ Weniger Abbrüche in der Lehre ┃\n",
        [],
    ),
    (
        "measures the relative clause names are no fields",
        "Die Stadt arbeitet in vier Handlungsfeldern, für die die folgenden Maßnahmen vorgesehen sind:\n\n"
        "HF 1 Sprachcafé HF 2 Jobbörse\nHF 3 Mietberatung HF 4 Gesundheitstag\n",
        [],
    ),
    (
        "abbreviated numbers that skip",
        "Das Programm nennt seine Handlungsfelder im Überblick:\n\n"
        "  HF 1  Sprache              HF 3  Arbeit\n  HF 4  Wohnen               HF 6  Sport\n",
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES + NEGATIVES, ids=lambda v: str(v)[:50])
def test_drawn_and_abbreviated_tiles(name: str, text: str, expected: list[str]) -> None:
    assert labels(text) == expected, name
