"""Members named in brackets after the bodies a shared count gives seats to ("je zwei Personen der
Verwaltung (Amtsleiterin A und der Integrationsbeauftragte B) sowie je eine Person des Jobcenters X
(C)"): each person a member, the body before the bracket its sector, an article and office before the
name left out; the chair named after a semicolon in lower case ("…; den Vorsitz führt …"). Negatives:
a shared count whose brackets name no persons, and one bracket with a single person (invented
examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Stadt Elsdorf\nBeschlussvorlage\n\nBetreff: Teilhabeplan 2030\n\n2. Lenkungsrunde\n"
AFTER = "\n\n3. Kosten\nEs entstehen keine Kosten.\n"


def test_persons_in_brackets_after_shared_seats() -> None:
    text = (
        HEAD + "Die Umsetzung lenkt eine Lenkungsrunde Teilhabe mit sechs Personen. Ihr gehören je zwei\n"
        "Personen der Verwaltung (Amtsleiterin Greta Lindqvist und der Integrationsbeauftragte Jonas Weber)\n"
        "und des Beirats für Migration (die Vorsitzende Dr. Olga Martens und ihr Stellvertreter Kemal Aydın)\n"
        "sowie je eine Person des Jobcenters Elsdorf (Bernd Voss) an; den Vorsitz führt die Dezernentin\n"
        "Ilse Kramer." + AFTER
    )
    (group,) = groups_of(text)
    names = [m.member for m in group.members]
    assert names[:5] == ["Greta Lindqvist", "Jonas Weber", "Dr. Olga Martens", "Kemal Aydın", "Bernd Voss"]
    assert any("Ilse Kramer" in n for n in names)
    assert group.chair is not None and group.chair.endswith("Ilse Kramer")
    sectors = {m.member: m.sector for m in group.members}
    assert sectors["Greta Lindqvist"] == "administration"
    assert sectors["Bernd Voss"] == "public_agency"


def test_brackets_without_persons_name_no_members() -> None:
    text = (
        HEAD + "Die Umsetzung lenkt eine Lenkungsrunde Teilhabe. Ihr gehören je zwei Personen der\n"
        "Verwaltung (Sozialamt und Jugendamt) und des Beirats für Migration (Vorstand) an." + AFTER
    )
    (group,) = groups_of(text)
    assert group.members == []


def test_one_bracketed_person_alone_is_no_such_list() -> None:
    text = (
        HEAD + "Die Umsetzung lenkt eine Lenkungsrunde Teilhabe. Ihr gehören je zwei Personen der\n"
        "Verwaltung und des Rates sowie das Jobcenter Elsdorf (Bernd Voss) an." + AFTER
    )
    (group,) = groups_of(text)
    assert group.members == []
