"""Corrections by hand that survive re-runs and re-downloads: ``<out>/corrections.yaml``.

Each correction names a table and a document and finds its row again by the values of the
row, not by its position (``match``: e.g. the member's name, the body and the date of a
consultation), so it still finds the row after a re-run of a changed pipeline. The document
is named by its ``doc_id`` (the file's content hash) and by what identifies it when the file
changes (``document``: its source path, number and municipality), so that a file
downloaded again with other bytes keeps its corrections. It does one thing::

    corrections:
    - table: steering_group_members      # set a value
      doc_id: 4dbbedca56f43581
      document: {source_path: stadt-a/vorlage.pdf, doc_number: 2021/123, municipality: Musterstadt}
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

A correction finds its document by ``doc_id``; failing that, by the source path, then by the
number and municipality (when one document has them). Codes may be written as their German
labels (``sector: Wohlfahrtsverbände`` or ``wohlfahrt``, :data:`pipeline.output.labels`);
they are stored as codes. A municipality set by hand brings its type, Land and AGS from the
gazetteer, and a correction takes the review's signs it answers out of the ``review`` table.

The corrections are applied whenever the tables are written (``vorlagen run``, ``remove``,
``correct``); each run counts them and names each one that no longer finds its document or
row (exit code 3, :mod:`pipeline.cli.main`). A corrected or added row has ``method = manual``
and confidence 1; a set row keeps its evidence (page, offsets, snippet). A file written by an
older version (without ``document``) is completed from the tables of the folder, its old
text kept as ``corrections.yaml.bak``; ``vorlagen corrections OUT`` lists those that no
longer find their row.
"""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import VorlagenError
from ..schema import ASSESSED_FIELDS, BOOL, FLOAT, INT, MONEY, TABLES, Column

