"""The ``vorlagen`` command line: parse options, call the library, map errors to exit codes.

Exit codes: 0 success, 1 some documents failed (they are in the errors table) or a score
is below the threshold, 2 usage error. Heavy libraries are imported inside commands so
that ``vorlagen --help`` stays fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .compare import compare, report
from .oparl import fetch_oparl
from .options import CONTEXT, make_settings, settings_options
from .review import review

DEFAULT_INPUT = Path("data/raw")
DEFAULT_OUT = Path("data/processed")


@click.group(context_settings=CONTEXT)
@click.version_option(package_name="vorlagen")
def main() -> None:
    """Turn German council submissions (Sitzungsvorlagen) into comparable tables.

    Example:

        vorlagen run data/raw --out data/processed
    """


@main.command(context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=DEFAULT_OUT,
    show_default=True,
    help="Output folder for tables, texts and the cache.",
)
@settings_options
@click.option("--no-cache", is_flag=True, help="Recompute every document.")
@click.option(
    "--executor",
    type=click.Choice(["auto", "serial", "process", "dask"]),
    default="auto",
    show_default=True,
    help="How documents are mapped: in-process, process pool, Dask cluster.",
)
@click.option("--scheduler", default=None, help="Dask scheduler address (with --executor dask).")
@click.option(
    "--format",
    "formats",
    multiple=True,
    type=click.Choice(["csv", "parquet", "sqlite", "xlsx"]),
    help="Output formats [default: csv, parquet, sqlite].",
)
@click.option("--fail-fast", is_flag=True, help="Stop at the first document that fails.")
@click.option(
    "--municipality",
    default=None,
    help='The issuing municipality of every input, e.g. "Gemeinde Musterstadt" (for letterheads that are '
    "images; a vorlagen.yaml beside the inputs can state it too).",
)
@click.option(
    "--image-folders",
    is_flag=True,
    help="Read the page images (JPG, PNG, TIFF) directly in a folder as one document, in name order.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, no summary.")
def run(
    inputs: tuple[Path, ...],
    out: Path,
    ocr: str,
    ocr_lang: str,
    max_pages: int,
    workers: int | None,
    no_cache: bool,
    executor: str,
    scheduler: str | None,
    formats: tuple[str, ...],
    fail_fast: bool,
    municipality: str | None,
    image_folders: bool,
    quiet: bool,
) -> None:
    """Run every stage on INPUT files or folders and write all tables.

    Reads PDFs (text layer or scanned), .txt and .md files and page images (each a document, or
    with --image-folders the images of a folder as the pages of one); writes CSV, Parquet and one
    SQLite file per table into --out, plus text/<doc_id>.txt for provenance.

    Example:

        vorlagen run data/raw --out data/processed --workers 2
    """
    from ..errors import VorlagenError
    from ..run.runner import run as run_pipeline

    chosen = tuple(formats) or ("csv", "parquet", "sqlite")
    try:
        settings = make_settings(ocr, ocr_lang, max_pages, workers, municipality=municipality)
        summary = run_pipeline(
            list(inputs) or [DEFAULT_INPUT],
            out,
            settings,
            use_cache=not no_cache,
            executor="serial" if executor == "serial" else executor,
            scheduler=scheduler,
            progress=not quiet and sys.stderr.isatty(),
            formats=chosen,
            fail_fast=fail_fast,
            image_folders=image_folders,
        )
    except VorlagenError as exc:
        raise click.ClickException(str(exc)) from exc
    if not quiet:
        click.echo(summary.line())
        for path in summary.failed_paths:
            click.echo(f"failed: {path}", err=True)
    if summary.failed_paths:
        sys.exit(1)


@main.command(context_settings=CONTEXT)
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--min-f1", type=click.FloatRange(0, 1), default=None, help="Exit 1 if any field's F1 is lower.")
@click.option("--per-document", is_flag=True, help="Also print scores per document.")
def evaluate(out: Path, gold_dir: Path, min_f1: float | None, per_document: bool) -> None:
    """Score the tables in OUT against the gold JSON files in GOLD_DIR.

    Prints precision, recall and F1 per field, and the share of matched items whose
    role, public flag, cost type, sector or size is right; then the calibration of the
    rows' confidence: rows per confidence bucket, the share of them that match gold, and
    the expected calibration error (ECE).

    Example:

        vorlagen evaluate data/processed tests/gold --min-f1 0.95
    """
    from ..analysis.evaluate import FIELDS
    from ..analysis.evaluate import evaluate as run_eval

    result = run_eval(out, gold_dir)
    click.echo(result.table())
    if per_document:
        for _stem, path, scores in result.per_document:
            worst = ", ".join(f"{k} {v.f1:.2f}" for k, v in scores.items() if v.f1 < 1)
            click.echo(f"{path}: {worst or 'all 1.00'}")
    click.echo("")
    click.echo(result.calibration.table())
    for stem in result.missing:
        click.echo(f"no output for gold document {stem}", err=True)
    if min_f1 is not None:
        low = [f for f in FIELDS if result.totals[f].f1 < min_f1]
        if low:
            click.echo(f"below --min-f1 {min_f1}: {', '.join(low)}", err=True)
            sys.exit(1)


@main.command(context_settings=CONTEXT)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@settings_options
def inspect(file: Path, ocr: str, ocr_lang: str, max_pages: int, workers: int | None) -> None:
    """Show what is extracted from one FILE, with the evidence of every value.

    Example:

        vorlagen inspect data/raw/004_ff3983e8347dd6ec.txt
    """
    from ..analysis.inspect import describe
    from ..errors import VorlagenError

    settings = make_settings(ocr, ocr_lang, max_pages, workers)
    try:
        click.echo(describe(file, settings))
    except VorlagenError as exc:
        raise click.ClickException(f"{file}: {exc}") from exc


# the commands of their own modules
for command in (compare, report, review, fetch_oparl):
    main.add_command(command)

if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    main()
