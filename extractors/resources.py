"""Domain knowledge as data: YAML files in ``extractors/resources/``, validated on load.

Each file holds a list of entries with an ``id`` (or a mapping); a malformed entry raises
:class:`ResourceError` naming the file and the entry.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import ResourceError

RESOURCE_DIR = Path(__file__).parent / "resources"


class Resources:
    """Lazy access to the resource files by name (``res["sectors"]``)."""

    def __init__(self, folder: Path = RESOURCE_DIR) -> None:
        self.folder = folder
        self._cache: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._cache:
            self._cache[name] = load_yaml(self.folder / f"{name}.yaml")
        return self._cache[name]


# libyaml's parser when PyYAML was built with it (10× faster: resources load in every worker)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path) -> Any:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - a safe loader
    except FileNotFoundError as exc:
        raise ResourceError(f"resource file missing: {path}") from exc
    except yaml.YAMLError as exc:
        raise ResourceError(f"{path.name}: not valid YAML: {exc}") from exc
    entries = data.get("entries") if isinstance(data, dict) else None
    if isinstance(entries, list):
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
