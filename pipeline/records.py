"""Records: what extractors produce, one plain dataclass per output table.

Each record holds cleaned values and the :class:`Span` of its evidence. Its dataclass fields
are the table's columns: :meth:`Record.values` yields every field except ``span``,
``method``, ``rule_id`` and those marked ``NOT_A_COLUMN``, plus the few columns a record computes
(:meth:`Record.computed`: a consultation's ``authoritative``, a cost's ``currency``, action
fields' categories joined with ";"). ``doc_id``, ``seq``/``group_id``, the provenance columns,
``method`` and ``confidence`` are added by :func:`pipeline.extract.rows.records_to_rows`.

``rule_id`` is the id of the resource entry (``extractors/resources/*.yaml``) that produced the
value, as spaCy's ``Span.id_`` carries the id of the matcher pattern: the cost cue of
``costs.yaml`` (``external_support`` for "Honorar für die Moderation: 4.500 €"), the taxonomy
entry that mapped a Handlungsfeld label ("Sprache und Bildung" → ``sprache``), the body type of
a consultation's body ("Sozialausschuss" → ``committee``). It is empty where a value comes from
code rather than an entry, is no column of any table and is shown by ``vorlagen inspect``.

>>> Cost(Span(0, 9, 1, "2.500 EUR"), amount_eur=2500.0, raw_text="2.500 EUR").values()["currency"]
'EUR'
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .document import Span

# Field metadata of a record field that is not a column of its table (a group's members).
NOT_A_COLUMN = {"column": False}


@dataclass
class Record:
    table: ClassVar[str] = ""
    span: Span
    # how the value was found: the layout family or rule ("table.tab", "table.tokens",
    # "stacked", "key_value", "list", "heading", "prose", ...); keyword-only, so that the
    # subclasses' fields keep their positions
    method: str = field(default="", kw_only=True)
    # the id of the resource entry that produced the value ("" when none did); not a column
    rule_id: str = field(default="", kw_only=True)

    def values(self) -> dict[str, Any]:
        """The table's own columns (without doc_id, seq/group_id, provenance, method, rule_id, confidence)."""
        names = _COLUMN_FIELDS.get(type(self))
        if names is None:
            names = _COLUMN_FIELDS[type(self)] = column_fields(type(self))
        out = {name: getattr(self, name) for name in names}
        out.update(self.computed())
        return out

    def computed(self) -> dict[str, Any]:
        """Columns not stored as fields, or stored in another form than the table's."""
        return {}


_COLUMN_FIELDS: dict[type[Record], tuple[str, ...]] = {}


def column_fields(cls: type[Record]) -> tuple[str, ...]:
    """The dataclass fields of a record class that are columns of its table."""
    return tuple(
        f.name
        for f in dataclasses.fields(cls)
        if f.name not in ("span", "method", "rule_id") and f.metadata.get("column", True)
    )


def provenance(span: Span) -> dict[str, Any]:
    return {"page": span.page, "char_start": span.start, "char_end": span.end, "snippet": span.snippet}


@dataclass
class Field:
    """One document-level value (subject, doc_date, ...) with its evidence."""

    name: str
    value: str
    span: Span | None
    method: str = field(default="", kw_only=True)
    rule_id: str = field(default="", kw_only=True)  # the resource entry that produced it, as on Record


@dataclass
class Metadata(Record):
    table: ClassVar[str] = "documents"
    fields: dict[str, Field] = field(default_factory=dict)

    def values(self) -> dict[str, Any]:
        """The documents table's extracted columns: one per field found (the rest come from
        the document itself, :func:`pipeline.extract.rows.document_row`)."""
        return {name: f.value for name, f in self.fields.items()}


@dataclass
class Consultation(Record):
    table: ClassVar[str] = "consultations"
    body: str = ""
    body_type: str = "other"
    meeting_date: str | None = None
    role: str | None = None
    public: bool | None = None

    def computed(self) -> dict[str, Any]:
        return {"authoritative": None if self.role is None else self.role == "decision"}


@dataclass
class ActionField(Record):
    table: ClassVar[str] = "action_fields"
    label: str = ""
    categories: tuple[str, ...] = ()

    def computed(self) -> dict[str, Any]:
        return {"categories": ";".join(self.categories)}


@dataclass
class Cost(Record):
    table: ClassVar[str] = "costs"
    amount_eur: float = 0.0
    raw_text: str = ""
    qualifier: str | None = None
    cost_type: str = "other"
    fiscal_year: int | None = None
    budget_account: str | None = None

    def computed(self) -> dict[str, Any]:
        return {"currency": "EUR"}


@dataclass
class Member(Record):
    table: ClassVar[str] = "steering_group_members"
    member: str = ""
    sector: str = "other"
    is_chair: bool = False


@dataclass
class SteeringGroup(Record):
    table: ClassVar[str] = "steering_groups"
    group_name: str = ""
    chair: str | None = None
    size: int | None = None
    seats_politics: int | None = None
    seats_administration: int | None = None
    seats_civil_society: int | None = None
    members: list[Member] = field(default_factory=list, metadata=NOT_A_COLUMN)


@dataclass
class Facilitator(Record):
    table: ClassVar[str] = "facilitators"
    name: str | None = None
    organisation: str | None = None
    amount_eur: float | None = None
