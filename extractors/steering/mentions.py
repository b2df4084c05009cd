"""Group mentions: every mention of a group noun with what names it further, merged into groups
(a named group by its name, a pointing-back mention by the group last mentioned with that noun or
acronym), and the sentences after each mention that speak of it."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate, takewhile

from extractors.fastre import Matcher, prefiltered
from extractors.german import nlp
from extractors.resources import Resources, typed
from extractors.resources.typed import GroupNoun, Steering
from pipeline.lang.de.closed_class import alternation
from pipeline.structure.furniture import RUNNING_HEAD_NUMBERED
from pipeline.structure.prose import Layout

from . import rules as member_rule_set
from . import sectors
from .mail_headers import header_label, in_mail_header
from .profiles import find_sheet


@dataclass
class Mention:
    start: int
    end: int
    noun: str  # the compound as written, nominative singular ("Prozesssteuerungsgruppe")
    qualifier: str  # "„Integrationskonzept“", "Integration" or ""
    parts: tuple[str, ...]  # the two nouns of a pair ("steuerungsgruppe", "begleitgruppe")
    kind: str  # indefinite | definite | none
    tier: str = "steering"  # steering | working | council (steering.yaml)
    acronym: str = ""  # "AKM" of "Arbeitskreis Migration (AKM)"
    unit: int = 0
    established: bool = False
    plural: bool = False  # "Arbeitskreise", "Integrationsforen": groups in general, none named

    @property
    def name(self) -> str:
        name = f"{self.noun} {self.qualifier}".strip()
        return f"{name} ({self.acronym})" if self.acronym and self.qualifier else name

    @property
    def key(self) -> tuple[str, str]:
        # "des Ahlener Bündnisses für Integration" and "des Bündnisses": the alliance's noun names one group
        steered = _OF_BODY.match(f" {self.qualifier}")
        qualifier = steered.group(1) if steered else self.qualifier
        return self.noun.casefold(), re.sub(r"[^\w]", "", qualifier).casefold()


@dataclass
class Group:
    mentions: list[Mention] = field(default_factory=list)
    follow: set[int] = field(default_factory=set)  # units after a mention that speak of it

    @property
    def first(self) -> Mention:
        return self.mentions[0]


@dataclass(frozen=True)
class _Config:
    """``steering.yaml`` for the mentions: the group nouns as one pattern, the words after a noun
    that name the group, the sentences that set one up, the round table, and the file."""

    nouns: Matcher
    qualifier: re.Pattern[str]
    establish: re.Pattern[str]
    round_table: re.Pattern[str]
    data: Steering


def _config(res: Resources) -> _Config:
    """The mention rules of ``steering.yaml`` (built once per resource set)."""
    return res.compiled(_build_config)


def _build_config(res: Resources) -> _Config:
    data = typed.steering(res)
    stems = sorted(
        {s for e in data.entries for s in (e.stem.lower(), (e.plural or "").lower()) if s and " " not in s},
        key=lambda s: (-len(s), s),
    )  # a phrase ("runder tisch") is found by its own pattern
    alt = "|".join(re.escape(s) for s in stems)
    # tried only where a stem occurs (the same matches, sooner)
    nouns = prefiltered(r"(?:" + alt + r")(?P<infl>en|es|e|n|s)?\b")
    return _Config(nouns, re.compile(data.qualifier), re.compile(data.establish), re.compile(data.round_table), data)


# "Steuerungs- und " before "Begleitgruppe": the first half of a pair sharing the head
_PAIR = re.compile(r"(?P<first>[A-ZÄÖÜ][\wäöüß]*)-\s+(?:und|oder|bzw\.?|/)\s+\Z")


# a group noun no entry names: a steering group, of no entry (its id and stem empty)
_ANY_GROUP = GroupNoun("", "", "gruppe", "steering", False, None)


def entry_of(noun: str, data: Steering) -> GroupNoun:
    """The entry of a group noun, written closed or with a hyphen ("Lenkungs-Gruppe"), singular
    or in its plural of another stem ("Integrationsforen").

    >>> from extractors import load_resources
    >>> entry_of("Lenkungs-Gruppe", typed.steering(load_resources())).tier
    'steering'
    """
    flat = noun.casefold().replace("-", "")
    for e in data.entries:
        if flat.endswith(e.stem) or e.plural and flat.endswith(e.plural):
            return e
    return _ANY_GROUP


def _stem_of(noun: str, entry: GroupNoun) -> str:
    """The stem ``noun`` ends in: the entry's, or its plural of another stem."""
    flat = noun.casefold().replace("-", "")
    plural = entry.plural
    return plural if plural and flat.endswith(plural) else entry.stem


