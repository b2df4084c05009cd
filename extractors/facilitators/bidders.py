"""A table of bidders ("Bieter   Angebot (brutto)   Rang" over a row per bidder) names those who offered:
the one engaged is only the row its last cell marks as the winner (the first rank, "Zuschlag"); the others
are no facilitators. A table that names its bidders by a code alone ("A", "B", "2") names no one: the winner
is the organisation a later sentence sets in apposition to its code ("Das wirtschaftlichste Angebot hat der
Bieter B abgegeben, das Institut X, Ort."), else no row. Nor is a bidder that withdrew its offer ("Die X GmbH,
deren Angebot zur Annahme vorgeschlagen war, hat ihr Angebot zurückgezogen")."""

from __future__ import annotations

import re

from pipeline.lang.de.closed_class import alternation
from pipeline.lang.de.money import find_money
from pipeline.structure.prose import VIEW, Unit

from .names import Found, candidates
from .rules import Rules


def bidder_rows(text: str, unit: Unit, n: int, r: Rules) -> list[Found] | None:
    """The names of the winning rows of a table of bidders, read up to the row's first amount, that
    amount their fee; None where ``unit`` opens with no bidders' header."""
    head = _header(text, unit, r)
    if head is None:
        return None
    out: list[Found] = []
    at = text.find("\n", head, unit.end)
    while 0 <= at < unit.end:
        start = at + 1
        at = text.find("\n", start, unit.end)
        end = at if at >= 0 else unit.end
        if not r.winner.search(text[start:end]):
            continue
        money = find_money(text, start, end)
        code = _CODE.match(text, start, money[0].start if money else end)
        if code is not None:  # "B        27.965,00 €   …   1": the bidder by its code alone
            named = _decoded(text, unit.end, code.group("code"), n, r)
        else:
            named = candidates(text, start, money[0].start if money else end, n, r, whole=True, method="list")
        for f in named:  # the row's offer is the fee
            f.amounts.extend((False, m.amount) for m in money[:1])
        out.extend(named)
    return out


def _header(text: str, unit: Unit, r: Rules) -> int | None:
    """Where the bidders' header opens ``unit``: at its start, or on the line after its lead-in's colon
    where an export ran the table into the sentence leading it in ("Alle drei haben angeboten:" / "Bieter
    Angebot (brutto) Rang" / rows); None where it has none."""
    if r.bidders.match(text[unit.start : unit.end]):
        return unit.start
    colon = _LEAD_IN_END.search(text, unit.start, unit.end)
    return colon.end() if colon is not None and r.bidders.match(text[colon.end() : unit.end]) else None


_LEAD_IN_END = re.compile(r":[ \t]*\n")
# a bidder's code alone in the first cell of its row: a capital letter or a number ("B", "2"), the gap after it
_CODE = re.compile(r"[ \t]*(?P<code>[A-Z]|\d{1,2})(?:[ \t]{2,}|\t)")
# the bidder noun and a code after the table: "… hat der Bieter B abgegeben, das Institut X, Ort."
_CODED = r"\b(?:Bieter|Anbieter|Bewerber)(?:in)?[ \t\n]+{}(?![\wäöüß])"
_APPOSITION = re.compile(r"[^,.;]*,[ \t\n]+")
_DECODE_REACH = 1500  # characters after the table where the sentence naming its coded winner may stand


def _decoded(text: str, after: int, code: str, n: int, r: Rules) -> list[Found]:
    """The organisation a sentence after the table names in apposition to a bidder's code ("… hat der Bieter
    B abgegeben, das Institut X (IGS), Kirn."), read from the apposition to the sentence's end; none where
    no sentence within reach names the code so."""
    end = min(len(text), after + _DECODE_REACH)
    m = re.search(_CODED.format(re.escape(code)), text[after:end])
    if m is None:
        return []
    at = after + m.end()
    stop = next((b for a, b in VIEW.split(text, after, end) if a <= at < b), end)
    comma = _APPOSITION.match(text, at, stop)
    if comma is None:
        return []
    named = candidates(text, comma.end(), stop, n, r, method="prose")
    return [f for f in named if f.organisation and not f.name][:1]


def drop_withdrawn(text: str, unit: Unit, found: list[Found], first: int, r: Rules) -> None:
    """The names read from the sentence ``unit`` (``found[first:]``) less those of its clause that
    withdraws an offer, from the clause's start up to the withdrawing verb ("Die X GmbH, deren Angebot
    zur Annahme vorgeschlagen war, hat ihr Angebot zurückgezogen"; "Nachdem X abgesagt hat, wird Y
    beauftragt": Y stays); a name also standing outside that clause stays."""
    if len(found) == first:  # no name read from the sentence (most): nothing to drop
        return
    verb = r.withdrawn.search(text, unit.start, unit.end)
    if verb is None:
        return
    start = max((m.end() for m in r.agency.clause.finditer(text, unit.start, verb.start())), default=unit.start)
    end = _clause_end(text, verb.end(), unit.end)
    inside, outside = text[start:end], text[unit.start : start] + " " + text[end : unit.end]
    flat = (" ".join(inside.split()), " ".join(outside.split()))

    def withdrew(f: Found) -> bool:
        names = [v for v in (f.name, f.organisation) if v]
        return any(v in flat[0] for v in names) and not any(v in flat[1] for v in names)

    found[first:] = [f for f in found[first:] if not withdrew(f)]


def drop_compared(text: str, unit: Unit, found: list[Found], first: int) -> None:
    """The names read from the sentence ``unit`` (``found[first:]``) dropped where the sentence sets two
    offers side by side and awards neither ("Zwei Angebote erreichten dieselbe Punktzahl: das Angebot der X
    GmbH, Ort, und das Angebot des Instituts Y e. V., Ort."): it compares bidders, it engages no one; the
    one chosen is read where it is engaged."""
    if len(found) == first:
        return
    sentence = text[unit.start : unit.end]
    if _SIDE_BY_SIDE.search(sentence) and not _AWARDED.search(sentence):
        del found[first:]


# two offers named side by side: "das Angebot der X GmbH, Ort, und das Angebot des Y e. V."
_OF = alternation("linking_articles")
_SIDE_BY_SIDE = re.compile(rf"\bAngebot\s+(?:{_OF})\s[^.;:]{{3,120}}?\sund\s+(?:das\s+)?Angebot\s+(?:{_OF})\s")
# a word of the award in that sentence: the bidder it names is engaged ("…; den Zuschlag erhält die X GmbH")
_AWARDED = re.compile(r"(?i)\b(?:Zuschlag|beauftrag\w*|vergeben|erhält|erhielt|gezogen|ausgewählt)\b")


def _clause_end(text: str, at: int, end: int) -> int:
    """Where the clause that runs on after a verb at ``at`` ends: its next comma or semicolon, or ``end``."""
    cut = min((i for i in (text.find(",", at, end), text.find(";", at, end)) if i >= 0), default=end)
    return cut
