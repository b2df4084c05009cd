"""Compare municipalities: one row per municipality, their Beratungsfolge and similarity.

The corpus may hold one Vorlage several times (plain text, PDF renderings, a scan), so facts
are merged per municipality before anything is counted: a body, a (body, date) consultation,
a steering-group member, an action field, an amount or a facilitator counts once however
many documents state it. Names are merged when equal after the gold normalisation
(:func:`pipeline.analysis.evaluate.norm`) or nearly equal (OCR slips), never when they differ in a
number ("Stadtbezirk I" / "Stadtbezirk II").
"""

from __future__ import annotations

import difflib
import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.lang.de.spelling import BASE_LETTERS
from pipeline.totals import Total, cost_total

from ..decision import decision, inferred
from ..output.store import read_tables  # noqa: F401  (re-exported: notebooks/compare_municipalities.ipynb)
from ..output.tables import frame
from ..schema import MUNICIPALITY_COLUMNS, SIMILARITY_COLUMNS, TAXONOMY_CODES, TIMELINE_COLUMNS
from .evaluate import norm

SAME_NAME_RATIO = 0.9
NUMERAL = re.compile(r"^(?:\d+|[ivxlcdm]+)$")
ROMAN_OCR = re.compile(r"^[ivxl1|]{1,5}$")  # "Ill", "I1" are how OCR reads "III", "II"
CIVIL_SOCIETY_EXCLUDES = ("politics", "administration")
UNCLASSIFIED = ("other",)
UMLAUTS: dict[str, str | int | None] = dict(BASE_LETTERS)


def sort_key(name: object) -> str:
    """German alphabetical order: umlauts sort as their base letter.

    >>> sorted(["Lörrach", "Landshut", "Leverkusen"], key=sort_key)
    ['Landshut', 'Leverkusen', 'Lörrach']
    """
    return str(name).casefold().translate(str.maketrans(UMLAUTS))


def present(value: Any) -> bool:
    return not (
        value is None
        or value is pd.NA
        or (isinstance(value, float) and value != value)
        or (isinstance(value, str) and not value.strip())
    )


def same_name(a: str, b: str, ratio: float = SAME_NAME_RATIO) -> bool:
    """Normalised names equal or nearly equal, with the same numbers.

    >>> same_name("bezirksvertretung stadtbezirk i", "bezirksvertretung stadtbezirk ii")
    False
    >>> same_name("jugendhilfeausschuss", "jugendhilfeausschuß")
    True
    """
    if a == b:
        return True
    if not a or not b or numerals(a) != numerals(b):
        return False
    sm = difflib.SequenceMatcher(None, a, b)
    return sm.real_quick_ratio() >= ratio and sm.quick_ratio() >= ratio and sm.ratio() >= ratio


def numerals(name: str) -> list[str]:
    """Numbers and Roman numerals of a normalised name, with OCR's l/1 for I undone.

    >>> numerals("stadtbezirk ill"), numerals("stadtbezirk iii"), numerals("bezirk 2")
    (['iii'], ['iii'], ['2'])
    """
    found = []
    for token in re.split(r"[\s.,;:/()]+", name):
        if ROMAN_OCR.match(token) and "i" in token:  # an I beside the l/1 marks a misread numeral
            token = re.sub(r"[l1|]", "i", token)
        if NUMERAL.match(token):
            found.append(token)
    return sorted(found)


def cluster_keys(values: Iterable[Any]) -> list[str]:
    """For each name, the normalised first name it was merged with ('' for empty names)."""
    reps: list[str] = []
    merged: dict[str, str] = {"": ""}
    keys: list[str] = []
    normal: dict[str, str] = {}  # names repeat across documents: normalise each once
    for value in values:
        if not present(value):
            key = ""
        elif not isinstance(value, str):
            key = norm(value)
        else:
            if value not in normal:
                normal[value] = norm(value)
            key = normal[value]
        if key not in merged:
            merged[key] = next((r for r in reps if same_name(key, r)), key)
            if merged[key] == key:
                reps.append(key)
        keys.append(merged[key])
    return keys


