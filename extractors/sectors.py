"""Members of steering groups: splitting enumerations, cleaning member phrases, sectors.

A member is written as it stands in the document, without the words that only tie it
into the sentence ("mit der Amtsleitung ..." -> "Amtsleitung ...", "des Hauses
International" -> "Haus International"). Sectors come from the ordered gazetteer
``resources/sectors.yaml``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pipeline.errors import ResourceError

from .resources import Resources, default_resources, require

if TYPE_CHECKING:
    from .steering import Layout

_CACHE: dict[int, "SectorRules"] = {}


@dataclass(frozen=True)
class SectorRules:
    """The compiled sector gazetteer and the phrase word lists."""

    rules: tuple[tuple[str, str, re.Pattern[str]], ...]  # (entry id, sector, pattern)
    fallback: str
    prepositions: frozenset[str]
    dative: frozenset[str]
    determiners: frozenset[str]
    quantifiers: frozenset[str]
    honorifics: frozenset[str]
    adjectives: frozenset[str]
    generic: frozenset[str]


def sector_rules(res: Resources) -> SectorRules:
    key = id(res)
    if key not in _CACHE:
        _CACHE[key] = _compile(res["sectors"])
    return _CACHE[key]


def _compile(data: dict[str, Any]) -> SectorRules:
    rules = []
    for entry in require(data, "entries", "sectors.yaml"):
        sector = require(entry, "sector", f"sectors.yaml entry {entry['id']!r}")
        patterns = require(entry, "patterns", f"sectors.yaml entry {entry['id']!r}")
        try:
            rx = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
        except re.error as exc:
            raise ResourceError(f"sectors.yaml entry {entry['id']!r}: bad pattern: {exc}") from exc
        rules.append((str(entry["id"]), str(sector), rx))
    phrase = require(data, "phrase", "sectors.yaml")

    def words(name: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in require(phrase, name, "sectors.yaml phrase"))

    return SectorRules(tuple(rules), str(data.get("fallback", "other")), words("prepositions"),
                       words("dative_prepositions"), words("determiners"), words("quantifiers"),
                       words("honorifics"), frozenset(require(phrase, "article_adjectives", "sectors.yaml phrase")),
                       words("generic"))


def classify(member: str, res: Resources, hint: str | None = None) -> str:
    """The sector of a member; ``hint`` (a list label) decides when the gazetteer does not.

    >>> classify("Caritas-Zentrum Landau", default_resources())
    'welfare'
    >>> classify("Schulverwaltungsamt", default_resources())
    'administration'
    """
    rules = sector_rules(res)
    for _, sector, rx in rules.rules:
        if rx.search(member):
            return sector
    if hint:
        hinted = classify(hint, res)
        if hinted != rules.fallback:
            return hinted
    return rules.fallback


# --- enumerations -------------------------------------------------------------------

_DETS = (r"(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|verschiedene[nr]?|mehrere[nr]?"
         r"|weitere[nr]?|einzelne[nr]?|alle[nr]?|Herrn?|Frau)")
_SEPARATORS = re.compile(
    r"\s*[,;]\s*(?:(?:und|oder|sowie)\s+)?"
    r"|\s+(?:sowie|als\s+auch|sowohl)\s+"
    r"|\s+(?:und|oder|mit|neben)\s+(?=" + _DETS + r"\s)"
    r"|\s+und\s+(?=[A-ZÄÖÜ][\wäöüß-]*\s+(?:der|des)\s)"
)


def _mask_brackets(text: str) -> str:
    """Text with everything inside brackets replaced, so separators there are ignored."""
    out, depth = [], 0
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
            out.append(ch)
            continue
        out.append("_" if depth and not ch.isspace() else ch)
    return "".join(out)


def split_enumeration(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of the parts of an enumeration in ``text[start:end]``.

    >>> t = "das Sozialamt, das Jugendamt als auch das Amt für Migration und Integration"
    >>> [t[a:b] for a, b in split_enumeration(t, 0, len(t))]
    ['das Sozialamt', 'das Jugendamt', 'das Amt für Migration und Integration']
    """
    masked = _mask_brackets(text[start:end])
    parts, pos = [], 0
    for m in _SEPARATORS.finditer(masked):
        if m.start() > pos:
            parts.append((start + pos, start + m.start()))
        pos = m.end()
    if pos < len(masked):
        parts.append((start + pos, end))
    out = []
    for a, b in parts:
        pair = _BARE_PAIR.match(text, a, b)
        if pair and not re.search(r"(?:innen|-)$", pair.group("a")) and len(parts) > 1:
            out += [(a, pair.end("a")), (pair.start("b"), b)]
        elif text[a:b].strip():
            out.append((a, b))
    return out


