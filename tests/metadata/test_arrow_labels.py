"""metadata: a council information system's print view, its head's labels set before their values with arrows,
two pairs a line ("Vorlage ▸ 2031/0318     Stand ▸ 2031-05-03"). Near miss: arrows between the steps of a
procedure are no labels (invented examples)."""

from __future__ import annotations

from tests.metadata.test_metadata import extract

HEAD = "Stadt Hohenfurt                                                  Ratsinformationssystem\nDer Bürgermeister\n\n"
TAIL = "\nLeitbild Vielfalt Hohenfurt 2031–2035\n\nBeschlussvorschlag:\nDer Rat beschließt.\n"


def test_arrow_labels() -> None:
    found = extract(
        HEAD + " Vorlagenart ▸ Beschlussvorlage     Vorlage ▸ 2031/0318     Stand ▸ 2031-05-03\n"
        " Sichtbarkeit ▸ öffentlich          Verfasst ▸ Lenz, Eva (50.3)\n" + TAIL
    )
    assert (found["doc_number"], found["doc_date"], found["doc_type"]) == (
        "2031/0318",
        "2031-05-03",
        "Beschlussvorlage",
    )


def test_arrows_between_steps_are_no_labels() -> None:
    steps = "Beschlussvorlage 2031/0318\nVerfahren: Entwurf ▸ Beteiligung ▸ Beschluss\n"
    assert extract(HEAD + steps + TAIL) == extract(HEAD + steps.replace("▸", "→") + TAIL)
