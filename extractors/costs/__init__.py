"""costs: every euro amount of the matter, with type, qualifier, fiscal year and account.

Amounts come from :func:`extractors.german.money.find_money`; in a table whose header or caption
says the values are in euros ("Betrag (€)", "- in EUR -", "Kosten (in EUR)" over a header of
years) German-formatted numbers count too. A zero (an empty budget grid) is never a cost. The
context of an amount depends on layout:

- a table row (a line with tabs): the row label's cue, else the column header's cue (when
  the row has as many cells as the header, as in ruled grids, a header's empty corner cell
  included), else the first cue among the header cells, else the caption; the fiscal year
  is a year in the column header;
- prose and key-value lines: the sentence in the document text (``sv.raw_sentence_at``: list
  items stay with their lead-in, rows and key-value lines stand alone), cut at neighbouring
  amounts. The cue nearest to the amount wins; where another amount follows in the sentence,
  a cue after the next "und" or comma is that amount's. Without a cue of its own: the lead-in
  of a list it is an item of ("Mittel werden bereitgestellt:"), the end of a sentence whose
  amounts are joined by commas or "und" ("… 30.000 € und … 10.000 € veranschlagt"), the
  sentence an anaphor points back to ("Die Kosten hierfür …"), a relative clause after it
  ("…, die im Haushalt eingestellt sind"); generic words ("Kosten", "Betrag") give ``total``
  last. The purpose noun counts ("Druckkosten … eingeplant" is ``other``), and a total is never
  a per-year amount: an amount with a year of its own takes another cue of its context.
- the fiscal year is one named in the amount's own conjunct (from the last "und", "sowie",
  comma or ";" before it to the first after it), else one in its sentence that no other
  amount's conjunct names: "im Haushaltsjahr 2024 10.000 € und im Haushaltsjahr 2025 weitere
  10.000 €" are 2024 and 2025.
Years relative to the document ("im nächsten Jahr") count from the document's date, which the
metadata family reads and the extract stage hands in.
The qualifier is the nearest qualifier word before the amount in its clause. Accounts and
"Haushaltsjahr: 2017" lines are taken from the text between the neighbouring amounts (at
most 400 characters away); rows with the same amount share them where the others agree.

:func:`cost_total` is the total of a matter ("Kosten gesamt"), read by the comparison and the
review alike: a stated total, else the sum of one kind's amounts across years."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from extractors.base import collapse
from extractors.fastre import Matcher, prefiltered
from extractors.german.closed_class import alternation
from extractors.german.money import Money, find_money, parse_number
from extractors.resources import Resources
from pipeline.document import Document
from pipeline.errors import ResourceError
from pipeline.records import Cost
from pipeline.structure import Line, View, view

WINDOW = 400
LIST_REACH = 300  # characters from a list's lead-in to an amount among its items
LEAD_IN_TYPES = ("budget", "grant")
TITLE_CUT = 80  # characters of a sentence piece cut off by a title's period
TAIL = 60  # characters between joined amounts, and of their sentence after the last


@dataclass(frozen=True)
class Config:
    types: list[tuple[str, Matcher]]
    generic_type: str
    generic: Matcher
    anaphor: Matcher
    qualifiers: list[tuple[str, Matcher]]
    account: Matcher
    year: Matcher
    next_year: Matcher
    current_year: Matcher


def _compile(pattern: Any, where: str, flags: int) -> Matcher:
    """A vocabulary pattern with the file's flags, tried only where its leading words occur."""
    try:
        return prefiltered(str(pattern), flags)
    except re.error as exc:
        raise ResourceError(f"costs.yaml: {where}: bad pattern {pattern!r}: {exc}") from exc


def config(res: Resources) -> Config:
    """The compiled vocabulary of ``costs.yaml`` (built once per resource set)."""
    return res.compiled(_build_config)


