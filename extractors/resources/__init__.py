"""Domain knowledge as data: YAML files in ``extractors/resources/`` (and the language's
``enumerations.yaml`` in ``pipeline/lang/de/``), validated on load and compiled once.

Every file opens with ``version: 1`` and, when it holds patterns, ``flags``: the flags its patterns are matched with
(``flags: [i]``: case-insensitively, ``flags: []``: as written). Patterns are Python ``re`` syntax. An entry of a list
may declare its own ``flags`` (``{id: public-letter, pattern: 'Ö', flags: []}`` in ``bodies.yaml``); inside a pattern
only a leading ``(?i)`` (the whole pattern, in a file matched as written) and the scoped groups ``(?i:…)``/``(?-i:…)``
depart from the declaration ("(?-i:\\bIHK\\b)" in ``sectors.yaml``). A list read as one alternation too (each of
``bodies.yaml``: its patterns are joined, each in a group of its flags) holds no leading ``(?i)`` and no group named
twice.

Each file has one schema below (:data:`SCHEMAS`): its keys, their types, lists of entries with
unique ``id``s, and every pattern compiled. A file that does not fit raises
:class:`ResourceError` naming the file, the entry and the key, every problem at once::

    costs.yaml: key 'version' is missing; entries: entry 'total': key 'patterns': bad pattern 'Gesamt(': …

The extractors ask a :class:`Resources` for their rules (``res.compiled(build_rules)``), built once per set.

Rooms: here the loader (:class:`Resources`, :func:`load_yaml`, :func:`validate`) and each
file's schema (:data:`SCHEMAS`); the value types of a schema in :mod:`.specs`; one typed loader
per file, returning a frozen dataclass of its values, in :mod:`.typed` (``typed.costs(res)``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import yaml

from pipeline.errors import ResourceError
from pipeline.lang.de import LANG_DIR

from .specs import (
    FLAG,
    JOINED_ENTRIES,
    MISS_WORDS,
    PATTERN,
    PATTERN_ENTRIES,
    TEXT,
    WORDS,
    Entries,
    FileData,
    Mapping,
    Patterns,
    Record,
    Schema,
    Text,
    Words,
    check_file,
    re_flags,
)

__all__ = [
    "RESOURCE_DIR",
    "SCHEMAS",
    "Resources",
    "default_resources",
    "checked_entries",
    "load_yaml",
    "re_flags",
    "source",
]

RESOURCE_DIR = Path(__file__).parent  # the YAML files stand beside their loader
# the files of the language floor read here too: they stand in pipeline/lang/de/
LANGUAGE_FILES = frozenset({"enumerations"})

T = TypeVar("T")


class Resources:
    """The resource files of a folder by name (``res["sectors"]``), each loaded and validated on
    first use, and the rules compiled from them (:meth:`compiled`)."""

    def __init__(self, folder: Path = RESOURCE_DIR) -> None:
        self.folder = folder
        self._cache: dict[str, Any] = {}
        self._compiled: dict[Callable[[Resources], Any], Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._cache:
            path = self.folder / f"{name}.yaml"
            if name in LANGUAGE_FILES and not path.exists():
                path = source(f"{name}.yaml")
            data = load_yaml(path, check_ids=False)
            validate(path.name, data)
            self._cache[name] = data
        return self._cache[name]

    def compiled(self, builder: Callable[[Resources], T]) -> T:
        """What ``builder`` makes of these resources, built on the first request only:
        ``res.compiled(facilitators.build_rules)`` is the facilitators' ``Rules``."""
        try:
            return self._compiled[builder]
        except KeyError:
            value = self._compiled[builder] = builder(self)
            return value

    def flags(self, name: str) -> int:
        """The ``re`` flags a file declares for its patterns (``re.I`` for ``flags: [i]``)."""
        return re_flags(self[name].get("flags") or [])


def source(file: str) -> Path:
    """Where the resource file ``file`` ("costs.yaml") stands: beside this loader, or, a file of
    the language, in ``pipeline/lang/de/``."""
    return (LANG_DIR if file.removesuffix(".yaml") in LANGUAGE_FILES else RESOURCE_DIR) / file


