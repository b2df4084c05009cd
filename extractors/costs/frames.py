"""The frames of a sentence that type an amount over its nearest cue, and where a form's field
ends: a share of the costs a public body takes on is a grant ("Der Landkreis erklärt sich
bereit, sich an den Personalkosten … bis zu einem Höchstbetrag von 14.000 € zu beteiligen"); the
base of a percentage names no amount ("10 % der Gesamtkosten"); a day rate of a person or for a
service, and an offer for a service, are fees (external support); the lines of a form's other
fields above a sentence are no part of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.lang.de.closed_class import CLASSES, alternation
from pipeline.structure import View

from .kinds import Config, amount_clause, nearest

# the base of a share: "10 % der Gesamtkosten", "50 Prozent der förderfähigen Ausgaben" (an
# adjective in lower case, then the noun)
_BASE = re.compile(rf"(?P<share>%|\bProzent)\s+(?:{alternation('linking_articles')})\s+(?:[a-zäöüß][\w-]*\s+)?[\w-]+")


def unshared(conf: Config, text: str) -> str:
    """``text`` without the base of a percentage: a cue there names what the share is of, not
    the amount ("… in Höhe von 10 % der Gesamtkosten bis zu 14.000 €" is no total). The word of
    eligible costs stays: the share is a grant's rate ("bis zu 90 % der förderfähigen
    Aufwendungen, höchstens 5.000 €" is a grant; ``eligible`` of ``costs.yaml``).

    >>> from extractors import load_resources
    >>> from extractors.costs.kinds import config
    >>> conf = config(load_resources())
    >>> unshared(conf, "ein Eigenanteil von 10 % der Gesamtkosten bis zu")
    'ein Eigenanteil von 10 % bis zu'
    >>> unshared(conf, "bis zu 90 % der förderfähigen Aufwendungen, höchstens")
    'bis zu 90 % förderfähigen, höchstens'
    """

    def base(m: re.Match[str]) -> str:
        eligible = conf.eligible.search(m.group(0))
        return f"{m.group('share')} {eligible.group(0)}" if eligible else m.group("share")

    return _BASE.sub(base, text)


def co_funding(conf: Config, text: str, s: int, e: int, at: int) -> bool:
    """Whether the amount at ``at`` stands in or after a public body's share of the costs in
    its sentence ``text[s:e]`` (``share`` of ``costs.yaml``): "Die Stadt beteiligt sich an den
    Kosten mit 5.000 €" is a grant to the one who bears them, whatever the costs' nouns."""
    m = conf.share.search(text, s, e)
    return m is not None and m.start() < at


_DAY_RATE_REACH = 60  # characters before an amount where its rate's noun stands


def service_fee(conf: Config, left: str, sentence: str, before: Callable[[], str]) -> bool:
    """Whether an amount without a cue of its own is a fee: a day or hour rate ("der Tagessatz
    beträgt 1.100 €") in a sentence naming a person or a service ("Frau A. antwortete, dass …",
    "ein Konzept"), or after one naming the person ("… Frau A. … Sie hat einen Tagessatz von 1.100 €
    angeboten"), but no lodging or care ("Tagessatz pro Person in der Unterkunft"), or an
    offer ("Das Angebot über 35.000 € …") where its sentence or the one before (``before()``, read
    only for an offer) names the service it is for ("die Erstellung eines Konzepts"; a cue of
    external support in the sentence before may be another's: "Abfallberatung"), or an agent of
    support ("das wirtschaftlichste Angebot des Instituts …", "… soll die X Institut GmbH beauftragt
    werden. Das Angebot beläuft sich auf …")."""
    near = amount_clause(left[-_DAY_RATE_REACH:])
    if conf.fee_rate.search(near):  # the agent in the sentence, or before it where a pronoun stands for it
        agent = conf.agent.search(sentence) or conf.service.search(sentence) or conf.offer_agent.search(before())
        return bool(agent) and not conf.care.search(sentence)
    if conf.fee.search(near):  # a contract's pay for the support its sentence or the one before names
        support = next(p for name, p in conf.types if name == "external_support")
        return bool(support.search(sentence) or support.search(before()))
    if conf.offer.search(near) or conf.offer.search(sentence[:_OFFER_HEAD]):
        # an offer of a service, or of an agent of support named in it or just before, or one that
        # the sentence before asked for a service of support ("Für die Prozessbegleitung wurden
        # drei Büros um ein Angebot gebeten." / "Wirtschaftlichstes Angebot: …, mit 32.000 €")
        named = conf.service.search(sentence) or conf.offer_agent.search(sentence)
        return bool(
            named
            or (prior := before())
            and (conf.service.search(prior) or conf.offer_agent.search(prior) or asked_for_support(conf, prior))
        )
    return False


