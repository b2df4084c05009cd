"""action_fields: the distinct names of the bracketed tags set at the right of a list's items, and what
names none: a lone tag, a tag inside running text, a tag holding a sentence (invented examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

_GOALS = (
    "3. Ziele\n\n"
    "Jedem Ziel ist ein Handlungsfeld zugeordnet.\n\n"
    "  a) Alle Kinder besuchen vor der Einschulung mindestens zwei Jahre\n"
    "     eine Tageseinrichtung.                [HF Frühe Bildung]\n"
    "  b) Jugendliche finden nach der Schule einen Ausbildungsplatz.\n"
    "                                           [HF Beruf und Qualifizierung]\n"
    "  c) Eltern nutzen die Beratung der Familienzentren.\n"
    "                                           [HF Frühe Bildung]\n"
    "  d) Ältere Menschen finden wohnortnah Hilfe bei Pflegebedarf.\n"
    "                                           [HF Pflege und Gesundheit]\n"
    "  e) Sportvereine gewinnen neue Übungsleitungen.  [Handlungsfeld: Vereine und Freizeit]\n\n"
    "Die Ziele werden jährlich überprüft.\n"
)

CASES = [
    (
        "tags at the right after a gap or alone under a long item, each field once",
        _GOALS,
        ["Frühe Bildung", "Beruf und Qualifizierung", "Pflege und Gesundheit", "Vereine und Freizeit"],
    ),
    (
        "the gaps before the tags closed to one space after the items' full stops",
        "  a) Alle Kinder besuchen eine Tageseinrichtung. [HF Frühe Bildung]\n"
        "  b) Jugendliche finden einen Ausbildungsplatz. [HF Beruf und Qualifizierung]\n"
        "  c) Eltern nutzen die Familienzentren. [HF Frühe Bildung]\n",
        ["Frühe Bildung", "Beruf und Qualifizierung"],
    ),
    (
        "a lone tag at the right of one item",
        "3. Ziele\n\n"
        "  a) Alle Kinder besuchen vor der Einschulung eine Tageseinrichtung.\n"
        "  b) Jugendliche finden einen Ausbildungsplatz.      [HF Beruf und Qualifizierung]\n"
        "  c) Eltern nutzen die Beratung der Familienzentren.\n",
        [],
    ),
    (
        "tags inside running text, no gap before them",
        "Die Maßnahme gehört zu [HF Frühe Bildung]\n"
        "und wird mit der Maßnahme aus [HF Pflege und Gesundheit]\n"
        "abgestimmt.\n",
        [],
    ),
    (
        "tags holding a remark, not a name",
        "  a) Alle Kinder besuchen eine Tageseinrichtung.   [HF wird noch festgelegt]\n"
        "  b) Jugendliche finden einen Ausbildungsplatz.    [HF Die Zuordnung folgt im Herbst]\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_end_tags(text: str, expected: list[str]) -> None:
    assert sorted(labels(text)) == sorted(expected)  # the alone tags may come first, read as headings
