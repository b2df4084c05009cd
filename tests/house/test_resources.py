"""Resource files: every YAML file under extractors/resources/ has a version, declared flags and a
schema it fits; a broken file is named with its entry and key; the vocabularies of
pipeline/schema.py are the files' ids; rules are compiled once per resource set."""

from __future__ import annotations

import importlib
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import extractors.action_fields.vocab as field_vocab
import extractors.consultations.vocab as consultation_vocab
import extractors.steering.rules as member_rules
import extractors.steering.sectors as sectors
from extractors import costs, facilitators, steering
from extractors.german import membership, nlp, nominative
from extractors.resources import (
    LANGUAGE_FILES,
    RESOURCE_DIR,
    SCHEMAS,
    Resources,
    default_resources,
    load_yaml,
    re_flags,
    source,
    validate,
)
from pipeline import schema
from pipeline.errors import ResourceError

FILES = sorted([*(p.name for p in RESOURCE_DIR.glob("*.yaml")), *(f"{name}.yaml" for name in LANGUAGE_FILES)])


# --- every file ------------------------------------------------------------------------------


def test_every_file_has_a_schema_and_every_schema_a_file() -> None:
    assert FILES == sorted(SCHEMAS)


@pytest.mark.parametrize("name", FILES)
def test_file_loads_and_validates(name: str) -> None:
    data = Resources()[name.removesuffix(".yaml")]
    assert data["version"] == 1
    if SCHEMAS[name].patterns:
        assert data["flags"] in ([], ["i"])


def _entry_lists(data: Any, where: str = "") -> list[tuple[str, list[dict[str, Any]]]]:
    if isinstance(data, dict):
        return [found for k, v in data.items() for found in _entry_lists(v, f"{where}.{k}")]
    if isinstance(data, list) and data and all(isinstance(e, dict) for e in data):
        return [(where, data)]
    return []


@pytest.mark.parametrize("name", FILES)
def test_ids_are_unique_per_list(name: str) -> None:
    for where, entries in _entry_lists(default_resources()[name.removesuffix(".yaml")]):
        ids = [e["id"] for e in entries]
        assert all(isinstance(i, str) and i for i in ids), where
        assert len(ids) == len(set(ids)), where


def test_inline_flags_only_as_declared() -> None:
    """Outside scoped groups, the only inline flag is a leading (?i) in a file matched as written."""
    for name in FILES:
        data = default_resources()[name.removesuffix(".yaml")]
        text = source(name).read_text(encoding="utf-8")
        if data.get("flags") == ["i"]:
            assert "'(?i)" not in text, name
        assert not re.search(r"\(\?[aLmsux]+\)", text), name


# --- broken files ----------------------------------------------------------------------------


@dataclass
class Broken:
    id: str
    file: str
    old: str  # replaced in a copy of the file
    new: str
    message: str  # a regex the error must match


