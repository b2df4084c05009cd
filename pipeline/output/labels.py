"""German names for people: tables, columns and the codes of the vocabularies (sectors, roles,
body types, cost types, Handlungsfelder, review reasons), all in ``resources/labels_de.yaml``
(the report reads them from here too)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

# German labels of the review reasons (``schema.REVIEW_REASONS``): the report's section "Zu prüfen"
# and ``vorlagen review``. Every reason has one (``tests/test_review_signs.py``).
REASON_LABELS: dict[str, str] = {
    "consultation_heading_without_rows": "Beratungsfolge ohne erkannte Beratungen",
    "consultation_row_unused": "Zeile der Beratungsfolge nicht erfasst",
    "consultation_columns_unpaired": "Beratungsfolge spaltenweise: Anzahlen passen nicht, nichts zugeordnet",
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
    "total_computed": "Kosten gesamt berechnet, kein Gesamtbetrag genannt",
    "low_confidence": "Wert mit niedriger Konfidenz",
}

RESOURCE = Path(__file__).with_name("resources") / "labels_de.yaml"


@functools.cache
def labels() -> dict[str, Any]:
    import yaml

    data: dict[str, Any] = yaml.safe_load(RESOURCE.read_text(encoding="utf-8"))
    return data


@functools.cache
def code_labels() -> dict[str, dict[str, str]]:
    """Column name → code → German name, for every column with a vocabulary of codes."""
    codes = {column: {str(k): str(v) for k, v in names.items()} for column, names in labels()["codes"].items()}
    return {**codes, "reason": REASON_LABELS, "shared_codes": codes["categories"]}


def table_title(name: str) -> str:
    """
    >>> table_title("steering_group_members"), table_title("unknown")
    ('Mitglieder', 'unknown')
    """
    entry = labels()["tables"].get(name)
    return str(entry[0]) if entry else name


def table_description(name: str) -> str:
    entry = labels()["tables"].get(name)
    return str(entry[1]) if entry else ""


def column_label(name: str) -> str:
    """The German name of a column ('' when it has none)."""
    return str(labels()["columns"].get(name, ""))


def code_legend(column: str) -> str:
    """
    >>> code_legend("role")
    'preliminary = Vorberatung, deliberation = Beratung, decision = Entscheidung, information = Kenntnisnahme'
    """
    return ", ".join(f"{code} = {label}" for code, label in code_labels().get(column, {}).items())


LEGEND = "legende"  # the legend's table in the SQLite file and sheet in the XLSX


def legend_rows() -> list[dict[str, str]]:
    """Every column with its German name, then every code with its German name: the rows of
    the legend (spalte, code, bezeichnung)."""
    columns = [{"spalte": name, "code": "", "bezeichnung": str(text)} for name, text in labels()["columns"].items()]
    codes = [
        {"spalte": column, "code": code, "bezeichnung": label}
        for column, names in code_labels().items()
        if column != "shared_codes"
        for code, label in names.items()
    ]
    return columns + codes
