"""A person's name that a PDF's text wraps over lines inside a facilitation sentence under a labelled
line ("Beschlussvorschlag:" / "… zu ermächtigen, Frau Merle" / "Schulte-" / "Brandt mit der
Moderation … zu beauftragen."): the name's parts across the line break are one name, a double
surname hyphenated at a line's end keeps its hyphen. A name complete before the break, or a line
after it that opens with a role word, is no part of it: the labelled lines before the role word stay
other labels' values (invented examples)."""

from __future__ import annotations

import pytest

from tests.facilitators.test_facilitators import Case, run

LEAD = (
    "Beschlussvorschlag:\nDer Gemeinderat beschließt, ein Leitbild für die Stadt Lauffen\n"
    "zu erarbeiten und die Verwaltung zu ermächtigen, "
)
TAIL = " mit der Moderation des Prozesses zu beauftragen."

WRAPPED = [
    Case(
        "the given name ends the line, the double surname is cut at its hyphen",
        LEAD + "Frau Merle\nSchulte-\nBrandt" + TAIL,
        [("Merle Schulte-Brandt", None, None)],
    ),
    Case(
        "the given name ends the line, the double surname whole on the next",
        LEAD + "Frau Merle\nSchulte-Brandt" + TAIL,
        [("Merle Schulte-Brandt", None, None)],
    ),
    Case(
        "a degree and the given name end the line",
        LEAD + "Herrn Dr. Jonas\nAbel" + TAIL,
        [("Dr. Jonas Abel", None, None)],
    ),
    Case(
        "the salutation alone ends the line",
        LEAD + "Herrn\nJonas Abel" + TAIL,
        [("Jonas Abel", None, None)],
    ),
    Case(
        "indented lines, as a layout export sets them",
        "Beschluss:\n     Der Kreistag ermächtigt die Verwaltung, Frau Ilka\n     Rehm-\n     Osei" + TAIL,
        [("Ilka Rehm-Osei", None, None)],
    ),
]

NEAR_MISSES = [
    Case(
        "a name complete before the break is a labelled line's value, not the facilitator",
        "Vorsitz: Bürgermeister Kurt Laib\nWeitere Mitglieder: Frau Anna Berg\n"
        "Externe Prozessbegleitung übernimmt die Planwerk GmbH.",
        [(None, "Planwerk GmbH", None)],
    ),
    Case(
        "a line opening with a role word after a given name is no surname",
        "Vorsitz: Bürgermeister Kurt Laib\nWeitere Mitglieder: Frau Anna\n"
        "Externe Prozessbegleitung übernimmt die Planwerk GmbH.",
        [(None, "Planwerk GmbH", None)],
    ),
    Case(
        "a wrapped name in a sentence engaging no one",
        LEAD + "Frau Merle\nSchulte-\nBrandt zur Moderation des Prozesses anzuhören.",
        [],
    ),
]


@pytest.mark.parametrize("case", WRAPPED + NEAR_MISSES, ids=lambda c: c.id)
def test_names_across_lines(case: Case) -> None:
    assert run(case.text) == case.expected
