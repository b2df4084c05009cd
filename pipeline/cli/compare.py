"""``vorlagen compare`` and ``vorlagen report``: derived tables and the HTML report from OUT."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..output.formats import FORMATS
from ..schema import REVIEW_THRESHOLD
from .options import CONTEXT, Command, format_option

if TYPE_CHECKING:
    import pandas as pd


def load(out: Path) -> dict[str, pd.DataFrame]:
    from ..output.store import read_tables

    frames = read_tables(out)
    if "documents" not in frames:
        raise click.UsageError(f"{out} enthält keine documents.csv: zuerst `vorlagen run … --out {out}`")
    return frames


all_documents_option = click.option(
    "--all-documents",
    is_flag=True,
    help="Alle Vorlagen vergleichen, auch die nicht zu einem Integrationskonzept (Spalte documents.relevant).",
)


@click.command(cls=Command, context_settings=CONTEXT)
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@format_option("Formate, die geschrieben werden", "die schon in OUT vorhandenen")
@all_documents_option
@click.option("--quiet", "-q", is_flag=True, help="Keine Zusammenfassung.")
def compare(out: Path, formats: tuple[str, ...], all_documents: bool, quiet: bool) -> None:
    """Berechnet municipalities, municipality_similarity und timelines aus den CSVs in OUT neu.

    Schreibt die drei Tabellen neben die anderen (CSV, dazu Parquet, SQLite, XLSX, csv-de,
    wo OUT sie hat) und erneuert datapackage.json und metadata.json.

    Beispiel:

        vorlagen compare data/processed
    """
    from ..analysis.compare import compare_frames, left_out
    from ..output.exports import write_datapackage, write_datasette_metadata
    from ..output.files import present_formats
    from ..output.store import write_tables

    frames = load(out)
    derived = compare_frames(frames, all_documents)
    chosen = formats or present_formats(out)
    # one file per table: only the derived ones are rewritten; one file of all tables: all
    write_tables(derived, out, tuple(f for f in chosen if FORMATS[f].per_table))
    everything = {**frames, **derived}
    write_tables(everything, out, tuple(f for f in chosen if not FORMATS[f].per_table))
    write_datapackage(out, everything)
    write_datasette_metadata(out, everything)
    if not quiet:
        from ..output.labels import table_title

        counts = ", ".join(f"{table_title(name)} {len(df)}" for name, df in derived.items())
        left = left_out(frames["documents"], all_documents)
        skipped = (
            f" (nicht gezählt: {len(left['not_relevant'])} nicht zu einem Integrationskonzept, "
            f"{len(left['repeated'])} weitere Dateien einer gezählten Vorlage"
            + (f", {len(left['bundle'])} Dateien mit mehreren Vorlagen, nicht getrennt" if len(left["bundle"]) else "")
            + ")"
        )
        click.echo(
            f"{len(frames['documents'])} Dokumente{skipped}; {counts}; geschrieben nach {out} ({', '.join(chosen)})"
        )


@click.command(cls=Command, context_settings=CONTEXT)
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--html",
    "target",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Datei des Berichts [Standard: OUT/report.html; ein späterer Lauf schreibt ihn neu].",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=REVIEW_THRESHOLD,
    show_default=True,
    help="Jedes Diagramm zählt seine Werte unter dieser Konfidenz; sie stehen unter „Zu prüfen“.",
)
@all_documents_option
def report(out: Path, target: Path | None, min_confidence: float, all_documents: bool) -> None:
    """Schreibt einen HTML-Bericht in einer Datei, der die Kommunen in OUT vergleicht.

    Diagramme (Handlungsfelder, Beratungsfolge, Steuerungsgruppen, Kosten) als SVG mit ihren
    Zahlen in Tabellen; jeder Wert verweist auf seinen Beleg. Jedes Diagramm nennt, wie viele
    Werte unter --min-confidence liegen; der Abschnitt „Zu prüfen“ listet die Vorlagen zur
    Kontrolle (wie `vorlagen review`). Öffnet offline, druckt auf A4.

    Beispiel:

        vorlagen report data/processed --html report.html
    """
    from ..analysis.report import write_report

    frames = load(out)
    path = write_report(
        frames,
        target or out / "report.html",
        source=out.as_posix(),
        threshold=min_confidence,
        all_documents=all_documents,
    )
    click.echo(f"{path} ({path.stat().st_size / 1024:.0f} KB)")
