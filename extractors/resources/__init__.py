"""Domain knowledge as data: YAML files in ``extractors/resources/`` (and the language's
``enumerations.yaml`` in ``pipeline/lang/de/``), validated on load and compiled once.

Every file opens with ``version: 1`` and, when it holds patterns, ``flags``: the flags its patterns are matched with
(``flags: [i]``: case-insensitively, ``flags: []``: as written). Patterns are Python ``re`` syntax. An entry of a list
may declare its own ``flags`` (``{id: public-letter, pattern: 'Ö', flags: []}`` in ``bodies.yaml``); inside a pattern
only a leading ``(?i)`` (the whole pattern, in a file matched as written) and the scoped groups ``(?i:…)``/``(?-i:…)``
depart from the declaration ("(?-i:\\bIHK\\b)" in ``sectors.yaml``). A list read as one alternation too (each of
``bodies.yaml``: its patterns are joined, each in a group of its flags) holds no leading ``(?i)`` and no group named
twice.

Each file has one schema in :mod:`.schemas` (:data:`SCHEMAS`): its keys, their types, lists of entries with
unique ``id``s, and every pattern compiled. A file that does not fit raises
:class:`ResourceError` naming the file, the entry and the key, every problem at once::

    costs.yaml: key 'version' is missing; entries: entry 'total': key 'patterns': bad pattern 'Gesamt(': …

The extractors ask a :class:`Resources` for their rules (``res.compiled(build_rules)``), built once per set.

Rooms: here the loader (:class:`Resources`, :func:`load_yaml`, :func:`validate`) and each
file's schema (:data:`SCHEMAS`, in :mod:`.schemas`); the value types of a schema in :mod:`.specs`; one typed loader
per file, returning a frozen dataclass of its values, in :mod:`.typed` (``typed.costs(res)``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import yaml

from pipeline.errors import ResourceError
from pipeline.lang.de import LANG_DIR

from .schemas import SCHEMAS, expand
from .specs import Schema, check_file, re_flags

__all__ = [
    "RESOURCE_DIR",
    "SCHEMAS",
    "Resources",
    "default_resources",
    "checked_entries",
    "expand",
    "load_yaml",
    "re_flags",
    "source",
]

RESOURCE_DIR = Path(__file__).parent  # the YAML files stand beside their loader
# the files of the language floor read here too: they stand in pipeline/lang/de/
LANGUAGE_FILES = frozenset({"enumerations"})

T = TypeVar("T")


class Resources:
    """The resource files of a folder by name (``res["sectors"]``), each loaded and validated on
    first use, and the rules compiled from them (:meth:`compiled`)."""

    def __init__(self, folder: Path = RESOURCE_DIR) -> None:
        self.folder = folder
        self._cache: dict[str, Any] = {}
        self._compiled: dict[Callable[[Resources], Any], Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._cache:
            path = self.folder / f"{name}.yaml"
            if name in LANGUAGE_FILES and not path.exists():
                path = source(f"{name}.yaml")
            data = load_yaml(path, check_ids=False)
            validate(path.name, data)
            self._cache[name] = data
        return self._cache[name]

    def compiled(self, builder: Callable[[Resources], T]) -> T:
        """What ``builder`` makes of these resources, built on the first request only:
        ``res.compiled(facilitators.build_rules)`` is the facilitators' ``Rules``."""
        try:
            return self._compiled[builder]
        except KeyError:
            value = self._compiled[builder] = builder(self)
            return value

    def flags(self, name: str) -> int:
        """The ``re`` flags a file declares for its patterns (``re.I`` for ``flags: [i]``)."""
        return re_flags(self[name].get("flags") or [])


def source(file: str) -> Path:
    """Where the resource file ``file`` ("costs.yaml") stands: beside this loader, or, a file of
    the language, in ``pipeline/lang/de/``."""
    return (LANG_DIR if file.removesuffix(".yaml") in LANGUAGE_FILES else RESOURCE_DIR) / file


# libyaml's parser when PyYAML was built with it (10× faster: resources load in every worker)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path, check_ids: bool = True) -> Any:
    """A YAML file as data; with ``check_ids``, its ``entries`` must have unique ``id``s."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - a safe loader
    except FileNotFoundError as exc:
        raise ResourceError(f"resource file missing: {path}") from exc
    except yaml.YAMLError as exc:
        raise ResourceError(f"{path.name}: not valid YAML: {exc}") from exc
    entries = data.get("entries") if isinstance(data, dict) else None
    if check_ids and isinstance(entries, list):
        seen: set[str] = set()
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict) or "id" not in entry:
                raise ResourceError(f"{path.name}: entry {i + 1} has no 'id': {entry!r}")
            if entry["id"] in seen:
                raise ResourceError(f"{path.name}: duplicate id {entry['id']!r}")
            seen.add(entry["id"])
    return data


def require(data: dict[str, Any], key: str, source: str) -> Any:
    """A required key of a resource, with an error naming where it is missing."""
    if key not in data:
        raise ResourceError(f"{source}: missing key {key!r}")
    return data[key]


@functools.lru_cache(maxsize=1)
def default_resources() -> Resources:
    return Resources()


def validate(name: str, data: object) -> None:
    """Check a loaded file against its schema; raise one :class:`ResourceError` listing every
    problem, each naming the entry and key."""
    schema = SCHEMAS.get(name)
    if schema is None:
        raise ResourceError(f"{name}: no schema for this file (add one to extractors/resources/schemas.py)")
    check_file(name, data, schema)


def checked_entries(path: Path, schema: Schema) -> list[dict[str, str]]:
    """The entries of a file of patterns outside this folder's set (``relevance.yaml`` of
    ``pipeline/extract``), each of texts only (an ``id``, a ``kind``, a ``pattern``), the file
    checked against its own ``schema`` as :func:`validate` checks a file of :data:`SCHEMAS`:
    every pattern compiled once, here; a file that does not fit is named with its entry and key."""
    data = load_yaml(path)
    check_file(path.name, data, schema)
    return [{str(k): str(v) for k, v in entry.items()} for entry in data["entries"]]
