"""The clauses around an amount in prose: what an adverb of the whole sums, a revenue's clause, the
purpose noun beside an allocation's words, the words in brackets after a cue, and which words of a
sentence of joined amounts belong to the amount before ("… 7.140 € für die Moderation und 11.160 €
für Druck").
"""

from __future__ import annotations

import re

from extractors.base import collapse
from pipeline.lang.de.closed_class import ARTICLES, CLASSES, alternation
from pipeline.lang.de.money import Money, find_money

from .kinds import Config, amount_clause, nearest
from .years import CONJUNCTIONS

LEAD_IN_TYPES = ("budget", "grant")  # the types a lead-in, a list's end or an adverb of the whole passes on

# between amounts joined in one enumeration: "10.000 €, … 30.000 € und … 10.000 € veranschlagt"
JOINED = re.compile(rf",|;|\bbzw\.|\b(?:{CONJUNCTIONS})(?!\w)")
# what the amount before it is for ("für Übersetzungen", "für die Moderation"; no year: "für 2020"),
# or what it goes to ("Davon entfallen 18.000 € auf die Moderation, 8.000 € auf Übersetzungen …")
# ("für die wissenschaftliche Begleitung": an adjective or two before the noun; "Honorar für die Begleitung": the
# amount's own noun before)
OWN_PURPOSE = re.compile(
    rf"\s*(?:[A-ZÄÖÜ][\w-]+\s+)?(?:für|auf)\s+(?:(?:{alternation(*ARTICLES)})\s+)?(?:[a-zäöüß][\w-]*e[mnrs]?\s+){{0,2}}"
    r"(?!(?:Haushalts)?[Jj]ahr)[A-ZÄÖÜ]"
)
# or its noun alone on the amount's line up to the join ("davon 3.800,00 € Moderation, 6.200,00 € Dolmetschen und …"),
# not the next row's label on the line after it
OWN_NOUN = re.compile(r"[ \t]*[A-ZÄÖÜ][\w-]+\s*")
# the noun right after an amount on its line, whose money it names ("… und 29.500,00 € Sachkosten für …")
HEAD_NOUN = re.compile(r"[ \t]+([A-ZÄÖÜ][\w-]+)\b(?![ \t]*(?:\d|[-–:]))")


BRACKETED = re.compile(r"\([^()]*\)")
PARTS = re.compile(r"\([^()]*,[^()]*\)")  # a bracket listing parts: "(Sachkosten, Evaluation, Sprachmittlung)"


def unbracketed(conf: Config, left: str, right: str) -> tuple[str, str]:
    """``left`` without what brackets hold where a cue stands outside them: "Die Gesamtkosten des
    Verfahrens (Werkstätten, Dolmetschung, Druck) werden auf rund …" names what the total holds,
    not the amount's type; "Landesförderung (80 %)" keeps its cue."""
    bare = BRACKETED.sub(" ", left)
    return (bare, right) if bare != left and nearest(conf.types, bare) else (left, right)


def mixed_parts(conf: Config, left: str) -> bool:
    """Whether the words before an amount end in a bracket listing parts of more than one kind, with no cue
    outside the brackets: "Seniorenplan (Befragung, Moderation, Druck), 2025–2027" is the sum of its parts,
    a total, not the kind of its nearest part; "Sachkosten (Miete, Honorare)" names its own kind."""
    found = list(PARTS.finditer(left))
    if not found or nearest(conf.types, BRACKETED.sub(" ", left)):
        return False
    kinds = {name for name, p in conf.types if p.search(found[-1].group(0))}
    return len(kinds) > 1


def after_first_join(text: str, a: int, lo: int, s: int, money: Money) -> str | None:
    """The words before an amount after the first comma or "und" behind the amount before it in its
    sentence: those up to it are that amount's ("… jährlich 40.000 € benötigt, über drei Jahre
    insgesamt 120.000 €"); None where no amount stands before it in its sentence."""
    if not a == lo > s or (join := JOINED.search(text, a, money.start)) is None:
        return None
    return collapse(text[join.end() : money.start])


