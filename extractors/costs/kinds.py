"""The kinds of money a matter names (``costs.yaml``): the compiled vocabulary and the cues that
give an amount its type and qualifier.

A cue is a pattern of an entry ("Honorar" is ``external_support``); the nearest one to the
amount wins, one after it counting :data:`AFTER` characters farther than one before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.base import collapse
from extractors.fastre import Matcher, any_may_match, prefiltered
from extractors.resources import Resources, typed
from pipeline.lang.de.closed_class import CLASSES, alternation

PURPOSES = ("external_support", "personnel", "material", "other")
AFTER = 5  # characters a cue (or year) after the amount counts farther than one before it
FAR = 10**9  # farther than any cue


@dataclass(frozen=True)
class Config:
    types: list[tuple[str, Matcher]]
    purposes: list[tuple[str, Matcher]]  # the types that say what money is spent on, without revenues
    generic_type: str
    generic: Matcher
    anaphor: Matcher
    qualifiers: list[tuple[str, Matcher]]
    account: Matcher
    year: Matcher
    next_year: Matcher
    current_year: Matcher
    plan_heading: re.Pattern[str]
    year_label: re.Pattern[str]
    parts: Matcher
    rate: re.Pattern[str]
    whole: re.Pattern[str]
    income: re.Pattern[str]
    limit: re.Pattern[str]  # the words of a limit or rounding note, just before an amount
    bound: re.Pattern[str]  # a bound just before an amount ("größer als", "ab")
    rule: re.Pattern[str]  # the words of a rule on who decides or how it is awarded
    negation: Negation  # a negation just before a cue: "nicht eingeplant", "keine Mittel zur Verfügung"
    eligible: re.Pattern[str]  # the eligible costs a grant's rate is of (frames.unshared)
    share: re.Pattern[str]  # a public body's share of the costs (frames.co_funding)
    fee_rate: re.Pattern[str]  # the frames of a fee (frames.service_fee)
    agent: re.Pattern[str]
    care: re.Pattern[str]
    offer: re.Pattern[str]
    fee: re.Pattern[str]  # the pay of a contract (frames.service_fee)
    fee_change: re.Pattern[str]  # a change of a contract's pay, anchored at an amount (frames.changed_fee)
    caption: re.Pattern[str]  # a caption naming costs over a grid that adds up (checked.checked_amounts)
    service: re.Pattern[str]
    allotted: re.Pattern[str]  # a sum for carrying out measures (contexts.per_year)
    funds: re.Pattern[str]  # the funding of others as a purpose (contexts.summed)
    partitive: re.Pattern[str]  # an anaphor taking a part out of the sum before (contexts.prose_context)
    base: re.Pattern[str]  # the amount a share is of, named with it (contexts.prose_context)
    plan_year: re.Pattern[str]  # the budget's plan a year's expense stands in (contexts.per_year)
    plan_column: re.Pattern[str]  # a column head naming the plan's money of its year (contexts.per_year)
    offer_agent: re.Pattern[str]  # an agent of support whose offer is a fee (frames.service_fee)
    rate_before: re.Pattern[str]  # a rate in the amount's clause before it (contexts.per_year)
    sequel: re.Pattern[str]  # the subject of a sentence pointing back to the money before it (sentences.sequel)
    finance: Matcher  # the label of a financial impact, a grid's caption naming money (amounts.gap_amounts)
    net: re.Pattern[str]  # an amount before VAT (taxes.net_and_gross)
    gross: re.Pattern[str]  # an amount with VAT
    remainder: re.Pattern[str]  # the town's own share (frames.placed)


@dataclass(frozen=True)
class Negation:
    """The negations that make a cue right after them count for nothing: ``any`` negates every
    cue ("keine Mittel zur Verfügung", "kein Zuschuss"), ``verb`` one in lower case ("nicht
    eingeplant", "nicht förderfähig", but "nicht veranschlagten Haushaltsmittel" are some)."""

    any: re.Pattern[str]
    verb: re.Pattern[str]

    def before(self, text: str, m: re.Match[str]) -> bool:
        """Whether the cue ``m`` of ``text`` stands right after a negation of it."""
        return bool(
            self.any.search(text, 0, m.start()) or (m.group()[:1].islower() and self.verb.search(text, 0, m.start()))
        )


# the word before a negated cue: none of a preposition's object ("nicht aus dem Haushaltsansatz")
_NOT_AN_OBJECT = rf"(?:(?!(?:{alternation(*CLASSES)})\s)[\w-]+\s+)?"

_CLAUSE_MARK = re.compile(r"[,;:(]")  # what parts an amount's clause from the words before it


def _negated(words: str) -> str:
    """A negation's words anchored at a cue, up to two words between."""
    return rf"\b(?:{words})\s+(?:[\w-]+\s+)?{_NOT_AN_OBJECT}$"


def config(res: Resources) -> Config:
    """The compiled vocabulary of ``costs.yaml`` (built once per resource set)."""
    return res.compiled(_build_config)


def _build_config(res: Resources) -> Config:
    data = typed.costs(res)

    def fast(pattern: str) -> Matcher:  # tried only where its leading words occur
        return prefiltered(pattern, data.flags)

    years = data.fiscal_year
    own_words = (data.around["income"], data.around["remainder"])  # what comes in or is left, no purpose
    return Config(
        types=[(t.id, fast("|".join(f"(?:{p})" for p in t.patterns))) for t in data.types if t.patterns],
        purposes=[
            (t.id, fast("|".join(f"(?:{p})" for p in t.patterns if p not in own_words)))
            for t in data.types
            if t.id in PURPOSES
        ],
        generic_type=data.generic_type,
        generic=fast("|".join(data.generic)),
        anaphor=fast(data.anaphor),
        qualifiers=[(q, fast(p)) for q, p in data.qualifiers.items()],
        account=fast(data.account),
        year=fast(years.year),
        next_year=fast(years.next),
        current_year=fast(years.current),
        plan_heading=re.compile(data.plan.heading, data.flags),
        year_label=re.compile(data.plan.year_label, data.flags),
        parts=fast(data.around["parts"]),
        rate=re.compile(data.around["rate"], data.flags),
        whole=re.compile(data.around["whole"], data.flags),
        income=re.compile(data.around["income"], data.flags),
        limit=re.compile(data.around["limit"], data.flags),
        bound=re.compile(data.around["bound"], data.flags),
        rule=re.compile(data.around["rule"], data.flags),
        negation=Negation(*(re.compile(_negated(data.around[k]), data.flags) for k in ("negation", "not"))),
        finance=fast(data.misses["finance"]),
        **{
            k: re.compile(data.around[k], data.flags)
            for k in (
                "eligible",
                "share",
                "fee_rate",
                "agent",
                "care",
                "offer",
                "fee",
                "fee_change",
                "caption",
                "service",
                "allotted",
                "funds",
                "base",
                "partitive",
                "plan_year",
                "plan_column",
                "offer_agent",
                "rate_before",
                "sequel",
                "net",
                "gross",
                "remainder",
            )
        },
    )


def nearest(
    patterns: list[tuple[str, Matcher]], left: str, right: str = "", negation: Negation | None = None
) -> str | None:
    """The name of the pattern matching nearest to the gap between ``left`` and ``right``; a
    match right after a ``negation`` does not count ("… war nicht eingeplant" allocates nothing)."""
    best: tuple[int, str] | None = None
    may = any_may_match(tuple(pattern for _, pattern in patterns))
    if not may(left) and not may(right):  # most texts: none of the patterns' words occur
        return None
    for name, pattern in patterns:
        for m in pattern.finditer(left):
            if negation is None or not negation.before(left, m):
                best = min(best or (FAR, ""), (len(left) - m.end(), name))
        for m2 in pattern.finditer(right):
            if negation is None or not negation.before(right, m2):
                best = min(best or (FAR, ""), (m2.start() + AFTER, name))
                break
    return best[1] if best else None


def first_cue(conf: Config, texts: list[str]) -> str | None:
    """The type of the leftmost cue in the first of ``texts`` that has one."""
    for text in texts:
        hits = [(m.start(), name) for name, p in conf.types if (m := p.search(collapse(text)))]
        if hits:
            return min(hits)[1]
    return None


def qualifier(conf: Config, before: str) -> str | None:
    """The qualifier nearest before the amount, within its clause; not one that stands right before
    another number, which it qualifies ("ca. 111 Baulasten zu insg. 5.000 €", "für maximal 3 Jahre mit
    einem Wert von 9.000 €", "rund 10 % des Kaufpreises 50.000 €"), unless that number is the first
    bound of the amount's range or its alternative ("ca. 20.000 - 30.000 €", "zwischen 68.000 und
    121.000 €", "bis zu 20 % bzw. 5.000 €")."""
    clause = amount_clause(before)
    found = [(m.end(), name) for name, pattern in conf.qualifiers for m in pattern.finditer(clause)]
    if not found:
        return None
    at, name = max(found)
    number = _OWN_NUMBER.match(clause, at)
    if number is not None and not _RANGE_JOIN.fullmatch(clause, number.end()):
        return None
    return name


def amount_clause(before: str) -> str:
    """The words before an amount within its clause: after the last comma, semicolon, colon or
    opening bracket."""
    return _CLAUSE_MARK.split(before)[-1]


_OWN_NUMBER = re.compile(r"\s*(?:von\s+)?\d[\d.,]*")  # the number a qualifier stands right before
# between a range's first bound or an alternative and the amount: "20.000 - ", "68.000 und ", "5.000 €
# bis ", "602 bzw. ", "20 % bzw. "
_RANGE_JOIN = re.compile(r"\s*(?:€|EUR|Euro|TEUR|Mio\.?|Millionen|%)?\s*(?:-|–|bis|und|oder|bzw\.)\s*")


def cue(conf: Config, texts: list[str], but: str = "") -> str | None:
    """The type of the cue nearest to the end of the first text, else in the next ones,
    skipping the type ``but``."""
    types = [(name, p) for name, p in conf.types if name != but]
    return next((kind for text in texts if text and (kind := nearest(types, text))), None)


LIMIT_REACH = 60  # characters before an amount where the words of its limit stand


def is_limit(conf: Config, before: str, sentence: str) -> bool:
    """Whether an amount is a limit of a rule, no cost: after the noun of a limit or a rounding
    note ("ab einer Wertgrenze von", "auf volle"), or after a bound ("größer als", "ab") in a
    sentence about who decides or how it is awarded (``before``: the text just before the amount,
    collapsed; ``sentence``: its sentence)."""
    before = before[-LIMIT_REACH:] + " "
    return bool(conf.limit.search(before) or (conf.bound.search(before) and conf.rule.search(sentence)))
