"""The export matrix: the same PDFs read from the text of the tools councils and hosting sites use.

Real text reaches the pipeline from export tools (an OParl server's ``File.text``, a hosting
site's text, a user's own conversion), and each tool sets tables, columns and page breaks in its
own way. This module exports every PDF with

  pdftotext         poppler's default reading order
  pdftotext-layout  poppler with ``-layout`` (columns kept as gaps)
  pypdf             ``PdfReader(...).pages[i].extract_text()``
  pdfminer          ``pdfminer.high_level.extract_text`` (what pdfplumber builds on)
  pdftohtml         poppler's ``pdftohtml -s -i -noframes``: an HTML page of text boxes placed by position
  pdfminer-html     pdfminer.six's HTML output, the same (the HTML pages of hosting sites and viewers)

(pages joined by a form feed, as pdftotext and pdfminer write them), runs the pipeline over each
export and over the PDF itself (``pdf``), and prints per tool

- macro F1 per field against the gold of the rendered submissions (the seed renderings of
  ``data/raw/pdf`` with ``tests/gold``, the held-out submissions of ``tests/unseen`` rendered as
  grid and plain PDFs by ``scripts/make_fixtures.py`` with ``tests/unseen/gold``);
- for every PDF (the renderings and the real text-layer PDFs of ``../shared/corpus``: Nordstemmen,
  Munich, Erlangen) how many of the facts the pipeline reads from the PDF itself each export
  gives as well: its consultations (body and date), municipality, number and date.

Exports and renderings are cached in ``.bench-exports/`` (gitignored), keyed by the content of the
PDF and the tool, so a second run only runs the pipeline. ``tests/exports/test_export_matrix.py`` holds
every PDF through every tool to the facts of the PDF.

    python bench/export_matrix.py              # every set
    python bench/export_matrix.py --only real  # the real PDFs only
    python bench/export_matrix.py --layouts tabbed  # the seeds and every held-out submission in a print layout
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import io
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.analysis.evaluate import FIELDS, evaluate, norm  # noqa: E402
from pipeline.output.store import read_tables  # noqa: E402
from pipeline.run.runner import run  # noqa: E402
from pipeline.settings import Settings  # noqa: E402

CACHE = ROOT / ".bench-exports"
RAW = ROOT / "data" / "raw"
UNSEEN = ROOT / "tests" / "unseen"
SHARED = ROOT.parent / "shared"
REAL = ("nordstemmen/pdf", "munich", "erlangen")
TOOLS = ("pdf", "pdftotext", "pdftotext-layout", "pypdf", "pdfminer", "pdftohtml", "pdfminer-html")
EXPORTS = TOOLS[1:]
FACTS = ("consultations", "municipality", "number", "date")
# the submissions rendered in the print layouts of scripts/fixture_layouts.py: a boxed head form with
# running heads and ruled tables over page breaks; every table as tab-stop text, no table at all
PRINT_LAYOUTS = {
    "boxed": ("b01_neumuenster", "d01_ludwigslust_parchim", "e03_herne", "g04_region_hannover"),
    "tabbed": ("b01_neumuenster", "d01_ludwigslust_parchim", "d03_rostock", "f01_hameln_pyrmont"),
}
LAYOUT_NAMES = ("boxed", "tabbed", "condensed")  # every print layout of scripts/fixture_layouts.py
MIN_PAGE_CHARS = 20  # a page with less text than this has no text layer (a scan): such PDFs are left out


# --- exports ------------------------------------------------------------------------------


def _pdftotext(data: bytes, *options: str) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        done = subprocess.run(["pdftotext", "-enc", "UTF-8", *options, f.name, "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def _pypdf(data: bytes) -> str:
    from pypdf import PdfReader

    return "\f".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _pdfminer(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return str(extract_text(io.BytesIO(data)))


def _pdftohtml(data: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        done = subprocess.run(
            ["pdftohtml", "-q", "-s", "-i", "-noframes", "-enc", "UTF-8", "-stdout", f.name],
            capture_output=True,
            check=True,
        )
    return done.stdout.decode("utf-8")


def _pdfminer_html(data: bytes) -> str:
    from pdfminer.high_level import extract_text_to_fp
    from pdfminer.layout import LAParams

    out = io.BytesIO()
    extract_text_to_fp(io.BytesIO(data), out, output_type="html", laparams=LAParams(), codec="utf-8")
    return out.getvalue().decode("utf-8")


EXPORTERS: dict[str, Callable[[bytes], str]] = {
    "pdftotext": _pdftotext,
    "pdftotext-layout": lambda data: _pdftotext(data, "-layout"),
    "pypdf": _pypdf,
    "pdfminer": _pdfminer,
    "pdftohtml": _pdftohtml,
    "pdfminer-html": _pdfminer_html,
}
SUFFIXES = {"pdftohtml": ".html", "pdfminer-html": ".html"}  # the others write plain text


def as_text(tool: str, exported: str) -> str:
    """The text the pipeline reads from ``tool``'s export: an HTML export's page laid out as text."""
    if tool not in SUFFIXES:
        return exported
    from pipeline.ingest.html import html_text

    return html_text(exported.encode("utf-8"))


def export_path(pdf: Path, tool: str) -> Path:
    """The name an export of ``pdf`` by ``tool`` is read under: ``.txt``, ``.html`` for the HTML exports."""
    return pdf.with_suffix(SUFFIXES.get(tool, ".txt"))


def digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(hashlib.sha256(part).digest())
    return h.hexdigest()[:24]


def _private(path: Path) -> Path:
    """A temporary name beside ``path`` that no other process writing the same entry uses: two
    processes filling the cache at once each write their own file and the last replace wins."""
    return path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")


def exported(pdf: Path, tool: str, cache: Path = CACHE) -> str:
    """The text ``tool`` exports from ``pdf``, cached by the PDF's content and the tool."""
    data = pdf.read_bytes()
    path = cache / "text" / tool / f"{digest(data)}.txt"
    if path.exists():
        return path.read_text(encoding="utf-8")
    text = EXPORTERS[tool](data)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _private(path)
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return text


