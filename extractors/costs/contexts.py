"""The context of an amount, by layout: a table row's label, column header and caption
(:func:`table_context`), a gap grid's row label and column year (:mod:`.grids`), or the
sentence in the document text (:func:`prose_context`) with the lead-in of a list, the end of a
sentence of joined amounts, the sentence an anaphor points back to and a relative clause after it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from extractors.base import collapse
from extractors.fastre import any_may_match
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import alternation
from pipeline.lang.de.money import Money, find_money
from pipeline.structure import Line, View

from .amounts import BARE, YEAR, table_header
from .clauses import (
    BRACKETED,
    HEAD_NOUN,
    JOINED,
    LEAD_IN_TYPES,
    OWN_NOUN,
    OWN_PURPOSE,
    PARTS,
    after_first_join,
    mixed_parts,
    rate_sum,
    summed,
    unbracketed,
    year_conjunct,
)
from .columns import KindHeaders, column_of, flat_kind_cell, kind_grid, leader_label, row_year
from .frames import changed_fee, co_funding, field_start, placed, service_fee, unshared
from .kinds import Config, cue, first_cue, nearest, qualifier
from .sentences import BLANK, SECTION, continued, in_prose, previous, referred, sequel
from .sums import sum_row, under_rule
from .years import YearCue, clause, nearest_year, year_cues

WINDOW = 400  # characters of a long sentence kept around an amount, and around it searched for facts
LIST_REACH = 300  # characters from a list's lead-in to an amount among its items
TAIL = 60  # characters between joined amounts, and of their sentence after the last


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
    column_total: bool = False  # a grid's sum of a year: a total of its year (:func:`per_year`)
    plan_caption: bool = False  # the budget's plan named over its grid, not in its column's head (:func:`per_year`)


def table_context(conf: Config, all_lines: list[Line], i: int, money: Money) -> Context:
    row = all_lines[i]
    cells = row.cells
    idx = next(k for k, c in enumerate(cells) if c[0] <= money.start <= c[1])
    label = " ".join(
        collapse(c[2])
        for k, c in enumerate(cells)
        if k != idx and c[2].strip() and not find_money(c[2]) and not BARE.fullmatch(c[2])
    )
    filled = sum(1 for c in cells if c[2].strip())
    header, caption = table_header(all_lines, i, filled)
    column = None
    if header is not None and len(header.cells) == len(cells):
        column = collapse(header.cells[idx][2])
    kind = nearest(conf.types, without_parts(conf, label)) or (nearest(conf.types, column) if column else None)
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
    ctx.column_total = sum_row(label)  # the sum row of a tab table: each year's total
    ctx.plan_caption = not conf.plan_column.search(column or "")
    return ctx


def without_parts(conf: Config, label: str) -> str:
    """A row's label without a bracket that lists its parts, where a cue stands outside it:
    "Sachkosten (Sprachcafés, Fahrtkosten)" is material; "Erträge (Förderung Land)" names its kind in
    the bracket and keeps it. A grant named outside a bracket is the grant of what the bracket names:
    "Landesförderung KIM (Personal)" is a grant, not the personnel's cost."""
    bare = PARTS.sub(" ", label)
    if bare != label and nearest(conf.types, bare):
        return bare
    outside = BRACKETED.sub(" ", label)
    return outside if outside != label and nearest(conf.types, outside) == "grant" else label


_GLUED = re.compile(r"(?<=[^\W\d_]{3})(?=\d)")
_RAISED = re.compile(r"\s*auf\s+")  # between the old and the new value of a change
LABEL = re.compile(r"[^\W\d_]{3}")  # a word of a row's label before an amount on its line
_UNIT = re.compile(r"[ \t]*/[ \t]*[^\W\d_]+\.?[ \t.,;]*")  # a unit glued to the amount's currency ("€/Jahr")


_YEAR_ONLY = re.compile(r"[ \t]*(?:19|20)\d\d[ \t]*:?[ \t]*")  # "      2028:  " before an amount
_YEAR_ROW = re.compile(r"(?P<label>[^\W\d_]{3}.*?)(?:19|20)\d\d[ \t]*:?[ \t]*\d[\d.,]*[ \t]*(?:€|EUR|Euro)[ \t]*")


