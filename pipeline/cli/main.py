"""The ``vorlagen`` command line: parse options, call the library, map errors to exit codes.

Exit codes: 0 success, 1 some documents failed (they are in the errors table) or a score
is below the threshold, 2 usage error, 3 a correction of ``corrections.yaml`` no longer finds
its document or row (it is named; ``vorlagen corrections OUT`` lists them). Heavy libraries
are imported inside commands so that ``vorlagen --help`` stays fast.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
from pathlib import Path

import click

from ..output.formats import DEFAULT_FORMATS, FORMATS
from ..settings import Settings
from .compare import compare, report
from .correct import correct, corrections
from .oparl import fetch_oparl
from .options import CONTEXT, Group, exit_code, format_option, make_settings, settings_options
from .review import review
from .serve import serve

DEFAULT_INPUT = Path("data/raw")
DEFAULT_OUT = Path("data/processed")


@click.group(cls=Group, context_settings=CONTEXT)
@click.version_option(package_name="vorlagen")
def main() -> None:
    """Macht aus Sitzungsvorlagen deutscher Kommunen vergleichbare Tabellen.

    Der übliche Weg: `run` liest die Vorlagen (PDF, auch gescannt, oder Text) und schreibt
    die Tabellen; `review` nennt, was zu prüfen ist; `correct` hält Korrekturen fest;
    `report` schreibt einen HTML-Bericht; `serve` zeigt alles im Browser.

    Beispiel:

        vorlagen run data/raw --out data/processed
    """


@main.command(context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=DEFAULT_OUT,
    help="Ausgabeordner für Tabellen, Texte und den Cache. Ein Ordner mit Tabellen eines früheren Laufs "
    f"behält dessen Vorlagen; die neuen kommen hinzu (siehe --replace) [Standard: {DEFAULT_OUT}].",
)
@settings_options
@click.option(
    "--ocr-page-timeout",
    type=click.FloatRange(0, min_open=True),
    default=Settings.ocr_page_timeout,
    help="Sekunden, die die Texterkennung einer Seite höchstens dauern darf; braucht sie länger, wird das "
    "Dokument mit Grund in errors.csv genannt und der Lauf geht weiter "
    f"[Standard: {Settings.ocr_page_timeout:g}].",
)
@click.option("--no-cache", is_flag=True, help="Jedes Dokument neu auswerten.")
@click.option(
    "--executor",
    type=click.Choice(["auto", "serial", "process", "dask"]),
    default="auto",
    help="Wie die Dokumente verteilt werden: im Prozess, Prozess-Pool, Dask-Cluster [Standard: auto].",
)
@click.option("--scheduler", default=None, help="Adresse des Dask-Schedulers (mit --executor dask).")
@format_option(
    "Formate neben den CSV-Tabellen, die alle Befehle lesen",
    ", ".join(name for name in DEFAULT_FORMATS if name != "csv"),
    tuple(name for name in FORMATS if name != "csv"),
)
@click.option("--fail-fast", is_flag=True, help="Beim ersten fehlerhaften Dokument abbrechen.")
@click.option(
    "--municipality",
    default=None,
    help='Die Gemeinde, von der alle Eingaben dieses Laufs stammen, z. B. "Gemeinde Musterstadt" (wenn der '
    "Briefkopf nur ein Bild ist); gilt vor einer vorlagen.yaml neben den Eingaben und vor dem, was der Text "
    "nennt, nicht vor Korrekturen.",
)
@click.option(
    "--image-folders",
    is_flag=True,
    help="Die Seitenbilder (JPG, PNG, TIFF) direkt in einem Ordner als ein Dokument lesen, nach Namen geordnet.",
)
@click.option(
    "--replace",
    is_flag=True,
    help="--out neu beginnen: die Vorlagen früherer Läufe verwerfen, statt die neuen hinzuzufügen.",
)
@click.option("--quiet", "-q", is_flag=True, help="Kein Fortschritt, keine Zusammenfassung.")
def run(
    inputs: tuple[Path, ...],
    out: Path,
    ocr: str,
    ocr_lang: str,
    max_pages: int,
    workers: int | None,
    ocr_page_timeout: float,
    no_cache: bool,
    executor: str,
    scheduler: str | None,
    formats: tuple[str, ...],
    fail_fast: bool,
    municipality: str | None,
    image_folders: bool,
    replace: bool,
    quiet: bool,
) -> None:
    """Liest die Vorlagen in INPUTS (Dateien oder Ordner) und schreibt alle Tabellen.

    Liest PDFs (mit Textebene oder gescannt), .txt, .md und Seitenbilder (jedes ein Dokument,
    mit --image-folders die Bilder eines Ordners als Seiten eines Dokuments); jede andere
    Datei eines Ordners wird übersprungen und mit Grund in errors.csv genannt (error_type
    skipped). Schreibt CSV, Parquet und vorlagen.sqlite nach --out, dazu text/<doc_id>.txt
    als Beleg.

    Ein zweiter Lauf in denselben Ordner fügt seine Vorlagen den früheren hinzu (eine
    zweite Stadt); was er erneut liest, ersetzt er. --replace beginnt neu; `vorlagen
    remove` nimmt Vorlagen heraus. Korrekturen aus OUT/corrections.yaml gelten bei jedem
    Lauf. Im Terminal zeigt ein Balken den Fortschritt, sonst alle 10 s eine Zeile.

    Exit-Code: 0 gut, 1 einzelne Dateien fehlerhaft (in errors.csv, jede mit Grund genannt),
    2 falscher Aufruf (ein Pfad fehlt, ein Ordner ist leer: dann wird nichts geschrieben),
    3 eine Korrektur aus OUT/corrections.yaml findet ihr Dokument oder ihre Zeile nicht mehr
    (sie wird genannt; die Tabellen sind geschrieben).

    Beispiel:

        vorlagen run data/raw --out data/processed --workers 2
    """
    from ..errors import NothingToRead, VorlagenError
    from ..output.corrections import CorrectionError
    from ..run.progress import progress_mode
    from ..run.runner import run as run_pipeline
    from ..settings import SettingsError

    chosen = run_formats(formats)
    try:
        settings = make_settings(
            ocr, ocr_lang, max_pages, workers, municipality=municipality, ocr_page_timeout=ocr_page_timeout
        )
        summary = run_pipeline(
            list(inputs) or [DEFAULT_INPUT],
            out,
            settings,
            use_cache=not no_cache,
            executor="serial" if executor == "serial" else executor,
            scheduler=scheduler,
            progress=progress_mode(quiet),
            formats=chosen,
            fail_fast=fail_fast,
            image_folders=image_folders,
            replace=replace,
        )
    except (NothingToRead, CorrectionError, SettingsError) as exc:
        raise click.UsageError(str(exc)) from exc
    except VorlagenError as exc:
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt as exc:
        end_by_ctrl_c(exc)
        raise
    ctrl_c_ends_the_process()
    if not quiet:
        click.echo(summary.line())
        click.echo(summary.where())
        for line in summary.notes():
            click.echo(line, err=True)
        for line in summary.failures():
            click.echo(f"fehlgeschlagen: {line}", err=True)
    sys.exit(exit_code(summary))


def end_by_ctrl_c(exc: BaseException) -> None:
    """A run stopped by Ctrl-C: its workers are stopped and the outputs of the last complete run
    are untouched (the run's own clean-up has run). The process ends by the signal itself, as
    Unix programs do, without the interpreter's shutdown: that would wait for the threads of a
    process pool whose workers were killed, which can hang (CPython gh-94440, gh-125451).

    Ending so runs no exit handler, so the killed pool's semaphores are released first: the
    frames of the interrupted run, which the exception's traceback keeps, are let go and
    collected, and each semaphore's finalizer unlinks it (else the resource tracker warns of
    leaked semaphores when the process is gone, depending on where the signal struck)."""
    link: BaseException | None = exc
    while link is not None:
        link.__traceback__ = None
        link = link.__context__
    gc.collect()
    click.echo(
        "vorlagen: abgebrochen (Strg+C). Die Ausgaben des letzten vollständigen Laufs sind unverändert;"
        " derselbe Befehl setzt fort und nimmt schon gelesene Dokumente aus dem Cache (außer mit --no-cache).",
        err=True,
    )
    if threading.current_thread() is threading.main_thread():
        sys.stdout.flush()
        sys.stderr.flush()
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)


def ctrl_c_ends_the_process() -> None:
    """From here on Ctrl-C ends the process at once, by its signal (a non-zero exit): the
    outputs are written. Python would turn a Ctrl-C while the interpreter shuts down into a
    KeyboardInterrupt in an exit handler (pypdfium2 registers one), print and ignore it, and
    the interrupted run would end with 0."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_formats(named: tuple[str, ...]) -> tuple[str, ...]:
    """CSV, which every command reads, and the named formats; parquet and sqlite when none is named.

    >>> run_formats(()), run_formats(("xlsx",)), run_formats(("csv-de", "csv"))
    (('csv', 'parquet', 'sqlite'), ('csv', 'xlsx'), ('csv', 'csv-de'))
    """
    if not named:
        return DEFAULT_FORMATS
    return ("csv", *sorted(set(named) - {"csv"}, key=list(FORMATS).index))


