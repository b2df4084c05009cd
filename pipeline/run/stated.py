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
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

STATED_FILE = "vorlagen.yaml"
CONFIDENCE = {"stated": 0.99, "oparl_body": 0.98}
Links = dict[str, dict[str, Any]]


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


def stated_links(paths: list[str], municipality: str | None, oparl: Links) -> Links:
    """The OParl links of ``paths`` with each document's stated municipality added (key
    ``stated_municipality``, ``stated_method``)."""
    out: Links = {p: dict(link) for p, link in oparl.items()}
    folders: dict[Path, str | None] = {}
    for p in paths:
        name = municipality or stated_file(Path(p).resolve().parent, folders)
        if name:
            out.setdefault(p, {}).update(stated_municipality=name, stated_method="stated")
        elif out.get(p, {}).get("body_name"):
            out[p].update(stated_municipality=out[p]["body_name"], stated_method="oparl_body")
    return out


def apply_stated(documents: pd.DataFrame, links: Links) -> None:
    """Write the stated municipality, its type, state and AGS into ``documents``."""
    from extractors import load_resources
    from extractors.metadata import stated_issuer

    res = load_resources()
    for i, source in enumerate(documents["source_path"]):
        link = links.get(str(source), {})
        name, method = link.get("stated_municipality"), link.get("stated_method")
        if not name or not method:
            continue
        resolution = stated_issuer(name, res, trusted=method == "stated")
        if resolution is None:
            continue
        values = {
            "municipality": resolution.name,
            "municipality_type": resolution.type,
            "state": resolution.state,
            "ags": resolution.ags,
            "municipality_method": method,
        }
        for column, value in values.items():
            documents.iloc[i, documents.columns.get_loc(column)] = value
        documents.iloc[i, documents.columns.get_loc("municipality_confidence")] = CONFIDENCE[method]
