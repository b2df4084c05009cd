"""``vorlagen fetch-oparl``: download council documents from an OParl 1.0/1.1 system."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .options import CONTEXT, Command

MAX_NOTES = 10


@click.command("fetch-oparl", cls=Command, context_settings=CONTEXT)
@click.argument("system_url")
@click.option("--body", default=None, help="Only this body: its URL, id, short name or name.")
@click.option(
    "--search",
    "search",
    multiple=True,
    metavar="WORDS",
    help="Keep papers whose name or reference contains all these words (case and umlaut spelling ignored).",
)
@click.option(
    "--since",
    default=None,
    metavar="DATE",
    help="Only papers modified since DATE (YYYY-MM-DD or ISO date-time) "
    "[default: since the last complete run with the same filters].",
)
@click.option("--full", is_flag=True, help="Walk every paper, ignoring the last run's time.")
@click.option(
    "--paper-type",
    "paper_types",
    multiple=True,
    metavar="TYPE",
    help="Keep papers of this paperType (repeatable), e.g. Beschlussvorlage.",
)
@click.option("--aux-files", is_flag=True, help="Also fetch each paper's auxiliary files (Anlagen).")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("data/raw"),
    show_default=True,
    help="Folder for <body>/ files and manifests.",
)
@click.option("--delay", type=click.FloatRange(0), default=1.0, show_default=True, help="Seconds between two requests.")
@click.option(
    "--retries",
    type=click.IntRange(0, 20),
    default=4,
    show_default=True,
    help="Further attempts after 5xx answers, timeouts or dropped connections (backoff doubles).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(1),
    default=60.0,
    show_default=True,
    help="Seconds to wait for a connection or the next bytes.",
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="HOST",
    help="Also follow links to HOST (repeatable; host, host:port or *.domain).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, no summary.")
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
    """Download the papers of an OParl system (SYSTEM_URL) with a manifest per body.

    Walks system → bodies → papers, keeps the papers that match --search and --paper-type,
    and downloads their main files (and with --aux-files their attachments) into
    OUT/<body>/, next to OUT/<body>/manifest.csv. Runs resume and are incremental; files
    already present are checked by checksum or conditional request instead of downloaded.

    Example:

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

        bar = tqdm(unit="paper", desc="fetch-oparl", leave=False)

    def progress(label: str) -> None:
        if bar is not None:
            bar.set_postfix_str(label[:40], refresh=False)
            bar.update(1)

    try:
        summary = fetch(system_url, out, options, client, progress)
    except OParlError as exc:
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        click.echo("interrupted; run the same command again to resume", err=True)
        sys.exit(1)
    finally:
        if bar is not None:
            bar.close()
    if not quiet:
        click.echo(summary.line())
        for folder in summary.folders:
            click.echo(f"manifest: {folder / 'manifest.csv'}")
        for note in summary.notes[:MAX_NOTES]:
            click.echo(f"note: {note}", err=True)
        if len(summary.notes) > MAX_NOTES:
            click.echo(f"note: … and {len(summary.notes) - MAX_NOTES} more", err=True)
    for problem in summary.walk_errors:
        click.echo(f"error: {problem}", err=True)
    if summary.failed:
        click.echo(
            f"{summary.failed} files or lists failed (status=error in the manifests); run again to retry them", err=True
        )
        sys.exit(1)
