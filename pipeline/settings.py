"""Run settings: one dataclass with defaults and validation."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field

from .errors import VorlagenError


class SettingsError(VorlagenError):
    error_type = "usage"


@dataclass(frozen=True)
class Settings:
    """Everything that changes what a run produces (and so keys the cache)."""

    ocr: str = "auto"  # auto | always | never
    ocr_lang: str = "deu"
    ocr_dpi: int = 300
    max_pages: int = 2000
    max_page_pixels: int = 60_000_000  # ~ A3 at 600 dpi; larger pages are refused
    ocr_page_timeout: float = 120.0  # seconds per page
    doc_timeout: float = 900.0  # seconds per document (process pool only)
    doc_memory_mb: int = 3000  # address-space guard per worker (process pool only)
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    municipality: str | None = None  # stated for every input (pipeline/run/stated.py)

    def __post_init__(self) -> None:
        if self.ocr not in ("auto", "always", "never"):
            raise SettingsError(f"--ocr must be auto, always or never, not {self.ocr!r}")
        if self.max_pages < 1:
            raise SettingsError("--max-pages must be at least 1")
        if self.workers < 1:
            raise SettingsError("--workers must be at least 1")
        if not 72 <= self.ocr_dpi <= 600:
            raise SettingsError("--ocr-dpi must be between 72 and 600")
        if self.municipality is not None and not self.municipality.strip():
            raise SettingsError("--municipality: der Name der Gemeinde fehlt (z. B. --municipality 'Stadt Erlangen')")

    def cache_key(self) -> str:
        """A digest of the settings that change per-document results (not workers, and not the
        stated municipality: it is put on the cached results, pipeline/run/stated.py)."""
        unkeyed = ("workers", "doc_timeout", "doc_memory_mb", "municipality")
        relevant = {k: v for k, v in asdict(self).items() if k not in unkeyed}
        return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()[:12]
