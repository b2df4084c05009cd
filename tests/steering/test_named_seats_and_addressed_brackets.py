"""Persons in an addressed bracket after the bodies of a sentence ("die Caritas Nordau (Frau Lea Winter)"), and
a seats table whose last column holds the persons the bodies named ("Einrichtung | Sitze | benannt"), several
persons a cell, each after a form of address (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Gemeinde Nordau\nBeschlussvorlage\n\nBetreff: Integrationskonzept\n\n3. Lenkungsrunde Integration\n\n"
AFTER = "\n\n4. Kosten\n\nEs entstehen keine Kosten.\n"
SENTENCE = (
    "Die Erarbeitung begleitet eine Lenkungsrunde. Ihr gehören an: die Amtsleiterin (Frau Marta\n"
    "Keller) als Vorsitzende, die Ortsvorsteher der Stadt Nordau (Herr Ole Brandt) und der\n"
    "Gemeinden Ostwald (Frau Inga Sievers), Südmoor (Herr Timo Rehm) und Westerfeld (Frau Rieke\n"
    "Claasen), der Caritasverband Nordau (Frau Lea Winter), das Jobcenter Ostholm, Außenstelle\n"
    "Nordau (Herr Jan Peters), sowie der Verein „Miteinander“ (Frau Eva Roth). Die Lenkungsrunde\n"
    "tagt viermal im Jahr.\n"
)


def _members(text: str) -> list[str]:
    return [m.member for g in groups_of(text) for m in g.members]


def test_the_addressed_persons_in_the_bodies_brackets_are_the_members() -> None:
    groups = groups_of(HEAD + SENTENCE + AFTER)
    assert [m.member for g in groups for m in g.members] == [
        "Marta Keller",
        "Ole Brandt",
        "Inga Sievers",
        "Timo Rehm",
        "Rieke Claasen",
        "Lea Winter",
        "Jan Peters",
        "Eva Roth",
    ]
    assert groups[0].chair == "Marta Keller"


def test_a_surname_alone_in_the_bracket_keeps_the_body() -> None:
    found = _members(HEAD + SENTENCE.replace("(Frau Lea Winter)", "(Frau Winter)") + AFTER)
    assert any(m.startswith("Caritasverband Nordau") for m in found)
    assert not any(m in ("Winter", "Frau Winter") for m in found) and "Jan Peters" in found


def test_an_articled_body_before_another_articled_one_stays_a_member() -> None:
    """Only a site without an article of its own ("…, Außenstelle Nordau (Herr A B)") goes with the body
    before it; "das Jobcenter Ostholm, die Caritas Ostwald (Frau A B)" are two members."""
    text = SENTENCE.replace("Ostholm, Außenstelle\nNordau", "Ostholm, die Diakonie\nNordau")
    found = _members(HEAD + text + AFTER)
    assert "Jobcenter Ostholm" in found and "Jan Peters" in found


TABLE = (
    "Die Lenkungsrunde hat neun Sitze, die von den entsendenden Stellen benannt worden sind:\n\n"
    "   Einrichtung                                Sitze   benannt\n"
    "   ----------------------------------------   -----   ------------------------------\n"
    "   Gemeinde Nordau, Bürgermeisteramt            1     Herr Erster Beigeordneter\n"
    "                                                      Paul Hagedorn (Vorsitz)\n"
    "   Gemeinde Nordau, Fachbereich Soziales        2     Frau Nele Brandes\n"
    "   und Familie                                        Herr Yusuf Demir\n"
    "   Fraktionen im Gemeinderat                    3     Ratsfrau Karin Ebel (CDU)\n"
    "                                                      Ratsherr Timo Lenz\n"
    "                                                      (Gruppe Bündnis 90/Die\n"
    "                                                      Grünen/SPD)\n"
    "                                                      Ratsherr Lars Wulf (FDP)\n"
    "   Caritasverband Nordau                        1     Frau Ida Kramer\n"
    "   Volkshochschule Nordkreis                    1     Herr Malte Sommer\n"
    "   Sportbund Nordau e. V.                       1     Frau Dr. Rieke Ahrens\n"
    "   ----------------------------------------   -----   ------------------------------\n"
    "   zusammen                                     9\n"
)


def test_the_persons_a_seats_table_names_are_the_members() -> None:
    groups = groups_of(HEAD + TABLE + AFTER)
    assert [m.member for g in groups for m in g.members] == [
        "Paul Hagedorn",
        "Nele Brandes",
        "Yusuf Demir",
        "Karin Ebel",
        "Timo Lenz",
        "Lars Wulf",
        "Ida Kramer",
        "Malte Sommer",
        "Dr. Rieke Ahrens",
    ]
    assert groups[0].chair == "Paul Hagedorn"


def test_a_seats_table_with_a_remarks_column_names_the_bodies() -> None:
    """A last column of remarks, not of the persons named: the bodies are the members."""
    rows = [
        ("Gemeinde Nordau, Bürgermeisteramt", "1", "Vorsitz"),
        ("Caritasverband Nordau", "1", "beratend"),
        ("Volkshochschule Nordkreis", "1", "neu"),
    ]
    table = "   Einrichtung                                Sitze   Bemerkung\n" + "".join(
        f"   {a:<43}{b:<8}{c}\n" for a, b, c in rows
    )
    found = _members(HEAD + "Der Lenkungsrunde gehören an:\n\n" + table + AFTER)
    assert "Caritasverband Nordau" in found and "Volkshochschule Nordkreis" in found
    assert not any(m in ("beratend", "neu") for m in found)
