"""Steering members in a list set two a line whose gap a PDF's text layer flattened into a single
space (invented examples, each with negatives): each line is cut where the gazetteer of heads and
names opens the right-hand name ("Jobcenter", "Agentur für Arbeit", "Diakonisches Werk"), with its
adjectives and a compound's dropped part ("Ostbayerische Technische Hochschule", "Industrie- und
Handelskammer"); never inside a name ("Amt für Jugend und Familie", "Jobcenter Stadt Musterstadt",
"… e. V."); a word hyphenated at a line's end is joined, and lines without a cut are the right-hand
name's wrapped rest. A line that can be cut in two places, or none where a row is due, gives the
list nothing of this reader's.
"""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.steering.flat_columns import name_cuts, tiled_rows
from extractors.steering.rules import member_rules
from tests.steering.test_steering import Case, groups_of

_LEAD = (
    "3. Begleitkreis\nDer Begleitkreis berät die Verwaltung bei der Fortschreibung. Dem Begleitkreis gehören an:\n\n"
)
_END = "\n\nDer Begleitkreis tritt dreimal zusammen.\n"

CASES = [
    Case(
        "two a line flattened, the chair marked, the last right-hand name wrapped",
        _LEAD + "Amt für Soziales (Vorsitz) Jobcenter Stadt Musterstadt\n"
        "Amt für Schule und Sport Agentur für Arbeit Musterstadt\n"
        "Caritasverband Musterstadt e. V. Diakonisches Werk Musterstadt e. V.\n"
        "Seniorenbeirat der Stadt Musterstadt Staatliche Hochschule Musterstadt,\n"
        "Fakultät Soziale Arbeit" + _END,
        ["Begleitkreis"],
        [
            ("Amt für Soziales", "administration"),
            ("Jobcenter Stadt Musterstadt", "public_agency"),
            ("Amt für Schule und Sport", "administration"),
            ("Agentur für Arbeit Musterstadt", "public_agency"),
            ("Caritasverband Musterstadt e. V.", "welfare"),
            ("Diakonisches Werk Musterstadt e. V.", "welfare"),
            ("Seniorenbeirat der Stadt Musterstadt", "politics"),
            ("Staatliche Hochschule Musterstadt, Fakultät Soziale Arbeit", "research"),
        ],
        chair="Amt für Soziales",
    ),
    Case(
        "a name hyphenated at a line's end, a compound's dropped part, a noun after 'für'",
        _LEAD + "Amt für Soziales Jobcenter Musterkreis\n"
        "Staatliches Schulamt Musterkreis Volkshochschule Muster-\n"
        "stadt\n"
        "Kreisverwaltung Musterkreis Industrie- und Handelskammer Musterstadt" + _END,
        ["Begleitkreis"],
        [
            ("Amt für Soziales", "administration"),
            ("Jobcenter Musterkreis", "public_agency"),
            ("Staatliches Schulamt Musterkreis", "public_agency"),
            ("Volkshochschule Musterstadt", "education"),
            ("Kreisverwaltung Musterkreis", "administration"),
            ("Industrie- und Handelskammer Musterstadt", "business"),
        ],
    ),
    Case(
        "an export without the blank line after the list: it ends at the sentence under it",
        _LEAD + "Amt für Soziales (Vorsitz) Jobcenter Musterkreis\n"
        "Caritasverband Musterstadt e. V. Hochschule Musterstadt, Fakultät\n"
        "Soziale Arbeit\n"
        "Der Begleitkreis tritt dreimal zusammen, zuerst im\n"
        "Herbst.\n",
        ["Begleitkreis"],
        [
            ("Amt für Soziales", "administration"),
            ("Jobcenter Musterkreis", "public_agency"),
            ("Caritasverband Musterstadt e. V.", "welfare"),
            ("Hochschule Musterstadt, Fakultät Soziale Arbeit", "research"),
        ],
        chair="Amt für Soziales",
    ),
    # negatives: a list one name a line stays as it is; three names on a line are not cut in two
    Case(
        "one name a line: no cut",
        _LEAD + "Amt für Soziales\nJobcenter Musterstadt\nCaritasverband Musterstadt e. V." + _END,
        ["Begleitkreis"],
        [
            ("Amt für Soziales", "administration"),
            ("Jobcenter Musterstadt", "public_agency"),
            ("Caritasverband Musterstadt e. V.", "welfare"),
        ],
    ),
    Case(
        "a line with two cuts: not cut",
        _LEAD + "Amt für Soziales Jobcenter Musterstadt Sportbund Musterstadt\n"
        "Amt für Schule Agentur für Arbeit Musterstadt" + _END,
        ["Begleitkreis"],
        [
            ("Amt für Soziales Jobcenter Musterstadt Sportbund Musterstadt", "public_agency"),
            ("Amt für Schule Agentur für Arbeit Musterstadt", "public_agency"),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_flattened_tiled_lists(case: Case) -> None:
    groups = groups_of(case.text)
    assert [g.group_name for g in groups] == case.names
    assert [(m.member, m.sector) for g in groups for m in g.members] == case.members
    if case.chair is not None:
        assert groups[0].chair == case.chair


@pytest.mark.parametrize(
    ("line", "right"),
    [
        ("Amt für Jugend und Familie Agentur für Arbeit Musterstadt", ["Agentur für Arbeit Musterstadt"]),
        ("Caritasverband Musterstadt e. V. Diakonisches Werk Musterstadt", ["Diakonisches Werk Musterstadt"]),
        ("Beirat der Stadt Musterstadt Ostbayerische Technische Hochschule", ["Ostbayerische Technische Hochschule"]),
        ("Amt für Soziales (Vorsitz) Volkshochschule Musterstadt", ["Volkshochschule Musterstadt"]),
        # no cut inside a name: after a link word, before a town or a legal form, after an adjective
        ("Jobcenter Stadt Musterstadt", []),
        ("Staatliches Schulamt in der Stadt Musterstadt", []),
        ("Caritasverband Musterstadt e. V.", []),
        ("Amt für Schule und Sport", []),
        ("Muster Beratung GmbH", []),
        ("Diakonisches Werk Musterstadt", []),
        # a person before an office is no name of the gazetteer
        ("Frau Anna Roth Amt für Schule und Sport", []),
    ],
)
def test_name_cuts(line: str, right: list[str]) -> None:
    assert [line[c:] for c in name_cuts(line, load_resources())] == right


@pytest.mark.parametrize(
    "lines",
    [
        # a sector column beside the bodies, flattened: the sector's noun is no member
        "Verwaltung Sozialamt\nPolitik Fraktion der Grünen\nZivilgesellschaft Caritasverband Musterstadt\n",
        # a header over the rows
        "Institution Vertretung\nAmt für Soziales Jobcenter Musterstadt\nAmt für Schule Agentur für Arbeit\n",
        # a line of three names
        "Amt für Soziales Jobcenter Musterstadt Sportbund Musterstadt\nAmt für Schule Agentur für Arbeit\n",
        # one row only
        "Amt für Soziales Jobcenter Musterstadt\n",
        # columns with gaps are the table readers'
        "Amt für Soziales      Jobcenter Musterstadt\nAmt für Schule        Agentur für Arbeit\n",
    ],
    ids=["sector-column", "header", "three-names", "one-row", "gaps"],
)
def test_no_tiled_rows(lines: str) -> None:
    res = load_resources()
    assert tiled_rows(lines + "\nDer Kreis tagt.\n", 0, member_rules(res), res) is None
