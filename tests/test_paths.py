"""Every module and file path the text of the project cites exists: in docstrings, comments,
column descriptions of the schema (exported into the data package), YAML comments and the
README. A stale path after a move is a wrong direction for the next reader.

Cited are paths from the top of the repository ("pipeline/extract/review.py",
"tests/test_<field>.py" with a placeholder), paths from a package's resources
("resources/bodies.yaml", looked up from the citing file's folder upwards) and dotted module
names ("pipeline.structure.prose.sentences": a module, or a name in one).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import ROOT

TOP = "pipeline|extractors|tests|scripts|bench|notebooks"
# a path from the top of the repository: it ends in a file's extension or a folder's slash
FROM_TOP = re.compile(
    rf"(?<![\w./<-])((?:{TOP})/[\w./<>*-]*(?:\.(?:py|yaml|yml|tsv|gz|md|json|ipynb|cfg|toml|sh|txt|csv)|/))(?!\w)"
)
FROM_RESOURCES = re.compile(r"(?<![\w./<-])(resources/[\w.*-]+\.(?:yaml|tsv|gz|tsv\.gz))")
DOTTED = re.compile(r"(?<![\w./-])((?:pipeline|extractors)(?:\.[A-Za-z_]\w*)+)")
TEXTS = [
    p
    for pattern in ("pipeline/**/*", "extractors/**/*", "tests/*.py", "scripts/*", "bench/*")
    for p in ROOT.glob(pattern)
    if p.suffix in (".py", ".yaml", ".md", ".sh") and "__pycache__" not in p.parts and p.name != "test_paths.py"
] + [ROOT / "README.md", ROOT / "Makefile", ROOT / "pyproject.toml"]


def exists_from_top(cited: str) -> bool:
    pattern = re.sub(r"<[^>]*>", "*", cited.rstrip("/"))
    return any(ROOT.glob(pattern)) if "*" in pattern else (ROOT / pattern).exists()


def exists_in_resources(cited: str, where: Path) -> bool:
    return any(any(folder.glob(cited)) for folder in [where.parent, *where.parent.parents] if ROOT in folder.parents)


def module_exists(dotted: str) -> bool:
    """A module, or a name in one (the module's file holds it)."""
    parts = dotted.split(".")
    for k in range(len(parts), 0, -1):
        base = ROOT.joinpath(*parts[:k])
        found = base.with_suffix(".py") if base.with_suffix(".py").exists() else base / "__init__.py"
        if found.exists():
            rest = parts[k:]
            if not rest or re.fullmatch(r"__\w+__", rest[0]):
                return True  # the module, or one of every module's own names
            return len(rest) <= 2 and re.search(rf"\b{re.escape(rest[0])}\b", found.read_text()) is not None
    return False


def stale(path: Path) -> list[str]:
    found = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{path.relative_to(ROOT)}:{n}"
        found += [f"{where}: {m[1]}" for m in FROM_TOP.finditer(line) if not exists_from_top(m[1])]
        found += [f"{where}: {m[1]}" for m in FROM_RESOURCES.finditer(line) if not exists_in_resources(m[1], path)]
        found += [f"{where}: {m[1]}" for m in DOTTED.finditer(line) if not module_exists(m[1])]
    return found


def test_every_cited_path_exists() -> None:
    assert len(TEXTS) > 100
    assert [s for path in TEXTS for s in stale(path)] == []


def test_the_schema_descriptions_cite_existing_paths() -> None:
    """The column descriptions go into datapackage.json, for readers without the code."""
    from pipeline.schema import REVIEW_REASONS, TABLES

    texts = [c.description for cols in TABLES.values() for c in cols] + list(REVIEW_REASONS.values())
    cited = [m[1] for t in texts for m in FROM_TOP.finditer(t)]
    assert cited and all(exists_from_top(c) for c in cited)


@pytest.mark.parametrize(
    "text, stale_paths",
    [
        ("see pipeline/extract/review.py and extractors/resources/bodies.yaml", []),
        ("see pipeline/review.py", ["pipeline/review.py"]),
        ("a test per field: tests/test_<field>.py", []),
        ("a test per field: tests/check_<field>.py", ["tests/check_<field>.py"]),
        ("words in resources/bodies.yaml", []),
        ("words in resources/words.yaml", ["resources/words.yaml"]),
        ("read by pipeline.structure.prose.sentences", []),
        ("read by pipeline.structure.sentences_of_prose", ["pipeline.structure.sentences_of_prose"]),
        ("pipeline/bare ratios; the pipeline. Extractors", []),  # no file, no module: not a path
    ],
)
def test_the_finder_reads_paths_as_a_reader_would(tmp_path: Path, text: str, stale_paths: list[str]) -> None:
    citing = ROOT / "extractors" / "consultations" / "x.py"  # where the text stands (not written)
    found = [m[1] for m in FROM_TOP.finditer(text) if not exists_from_top(m[1])]
    found += [m[1] for m in FROM_RESOURCES.finditer(text) if not exists_in_resources(m[1], citing)]
    found += [m[1] for m in DOTTED.finditer(text) if not module_exists(m[1])]
    assert found == stale_paths