@main.command(context_settings=CONTEXT)
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), required=False)
@click.option(
    "--min-f1",
    type=click.FloatRange(0, 1),
    default=None,
    help="Exit-Code 1, wenn der F1-Wert eines Felds darunter liegt.",
)
@click.option("--per-document", is_flag=True, help="Auch die Werte je Dokument zeigen.")
@click.option(
    "--oparl",
    "oparl_gold",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Schwaches Gold: JSONL-Datei mit den Beratungen, die eine OParl-Schnittstelle je Eingabedatei nennt.",
)
@click.option(
    "--min-recall",
    type=click.FloatRange(0, 1),
    default=None,
    help="Mit --oparl: Exit 1, wenn der Recall darunter liegt.",
)
@click.option(
    "--show", type=click.IntRange(0), default=0, help="Mit --oparl: bis zu N fehlende und falsche Gremien zeigen."
)
def evaluate(
    out: Path,
    gold_dir: Path | None,
    min_f1: float | None,
    per_document: bool,
    oparl_gold: Path | None,
    min_recall: float | None,
    show: int,
) -> None:
    """Bewertet die Tabellen in OUT gegen die Gold-Dateien (JSON) in GOLD_DIR.

    Zeigt Precision, Recall und F1 je Feld und den Anteil richtiger Rollen, Öffentlichkeit,
    Kostenarten, Sektoren und Größen; dann die Kalibrierung der Konfidenz: Zeilen je
    Konfidenzstufe, der Anteil davon, der stimmt, und der erwartete Kalibrierungsfehler (ECE).

    Mit --oparl GOLD.jsonl (statt GOLD_DIR): der Recall der Beratungen (Gremium, Sitzungsdatum),
    die die OParl-Schnittstelle eines Rats je Eingabedatei nennt, die Dokumente mit einer
    Beratung und die gelesenen Gremien, die kein Gremium sind (ein Datum, Kopf- oder
    Überschriftswörter, Ergebniswörter, ein Satz).

    Beispiel:

        vorlagen evaluate data/processed tests/gold --min-f1 0.95

        vorlagen evaluate out/ --oparl gold.jsonl --min-recall 0.95 --show 20
    """
    if oparl_gold is not None:
        _evaluate_oparl(out, oparl_gold, min_recall, show)
        if gold_dir is None:
            return
    if gold_dir is None:
        raise click.UsageError("GOLD_DIR fehlt (oder --oparl GOLD.jsonl angeben).")
    from ..analysis.evaluate import FIELDS
    from ..analysis.evaluate import evaluate as run_eval

    result = run_eval(out, gold_dir)
    click.echo(result.table())
    if per_document:
        for _stem, path, scores in result.per_document:
            worst = ", ".join(f"{k} {v.f1:.2f}" for k, v in scores.items() if v.f1 < 1)
            click.echo(f"{path}: {worst or 'alle 1.00'}")
    click.echo("")
    click.echo(result.calibration.table())
    for stem in result.missing:
        click.echo(f"keine Ausgabe zum Gold-Dokument {stem}", err=True)
    if min_f1 is not None:
        low = [f for f in FIELDS if result.totals[f].f1 < min_f1]
        if low:
            click.echo(f"unter --min-f1 {min_f1}: {', '.join(low)}", err=True)
            sys.exit(1)


