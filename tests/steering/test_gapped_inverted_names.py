"""steering: a list of members whose entries set the person surname first and the office after a gap
("– Berger, Jonas        Leiter des Sozialamts (Vorsitz)") reads the persons in the natural order,
the chair by its mark and the sector by the heading over the entries; a body and a person after a gap
("– Weber, Sozialamt     Frau Berg") names no person surname first (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

LEAD = (
    "3. Lenkungsgruppe\n"
    "Für die Fortschreibung wird eine Lenkungsgruppe gebildet. Den Vorsitz führt der Referent für\n"
    "Soziales. Mitglieder (nach Bereichen, jeweils Name, Vorname):\n\n"
)


def test_surname_first_entries_under_sector_headings() -> None:
    text = LEAD + (
        "Stadtverwaltung\n"
        "  – Berger, Jonas          Bürgermeister, Referent 2 (Vorsitz)\n"
        "  – Lindqvist-Haas, Mira  Integrationsbeauftragte\n"
        "Stadtrat\n"
        "  – Okonkwo, Emeka         Stadtrat\n"
        "Träger und Behörden\n"
        "  – Sommer, Petra          Diakonisches Werk Nordstadt e. V., Migrationsdienst\n\n"
        "Die Geschäftsführung liegt bei der Stabsstelle Integration.\n"
    )
    (group,) = groups_of(text)
    assert [(m.member, m.sector) for m in group.members] == [
        ("Jonas Berger", "administration"),
        ("Mira Lindqvist-Haas", "administration"),
        ("Emeka Okonkwo", "politics"),
        ("Petra Sommer", "welfare"),
    ]
    assert group.chair == "Jonas Berger"


def test_a_body_before_a_gap_is_no_surname() -> None:
    text = LEAD + "  – Weber, Sozialamt     Frau Petra Berg\n  – Jugendamt, Abteilung 2\n\n"
    (group,) = groups_of(text)
    assert "Sozialamt Weber" not in [m.member for m in group.members]
