"""A Beratungsfolge sentence naming several bodies after their head in the plural, each with its date
in brackets ("den Ortsbeiräten Nord (…), Süd (…) und Ost (…) zur Anhörung vorgelegt"): one meeting a
name, the head in the singular before it, beside the sentence's other clauses; as a text sets it and
wrapped at another width. A plural that names no body, or names without dates, gives no such rows.
Every case is invented."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import run

SENTENCE = (
    "Die Vorlage wird den Ortsbeiräten Altdorf (03.03.2026), Neudorf (04.03.2026) und Oberweiler\n"
    "(09.03.2026) zur Anhörung vorgelegt, im Hauptausschuss am 17.03.2026 öffentlich vorberaten und vom\n"
    "Stadtrat am 31.03.2026 in öffentlicher Sitzung beschlossen.\n"
)
EXPECTED = [
    ("Ortsbeirat Altdorf", "2026-03-03"),
    ("Ortsbeirat Neudorf", "2026-03-04"),
    ("Ortsbeirat Oberweiler", "2026-03-09"),
    ("Hauptausschuss", "2026-03-17"),
    ("Stadtrat", "2026-03-31"),
]


def facts(text: str) -> list[tuple[str, str | None]]:
    _, found = run("Stadt Weilheim\nBeschlussvorlage\n\nBeratungsfolge:\n" + text + "\nBeschlussantrag:\nX.\n")
    return [(r.body, r.meeting_date) for r in found]


@pytest.mark.parametrize(
    "text",
    [SENTENCE, SENTENCE.replace("\n", " ").replace(", im", ",\nim").replace(" Neudorf", "\nNeudorf") + "\n"],
    ids=["lines", "wrapped"],
)
def test_plural_head_with_dated_names(text: str) -> None:
    assert facts(text) == EXPECTED


def test_the_plural_in_the_singular_for_other_heads() -> None:
    text = (
        "Die Vorlage wird den Bezirksvertretungen Mitte (02.02.2026) und West (05.02.2026) zur Beratung\n"
        "vorgelegt und vom Rat am 19.02.2026 beschlossen.\n"
    )
    assert facts(text) == [
        ("Bezirksvertretung Mitte", "2026-02-02"),
        ("Bezirksvertretung West", "2026-02-05"),
        ("Rat", "2026-02-19"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a plural naming no body: places with their dates
        "Die Vorlage wird in den Stadtteilen Altdorf (03.03.2026) und Neudorf (04.03.2026) vorgestellt.\n",
        # the names without dates
        "Die Vorlage wird den Ortsbeiräten Altdorf, Neudorf und Oberweiler zur Anhörung vorgelegt.\n",
    ],
    ids=["no-body", "no-dates"],
)
def test_no_plural_rows(text: str) -> None:
    assert not [body for body, _ in facts(text) if body.startswith(("Ortsbeirat ", "Stadtteil"))]
