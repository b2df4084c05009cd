"""The import graph of the package: no cycle, and no import pointing up the layers.

``pipeline/`` stands on two floors, with the extractors between them:

- below the fields, **the model and the view** (:data:`MODEL_AND_VIEW`), on the language
  (``lang``: German as data, which imports nothing else of the project): the document model,
  settings and source paths (the modules at the top of ``pipeline``); reading (``ingest``: text
  layer, OCR) and the structure view (``structure``);
- above them, **the stages** (:data:`STAGES`): running the extractors over a document
  (``extract``: rows, confidence, the review, places named from outside); writing the tables
  (``output``), OParl and the analysis; the run (``run``: jobs, cache, executors, what is
  stated), which wires those; the runner (``run.runner``); the command line (``cli``).

A module may import from its own layer or below: a stage never reaches up into the run (a
source path is the model's, :mod:`pipeline.sources`; a place named from outside is read by
the extract stage, :mod:`pipeline.extract.places`). The extractors are layered too: their
footing (resources, the prefiltered matcher, label helpers, misses), the field-neutral German
layer, then one package or module per field, which never imports another field, and the
registry on top. Imports inside functions count too: a lazy import hides a cycle from Python,
not from a reader.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# the floor below the fields: the model every stage shares, the readers and the view
MODEL_AND_VIEW: list[tuple[str, ...]] = [
    ("pipeline.lang",),  # the language: German words, marks, dates, money, names; the guess of a language
    ("pipeline",),  # the model: document, records, schema, settings, sources, errors, atomic writes
    ("pipeline.structure", "pipeline.ingest"),
]
EXTRACTORS: list[tuple[str, ...]] = [
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
]
# the floor above the fields: the stages, each over the ones it wires
STAGES: list[tuple[str, ...]] = [
    ("pipeline.extract",),
    ("pipeline.output", "pipeline.oparl", "pipeline.analysis"),
    ("pipeline.run",),
    ("pipeline.run.runner",),
    ("pipeline.cli",),
]
LAYERS: list[tuple[str, ...]] = [*MODEL_AND_VIEW, *EXTRACTORS, *STAGES]


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


def floor(name: str) -> str:
    rank = layer(name)
    return (
        "model and view" if rank < len(MODEL_AND_VIEW) else "stages" if rank >= len(LAYERS) - len(STAGES) else "fields"
    )


def test_pipeline_stands_on_two_floors() -> None:
    """Every module of ``pipeline`` is on the floor below the fields or on the one above them,
    and none of the floor below imports one of the extractors."""
    floors = {name: floor(name) for name in GRAPH if name.split(".")[0] == "pipeline"}
    assert set(floors.values()) == {"model and view", "stages"}
    assert floor("pipeline.sources") == "model and view" and floor("pipeline.run.stated") == "stages"
    below = [f"{a} -> {b}" for a, targets in GRAPH.items() for b in targets if floors.get(a) == "model and view"]
    assert [arrow for arrow in below if arrow.split(" -> ")[1].startswith("extractors")] == []


@pytest.mark.parametrize(
    "module, target",
    [
        ("pipeline.analysis.inspect", "pipeline.run.jobs"),
        ("pipeline.oparl.manifest", "pipeline.run.jobs"),
        ("pipeline.output.corrections", "pipeline.run.stated"),
        ("pipeline.run.stated", "extractors.metadata"),
    ],
)
def test_the_stages_do_not_reach_back(module: str, target: str) -> None:
    """A stage takes a source path from the model and a place from the extract stage, not from
    the run that wires it or from inside a field."""
    assert not [t for t in GRAPH[module] if t == target or t.startswith(target + ".")]


def test_the_language_is_the_lowest_floor() -> None:
    """``pipeline.lang`` imports nothing of the project outside itself: not the model, the view,
    the readers or the extractors."""
    out = [f"{a} -> {b}" for a, targets in GRAPH.items() if a.startswith("pipeline.lang") for b in targets]
    assert [arrow for arrow in out if not arrow.split(" -> ")[1].startswith("pipeline.lang")] == []
    assert layer("pipeline.lang.de.closed_class") == 0 and layer("pipeline.structure") > 0


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
    assert loose == ["__init__", "base", "fastre", "misses"]


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
