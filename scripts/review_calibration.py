"""Calibrate the review list: does it flag documents whose facts were missed, and only those?

Each seed text and held-out submission (``tests/unseen/docs``) is broken on purpose, one way at
a time, so that the extractors miss facts that are still there for a reader: dates misread by
OCR, a Beratungsfolge table flattened into prose-like lines, a membership verb or a
Handlungsfeld lead-in the vocabulary does not know, a group named by a word it does not know,
a page whose text layer is garbage. A broken document *has a miss* when a consultation,
action field, steering group or member extracted from the original is not extracted from it;
it is *flagged* when ``review`` has a row for it. The originals (all facts found) must not be
flagged.

    python scripts/review_calibration.py            # the table of breakers, misses and flags
    python scripts/review_calibration.py --verbose  # every broken document
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.document import Document  # noqa: E402
from pipeline.extract.rows import extract_document  # noqa: E402

DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
IGNORED = {"no_municipality", "low_ocr_confidence"}  # not about the facts the breakers hide


def ocr_dates(text: str) -> str:
    """Dates of the first page misread: 0 as O, 1 as l ("12.O3.2O18")."""
    head, rest = text[:3000], text[3000:]
    return DATE.sub(lambda m: m.group(0).replace("0", "O").replace("1", "l"), head) + rest


def flattened(text: str) -> str:
    """The Beratungsfolge table flattened: its lines joined into one run of text."""
    m = re.search(r"(?im)^.*Beratungsfolge.*$", text)
    if not m:
        return text
    end = text.find("\n\n", m.end())
    end = len(text) if end < 0 else end
    block = text[m.start() : end]
    return text[: m.start()] + re.sub(r"\s+", " ", block) + text[end:]


MEMBERSHIP = re.compile(
    r"\b(?:setzt sich[^.:\n]{0,60}?zusammen|besteht aus|bestehen aus|wirken mit|gehören[^.:\n]{0,80}?an"
    r"|vertreten sind|angehören|angehören sollen|sollen angehören|besetzt|Mitglieder sind|teilnehmen)\b",
    re.I,
)


def unknown_membership(text: str) -> str:
    """Membership verbs replaced by a wording the vocabulary lacks ("zählen dazu")."""
    return MEMBERSHIP.sub("zählen dazu", text)


GROUP = re.compile(
    r"\b(?:Prozess)?(?:Steuerungs|Lenkungs)(?:gruppe|runde|kreis|gremium)(?:n|en|e)?\b|\bSteuergruppe\b", re.I
)


def unknown_group(text: str) -> str:
    """The steering group named by a word the vocabulary lacks ("Leitungsforum")."""
    return GROUP.sub("Leitungsforum", text)


def unknown_fields(text: str) -> str:
    """Handlungsfelder announced by a word the vocabulary lacks ("Wirkungsbereiche")."""
    return re.sub(r"\bHandlungsfeld(?:er|ern)?\b", "Wirkungsbereiche", text)


def garbled_page(text: str) -> str:
    """The second page's text layer is garbage (a font without a Unicode map)."""
    pages = text.split("\f")
    if len(pages) < 2:
        cut = len(text) // 2
        cut = text.find("\n", cut)
        pages = [text[:cut], text[cut:]]
    pages[1] = re.sub(r"[A-Za-zÄÖÜäöüß]", lambda m: f"(cid:{ord(m.group(0)) % 97})", pages[1])
    return "\f".join(pages)


BREAKERS: dict[str, Callable[[str], str]] = {
    "ocr_dates": ocr_dates,
    "flattened": flattened,
    "unknown_membership": unknown_membership,
    "unknown_group": unknown_group,
    "unknown_fields": unknown_fields,
    "garbled_page": garbled_page,
}


def facts(tables: dict[str, list[dict[str, object]]]) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for r in tables.get("consultations", []):
        out.add(("consultation", str(r.get("body")), str(r.get("meeting_date"))))
    for r in tables.get("action_fields", []):
        out.add(("action_field", str(r.get("label"))))
    for r in tables.get("steering_groups", []):
        out.add(("group", str(r.get("group_name"))))
    for r in tables.get("steering_group_members", []):
        out.add(("member", str(r.get("member"))))
    return out


def run(text: str, name: str) -> tuple[set[tuple[str, ...]], set[str]]:
    doc = Document.from_pages(name, name, "0" * 64, [(p, "plain_text", None) for p in text.split("\f")])
    tables, _, _ = extract_document(doc)
    reasons = {str(r["reason"]) for r in tables.get("review", [])} - IGNORED
    return facts(tables), reasons


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    paths = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "unseen" / "docs").glob("*.txt"))
    false_flags, originals = 0, 0
    rows: dict[str, list[int]] = {b: [0, 0, 0, 0] for b in BREAKERS}  # missed, missed+flagged, no miss, no miss+flagged
    for path in paths:
        text = path.read_text(encoding="utf-8")
        base, reasons = run(text, path.name)
        originals += 1
        false_flags += bool(reasons)
        if reasons and args.verbose:
            print(f"original flagged: {path.name}: {sorted(reasons)}")
        for name, breaker in BREAKERS.items():
            broken = breaker(text)
            if broken == text:
                continue
            got, flags = run(broken, path.name)
            missed = bool(base - got)
            row = rows[name]
            row[0 if missed else 2] += 1
            row[1 if missed else 3] += bool(flags)
            if args.verbose and missed != bool(flags):
                lost = sorted(base - got)[:3]
                print(f"{name:20} {path.name:32} missed={missed} flagged={sorted(flags)} lost={lost}")
    print(f"{'breaker':22}{'missed':>8}{'flagged':>9}{'no miss':>9}{'flagged':>9}")
    tot = [0, 0, 0, 0]
    for name, (m, mf, n, nf) in rows.items():
        print(f"{name:22}{m:8}{mf:9}{n:9}{nf:9}")
        tot = [a + b for a, b in zip(tot, (m, mf, n, nf))]
    print(f"{'all':22}{tot[0]:8}{tot[1]:9}{tot[2]:9}{tot[3]:9}")
    print(f"documents with a miss flagged: {tot[1]}/{tot[0]}; originals flagged: {false_flags}/{originals}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
