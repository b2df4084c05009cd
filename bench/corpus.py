"""The benchmark's corpus of documents that are all different.

Every document is a submission put together from the test generators' layouts (Beratungsfolge
blocks of every family from ``tests/generators/layouts.py``, exported and column-exported tables from
``tests/generators/exported_layouts.py``, Handlungsfelder of ``tests/generators/field_layouts.py`` and
``tests/generators/field_families.py``, steering-group passages of ``tests/generators/steering_pool.py``) under a
letterhead drawn anew (municipality, document type and number, dates, subject) with prose
whose sentences are drawn from the seed texts, and rendered as a text-layer PDF by the
fixture renderer (``scripts/make_fixtures.py``: grid or plain layout, tables as tables,
form feeds as page breaks). No two documents share a line of header or an arrangement of
blocks, so the readers' per-line caches hit as rarely as on a real archive.

The corpus is built once and cached outside the repository's tracked files in
``.bench-corpus/<key>/`` (gitignored), where the key is the digest of the generator version,
the seed, the number of documents, the hypothesis version and the sources of the generators
and the renderer: same inputs, same bytes. :func:`real_pdfs` adds the text-layer PDFs of the
shared corpora (Nordstemmen, Munich, Erlangen) beside it, read where they lie.

    python bench/corpus.py            # build (or find) the corpus and print its size
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
TESTS = ROOT / "tests" / "generators"
SHARED = ROOT.parent / "shared" / "corpus"
CACHE = ROOT / ".bench-corpus"
VERSION = 1
SEED = 40
DOCS = 300

MUNICIPALITIES = [
    "Stadt Landau in der Pfalz",
    "Gemeinde Nordstadt",
    "Stadt Lingen (Ems)",
    "Landeshauptstadt Hannover",
    "Stadt Marburg",
    "Hansestadt Rostock",
    "Stadt Bremerhaven",
    "Kreisstadt Olpe",
    "Stadt Trier",
    "Gemeinde Barleben",
    "Stadt Erlangen",
    "Landkreis Ludwigslust-Parchim",
]
KINDS = ["Sitzungsvorlage", "Beschlussvorlage", "Mitteilungsvorlage", "Vorlage", "Informationsvorlage"]
OFFICES = ["Sozialamt", "Fachbereich Bildung und Soziales", "Amt für Integration", "Jugendamt", "Kulturamt"]
SUBJECTS = [
    "Fortschreibung des Integrationskonzeptes",
    "Kommunales Handlungskonzept Teilhabe",
    "Einrichtung einer Steuerungsgruppe",
    "Förderung der Quartiersarbeit",
    "Konzept zur Seniorenarbeit",
    "Sportentwicklungsplan",
    "Kulturentwicklungsplanung",
    "Digitalisierungsstrategie der Verwaltung",
]
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])")


def _module(name: str, folder: Path) -> Any:
    for path in (folder, ROOT):
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))
    return importlib.import_module(name)


def sources() -> list[Path]:
    names = ["layouts", "exported_layouts", "field_layouts", "field_families", "steering_pool"]
    return [TESTS / f"{n}.py" for n in names] + [ROOT / "scripts" / "make_fixtures.py", Path(__file__)]


def key(n_docs: int) -> str:
    import hypothesis

    h = hashlib.sha256(f"{VERSION}/{SEED}/{n_docs}/{hypothesis.__version__}".encode())
    for path in sources():
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def families() -> dict[str, Any]:
    """Every generator family, as a strategy of (pages of) text."""
    from hypothesis import strategies as st

    lay = _module("tests.generators.layouts", ROOT)
    exp = _module("tests.generators.exported_layouts", ROOT)
    fl = _module("tests.generators.field_layouts", ROOT)
    ff = _module("tests.generators.field_families", ROOT)
    sp = _module("tests.generators.steering_pool", ROOT)
    out: dict[str, Any] = {}
    for family in ("table", "stacked", "key_value", "list", "prose", "flat"):
        out[f"consultations/{family}"] = lay.blocks(families=(family,)).map(lambda b: b.text())
    out["consultations/am"] = lay.am_blocks().map(lambda b: b.text())
    out["exported"] = exp.exported().map(lambda e: e.text())
    out["column_exports"] = exp.column_exports().map(lambda e: e.text())
    for name in ("headings", "lead_in_lists", "tables", "prose", "distractors"):
        out[f"fields/{name}"] = getattr(fl, name)().map(lambda d: d.text)
    for name in ("overviews", "contents", "one_line", "quoted", "run_in", "page_breaks", "list_ends", "nested"):
        out[f"fields/{name}"] = getattr(ff, name)().map(lambda d: d.text)
    out["fields/history"] = ff.history().map(lambda d: d.text)
    out["steering"] = st.composite(lambda draw: sp.passage(draw)[0])()
    return out


def examples(strategy: Any, n: int) -> list[str]:
    """``n`` draws of a strategy, the same on every run (hypothesis derandomized), duplicates left out."""
    from hypothesis import HealthCheck, Phase, given, settings

    out: list[str] = []

    @settings(
        derandomize=True,
        max_examples=n,
        database=None,
        phases=[Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(text: str) -> None:
        out.append(text)

    collect()
    return list(dict.fromkeys(out))


def header(rng: random.Random) -> str:
    year = rng.randint(2012, 2025)
    number = f"{rng.randint(100, 999)}/{rng.randint(1, 400):03d}/{year}"
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    lines = [
        rng.choice(MUNICIPALITIES),
        rng.choice(["Der Bürgermeister", "Der Oberbürgermeister", "Die Landrätin", "Der Magistrat"]),
        "",
        rng.choice(KINDS),
        number,
        "",
        f"{rng.choice(['Amt/Abteilung', 'Federführung', 'Fachbereich'])}: {rng.choice(OFFICES)}",
        f"Datum: {day:02d}.{month:02d}.{year}",
        "",
        "Betreff:",
        "",
        f"{rng.choice(SUBJECTS)} {rng.randint(2, 9)}.{rng.randint(0, 9)} ({year})",
    ]
    return "\n".join(lines)


def prose(rng: random.Random, sentences: list[str], n: int) -> str:
    paragraphs = []
    for _ in range(n):
        paragraphs.append(" ".join(rng.sample(sentences, min(len(sentences), rng.randint(2, 6)))))
    return "\n\n".join(paragraphs)


def compose(rng: random.Random, parts: list[str], sentences: list[str]) -> str:
    """A submission: letterhead, proposal, reasons with the drawn parts between prose."""
    blocks = [header(rng), "Beschlussvorschlag:", prose(rng, sentences, 1), "Begründung:"]
    for part in parts:
        blocks.append(prose(rng, sentences, rng.randint(1, 5)))
        blocks.append(part.strip("\n"))
    blocks.append(prose(rng, sentences, rng.randint(0, 6)))
    return "\n\n".join(b for b in blocks if b)


def seed_sentences() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n\n"):
            para = " ".join(para.split())
            if len(para) > 200 and "\t" not in para:
                out += [s for s in SENTENCE.split(para) if 40 <= len(s) <= 400]
    return sorted(set(out))


def render(text: str, layout: str) -> bytes:
    """A text-layer PDF of the text: the fixture renderer's story, a page break at each form feed."""
    mf = _module("make_fixtures", ROOT / "scripts")
    mf.register_fonts()
    return bytes(mf.render_text(text, mf.LAYOUTS[layout], "bench"))


