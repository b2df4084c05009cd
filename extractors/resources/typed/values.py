"""The values the typed loaders share: an entry of a list of patterns and the conversions of a
file's lists and mappings into frozen values."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TypeVar

from .. import re_flags


@dataclass(frozen=True)
class PatternEntry:
    """An entry of a list of patterns: its ``id``, its pattern and, where it declares them, its
    own flags (else ``None``: the file's)."""

    id: str
    pattern: str
    flags: int | None = None


V = TypeVar("V")


def pattern_entries(data: Sequence[Mapping[str, object]]) -> tuple[PatternEntry, ...]:
    return tuple(PatternEntry(str(e["id"]), str(e["pattern"]), own_flags(e)) for e in data)


def own_flags(entry: Mapping[str, object]) -> int | None:
    """The flags an entry declares itself (``flags: []``), or None: the file's."""
    declared = entry.get("flags")
    return re_flags(declared) if isinstance(declared, list) else None


def as_tuple(data: list[str]) -> tuple[str, ...]:
    return tuple(data)


def as_mapping(data: Mapping[str, V]) -> Mapping[str, V]:
    return MappingProxyType(dict(data))