def summed(conf: Config, left: str, right: str, own: str | None = None) -> str | None:
    """The type of the cue nearest to an amount; an adverb of the whole ("insgesamt") sums what
    its sentence names: over a revenue it sums income, no total cost ("Die Mindererträge betragen
    insgesamt 500 €" is other), over grants or an allocation it sums those ("drei Zuwendungen in
    Höhe von insgesamt 500 €" is a grant, "… stehen insgesamt 500 € zur Verfügung" an allocation);
    the words up to the first comma or "und" after an amount before it in the sentence (``own``: the
    rest) are that amount's ("… jährlich 40.000 € benötigt, über drei Jahre insgesamt 120.000 €" is a
    total); "Die Kosten betragen insgesamt 500 €" and "Die Personalkosten betragen insgesamt 500 €" are totals
    (a sum of fees or of staff costs may hold other costs: "… insgesamt 115 TSD Euro (Personalkosten
    von 100.000 Euro und Sachkosten von 15.000 Euro)").

    >>> from extractors import load_resources
    >>> from extractors.costs.kinds import config
    >>> conf = config(load_resources())
    >>> summed(conf, "Die Mindererträge betragen insgesamt", "."), summed(conf, "Die Kosten betragen insgesamt", ".")
    ('other', 'total')
    >>> summed(conf, "Es gingen Zuwendungen in Höhe von insgesamt", "ein.")
    'grant'
    """
    kind = nearest(conf.types, left, right, conf.negation)
    if kind == "grant" and (conf.funds.search(left) or conf.funds.search(right)):
        # the funding of others is what an allocation is for: "für die Förderung von Kursen … bereitgestellt"
        unfunded = nearest(conf.types, conf.funds.sub(" ", left), conf.funds.sub(" ", right), conf.negation)
        kind = "budget" if unfunded == "budget" else kind
    if kind == "grant" and revenue_clause(conf, left, right):
        return "other"
    if kind == "budget":  # what the money is for counts over how it is provided
        return purpose(conf, left, right) or kind
    if kind != "total" or not conf.whole.search(left + " " + right):
        return kind
    if conf.income.search(left):
        return "other"
    # the adverb alone makes no total where the amount's clause names the grants or allocation it
    # sums ("… jährlich 40.000 € benötigt, über drei Jahre insgesamt 120.000 €" sums no allocation)
    own_left = conf.whole.sub(" ", left if own is None else own)
    own_right = re.split(r"[,;]", conf.whole.sub(" ", right), maxsplit=1)[0]
    summed_kind = nearest(conf.types, own_left, own_right, conf.negation)
    return summed_kind if summed_kind in LEAD_IN_TYPES else kind


_CLAUSE_STOP = re.compile(r"[,;:.]")  # the end of an amount's clause after it


def revenue_clause(conf: Config, left: str, right: str) -> bool:
    """Whether the amount's own clause names a revenue and no grant: "Es entstehen Mindereinnahmen
    von 9.000 €, weil die Förderung des Bundes entfällt" is a revenue lost, the grant of the next
    clause its cause.

    >>> from extractors import load_resources
    >>> from extractors.costs.kinds import config
    >>> conf = config(load_resources())
    >>> revenue_clause(conf, "Es entstehen Mindereinnahmen von", ", weil die Förderung entfällt.")
    True
    >>> revenue_clause(conf, "Die Förderung ersetzt Mindereinnahmen von", ".")
    False
    """
    own = amount_clause(left) + " " + _CLAUSE_STOP.split(right, maxsplit=1)[0]
    grants = [(name, p) for name, p in conf.types if name == "grant"]
    return bool(conf.income.search(own)) and nearest(grants, own) is None


PURPOSE_REACH = 120  # characters around an amount where its purpose noun stands
_QUOTED = re.compile(r"„[^“”]*[“”]|\"[^\"]*\"")  # a title: "Beratungsleistungen „… Personalmanagement …“"
_CLAUSE_END = re.compile(r"[,;:☐☒☑]")  # the amount's clause, or a form's next field after it