def _head(noun: str, data: Steering) -> str:
    return entry_of(noun, data).head


_QUOTED = re.compile(
    r"[ \t]*\n?[ \t]*([„\"“»][^„\"“”»«\n]{1,60}"
    r"(?:\n[^„\"“”»«\n]{1,60})?[“\"”«])"
)
# the word after a group's noun, on its line or the next, never over a blank line ("Sitzung der
# Prozesssteuerungsgruppe" / "" / "Auftaktveranstaltung": cells of a schedule as pdfminer.six sets them)
_NEXT_WORD = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*(?=\S))([A-ZÄÖÜ][\wäöüß-]+(?:\.[A-ZÄÖÜ][\wäöüß-]+)?)")
# a plan's noun named by a topic word after it ("Steuerungsgruppe Handlungsprogramm Integration")
_PLAN = re.compile(r"(?:konzept|plan|programm|strategie|leitbild)$")
_NEXT_TOPIC = re.compile(r"[ \t]+([A-ZÄÖÜ][\wäöüß-]+)")
# an adjective before the topic word ("Lenkungsgruppe Kommunales Integrationsmanagement")
_ADJECTIVE_TOPIC = re.compile(r"[ \t]+([A-ZÄÖÜ][a-zäöüß]+e[nrs]?)[ \t]+([A-ZÄÖÜ][\wäöüß-]+)")
# a verb an export glued to the name's last word ("…managementsetzt sich", "…gruppetrifft")
_GLUED_VERB = re.compile(
    r"(?<=[a-zäöüß]{4})(?:setzt|setzen|trifft|treffen|tagt|tagen|besteht|bestehen|arbeitet|hat|ist|wird)$"
)
_FOR_TOPIC = re.compile(
    r"[ \t]+(?:für|von)[ \t]+((?:Integration|Migration|Teilhabe|Vielfalt|Inklusion|Asyl|Flucht"
    r"|Zuwanderung|Interkultur)\w*|[A-ZÄÖÜ]{2,6}\b)"
)
# "Lenkungsrunde zur Umsetzung des Plans": the purpose the group is named by
_PURPOSE = re.compile(
    r"[ \t]+(?:zur|zum)[ \t]+(?:Umsetzung|Steuerung|Begleitung|Koordinierung|Fortschreibung|Erarbeitung)"
    r"[ \t]+(?:des|der)[ \t]+(?:[a-zäöüß]+[ \t]+)?[A-ZÄÖÜ][\wäöüß-]+"
)
_ACRONYM = re.compile(r"[ \t]*\(([A-ZÄÖÜ][A-ZÄÖÜa-z]{1,5})\)")


@dataclass(frozen=True)
class _Reading:
    """What the rules that find mentions share: the view, its flat text and ``steering.yaml``."""

    layout: Layout
    text: str
    data: Steering
    res: Resources
    stop: frozenset[str] = frozenset()  # words after a noun that name no group ("Sitzung")
    topic: re.Pattern[str] | None = None  # a word after a noun that names the group ("Integration")


def find_mentions(layout: Layout, res: Resources) -> list[Mention]:
    """Every mention of a group noun, with its qualifier and article; a noun in the plural names
    no group and is kept as such (``plural``): a list after it is not the list of a group before.
    Each mention knows its sentence, and whether that sets the group up."""
    conf = _config(res)
    rx, data, establish = conf.nouns, conf.data, conf.establish
    reading = _Reading(layout, layout.flat.text, data, res, frozenset(data.qualifier_stopwords), conf.qualifier)
    out = []
    mail = header_label(res)
    for start, end, noun, infl in sorted(_nouns(reading, rx)):
        if not noun[0].isupper() or reading.text[start - 1 : start] == "-":
            continue
        if in_mail_header(reading.text, start, mail):
            continue  # "Betreff: AW: Preisanfrage Moderation Steuerungsgruppe Integration" in a quoted mail
        entry = entry_of(noun, data)
        plural = infl in data.plural_endings.get(_head(noun, data), ())
        if plural and not _genitive(reading.text, start, infl, data) or _stem_of(noun, entry) != entry.stem:
            out.append(Mention(start, end, noun, "", (), "none", entry.tier, plural=True))
            continue
        out.append(_mention(reading, start, end, noun))
    out += _acronym_mentions(reading.text, out)
    out.sort(key=lambda x: x.start)
    out += _pointing_back(reading, out)
    out.sort(key=lambda x: x.start)
    for mention in out:
        mention.unit = layout.unit_at(mention.start)
        sentence = layout.text(layout.units[mention.unit])
        mention.established = mention.kind == "indefinite" and bool(establish.search(sentence))
    return out