# libyaml's parser when PyYAML was built with it (10× faster: resources load in every worker)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path, check_ids: bool = True) -> Any:
    """A YAML file as data; with ``check_ids``, its ``entries`` must have unique ``id``s."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - a safe loader
    except FileNotFoundError as exc:
        raise ResourceError(f"resource file missing: {path}") from exc
    except yaml.YAMLError as exc:
        raise ResourceError(f"{path.name}: not valid YAML: {exc}") from exc
    entries = data.get("entries") if isinstance(data, dict) else None
    if check_ids and isinstance(entries, list):
        seen: set[str] = set()
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict) or "id" not in entry:
                raise ResourceError(f"{path.name}: entry {i + 1} has no 'id': {entry!r}")
            if entry["id"] in seen:
                raise ResourceError(f"{path.name}: duplicate id {entry['id']!r}")
            seen.add(entry["id"])
    return data


def require(data: dict[str, Any], key: str, source: str) -> Any:
    """A required key of a resource, with an error naming where it is missing."""
    if key not in data:
        raise ResourceError(f"{source}: missing key {key!r}")
    return data[key]


@functools.lru_cache(maxsize=1)
def default_resources() -> Resources:
    return Resources()


# --- schemas ---------------------------------------------------------------------------------


def _legal_form(data: FileData) -> dict[str, str]:
    forms = data.get("legal_forms")
    alt = (
        "|".join(f"(?:{e['pattern']})" for e in forms if isinstance(e, dict) and isinstance(e.get("pattern"), str))
        if isinstance(forms, list)
        else ""
    )
    return {"legal_form": alt or "GmbH"}


def _number(data: FileData) -> dict[str, str]:
    number = data.get("number")
    return {"number": number if isinstance(number, str) else r"\d+"}


def _steering(data: FileData) -> dict[str, str]:
    """The number, the readers' words a miss of the file uses again (``{establish}``, ``{task}``),
    and the heads of the group nouns that make a group of any compound (``{group_heads}``: one-word
    stems, not a head the council's bodies share, ``council_heads``)."""
    said = {k: v if isinstance(v := data.get(k), str) else "(?!)" for k in ("establish", "task")}
    entries = _list(data, "entries")
    council = _list(data, "council_heads")
    heads = {
        e["head"]
        for e in entries
        if isinstance(e, dict)
        and isinstance(e.get("head"), str)
        and " " not in str(e.get("stem", " "))
        and e["head"] not in council
    }
    return {**_number(data), **said, **_word_lists("group_heads")({"group_heads": sorted(heads)})}


def _list(data: FileData, key: str) -> list[object]:
    """The list under ``key``, else none (a placeholder is made before the file is checked)."""
    value = data.get(key)
    return value if isinstance(value, list) else []


def _word_lists(*keys: str) -> Callable[[FileData], dict[str, str]]:
    """Placeholders ``{key}`` for word lists of a file: the words as one alternation, longest first
    (a miss names the family's words by their list, never by a copy)."""

    def placeholders(data: FileData) -> dict[str, str]:
        out = {}
        for key in keys:
            words = data.get(key)
            listed = [w for w in words if isinstance(w, str)] if isinstance(words, list) else []
            out[key] = "|".join(re.escape(w) for w in sorted(listed, key=len, reverse=True)) or "(?!)"
        return out

    return placeholders


def _taxonomy(data: FileData) -> dict[str, str]:
    """The field nouns, the weak ones, the strong ones a paper does not use in passing; the
    nouns of lists of another kind and the misses' extension of them."""
    passing, nouns = (data.get(k) for k in ("passing_nouns", "field_nouns"))
    passing = passing if isinstance(passing, list) else []
    strong = {"strong_nouns": [w for w in nouns if w not in passing] if isinstance(nouns, list) else []}
    lists = ("field_nouns", "weak_nouns", "strong_nouns", "other_lists", "not_field_leads")
    return _word_lists(*lists)({**data, **strong})


def _costs(data: FileData) -> dict[str, str]:
    """The reader's cost words (``{cost_words}``): the cues of every type and the generic words,
    as one alternation."""
    entries = _list(data, "entries")
    generic = data.get("generic")
    cues = [p for e in entries if isinstance(e, dict) for p in e.get("patterns") or []]
    cues += list(generic.get("patterns") or []) if isinstance(generic, dict) else []
    return {"cost_words": "|".join(f"(?:{p})" for p in cues if isinstance(p, str)) or "(?!)"}


def expand(name: str, data: dict[str, Any], pattern: str) -> str:
    """A pattern of the file ``name`` ("steering") with its placeholders filled from the file's data."""
    for key, sub in SCHEMAS[f"{name}.yaml"].placeholders(data).items():
        pattern = pattern.replace("{" + key + "}", sub)
    return pattern


SCHEMAS: dict[str, Schema] = {
    "bodies.yaml": Schema(
        {
            "body_types": Entries(
                {
                    "type": Text("council", "committee", "advisory_board", "district_council", "executive"),
                    "pattern": PATTERN,
                },
                joined=True,
            ),
            "public": Entries({"value": FLAG, "pattern": PATTERN}, joined=True),
            "answers": Entries({"value": FLAG, "pattern": PATTERN}, joined=True),
            "compound_heads": WORDS,
            **{  # the Beratungsfolge's vocabulary joins each list's patterns (consultations/vocab.py)
                key: JOINED_ENTRIES
                for key in (
                    "roles",
                    "columns",
                    "labels",
                    "heading_links",
                    "results",
                    "heads",
                    "head_exclusions",
                    "gatherings",
                    "header_fillers",
                    "places",
                    "joint_sessions",
                    "prose_subjects",
                    "prose_verbs",
                )
            },
        }
    ),
    "costs.yaml": Schema(
        {
            "entries": Entries({"patterns": Patterns(empty=True)}),
            "generic": Record({"type": TEXT, "patterns": Patterns()}),
            "anaphor": PATTERN,
            "qualifiers": Mapping(PATTERN),
            "account": PATTERN,
            "fiscal_year": Record({"year": PATTERN, "next": PATTERN, "current": PATTERN}),
            "misses": MISS_WORDS,
            "plan": Record({"heading": PATTERN, "year_label": PATTERN}),
            "around": Record(
                {
                    key: PATTERN
                    for key in "parts rate whole income limit bound rule negation not base eligible share fee_rate"
                    " agent care offer service allotted funds net plan_year plan_column offer_agent rate_before gross"
                    " partitive sequel remainder".split()
                }
            ),
        },
        placeholders=_costs,
    ),
    "enumerations.yaml": Schema(
        {
            **{
                key: WORDS
                for key in (
                    "separators",
                    "determiners",
                    "prepositions",
                    "dative_prepositions",
                    "quantifiers",
                    "honorifics",
                    "each",
                    "representative_links",
                    "adjective_stems",
                    "adjective_endings",
                    "adjectival_nouns",
                    "weak_nouns",
                    "er_plural_nouns",
                    "generic",
                )
            },
            "gendered_article": PATTERN,
            "representatives": PATTERN,
        }
    ),
    "facilitators.yaml": Schema(
        {
            **{
                key: PATTERN
                for key in (
                    "role_terms anaphora engagement acting object_first labels link exclude staff object_after "
                    "object_before engaged_after relative funding officials approx fee fee_back net agent_person "
                    "agent_org agent_after agent_before not_agents owned construction deliberation action_value "
                    "group_abbreviation"
                ).split()
            },
            **{
                group: Record({key: PATTERN for key in keys.split()})
                for group, keys in {
                    "town": "before office context official_after",
                    "agency": "question clause participle passive agent listed noun_agent asker front lead staff",
                    "not_engaged": "indefinite subject_matter client_before client_after offer cooperation advised_by "
                    "presented other_task post_after volunteered bidders winner contractors contact withdrawn",
                }.items()
            },
            "entries": Entries({"kind": Text("person", "organisation"), "pattern": PATTERN}),
            "legal_forms": PATTERN_ENTRIES,
            "groups": PATTERN_ENTRIES,
            "bare": WORDS,
        },
        placeholders=_legal_form,
    ),
    "membership.yaml": Schema(
        {
            "verbs": Entries({"pattern": PATTERN}, {"particle": PATTERN}),
            **{key: PATTERN for key in ("list_cue", "line_leads", "sentence_lead", "sentence_lead_end")},
        }
    ),
    "metadata.yaml": Schema(
        {
            "doc_types": Entries({"name": TEXT, "pattern": PATTERN}, {"generic": FLAG, "submission": FLAG}),
            "default_doc_type": TEXT,
            "number_labels": Entries({"pattern": PATTERN}, {"structured": FLAG}),
            "subject_labels": Entries({"pattern": PATTERN}, {"alone": FLAG, "continues": FLAG}),
            "number_supplements": Patterns(),
            "prose_date_words": Patterns(),
            "open_cell_words": Patterns(),
            "place_adjectives": Record({"not_before": Patterns()}),
            "issuer_kinds": Entries({"kind": TEXT, "type": TEXT, "words": WORDS}),
            "issuer_associations": Entries({"name": TEXT, "words": WORDS}),
            "issuer_councils": Entries({"pattern": PATTERN}, {"place": TEXT}),
            **{
                key: PATTERN_ENTRIES
                for key in (
                    "type_labels",
                    "field_labels",
                    "date_labels",
                    "contact_labels",
                    "issuer_offices",
                    "issuer_instruments",
                    "issuer_hints",
                    "state_hints",
                )
            },
            "department_labels": Patterns(),
            "author_labels": Patterns(),
        }
    ),
    "municipalities.yaml": Schema(
        {"entries": Entries({"name": TEXT, "type": TEXT}, {"state": TEXT, "ags": TEXT, "aliases": WORDS})},
        patterns=False,
    ),
    "organisations.yaml": Schema(
        {
            "exclude": WORDS,
            "tails": WORDS,
            "noun_genders": Mapping(WORDS),
            "entries": Entries(
                {"label": Text("ORG", "OFFICE")},
                {"suffixes": WORDS, "words": WORDS, "gender": Text("m", "f", "n")}
                | {flag: FLAG for flag in ("field", "sector_noun", "part")},
            ),
        },
        patterns=False,
    ),
    "sections.yaml": Schema({"entries": PATTERN_ENTRIES}),
    "sectors.yaml": Schema(
        {
            "entries": Entries({"sector": TEXT, "patterns": Patterns()}),
            "fallback": TEXT,
        }
    ),
    "steering.yaml": Schema(
        {
            "entries": Entries(
                {"stem": TEXT, "head": TEXT, "tier": Text("steering", "working", "council")},
                {"compound": FLAG, "plural": TEXT},
            ),
            "plural_endings": Mapping(Words(empty=True)),
            "not_group_modifiers": WORDS,
            "not_process_modifiers": WORDS,
            "genitive_singular": WORDS,
            "profile": Mapping(PATTERN),
            "misses": MISS_WORDS,
            **{key: WORDS for key in ("qualifier_stopwords", "indefinite", "demonstrative")},
            **{
                key: PATTERN_ENTRIES
                for key in ("chair_patterns", "deputy_patterns", "co_chair_patterns", "size_patterns", "seat_sectors")
            },
            **{
                key: PATTERN
                for key in (
                    "steer",
                    "qualifier",
                    "establish",
                    "anaphora",
                    "number",
                    "seat_nouns",
                    "continuation",
                    "group_words",
                    "chair_phrase",
                    "lead_in",
                    "tail",
                    "relative",
                    "not_members",
                    "table_headers",
                    "org_header",
                    "person_header",
                    "total_row",
                    "task",
                    "task_object",
                    "process_context",
                    "with_members",
                    "with_members_end",
                    "round_table",
                    "acted",
                    "not_a_member",
                    "not_a_body",
                    "attribute_opening",
                    "agent_clause",
                )
                + ("person_column", "count_header", "body_header", "factions_each")  # flat headers; factions
                + ("member_header", "deputy_header", "representative_header", "provided_lead_in", "replaced_before")
                + ("bank_header", "function_header", "function_chair", "members_column", "inverted_header")
                + ("revised_old", "revised_new", "revised_same", "revised_dropped", "revised_mark", "vacant_seat")
            },
            "council_heads": WORDS,
        },
        placeholders=_steering,
    ),
    "taxonomy.yaml": Schema(
        {
            **{
                key: WORDS
                for key in (
                    *("field_nouns", "field_abbreviations", "weak_nouns", "passing_nouns", "other_lists"),
                    *("lead_blockers", "not_field_leads", "field_parts", "not_fields", "table_headers"),
                    *("finite_verbs", "enumeration_stops", "verb_phrase_nouns", "predicate_nouns", "correlatives"),
                    *("number_columns", "level_columns", "office_columns", "levels"),  # a field table's column kinds
                )
            },
            "concept_context": PATTERN,
            "concept_groups": PATTERN,
            "integration_context": PATTERN,
            "list_ends": PATTERN,
            "history": PATTERN,
            "entries": Entries({"label": TEXT, "synonyms": Words(empty=True)}),
            "misses": MISS_WORDS,
        },
        placeholders=_taxonomy,
    ),
}


def validate(name: str, data: object) -> None:
    """Check a loaded file against its schema; raise one :class:`ResourceError` listing every
    problem, each naming the entry and key."""
    schema = SCHEMAS.get(name)
    if schema is None:
        raise ResourceError(f"{name}: no schema for this file (add one to extractors/resources/__init__.py)")
    check_file(name, data, schema)


def checked_entries(path: Path, schema: Schema) -> list[dict[str, str]]:
    """The entries of a file of patterns outside this folder's set (``relevance.yaml`` of
    ``pipeline/extract``), each of texts only (an ``id``, a ``kind``, a ``pattern``), the file
    checked against its own ``schema`` as :func:`validate` checks a file of :data:`SCHEMAS`:
    every pattern compiled once, here; a file that does not fit is named with its entry and key."""
    data = load_yaml(path)
    check_file(path.name, data, schema)
    return [{str(k): str(v) for k, v in entry.items()} for entry in data["entries"]]
