"""The values the typed loaders share: an entry of a list of patterns and the conversions of a
file's lists and mappings into frozen values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from .. import re_flags


@dataclass(frozen=True)
class PatternEntry:
    """An entry of a list of patterns: its ``id``, its pattern and, where it declares them, its
    own flags (else ``None``: the file's)."""

    id: str
    pattern: str
    flags: int | None = None


def pattern_entries(data: list[dict[str, Any]]) -> tuple[PatternEntry, ...]:
    return tuple(PatternEntry(e["id"], e["pattern"], re_flags(e["flags"]) if "flags" in e else None) for e in data)


def as_tuple(data: list[str]) -> tuple[str, ...]:
    return tuple(data)


def as_mapping(data: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(data))
