"""``vorlagen compare`` and ``vorlagen report``: derived tables and the HTML report from OUT."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..schema import REVIEW_THRESHOLD
from .options import CONTEXT

if TYPE_CHECKING:
    import pandas as pd

FORMATS = ("csv", "parquet", "sqlite", "xlsx")


def load(out: Path) -> dict[str, pd.DataFrame]:
    from ..output.store import read_tables

    frames = read_tables(out)
    if "documents" not in frames:
        raise click.UsageError(f"{out} holds no documents.csv: run `vorlagen run --out {out}` first.")
    return frames


@click.command(context_settings=CONTEXT)
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--format",
    "formats",
    multiple=True,
    type=click.Choice(FORMATS),
    help="Formats to write [default: those already in OUT].",
)
@click.option("--quiet", "-q", is_flag=True, help="No summary line.")
def compare(out: Path, formats: tuple[str, ...], quiet: bool) -> None:
    """Recompute municipalities, municipality_similarity and timelines from the CSVs in OUT.

    Writes the three tables next to the others (CSV, and Parquet, SQLite, XLSX where OUT
    has them), and refreshes datapackage.json and metadata.json.

    Example:

        vorlagen compare data/processed
    """
    from ..analysis.compare import compare_frames
    from ..output.exports import write_datapackage, write_datasette_metadata
    from ..output.files import present_formats
    from ..output.store import SQLITE_NAME, XLSX_NAME, write_sqlite, write_tables, write_xlsx

    frames = load(out)
    derived = compare_frames(frames)
    chosen = formats or present_formats(out)
    # one file per table: only the derived ones are rewritten; one file of all tables: all
    write_tables(derived, out, tuple(f for f in chosen if f in ("csv", "parquet", "csv-de")))
    everything = {**frames, **derived}
    if "sqlite" in chosen:
        write_sqlite(everything, out / SQLITE_NAME)
    if "xlsx" in chosen:
        write_xlsx(everything, out / XLSX_NAME)
    write_datapackage(out, everything)
    write_datasette_metadata(out, everything)
    if not quiet:
        counts = ", ".join(f"{name} {len(df)}" for name, df in derived.items())
        click.echo(f"{len(frames['documents'])} documents; {counts}; written to {out} ({', '.join(chosen)})")


@click.command(context_settings=CONTEXT)
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--html",
    "target",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Report file [default: OUT/report.html].",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=REVIEW_THRESHOLD,
    show_default=True,
    help="Each chart counts its values below this confidence; they are listed under “Zu prüfen”.",
)
def report(out: Path, target: Path | None, min_confidence: float) -> None:
    """Write one self-contained HTML report comparing the municipalities in OUT.

    Charts (Handlungsfelder, Beratungsfolge, Steuerungsgruppen, Kosten) are inline SVG with
    their numbers in tables; every value links to its evidence. Each chart says how many of
    its values have a confidence below --min-confidence; the section "Zu prüfen" lists the
    documents to check (as `vorlagen review` does). Opens offline, prints on A4.

    Example:

        vorlagen report data/processed --html report.html
    """
    from ..analysis.report import write_report

    frames = load(out)
    path = write_report(frames, target or out / "report.html", source=out.as_posix(), threshold=min_confidence)
    click.echo(f"{path} ({path.stat().st_size / 1024:.0f} KB)")