def _build_config(res: Resources) -> Config:
    data: dict[str, Any] = res["costs"]
    flags = res.flags("costs")
    try:
        types = [
            (e["id"], _compile("|".join(f"(?:{p})" for p in e["patterns"]), f"entry {e['id']!r}", flags))
            for e in data["entries"]
            if e.get("patterns")
        ]
        years = data["fiscal_year"]
        return Config(
            types=types,
            generic_type=data["generic"]["type"],
            generic=_compile("|".join(data["generic"]["patterns"]), "generic", flags),
            anaphor=_compile(data["anaphor"], "anaphor", flags),
            qualifiers=[(q, _compile(p, f"qualifier {q!r}", flags)) for q, p in data["qualifiers"].items()],
            account=_compile(data["account"], "account", flags),
            year=_compile(years["year"], "fiscal_year.year", flags),
            next_year=_compile(years["next"], "fiscal_year.next", flags),
            current_year=_compile(years["current"], "fiscal_year.current", flags),
        )
    except (KeyError, TypeError) as exc:
        raise ResourceError(f"costs.yaml: missing or malformed key {exc}") from exc


# --- cues ----------------------------------------------------------------------------------


def nearest(patterns: list[tuple[str, Matcher]], left: str, right: str = "") -> str | None:
    """The name of the pattern matching nearest to the gap between ``left`` and ``right``."""
    best: tuple[int, str] | None = None
    for name, pattern in patterns:
        for m in pattern.finditer(left):
            best = min(best or (10**9, ""), (len(left) - m.end(), name))
        m2 = pattern.search(right)
        if m2:
            best = min(best or (10**9, ""), (m2.start() + 5, name))
    return best[1] if best else None


def first_cue(conf: Config, texts: list[str]) -> str | None:
    """The type of the leftmost cue in the first of ``texts`` that has one."""
    for text in texts:
        hits = [(m.start(), name) for name, p in conf.types if (m := p.search(collapse(text)))]
        if hits:
            return min(hits)[1]
    return None


def qualifier(conf: Config, before: str) -> str | None:
    """The qualifier nearest before the amount, within its clause."""
    clause = re.split(r"[,;:(]", before)[-1]
    return nearest(conf.qualifiers, clause)


@dataclass(frozen=True)
class YearCue:
    start: int  # offsets of the cue ("im Haushaltsjahr 2024") in the document text
    end: int
    year: int


def year_cues(conf: Config, text: str, lo: int, hi: int, doc_year: int | None) -> list[YearCue]:
    """The years named in ``text[lo:hi]`` and those relative to the document date."""
    found = [YearCue(m.start(), m.end(), int(m.group("year"))) for m in conf.year.finditer(text, lo, hi)]
    if doc_year is not None:
        for pattern, year in ((conf.next_year, doc_year + 1), (conf.current_year, doc_year)):
            found += [YearCue(m.start(), m.end(), year) for m in pattern.finditer(text, lo, hi)]
    return found


def nearest_year(cues: list[YearCue], money: Money) -> YearCue | None:
    """The cue nearest to the amount; one after it counts a little farther than one before."""
    best: tuple[int, int, YearCue] | None = None
    for c in cues:
        gap = money.start - c.end if c.end <= money.start else c.start - money.end + 5
        if best is None or (gap, c.start) < best[:2]:
            best = (gap, c.start, c)
    return best[2] if best else None


# one conjunct of an enumeration of amounts: "im Haushaltsjahr 2024 10.000 € und im Haushaltsjahr 2025 …"
_CONJUNCTIONS = alternation("conjunctions")
_CLAUSE_BREAK = re.compile(rf"\bbzw\.|\b(?:{_CONJUNCTIONS}|zuzüglich|zzgl\.)(?!\w)|;|,(?!\d)")


def clause(text: str, lo: int, money: Money, hi: int) -> tuple[int, int]:
    """The bounds of the amount's conjunct within ``text[lo:hi]``: from the last "und",
    "sowie", "oder", comma or ";" before it to the first after it."""
    before = list(_CLAUSE_BREAK.finditer(text, lo, money.start))
    after = _CLAUSE_BREAK.search(text, money.end, hi)
    return (before[-1].end() if before else lo), (after.start() if after else hi)


# --- amounts -------------------------------------------------------------------------------


_BARE = re.compile(r"\s*(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{2})(?:,-{1,2})?\s*")
_IN_EUR = re.compile(
    r"\b(?:in|Betrag|Beträge)\s*\(?\s*(?P<t>T|Tsd\.?\s*)?(?:€|EUR|Euro)\b|\((?P<t2>T)?(?:€|EUR)\)", re.I
)


