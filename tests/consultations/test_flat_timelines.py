"""A Beratungsfolge as a timeline across the page whose gaps a PDF's text layer closed up: the dates' line, the
axis (wrapped onto a second line) and the label lines hold their columns' words one space apart, parted again by the
labels' grammar; its near misses (a parting the grammar leaves open, an axis whose nodes are not the dates', a list
of dates over no axis, labels naming no body)."""

from __future__ import annotations

import pytest

from tests.consultations.test_consultations import run

TIMELINE = (
    "Beratungsweg\n\n"
    "Sa 13.03.2027 Di 04.05.2027 Mo 10.05.2027 Mi 19.05.2027\n"
    "───○───────────────────────●───────────────────────●──────────────────\n"
    "─────●──────────────►\n"
    "Werkstatt Beirat für Jugendgemeinderat Ausschuss für Bil-\n"
    "(durchgeführt, Senioren dung, Kultur und\n"
    "keine Gremien- Sport\n"
    "beratung) Stellungnahme · ö Kenntnisnahme · ö Vorberatung · ö\n\n"
    "Mo 07.06.2027 Mo 21.06.2027\n"
    "►─────────────────────────●───────────────────────◆────────────────────\n"
    "───\n"
    "Verwaltungs- Gemeinderat\n"
    "ausschuss\n"
    "Vorberatung · nö Beschluss · ö\n\n"
    "● Sitzung ◆ Beschlussfassung ○ bereits erfolgt\n\n"
    "Beschlussantrag\n\n1. Der Gemeinderat stimmt zu.\n"
)


def test_timeline_with_its_gaps_closed() -> None:
    _, rows = run("Stadt Neustadt\nBeschlussvorlage\n\n" + TIMELINE)
    assert [(r.body, r.meeting_date, r.role, r.public, r.method) for r in rows] == [
        ("Beirat für Senioren", "2027-05-04", "deliberation", True, "timeline.axis"),
        ("Jugendgemeinderat", "2027-05-10", "information", True, "timeline.axis"),
        ("Ausschuss für Bildung, Kultur und Sport", "2027-05-19", "preliminary", True, "timeline.axis"),
        ("Verwaltungsausschuss", "2027-06-07", "preliminary", False, "timeline.axis"),
        ("Gemeinderat", "2027-06-21", "decision", True, "timeline.axis"),
    ]


def test_timeline_parting_left_open() -> None:
    """ "Neustadt" on the second line may end the Seniorenbeirat's name or the Jugendgemeinderat's: both columns
    give nothing, the others stay."""
    text = TIMELINE.replace("Werkstatt Beirat für", "Werkstatt Seniorenbeirat").replace(
        "Senioren dung", "Neustadt dung"
    )
    _, rows = run("Stadt Neustadt\nBeschlussvorlage\n\n" + text)
    assert [r.meeting_date for r in rows] == ["2027-05-19", "2027-06-07", "2027-06-21"]


@pytest.mark.parametrize(
    "text",
    [
        # an axis with fewer nodes than the dates over it
        TIMELINE.replace("─────●──────────────►", "────────────────────►"),
        # a list of dates over no axis
        TIMELINE.replace("───○───────────────────────●───────────────────────●──────────────────\n", "").replace(
            "─────●──────────────►\n", ""
        ),
        # a project's milestones: no body named
        "Meilensteine\n\nDi 04.05.2027 Mo 10.05.2027\n──●──────────●──►\nAuftakt Werkstatt\nBürger Entwurf\n",
    ],
    ids=["nodes", "no-axis", "milestones"],
)
def test_no_timeline_with_its_gaps_closed(text: str) -> None:
    _, rows = run("Stadt Neustadt\nBeschlussvorlage\n\nAnlage\n\n" + text + "\nBegründung\nText.\n")
    assert [r for r in rows if r.method == "timeline.axis" and r.meeting_date < "2027-06-01"] == []


STAGGERED = (
    "Zeitplan der Beratung 2027 ● Sitzung eines Gremiums ◇ sonstiger Termin\n\n"
    "Di 04.05. Di 18.05. Do 24.06.\n"
    "Beirat für Senioren Jugendhilfeausschuss Kreistag\n"
    "und Familie öffentlich · Kenntnisnahme öffentlich · Beschluss\n"
    "öffentlich · Anhörung │ │\n"
    "│ │ │\n"
    "─────●────────────●─────────────────●──────────────●─────────────\n"
    "───────●──────────◇─────▶\n"
    "Mai │ │ Juni Juli │\n"
    "│ │ │\n"
    "Mi 12.05. Mo 31.05. Do 08.07.\n"
    "Ausschuss für Soziales, Kreisausschuss Vorstellung des\n"
    "Gesundheit und Integration nichtöffentlich · Konzepts im\n"
    "öffentlich · Vorberatung Vorberatung Pressegespräch\n\n"
    "Beschlussvorschlag:\n\n1. Der Kreistag beschließt das Konzept.\n"
)


def test_staggered_timeline_with_its_gaps_closed() -> None:
    """The meetings above and below the axis, each group's dates over its labels; the nodes are the dates' in
    order of the dates, the hollow one a press talk's; the day and month take the caption's year."""
    _, rows = run("Landkreis Neustadt\nBeschlussvorlage\n\n" + STAGGERED)
    assert sorted((r.meeting_date, r.body, r.role, r.public) for r in rows if r.method == "timeline.axis") == [
        ("2027-05-04", "Beirat für Senioren und Familie", "deliberation", True),
        ("2027-05-12", "Ausschuss für Soziales, Gesundheit und Integration", "preliminary", True),
        ("2027-05-18", "Jugendhilfeausschuss", "information", True),
        ("2027-05-31", "Kreisausschuss", "preliminary", False),
        ("2027-06-24", "Kreistag", "decision", True),
    ]


def test_staggered_timeline_without_its_year() -> None:
    """Days and months only, no year in the caption: nothing is read."""
    text = STAGGERED.replace("Zeitplan der Beratung 2027", "Zeitplan der Beratung")
    _, rows = run("Landkreis Neustadt\nBeschlussvorlage\n\n" + text)
    assert [r for r in rows if r.method == "timeline.axis"] == []
