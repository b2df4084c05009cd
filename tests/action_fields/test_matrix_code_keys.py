"""action_fields: fields named only in the key to the codes heading the columns of a matrix of marks, the key
set in one or two columns under a lead naming the fields, a name wrapped onto the next line; as a PDF renders
it with the gaps closed. Negatives: a vote table headed by party codes, a key under no matrix, a key whose
lead names no fields (invented examples)."""

from __future__ import annotations

import re

from tests.action_fields.test_action_fields import labels

MATRIX = (
    "3. Vorhaben\n\n"
    "Die Vorhaben sind den Feldern des Plans zugeordnet (x = Schwerpunkt):\n\n"
    "                                              KIT   JOB   NBR   GSD\n"
    "  V1  Lesepaten in Nordheim                    x    (x)\n"
    "  V2  Praktikumstage im Gewerbepark                  x\n"
    "  V3  Hoffest im Ortsteil Sandau                           x     (x)\n"
    "  V4  Bewegungskurse für Seniorinnen                             x\n\n"
    "  {lead}\n"
    "  KIT  Kita, Schule und                 NBR  Nachbarschaft im Dorf\n"
    "       Ganztagsangebote                 GSD  Gesundheit und Pflege\n"
    "  JOB  Beruf und Einstieg\n\n"
    "Die Kosten trägt der Kreis.\n"
)
FIELDS = ["Kita, Schule und Ganztagsangebote", "Beruf und Einstieg", "Nachbarschaft im Dorf", "Gesundheit und Pflege"]


def test_a_two_column_key_to_a_matrix_head_names_the_fields() -> None:
    assert sorted(labels(MATRIX.format(lead="Handlungsfelder des Plans:"))) == sorted(FIELDS)


def test_the_key_with_its_gaps_closed_names_them_too() -> None:
    closed = "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in MATRIX.splitlines())
    assert sorted(labels(closed.format(lead="Handlungsfelder des Plans:"))) == sorted(FIELDS)


def test_a_one_column_key_above_the_matrix_names_the_fields() -> None:
    text = (
        "Unsere Handlungsfelder:\n"
        "  SPR  Sprache im Alltag\n"
        "  ARB  Arbeit und Beruf\n"
        "  WOH  Wohnen im Quartier\n\n"
        "                          SPR  ARB  WOH\n"
        "  Sprachcafé               x         x\n"
        "  Jobbörse                      x\n"
    )
    assert labels(text) == ["Sprache im Alltag", "Arbeit und Beruf", "Wohnen im Quartier"]


def test_a_key_whose_lead_names_no_fields_is_none() -> None:
    assert labels(MATRIX.format(lead="Abkürzungen der Ämter:")) == []


def test_a_vote_table_of_party_codes_is_none() -> None:
    text = (
        "Abstimmung über die Handlungsfelder:\n\n"
        "                    CDU   SPD   FDP\n"
        "  Antrag 1           x           x\n"
        "  Antrag 2                 x     x\n\n"
        "Fraktionen:\n"
        "  CDU  Christlich Demokratische Union\n"
        "  SPD  Sozialdemokratische Partei\n"
        "  FDP  Freie Demokraten\n"
    )
    assert labels(text) == []


def test_a_key_that_misses_a_head_code_resolves_none() -> None:
    text = MATRIX.format(lead="Handlungsfelder des Plans:").replace("  JOB  Beruf und Einstieg\n", "")
    assert not set(FIELDS) & set(labels(text))
