"""The title of a submission printed without a label between the header form and the Beratungsfolge, its
first line holding a colon after four words or more ("Integrationskonzept des Landkreises Uckermark:
Einrichtung von fünf" / "Facharbeitsgruppen und einer Steuerungsgruppe"), a blank line over it: read whole,
not from its second line as a form's label line's value. A form's short label over the title stays a label
(invented examples)."""

from __future__ import annotations

from tests.metadata.test_metadata import check, extract

PAPER = """Landkreis Uckermark                                                Vorlage
Der Landrat                                                       VO/KT/2026/0412
Fachdienst Soziales und Integration                               Beschlussvorlage

Datum: 03.02.2026        Einreicher: Landrat        Bearbeiterin: Anna Berg
Aktenzeichen: 50.4-INT/26
{gap}{title}

Beratungsfolge                                        Termin        Status   Zuständigkeit
Ausschuss für Soziales                                17.02.2026    Ö        Vorberatung
Kreistag                                              03.03.2026    Ö        Entscheidung

Beschlussvorschlag:
Der Kreistag beschließt.
"""
TITLE = (
    "Integrationskonzept des Landkreises Uckermark: Einrichtung von fünf\nFacharbeitsgruppen und einer Steuerungsgruppe"
)


def test_a_title_whose_first_line_holds_a_colon() -> None:
    check(PAPER.format(gap="\n", title=TITLE), {"subject": " ".join(TITLE.split())})


def test_a_short_label_over_the_title_stays_a_label() -> None:
    title = "Zuständig: Fachdienst 50\nEinrichtung von fünf Facharbeitsgruppen"
    assert extract(PAPER.format(gap="\n", title=title)).get("subject") != " ".join(title.split())