BROKEN = [
    Broken("missing-version", "costs.yaml", "version: 1", "", r"^costs\.yaml: .*key 'version' is missing"),
    Broken("wrong-version", "sections.yaml", "version: 1", "version: 2", r"sections\.yaml: key 'version': 2 is not 1"),
    Broken("missing-flags", "sectors.yaml", "flags: [i]", "", r"sectors\.yaml: key 'flags' is missing"),
    Broken("bad-flags", "sectors.yaml", "flags: [i]", "flags: [x]", r"sectors\.yaml: key 'flags': expected"),
    Broken(
        "missing-key",
        "costs.yaml",
        "\naccount:",
        "\naccount_code:",
        r"costs\.yaml: .*key 'account' is missing.*key 'account_code' is not known",
    ),
    Broken(
        "bad-pattern",
        "costs.yaml",
        r"'\bSumme\b'",
        r"'\bSumme('",
        r"costs\.yaml: key 'entries': entry 'total': key 'patterns' \[3\]: bad pattern",
    ),
    Broken(
        "bad-pattern-top-level",
        "facilitators.yaml",
        "acting: '\\b(?:",
        "acting: '\\b((?:",
        r"facilitators\.yaml: key 'acting': bad pattern",
    ),
    Broken(
        "bad-pattern-with-placeholder",
        "steering.yaml",
        r"aus\s+{number}",
        r"aus\s+{number}(",
        r"steering\.yaml: key 'size_patterns': entry 'besteht_aus': key 'pattern': bad pattern",
    ),
    Broken(
        "duplicate-id",
        "sections.yaml",
        "{id: overview,",
        "{id: subject,",
        r"sections\.yaml: key 'entries': duplicate id 'subject'",
    ),
    Broken(
        "entry-without-id",
        "sections.yaml",
        "{id: overview, ",
        "{",
        r"sections\.yaml: key 'entries': entry 9 has no 'id'",
    ),
    Broken(
        "entry-missing-key",
        "sectors.yaml",
        "    sector: business\n",
        "",
        r"sectors\.yaml: key 'entries': entry 'business': key 'sector' is missing",
    ),
    Broken(
        "wrong-type",
        "taxonomy.yaml",
        "field_abbreviations: [HF]",
        "field_abbreviations: HF",
        r"taxonomy\.yaml: key 'field_abbreviations': expected a list",
    ),
    Broken(
        "wrong-choice",
        "organisations.yaml",
        "{id: amt, label: ORG,",
        "{id: amt, label: BODY,",
        r"organisations\.yaml: key 'entries': entry 'amt': key 'label': 'BODY' is not one of ORG, OFFICE",
    ),
    Broken(
        "redundant-inline-flag",
        "sections.yaml",
        "pattern: '(?:Kurzübersicht",
        "pattern: '(?i)(?:Kurzübersicht",
        r"sections\.yaml: key 'entries': entry 'overview': key 'pattern': inline flags \(\?i\)",
    ),
    Broken(
        "undeclared-inline-flag",
        "steering.yaml",
        "steer: '(?i)",
        "steer: '(?s)",
        r"steering\.yaml: key 'steer': inline flags \(\?s\)",
    ),
    Broken(
        "entry-flags",
        "bodies.yaml",
        "pattern: 'N', flags: []",
        "pattern: 'N', flags: [s]",
        r"bodies\.yaml: key 'public': entry 'nonpublic-letter': key 'flags'",
    ),
    Broken(
        "leading-flag-in-a-joined-list",
        "bodies.yaml",
        "pattern: 'N', flags: []",
        "pattern: '(?i)N', flags: []",
        r"bodies\.yaml: key 'public': the patterns cannot be joined",
    ),
    Broken(
        "group-named-twice-in-a-joined-list",
        "bodies.yaml",
        "  - {id: body, pattern: 'An|",
        "  - {id: twin, pattern: '(?P<word>Gremium)'}\n  - {id: body, pattern: '(?P<word>An)|",
        r"bodies\.yaml: key 'columns': the patterns cannot be joined",
    ),
    Broken("not-yaml", "sections.yaml", "entries:", "entries: [", r"sections\.yaml: not valid YAML"),
]


@pytest.mark.parametrize("case", BROKEN, ids=[c.id for c in BROKEN])
def test_broken_file_is_named(case: Broken, tmp_path: Path) -> None:
    shutil.copy(source(case.file), tmp_path / case.file)
    path = tmp_path / case.file
    text = path.read_text(encoding="utf-8")
    assert case.old in text, "the case no longer fits the file"
    path.write_text(text.replace(case.old, case.new, 1), encoding="utf-8")
    with pytest.raises(ResourceError, match=case.message):
        Resources(tmp_path)[case.file.removesuffix(".yaml")]


def test_every_problem_is_named_at_once() -> None:
    with pytest.raises(ResourceError) as err:
        validate("sections.yaml", {"entries": [{"id": "a", "pattern": "("}, {"id": "a", "pattern": "x"}]})
    message = str(err.value)
    assert "'version' is missing" in message and "'flags' is missing" in message
    assert "entry 'a': key 'pattern': bad pattern" in message and "duplicate id 'a'" in message