@functools.lru_cache(maxsize=4096)
def _is_prose(line: str) -> bool:
    """A line that ends a table block upwards: text without tabs that is not a wrapped cell."""
    stripped = line.strip()
    return "\t" not in line and (len(stripped.split()) > 3 or stripped.endswith((".", ":", ",")))


def table_header(all_lines: list[Line], i: int, need: int) -> tuple[Line | None, str]:
    """The header row above row ``i`` (a tab row without amounts and with at least ``need``
    filled cells) and the caption: the nearest prose line above the table, with the short
    lines without tabs between it and the row ("Kosten (in EUR)" over a header of years)."""
    header = None
    notes: list[str] = []
    j = i - 1
    while j >= 0 and i - j <= 40 and not _is_prose(all_lines[j].text):
        ln = all_lines[j]
        if header is None and _header_cells(ln.text) + _corner(ln.text) >= max(2, need):
            header = ln
        elif "\t" not in ln.text and ln.text.strip():
            notes.insert(0, ln.text.strip())
        j -= 1
    caption = all_lines[j].text if j >= 0 and i - j <= 40 else ""
    return header, " ".join([caption, *notes]).strip()


def _corner(line: str) -> int:
    """1 for a header row whose first cell is empty (the corner over the row labels), else 0."""
    return int("\t" in line and not line.split("\t", 1)[0].strip())


@functools.lru_cache(maxsize=4096)
def _header_cells(line: str) -> int:
    """The number of filled cells of a line that can head a table (a tab row without
    amounts), else 0; lines are asked again and again as the rows below them are read."""
    if "\t" not in line or find_money(line):
        return 0
    filled = [cell for cell in line.split("\t") if cell.strip()]
    return 0 if any(_BARE.fullmatch(cell) for cell in filled) else len(filled)


def bare_amounts(text: str, all_lines: list[Line]) -> list[Money]:
    """German-formatted numbers without a currency in tables that say they are in euros."""
    out: list[Money] = []
    for i, ln in enumerate(all_lines):
        if "\t" not in ln.text or find_money(ln.text):
            continue
        header, caption = table_header(all_lines, i, 2)
        if header is None or header is ln:
            continue
        unit = _IN_EUR.search(header.text) or _IN_EUR.search(caption)
        if not unit:
            continue
        scale = 1000 if (unit.group("t") or unit.group("t2")) else 1
        for start, _end, cell in ln.cells:
            m = _BARE.fullmatch(cell)
            value = parse_number(m.group("num")) if m else None
            if m and value is not None:
                s, e = start + m.start("num"), start + m.end("num")
                out.append(Money(value * scale, s, e, text[s:e]))
    return out


# --- grids exported without tabs -----------------------------------------------------------

_YEAR_CELL = re.compile(r"(?:ab\s+)?(?P<year>(?:19|20)\d\d)")
GRID_REACH = 8  # lines from a row up to the header of years over its columns


def year_columns(ln: Line) -> list[tuple[int, int, int]] | None:
    """The year cells of a header row cut at gaps of two or more spaces ("      2024      2025"),
    as (start, end, year) in columns of the line; None unless two or more cells are years and
    the others at most a label before them."""
    cells = ln.columns
    years = [(a - ln.start, b - ln.start, int(m["year"])) for a, b, t in cells if (m := _YEAR_CELL.fullmatch(t))]
    return years if len(years) >= 2 and len(cells) - len(years) <= 1 else None


_TWO_YEARS = re.compile(r"(?:19|20)\d\d {2,}.*(?:19|20)\d\d")


def year_headers(all_lines: list[Line]) -> list[int]:
    """The lines that are a header of years of a gap grid (few: looked up once per document)."""
    return [j for j, ln in enumerate(all_lines) if _TWO_YEARS.search(ln.text) and year_columns(ln)]


def under_header(headers: list[int], i: int) -> bool:
    k = bisect.bisect_left(headers, i)
    return k > 0 and i - headers[k - 1] <= GRID_REACH


