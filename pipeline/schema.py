"""The output contract: tables, their columns, types and vocabularies.

One place defines every column; the table builder, the writers (CSV, Parquet, SQLite,
XLSX), the data package descriptor and the tests all read it from here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Column kinds: how a column is typed in pandas/SQLite and formatted in CSV.
STR, INT, FLOAT, MONEY, BOOL = "str", "int", "float", "money", "bool"


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = STR
    description: str = ""
    vocabulary: tuple[str, ...] = ()


PROVENANCE = (
    Column("page", INT, "1-based page of the evidence"),
    Column("char_start", INT, "offset of the evidence in text/<doc_id>.txt"),
    Column("char_end", INT, "end offset (exclusive) of the evidence"),
    Column("snippet", STR, "the evidence: text[char_start:char_end]"),
)

# How sure the pipeline is of an extracted row (pipeline/extract/confidence.py): the layout family
# or rule that found it, and the probability that the row is right.
ASSESSMENT = (
    Column("method", STR, "how the row was found: layout family or rule (table.tab, key_value, prose, ...)"),
    Column("confidence", FLOAT, "probability that the row is right, 0-1 (pipeline/extract/confidence.py)"),
)

# Columns of a consultation that the timelines keep as they are.
MEETING_DATE = Column("meeting_date", STR, "ISO date of the meeting")
DECISION_INFERRED = Column(
    "decision_inferred", BOOL, "the decision is inferred (the council's last meeting), not read as a role"
)

# Metadata fields of `documents` that carry <field>_method and <field>_confidence.
ASSESSED_FIELDS = (
    "municipality",
    "doc_number",
    "doc_date",
    "doc_type",
    "department",
    "author",
    "subject",
    "decision_proposal",
)

# Reasons of the `review` table: signs in a document of a fact the extractors did not capture
# (pipeline/extract/review.py). One row per document and reason, with the evidence of the first sign.
REVIEW_REASONS: dict[str, str] = {
    "consultation_heading_without_rows": (
        "a Beratungsfolge heading or table header with bodies or dates under it, and no consultation"
    ),
    "consultation_row_unused": "a line of the Beratungsfolge with a body or date that no consultation covers",
    "consultation_columns_unpaired": (
        "a Beratungsfolge exported column by column whose blocks of names, dates, statuses or roles differ in"
        " count, so that no row was paired, or a status or role was left empty"
    ),
    "body_date_unused": "a line near the top with a body name and a date that no consultation used",
    "steering_group_without_members": "a steering group whose members are listed, and none extracted",
    "steering_group_members_not_found": "a steering group set up or given a task, whose members were not found",
    "action_fields_without_labels": "Handlungsfelder announced with a list, and no action field extracted",
    "financial_impact_without_amount": "financial impact marked yes (text or checked box), and no cost extracted",
    "low_ocr_confidence": "an OCR page whose mean word confidence is below the threshold",
    "no_municipality": "no municipality found",
    "extractor_failed": "an extractor raised on this document; its table is empty",
    "consultation_date_unread": "a consultation without a date whose row holds a date that could not be read",
    "page_unread": "a page whose text is mostly not words (no Unicode map, a broken text layer)",
    "group_without_members": "a group set up, tasked or given members, with names listed and no member extracted",
    "amount_without_cost": "an amount beside a cost word that no cost row covers",
    "several_submissions": "the heads at the tops of the pages name several submissions: the file is a bundle",
    "total_computed": "no total stated: the total is the sum of one kind's amounts (cost_total_computed)",
}

# A value whose confidence is below this is listed to check (`vorlagen review`, the report).
REVIEW_THRESHOLD = 0.5

TEXT_SOURCES = ("text_layer", "ocr", "mixed", "plain_text")
MUNICIPALITY_TYPES = ("Stadt", "Gemeinde", "Landkreis", "Kreis", "Bezirk")
BODY_TYPES = ("council", "committee", "advisory_board", "district_council", "executive", "other")
ROLES = ("preliminary", "deliberation", "decision", "information")
QUALIFIERS = ("approx", "estimated", "max", "min")
COST_TYPES = ("external_support", "total", "grant", "budget", "personnel", "material", "other")
SECTORS = (
    "administration",
    "politics",
    "welfare",
    "education",
    "public_agency",
    "migrant_organisation",
    "civil_society",
    "research",
    "business",
    "other",
)
TAXONOMY_CODES = (
    "sprache",
    "bildung",
    "arbeit",
    "wohnen",
    "gesundheit",
    "soziales",
    "engagement",
    "kultur",
    "sport",
    "oeffnung",
    "dialog",
    "beteiligung",
    "senioren",
    "steuerung",
    "flucht",
    "antidiskriminierung",
    "gender",
    "jugend",
    "sozialraum",
    "sicherheit",
    "medien",
    "other",
)

TABLES: dict[str, tuple[Column, ...]] = {
    "documents": (
        Column(
            "doc_id", STR, "first 16 hex digits of the file's SHA-256 (with '-<part>' for a submission of a bundle)"
        ),
        Column("source_path", STR, "path of the input file"),
        Column("sha256", STR, "SHA-256 of the input file"),
        Column("municipality", STR),
        Column("municipality_type", STR, vocabulary=MUNICIPALITY_TYPES),
        Column("state", STR, "German Bundesland"),
        Column("ags", STR, "Amtlicher Gemeindeschlüssel where known"),
        Column("doc_number", STR, "Vorlage number as written"),
        Column("doc_date", STR, "ISO date of the submission"),
        Column("doc_type", STR, "Sitzungsvorlage, Beschlussvorlage, Vorlage, ..."),
        Column("department", STR, "submitting office"),
        Column("author", STR, "Verfasser/Ersteller as written"),
        Column("subject", STR, "Betreff"),
        Column("decision_proposal", STR, "text of the Beschlussvorschlag"),
        Column("n_pages", INT),
        Column("text_source", STR, vocabulary=TEXT_SOURCES),
        Column("ocr_confidence", FLOAT, "mean OCR word confidence 0-100"),
        Column("pipeline_version", STR),
        Column("language", STR, "detected language of the text (de, en, ...)"),
        Column("duplicate_paths", STR, "other input paths with identical bytes, ';'-joined"),
        Column("oparl_paper", STR, "OParl paper URL when fetched through OParl"),
        *(
            col
            for name in ASSESSED_FIELDS
            for col in (
                Column(f"{name}_method", STR, f"how {name} was found (pipeline/extract/confidence.py)"),
                Column(f"{name}_confidence", FLOAT, f"probability that {name} is right, 0-1"),
            )
        ),
        Column("relevant", BOOL, "the document is about an integration concept or a policy of its kind"),
        Column(
            "relevance_score",
            FLOAT,
            "0-1: subject 0.55, decision proposal 0.35, text 0.10 (pipeline/extract/relevance.py)",
        ),
        Column(
            "relevance_method",
            STR,
            "zones that speak of it ('+'-joined: subject, decision_proposal, text), doc_type or none",
        ),
        Column("relevance_evidence", STR, "the words found per zone, or why the document is left out"),
        Column("submission_id", STR, "doc_id of the file the comparison takes this submission's facts from"),
        Column("submission_match", STR, "how the file joined its submission", ("self", "doc_number", "text")),
        Column(
            "part",
            INT,
            "the submission's place in a file holding several (1, 2, ...), which was split into them; empty for a"
            " file of one (doc_id then '<doc_id of the file>-<part>', pipeline/extract/bundles.py)",
        ),
        Column(
            "bundle",
            BOOL,
            "the file holds several submissions (a meeting's bundle): split (part) or, where its heads leave a"
            " doubt, read whole and not counted in the comparison",
        ),
    ),
    "consultations": (
        Column("doc_id"),
        Column("seq", INT),
        Column("body", STR, "committee or council as written, de-hyphenated"),
        Column("body_type", STR, vocabulary=BODY_TYPES),
        MEETING_DATE,
        Column("role", STR, vocabulary=ROLES),
        Column("authoritative", BOOL, "role == decision"),
        Column("public", BOOL, "true for öffentlich, false for nichtöffentlich"),
        Column("is_decision", BOOL, "the document's deciding consultation (pipeline/decision.py: one rule everywhere)"),
        DECISION_INFERRED,
        *PROVENANCE,
        *ASSESSMENT,
    ),
    "action_fields": (
        Column("doc_id"),
        Column("seq", INT),
        Column("label", STR, "Handlungsfeld as written, cleaned of numbering and quotes"),
        Column("categories", STR, "';'-joined taxonomy codes", TAXONOMY_CODES),
        *PROVENANCE,
        *ASSESSMENT,
    ),
    "costs": (
        Column("doc_id"),
        Column("seq", INT),
        Column("amount_eur", MONEY, "amount in euros"),
        Column("currency", STR, vocabulary=("EUR",)),
        Column("raw_text", STR, "the amount as written"),
        Column("qualifier", STR, vocabulary=QUALIFIERS),
        Column("cost_type", STR, vocabulary=COST_TYPES),
        Column("fiscal_year", INT),
        Column("budget_account", STR, "Produktkonto / Finanzstelle"),
        *PROVENANCE,
        *ASSESSMENT,
    ),
    "steering_groups": (
        Column("doc_id"),
        Column("group_id", STR, "<doc_id>-<n>"),
        Column("group_name", STR),
        Column("chair", STR),
        Column("size", INT, "stated maximum or count of persons"),
        Column("seats_politics", INT),
        Column("seats_administration", INT),
        Column("seats_civil_society", INT),
        *PROVENANCE,
        *ASSESSMENT,
    ),
    "steering_group_members": (
        Column("doc_id"),
        Column("group_id", STR),
        Column("seq", INT),
        Column("member", STR, "organisation, office or person as written"),
        Column("sector", STR, vocabulary=SECTORS),
        Column("is_chair", BOOL),
        *PROVENANCE,
        *ASSESSMENT,
    ),
    "facilitators": (
        Column("doc_id"),
        Column("seq", INT),
        Column("name", STR, "person"),
        Column("organisation", STR),
        Column("amount_eur", MONEY, "fee where stated"),
        *PROVENANCE,
        *ASSESSMENT,
    ),
    "review": (
        Column("doc_id"),
        Column("seq", INT),
        Column("reason", STR, "why the document should be checked", tuple(REVIEW_REASONS)),
        *PROVENANCE,
        Column("message", STR, "what was seen, in words"),
    ),
    "errors": (
        Column("source_path"),
        Column("doc_id"),
        Column("stage", STR, vocabulary=("ingest", "ocr", "extract", "store")),
        Column("error_type", STR),
        Column("message", STR),
    ),
}

# Tables derived from the others by the comparison across municipalities (pipeline/analysis/compare.py).
MUNICIPALITY_COLUMNS: tuple[Column, ...] = (
    Column("municipality", STR, "name of the municipality as in documents.municipality"),
    Column(
        "municipality_type", STR, "Stadt, Gemeinde, Landkreis, ... (most frequent in its documents)", MUNICIPALITY_TYPES
    ),
    Column("state", STR, "German Bundesland"),
    Column("n_documents", INT, "files of the municipality's counted submissions (renderings counted)"),
    Column("first_meeting", STR, "earliest meeting date of any consultation"),
    Column(
        "decision_date", STR, "date of the decision (pipeline/decision.py: last decision, else last council meeting)"
    ),
    Column("days_to_decision", INT, "days from the first consultation of the deciding Vorlage to the decision"),
    Column("n_bodies", INT, "distinct bodies in the Beratungsfolge"),
    Column("n_consultations", INT, "distinct (body, date) consultations"),
    Column("n_action_fields", INT, "distinct Handlungsfelder"),
    *(Column(f"af_{code}", INT, f"1 if a Handlungsfeld maps to '{code}', else 0") for code in TAXONOMY_CODES),
    Column("steering_group_size", INT, "the steering group's stated size, else its member count"),
    Column("n_members_classified", INT, "distinct members of the steering group with a sector other than 'other'"),
    Column("share_politics", FLOAT, "share of the steering group's seats (share_basis seats) or members in politics"),
    Column("share_administration", FLOAT, "share of its seats or members in the administration"),
    Column("share_civil_society", FLOAT, "share of its seats or members outside politics and administration"),
    Column(
        "total_cost_eur",
        MONEY,
        "the stated total (the largest 'total' amount), else the sum of one kind's amounts across years"
        " (cost_total_computed); grants are never added, amounts of several kinds give none",
    ),
    Column("external_support", BOOL, "a facilitator or an external_support cost is named"),
    Column("facilitator", STR, "facilitators ('name, organisation'), '; '-joined"),
    Column("n_submissions", INT, "submissions counted: relevant ones, each once however many files it came in"),
    Column("source_files", STR, "the file each counted submission's facts are taken from, '; '-joined"),
    Column(
        "decision_inferred",
        BOOL,
        "true: no consultation is marked as the decision; the council's last meeting is taken",
    ),
    Column("steering_group", STR, "the group the shares are of: the one that steers (not an accompanying group)"),
    Column("steering_group_id", STR, "its group_id in steering_groups"),
    Column(
        "share_basis",
        STR,
        "what the shares count: stated seats, classified members, or none",
        ("seats", "members", "none"),
    ),
    Column("share_conflict", BOOL, "the stated seats and the members found give different shares"),
    Column(
        "other_groups", STR, "accompanying, advisory or working groups, kept apart from the steering group, '; '-joined"
    ),
    Column(
        "cost_total_computed",
        BOOL,
        "true: no total is stated, total_cost_eur is the sum of one kind's amounts; false: a stated total",
    ),
)
SIMILARITY_COLUMNS: tuple[Column, ...] = (
    Column("municipality_a", STR, "first municipality"),
    Column("municipality_b", STR, "second municipality"),
    Column("jaccard", FLOAT, "shared / all Handlungsfeld codes of the two (empty when either has none)"),
    Column("n_shared", INT, "codes both have"),
    Column("n_union", INT, "codes either has"),
    Column("shared_codes", STR, "';'-joined shared codes", TAXONOMY_CODES),
)
TIMELINE_COLUMNS: tuple[Column, ...] = (
    Column("municipality", STR, "municipality"),
    Column("body", STR, "body as most often written"),
    Column("body_type", STR, "type of the body", BODY_TYPES),
    MEETING_DATE,
    Column("role", STR, "role of the consultation (most frequent stated)", ROLES),
    Column("public", BOOL, "public meeting"),
    Column("doc_id", STR, "first document stating the consultation"),
    Column("seq", INT, "its row in consultations (doc_id, seq)"),
    Column("is_decision", BOOL, "the consultation taken as the municipality's decision"),
    DECISION_INFERRED,
    Column("n_documents", INT, "documents stating this consultation"),
)
DERIVED_TABLES: dict[str, tuple[Column, ...]] = {
    "municipalities": MUNICIPALITY_COLUMNS,
    "municipality_similarity": SIMILARITY_COLUMNS,
    "timelines": TIMELINE_COLUMNS,
}

# Columns whose value depends on the other files of a run, not on the document alone: the
# submission a file belongs to (pipeline/analysis/submissions.py).
CORPUS_COLUMNS: dict[str, tuple[str, ...]] = {"documents": ("submission_id", "submission_match")}

# Primary keys (SQLite) per table; foreign keys point at documents.doc_id.
PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",),
    "consultations": ("doc_id", "seq"),
    "action_fields": ("doc_id", "seq"),
    "costs": ("doc_id", "seq"),
    "steering_groups": ("group_id",),
    "steering_group_members": ("group_id", "seq"),
    "facilitators": ("doc_id", "seq"),
    "review": ("doc_id", "seq"),
}

# Tables of extracted facts: every row has provenance, method and confidence.
FACT_TABLES = (
    "consultations",
    "action_fields",
    "costs",
    "steering_groups",
    "steering_group_members",
    "facilitators",
)
# Tables with rows per document made in the extract stage (and staged, sorted by seq/group).
EXTRACTED_TABLES = (*FACT_TABLES, "review")


def columns(table: str) -> list[str]:
    """Column names of a table, in contract order."""
    return [c.name for c in TABLES[table]]


# The German names of the tables, columns and codes, for people (pipeline/output/labels.py; a
# review message names a code by its German name).
LABELS_DE = Path(__file__).parent / "output" / "resources" / "labels_de.yaml"


@functools.cache
def labels_de() -> dict[str, Any]:
    import yaml

    # libyaml's parser where PyYAML has it: the main process reads the labels for every run's tables
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data: dict[str, Any] = yaml.load(LABELS_DE.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader
    return data


def code_name(column: str, code: str) -> str:
    """The German name of ``code`` in ``column``'s vocabulary, else the code.

    >>> code_name("cost_type", "budget"), code_name("cost_type", "Mittel")
    ('Haushaltsmittel', 'Mittel')
    """
    return str(labels_de()["codes"].get(column, {}).get(code, code))