def changed_fee(conf: Config, text: str, s: int, at: int, sentence: str, before: Callable[[], str]) -> bool:
    """Whether the amount at ``at`` is the step or the new value of a change of a contract's pay in its
    sentence starting at ``s`` ("Die Vergütung erhöht sich um 4.760 € auf insgesamt 17.160 €";
    ``fee_change`` of ``costs.yaml``), where its sentence or the one before (``before()``) names the
    support it is paid for ("Die Auftragnehmerin moderiert zusätzlich vier Sitzungen."): the new total
    of a fee is the fee, no total of the costs."""
    if not conf.fee_change.search(text, s, at):
        return False
    support = next(p for name, p in conf.types if name == "external_support")
    return bool(support.search(sentence) or support.search(before()))


_OFFER_HEAD = 30  # characters of a sentence's start where the offer it is about stands ("Wirtschaftlichstes Angebot:")


def asked_for_support(conf: Config, sentence: str) -> bool:
    """Whether ``sentence`` asks for offers of external support: an offer and a cue of support in it."""
    support = next(p for name, p in conf.types if name == "external_support")
    return bool(conf.offer.search(sentence) and support.search(sentence))


# a line that goes on into the next one: it ends in a comma, a colon, a hyphen, an article, a
# preposition or a conjunction ("Vertreter des" / "Jobcenters", "Zahlungen an" / "Partner")
_GOES_ON = re.compile(rf"(?:[,:;/(–-]|\b(?:{alternation(*CLASSES)}))\s*$", re.I)
FILL = 0.75  # a line whose next word would have filled it to this share of the widest line ended
WIDE = 50  # characters of the widest line of a sentence that is set as prose


def field_start(sv: View, s: int, e: int, at: int) -> int:
    """Where the sentence ``text[s:e]`` of the amount at ``at`` starts once the lines of a form's
    other fields above it are cut off. A line without end punctuation that the next line's first
    word would have fitted on ended there: the label or heading of what follows. Over a sentence
    set as prose (a full line at least between that line and the amount's line; cells stacked
    one per line are none) the lines above the last such line are other fields: "Betroffene
    Produktgruppe" / "11.06.01 – Förderung von Kindern" / "Auswirkungen auf den Finanzplan" /
    "Die Beschlüsse führen zu …" / "… um 1,2 Mio. €" starts at "Auswirkungen". A line right above
    the amount's line is its label or the first part of a wrapped item ("Invest.-Zuschuss
    Ortsumgehung" / "An der Zuckerfabrik 110.000,00 €"): nothing is cut there."""
    text = sv.text
    rows = [r for r in sv.lines_in(s, e) if r.text.strip()]
    # the whole lines, the first one from where it starts before the sentence
    full = [text[max(text.rfind("\n", 0, r.start), text.rfind("\f", 0, r.start)) + 1 : r.end].rstrip() for r in rows]
    width = max((len(f) for f in full), default=0)
    if width < WIDE:
        return s
    here = next((k for k, r in enumerate(rows) if r.start <= at <= r.end), None)
    if here is None:
        return s
    for k in range(here - 1, -1, -1):
        line, nxt = full[k], rows[k + 1].text.split()
        if _GOES_ON.search(line) or not nxt:
            continue
        if len(line) + 1 + len(nxt[0]) <= FILL * width:
            prose = any(len(f) > FILL * width for f in full[k + 1 : here])
            return rows[k].start if prose else s
    return s


def placed(conf: Config, left: str, after: str, kind: str | None) -> str | None:
    """``kind``, but ``budget`` for the town's own share (``remainder``: a remainder, ``other``) whose
    amount's words after it place it in the budget ("Der Eigenanteil von 9.000 € ist im Haushalt
    2023 … veranschlagt.", "… die Eigenmittel der Stadt von 11.660 EUR stehen im Produkt … zur Verfügung").

    >>> from extractors import load_resources
    >>> from extractors.costs.kinds import config
    >>> conf = config(load_resources())
    >>> placed(conf, "Der Eigenanteil von", "ist im Haushalt 2023 veranschlagt.", "other")
    'budget'
    >>> placed(conf, "Der Eigenanteil der Stadt beträgt", "und verteilt sich auf zwei Jahre.", "other")
    'other'
    """
    if kind != "other" or not conf.remainder.search(left):
        return kind
    budget = [(name, p) for name, p in conf.types if name == "budget"]
    return "budget" if nearest(budget, "", after) else kind
