"""A members table by area: "Bereich | Mitglieder", the members of each area in one cell apart by
semicolons. The "Mitglieder" column names the members (the area is no member), each part of a
cell is a member of its own, a "(Vorsitz)" mark on a part marks that member."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

TEXT = (
    "Stadt Lindenau\nBeschlussvorlage\n\nIntegrationskonzept\n\n"
    "Die Steuerungsrunde begleitet das Integrationskonzept. Sie ist wie folgt besetzt:\n"
    "Bereich\tMitglieder\n"
    "Verwaltung\tSozialdezernentin (Vorsitz); Amt für Jugend und Familie\n"
    "Partner\tAgentur für Arbeit Lindenau; Diakonie Lindenau e. V.\n"
    "Zivilgesellschaft\tdrei Mitglieder des Ausländerbeirats\n\n"
    "Die Steuerungsrunde tagt viermal im Jahr.\n"
)


def test_the_members_column_and_its_parts() -> None:
    members = [m.member for g in groups_of(TEXT) for m in g.members]
    for name in ("Amt für Jugend und Familie", "Agentur für Arbeit Lindenau", "Diakonie Lindenau e. V."):
        assert name in members, members
    assert not {"Verwaltung", "Partner", "Zivilgesellschaft"} & set(members), members
    assert not any(";" in m for m in members), members
