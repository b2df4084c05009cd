"""The one engaged named by a quoted letter's head (the letterhead of an offer with the contact of its
reference block, the address field of a letter that awards the work) and by the credit of a concept's
quoted title page (``extractors/facilitators/letterheads.py``, ``credits.py``); and the look-alikes
that name no one (invented examples)."""

from __future__ import annotations

import re

import pytest

from tests.facilitators.test_facilitators import Case, run

HEAD = "Landkreis Talheim\nBeschlussvorlage\n\nBegründung:\n\n"
OFFER = (
    HEAD + "4. Wissenschaftliche Begleitung\n"
    "{intro} Der Kopf des Schreibens lautet:\n\n"
    "  ══════════════════════════════════════════════════════════════════════════════\n"
    "  ITR    Institut für Teilhabe und Raum e. V.\n"
    "         An-Institut der Hochschule Bergstadt\n"
    "         Marktplatz 17 · 09648 Bergstadt · Tel. 03727 58-1990\n"
    "  ══════════════════════════════════════════════════════════════════════════════\n"
    "  Landratsamt Talheim                                Ihr Zeichen:      50.3-IK/27\n"
    "  Sozialamt                                          Ihre Anfrage vom: 15.02.2027\n"
    "  Schloßstraße 27                                    Unser Zeichen:    A-2027-019\n"
    "  04860 Talheim                                      Ansprechpartnerin:\n"
    "                                                     Dr. Clara Vogt\n"
    "                                                     Datum:            08.03.2027\n\n"
    "  {subject}\n\n"
    "{tail}"
)
INTRO = "Ein Angebot hat das An-Institut der Hochschule Bergstadt abgegeben (Anlage 4)."
TAIL = (
    "Das Institut bietet die Leistung zu jährlich 12.000,00 € an.\n\n"
    "5. Kosten\n"
    "      Wissenschaftliche Begleitung (ITR, 1. Jahr)                   12.000 €\n"
)
AWARD = (
    HEAD + "5. Prozessbegleitung\nDen Zuschlag erhält der Bieter, an den das Schreiben in Anlage 4 gerichtet ist.\n\n"
    "Anlage 4\n\nEntwurf\n\n\n"
    "Stadt Talheim · Zentrale Vergabestelle · 53103 Talheim\n\n"
    "Institut für Beteiligung und                          Ihr Zeichen      Ov/ang-27-031\n"
    "Sozialforschung Rhein gGmbH                           Ihr Angebot vom  22.03.2027\n"
    "z. Hd. Frau Dr. Hanna Oberg                           Unser Zeichen    10-VS-2027-0144\n"
    "Kaiserstraße 112                                      Datum            __.__.2027\n"
    "53113 Talheim\n\n\n"
    "Vergabe-Nr. 10-VS-2027-0144 – {work}\n{what}\n\n"
    "Sehr geehrte Frau Dr. Oberg,\n\n"
    "{body}\n\n"
    "Mit freundlichen Grüßen\nIm Auftrag\n\nSchmitz\n"
)
TITLE = (
    HEAD + "1. Entstehung\nDen Entwurf hat das auf dem Titelblatt genannte Büro erarbeitet. Das Titelblatt lautet:\n\n"
    "      ┌──────────────────────────────────────────────────────────────────────┐\n"
    "      │                        STADT TALHEIM                                 │\n"
    "      │                         {title}                          │\n"
    "      │                      Entwurf · Stand: März 2027                      │\n"
    "      │                                                                      │\n"
    "      │     {credit}               │\n"
    "      │     Dr. Julia Weber und Benedikt Holm                                │\n"
    "      │     Forum Sozialplanung Saar GmbH, Bergstadt                         │\n"
    "      └──────────────────────────────────────────────────────────────────────┘\n\n"
    "Das Büro soll auch das erste Umsetzungsjahr begleiten.\n"
)

CASES = [
    Case(
        "the letterhead of a quoted offer with the contact of its reference block; its other names are its row",
        OFFER.format(
            intro=INTRO,
            subject="Angebot A-2027-019: Wissenschaftliche Begleitung und Evaluation des Konzepts",
            tail=TAIL,
        ),
        [("Dr. Clara Vogt", "Institut für Teilhabe und Raum e. V.", 12000.0)],
    ),
    Case(
        "the same offer with the gaps of its head collapsed by an export: the abbreviation spells the name",
        re.sub(
            r"(?m)^ +| {2,}",
            lambda m: "" if m.start() == 0 or m.string[m.start() - 1] == "\n" else " ",
            OFFER.format(
                intro=INTRO,
                subject="Angebot A-2027-019: Wissenschaftliche Begleitung und Evaluation des Konzepts",
                tail=TAIL,
            ),
        ),
        [("Dr. Clara Vogt", "Institut für Teilhabe und Raum e. V.", 12000.0)],
    ),
    Case(
        "a quoted letter whose subject is no offer names no one by its letterhead",
        OFFER.format(
            intro="Das Institut hat sich geäußert.", subject="Stellungnahme zur Wissenschaftlichen Begleitung", tail=""
        ),
        [],
    ),
    Case(
        "an offer of other work names no facilitator",
        OFFER.format(
            intro="Es liegt ein Angebot vor.", subject="Angebot A-2027-019: Druck und Versand", tail=""
        ).replace("4. Wissenschaftliche Begleitung", "4. Druck"),
        [],
    ),
    Case(
        "the address field of a letter that awards the work, the person after 'z. Hd.'",
        AWARD.format(
            work="Prozessbegleitung Integrationskonzept",
            what="Zuschlag",
            body="auf Ihr Angebot erteilen wir Ihnen hiermit den Zuschlag zum Preis von 58.310,00 €.",
        ),
        [("Dr. Hanna Oberg", "Institut für Beteiligung und Sozialforschung Rhein gGmbH", None)],
    ),
    Case(
        "a letter to a bidder that awards nothing names no one",
        AWARD.format(
            work="Prozessbegleitung Integrationskonzept",
            what="Nachforderung von Unterlagen",
            body="für die Prüfung Ihres Angebots bitten wir um die Eigenerklärung nach § 6 bis zum 30.04.2027.",
        ),
        [],
    ),
    Case(
        "a letter that awards building work names no facilitator",
        AWARD.format(
            work="Sanierung der Sporthalle",
            what="Zuschlag",
            body="auf Ihr Angebot erteilen wir Ihnen hiermit den Zuschlag zum Preis von 58.310,00 €.",
        ).replace("5. Prozessbegleitung", "5. Sanierung"),
        [],
    ),
    Case(
        "the credit of a concept's quoted title page: each person a row with the organisation under them",
        TITLE.format(title="Integrationskonzept     ", credit="Erarbeitet im Auftrag der Stadt Talheim von  "),
        [
            ("Dr. Julia Weber", "Forum Sozialplanung Saar GmbH", None),
            ("Benedikt Holm", "Forum Sozialplanung Saar GmbH", None),
        ],
    ),
    Case(
        "the credit of a title page of another matter names no one",
        TITLE.format(title="Verkehrsentwicklungsplan", credit="Erarbeitet im Auftrag der Stadt Talheim von  "),
        [],
    ),
    Case(
        "a title page's line that credits no drafting names no one",
        TITLE.format(title="Integrationskonzept     ", credit="Beschlossen vom Stadtrat am 10.07.2027       "),
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_letter_heads_and_title_credits(case: Case) -> None:
    assert run(case.text) == case.expected