def year_row_above(text: str, money: Money) -> str | None:
    """The label of the row whose next year an amount's line continues: a line of a year label
    and the amount only, under a line of a label, a year label and an amount ("Sachkosten:   2027:
    9.500 €" / "            2028:  21.300 €"); None for any other line."""
    start = text.rfind("\n", 0, money.start) + 1
    if start == 0 or not _YEAR_ONLY.fullmatch(text, start, money.start):
        return None
    above = text.rfind("\n", 0, start - 1) + 1
    m = _YEAR_ROW.fullmatch(text, above, start - 1)
    return collapse(m["label"]) if m else None


def line_end(text: str, money: Money, hi: int, e: int) -> int:
    """Where the words after an amount end: at its line's end where the amount closes its line and
    the next amount (at ``hi``) stands on the next line, a form's or a list's next row ("davon
    Honorar: 6.000 €" / "davon Personalkosten: 15.000 €": the next row's label is not this amount's
    cue), a unit glued to it or nothing after it ("54.600 €/Jahr"); else at ``e``, and where no label
    stands before the amount on its line or the next line goes on with a preposition in lower case."""
    nl = text.find("\n", money.end, e)
    if (
        nl < 0
        or not LABEL.search(text, text.rfind("\n", 0, money.start) + 1, money.start)  # "i) 5,3 Mio. €": no row's label
        or text[money.end : nl].strip(" \t.,;")
        and not _UNIT.fullmatch(text, money.end, nl)
        or not nl < hi <= e
        or hi >= len(text)
        or "\n" in text[nl + 1 : hi]
        or _RUNS_ON_LINE.match(text, nl + 1)  # "… jeweils 4.500,00 €" / "im Produkt … eingestellt, zusammen …"
    ):
        return e
    return nl


# a next line that goes on with the sentence: a preposition in lower case first ("im Produkt …"), or a
# participle in lower case that ends a clause ("… 12.000,00 €" / "veranschlagt, für 2028 …"), not an
# abbreviation of a form's next row ("zzgl. 19 % Umsatzsteuer")
_RUNS_ON_LINE = re.compile(
    rf"[ \t]*(?:(?:{alternation('prepositions', 'contractions')})\s"
    r"|[a-zäöüß]{3,}(?:t|en)(?:[,;.]?[ \t]*\n|[,;.]\s|[,;.]?$))"
)


def partitive_below(conf: Config, text: str, money: Money, b: int) -> int:
    """Where the words after an amount that closes its line end when the next line opens with a
    part taken out of it ("Seniorenplan …  41.230,00 €" / "davon Zuschuss des Verbands …  20.615,00 €"):
    at its line's end, the part's words are the part's, not the whole's; else ``b``."""
    nl = text.find("\n", money.end, b)
    if nl < 0 or text[money.end : nl].strip(" \t.,;"):
        return b
    first = len(text) - len(text[nl + 1 :].lstrip(" \t"))
    return nl if conf.partitive.match(text, first) else b


_RELATIVE = re.compile(rf",\s*(?:{alternation('opening_articles')}|der|welche[rsn]?)\s")
_LEAD_IN = re.compile(r":[ \t]*\n")


