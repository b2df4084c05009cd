"""A Beratungsfolge as an excerpt of the meeting plan, bodies as rows and months as columns, the paper's sittings
in square brackets; its near misses (a plan without brackets, without a year, a table of months naming no body)."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import run

PLAN = (
    "Beratungsfolge – Auszug aus dem Sitzungsplan 2027, 2. Quartal\n"
    "Die Sitzungen, in denen diese Vorlage behandelt wird, sind [eingeklammert].\n\n"
    "Gremium                                 Kürzel   April    Mai      Juni       Ö/N   Behandlung\n"
    "──────────────────────────────────────  ───────  ───────  ───────  ─────────  ────  ───────────\n"
    "Ortschaftsrat Nord                      OR-N     13.      [11.]    15.        Ö     Anhörung\n"
    "Ausschuss für Bildung, Soziales         BSA      20.      [18.]    22.        Ö     Vorberatung\n"
    "und Kultur\n"
    "Technischer Ausschuss                   TA       21.      19.      23.        Ö     –\n"
    "Verwaltungsausschuss                    VA       22.      20.      [3.] 24.   N     Vorberatung\n"
    "Stadtrat                                SR       27.      25.      [29.]      Ö     Beschluss\n\n"
    "Beschlussvorschlag:\nDer Stadtrat beschließt.\n"
)


def test_month_plan() -> None:
    _, rows = run("Stadt Neustadt\nBeschlussvorlage\n\n" + PLAN)
    assert [(r.body, r.meeting_date, r.role, r.public) for r in rows] == [
        ("Ortschaftsrat Nord", "2027-05-11", "deliberation", True),
        ("Ausschuss für Bildung, Soziales und Kultur", "2027-05-18", "preliminary", True),
        ("Verwaltungsausschuss", "2027-06-03", "preliminary", False),
        ("Stadtrat", "2027-06-29", "decision", True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        PLAN.replace("[", "").replace("]", ""),  # the whole plan: no sitting of the paper marked
        PLAN.replace("2027, ", ""),  # no year over the plan
        # months as a cost table's columns: no body in its rows
        "Kosten 2027\n\nPosten                 April    Mai      Juni\nHonorar [netto]        [1.]     200      300\n",
    ],
    ids=["no-brackets", "no-year", "costs"],
)
def test_no_month_plan(text: str) -> None:
    _, rows = run("Stadt Neustadt\nBeschlussvorlage\n\n" + text + "\nBegründung\nText.\n")
    assert [r for r in rows if r.method == "plan.months"] == []


def _flat(text: str) -> str:
    """The text as a PDF's text layer gives it: each run of spaces closed up to one, a long rule wrapped."""
    out = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(ln.replace("─ ─────────", "─\n─────────") for ln in out)


def test_month_plan_with_its_gaps_closed() -> None:
    _, rows = run("Stadt Neustadt\nBeschlussvorlage\n\n" + _flat(PLAN))
    assert [(r.body, r.meeting_date, r.role, r.public, r.method) for r in rows] == [
        ("Ortschaftsrat Nord", "2027-05-11", "deliberation", True, "plan.months"),
        ("Ausschuss für Bildung, Soziales und Kultur", "2027-05-18", "preliminary", True, "plan.months"),
        ("Verwaltungsausschuss", "2027-06-03", "preliminary", False, "plan.months"),
        ("Stadtrat", "2027-06-29", "decision", True, "plan.months"),
    ]


def test_closed_up_day_between_two_months_is_left() -> None:
    """ "22. 20. [23.] 24.": the bracketed day may be May's or June's; the row gives nothing, the others stay."""
    text = _flat(PLAN.replace("[3.] 24.", "[23.] 24."))
    _, rows = run("Stadt Neustadt\nBeschlussvorlage\n\n" + text)
    assert [r.body for r in rows if r.method == "plan.months"] == [
        "Ortschaftsrat Nord",
        "Ausschuss für Bildung, Soziales und Kultur",
        "Stadtrat",
    ]


@pytest.mark.parametrize(
    "text",
    [
        _flat(PLAN.replace("[", "").replace("]", "")),  # no sitting of the paper marked
        _flat(PLAN.replace("2027, ", "")),  # no year over the plan
        # months as a cost table's columns: no body in its rows
        "Kosten 2027\n\nPosten April Mai Juni\nHonorar netto [1.] 2. 3.\nSachkosten [4.] 5. 6.\n",
        # a list of month names in a sentence over numbered lines
        "Termine 2027\nIm April Mai Juni tagen:\nOrtsrat Nord 1. [2.] 3.\n",
    ],
    ids=["no-brackets", "no-year", "costs", "sentence"],
)
def test_no_month_plan_with_its_gaps_closed(text: str) -> None:
    _, rows = run("Stadt Neustadt\nBeschlussvorlage\n\n" + text + "\nBegründung\nText.\n")
    assert [r for r in rows if r.method == "plan.months"] == []