def _evaluate_oparl(out: Path, gold: Path, min_recall: float | None, show: int) -> None:
    from ..analysis.evaluate import oparl_recall

    try:
        score = oparl_recall(out, gold)
    except (OSError, ValueError, KeyError) as exc:
        raise click.ClickException(f"{gold}: nicht lesbar ({exc})") from exc
    click.echo(score.line())
    if score.unknown:
        click.echo(f"{len(score.unknown)} Dateien der OParl-Liste ohne Dokument in {out}", err=True)
    for source, body, date in score.misses[:show]:
        click.echo(f"fehlt: {source}: {body} am {date or '?'}")
    for source, body, date in score.debris[:show]:
        click.echo(f"kein Gremium: {source}: {body} ({date or 'ohne Datum'})")
    if min_recall is not None and score.recall < min_recall:
        click.echo(f"OParl-Recall unter --min-recall {min_recall}", err=True)
        sys.exit(1)


@main.command(context_settings=CONTEXT)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@settings_options
def inspect(file: Path, ocr: str, ocr_lang: str, max_pages: int, workers: int | None) -> None:
    """Zeigt, was aus einer Datei FILE gelesen wird, mit dem Beleg jedes Werts.

    Beispiel:

        vorlagen inspect data/raw/004_ff3983e8347dd6ec.txt
    """
    from ..analysis.inspect import describe
    from ..errors import VorlagenError

    settings = make_settings(ocr, ocr_lang, max_pages, workers)
    try:
        click.echo(describe(file, settings))
    except VorlagenError as exc:
        raise click.ClickException(f"{file}: {exc}") from exc


