"""Rows of a label and its persons under a lead-in, one row labelled as the chair and one sharing a count of
seats among the factions, where a PDF's text layer closed the gap between label and value to a single space
and set every row flush left: the label's words end before a person, a count of seats, or a body and a comma
before the person ending the line; a row going on after a comma, a semicolon, a conjunction or a preposition
takes the next line; a given name ending a line over the family name alone on the next is one name; a
sentence right under the rows (the blank line lost) ends them. Shares not adding up, prose lines and a given
name over no family name give no such members (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Stadt Wendenau\nBeschlussvorlage\n\nBetreff: Integrationskonzept 2030\n\n"
LEAD = "3. Lenkungskreis Integration\nDer Lenkungskreis führt die Ergebnisse zusammen. Er hat zehn Sitze:\n\n"
SENTENCE = "\nDie Geschäftsführung liegt beim Sozialamt.\n"
TAIL = "\n4. Kosten\nEs entstehen keine Kosten.\n"


def _rows(count: str = "fünf", last: str = "Freie Wohlfahrtspflege Diakonie Wendenau e. V., Karin Vogt") -> str:
    return (
        "Vorsitz Erster Beigeordneter Dr. Paul Behrend\n"
        "Verwaltung Fachbereichsleiterin Ines Kolbe (FB 50)\n"
        "Integrationsbeauftragter Omar Said\n"
        f"Ratsfraktionen {count} Sitze, nach d'Hondt verteilt auf\n"
        "CDU-Fraktion (2), SPD-Fraktion (2) und\n"
        "Fraktion Bündnis 90/Die Grünen (1);\n"
        "die Namen benennen die Fraktionen bis zum 15.10.2027\n"
        "Integrationsrat Vorsitzende Dana Roth\n"
        "Landkreis Wendenau Jobcenter Wendenau, Jens Albers\n"
        f"{last}\n"
    )


def members_of(text: str) -> list[tuple[str, bool]]:
    return [(m.member, m.is_chair) for g in groups_of(text) for m in g.members]


EXPECTED = [
    ("Dr. Paul Behrend", True),
    ("Ines Kolbe", False),
    ("Omar Said", False),
    ("CDU-Fraktion", False),
    ("SPD-Fraktion", False),
    ("Fraktion Bündnis 90/Die Grünen", False),
    ("Dana Roth", False),
    ("Jens Albers", False),
    ("Karin Vogt", False),
]


def test_flattened_rows_give_the_persons_the_factions_and_the_chair() -> None:
    assert members_of(HEAD + LEAD + _rows() + SENTENCE + TAIL) == EXPECTED


def test_a_sentence_right_under_the_rows_ends_them() -> None:
    assert members_of(HEAD + LEAD + _rows() + "Die Geschäftsführung liegt beim Sozialamt.\n" + TAIL) == EXPECTED


def test_a_family_name_wrapped_under_its_given_name() -> None:
    last = "Freie Wohlfahrtspflege Diakonie Wendenau e. V., Karin\nVogt"
    assert members_of(HEAD + LEAD + _rows(last=last) + SENTENCE + TAIL) == (EXPECTED)


def test_shares_not_adding_up_name_no_factions() -> None:
    found = {m for m, _ in members_of(HEAD + LEAD + _rows("sechs") + SENTENCE)}
    assert not {"CDU-Fraktion", "SPD-Fraktion", "Fraktion Bündnis 90/Die Grünen"} & found


def test_a_given_name_over_no_family_name_is_no_wrapped_name() -> None:
    last = "Freie Wohlfahrtspflege Diakonie Wendenau e. V., Karin\nsowie weitere Träger nach Absprache"
    found = {m for m, _ in members_of(HEAD + LEAD + _rows(last=last) + SENTENCE)}
    assert not {m for m in found if m.startswith("Karin")} - {"Karin Vogt"}
    assert "Karin sowie" not in " ".join(found)


def test_prose_lines_flush_left_are_no_rows() -> None:
    prose = (
        "Der Arbeitskreis Soziales tagt zweimal im Jahr und berichtet dem Rat, zuletzt im Mai\n"
        "Stadtwerke und Verwaltung stimmen sich mit den Trägern ab, Anna Beispiel koordiniert\n"
        "Die Geschäftsführung liegt beim Sozialamt.\n"
    )
    assert members_of(HEAD + LEAD + prose + TAIL) == []
