"""Page images as inputs: JPEG, PNG and TIFF (several pages too) read as scanned pages; the
images of a folder as one document with --image-folders."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest
from click.testing import CliRunner
from PIL import Image, ImageDraw, ImageFont

from pipeline.analysis.evaluate import evaluate
from pipeline.cli.main import main
from pipeline.errors import CorruptFile, UnsupportedFormat
from pipeline.ingest import ocr
from pipeline.ingest.readers import input_bytes, iter_inputs, natural_key, sniff_kind, unbundle
from tests.helpers import GOLD, RAW, read_table

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
needs_font = pytest.mark.skipif(not FONT.exists(), reason="DejaVu fonts are not installed")


def page_image(lines: list[str], dpi: int = 150) -> Image.Image:
    """An A4 page at ``dpi`` with the lines in 11 pt type."""
    width, height = round(8.27 * dpi), round(11.69 * dpi)
    img = Image.new("L", (width, height), 250)
    pen = ImageDraw.Draw(img)
    if FONT.exists():
        font = ImageFont.truetype(str(FONT), round(11 / 72 * dpi * 1.3))
        for i, line in enumerate(lines):
            pen.text((dpi, dpi + i * round(0.3 * dpi)), line, font=font, fill=20)
    return img


def encoded(img: Image.Image, fmt: str, dpi: int | None = 150, **kw: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **({"dpi": (dpi, dpi)} if dpi else {}), **kw)
    return buf.getvalue()


@pytest.mark.parametrize("fmt,suffix", [("JPEG", ".jpg"), ("PNG", ".png"), ("TIFF", ".tif")])
def test_images_are_recognised_by_their_bytes(fmt: str, suffix: str) -> None:
    data = encoded(page_image([]), fmt)
    assert sniff_kind(Path("x" + suffix), data) == "image"
    assert sniff_kind(Path("x.bin"), data) == "image"  # the bytes tell, not the name


def test_a_named_image_that_is_none() -> None:
    with pytest.raises(CorruptFile, match="kein JPEG-, PNG- oder TIFF-Bild"):
        sniff_kind(Path("page.jpg"), b"not an image at all")
    with pytest.raises(UnsupportedFormat, match="Seitenbilder"):
        sniff_kind(Path("page.gif"), b"GIF89a....")


@pytest.mark.parametrize(
    "width,height,info,dpi",
    [
        (1654, 2339, {"dpi": (200, 200)}, 200.0),  # A4 at 200 dpi, tagged
        (1654, 2339, {"dpi": (72, 72)}, 200.0),  # tagged 72 dpi: 23 inches across, no paper is; A4 assumed
        (1654, 2339, {}, 200.0),  # untagged
        (2339, 1654, {}, 200.0),  # A4 landscape
        (1275, 1650, {"dpi": (150, 150)}, 150.0),  # US letter at 150 dpi
    ],
)
def test_image_resolution(width: int, height: int, info: dict[str, object], dpi: float) -> None:
    assert ocr.image_dpi(width, height, info) == pytest.approx(dpi, abs=0.5)


def test_folders_of_images(tmp_path: Path) -> None:
    folder = tmp_path / "vorlage"
    folder.mkdir()
    for name in ["Seite 10.jpg", "Seite 2.jpg", "Seite 1.png", ".hidden.jpg"]:
        (folder / name).write_bytes(encoded(page_image([]), "PNG" if name.endswith(".png") else "JPEG"))
    (folder / "anlage.pdf").write_bytes((RAW / "pdf" / "grid" / "004_ff3983e8347dd6ec.pdf").read_bytes())
    errors: list[object] = []
    each = iter_inputs([tmp_path], lambda p, e: errors.append(e))
    assert [p.name for p in each] == ["Seite 1.png", "Seite 10.jpg", "Seite 2.jpg", "anlage.pdf"]
    together = iter_inputs([tmp_path], lambda p, e: errors.append(e), image_folders=True)
    assert together == [folder, folder / "anlage.pdf"]
    assert not errors
    bundle = input_bytes(folder)
    assert sniff_kind(folder, bundle) == "images"
    assert [name for name, _ in unbundle(bundle)] == ["Seite 1.png", "Seite 2.jpg", "Seite 10.jpg"]
    assert [blob for _, blob in unbundle(bundle)] == [
        (folder / n).read_bytes() for n in ["Seite 1.png", "Seite 2.jpg", "Seite 10.jpg"]
    ]
    assert input_bytes(folder) == bundle  # the same folder, the same document


def test_natural_order() -> None:
    names = ["p10.tif", "p2.tif", "P1.tif", "p2a.tif"]
    assert sorted(names, key=natural_key) == ["P1.tif", "p2.tif", "p2a.tif", "p10.tif"]


def scan_pages(stem: str) -> list[bytes]:
    """The JPEG images of the pages of a seed's scan, as a scanner wrote them."""
    pdf = pdfium.PdfDocument(str(RAW / "scan" / f"{stem}.pdf"))
    out = []
    for page in pdf:
        [image] = list(page.get_objects(filter=(pdfium_raw.FPDF_PAGEOBJ_IMAGE,)))
        buf = io.BytesIO()
        image.extract(buf)
        out.append(buf.getvalue())
    return out


