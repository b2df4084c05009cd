"""The extractor registry: one module per output table, run in this order.

Adding a field means one module here, one YAML file in ``resources/``, one gold column. An
extractor that takes more than the document, the resources and the view declares it
(``base.requires``: the costs take the document's date the metadata family read first).
"""

from __future__ import annotations

from . import action_fields, consultations, costs, facilitators, metadata, steering
from .action_fields import misses as action_field_misses
from .base import Extractor
from .consultations.misses import misses as consultation_misses
from .costs import misses as cost_misses
from .misses import MissReader
from .resources import Resources, default_resources
from .steering import misses as steering_misses

REGISTRY: list[tuple[str, Extractor]] = [
    ("metadata", metadata.extract),
    ("consultations", consultations.extract),
    ("action_fields", action_fields.extract),
    ("costs", costs.extract),
    ("steering", steering.extract),
    ("facilitators", facilitators.extract),
]

# The families that say which of their facts they saw and could not read (``extractors.misses``):
# the review merges their misses, in this order.
MISSES: list[tuple[str, MissReader]] = [
    ("consultations", consultation_misses),
    ("steering", steering_misses.misses),
    ("action_fields", action_field_misses.misses),
    ("costs", cost_misses.misses),
]
# The misses of the comparison's facts, asked only of a document about an integration concept
# (the review's relevance decides; other council papers raise none of them).
CONCEPT_MISSES: list[tuple[str, MissReader]] = [
    ("steering", steering_misses.concept_misses),
    ("action_fields", action_field_misses.concept_misses),
    ("costs", cost_misses.concept_misses),
]


def load_resources() -> Resources:
    return default_resources()


__all__ = ["CONCEPT_MISSES", "MISSES", "REGISTRY", "Resources", "load_resources"]
