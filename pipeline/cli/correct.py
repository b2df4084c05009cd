"""``vorlagen correct`` and ``vorlagen corrections``: corrections by hand that survive re-runs."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from .options import CONTEXT, Command


def pairs(values: tuple[str, ...], option: str) -> dict[str, str]:
    """``("sector=welfare", ...)`` as a mapping; a usage error for a value without ``=``."""
    found: dict[str, str] = {}
    for value in values:
        name, eq, text = value.partition("=")
        if not eq or not name.strip():
            raise click.UsageError(f"{option} {value!r}: expected SPALTE=WERT")
        found[name.strip()] = text
    return found


def rows_of(out: Path, table: str, doc_id: str) -> list[dict[str, Any]]:
    from ..output.store import read_tables
    from ..run.corpus import records

    frames = read_tables(out, [table])
    if table not in frames:
        raise click.UsageError(f"{out} holds no {table}.csv: run `vorlagen run --out {out}` first.")
    df = frames[table]
    return records(df[df["doc_id"] == doc_id])


@click.command(cls=Command, context_settings=CONTEXT)
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("table")
@click.argument("doc_id")
@click.option(
    "--at",
    "char_start",
    type=int,
    default=None,
    help="Die Zeile, die an dieser Stelle beginnt (CHAR_START in der Prüfliste).",
)
@click.option(
    "--match", "match", multiple=True, metavar="SPALTE=WERT", help="Die Zeile, deren Spalten diese Werte haben."
)
@click.option(
    "--set", "set_", multiple=True, metavar="SPALTE=WERT", help="Einen Wert der Zeile setzen (mehrfach möglich)."
)
@click.option("--delete", is_flag=True, help="Die Zeile löschen: sie ist falsch.")
@click.option("--add", multiple=True, metavar="SPALTE=WERT", help="Eine fehlende Zeile mit diesen Werten hinzufügen.")
@click.option("--note", default="", help="Warum (wird in corrections.yaml festgehalten).")
def correct(
    out: Path,
    table: str,
    doc_id: str,
    char_start: int | None,
    match: tuple[str, ...],
    set_: tuple[str, ...],
    delete: bool,
    add: tuple[str, ...],
    note: str,
) -> None:
    """Korrigiert eine Zeile von TABLE im Dokument DOC_ID und schreibt die Tabellen neu.

    Die Korrektur kommt in OUT/corrections.yaml und gilt bei jedem weiteren Lauf: die Zeile
    wird über ihre Werte wiedergefunden (das Mitglied, das Gremium und Datum, der Betrag …),
    nicht über ihre Position. Die Zeile wählt --at (CHAR_START aus `vorlagen review`) oder
    --match; dann --set, --delete oder --add. Korrigierte Zeilen haben method=manual und
    behalten ihren Beleg.

    Example:

        vorlagen correct data/processed steering_group_members 4dbbedca56f43581 --at 5264 --set sector=welfare

        vorlagen correct data/processed costs 4dbbedca56f43581 --match "raw_text=22.000 €" --delete

        vorlagen correct data/processed consultations 4dbbedca56f43581 --add body=Stadtrat \
            --add meeting_date=2021-05-27 --add role=decision
    """
    from ..output import corrections as fixes
    from ..run.runner import rebuild

    wanted = pairs(match, "--match")
    if char_start is not None:
        hits = [r for r in rows_of(out, table, doc_id) if r.get("char_start") == char_start]
        if len(hits) != 1:
            raise click.UsageError(f"{table} {doc_id}: {len(hits)} rows start at {char_start}; use --match")
        wanted = {**fixes.key_of(table, hits[0]), **wanted}
    try:
        existing = fixes.load(out)
        c = fixes.check(
            fixes.Correction(table, doc_id, wanted, pairs(set_, "--set"), delete, pairs(add, "--add"), note)
        )
    except fixes.CorrectionError as exc:
        raise click.UsageError(str(exc)) from exc
    if c.action != "add" and table != "documents" or table == "documents" and c.match:
        found = [r for r in rows_of(out, table, doc_id) if fixes.matches(r, c.match, fixes.columns_of(table))]
        if len(found) != 1:
            raise click.UsageError(
                f"{c.describe()}: finds {len(found)} rows, not one; name the row with --at or --match"
            )
    elif table == "documents" and not rows_of(out, table, doc_id):
        raise click.UsageError(f"no document {doc_id} in {out}")
    target = fixes.save(out, [*existing, c])
    summary, _ = rebuild(out)
    click.echo(f"{c.describe()} → {target}")
    click.echo(summary.line())
    for lost in summary.unmatched:
        click.echo(f"findet keine Zeile mehr: {lost}", err=True)


@click.command(cls=Command, context_settings=CONTEXT)
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
def corrections(out: Path) -> None:
    """Listet die Korrekturen in OUT/corrections.yaml, die ihre Zeile nicht mehr finden.

    Nach einem Lauf mit geänderten Regeln kann eine Zeile anders lauten oder fehlen; solche
    Korrekturen werden nicht angewendet und hier genannt (Exit-Code 1), damit sie angepasst
    oder gelöscht werden. Ohne solche: eine Zeile mit der Zahl der Korrekturen.

    Example:

        vorlagen corrections data/processed
    """
    from ..output import corrections as fixes
    from ..output.store import read_tables
    from ..run.corpus import records
    from ..schema import EXTRACTED_TABLES

    try:
        found = fixes.load(out)
    except fixes.CorrectionError as exc:
        raise click.UsageError(str(exc)) from exc
    frames = read_tables(out, ("documents", *EXTRACTED_TABLES))
    docs = set(frames["documents"]["doc_id"]) if "documents" in frames else set()
    lost: list[str] = []
    for c in found:
        if c.doc_id not in docs:
            lost.append(f"{c.describe()}: das Dokument ist nicht im Korpus")
            continue
        df = frames.get(c.table)
        rows = records(df[df["doc_id"] == c.doc_id]) if df is not None else []
        chunk = {"documents": [{"doc_id": c.doc_id}], c.table: rows}
        (outcome,) = fixes.apply(chunk, [c], {c.doc_id})
        if outcome.status not in (("applied", "in_place") if c.action == "set" else ("in_place",)):
            lost.append(f"{c.describe()}: {'mehrere Zeilen' if outcome.status == 'ambiguous' else 'keine Zeile'}")
    click.echo(f"{len(found)} Korrektur(en) in {out / fixes.CORRECTIONS_NAME}, {len(lost)} ohne ihre Zeile")
    for line in lost:
        click.echo(f"  {line}")
    if lost:
        sys.exit(1)
