"""A lettered list of members by where they come from, each entry a label opening with a preposition
and the persons after its colon ("a) aus dem Rat: Frau A und Herr B,", "b) aus den Ortsteilen:
Ortsvorsteherin C (Ortsteil Nord) und Ortsvorsteher D (Ortsteil Süd),", "c) für den Beirat: dessen
Vorsitzende, Frau E,"): the persons are the members, the label tells their sector; the label is
none. A body named as a Landkreis ("für das Jobcenter Odenwaldkreis: …") is no group that ends the
list. An entry of bodies after such a label keeps its bodies (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

HEAD = "Verbandsgemeinde Wendenau\nBeschlussvorlage\n\nBetreff: Teilhabekonzept\n\n"
LEAD = (
    "Lenkungsgruppe\n"
    "Die Lenkungsgruppe besteht aus acht Personen. Den Vorsitz führt die Bürgermeisterin, Frau Ilse\n"
    "Kramer. Weitere Mitglieder sind:\n\n"
)
ENTRIES = (
    "  a) aus dem Verbandsgemeinderat: Frau Heike Lorenz und Herr Bernd Voss,\n"
    "  b) aus den Ortsgemeinden: Ortsbürgermeisterin Greta Muster (Ortsgemeinde Nord-\n"
    "     heim) und Ortsbürgermeister Paul Engel (Ortsgemeinde Südheim),\n"
    "  c) für den Beirat für Integration: dessen Vorsitzende, Frau Mira\n"
    "     Sander,\n"
    "  d) für das Jobcenter Odenwaldkreis: Frau Lea Brandt,\n"
    "  e) für die Verwaltung: Herr Jonas Weber (Fachbereich 3).\n"
)
AFTER = "\nModeration\nDie Moderation übernimmt die Verwaltung selbst.\n"


def test_persons_after_labels_opening_with_a_preposition() -> None:
    (group,) = groups_of(HEAD + LEAD + ENTRIES + AFTER)
    members = [(m.member, m.sector) for m in group.members]
    assert members[1:] == [
        ("Heike Lorenz", "politics"),
        ("Bernd Voss", "politics"),
        ("Greta Muster", "politics"),
        ("Paul Engel", "politics"),
        ("Mira Sander", "politics"),
        ("Lea Brandt", "public_agency"),
        ("Jonas Weber", "administration"),
    ]


def test_bodies_after_such_a_label_stay_the_members() -> None:
    entries = (
        "  a) aus der Verwaltung: Sozialamt und Jugendamt,\n"
        "  b) von außen: Jobcenter Wendenau und Caritasverband Wendenau.\n"
    )
    (group,) = groups_of(HEAD + LEAD + entries + AFTER)
    found = [m.member for m in group.members]
    assert "Sozialamt" in found and "Jobcenter Wendenau" in found
    assert not any(m.startswith(("aus ", "von ")) for m in found)