@main.command(context_settings=CONTEXT)
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("docs", nargs=-1, required=True)
def remove(out: Path, docs: tuple[str, ...]) -> None:
    """Nimmt Vorlagen aus dem Bestand in OUT heraus und schreibt die Tabellen neu.

    DOCS sind doc_ids, Pfade wie in der Tabelle documents (source_path) oder Ordner (alle
    Vorlagen darin). Ihre Zeilen, Texte und Fehler verschwinden; Vergleich, XLSX und
    Bericht werden neu geschrieben. Ein späteres `vorlagen run` auf dieselben Dateien fügt
    sie wieder hinzu.

    Beispiel:

        vorlagen remove data/processed stadt-b/ 4dbbedca56f43581
    """
    from ..errors import NothingToRead
    from ..output.corrections import CorrectionError
    from ..run.runner import rebuild

    try:
        summary, removed = rebuild(out, docs)
    except (NothingToRead, CorrectionError) as exc:
        raise click.UsageError(str(exc)) from exc
    for entry in removed:
        click.echo(f"entfernt: {entry.source_path}" + (f" ({entry.doc_id})" if entry.doc_id else ""))
    click.echo(summary.line())
    click.echo(summary.where())
    for line in summary.notes():
        click.echo(line, err=True)
    sys.exit(exit_code(summary))


# the commands of their own modules
for command in (compare, report, review, correct, corrections, serve, fetch_oparl):
    main.add_command(command)

if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    main()
