"""Scans score as their text layer: held-out submissions rendered as PDFs, scanned at every quality
of ``scripts/make_fixtures.py`` (resolution, skew, blur, noise, dust, JPEG), and scored with the
gold rules beside the text-layer PDFs they were scanned from. OCR must not cost more than 0.05 of
F1 on any field. The documents are the held-out ones whose lists and tables OCR reads worst:
bulleted member and field lists (Lingen, Kempten), a numbered member list and a table with row
numbers (Rostock), members in a running sentence (Barleben), and document numbers and dates that
tesseract misreads in the flow of their line at 300 dpi (Lingen's "18.08.2020" as 13, Bremerhaven's
"IV/27/2023" as "1V", Marburg's "VO/0734/2020" as "V0"); a table of contents whose dot leaders
tesseract read as letters, garbling the fields' names beside them (Offenburg), and a table of seats
whose "e. V." tesseract read as one word with the number of the next cell (Herne).

The newest held-out submissions (``g01``–``i05``) are scanned one document at one quality each
(:data:`NEWEST`), each against its own text layer: check boxes of a list of fields, ticked and
empty (Markt Indersdorf), delegates with dot leaders to their counts after an "e. V."
(Vogelsbergkreis), the x marks of a plan's cells a column apart (Wittlich-Land) and a number's
second letter part ("SG/VO/…", Bersenbrück). So are the p- and q-sets (``p01``–``q05``), each
document at one quality (München at two): a numbered section heading with its paragraph under it,
read as a list's last item ended by the paragraph (Reutlingen's facilitator, at office quality); a
name's final "l" read as "!" (München, dusty) and the space lost after a slash inside a document
number ("20-26 /V", München, coarse); Gelsenkirchen's plan marks at coarse quality are a known loss.
The Salzlandkreis' fields (z03), tiled two a row, each opened by a square bullet that tesseract reads
as a letter ("u", "w", "I") or drops between the columns, are read by the bullets' ink. Circled
digits numbering fields in a row (Rüsselsheim), a title framed by rules of "=" glyphs (Buxtehude) and
middle dots between a Beratungsfolge's cells (Aschaffenburg) are read by their ink too.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.analysis.evaluate import Evaluation, evaluate
from pipeline.run.runner import run
from pipeline.settings import Settings
from tests.ingest.test_justified import fixtures

UNSEEN = Path(__file__).resolve().parents[1] / "unseen"
STEMS = (
    "b04_lingen",
    "c01_kempten",
    "d02_barleben",
    "d03_rostock",
    "d04_bremerhaven",
    "u02_marburg",
    "e01_offenburg",
    "e03_herne",
)
ALLOWED_LOSS = 0.05

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed"),
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The documents' grid renderings (``pdf/``) and their gold files (``gold/``)."""
    root = tmp_path_factory.mktemp("qualities")
    mf = fixtures()
    (root / "pdf").mkdir()
    (root / "gold").mkdir()
    for stem in STEMS:
        (root / "pdf" / f"{stem}.pdf").write_bytes(mf.render_pdf(UNSEEN / "docs" / f"{stem}.txt", mf.LAYOUTS["grid"]))
        shutil.copy(UNSEEN / "gold" / f"{stem}.json", root / "gold")
    return root


def scored(folder: Path, inputs: Path) -> Evaluation:
    out = folder / f"out-{inputs.name}"
    run([inputs], out, Settings(workers=1), use_cache=False, progress=False)
    result = evaluate(out, folder / "gold")
    assert result.missing == []
    return result


@pytest.fixture(scope="module")
def text_layer(folder: Path) -> Evaluation:
    return scored(folder, folder / "pdf")


def loss(text_layer: Evaluation, scan: Evaluation) -> dict[str, float]:
    """The fields whose F1 the scan loses by more than the allowed against the text layer."""
    return {
        field: round(text_layer.totals[field].f1 - score.f1, 3)
        for field, score in scan.totals.items()
        if text_layer.totals[field].f1 - score.f1 > ALLOWED_LOSS
    }


KNOWN: dict[str, str] = {}  # quality: why its scans are known to lose more (a strict xfail)


