"""Calibrate the review list: does it flag documents whose facts were missed, and only those?

Each seed text and held-out submission (``tests/unseen/docs``) is broken on purpose, one way at
a time, so that the extractors miss facts that are still there for a reader: dates misread by
OCR, a Beratungsfolge table flattened into prose-like lines, a membership verb or a
Handlungsfeld lead-in the vocabulary does not know, a group named by a word it does not know,
a page whose text layer is garbage. A broken document *has a miss* when a consultation,
action field, steering group or member extracted from the original is not extracted from it;
it is *flagged* when ``review`` has a row for it. The originals must not be flagged where they
read every fact of their gold (``tests/unseen/gold``); one that misses a fact has a miss, and a
broken copy of it whose breaker hid nothing more is not counted.

The same count on the export matrix (``bench/export_matrix.py``): every rendered seed and
held-out submission read through pdftotext, pdftotext -layout, pypdf and pdfminer.six, where an
export *has a miss* when a fact the PDF itself yields is not extracted from it; and on real
papers with OParl gold (``--real OUT GOLD``: a run's output folder and its ``gold.jsonl``), where
a paper *has a miss* when a consultation OParl lists, on a date the paper's text states, is not
among its consultations (matched as ``../shared/tools/oparl_recall.py`` matches) and none was
read on that date (one read there under another name was read, not missed); only the
Beratungsfolge's reasons count as flags there (the gold knows no other fact). False flags per
paper: flagged papers without a miss, over all papers.

    python scripts/review_calibration.py            # the table of breakers, misses and flags
    python scripts/review_calibration.py --verbose  # every broken document
    python scripts/review_calibration.py --exports  # also the export matrix (cached in .bench-exports)
    python scripts/review_calibration.py --real /tmp/nord ../shared/corpus/nordstemmen/gold.jsonl
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.document import Document  # noqa: E402
from pipeline.extract.rows import extract_document  # noqa: E402

DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
# not about the facts the breakers hide: no municipality, a low OCR confidence, a bundle, a total the
# comparison computed (a sign on every paper whose costs have no total, missed fact or not)
IGNORED = {"no_municipality", "low_ocr_confidence", "several_submissions", "total_computed"}
# the reasons about the Beratungsfolge: the flags of a real paper, whose gold is its consultations
CONSULTATION_REASONS = {
    "consultation_heading_without_rows",
    "consultation_row_unused",
    "consultation_columns_unpaired",
    "body_date_unused",
    "consultation_date_unread",
}


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
    """The steering group named by a word the vocabulary lacks ("Leitungszirkel")."""
    return GROUP.sub("Leitungszirkel", text)


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


def same_name(a: str, b: str) -> bool:
    """Whether two names of a fact are one as ``../shared/tools/oparl_recall.py`` matches bodies:
    equal, one inside the other, or alike ("Jobcenter" and "Jobcenter Neumünster").

    >>> same_name("Arbeiterwohlfahrt", "Arbeiterwohlfahrt Kreisverband Neumünster"), same_name("Wohnen", "Bildung")
    (True, False)
    """
    a, b = _norm(a), _norm(b)
    return bool(a and b) and (a == b or a in b or b in a or SequenceMatcher(None, a, b).ratio() >= 0.8)


def lost(base: set[tuple[str, ...]], got: set[tuple[str, ...]], strict: bool = False) -> set[tuple[str, ...]]:
    """The facts of ``base`` that ``got`` lacks: of the same kind (and a consultation on the same
    date) with a name that :func:`same_name` matches; with ``strict`` every fact not read word for
    word (a member read as "Jobcenter Neumünster" for "Jobcenter" is then lost)."""
    if strict:
        return base - got
    return {f for f in base if not any(g[0] == f[0] and g[2:] == f[2:] and same_name(f[1], g[1]) for g in got)}


def gold_facts(path: Path) -> set[tuple[str, ...]]:
    """The facts a held-out submission's gold states (``tests/unseen/gold``; none for a seed, whose
    text the tests hold to its gold): consultations by body and date, fields, groups and members,
    the optional ones left out, in the form of :func:`facts`."""
    gold = ROOT / "tests" / "unseen" / "gold" / f"{path.stem}.json"
    if path.parent.name != "docs" or not gold.exists():
        return set()
    data = json.loads(gold.read_text(encoding="utf-8"))
    out: set[tuple[str, ...]] = set()
    for c in data.get("consultations", []):
        if not c.get("optional"):
            out.add(("consultation", str(c.get("body")), str(c.get("meeting_date"))))
    out |= {("action_field", str(f["label"])) for f in data.get("action_fields", []) if not f.get("optional")}
    for g in data.get("steering_groups", []):
        if not g.get("optional"):
            out.add(("group", str(g.get("group_name"))))
            out |= {("member", str(m["member"])) for m in g.get("members", []) if not m.get("optional")}
    return out


def run(text: str, name: str) -> tuple[set[tuple[str, ...]], set[str]]:
    doc = Document.from_pages(name, name, "0" * 64, [(p, "plain_text", None) for p in text.split("\f")])
    return judged(doc)


def judged(doc: Document) -> tuple[set[tuple[str, ...]], set[str]]:
    """The facts extracted from a document and the reasons of its review rows (IGNORED left out)."""
    tables, _, _ = extract_document(doc)
    reasons = {str(r["reason"]) for r in tables.get("review", [])} - IGNORED
    return facts(tables), reasons


@dataclass
class Tally:
    """Papers with a miss and how many of them are flagged; papers without one and their flags."""

    missed: int = 0
    missed_flagged: int = 0
    clean: int = 0
    clean_flagged: int = 0

    def add(self, missed: bool, flagged: bool) -> None:
        if missed:
            self.missed += 1
            self.missed_flagged += flagged
        else:
            self.clean += 1
            self.clean_flagged += flagged

    def line(self, name: str) -> str:
        papers = self.missed + self.clean
        share = self.missed_flagged / self.missed if self.missed else 0.0
        false = self.clean_flagged / papers if papers else 0.0
        return (
            f"{name:22}{self.missed:8}{self.missed_flagged:9}{self.clean:9}{self.clean_flagged:9}"
            f"   flagged {share:.0%}, false flags/paper {false:.3f}"
        )


def exports(verbose: bool, strict: bool = False) -> dict[str, Tally]:
    """The export matrix: each rendered PDF's facts against those of each tool's export."""
    sys.path.insert(0, str(ROOT / "bench"))
    from export_matrix import EXPORTS, as_text, exported, rendered_sets

    from pipeline.ingest.readers import read_document
    from pipeline.settings import Settings

    settings = Settings(ocr="never")
    out: dict[str, Tally] = {tool: Tally() for tool in EXPORTS}
    for pdf_set in rendered_sets():
        for pdf in pdf_set.pdfs:
            doc, _ = read_document(pdf, pdf.name, settings)
            base, base_flags = judged(doc)
            for tool in EXPORTS:
                got, flags = run(as_text(tool, exported(pdf, tool)), pdf.name)
                missed = bool(lost(base, got, strict))
                # as for the broken papers: without a miss, only flags the PDF's own reading has not
                out[tool].add(missed, bool(flags if missed else flags - base_flags))
                if verbose and missed != bool(flags):
                    gone = sorted(lost(base, got, strict))[:3]
                    print(f"{tool:18} {pdf_set.name}/{pdf.name:30} missed={missed} flagged={sorted(flags)} lost={gone}")
    return out


def _norm(text: str | None) -> str:
    return re.sub(r"\W+", " ", (text or "").casefold()).strip()


def _found(body: str, date: str, rows: Iterable[dict[str, str]]) -> bool:
    """Whether a consultation of the gold is among a paper's rows (as oparl_recall.py matches)."""
    b = _norm(body)
    for r in rows:
        got = _norm(r["body"])
        if r["meeting_date"] != date:
            continue
        if got == b or b in got or got in b or SequenceMatcher(None, b, got).ratio() >= 0.8:
            return True
    return False


