"""Compare the Beratungsfolge read from a document with the consultations its OParl paper states.

A document row (body, meeting_date) and an OParl consultation are the same consultation when
their body names agree: equal after folding, one containing the other word by word, or
similar enough (the RIS often writes "Ausschuss für Soziales" where the PDF says
"Sozialausschuss"; that pair is only matched when the meeting dates agree too).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Any

import pandas as pd

from extractors.resources import default_resources

from .names import fold

ISSUE_COLUMNS = [
    "doc_id",
    "source_path",
    "oparl_paper",
    "body",
    "meeting_date",
    "issue",
    "pdf_body",
    "pdf_meeting_date",
    "oparl_body",
    "oparl_meeting_date",
]
SIMILAR = 0.8


def body_key(name: str) -> str:
    """Folded words of a body name, de-hyphenated and without punctuation.

    >>> body_key("Kinder- und Jugendhilfe-\\nausschuss"), body_key('Betriebsausschuss "Heime"')
    ('kinder- und jugendhilfeausschuss', 'betriebsausschuss heime')
    """
    t = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", name or "")
    t = re.sub(r"[^\w-]+", " ", fold(t))
    return re.sub(r"\s+", " ", t).strip(" -")


HEADS = tuple(str(w) for w in default_resources()["bodies"]["compound_heads"])  # longer heads first
STOPWORDS = frozenset("fuer und der die das den des dem im in von zu zur zum am an fur".split())
HEAD_STEMS = frozenset(h[:5] for h in HEADS)
DIFFERENT = 0.4
NUMERAL = re.compile(r"^(\d+|[ivx]+)$")


def names_of(consultation: dict[str, Any]) -> list[str]:
    names = [consultation.get("organization") or "", consultation.get("organization_short") or ""]
    return [k for n in names for part in n.split(";") if (k := body_key(part))]


def stems(key: str) -> tuple[set[str], set[str]]:
    """(word stems, numerals) of a body key; compounds split at their head.

    >>> sorted(stems("sozialausschuss")[0]), sorted(stems("ausschuss fuer soziales")[0])
    (['aussc', 'sozia'], ['aussc', 'sozia'])
    >>> stems("bezirksvertretung fuer den stadtbezirk ii")[1]
    {'ii'}
    """
    words: list[str] = []
    numerals: set[str] = set()
    for token in re.split(r"[\s-]+", key):
        if NUMERAL.match(token):
            numerals.add(token)
            continue
        for head in HEADS:
            if token.endswith(head):
                if len(token) > len(head) + 2:
                    words += [token[: -len(head)], head]
                    token = ""
                break
        if token:
            words.append(token)
    return {w[:5] for w in words if len(w) >= 3 and w not in STOPWORDS}, numerals


def name_score(pdf_body: str, oparl_names: list[str]) -> float:
    """How alike two body names are, 0 to 1.

    1 for the same name; 0.9 when one contains the other word by word; 0.85 when the word
    stems of one are all among the other's ("Sozialausschuss" / "Ausschuss für Soziales");
    else string similarity. Names about different subjects score at most 0.4, names with
    different numbers ("Stadtbezirk I" / "II") 0.
    """
    a = body_key(pdf_body)
    stems_a, numerals_a = stems(a)
    best = 0.0
    for b in oparl_names:
        if not a or not b:
            continue
        if a == b:
            return 1.0
        stems_b, numerals_b = stems(b)
        if numerals_a != numerals_b:
            continue
        if f" {a} " in f" {b} " or f" {b} " in f" {a} ":
            best = max(best, 0.9)
        content_a, content_b = stems_a - HEAD_STEMS, stems_b - HEAD_STEMS
        if content_a and content_b and not content_a & content_b:
            best = max(best, DIFFERENT)  # "Bauausschuss" / "Hauptausschuss": alike letters, other subject
            continue
        small, large = sorted((stems_a, stems_b), key=len)
        if len(small) >= 2 and small <= large:
            best = max(best, 0.85)
        best = max(best, difflib.SequenceMatcher(None, a, b).ratio())
    return best


def match(pdf_rows: list[tuple[str, str]], stated: list[dict[str, Any]]) -> list[tuple[int | None, int | None]]:
    """Pairs (pdf index, oparl index); None on one side where a consultation has no partner."""
    candidates = []
    for i, (body, date) in enumerate(pdf_rows):
        for j, c in enumerate(stated):
            score = name_score(body, names_of(c))
            same_day = bool(date) and date == (c.get("meeting_date") or "")
            if score >= SIMILAR or (same_day and score >= 0.5):
                candidates.append((-score - (0.5 if same_day else 0.0), i, j))
    pairs: list[tuple[int | None, int | None]] = []
    used_i: set[int] = set()
    used_j: set[int] = set()
    for _, i, j in sorted(candidates):
        if i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            pairs.append((i, j))
    pairs += [(i, None) for i in range(len(pdf_rows)) if i not in used_i]
    pairs += [(None, j) for j in range(len(stated)) if j not in used_j]
    return pairs


def compare_consultations(
    documents_df: pd.DataFrame, consultations_df: pd.DataFrame, links: dict[str, dict[str, Any]]
) -> pd.DataFrame:
    """Disagreements between each linked document's Beratungsfolge and its OParl consultations.

    ``documents_df`` needs doc_id and source_path, ``consultations_df`` doc_id, body and
    meeting_date (the pipeline's tables); ``links`` comes from :func:`manifest_links`.
    One row per disagreement: issue = missing_in_pdf | missing_in_oparl | date_differs.
    """
    rows: list[dict[str, Any]] = []
    by_doc = (
        {doc: group for doc, group in consultations_df.groupby("doc_id", sort=False)} if len(consultations_df) else {}
    )
    for doc in documents_df.itertuples(index=False):
        source = str(doc.source_path)
        link = links.get(source)
        if link is None:
            continue
        doc_id = str(doc.doc_id)
        group = by_doc.get(doc_id)
        pdf_rows = [] if group is None else [(clean(b), clean(d)) for b, d in zip(group["body"], group["meeting_date"])]
        stated = list(link.get("consultations") or [])
        base = {"doc_id": doc_id, "source_path": source, "oparl_paper": link.get("oparl_paper", "")}
        rows += issues(base, pdf_rows, stated)
    return pd.DataFrame(rows, columns=ISSUE_COLUMNS).astype("string")


def issues(
    base: dict[str, Any], pdf_rows: list[tuple[str, str]], stated: list[dict[str, Any]]
) -> Iterable[dict[str, Any]]:
    for i, j in match(pdf_rows, stated):
        pdf_body, pdf_date = pdf_rows[i] if i is not None else ("", "")
        c = stated[j] if j is not None else {}
        oparl_body, oparl_date = c.get("organization") or "", c.get("meeting_date") or ""
        if i is None:
            issue = "missing_in_pdf"
        elif j is None:
            issue = "missing_in_oparl"
        elif pdf_date and oparl_date and pdf_date != oparl_date:
            issue = "date_differs"
        else:
            continue
        yield base | {
            "body": pdf_body or oparl_body,
            "meeting_date": pdf_date or oparl_date,
            "issue": issue,
            "pdf_body": pdf_body,
            "pdf_meeting_date": pdf_date,
            "oparl_body": oparl_body,
            "oparl_meeting_date": oparl_date,
        }


def clean(value: Any) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) or value is pd.NA else str(value)