def test_a_file_without_schema_is_refused(tmp_path: Path) -> None:
    (tmp_path / "colours.yaml").write_text("version: 1\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"colours\.yaml: no schema"):
        Resources(tmp_path)["colours"]


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match=r"resource file missing: .*bodies\.yaml"):
        Resources(tmp_path)["bodies"]


# --- the vocabularies of the schema ----------------------------------------------------------


def _ids(entries: list[dict[str, Any]]) -> list[str]:
    return [e["id"] for e in entries]


def test_taxonomy_codes_are_the_taxonomy_ids() -> None:
    assert _ids(default_resources()["taxonomy"]["entries"]) == list(schema.TAXONOMY_CODES)


def test_cost_types_are_the_cost_ids() -> None:
    data = default_resources()["costs"]
    assert _ids(data["entries"]) == list(schema.COST_TYPES)
    assert data["generic"]["type"] in schema.COST_TYPES


def test_qualifiers_are_the_cost_qualifiers() -> None:
    assert list(default_resources()["costs"]["qualifiers"]) == list(schema.QUALIFIERS)


def test_sectors_are_the_sector_rules_and_fallback() -> None:
    data = default_resources()["sectors"]
    assert {e["sector"] for e in data["entries"]} | {data["fallback"]} == set(schema.SECTORS)


def test_roles_and_body_types_are_the_bodies_vocabulary() -> None:
    data = default_resources()["bodies"]
    assert set(_ids(data["roles"])) == set(schema.ROLES)
    assert {e["type"] for e in data["body_types"]} | {"other"} == set(schema.BODY_TYPES)


# --- compiled once ---------------------------------------------------------------------------

BUILDERS = [
    consultation_vocab.vocab,
    costs.config,
    facilitators.rules,
    field_vocab.vocabulary,
    member_rules.member_rules,
    membership.membership,
    nominative.grammar,
    sectors.sector_rules,
    steering.fact_rules,
    nlp.lexicon,
]


@pytest.mark.parametrize("get", BUILDERS, ids=[f"{g.__module__}.{g.__name__}" for g in BUILDERS])
def test_rules_are_built_once_per_resource_set(get: Any) -> None:
    res = Resources()
    first = get(res)
    assert get(res) is first
    assert get(Resources()) is not first  # another resource set builds its own


def test_compiled_runs_a_builder_once() -> None:
    calls: list[Resources] = []

    def build(res: Resources) -> int:
        calls.append(res)
        return len(calls)

    res = Resources()
    assert res.compiled(build) == res.compiled(build) == 1
    assert calls == [res]


def test_no_cache_is_keyed_by_object_identity() -> None:
    for path in (RESOURCE_DIR.parent).glob("*.py"):
        assert "id(res)" not in path.read_text(encoding="utf-8"), path.name


def test_declared_flags_reach_the_compiled_rules() -> None:
    """bodies.yaml is case-insensitive, its single-letter statuses declare `flags: []`."""
    res = Resources()
    assert res.flags("bodies") == re.I and res.flags("steering") == 0
    public = {e["id"]: e for e in res["bodies"]["public"]}
    assert re_flags(public["public-letter"]["flags"]) == 0
    letters = [p for value, p in consultation_vocab.vocab(res).public if "(?:Ö)" in p.pattern]
    assert letters and not letters[0].flags & re.I
    assert costs.config(res).account.search("SACHKONTO: 1.2.3")


# --- one membership vocabulary ----------------------------------------------------------------


def test_the_steering_groups_and_the_facilitators_read_one_membership_vocabulary() -> None:
    """Both fields take the words of belonging to a group from ``membership.yaml``, compiled once:
    a field that compiled its own copy (or read another file) would hold other objects."""
    res = Resources()
    said = membership.membership(res)
    rules = member_rules.member_rules(res)
    assert rules.verbs is said.verbs
    assert rules.list_cue is said.list_cue and rules.leads is said.line_leads
    found = facilitators.rules(res)
    assert found.member_lead is said.sentence_lead and found.member_lead_end is said.sentence_lead_end


