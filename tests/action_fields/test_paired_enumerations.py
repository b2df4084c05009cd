"""action_fields: fields named in a clause about the field noun whose enumeration is paired by
adverbs ("Als Handlungsfelder nennt der Plan einerseits A, andererseits B sowie den C"): the
adverbs and the articles of the parts are no part of a field; a clause under a heading run into
it on the line before is read too, indented or justified with double spaces; gaps of a table's
cells are no sentence. Pairing adverbs without the field noun, or pairing goals and
measures, name no field (invented examples)."""

from __future__ import annotations

import pytest

from tests.action_fields.test_action_fields import Case, labels

_AFTER = " Die Verwaltung unterstützt diese Auswahl.\n"

PAIRED = [
    Case(
        "einerseits, andererseits, sowie with an article",
        "Als Handlungsfelder nennt das Konzept einerseits Frühe Hilfen und Familienbildung,\n"
        "andererseits Arbeit und Qualifizierung sowie die Teilhabe an Kultur und Sport." + _AFTER,
        ["Frühe Hilfen und Familienbildung", "Arbeit und Qualifizierung", "Teilhabe an Kultur und Sport"],
    ),
    Case(
        "zum einen, zum anderen under a heading",
        "3. Schwerpunkte des Beirats\n"
        "Als Handlungsfelder benennt der Beirat zum einen Wohnen im Quartier, zum anderen\n"
        "Gesundheit und Pflege." + _AFTER,
        ["Wohnen im Quartier", "Gesundheit und Pflege"],
    ),
    Case(
        "indented under a numbered heading, as pdftotext -layout sets it",
        "2.   Schwerpunkte\n     Als Handlungsfelder nennt der Beirat einerseits Wohnen im Quartier,\n"
        "     andererseits Gesundheit und Pflege. Die Verwaltung unterstützt diese Auswahl.\n",
        ["Wohnen im Quartier", "Gesundheit und Pflege"],
    ),
    Case(
        "a justified line as pdfminer.six sets it, two spaces between words",
        "Als  Handlungsfelder  nennt  der  Beirat  einerseits  Wohnen  im  Quartier,\n"
        "andererseits Gesundheit und Pflege." + _AFTER,
        ["Wohnen im Quartier", "Gesundheit und Pflege"],
    ),
    Case(
        "a heading before a clause without pairing",
        "Inhaltlicher Rahmen\nAls Handlungsfelder wurden Sprache, Arbeit sowie Wohnen festgelegt." + _AFTER,
        ["Sprache", "Arbeit", "Wohnen"],
    ),
]


@pytest.mark.parametrize("case", PAIRED, ids=[c.id for c in PAIRED])
def test_paired_enumeration_names_the_fields(case: Case) -> None:
    assert labels(case.text) == case.expected


NOT_PAIRED_FIELDS = [
    Case(
        "pairing without the field noun",
        "Die Stadt fördert einerseits Sprachkurse und Elternbildung, andererseits Wohnen sowie Gesundheit." + _AFTER,
        [],
    ),
    Case(
        "goals and measures paired after the noun",
        "Als Handlungsfelder nennt der Antrag einerseits die Ziele der Stadt, andererseits die Maßnahmen\n"
        "der Träger." + _AFTER,
        [],
    ),
    Case(
        "a mention of the fields",
        "In den Handlungsfeldern wurden einerseits Ziele, andererseits Maßnahmen beschlossen." + _AFTER,
        [],
    ),
    Case(
        "cells of a table apart by gaps",
        "Als Handlungsfelder   nennt der Beirat   einerseits Wohnen,\nandererseits Gesundheit und Pflege." + _AFTER,
        [],
    ),
    Case(
        "a line that runs on is no heading",
        "Nach Beratung im Beirat und\nAls Handlungsfelder nennt der Beirat einerseits Wohnen, andererseits Sport."
        + _AFTER,
        [],
    ),
]


@pytest.mark.parametrize("case", NOT_PAIRED_FIELDS, ids=[c.id for c in NOT_PAIRED_FIELDS])
def test_no_paired_fields(case: Case) -> None:
    assert labels(case.text) == case.expected