def most_common(values: Iterable[Any]) -> Any:
    """The most frequent present value, ties to the first seen; None if there is none."""
    seen = [v for v in values if present(v)]
    if not seen:
        return None
    counts = Counter(seen)
    return max(seen, key=lambda v: (counts[v], -seen.index(v)))


def full_date(value: Any) -> date | None:
    """A date for a full ISO day; None for month-only or missing dates."""
    if not present(value) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


# the columns the comparison reads: a run keeps these of every table to the end, not the rest
INPUT_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (
        *("doc_id", "source_path", "municipality", "municipality_type", "state", "relevant", "submission_id"),
        *("part", "bundle"),
    ),
    "consultations": ("doc_id", "seq", "body", "body_type", "meeting_date", "role", "public"),
    "action_fields": ("doc_id", "seq", "label", "categories"),
    "costs": ("doc_id", "seq", "amount_eur", "cost_type", "fiscal_year"),
    "steering_groups": (
        "doc_id",
        "group_id",
        "group_name",
        "char_start",
        "size",
        "seats_politics",
        "seats_administration",
        "seats_civil_society",
    ),
    "steering_group_members": ("doc_id", "group_id", "seq", "member", "sector"),
    "facilitators": ("doc_id", "seq", "name", "organisation", "amount_eur"),
}


def table(frames: dict[str, pd.DataFrame], name: str) -> pd.DataFrame:
    df = frames.get(name)
    return df if df is not None else frame(name, [])


def taken(docs: pd.DataFrame, all_documents: bool = False) -> pd.Series:
    """Which documents the comparison counts: the primary file of each submission
    (:mod:`pipeline.analysis.submissions`), and, unless ``all_documents``, only submissions
    with a relevant file (:mod:`pipeline.extract.relevance`); never a file holding several
    submissions that was read whole (:func:`mixed`). Tables without these columns (outputs of
    an older version) count every document."""
    ids = docs["doc_id"].astype("string")
    sub = docs["submission_id"].astype("string").fillna(ids) if "submission_id" in docs else ids
    # a submission whose primary file is not among these documents: its first file stands in
    primary = ((sub == ids) | (~sub.isin(set(ids)) & ~sub.duplicated())) & ~mixed(docs)
    if all_documents or "relevant" not in docs:
        return primary.fillna(False).astype(bool)
    relevant = docs["relevant"].astype("boolean").fillna(True).astype(bool)
    return (primary & sub.isin(set(sub[relevant]))).fillna(False).astype(bool)


def mixed(docs: pd.DataFrame) -> pd.Series:
    """The files holding several submissions that were read whole (their heads left a doubt
    where one ends, :mod:`pipeline.extract.bundles`): their facts may mix the submissions."""
    if "bundle" not in docs:
        return pd.Series(False, index=docs.index)
    whole = docs["part"].isna() if "part" in docs else pd.Series(True, index=docs.index)
    return (docs["bundle"].astype("boolean").fillna(False).astype(bool) & whole).astype(bool)


def files(docs: pd.DataFrame) -> int:
    """How many input files the documents come from (a bundle split into its submissions is one)."""
    return int(docs["source_path"].nunique()) if "source_path" in docs and len(docs) else len(docs)


def counted(frames: dict[str, pd.DataFrame], all_documents: bool = False) -> dict[str, pd.DataFrame]:
    """``frames`` with ``documents`` cut to the documents the comparison counts (:func:`taken`)."""
    docs = table(frames, "documents")
    return {**frames, "documents": docs[taken(docs, all_documents).to_numpy()]}


def left_out(docs: pd.DataFrame, all_documents: bool = False) -> dict[str, pd.DataFrame]:
    """The documents the comparison does not count, by why: ``not_relevant`` (their submission
    is about something else), ``repeated`` (another file of a counted submission) and ``bundle``
    (a file holding several submissions, read whole: :func:`mixed`)."""
    keep = taken(docs, all_documents).to_numpy()
    ids = docs["doc_id"].astype("string")
    sub = docs["submission_id"].astype("string").fillna(ids) if "submission_id" in docs else ids
    counted_subs = set(sub[keep])
    bundle = ~keep & mixed(docs).to_numpy()
    repeated = ~keep & ~bundle & sub.isin(counted_subs).to_numpy()
    return {"not_relevant": docs[~keep & ~repeated & ~bundle], "repeated": docs[repeated], "bundle": docs[bundle]}


