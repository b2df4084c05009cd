"""A paper's routing slip ("Laufzettel": "St. / Stelle / Gremium / Termin/Frist / erledigt / Hz. / Ergebnis") drawn
as a ruled table: its stations that name a council body by its head word, with their date and the role and status
on the dashed line under the name, are the Beratungsfolge; the office's own stations (the draft, co-signatures, the
legal check, the release, the notice in the gazette) are none. As the text gives it (cells set apart by gaps and
bars) and as a PDF's text layer gives it (one space either side of each bar)."""

from __future__ import annotations

import re

from tests.consultations.test_consultations import run

Fact = tuple[str, str | None, str | None, bool | None]


def _facts(text: str) -> list[Fact]:
    return [(r.body, r.meeting_date, r.role, r.public) for r in run(text)[1]]


def _pdf(text: str) -> str:
    """The text as a PDF's text layer gives it: the gaps around each bar closed to one space."""
    return "\n".join(re.sub(r" {2,}", " ", line).strip() for line in text.splitlines()) + "\n"


SLIP = (
    "STADT BERGHAUSEN                                             Beschlussvorlage\n"
    "Betreff: Leitbild Zusammenleben\n\n"
    "┌──────────────────────────────────────────────────────────────────────────────────┐\n"
    "│ LAUFZETTEL zur BV-041/2029                                  Stand: 02.03.2029    │\n"
    "├────┬────────────────────────────────────┬──────────────┬──────────┬─────┬────────┤\n"
    "│ St.│ Stelle / Gremium                   │ Termin/Frist │ erledigt │ Hz. │ Ergebnis │\n"
    "├────┼────────────────────────────────────┼──────────────┼──────────┼─────┼────────┤\n"
    "│  1 │ Amt für Familie (Erstellung)       │      –       │ 20.02.29 │ Ka  │ erstellt │\n"
    "│  2 │ Kämmerei (Mitzeichnung)            │  23.02.2029  │ 22.02.29 │ Ro  │ einverst. │\n"
    "│  3 │ Bürgermeisterin (Freigabe)         │  26.02.2029  │ 26.02.29 │ Wi  │ freigeg. │\n"
    "│  4 │ Ortsrat Kirchdorf                  │  05.03.2029  │ 05.03.29 │ Be  │ zugestimmt │\n"
    "│    │ – Anhörung, öffentlich –           │              │          │     │ 7 / 1 / 0 │\n"
    "│  5 │ Ausschuss für Jugend, Familie      │  12.03.2029  │          │     │        │\n"
    "│    │ und Senioren                       │              │          │     │        │\n"
    "│    │ – Vorberatung, nichtöffentlich –   │              │          │     │        │\n"
    "│  6 │ Gemeinderat                        │  26.03.2029  │          │     │        │\n"
    "│    │ – Beschlussfassung, öffentlich –   │              │          │     │        │\n"
    "│  7 │ Amtsblatt (Bekanntmachung)         │  06.04.2029  │          │     │        │\n"
    "└────┴────────────────────────────────────┴──────────────┴──────────┴─────┴────────┘\n\n"
    "Beschlussvorschlag:\nDer Gemeinderat beschließt das Leitbild.\n"
)

MEETINGS: list[Fact] = [
    ("Ortsrat Kirchdorf", "2029-03-05", "deliberation", True),
    ("Ausschuss für Jugend, Familie und Senioren", "2029-03-12", "preliminary", False),
    ("Gemeinderat", "2029-03-26", "decision", True),
]


def test_a_routing_slips_council_stations_are_the_beratungsfolge() -> None:
    assert _facts(SLIP) == MEETINGS


def test_a_routing_slip_as_a_pdfs_text_layer_gives_it() -> None:
    assert _facts(_pdf(SLIP)) == MEETINGS


OFFICE_ONLY = (
    "STADT BERGHAUSEN                                             Mitteilungsvorlage\n"
    "Betreff: Leitbild Zusammenleben\n\n"
    "┌────┬────────────────────────────────────┬──────────────┬──────────┬─────┬────────┐\n"
    "│ St.│ Stelle / Gremium                   │ Termin/Frist │ erledigt │ Hz. │ Ergebnis │\n"
    "├────┼────────────────────────────────────┼──────────────┼──────────┼─────┼────────┤\n"
    "│  1 │ Amt für Familie (Erstellung)       │      –       │ 20.02.29 │ Ka  │ erstellt │\n"
    "│  2 │ Kämmerei (Mitzeichnung)            │  23.02.2029  │ 22.02.29 │ Ro  │ einverst. │\n"
    "│  3 │ Rechtsamt (Prüfung)                │  24.02.2029  │ 24.02.29 │ Ha  │ k. Bed. │\n"
    "│  4 │ Bürgermeisterin (Freigabe)         │  26.02.2029  │ 26.02.29 │ Wi  │ freigeg. │\n"
    "│  5 │ Amtsblatt (Bekanntmachung)         │  06.04.2029  │          │     │        │\n"
    "└────┴────────────────────────────────────┴──────────────┴──────────┴─────┴────────┘\n\n"
    "Die Verwaltung teilt mit, dass das Leitbild erarbeitet wird.\n"
)


def test_a_routing_slip_of_the_offices_stations_only_gives_nothing() -> None:
    assert _facts(OFFICE_ONLY) == []
    assert _facts(_pdf(OFFICE_ONLY)) == []


def test_a_slip_drawn_with_plain_bars_gives_no_office_station() -> None:
    """Drawn with "|" and "-" as a plain-text export sets the rules: the office's stations stay out."""
    plain = SLIP.translate(str.maketrans("│├┼┤┬┴┌┐└┘─", "||||||||||-"))
    found = _facts(plain)
    assert ("Gemeinderat", "2029-03-26", "decision", True) in found
    assert not any(body.startswith(("Kämmerei", "Amt für", "Amtsblatt", "Bürgermeisterin")) for body, *_ in found)