# "Diakonie und Volkshochschule" at the end of a list is two members; "Amt für Migration
# und Integration" and "Kreisrätinnen und Kreisräte" are one.
_CAP = r"[A-ZÄÖÜ][\wäöüß.]*(?:\s+[A-ZÄÖÜ][\wäöüß.]*)*"
_BARE_PAIR = re.compile(r"(?:(?:der|die|das|dem|den|des|mit|von|aus|neben)\s+)?(?P<a>" + _CAP
                        + r")\s+(?:und|oder)\s+(?P<b>" + _CAP + r")\s*$")


# --- member phrases -----------------------------------------------------------------

_WORD = re.compile(r"\S+")
_VOWELS = "aeiouäöüy"


def _genitive_stem(word: str) -> str:
    """ "Hauses" -> "Haus", "Leiters" -> "Leiter", "Amtes" -> "Amt"."""
    if word.isupper() or len(word) < 4:
        return word
    if word.endswith("es") and word[-3] not in _VOWELS and len(word) > 5:
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and word[-2] not in "s":
        return word[:-1]
    return word


def _dative_plural_stem(word: str, dative: bool) -> str:
    """ "Oberbürgermeistern" -> "Oberbürgermeister"; after a dative: "Kreisräten" -> "Kreisräte"."""
    if len(word) > 6 and re.search(r"[^e](?:er|el)n$", word):
        return word[:-1]
    if dative and word.endswith("en") and len(word) > 5:
        stem = word[:-2]
        last_vowel = next((c for c in reversed(stem) if c in _VOWELS), "")
        if last_vowel in "äöü" and stem[-1] not in _VOWELS + "n":
            return word[:-1]
    return word


def clean_member(phrase: str, res: Resources) -> tuple[str, int]:
    """A member phrase without leading function words, in the nominative where it is
    safe to tell; also the number of characters dropped from the front.

    >>> clean_member("des Hauses International", default_resources())
    ('Haus International', 4)
    >>> clean_member("von Kreisrätinnen und Kreisräten", default_resources())[0]
    'Kreisrätinnen und Kreisräte'
    """
    rules = sector_rules(res)
    words = [(m.start(), m.group()) for m in _WORD.finditer(phrase)]
    det, dative, i = "", False, 0
    skip = rules.prepositions | rules.determiners | rules.quantifiers | rules.honorifics
    while i < len(words) - 1 and (words[i][1].casefold().rstrip(",") in skip or number(words[i][1]) is not None):
        w = words[i][1].casefold().rstrip(",")
        if w in rules.determiners:
            det = w
        if w in rules.dative:
            dative = True
        i += 1
    if not words or i >= len(words):
        return "", 0
    dropped = words[i][0]
    kept = [w for _, w in words[i:] if w.casefold() not in rules.honorifics]
    if not kept:
        return "", dropped
    if det in ("den", "dem"):
        dative = True
    if det == "des":
        kept[0] = _genitive_stem(kept[0])
    elif det == "der" and kept[0] in rules.adjectives and len(kept) > 1 and not kept[1].endswith("in"):
        kept[0] += "r"
    kept[0] = _dative_plural_stem(kept[0], dative)
    for j in range(1, len(kept)):
        if kept[j - 1] in ("und", "oder") and j == 2:
            kept[j] = _dative_plural_stem(kept[j], dative)
    value = strip_end(" ".join(kept).strip(" \t,;:–-"))
    if value.casefold() in rules.generic:
        return "", dropped
    honorific = next((n for n, (_, w) in enumerate(words) if w.casefold() in rules.honorifics), None)
    if honorific is not None and " " not in value and classify(value, res) == rules.fallback:
        # a surname alone keeps its "Herr"/"Frau"; an office ("Herrn Oberbürgermeister") does not
        return words[honorific][1].rstrip("n") + " " + value, words[honorific][0]
    return value, dropped


def strip_end(value: str) -> str:
    """A trailing full stop removed unless it ends an abbreviation ("e.V.").

    >>> strip_end("Sozialamt."), strip_end("Verein e.V.")
    ('Sozialamt', 'Verein e.V.')
    """
    if value.endswith(".") and not re.search(r"(?:\b\w\.\w|\b(?:e\.\s?V|Str|Dr|Nr|Co|Inc))\.$", value):
        value = value[:-1]
    return value.strip()


