"""Confidence: the probability that an extracted row (or metadata field) is right.

A small, documented model, no learning at run time:

    logit(p) = logit(base rate of the method that found the row) + Σ weights of its signals

- **Base rate**: the share of the rows found by a method (``table.tab``, ``key_value``,
  ``prose`` …, or the extractor's name where the extractor does not say) that match gold,
  measured by ``scripts/calibrate.py`` on the sample corpus (five seed texts, their ten PDF
  renderings and five scans against ``tests/gold``) plus the held-out submissions of
  ``tests/unseen``. The counts are data (``resources/base_counts.tsv``, :data:`BASE_COUNTS`), smoothed towards
  :data:`PRIOR`, so that 3 right out of 3 gives 0.857, not 1.
- **Signals** of trouble in the row or its document move it down (:data:`SIGNALS`): OCR
  pages with a low word confidence, a body outside the body vocabulary (``body_type ==
  "other"``), a date far from the other dates of the document, a label that is very long,
  very short or ragged ("Arbeit und beauftragt, die beschriebenen 1,7 VZÄ"), an amount
  without a currency word, garbled text. Their weights are set by hand (the sample corpus
  has too few wrong rows to fit them) and checked by the calibration table of
  ``vorlagen evaluate``.

Everything is a pure function of the document and its records; values are rounded to 3
decimals, so runs are byte-identical.

    >>> base_rate("consultations", "no-such-method") <= 1.0
    True
    >>> combine(0.9, ["body_other"])
    0.768
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.lang.de.dates import DATE_LIKE

from ..document import Document, Span
from ..errors import ResourceError
from ..records import ActionField, Consultation, Cost, Facilitator, Field, Member, Metadata, Record, SteeringGroup

# The extractor that makes each table's records: the method of a row whose extractor names none.
EXTRACTOR_OF = {
    "documents": "metadata",
    "consultations": "consultations",
    "action_fields": "action_fields",
    "costs": "costs",
    "steering_groups": "steering",
    "steering_group_members": "steering",
    "facilitators": "facilitators",
}

# Smoothing: a method's rate is (right + PRIOR * PRIOR_WEIGHT) / (rows + PRIOR_WEIGHT), so few
# rows say little and an unmeasured method gets PRIOR.
PRIOR = 0.75
PRIOR_WEIGHT = 2.0

# (target, method) → (rows that matched gold, rows). target is a fact table or
# "documents.<field>"; method "*" pools every method of the target (used for a method not
# measured). Data beside the review's words, written by `python scripts/calibrate.py --write`
# (sample corpus with text, PDF and scan renderings, and tests/unseen); do not edit by hand.
BASE_COUNTS_FILE = Path(__file__).parent / "resources" / "base_counts.tsv"
BASE_COUNTS_HEADER = ("target", "method", "right", "rows")


def read_base_counts(path: Path = BASE_COUNTS_FILE) -> dict[tuple[str, str], tuple[int, int]]:
    """The base counts of a TSV (its header :data:`BASE_COUNTS_HEADER`), in file order."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line]
    if not rows or tuple(rows[0]) != BASE_COUNTS_HEADER or any(len(r) != 4 for r in rows):
        raise ResourceError(f"{path.name}: expected the columns {', '.join(BASE_COUNTS_HEADER)}, tab-separated")
    return {(t, m): (int(right), int(n)) for t, m, right, n in rows[1:]}


def format_base_counts(counts: dict[tuple[str, str], tuple[int, int]]) -> str:
    """The TSV :func:`read_base_counts` reads."""
    lines = ["\t".join(BASE_COUNTS_HEADER)] + [f"{t}\t{m}\t{r}\t{n}" for (t, m), (r, n) in counts.items()]
    return "\n".join(lines) + "\n"


BASE_COUNTS = read_base_counts()


@dataclass(frozen=True)
class Signal:
    weight: float  # added to the log-odds
    description: str