def purpose(conf: Config, left: str, right: str) -> str | None:
    """The purpose noun beside an allocation's words, in the amount's part of the sentence: "Für
    Druckkosten sind 2.000 € eingeplant" is what the money is for (other), not an allocation;
    "Für Sachkosten sind im Haushaltsplan 15.000 Euro zu etatisieren" material. Only in the
    amount's clause ("Das Personal- und Organisationsreferat wird beauftragt, die … Haushaltsmittel
    in Höhe von …" is an allocation); not a revenue ("Erträge … eingeplant"), a title in quotes, or a
    form's next field after the amount.

    >>> from extractors import load_resources
    >>> from extractors.costs.kinds import config
    >>> conf = config(load_resources())
    >>> purpose(conf, "Für Druckkosten sind", "eingeplant."), purpose(conf, "Im Haushalt sind", "eingestellt.")
    ('other', None)
    >>> purpose(conf, "Für 2031 sind", "im Budget veranschlagt (Sachkosten, Honorare).") is None
    True
    >>> purpose(conf, "Für den Container ist mit einem Ansatz von", "(Miete) zu rechnen.")
    'material'
    """
    left = _CLAUSE_END.split(_QUOTED.sub(" ", left[-PURPOSE_REACH:]))[-1]
    # a bracket after the allocation's words lists its parts ("… im Budget veranschlagt (Sachkosten
    # der Projekte, Evaluation, Sprachmittlung)"): no purpose of the whole
    right = _CLAUSE_END.split(_QUOTED.sub(" ", PARTS.sub(" ", right)[:PURPOSE_REACH]), maxsplit=1)[0]
    return nearest(conf.purposes, left, right)


HEAD_TYPES = ("external_support", "personnel", "material", "grant", "budget")  # the types a head passes on
_FUNCTION_WORD = re.compile(rf"(?:{alternation(*CLASSES)}|(?:19|20)\d\d)", re.I)  # "im", "und", "für", a bare year


def year_conjunct(conf: Config, text: str, s: int, lo: int, money: Money, hi: int | None = None) -> str | None:
    """The type of the head of a sentence whose amounts differ only by their years: "Das Honorar beträgt
    19.500 € im Jahr 2026 und 12.400 € im Jahr 2027" pays a fee in both years. The words between the
    amount before (ending at ``lo``) and this one, or between this one and the next in its sentence (at
    ``hi``: the first year's share of a whole split by years, "Die Kosten der Moderation von 5.652,50 €
    verteilen sich auf 2027 (2.261,00 €) und 2028 (3.391,50 €)"), are years and function words only; the
    head before the sentence's first amount names the type (a purpose, a grant or an allocation, not a
    total, which each year's amount is not)."""
    spans = ([(lo, money.start)] if lo > s else []) + ([(money.end, hi)] if hi is not None else [])
    if not any(_years_joined(conf, text[a:b]) for a, b in spans):
        return None
    first = find_money(text, s, money.start)
    if not first:
        return None
    kind = nearest(conf.types, collapse(text[s : first[0].start]))
    return kind if kind in HEAD_TYPES else None


def _years_joined(conf: Config, between: str) -> bool:
    """Whether ``between`` joins two amounts with years and function words only ("im Jahr 2026 und")."""
    for m in reversed(list(conf.year.finditer(between))):
        between = between[: m.start()] + " " + between[m.end() :]
    return bool(JOINED.search(between)) and all(_FUNCTION_WORD.fullmatch(w) for w in re.findall(r"\w+", between))


_TAX_WORD = re.compile(r"^\s*(?:netto|brutto)\b", re.I)  # "6.800 EUR netto je Jahr"


def rate_sum(conf: Config, text: str, s: int, lo: int, money: Money) -> str | None:
    """The type of the amount before when this one sums its years: an adverb of the whole right after
    an amount with a rate ("Ihr Honorar beträgt 6.500 € je Jahr (…), insgesamt 13.000 €", "… über 6.800
    EUR netto je Jahr, insgesamt 34.000 EUR netto") is the same money over the years, a fee or staff
    costs as the amount before (the purpose nearest before it in the sentence), not a total; None
    otherwise."""
    if lo <= s:
        return None
    between = collapse(text[lo : money.start])
    if not conf.rate.search(_TAX_WORD.sub("", between)) or not conf.whole.search(amount_clause(between)):
        return None
    first = find_money(text, s, money.start)
    return nearest(conf.purposes, collapse(text[s : first[-1].start])) if first else None
