"""Fields named only by the captions under rows of picture placeholders, as a PDF's text layer gives them with
the gaps between the captions closed (``extractors/action_fields/captions.py``): the captions' words parted
by the grammar of a name; and captions that part in more than one way, or in words no name is made of, that
give nothing (invented documents)."""

from __future__ import annotations

from tests.action_fields.test_action_fields import labels

HEAD = (
    "Gemeinde Lindental\nVorlage Nr. 9/2027\n\n"
    "Das Integrationskonzept nennt sechs Themen. Sie wurden auf dem Plakat mit Symbolen dargestellt:\n\n"
)
TAIL = "\nDer Gemeinderat wird jährlich unterrichtet.\n"
CLOSED = (
    "[Symbol: Buch] [Symbol: Haus] [Symbol: Bus]\n"
    "Lernen Kita und Wohnen im\n"
    "Schule Dorf\n\n"
    "[Symbol: Herz] [Symbol: Hände] [Symbol: Ball]\n"
    "Gesundheit Ehrenamt und Sport und\n"
    "Nachbarschaft Freizeit\n"
)


def test_closed_captions_are_parted_by_the_grammar_of_names() -> None:
    assert labels(HEAD + CLOSED + TAIL) == [
        "Lernen",
        "Kita und Schule",
        "Wohnen im Dorf",
        "Gesundheit",
        "Ehrenamt und Nachbarschaft",
        "Sport und Freizeit",
    ]


def test_captions_of_their_own_wording_give_nothing() -> None:
    text = CLOSED.replace("Lernen Kita und Wohnen im", "Deutsch lernen – überall Kita und Wohnen im")
    assert labels(HEAD + text + TAIL) == []


def test_captions_parted_in_two_ways_give_nothing() -> None:
    text = CLOSED.replace(
        "Gesundheit Ehrenamt und Sport und\nNachbarschaft Freizeit\n", "Gesundheit und Ehrenamt und\nSport Freizeit\n"
    )
    assert labels(HEAD + text + TAIL) == []
