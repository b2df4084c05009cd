"""The header as print layouts set it: a labelled date with its weekday before it ("Datum" in a
margin column or a form box, "Di, 07.02.2031" beside it)."""

from __future__ import annotations

import pytest

from extractors import load_resources
from extractors.metadata import extract
from pipeline.document import Document
from pipeline.structure import view


def header(text: str) -> dict[str, str]:
    doc = Document.from_pages("x", "x", "x", [(p, "plain_text", None) for p in text.split("\f")])
    return {k: str(f.value) for m in extract(doc, load_resources(), view(doc)) for k, f in m.fields.items()}


WEEKDAY_DATES = [
    (
        "Stadt Musterhausen\nDer Bürgermeister\n\nVorlage Nr.\t0412/2031/VL\nDatum\tMi, 09.04.2031\n"
        "Sachbearbeitung\tBrandt, Uwe\n\nBetreff:\nEin Bericht über die Stadtteilarbeit\n",
        "2031-04-09",
    ),
    (
        "Gemeinde Beispieldorf\n\nDrucksache: 77/2031\nDatum: Freitag, 14.03.2031\nAmt: Hauptamt\n\n"
        "Betreff:\nEin Konzept\n",
        "2031-03-14",
    ),
    ("Gemeinde Beispieldorf\n\nDrucksache: 77/2031\nStand: Mo. 03.02.2031\n\nBetreff:\nEin Konzept\n", "2031-02-03"),
]


@pytest.mark.parametrize("text, date", WEEKDAY_DATES)
def test_a_labelled_date_after_its_weekday(text: str, date: str) -> None:
    assert header(text).get("doc_date") == date


def test_a_meeting_date_after_its_weekday_is_no_document_date() -> None:
    text = "Gemeinde Beispieldorf\n\nDrucksache: 77/2031\nSitzung: Do, 20.03.2031\n\nBetreff:\nEin Konzept\n"
    assert "doc_date" not in header(text)


def test_a_date_label_alone_over_its_weekday_and_date() -> None:
    text = (
        "Stadt Musterhausen\nFachbereich Soziales\nVorlage Nr. 45/2031\nVorlagenart\nBeschlussvorlage\n"
        "Datum\nDi, 18.03.2031\nBeratungsfolge\nSitzungsdatum\nHauptausschuss\nDo, 27.03.2031\n\nBetreff: Ein Konzept\n"
    )
    assert header(text).get("doc_date") == "2031-03-18"


def test_a_date_label_over_a_column_of_weekday_dates_gives_no_date() -> None:
    text = "Stadt Musterhausen\nVorlage Nr. 45/2031\nDatum\nDi, 18.03.2031\nMi, 19.03.2031\n\nBetreff: Ein Konzept\n"
    assert "doc_date" not in header(text)
