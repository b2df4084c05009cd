"""The import graph of the package: no cycle, and no import pointing up the layers.

Layers, lowest first, one package each (or the modules at the top of ``pipeline``): the
document model and settings; reading (``ingest``: text layer, OCR; ``structure``: the view);
the extractors; running the extractors over a document (``extract``: rows, confidence,
review); jobs, cache and executors (``run``), tables and writers (``output``), OParl and
analysis; the runner (``run.runner``); the command line (``cli``). A module may
import from its own layer or below. The extractors are layered too: their footing (resources,
the prefiltered matcher, label helpers), the field-neutral German layer, then one package or
module per field, which never imports another field, and the registry on top. Imports inside
functions count too: a lazy import hides a cycle from Python, not from a reader.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

LAYERS: list[tuple[str, ...]] = [
    ("pipeline",),  # the model: document, records, schema, settings, errors, atomic writes, language
    ("pipeline.structure", "pipeline.ingest"),
    ("extractors.resources", "extractors.fastre", "extractors.base", "extractors.misses"),  # the extractors' footing
    ("extractors.german",),  # field-neutral German: dates, money, enumerations, nominative, nlp
    FIELDS := (
        "extractors.metadata",
        "extractors.consultations",
        "extractors.action_fields",
        "extractors.steering",
        "extractors.costs",
        "extractors.facilitators",
    ),
    ("extractors",),  # the registry
    ("pipeline.extract",),
    ("pipeline.run", "pipeline.output", "pipeline.oparl", "pipeline.analysis"),
    ("pipeline.run.runner",),
    ("pipeline.cli",),
]


def modules() -> dict[str, Path]:
    found = {}
    for package in ("pipeline", "extractors"):
        for path in (ROOT / package).rglob("*.py"):
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            found[name.removesuffix(".__init__")] = path
    return found


def _type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The package modules ``name`` imports (``from . import x`` names module x, not the package)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {id(n) for block in ast.walk(tree) if _type_checking(block) for n in ast.walk(block)}
    out: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name in known)
        elif isinstance(node, ast.ImportFrom):
            parts = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            base = ".".join(parts + ([node.module] if node.module else []))
            subs = {f"{base}.{a.name}" for a in node.names} & known.keys()
            out.update(subs or ({base} & known.keys()))
    out.discard(name)
    return out


def layer(name: str) -> int:
    best, rank = -1, -1
    for n, group in enumerate(LAYERS):
        for prefix in group:
            if (name == prefix or name.startswith(prefix + ".")) and len(prefix) > best:
                best, rank = len(prefix), n
    return rank


GRAPH = {name: imports(name, path, modules()) for name, path in modules().items()}


def test_every_module_has_a_layer() -> None:
    assert [name for name in GRAPH if layer(name) < 0] == []


def test_no_import_points_up_the_layers() -> None:
    upward = [f"{a} -> {b}" for a, targets in GRAPH.items() for b in targets if layer(b) > layer(a)]
    assert upward == []


def field(name: str) -> str | None:
    return next((f for f in FIELDS if name == f or name.startswith(f + ".")), None)


def test_no_field_imports_another_field() -> None:
    across = [
        f"{a} -> {b}" for a, targets in GRAPH.items() for b in targets if field(a) and field(b) and field(a) != field(b)
    ]
    assert across == []


def test_fields_are_folders_or_single_modules() -> None:
    """Each multi-module field is a package; no field's reader sits loose in ``extractors/``."""
    loose = sorted(p.stem for p in (ROOT / "extractors").glob("*.py"))
    assert loose == ["__init__", "base", "costs", "facilitators", "fastre", "misses", "resources"]


def test_no_import_cycle() -> None:
    cycles = strongly_connected(GRAPH)
    assert cycles == []


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Groups of two or more modules that import each other, directly or not (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


@pytest.mark.parametrize(
    "graph, cycles",
    [
        ({"a": {"b"}, "b": {"a"}, "c": set()}, [["a", "b"]]),
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
    ],
    ids=["two modules", "a chain"],
)
def test_cycles_are_found(graph: dict[str, set[str]], cycles: list[list[str]]) -> None:
    assert strongly_connected(graph) == cycles
