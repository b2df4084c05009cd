"""A corpus that grows city by city: a second run into the same folder joins the first; a
re-run replaces what it reads again; ``--replace`` and ``vorlagen remove``; no stale XLSX or
report beside the tables."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli.main import main
from tests.helpers import SEED_MUNICIPALITIES, SEED_TEXTS, read_table

RUN = ("--no-cache", "--workers", "1", "--format", "csv")


def invoke(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.output


def city(root: Path, name: str, seeds: list[Path]) -> Path:
    folder = root / name
    folder.mkdir()
    for seed in seeds:
        shutil.copy(seed, folder / seed.name)
    return folder


def csv_bytes(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


@pytest.fixture(scope="module")
def cities(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("cities")
    a = city(root, "stadt-a", SEED_TEXTS[:2])
    b = city(root, "stadt-b", SEED_TEXTS[2:4])
    both = root / "both"
    assert invoke("run", a, b, "--out", both, *RUN)[0] == 0
    only_a = root / "only-a"
    assert invoke("run", a, "--out", only_a, *RUN)[0] == 0
    return {"a": a, "b": b, "both": both, "only_a": only_a}


def test_a_second_city_joins_the_first(cities: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert invoke("run", cities["a"], "--out", out, *RUN)[0] == 0
    code, output = invoke("run", cities["b"], "--out", out, *RUN)
    assert code == 0, output
    assert output.startswith("4 Dokumente")
    assert csv_bytes(out) == csv_bytes(cities["both"])  # the same tables as one run over both
    listed = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    assert sorted(Path(d["source_path"]).name for d in listed["documents"]) == sorted(p.name for p in SEED_TEXTS[:4])
    assert sorted(read_table(out, "municipalities")["municipality"]) == sorted(
        m for m in SEED_MUNICIPALITIES if m in set(read_table(cities["both"], "documents")["municipality"])
    )
    # the same run again has nothing to do
    code, output = invoke("run", cities["b"], "--out", out, "--workers", "1", "--format", "csv")
    assert code == 0 and "4 Dokumente" in output


def test_replace_starts_afresh(cities: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert invoke("run", cities["b"], "--out", out, *RUN)[0] == 0
    code, output = invoke("run", cities["a"], "--out", out, "--replace", *RUN)
    assert code == 0, output
    assert csv_bytes(out) == csv_bytes(cities["only_a"])


def test_a_rerun_of_a_folder_replaces_its_documents(cities: dict[str, Path], tmp_path: Path) -> None:
    """A file deleted from a folder leaves the corpus when the folder is read again; the other
    city stays."""
    a = city(tmp_path, "stadt-a", SEED_TEXTS[:2])
    out = tmp_path / "out"
    assert invoke("run", a, cities["b"], "--out", out, *RUN)[0] == 0
    (a / SEED_TEXTS[1].name).unlink()
    code, output = invoke("run", a, "--out", out, *RUN)
    assert code == 0, output
    gone = [line for line in output.splitlines() if line.startswith("nicht mehr vorhanden")]
    assert len(gone) == 1 and gone[0].endswith(f"/stadt-a/{SEED_TEXTS[1].name}"), output
    names = sorted(Path(p).name for p in read_table(out, "documents")["source_path"])
    assert names == sorted(p.name for p in [SEED_TEXTS[0], *SEED_TEXTS[2:4]])
    assert sorted(p.stem for p in (out / "text").glob("*.txt")) == sorted(read_table(out, "documents")["doc_id"])


def test_remove_takes_a_city_out(cities: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(cities["both"], out)
    code, output = invoke("remove", out, str(cities["b"]))
    assert code == 0, output
    assert output.count("entfernt: ") == 2
    assert csv_bytes(out) == csv_bytes(cities["only_a"])
    code, output = invoke("remove", out, "gibt-es-nicht")
    assert code == 2 and "nicht im Korpus" in output


def test_remove_by_doc_id(cities: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(cities["both"], out)
    doc_id = read_table(out, "documents")["doc_id"].iloc[0]
    assert invoke("remove", out, doc_id)[0] == 0
    docs = read_table(out, "documents")
    assert doc_id not in set(docs["doc_id"]) and len(docs) == 3
    assert doc_id not in set(read_table(out, "consultations")["doc_id"])
    assert not (out / "text" / f"{doc_id}.txt").exists()


def test_xlsx_and_report_follow_the_tables(cities: dict[str, Path], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "out"
    assert invoke("run", cities["a"], "--out", out, "--no-cache", "--workers", "1", "--format", "xlsx")[0] == 0
    assert invoke("report", out)[0] == 0
    code, output = invoke("run", cities["b"], "--out", out, *RUN)
    assert code == 0, output
    assert "xlsx" in output  # written again, not left stale
    sheet = load_workbook(out / "vorlagen.xlsx", read_only=True)["Vorlagen"]
    assert sheet.max_row == 1 + 4
    report = (out / "report.html").read_text(encoding="utf-8")
    for name in read_table(out, "documents")["municipality"]:
        assert name in report


def project(root: Path) -> Path:
    """A project folder with a town's submissions, a file that is no submission and one that
    cannot be read (rows of errors.csv)."""
    (root / "projekt").mkdir()
    folder = city(root / "projekt", "stadt", SEED_TEXTS[:2])
    (folder / "notiz.docx").write_bytes(b"PK\x03\x04 kein Dokument")
    (folder / "kaputt.pdf").write_bytes(b"%PDF-1.4 abgebrochen")
    return root / "projekt"


@pytest.mark.parametrize("spelling", ["from-parent", "absolute", "dot-slash", "from-inside"])
def test_the_same_folder_from_another_folder_gives_the_same_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spelling: str
) -> None:
    """A run started in another working folder, or naming its inputs another way, reads the
    same files: the same source paths, no doubled rows (documents or errors)."""
    root = project(tmp_path)
    monkeypatch.chdir(root)
    assert invoke("run", "stadt", "--out", "daten", *RUN)[0] == 1  # the broken PDF
    first = csv_bytes(root / "daten")
    assert set(read_table(root / "daten", "documents")["source_path"]) == {f"stadt/{p.name}" for p in SEED_TEXTS[:2]}
    where, folder, out = {
        "from-parent": (tmp_path, "projekt/stadt", "projekt/daten"),
        "absolute": (tmp_path, str(root / "stadt"), str(root / "daten")),
        "dot-slash": (root, "./stadt/", "./daten"),
        "from-inside": (root / "stadt", ".", "../daten"),
    }[spelling]
    monkeypatch.chdir(where)
    code, output = invoke("run", folder, "--out", out, *RUN)
    assert code == 1 and "nicht mehr vorhanden" not in output, output
    assert csv_bytes(root / "daten") == first
    errors = read_table(root / "daten", "errors")
    assert sorted(errors["source_path"]) == ["stadt/kaputt.pdf", "stadt/notiz.docx"]


@pytest.mark.parametrize("spelling", ["relative", "absolute", "dot-slash", "trailing-slash", "file", "elsewhere"])
def test_remove_takes_any_spelling_of_a_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spelling: str) -> None:
    root = project(tmp_path)
    monkeypatch.chdir(root)
    assert invoke("run", "stadt", "--out", "daten", *RUN)[0] == 1
    name = {
        "relative": "stadt",
        "absolute": str(root / "stadt"),
        "dot-slash": "./stadt",
        "trailing-slash": "stadt/",
        "file": f"./stadt/../stadt/{SEED_TEXTS[0].name}",
        "elsewhere": "projekt/stadt",
    }[spelling]
    if spelling == "elsewhere":
        monkeypatch.chdir(tmp_path)
    code, output = invoke("remove", root / "daten", name)
    assert code == 0, output
    left = set(read_table(root / "daten", "documents")["source_path"])
    assert left == ({f"stadt/{SEED_TEXTS[1].name}"} if spelling == "file" else set())
