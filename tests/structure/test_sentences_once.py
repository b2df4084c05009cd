"""One sentence splitter, ``pipeline/structure/prose.py``, read through the structure view: its
sentences of the flat text (``sv.sentence_at``, ``sv.sentence``, ``sv.layout.units``) and the
sentence of an amount in the document text (``sv.raw_sentence_at``, the cost extractor's). No
extractor and no part of the extract stage splits text into sentences of its own."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPLITTER = "pipeline/structure/prose.py"
# names a sentence splitter goes by
NAMES = {
    "sentence",
    "sentences",
    "sentence_at",
    "raw_sentence_at",
    "sentence_bounds",
    "sentence_end",
    "split_sentences",
}
# readers that take the view's sentences and mend them, each with its reason
ALLOWED: set[str] = set()


def splitters(path: Path) -> list[str]:
    """``file:name`` of each module-level function or method of a module named like a splitter."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name in NAMES:
            found.append(f"{where}:{node.name}")
    return found


def test_one_sentence_splitter() -> None:
    paths = [*(ROOT / "extractors").rglob("*.py"), *(ROOT / "pipeline").rglob("*.py")]
    found = {hit for p in paths if p.relative_to(ROOT).as_posix() != SPLITTER for hit in splitters(p)}
    view_methods = {f"pipeline/structure/__init__.py:{name}" for name in ("sentence", "sentence_at", "raw_sentence_at")}
    assert found - ALLOWED - view_methods == set()
    assert ALLOWED <= found


@pytest.mark.parametrize(
    "source, hits",
    [
        ("def sentence_at(text, pos):\n    return 0, 0\n", ["m.py:sentence_at"]),
        ("class A:\n    def sentence(self, k):\n        return k\n", ["m.py:sentence"]),
        ("def sentence_length(text):\n    return 0\n", []),
    ],
)
def test_splitters_are_found(tmp_path: Path, source: str, hits: list[str]) -> None:
    path = tmp_path / "m.py"
    path.write_text(source, encoding="utf-8")
    assert splitters(path) == hits
