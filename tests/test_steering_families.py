"""Steering members by layout and sector family: the members tables of tests/test_steering.py
with their cells set apart by gaps as in a PDF's text layer, and generated member names of
every sector family (a migrant association by its origin, an advisory council of a town, an
authority of a district, the municipality's own office, an educational house)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import load_resources
from extractors.sectors import classify
from steering_pool import sector_name
from test_steering import TABLES, Case, test_steering_cases

GAPS = [("gap4", "    "), ("gap2", "  ")]
A, S, P, W, E, M = "public_agency", "administration", "politics", "welfare", "education", "migrant_organisation"

# more ways a members table ends or goes on; each also with gaps for tabs
MORE_TABLES = [
    Case("contacts-table-after-blank-line",
         "Die Steuerungsgruppe setzt sich wie folgt zusammen:\n\nInstitution\tVertretung\nAusländerbeirat (Vorsitz)\t"
         "Herr A\nFachdienst Integration\tFrau B\n\nName\tFunktion\nFrau B\tKoordination\nHerr C\tGeschäftsstelle\n",
         ["Steuerungsgruppe"], [("Ausländerbeirat", P), ("Fachdienst Integration", S)], chair="Ausländerbeirat"),
    Case("header-repeated-after-page-break",
         "Die Steuerungsgruppe setzt sich wie folgt zusammen:\n\nInstitution\tVertretung\nSozialamt\tHerr A\n"
         "Jobcenter\tFrau B\n\nSeite 1 von 2\fInstitution\tVertretung\nBildungshaus Lingen\tHerr C\n"
         "Moscheegemeinde Lingen\tFrau D\n\nDie Steuerungsgruppe tagt monatlich.\n\nSeite 2 von 2",
         ["Steuerungsgruppe"], [("Sozialamt", S), ("Jobcenter", A), ("Bildungshaus Lingen", E),
                                ("Moscheegemeinde Lingen", M)]),
    Case("second-table-whose-header-has-one-column-word",
         "Mitglieder der Lenkungsgruppe:\n\nEinrichtung\tVertreter/in\nCaritasverband\tFrau A\nJobcenter\tHerr B\n\n"
         "Träger\tAngebot\nCaritas\tMigrationsberatung\nAWO\tSprachcafé\n",
         ["Lenkungsgruppe"], [("Caritasverband", W), ("Jobcenter", A)]),
    Case("table-without-header-then-another",
         "Die Lenkungsgruppe setzt sich wie folgt zusammen:\n\nSozialamt\tHerr A\nJobcenter\tFrau B\n\n"
         "Handlungsfeld\tZiel\nSprache\tKurse\n",
         ["Lenkungsgruppe"], [("Sozialamt", S), ("Jobcenter", A)]),
]


@pytest.mark.parametrize("case,sep", [(c, s) for c in MORE_TABLES for s in ("\t", "    ")],
                         ids=[f"{c.id}-{n}" for c in MORE_TABLES for n in ("tab", "gap4")])
def test_more_members_tables(case: Case, sep: str) -> None:
    test_steering_cases(Case(case.id, case.text.replace("\t", sep), case.names, case.members, case.chair,
                             case.size, case.seats))


@pytest.mark.parametrize("case,sep", [(c, s) for c in TABLES for _, s in GAPS],
                         ids=[f"{c.id}-{n}" for c in TABLES for n, _ in GAPS])
def test_members_tables_with_gaps(case: Case, sep: str) -> None:
    """The same tables, their cells set apart by spaces: the same members, chair and end."""
    test_steering_cases(Case(case.id, case.text.replace("\t", sep), case.names, case.members, case.chair,
                             case.size, case.seats))


# justified prose with wide spaces is no table
JUSTIFIED = [
    Case("justified-prose-after-a-colon",
         "In der Steuerungsgruppe sind vertreten:\ndas  Sozialamt  und  das  Jobcenter  sowie  die\nCaritas  und  die  AWO.\n",
         ["Steuerungsgruppe"], [("Sozialamt", S), ("Jobcenter", A), ("Caritas", W), ("AWO", W)]),
    Case("justified-prose-setzt-sich-zusammen",
         "Die Lenkungsgruppe setzt sich wie folgt zusammen:\nder  Sozialdezernentin,  dem  Jobcenter  und  dem\n"
         "Türkischen  Elternverein  Ulm  e. V.\n",
         ["Lenkungsgruppe"], [("Sozialdezernentin", S), ("Jobcenter", A), ("Türkischer Elternverein Ulm e. V.", M)]),
]


@pytest.mark.parametrize("case", JUSTIFIED, ids=[c.id for c in JUSTIFIED])
def test_justified_prose_is_no_table(case: Case) -> None:
    test_steering_cases(case)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_generated_member_names_get_their_sector(data: st.DataObject) -> None:
    name, sector = sector_name(data.draw)
    assert classify(name, load_resources()) == sector, name
