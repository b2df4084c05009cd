"""German labels of the review reasons (``schema.REVIEW_REASONS``) for users: the report's
section "Zu prüfen" and ``vorlagen review``. Every reason has one (``tests/test_review_signs.py``)."""

from __future__ import annotations

REASON_LABELS: dict[str, str] = {
    "consultation_heading_without_rows": "Beratungsfolge ohne erkannte Beratungen",
    "consultation_row_unused": "Zeile der Beratungsfolge nicht erfasst",
    "body_date_unused": "Gremium mit Datum im Kopf, keine Beratung",
    "steering_group_without_members": "Steuerungsgruppe ohne erkannte Mitglieder",
    "steering_group_members_not_found": "Steuerungsgruppe: Mitglieder nicht gefunden",
    "action_fields_without_labels": "Handlungsfelder genannt, keine erkannt",
    "financial_impact_without_amount": "Finanzielle Auswirkungen, kein Betrag",
    "low_ocr_confidence": "Seite schlecht lesbar (OCR)",
    "no_municipality": "keine Kommune erkannt",
    "extractor_failed": "Auswertung fehlgeschlagen",
    "consultation_date_unread": "Datum einer Beratung nicht lesbar",
    "page_unread": "Seite überwiegend nicht lesbar",
    "group_without_members": "Gruppe eingerichtet oder beauftragt, keine Mitglieder erkannt",
    "amount_without_cost": "Betrag bei Kostenangabe nicht erfasst",
    "low_confidence": "Wert mit niedriger Konfidenz",
}
