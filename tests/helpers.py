"""What many test files need: the sample corpus's paths, a pipeline run into a folder, a table
read back as text, a document built from a string, a script of scripts/ loaded as a module.

Fixtures stay in conftest.py; plain functions and constants live here and are imported by name
(``from tests.helpers import RAW, run_into``).
"""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

import pandas as pd

from pipeline.document import Document
from pipeline.output.formats import DEFAULT_FORMATS
from pipeline.run.runner import RunSummary, run
from pipeline.settings import Settings
from pipeline.structure import view

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
GOLD = ROOT / "tests" / "gold"
SHARED = ROOT.parent / "shared"
SEED_TEXTS = sorted(RAW.glob("*.txt"))
RENDERINGS = {
    "text": SEED_TEXTS,
    "grid": sorted((RAW / "pdf" / "grid").glob("*.pdf")),
    "plain": sorted((RAW / "pdf" / "plain").glob("*.pdf")),
}
# The municipalities of the five seeds, in the order of the municipalities table.
SEED_MUNICIPALITIES = ["Landau in der Pfalz", "Landshut", "Leverkusen", "Lörrach", "Waiblingen"]


def seed_folder(folder: Path, n: int) -> Path:
    """``folder`` holding copies of the first ``n`` seed texts."""
    folder.mkdir(parents=True)
    for seed in SEED_TEXTS[:n]:
        shutil.copy(seed, folder / seed.name)
    return folder


def first_pages(pdf: Path, n: int, target: Path) -> Path:
    """``target`` holding the first ``n`` pages of ``pdf`` (a shorter scan where a test needs only a few)."""
    import pypdfium2 as pdfium

    source, short = pdfium.PdfDocument(str(pdf)), pdfium.PdfDocument.new()
    short.import_pages(source, list(range(n)))
    short.save(str(target))
    return target


def run_into(
    out: Path,
    inputs: Iterable[Path],
    formats: tuple[str, ...] = DEFAULT_FORMATS,
    use_cache: bool = False,
    executor: str = "auto",
    scheduler: str | None = None,
    **settings: Any,
) -> RunSummary:
    """``vorlagen run`` on ``inputs`` into ``out``, without a progress bar: one worker and no cache
    unless asked (``settings`` are :class:`Settings` fields)."""
    return run(
        list(inputs),
        out,
        Settings(**{"workers": 1, **settings}),
        use_cache=use_cache,
        executor=executor,
        scheduler=scheduler,
        progress=False,
        formats=formats,
    )


def read_table(out: Path, name: str) -> pd.DataFrame:
    """A table of an output folder as its CSV has it: every cell text, empty cells ''."""
    return pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)


def document(
    text: str,
    ocr: float | Sequence[float | None] | None = None,
    *,
    doc_id: str = "t",
    source_path: str = "t.txt",
    sha256: str = "0" * 64,
    one_page: bool = False,
) -> Document:
    """A document as ingest builds it from plain text: a form feed starts a new page (unless
    ``one_page``); pages with an OCR confidence (one for all, or one per page) are OCR pages.

    >>> [p.number for p in document("Seite 1\\fSeite 2").pages]
    [1, 2]
    """
    pages = [text] if one_page else text.split("\f")
    confs = list(ocr) if isinstance(ocr, Sequence) else [ocr] * len(pages)
    return Document.from_pages(
        doc_id, source_path, sha256, [(p, "ocr" if c is not None else "plain_text", c) for p, c in zip(pages, confs)]
    )


R = TypeVar("R")


def viewed(extract: Callable[..., Iterable[R]], doc: Document, res: Any, **inputs: Any) -> list[R]:
    """What an extractor reads from a document, with the structure view the extract stage would
    hand it (``viewed(steering.extract, doc, load_resources())``)."""
    return list(extract(doc, res, view(doc), **inputs))


def load_script(name: str) -> ModuleType:
    """``scripts/<name>.py`` as a module (the scripts are not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