# the words before a noun: its article, an adjective between ("des neuen Fachforums")
_ARTICLE_BEFORE = re.compile(r"([A-Za-zäöüß]+)\s+(?:[a-zäöüß]{3,}e[nrs]?\s+)?\Z")


def _genitive(text: str, start: int, infl: str, data: Steering) -> bool:
    """Whether a noun's "-s" is the genitive singular's, after its article ("des neuen Fachforums")."""
    article = _ARTICLE_BEFORE.search(text, max(0, start - 40), start)
    return infl == "s" and article is not None and article.group(1).casefold() in data.genitive_singular


def _nouns(reading: _Reading, rx: Matcher) -> list[tuple[int, int, str, str]]:
    """The group nouns of the text: (start, end, the noun as written in the singular, its
    inflection), a compound whole ("Prozesssteuerungsgruppe", "Lenkungs-Gruppe"); a head that
    needs a first part naming a body ("Integrationsrunde") not without one ("Gesprächsrunde").

    >>> from extractors import load_resources
    >>> res = load_resources()
    >>> reading = _Reading(None, "Die Lenkungs-Gruppe tagt.", typed.steering(res), res)
    >>> [n[2] for n in _nouns(reading, _config(res).nouns)]
    ['Lenkungs-Gruppe']
    """
    text, data = reading.text, reading.data
    lower = text.lower()  # much faster to search than with re.I; same offsets for German text
    found = rx.finditer(lower) if len(lower) == len(text) else re.compile(rx.pattern, re.I).finditer(text)
    modifiers = set(data.not_group_modifiers)
    nouns: list[tuple[int, int, str, str]] = []
    for m in found:
        start = _compound_start(text, m.start())
        noun = text[start : m.start("infl") if m.group("infl") else m.end()]
        entry = entry_of(noun, data)
        if _other_works(noun, entry, data):
            continue
        if entry.compound:  # a head alone, or after a first part that names no body
            flat = noun.replace("-", "")
            first = flat[: len(flat) - len(_stem_of(noun, entry))].casefold()
            if not first or any(first.rstrip("s").endswith(w.rstrip("s")) for w in modifiers if len(w) > 2):
                continue
            if first in modifiers:
                continue
        nouns.append((start, m.end(), noun, m.group("infl") or ""))
    for m in _config(reading.res).round_table.finditer(text):
        nouns.append((m.start(), m.end(), "Runder Tisch", m.group("infl") or ""))
    return nouns


def _other_works(noun: str, entry: GroupNoun, data: Steering) -> bool:
    """Whether a compound's first part names works other than the process ("Baubegleitkreis")."""
    flat = noun.replace("-", "").casefold()
    first = flat[: len(flat) - len(_stem_of(noun, entry))]
    return first in data.not_process_modifiers


def _compound_start(text: str, start: int) -> int:
    """Where the compound a group noun ends starts, also over a hyphen before a capital.

    >>> _compound_start("die Integrations-Forum", 17)
    4
    """
    while start > 0 and (text[start - 1].isalpha()):  # the whole compound
        start -= 1
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha() and text[start].isupper():
        start -= 1  # written with a hyphen: "Lenkungs-Gruppe", "Integrations-Forum"
        while start > 0 and (text[start - 1].isalpha()):
            start -= 1
    return start


def _mention(reading: _Reading, start: int, end: int, noun: str) -> Mention:
    """The mention of a group noun in the singular: with its qualifier (``_qualifier``), its
    acronym, the first half of a pair sharing its head ("Steuerungs- und Begleitgruppe") and the
    article before it."""
    text, data = reading.text, reading.data
    head = _head(noun, data)
    qualifier, end = _qualifier(reading, start, end)
    acronym = _ACRONYM.match(text, end)
    parts: tuple[str, ...] = ()
    pair = _PAIR.search(text[max(0, start - 60) : start]) if " " not in noun else None
    if pair:
        parts = ((pair.group("first") + head).casefold(), noun.casefold())
        noun = re.sub(r"\s+", " ", pair.group() + noun)
        start -= len(pair.group())
    return Mention(
        start,
        end,
        noun,
        qualifier,
        parts,
        _article(text, start, data),
        entry_of(noun, data).tier,
        acronym.group(1) if acronym else "",
    )


