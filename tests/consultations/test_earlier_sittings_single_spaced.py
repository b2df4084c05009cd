"""A paper printed for one sitting lists the earlier meetings under "Behandlung in vorausgegangenen Sitzungen (…):"
as rows "am D  body  result", the status in brackets on the wrapped body's second line. As a PDF's text layer gives
it: the heading's bracket wrapped onto the next line, every gap one space, so a row's role word stands right after
a name that goes on below ("… Familie, Bildung, Empfehlungsbeschluss" / "Sport und Kultur (öffentlich) mit 9 : 2
Stimmen"): the name's rest joins the name, the role word and the vote are no part of it."""

from __future__ import annotations

from tests.consultations.test_consultations import run

Fact = tuple[str, str | None, str | None]


def _facts(text: str) -> list[Fact]:
    return [(r.body, r.meeting_date, r.role) for r in run(text)[1]]


EARLIER = (
    "LANDRATSAMT NORDHEIM\n\nS I T Z U N G S V O R L A G E Nr. 2029/0041/3\n\n"
    "Behandlung in vorausgegangenen Sitzungen (Vorlagen 2029/0041/1 und\n"
    "2029/0041/2):\n"
    "am 05.03.2029 Seniorenbeirat des Landkreises zur Kenntnis genommen\n"
    "(öffentlich)\n"
    "am 12.03.2029 Ausschuss für Jugend, Familie, Schule, Empfehlungsbeschluss\n"
    "Sport und Freizeit (öffentlich) mit 9 : 2 Stimmen\n"
    "am 19.03.2029 Kreis- und Finanzausschuss Empfehlungsbeschluss\n"
    "(nichtöffentlich, nur Ziffer 2) einstimmig\n\n"
    "Beratungsgegenstand:\nSeniorenpolitisches Gesamtkonzept\n"
)


def test_earlier_sittings_as_a_pdfs_text_layer_gives_them() -> None:
    assert _facts(EARLIER) == [
        ("Seniorenbeirat des Landkreises", "2029-03-05", None),
        ("Ausschuss für Jugend, Familie, Schule, Sport und Freizeit", "2029-03-12", "preliminary"),
        ("Kreis- und Finanzausschuss", "2029-03-19", "preliminary"),
    ]


def test_a_topic_ending_a_wrapped_names_line_stays_the_names() -> None:
    """A topic word that is also an information's role ("Information") ends the line inside a name: the name's."""
    text = EARLIER.replace("Schule, Empfehlungsbeschluss", "Information").replace(
        "Sport und Freizeit (öffentlich) mit 9 : 2 Stimmen", "und Freizeit (öffentlich)"
    )
    assert ("Ausschuss für Jugend, Familie, Information und Freizeit", "2029-03-12", None) in _facts(text)


def test_near_miss_a_sentence_under_a_row_is_no_names_rest() -> None:
    text = EARLIER.replace(
        "Sport und Freizeit (öffentlich) mit 9 : 2 Stimmen",
        "Die Verwaltung wurde beauftragt, den Entwurf bis zur nächsten Sitzung zu überarbeiten (öffentlich).",
    )
    bodies = [body for body, _, _ in _facts(text)]
    assert not any("Verwaltung" in b or "Entwurf" in b for b in bodies)
