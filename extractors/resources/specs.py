"""The value types of a resource file's schema: a non-empty text, a flag, a list of words, a
pattern (compiled with the file's flags), a record of fixed keys, a mapping, a list of entries
with unique ``id``s (:class:`Entries`), and :class:`Schema`, the keys of one file."""

from __future__ import annotations

import collections.abc
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from pipeline.errors import ResourceError

VERSION = 1
FileData = collections.abc.Mapping[str, object]  # a file's data as loaded, before its check


def re_flags(declared: Iterable[str]) -> int:
    """``[i]`` -> ``re.I``; ``[]`` -> 0.

    >>> re_flags(["i"]) == re.I, re_flags([])
    (True, 0)
    """
    return re.I if "i" in declared else 0


@dataclass
class Check:
    """The state of one file's validation: its flags, placeholders and the problems found."""

    flags: int
    placeholders: dict[str, str]
    problems: list[str] = field(default_factory=list)


class Spec:
    """The type of a value in a resource file."""

    def check(self, value: object, where: str, c: Check) -> None:
        raise NotImplementedError


class Text(Spec):
    """A non-empty string, optionally one of ``choices``."""

    def __init__(self, *choices: str) -> None:
        self.choices = choices

    def check(self, value: object, where: str, c: Check) -> None:
        if not isinstance(value, str) or not value.strip():
            c.problems.append(f"{where}: expected a non-empty string, not {value!r}")
        elif self.choices and value not in self.choices:
            c.problems.append(f"{where}: {value!r} is not one of {', '.join(self.choices)}")


class Flag(Spec):
    def check(self, value: object, where: str, c: Check) -> None:
        if not isinstance(value, bool):
            c.problems.append(f"{where}: expected true or false, not {value!r}")


class Words(Spec):
    """A list of non-empty strings (``empty``: the list may be empty)."""

    def __init__(self, empty: bool = False) -> None:
        self.empty = empty

    def check(self, value: object, where: str, c: Check) -> None:
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            c.problems.append(f"{where}: expected a list of non-empty strings, not {value!r}")
        elif not value and not self.empty:
            c.problems.append(f"{where}: the list is empty")


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def compile_error(pattern: str, flags: int) -> str:
    """Why ``pattern`` does not compile with ``flags`` ("" where it does): the one place a
    resource file's pattern is tried, so that the families compile theirs without a guard."""
    try:
        re.compile(pattern, flags)
    except re.error as exc:
        return str(exc)
    return ""


class Pattern(Spec):
    """A regular expression that compiles with the file's (or entry's) flags."""

    def check(self, value: object, where: str, c: Check) -> None:
        if not isinstance(value, str) or not value:
            c.problems.append(f"{where}: expected a pattern, not {value!r}")
            return
        inline = _GLOBAL_FLAGS.match(value)
        if inline and (inline.group() != "(?i)" or c.flags & re.I):
            c.problems.append(
                f"{where}: inline flags {inline.group()} in a file declaring "
                f"flags {'[i]' if c.flags & re.I else '[]'}; declare them with `flags`"
            )
            return
        text = value
        for name, sub in c.placeholders.items():
            text = text.replace("{" + name + "}", sub)
        error = compile_error(text, c.flags)
        if error:
            c.problems.append(f"{where}: bad pattern {value!r}: {error}")


class Patterns(Spec):
    def __init__(self, empty: bool = False) -> None:
        self.empty = empty

    def check(self, value: object, where: str, c: Check) -> None:
        if not isinstance(value, list) or (not value and not self.empty):
            c.problems.append(f"{where}: expected a list of patterns, not {value!r}")
            return
        for i, p in enumerate(value):
            PATTERN.check(p, f"{where} [{i + 1}]", c)


class Record(Spec):
    """A mapping with fixed keys: ``required`` ones and ``optional`` ones, no others."""

    def __init__(self, required: dict[str, Spec], optional: dict[str, Spec] | None = None) -> None:
        self.required, self.optional = required, optional or {}

    def check(self, value: object, where: str, c: Check) -> None:
        if not isinstance(value, dict):
            c.problems.append(f"{where}: expected a mapping, not {value!r}")
            return
        for key in self.required:
            if key not in value:
                c.problems.append(f"{where}key {key!r} is missing")
        for key, v in value.items():
            spec = self.required.get(key) or self.optional.get(key)
            if spec is None:
                c.problems.append(f"{where}key {key!r} is not known (known: {', '.join(self._known())})")
            else:
                spec.check(v, f"{where}key {key!r}", c)

    def _known(self) -> list[str]:
        return [*self.required, *self.optional]