def _qualifier(reading: _Reading, start: int, end: int) -> tuple[str, int]:
    """What names a group after its noun, and where the name ends: a quoted name, a topic word
    (on the next line only inside a paragraph), "für Integration" or a purpose ("zur Umsetzung
    des Plans"); on a profile sheet's heading its topic or abbreviation. ("", ``end``) if none."""
    text = reading.text
    quoted = _QUOTED.match(text, end)
    word = _NEXT_WORD.match(text, end)
    if word and "\n" in word.group() and not text[text.rfind("\n", 0, start) + 1 : start].strip():
        word = None  # a name on the next line only inside a paragraph, not under a heading
    for_topic = _FOR_TOPIC.match(text, end) or _PURPOSE.match(text, end)
    if quoted:
        return re.sub(r"\s+", " ", quoted.group(1)), quoted.end()
    two = _ADJECTIVE_TOPIC.match(text, end)
    if two and (topic := _topic(reading, two.group(2))):
        return f"{two.group(1)} {topic}", two.start(2) + len(topic)
    if word and (topic := _topic(reading, word.group(1))):
        after = _NEXT_TOPIC.match(text, word.start(1) + len(topic)) if _PLAN.search(topic) else None
        if after and (more := _topic(reading, after.group(1))):  # "Handlungsprogramm Integration"
            return f"{topic} {more}", after.start(1) + len(more)
        return topic, word.start(1) + len(topic)
    if for_topic:
        return re.sub(r"\s+", " ", text[end : for_topic.end()].strip()), for_topic.end()
    if (of := _OF_GROUPS.match(text, end)) and _group_plural(reading, of.group(1)):
        return re.sub(r"\s+", " ", of.group().strip()), of.end()
    if (of := _OF_BODY.match(text, end)) and _steered(reading, of.group(1)):
        # "Lenkungsgruppe des Ahlener Bündnisses für Integration": the alliance it steers for, its topic
        close = _FOR_TOPIC.match(text, of.end())
        stop = close.end() if close else of.end()
        return re.sub(r"\s+", " ", text[end:stop].strip()), stop
    if find_sheet(reading.layout, start, reading.res):  # a profile sheet's heading names its group
        line = text[end : text.find("\n", end) % (len(text) + 1)]  # its topic, or its abbreviation alone
        rest = re.match(r"[ \t]+([^()\n]*[^()\s]|\([^()\n]+\)(?=[ \t]*$))", line)
        if rest:
            return rest.group(1), end + rest.end()
    return "", end


# a genitive plural after a group's noun, on its line: "Arbeitskreis der Helferkreise"
_OF_GROUPS = re.compile(r"[ \t]+der[ \t]+([A-ZÄÖÜ][\wäöüß-]+)")


# a genitive singular after a group's noun, an adjective of place before it maybe ("des Ahlener Bündnisses")
_OF_BODY = re.compile(r"[ \t\n]+des[ \t\n]+(?:[A-ZÄÖÜ][\wäöüß-]*er[ \t\n]+)?([A-ZÄÖÜ][\wäöüß-]+?)(?:ses|es|s)\b")


def _steered(reading: _Reading, stem: str) -> bool:
    """Whether a genitive's stem ("Bündnis" of "Bündnisses") is of an organisation kind a group steers for
    (``steered_bodies`` of ``steering.yaml``)."""
    head = nlp.lexicon(reading.res).head(stem)
    return head is not None and head.id in reading.data.steered_bodies


def _group_plural(reading: _Reading, word: str) -> bool:
    """Whether ``word`` is a group noun in the plural ("Helferkreise", "Arbeitsgruppen"): the groups a
    group gathers name it.

    >>> from extractors import load_resources
    >>> res = load_resources()
    >>> reading = _Reading(None, "", typed.steering(res), res)
    >>> _group_plural(reading, "Helferkreise"), _group_plural(reading, "Helferkreis"), _group_plural(reading, "Kinder")
    (True, False, False)
    """
    m = _config(reading.res).nouns.search(word.lower())
    if m is None or m.end() != len(word):
        return False
    noun = word[: m.start("infl")] if m.group("infl") else word
    return (m.group("infl") or "") in reading.data.plural_endings.get(_head(noun, reading.data), ())


