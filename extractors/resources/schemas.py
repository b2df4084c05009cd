"""Each resource file's schema (:data:`SCHEMAS`): its keys, their types, lists of entries with unique ``id``s and
the placeholders a file's patterns may use, derived from the file's own data (:func:`expand` fills them)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

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
)


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
                    "steps",
                    "stations",
                    "session_codes",
                    "ditto_marks",
                    "header_fillers",
                    "unit_columns",
                    "places",
                    "joint_sessions",
                    "prose_subjects",
                    "prose_verbs",
                    "proposal_verbs",
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
                    for key in ("parts", "rate", "whole", "income", "limit", "bound", "rule", "negation", "not", "base")
                    + ("eligible", "share", "fee_rate", "agent", "care", "offer", "service", "allotted", "funds")
                    + ("plan_year", "plan_column", "offer_agent", "rate_before", "net", "gross", "partitive")
                    + ("sequel", "remainder", "fee", "caption", "fee_change")
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
                    "group_abbreviation genitive_heads tax change"
                ).split()
            },
            **{
                group: Record({key: PATTERN for key in keys.split()})
                for group, keys in {
                    "town": "before office context official_after",
                    "agency": "question clause participle passive agent listed noun_agent asker front lead staff there "
                    "greeting closing writer field field_contact reference letter_offer letter_award credit "
                    "credit_title payee confirmation parties designation contract_party represented owner "
                    "sender_contact responsible office price_column price_rank price_sum",
                    "not_engaged": "indefinite subject_matter client_before client_after offer cooperation advised_by "
                    "presented other_task post_after volunteered bidders winner contractors contact payees "
                    "payee_contact withdrawn",
                }.items()
            },
            "entries": Entries({"kind": Text("person", "organisation"), "pattern": PATTERN}),
            "legal_forms": PATTERN_ENTRIES,
            "groups": PATTERN_ENTRIES,
            "bare": WORDS,
            "kind_nouns": WORDS,
            "joint_bids": WORDS,
        },
        placeholders=_legal_form,
    ),
    "membership.yaml": Schema(
        {
            "verbs": Entries({"pattern": PATTERN}, {"particle": PATTERN}),
            **{key: PATTERN for key in ("list_cue", "line_leads", "sentence_lead", "sentence_lead_end")},
            "count_nouns": WORDS,
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
                    "received_labels",
                    "version_heads",
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
                + ("successor_before", "seat_number_header", "copies_label", "mail_header")
                + ("successor_after", "dissolved_after", "sending_header", "seats_filled")
                + ("caption_order", "caption_absent", "signed_members")
                + ("minutes_head", "attendance_status", "attendance_members", "attendance_others", "attendance_head")
                + ("mark_chair", "mark_not_member", "reply_member", "reply_body", "reply_declined", "portrait_role")
                + ("letter_heading", "letter_deputy", "role_holders", "raci_legend", "matrix_members")
                + ("seat_left", "seat_named", "persons_header", "election_header", "elected")
                + ("seating_caption",)
                + ("chair_clause", "steering_predicate")
                + ("bank_header", "function_header", "function_chair", "members_column", "inverted_header")
                + ("revised_old", "revised_new", "revised_same", "revised_dropped", "revised_mark", "vacant_seat")
            },
            "council_heads": WORDS,
            "steered_bodies": WORDS,
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
                    # a field table's column kinds
                    *("number_columns", "level_columns", "office_columns", "date_columns", "levels"),
                    *("person_columns", "distributives", "place_nouns", "room_columns"),
                )
            },
            "concept_context": PATTERN,
            "concept_groups": PATTERN,
            "integration_context": PATTERN,
            "list_ends": PATTERN,
            "history": PATTERN,
            "axis_charts": PATTERN,
            "figure_captions": PATTERN,
            "figure_ends": PATTERN,
            "question_labels": PATTERN,
            "markup_balloons": PATTERN,
            "map_features": PATTERN,
            "mind_maps": PATTERN,
            "room_heads": PATTERN,
            "forms": MISS_WORDS,
            "entries": Entries({"label": TEXT, "synonyms": Words(empty=True)}),
            "misses": MISS_WORDS,
        },
        placeholders=_taxonomy,
    ),
}
