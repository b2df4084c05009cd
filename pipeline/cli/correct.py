"""``vorlagen correct`` and ``vorlagen corrections``: corrections by hand that survive re-runs."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from .options import CONTEXT, Command, exit_code


def pairs(values: tuple[str, ...], option: str) -> dict[str, str]:
    """``("sector=welfare", ...)`` as a mapping; a usage error for a value without ``=``."""
    found: dict[str, str] = {}
    for value in values:
        name, eq, text = value.partition("=")
        if not eq or not name.strip():
            raise click.UsageError(f"{option} {value!r}: erwartet SPALTE=WERT")
        found[name.strip()] = text
    return found


def rows_of(out: Path, table: str, doc_id: str) -> list[dict[str, Any]]:
    from ..output.store import read_tables
    from ..run.corpus import records

    frames = read_tables(out, [table])
    if table not in frames:
        raise click.UsageError(f"{out} enthält keine {table}.csv: zuerst `vorlagen run … --out {out}`")
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

    Die Korrektur kommt in OUT/corrections.yaml und gilt bei jedem weiteren Lauf: das Dokument
    wird über doc_id, Pfad, Nummer und Kommune wiedergefunden (auch nach einem neuen Download
    der Datei), die Zeile über ihre Werte (das Mitglied, das Gremium und Datum, der Betrag …),
    nicht über ihre Position. Die Zeile wählt --at (CHAR_START aus `vorlagen review`) oder
    --match; dann --set, --delete oder --add. Codes dürfen deutsch geschrieben werden
    (sector=wohlfahrt, role=Entscheidung). Eine Kommune bringt Typ, Land und AGS aus dem
    Gemeindeverzeichnis mit; Hinweise der Prüfliste, die die Korrektur beantwortet, entfallen.
    Korrigierte Zeilen haben method=manual und behalten ihren Beleg. Exit-Code wie `vorlagen
    run` (3: eine Korrektur findet ihre Zeile nicht mehr).

    Beispiel:

        vorlagen correct data/processed steering_group_members 4dbbedca56f43581 --at 5436 --set sector=wohlfahrt

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
            raise click.UsageError(
                f"{table} {doc_id}: {len(hits)} Zeilen beginnen bei {char_start}; die Zeile mit --match nennen"
            )
        wanted = {**fixes.key_of(table, hits[0]), **wanted}
    try:
        existing = fixes.load(out)
        c = fixes.check(
            fixes.Correction(table, doc_id, wanted, pairs(set_, "--set"), delete, pairs(add, "--add"), note)
        )
    except fixes.CorrectionError as exc:
        raise click.UsageError(str(exc)) from exc
    documents = rows_of(out, "documents", doc_id)
    if not documents:
        raise click.UsageError(f"kein Dokument {doc_id} in {out} (die doc_id steht in documents.csv)")
    c.document = fixes.identity_of(documents[0])
    if c.action != "add" and table != "documents" or table == "documents" and c.match:
        found = [r for r in rows_of(out, table, doc_id) if fixes.matches(r, c.match, fixes.columns_of(table))]
        if len(found) != 1:
            raise click.UsageError(
                f"{c.describe()}: findet {len(found)} Zeilen, nicht eine; die Zeile mit --at oder --match nennen"
            )
    target = fixes.save(out, [*existing, c])
    summary, _ = rebuild(out)
    click.echo(f"{c.describe()} → {target}")
    click.echo(summary.line())
    for line in summary.notes():
        click.echo(line, err=True)
    sys.exit(exit_code(summary))


@click.command(cls=Command, context_settings=CONTEXT)
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
def corrections(out: Path) -> None:
    """Listet die Korrekturen in OUT/corrections.yaml, die ihre Zeile nicht mehr finden.

    Nach einem Lauf mit geänderten Regeln oder einer neu geladenen Datei kann eine Zeile anders
    lauten oder fehlen; solche Korrekturen werden nicht angewendet und hier genannt (Exit-Code
    1), damit sie angepasst oder gelöscht werden. Eine Korrektur findet ihr Dokument über die
    doc_id, sonst über Pfad, Nummer und Kommune (eine neu geladene Datei mit anderem Inhalt).
    Ohne solche: eine Zeile mit der Zahl der Korrekturen.

    Beispiel:

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
    docs = records(frames["documents"]) if "documents" in frames else []
    resolved, orphans = fixes.resolve(found, docs)
    lost = [fixes.Outcome(c, "no_document").describe() for c in orphans]
    for c in resolved:
        df = frames.get(c.table)
        rows = records(df[df["doc_id"] == c.doc_id]) if df is not None else []
        chunk = {"documents": [{"doc_id": c.doc_id}], c.table: rows}
        (outcome,) = fixes.apply(chunk, [c], {c.doc_id})
        if outcome.status not in (("applied", "in_place") if c.action == "set" else ("in_place",)):
            lost.append(fixes.Outcome(c, "ambiguous" if outcome.status == "ambiguous" else "not_found").describe())
    click.echo(f"{len(found)} Korrektur(en) in {out / fixes.CORRECTIONS_NAME}, {len(lost)} ohne ihre Zeile")
    for line in lost:
        click.echo(f"  {line}")
    if lost:
        sys.exit(1)