NOT_COUNTED = {
    "not_relevant": "nicht im Vergleich gezählt: nicht zum Thema Integration",
    "repeated": "nicht im Vergleich gezählt: weitere Datei einer gezählten Vorlage",
    "bundle": "nicht im Vergleich gezählt: mehrere Vorlagen in einer Datei, nicht getrennt",
}


def not_counted(docs: pd.DataFrame, all_documents: bool = False) -> dict[str, str]:
    """doc_id → why the comparison does not count the document, in German (:func:`left_out`)."""
    return {
        str(doc_id): NOT_COUNTED[why]
        for why, left in left_out(docs, all_documents).items()
        for doc_id in left["doc_id"]
    }


def municipality_of(docs: pd.DataFrame) -> dict[str, str]:
    """doc_id → municipality of the documents that name one."""
    return {d: m.strip() for d, m in zip(docs["doc_id"], docs["municipality"]) if present(d) and present(m)}


def prepare(frames: dict[str, pd.DataFrame], all_documents: bool = False) -> dict[str, pd.DataFrame]:
    """Each extracted table with municipality, document order, base row and merge key.

    ``row`` is the index of the row in the input frame, so every derived value can be
    traced back to its evidence; rows of documents without a municipality are dropped, and
    so are those of documents the comparison does not count (:func:`taken`).
    """
    docs = table(frames, "documents")
    where = municipality_of(docs[taken(docs, all_documents).to_numpy()])
    order = {d: i for i, d in enumerate(docs["doc_id"])}
    keys = {
        "consultations": "body",
        "action_fields": "label",
        "steering_group_members": "member",
        "facilitators": None,
        "costs": None,
        "steering_groups": None,
    }
    out: dict[str, pd.DataFrame] = {}
    for name, key_col in keys.items():
        df = table(frames, name).reset_index(drop=True)
        df["row"] = range(len(df))
        df["municipality"] = df["doc_id"].map(where).astype("string")
        df["doc_order"] = df["doc_id"].map(order)
        df = df[df["municipality"].notna()]
        df = df.sort_values(["doc_order", "row"], kind="stable")
        if name == "facilitators":
            df["name_key_src"] = [n if present(n) else o for n, o in zip(df["name"], df["organisation"])]
            key_col = "name_key_src"
        if key_col:
            df["key"] = ""
            for _, idx in df.groupby("municipality", sort=False).groups.items():
                df.loc[idx, "key"] = cluster_keys(df.loc[idx, key_col])
        if name == "costs":
            df["key"] = df["amount_eur"].round(2)
        out[name] = df
    return out


@dataclass
class Meeting:
    """One consultation of a municipality, merged over the documents that state it."""

    municipality: str
    key: str
    meeting_date: str | None
    rows: list[int] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    body_types: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    publics: list[bool] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    seqs: list[int] = field(default_factory=list)
    is_decision: bool = False

    @property
    def role(self) -> str | None:
        return most_common(self.roles)

    @property
    def body_type(self) -> str | None:
        return most_common(self.body_types)


def meetings(prep: dict[str, pd.DataFrame]) -> dict[str, list[Meeting]]:
    """Distinct (body, date) consultations per municipality, the decision marked, by date."""
    found: dict[str, dict[tuple[str, str], Meeting]] = {}
    cons = prep["consultations"]
    for r in cons.itertuples(index=False):
        when = str(r.meeting_date) if present(r.meeting_date) else None
        per = found.setdefault(str(r.municipality), {})
        m = per.setdefault((str(r.key), when or ""), Meeting(str(r.municipality), str(r.key), when))
        m.rows.append(int(r.row))
        m.bodies.append(r.body)
        m.body_types.append(r.body_type)
        m.roles.append(r.role)
        m.publics.append(r.public)
        m.doc_ids.append(str(r.doc_id))
        m.seqs.append(int(r.seq))
    result: dict[str, list[Meeting]] = {}
    for muni, per in found.items():
        items = list(per.values())  # first-seen order breaks date ties
        items.sort(key=lambda m: (m.meeting_date is None, m.meeting_date or ""))
        chosen = decision(items)
        if chosen is not None:
            chosen.is_decision = True
        result[muni] = items
    return result


