"""Justified, hyphenated PDFs of the seeds at other column widths and fonts, read through ingest.

Each seed text is rendered as ``scripts/make_fixtures.py`` renders its 'plain' fixture
(justified, hyphenated by pyphen, borderless tables), but in three more layouts: a narrow
column in a condensed serif, Times (a standard Type 1 font, not embedded) at a medium width,
and a small serif in a narrower column. Words are hyphenated at other places than in the
fixture ("Hand-" / "lungsfelder", "Baden-Würt-" / "temberg", "Dr. Winfried" / "Kösters"), and
sentences and lists break across pages. The PDF is read by the real ingest (pypdfium2 text
layer, no OCR) and scored with the gold rules: action fields, their codes and the
facilitators must score as on the text. Steering members are scored and reported
(``-s`` prints the table) without being asserted here.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import sys
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from extractors import REGISTRY, load_resources
from pipeline.analysis.evaluate import Score, score_document
from pipeline.document import Document
from pipeline.ingest.readers import read_document
from pipeline.records import Record, SteeringGroup
from pipeline.settings import Settings
from pipeline.structure import view
from tests.helpers import GOLD, ROOT, SEED_TEXTS

pytest.importorskip("pyphen")  # reportlab hyphenates only with it

FIELDS = ("action_fields", "action_field_categories", "facilitators", "steering_members")
ASSERTED = ("action_fields", "action_field_categories", "facilitators")


@lru_cache(maxsize=1)
def fixtures() -> Any:
    """scripts/make_fixtures.py as a module, with the fonts of the layouts below registered."""
    spec = importlib.util.spec_from_file_location("make_fixtures", ROOT / "scripts" / "make_fixtures.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_fixtures"] = module
    spec.loader.exec_module(module)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    module.register_fonts()
    names = pdfmetrics.getRegisteredFontNames()
    for suffix in ("", "-Bold"):
        if "DejaVuSerifCondensed" + suffix not in names:
            pdfmetrics.registerFont(
                TTFont("DejaVuSerifCondensed" + suffix, str(module.FONT_DIR / f"DejaVuSerifCondensed{suffix}.ttf"))
            )
    # Times, a standard font (WinAnsi encoding, not embedded), under the names the styles ask for
    pdfmetrics.registerFont(pdfmetrics.Font("Times-Roman-Bold", "Times-Bold", "WinAnsiEncoding"))
    pdfmetrics.registerFontFamily(
        "Times-Roman",
        normal="Times-Roman",
        bold="Times-Roman-Bold",
        italic="Times-Italic",
        boldItalic="Times-BoldItalic",
    )
    return module


def layouts() -> dict[str, Any]:
    mf = fixtures()
    mm = 72 / 25.4
    plain = mf.LAYOUTS["plain"]
    return {
        "narrow-condensed": dataclasses.replace(
            plain,
            name="narrow",
            font="DejaVuSerifCondensed",
            size=10.0,
            leading=12.5,
            margins=(60 * mm, 50 * mm, 20 * mm, 20 * mm),
        ),
        "times": dataclasses.replace(
            plain,
            name="times",
            font="Times-Roman",
            size=10.5,
            leading=13.0,
            margins=(35 * mm, 35 * mm, 20 * mm, 20 * mm),
        ),
        "small-serif": dataclasses.replace(
            plain,
            name="small",
            font="DejaVuSerif",
            size=9.0,
            leading=11.5,
            margins=(45 * mm, 45 * mm, 25 * mm, 25 * mm),
        ),
    }


LAYOUT_NAMES = ["narrow-condensed", "times", "small-serif"]


@cache
def document(seed: Path, layout: str | None) -> Document:
    """The seed as text (``layout`` None) or rendered in a layout and read by ingest."""
    if layout is None:
        return read_document(seed, seed.name, Settings(workers=1))[0]
    data = fixtures().render_pdf(seed, layouts()[layout])
    return read_document(seed.with_suffix(".pdf"), seed.stem + ".pdf", Settings(workers=1, ocr="never"), data)[0]


def tables(doc: Document) -> dict[str, pd.DataFrame]:
    """The scored tables of a document, from the extractors of its fields."""
    rows: dict[str, list[dict[str, Any]]] = {
        "action_fields": [],
        "facilitators": [],
        "steering_groups": [],
        "steering_group_members": [],
    }
    res, sv = load_resources(), view(doc)
    for name, extractor in REGISTRY:
        if name not in ("action_fields", "facilitators", "steering"):
            continue
        for rec in extractor(doc, res, sv):
            assert isinstance(rec, Record)
            assert doc.text[rec.span.start : rec.span.end] == rec.span.snippet
            if isinstance(rec, SteeringGroup):
                rows["steering_groups"].append({"doc_id": doc.doc_id, **rec.values()})
                rows["steering_group_members"] += [{"doc_id": doc.doc_id, **m.values()} for m in rec.members]
            elif rec.table in rows:
                rows[rec.table].append({"doc_id": doc.doc_id, **rec.values()})
    return {k: pd.DataFrame(v) for k, v in rows.items()}


def scores(seed: Path, layout: str | None) -> dict[str, Score]:
    doc = document(seed, layout)
    gold = json.loads((GOLD / f"{seed.stem}.json").read_text(encoding="utf-8"))
    found = score_document(gold, {"doc_id": doc.doc_id}, tables(doc))
    return {f: found[f] for f in FIELDS}


def summary(s: Score) -> tuple[int, int, int]:
    return s.tp, s.fp, s.fn


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
@pytest.mark.parametrize("seed", SEED_TEXTS, ids=[p.stem[:3] for p in SEED_TEXTS])
def test_justified_rendering_scores_as_the_text(seed: Path, layout: str) -> None:
    on_text, on_pdf = scores(seed, None), scores(seed, layout)
    for field in ASSERTED:
        assert summary(on_pdf[field]) == summary(on_text[field]), (field, layout)


def test_renderings_break_words_and_pages() -> None:
    """The layouts do what they are for: words hyphenated at line ends, several pages."""
    for layout in LAYOUT_NAMES:
        docs = [document(seed, layout) for seed in SEED_TEXTS]
        assert sum("-\n" in d.text for d in docs) >= 3, layout
        assert sum(d.n_pages for d in docs) > len(docs), layout


def test_report_steering_members(capsys: pytest.CaptureFixture[str]) -> None:
    """Steering members on the renderings, for the report (owned elsewhere; not asserted)."""
    lines = []
    for layout in [None, *LAYOUT_NAMES]:
        total = {f: Score() for f in FIELDS}
        for seed in SEED_TEXTS:
            for field, s in scores(seed, layout).items():
                total[field].add(s)
        lines.append(
            f"{layout or 'text':18}" + "  ".join(f"{f} {s.tp}/{s.fp}/{s.fn} F1={s.f1:.3f}" for f, s in total.items())
        )
    with capsys.disabled():
        print("\n" + "\n".join(lines))
