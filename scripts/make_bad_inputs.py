#!/usr/bin/env python3
"""Write a corpus of hostile and broken input files, deterministically.

Each file stands for one way real inputs go wrong (empty, truncated, renamed, encrypted,
absurd page geometry, decompression bombs, thousands of pages, unreadable, symlink loops)
or for an input that must be read despite looking odd (a PDF encrypted with an empty user
password, a UTF-16 text, an English or French document, a byte-identical copy, a submission
whose every field holds formula-like and HTML-like text, as plain text and as a PDF).
``EXPECTED`` maps each name to the ``error_type`` the pipeline must report for it, or to
``None`` when the file must be processed like any other document.

Usage:

    python scripts/make_bad_inputs.py /tmp/bad

The encrypted files need ``qpdf``. They use AES-128 with qpdf's static ID and IV so that
the bytes are the same on every run (AES-256 draws a random file key in qpdf 11).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

# name -> error_type the errors table must show, or None for a file that is processed
EXPECTED: dict[str, str | None] = {
    "empty.pdf": "empty_file",
    "empty.txt": "empty_file",
    "truncated.pdf": "corrupt_pdf",
    "random_bytes.pdf": "corrupt_pdf",
    "html_saved_as.pdf": "unsupported_format",
    "docx_saved_as.pdf": "unsupported_format",
    "binary_saved_as.txt": "unsupported_format",
    "encrypted_with_password.pdf": "encrypted",
    "encrypted_empty_password.pdf": None,
    "no_pages.pdf": "no_pages",
    "huge_page.pdf": "page_too_large",
    "image_bomb.pdf": "page_too_large",
    "too_many_pages.pdf": "too_many_pages",
    "unreadable.txt": "unreadable",  # processed instead when the reader is root
    "symlink_to_itself.pdf": "unreadable",
    "english.txt": None,
    "french.txt": None,
    "utf16.txt": None,
    "good.txt": None,
    "good_copy.txt": None,  # same bytes as good.txt: recorded in its duplicate_paths
    "hostile.txt": None,  # formula- and HTML-like text in every field: kept as text everywhere
    "hostile.pdf": None,  # the same, rendered like the seed PDFs (ruled Beratungsfolge)
}
# The folder symlink loop ("loop" -> ".") is skipped silently: its files are read once.
LOOP_DIR = "loop"
LANGUAGES = {
    "english.txt": "en",
    "french.txt": "fr",
    "good.txt": "de",
    "utf16.txt": "de",
    "encrypted_empty_password.pdf": "de",
    "hostile.txt": "de",
}
TOO_MANY_PAGES = 2500  # the default --max-pages is 2000
PASSWORD = "geheim"

GOOD_TEXT = """Stadt Musterhausen
Der Bürgermeister

Vorlage Nr. 2019/042
Datum: 12.03.2019

Beratungsfolge\tDatum\tZuständigkeit\tBehandlung
Ausschuss für Soziales und Integration\t02.04.2019\tVorberatung\töffentlich
Rat der Stadt Musterhausen\t16.04.2019\tEntscheidung\töffentlich

Betreff:
Erstellung eines kommunalen Integrationskonzeptes

Beschlussvorschlag:
Der Rat beschließt die Erstellung eines Integrationskonzeptes. Für die externe Moderation
werden Mittel in Höhe von 18.500 € bereitgestellt.

Begründung:
Die Handlungsfelder Sprache, Bildung und Arbeit sowie Wohnen werden in Arbeitsgruppen
bearbeitet. Eine Steuerungsgruppe begleitet den Prozess.
"""

# A submission laid out like the seeds whose fields begin like spreadsheet formulas
# (=HYPERLINK, a DDE call, +, -, @) or hold HTML (a script, an event handler, a quote that
# would end an attribute). Opened in a spreadsheet or shown in the report, none of it may act:
# the tables keep it byte for byte, the XLSX as text cells, the HTML report escaped.
# "\v" is the soft line break of word-processor exports, a character XML cannot hold.
HOSTILE_TEXT = """Stadt Musterstein
Der Oberbürgermeister
Fachbereich: @SUM(A1) Amt für Soziales <b onmouseover="x">
Verfasser: -2+3 Frau Beispiel

Vorlage Nr. 2021/077
Datum: 03.05.2021

Beratungsfolge\tDatum\tZuständigkeit\tBehandlung
=HYPERLINK("http://example.invalid/x","Gemeinderat")\t11.05.2021\tVorberatung\töffentlich
+SUM(1) Ausschuss für Soziales und Integration\t18.05.2021\tVorberatung\töffentlich
<script>alert(1)</script> Integrationsrat\t20.05.2021\tBeratung\töffentlich
\t@SUM(A1) Hauptausschuss " onmouseover="x\t24.05.2021\tVorberatung\tnichtöffentlich
Rat der Stadt Musterstein <img src=x onerror=alert(1)>\t27.05.2021\tEntscheidung\töffentlich

