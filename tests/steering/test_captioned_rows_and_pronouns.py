"""Rows of a person's name and office under captions naming members of a kind ("Geborene Mitglieder" /
rule / "Anna Beispiel   Beigeordnete – Vorsitzende –"), the office wrapped under its column
(``extractors/steering/captioned_rows.py``); a sentence whose pronoun has another gender than the group's
head noun speaks of another noun (``extractors/steering/pronouns.py``); and what is none (invented
examples)."""

from __future__ import annotations

from extractors import load_resources
from extractors.steering.captioned_rows import captioned_rows
from extractors.steering.pronouns import other_gender
from tests.steering.test_steering import groups_of

LEAD = (
    "5. Steuerungsausschuss Teilhabe\n\n"
    "Ein Steuerungsausschuss begleitet die Umsetzung. Er hat sieben Mitglieder. Drei gehören ihm kraft\n"
    "ihres Amtes an; vier wählt der Rat.\n\n"
)
CAPTIONED = (
    "   Mitglieder kraft Amtes\n"
    "   ──────────────────────\n"
    "   Johanna Seidel            Erste Beigeordnete – Vorsitzende –\n"
    "   Ole Brandt                Leiter des Amtes für Soziales\n"
    "   Kwabena Mensah            Vorsitzender des Seniorenbeirats\n\n"
    "   Gewählte Mitglieder (Vorschläge)\n"
    "   ────────────────────────────────\n"
    "   Ida Schubert              Ratsmitglied, vorgeschlagen von der\n"
    "                             SPD-Fraktion\n"
    "   Kemal Aydın               Ratsmitglied, vorgeschlagen von der CDU-Fraktion\n"
    "   Mia Lorenz                Caritasverband Nordheim e. V.,\n"
    "                             vorgeschlagen von der Liga\n"
    "   Dr. Jan Vogt              Jobcenter Nordheim\n\n"
    "Die Geschäftsstelle liegt beim Amt für Soziales.\n"
)


def test_rows_under_captions_naming_members_of_a_kind() -> None:
    (group,) = groups_of(LEAD + CAPTIONED)
    assert [m.member for m in group.members] == [
        "Johanna Seidel",
        "Ole Brandt",
        "Kwabena Mensah",
        "Ida Schubert",
        "Kemal Aydın",
        "Mia Lorenz",
        "Dr. Jan Vogt",
    ]
    assert group.chair == "Johanna Seidel"
    sectors = {m.member: m.sector for m in group.members}
    assert sectors["Ida Schubert"] == "politics"
    assert sectors["Mia Lorenz"] == "welfare"


def test_rows_of_bodies_under_such_a_caption_are_none() -> None:
    text = CAPTIONED
    for name in ("Johanna Seidel", "Ole Brandt    ", "Kwabena Mensah", "Ida Schubert  ", "Kemal Aydın   "):
        text = text.replace(name, "Sozialamt" + " " * (len(name) - 9))
    assert captioned_rows("\n" + text, 0, load_resources()) is None


def test_a_caption_of_other_things_is_none() -> None:
    text = CAPTIONED.replace("Mitglieder kraft Amtes", "Termine und Orte").replace(
        "Gewählte Mitglieder (Vorschläge)", "Weitere Termine"
    )
    assert captioned_rows("\n" + text, 0, load_resources()) is None


OFFER = (
    "6. Begleitung\n\n"
    "Für die Moderation der Sitzungen des Steuerungsausschusses Teilhabe wurden drei Büros angefragt.\n"
    "Das beste Angebot hat die Bietergemeinschaft „Teilhabe Nord“ abgegeben. Sie besteht aus dem Büro\n"
    "Lorenz, Nordheim, und der Praxis für Moderation Jan Vogt, Südheim.\n"
)


def test_a_pronoun_of_another_gender_than_the_groups_speaks_of_another_noun() -> None:
    members = [m.member for g in groups_of(LEAD + CAPTIONED + "\n" + OFFER) for m in g.members]
    assert not any("Praxis" in m or "Büro" in m for m in members)


def test_the_pronouns_gender_against_the_groups_head_noun() -> None:
    res = load_resources()
    said = "Sie besteht aus A und B. Sie bestehen aus C. Er besteht aus D."
    assert other_gender(said, 0, "Steuerungsausschuss Teilhabe", res)  # "Sie besteht": feminine, not his
    assert not other_gender(said, said.index("Sie bestehen"), "Steuerungsausschuss Teilhabe", res)  # a plural
    assert not other_gender(said, said.index("Er"), "Steuerungsausschuss Teilhabe", res)
    assert not other_gender(said, 0, "Arbeitsgemeinschaft Teilhabe", res)


def flattened(text: str) -> str:
    """The text as a PDF's text layer gives it: gaps closed to a space, indents lost."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def test_captioned_rows_whose_gaps_a_pdf_closed() -> None:
    (group,) = groups_of(LEAD + flattened(CAPTIONED))
    names = [m.member for m in group.members]
    assert names[:2] == ["Johanna Seidel", "Ole Brandt"]
    assert {"Ida Schubert", "Kemal Aydın", "Mia Lorenz", "Dr. Jan Vogt"} <= set(names)
    assert not any("Ratsmitglied" in n or "SPD-Fraktion" in n for n in names)
    assert {m.member: m.sector for m in group.members}["Ida Schubert"] == "politics"


def test_a_flattened_row_whose_given_name_the_list_lacks_opens_before_an_office_word() -> None:
    """ "Kwabena Mensah Vorsitzender des Seniorenbeirats": two name-shaped words the lexicon knows as no body's
    or office's, then an office's word, open a row of their own."""
    (group,) = groups_of(LEAD + flattened(CAPTIONED))
    names = [m.member for m in group.members]
    assert names[:3] == ["Johanna Seidel", "Ole Brandt", "Kwabena Mensah"]


def test_after_an_office_ending_open_such_a_line_goes_on_with_it() -> None:
    """The office above ends in "für": the line under it is its rest, no row ("Soziales Nordheim Amt …")."""
    text = CAPTIONED.replace(
        "Leiter des Amtes für Soziales\n", "Leiter des Fachdienstes für\n   Soziales Nordheim Amt 50\n"
    )
    (group,) = groups_of(LEAD + flattened(text))
    assert not any("Soziales" in m.member or "Nordheim" in m.member for m in group.members)