def days_to_decision(items: list[Meeting]) -> int | None:
    """Days from the first consultation of the deciding Vorlage to the decision.

    Only consultations of documents that list the decision count as its Beratungsfolge, so
    an unrelated Vorlage of the same municipality years earlier does not stretch the span.
    """
    dec = next((m for m in items if m.is_decision), None)
    end = full_date(dec.meeting_date) if dec else None
    if dec is None or end is None:
        return None
    docs = set(dec.doc_ids)
    starts = [full_date(m.meeting_date) for m in items if docs & set(m.doc_ids)]
    start = min((d for d in starts if d is not None), default=None)
    return (end - start).days if start is not None and start <= end else None


def by_municipality(df: pd.DataFrame) -> dict[str, pd.DataFrame]:
    return {str(k): g for k, g in df.groupby("municipality", sort=False)}


GROUPS_FILE = Path(__file__).parent / "resources" / "groups.yaml"
SEAT_COLUMNS = ("seats_politics", "seats_administration", "seats_civil_society")
CONFLICT = 0.15  # seats and members disagree when a share differs by more than this


@functools.lru_cache(maxsize=1)
def group_words() -> dict[str, re.Pattern[str]]:
    """The patterns of groups.yaml, one alternation per kind (steering, accompanying)."""
    from extractors.resources import checked_entries
    from extractors.resources.specs import PATTERN, Entries, Schema, Text

    from ..errors import ResourceError

    kinds: dict[str, list[str]] = {}
    schema = Schema({"entries": Entries({"kind": Text("steering", "accompanying"), "pattern": PATTERN})})
    for entry in checked_entries(GROUPS_FILE, schema):
        kinds.setdefault(entry["kind"], []).append(entry["pattern"])
    if missing := {"steering", "accompanying"} - set(kinds):
        raise ResourceError(f"groups.yaml: no entries of kind {', '.join(sorted(missing))}")
    return {k: re.compile("|".join(f"(?:{p})" for p in ps), re.I) for k, ps in kinds.items()}


def group_kind(name: Any) -> str:
    """``steering``, ``accompanying`` or ``other``, from a group's name."""
    words = group_words()
    name = str(name) if present(name) else ""
    if words["accompanying"].search(name):
        return "accompanying"
    return "steering" if words["steering"].search(name) else "other"


def seats(group: dict[str, Any]) -> dict[str, int] | None:
    """The seats per sector a group's row states, when they cover the group (their sum reaches
    its stated size, or, without a size, two sectors are stated); else None."""
    stated = {c: int(group[c]) for c in SEAT_COLUMNS if present(group.get(c))}
    total = sum(stated.values())
    size = int(group["size"]) if present(group.get("size")) else None
    if not total or (size is not None and total < size) or (size is None and len(stated) < 2):
        return None
    return {c: stated.get(c, 0) for c in SEAT_COLUMNS}


@dataclass
class Steering:
    """The municipality's steering group and the shares of its sectors, with their basis."""

    group_id: str | None = None
    name: str | None = None
    size: int | None = None
    n_classified: int = 0
    shares: tuple[float | None, float | None, float | None] = (None, None, None)
    basis: str = "none"
    conflict: bool | None = None
    others: list[str] = field(default_factory=list)