def is_person(value: str) -> bool:
    """Whether a chair names a person (title or name) rather than an office.

    >>> is_person("Zweiter Bürgermeister Herr Dr. Haslinger"), is_person("des Leiters des Sozialamtes")
    (True, False)
    """
    if re.search(r"\b(?:Herrn?|Frau|Dr\.|Prof\.)\s", value + " "):
        return True
    first_and_surname = re.search(r"[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+$", value)
    return bool(first_and_surname) and not re.search(r"\b(?:der|des)\b", value)


# --- members of a group --------------------------------------------------------------

_NUMBER_WORDS = {w: n for n, w in enumerate(
    "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
    "sechzehn siebzehn achtzehn neunzehn zwanzig".split())}


def number(word: str) -> int | None:
    """ "19" -> 19, "sieben" -> 7, anything else -> None."""
    w = word.casefold()
    return int(w) if w.isdigit() else _NUMBER_WORDS.get(w)


@dataclass
class Chair:
    value: str
    start: int  # flat offsets of its evidence
    end: int
    person: bool


@dataclass
class MemberRow:
    start: int  # flat offsets
    end: int
    value: str
    label: str | None = None  # the label of the list it stands in ("Vertreter der Verwaltung")
    is_chair: bool = False


@dataclass(frozen=True)
class MemberRules:
    verbs: tuple[tuple[str, re.Pattern[str]], ...]  # (where the list stands, verb)
    anaphora: re.Pattern[str]
    leads: re.Pattern[str]
    lead_in: re.Pattern[str]
    headers: re.Pattern[str]
    list_cue: re.Pattern[str]


_MEMBER_CACHE: dict[int, MemberRules] = {}


def member_rules(res: Resources) -> MemberRules:
    key = id(res)
    if key not in _MEMBER_CACHE:
        d = res["steering"]

        def rx(name: str, pattern: str | None = None) -> re.Pattern[str]:
            try:
                return re.compile(pattern if pattern is not None else require(d, name, "steering.yaml"), re.M)
            except re.error as exc:
                raise ResourceError(f"steering.yaml {name}: bad pattern: {exc}") from exc

        verbs = tuple((str(e["list"]), rx(e["id"], e["pattern"]))
                      for e in require(d, "membership_verbs", "steering.yaml"))
        _MEMBER_CACHE[key] = MemberRules(verbs, rx("anaphora"), rx("member_leads"), rx("lead_in"),
                                         rx("table_headers"), rx("list_cue"))
    return _MEMBER_CACHE[key]


def find_members(layout: Layout, units: list[int], mention_at: dict[int, tuple[int, int]], taken: list[int],
                 chair: Chair | None, res: Resources) -> tuple[list[MemberRow], Chair | None]:
    """Members of a group from the units that speak of it (``mention_at``: unit -> the
    group's name in it), and the chair, which may come from a "(Vorsitz)" in a list."""
    rules = member_rules(res)
    text = layout.flat.text
    rows: list[MemberRow] = []
    for u in units:
        unit = layout.units[u]
        at = mention_at.get(u)
        if at is None and not rules.anaphora.match(text, unit.start):
            continue
        _prose_members(rows, text, unit.start, unit.end, at[1] if at else unit.start, rules, res)
        if at is not None:
            colon = re.match(r"[ \t]*(?:\([^)]*\))?[ \t]*:[ \t]*(?=\S)", text[at[1]:unit.end])
            if colon:
                _enumeration(rows, text, at[1] + colon.end(), unit.end, res)
            _item_lines(rows, layout, unit.seg, at[0], rules, res)
    for u in units:
        unit = layout.units[u]
        seg = layout.segs[unit.seg]
        sentence = text[unit.start:unit.end].rstrip()
        intro = sentence.endswith(":") and unit.end >= seg.end - 1 and bool(rules.list_cue.search(sentence))
        if intro or (seg.kind == "heading" and u in mention_at):
            chair = _list_members(rows, layout, unit.seg + 1, taken, rules, res) or chair
    return _with_chair(rows, chair), chair


def _prose_members(rows: list[MemberRow], text: str, start: int, end: int, after: int, rules: MemberRules,
                   res: Resources) -> None:
    """ "Diese Steuerungsgruppe wurde ... mit X, Y sowie Z besetzt", "... besteht aus X und Y"."""
    for where, rx in rules.verbs:
        verb = rx.search(text, start, end)
        if not verb:
            continue
        if where == "between" or (where == "around" and verb.start() < after):
            a, b = (after, verb.start()) if where == "between" else (start, verb.start())
        else:
            a, b = verb.end(), end
            tail = re.search(r"\s+(?:an|teil|mit|zusammen)\s*[.:]?\s*$", text[a:b])
            b = a + tail.start() if tail else b
        if b <= a or a < after <= b:  # the list may not hold the group itself
            continue
        lead = rules.lead_in.match(text[a:b].lstrip())
        a += len(text[a:b]) - len(text[a:b].lstrip()) + (lead.end() if lead else 0)
        _enumeration(rows, text, a, b, res)
        return


