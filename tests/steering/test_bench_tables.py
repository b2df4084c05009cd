"""Members tables whose first column spans rows: a bench or area given once over several members
("Bank | Mitglied | entsendet durch", ``extractors/steering/tables.py``), the sending bodies wrapped
under their column; a line naming a new person under the person above opens a row of its own, a
line wrapped from the row above does not (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

LEAD = (
    "5. Lenkungsrunde Vielfalt\n"
    "Die Lenkungsrunde begleitet die Umsetzung. Sie hat sieben Mitglieder. Den Vorsitz führt\n"
    "der Beigeordnete Malte Sörensen.\n\n"
)
TABLE = (
    "Bank                 Mitglied                          entsendet durch\n"
    "Verwaltung           Malte Sörensen (Vorsitz)          Dezernat II\n"
    "                     Greta Lindholm                    Amt für Schule,\n"
    "                                                       Sport und Kultur\n"
    "Politik              Jonas Hinrichs                    Sozialausschuss\n"
    "Stadtgesellschaft    Dr. Amira Haddad                  Hochschule Nordwald\n"
    "und Partner                                            (Fakultät Soziales)\n"
    "                     Pia Kowalski                      Caritasverband Nordwald e. V.\n"
    "                     Emre Aydın                        Jobcenter Nordwald\n"
    "                     Lars Petersen                     Handwerkskammer Nordwald\n"
)
END = "\nDie Geschäftsstelle liegt beim Amt für Schule.\n\n6. Kosten\nEs entstehen keine Kosten.\n"


def test_a_bench_given_once_over_its_members() -> None:
    groups = groups_of(LEAD + TABLE + END)
    assert [(g.group_name, g.chair) for g in groups] == [("Lenkungsrunde Vielfalt", "Malte Sörensen")]
    assert [(m.member, m.is_chair) for m in groups[0].members] == [
        ("Malte Sörensen", True),
        ("Greta Lindholm", False),
        ("Jonas Hinrichs", False),
        ("Dr. Amira Haddad", False),
        ("Pia Kowalski", False),
        ("Emre Aydın", False),
        ("Lars Petersen", False),
    ]


def test_a_name_wrapped_under_its_column_is_no_new_row() -> None:
    """ "Greta" / "Lindholm": the rest of the name above, no person of its own."""
    table = (
        "Bank                 Mitglied                          entsendet durch\n"
        "Verwaltung           Malte Sörensen (Vorsitz)          Dezernat II\n"
        "Politik              Greta                             Sozialausschuss\n"
        "                     Lindholm\n"
        "Stadtgesellschaft    Pia Kowalski                      Caritasverband Nordwald e. V.\n"
    )
    members = [m.member for g in groups_of(LEAD + table + END) for m in g.members]
    assert members == ["Malte Sörensen", "Greta Lindholm", "Pia Kowalski"]
