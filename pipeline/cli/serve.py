"""``vorlagen serve``: the tables of OUT in the browser through Datasette."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import click

from .options import CONTEXT, Command

INSTALL_HINT = "Datasette fehlt: pip install 'vorlagen[serve]' (oder pip install datasette)"


def datasette_command(database: Path, metadata: Path, host: str, port: int) -> list[str]:
    """Datasette on the browsing copy, with its metadata and the plugins made beside it."""
    from ..output.chrome import TEMPLATE_DIR
    from ..output.search import PLUGIN_DIR

    return [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        str(database),
        "--metadata",
        str(metadata),
        "--plugins-dir",
        str(database.parent / PLUGIN_DIR),
        "--template-dir",
        str(database.parent / TEMPLATE_DIR),
        "--host",
        host,
        "--port",
        str(port),
        "--setting",
        "default_page_size",
        "50",
    ]


@click.command(cls=Command, context_settings=CONTEXT)
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Adresse; 0.0.0.0 macht die Daten im Netz sichtbar."
)
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True, help="Port.")
@click.option("--prepare-only", is_flag=True, help="Nur die Datenbank zum Durchsuchen erstellen, nicht starten.")
def serve(out: Path, host: str, port: int, prepare_only: bool) -> None:
    """Zeigt die Tabellen aus OUT im Browser (Datasette), mit Volltextsuche.

    Durchsuchbar sind die Texte der Vorlagen (Tabelle "texte"), die Belege jeder
    erkannten Zeile ("belege") und die Ansichten; jede Eingabe ist ein Suchtext
    (Caritas-Zentrum, Baden-Württemberg, AND, Anführungszeichen), Integr* sucht
    Wortanfänge. Die Ansichten "mitglieder", "kosten", "beratungen" und "handlungsfelder"
    zählen wie der Bericht: jede Vorlage zum Thema einmal, auch wenn sie als Text und PDF
    vorliegt; "alle_mitglieder" usw. zeigen jede Datei mit den Spalten relevant, gezaehlt
    und vorgang zum Filtern. Jede Zeile nennt Kommune, Land und Vorlage, mit deutschen
    Bezeichnungen und Facetten (Land, Sektor, Handlungsfeld, Gremientyp). Fertige Abfragen,
    mit denselben Zahlen wie der Bericht: Migrantenorganisationen in Steuerungsgruppen,
    Kosten je Kommune, wer wann entschied (erschlossene Beschlüsse markiert), Volltextsuche.
    Die Datenbank dafür entsteht in OUT/cache/browse/ (neu, wenn sich die Tabellen geändert
    haben). Braucht Datasette: pip install 'vorlagen[serve]'.

    Beispiel:

        vorlagen serve data/processed --port 8001
    """
    from ..output.browse import build

    if "documents.csv" not in {p.name for p in out.glob("*.csv")}:
        raise click.UsageError(f"{out} enthält keine documents.csv: zuerst `vorlagen run … --out {out}`")
    database, metadata = build(out)
    click.echo(f"Datenbank: {database}")
    if prepare_only:
        return
    if importlib.util.find_spec("datasette") is None:
        raise click.ClickException(INSTALL_HINT)
    click.echo(f"Im Browser: http://{host}:{port}/  (beenden mit Strg-C)", nl=True)
    sys.stdout.flush()
    command = datasette_command(database, metadata, host, port)
    os.execv(command[0], command)  # Datasette takes this process: Ctrl-C and signals reach it