def gap_grid(all_lines: list[Line], i: int) -> tuple[Line, str] | None:
    """The header of years over row ``i`` of a grid cut at gaps (text exported without tabs) and
    the caption over it; None for a line of prose, a tab row, or one with no such header."""
    row = all_lines[i]
    if "\t" in row.text or len(row.columns) < 2:
        return None
    for j in range(i - 1, max(-1, i - GRID_REACH - 1), -1):
        ln = all_lines[j]
        if (years := year_columns(ln)) is not None:
            # a row has a cell per year and a label at most: a justified line of prose has more
            return (
                (ln, " ".join(x.text.strip() for x in all_lines[max(0, j - 2) : j]))
                if len(row.columns) <= len(years) + 1
                else None
            )
        if _is_prose(ln.text) and len(ln.columns) < 2:
            return None
    return None


def aligned_year(header: Line, row: Line, start: int, end: int) -> int | None:
    """The year of the header cell standing over ``start:end`` of the row (by character
    columns: the cells overlap, numbers set flush right or left under their year)."""
    a, b = start - row.start, end - row.start
    over = [y for hs, he, y in year_columns(header) or [] if hs < b + 2 and a - 2 < he]
    return over[0] if len(over) == 1 else None


def gap_amounts(text: str, all_lines: list[Line], headers: list[int]) -> list[Money]:
    """Bare German-formatted numbers in the rows of a gap grid of years that says it is in
    euros ("Kosten (in EUR)" over "2024  2025"): a yearly grid exported as text; ``headers``
    are the grids' headers of years (:func:`year_headers`)."""
    out: list[Money] = []
    for i, ln in enumerate(all_lines):
        if not under_header(headers, i) or "\t" in ln.text or not _BARE.search(ln.text) or find_money(ln.text):
            continue
        grid = gap_grid(all_lines, i)
        unit = grid and (_IN_EUR.search(grid[0].text) or _IN_EUR.search(grid[1]))
        if not grid or not unit:
            continue
        scale = 1000 if (unit.group("t") or unit.group("t2")) else 1
        for start, end, cell in ln.columns:
            m = _BARE.fullmatch(cell)
            value = parse_number(m.group("num")) if m else None
            if m and value is not None and aligned_year(grid[0], ln, start, end):
                s, e = start + m.start("num"), start + m.end("num")
                out.append(Money(value * scale, s, e, text[s:e]))
    return out


def gap_context(conf: Config, row: Line, header: Line, caption: str, money: Money) -> Context:
    """An amount in a row of a gap grid: the row label's cue, else the caption's; the year of
    its column."""
    label = " ".join(
        collapse(t)
        for a, b, t in row.columns
        if not (a <= money.start < b) and not find_money(t) and not _BARE.search(t)
    )
    kind = nearest(conf.types, label)
    generic = kind is None and conf.generic.search(label) is not None
    if generic:
        kind = conf.generic_type
    if kind is None:
        kind = first_cue(conf, [caption])
    year = aligned_year(header, row, money.start, money.end)
    before = collapse(row.text[: money.start - row.start])
    ctx = Context(row.start, money.end, kind, qualifier(conf, before), year, "" if generic else kind or "")
    ctx.retype = (label, collapse(caption))
    return ctx


# --- contexts ------------------------------------------------------------------------------


@dataclass
class Context:
    start: int
    end: int
    cost_type: str | None
    qualifier: str | None
    fiscal_year: int | None
    rule_id: str = ""  # the entry of costs.yaml whose cue gave the type ("" for a generic word)
    # years named in the amount's sentence outside its own conjunct: one of them is its year
    # when no amount's conjunct claims it (:func:`extract`)
    nearby: list[YearCue] = field(default_factory=list)
    own: list[YearCue] = field(default_factory=list)  # the years of its conjunct
    retype: tuple[str, ...] = ()  # where a per-year amount looks for a type other than total


def cue(conf: Config, texts: list[str], but: str = "") -> str | None:
    """The type of the cue nearest to the end of the first text, else in the next ones,
    skipping the type ``but``."""
    types = [(name, p) for name, p in conf.types if name != but]
    return next((kind for text in texts if text and (kind := nearest(types, text))), None)


