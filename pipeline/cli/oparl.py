"""``vorlagen fetch-oparl``: download council documents from an OParl 1.0/1.1 system."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .options import CONTEXT, Command

if TYPE_CHECKING:  # imported where used: the command line starts without the OParl client
    from ..oparl.client import Client
    from ..oparl.fetch import FetchOptions, FetchSummary

MAX_NOTES = 10


@click.command("fetch-oparl", cls=Command, context_settings=CONTEXT)
@click.argument("system_url")
@click.option("--body", default=None, help="Nur diese Körperschaft: ihre URL, ID, Kurzname oder Name.")
@click.option(
    "--search",
    "search",
    multiple=True,
    metavar="WÖRTER",
    help="Nur Vorlagen, deren Name oder Aktenzeichen alle diese Wörter enthält (Groß-/Kleinschreibung und "
    "Umlaut-Schreibweise egal).",
)
@click.option(
    "--since",
    default=None,
    metavar="DATUM",
    help="Nur Vorlagen, die seit DATUM geändert wurden (JJJJ-MM-TT oder ISO-Zeitpunkt) "
    "[Standard: seit dem letzten vollständigen Lauf mit denselben Filtern].",
)
@click.option("--full", is_flag=True, help="Alle Vorlagen durchgehen, ohne Rücksicht auf die Zeit des letzten Laufs.")
@click.option(
    "--paper-type",
    "paper_types",
    multiple=True,
    metavar="TYP",
    help="Nur Vorlagen dieses paperType (mehrfach möglich), z. B. Beschlussvorlage.",
)
@click.option("--aux-files", is_flag=True, help="Auch die Anlagen jeder Vorlage laden.")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("data/raw"),
    help="Ordner für die Dateien je Körperschaft (<körperschaft>/) und ihre Manifeste [Standard: data/raw].",
)
@click.option("--delay", type=click.FloatRange(0), default=1.0, help="Sekunden zwischen zwei Anfragen [Standard: 1].")
@click.option(
    "--retries",
    type=click.IntRange(0, 20),
    default=4,
    help="Weitere Versuche nach 5xx-Antworten, Zeitüberschreitungen oder abgebrochenen Verbindungen "
    "(die Wartezeit verdoppelt sich) [Standard: 4].",
)
@click.option(
    "--timeout",
    type=click.FloatRange(1),
    default=60.0,
    help="Sekunden, die auf eine Verbindung oder die nächsten Bytes gewartet wird [Standard: 60].",
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="HOST",
    help="Auch Verweisen auf HOST folgen (mehrfach möglich; host, host:port oder *.domain).",
)
@click.option("--quiet", "-q", is_flag=True, help="Kein Fortschrittsbalken, keine Zusammenfassung.")
def fetch_oparl(
    system_url: str,
    body: str | None,
    search: tuple[str, ...],
    since: str | None,
    full: bool,
    paper_types: tuple[str, ...],
    aux_files: bool,
    out: Path,
    delay: float,
    retries: int,
    timeout: float,
    allow_hosts: tuple[str, ...],
    quiet: bool,
) -> None:
    """Lädt die Vorlagen eines OParl-Systems (SYSTEM_URL), mit einem Manifest je Körperschaft.

    Geht System → Körperschaften → Vorlagen durch, behält die Vorlagen, die zu --search und
    --paper-type passen, und lädt ihre Hauptdateien (mit --aux-files auch die Anlagen) nach
    OUT/<körperschaft>/, neben OUT/<körperschaft>/manifest.csv. Ein abgebrochener Lauf setzt
    fort, ein weiterer lädt nur Neues; vorhandene Dateien werden über Prüfsumme oder bedingte
    Anfrage geprüft statt neu geladen. Exit-Code 1, wenn Dateien oder Listen fehlschlugen.

    Beispiel:

        vorlagen fetch-oparl https://ris.example.org/oparl/v1/system --search Integrationskonzept
    """
    from ..oparl.client import Client, ClientSettings
    from ..oparl.fetch import FetchOptions, parse_since
    from ..oparl.walker import PaperFilter
    from ..settings import SettingsError

    words = tuple(w for phrase in search for w in phrase.split())
    try:
        client = Client(
            system_url, ClientSettings(delay=delay, retries=retries, timeout=timeout, allow_hosts=allow_hosts)
        )
        options = FetchOptions(
            body=body,
            filter=PaperFilter(words, paper_types),
            since=parse_since(since) if since else None,
            full=full,
            auxiliary=aux_files,
        )
    except SettingsError as exc:
        raise click.UsageError(str(exc)) from exc
    summary = _fetch(system_url, out, options, client, quiet)
    for line, err in _summary_lines(summary, quiet):
        click.echo(line, err=err)
    if summary.failed:
        sys.exit(1)


def _fetch(system_url: str, out: Path, options: FetchOptions, client: Client, quiet: bool) -> FetchSummary:
    """The walk and the downloads, with a progress bar in a terminal; an OParl error becomes a
    German message, an interruption the note that the same command goes on."""
    from ..oparl.errors import OParlError
    from ..oparl.fetch import fetch

    with _progress(quiet) as progress:
        try:
            return fetch(system_url, out, options, client, progress)
        except OParlError as exc:
            raise click.ClickException(str(exc)) from exc
        except KeyboardInterrupt:
            click.echo("abgebrochen; derselbe Befehl setzt fort", err=True)
            sys.exit(1)


@contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[str], None]]:
    """A callback counting the papers on a progress bar in a terminal (a no-op elsewhere or
    with ``quiet``); the bar is closed however the walk ends."""
    if quiet or not sys.stderr.isatty():
        yield lambda label: None
        return
    from tqdm import tqdm

    bar = tqdm(unit="Vorlagen", desc="fetch-oparl", leave=False)

    def progress(label: str) -> None:
        bar.set_postfix_str(label[:40], refresh=False)
        bar.update(1)

    try:
        yield progress
    finally:
        bar.close()


def _summary_lines(summary: FetchSummary, quiet: bool) -> Iterator[tuple[str, bool]]:
    """The lines closing a run and whether each goes to stderr: with ``quiet`` only the errors
    and failures; notes beyond :data:`MAX_NOTES` are counted, not listed.

    >>> from pipeline.oparl.fetch import FetchSummary
    >>> s = FetchSummary(notes=[f"n{i}" for i in range(12)])
    >>> [line for line, err in _summary_lines(s, quiet=False) if err][-2:]
    ['Hinweis: n9', 'Hinweis: … und 2 weitere']
    """
    if not quiet:
        yield summary.line(), False
        for folder in summary.folders:
            yield f"Manifest: {folder / 'manifest.csv'}", False
        for note in summary.notes[:MAX_NOTES]:
            yield f"Hinweis: {note}", True
        if len(summary.notes) > MAX_NOTES:
            yield f"Hinweis: … und {len(summary.notes) - MAX_NOTES} weitere", True
    for problem in summary.walk_errors:
        yield f"Fehler: {problem}", True
    if summary.failed:
        yield (
            f"{summary.failed} Dateien oder Listen fehlgeschlagen (status=error in den Manifesten); ein weiterer Lauf "
            "versucht sie erneut",
            True,
        )
