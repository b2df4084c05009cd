"""steering: seats as dotted-leader lines "body ..... office and person" after a sentence leading them in
read the person without the office before the name, also where the leaders are three dots between
gaps; a seat whose person is still to be named (the right side in brackets) is the body; the chair as
the subject of a relative clause on the group ("…, die der Beigeordnete …, Herr …, leitet.") is read
(invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

TEXT = (
    "3.2 Lenkungsgruppe Teilhabe\n"
    "Die Fortschreibung wird von einer Lenkungsgruppe gesteuert, die der Beigeordnete für Soziales und\n"
    "Integration, Herr Dr. Jonas Berger, leitet. Sie hat sechs Mitglieder.\n"
    "Neben dem Vorsitzenden sind vertreten:\n\n"
    "   Ressort Zuwanderung und Integration .......... Ressortleiterin Mira Lindqvist\n"
    "   Ressort Kinder, Jugend und Familie – Jugendamt ... Abteilungsleiter Emil Sandberg\n"
    "   Caritasverband Nordstadt e. V. ............... Fachdienst Migration, Petra Sommer\n"
    "   Diakonie Nordstadt ........................... (Benennung steht noch aus)\n"
    "   Hochschule Nordstadt ......................... Prof. Dr. Anna Weber\n\n"
    "Die Geschäftsführung liegt beim Ressort 204.\n"
)


def test_persons_after_offices_on_leader_lines() -> None:
    (group,) = groups_of(TEXT)
    assert [m.member for m in group.members] == [
        "Dr. Jonas Berger",
        "Mira Lindqvist",
        "Emil Sandberg",
        "Petra Sommer",
        "Diakonie Nordstadt",
        "Prof. Dr. Anna Weber",
    ]
    assert group.chair == "Dr. Jonas Berger"
    assert group.members[1].sector == "administration"


def test_an_office_alone_at_the_right_names_no_person() -> None:
    text = (
        "3.2 Lenkungsgruppe Teilhabe\nDie Lenkungsgruppe wird gebildet. Vertreten sind:\n\n"
        "   Sozialamt ... Leitung des Amtes\n   Jugendamt ... Leitung des Amtes\n\n"
    )
    members = [m.member for g in groups_of(text) for m in g.members]
    assert not any(m.startswith(("Amtes", "des")) for m in members)
