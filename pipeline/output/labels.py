"""German names for people: tables, columns and the codes of the vocabularies (sectors, roles,
body types, cost types, Handlungsfelder, review reasons), all in ``resources/labels_de.yaml``
(the report reads them from here too)."""

from __future__ import annotations

import functools
from typing import Any

from ..schema import ASSESSED_FIELDS, FACT_TABLES, LABELS_DE, labels_de

# German labels of the review reasons (``schema.REVIEW_REASONS``): the report's section "Zu prüfen"
# and ``vorlagen review``. Every reason has one (``tests/review/test_review_signs.py``).
REASON_LABELS: dict[str, str] = {
    "consultation_heading_without_rows": "Beratungsfolge ohne erkannte Beratungen",
    "consultation_row_unused": "Zeile der Beratungsfolge nicht erfasst",
    "consultation_columns_unpaired": "Beratungsfolge spaltenweise: Anzahlen passen nicht, nicht alles zugeordnet",
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
    "several_submissions": "mehrere Vorlagen in einer Datei",
    "total_computed": "Kosten gesamt berechnet, kein Gesamtbetrag genannt",
    "low_confidence": "Wert mit niedriger Konfidenz",
}

RESOURCE = LABELS_DE


def labels() -> dict[str, Any]:
    return labels_de()


@functools.cache
def code_labels() -> dict[str, dict[str, str]]:
    """Column name → code → German name, for every column with a vocabulary of codes."""
    codes = {column: {str(k): str(v) for k, v in names.items()} for column, names in labels()["codes"].items()}
    return {**codes, "reason": REASON_LABELS, "shared_codes": codes["categories"]}


@functools.cache
def shown_codes() -> dict[str, dict[str, str]]:
    """Column name → code → German name for everything people read (the XLSX, the browsing
    views): the legend's vocabularies and the other coded columns (text source, how a file
    joined its submission, ...)."""
    other = {column: {str(k): str(v) for k, v in names.items()} for column, names in labels()["other_codes"].items()}
    return {**code_labels(), **other}


def shown_code(column: str, value: str) -> str:
    """A cell of a coded column in German: each code by its German name (';'-joined lists of
    codes as '; '-joined names), anything else as it is.

    >>> shown_code("role", "decision"), shown_code("categories", "sprache;bildung"), shown_code("role", "Rat")
    ('Entscheidung', 'Sprache; Bildung', 'Rat')
    """
    names = shown_codes().get(column)
    if not names:
        return value
    parts = value.split(";")
    if not all(p in names for p in parts):
        return value
    return "; ".join(names[p] for p in parts)


ASSESSED_SUFFIXES = {"_method": "Methode", "_confidence": "Konfidenz"}


def column_header(name: str) -> str:
    """A column's short German heading (the XLSX): from ``headers`` in the labels, the
    assessment of a field and a Handlungsfeld's 0/1 column named from their field and code;
    a column without one keeps its name.

    >>> column_header("meeting_date"), column_header("subject_confidence"), column_header("af_sprache")
    ('Sitzungsdatum', 'Betreff: Konfidenz', 'Handlungsfeld Sprache')
    """
    headers = labels()["headers"]
    if name in headers:
        return str(headers[name])
    for suffix, word in ASSESSED_SUFFIXES.items():
        field = name.removesuffix(suffix)
        if field != name and field in headers:
            return f"{headers[field]}: {word}"
    code = name.removeprefix("af_")
    if code != name and code in code_labels()["categories"]:
        return f"Handlungsfeld {code_labels()['categories'][code]}"
    return name


def value_names() -> dict[str, str]:
    """The German names of the fact tables and the metadata fields, as the list of documents to
    check names a value of low confidence ("Kommune: «…»", "Beratungsfolge: «…»")."""
    return {t: table_title(t) for t in FACT_TABLES} | {f: column_header(f) for f in ASSESSED_FIELDS}


SHEET_NAME_LENGTH = 31  # what Excel allows


def sheet_name(table: str) -> str:
    """A table's sheet in the XLSX: its German title, or a shorter name where the title is too
    long for a sheet; a table without a title keeps its name (cut to the length allowed).

    >>> sheet_name("steering_group_members"), sheet_name("errors"), sheet_name("legende")
    ('Mitglieder', 'Fehler, übersprungene Dateien', 'Legende')
    """
    name = str(labels()["sheets"].get(table) or (table_title(table) if table in labels()["tables"] else table))
    return name[:SHEET_NAME_LENGTH]


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
