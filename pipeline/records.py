"""Records: what extractors produce, one plain dataclass per output table.

Each record holds cleaned values and the :class:`Span` of its evidence; ``row()`` turns
it into the table's columns (doc_id, seq and provenance are added by the tables module).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .document import Span


@dataclass
class Record:
    table: ClassVar[str] = ""
    span: Span
    # how the value was found: the layout family or rule ("table.tab", "table.tokens",
    # "stacked", "key_value", "list", "heading", "prose", ...); keyword-only, so that the
    # subclasses' fields keep their positions
    method: str = field(default="", kw_only=True)

    def values(self) -> dict[str, Any]:
        """The table's own columns (without doc_id, seq, provenance)."""
        raise NotImplementedError


def provenance(span: Span) -> dict[str, Any]:
    return {"page": span.page, "char_start": span.start, "char_end": span.end, "snippet": span.snippet}


@dataclass
class Field:
    """One document-level value (subject, doc_date, ...) with its evidence."""

    name: str
    value: str
    span: Span | None
    method: str = field(default="", kw_only=True)


@dataclass
class Metadata(Record):
    table: ClassVar[str] = "documents"
    fields: dict[str, Field] = field(default_factory=dict)

    def values(self) -> dict[str, Any]:
        return {name: f.value for name, f in self.fields.items()}


@dataclass
class Consultation(Record):
    table: ClassVar[str] = "consultations"
    body: str = ""
    body_type: str = "other"
    meeting_date: str | None = None
    role: str | None = None
    public: bool | None = None

    def values(self) -> dict[str, Any]:
        return {
            "body": self.body, "body_type": self.body_type, "meeting_date": self.meeting_date,
            "role": self.role,
            "authoritative": None if self.role is None else self.role == "decision",
            "public": self.public,
        }


@dataclass
class ActionField(Record):
    table: ClassVar[str] = "action_fields"
    label: str = ""
    categories: tuple[str, ...] = ()

    def values(self) -> dict[str, Any]:
        return {"label": self.label, "categories": ";".join(self.categories)}


@dataclass
class Cost(Record):
    table: ClassVar[str] = "costs"
    amount_eur: float = 0.0
    raw_text: str = ""
    qualifier: str | None = None
    cost_type: str = "other"
    fiscal_year: int | None = None
    budget_account: str | None = None

    def values(self) -> dict[str, Any]:
        return {
            "amount_eur": self.amount_eur, "currency": "EUR", "raw_text": self.raw_text,
            "qualifier": self.qualifier, "cost_type": self.cost_type,
            "fiscal_year": self.fiscal_year, "budget_account": self.budget_account,
        }


@dataclass
class Member(Record):
    table: ClassVar[str] = "steering_group_members"
    member: str = ""
    sector: str = "other"
    is_chair: bool = False

    def values(self) -> dict[str, Any]:
        return {"member": self.member, "sector": self.sector, "is_chair": self.is_chair}


@dataclass
class SteeringGroup(Record):
    table: ClassVar[str] = "steering_groups"
    group_name: str = ""
    chair: str | None = None
    size: int | None = None
    seats_politics: int | None = None
    seats_administration: int | None = None
    seats_civil_society: int | None = None
    members: list[Member] = field(default_factory=list)

    def values(self) -> dict[str, Any]:
        return {
            "group_name": self.group_name, "chair": self.chair, "size": self.size,
            "seats_politics": self.seats_politics,
            "seats_administration": self.seats_administration,
            "seats_civil_society": self.seats_civil_society,
        }


@dataclass
class Facilitator(Record):
    table: ClassVar[str] = "facilitators"
    name: str | None = None
    organisation: str | None = None
    amount_eur: float | None = None

    def values(self) -> dict[str, Any]:
        return {"name": self.name, "organisation": self.organisation, "amount_eur": self.amount_eur}
