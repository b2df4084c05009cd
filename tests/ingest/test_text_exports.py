"""Text files as export tools write them: pypdf writes a glyph of a symbol font it cannot map (a
check box) as a NUL byte; such a text is read as text, the NULs left out, and only a file whose
bytes are binary (NULs throughout, no UTF-8) is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import load_resources
from extractors.consultations import extract
from pipeline.errors import UnsupportedFormat
from pipeline.ingest.readers import read_document
from pipeline.settings import Settings
from pipeline.structure import view

EXPORT = (
    "Stadt Musterstadt\nBeschlussvorlage\nBeratungsfolge:\nGremium\nSitzungstermin\nZuständigkeit\n"
    "Sozialausschuss\n12.03.2024\nVorberatung\nStadtrat\n26.03.2024\nEntscheidung\n"
    "Sachverhalt:\nDer Stadtrat hat das Konzept in Auftrag gegeben. Die Mittel stehen bereit.\n"
    "Finanzielle Auswirkungen\n\x00 ja\n\x00 nein\n\x00 Mittel stehen im Haushalt zur Verfügung\n"
)


def test_a_pypdf_export_with_unmapped_check_boxes_is_text(tmp_path: Path) -> None:
    path = tmp_path / "vorlage.txt"
    path.write_bytes(EXPORT.encode("utf-8"))
    doc, _ = read_document(path, "vorlage.txt", Settings(ocr="never"))
    assert "\x00" not in doc.text and "ja\n nein" in doc.text
    found = [(r.body, r.meeting_date) for r in extract(doc, load_resources(), view(doc))]
    assert found == [("Sozialausschuss", "2024-03-12"), ("Stadtrat", "2024-03-26")]


@pytest.mark.parametrize(
    "data",
    [
        "Beratungsfolge Sozialausschuss 12.03.2024".encode("utf-16-le"),  # UTF-16 without its BOM: NULs throughout
        b"\x00\x01\x02\xff\xfe" * 50,  # no text at all
    ],
    ids=["utf16-without-bom", "binary"],
)
def test_binary_bytes_are_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "vorlage.txt"
    path.write_bytes(data)
    with pytest.raises(UnsupportedFormat, match="Binärdaten"):
        read_document(path, "vorlage.txt", Settings(ocr="never"))
