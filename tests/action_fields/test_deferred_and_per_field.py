"""action_fields: a counted enumeration opened a clause after the field noun (quoted names after
"…, nämlich", names tagged "(HF 1)" after a colon), a field named after a guideline in quotes it
is paired with, rows of figures after "je Handlungsfeld:", a numbered table whose field's name
wraps onto a line without a number, and a table whose strong field noun has a weak one beside it
heading another column. Negatives: counts that do not fit, untagged names, a list
after a lead-in that names no field per row, a table whose gaps an export closed with a goal's
sentence before the field's name (where the name starts cannot be told) (invented examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import labels

HEAD = "Gemeinde Waldbrunn\nBeschlussvorlage 2028/017\n\nSachverhalt\n"
TAIL = "\n\nFinanzielle Auswirkungen\nDie Mittel sind eingeplant.\n"

QUOTED = (
    HEAD
    + (
        "Der Plan ordnet seine 18 Maßnahmen drei Handlungsfeldern zu, nämlich „Kita und Schule“,\n"
        "„Arbeit vor Ort“ sowie „Begegnung in den Dörfern“. Im ersten Feld stehen die Kitas im Vordergrund."
    )
    + TAIL
)

TAGGED = (
    HEAD
    + (
        "Das Konzept ordnet die Ziele künftig vier Handlungsfeldern zu, die mit dem Beirat abgestimmt\n"
        "wurden: Sprache und Bildung (HF 1), Arbeit, Ausbildung und Studium (HF 2), Wohnen im\n"
        "Quartier (HF 3) sowie – neu gegenüber 2019 – Öffnung der Verwaltung (HF 4). In HF 1 geht es\n"
        "um Sprachförderung."
    )
    + TAIL
)

PAIRED = (
    HEAD
    + (
        "Jedem Leitsatz ist ein Handlungsfeld zugeordnet:\n\n"
        "  (1) „Gemeinsam lernen“ – Handlungsfeld Kita und Schule\n"
        "      Sprachförderung in allen Kitas.\n"
        "  (2) „Gut ankommen“ – Handlungsfeld Beratung und Wohnen\n"
        "      Lotsen im Rathaus, Wohnungsbörse."
    )
    + TAIL
)

PER_FIELD = (
    HEAD
    + (
        "Die Umsetzung der 40 Maßnahmen wurde ausgewertet. Das Ergebnis je\n"
        "Handlungsfeld:\n\n"
        "  [grün]  Sprache und Bildung .............. 9 von 12 Maßnahmen umgesetzt\n"
        "  [rot]   Wohnen ........................... 2 von 10 Maßnahmen umgesetzt\n"
        "  [gelb]  Gesundheit und Pflege ............ 5 von 9 Maßnahmen umgesetzt\n"
        "  (grün = mindestens zwei Drittel umgesetzt, rot = weniger als ein Drittel)"
    )
    + TAIL
)

NUMBERED = (
    HEAD
    + (
        "Jedem Ziel ist ein Handlungsfeld zugeordnet:\n\n"
        "  Nr.  Ziel bis 2030                                 Handlungsfeld\n"
        "  1    Jedes Kind spricht bei der Einschulung         Sprache und frühe Bildung\n"
        "       Deutsch.\n"
        "  2    Neu Zugezogene kennen die Angebote und         Beratung und Begleitung\n"
        "       Ansprechpersonen in der Gemeinde.              Neuzugewanderter\n"
        "  3    Ehrenamtliche werden gewonnen.                 Bürgerschaftliches Engagement"
    )
    + TAIL
)

WEAK_BESIDE = (
    HEAD
    + "Die vier Handlungsfelder werden fortgeführt:\n\n"
    + "Nr.\tHandlungsfeld\tZielerreichung\tSchwerpunkt\n"
    + "1\tSprache und Bildung\tüberwiegend erreicht\tÜbergang Kita –\nGrundschule\n"
    + "2\tArbeit und Qualifizierung\tteilweise erreicht\tAnerkennung\n"
    + "3\tGesundheit\t–\tSprachmittlung,\nKinderärzte"
    + TAIL
)

GOALS_BEFORE = (
    HEAD
    + "Jedem Ziel ist ein Handlungsfeld zugeordnet:\n\n"
    + "Nr. Ziel bis 2030 Handlungsfeld\n"
    + "1 Jedes Kind spricht bei der Einschulung Sprache und frühe Bildung\n"
    + "ausreichend Deutsch.\n"
    + "2 Die Vereine gewinnen neue Mitglieder aus Vereinsleben, Sport und Kultur\n"
    + "zugewanderten Familien.\n"
    + "3 Ehrenamtliche werden gewonnen, qualifiziert Bürgerschaftliches Engagement\n"
    + "und entlastet."
    + TAIL
)

CASES = [
    ("quoted-after-namely", QUOTED, ["Kita und Schule", "Arbeit vor Ort", "Begegnung in den Dörfern"]),
    ("quoted-count-does-not-fit", QUOTED.replace("drei Handlungsfeldern", "vier Handlungsfeldern"), []),
    (
        "tagged-after-colon",
        TAGGED,
        ["Sprache und Bildung", "Arbeit, Ausbildung und Studium", "Wohnen im Quartier", "Öffnung der Verwaltung"],
    ),
    ("tagged-count-does-not-fit", TAGGED.replace("vier Handlungsfeldern", "fünf Handlungsfeldern"), []),
    ("untagged-after-colon", TAGGED.replace(" (HF 1)", "").replace(" (HF 2)", ""), []),
    ("guideline-paired-with-field", PAIRED, ["Kita und Schule", "Beratung und Wohnen"]),
    ("rows-per-field", PER_FIELD, ["Sprache und Bildung", "Wohnen", "Gesundheit und Pflege"]),
    ("rows-per-district", PER_FIELD.replace("je\nHandlungsfeld:", "je\nStadtteil:"), []),
    ("rows-of-all-fields", PER_FIELD.replace("je\nHandlungsfeld:", "aller\nHandlungsfelder:"), []),
    (
        "numbered-table-then-a-roman-heading",
        NUMBERED.replace(TAIL, "\n\n\nII.  Steuerung und Beteiligung\n\nDie Steuerungsgruppe tagt viermal im Jahr.\n"),
        ["Sprache und frühe Bildung", "Beratung und Begleitung Neuzugewanderter", "Bürgerschaftliches Engagement"],
    ),
    ("weak-noun-heads-another-column", WEAK_BESIDE, ["Sprache und Bildung", "Arbeit und Qualifizierung", "Gesundheit"]),
    ("closed-gaps-goal-before-the-name", GOALS_BEFORE, []),
    (
        "numbered-table-wrapped-name",
        NUMBERED,
        ["Sprache und frühe Bildung", "Beratung und Begleitung Neuzugewanderter", "Bürgerschaftliches Engagement"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_deferred_and_per_field(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
