"""Labelled lines an export ran together into one sentence with the facilitation under them ("Vorsitz: …"
/ "Weitere Mitglieder: A, B" / "Externe Moderation" / "Auftragnehmer: …", no blank line and no full
stop between them): the names on the labelled lines before the role word are other labels' values
(members), never the facilitator; the facilitator on the lines from the role word on is still read
(invented examples)."""

from __future__ import annotations

from tests.facilitators.test_facilitators import run

HEAD = "Landkreis Birkenau\nBeschlussvorlage\n\nIntegrationskonzept\n\nSteuerungskreis Teilhabe\n"
MEMBERS = (
    "Vorsitz: Landrätin Ute Beispiel\n"
    "Weitere Mitglieder: Jobcenter Birkenau, Kommunale Beratungsstelle Birkenau GmbH,\n"
    "Caritasverband Birkenau e. V.\n"
)


def _orgs(text: str) -> list[str]:
    return [f"{name or ''} {org or ''}" for name, org, _ in run(text)]


def test_a_member_on_a_labelled_line_before_the_role_is_no_facilitator() -> None:
    text = HEAD + MEMBERS + "Externe Moderation\nAuftragnehmer: Büro Weitblick Moderation, Kassel\nKosten: 9.000 €\n"
    found = _orgs(text)
    assert not any("Beratungsstelle" in f or "Caritas" in f or "Jobcenter" in f for f in found), found
    assert any("Weitblick" in f for f in found), found


def test_the_labelled_lines_of_the_facilitation_keep_their_names() -> None:
    """The role word on the first labelled line: nothing before it to leave out."""
    text = HEAD + "Moderation: Büro Weitblick Moderation, Kassel\nLeistung: vier Workshops\n"
    assert any("Weitblick" in f for f in _orgs(text))
