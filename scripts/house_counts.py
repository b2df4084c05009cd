"""The house's counts: long functions, long modules, ``Any``, raw resource look-ups, local
``except re.error`` wrappers, in ``pipeline/`` and ``extractors/``.

    python scripts/house_counts.py            # the counts
    python scripts/house_counts.py --list     # and what they count

- functions over 80 lines (body from ``def`` to its last line, nested functions counted apart);
- modules over 500 lines in ``extractors/``;
- ``Any``: the name used in the code (annotations and casts), imports left out;
- raw look-ups: a subscript of ``res`` or ``resources`` by a string (``res["steering"]``)
  outside the typed loaders (``extractors/resources/``, whose loaders are the one place to read
  a file's data);
- ``except re.error``: handlers of the ``re`` module's error.
"""

from __future__ import annotations

import argparse
import ast
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("pipeline", "extractors")
LOADERS = "extractors/resources/"  # where a file's data is read raw, once, into its typed dataclass
LONG_FUNCTION = 80
LONG_MODULE = 500


@dataclass
class Counts:
    functions: list[str] = field(default_factory=list)
    modules: list[str] = field(default_factory=list)
    any_uses: list[str] = field(default_factory=list)
    lookups: list[str] = field(default_factory=list)
    re_errors: list[str] = field(default_factory=list)


def count(root: Path = ROOT) -> Counts:
    out = Counts()
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            source = path.read_text(encoding="utf-8")
            lines = source.count("\n") + 1
            if package == "extractors" and lines > LONG_MODULE:
                out.modules.append(f"{rel} {lines}")
            tree = ast.parse(source)
            for node in ast.walk(tree):
                where = f"{rel}:{getattr(node, 'lineno', 0)}"
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    length = (node.end_lineno or node.lineno) - node.lineno + 1
                    if length > LONG_FUNCTION:
                        out.functions.append(f"{rel}:{node.name} {length}")
                elif isinstance(node, ast.Name) and node.id == "Any":
                    out.any_uses.append(where)
                elif isinstance(node, ast.Attribute) and node.attr == "Any" and ast.unparse(node.value) == "typing":
                    out.any_uses.append(where)
                elif (
                    isinstance(node, ast.Subscript)
                    and not rel.startswith(LOADERS)
                    and isinstance(node.value, ast.Name)
                    and node.value.id in ("res", "resources")
                    and isinstance(node.slice, ast.Constant)
                    and isinstance(node.slice.value, str)
                ):
                    out.lookups.append(f"{where} {ast.unparse(node)}")
                elif isinstance(node, ast.ExceptHandler) and node.type is not None:
                    names = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
                    if any(ast.unparse(n) == "re.error" for n in names):
                        out.re_errors.append(where)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="list what is counted")
    args = ap.parse_args()
    c = count()
    rows = [
        (f"functions over {LONG_FUNCTION} lines", c.functions),
        (f"modules over {LONG_MODULE} lines in extractors/", c.modules),
        ("Any", c.any_uses),
        ('raw res["…"] look-ups', c.lookups),
        ("except re.error", c.re_errors),
    ]
    for name, found in rows:
        print(f"{name:40}{len(found):6}")
        if args.list and name != "Any":
            for item in found:
                print(f"    {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