def _read_on(date: str, rows: Iterable[dict[str, str]]) -> bool:
    """Whether the paper has a consultation on ``date`` at all (maybe named otherwise than by OParl:
    "Gemeinderat - Beratungen zum DHH" for "Antragsliste DHH 2026/2027"): read, not missed."""
    return any(r["meeting_date"] == date for r in rows)


def stated_dates(path: Path) -> set[str]:
    """The dates a paper's text states (ISO): a consultation of the gold on another day (OParl's
    meeting moved, or a date the paper never names) is no fact the paper lost."""
    from pipeline.lang.de.dates import find_dates

    if not path.exists():
        return set()
    return {d.iso for d in find_dates(path.read_text(encoding="utf-8")) if d.iso}


def real(out: Path, gold: Path, verbose: bool) -> Tally:
    """A run's output folder against the OParl gold of its papers."""

    def table(name: str) -> list[dict[str, str]]:
        with open(out / f"{name}.csv", encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    docs = {Path(r["source_path"]).name: r["doc_id"] for r in table("documents")}
    cons: dict[str, list[dict[str, str]]] = {}
    for r in table("consultations"):
        cons.setdefault(r["doc_id"], []).append(r)
    flags: dict[str, set[str]] = {}
    for r in table("review"):
        if r["reason"] in CONSULTATION_REASONS:
            flags.setdefault(r["doc_id"], set()).add(r["reason"])
    tally = Tally()
    renamed = 0
    with open(gold, encoding="utf-8") as f:
        for line in f:
            paper = json.loads(line)
            doc_id = docs.get(paper["source"])
            if doc_id is None:
                continue
            rows = cons.get(doc_id, [])
            stated = stated_dates(out / "text" / f"{doc_id}.txt")
            dated = [c for c in paper["consultations"] if c["meeting_date"] in stated]
            lost = [c for c in dated if not _found(c["body"], c["meeting_date"], rows)]
            renamed += sum(_read_on(c["meeting_date"], rows) for c in lost)
            lost = [c for c in lost if not _read_on(c["meeting_date"], rows)]
            flagged = flags.get(doc_id, set())
            tally.add(bool(lost), bool(flagged))
            if verbose and bool(lost) != bool(flagged):
                print(f"real {paper['source']:40} missed={[c['body'] for c in lost][:2]} flagged={sorted(flagged)}")
    print(f"({renamed} consultation(s) of the gold read on their date under another name: not counted as missed)")
    return tally


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--exports", action="store_true", help="also the exports of the rendered PDFs")
    ap.add_argument("--real", nargs=2, action="append", default=[], metavar=("OUT", "GOLD"), type=Path)
    ap.add_argument("--no-breakers", action="store_true", help="skip the broken seeds and held-out papers")
    ap.add_argument("--strict", action="store_true", help="a fact read under another wording counts as missed")
    args = ap.parse_args()
    if not args.no_breakers:
        breakers(args.verbose, args.strict)
    if args.exports:
        print("\nexport matrix: a fact of the PDF missing from the tool's export")
        print(f"{'tool':22}{'missed':>8}{'flagged':>9}{'no miss':>9}{'flagged':>9}")
        tallies = exports(args.verbose, args.strict)
        for tool, tally in tallies.items():
            print(tally.line(tool))
        print(total(tallies.values()).line("all"))
    for out, gold in args.real:
        print(f"\nreal papers: a dated consultation of the OParl gold not found ({out})")
        print(real(out, gold, args.verbose).line(gold.parent.name))
    return 0


def broken_tally(verbose: bool = False, strict: bool = False) -> tuple[dict[str, Tally], Tally]:
    """The broken seeds and held-out submissions against their originals: per breaker the broken
    documents with a miss and without, flagged or not; and the originals, which have a miss where a
    fact of their gold is not read (:func:`gold_facts`; a flag of theirs is then no false one)."""
    paths = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "unseen" / "docs").glob("*.txt"))
    originals = Tally()
    rows = {b: Tally() for b in BREAKERS}
    for path in paths:
        text = path.read_text(encoding="utf-8")
        base, reasons = run(text, path.name)
        gold = gold_facts(path)
        unread = lost(gold, base, strict)
        originals.add(bool(unread), bool(reasons))
        if reasons and verbose and not unread:
            print(f"original flagged: {path.name}: {sorted(reasons)}")
        for name, breaker in BREAKERS.items():
            broken = breaker(text)
            if broken == text:
                continue
            got, flags = run(broken, path.name)
            missed = bool(lost(base, got, strict))
            if unread and not missed:
                continue  # the breaker hid nothing more, and its flags may be the original's true ones
            # a paper with a miss counts as flagged by any flag (it is on the review list); one
            # without counts only flags the original has not (those are the original's own, tallied there)
            rows[name].add(missed, bool(flags if missed else flags - reasons))
            if verbose and missed != bool(flags):
                gone = sorted(lost(base, got, strict))[:3]
                print(f"{name:20} {path.name:32} missed={missed} flagged={sorted(flags)} lost={gone}")
    return rows, originals