def table_context(conf: Config, all_lines: list[Line], i: int, money: Money) -> Context:
    row = all_lines[i]
    cells = row.cells
    idx = next(k for k, c in enumerate(cells) if c[0] <= money.start <= c[1])
    label = " ".join(
        collapse(c[2])
        for k, c in enumerate(cells)
        if k != idx and c[2].strip() and not find_money(c[2]) and not _BARE.fullmatch(c[2])
    )
    filled = sum(1 for c in cells if c[2].strip())
    header, caption = table_header(all_lines, i, filled)
    column = None
    if header is not None and len(header.cells) == len(cells):
        column = collapse(header.cells[idx][2])
    kind = nearest(conf.types, label) or (nearest(conf.types, column) if column else None)
    generic = kind is None and conf.generic.search(label) is not None
    if generic:
        kind = conf.generic_type
    heads = [c[2] for c in header.cells] if header else []
    if kind is None:
        kind = first_cue(conf, heads) or first_cue(conf, [caption])
    year = None
    if column:
        y = re.search(r"\b(?:19|20)\d\d\b", column)
        year = int(y.group(0)) if y else None
    before = collapse(row.text[cells[idx][0] - row.start : money.start - row.start])
    ctx = Context(row.start, money.end, kind, qualifier(conf, before), year, "" if generic else kind or "")
    ctx.retype = (label, *(collapse(h) for h in heads), collapse(caption))
    return ctx


_RELATIVE = re.compile(rf",\s*(?:{alternation('opening_articles')}|der|welche[rsn]?)\s")
_LEAD_IN = re.compile(r":[ \t]*\n")


