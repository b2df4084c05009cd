"""steering: a member named by an office and then the person holding it, the person saluted ("der
Amtsleiter Herr Bruno Beispiel") or more said after the name ("Bürgermeisterin Greta Muster, Gemeinde
Nordheim, für die Gemeinden"), is the person; a body followed by its representatives after a comma
gives the persons (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of


def members(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def test_a_saluted_person_after_the_office_is_the_member() -> None:
    text = (
        "Zur Steuerung der Umsetzung wird eine Lenkungsrunde Teilhabe eingerichtet. Die Lenkungsrunde Teilhabe"
        " soll dem Kreisausschuss jährlich berichten. Ihr gehören der Amtsleiter Herr Bruno Beispiel als"
        " Vorsitzender, die Fachbereichsleiterin Jugend und Familie Frau Greta\nMuster, eine Vertreterin des"
        " Caritasverbandes Nordheim e. V. sowie der Leiter der Gesamtschule Nordheim Herr Ali Demir an."
    )
    assert members(text) == ["Bruno Beispiel", "Greta Muster", "Caritasverband Nordheim e. V.", "Ali Demir"]


def test_an_office_before_a_person_with_more_after_the_name_gives_the_person() -> None:
    text = (
        "Der Lenkungskreis steuert die Erarbeitung. Ihm gehören an:\n\n"
        "  –  Paula Beispiel, Landrätin (Vorsitz)\n"
        "  –  Jonas Weber, Fachbereichsleiter Soziales\n"
        "  –  Bürgermeisterin Greta Muster, Amt Nordheim, für die Gemeinden\n"
        "  –  Lea Schmidt, Diakonisches Werk Nordheim\n"
    )
    assert members(text) == ["Paula Beispiel", "Jonas Weber", "Greta Muster", "Lea Schmidt"]


def test_an_office_and_a_name_alone_give_the_person_but_the_chair_s() -> None:
    text = "Der Steuerungsgruppe gehören Bürgermeister Paul Beispiel und das Haus Maria Frieden an."
    assert members(text) == ["Paul Beispiel", "Haus Maria Frieden"]
    chaired = "Der Steuerungsgruppe gehören an:\n\n  –  Bürgermeister Paul Beispiel (Vorsitz)\n  –  Sozialamt\n"
    assert members(chaired) == ["Bürgermeister Paul Beispiel", "Sozialamt"]


def test_a_body_and_its_representatives_named_after_a_comma() -> None:
    text = (
        "Der Lenkungsgruppe gehören das Sozialamt sowie zwei Vertreterinnen des Vereins „Nordheim hilft“,"
        " Frau Lena Beispiel und Frau Ida Muster, an."
    )
    assert members(text) == ["Sozialamt", "Lena Beispiel", "Ida Muster"]
