"""Typed resources (extractors/resources/typed/): each loader returns a frozen dataclass of
its file's values, holding every key the file's schema requires, in file order, and a file
that does not fit its schema is named by the loader as by the raw loader."""

from __future__ import annotations

import dataclasses
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.resources import SCHEMAS, Resources, default_resources, source, typed
from pipeline.errors import ResourceError

# each typed loader and the file it reads
LOADERS: dict[str, Callable[[Resources], Any]] = {
    "bodies.yaml": typed.bodies,
    "costs.yaml": typed.costs,
    "enumerations.yaml": typed.enumerations,
    "facilitators.yaml": typed.facilitators,
    "membership.yaml": typed.membership,
    "metadata.yaml": typed.metadata,
    "organisations.yaml": typed.organisations,
    "sections.yaml": typed.sections,
    "sectors.yaml": typed.sectors,
    "steering.yaml": typed.steering,
    "taxonomy.yaml": typed.taxonomy,
}


def test_every_file_has_a_typed_loader() -> None:
    assert sorted([*LOADERS, "municipalities.yaml"]) == sorted(SCHEMAS)  # municipalities: a tuple of entries
    assert [m.id for m in typed.municipalities(default_resources())] == [
        e["id"] for e in default_resources()["municipalities"]["entries"]
    ]


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_a_loader_holds_every_key_its_schema_requires(name: str) -> None:
    loaded = LOADERS[name](default_resources())
    keys = {f.name for f in dataclasses.fields(loaded)} - {"flags"}
    required = set(SCHEMAS[name].required)
    if name == "costs.yaml":  # the generic words and their type are two attributes
        keys = (keys - {"types", "generic_type"}) | {"entries"}
    assert keys == required
    assert ("flags" in {f.name for f in dataclasses.fields(loaded)}) == SCHEMAS[name].patterns  # the patterns' flags


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_a_loaded_file_is_frozen(name: str) -> None:
    loaded = LOADERS[name](default_resources())
    first = dataclasses.fields(loaded)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(loaded, first, None)


def test_the_loaders_read_what_the_files_say() -> None:
    res = default_resources()
    raw = res["sections"]
    assert [(e.id, e.pattern) for e in typed.sections(res).entries] == [(e["id"], e["pattern"]) for e in raw["entries"]]
    assert typed.sections(res).flags == res.flags("sections")
    costs = typed.costs(res)
    assert dict(costs.qualifiers) == res["costs"]["qualifiers"]
    assert costs.fiscal_year.next == res["costs"]["fiscal_year"]["next"]
    assert [t.id for t in costs.types] == [e["id"] for e in res["costs"]["entries"]]
    enumerations = typed.enumerations(res)
    assert list(enumerations.honorifics) == res["enumerations"]["honorifics"]
    assert [m.name for m in typed.municipalities(res)] == [e["name"] for e in res["municipalities"]["entries"]]


def test_a_loader_is_built_once_per_resource_set() -> None:
    res = default_resources()
    assert typed.costs(res) is typed.costs(res)
    assert typed.costs(Resources()) is not typed.costs(res)


_ID = st.from_regex(r"[a-z][a-z_]{0,11}", fullmatch=True)
_WORD = st.from_regex(r"[A-Za-zÄÖÜäöüß]{2,12}", fullmatch=True)


@settings(max_examples=25, deadline=None)
@given(
    entries=st.lists(
        st.tuples(_ID, st.lists(_WORD, min_size=1, max_size=3)), min_size=1, max_size=6, unique_by=lambda e: e[0]
    ),
    ignore_case=st.booleans(),
)
def test_sections_of_any_folder_in_file_order(
    tmp_path_factory: pytest.TempPathFactory, entries: list[tuple[str, list[str]]], ignore_case: bool
) -> None:
    folder = tmp_path_factory.mktemp("res")
    lines = ["version: 1", f"flags: [{'i' if ignore_case else ''}]", "entries:"]
    lines += [f"  - {{id: {ident}, pattern: '{'|'.join(words)}'}}" for ident, words in entries]
    (folder / "sections.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = typed.sections(Resources(folder))
    assert [(e.id, e.pattern) for e in loaded.entries] == [(i, "|".join(w)) for i, w in entries]
    assert loaded.flags == (re.I if ignore_case else 0)


@pytest.mark.parametrize(
    "name, old, new, message",
    [
        ("costs.yaml", "\naccount:", "\naccount_code:", r"costs\.yaml: .*key 'account' is missing"),
        ("sections.yaml", "entries:", "sections:", r"sections\.yaml: .*key 'entries' is missing"),
        ("taxonomy.yaml", "\nhistory:", "\nhistories:", r"taxonomy\.yaml: .*key 'history' is missing"),
    ],
)
def test_a_broken_file_is_named_by_its_loader(tmp_path: Path, name: str, old: str, new: str, message: str) -> None:
    shutil.copy(source(name), tmp_path / name)
    path = tmp_path / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ResourceError, match=message):
        LOADERS[name](Resources(tmp_path))
