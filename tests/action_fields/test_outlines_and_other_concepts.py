"""action_fields: a concept's outline given in the paper without pages ("Das Konzept ist wie folgt
gegliedert:" over "1 Einleitung", "3 Handlungsfelder", "3.1 …"), its fields the entries under the
entry naming them, as the text and the exports set it; and a weak noun ("Schwerpunkte") whose
concept is one of another matter ("Das Konzept setzt vier Schwerpunkte:" after "Das
Raumkonzept …"), which lists no fields, beside the same list in a concept of the topic (invented
examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import Case, labels

_OUTLINE = [
    ("1", "Anlass und Auftrag"),
    ("2", "Bestandsaufnahme im Landkreis"),
    ("3", "Handlungsfelder"),
    ("3.1", "Spracherwerb und Schule"),
    ("3.2", "Ausbildung und Beruf"),
    ("3.3", "Wohnen in den Dörfern"),
    ("3.4", "Sport und Freizeit"),
    ("4", "Umsetzung und Fortschreibung"),
]
_FIELDS = ["Spracherwerb und Schule", "Ausbildung und Beruf", "Wohnen in den Dörfern", "Sport und Freizeit"]
_LEAD = (
    "Der Kreistag hat das Integrationskonzept im Mai beschlossen. An der Erarbeitung waren alle\n"
    "Gemeinden und 25 Träger beteiligt. Das Konzept ist wie folgt gegliedert:\n"
)
_AFTER = "Kapitel 4 sieht einen Beirat vor, der die Umsetzung begleitet und jährlich berichtet.\n"


def _outline(entry: str, sep: str = "\n") -> str:
    return sep.join(entry.format(num=n, pad=" " * (6 - len(n)), title=t) for n, t in _OUTLINE) + "\n"


OUTLINES = [
    Case("indented, gaps", _LEAD + "\n" + _outline("   {num}{pad}{title}") + "\n" + _AFTER, _FIELDS),
    Case("single spaces, no blank lines", _LEAD + _outline("{num} {title}") + _AFTER, _FIELDS),
    Case("a blank line between entries", _LEAD + "\n" + _outline("{num} {title}", "\n\n") + "\n" + _AFTER, _FIELDS),
    Case("dotted numbers", _LEAD + _outline("{num}. {title}") + _AFTER, _FIELDS),
    Case("a page break after the lead-in", _LEAD + "\n\f" + _outline("{num} {title}") + _AFTER, _FIELDS),
]


@pytest.mark.parametrize("case", OUTLINES, ids=[c.id for c in OUTLINES])
def test_fields_in_an_outline_of_the_concept(case: Case) -> None:
    assert labels(case.text) == case.expected


NO_OUTLINES = [
    Case(
        "no entry names the fields",
        _LEAD + _outline("{num} {title}").replace("Handlungsfelder", "Themen der Arbeit") + _AFTER,
        [],
    ),
    Case(
        "numbers out of order are no outline",
        _LEAD + _outline("{num} {title}").replace("3.2 ", "3.7 ").replace("3.3 ", "3.2 ") + _AFTER,
        [],
    ),
    Case(
        "no lead-in before the lines",
        "Der Kreistag hat das Integrationskonzept im Mai beschlossen.\n"
        "Die Werkstätten haben in den Gemeinden stattgefunden\n" + _outline("{num} {title}") + _AFTER,
        [],
    ),
    Case(
        "a list of resolutions ends in full stops",
        "Beschlussvorschlag:\n"
        "1 Der Kreistag beschließt das Konzept.\n"
        "2 Handlungsfelder werden jährlich bewertet.\n"
        "2.1 Sprache wird zuerst bewertet.\n"
        "2.2 Arbeit folgt im nächsten Jahr.\n"
        "3 Die Verwaltung berichtet.\n",
        [],
    ),
]


@pytest.mark.parametrize("case", NO_OUTLINES, ids=[c.id for c in NO_OUTLINES])
def test_no_fields_from_lines_that_are_no_outline_of_fields(case: Case) -> None:
    assert labels(case.text) == case.expected


_POINTS = (
    "  – Schulsport an den Vormittagen\n"
    "  – Vereinssport am Abend\n"
    "  – Bewegungsgruppen für geflüchtete Kinder\n"
    "  – offene Angebote am Wochenende\n\n"
    "Die Halle wird ab dem Herbst wieder genutzt.\n"
)
_TOPIC = (
    "Die Gemeinde beteiligt sich am Programm „Integration im Verein“; die Integration zugewanderter\n"
    "Kinder ist ihr wichtig.\n\n"
)


CONCEPTS = [
    Case(
        "a use concept of a hall named before",
        _TOPIC
        + "Das Raumkonzept der Halle wurde mit den Vereinen erarbeitet. Das Konzept setzt vier Schwerpunkte:\n\n"
        + _POINTS,
        [],
    ),
    Case(
        "the compound itself in the lead-in",
        _TOPIC + "Das Belegungskonzept der Halle setzt vier Schwerpunkte:\n\n" + _POINTS,
        [],
    ),
    Case(
        "a concept of the topic named before",
        _TOPIC + "Das Handlungskonzept Integration wurde mit den Vereinen erarbeitet. Das Konzept setzt vier "
        "Schwerpunkte:\n\n" + _POINTS.replace("– Schulsport an den Vormittagen", "– Sprache und Schule"),
        [
            "Sprache und Schule",
            "Vereinssport am Abend",
            "Bewegungsgruppen für geflüchtete Kinder",
            "offene Angebote am Wochenende",
        ],
    ),
    Case(
        "the concept alone, no compound before",
        _TOPIC
        + "Das Konzept setzt vier Schwerpunkte:\n\n"
        + _POINTS.replace("– Schulsport an den Vormittagen", "– Sprache und Schule"),
        [
            "Sprache und Schule",
            "Vereinssport am Abend",
            "Bewegungsgruppen für geflüchtete Kinder",
            "offene Angebote am Wochenende",
        ],
    ),
]


@pytest.mark.parametrize("case", CONCEPTS, ids=[c.id for c in CONCEPTS])
def test_a_weak_noun_needs_a_concept_of_the_topic(case: Case) -> None:
    assert labels(case.text) == case.expected


_UNMARKED = (
    "Das Integrationskonzept ordnet seine Maßnahmen fünf Handlungsschwerpunkten zu.\n\n"
    "Handlungsschwerpunkte\n"
    "Sprache und Lesen\n"
    "Schule, Ausbildung und Beruf\n"
    "{gap}"
    "Wohnen im Quartier\n"
    "Gesundheit und Sport\n"
    "Vielfalt in der Verwaltung\n"
    "{after}"
)
_UNMARKED_FIELDS = [
    "Sprache und Lesen",
    "Schule, Ausbildung und Beruf",
    "Wohnen im Quartier",
    "Gesundheit und Sport",
    "Vielfalt in der Verwaltung",
]
_PROSE = "Der Bericht bewertet jeden Handlungsschwerpunkt nach seinem Stand, seiner Wirkung und\nseiner Steuerung.\n"

UNMARKED = [
    Case("as written", _UNMARKED.format(gap="", after="\n" + _PROSE), _UNMARKED_FIELDS),
    Case("a page break, the prose right under it", _UNMARKED.format(gap="\n\f", after=_PROSE), _UNMARKED_FIELDS),
    Case(
        "two short lines before the prose are too few",
        "Handlungsschwerpunkte\nSprache und Lesen\nWohnen im Quartier\n" + _PROSE,
        [],
    ),
]


@pytest.mark.parametrize("case", UNMARKED, ids=[c.id for c in UNMARKED])
def test_an_unmarked_list_over_a_page_break_and_before_prose(case: Case) -> None:
    assert labels(case.text) == case.expected