Betreff:
=HYPERLINK("http://example.invalid/x","Integrationskonzept") <img src=x onerror=alert(1)> \
Integrationskonzept der Stadt Musterstein

Beschlussvorschlag:
=cmd|' /C calc'!A0 Der Rat beschließt die Erstellung eines Integrationskonzeptes <script>alert(1)</script>.

Begründung:
Folgende Handlungsfelder wurden definiert:

1. =cmd|' /C calc'!A0 Sprache und Bildung
2. -2+3 Arbeit und Ausbildung
3. @SUM(A1) Wohnen
4. <script>alert(1)</script> Gesundheit
5. " onmouseover="x Interkulturelle Öffnung der Verwaltung
6. +SUM(1) Kultur und Sport

Eine Lenkungsgruppe begleitet den Prozess. Den Vorsitz führt +SUM(1) Bürgermeisterin Muster. Ihr gehören an:

- =cmd|' /C calc'!A0 Amt für Soziales
- +SUM(1) Jobcenter
- @SUM(A1) Migrationsbeirat
- <img src=x onerror=alert(1)> Volkshochschule
- " onmouseover="x Jugendamt
- <script>alert(1)</script> Caritas\vverband

Mit der Moderation wurde das Institut für Beteiligung =HYPERLINK("http://example.invalid/x","IfB") \
<script>alert(1)</script> beauftragt. Die Kosten\v hierfür belaufen sich auf 12.000 €.

Für die Umsetzung stehen im Haushalt Mittel in Höhe von 25.000 € bereit (Produktkonto: =31301/5292).
"""
# What the hostile submission's values hold; each must reach some column of some table.
HOSTILE_MARKERS = (
    '=HYPERLINK("http://example.invalid/x"',
    "=cmd|",
    "+SUM(1)",
    "-2+3",
    "@SUM(A1)",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    'onmouseover="x',
)

ENGLISH_TEXT = """City of Exampleton
Report to the Community Cohesion Committee

Subject: Integration strategy for the city

The committee is asked to note the progress of the integration strategy and to approve
the next steps. The council will consult with local organisations and with residents
who have moved to the city in the last five years. A steering group of twelve members
will oversee the work, and the cost of external facilitation is estimated at 15,000 EUR.
"""

FRENCH_TEXT = """Ville d'Exempleville
Rapport au conseil municipal

Objet : Stratégie d'intégration de la ville

Le conseil municipal est invité à prendre acte de l'avancement de la stratégie et à
approuver les prochaines étapes. La ville consultera les associations locales et les
habitants qui se sont installés dans la commune au cours des cinq dernières années. Un
comité de pilotage de douze membres suivra les travaux.
"""


def pdf_bytes(objects: list[bytes]) -> bytes:
    """A PDF from numbered object bodies (object 1 is the catalog), with a correct xref."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def text_page_pdf(lines: list[str], n_pages: int = 1, size: tuple[float, float] = (595.0, 842.0)) -> bytes:
    """``n_pages`` pages that all show the same lines (Helvetica, WinAnsi); content is shared."""
    ops = [b"BT /F1 11 Tf 14 TL 60 780 Td"]
    for line in lines:
        esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(b"(" + esc.encode("cp1252") + b") '")
    ops.append(b"ET")
    content = b"\n".join(ops)
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(n_pages))
    # MediaBox and Resources are inherited from the page tree: each page is a few bytes
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + kids
        + b"] /Count %d /MediaBox [0 0 %g %g] " % ((n_pages,) + size)
        + b"/Resources << /Font << /F1 4 0 R >> >> >>",
        stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    objects.extend(b"<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>" for _ in range(n_pages))
    return pdf_bytes(objects)


def huge_page_pdf() -> bytes:
    """One 200000 x 200000 pt page with a drawing and no text: it would need OCR."""
    content = b"0 0 0 RG 10 w 1000 1000 190000 190000 re S"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200000 200000] /Contents 4 0 R /Resources << >> >>",
        stream(content),
    ]
    return pdf_bytes(objects)