def _topic(reading: _Reading, word: str) -> str | None:
    """The word as a topic naming a group ("Integration", "Integrationsmanagement"), without a verb an
    export glued to it ("Integrationsmanagementsetzt"), or a place's name joined to a topic by a dot
    ("Iserlohn.Vielfalt"); None if it is none."""
    place, dot, rest = word.partition(".")
    if dot:  # a name of two words joined by a dot ("Iserlohn.Vielfalt"): a topic after the dot
        return word if _topic(reading, rest) == rest and _topic(reading, place) is None else None
    glued = _GLUED_VERB.search(word)
    for core in (word[: glued.start()], word) if glued else (word,):
        if core not in reading.stop and reading.topic and reading.topic.match(core):
            return core
    return None


def _acronym_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Dem AKM gehören ... an": an acronym a group was given stands for the group."""
    out = []
    for m in mentions:
        if not m.acronym:
            continue
        for hit in re.finditer(r"\b" + re.escape(m.acronym) + r"\b(?!\))", text[m.end :]):
            at = m.end + hit.start()
            out.append(Mention(at, at + len(m.acronym), m.noun, m.qualifier, (), "definite", m.tier, m.acronym))
    return out


@functools.cache
def _pointing_words(heads: frozenset[str]) -> re.Pattern[str]:
    """A group's head noun alone after "dies-" ("dieser Gruppe", "diesem Gremium"), built once."""
    return re.compile(r"\b[Dd]ies(?:e[rsmn]?)\s+(" + "|".join(h.capitalize() for h in sorted(heads)) + r")(?:e?s)?\b")


def _pointing_back(reading: _Reading, mentions: list[Mention]) -> list[Mention]:
    """ "Die Arbeit der Vorbereitungsgruppe … Die Mitglieder dieser Gruppe, …": a group's head noun
    alone after "dies-" stands for the group last named with that head, in its sentence or the one
    before (not the council's bodies: "dieser Ausschuss" may be any)."""
    data, layout = reading.data, reading.layout
    rx = _pointing_words(
        frozenset(e.head for e in data.entries if e.tier != "council" and e.head not in data.council_heads)
    )
    out = []
    for hit in rx.finditer(reading.text):
        unit = layout.unit_at(hit.start(1))
        before = [
            m
            for m in mentions
            if m.end <= hit.start()
            and not m.plural
            and _head(m.noun, data) == hit.group(1).casefold()
            and unit - layout.unit_at(m.start) <= 1
        ]
        if before:
            m = before[-1]
            out.append(Mention(hit.start(1), hit.end(), m.noun, m.qualifier, (), "definite", m.tier, m.acronym))
    return out + _heads_alone(reading, mentions)


# a sentence opening with the head of a compound group noun alone and its article ("Die Kommission hat
# damit elf Mitglieder."): at a line's start or after a sentence's end
_HEAD_OPENING = (
    r"(?:(?<=\n)|(?<=[.!?])|\A)[ \t]*(?=[A-ZÄÖÜ])(?i:"
    + alternation("opening_articles", "linking_articles")
    + r")[ \t]+({heads})\b(?![-\w])"
)
HEAD_REACH = 1  # paragraphs between the group's last mention and its head alone at most (a list's items not counted)


_TITLE_ABOVE = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*[A-ZÄÖÜ][^\n.!?:;,]{0,60}\n[ \t]*\Z")


def _titled(text: str, at: int) -> bool:
    """Whether the line right above ``at`` is a title glued to its paragraph ("Moderation" / "Die Kommission
    und …"): a short line with no stop after a blank line, a heading the view did not set apart."""
    return _TITLE_ABOVE.search(text, max(0, at - 120), at) is not None


