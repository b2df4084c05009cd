"""Beratungsfolgen whose role columns hold marks under heads cut at their hyphens onto a second line; a group row
of bodies resolved in an indented run-on line of names and days parted by middle dots. And the near misses: heads
that are no column words, a run with an item that is no name and day, a group row without a year, a single-spaced
deadline column whose dates are no meetings."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import run

Row = tuple[str, "str | None", "str | None", "bool | None"]

LEAD = "Stadt Wendlingen am Bach\nSozialamt\n\nBeschlussvorlage Nr. 31/204\n\nSanierung der Stadthalle\n\n"
TAIL = "\n\nBeschlussantrag\n\n1.  Der Gemeinderat beschließt die Sanierung der Stadthalle.\n"


def rows(text: str) -> list[Row]:
    doc, found = run(LEAD + text + TAIL)
    assert all(doc.text[r.span.start : r.span.end] == r.span.snippet for r in found)  # the evidence as written
    return [(c.body, c.meeting_date, c.role, c.public) for c in found]


CUT_MARKS = """\
Beratungsfolge                        Sitzung       Kennt-  Vorbe-  Be-      öff./
                                                    nis     ratung  schluss  nö.
──────────────────────────────────   ──────────    ──────  ──────  ───────  ─────
Bauausschuss                          03.02.2031              X              öff.
Ältestenrat                           05.02.2031      X                      nö.
Gemeinderat                           12.02.2031                      X      öff.
"""

DOTTED = """\
Beratungsfolge

  Gremium                                       Termin        Zweck                 Öff.
  ____________________________________________  ____________  ____________________  ____
  Ortschaftsräte (Anhörung nach der             je eigene     Anhörung              ö
  Gemeindeordnung, in drei Ortschaften)         Sitzung 2031
      Ortschaftsrat Eschach 03.03. · Ortschaftsrat Hallwangen 04.03. · Ortschaftsrat
      Lindenberg 09.03.
  Bauausschuss                                  17.03.2031    Vorberatung           ö
  Gemeinderat                                   31.03.2031    Beschlussfassung      ö
  ____________________________________________  ____________  ____________________  ____
"""

DEADLINES = """\
Beratungsfolge

Gremium Abgabefrist* Sitzungstermin Beratungsart Ö/N
Bauausschuss 02.03.2031 16.03.2031, 17:00 Vorberatung Ö
Kreistag 20.03.2031 03.04.2031, 16:00 Beschlussfassung Ö
* letzter Tag für die Abgabe der Vorlage; kein Sitzungstermin
"""


EXPECTED: dict[str, list[Row]] = {
    "marks-under-heads-cut-at-hyphens": [
        ("Bauausschuss", "2031-02-03", "preliminary", True),
        ("Ältestenrat", "2031-02-05", "information", False),
        ("Gemeinderat", "2031-02-12", "decision", True),
    ],
    "group-row-resolved-in-a-dotted-run": [
        ("Ortschaftsrat Eschach", "2031-03-03", "deliberation", True),
        ("Ortschaftsrat Hallwangen", "2031-03-04", "deliberation", True),
        ("Ortschaftsrat Lindenberg", "2031-03-09", "deliberation", True),
        ("Bauausschuss", "2031-03-17", "preliminary", True),
        ("Gemeinderat", "2031-03-31", "decision", True),
    ],
}
TEXTS = dict(zip(EXPECTED, (CUT_MARKS, DOTTED), strict=True))


@pytest.mark.parametrize("form", list(EXPECTED))
def test_forms(form: str) -> None:
    assert rows(TEXTS[form]) == EXPECTED[form]


def test_heads_that_are_no_column_words_give_no_roles() -> None:
    text = CUT_MARKS.replace("Kennt-", "Pfir- ").replace("Vorbe-", "Gur- ").replace("Be-     ", "Ka-     ")
    text = text.replace("nis     ratung  schluss", "sich    ken     rotte  ")
    assert all(role is None for _, _, role, _ in rows(text))


def test_a_run_with_an_item_that_is_no_name_and_day_gives_no_group() -> None:
    text = DOTTED.replace("Ortschaftsrat Hallwangen 04.03.", "Termin folgt")
    found = rows(text)
    assert not any(body.startswith("Ortschaftsrat") for body, *_ in found)
    assert ("Bauausschuss", "2031-03-17", "preliminary", True) in found


def test_a_group_row_without_a_year_gives_no_days() -> None:
    text = DOTTED.replace("Sitzung 2031", "Sitzung    ")
    assert not any(body.startswith("Ortschaftsrat") for body, *_ in rows(text))


def test_a_deadline_is_no_meeting() -> None:
    dates = {date for _, date, _, _ in rows(DEADLINES)}
    assert not dates & {"2031-03-02", "2031-03-20"}