@pytest.mark.slow
@needs_tesseract
def test_a_folder_of_page_scans_is_the_document(tmp_path: Path) -> None:
    """The JPEG pages of a seed's scan in a folder (named as a user would) read as the scanned PDF reads."""
    stem = "001_c5e394e4d24a7c17"  # the shortest scan: three pages
    folder = tmp_path / "in" / stem
    folder.mkdir(parents=True)
    pages = scan_pages(stem)
    for i, jpeg in enumerate(pages, start=1):
        (folder / f"scan {i}.jpg").write_bytes(jpeg)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["run", str(tmp_path / "in"), "--out", str(out), "--image-folders", "-q", "--workers", "2"]
    )
    assert result.exit_code == 0, result.output
    docs = read_table(out, "documents")
    assert list(docs["n_pages"]) == [str(len(pages))] and list(docs["text_source"]) == ["ocr"]
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(GOLD / f"{stem}.json", gold)
    scores = evaluate(out, gold)
    assert not scores.missing
    assert all(s.f1 == 1.0 for s in scores.totals.values()), scores.table()


@pytest.mark.slow
@needs_tesseract
@needs_font
def test_a_multi_page_tiff(tmp_path: Path) -> None:
    first = page_image(["Beschlussvorlage", "Betreff: Integrationskonzept der Stadt"])
    second = page_image(["Der Rat beschließt das Integrationskonzept."])
    tiff = tmp_path / "vorlage.tif"
    first.save(tiff, "TIFF", save_all=True, append_images=[second], dpi=(150, 150), compression="tiff_lzw")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(tiff), "--out", str(out), "-q", "--workers", "1"])
    assert result.exit_code == 0, result.output
    docs = read_table(out, "documents")
    assert list(docs["n_pages"]) == ["2"] and list(docs["text_source"]) == ["ocr"]
    text = (out / "text" / f"{docs['doc_id'][0]}.txt").read_text(encoding="utf-8")
    assert "Integrationskonzept der Stadt" in text.split("\f")[0]
    assert "Der Rat beschließt" in text.split("\f")[1]


def test_a_damaged_image_is_an_error_row_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "kaputt.jpg").write_bytes(encoded(page_image([]), "JPEG")[:200])
    shutil.copy(RAW / "004_ff3983e8347dd6ec.txt", tmp_path)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["run", str(tmp_path), "--out", str(out), "-q", "--workers", "1", "--ocr", "auto"]
    )
    errors = read_table(out, "errors")
    assert len(read_table(out, "documents")) == 1
    assert any("kaputt.jpg" in p for p in errors["source_path"]), errors
    assert "Traceback" not in result.output
