"""The extractor registry: one module per output table, run in this order.

Adding a field means one module here, one YAML file in ``resources/``, one gold column. An
extractor that takes more than the document, the resources and the view declares it
(``base.requires``: the costs take the document's date the metadata family read first).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .resources import Resources, default_resources

if TYPE_CHECKING:
    from .base import Extractor
    from .misses import MissReader

    REGISTRY: list[tuple[str, Extractor]]
    MISSES: list[tuple[str, MissReader]]
    CONCEPT_MISSES: list[tuple[str, MissReader]]

FAMILIES = ("metadata", "consultations", "action_fields", "costs", "steering", "facilitators")


def _lists() -> dict[str, Any]:
    """The registry and the misses' lists, built when first asked for (``__getattr__``): a process
    that reads no document (the main process of a pool, writing the tables and the comparison,
    which take ``resources`` from here) does not import the six families and
    compile their patterns; the fork server's workers have them from ``pipeline.run.preload``."""
    from . import action_fields, consultations, costs, facilitators, metadata, steering
    from .action_fields import misses as action_field_misses
    from .consultations.misses import misses as consultation_misses
    from .costs import misses as cost_misses
    from .steering import misses as steering_misses

    return {
        "REGISTRY": [
            ("metadata", metadata.extract),
            ("consultations", consultations.extract),
            ("action_fields", action_fields.extract),
            ("costs", costs.extract),
            ("steering", steering.extract),
            ("facilitators", facilitators.extract),
        ],
        # The families that say which of their facts they saw and could not read
        # (``extractors.misses``): the review merges their misses, in this order.
        "MISSES": [
            ("consultations", consultation_misses),
            ("steering", steering_misses.misses),
            ("action_fields", action_field_misses.misses),
            ("costs", cost_misses.misses),
        ],
        # The misses of the comparison's facts, asked only of a document about an integration concept
        # (the review's relevance decides; other council papers raise none of them).
        "CONCEPT_MISSES": [
            ("steering", steering_misses.concept_misses),
            ("action_fields", action_field_misses.concept_misses),
            ("costs", cost_misses.concept_misses),
        ],
    }


def __getattr__(name: str) -> Any:
    if name in ("REGISTRY", "MISSES", "CONCEPT_MISSES"):
        globals().update(_lists())
        return globals()[name]
    if name in FAMILIES:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_resources() -> Resources:
    return default_resources()


__all__ = ["CONCEPT_MISSES", "MISSES", "REGISTRY", "Resources", "load_resources"]