class Mapping(Spec):
    """A mapping of free keys to values of one type."""

    def __init__(self, value: Spec) -> None:
        self.value = value

    def check(self, value: object, where: str, c: Check) -> None:
        if not isinstance(value, dict) or not value:
            c.problems.append(f"{where}: expected a mapping, not {value!r}")
            return
        for key, v in value.items():
            self.value.check(v, f"{where} {key!r}", c)


class Entries(Spec):
    """A list of entries, each a mapping with a unique ``id``, the ``required`` keys and perhaps
    the ``optional`` ones; an entry may declare its own ``flags``. ``joined``: the entries'
    patterns are also read as one alternation, each inside a group of its flags, so each must
    stand inside a group (no leading ``(?i)``) and no two may name the same group."""

    def __init__(
        self,
        required: dict[str, Spec],
        optional: dict[str, Spec] | None = None,
        empty: bool = False,
        joined: bool = False,
    ) -> None:
        self.required, self.optional, self.empty, self.joined = required, optional or {}, empty, joined

    def check(self, value: object, where: str, c: Check) -> None:
        if not isinstance(value, list) or (not value and not self.empty):
            c.problems.append(f"{where}: expected a list of entries, not {value!r}")
            return
        before = len(c.problems)
        groups = self._check_entries(value, where, c)
        if self.joined and len(c.problems) == before:
            join(groups, where, c)

    def _check_entries(self, value: list[object], where: str, c: Check) -> list[str]:
        """Check each entry; its pattern in a group of its flags (its own, else the file's)."""
        seen: set[str] = set()
        groups: list[str] = []
        for i, entry in enumerate(value):
            if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not entry["id"]:
                c.problems.append(f"{where}: entry {i + 1} has no 'id': {entry!r}")
                continue
            ident = entry["id"]
            if ident in seen:
                c.problems.append(f"{where}: duplicate id {ident!r}")
            seen.add(ident)
            declared = entry.get("flags")
            if declared is not None and not valid_flags(declared):
                c.problems.append(f"{where}: entry {ident!r}: key 'flags': expected [] or [i], not {declared!r}")
                continue
            inner = Check(re_flags(declared) if declared is not None else c.flags, c.placeholders, c.problems)
            fields = {k: v for k, v in entry.items() if k not in ("id", "flags")}
            Record(self.required, self.optional).check(fields, f"{where}: entry {ident!r}: ", inner)
            if isinstance(fields.get("pattern"), str):
                groups.append(f"(?{'i' if inner.flags & re.I else '-i'}:{fields['pattern']})")
        return groups


def join(groups: list[str], where: str, c: Check) -> None:
    """The entries' patterns as one alternation: a problem where they cannot be joined."""
    error = compile_error("|".join(groups), 0)
    if error:
        c.problems.append(f"{where}: the patterns cannot be joined (a leading flag or a group named twice): {error}")


def valid_flags(declared: object) -> bool:
    return isinstance(declared, list) and all(f == "i" for f in declared) and len(declared) <= 1


PATTERN, TEXT, FLAG, WORDS = Pattern(), Text(), Flag(), Words()
PATTERN_ENTRIES = Entries({"pattern": PATTERN})
JOINED_ENTRIES = Entries({"pattern": PATTERN}, joined=True)  # a list read as one alternation too
MISS_WORDS = Mapping(PATTERN)  # a family's signs of a fact it saw and did not read (extractors/misses.py)


@dataclass(frozen=True)
class Schema:
    """The keys of one file; ``patterns``: the file holds patterns and declares their flags;
    ``placeholders``: the ``{name}`` parts its patterns may hold, from the file's data."""

    required: dict[str, Spec]
    optional: dict[str, Spec] = field(default_factory=dict)
    patterns: bool = True
    placeholders: Callable[[FileData], dict[str, str]] = lambda data: {}


def check_file(name: str, data: object, schema: Schema) -> None:
    """Check ``data``, the file ``name``, against ``schema`` (every problem in one error)."""
    if not isinstance(data, dict):
        raise ResourceError(f"{name}: expected a mapping of keys, not {type(data).__name__}")
    problems: list[str] = []
    version = data.get("version")
    if version is None:
        problems.append("key 'version' is missing")
    elif version != VERSION:
        problems.append(f"key 'version': {version!r} is not {VERSION}")
    declared = data.get("flags")
    if schema.patterns and declared is None:
        problems.append("key 'flags' is missing (the flags of its patterns: [i] or [])")
    elif declared is not None and (not schema.patterns or not valid_flags(declared)):
        problems.append(f"key 'flags': expected [] or [i] in a file of patterns, not {declared!r}")
        declared = []
    body = {k: v for k, v in data.items() if k not in ("version", "flags")}
    c = Check(re_flags(declared or []), schema.placeholders(body), problems)
    Record(schema.required, schema.optional).check(body, "", c)
    if problems:
        raise ResourceError(f"{name}: " + "; ".join(problems))
