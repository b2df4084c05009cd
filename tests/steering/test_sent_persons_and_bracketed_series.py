"""steering: in a members list under sector headings with dash entries, an entry "body: the person it
sends" named in full (saluted or after an office) is that person, the body the sector's hint; a body
with a saluted surname alone stays the body; several persons each with a party's bracket on one
entry are each a member; an office and the saluted person holding it under a heading takes the
heading's sector where the office names none (invented examples)."""

from __future__ import annotations

from tests.steering.test_steering import groups_of

LEAD = (
    "II.  Steuerungsgruppe\n\n"
    "Für das Handlungsprogramm schlägt der Kreisausschuss eine Steuerungsgruppe vor. Sie hat 8 Mitglieder:\n\n"
)
AFTER = "\nDie Sitzungen bereitet die Stabsstelle vor.\n"


def _members(text: str) -> list[tuple[str, str | None]]:
    return [(m.member, m.sector) for g in groups_of(text) for m in g.members]


def test_sent_persons_series_and_functions_under_headings() -> None:
    text = (
        LEAD
        + (
            "Kreisverwaltung\n"
            "   –  Leitung des Amtes für Soziales und Integration\n"
            "   –  Amt für Jugend und Schulen: Herr Jonas Weber\n"
            "Kreistag\n"
            "   –  Anna Berg (CDU), Emil Sommer (SPD), Lea Holm (GRÜNE)\n"
            "Ausländerbeirat\n"
            "   –  der Vorsitzende, Herr Dr. Nikos Andreou\n"
            "Träger\n"
            "   –  Jobcenter Nordkreis: Geschäftsführerin Petra Lind\n"
            "   –  Caritasverband Nordkreis e. V.: Frau Greta Ulm\n"
        )
        + AFTER
    )
    assert _members(text) == [
        ("Leitung des Amtes für Soziales und Integration", "administration"),
        ("Jonas Weber", "administration"),
        ("Anna Berg", "politics"),
        ("Emil Sommer", "politics"),
        ("Lea Holm", "politics"),
        ("Dr. Nikos Andreou", "politics"),
        ("Petra Lind", "public_agency"),
        ("Greta Ulm", "welfare"),
    ]


def test_a_body_with_a_saluted_surname_alone_stays_the_body() -> None:
    text = (
        LEAD
        + (
            "Kreisverwaltung\n   –  Sozialamt\n"
            "Träger\n   –  Caritasverband Nordkreis e. V.: Frau Ulm\n   –  Jobcenter Nordkreis\n"
        )
        + AFTER
    )
    assert [m for m, _ in _members(text)] == ["Sozialamt", "Caritasverband Nordkreis e. V.", "Jobcenter Nordkreis"]