SIGNALS: dict[str, Signal] = {
    "ocr_low": Signal(-0.06, "per point of OCR word confidence below 90 on the row's page"),
    "ocr_unsure_digits": Signal(-5.0, "a number, date or amount read from digits that OCR was unsure of"),
    "body_other": Signal(-1.0, "consultation body outside the body vocabulary (body_type other)"),
    "status_in_body": Signal(-1.0, "consultation body holding role or status words (a misread table row)"),
    "no_date": Signal(-1.0, "consultation without a meeting date, none in its evidence either"),
    "date_unread": Signal(-5.5, "consultation without a meeting date, though its evidence holds a spoilt one"),
    "date_not_in_evidence": Signal(-5.5, "a date that is not among the dates its evidence reads as"),
    "date_spoilt": Signal(-5.5, 'a date read from a spoilt one, glued to letters or digits ("l3.03.2019")'),
    "date_outlier": Signal(-1.2, "a date more than a year (doc_date: two years) from every other date"),
    "long_label": Signal(-0.8, "a label longer than its kind allows (a sentence, not a name)"),
    "short_label": Signal(-0.8, "a label of fewer than three letters"),
    "ragged_label": Signal(-0.8, "a label with digits, open brackets or a dangling end word"),
    "no_currency": Signal(-0.7, "an amount with no €, EUR or Euro in its evidence"),
    "small_amount": Signal(-0.5, "an amount below 50 euros"),
    "garbled": Signal(-0.8, "evidence that reads as OCR debris (few letters, split words)"),
    "not_in_gazetteer": Signal(-0.5, "a municipality not in the gazetteer (no state known)"),
    "no_evidence": Signal(-0.3, "a value inferred without a span of its own"),
    "topics_only": Signal(-2.0, "a field read as a set of topic names, no list, table or heading naming it"),
}

OCR_GOOD = 90.0  # mean word confidence from which OCR text is read as well as a text layer
# Longest plausible label per target; longer ones are sentences caught by a rule.
MAX_LABEL = {
    "consultations": 80,
    "action_fields": 90,
    "steering_group_members": 90,
    "steering_groups": 80,
    "facilitators": 80,
    "documents.municipality": 40,
    "documents.doc_number": 30,
    "documents.doc_type": 40,
    "documents.department": 80,
    "documents.author": 60,
    "documents.subject": 300,
}
_DANGLING = re.compile(
    r"(?:\b(?:und|oder|der|die|das|des|dem|den|für|von|mit|zur|zum|im|in|am|an|auf|zu|bzw)"
    r"|[-,;:/(])\s*$",
    re.I,
)
_CURRENCY = re.compile(r"€|\bEUR\b|\bEuro\b|\bT€|\bTEUR\b|\bMio\b", re.I)


@dataclass(frozen=True)
class Assessment:
    method: str
    confidence: float
    signals: tuple[str, ...] = ()


def logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def base_rate(target: str, method: str) -> float:
    """The smoothed share of right rows for a method; the target's pooled rate, else PRIOR."""
    right, rows = BASE_COUNTS.get((target, method)) or BASE_COUNTS.get((target, "*")) or (0, 0)
    return (right + PRIOR * PRIOR_WEIGHT) / (rows + PRIOR_WEIGHT)


def combine(base: float, signals: Iterable[str], ocr: float | None = None) -> float:
    """The base rate moved by the signals' weights in log-odds, rounded to 3 decimals."""
    z = logit(base)
    for name in signals:
        if name == "ocr_low":
            z += SIGNALS[name].weight * max(0.0, OCR_GOOD - (ocr if ocr is not None else OCR_GOOD))
        else:
            z += SIGNALS[name].weight
    return round(1 / (1 + math.exp(-z)), 3)


# --- the document's context -----------------------------------------------------------


@dataclass
class Context:
    """What the signals compare a row with: the document's pages and dates."""

    text: str
    ocr: dict[int, float]  # page → mean OCR word confidence (OCR pages only)
    meeting_dates: list[tuple[int, date]]  # (id of the consultation, date)
    doc_date: date | None
    in_gazetteer: bool
    unsure: list[tuple[int, int]] = field(default_factory=list)  # numbers OCR read unsure (Document.unsure)


def context(doc: Document, records: list[Record]) -> Context:
    meta = next((r for r in records if isinstance(r, Metadata)), None)
    fields = meta.fields if meta is not None else {}
    dated = [(id(r), d) for r in records if isinstance(r, Consultation) and (d := full_date(r.meeting_date))]
    doc_date = full_date(fields["doc_date"].value) if "doc_date" in fields else None
    return Context(
        doc.text,
        {p.number: p.ocr_confidence for p in doc.pages if p.ocr_confidence is not None},
        dated,
        doc_date,
        bool(fields.get("state") and fields["state"].value),
        doc.unsure,
    )


def full_date(value: str | None) -> date | None:
    """A date from an ISO day; None for month-only or missing dates.

    >>> full_date("2017-03-14"), full_date("2017-06")
    (datetime.date(2017, 3, 14), None)
    """
    if not value or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


# --- signals --------------------------------------------------------------------------


def label_signals(target: str, label: str | None, digits_ok: bool = False) -> list[str]:
    """Signals of a name-like value: too long, too short, ragged.

    >>> label_signals("action_fields", "Arbeit und beauftragt, die beschriebenen 1,7 VZÄ befristet) wurden zur")
    ['ragged_label']
    >>> label_signals("action_fields", "Sprache und Bildung")
    []
    """
    if not label:
        return []
    out = []
    text = " ".join(label.split())
    if len(text) > MAX_LABEL.get(target, 80):
        out.append("long_label")
    if sum(ch.isalpha() for ch in text) < 3:
        out.append("short_label")
    opened = text.count("(") - text.count(")")
    if opened != 0 or _DANGLING.search(text) or (not digits_ok and re.search(r"\d", text)):
        out.append("ragged_label")
    return out


