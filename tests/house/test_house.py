"""The house's counts (``scripts/house_counts.py``) in the rooms that have been brought down:
the consultations family, the families' misses, the nominative, the review, the runner, costs,
the resources, the layout blocks, the checklist, the report, fetch-oparl and the language keep
no function over 80 lines and no module over 500; the rooms that read their resources through the typed loaders
(``extractors/resources/typed/``) keep no raw look-up; a raw look-up in the loaders' own
folder is not counted."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

import house_counts  # noqa: E402

ROOMS = (
    "extractors/consultations/",
    "extractors/misses.py",
    "extractors/steering/misses.py",
    "extractors/action_fields/misses.py",
    "extractors/costs/misses.py",
    "extractors/german/lists.py",
    "extractors/german/nominative.py",
    "pipeline/extract/review",
    "pipeline/run/runner.py",
    "extractors/costs/",
    "extractors/resources/",
    "pipeline/structure/prose.py",
    "pipeline/extract/checklist.py",
    "pipeline/analysis/report.py",
    "pipeline/cli/oparl.py",
    "pipeline/lang/",
)
# the rooms whose resources are read through the typed loaders only
TYPED = (
    "extractors/costs/",
    "extractors/base.py",
    "extractors/german/",
    "extractors/metadata/",
    "pipeline/analysis/evaluate.py",
)


def test_the_counted_rooms_stay_small() -> None:
    found = house_counts.count()
    long_functions = [f for f in found.functions if f.startswith(ROOMS)]
    assert long_functions == []
    long_modules = [m for m in found.modules if m.startswith(ROOMS)]
    assert long_modules == []


def test_the_typed_rooms_read_no_raw_resources() -> None:
    assert [x for x in house_counts.count().lookups if x.startswith(TYPED)] == []


def test_the_counts_see_what_they_count(tmp_path: Path) -> None:
    """A long function, a long module, ``Any``, a raw look-up and an ``except re.error`` are counted."""
    package = tmp_path / "extractors"
    package.mkdir()
    (tmp_path / "pipeline").mkdir()
    body = "\n".join(f"    x{n} = {n}" for n in range(90))
    (package / "big.py").write_text(
        "import re\nfrom typing import Any\n\n\ndef f(res: Any) -> None:\n"
        + body
        + '\n    y = res["steering"]\n    try:\n        re.compile(y)\n    except re.error:\n        pass\n'
        + "\n" * 420,
        encoding="utf-8",
    )
    found = house_counts.count(tmp_path)
    made = "/".join(("extractors", "big.py"))  # a module of the temporary tree, not of the repository
    assert [f.split(" ")[0] for f in found.functions] == [made + ":f"]
    assert [m.split(" ")[0] for m in found.modules] == [made]
    assert len(found.any_uses) == 1 and len(found.lookups) == 1 and len(found.re_errors) == 1
    loaders = tmp_path / "extractors" / "resources"
    loaders.mkdir()
    (loaders / "typed.py").write_text('def f(res):\n    return res["steering"]\n', encoding="utf-8")
    assert len(house_counts.count(tmp_path).lookups) == 1  # the loaders read their files raw


def test_a_pattern_of_a_file_is_tried_in_its_schema_only() -> None:
    """The one ``except re.error`` is the schema check's (``extractors/resources/specs.py``): a
    file's patterns are compiled there once, so no family wraps its own compile."""
    assert [x.split(":")[0] for x in house_counts.count().re_errors] == ["extractors/resources/specs.py"]