def total(tallies: Iterable[Tally]) -> Tally:
    """The sum of tallies."""
    out = Tally()
    for t in tallies:
        out = Tally(*(a + b for a, b in zip(vars(out).values(), vars(t).values())))
    return out


def breakers(verbose: bool, strict: bool = False) -> None:
    """The table of the broken seeds and held-out submissions."""
    rows, originals = broken_tally(verbose, strict)
    print(f"{'breaker':22}{'missed':>8}{'flagged':>9}{'no miss':>9}{'flagged':>9}")
    for name, t in rows.items():
        print(f"{name:22}{t.missed:8}{t.missed_flagged:9}{t.clean:9}{t.clean_flagged:9}")
    tot = total(rows.values())
    print(f"{'all':22}{tot.missed:8}{tot.missed_flagged:9}{tot.clean:9}{tot.clean_flagged:9}")
    print(
        f"documents with a miss flagged: {tot.missed_flagged}/{tot.missed}; "
        f"originals without a miss flagged: {originals.clean_flagged}/{originals.clean}; "
        f"originals that miss a fact of their gold flagged: {originals.missed_flagged}/{originals.missed}"
    )
    papers = tot.missed + tot.clean + originals.clean
    print(
        "false flags per paper (broken without a miss and originals): "
        f"{(tot.clean_flagged + originals.clean_flagged) / papers:.3f}"
    )


if __name__ == "__main__":
    sys.exit(main())
