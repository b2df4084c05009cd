"""review: a paper whose subject shows it is about another matter keeps none of the concept's facts, so
its own field list and working group raise no sign that they were missed; a repeated form's date label
before a date OCR spoilt ("Termin:  O3.O6.2O26, 17:00 Uhr") is a meeting the review names (invented
examples)."""

from __future__ import annotations

from pipeline.extract.rows import extract_document
from tests.helpers import document

OTHER_MATTER = (
    "Gemeinde Beispielstadt                                     Vorlage 2026/041\n"
    "Fachbereich Bildung                                        Datum: 02.03.2026\n\n"
    "Betreff: Spielplatzkonzept Beispielstadt 2026–2030\n\n"
    "Beschlussvorschlag:\n"
    "Der Gemeinderat beschließt das Spielplatzkonzept 2026–2030.\n\n"
    "Begründung:\n"
    "Das Konzept benennt vier Handlungsfelder:\n"
    "Die Arbeitsgruppe Spielräume berät die Verwaltung bei der Umsetzung.\n"
)

SPOILT_FORMS = (
    "Stadt Beispielstadt                                        Vorlage 2026/118\n"
    "Amt für Soziales                                           Datum: 12.05.2026\n\n"
    "Beratungsfolge:\n\n"
    "    Gremium:        Ortschaftsrat Nordheim\n"
    "    Termin:         O3.O6.2O26, 18:30 Uhr\n"
    "    Zuständigkeit:  Anhörung\n\n"
    "    Gremium:        Gemeinderat\n"
    "    Termin:         1O.O6.2O26, 17:00 Uhr, öffentlich\n"
    "    Zuständigkeit:  Beschlussfassung\n\n"
    "Betreff: Integrationskonzept der Stadt Beispielstadt\n\n"
    "Beschlussvorschlag:\nDer Gemeinderat beschließt das Integrationskonzept.\n"
)


def _reasons(text: str) -> set[str]:
    tables, _, _ = extract_document(document(text))
    return {row["reason"] for row in tables["review"]}


def test_another_matters_field_list_and_group_raise_no_sign() -> None:
    reasons = _reasons(OTHER_MATTER)
    assert not reasons & {"action_fields_without_labels", "group_without_members", "steering_group_without_members"}


def test_the_same_list_in_a_concept_is_a_sign() -> None:
    concept = OTHER_MATTER.replace("Spielplatzkonzept", "Integrationskonzept")
    assert "action_fields_without_labels" in _reasons(concept)


def test_a_spoilt_date_after_a_forms_date_label_is_named() -> None:
    tables, _, _ = extract_document(document(SPOILT_FORMS))
    assert not [c for c in tables.get("consultations", []) if c["meeting_date"]]
    assert "body_date_unused" in {row["reason"] for row in tables["review"]}
