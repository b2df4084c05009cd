"""What the sentences about a group state besides its members: its chair, its size and its seats
per sector (the patterns of ``resources/steering.yaml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.fastre import Matcher, prefiltered
from extractors.german import enumerations
from extractors.resources import Resources, typed
from pipeline.lang.de.closed_class import words
from pipeline.lang.de.names import CAPITAL, SALUTE, TITLE
from pipeline.structure.prose import Layout

from . import sectors
from .items import list_item
from .members import Chair, MemberRow
from .name_blocks import name_start
from .office_over import office_alone


@dataclass(frozen=True)
class FactRules:
    chair: tuple[Matcher, ...]  # these are tried only where their leading words occur
    deputy: tuple[Matcher, ...]
    size: tuple[Matcher, ...]
    seat: re.Pattern[str]
    seat_sectors: tuple[tuple[str, Matcher], ...]


def fact_rules(res: Resources) -> FactRules:
    """The chair, size and seat patterns of ``steering.yaml`` (built once per resource set)."""
    return res.compiled(build_fact_rules)


def build_fact_rules(res: Resources) -> FactRules:
    d = typed.steering(res)  # its patterns checked on load, ``{number}`` filled in
    num = d.number

    def fast(pattern: str) -> Matcher:  # tried only where its leading words occur
        return prefiltered(pattern.replace("{number}", num), re.M)

    return FactRules(
        tuple(fast(e.pattern) for e in d.chair_patterns),
        tuple(fast(e.pattern) for e in d.deputy_patterns),
        tuple(fast(e.pattern) for e in d.size_patterns),
        re.compile(r"(?P<je>\bje\s+)?\b" + num + r"\s+" + d.seat_nouns, re.M),
        tuple((e.id, fast(e.pattern)) for e in d.seat_sectors),
    )


def find_chair(
    layout: Layout, units: list[int], rules: FactRules, res: Resources, own: tuple[int, ...] = ()
) -> Chair | None:
    """The first chair a pattern finds ("unter dem Vorsitz des ...", "Die Leitung übernahm ..."); one
    naming the body it chairs (group `of`: "Vorsitzende des Fachkreises ist …") only where that is a
    mention of the group (its start among ``own``)."""
    text = layout.flat.text
    for u in units:
        unit = layout.units[u]
        piece = text[unit.start : unit.end]  # (one string for the patterns: lowercased once for all)
        for rx in rules.chair:
            m = rx.search(piece)
            if not m or "of" in m.re.groupindex and m.group("of") and unit.start + m.start("of") not in own:
                continue
            if m.group("chair").islower() and len(m.group("chair")) == 1:  # "das unter Buchst. a genannte Mitglied"
                lettered = _lettered(text, unit.start, m.group("chair"), res)
                if lettered is None:
                    continue
                return lettered
            raw = chair_phrase(m.group("chair").strip(" \t\n.:"))
            start = unit.start + m.start("chair")
            named = _named_after(piece, m.start("chair") + len(raw))
            office = None
            if named is not None and (not sectors.is_person(raw) or name_start(raw) is None):
                # "die Beigeordnete für Soziales, Frau X", "vom Ersten Stadtrat, Herrn X": X
                office = enumerations.nominative(raw, res).name or None
                raw, start = named["person"], unit.start + named.start("person")
            elif (within := _person_within(raw)) is not None:  # "der Referentin für Soziales, Frau X, die …"
                office = enumerations.nominative(raw[: within - 1], res).name or None
                raw, start = raw[within:].strip(), start + within + len(raw[within:]) - len(raw[within:].lstrip())
            value = enumerations.nominative(_CAPITAL_AFTER_HYPHEN.sub("-", raw), res).name
            if value and len(value.split()) <= 8:
                # the article before an office no part of the name ("der Erste Kreisrat Jonas Weber")
                # an office alone in a sentence ("Den Vorsitz führt die Erste Stadträtin."), no person's name; under a
                # label ("Vorsitz:" / "Erster Bürgermeister") the office sits as the chair of a list of members
                labelled = piece[: m.start("chair")].rstrip().endswith(":")
                alone = not labelled and office_alone(value, res)
                person = sectors.is_person(raw) and not alone or name_start(value) is not None
                return Chair(value, start, start + len(raw), person, office)
    return None


_LETTERED_BACK = 4000  # characters before the sentence a lettered list naming the chair may stand in


def _lettered(text: str, at: int, letter: str, res: Resources) -> Chair | None:
    """The chair a sentence names by the letter of a list's entry ("Den Vorsitz führt das unter Buchst. a
    genannte Mitglied"): the member of the last entry before ``at`` whose line opens with that letter
    ("a) Kreisdirektor Dr. Anna Beispiel, Kreis Nord,")."""
    start = max(0, at - _LETTERED_BACK)
    entries = list(re.finditer(rf"(?m)^[ \t]*{letter}\)[ \t]+(?P<entry>[^\n]+)", text[start:at]))
    if not entries:
        return None
    rows: list[MemberRow] = []
    list_item(rows, text, start + entries[-1].start("entry"), start + entries[-1].end("entry"), None, res)
    return Chair(rows[0].value, rows[0].start, rows[0].end, sectors.is_person(rows[0].value)) if rows else None


def find_deputy(layout: Layout, units: list[int], rules: FactRules) -> MemberRow | None:
    """The chair's deputy a sentence names, when a person ("stellvertretende Vorsitzende ist Anna Beispiel,
    Leiterin des Sozialamts"): a member, the person without the office words before the name, what the
    apposition after it says their label."""
    text = layout.flat.text
    for u in units:
        unit = layout.units[u]
        piece = text[unit.start : unit.end]
        for rx in rules.deputy:
            m = rx.search(piece)
            if m is None:
                continue
            words = list(re.finditer(r"\S+", m.group("deputy")))
            found = None
            for n in range(2, min(len(words), _DEPUTY_WORDS) + 1):
                phrase = m.group("deputy")[: words[n - 1].end()]
                at = name_start(phrase.rstrip("."))
                if at is not None:
                    found = (at, len(phrase.rstrip(".")))
                if phrase.endswith(".") and not _TITLE_END.search(phrase):
                    break  # the sentence ends
            if found is None and (named := _named_after(piece, m.end("deputy"))) is not None:
                # an office and the person in an apposition after it ("der Leiter des Sozialamts, Herr Max Beispiel")
                salute = _SALUTED.match(piece, named.start("person"))
                a = unit.start + (salute.end() if salute else named.start("person"))
                b = unit.start + named.end("person")
                return MemberRow(a, b, " ".join(text[a:b].split()), " ".join(m.group("deputy").split()), method="prose")
            if found is None:
                continue
            a, b = unit.start + m.start("deputy") + found[0], unit.start + m.start("deputy") + found[1]
            after = _APPOSITION.match(text, b, unit.end)
            office = " ".join(after.group(1).split()) if after else None
            return MemberRow(a, b, " ".join(text[a:b].split()), office, method="prose")
    return None


_SALUTED = re.compile(rf"{SALUTE}[ \t\n]+")
_DEPUTY_WORDS = 6  # office words, titles and a name
_TITLE_END = re.compile(rf"{TITLE}$")
_APPOSITION = re.compile(r",[ \t\n]*([^,;.()]+)")


# a hyphen ending a line before a capital: a double name or compound set over two lines ("Dr. Anna Berg-" /
# "Yilmaz geleitet"), its hyphen kept, the line break dropped
_CAPITAL_AFTER_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\n[ \t]*(?=[A-ZÄÖÜ])")
# the person an office chairing is named by in an apposition after it: ", Frau Dr. Anna Beispiel."
_NAMED = re.compile(
    rf",[ \t\n]*(?P<person>{SALUTE}[ \t\n]+(?:{TITLE}[ \t\n]*)*"
    rf"{CAPITAL}[\w-]+(?:[ \t\n]+{CAPITAL}[\w-]+){{0,2}})"
    r"[ \t\n]*(?:[.,;()]|$)"  # a party's bracket after the name ("Herr Max Beispiel (SPD)")
)
# an office's remit going on after a comma before the person's apposition ("die Beigeordnete für Bildung,
# Soziales und Kultur, Frau Dr. Anna Beispiel"): one more comma and words without a sentence's stop
_REMIT_GOES_ON = re.compile(r",[^,;.()]{1,60}?(?=,)")


def _person_within(raw: str) -> int | None:
    """Where the part naming the person a chair's words name after its office starts: just after the
    last comma ("Referentin für Soziales, Jugend und Gesundheit, Frau Dr. Anna Beispiel"), when that part
    names a person and the words before it none; else None.

    >>> _person_within("Referentin für Soziales, Jugend und Gesundheit, Frau Dr. Anna Beispiel")
    47
    >>> _person_within("Frau Dr. Anna Beispiel"), _person_within("Amt für Jugend, Familie und Soziales")
    (None, None)
    """
    head, comma, tail = raw.rpartition(",")
    if not comma or not sectors.is_person(tail.strip()) or sectors.is_person(head):
        return None
    return len(head) + 1


def _named_after(piece: str, at: int) -> re.Match[str] | None:
    """The person an office chairing is named by in an apposition after it, right after its words or
    after its remit named further (up to two more commas)."""
    for _ in range(3):
        named = _NAMED.match(piece, at)
        if named is not None:
            return named
        more = _REMIT_GOES_ON.match(piece, at)
        if more is None:
            return None
        at = more.end()
    return None


_CHAIR_LINKS = words("linking_articles", "prepositions", "contractions", "conjunctions") | {"e.V.", "e.", "V."}


def chair_phrase(raw: str) -> str:
    """The words of a chair up to the verb or adverb after them ("des Bürgermeisters viermal
    im Jahr" -> "des Bürgermeisters"); a name's complement and adjectives stay.

    >>> chair_phrase("des Fachbereichs Jugend, Familie und Soziales konstituiert")
    'des Fachbereichs Jugend, Familie und Soziales'
    """
    words = list(re.finditer(r"\S+", raw))
    end = len(raw)
    for k, w in enumerate(words):
        word = w.group().strip(",")
        if k == 0 or word[:1].isupper() or word in _CHAIR_LINKS or not word[:1].isalpha():
            continue
        adjective = re.search(r"(?:e|en|er|es|em)$", word) and k + 1 < len(words) and words[k + 1].group()[:1].isupper()
        if not adjective:
            end = w.start()
            break
    return raw[:end].rstrip(" ,;")


def find_size(layout: Layout, units: list[int], rules: FactRules) -> int | None:
    """A stated maximum or count of persons; patterns in order of preference."""
    text = layout.flat.text
    for rx in rules.size:
        for u in units:
            m = rx.search(text, layout.units[u].start, layout.units[u].end)
            if m:
                return sectors.number(m.group("n"))
    return None


# a paragraph of rules of procedure, numbered in brackets ("(1) Dem Beirat gehören an:"), and the line
# that opens the next article ("§ 3 Sitzungen")
_RULES_PARAGRAPH = re.compile(r"[ \t]*\((?P<num>\d{1,2})\)[ \t]")
_ARTICLE = re.compile(r"[ \t]*§")


def find_rules_size(text: str, starts: tuple[int, ...], rules: FactRules) -> int | None:
    """The size the later paragraphs of a group's article of rules state, when the group's sentence opens a
    numbered paragraph ("§ 2 Zusammensetzung" / "(1) Dem Lenkungskreis gehören … an:" / … / "(3) Die Zahl
    der stimmberechtigten Mitglieder darf 15 nicht übersteigen."): the paragraphs numbered on after it, up to
    the next article, a number out of turn, or a blank line followed by no numbered paragraph."""
    for start in starts:
        line = text.rfind("\n", 0, start) + 1
        first = _RULES_PARAGRAPH.match(text, line)
        if first is None:
            continue
        number, pos, blank = int(first["num"]), line, 0
        stretch: list[tuple[int, int, int]] = []
        while (nl := text.find("\n", pos)) >= 0 and len(stretch) < 60:
            pos = nl + 1
            stop = text.find("\n", pos)
            row = text[pos : len(text) if stop < 0 else stop]
            m = _RULES_PARAGRAPH.match(row)
            if not row.strip():
                blank += 1
                continue
            if _ARTICLE.match(row) or (m is None and blank) or (m is not None and int(m["num"]) != number + 1):
                break  # the next article, text after a blank line that numbers no paragraph, a number out of turn
            number, blank = int(m["num"]) if m else number, 0
            stretch.append((pos, pos + len(row), number))
        for rx in rules.size:
            for a, b, n in stretch:
                if n > int(first["num"]) and (m := rx.search(text, a, b)):
                    return sectors.number(m.group("n"))
    return None


def find_seats(text: str, start: int, end: int, rules: FactRules) -> tuple[dict[str, int], dict[str, int]]:
    """Seats per sector, stated one by one ("sechs Vertreter/innen der Stadtverwaltung",
    "Mitglieder aus der Verwaltung - 7 Personen") and shared ("je 6 Vertretern aus ...")."""
    hits = list(rules.seat.finditer(text, start, end))
    seats: dict[str, int] = {}
    shared: dict[str, int] = {}
    for i, m in enumerate(hits):
        n = sectors.number(m.group("n"))
        stop = hits[i + 1].start() if i + 1 < len(hits) else end
        if n is None:
            continue
        if m.group("je"):
            window = text[m.end() : stop].split(".")[0]
            shared.update({sector: n for sector, rx in rules.seat_sectors if rx.search(window)})
            continue
        after = re.split(r"[,;()]", text[m.end() : stop])[0]
        before = re.split(r"[,;(]", text[start : m.start()])[-1]
        for window in (after, before):
            found = sorted((h.start(), sector) for sector, rx in rules.seat_sectors if (h := rx.search(window)))
            if found:
                seats[found[0][1]] = n
                break
    return seats, shared
