"""steering: members in two columns side by side under labels of the parts they come from ("Für die
Stadtverwaltung:   Für den Gemeinderat:"), two such blocks one under the other, family names in
capitals after the given name, the wrapped lines set at the column's start (a bracket alone, or the
body after the person's comma going on) are read block by block in the natural case; where other
lines stand indented, a line naming no person at a column's start still opens an entry (invented
examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

TEXT = (
    "3.  Steuerungsgruppe Teilhabeplan\n"
    "Die Steuerungsgruppe hat neun Sitze. Die Besetzung:\n\n"
    "Für die Stadtverwaltung:                          Für den Gemeinderat:\n"
    "Bürgermeisterin Dr. Anna WEBER                    Stadträtin Petra LIND (CDU)\n"
    "(Vorsitz)                                         Stadtrat Emil BERG (SPD)\n"
    "Amtsleiter Jonas SOMMER\n\n"
    "Für die Partner:                                  Für die Zugewanderten:\n"
    "Greta HOLM, Jobcenter Landkreis                   Mira OSTEN, Vorsitzende des\n"
    "Nordheim, Standort Süd                            Integrationsbeirats\n"
    "Paul KRAUSE, Caritas Nordheim-                    Ivan PETROV, Russischer\n"
    "Süd, Migrationsdienst                             Kulturverein e. V.\n\n"
    "4.  Kosten\nEs entstehen keine Kosten.\n"
)


def test_part_labelled_columns_in_blocks_with_capital_surnames() -> None:
    (group,) = groups_of(TEXT)
    assert sorted(m.member for m in group.members) == [
        "Dr. Anna Weber",
        "Emil Berg",
        "Greta Holm",
        "Ivan Petrov",
        "Jonas Sommer",
        "Mira Osten",
        "Paul Krause",
        "Petra Lind",
    ]
    assert group.chair == "Dr. Anna Weber"