# --- the PDFs -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PdfSet:
    """PDFs read together (their stems are unique within a set), with the gold of their facts if any."""

    name: str
    pdfs: tuple[Path, ...]
    gold: Path | None = None


def _make_fixtures() -> Any:
    spec = importlib.util.spec_from_file_location("make_fixtures", ROOT / "scripts" / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_fixtures", module)
    spec.loader.exec_module(module)
    module.register_fonts()
    return module


def rendered(texts: Iterable[Path], layout: str, cache: Path = CACHE) -> tuple[Path, ...]:
    """The texts rendered as ``scripts/make_fixtures.py`` renders them in ``layout`` (grid, plain, or
    a print layout of ``scripts/fixture_layouts.py``), cached by the content of each text and of the
    scripts."""
    script = (ROOT / "scripts" / "make_fixtures.py").read_bytes()
    if layout in LAYOUT_NAMES:
        script += (ROOT / "scripts" / "fixture_layouts.py").read_bytes()
    mf: Any = None
    out = []
    for text in sorted(texts):
        path = cache / "render" / layout / digest(text.read_bytes(), script, layout.encode()) / f"{text.stem}.pdf"
        if not path.exists():
            mf = mf or _make_fixtures()
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = _private(path)
            data = mf.render_more(layout, text) if layout in LAYOUT_NAMES else mf.render_pdf(text, mf.LAYOUTS[layout])
            tmp.write_bytes(data)
            tmp.replace(path)
        out.append(path)
    return tuple(out)


def has_text_layer(pdf: Path) -> bool:
    """Every page of ``pdf`` has a text layer (scanned and mixed PDFs are left out)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return all(len(doc[i].get_textpage().get_text_range().strip()) >= MIN_PAGE_CHARS for i in range(len(doc)))
    finally:
        doc.close()


def rendered_sets(cache: Path = CACHE) -> list[PdfSet]:
    """The seed renderings and the held-out submissions rendered in both layouts, with their gold."""
    sets = [
        PdfSet(f"seeds-{lay}", tuple(sorted((RAW / "pdf" / lay).glob("*.pdf"))), ROOT / "tests" / "gold")
        for lay in ("grid", "plain")
    ]
    unseen = sorted((UNSEEN / "docs").glob("*.txt"))
    sets += [PdfSet(f"unseen-{lay}", rendered(unseen, lay, cache), UNSEEN / "gold") for lay in ("grid", "plain")]
    for lay, stems in PRINT_LAYOUTS.items():  # a few submissions in each further print layout
        texts = [UNSEEN / "docs" / f"{stem}.txt" for stem in stems]
        sets.append(PdfSet(f"unseen-{lay}", rendered(texts, lay, cache), UNSEEN / "gold"))
    return [s for s in sets if s.pdfs]


def layout_sets(layouts: Iterable[str], cache: Path = CACHE) -> list[PdfSet]:
    """The seeds and every held-out submission rendered in each print layout, scored together
    against both golds (copied into one folder of the cache)."""
    texts = sorted(RAW.glob("*.txt")) + sorted((UNSEEN / "docs").glob("*.txt"))
    gold = cache / "gold-all"
    gold.mkdir(parents=True, exist_ok=True)
    for path in [*(ROOT / "tests" / "gold").glob("*.json"), *(UNSEEN / "gold").glob("*.json")]:
        (gold / path.name).write_bytes(path.read_bytes())
    return [PdfSet(f"all-{lay}", rendered(texts, lay, cache), gold) for lay in layouts]


def real_set(shared: Path = SHARED) -> list[PdfSet]:
    """The real council PDFs with a text layer on every page (none when ../shared is absent)."""
    pdfs = tuple(p for folder in REAL for p in sorted((shared / "corpus" / folder).glob("*.pdf")) if has_text_layer(p))
    return [PdfSet("real", pdfs)] if pdfs else []


# --- the facts ----------------------------------------------------------------------------


@dataclass
class Facts:
    """What one document states: its consultations (body, date), municipality, number and date."""

    consultations: frozenset[tuple[str, str]] = frozenset()
    municipality: str = ""
    number: str = ""
    date: str = ""

    def get(self, name: str) -> Any:
        return getattr(self, name)


def _text(value: Any) -> str:
    return "" if value is None or value != value else str(value)  # NaN is no value


def read_facts(out: Path) -> dict[str, Facts]:
    """The facts of every document of an output folder, by the stem of its input."""
    tables = read_tables(out, ("documents", "consultations"))
    docs = tables.get("documents")
    if docs is None:
        return {}
    stems = {}
    facts: dict[str, Facts] = {}
    for doc in docs.to_dict("records"):
        stem = Path(str(doc["source_path"])).stem
        stems[doc["doc_id"]] = stem
        facts[stem] = Facts(
            municipality=_text(doc["municipality"]), number=_text(doc["doc_number"]), date=_text(doc["doc_date"])
        )
    found: dict[str, set[tuple[str, str]]] = {}
    cons = tables.get("consultations")
    for row in [] if cons is None else cons.to_dict("records"):
        found.setdefault(stems.get(row["doc_id"], ""), set()).add(
            (norm(_text(row["body"])), _text(row["meeting_date"]))
        )
    for stem, rows in found.items():
        if stem in facts:
            facts[stem].consultations = frozenset(rows)
    return facts


def same(fact: str, pdf: Facts, export: Facts) -> bool:
    """The export states ``fact`` as the PDF does (both empty counts as the same)."""
    return bool(pdf.get(fact) == export.get(fact))


# --- runs ---------------------------------------------------------------------------------


@dataclass
class Variant:
    """One set read through one tool: the facts per document and, with gold, the evaluation."""

    facts: dict[str, Facts]
    f1: dict[str, float] = field(default_factory=dict)


def inputs_for(pdfs: Iterable[Path], tool: str, folder: Path, cache: Path = CACHE) -> list[Path]:
    """The pipeline's inputs for ``tool``: the PDFs themselves, or their exports as ``<stem>.txt``
    (``<stem>.html`` for the HTML exports)."""
    if tool == "pdf":
        return list(pdfs)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for pdf in pdfs:
        path = folder / export_path(pdf, tool).name
        path.write_text(exported(pdf, tool, cache), encoding="utf-8")
        paths.append(path)
    return paths


def read_variant(pdf_set: PdfSet, tool: str, work: Path, cache: Path = CACHE) -> Variant:
    """Run the pipeline over ``pdf_set`` as ``tool`` gives it; score against the set's gold."""
    inputs = inputs_for(pdf_set.pdfs, tool, work / "in" / pdf_set.name / tool, cache)
    out = work / "out" / pdf_set.name / tool
    run(inputs, out, Settings(workers=1, ocr="never"), use_cache=False, progress=False, formats=("csv",))
    variant = Variant(read_facts(out))
    if pdf_set.gold is not None:
        scored = evaluate(out, pdf_set.gold)
        variant.f1 = {name: scored.totals[name].f1 for name in FIELDS}
    return variant


def matrix(sets: list[PdfSet], tools: Iterable[str], work: Path, cache: Path = CACHE) -> dict[tuple[str, str], Variant]:
    """Every set through every tool (``pdf`` always included, the reference of the facts)."""
    return {(s.name, tool): read_variant(s, tool, work, cache) for s in sets for tool in dict.fromkeys(("pdf", *tools))}


# --- the table ----------------------------------------------------------------------------


def given(reference: Facts, export: Facts, fact: str) -> tuple[int, int]:
    """How many of the PDF's ``fact`` the export gives: (given, stated by the PDF)."""
    if fact == "consultations":
        return len(reference.consultations & export.consultations), len(reference.consultations)
    value = reference.get(fact)
    return (int(bool(value) and value == export.get(fact)), int(bool(value)))


def report(
    sets: list[PdfSet], results: dict[tuple[str, str], Variant], tools: Iterable[str], say: Callable[[str], None]
) -> None:
    tools = list(dict.fromkeys(("pdf", *tools)))
    scored = [s for s in sets if s.gold is not None]
    # every scored set together, then each alone where there are several
    for group in [scored] + ([[s] for s in scored] if len(scored) > 1 else []):
        if not group:
            continue
        say("macro F1 per field against the gold (" + ", ".join(f"{s.name} {len(s.pdfs)}" for s in group) + ")")
        fields = [f for f in FIELDS if any(results[s.name, "pdf"].f1.get(f) is not None for s in group)]
        say(f"{'tool':<18}{'macro':>7}" + "".join(f"{f[:12]:>13}" for f in fields))
        for tool in tools:
            per_field = {f: sum(results[s.name, tool].f1[f] for s in group) / len(group) for f in fields}
            macro = sum(per_field.values()) / len(per_field)
            say(f"{tool:<18}{macro:>7.3f}" + "".join(f"{per_field[f]:>13.3f}" for f in fields))
        say("")
    for s in sets:
        say(f"{s.name} ({len(s.pdfs)} PDFs): facts of the PDF each export gives (given/stated; invented or changed)")
        say(f"{'tool':<18}" + "".join(f"{f:>26}" for f in FACTS))
        reference = results[s.name, "pdf"].facts
        for tool in tools[1:]:
            cells = []
            for fact in FACTS:
                got = want = wrong = 0
                for stem, ref in reference.items():
                    exp = results[s.name, tool].facts.get(stem, Facts())
                    g, w = given(ref, exp, fact)
                    got, want = got + g, want + w
                    if fact == "consultations":
                        wrong += len(exp.consultations - ref.consultations)
                    else:
                        wrong += int(bool(exp.get(fact)) and exp.get(fact) != ref.get(fact))
                share = f"{got / want:.2f}" if want else "-"
                cells.append(f"{got:>5}/{want:<5} {share:>5}; {wrong:<5}")
            say(f"{tool:<18}" + "".join(f"{c:>26}" for c in cells))
        say("")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", choices=("rendered", "real"), help="one kind of PDFs only")
    ap.add_argument("--tools", nargs="+", choices=EXPORTS, default=list(EXPORTS))
    ap.add_argument("--layouts", nargs="+", choices=LAYOUT_NAMES, help="only these print layouts, every submission")
    ap.add_argument("--cache", type=Path, default=CACHE, help="where exports and renderings are kept")
    args = ap.parse_args(argv)
    sets = []
    if args.layouts:
        sets += layout_sets(args.layouts, args.cache)
    elif args.only in (None, "rendered"):
        sets += rendered_sets(args.cache)
    if args.only in (None, "real") and not args.layouts:
        sets += real_set()
    with tempfile.TemporaryDirectory(dir=args.cache.parent if args.cache.parent.exists() else None) as tmp:
        results = matrix(sets, args.tools, Path(tmp), args.cache)
        report(sets, results, args.tools, print)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
