"""The files of an output folder by format, without heavy imports (a run that has nothing to do
looks at them before it would load pandas)."""

from __future__ import annotations

from pathlib import Path

from .formats import FORMATS, SQLITE_NAME

__all__ = ["SQLITE_NAME", "present_formats"]


def present_formats(out: Path) -> tuple[str, ...]:
    """The formats an earlier run wrote into ``out`` (CSV always), found by their files."""
    found = []
    for name, f in FORMATS.items():
        if name == "csv" or (any(out.glob(f.file.format(table="*"))) if f.per_table else (out / f.file).exists()):
            found.append(name)
    return tuple(found)