def prose_context(conf: Config, sv: View, money: Money, lo: int, hi: int, doc_year: int | None) -> Context:
    text = sv.text
    s, e = sv.raw_sentence_at(money.start)
    a, b = max(s, lo), min(e, hi)
    left = collapse(text[a : money.start])
    right = collapse(text[money.end : b])
    ca, cb = clause(text, a, money, b)
    # a relative clause after the amount says how it is paid for ("…, die im Haushalt eingestellt
    # sind"): its cue counts after the sentence's own and the one an anaphor points back to
    main, _, relative = right.partition(rel.group(0)) if (rel := _RELATIVE.search(right)) else (right, "", "")
    if hi < e:  # another amount follows in the sentence: a cue after the next "und" or comma is its
        main = collapse(text[money.end : cb])
    kind = nearest(conf.types, left, main)
    sentence = collapse(text[s:e])
    if kind is None:
        kind = lead_in(conf, text, s, a) or shared_end(conf, text, money, b, e)
    if kind is None and s > 0 and conf.anaphor.search(sentence):
        kind = antecedent(conf, sv, s)
    if kind is None and relative:
        kind = nearest(conf.types, "", relative)
    generic = kind is None and conf.generic.search(left + " " + right) is not None
    if generic:
        kind = conf.generic_type
    cues = year_cues(conf, text, a, b, doc_year)
    own = [c for c in cues if ca <= c.start and c.end <= cb]
    year = nearest_year(own, money)
    if e - s > WINDOW:
        s, e = max(s, money.start - WINDOW // 2), min(e, money.end + WINDOW // 2)
    ctx = Context(
        s, e, kind, qualifier(conf, left), year.year if year else None, "" if generic else kind or "", cues, own
    )
    ctx.retype = (collapse(text[ca : money.start]), collapse(text[money.end : cb]))
    return ctx


def antecedent(conf: Config, sv: View, s: int) -> str | None:
    """The cue of the sentence an anaphor ("Hierfür …") points back to, in the same paragraph:
    the one before, or the one before that where a title's period cut it in two ("… übernimmt
    Frau Dipl.-Soz." / "Katrin Albrecht (Büro für Beteiligung)."), a short piece on the same line."""
    text = sv.text
    ps, pe = sv.raw_sentence_at(s - 1)
    if _BLANK.search(text, pe, s) or ps >= s:
        return None
    if kind := nearest(conf.types, collapse(text[ps:pe])):
        return kind
    if (
        ps == 0
        or pe - ps > TITLE_CUT
        or "\n" in text[ps - 1 : pe]
        or not text[max(0, ps - 3) : ps].strip().endswith(".")
    ):
        return None
    qs, qe = sv.raw_sentence_at(ps - 1)
    return nearest(conf.types, collapse(text[qs:qe])) if qs < ps else None


def lead_in(conf: Config, text: str, s: int, a: int) -> str | None:
    """The cue of the lead-in line of a list the amount is an item of ("Mittel werden
    bereitgestellt:" over "- im Haushaltsjahr 2024: 10.000 €"): the nearest line ending in a
    colon within reach above, with no blank line between, when it allocates or grants money
    (bids listed after "ein Angebot abgegeben:" are not fees)."""
    leads = list(_LEAD_IN.finditer(text, max(0, min(s, a - LIST_REACH)), a))
    if not leads or _BLANK.search(text, leads[-1].end() - 1, a):
        return None
    lead = leads[-1]
    first = text.rfind("\n", 0, lead.start()) + 1
    kind = nearest(conf.types, collapse(text[first : lead.start()]))
    return kind if kind in LEAD_IN_TYPES else None


_BLANK = re.compile(r"\n[ \t]*\n")


# between amounts joined in one enumeration: "10.000 €, … 30.000 € und … 10.000 € veranschlagt"
_JOINED = re.compile(rf",|;|\bbzw\.|\b(?:{_CONJUNCTIONS})(?!\w)")


def shared_end(conf: Config, text: str, money: Money, b: int, e: int) -> str | None:
    """The cue after the last of amounts joined by commas or "und" in one sentence, which they
    share: "Für A werden 10.000 € und für B 5.000 € veranschlagt." (a short tail only)."""
    if b >= e or b - money.end > TAIL or not _JOINED.search(text, money.end, b):
        return None
    last = find_money(text, b, e)
    tail = text[last[-1].end if last else b : e]
    return nearest(conf.types, "", collapse(tail)) if len(tail) <= TAIL else None


def per_year(conf: Config, ctx: Context) -> Context:
    """A total is never a per-year amount: an amount with a year of its own (its column's, or
    one in its conjunct) takes the nearest other cue of its context, else ``other``."""
    if ctx.cost_type != "total" or ctx.fiscal_year is None:
        return ctx
    kind = cue(conf, list(ctx.retype), but="total")
    return replace(ctx, cost_type=kind or "other", rule_id=kind or "other")


_BUDGET_YEAR = re.compile(r"(?m)^[ \t|│┃]*Haushaltsjahr\s*:?\s*((?:19|20)\d\d)\b")


def window_facts(conf: Config, text: str, lo: int, hi: int) -> tuple[int | None, str | None]:
    """A 'Haushaltsjahr: 2017' line and a budget account between ``lo`` and ``hi``."""
    chunk = text[lo:hi]
    year = _BUDGET_YEAR.search(chunk)
    account = conf.account.search(chunk)
    return (int(year.group(1)) if year else None), (account.group("code") if account else None)


def extract(doc: Document, res: Resources, sv: View | None = None, doc_date: str | None = None) -> Iterator[Cost]:
    """The document's costs; ``doc_date`` is its date as the metadata family reads it (ISO, handed
    in by the extract stage), the year that "im laufenden Jahr" and "im Folgejahr" count from."""
    sv = view(doc) if sv is None else sv
    conf = config(res)
    text = doc.text
    all_lines, line_starts = sv.lines, sv.starts
    headers = year_headers(all_lines)
    found = sorted(
        (
            m
            for m in find_money(text) + bare_amounts(text, all_lines) + gap_amounts(text, all_lines, headers)
            if m.amount
        ),
        key=lambda m: m.start,
    )
    doc_year = int(doc_date[:4]) if doc_date else None
    contexts: list[Context] = []
    for n, money in enumerate(found):
        lo = found[n - 1].end if n else 0
        hi = found[n + 1].start if n + 1 < len(found) else len(text)
        i = bisect.bisect_right(line_starts, money.start) - 1
        if "\t" in all_lines[i].text:
            contexts.append(per_year(conf, table_context(conf, all_lines, i, money)))
        elif (
            under_header(headers, i)
            and (grid := gap_grid(all_lines, i))
            and aligned_year(grid[0], all_lines[i], money.start, money.end)
        ):
            contexts.append(per_year(conf, gap_context(conf, all_lines[i], *grid, money)))
        else:
            contexts.append(per_year(conf, prose_context(conf, sv, money, lo, hi, doc_year)))
    # a year in another amount's conjunct is that amount's: "2024 10.000 € und 2025 weitere 10.000 €"
    claimed = {c.start for ctx in contexts for c in ctx.own}
    out: list[Cost] = []
    for n, (money, ctx) in enumerate(zip(found, contexts)):
        lo = found[n - 1].end if n else 0
        hi = found[n + 1].start if n + 1 < len(found) else len(text)
        near = nearest_year([c for c in ctx.nearby if c.start not in claimed], money)
        year, account = window_facts(conf, text, max(lo, money.start - WINDOW), min(hi, money.end + WINDOW))
        out.append(
            Cost(
                span=doc.span(ctx.start, ctx.end),
                amount_eur=float(money.amount),
                raw_text=" ".join(money.raw.split()),
                qualifier=ctx.qualifier,
                cost_type=ctx.cost_type or "other",
                fiscal_year=ctx.fiscal_year or (near.year if near else None) or year,
                budget_account=account,
                rule_id=ctx.rule_id,
            )
        )
    yield from share_facts(out)


def share_facts(costs: list[Cost]) -> list[Cost]:
    """Rows with the same amount name the same money: fill a missing year or account, when
    the others agree on it (equal amounts of different years are different money)."""
    by_amount: dict[Decimal, list[Cost]] = {}
    for c in costs:
        by_amount.setdefault(Decimal(str(c.amount_eur)), []).append(c)
    out = []
    for c in costs:
        same = by_amount[Decimal(str(c.amount_eur))]
        years = {o.fiscal_year for o in same if o.fiscal_year}
        accounts = {o.budget_account for o in same if o.budget_account}
        year = c.fiscal_year or (years.pop() if len(years) == 1 else None)
        account = c.budget_account or (accounts.pop() if len(accounts) == 1 else None)
        out.append(replace(c, fiscal_year=year, budget_account=account))
    return out


# --- the total of a matter -----------------------------------------------------------------

NEVER_ADDED = ("grant",)  # money received or granted is no cost: never added to the others


@dataclass(frozen=True)
class Total:
    """What "Kosten gesamt" is: a stated total, or the sum of one kind's amounts (computed)."""

    amount: float
    computed: bool
    kind: str  # the cost type of the amounts it is (``total`` when stated)
    parts: tuple[int, ...]  # the positions of the items it is made of


def cost_total(items: list[tuple[float, str | None, int | None]]) -> Total | None:
    """The total of a matter's amounts, each given as (amount, cost type, fiscal year).

    A stated total wins (the largest, when several are stated: the others are parts of it).
    Otherwise the amounts of one kind are added across years, an amount per (value, year):
    equal amounts of different years are two amounts, and where a kind has amounts per year an
    amount without a year (the line they are a breakdown of) is not added to them. Grants are
    never added; amounts of two or more kinds give no total (they are not added either).

    >>> cost_total([(15000.0, "grant", None), (5000.0, "budget", None)])
    Total(amount=5000.0, computed=True, kind='budget', parts=(1,))
    >>> cost_total([(10000.0, "budget", 2024), (10000.0, "budget", 2025), (20000.0, "budget", None)]).amount
    20000.0
    >>> cost_total([(27000.0, "total", None), (22645.0, "total", None), (4200.0, "material", None)]).amount
    27000.0
    >>> cost_total([(3000.0, "external_support", None), (500.0, "material", None)]) is None
    True
    """
    cents = [(round(a * 100), kind or "other", year) for a, kind, year in items]
    stated = [c for c in cents if c[1] == "total"]
    if stated:
        top = max(c[0] for c in stated)
        parts = tuple(i for i, c in enumerate(cents) if c[1] == "total" and c[0] == top)
        return Total(top / 100, False, "total", parts)
    kinds = {c[1] for c in cents if c[1] not in NEVER_ADDED}
    if len(kinds) != 1:
        return None
    (kind,) = kinds
    yearly = any(c[2] is not None for c in cents if c[1] == kind)
    chosen = {c for c in cents if c[1] == kind and (c[2] is not None or not yearly)}
    parts = tuple(i for i, c in enumerate(cents) if c in chosen)
    return Total(sum(c[0] for c in chosen) / 100, True, kind, parts)