def steering(groups: pd.DataFrame, members: pd.DataFrame) -> Steering:
    """The group that steers, and its shares from what the document states.

    The steering group is the group named by a steering word ("Steuerungsgruppe",
    "Lenkungskreis"), else one that is neither accompanying nor advisory; of several, the first
    in the document with seats or classified members stated, else the first. Its shares come
    from its seats per sector where they cover the group (``basis = seats``), else from its
    classified members (``members``); with both, ``conflict`` says whether they disagree by
    more than :data:`CONFLICT` in a sector. Accompanying and advisory groups are named in
    ``others`` and counted in no share.
    """
    rows = groups.to_dict("records")
    order = {g["group_id"]: i for i, g in enumerate(rows)}  # document order, then place in the document
    rows.sort(
        key=lambda g: (
            g.get("doc_order", 0),
            g["char_start"] if present(g.get("char_start")) else 0,
            order[g["group_id"]],
        )
    )
    kinds = [group_kind(g.get("group_name")) for g in rows]
    candidates = [g for g, k in zip(rows, kinds) if k == "steering"] or [g for g, k in zip(rows, kinds) if k == "other"]
    classified = {str(gid): member_sectors(rows_) for gid, rows_ in members.groupby("group_id", sort=False)}

    def n_classified(g: dict[str, Any]) -> int:
        return shares(classified.get(str(g["group_id"]), {}))[0]

    chosen = (
        min(candidates, key=lambda g: (seats(g) is None and not n_classified(g), candidates.index(g)))
        if candidates
        else None
    )
    same = norm(str(chosen.get("group_name") or "")) if chosen is not None else None
    others = list(
        dict.fromkeys(
            str(g["group_name"]).strip()
            for g in rows
            if g is not chosen and present(g.get("group_name")) and norm(str(g["group_name"])) != same
        )
    )
    if chosen is None:
        return Steering(others=others)
    gid = str(chosen["group_id"])
    n, *by_members = shares(classified.get(gid, {}))
    count = members[(members["group_id"] == gid) & (members["key"] != "")]["key"].nunique() if len(members) else 0
    size = int(chosen["size"]) if present(chosen.get("size")) else (int(count) or None)
    stated = seats(chosen)
    name = str(chosen["group_name"]) if present(chosen.get("group_name")) else None
    if stated is None:
        if not n:
            return Steering(gid, name, size, 0, (None, None, None), "none", None, others)
        pol, adm, civ = by_members
        return Steering(gid, name, size, n, (pol, adm, civ), "members", None, others)
    total = sum(stated.values())
    pol, adm, civ = (stated[c] / total for c in SEAT_COLUMNS)
    conflict = None
    if n >= 2:
        conflict = max(abs(a - float(b or 0.0)) for a, b in zip((pol, adm, civ), by_members)) > CONFLICT
    return Steering(gid, name, size, n, (pol, adm, civ), "seats", conflict, others)


def member_sectors(members: pd.DataFrame) -> dict[str, str | None]:
    """Distinct members (merge key) with their most frequent stated sector."""
    out: dict[str, str | None] = {}
    for key, rows in members[members["key"] != ""].groupby("key", sort=False):
        out[str(key)] = most_common(rows["sector"])
    return out


def shares(sectors: dict[str, str | None]) -> tuple[int, float | None, float | None, float | None]:
    """Shares of classified members (sector stated and not ``other``).

    civil_society is every classified sector outside politics and administration (welfare,
    education, public agencies, migrant organisations, associations, research, business):
    the three-way split councils use when they fix seats ("Politik, Verwaltung und
    zivilgesellschaftlicher Raum"), so the three shares add up to 1.

    >>> shares({"a": "politics", "b": "welfare", "c": "other", "d": None})
    (2, 0.5, 0.0, 0.5)
    """
    classified = [s for s in sectors.values() if present(s) and s not in UNCLASSIFIED]
    n = len(classified)
    if not n:
        return 0, None, None, None
    pol = sum(s == "politics" for s in classified) / n
    adm = sum(s == "administration" for s in classified) / n
    civ = sum(s not in CIVIL_SOCIETY_EXCLUDES for s in classified) / n
    return n, pol, adm, civ


def total_cost(costs: pd.DataFrame) -> tuple[Total | None, pd.DataFrame]:
    """The total of a municipality's amounts by :func:`pipeline.totals.cost_total` (a stated
    total, else the sum of one kind's amounts across years, marked computed) and the rows it
    is made of (the evidence of "Kosten gesamt")."""
    amounts = costs.dropna(subset=["key"])
    years = amounts["fiscal_year"] if "fiscal_year" in amounts else pd.Series([None] * len(amounts))
    items = [
        (float(a), str(t) if present(t) else None, int(y) if present(y) else None)
        for a, t, y in zip(amounts["key"], amounts["cost_type"], years)
    ]
    found = cost_total(items)
    return found, amounts.iloc[list(found.parts) if found else []]