CORRECTIONS_NAME = "corrections.yaml"
BACKUP_SUFFIX = ".bak"
MANUAL = "manual"
ACTIONS = ("set", "delete", "add")
KEYS = ("table", "doc_id", "document", "match", "set", "delete", "add", "note")
# What names a document across downloads of its file (the documents table's columns).
IDENTITY = ("source_path", "doc_number", "municipality")
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
# the table a sign of a missed fact asks to add a row to (``vorlagen correct … --add``): a row
# added there answers the sign
MISSED_IN = {
    "consultation_heading_without_rows": "consultations",
    "consultation_row_unused": "consultations",
    "consultation_columns_unpaired": "consultations",
    "body_date_unused": "consultations",
    "steering_group_without_members": "steering_group_members",
    "steering_group_members_not_found": "steering_group_members",
    "group_without_members": "steering_group_members",
    "action_fields_without_labels": "action_fields",
    "financial_impact_without_amount": "costs",
    "amount_without_cost": "costs",
}
# the signs a documents field set by hand answers
ANSWERED_BY_FIELD = {"municipality": ("no_municipality",)}
# the columns a municipality set by hand brings from the gazetteer
PLACE_COLUMNS = ("municipality_type", "state", "ags")
# what an outcome says, for people
STATUS_TEXT = {
    "not_found": "findet keine Zeile mehr",
    "ambiguous": "findet mehrere Zeilen, keine eindeutige",
    "no_document": "findet ihr Dokument nicht mehr (weder doc_id noch Pfad noch Nummer und Kommune)",
}
HEADER = """\
# Korrekturen von Hand: bei jedem Schreiben der Tabellen angewendet (vorlagen run, remove, correct).
# Jede Korrektur findet ihr Dokument über doc_id, sonst über document (Pfad, Nummer und Kommune),
# ihre Zeile über match, und macht eines davon:
#   set: {spalte: wert}   einen Wert setzen      delete: true   eine falsche Zeile löschen
#   add: {spalte: wert}   eine fehlende Zeile hinzufügen
# Codes auch deutsch (sector: Wohlfahrtsverbände). Korrigierte Zeilen haben method=manual;
# `vorlagen corrections OUT` zeigt, was keine Zeile mehr findet.
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
    document: dict[str, str] = field(default_factory=dict)  # IDENTITY of the document when corrected

    @property
    def action(self) -> str:
        return "set" if self.set else "delete" if self.delete else "add"

    def as_yaml(self) -> dict[str, Any]:
        entry: dict[str, Any] = {"table": self.table, "doc_id": self.doc_id}
        if self.document:
            entry["document"] = self.document
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
        """
        >>> Correction("costs", "ab12", {"raw_text": "5 €"}, delete=True, document={"source_path": "a.pdf"}).describe()
        "costs ab12 (a.pdf) wo {'raw_text': '5 €'}: löschen"
        """
        what = {"set": f"setzen {self.set}", "delete": "löschen", "add": f"hinzufügen {self.add}"}[self.action]
        path = self.document.get("source_path")
        where = f" wo {self.match}" if self.match else ""
        return f"{self.table} {self.doc_id}{f' ({path})' if path else ''}{where}: {what}"


def columns_of(table: str) -> dict[str, Column]:
    return {c.name: c for c in TABLES[table]}


def code_of(column: str, value: Any) -> Any:
    """The code of a vocabulary column for ``value``: the code itself, its German label, or the
    start of one label's words (``wohlfahrt``), any case; ``value`` unchanged when none or
    several fit (:func:`check` names the choices then).

    >>> code_of("sector", "wohlfahrt"), code_of("sector", "Verwaltung"), code_of("role", "decision")
    ('welfare', 'administration', 'decision')
    >>> code_of("categories", "Sprache; bildung"), code_of("sector", "so")
    ('sprache;bildung', 'so')
    """
    from .labels import code_labels

    names = code_labels().get(column)
    if not names or not isinstance(value, str) or not value.strip():
        return value
    if column == "categories":
        return ";".join(str(code_of("shared_codes", part)) for part in value.split(";"))
    wanted = " ".join(value.split()).casefold()
    for code, label in names.items():
        if wanted in (code.casefold(), label.casefold()):
            return code
    starts = [code for code, label in names.items() if len(wanted) >= 4 and label.casefold().startswith(wanted)]
    return starts[0] if len(starts) == 1 else value.strip()


def in_codes(values: dict[str, Any], cols: dict[str, Column]) -> dict[str, Any]:
    return {k: code_of(k, v) if k in cols and cols[k].vocabulary else v for k, v in values.items()}


def check(c: Correction) -> Correction:
    """The correction with codes for German labels, or a :class:`CorrectionError` naming what
    is wrong with it."""
    if c.table not in KEY_COLUMNS:
        raise CorrectionError(
            f"die Tabelle {c.table!r} lässt sich nicht korrigieren; möglich: {', '.join(KEY_COLUMNS)}"
        )
    if not c.doc_id:
        raise CorrectionError("eine Korrektur braucht die doc_id ihres Dokuments")
    if sum((bool(c.set), c.delete, bool(c.add))) != 1:
        raise CorrectionError(f"{c.table} {c.doc_id}: genau eines von set, delete, add")
    if c.add and c.match:
        raise CorrectionError(f"{c.table} {c.doc_id}: add nimmt kein match")
    if c.table == "documents" and (c.add or c.delete):
        raise CorrectionError("documents: nur set (ein Dokument nimmt `vorlagen remove` heraus)")
    unknown = set(c.document) - set(IDENTITY)
    if unknown:
        raise CorrectionError(f"document kennt nur {', '.join(IDENTITY)}, nicht {', '.join(sorted(unknown))}")
    cols = columns_of(c.table)
    for name in {**c.match, **c.set, **c.add}:
        if name not in cols:
            raise CorrectionError(f"{c.table} hat keine Spalte {name!r}")
        if name in ("doc_id", "method", "confidence"):
            raise CorrectionError(f"{name} wird nicht von Hand korrigiert")
    c = dataclasses.replace(c, match=in_codes(c.match, cols), set=in_codes(c.set, cols), add=in_codes(c.add, cols))
    for name, value in {**c.match, **c.set, **c.add}.items():
        col = cols[name]
        if col.vocabulary and value is not None:
            parts = str(value).split(";") if name == "categories" else [str(value)]
            if any(p not in col.vocabulary for p in parts):
                raise CorrectionError(f"{c.table}.{name}: {value!r} ist keiner von {legend(name, col)}")
        typed(value, col)
    return c


def legend(name: str, col: Column) -> str:
    """The codes of a column with their German labels, for a message."""
    from .labels import code_labels

    names = code_labels().get("shared_codes" if name == "categories" else name, {})
    return ", ".join(f"{code} ({names[code]})" if code in names else code for code in col.vocabulary or ())


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
        kind = {BOOL: "ja/nein", INT: "eine ganze Zahl", FLOAT: "eine Zahl", MONEY: "ein Betrag"}.get(
            col.kind, col.kind
        )
        raise CorrectionError(f"{col.name}: {value!r} ist nicht {kind}") from exc
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
        raise CorrectionError(f"{path}: kein gültiges YAML: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise CorrectionError(f"{path}: nicht lesbar: {exc}") from exc
    entries = data.get("corrections") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise CorrectionError(f"{path}: erwartet eine Liste unter 'corrections:'")
    found: list[Correction] = []
    for i, e in enumerate(entries, 1):
        if not isinstance(e, dict):
            raise CorrectionError(f"{path}: Korrektur {i} ist keine Zuordnung (schlüssel: wert)")
        unknown = set(e) - set(KEYS)
        if unknown:
            raise CorrectionError(f"{path}: Korrektur {i} hat unbekannte Schlüssel {sorted(unknown)}")
        try:
            found.append(
                check(
                    Correction(
                        str(e.get("table", "")),
                        str(e.get("doc_id", "")),
                        mapping(e, "match"),
                        mapping(e, "set"),
                        bool(e.get("delete", False)),
                        mapping(e, "add"),
                        str(e.get("note") or ""),
                        {k: str(v) for k, v in mapping(e, "document").items() if v not in (None, "")},
                    )
                )
            )
        except CorrectionError as exc:
            raise CorrectionError(f"{path}: Korrektur {i}: {exc}") from exc
    return found


def mapping(entry: dict[str, Any], key: str) -> dict[str, Any]:
    value = entry.get(key) or {}
    if not isinstance(value, dict):
        raise CorrectionError(f"{key} muss spalte: wert-Paare enthalten, nicht {value!r}")
    return dict(value)


def save(out: Path, corrections: list[Correction]) -> Path:
    import yaml

    from ..atomic import write_text

    body = yaml.safe_dump(
        {"corrections": [c.as_yaml() for c in corrections]}, allow_unicode=True, sort_keys=False, width=1000
    )
    target = out / CORRECTIONS_NAME
    write_text(target, HEADER + body)
    return target


def identity_of(row: Row) -> dict[str, str]:
    """What names the document of a documents row across downloads of its file."""
    return {k: str(row[k]) for k in IDENTITY if row.get(k) not in (None, "")}


def migrate(out: Path, corrections: list[Correction]) -> list[Correction]:
    """Corrections of an older file (without ``document``) completed from the documents table
    of ``out``, the file saved with them and its old text kept beside it; the ones completed."""
    missing = [c for c in corrections if not c.document]
    if not missing:
        return []
    try:
        with open(out / "documents.csv", encoding="utf-8", newline="") as fh:
            rows = {r["doc_id"]: r for r in csv.DictReader(fh) if r.get("doc_id")}
    except (OSError, KeyError):
        return []
    done = []
    for c in missing:
        row = rows.get(c.doc_id)
        if row is not None and identity_of(row):
            c.document = identity_of(row)
            done.append(c)
    if done:
        path = out / CORRECTIONS_NAME
        backup = path.with_name(path.name + BACKUP_SUFFIX)
        if not backup.exists():
            from ..atomic import write_text

            write_text(backup, path.read_text(encoding="utf-8"))
        save(out, corrections)
    return done


def resolve(corrections: Iterable[Correction], docs: Iterable[Row]) -> tuple[list[Correction], list[Correction]]:
    """The corrections with the doc_id of the document each one finds among ``docs`` (rows
    with doc_id and :data:`IDENTITY`): its own doc_id, else its source path, else its number
    and municipality when one document has them; and those that find none."""
    ids: set[str] = set()
    by_path: dict[str, str] = {}
    by_number: dict[tuple[str, str], list[str]] = {}
    for d in docs:
        doc_id = str(d["doc_id"])
        ids.add(doc_id)
        who = identity_of(d)
        if "source_path" in who:
            by_path.setdefault(who["source_path"], doc_id)
        if "doc_number" in who and "municipality" in who:
            by_number.setdefault((who["doc_number"], who["municipality"]), []).append(doc_id)
    found: list[Correction] = []
    lost: list[Correction] = []
    for c in corrections:
        number = by_number.get((c.document.get("doc_number", ""), c.document.get("municipality", "")), [])
        target = (
            c.doc_id
            if c.doc_id in ids
            else by_path.get(c.document.get("source_path", "")) or (number[0] if len(set(number)) == 1 else None)
        )
        if target is None:
            lost.append(c)
        else:
            found.append(c if target == c.doc_id else moved(c, target))
    return found, lost


def moved(c: Correction, doc_id: str) -> Correction:
    """``c`` for the document ``doc_id`` (its file downloaded again): a group id named after the
    old doc_id names the new one's group.

    >>> moved(Correction("steering_group_members", "old", {"member": "AWO", "group_id": "old-1"}), "new").match
    {'member': 'AWO', 'group_id': 'new-1'}
    """

    def renamed(values: dict[str, Any]) -> dict[str, Any]:
        group = str(values.get("group_id") or "")
        if group.startswith(c.doc_id + "-"):
            return {**values, "group_id": doc_id + group[len(c.doc_id) :]}
        return values

    return dataclasses.replace(c, doc_id=doc_id, match=renamed(c.match), set=renamed(c.set), add=renamed(c.add))


def matches(row: Row, wanted: dict[str, Any], cols: dict[str, Column]) -> bool:
    from .tables import format_cell  # pandas: not imported by a run that finds its outputs current

    return all(
        format_cell(row.get(k), cols[k].kind) == format_cell(typed(v, cols[k]), cols[k].kind) for k, v in wanted.items()
    )


@dataclass
class Outcome:
    correction: Correction
    status: str  # applied, in_place (already in the tables), not_found, ambiguous, no_document

    @property
    def found(self) -> bool:
        return self.status in ("applied", "in_place")

    def describe(self) -> str:
        """The correction and, when it found nothing, why (for people)."""
        return self.correction.describe() + ("" if self.found else f": {STATUS_TEXT[self.status]}")


def apply(chunk: dict[str, list[Row]], corrections: Iterable[Correction], from_tables: set[str]) -> list[Outcome]:
    """Apply the corrections of the documents in ``chunk`` to its rows, in place, and take the
    review's signs each one answers out of the chunk's ``review`` rows.

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
        status, row = apply_one(c, rows, mine, cols, c.doc_id in from_tables)
        outcomes.append(Outcome(c, status))
        if status in ("applied", "in_place") and chunk.get("review"):
            chunk["review"] = [r for r in chunk["review"] if not answers(c, row, r)]
    return outcomes