def image_bomb_pdf(side: int = 40000) -> bytes:
    """A small page showing one 1-bit image of side x side pixels (200 MB raw, GBs as RGBA).

    The image data is deflated twice, so the file stays a few kilobytes.
    """
    row = (side + 7) // 8
    inner = zlib.compressobj(9)
    chunks = []
    block = bytes(row * 1000)
    for _ in range(side // 1000):
        chunks.append(inner.compress(block))
    chunks.append(inner.flush())
    once = b"".join(chunks)
    twice = zlib.compress(once, 9)
    image = stream(
        twice,
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 1 /Filter [/FlateDecode /FlateDecode] " % (side, side),
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        stream(b"q 200 0 0 200 0 0 cm /Im1 Do Q"),
        image,
    ]
    return pdf_bytes(objects)


def no_pages_pdf() -> bytes:
    return pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def docx_bytes() -> bytes:
    """A minimal DOCX (a ZIP container) with fixed timestamps."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in (
            (
                "[Content_Types].xml",
                '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
            ),
            (
                "word/document.xml",
                '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Sitzungsvorlage'
                "</w:t></w:r></w:p></w:body></w:document>",
            ),
        ):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zf.writestr(info, body)
    return buf.getvalue()


def encrypt(plain: bytes, target: Path, user_password: str) -> None:
    """Encrypt with qpdf (AES-128, static ID and IV: reproducible bytes)."""
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        raise SystemExit("qpdf is needed for the encrypted files (apt-get install qpdf)")
    source = target.with_name(target.name + ".plain")
    source.write_bytes(plain)
    try:
        subprocess.run(
            [
                qpdf,
                "--static-id",
                "--static-aes-iv",
                "--encrypt",
                user_password,
                "eigentuemer",
                "128",
                "--use-aes=y",
                "--",
                str(source),
                str(target),
            ],
            check=True,
        )
    finally:
        source.unlink()


def hostile_pdf() -> bytes:
    """:data:`HOSTILE_TEXT` rendered like the seed PDFs (``make_fixtures.py``'s grid layout:
    the Beratungsfolge as a ruled table); the soft line breaks become spaces."""
    import importlib.util
    import tempfile

    spec = importlib.util.spec_from_file_location("make_fixtures", Path(__file__).with_name("make_fixtures.py"))
    assert spec is not None and spec.loader is not None
    fixtures = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = fixtures  # its dataclasses look their module up
    spec.loader.exec_module(fixtures)
    fixtures.register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "hostile.txt"
        source.write_text(HOSTILE_TEXT.replace("\v", " "), encoding="utf-8")
        return bytes(fixtures.render_pdf(source, fixtures.LAYOUTS["grid"]))


def hostile_files() -> dict[str, bytes]:
    """The hostile submission as text and as PDF, by file name."""
    return {"hostile.txt": HOSTILE_TEXT.encode(), "hostile.pdf": hostile_pdf()}


def good_lines() -> list[str]:
    return [line.replace("\t", "    ") for line in GOOD_TEXT.splitlines() if line.strip()]


def build(folder: Path) -> dict[str, str | None]:
    """Write every file of :data:`EXPECTED` into ``folder``; return the expectations."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20190312)
    base_pdf = text_page_pdf(good_lines())
    files: dict[str, bytes] = {
        "empty.pdf": b"",
        "empty.txt": b"",
        "truncated.pdf": base_pdf[: len(base_pdf) * 6 // 10],
        "random_bytes.pdf": bytes(rng.getrandbits(8) for _ in range(4096)),
        "html_saved_as.pdf": "\ufeff<!DOCTYPE html><html><head><title>Vorlage</title></head>"
        "<body><p>Sitzungsvorlage</p></body></html>\n".encode(),
        "docx_saved_as.pdf": docx_bytes(),
        "binary_saved_as.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.getrandbits(8) for _ in range(512)),
        "no_pages.pdf": no_pages_pdf(),
        "huge_page.pdf": huge_page_pdf(),
        "image_bomb.pdf": image_bomb_pdf(),
        "too_many_pages.pdf": text_page_pdf(["Anlage: Liste der Teilnehmenden an der Befragung"], TOO_MANY_PAGES),
        "english.txt": ENGLISH_TEXT.encode(),
        "french.txt": FRENCH_TEXT.encode(),
        "utf16.txt": GOOD_TEXT.replace("Musterhausen", "Beispielstadt").encode("utf-16"),
        "good.txt": GOOD_TEXT.encode(),
        "good_copy.txt": GOOD_TEXT.encode(),
        "unreadable.txt": GOOD_TEXT.replace("Musterhausen", "Schlossberg").encode(),
        **hostile_files(),
    }
    for name, data in files.items():
        path = folder / name
        if path.exists():
            path.chmod(0o644)
        path.write_bytes(data)
    (folder / "unreadable.txt").chmod(0)
    encrypt(base_pdf, folder / "encrypted_with_password.pdf", PASSWORD)
    encrypt(base_pdf, folder / "encrypted_empty_password.pdf", "")
    for name, target in (("symlink_to_itself.pdf", "symlink_to_itself.pdf"), (LOOP_DIR, ".")):
        link = folder / name
        if link.is_symlink() or link.exists():
            link.unlink()
        os.symlink(target, link)
    return dict(EXPECTED)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="where to write the files (created if missing)")
    args = parser.parse_args(argv)
    expected = build(args.folder)
    for name, error_type in expected.items():
        print(f"{name:32} {error_type or 'processed'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