def facilitator_names(facs: pd.DataFrame) -> list[str]:
    """One 'name, organisation' per distinct facilitator, the most complete wording."""
    names: list[str] = []
    for _, rows in facs[facs["key"] != ""].groupby("key", sort=False):
        parts = [[str(v).strip() for v in (n, o) if present(v)] for n, o in zip(rows["name"], rows["organisation"])]
        best = max(parts, key=len)
        names.append(", ".join(best))
    return names


def action_codes(afs: pd.DataFrame) -> set[str]:
    return {c.strip() for cats in afs["categories"] if present(cats) for c in str(cats).split(";") if c.strip()}


def municipality_row(
    muni: str, docs: pd.DataFrame, rows: dict[str, pd.DataFrame], items: list[Meeting], n_files: int | None = None
) -> dict[str, Any]:
    """One row of the municipalities table from the municipality's prepared rows per table."""
    afs, members = rows["action_fields"], rows["steering_group_members"]
    costs, facs = rows["costs"], rows["facilitators"]
    codes = action_codes(afs)
    steer = steering(rows["steering_groups"], members)
    pol, adm, civ = steer.shares
    dec = next((m for m in items if m.is_decision), None)
    dated = [m.meeting_date for m in items if m.meeting_date]
    fac_names = facilitator_names(facs)
    total, _ = total_cost(costs)
    row: dict[str, Any] = {
        "municipality": muni,
        "municipality_type": most_common(docs["municipality_type"]),
        "state": most_common(docs["state"]),
        "n_documents": docs["doc_id"].nunique() if n_files is None else n_files,
        "n_submissions": docs["doc_id"].nunique(),
        "source_files": "; ".join(sorted(str(p) for p in docs["source_path"].dropna().unique()))
        if "source_path" in docs
        else None,
        "first_meeting": min(dated) if dated else None,
        "decision_date": dec.meeting_date if dec else None,
        "decision_inferred": inferred(dec) if dec else None,
        "days_to_decision": days_to_decision(items),
        "n_bodies": len({m.key for m in items if m.key}),
        "n_consultations": len(items),
        "n_action_fields": int(afs.loc[afs["key"] != "", "key"].nunique()),
        "steering_group_size": steer.size,
        "n_members_classified": steer.n_classified,
        "share_politics": pol,
        "share_administration": adm,
        "share_civil_society": civ,
        "steering_group": steer.name,
        "steering_group_id": steer.group_id,
        "share_basis": steer.basis,
        "share_conflict": steer.conflict,
        "other_groups": "; ".join(steer.others) or None,
        "total_cost_eur": round(total.amount, 2) if total else None,
        "cost_total_computed": total.computed if total else None,
        "external_support": bool(len(facs)) or bool((costs["cost_type"] == "external_support").any()),
        "facilitator": "; ".join(fac_names) or None,
    }
    row.update({f"af_{code}": int(code in codes) for code in TAXONOMY_CODES})
    return row


def municipality_names(frames: dict[str, pd.DataFrame], all_documents: bool = False) -> list[str]:
    docs = table(frames, "documents")
    docs = docs[taken(docs, all_documents).to_numpy()]
    return sort_names({str(m).strip() for m in docs["municipality"] if present(m)})


def sort_names(names: Iterable[str]) -> list[str]:
    """Municipality names in the order of the derived tables."""
    return sorted(names, key=lambda n: (sort_key(n), n))


def similarity_frame(munis: pd.DataFrame) -> pd.DataFrame:
    return frame("municipality_similarity", similarity_rows(munis), SIMILARITY_COLUMNS)


