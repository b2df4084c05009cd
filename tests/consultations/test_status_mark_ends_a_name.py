"""A row set with single spaces whose date comes first and whose later columns hold more text (a
decision's kind and a vote: "… Ö Vorberatung ungeändert empfohlen"): a status mark ("Ö", "N") ends
the name, its wrapped rest below goes on with it; a status word inside a name ("Ausschuss für
öffentliche Einrichtungen") still joins its parts (invented examples)."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.consultations import extract
from pipeline.document import Document
from pipeline.structure import view


def rows(text: str) -> list[tuple[str, str, str | None, bool | None]]:
    doc = Document.from_pages("x", "x", "x", [(text, "plain_text", None)])
    return [(c.body, c.meeting_date, c.role, c.public) for c in extract(doc, load_resources(), view(doc))]


HEAD = (
    "Landkreis Ostwald\nBeschlussvorlage\n\nBeratungsfolge:\n"
    "Datum Gremium Ö/N Zuständigkeit Beschlussart Abstimmung J/N/E\n"
)
TAIL = "\nBeschlussvorschlag:\nDer Kreistag beschließt das Programm.\n"


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("Ausschuss für Jugend, Familie", "und Senioren"),
        ("Ausschuss für Kultur, Sport", "und Tourismus"),
    ],
)
def test_a_status_mark_ends_the_name_and_its_rest_goes_on_below(first: str, rest: str) -> None:
    text = (
        HEAD + f"03.03.2026 {first} Ö Vorberatung ungeändert empfohlen\n7/1/0\n{rest}\n"
        "17.03.2026 Kreisausschuss N Vorberatung\n31.03.2026 Kreistag Ö Entscheidung\n" + TAIL
    )
    assert rows(text) == [
        (f"{first} {rest}", "2026-03-03", "preliminary", True),
        ("Kreisausschuss", "2026-03-17", "preliminary", False),
        ("Kreistag", "2026-03-31", "decision", True),
    ]


def test_a_status_word_inside_a_name_keeps_it_whole() -> None:
    text = (
        HEAD
        + "03.03.2026 Ausschuss für öffentliche Einrichtungen N Vorberatung\n31.03.2026 Kreistag Ö Entscheidung\n"
        + TAIL
    )
    assert [r[0] for r in rows(text)] == ["Ausschuss für öffentliche Einrichtungen", "Kreistag"]
