"""Descriptors next to the tables: a Frictionless Data Package and Datasette metadata.

Both are read off the contract in :mod:`pipeline.schema` (the derived tables of the
comparison included), so a column described there is described everywhere.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from ..atomic import write_text
from ..schema import BOOL, DERIVED_TABLES, FLOAT, INT, MONEY, PRIMARY_KEYS, TABLES, TAXONOMY_CODES, Column
from .formats import SQLITE_NAME
from .store import table_columns
from .xlsx import DATE_COLUMNS

FRICTIONLESS_TYPES = {INT: "integer", FLOAT: "number", MONEY: "number", BOOL: "boolean", "str": "string"}
DATE_PATTERN = r"\d{4}-\d{2}(-\d{2})?"  # a day, or a month where only the month is known
LIST_COLUMNS = ("categories", "shared_codes")  # ';'-joined codes: a pattern, not an enum

TABLE_DESCRIPTIONS = {
    "documents": "One row per input document: identity, municipality and header fields.",
    "consultations": "The Beratungsfolge: bodies that deliberate or decide on the submission.",
    "action_fields": "Handlungsfelder named in the document, mapped to the project taxonomy.",
    "costs": "Amounts of money named in the document, with type and qualifier.",
    "steering_groups": "Steering groups (Steuerungsgruppen) set up for the process.",
    "steering_group_members": "Members of the steering groups, with their sector.",
    "facilitators": "External support of the process (persons or organisations).",
    "review": "Documents to check: signs of a fact the extractors did not capture, one row per document and reason.",
    "errors": "Files or stages that failed; the run goes on without them.",
    "municipalities": "One row per municipality, facts merged over all its documents.",
    "municipality_similarity": "Jaccard similarity of the municipalities' Handlungsfeld codes.",
    "timelines": "Distinct consultations per municipality in date order, the decision marked.",
}


def described_columns(name: str, df: pd.DataFrame | None) -> tuple[Column, ...]:
    """The columns of a table with descriptions and vocabularies where the project has them."""
    if name in TABLES:
        return TABLES[name]
    known = {c.name: c for c in DERIVED_TABLES.get(name, ())}
    cols = table_columns(name, df) if df is not None else tuple(known.values())
    return tuple(known.get(c.name, c) for c in cols)


def field_descriptor(col: Column) -> dict[str, Any]:
    """A Table Schema field for a column.

    >>> field_descriptor(Column("public", BOOL, "public meeting"))["trueValues"]
    ['true']
    """
    field: dict[str, Any] = {"name": col.name, "type": FRICTIONLESS_TYPES.get(col.kind, "string")}
    if col.description:
        field["description"] = col.description
    constraints: dict[str, Any] = {}
    if col.name in LIST_COLUMNS:
        code = "(" + "|".join(col.vocabulary or TAXONOMY_CODES) + ")"
        constraints["pattern"] = f"{code}(;{code})*"
    elif col.vocabulary:
        constraints["enum"] = list(col.vocabulary)
    elif col.name in DATE_COLUMNS:
        constraints["pattern"] = DATE_PATTERN
    if col.name == "confidence" or (col.name.endswith("_confidence") and col.name != "ocr_confidence"):
        constraints.update(minimum=0, maximum=1)
    if col.kind == BOOL:
        field.update(trueValues=["true"], falseValues=["false"])
    if constraints:
        field["constraints"] = constraints
    return field


def resource_descriptor(name: str, df: pd.DataFrame | None) -> dict[str, Any]:
    cols = described_columns(name, df)
    schema: dict[str, Any] = {"fields": [field_descriptor(c) for c in cols], "missingValues": [""]}
    if name in PRIMARY_KEYS:
        schema["primaryKey"] = list(PRIMARY_KEYS[name])
        if name != "documents" and any(c.name == "doc_id" for c in cols):
            schema["foreignKeys"] = [
                {"fields": ["doc_id"], "reference": {"resource": "documents", "fields": ["doc_id"]}}
            ]
        if name == "steering_group_members":
            schema["foreignKeys"].append(
                {"fields": ["group_id"], "reference": {"resource": "steering_groups", "fields": ["group_id"]}}
            )
    return {
        "name": name,
        "path": f"{name}.csv",
        "profile": "tabular-data-resource",
        "description": TABLE_DESCRIPTIONS.get(name, ""),
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": {"delimiter": ",", "header": True, "doubleQuote": True},
        "schema": schema,
    }


def datapackage(frames: dict[str, pd.DataFrame]) -> dict[str, Any]:
    """The Data Package descriptor of every table in ``frames`` (documents first)."""
    order = sorted(frames, key=lambda n: (n != "documents", list(TABLES).index(n) if n in TABLES else len(TABLES), n))
    return {
        "profile": "tabular-data-package",
        "name": "vorlagen",
        "title": "Integrationskonzepte in Sitzungsvorlagen deutscher Kommunen",
        "description": "Tables extracted from German municipal council submissions (Sitzungsvorlagen); "
        "every extracted row carries page, character offsets and the snippet it was read from.",
        "resources": [resource_descriptor(n, frames[n]) for n in order],
    }


def write_datapackage(out: Path, frames: dict[str, pd.DataFrame]) -> Path:
    """Write ``out/datapackage.json`` describing the CSV table of every frame."""
    target = out / "datapackage.json"
    write_text(target, json.dumps(datapackage(frames), ensure_ascii=False, indent=2) + "\n")
    return target


def column_description(col: Column) -> str:
    """A column for people, in German: its German name (else its heading in the XLSX), the codes
    with their German names; the contract's English description only for a column that has no
    German name at all.

    >>> column_description(Column("role", "str", "the role", ("decision",)))
    'Zuständigkeit (Vorberatung, Beratung, Entscheidung, Kenntnisnahme) — Codes: decision = Entscheidung'
    >>> column_description(Column("n_consultations", "int", "distinct consultations"))
    'Beratungen'
    """
    from .labels import column_header, column_label, shown_codes

    german = column_label(col.name) or (column_header(col.name) if column_header(col.name) != col.name else "")
    text = german or col.description
    names = shown_codes().get(col.name)
    if col.vocabulary:
        codes = ", ".join(f"{v} = {names[v]}" if names and v in names else v for v in col.vocabulary)
        text += f"{' — ' if text else ''}Codes: {codes}"
    return text


def datasette_metadata(frames: dict[str, pd.DataFrame]) -> dict[str, Any]:
    """Datasette metadata: German titles and descriptions of the tables and their columns,
    with the German names of the codes."""
    from .labels import labels, table_description, table_title

    tables: dict[str, Any] = {}
    for name in frames:
        cols = described_columns(name, frames[name])
        entry: dict[str, Any] = {
            "title": table_title(name),
            "description": table_description(name) or TABLE_DESCRIPTIONS.get(name, ""),
        }
        columns = {c.name: text for c in cols if (text := column_description(c))}
        if columns:
            entry["columns"] = columns
        tables[name] = entry
    return {
        "title": "vorlagen",
        "description": labels()["title"],
        "databases": {Path(SQLITE_NAME).stem: {"tables": tables}},
    }


def write_datasette_metadata(out: Path, frames: dict[str, pd.DataFrame]) -> Path:
    """Write ``out/metadata.json`` for ``datasette vorlagen.sqlite -m metadata.json``."""
    target = out / "metadata.json"
    write_text(target, json.dumps(datasette_metadata(frames), ensure_ascii=False, indent=2) + "\n")
    return target
