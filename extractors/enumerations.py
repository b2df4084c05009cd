"""Enumerations: "A, B und C" read into items, each named in the nominative as the document names it.

Council documents list members, fields of action and partners in running prose, in the
case the sentence needs. :func:`split` cuts an enumeration into its parts; :func:`read`
also names each part without its article, count or "Vertreter des" and in the nominative:

    >>> t = ("neben der Sozialdezernentin und dem Amt für Integration auch Vertreterinnen und Vertreter "
    ...      "des Jobcenters, der Caritas, des Diakonischen Werks sowie zwei Mitglieder des Integrationsbeirats")
    >>> [(i.name, i.count) for i in read(t)]  # doctest: +NORMALIZE_WHITESPACE
    [('Sozialdezernentin', None), ('Amt für Integration', None), ('Jobcenter', None), ('Caritas', None),
     ('Diakonisches Werk', None), ('Integrationsbeirat', 2)]
    >>> [i.name for i in read("das Amt für Soziales und Wohnen, die Kinder- und Jugendhilfe sowie die Caritas")]
    ['Amt für Soziales und Wohnen', 'Kinder- und Jugendhilfe', 'Caritas']
    >>> [(i.name, i.count, i.each) for i in read("je eine Vertretung der Kreishandwerkerschaft und der Volkshochschule")]
    [('Kreishandwerkerschaft', 1, True), ('Volkshochschule', 1, True)]
    >>> [t[a:b] for t in ["sowohl das Sozialamt als auch die Agentur für Arbeit / Jobcenter"] for a, b in split(t)]
    ['sowohl das Sozialamt', 'die Agentur für Arbeit / Jobcenter']

Where "und" joins two members and where it belongs to a name is decided by the heads of
``resources/organisations.yaml`` (:mod:`extractors.nlp`): "Amt für Integration und
Jobcenter" is two, "Amt für Migration und Integration" one, "Kreisrätinnen und Kreisräte"
one. A slash joins what it stands between ("Agentur für Arbeit / Jobcenter", "CJD / JMD")
unless both sides have their own article ("der Caritas / des Diakonischen Werks"). Offsets
are into the text given, so a caller can point at the evidence. The grammar words are in
``resources/enumerations.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from .nlp import Entity, Lexicon, lexicon
from .resources import Resources, default_resources, require

_SOURCE = "enumerations.yaml"


@dataclass(frozen=True)
class Item:
    """One part of an enumeration: where it stands and what it names."""

    start: int  # the part as written, offsets into the text ("zwei Mitglieder des Integrationsbeirats")
    end: int
    name: str  # in the nominative, without article, count or "Vertreter des" ("Integrationsbeirat")
    name_start: int  # where the words of the name start in the text
    count: int | None = None  # "zwei Mitglieder des ..." -> 2, "eine Vertretung der ..." -> 1
    each: bool = False  # "je eine Vertretung der A und der B": the count holds for each
    head: str | None = None  # id of the head in organisations.yaml ("jobcenter"), if one is known
    label: str | None = None  # ORG | OFFICE | PERSON, from the head


@dataclass(frozen=True)
class Nominal:
    """A phrase named in the nominative (see :func:`nominative`)."""

    name: str
    offset: int  # where the kept words start in the phrase
    count: int | None = None
    each: bool = False
    dative: bool = False  # the name stood after a dative word ("aus", "mit", "den"): the next bare part too
    length: int | None = None  # where the kept words end in the phrase (None: at its end)


# --- grammar words ---------------------------------------------------------------------


@dataclass(frozen=True)
class Grammar:
    separators: frozenset[str]
    determiners: frozenset[str]
    gendered_article: re.Pattern[str]
    prepositions: frozenset[str]
    dative: frozenset[str]
    quantifiers: frozenset[str]
    honorifics: frozenset[str]
    each: frozenset[str]
    representatives: re.Pattern[str]
    links: frozenset[str]
    adjective_stems: frozenset[str]
    adjective_endings: tuple[str, ...]
    adjectival_nouns: tuple[str, ...]
    weak_nouns: tuple[str, ...]
    er_plural: tuple[str, ...]
    generic: frozenset[str]

    @property
    def leads(self) -> frozenset[str]:
        return self.prepositions | self.determiners | self.quantifiers | self.honorifics


_GRAMMARS: dict[int, Grammar] = {}


def grammar(res: Resources | None = None) -> Grammar:
    res = res or default_resources()
    key = id(res)
    if key not in _GRAMMARS:
        d: dict[str, Any] = res["enumerations"]

        def words(name: str) -> frozenset[str]:
            return frozenset(str(w).casefold() for w in require(d, name, _SOURCE))

        def ends(name: str) -> tuple[str, ...]:
            return tuple(sorted((str(w).casefold() for w in require(d, name, _SOURCE)), key=len, reverse=True))

        _GRAMMARS[key] = Grammar(
            words("separators"), words("determiners"), re.compile(require(d, "gendered_article", _SOURCE), re.I),
            words("prepositions"), words("dative_prepositions"), words("quantifiers"), words("honorifics"),
            words("each"), re.compile(require(d, "representatives", _SOURCE)), words("representative_links"),
            words("adjective_stems"), ends("adjective_endings"), ends("adjectival_nouns"), ends("weak_nouns"),
            ends("er_plural_nouns"), words("generic"))
    return _GRAMMARS[key]


_NUMBER_WORDS = {w: n for n, w in enumerate(
    "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
    "sechzehn siebzehn achtzehn neunzehn zwanzig".split())}
_NUMBER_WORDS.update({"ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1})


def number(word: str) -> int | None:
    """ "19" -> 19, "sieben" -> 7, "eine" -> 1, anything else -> None.

    >>> number("19"), number("Sieben"), number("Amt")
    (19, 7, None)
    """
    w = word.casefold()
    return int(w) if w.isdigit() and len(w) <= 3 else _NUMBER_WORDS.get(w)


# --- splitting ---------------------------------------------------------------------------

_TOKEN = re.compile(r"\n[ \t]*[-–•▪●*·][ \t]+|[,;]|[^\s,;]+")
_CAPITAL = re.compile(r"^[(„\"]*[A-ZÄÖÜ]")


def _mask(text: str) -> str:
    """Text with everything inside brackets and quotes replaced, so separators there count not."""
    out, depth, quoted = [], 0, False
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
            out.append(ch)
            continue
        elif ch in "„“" or (ch == '"'):
            quoted = not quoted if ch != "„" else True
            if ch == "“" and quoted and out and not depth:
                quoted = False
        out.append("_" if (depth or quoted) and not ch.isspace() else ch)
    return "".join(out)


@dataclass
class _Tok:
    start: int
    end: int
    text: str  # as written (brackets unmasked)

    @property
    def low(self) -> str:
        return self.text.casefold()


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    masked = _mask(text[start:end])
    return [_Tok(start + m.start(), start + m.end(), text[start + m.start():start + m.end()])
            for m in _TOKEN.finditer(masked)]


def _is_cap(word: str) -> bool:
    return bool(_CAPITAL.match(word))


def _head_at(tok: _Tok, lex: Lexicon, ents: Sequence[Entity], base: int) -> Any:
    """The head of the organisation or office a word starts, from the entities or the lexicon."""
    for e in ents:
        if e.start + base <= tok.start < e.end + base:
            return lex.head(e.text.split()[-1]) or e
    return lex.head(tok.text)


def split(text: str, start: int = 0, end: int | None = None, *, entities: Sequence[Entity] = (),
          res: Resources | None = None) -> list[tuple[int, int]]:
    """Offsets of the parts of the enumeration in ``text[start:end]``.

    ``entities`` (from :func:`extractors.nlp.entities` over ``text[start:end]``) tell where
    a name of several words stands; without them the lexicon's heads decide.

    >>> t = "das Schulverwaltungsamt, das Sozialamt als auch das Amt für Migration und Integration"
    >>> [t[a:b] for a, b in split(t)]
    ['das Schulverwaltungsamt', 'das Sozialamt', 'das Amt für Migration und Integration']
    >>> t = "Kreisrätinnen und Kreisräte, der Caritas / des Diakonischen Werks, Sozialamt und Jugendamt"
    >>> [t[a:b] for a, b in split(t)]
    ['Kreisrätinnen und Kreisräte', 'der Caritas', 'des Diakonischen Werks', 'Sozialamt', 'Jugendamt']
    """
    end = len(text) if end is None else end
    g, lex = grammar(res), lexicon(res)
    toks = _tokens(text, start, end)
    ents = [e for e in entities]
    cuts: list[tuple[int, int]] = []  # token index ranges [i, j) that separate
    part_start = 0
    opened_by_neben = bool(toks) and toks[0].low == "neben"
    commas = sum(t.text in ",;" for t in toks)
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        cut = 0  # tokens the separator takes
        if t.text in ",;" or t.text.lstrip().startswith("\n"):
            cut = 1
            if t.text == "," and nxt and _continues_complement(toks[part_start:i], nxt, toks[i + 2:], g, lex, ents,
                                                               start):
                cut = 0
        elif t.low in g.separators:
            cut = 1
        elif t.low == "als" and nxt and nxt.low == "auch":
            cut = 2
        elif t.low == "auch" and opened_by_neben and i > part_start:
            cut, opened_by_neben = 1, False
        elif opened_by_neben and i > part_start + 1 and t.low in ("die", "das", "den") and nxt and _is_cap(nxt.text) \
                and (_is_cap(toks[i - 1].text) or toks[i - 1].text.endswith(")")):
            # "neben Oberbürgermeister X (Vorsitz) die Bürgermeisterin ...": a new subject starts
            cuts.append((i, i))
            part_start, opened_by_neben = i, False
            i += 1
            continue
        elif t.text == "/" and nxt and i > part_start:
            prev_part = toks[part_start:i]
            cut = 1 if (prev_part[0].low in g.determiners | g.prepositions and nxt.low in g.determiners) else 0
        elif t.low in ("und", "oder") and nxt and i > part_start:
            cut = 1 if _and_separates(toks[part_start:i], nxt, toks[i + 2:], commas, g, lex, ents, start) else 0
            if cut and i + 2 < len(toks) and nxt.low == "auch":
                cut = 2
        elif t.low == "mit" and nxt and i > part_start and nxt.low in g.determiners:
            cut = 1
        if cut:
            cuts.append((i, i + cut))
            i += cut
            part_start = i
            continue
        i += 1
    parts, pos = [], 0
    for a, b in cuts + [(len(toks), len(toks))]:
        if a > pos:
            parts.append((toks[pos].start, toks[a - 1].end))
        pos = b
    return parts


def _bare_head(word: str, lex: Lexicon) -> bool:
    """A subject word as it is, singular and uninflected ("Schule", not "Schulen")."""
    return lex.head(word) is not None and lex.head(word + "n") is not None and not word.endswith(("n", "s"))


def _open_complement(part: list[_Tok], g: Grammar, lex: Lexicon) -> bool:
    """Whether a part ends inside the complement of its head: "Amt für Migration", "Fachbereich Soziales"."""
    words = [t for t in part if t.text not in ",;"]
    for k, t in enumerate(words):
        if lex.head(t.text) is not None and k + 1 < len(words):
            rest = words[k + 1:]
            if rest[0].low in ("für", "im", "in", "am") or all(_is_cap(r.text) for r in rest):
                return not any(r.low in g.determiners for r in rest[1:])
    return False


def _continues_complement(part: list[_Tok], nxt: _Tok, after: list[_Tok], g: Grammar, lex: Lexicon,
                          ents: Sequence[Entity], base: int) -> bool:
    """ "Amt für Soziales, Jugend und Familie": a bare word after a comma continues the complement."""
    if not _open_complement(part, g, lex) or not _is_cap(nxt.text):
        return False
    head = _head_at(nxt, lex, ents, base)
    if head is not None and not (getattr(head, "field", False) and _bare_head(nxt.text, lex)):
        return False  # "Amt für Soziales, Jobcenter ...", but "Fachbereich Jugend, Schule und Sport"
    if nxt.low in g.leads or g.representatives.match(nxt.text):
        return False
    following = after[0] if after else None
    return following is None or following.low in ("und", "oder", ",") or not _is_cap(following.text)


def _and_separates(part: list[_Tok], nxt: _Tok, after: list[_Tok], commas: int, g: Grammar, lex: Lexicon,
                   ents: Sequence[Entity], base: int) -> bool:
    """Whether "und"/"oder" between ``part`` and ``nxt`` joins two items or lies inside one."""
    prev = part[-1]
    if prev.text.endswith("-") or nxt.text.startswith("("):  # "Kinder- und Jugendhilfe", "(Ober-)"
        return False
    if _gender_pair(prev.text, nxt.text):  # "Vertreterinnen und Vertreter", "Kreisrätinnen und Kreisräte"
        return False
    if g.representatives.match(prev.text) and not any(t.low in g.links for t in part):
        return False  # "Vertreter und Mitglieder des Beirats"
    if nxt.low in g.leads or g.gendered_article.match(nxt.text) or number(nxt.text) is not None \
            or g.representatives.match(nxt.text):
        return True
    if not _is_cap(nxt.text):
        return False
    head = _head_at(nxt, lex, ents, base)
    if head is not None:
        return not (getattr(head, "field", False) and _bare_head(nxt.text, lex) and _open_complement(part, g, lex))
    if _open_complement(part, g, lex):
        return False
    # two bare names at the end of a longer list: "..., Haus International und Café Asyl"
    return commas > 0 and all(_is_cap(t.text) for t in part if t.low not in g.leads)


def _gender_pair(a: str, b: str) -> bool:
    a, b = a.casefold().strip("()"), b.casefold().strip("()")
    for x, y in ((a, b), (b, a)):
        if x.endswith("innen") and len(x) > 7:
            stem = x[:-5]
            stem = stem[:-1] if stem.endswith("ä") or stem.endswith("ö") or stem.endswith("ü") else stem
            if y.startswith(stem[:max(4, len(stem) - 2)]):
                return True
    return False


# --- the nominative --------------------------------------------------------------------

_WORD = re.compile(r"\S+")
_VOWELS = "aeiouäöüy"


def nominative(phrase: str, res: Resources | None = None, dative: bool = False) -> Nominal:
    """A member phrase named in the nominative, without the words that tie it into the sentence.

    >>> [nominative(p).name for p in ["des Jobcenters", "des Diakonischen Werks", "dem Amt für Integration",
    ...                               "der Handwerkskammer Ulm", "den Wohlfahrtsverbänden", "des Sozialdezernenten"]]
    ['Jobcenter', 'Diakonisches Werk', 'Amt für Integration', 'Handwerkskammer Ulm', 'Wohlfahrtsverbände', 'Sozialdezernent']
    >>> nominative("Vertreter/-innen des Paritätischen Wohlfahrtsverbands").name
    'Paritätischer Wohlfahrtsverband'
    >>> n = nominative("zwei Mitglieder des Integrationsbeirats"); (n.name, n.count, n.offset)
    ('Integrationsbeirat', 2, 20)
    >>> nominative("verschiedenen Repräsentanten der Stadtverwaltung").name
    'Repräsentanten der Stadtverwaltung'
    """
    g, lex = grammar(res), lexicon(res)
    phrase = strip_end(phrase.rstrip(" \t\n,;:"))  # the sentence's full stop, not an "e.V."
    words = [(m.start(), m.group()) for m in _WORD.finditer(phrase)]
    det, count, each, i = "", None, False, 0
    honorific: int | None = None
    while i < len(words):
        w = words[i][1]
        low = w.casefold().rstrip(",")
        n = number(low)
        if low in g.each:
            each = True
        if g.representatives.match(w) and i + 1 < len(words):
            k = i + 1
            if words[k][1].casefold() in ("und", "oder") and k + 1 < len(words) and g.representatives.match(words[k + 1][1]):
                k += 2
            while k < len(words) and not _is_cap(words[k][1]) and words[k][1].casefold() not in g.links \
                    and (_adjective_like(words[k][1], g) or words[k][1].casefold() in g.prepositions | g.quantifiers
                         and k + 1 < len(words) and words[k + 1][1].casefold() in g.determiners):
                k += 1  # "Vertreter städtischer Ämter", "Mitglieder außerdem die Caritas"
            if k < len(words) and (words[k][1].casefold() in g.links | g.determiners
                                   or _is_cap(words[k][1]) and k > i + 1):
                if count is None and not w.casefold().endswith(("er", "ern", "innen", "en", "ungen")) \
                        or count is None and det in ("ein", "eine", "einen", "einem", "einer"):
                    count = 1
                det, dative = "", False
                i = k
                continue
        if low in g.determiners or g.gendered_article.match(w):
            if n is not None and count is None and not _after_link(words, i, g):
                count = n
            det = low if low in g.determiners else "ein"
            i += 1
            continue
        if n is not None and i + 1 < len(words):
            count = n
            i += 1
            continue
        if re.fullmatch(r"\d{4}", low) and i > 0 and words[i - 1][1].casefold() in ("seit", "ab", "bis", "im"):
            i += 1  # "seit 2023 das Sozialamt"
            continue
        if low in g.leads and i + 1 < len(words):
            if low in g.dative:
                dative = True
            if low in g.honorifics and honorific is None:
                honorific = i
            i += 1
            continue
        if not _is_cap(w) and i + 1 < len(words) and _adjective_like(w, g) and g.representatives.match(words[i + 1][1]):
            i += 1  # "ein gewähltes Mitglied des ..."
            continue
        break
    if i >= len(words):
        return Nominal("", len(phrase), count, each)
    kept = [w for _, w in words[i:]]
    offset = words[i][0]
    drop_honorifics = [w for w in kept if w.casefold() not in g.honorifics]
    if drop_honorifics and len(drop_honorifics) < len(kept):
        if kept[0].casefold() in g.honorifics:
            honorific = i if honorific is None else honorific
        kept = drop_honorifics
    trailing = 0
    while kept and not _is_cap(kept[-1]) and not re.search(r"[)\].]$|\d$", kept[-1]) and len(kept) > 1:
        kept.pop()  # a trailing verb or particle ("... das Jobcenter mit")
        trailing += 1
    last = words[len(words) - 1 - trailing]
    length = last[0] + len(last[1])
    kept = _decline(kept, det, dative, g, lex)
    name = " ".join(kept).strip(" \t,;:–-")
    name = strip_end(name)
    if name.casefold() in g.generic or not name or not re.search(r"[A-Za-zÄÖÜäöüß]", name):
        return Nominal("", offset, count, each)
    dative = dative or det in ("dem", "den", "einem")
    bare = name.split(" (")[0]
    if honorific is not None and " " not in bare and lex.head(bare) is None:
        # a surname alone keeps its "Herr"/"Frau"; an office ("Herrn Oberbürgermeister") does not
        return Nominal(words[honorific][1].rstrip("n") + " " + name, words[honorific][0], count, each, dative,
                       length)
    return Nominal(name, offset, count, each, dative, length)


def _after_link(words: list[tuple[int, str]], i: int, g: Grammar) -> bool:
    return i > 0 and words[i - 1][1].casefold() in g.links


def _adjective_like(word: str, g: Grammar) -> bool:
    """Whether a word is an inflected adjective ("Diakonischen", "freien", "Zweite")."""
    low = word.casefold()
    m = re.match(r"^(.+?)(e|en|er|es|em)$", low)
    if not m:
        return False
    stem = m.group(1)
    return stem in g.adjective_stems or stem.endswith(g.adjective_endings) or not word[:1].isupper() and len(stem) > 2


def _decline(kept: list[str], det: str, dative: bool, g: Grammar, lex: Lexicon) -> list[str]:
    """The first noun phrase of a name in the nominative; its complement stays as written."""
    if not kept:
        return kept
    # adjectives before the noun: lower-case words, or capitalised ones with an adjective's stem
    j = 0
    while j + 2 < len(kept) and kept[j].endswith("-") and kept[j + 1] in ("und", "oder"):
        j += 2  # "Ausländer- und Integrationsbeirats": the noun is the last of the pair
    while j + 1 < len(kept) and _adjective_like(kept[j], g) and (_is_cap(kept[j + 1]) or not _is_cap(kept[j])) \
            and (not _is_cap(kept[j]) or _is_cap(kept[j + 1])):
        j += 1
    noun = kept[j]
    out = list(kept)
    if det in ("dem", "einem") or det in ("den", "einen") or dative:
        dative = True
    plural = False
    if det in ("des", "eines"):
        out[j] = _genitive_stem(noun, g)
    elif det in ("den",) or dative and det not in ("dem", "einem"):
        out[j] = _dative_plural_stem(noun, True, g)
        plural = out[j] != noun or noun.endswith("n")
    else:
        out[j] = _dative_plural_stem(noun, False, g)
    if det in ("des", "dem", "den", "der", "eines", "einem", "einer", "einen") or dative:
        out[j] = _weak_stem(out[j], g)
    if det == "der" and noun.casefold().endswith(g.adjectival_nouns):
        out[j] += "r"  # "der Beigeordnete Peter Schmitz" is a "Beigeordneter"
    gender = lex.gender(out[j]) or "m"
    single_adjective = j == 0 and len(kept) == 1 and _is_cap(noun) and _adjective_like(noun, g) \
        and (lex.head(noun) is None or re.sub(r"(?:e|en|er|es|em)$", "", noun.casefold()) in g.adjective_stems)
    if single_adjective:  # "des Paritätischen" stands for the Paritätischer (Wohlfahrtsverband)
        out[0] = _adjective(noun, det, gender, plural, last=True)
    for k in range(j):
        out[k] = _adjective(kept[k], det, gender, plural)
    for k in range(j + 1, len(out) - 1):  # "von Kreisrätinnen und Kreisräten"
        if out[k] in ("und", "oder") and k == j + 1 and dative:
            out[k + 1] = _dative_plural_stem(out[k + 1], True, g)
    return out


def _adjective(word: str, det: str, gender: str, plural: bool, last: bool = False) -> str:
    """An adjective before a noun in the nominative without article ("Diakonischen" -> "Diakonisches")."""
    strong = {"m": "er", "n": "es", "f": "e"}
    if word.endswith("en"):
        if det in ("der", "einer"):
            return word[:-1]  # genitive/dative feminine or genitive plural
        if det in ("den", "einen") and (plural or gender == "f"):
            return word[:-1]
        if det in ("des", "dem", "den", "eines", "einem", "einen") or last:
            return word[:-2] + strong.get(gender, "er")
        return word
    if word.endswith("e") and not word.endswith("ee"):
        if det == "der" or det == "das" and gender == "n" or det == "" and last:
            return word[:-1] + (strong["n"] if det == "das" else strong["m"])
    if word.endswith("em"):
        return word[:-2] + strong.get(gender, "er")
    return word


def _genitive_stem(word: str, g: Grammar) -> str:
    """ "Hauses" -> "Haus", "Jobcenters" -> "Jobcenter", "Amtes" -> "Amt", "Bündnisses" -> "Bündnis"."""
    if not word[:1].isupper() or sum(c.isupper() for c in word) > 1 and word.isupper() or len(word) < 4:
        return word
    if word.endswith("sses") or word.endswith("nisses"):
        return word[:-3]
    if re.search(r"(?:us|is|as|os|ss)$", word) and not word.endswith(("ros", "kos", "fos", "dos")):
        return word
    if word.endswith("es") and word[-3] not in _VOWELS and len(word) >= 5:
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def _dative_plural_stem(word: str, dative: bool, g: Grammar) -> str:
    """ "Oberbürgermeistern" -> "Oberbürgermeister"; after a dative: "Kreisräten" -> "Kreisräte",
    "Vereinen" -> "Vereine"; "Schulen" and "Kammern" stay."""
    low = word.casefold()
    if low.endswith(g.er_plural) or low.endswith("n") and low[:-1].endswith(g.er_plural):
        return word
    if len(word) > 6 and re.search(r"[^e](?:er|el)n$", word):
        return word[:-1]
    if dative and word.endswith("en") and len(word) > 5:
        stem = word[:-2]
        last_vowel = next((c for c in reversed(stem) if c in _VOWELS), "")
        if (last_vowel in "äöü" and stem[-1] not in _VOWELS + "n") or re.search(r"(?:ein|eur|ier|ar)$", stem):
            return word[:-1]
    return word


def _weak_stem(word: str, g: Grammar) -> str:
    """After an article: "Sozialdezernenten" -> "Sozialdezernent", "Integrationsbeauftragten" ->
    "Integrationsbeauftragte"."""
    low = word.casefold()
    if low.endswith(tuple(a + "n" for a in g.adjectival_nouns)):
        return word[:-1]
    if low.endswith(tuple(w + "en" for w in g.weak_nouns)) and not low.endswith(("innen", "enten" + "innen")):
        return word[:-2]
    return word


def strip_end(value: str) -> str:
    """A trailing full stop removed unless it ends an abbreviation ("e.V.").

    >>> strip_end("Sozialamt."), strip_end("Verein e.V."), strip_end("Verein e. V.")
    ('Sozialamt', 'Verein e.V.', 'Verein e. V.')
    """
    value = value.strip()
    if value.endswith(".") and not re.search(r"(?:\b\w\.\s?\w|\b(?:e\.\s?V|Str|Dr|Nr|Co|Inc|mbH))\.$", value):
        value = value[:-1]
    return value.strip()


# --- items ---------------------------------------------------------------------------------


def read(text: str, start: int = 0, end: int | None = None, *, entities: Sequence[Entity] | None = None,
         res: Resources | None = None) -> list[Item]:
    """The items of the enumeration in ``text[start:end]``, each named in the nominative.

    A count with "je" holds for the items after it that have none of their own and share its
    case ("je eine Vertretung der A und der B").

    >>> t = "Dem Beirat gehören das Sozialamt, dem Jobcenter und Frau Özdemir an"
    >>> [(i.name, t[i.start:i.end]) for i in read(t, 19, len(t) - 3)]
    [('Sozialamt', 'das Sozialamt'), ('Jobcenter', 'dem Jobcenter'), ('Frau Özdemir', 'Frau Özdemir')]
    """
    end = len(text) if end is None else end
    lex = lexicon(res)
    ents = list(entities or ())
    out: list[Item] = []
    carry: tuple[int | None, bool] = (None, False)
    dative = False
    for a, b in split(text, start, end, entities=ents, res=res):
        first = text[a:b].split()[0]
        # "aus Politik, Verwaltung und Wohlfahrtsverbänden": the case of the first holds for bare parts
        nom = nominative(text[a:b], res, dative=dative and _is_cap(first) and lex.head(first) is not None)
        dative = nom.dative if nom.name else dative
        count, each = nom.count, nom.each
        if count is None and carry[1] and text[a:b].split()[0].casefold() in ("der", "des"):
            count, each = carry
        if nom.count is not None:
            carry = (nom.count, nom.each)
        if not nom.name:
            continue
        head = _item_head(nom.name, lex, [e for e in ents if a <= e.start + start < b])
        b = a + nom.length if nom.length is not None else b
        while b > a and text[b - 1] in ".,;:" and not nom.name.endswith(text[b - 1]):
            b -= 1  # the sentence's full stop is not the name's
        out.append(Item(a, b, nom.name, a + nom.offset, count, each, head.id if head else None,
                        head.label if head else None))
    return out


def _item_head(name: str, lex: Lexicon, ents: Sequence[Entity] = ()) -> Any:
    """The head of an item: of an entity in it ("Agentur für Arbeit"), else of one of its words."""
    from .nlp import Head
    for e in ents:
        if e.label in ("ORG", "OFFICE"):
            return lex.head(e.text) or Head(e.id, e.label)
    words = [w for w in re.split(r"[\s/]+", name) if w]
    for w in words:
        head = lex.head(w)
        if head is not None:
            return head
    if re.match(r"^(?:Herr|Frau)\b", name) or any(e.label == "PERSON" for e in ents):
        return Head("person", "PERSON")
    return None


def names(items: Iterable[Item]) -> list[str]:
    """The names of items, in order.

    >>> names(read("dem Sozialamt sowie der Caritas"))
    ['Sozialamt', 'Caritas']
    """
    return [i.name for i in items]
