"""Score output tables against gold JSON files (precision, recall, F1 per field).

Implements the scoring rules of the gold README: string normalisation, similarity with a
field-specific threshold, one-to-one matching, optional items neither rewarded nor
penalised, micro-averaging over documents.

It also checks the rows' ``confidence`` (:mod:`pipeline.extract.confidence`): each output row is
judged right when the scoring matches it to a gold item (rows absorbed by an optional item
are left out), and the rows are put in confidence buckets to compare the share that is
right with the confidence claimed, summed up as the expected calibration error (ECE).
"""

from __future__ import annotations

import difflib
import functools
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import pandas as pd

from ..extract.calibration import Calibration, Judged
from ..output.store import read_tables
from ..schema import FACT_TABLES

QUOTES = "„“”\"'‚‘’«»"
FIELDS = (
    "documents",
    "consultations",
    "action_fields",
    "action_field_categories",
    "costs",
    "steering_groups",
    "steering_members",
    "facilitators",
)


def norm(value: Any) -> str:
    """The gold README's normalisation.

    >>> norm("„Jugendhilfeaus- schuss“ ")
    'jugendhilfeausschuss'
    """
    s = unicodedata.normalize("NFKC", str(value))
    s = re.sub(r"(\w)- ([a-zäöüß])", r"\1\2", s)
    s = "".join(ch for ch in s if ch not in QUOTES)
    s = re.sub(r"\s+", " ", s).strip()
    s = s.strip(".,;:!?()[]{}–-/ ")
    return s.casefold()


def similar(a: Any, b: Any, threshold: float) -> float:
    """A match score in (0, 1] when similar under the README's rule, else 0."""
    x, y = norm(a), norm(b)
    if not x or not y:
        return 0.0
    if x == y:
        return 1.0
    short, long = sorted((x, y), key=len)
    if short in long and len(short) >= 0.6 * len(long):
        return 0.99
    ratio = difflib.SequenceMatcher(None, x, y).ratio()
    return ratio if ratio >= threshold else 0.0


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attrs: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, checked]

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        for k, (r, n) in other.attrs.items():
            cur = self.attrs.setdefault(k, [0, 0])
            cur[0] += r
            cur[1] += n

    def check(self, name: str, ok: bool) -> None:
        cur = self.attrs.setdefault(name, [0, 0])
        cur[0] += int(ok)
        cur[1] += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


Row = dict[str, Any]  # a row of an output table or a gold record, by column
Pair = tuple[Row, Row]