def _heads_alone(reading: _Reading, mentions: list[Mention]) -> list[Mention]:
    """A sentence opening with a compound group noun's head alone and its article ("Integrationskommission" /
    "Die Kommission soll …" / a members table / "Die Kommission hat damit elf Mitglieder."): the group last
    named by a compound of that head, when no other group (but a council, a member's body: "auf Vorschlag des
    Ausländerbeirats") nor a heading stands between them (nor right above the sentence) and one paragraph at
    most (a table's) does; in the
    group's own paragraph the sentences after its name speak of it anyway (``resolve``)."""
    data, layout = reading.data, reading.layout
    heads = sorted({e.head for e in data.entries if e.compound and e.head not in data.council_heads})
    rx = re.compile(_HEAD_OPENING.format(heads="|".join(h.capitalize() for h in heads)))
    out = []
    # the last of the mentions (not a council's: a member's body) ending before a place: the latest
    # in the list's order of those ending by each end, found by bisection (a document's hits × mentions)
    kept = sorted((m.end, k) for k, m in enumerate(mentions) if m.tier != "council")
    ends, latest = [e for e, _ in kept], list(accumulate((k for _, k in kept), max))
    for hit in rx.finditer(reading.text):
        count = bisect.bisect_right(ends, hit.start(1))
        last = mentions[latest[count - 1]] if count else None
        if last is None or last.plural or _head(last.noun, data) != hit.group(1).casefold():
            continue
        seg, at = layout.units[layout.unit_at(last.start)].seg, layout.units[layout.unit_at(hit.start(1))].seg
        between = layout.segs[seg + 1 : at]
        if (
            at == seg
            or _titled(reading.text, hit.start())
            or sum(s.kind == "para" for s in between) > HEAD_REACH
            or any(s.kind == "heading" for s in between)
        ):
            continue
        out.append(
            Mention(hit.start(1), hit.end(1), last.noun, last.qualifier, (), "definite", last.tier, last.acronym)
        )
    return out


def _article(text: str, start: int, data: Steering) -> str:
    """Whether the words before a mention make it new or point back."""
    before = re.findall(r"[\wäöüß]+", text[max(0, start - 60) : start].split("\n\n")[-1])
    for word in reversed(before[-4:]):
        w = word.casefold()
        if w in data.indefinite:
            return "indefinite"
        if w in data.demonstrative:
            return "definite"
        if word[0].isupper():
            break
    return "none"


def resolve(mentions: list[Mention], layout: Layout, res: Resources, plurals: Sequence[Mention] = ()) -> list[Group]:
    """Mentions grouped into groups, and the sentences after each that speak of it (up to the
    next mention, of a group or of groups in the plural)."""
    groups: dict[tuple[str, str], Group] = {}
    last: dict[str, Group] = {}
    for m in mentions:
        noun = m.key[0]
        # "der Lenkungsgruppe" after "die ABC-Lenkungsgruppe": the compound's head points back to it
        back = last.get(noun) or next((g for k, g in reversed(last.items()) if k.endswith("-" + noun)), None)
        if not m.qualifier and m.kind == "definite" and back is not None:
            group = back
        else:
            group = groups.setdefault(m.key, Group())
        group.mentions.append(m)
        last[noun] = group
    text = layout.flat.text
    # a Beirat may be a member; so may a group named in the lines a lead-in's colon puts in its
    # sentence ("Er ist wie folgt besetzt:" / "Mitglied Caritas, Kreisgruppe Nord" as an export runs them on)
    mention_units = {
        m.unit
        for m in mentions
        if m.tier != "council" and not _LINES_LED_IN.search(text, layout.units[m.unit].start, m.start)
    } | {m.unit for m in plurals}
    # the sentence's first group is the one its next sentences speak of ("Der Begleitkreis löst den früheren
    # Arbeitskreis ab. Ihm gehören an: …": the Begleitkreis's members); the group it sets up before one it
    # names in passing ("Neben der Lenkungsgruppe wird ein Arbeitskreis gebildet. Ihm gehören an: …")
    first_in: dict[int, Mention] = {}
    for m in mentions:
        if m.established and not first_in.get(m.unit, m).established:
            first_in[m.unit] = m
        first_in.setdefault(m.unit, m)
    for group in groups.values():
        for m in group.mentions:
            if first_in[m.unit].key != m.key and first_in[m.unit] not in group.mentions:
                continue
            seg = layout.units[m.unit].seg
            if layout.segs[seg].kind == "heading":  # the paragraph under a heading naming the group
                seg += 1
            following = [
                k for k in range(m.unit + 1, min(m.unit + 60, len(layout.units))) if layout.units[k].seg == seg
            ]
            end = following[-1] if following else m.unit
            on = over_page(layout, seg) if layout.units[end].seg == seg else None
            if on is not None:  # the paragraph goes on on the next page
                following += [k for k in range(end + 1, min(end + 5, len(layout.units))) if layout.units[k].seg == on]
            for k in _reach(following, layout, res):
                unit = layout.units[k]
                if (
                    k in mention_units
                    and not _BACK.match(text, unit.start)
                    and not _JOIN_BACK.search(text, unit.start, unit.end)
                ):
                    break  # another group's sentence; not one pointing back to this group ("Ihr gehören …")
                group.follow.add(k)
            else:
                _next_paragraph(group, layout, following[-1] if following else m.unit, mention_units, res)
    return list(groups.values())


