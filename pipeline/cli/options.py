"""What the ``vorlagen`` commands share: click's context settings, the options of commands
that read documents and the ``--format`` option of the commands that write tables."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from ..output.formats import FORMATS, described
from .german import install

install()  # click's own messages (usage, errors, help headings) in German

EXIT_CORRECTIONS = 3  # a correction of corrections.yaml no longer finds its document or row
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
HELP_OPTION = "Diese Hilfe zeigen und beenden."


class Command(click.Command):
    """A command whose ``--help`` says what it does in German."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[OPTIONEN]")
        super().__init__(*args, **kwargs)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = HELP_OPTION
        return option


class Group(click.Group):
    """A group whose commands (and itself) say what ``--help`` does in German."""

    command_class = Command

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[OPTIONEN]")
        kwargs.setdefault("subcommand_metavar", "BEFEHL [ARGUMENTE]...")
        super().__init__(*args, **kwargs)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = HELP_OPTION
        return option


def settings_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by commands that read documents."""
    decorators = [
        click.option(
            "--ocr",
            type=click.Choice(["auto", "always", "never"]),
            default="auto",
            help="Texterkennung (OCR) für Seiten ohne brauchbare Textebene (auto), für alle oder keine "
            "[Standard: auto].",
        ),
        click.option("--ocr-lang", default="deu", help="Sprache(n) für Tesseract, z. B. deu+eng [Standard: deu]."),
        click.option(
            "--max-pages",
            type=click.IntRange(1),
            default=2000,
            help="Dokumente mit mehr Seiten ablehnen [Standard: 2000].",
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


def format_option(
    lead: str, default: str, names: tuple[str, ...] = tuple(FORMATS)
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--format`` (several times) with the names of :data:`pipeline.output.formats.FORMATS`;
    its help is ``lead``, the formats ``names`` with their notes, and ``default``."""
    return click.option(
        "--format",
        "formats",
        multiple=True,
        type=click.Choice(list(FORMATS)),
        help=f"{lead} (mehrfach): {described(names)} [Standard: {default}].",
    )


def exit_code(summary: Any) -> int:
    """The exit code of a command that wrote the tables (a ``RunSummary``): 1 when documents
    failed, else 3 when a correction no longer finds its document or row, else 0."""
    return 1 if summary.failed_paths else EXIT_CORRECTIONS if summary.unmatched else 0
