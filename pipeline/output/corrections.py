"""Corrections by hand that survive re-runs: ``<out>/corrections.yaml``.

Each correction names a table and a document (``doc_id``) and finds its row again by the
values of the row, not by its position (``match``: e.g. the member's name, the body and the
date of a consultation), so it still finds the row after a re-run of a changed pipeline. It
does one thing::

    corrections:
    - table: steering_group_members      # set a value
      doc_id: 4dbbedca56f43581
      match: {member: Caritas}
      set: {sector: welfare}
      note: Wohlfahrtsverband, nicht Verwaltung
    - table: costs                       # delete a wrong row
      doc_id: 4dbbedca56f43581
      match: {raw_text: 22.000 €}
      delete: true
    - table: consultations               # add a row the pipeline missed
      doc_id: 4dbbedca56f43581
      add: {body: Stadtrat, meeting_date: 2021-05-27, role: decision}

The corrections are applied whenever the tables are written (``vorlagen run``, ``remove``,
``correct``). A corrected or added row has ``method = manual`` and confidence 1; a set row
keeps its evidence (page, offsets, snippet). ``vorlagen corrections OUT`` lists those that no
longer find their row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import VorlagenError
from ..schema import ASSESSED_FIELDS, BOOL, FLOAT, INT, MONEY, TABLES, Column
from .tables import format_cell

CORRECTIONS_NAME = "corrections.yaml"
MANUAL = "manual"
ACTIONS = ("set", "delete", "add")
# The columns that find a row of a table again after a re-run (besides its doc_id): what the
# row says, not where it is (offsets and seq can change when the pipeline does).
KEY_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (),
    "consultations": ("body", "meeting_date"),
    "action_fields": ("label",),
    "costs": ("raw_text",),
    "steering_groups": ("group_name",),
    "steering_group_members": ("member",),
    "facilitators": ("name",),
}
HEADER = """\
# Korrekturen von Hand: bei jedem Schreiben der Tabellen angewendet (vorlagen run, remove, correct).
# Jede Korrektur findet ihre Zeile über table, doc_id und match wieder und macht eines davon:
#   set: {spalte: wert}   einen Wert setzen      delete: true   eine falsche Zeile löschen
#   add: {spalte: wert}   eine fehlende Zeile hinzufügen
# Korrigierte Zeilen haben method=manual; `vorlagen corrections OUT` zeigt, was keine Zeile mehr findet.
"""

Row = dict[str, Any]


class CorrectionError(VorlagenError):
    """A corrections file or a correction that cannot be used; the message says why."""

    error_type = "corrections"


@dataclass
class Correction:
    table: str
    doc_id: str
    match: dict[str, Any] = field(default_factory=dict)
    set: dict[str, Any] = field(default_factory=dict)
    delete: bool = False
    add: dict[str, Any] = field(default_factory=dict)
    note: str = ""

    @property
    def action(self) -> str:
        return "set" if self.set else "delete" if self.delete else "add"

    def as_yaml(self) -> dict[str, Any]:
        entry: dict[str, Any] = {"table": self.table, "doc_id": self.doc_id}
        if self.match:
            entry["match"] = self.match
        if self.set:
            entry["set"] = self.set
        if self.delete:
            entry["delete"] = True
        if self.add:
            entry["add"] = self.add
        if self.note:
            entry["note"] = self.note
        return entry

    def describe(self) -> str:
        what = {"set": f"set {self.set}", "delete": "delete", "add": f"add {self.add}"}[self.action]
        where = f" where {self.match}" if self.match else ""
        return f"{self.table} {self.doc_id}{where}: {what}"


def columns_of(table: str) -> dict[str, Column]:
    return {c.name: c for c in TABLES[table]}


def check(c: Correction) -> Correction:
    """The correction, or a :class:`CorrectionError` naming what is wrong with it."""
    if c.table not in KEY_COLUMNS:
        raise CorrectionError(f"table {c.table!r} cannot be corrected; one of: {', '.join(KEY_COLUMNS)}")
    if not c.doc_id:
        raise CorrectionError("a correction needs the doc_id of its document")
    if sum((bool(c.set), c.delete, bool(c.add))) != 1:
        raise CorrectionError(f"{c.table} {c.doc_id}: exactly one of set, delete, add")
    if c.add and c.match:
        raise CorrectionError(f"{c.table} {c.doc_id}: add takes no match")
    if c.table == "documents" and (c.add or c.delete):
        raise CorrectionError("documents: only set (a document leaves with `vorlagen remove`)")
    cols = columns_of(c.table)
    for name, value in {**c.match, **c.set, **c.add}.items():
        col = cols.get(name)
        if col is None:
            raise CorrectionError(f"{c.table} has no column {name!r}")
        if name in ("doc_id", "method", "confidence"):
            raise CorrectionError(f"{name} is not corrected by hand")
        if col.vocabulary and value is not None and name != "categories":
            if str(value) not in col.vocabulary:
                raise CorrectionError(f"{c.table}.{name}: {value!r} is not one of {', '.join(col.vocabulary)}")
        typed(value, col)
    return c


def typed(value: Any, col: Column) -> Any:
    """A value as the column holds it (YAML and the command line give text or YAML scalars)."""
    if value is None or value == "":
        return None
    try:
        if col.kind == BOOL:
            if isinstance(value, bool):
                return value
            return {"true": True, "false": False, "ja": True, "nein": False}[str(value).strip().lower()]
        if col.kind == INT:
            return int(value)
        if col.kind in (FLOAT, MONEY):
            return float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
    except (KeyError, ValueError) as exc:
        raise CorrectionError(f"{col.name}: {value!r} is not a {col.kind} value") from exc
    return str(value)


def load(out: Path) -> list[Correction]:
    """The corrections of ``out`` (none without a file); a :class:`CorrectionError` for a broken file."""
    import yaml

    path = out / CORRECTIONS_NAME
    if not path.exists():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise CorrectionError(f"{path}: not valid YAML: {exc}") from exc
    entries = data.get("corrections") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise CorrectionError(f"{path}: expected a list under 'corrections:'")
    found: list[Correction] = []
    for i, e in enumerate(entries, 1):
        if not isinstance(e, dict):
            raise CorrectionError(f"{path}: correction {i} is not a mapping")
        unknown = set(e) - {"table", "doc_id", "match", "set", "delete", "add", "note"}
        if unknown:
            raise CorrectionError(f"{path}: correction {i} has unknown keys {sorted(unknown)}")
        try:
            found.append(
                check(
                    Correction(
                        str(e.get("table", "")),
                        str(e.get("doc_id", "")),
                        dict(e.get("match") or {}),
                        dict(e.get("set") or {}),
                        bool(e.get("delete", False)),
                        dict(e.get("add") or {}),
                        str(e.get("note") or ""),
                    )
                )
            )
        except CorrectionError as exc:
            raise CorrectionError(f"{path}: correction {i}: {exc}") from exc
    return found


def save(out: Path, corrections: list[Correction]) -> Path:
    import yaml

    from ..atomic import write_text

    body = yaml.safe_dump(
        {"corrections": [c.as_yaml() for c in corrections]}, allow_unicode=True, sort_keys=False, width=1000
    )
    target = out / CORRECTIONS_NAME
    write_text(target, HEADER + body)
    return target


def matches(row: Row, wanted: dict[str, Any], cols: dict[str, Column]) -> bool:
    return all(
        format_cell(row.get(k), cols[k].kind) == format_cell(typed(v, cols[k]), cols[k].kind) for k, v in wanted.items()
    )


@dataclass
class Outcome:
    correction: Correction
    status: str  # applied, in_place (already in the tables), not_found, ambiguous


def apply(chunk: dict[str, list[Row]], corrections: Iterable[Correction], from_tables: set[str]) -> list[Outcome]:
    """Apply the corrections of the documents in ``chunk`` to its rows, in place.

    ``from_tables``: doc_ids whose rows were read back from the written tables (a correction
    made earlier is already in them)."""
    docs = {r.get("doc_id") for r in chunk.get("documents", [])}
    outcomes: list[Outcome] = []
    for c in corrections:
        if c.doc_id not in docs:
            continue
        rows = chunk.setdefault(c.table, [])
        cols = columns_of(c.table)
        mine = [r for r in rows if r.get("doc_id") == c.doc_id]
        outcomes.append(Outcome(c, apply_one(c, rows, mine, cols, c.doc_id in from_tables)))
    return outcomes


def apply_one(c: Correction, rows: list[Row], mine: list[Row], cols: dict[str, Column], earlier: bool) -> str:
    if c.add:
        values = {k: typed(v, cols[k]) for k, v in c.add.items()}
        if any(matches(r, values, cols) for r in mine):
            return "in_place"
        after = max((i for i, r in enumerate(rows) if r.get("doc_id") == c.doc_id), default=len(rows) - 1)
        rows.insert(after + 1, added_row(c.table, c.doc_id, values, mine))
        return "applied"
    hits = [r for r in mine if matches(r, c.match, cols)]
    if c.delete:
        if len(hits) > 1:
            return "ambiguous"
        if not hits:
            return "in_place" if earlier else "not_found"
        rows.remove(hits[0])
        return "applied"
    if not hits:
        done = [r for r in mine if matches(r, {**c.match, **c.set}, cols)]
        return "in_place" if len(done) == 1 else "not_found"
    if len(hits) > 1:
        return "ambiguous"
    row = hits[0]
    for k, v in c.set.items():
        row[k] = typed(v, cols[k])
        if c.table == "documents" and k in ASSESSED_FIELDS:
            row[f"{k}_method"], row[f"{k}_confidence"] = MANUAL, 1.0
    if c.table != "documents":
        row["method"], row["confidence"] = MANUAL, 1.0
    return "applied"


def added_row(table: str, doc_id: str, values: Row, mine: list[Row]) -> Row:
    """A new row of ``table`` for document ``doc_id``: the given values, the next seq (and
    group), method manual; no evidence unless given."""
    row: Row = {"doc_id": doc_id, **values, "method": MANUAL, "confidence": 1.0}
    if table == "steering_groups":
        taken = {r.get("group_id") for r in mine}
        n = 1
        while f"{doc_id}-{n}" in taken:
            n += 1
        row.setdefault("group_id", f"{doc_id}-{n}")
        return row
    if table == "steering_group_members":
        row.setdefault("group_id", min((str(r["group_id"]) for r in mine), default=f"{doc_id}-1"))
        mine = [r for r in mine if r.get("group_id") == row["group_id"]]
    row["seq"] = max((int(r["seq"]) for r in mine if r.get("seq") is not None), default=0) + 1
    return row


def key_of(table: str, row: Row) -> dict[str, Any]:
    """The values that find ``row`` again (for a correction made from a row)."""
    cols = columns_of(table)
    key = {k: format_cell(row.get(k), cols[k].kind) for k in KEY_COLUMNS[table]}
    if table == "steering_group_members":
        key["group_id"] = format_cell(row.get("group_id"), "str")
    return {k: v for k, v in key.items() if v != ""}