_POINTING = re.compile(r"Diese[rms]?\b")  # a sentence pointing back to a group, maybe another


def _reach(following: list[int], layout: Layout, res: Resources) -> list[int]:
    """The sentences of a mention's paragraph that may speak of its group: the next three, then those
    that go on naming its members ("Für die Wohlfahrtspflege arbeitet Frau X mit", group `side` of the
    continuation, "Hinzu kommen …") and the one going on after them ("Die Gruppe hat damit zwölf
    Mitglieder."); not a later sentence pointing back ("Dieser Gruppe …")."""
    goes_on = member_rule_set.member_rules(res).continuation
    text = layout.flat.text

    def side(k: int) -> bool:
        m = goes_on.match(text, layout.units[k].start)
        return m is not None and (m.group("side") is not None or not _POINTING.match(text, layout.units[k].start))

    sides = list(takewhile(side, following[3:]))
    after = following[3 + len(sides) : 4 + len(sides)] if sides else []
    return following[:3] + sides + [k for k in after if goes_on.match(layout.flat.text, layout.units[k].start)]


def _next_paragraph(group: Group, layout: Layout, last: int, mention_units: set[int], res: Resources) -> None:
    """The first sentence of the paragraph after the group's own, when it names no group and goes
    on listing members as a continuation does ("Aus der Stadtgesellschaft wirken … mit." after "Ihr
    gehören aus der Verwaltung … an.", a page break between them). Where the group's paragraph leads in a
    table with a colon ("… verteilen sich wie folgt:"), the sentences of the paragraphs after the table in
    the same section that go on so ("Weitere Mitglieder sind …"), up to a heading or another group's sentence."""
    k = last + 1
    if k >= len(layout.units) or k in mention_units:
        return
    text, goes_on = layout.flat.text, member_rule_set.member_rules(res).continuation
    if layout.units[k].seg == layout.units[last].seg + 1 and goes_on.match(text, layout.units[k].start):
        group.follow.add(k)
        return
    if layout.units[k].seg == layout.units[last].seg + 1 and _seats_opened(layout, k):
        seg = layout.units[k].seg
        while k < len(layout.units) and layout.units[k].seg == seg and k not in mention_units:
            group.follow.add(k)
            k += 1
        return
    if not text[layout.units[last].start : layout.units[last].end].rstrip().endswith(":"):
        return
    reach = layout.units[last].seg + _AFTER_TABLE
    while k < len(layout.units) and layout.units[k].seg <= reach and k not in mention_units:
        unit = layout.units[k]
        if layout.segs[unit.seg].kind == "heading":
            return
        if layout.segs[unit.seg].kind == "para" and goes_on.match(text, unit.start):
            group.follow.add(k)
        k += 1


# a paragraph opening with seats a body fills ("Der Kreistag wählt fünf Kreistagsabgeordnete."): its
# sentences go on naming the members of the group the paragraph before sets up with its count
_SEATS_OPENED = re.compile(
    rf"(?i:{alternation('linking_articles', 'opening_articles')})\s+\w+\s+"
    r"(?:wählt|wählen|entsendet|entsenden|benennt|benennen|stellt|stellen)\s+"
    r"(?P<n>\w+)\s+[A-ZÄÖÜ]\w+\s*\."
)


def _seats_opened(layout: Layout, k: int) -> bool:
    """Whether sentence ``k`` opens with a body filling a counted number of seats (:data:`_SEATS_OPENED`)."""
    m = _SEATS_OPENED.match(layout.flat.text, layout.units[k].start, layout.units[k].end)
    return m is not None and sectors.number(m.group("n")) is not None


_AFTER_TABLE = 4  # segments after a group's paragraph leading in a table its sentences may stand in at most


# page furniture the view left out between two paragraphs: this many characters of the document at least
FURNITURE = 12
# a ruled line under a page's footer or over its head, also wrapped ("____…" / "__")
_RULE_LINE = re.compile(r"(?:[ \t]*[_\-=–—]{2,}[ \t]*(?:\n|$))+")


