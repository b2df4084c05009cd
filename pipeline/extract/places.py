"""A place named from outside a document, read over the gazetteer as the metadata family reads one.

The stages above the extract stage (the run's stated municipality, a correction by hand) name a
municipality by its letterhead ("Stadt Erlangen") or bare name; this is where they ask the
metadata family for its type, Land and AGS, so that no stage above reaches into a field.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extractors.metadata.gazetteer import Resolution


@lru_cache(maxsize=256)
def resolve(name: str, method: str) -> Resolution | None:
    """The place ``name`` states, over the gazetteer; a user's name (``method`` "stated") it does
    not know as written."""
    from extractors import load_resources
    from extractors.metadata import stated_issuer

    return stated_issuer(name, load_resources(), trusted=method == "stated")
