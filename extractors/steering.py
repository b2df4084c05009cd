"""steering: not implemented yet."""

from __future__ import annotations

from typing import Iterator

from pipeline.document import Document
from pipeline.records import Record

from .resources import Resources


def extract(doc: Document, res: Resources) -> Iterator[Record]:
    return iter(())