def over_page(layout: Layout, seg_no: int) -> int | None:
    """The paragraph that goes on from segment ``seg_no`` over a page break: the next segment but
    ruled lines and a running head, when only page furniture stands between them (left out by the
    view, or kept: a ruled line, a running head with its page number, also as the segment's last
    line), and it is a paragraph, no heading nor a numbered item; else None."""
    text, origin = layout.flat.text, layout.flat.origin
    own = text[layout.segs[seg_no].start : layout.segs[seg_no].end].rstrip()
    n, head = seg_no + 1, bool(RUNNING_HEAD_NUMBERED.fullmatch(own[own.rfind("\n") + 1 :]))  # a head kept at its end
    while n < len(layout.segs):
        piece = text[layout.segs[n].start : layout.segs[n].end].strip()
        if _RULE_LINE.fullmatch(piece) and (len(piece) >= 8 or n > seg_no + 1):  # its wrapped rest too
            n += 1
        elif "\n" not in piece and RUNNING_HEAD_NUMBERED.fullmatch(piece):
            n, head = n + 1, True
        else:
            break
    if n >= len(layout.segs) or layout.segs[n].kind != "para":
        return None
    seg, nxt = layout.segs[seg_no], layout.segs[n]
    left_out = origin[nxt.start] - origin[seg.end - 1] - (nxt.start - seg.end + 1)
    return n if head or left_out >= FURNITURE else None


_LINES_LED_IN = re.compile(r":[ \t]*\n")
# a sentence opening with a pronoun of the group before it speaks of that group, whatever groups it names
_BACK = re.compile(r"[ \t\n]*(?:Ihr|Ihm|Ihnen)\s")
# a sentence naming other groups whose members belong to this one, pointing back to it after the verb ("Die
# Sprecher der Arbeitsgruppen gehören ihr kraft Amtes an"): it speaks of this group
_JOIN_BACK = re.compile(
    r"\bgehör(?:en|t)\s+(?:ihr|ihm)\s+(?:[\wäöüß]+\s+){0,3}?an\b"
)  # a colon ending a line of a sentence: lines under a lead-in


# a membership lead-in reaches this many paragraphs back to the group it speaks of
LEAD_IN_REACH = 2


def far_lead_ins(groups: list[Group], layout: Layout, res: Resources, plurals: Sequence[Mention] = ()) -> None:
    """A membership lead-in in a paragraph of its own that names no group ("Benannt sind
    folgende Mitglieder:") speaks of the group last introduced in its section: the last
    mention before it, with no heading between (but one about membership, "Zusammensetzung")
    and at most ``LEAD_IN_REACH`` paragraphs. After groups in the plural ("Daneben arbeiten drei
    Arbeitskreise.") it speaks of none."""
    rules = member_rule_set.member_rules(res)
    text = layout.flat.text
    mentions = sorted((m.start, m.unit, k) for k, g in enumerate(groups) for m in g.mentions)
    mentions = sorted(mentions + [(m.start, m.unit, -1) for m in plurals])
    if not mentions:
        return
    taken = {u for g in groups for u in g.follow} | {u for _, u, _ in mentions}
    starts = [s for s, _, _ in mentions]
    for u, unit in enumerate(layout.units):
        last = unit.end
        while last > unit.start and text[last - 1].isspace():
            last -= 1
        # the lead-in ends its sentence, or a line of it, the lines it leads in running on in its paragraph
        # where a text layer set no blank line under it ("… folgende Wahlvorschläge vor:" / "Vorschlag …: A")
        lines = _LINES_LED_IN.search(text, unit.start, last) if text[last - 1 : last] != ":" else None
        if text[last - 1 : last] != ":" and lines is None or u in taken or unit.start < starts[0]:
            continue
        seg = layout.segs[unit.seg]
        sentence = text[unit.start : unit.end if lines is None else lines.start() + 1]
        if lines is None and unit.end < seg.end - 1:
            continue
        if not rules.list_cue.search(sentence) or rules.not_members.search(sentence):
            continue
        _, at, k = mentions[bisect.bisect_left(starts, unit.start) - 1]
        if k < 0:
            continue
        between = layout.segs[layout.units[at].seg + 1 : unit.seg]
        # a line naming the chair by its label ("Vorsitz: Frau A") stands between a group and its
        # members' lead-in as a part of the group's make-up, read for the chair
        chairs = {i for i, s in enumerate(between) if member_rule_set.CHAIR_LABEL.match(text, s.start)}
        headings = [
            s
            for i, s in enumerate(between)
            if s.kind == "heading" and i not in chairs and not rules.list_cue.search(text, s.start, s.end)
        ]
        if headings or sum(s.kind != "heading" and i not in chairs for i, s in enumerate(between)) > LEAD_IN_REACH:
            continue
        groups[k].follow.add(u)
        groups[k].follow.update(layout.unit_at(between[i].start) for i in chairs)