def build(n_docs: int = DOCS, cache: Path = CACHE, say: Callable[[str], None] = print) -> list[Path]:
    """The generated PDFs, built on the first call and read from the cache after."""
    folder = cache / key(n_docs)
    done = folder / "DONE"
    if done.exists():
        return sorted(folder.glob("*.pdf"))
    folder.mkdir(parents=True, exist_ok=True)
    say(f"building the benchmark corpus ({n_docs} documents) in {folder} ...")
    strategies = families()
    per_family = 3 * n_docs // len(strategies) + 2  # about three parts a document
    pools = {name: examples(s, per_family) for name, s in strategies.items()}
    sentences = seed_sentences()
    rng = random.Random(SEED)
    names = sorted(pools)
    for i in range(n_docs):
        chosen = [names[(i + k) % len(names)] for k in range(0, rng.randint(2, 4) * 5, 5)]
        parts = [pools[name].pop() for name in chosen if pools[name]]
        text = compose(rng, parts, sentences)
        layout = "grid" if i % 2 == 0 else "plain"
        (folder / f"{i:04d}_{layout}.pdf").write_bytes(render(text, layout))
    done.write_text("ok\n")
    return sorted(folder.glob("*.pdf"))


def has_text(path: Path) -> bool:
    """Whether every page of a PDF carries a usable text layer, as the reader judges it (the
    benchmark's text path; a page without one takes the OCR path)."""
    import pypdfium2 as pdfium

    from pipeline.ingest.readers import pdfium_glyphs, usable_text

    pdf = pdfium.PdfDocument(path)
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                if not usable_text(pdfium_glyphs(page)):
                    return False
            finally:
                page.close()
        return True
    finally:
        pdf.close()


def real_pdfs(shared: Path = SHARED) -> list[Path]:
    """The PDFs of the shared corpora with a text layer on every page (none when absent)."""
    found: list[Path] = []
    for sub in ("nordstemmen/pdf", "munich", "erlangen"):
        found += sorted((shared / sub).glob("*.pdf"))
    return [p for p in found if has_text(p)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=DOCS, help=f"generated documents (default {DOCS})")
    args = ap.parse_args()
    import pypdfium2 as pdfium

    generated = build(args.docs)
    real = real_pdfs()
    for name, paths in (("generated", generated), ("shared corpora", real)):
        pages = 0
        for p in paths:
            pdf = pdfium.PdfDocument(p)
            pages += len(pdf)
            pdf.close()
        print(f"{name}: {len(paths)} PDFs, {pages} pages")


if __name__ == "__main__":
    main()
