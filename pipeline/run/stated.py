"""The municipality stated for documents from outside them, for letterheads that are images.

Three sources, strongest first; each decides over what the document's own text gives:

- ``vorlagen run --municipality "Gemeinde Musterstadt"``: every input of the run (method
  ``stated``);
- a file ``vorlagen.yaml`` in the input's folder or a folder above it (the nearest one counts),
  with the line ``municipality: Gemeinde Musterstadt`` (method ``stated``);
- for files fetched with ``vorlagen fetch-oparl``: the OParl body of the manifest (method
  ``oparl_body``), when the gazetteer knows the place it names.

The name is read like a letterhead ("Stadt Erlangen", "Landeshauptstadt München") or a bare
name and looked up in the gazetteer for type, state and AGS; a stated name the gazetteer
does not know is kept as written. A ``vorlagen.yaml`` that cannot be read or has no
``municipality`` states nothing.

The statement is put on each result of the run as it arrives, after the per-document cache
(a cached result is the document's own reading, whatever is stated) and before the tables
are written: the submissions are grouped and the municipalities compared with it, and a
correction by hand (``corrections.yaml``) still decides over it. The documents of earlier
runs kept in the output folder keep what their run stated. What is stated for each input is
part of the run's freshness key, so that a changed option or ``vorlagen.yaml`` writes the
tables again (from the cache).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..extract.places import resolve

if TYPE_CHECKING:
    from .jobs import Job

STATED_FILE = "vorlagen.yaml"
CONFIDENCE = {"stated": 0.99, "oparl_body": 0.98}
# review reasons that a stated municipality answers
ANSWERED = frozenset({"no_municipality"})
Stated = dict[str, tuple[str, str]]  # source path -> (name as stated, method)


def stated_file(folder: Path, cache: dict[Path, str | None]) -> str | None:
    """The municipality of the nearest ``vorlagen.yaml`` in ``folder`` or above it."""
    chain: list[Path] = []
    found: str | None = None
    for place in (folder, *folder.parents):
        if place in cache:
            found = cache[place]
            break
        chain.append(place)
        path = place / STATED_FILE
        if path.is_file():
            found = read_stated(path)
            break
    for place in chain:
        cache[place] = found
    return found


def read_stated(path: Path) -> str | None:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    value = data.get("municipality") if isinstance(data, dict) else None
    return str(value).strip() or None if value is not None else None


def stated_for(jobs: list[Job], municipality: str | None) -> Stated:
    """What is stated for each job's document, by its source path: the option, else the
    nearest ``vorlagen.yaml``, else the OParl body of a manifest beside the file."""
    if municipality:
        return {j.source_path: (municipality, "stated") for j in jobs}
    from ..oparl import manifest_links

    fetched = manifest_links([j.path for j in jobs])
    folders: dict[Path, str | None] = {}
    out: Stated = {}
    for j in jobs:
        name = stated_file(Path(j.path).resolve().parent, folders)
        if name:
            out[j.source_path] = (name, "stated")
            continue
        body = fetched.get(j.source_path, {}).get("body_name")
        if body:
            out[j.source_path] = (str(body), "oparl_body")
    return out


def apply_stated(result: dict[str, Any], stated: Stated) -> dict[str, Any]:
    """Put the municipality stated for ``result``'s document into its documents row (name,
    type, state, AGS, method, confidence) and take out the review rows it answers."""
    for part in result.get("parts", ()):  # a bundle's submissions (pipeline/extract/bundles.py)
        apply_stated(part, stated)
    got = stated.get(result.get("source_path") or "")
    tables = result.get("tables") or {}
    if got is None or not tables.get("documents"):
        return result
    name, method = got
    resolution = resolve(name, method)
    if resolution is None:
        return result
    values = {
        "municipality": resolution.name,
        "municipality_type": resolution.type,
        "state": resolution.state,
        "ags": resolution.ags,
        "municipality_method": method,
        "municipality_confidence": CONFIDENCE[method],
    }
    for row in tables["documents"]:
        row.update(values)
    if tables.get("review"):
        tables["review"] = [r for r in tables["review"] if r.get("reason") not in ANSWERED]
    return result
