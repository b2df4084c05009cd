"""What the pool's fork server loads once, before it forks the workers.

A process pool on Linux starts its workers by ``forkserver`` (:mod:`pipeline.run.executors`):
a fresh single-threaded interpreter imports this module, then forks every worker from
itself, so that each worker starts with the readers, the extractors and spaCy's German language
data in memory (copy-on-write) instead of importing
and loading them anew (~0.75 CPU-s a worker); it has also read a made-up submission
(:mod:`pipeline.run.warmup`), so that the extractors' rules are built once, here. Whatever threads the main process runs
meanwhile (the table writers' import, the progress bar), a worker never inherits a lock one
of them held, as a plain ``fork`` of the main process would. The cycle collector is off while
the server loads and the loaded objects are frozen out of its reach after.
"""

from __future__ import annotations

import gc


def preload() -> None:
    """Import what a worker needs and read the made-up submissions (:mod:`pipeline.run.warmup`)."""
    import pypdfium2  # noqa: F401  (the readers import it when they first open a PDF)
    import spacy.lang.de  # noqa: F401  (spaCy's import and its German data: met by most corpora)

    from extractors import REGISTRY  # noqa: F401  (the families of the registry: the extract stage imports them when it first runs)

    from ..extract import review, rows  # noqa: F401
    from ..ingest import readers  # noqa: F401
    from . import jobs  # noqa: F401
    from .warmup import warm

    try:
        warm()  # the extractors' rules built once here, not in every worker (pipeline/run/warmup.py)
    except Exception:  # noqa: BLE001  (then each worker builds them on first use, as without it)
        pass


# The cycle collector rests while the server loads: the modules, patterns and vocabularies it builds
# all live on, and a collection would walk them again and again (~0.25 CPU-s) to free next to nothing.
gc.disable()
try:
    preload()
finally:
    gc.freeze()  # what the workers inherit is never collected: its pages stay shared
    gc.enable()
