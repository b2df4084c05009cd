"""The stamps of the sittings on a scanned circulation copy set two a row ("Vorgelegt dem: … / Sitzung am: … TOP: Ö 6
/ zur: …"), each line of the text running a line of the left stamp and one of the right into one: each side is read
as a run of stamps of its own, a body wrapped and cut by its hyphen inside its stamp joined; a stamp of receipt
("EINGANG" over its date) beside them is no meeting."""

from __future__ import annotations

import re

from tests.consultations.test_consultations import run

Fact = tuple[str, str | None, str | None]


def _facts(text: str) -> list[Fact]:
    return [(r.body, r.meeting_date, r.role) for r in run(text)[1]]


STAMPS = (
    "Landkreis Nordmark                                       Beschlussvorlage\n"
    "Der Landrat                                              BV/0112/2029\n\n"
    "[Scan des Umlaufexemplars – Texterkennung]\n\n"
    "  EINGANG                                   KREIS NORDMARK · Kreistagsbüro\n"
    "  03. MRZ. 2029                             Vorgelegt dem: Seniorenbeirat des\n"
    "  Kreistagsbüro                             Kreises Nordmark\n"
    "                                            Sitzung am: 14.03.2029    TOP: Ö 3\n"
    "                                            zur: Stellungnahme\n\n"
    "  KREIS NORDMARK · Kreistagsbüro            KREIS NORDMARK · Kreistagsbüro\n"
    "  Vorgelegt dem: Ausschuss für Jugend und   Vorgelegt dem: Kreisausschuss\n"
    "  Familie                                   Sitzung am: 04.04.2029    TOP: N 2\n"
    "  Sitzung am: 21.03.2029    TOP: Ö 5        zur: Vorberatung\n"
    "  zur: Vorberatung\n\n"
    "  KREIS NORDMARK · Kreistagsbüro\n"
    "  Vorgelegt dem: Kreistag\n"
    "  Sitzung am: 25.04.2029    TOP: Ö 8\n"
    "  zur: Beschlussfassung\n\n"
    "[Ende der Texterkennung]\n\n"
    "Betreff:\nSeniorenplan des Kreises\n\nBeschlussvorschlag:\nDer Kreistag beschließt den Seniorenplan.\n"
)


def test_stamps_two_a_row_give_each_stamps_meeting() -> None:
    assert sorted(_facts(STAMPS), key=lambda f: f[1] or "") == [
        ("Seniorenbeirat des Kreises Nordmark", "2029-03-14", "deliberation"),
        ("Ausschuss für Jugend und Familie", "2029-03-21", "preliminary"),
        ("Kreisausschuss", "2029-04-04", "preliminary"),
        ("Kreistag", "2029-04-25", "decision"),
    ]


def test_a_body_cut_by_its_hyphen_inside_its_stamp_is_joined() -> None:
    text = STAMPS.replace("Ausschuss für Jugend und   ", "Ausschuss für Jugend, Fa-  ").replace(
        "  Familie                                 ", "  milie und Senioren                       "
    )
    assert ("Ausschuss für Jugend, Familie und Senioren", "2029-03-21", "preliminary") in _facts(text)


def test_near_miss_a_receipt_stamp_beside_a_letterhead_gives_nothing() -> None:
    text = (
        "Landkreis Nordmark                                       Beschlussvorlage\n\n"
        "  EINGANG                                   KREIS NORDMARK · Kreistagsbüro\n"
        "  03. MRZ. 2029                             Fachdienst Soziales\n"
        "  Kreistagsbüro                             Sachbearbeitung: Frau Kern\n\n"
        "Betreff:\nSeniorenplan des Kreises\n"
    )
    assert _facts(text) == []


def test_near_miss_stamps_two_a_row_without_their_sittings_dates_give_nothing() -> None:
    text = STAMPS.replace("Sitzung am: 14.03.2029", "Sitzung am: ____.____").replace(
        "Sitzung am: 04.04.2029", "Sitzung am: ____.____"
    )
    found = _facts(text)
    assert ("Kreisausschuss", None, "preliminary") not in found
    assert all(date is not None for _, date, _ in found)


def _pdf(text: str) -> str:
    """The text as a PDF's text layer gives it: every gap closed to one space, the indentation gone."""
    return "\n".join(re.sub(r" {2,}", " ", line).strip() for line in text.splitlines()) + "\n"


def test_stamps_two_a_row_as_a_pdfs_text_layer_gives_them() -> None:
    """The lines of the two stamps run together: each label to the first stamp from the left that lacks it, the
    words before a line's first label the rest of the left stamp's open name. The right stamp's name left open
    beside the receipt stamp's words ("Kreistagsbüro Kreises Nordmark") cannot be parted: that stamp is not read."""
    assert sorted(_facts(_pdf(STAMPS)), key=lambda f: f[1] or "") == [
        ("Ausschuss für Jugend und Familie", "2029-03-21", "preliminary"),
        ("Kreisausschuss", "2029-04-04", "preliminary"),
        ("Kreistag", "2029-04-25", "decision"),
    ]


def test_near_miss_flat_stamps_without_their_sittings_dates_give_nothing() -> None:
    text = (
        _pdf(STAMPS)
        .replace("Sitzung am: 21.03.2029", "Sitzung am: ____")
        .replace("Sitzung am: 04.04.2029", "Sitzung am: ____")
    )
    assert all(date is not None for _, date, _ in _facts(text))
    assert ("Kreisausschuss", "2029-04-04", "preliminary") not in _facts(text)


def test_near_miss_two_labelled_cells_of_a_form_on_a_line_are_no_stamps() -> None:
    text = (
        "Stadt Nordmark\nBeschlussvorlage\n\n"
        "Gremium: Sozialausschuss Gremium: Stadtrat\n"
        "Betreff: Seniorenplan\n\nDie Verwaltung legt den Seniorenplan vor.\n"
    )
    assert _facts(text) == []