def answers(c: Correction, row: Row | None, sign: Row) -> bool:
    """Whether correction ``c`` (of ``row``, where it has one) answers the review row ``sign``."""
    if sign.get("doc_id") != c.doc_id:
        return False
    reason = sign.get("reason")
    if c.table == "documents":
        return any(reason in ANSWERED_BY_FIELD.get(k, ()) for k in c.set)
    if c.add:
        return MISSED_IN.get(str(reason)) == c.table
    if row is None or row.get("char_start") is None or sign.get("char_start") is None:
        return False
    start, at = int(row["char_start"]), int(sign["char_start"])
    end = max(int(row.get("char_end") or start), start + 1)
    return at < end and start < max(int(sign.get("char_end") or at), at + 1)


def apply_one(
    c: Correction, rows: list[Row], mine: list[Row], cols: dict[str, Column], earlier: bool
) -> tuple[str, Row | None]:
    """What applying ``c`` came to, and the row it changed, added or deleted (None for none)."""
    if c.add:
        values = {k: typed(v, cols[k]) for k, v in c.add.items()}
        same = [r for r in mine if matches(r, values, cols)]
        if same:
            return "in_place", same[0]
        after = max((i for i, r in enumerate(rows) if r.get("doc_id") == c.doc_id), default=len(rows) - 1)
        added = added_row(c.table, c.doc_id, values, mine)
        rows.insert(after + 1, added)
        return "applied", added
    hits = [r for r in mine if matches(r, c.match, cols)]
    if c.delete:
        if len(hits) > 1:
            return "ambiguous", None
        if not hits:
            return ("in_place" if earlier else "not_found"), None
        rows.remove(hits[0])
        return "applied", hits[0]
    if not hits:
        done = [r for r in mine if matches(r, {**c.match, **c.set}, cols)]
        return ("in_place", done[0]) if len(done) == 1 else ("not_found", None)
    if len(hits) > 1:
        return "ambiguous", None
    row = hits[0]
    for k, v in c.set.items():
        row[k] = typed(v, cols[k])
        if c.table == "documents" and k in ASSESSED_FIELDS:
            row[f"{k}_method"], row[f"{k}_confidence"] = MANUAL, 1.0
    if c.table == "documents" and c.set.get("municipality") and not set(PLACE_COLUMNS) & set(c.set):
        row.update(place_of(str(c.set["municipality"])))
    if c.table != "documents":
        row["method"], row["confidence"] = MANUAL, 1.0
    return "applied", row


def place_of(name: str) -> Row:
    """A municipality named by hand as the gazetteer names it ("Stadt Erlangen": "Erlangen"),
    with its type, Land and AGS (the name as written and no place for a name it does not know)."""
    from ..extract.places import resolve as resolve_place

    found = resolve_place(name, "stated")
    if found is None:
        return {"municipality": name, **dict.fromkeys(PLACE_COLUMNS)}
    return {"municipality": found.name, "municipality_type": found.type, "state": found.state, "ags": found.ags}


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
    from .tables import format_cell

    cols = columns_of(table)
    key = {k: format_cell(row.get(k), cols[k].kind) for k in KEY_COLUMNS[table]}
    if table == "steering_group_members":
        key["group_id"] = format_cell(row.get("group_id"), "str")
    return {k: v for k, v in key.items() if v != ""}
