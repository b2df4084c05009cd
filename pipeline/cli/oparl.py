"""``vorlagen fetch-oparl``: download council documents from an OParl 1.0/1.1 system."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .options import CONTEXT, Command

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
    from ..oparl.errors import OParlError
    from ..oparl.fetch import FetchOptions, fetch, parse_since
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

    bar = None
    if not quiet and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(unit="Vorlagen", desc="fetch-oparl", leave=False)

    def progress(label: str) -> None:
        if bar is not None:
            bar.set_postfix_str(label[:40], refresh=False)
            bar.update(1)

    try:
        summary = fetch(system_url, out, options, client, progress)
    except OParlError as exc:
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        click.echo("abgebrochen; derselbe Befehl setzt fort", err=True)
        sys.exit(1)
    finally:
        if bar is not None:
            bar.close()
    if not quiet:
        click.echo(summary.line())
        for folder in summary.folders:
            click.echo(f"Manifest: {folder / 'manifest.csv'}")
        for note in summary.notes[:MAX_NOTES]:
            click.echo(f"Hinweis: {note}", err=True)
        if len(summary.notes) > MAX_NOTES:
            click.echo(f"Hinweis: … und {len(summary.notes) - MAX_NOTES} weitere", err=True)
    for problem in summary.walk_errors:
        click.echo(f"Fehler: {problem}", err=True)
    if summary.failed:
        click.echo(
            f"{summary.failed} Dateien oder Listen fehlgeschlagen (status=error in den Manifesten); ein weiterer Lauf "
            "versucht sie erneut",
            err=True,
        )
        sys.exit(1)