def prose_context(conf: Config, sv: View, money: Money, lo: int, hi: int, doc_year: int | None) -> Context:
    text = sv.text
    s, e = sv.raw_sentence_at(money.start)
    s = continued(sv, s)  # "Wirtschaftlichstes Angebot: Büro für" / "…, mit 17.500 € netto."
    whole_start, s = s, field_start(sv, s, e, money.start)  # a form's other fields above are cut off
    a, b = max(s, lo), min(hi, line_end(text, money, hi, e), partitive_below(conf, text, money, e))
    row = year_row_above(text, money)  # "Sachkosten:  2027: 9.500 €" / "   2028: 21.300 €": the row's label is its
    if row is not None:
        b = min(b, max(money.end, text.find("\n", money.end)))
    a = own_start(conf, text, s, a, lo, money)
    left = _GLUED.sub(" ", collapse(text[a : money.start]))  # "Gesamtkosten15.000 €": a grid's label and number
    right = collapse(text[money.end : b])
    ca, cb = clause(text, a, money, b)
    own_after = own_words(text, money.end, hi, cb, e)
    # a relative clause after the amount says how it is paid for ("…, die im Haushalt eingestellt
    # sind"): its cue counts after the sentence's own and the one an anaphor points back to
    main, _, relative = right.partition(rel.group(0)) if (rel := _RELATIVE.search(right)) else (right, "", "")
    if hi < e:  # another amount follows in the sentence: a cue after the next "und" or comma is its
        main = own_after
    kind = (
        "total"
        if conf.base.search(left)  # "75 % der zuwendungsfähigen Ausgaben von 64.000 €": the costs a share is of
        else "grant"
        if co_funding(conf, text, s, e, money.start)
        else rate_sum(conf, text, s, lo, money)
        or (nearest(conf.types, without_parts(conf, row)) if row is not None else None)
        or inline_item(conf, text, money)
        or comma_item(conf, text, money)
        or ("total" if mixed_parts(conf, left) else None)
        or summed(
            conf,
            *unbracketed(conf, unshared(conf, left), unshared(conf, main)),
            after_first_join(text, a, lo, s, money),
        )
    )
    kind, sentence = placed(conf, left, main, kind), collapse(text[s:e])
    prior = lambda: previous(sv, s) if s == whole_start else ""  # noqa: E731
    if kind in (None, "total") and changed_fee(conf, text, s, money.start, sentence, prior):
        kind = "external_support"  # "Die Vergütung erhöht sich um 4.760 € auf insgesamt 17.160 €"
    if kind is None:
        kind = (
            lead_in(conf, sv, whole_start, a)
            or shared_end(conf, text, money, b, e)
            or whole(conf, text, whole_start, money)
            or year_conjunct(conf, text, s, lo, money, hi if hi < e else None)
        )
    if kind is None and service_fee(conf, left, sentence, prior):
        kind = "external_support"
    if kind is None and s == whole_start and s > 0 and conf.anaphor.search(sentence):
        kind = referred(conf, sv, s, sentence)  # "Davon entfallen …": a part of a total is none
    if kind is None and relative:
        kind = nearest(conf.types, "", relative)
    if head := SECTION.match(text, a, money.start):  # "4. Kosten" over the sentence heads a section, no cost's noun
        left = collapse(text[head.end() : money.start])
    generic = kind is None and conf.generic.search(left + " " + right) is not None
    if generic:
        kind = conf.generic_type
    elif kind is None and (conf.partitive.search(sentence) or in_prose(text, money)):
        # "Davon … Die Mittel sind … veranschlagt.", "Ein Fonds von … wird gebildet. Die Mittel sind …"
        kind = sequel(conf, sv, e)
    cues = year_cues(conf, text, a, b, doc_year)
    own = [c for c in cues if ca <= c.start and c.end <= cb]
    year = nearest_year(own, money)
    if e - s > WINDOW:
        s, e = max(s, money.start - WINDOW // 2), min(e, money.end + WINDOW // 2)
    ctx = Context(
        s, e, kind, qualifier(conf, left), year.year if year else None, "" if generic else kind or "", cues, own
    )
    ctx.retype = (collapse(text[ca : money.start]), own_after)
    return ctx


def own_start(conf: Config, text: str, s: int, a: int, lo: int, money: Money) -> int:
    """Where the words before an amount that are its own start, from ``a`` (the sentence's start ``s`` or
    the end ``lo`` of the amount before): the whole sentence for the new value of a change, after the
    last join where the words before it are the amount before's."""

    if _RAISED.fullmatch(text, a, money.start):  # "von 15.000 € auf 22.500 € erhöht": the sentence's words are both's
        return s
    elif a == lo > s and (joins := list(JOINED.finditer(text, a, money.start))):
        # "40.000 € für eine Stelle, 7.140 € für die Moderation und 11.160 € für Druck": a purpose
        # right after the amount before, up to the last comma or "und", is that amount's (its noun alone too:
        # "davon 3.800,00 € Moderation, 6.200,00 € Dolmetschen und …", on the amount's line)
        # and the noun right after the amount is its own, not the purpose of the amount before ("… 18.500 € für
        # die Begleitung und 29.500 € Sachkosten für …")
        if (
            OWN_PURPOSE.match(collapse(text[a : joins[-1].start()]))
            or OWN_NOUN.fullmatch(text, a, joins[-1].start())
            or ((head := HEAD_NOUN.match(text, money.end)) and nearest(conf.types, head.group(1)))
        ):
            a = joins[-1].end()
    return a


def own_words(text: str, end: int, hi: int, cb: int, e: int) -> str:
    """The words after an amount that are its own, up to the end of its clause ``cb``; a bracket
    opened right after it whose next amount (at ``hi``) stands inside it holds the amount's parts,
    whose words are theirs ("Kosten von 4.000 € (Moderation 3.400 €, Sachkosten 600 €)": "Moderation"
    is the first part's, not the whole's); the words after the bracket up to the sentence's end
    ``e`` are the whole's again ("… 4,2 Mio. Euro (Reste von 2,6 Mio. Euro …) werden zur
    Verfügung stehen")."""
    opening = text.find("(", end, hi)
    if opening < 0 or text[end:opening].strip() or ")" in text[opening:hi]:
        return collapse(text[end:cb])
    close = text.find(")", hi, e)
    return collapse(text[end:opening] + (" " + text[close + 1 : e] if close >= 0 else ""))


def lead_in(conf: Config, sv: View, s: int, a: int) -> str | None:
    """The cue of the lead-in line of a list the amount is an item of ("Mittel werden
    bereitgestellt:" over "- im Haushaltsjahr 2024: 10.000 €"): the nearest line ending in a
    colon within reach above, with no blank line between (but those around a page break's
    furniture), when it allocates or grants money (bids listed after "ein Angebot abgegeben:"
    are not fees)."""
    text = sv.text
    leads = list(_LEAD_IN.finditer(text, max(0, min(s, a - LIST_REACH)), a))
    if not leads or BLANK.search(text, leads[-1].end() - 1, a) and _blank_between(sv, leads[-1].end() - 1, a):
        return None
    lead = leads[-1]
    first = text.rfind("\n", 0, lead.start()) + 1
    kind = nearest(conf.types, collapse(text[first : lead.start()]))
    return kind if kind in LEAD_IN_TYPES else None


def _blank_between(sv: View, a: int, b: int) -> bool:
    """Whether a blank line stands between offsets ``a`` and ``b`` that is no page break's: blank
    lines next to page furniture (a page number, a running head) are the break's, which a list
    goes on after."""
    blank = furniture = False
    for i in range(max(0, bisect.bisect_right(sv.starts, a) - 1), bisect.bisect_left(sv.starts, b)):
        if i in sv.furniture:
            furniture = True
        elif not sv.lines[i].text.strip():
            blank = True
        else:
            if blank and not furniture:
                return True
            blank = furniture = False
    return blank and not furniture


# a bullet inside a line: a list run into one line
_INLINE_ITEM = re.compile(
    r"[ \t]" + markers.charset(markers.BULLET + markers.SMALL_SQUARE + markers.HOLLOW_BULLET) + r"[ \t]"
)


def inline_item(conf: Config, text: str, money: Money) -> str | None:
    """The allocation or grant of the lead-in of a list run into one line that the amount is an item
    of ("Folgende Vorhaben werden weiter finanziert: • A: 60.000 € • B: 15.000 €"), where its item names
    no cue before it: the words after the item (the next sentence, its full stop lost) are not its own.
    The lead-in is looked for on the amount's line within :data:`LIST_REACH`, over the sentence's start
    (an item's dates, "01.08. – 31.12.2018", cut sentences)."""
    s = max(text.rfind("\n", 0, money.start) + 1, money.start - LIST_REACH)
    bullets = list(_INLINE_ITEM.finditer(text, s, money.start))
    if not bullets:
        return None
    colon = text.rfind(":", s, bullets[0].start())
    if colon < 0 or text[colon + 1 : bullets[0].start()].strip() or "\n" in text[colon : money.start]:
        return None
    if nearest(conf.types, collapse(text[bullets[-1].end() : money.start])):
        return None
    lead = text[max(s, text.rfind(":", s, colon) + 1, text.rfind("\n", 0, colon) + 1) : colon]
    kind = nearest(conf.types, collapse(lead))
    return kind if kind in LEAD_IN_TYPES else None


def comma_item(conf: Config, text: str, money: Money) -> str | None:
    """The allocation or grant of the lead-in of a list run on after a colon with its items parted by
    commas, each an amount with what it goes to ("Den Orten stehen folgende Mittel zur Verfügung: Adorf
    4 500 Euro, Bedorf 3.200 Euro"), where the amount's item names no cue of its own; every item before
    it holds an amount, so a sentence that merely goes on after a colon is no list."""
    s = max(text.rfind("\n", 0, money.start) + 1, money.start - LIST_REACH)
    colon = text.rfind(":", s, money.start)
    if colon < 0:
        return None
    items = text[colon + 1 : money.start].split(",")
    if any(not find_money(item) for item in items[:-1]) or nearest(conf.types, collapse(items[-1])):
        return None
    lead = text[max(s, text.rfind(".", s, colon) + 1) : colon]
    kind = nearest(conf.types, collapse(lead))
    return kind if kind in LEAD_IN_TYPES else None


def whole(conf: Config, text: str, s: int, money: Money) -> str | None:
    """The allocation or grant an amount is a part of, in its sentence: "Die zur Verfügung
    gestellten Ortsratsmittel belaufen sich auf 2.016 € und setzen sich aus dem Grundbetrag von
    800 € … zusammen" (a part of a total is no total)."""
    found = list(conf.parts.finditer(text, s, money.start))
    if not found or not find_money(text, s, found[-1].start()):
        return None
    kind = nearest(conf.types, collapse(text[s : found[-1].start()]))
    return kind if kind in LEAD_IN_TYPES else None


def shared_end(conf: Config, text: str, money: Money, b: int, e: int) -> str | None:
    """The cue after the last of amounts joined by commas or "und" in one sentence, which they
    share: "Für A werden 10.000 € und für B 5.000 € veranschlagt." (a short tail only)."""
    if b >= e or b - money.end > TAIL or not JOINED.search(text, money.end, b):
        return None
    last = find_money(text, b, e)
    tail = collapse(PARTS.sub(" ", text[last[-1].end if last else b : e]))  # a bracket lists the parts
    kind = nearest(conf.types, "", tail) if len(tail) <= TAIL else None
    if OWN_PURPOSE.match(tail) and kind not in LEAD_IN_TYPES:
        return None  # "…, 11.160 € für Übersetzungen und Druck.": the last amount's own purpose
    return kind


def _rate_clause(before: str) -> str:
    """The words before an amount within its clause, a label's colon kept ("Gesamtkosten je Jahr:")."""
    return re.split(r"[,;(]", before)[-1]


def per_year(conf: Config, ctx: Context, after: str = "") -> Context:
    """A total is never a per-year amount: an amount with a year of its own (its column's, or
    one in its conjunct) takes the nearest other cue of its context, else ``other``, or
    ``budget`` where the total is a sum for carrying out measures (``allotted``); one with a
    rate after it (``after``: "… Euro pro Monat", "EUR/a") is ``other`` (the words about the
    whole, "nach Berücksichtigung der Förderung", are not the rate's), and so is one whose clause
    names the rate before it ("Die Gesamtkosten betragen jährlich …", "Die jährlichen Gesamtkosten
    von …"), unless it is a sum for carrying out measures or a year's expense in the plan."""
    if ctx.cost_type != "total":
        return ctx
    allotted = any(conf.allotted.search(t) or conf.plan_year.search(t) for t in ctx.retype)
    if conf.rate.search(after) or (
        ctx.retype and conf.rate_before.search(_rate_clause(ctx.retype[0])) and not allotted
    ):
        return replace(ctx, cost_type="other", rule_id="other")
    if ctx.fiscal_year is None or ctx.column_total and (not allotted or ctx.plan_caption):
        # a grid's sum of a year is the year's total, under a head of the plan's year ("Plan 2026") its allocation
        return ctx
    kind = cue(conf, list(ctx.retype), but="total")
    if kind is None and allotted:
        # "Die jährliche Summe für die Umsetzung der Maßnahmen beträgt ab 2025 …"; a year's expense
        # in the budget's plan ("Aufwand im Ergebnishaushalt" / "Haushaltsjahr 2025: 18.500 €")
        kind = "budget"
    return replace(ctx, cost_type=kind or "other", rule_id=kind or "other")


def laid_out_context(conf: Config, all_lines: list[Line], kinds: KindHeaders, i: int, money: Money) -> Context | None:
    """An amount in a grid whose header names the kind of each column (:mod:`.columns`), cut at
    gaps or flattened, or after a row's label and a leader of dots, or a column's sum alone under its rule
    (:func:`.sums.under_rule`); None for any other."""
    if under_rule(all_lines, i, money):
        return Context(money.start, money.end, "total", None, None, "total")
    over = kind_grid(all_lines, kinds.gap, i, lambda line: bool(find_money(line) or BARE.search(line)))
    column = column_of(over[0], all_lines[i], money, over[1]) if over is not None else None
    if column is not None:
        kind = nearest(conf.types, collapse(column))
        return column_context(conf, all_lines[i], kind, column, all_lines[i].columns[0][2], money)
    flat = flat_kind_cell(all_lines, kinds.flat, i, money, find_money) if kinds.flat else None
    if flat is not None:
        return column_context(conf, all_lines[i], flat[0], flat[0], flat[1], money)
    led_by = leader_label(all_lines, i, money)
    return leader_context(conf, *led_by, money) if led_by is not None else None


def kinds_in(conf: Config) -> Callable[[str], list[str]]:
    """:func:`ordered_kinds` of ``conf``, for :func:`.columns.kind_headers` (which asks of many lines)."""
    may = any_may_match(tuple(p for _, p in conf.types))
    return lambda text: ordered_kinds(conf, text, may)


def ordered_kinds(conf: Config, text: str, may: Callable[[str], bool] | None = None) -> list[str]:
    """The kinds the cues of ``text`` name, in order, one for neighbouring cues of one kind (``may``:
    ``any_may_match`` of the kinds' patterns, where the caller has it)."""
    text = collapse(text)
    if not (may or any_may_match(tuple(p for _, p in conf.types)))(text):  # most lines name no kind
        return []
    hits = sorted((m.start(), name) for name, p in conf.types for m in p.finditer(text))
    return [name for k, (_, name) in enumerate(hits) if k == 0 or hits[k - 1][1] != name]


def leader_context(conf: Config, start: int, label: str, money: Money) -> Context | None:
    """An amount after a row's label and a leader of dots (:func:`.columns.leader_label`): the
    label's cue, a generic word's total; None where the label names no kind."""
    kind = nearest(conf.types, without_parts(conf, collapse(label)))
    generic = kind is None and conf.generic.search(label) is not None
    if generic:
        kind = conf.generic_type
    if kind is None:
        return None
    ctx = Context(start, money.end, kind, qualifier(conf, collapse(label)), None, "" if generic else kind)
    ctx.retype = (collapse(label),)
    return ctx


def row_context(conf: Config, row: Line, money: Money) -> Context | None:
    """The context of a number ending a row of a table in euros (:func:`.amounts.gap_bare_amounts`):
    its row's label names its kind, as a leader's label does ("Zuwendung Land …      25.000"), and a
    year in it the fiscal year; None where the label names no kind."""
    label = row.text[: money.start - row.start].strip()
    start = row.start + len(row.text) - len(row.text.lstrip())
    ctx = leader_context(conf, start, label, money) if label else None
    years = YEAR.findall(label)
    if ctx is not None and ctx.fiscal_year is None and len(years) == 1:
        ctx.fiscal_year = int(years[0])  # "Ansatz in 2027      20.000", not "Begleitung 2027–2028"
    return ctx


def column_context(conf: Config, row: Line, kind: str | None, column: str, label: str, money: Money) -> Context:
    """An amount in a grid whose header names the kind of each column (:mod:`.columns`): the
    column's kind, else the row label's cue ("Summe"); the year the row's label is. A total of a
    year stays a total."""
    kind = kind or nearest(conf.types, collapse(label))
    before = collapse(row.text[: money.start - row.start])
    ctx = Context(row.start, money.end, kind, qualifier(conf, before), row_year(label), kind or "")
    ctx.retype = (collapse(column), collapse(label))
    ctx.column_total = True
    return ctx
