"""steering: members named in running sentences that open with the side they speak for ("Von Seiten der
Kreisverwaltung wirken außerdem die Amtsleiterin …, Name, … mit.", "Der Kreistag entsendet die
Ausschussvorsitzende Name (CDU) …", "Für die Gemeinden nimmt Bürgermeister Name … teil."); the chair
named after an article and an office is a person and a member; an origin ends at a linking word before
the next person; a titled person after another's origin is a member (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

TEXT = (
    "3. Steuerungskreis Teilhabe\n"
    "Der Steuerungskreis begleitet die Umsetzung. Den Vorsitz übernimmt der Erste Kreisrat Jonas Weber.\n"
    "Von Seiten der Kreisverwaltung wirken außerdem die Amtsleiterin Soziales, Petra Lind, und der Leiter\n"
    "des Jugendamtes, Emil Sommer, mit. Der Kreistag entsendet die Ausschussvorsitzende Anna Berg (CDU) und\n"
    "den Kreistagsabgeordneten Lea Holm (SPD). Für die kreisangehörigen Gemeinden nimmt Bürgermeister Paul\n"
    "Krause (Gemeinde Au) teil.\n"
)


def test_members_in_sentences_by_side() -> None:
    (group,) = groups_of(TEXT)
    assert [m.member for m in group.members] == [
        "Erster Kreisrat Jonas Weber",
        "Petra Lind",
        "Emil Sommer",
        "Anna Berg",
        "Lea Holm",
        "Paul Krause",
    ]
    assert group.members[0].is_chair


def test_an_office_alone_chairing_is_no_person() -> None:
    text = TEXT.replace("der Erste Kreisrat Jonas Weber", "der Zweite Bürgermeister")
    (group,) = groups_of(text)
    assert group.chair == "Zweiter Bürgermeister"
    assert not any(m.member == "Jonas Weber" for m in group.members)


def test_an_origin_ends_at_a_linking_word_before_the_next_person() -> None:
    from extractors.steering.run_in import _persons

    text = "Greta Ulm von der Diakonie Nordkreis sowie Ole Brandt für den Verein Miteinander e. V."
    assert [(r.value, r.label) for r in _persons(text, 0, len(text))] == [
        ("Greta Ulm", "der Diakonie Nordkreis"),
        ("Ole Brandt", "den Verein Miteinander e. V."),
    ]


def test_a_titled_person_after_an_origin_is_no_part_of_it() -> None:
    from extractors.steering.persons import origin_goes_on
    from extractors.steering.rules import MemberRow

    text = "Ole Brandt vom Jobcenter Nord, Dr. Elif Kaya von der Schule"
    rows = [MemberRow(0, 29, "Ole Brandt", method="prose"), MemberRow(31, 44, "Dr. Elif Kaya", method="prose")]
    assert [r.value for r in origin_goes_on(rows, text, lambda w: False)] == ["Ole Brandt", "Dr. Elif Kaya"]