@pytest.mark.parametrize("key", ["membership_verbs", "list_cue", "member_leads", "member_lead", "member_lead_end"])
def test_no_other_file_holds_membership_words(key: str) -> None:
    """The schema of every other file refuses a membership key: the words have one home."""
    for name in ("steering.yaml", "facilitators.yaml"):
        data = load_yaml(RESOURCE_DIR / name, check_ids=False)
        data[key] = "mitglied"
        with pytest.raises(ResourceError, match=key):
            validate(name, data)


# --- the files of patterns outside this folder --------------------------------------------------


@dataclass(frozen=True)
class Outside:
    id: str
    module: str  # the module that reads the file
    attribute: str  # its path, as the module holds it
    reader: str  # the reader, built once
    old: str
    new: str
    message: str


OUTSIDE = [
    Outside(
        "relevance-bad-pattern",
        "pipeline.extract.relevance",
        "RESOURCE",
        "patterns",
        r"pattern: '\b\w*?Integrations(?:konzept",
        r"pattern: '\b\w*?Integrations((?:konzept",
        r"relevance\.yaml: key 'entries': entry 'integrationskonzept': key 'pattern': bad pattern",
    ),
    Outside(
        "relevance-unknown-kind",
        "pipeline.extract.relevance",
        "RESOURCE",
        "patterns",
        "{id: integrationskonzept, kind: concept,",
        "{id: integrationskonzept, kind: konzept,",
        r"relevance\.yaml: key 'entries': entry 'integrationskonzept': key 'kind': 'konzept' is not one of concept",
    ),
    Outside(
        "review-bad-pattern",
        "pipeline.extract.review_text",
        "WORDS_FILE",
        "words",
        "(?P<number>",
        "((?P<number>",
        r"review\.yaml: key 'entries': entry 'submission-head': key 'pattern': bad pattern",
    ),
    Outside(
        "review-without-version",
        "pipeline.extract.review_text",
        "WORDS_FILE",
        "words",
        "version: 1\n",
        "",
        r"review\.yaml: key 'version' is missing",
    ),
    Outside(
        "groups-bad-pattern",
        "pipeline.analysis.compare",
        "GROUPS_FILE",
        "group_words",
        r"pattern: '\b\w*(?:steuer",
        r"pattern: '\b\w*((?:steuer",
        r"groups\.yaml: key 'entries': entry 'steer': key 'pattern': bad pattern",
    ),
    Outside(
        "groups-inline-flag",
        "pipeline.analysis.compare",
        "GROUPS_FILE",
        "group_words",
        r"pattern: '\b\w*(?:steuer",
        r"pattern: '(?i)\b\w*(?:steuer",
        r"groups\.yaml: key 'entries': entry 'steer': key 'pattern': inline flags \(\?i\)",
    ),
]


@pytest.mark.parametrize("case", OUTSIDE, ids=[c.id for c in OUTSIDE])
def test_a_broken_file_outside_is_named_by_its_schema(
    case: Outside, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``relevance.yaml``, ``review.yaml`` and ``groups.yaml`` are checked as the files here are:
    each pattern compiled once, by the schema, which names the file, the entry and the key."""
    module = importlib.import_module(case.module)
    original: Path = getattr(module, case.attribute)
    text = original.read_text(encoding="utf-8")
    assert case.old in text, "the case no longer fits the file"
    broken = tmp_path / original.name
    broken.write_text(text.replace(case.old, case.new, 1), encoding="utf-8")
    reader = getattr(module, case.reader)
    reader.cache_clear()
    monkeypatch.setattr(module, case.attribute, broken)
    try:
        with pytest.raises(ResourceError, match=case.message):
            reader()
    finally:
        reader.cache_clear()


@pytest.mark.parametrize("case", OUTSIDE[::2], ids=[c.module for c in OUTSIDE[::2]])
def test_the_files_outside_fit_their_schemas(case: Outside) -> None:
    reader = getattr(importlib.import_module(case.module), case.reader)
    reader.cache_clear()
    assert reader()
