"""Tesseract slots: how many OCR processes the workers of a pool may run at once.

A pool's workers share one semaphore with a slot per core. Each worker may OCR as many
pages of its document at once as there are cores, but only while it holds slots, so the
cores left idle by workers without a document go to the pages of those that have one.
Outside a pool there is no semaphore and a document's own thread count is the limit.
"""

from __future__ import annotations

import contextlib
from typing import Any

_SLOTS: Any = None  # a multiprocessing semaphore, set in each pool worker


def share(slots: Any) -> None:
    """Use ``slots`` (a semaphore shared with the pool's other workers) in this process."""
    global _SLOTS
    _SLOTS = slots


def slot() -> contextlib.AbstractContextManager[Any]:
    """Hold one slot while running a tesseract process (no limit when none is shared)."""
    return _SLOTS if _SLOTS is not None else contextlib.nullcontext()