def holds_status(body: str) -> bool:
    """Whether a body name holds role or public-status words of the Beratungsfolge vocabulary.

    >>> holds_status("Magistrat Kenntnisnahme N"), holds_status("Ausschuss für Soziales und Gesundheit")
    (True, False)
    """
    from extractors import load_resources
    from extractors.consultations.vocab import vocab

    v = vocab(load_resources())
    return any(p.search(body) for _, p in [*v.roles, *v.public])


# a date as OCR or a broken rendering spoils it: "12.O3.2018", "l8,12.2017", "18.12 2017"


def date_trouble(text: str, span: Span, iso: str | None) -> str | None:
    """What is wrong with a date read from ``span``, if anything: none read though a spoilt
    one is there, none at all, not among the dates of the evidence, or read from a spoilt one.

    >>> t = "Sozialausschuss l3.03.2019 Ö"
    >>> date_trouble(t, Span(0, len(t), 1, t), "2019-03-03"), date_trouble(t, Span(0, len(t), 1, t), None)
    ('date_spoilt', 'date_unread')
    """
    from pipeline.lang.de.dates import find_dates

    if not iso:  # the spoilt date may stand beside the evidence, on its lines
        lo = text.rfind("\n", 0, span.start) + 1
        hi = text.find("\n", span.end)
        return "date_unread" if spoilt_date(text[lo : hi if hi >= 0 else len(text)]) else "no_date"
    same = [d for d in find_dates(text, span.start, span.end, months=True) if d.iso == iso]
    if not same:
        return "date_not_in_evidence"
    if all(glued(text, d.start, d.end) for d in same):
        return "date_spoilt"
    return None


