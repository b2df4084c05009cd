"""``vorlagen review``: the documents to check, worst first, from the tables in OUT."""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..schema import ASSESSED_FIELDS, REVIEW_THRESHOLD
from .options import CONTEXT, Command

if TYPE_CHECKING:
    from ..extract.checklist import DocToCheck, Entry

CSV_COLUMNS = (
    "rank",
    "source_path",
    "doc_id",
    "n_reasons",
    "min_confidence",
    "reason",
    "table",
    "page",
    "char_start",
    "char_end",
    "snippet",
    "message",
    "counted",
    "note",
)


def shown(value: object) -> str:
    return "" if value is None else str(value)


def correction_hint(out: Path, doc_id: str, e: Entry) -> str | None:
    """The `vorlagen correct` command that fixes what an entry of the list points at."""
    from ..output.corrections import MISSED_IN

    command = f"vorlagen correct {out}"
    if e.reason == "no_municipality":
        return f"{command} documents {doc_id} --set municipality=NAME"
    if e.table == "review":
        table = MISSED_IN.get(e.reason)
        return f"{command} {table} {doc_id} --add SPALTE=WERT …" if table else None
    if e.table == "documents":
        field = e.field if e.field in ASSESSED_FIELDS else "FELD"
        return f"{command} documents {doc_id} --set {field}=WERT"
    if e.char_start is None:
        return None
    return f"{command} {e.table} {doc_id} --at {e.char_start} --set SPALTE=WERT | --delete"


def as_text(docs: list[DocToCheck], width: int = 100, out: Path | None = None) -> str:
    """The list for people: a header line per document, a line per reason with page and snippet
    (and, given the output folder, the command that corrects it)."""
    from ..output.labels import code_labels

    names = code_labels()["reason"]
    n_rows = sum(len(d.entries) for d in docs)
    folder = out
    n_left = sum(1 for d in docs if d.left_out)
    apart = f" ({n_left} davon nicht im Vergleich gezählt, am Ende)" if n_left else ""
    lines = [f"{len(docs)} Vorlage(n) zu prüfen, {n_rows} Hinweis(e){apart}"]
    for rank, d in enumerate(docs, 1):
        if d.left_out and (rank == 1 or not docs[rank - 2].left_out):
            lines += ["", "--- Nicht im Vergleich gezählt (nachrangig) ---"]
        low = f", niedrigste Konfidenz {d.min_confidence:.2f}".replace(".", ",") if d.min_confidence is not None else ""
        note = f"; {d.left_out}" if d.left_out else ""
        lines.append("")
        lines.append(f"{rank}. {d.source_path}  (doc_id {d.doc_id}; {len(d.reasons)} Grund/Gründe{low}{note})")
        for e in d.entries:
            where = f"S. {e.page} [{e.char_start}:{e.char_end}]" if e.page is not None else "(Kopfdaten)"
            lines.append(f"   {names.get(e.reason, e.reason):<44} {where}  ({e.reason})")
            if e.snippet.strip():
                snippet = " ".join(e.snippet.split())
                lines.append(f"      «{snippet if len(snippet) <= width else snippet[: width - 1] + '…'}»")
            lines.append(f"      {e.message}")
            hint = correction_hint(folder, d.doc_id, e) if folder is not None else None
            if hint:
                lines.append(f"      korrigieren: {hint}")
    return "\n".join(lines)


def write_csv(docs: list[DocToCheck], stream: object) -> None:
    """One row per sign, the document's rank and summary repeated (for a spreadsheet);
    ``counted`` says whether the comparison counts the document, ``note`` why not."""
    writer = csv.writer(stream, lineterminator="\n")  # type: ignore[arg-type]
    writer.writerow(CSV_COLUMNS)
    for rank, d in enumerate(docs, 1):
        low = "" if d.min_confidence is None else f"{d.min_confidence:.3f}"
        for e in d.entries:
            writer.writerow(
                [
                    rank,
                    d.source_path,
                    d.doc_id,
                    len(d.reasons),
                    low,
                    e.reason,
                    e.table,
                    shown(e.page),
                    shown(e.char_start),
                    shown(e.char_end),
                    e.snippet,
                    e.message,
                    "false" if d.left_out else "true",
                    d.left_out,
                ]
            )


@click.command(cls=Command, context_settings=CONTEXT)
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "csv"]),
    default="text",
    show_default=True,
    help="Text zum Lesen oder CSV (eine Zeile je Hinweis) für eine Tabellenkalkulation.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=REVIEW_THRESHOLD,
    show_default=True,
    help="Auch Werte mit niedrigerer Konfidenz nennen (0: nur die Zeilen der Tabelle review).",
)
def review(out: Path, fmt: str, min_confidence: float) -> None:
    """Listet die Vorlagen in OUT, die von Hand zu prüfen sind: die im Vergleich gezählten
    zuerst, die folgenreichsten Zeichen voran; nicht gezählte Vorlagen (nicht zum Thema,
    weitere Datei einer gezählten Vorlage) am Ende, mit dem Grund.

    Eine Vorlage steht hier für jedes Zeichen einer übersehenen Angabe (Tabelle review:
    eine Beratungsfolge ohne erkannte Beratung, Handlungsfelder ohne erkannte Einträge, eine
    schlecht lesbare Seite, keine Kommune …) und für Werte mit niedriger Konfidenz. Jeder
    Hinweis nennt Seite, Zeichenbereich in text/<doc_id>.txt und Textausschnitt, und den
    Befehl `vorlagen correct …`, der ihn dauerhaft korrigiert.

    Beispiel:

        vorlagen review data/processed --format csv > zu_pruefen.csv
    """
    from ..analysis.compare import not_counted
    from ..extract.checklist import checklist
    from ..output.labels import value_names
    from ..output.store import read_tables

    frames = read_tables(out)
    if "documents" not in frames:
        raise click.UsageError(f"{out} enthält keine documents.csv: zuerst `vorlagen run … --out {out}`")
    if "review" not in frames:
        raise click.UsageError(
            f"{out} enthält keine review.csv: `vorlagen run … --out {out}` mit dieser Version wiederholen"
        )
    docs = checklist(frames, min_confidence, not_counted(frames["documents"]), value_names())
    if fmt == "csv":
        write_csv(docs, sys.stdout)
    else:
        click.echo(as_text(docs, out=out))