@pytest.mark.parametrize(
    "quality",
    [
        pytest.param(q, marks=pytest.mark.xfail(reason=KNOWN[q], strict=True)) if q in KNOWN else q
        for q in sorted(fixtures().QUALITIES)
    ],
)
def test_scans_score_as_their_text_layer(folder: Path, text_layer: Evaluation, quality: str) -> None:
    mf = fixtures()
    scans = folder / f"scan-{quality}"
    scans.mkdir()
    for stem in STEMS:
        (scans / f"{stem}.pdf").write_bytes(mf.scan_pdf(folder / "pdf" / f"{stem}.pdf", "grid", mf.QUALITIES[quality]))
    scan = scored(folder, scans)
    assert loss(text_layer, scan) == {}, f"{quality}: F1 lost against the text layer"


@dataclass(frozen=True)
class Case:
    stem: str
    layout: str  # the rendering scanned: grid or plain
    quality: str
    known: str = ""  # why the scan is known to lose more (a strict xfail)

    @property
    def id(self) -> str:
        return f"{self.stem[:3]}-{self.layout}-{self.quality}"


PLAN_MARKS = (
    'a plan\'s row of marks set flat after its field ("Zusammenleben in den Stadtteilen x x x x"): at 150 dpi '
    "tesseract reads two marks as one word and a tab before them, and the row reads as a table's, its fields lost"
)
NEWEST = [
    Case("g03_markt_indersdorf", "grid", "office"),
    Case("i04_vogelsbergkreis", "grid", "office"),
    Case("h02_wittlich_land", "plain", "office"),
    Case("h03_bersenbrueck", "plain", "office"),
    # the p- and q-sets, each document at a quality of its own
    Case("p01_muenchen", "grid", "dusty"),
    Case("p01_muenchen", "grid", "coarse"),
    Case("p02_landkreis_reutlingen", "grid", "office"),
    Case("p03_amt_brueck", "grid", "fine"),
    Case("p04_gelsenkirchen", "grid", "coarse", known=PLAN_MARKS),
    Case("p05_bad_ems_nassau", "grid", "coarse"),
    Case("q01_gera", "grid", "dusty"),
    Case("q02_rendsburg_eckernfoerde", "grid", "coarse"),
    Case("q03_hamm", "grid", "fine"),
    Case("q04_kronach", "grid", "office"),
    Case("q05_freiberg", "grid", "fine"),
    # fields tiled two a row, each opened by a square bullet that tesseract reads as a letter or drops
    Case("z03_salzlandkreis", "grid", "office"),
    # at 150 dpi: the rules of a box drawn with text glyphs read as a row ("Ilam 4 │ Ausschuss …"), an "l"
    # read "i" in the lead of the fields ("Handiungsfeldern")
    Case("y02_barnim", "grid", "coarse"),
    # circled digits numbering the fields in a row, read as "®", "@" or dropped (Rüsselsheim); a title
    # framed by rules typed as "=" glyphs, read as debris (Buxtehude); middle dots between the cells
    # of a Beratungsfolge's rows, read as hyphens (Aschaffenburg)
    Case("a22_ruesselsheim", "grid", "office"),
    Case("a45_buxtehude", "grid", "office"),
    Case("a46_aschaffenburg", "grid", "office"),
]


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=[pytest.mark.xfail(reason=c.known, strict=True)] if c.known else []) for c in NEWEST],
    ids=[c.id for c in NEWEST],
)
def test_a_newest_scan_scores_as_its_text_layer(tmp_path: Path, case: Case) -> None:
    mf = fixtures()
    for name in ("pdf", "scan", "gold"):
        (tmp_path / name).mkdir()
    shutil.copy(UNSEEN / "gold" / f"{case.stem}.json", tmp_path / "gold")
    pdf = tmp_path / "pdf" / f"{case.stem}.pdf"
    pdf.write_bytes(mf.render_pdf(UNSEEN / "docs" / f"{case.stem}.txt", mf.LAYOUTS[case.layout]))
    scan = tmp_path / "scan" / f"{case.stem}.pdf"
    scan.write_bytes(mf.scan_pdf(pdf, case.layout, mf.QUALITIES[case.quality]))
    assert loss(scored(tmp_path, tmp_path / "pdf"), scored(tmp_path, tmp_path / "scan")) == {}