def _enumeration(rows: list[MemberRow], text: str, start: int, end: int, res: Resources) -> None:
    end = start + len(strip_end(text[start:end].rstrip(" \t\n:;")))
    for a, b in split_enumeration(text, start, end):
        value, dropped = clean_member(text[a:b], res)
        if value and len(value.split()) <= 12:
            rows.append(MemberRow(a + dropped, b, value))


def _item_lines(rows: list[MemberRow], layout: Layout, seg_no: int, at: int, rules: MemberRules,
                res: Resources) -> None:
    """Lines under a list item that starts with the group: "Einbezug von Kreisrätinnen und Kreisräten"."""
    seg = layout.segs[seg_no]
    if seg.kind != "item" or at > seg.body + 2:
        return
    text = layout.flat.text
    entries: list[list[int]] = []
    for m in list(re.finditer(r"[^\n\f]+", text[seg.start:seg.end]))[1:]:
        a, b = seg.start + m.start(), seg.start + m.end()
        prev = text[entries[-1][0]:entries[-1][1]] if entries else ""
        if entries and (m.group().strip()[:1].islower()
                        or re.search(r"(?:\b(?:der|des|die|und|oder|von|für)|-)\s*$", prev)):
            entries[-1][1] = b  # a line wrapped inside one entry
        else:
            entries.append([a, b])
    for a, b in entries:
        lead = rules.leads.match(text, a)
        if lead:
            _enumeration(rows, text, lead.end(), b, res)


def _list_members(rows: list[MemberRow], layout: Layout, seg_no: int, taken: list[int], rules: MemberRules,
                  res: Resources) -> Chair | None:
    """Bullets, labelled sub-lists and table rows right after a sentence that introduces them."""
    text = layout.flat.text
    label: str | None = None
    chair: Chair | None = None
    for seg in layout.segs[seg_no:]:
        if seg.kind == "label":
            label = text[seg.start:seg.end].strip(" :")
        elif seg.kind == "item" and not _holds(taken, seg.start, seg.end):
            raw = text[seg.body:seg.end]
            marker = _CHAIR_MARK.search(raw)
            if marker:
                raw = raw[:marker.start()] + raw[marker.end():]
            left = re.match(r"([^:]{3,80}):\s+\S", raw)  # "Caritas: Frau Müller"
            value, _ = clean_member(strip_end((left.group(1) if left else raw).strip(" \t,;–-\"„“”")), res)
            if value:
                rows.append(MemberRow(seg.body, seg.end, value, label, bool(marker)))
                if marker and chair is None:
                    chair = Chair(value, seg.body, seg.end, is_person(value))
        elif seg.kind == "row":
            first = text[seg.start:seg.end].split("\n")[0]
            cells = [c.strip() for c in first.split("\t")]
            if cells[0] and not all(rules.headers.match(c) for c in cells if c):
                value, dropped = clean_member(cells[0], res)
                marker = _CHAIR_MARK.search(first)
                if value:
                    a = seg.start + len(first) - len(first.lstrip())
                    rows.append(MemberRow(a + dropped, a + len(cells[0]), value, label, bool(marker)))
                    if marker and chair is None:
                        chair = Chair(value, a, a + len(cells[0]), False)
        else:
            break
    return chair


_CHAIR_MARK = re.compile(r"\s*\((?:Vorsitz|Vorsitzende[rn]?|Leitung|Sprecher\w*)\)")


def _holds(offsets: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of offsets has one in ``[start, end)``."""
    n = bisect.bisect_left(offsets, start)
    return n < len(offsets) and offsets[n] < end


def _with_chair(rows: list[MemberRow], chair: Chair | None) -> list[MemberRow]:
    """Members without repeats; the chair is a member: the one that names it, or a new one
    when the chair is a person ("neben Herrn Oberbürgermeister" is the chair Putz)."""
    seen: set[str] = set()
    unique = []
    for row in rows:
        if row.value.casefold() not in seen:
            seen.add(row.value.casefold())
            unique.append(row)
    if chair is None:
        return unique
    words = set(chair.value.casefold().split())
    for row in unique:
        same = row.value.casefold() == chair.value.casefold()
        if same or chair.person and set(row.value.casefold().split()) <= words:
            row.value, row.is_chair = chair.value, True
            return unique
    if chair.person:
        unique.append(MemberRow(chair.start, chair.end, chair.value, None, True))
    return unique
