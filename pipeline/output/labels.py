"""German names for people: tables, columns (``resources/labels_de.yaml``) and the codes of
the vocabularies (sectors, roles, body types, cost types, Handlungsfelder; their one home is
the report's :mod:`pipeline.analysis.report_data`)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

RESOURCE = Path(__file__).with_name("resources") / "labels_de.yaml"


@functools.cache
def labels() -> dict[str, Any]:
    import yaml

    data: dict[str, Any] = yaml.safe_load(RESOURCE.read_text(encoding="utf-8"))
    return data


@functools.cache
def code_labels() -> dict[str, dict[str, str]]:
    """Column name → code → German name, for every column with a vocabulary of codes."""
    from ..analysis import report_data as r

    return {
        "sector": r.SECTOR_LABELS,
        "role": r.ROLE_LABELS,
        "body_type": r.BODY_TYPE_LABELS,
        "cost_type": r.COST_LABELS,
        "qualifier": r.QUALIFIER_LABELS,
        "categories": r.CODE_LABELS,
        "shared_codes": r.CODE_LABELS,
        "reason": r.REASON_LABELS,
    }


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
