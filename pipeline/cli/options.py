"""What the ``vorlagen`` commands share: click's context settings and the options of commands
that read documents."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def settings_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by commands that read documents."""
    decorators = [
        click.option(
            "--ocr",
            type=click.Choice(["auto", "always", "never"]),
            default="auto",
            show_default=True,
            help="Texterkennung (OCR) für Seiten ohne brauchbare Textebene (auto), für alle oder keine.",
        ),
        click.option("--ocr-lang", default="deu", show_default=True, help="Sprache(n) für Tesseract, z. B. deu+eng."),
        click.option(
            "--max-pages",
            type=click.IntRange(1),
            default=2000,
            show_default=True,
            help="Dokumente mit mehr Seiten ablehnen.",
        ),
        click.option(
            "--workers",
            type=click.IntRange(1),
            default=None,
            help="Prozesse für Dokumente und OCR-Seiten [Standard: alle Kerne].",
        ),
    ]
    for deco in reversed(decorators):
        func = deco(func)
    return func


def make_settings(ocr: str, ocr_lang: str, max_pages: int, workers: int | None, **extra: Any) -> Any:
    from ..settings import Settings

    kwargs: dict[str, Any] = {"ocr": ocr, "ocr_lang": ocr_lang, "max_pages": max_pages, **extra}
    if workers:
        kwargs["workers"] = workers
    return Settings(**kwargs)
