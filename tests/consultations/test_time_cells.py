"""A Beratungsfolge whose date cells hold the meeting's time ("03.03.2025, 18:30 Uhr") and an
export that set the columns one after another and wrapped "Uhr" under each date: the unit is the
date's, never a body. Where the bodies cannot be paired with the dates, nothing is read."""

from __future__ import annotations

from tests.consultations.test_consultations import run

TEXT = (
    "Stadt Lindenau\nBeschlussvorlage\n\nBeratungsfolge\n\nTermin\n\nGremium\n\nArt\n\n"
    "Bezirksbeirat Nord\n\nAnhörung, öffentlich\n\nSozialausschuss\n\nVorberatung, öffentlich\n\n"
    "03.03.2025, 18:30\nUhr\n\n11.03.2025, 17:00\nUhr\n\nBeschlussvorschlag\nDer Rat beschließt.\n"
)


def test_a_wrapped_time_unit_is_no_body() -> None:
    _, rows = run(TEXT)
    assert all(r.body.strip().casefold() != "uhr" for r in rows), [r.body for r in rows]