def glued(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` touches a letter or digit: part of a longer, spoilt token."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return before.isalnum() or before == "|" or after.isalnum() or after == "|"


def spoilt_date(snippet: str) -> bool:
    """Whether a snippet holds something shaped like a date that is not read as one.

    >>> spoilt_date("Sozialausschuss 12.O3.2018 Ö"), spoilt_date("Sozialausschuss Ö")
    (True, False)
    """
    from pipeline.lang.de.dates import find_dates

    read = find_dates(snippet, months=True)
    return any(
        sum(ch.isdigit() for ch in m.group(0)) >= 4 and not any(d.start <= m.start() < d.end for d in read)
        for m in DATE_LIKE.finditer(snippet)
    )


def garbled(snippet: str) -> bool:
    """Whether evidence reads as OCR debris: words split into letters, or a long stretch
    with few letters (numbers alone are not debris: dates and amounts are digits).

    >>> garbled("Sehr geehrter Her r Ober bürgermeister"), garbled("Rat der Stadt Leverkusen 18.12.2017")
    (False, False)
    >>> garbled("S t a d t r a t  l 8 . l 2 . 2 0 l 7"), garbled("14.03.2017")
    (True, False)
    """
    words = snippet.split()
    singles = sum(1 for w in words if len(w) == 1 and w.isalpha()) / max(len(words), 1)
    if len(words) >= 4 and singles > 0.4:
        return True
    chars = sum(map(len, words))  # the characters that are no space: those of the words
    if chars < 40:
        return False
    return sum(map(str.isalpha, snippet)) / chars < 0.35  # a space is no letter


def span_signals(span: Span | None, ctx: Context, textual: bool = True) -> list[str]:
    """Signals of the evidence: a poorly read OCR page; debris where a name or text is read."""
    if span is None:
        return ["no_evidence"]
    out = []
    conf = ctx.ocr.get(span.page)
    if conf is not None and conf < OCR_GOOD:
        out.append("ocr_low")
    if textual and garbled(span.snippet):
        out.append("garbled")
    return out


def unsure_digits(span: Span | None, ctx: Context, value: str | None = None) -> bool:
    """Whether the evidence holds a number OCR read unsure; with ``value`` (an amount's text), a
    number with the value's digits (not another amount of its row)."""
    if span is None:
        return False
    digits = "".join(c for c in value or "" if c.isdigit())
    for a, b in ctx.unsure:
        if a < span.end and span.start < b:
            if value is None or "".join(c for c in ctx.text[a:b] if c.isdigit()) == digits:
                return True
    return False


def far(day: date, others: Iterable[date], days: int) -> bool:
    """Whether ``day`` is more than ``days`` from every one of ``others`` (False if none)."""
    gaps = [abs((day - o).days) for o in others]
    return bool(gaps) and min(gaps) > days


def record_signals(rec: Record, ctx: Context) -> list[str]:
    """The signals of one extracted row."""
    out = span_signals(rec.span, ctx, textual=not isinstance(rec, Cost))
    if isinstance(rec, Consultation):
        out += label_signals("consultations", rec.body, digits_ok=True)
        if rec.body_type == "other":
            out.append("body_other")
        if holds_status(rec.body):
            out.append("status_in_body")
        day = full_date(rec.meeting_date)
        if rec.meeting_date and unsure_digits(rec.span, ctx):
            out.append("ocr_unsure_digits")
        trouble = date_trouble(ctx.text, rec.span, rec.meeting_date)
        if trouble:
            out.append(trouble)
        elif day is not None:
            others = [d for i, d in ctx.meeting_dates if i != id(rec)]
            if ctx.doc_date is not None:
                others.append(ctx.doc_date)
            if far(day, others, 365):
                out.append("date_outlier")
    elif isinstance(rec, ActionField):
        out += label_signals("action_fields", rec.label)
        if rec.method == "topics":  # the family's last resort (extractors/action_fields/topics.py)
            out.append("topics_only")
    elif isinstance(rec, Member):
        out += label_signals("steering_group_members", rec.member, digits_ok=True)
    elif isinstance(rec, SteeringGroup):
        out += label_signals("steering_groups", rec.group_name)
    elif isinstance(rec, Facilitator):
        out += label_signals("facilitators", rec.organisation or rec.name)
    elif isinstance(rec, Cost):
        if unsure_digits(rec.span, ctx, rec.raw_text):
            out.append("ocr_unsure_digits")
        if not _CURRENCY.search(rec.span.snippet) and not _CURRENCY.search(rec.raw_text):
            out.append("no_currency")
        if 0 <= rec.amount_eur < 50:
            out.append("small_amount")
    return out


def field_signals(f: Field, ctx: Context) -> list[str]:
    """The signals of one metadata field."""
    out = span_signals(f.span, ctx, textual=f.name not in ("doc_date", "doc_number"))
    target = f"documents.{f.name}"
    if f.name in ("doc_type", "department", "author", "subject", "municipality"):
        out += label_signals(target, f.value, digits_ok=f.name in ("subject", "department"))
    elif f.name == "doc_number":
        out += [s for s in label_signals(target, f.value, digits_ok=True) if s == "long_label"]
    if f.name in ("doc_date", "doc_number") and unsure_digits(f.span, ctx):
        out.append("ocr_unsure_digits")
    if f.name == "municipality" and not ctx.in_gazetteer:
        out.append("not_in_gazetteer")
    if (
        f.name == "doc_date"
        and f.span is not None
        and (trouble := date_trouble(ctx.text, f.span, f.value))
        and trouble != "date_not_in_evidence"
    ):
        out.append(trouble)  # (the date may be read from a neighbouring line, outside the span)
    if f.name == "doc_date":
        day = full_date(f.value)
        if day is not None and far(day, [d for _, d in ctx.meeting_dates], 730):
            out.append("date_outlier")
    return out


# --- assessments ----------------------------------------------------------------------


def method_of(rec: Record | Field, table: str) -> str:
    """The method the extractor named, else its extractor's name."""
    return rec.method or EXTRACTOR_OF.get(table, table)


def assess(doc: Document, records: list[Record]) -> dict[int, Assessment]:
    """Method and confidence of every record and member, keyed by ``id(record)``."""
    ctx = context(doc, records)
    out: dict[int, Assessment] = {}
    for rec in records:
        if isinstance(rec, Metadata):
            continue
        found = [rec, *(rec.members if isinstance(rec, SteeringGroup) else [])]
        for r in found:
            method = method_of(r, r.table)
            signals = tuple(record_signals(r, ctx))
            ocr = ctx.ocr.get(r.span.page)
            out[id(r)] = Assessment(method, combine(base_rate(r.table, method), signals, ocr), signals)
    return out


def assess_fields(doc: Document, records: list[Record]) -> dict[str, Assessment]:
    """Method and confidence of each metadata field, by field name."""
    ctx = context(doc, records)
    meta = next((r for r in records if isinstance(r, Metadata)), None)
    out: dict[str, Assessment] = {}
    for name, f in meta.fields.items() if meta is not None else ():
        if not f.value:
            continue
        method = method_of(f, "documents")
        signals = tuple(field_signals(f, ctx))
        ocr = ctx.ocr.get(f.span.page) if f.span is not None else None
        out[name] = Assessment(method, combine(base_rate(f"documents.{name}", method), signals, ocr), signals)
    return out