def assign(gold: list[Row], out: list[Row], score: Callable[[Row, Row], float]) -> list[tuple[int, int]]:
    """The one-to-one pairs (gold index, output index) of :func:`match`, in matching order."""
    pairs = sorted(
        ((s, gi, oi) for gi, g in enumerate(gold) for oi, o in enumerate(out) if (s := score(g, o)) > 0),
        key=lambda t: (-t[0], not gold[t[1]].get("optional", False), t[1], t[2]),
    )
    # non-optional gold items are matched first
    pairs.sort(key=lambda t: (gold[t[1]].get("optional", False), -t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_o: set[int] = set()
    chosen: list[tuple[int, int]] = []
    for _, gi, oi in pairs:
        if gi in used_g or oi in used_o:
            continue
        used_g.add(gi)
        used_o.add(oi)
        chosen.append((gi, oi))
    return chosen


def match(gold: list[Row], out: list[Row], score: Callable[[Row, Row], float]) -> tuple[Score, list[Pair]]:
    """One-to-one matching, best pairs first; optional gold items absorb rows silently."""
    chosen = assign(gold, out, score)
    used_g = {gi for gi, _ in chosen}
    used_o = {oi for _, oi in chosen}
    matched: list[Pair] = []
    result = Score()
    for gi, oi in chosen:
        if not gold[gi].get("optional", False):
            result.tp += 1
            matched.append((gold[gi], out[oi]))
    result.fn = sum(1 for gi, g in enumerate(gold) if gi not in used_g and not g.get("optional", False))
    result.fp = sum(1 for oi in range(len(out)) if oi not in used_o)
    return result, matched


def records(df: pd.DataFrame | None, doc_id: str) -> list[Row]:
    if df is None or df.empty:
        return []
    sub = df[df["doc_id"] == doc_id]
    return [{k: (None if pd.isna(v) else v) for k, v in row.items()} for row in sub.to_dict("records")]


# How an output row scores against a gold item, per field (0 when they do not match).
def consultation_score(g: Row, o: Row) -> float:
    return similar(g["body"], o["body"] or "", 0.85) if g["meeting_date"] == o["meeting_date"] else 0


def action_field_score(g: Row, o: Row) -> float:
    return similar(g["label"], o["label"] or "", 0.85)


def group_score(g: Row, o: Row) -> float:
    return similar(g["group_name"], o["group_name"] or "", 0.8)


def member_score(g: Row, o: Row) -> float:
    return similar(g["member"], o["member"] or "", 0.8)


def facilitator_score(g: Row, o: Row) -> float:
    best = 0.0
    for key in ("name", "organisation"):
        for okey in ("name", "organisation"):
            if g.get(key) and o.get(okey):
                best = max(best, similar(g[key], o[okey], 0.8) if key == okey else 0.0)
    return best


def gold_members(gold: Row) -> list[Row]:
    """All members of all groups; those of an optional group are optional."""
    return [
        m | ({"optional": True} if g.get("optional") else {})
        for g in gold.get("steering_groups", [])
        for m in g.get("members", [])
    ]


def cents(value: Any) -> int:
    return round(float(value) * 100)


def score_document(gold: Row, doc: Row, tables: dict[str, pd.DataFrame]) -> dict[str, Score]:
    doc_id = doc["doc_id"]
    scores: dict[str, Score] = {}

    # documents: each non-null fact is one item; a value where gold has none is a false positive
    s = Score()
    thresholds = {"municipality": 0.85, "subject": 0.9, "doc_number": None, "doc_date": None}
    for key, thr in thresholds.items():
        g, o = gold["document"].get(key), doc.get(key)
        if g is None and o is None:
            continue
        ok = g is not None and o is not None and (similar(g, o, thr) > 0 if thr else str(g) == str(o))
        if ok:
            s.tp += 1
        else:
            s.fn += g is not None
            s.fp += o is not None
    scores["documents"] = s

    cons = records(tables.get("consultations"), doc_id)
    s, pairs = match(gold.get("consultations", []), cons, consultation_score)
    for g, o in pairs:
        if g.get("role") is not None:
            s.check("role", g["role"] == o.get("role"))
        if g.get("public") is not None:
            s.check("public", g["public"] == o.get("public"))
    scores["consultations"] = s

    afs = records(tables.get("action_fields"), doc_id)
    gold_afs = gold.get("action_fields", [])
    s, _ = match(gold_afs, afs, action_field_score)
    scores["action_fields"] = s
    gold_codes = {c for g in gold_afs if not g.get("optional") for c in g.get("categories", [])}
    out_codes = {c for o in afs for c in str(o.get("categories") or "").split(";") if c}
    scores["action_field_categories"] = Score(
        len(gold_codes & out_codes), len(out_codes - gold_codes), len(gold_codes - out_codes)
    )

    costs = records(tables.get("costs"), doc_id)
    gold_costs = [g for g in gold.get("costs", [])]
    gold_amounts = {cents(g["amount_eur"]) for g in gold_costs if not g.get("optional")}
    optional_amounts = {cents(g["amount_eur"]) for g in gold_costs if g.get("optional")} - gold_amounts
    out_amounts = {cents(o["amount_eur"]) for o in costs if o.get("amount_eur") is not None}
    s = Score(
        len(gold_amounts & out_amounts),
        len(out_amounts - gold_amounts - optional_amounts),
        len(gold_amounts - out_amounts),
    )
    for amount in sorted(gold_amounts & out_amounts):
        types = {g["cost_type"] for g in gold_costs if cents(g["amount_eur"]) == amount}
        s.check("cost_type", any(o.get("cost_type") in types for o in costs if cents(o["amount_eur"]) == amount))
    scores["costs"] = s

    groups = records(tables.get("steering_groups"), doc_id)
    gold_groups = gold.get("steering_groups", [])
    s, pairs = match(gold_groups, groups, group_score)
    for g, o in pairs:
        if g.get("size") is not None:
            s.check("size", o.get("size") is not None and int(o["size"]) == int(g["size"]))
    scores["steering_groups"] = s

    members = records(tables.get("steering_group_members"), doc_id)
    s, pairs = match(gold_members(gold), members, member_score)
    for g, o in pairs:
        if g.get("sector"):
            s.check("sector", g["sector"] == o.get("sector"))
    scores["steering_members"] = s

    facs = records(tables.get("facilitators"), doc_id)
    s, _ = match(gold.get("facilitators", []), facs, facilitator_score)
    scores["facilitators"] = s
    return scores


# --- calibration of the confidence --------------------------------------------------

# Metadata fields judged for calibration, with the similarity threshold (None: exact). The
# first four are the scored ones; doc_type, department and author are in gold too.
JUDGED_FIELDS = {
    "municipality": 0.85,
    "doc_number": None,
    "doc_date": None,
    "subject": 0.9,
    "doc_type": None,
    "department": 0.85,
    "author": 0.85,
}
ROW_SCORES: dict[str, tuple[str, Callable[[Row, Row], float]]] = {
    "consultations": ("consultations", consultation_score),
    "action_fields": ("action_fields", action_field_score),
    "steering_groups": ("steering_groups", group_score),
    "steering_group_members": ("steering_members", member_score),
    "facilitators": ("facilitators", facilitator_score),
}


def confidence_of(value: Any) -> float | None:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return None if f != f else f


def judge_document(gold: Row, doc: Row, tables: dict[str, pd.DataFrame]) -> list[Judged]:
    """Every output row of a document judged right or wrong by the scoring's own matching."""
    out: list[Judged] = []
    for key, thr in JUDGED_FIELDS.items():
        o = doc.get(key)
        if o is None:
            continue
        g = gold["document"].get(key)
        ok = g is not None and (similar(g, o, thr) > 0 if thr else str(g) == str(o))
        out.append(
            Judged(
                f"documents.{key}", str(doc.get(f"{key}_method") or ""), confidence_of(doc.get(f"{key}_confidence")), ok
            )
        )
    for table, (field_name, score) in ROW_SCORES.items():
        rows = records(tables.get(table), doc["doc_id"])
        items = gold_members(gold) if table == "steering_group_members" else gold.get(field_name, [])
        partner = {oi: gi for gi, oi in assign(items, rows, score)}
        for oi, row in enumerate(rows):
            gi = partner.get(oi)
            if gi is not None and items[gi].get("optional", False):
                continue  # absorbed by a debatable gold item: neither right nor wrong
            out.append(
                Judged(table, str(row.get("method") or ""), confidence_of(row.get("confidence")), gi is not None)
            )
    gold_costs = gold.get("costs", [])
    amounts = {cents(g["amount_eur"]) for g in gold_costs if not g.get("optional")}
    optional = {cents(g["amount_eur"]) for g in gold_costs if g.get("optional")} - amounts
    for row in records(tables.get("costs"), doc["doc_id"]):
        if row.get("amount_eur") is None or cents(row["amount_eur"]) in optional:
            continue
        out.append(
            Judged(
                "costs",
                str(row.get("method") or ""),
                confidence_of(row.get("confidence")),
                cents(row["amount_eur"]) in amounts,
            )
        )
    return out


# The tables scored against the gold facts: the documents and the tables of extracted facts.
EVALUATED_TABLES = ("documents", *FACT_TABLES)


@dataclass
class Evaluation:
    totals: dict[str, Score]
    per_document: list[tuple[str, str, dict[str, Score]]]
    missing: list[str]
    judged: list[Judged] = field(default_factory=list)

    @property
    def calibration(self) -> Calibration:
        return Calibration(self.judged)

    def table(self) -> str:
        head = f"{'Feld':<24}{'richtig':>8}{'falsch':>8}{'fehlt':>8}{'Präz.':>8}{'Recall':>8}{'F1':>8}   Merkmale"
        lines = [head]
        for name in FIELDS:
            s = self.totals[name]
            attrs = ", ".join(f"{k} {r}/{n} ({r / n:.0%})" for k, (r, n) in sorted(s.attrs.items()) if n)
            lines.append(
                f"{name:<24}{s.tp:>8}{s.fp:>8}{s.fn:>8}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}   {attrs}"
            )
        return "\n".join(lines)


def evaluate(out: Path, gold_dir: Path) -> Evaluation:
    """Score every output document that has a gold file with the same stem."""
    tables = read_tables(out, EVALUATED_TABLES)
    docs = tables.get("documents")
    golds = {}
    for path in sorted(gold_dir.glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        golds[PurePosixPath(g.get("source", path.name)).stem] = g
    totals = {name: Score() for name in FIELDS}
    per_doc = []
    judged: list[Judged] = []
    seen: set[str] = set()
    if docs is not None:
        for doc in docs.to_dict("records"):
            doc = {k: (None if pd.isna(v) else v) for k, v in doc.items()}
            stem = PurePosixPath(str(doc["source_path"])).stem
            if stem not in golds:
                continue
            seen.add(stem)
            scores = score_document(golds[stem], doc, tables)
            per_doc.append((stem, doc["source_path"], scores))
            judged += judge_document(golds[stem], doc, tables)
            for name, s in scores.items():
                totals[name].add(s)
    missing = sorted(set(golds) - seen)
    for stem in missing:  # a gold document with no output: everything it states is missed
        empty = {"doc_id": None, "source_path": stem}
        for name, s in score_document(golds[stem], empty, {}).items():
            totals[name].add(s)
    return Evaluation(totals, per_doc, missing, judged)


# --- weak gold: the consultations an OParl API lists ------------------------------------
#
# A line of an OParl gold file (``vorlagen evaluate OUT --oparl gold.jsonl``) names one input file
# (``source``: its file name) and the consultations the council's OParl API lists for its paper
# (``consultations``: ``body`` and ``meeting_date``). The lists are incomplete (party-group meetings
# and some committees are never listed), so only recall is scored: a listed (body, date) is found
# when the document has a consultation on that date whose body is the same name, contains it or is
# contained in it, or is similar enough. Extra rows are judged by reading them; the rows whose body
# is no body (a date, header, heading or result words glued on, a sentence) are counted as debris.

OPARL_SIMILAR = 0.8
_WORDS = re.compile(r"\W+")
_DATE_IN = re.compile(r"\d{1,2}\.\d{1,2}\.")
_SENTENCE = re.compile(r"[a-zäöüß]{3}\.(?:\s+[A-ZÄÖÜ]|\s*$)")


def oparl_key(name: str) -> str:
    """A body name as the OParl scoring compares it: folded, words only.

    >>> oparl_key("Fachausschuss Planung, Bau")
    'fachausschuss planung bau'
    """
    return _WORDS.sub(" ", (name or "").casefold()).strip()


def oparl_same(listed: str, found: str) -> bool:
    a, b = oparl_key(listed), oparl_key(found)
    if not a or not b:
        return False
    return a == b or a in b or b in a or difflib.SequenceMatcher(None, a, b).ratio() >= OPARL_SIMILAR


@functools.lru_cache(maxsize=1)
def _not_body_words() -> re.Pattern[str]:
    """Words that never stand in a body name: the column words of a Beratungsfolge table that name
    no body by a head word ("Gremium", "Termin", "Stand", "Abstimmung"), the section headings
    around it ("Sachverhalt", "Beschlussvorschlag") and meeting results ("einstimmig", "8 Ja-Stimmen"),
    all from the extractors' vocabulary (``bodies.yaml``, ``sections.yaml``)."""
    from extractors.resources import default_resources, typed

    res = default_resources()
    bodies, sections = typed.bodies(res), typed.sections(res)
    heads = re.compile(r"(?:" + "|".join(e.pattern for e in bodies.heads) + r")$", re.I)
    words: list[str] = []
    for entry in bodies.columns:
        for word in entry.pattern.split("|"):
            plain = word.replace("\\", "")
            if len(plain) >= 4 and plain.isalpha() and not heads.search(plain):
                words.append(word)
    words += [e.pattern for e in bodies.results]
    keep = {"subject", "decision_proposal", "reasoning", "consultation", "overview"}
    words += [re.sub(r"\\s\*:\?$|\\b\\s\*.*$", "", e.pattern) for e in sections.entries if e.id in keep]
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{w})" for w in words) + r")(?!\w)", re.I)


def debris(body: str) -> bool:
    """Whether an extracted body is no body: a date, a column, heading or result word in it, a
    sentence, more than ten words, fewer than three characters, or no word at its start.

    >>> [debris(b) for b in ("Fachausschuss Planung, Bau", "Stand Verwaltungsausschuss", "Rat 15.03.2018")]
    [False, True, True]
    """
    b = body.strip()
    return (
        len(b) < 3
        or len(b.split()) > 10
        or not b[:1].isalnum()
        or bool(_DATE_IN.search(b) or _SENTENCE.search(b) or _not_body_words().search(b))
    )


@dataclass
class OparlScore:
    found: int = 0
    listed: int = 0
    documents: int = 0
    with_consultation: int = 0
    rows: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # source, body, date
    debris: list[tuple[str, str, str]] = field(default_factory=list)  # source, body, date
    unknown: list[str] = field(default_factory=list)  # gold sources without a document in OUT

    @property
    def recall(self) -> float:
        return self.found / self.listed if self.listed else 1.0

    def line(self) -> str:
        return (
            f"OParl-Recall {self.recall:.3f} ({self.found}/{self.listed}); "
            f"Dokumente mit Beratungsfolge {self.with_consultation}/{self.documents}; "
            f"Gremien, die keine sind: {len(self.debris)}/{self.rows}"
        )


def oparl_recall(out: Path, gold: Path) -> OparlScore:
    """Recall of the OParl-listed consultations in OUT's consultations, and the debris rows."""
    tables = read_tables(out, ["documents", "consultations"])
    docs = tables.get("documents")
    if docs is None:
        raise FileNotFoundError(f"{out}: no documents.csv")
    name_of = {d: PurePosixPath(str(p).replace("\\", "/")).name for p, d in zip(docs["source_path"], docs["doc_id"])}
    found: dict[str, list[tuple[str, str]]] = {name: [] for name in name_of.values()}
    cons = tables.get("consultations")
    for rec in [] if cons is None else cons.to_dict("records"):
        if rec["doc_id"] in name_of:
            found[name_of[rec["doc_id"]]].append((rec["body"] or "", str(rec["meeting_date"] or "")))
    return score_oparl(read_oparl_gold(gold), found)


def read_oparl_gold(gold: Path) -> list[Row]:
    """The lines of an OParl gold file: ``source`` (a file name) and its ``consultations``."""
    return [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_oparl(gold: list[Row], found: dict[str, list[tuple[str, str]]]) -> OparlScore:
    """Recall of the listed (body, date) pairs in ``found`` (file name -> extracted (body, date)
    rows, in document order), and the debris among the rows of the documents the gold names."""
    score = OparlScore()
    for item in gold:
        if item["source"] not in found:
            score.unknown.append(item["source"])
            continue
        got = found[item["source"]]
        score.documents += 1
        score.with_consultation += bool(got)
        for c in item.get("consultations") or []:
            score.listed += 1
            if any(date == c["meeting_date"] and oparl_same(c["body"], body) for body, date in got):
                score.found += 1
            else:
                score.misses.append((item["source"], c["body"], c["meeting_date"] or ""))
    for source in sorted({item["source"] for item in gold} & found.keys()):  # the documents the gold names
        for body, date in found[source]:
            score.rows += 1
            if debris(body):
                score.debris.append((source, body, date))
    return score
