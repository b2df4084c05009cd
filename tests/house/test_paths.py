"""Every module and file path the text of the project cites exists: in docstrings, comments,
column descriptions of the schema (exported into the data package), YAML comments and the
README. A stale path after a move is a wrong direction for the next reader.

Cited are paths from the top of the repository ("pipeline/extract/review.py",
"tests/<room>/test_<field>.py" with a placeholder), paths from a package's resources
("resources/bodies.yaml", looked up from the citing file's folder upwards) and dotted module
names ("pipeline.structure.prose.sentences": a module, or a name in one). Bare names count too:
a file by its name or from a folder ("members.py", "consultations/vocab.py": some file of the
repository ends so) and a dotted name in a literal or a role that starts with a module's name
(``prose.Layout``, :func:`typed.costs`: a module of that name holds the rest).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

TOP = "pipeline|extractors|tests|scripts|bench|notebooks"
# a path from the top of the repository: it ends in a file's extension or a folder's slash
FROM_TOP = re.compile(
    rf"(?<![\w./<-])((?:{TOP})/[\w./<>*-]*(?:\.(?:py|yaml|yml|tsv|gz|md|json|ipynb|cfg|toml|sh|txt|csv)|/))(?!\w)"
)
FROM_RESOURCES = re.compile(r"(?<![\w./<-])(resources/[\w.*-]+\.(?:yaml|tsv|gz|tsv\.gz))")
DOTTED = re.compile(r"(?<![\w./-])((?:pipeline|extractors)(?:\.[A-Za-z_]\w*)+)")
# a file by its bare name or from a folder below the top, in a literal (``vocab.py``,
# `consultations/vocab.py`; a string of the code names a file it writes)
BARE_FILE = re.compile(rf"(?<=`)(?!(?:{TOP})/)((?:[\w-]+/)*[\w-]+\.py)(?=`)")
# a dotted name in a literal or a role (``prose.Layout``, `typed.costs`, :mod:`.typed.values`),
# not from the top
BARE_DOTTED = re.compile(
    r"(?:(?<![\w`])``?|:(?:mod|func|class|data|meth|attr|obj):`~?)\.?(?!pipeline\.|extractors\.)"
    r"([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)"
)
EXTENSIONS = {"py", "yaml", "yml", "tsv", "gz", "md", "json", "ipynb", "cfg", "toml", "sh", "txt", "csv", "pdf"}
SOURCES = [
    p
    for p in ROOT.rglob("*.py")
    if not any(part.startswith(".") or part == "__pycache__" for part in p.relative_to(ROOT).parts)
]
# the modules and packages of the code by their last name ("prose": pipeline/structure/prose.py)
MODULES: dict[str, list[Path]] = {}
for _p in SOURCES:
    if _p.relative_to(ROOT).parts[0] in ("pipeline", "extractors"):
        MODULES.setdefault(_p.parent.name if _p.name == "__init__.py" else _p.stem, []).append(_p)
TEXTS = [
    p
    for pattern in ("pipeline/**/*", "extractors/**/*", "tests/**/*.py", "scripts/*", "bench/*")
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


def bare_file_exists(cited: str) -> bool:
    """A file of the repository ends so, or it is a command the environment installs (``pdf2txt.py``)."""
    return any(p.as_posix().endswith("/" + cited) for p in SOURCES) or (Path(sys.executable).parent / cited).exists()


def _holds(module: Path, rest: list[str]) -> bool:
    """Whether a module (its file) holds a dotted rest: a submodule, or a name in its file."""
    if not rest or re.fullmatch(r"__\w+__", rest[0]):
        return True
    if module.name == "__init__.py":
        sub = module.parent / rest[0]
        for found in (sub.with_suffix(".py"), sub / "__init__.py"):
            if found.exists():
                return _holds(found, rest[1:])
    return len(rest) <= 2 and re.search(rf"\b{re.escape(rest[0])}\b", module.read_text()) is not None


def bare_module_exists(dotted: str) -> bool:
    """A dotted name whose first part names no module is not a module's (``res.compiled``), nor
    a file's name (``jobs.py``) or a column of a table (``consultations.is_decision``)."""
    from pipeline.schema import TABLES

    first, *rest = dotted.split(".")
    if first not in MODULES or rest[-1] in EXTENSIONS or rest[0] in {c.name for c in TABLES.get(first, ())}:
        return True
    return any(_holds(m, rest) for m in MODULES[first])


def stale(path: Path) -> list[str]:
    found = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{path.relative_to(ROOT)}:{n}"
        found += [f"{where}: {m[1]}" for m in FROM_TOP.finditer(line) if not exists_from_top(m[1])]
        found += [f"{where}: {m[1]}" for m in FROM_RESOURCES.finditer(line) if not exists_in_resources(m[1], path)]
        found += [f"{where}: {m[1]}" for m in DOTTED.finditer(line) if not module_exists(m[1])]
        if path.parts[len(ROOT.parts)] == "tests":
            continue  # the tests write modules of their own ("m.py")
        found += [f"{where}: {m[1]}" for m in BARE_FILE.finditer(line) if not bare_file_exists(m[1])]
        found += [f"{where}: {m[1]}" for m in BARE_DOTTED.finditer(line) if not bare_module_exists(m[1])]
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
        ("a test per field: tests/<room>/test_<field>.py", []),
        ("a test per field: tests/<room>/check_<field>.py", ["tests/<room>/check_<field>.py"]),
        ("words in resources/bodies.yaml", []),
        ("words in resources/words.yaml", ["resources/words.yaml"]),
        ("read by pipeline.structure.prose.sentences", []),
        ("read by pipeline.structure.sentences_of_prose", ["pipeline.structure.sentences_of_prose"]),
        ("pipeline/bare ratios; the pipeline. Extractors", []),  # no file, no module: not a path
        ("the jobs (``jobs.py``) and the readers (`consultations/vocab.py`)", []),
        (
            "the rows (``row_shapes.py``) and `consultations/row_shapes.py`",
            ["row_shapes.py", "consultations/row_shapes.py"],
        ),
        ('writes "suche.py" for the plugin', []),  # a string of the code: a file it writes
        ("lines from ``prose.Layout``, costs from :func:`typed.costs`, :mod:`.typed.values`", []),
        ("lines from ``prose.Outline`` and :func:`typed.steering_words`", ["prose.Outline", "typed.steering_words"]),
        ("in Markdown: `typed.costs(res)`, `typed.cost_words(res)`", ["typed.cost_words"]),
        ("``res.compiled``, ``consultations.is_decision`` and ``costs.yaml``", []),  # no module's names
    ],
)
def test_the_finder_reads_paths_as_a_reader_would(tmp_path: Path, text: str, stale_paths: list[str]) -> None:
    citing = ROOT / "extractors" / "consultations" / "x.py"  # where the text stands (not written)
    found = [m[1] for m in FROM_TOP.finditer(text) if not exists_from_top(m[1])]
    found += [m[1] for m in FROM_RESOURCES.finditer(text) if not exists_in_resources(m[1], citing)]
    found += [m[1] for m in DOTTED.finditer(text) if not module_exists(m[1])]
    found += [m[1] for m in BARE_FILE.finditer(text) if not bare_file_exists(m[1])]
    found += [m[1] for m in BARE_DOTTED.finditer(text) if not bare_module_exists(m[1])]
    assert found == stale_paths