def similarity_rows(munis: pd.DataFrame) -> list[dict[str, Any]]:
    """Jaccard similarity of the Handlungsfeld codes for every ordered pair (with a == b).

    ``other`` is left out: two municipalities do not share a theme by both having
    fields the taxonomy does not cover. A municipality whose papers name no field is like
    none and unlike none: its similarity is empty, not 0.
    """
    codes = [c for c in TAXONOMY_CODES if c not in UNCLASSIFIED]
    sets = {r["municipality"]: {c for c in codes if r[f"af_{c}"] == 1} for _, r in munis.iterrows()}
    rows = []
    for a, sa in sets.items():
        for b, sb in sets.items():
            union = sa | sb
            shared = [c for c in codes if c in sa & sb]
            rows.append(
                {
                    "municipality_a": a,
                    "municipality_b": b,
                    "jaccard": len(shared) / len(union) if sa and sb else None,
                    "n_shared": len(shared),
                    "n_union": len(union),
                    "shared_codes": ";".join(shared) or None,
                }
            )
    return rows


def timeline_rows(found: dict[str, list[Meeting]], names: list[str]) -> list[dict[str, Any]]:
    rows = []
    for muni in names:
        for m in found.get(muni, []):
            rows.append(
                {
                    "municipality": muni,
                    "body": most_common(m.bodies),
                    "body_type": m.body_type,
                    "meeting_date": m.meeting_date,
                    "role": m.role,
                    "public": most_common(m.publics),
                    "doc_id": m.doc_ids[0],
                    "seq": m.seqs[0],
                    "is_decision": m.is_decision,
                    "decision_inferred": inferred(m) if m.is_decision else None,
                    "n_documents": len(set(m.doc_ids)),
                }
            )
    return rows


def compare_frames(frames: dict[str, pd.DataFrame], all_documents: bool = False) -> dict[str, pd.DataFrame]:
    """The derived tables: municipalities, municipality_similarity, timelines.

    Counted are the relevant submissions, each once (:func:`taken`); ``all_documents``
    counts every submission, relevant or not."""
    prep = prepare(frames, all_documents)
    return derive(frames, prep, meetings(prep), all_documents)


def derive(
    frames: dict[str, pd.DataFrame],
    prep: dict[str, pd.DataFrame],
    found: dict[str, list[Meeting]],
    all_documents: bool = False,
) -> dict[str, pd.DataFrame]:
    """The derived tables from prepared rows (:func:`prepare`) and merged consultations."""
    every = table(frames, "documents")
    every = every.assign(municipality=every["municipality"].str.strip())
    keep = taken(every, all_documents).to_numpy()
    docs = every[keep]
    names = municipality_names(frames, all_documents)
    split = {name: by_municipality(df) for name, df in prep.items()}
    docs_of = {str(k): g for k, g in docs.groupby("municipality", sort=False)}
    ids = every["doc_id"].astype("string")
    subs = every["submission_id"].astype("string").fillna(ids) if "submission_id" in every else ids
    files = every[subs.isin(set(subs[keep])).to_numpy()]
    n_files = {str(k): int(g["doc_id"].nunique()) for k, g in files.groupby("municipality", sort=False)}
    rows = [
        municipality_row(
            m,
            docs_of[m],
            {name: split[name].get(m, prep[name].iloc[0:0]) for name in prep},
            found.get(m, []),
            n_files.get(m),
        )
        for m in names
    ]
    munis = frame("municipalities", rows, MUNICIPALITY_COLUMNS)
    return {
        "municipalities": munis,
        "municipality_similarity": similarity_frame(munis),
        "timelines": frame("timelines", timeline_rows(found, names), TIMELINE_COLUMNS),
    }


def action_field_matrix(munis: pd.DataFrame) -> pd.DataFrame:
    """Municipalities × taxonomy codes, 0/1 (for a heatmap)."""
    cols = [f"af_{c}" for c in TAXONOMY_CODES]
    out = munis.set_index("municipality")[cols].astype("Int64")
    out.columns = list(TAXONOMY_CODES)
    return out


def similarity_matrix(similarity: pd.DataFrame) -> pd.DataFrame:
    """The long similarity table as a square matrix in the table's order."""
    order = list(dict.fromkeys(similarity["municipality_a"]))
    wide = similarity.pivot(index="municipality_a", columns="municipality_b", values="jaccard")
    return wide.reindex(index=order, columns=order)
