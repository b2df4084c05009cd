"""The nominative of a member phrase: "des Diakonischen Werks" -> "Diakonisches Werk".

A phrase from an enumeration is named as the document names its member, without the words
that tie it into the sentence: article, preposition, count, and a noun that stands for the
member ("Vertreterinnen und Vertreter des Jobcenters" is the Jobcenter, "zwei Mitglieder des
Integrationsbeirats" the Integrationsbeirat with a count of two). The first noun phrase is put
in the nominative as far as its article tells the case: genitive and dative endings of the
noun ("Jobcenters", "Wohlfahrtsverbänden", "Sozialdezernenten"), adjectives before it by the
noun's gender ("dem Paritätischen Wohlfahrtsverband" -> "Paritätischer Wohlfahrtsverband").
Its complement stays as written ("Leiterin des Fachbereichs Soziales"). Used through
:mod:`extractors.german.enumerations`; the words are in ``pipeline/lang/de/enumerations.yaml``, genders in
``resources/organisations.yaml``.

    >>> nominative("je eine Vertretung der Kreishandwerkerschaft").name
    'Kreishandwerkerschaft'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.resources import Resources, default_resources, typed
from pipeline.lang.de import closed_class
from pipeline.lang.de.names import CAPITAL
from pipeline.lang.de.numbers import NUMBER_WORDS

from .nlp import Lexicon, lexicon

_CAPITAL = re.compile(rf"^[(„\"]*{CAPITAL}")


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


def grammar(res: Resources | None = None) -> Grammar:
    """The compiled word lists of ``enumerations.yaml`` (built once per resource set)."""
    return (res or default_resources()).compiled(build_grammar)


def build_grammar(res: Resources) -> Grammar:
    d = typed.enumerations(res)

    def words(values: tuple[str, ...]) -> frozenset[str]:
        return frozenset(w.casefold() for w in values)

    def ends(values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(sorted((w.casefold() for w in values), key=len, reverse=True))

    return Grammar(
        words(d.separators),
        words(d.determiners),
        re.compile(d.gendered_article, d.flags),
        words(d.prepositions),
        words(d.dative_prepositions),
        words(d.quantifiers),
        words(d.honorifics),
        words(d.each),
        re.compile(d.representatives, d.flags),
        words(d.representative_links),
        words(d.adjective_stems),
        ends(d.adjective_endings),
        ends(d.adjectival_nouns),
        ends(d.weak_nouns),
        ends(d.er_plural_nouns),
        words(d.generic),
    )


_NUMBER_WORDS = {w: n for w, n in NUMBER_WORDS.items() if n <= 20} | dict.fromkeys(
    closed_class.words("indefinite_articles"), 1
)


def number(word: str) -> int | None:
    """ "19" -> 19, "sieben" -> 7, "eine" -> 1, anything else -> None.

    >>> number("19"), number("Sieben"), number("Amt")
    (19, 7, None)
    """
    w = word.casefold()
    return int(w) if w.isdigit() and len(w) <= 3 else _NUMBER_WORDS.get(w)


def capitalised(word: str) -> bool:
    return bool(_CAPITAL.match(word))


# --- the nominative --------------------------------------------------------------------

_WORD = re.compile(r"\S+")
_VOWELS = "aeiouäöüy"


@dataclass
class _Lead:
    """The state of reading the words that tie a phrase into its sentence, left to right: the
    words (with their offsets), the next one, and what the words read so far told."""

    words: list[tuple[int, str]]
    dative: bool  # a dative word stood before (the caller's, or one read here)
    i: int = 0  # the next word
    det: str = ""  # the article read ("" none, "ein" for a gendered indefinite one)
    count: int | None = None
    each: bool = False
    honorific: int | None = None  # the index of "Herr"/"Frau"

    def word(self, k: int) -> str:
        return self.words[k][1]

    @property
    def low(self) -> str:
        return self.word(self.i).casefold().rstrip(",")

    @property
    def more(self) -> bool:
        """Whether a word follows the next one."""
        return self.i + 1 < len(self.words)


def _representative(st: _Lead, g: Grammar) -> bool:
    """A noun standing for the member and the words after it up to the member: "Vertreterinnen und
    Vertreter des Jobcenters", "Vertreter städtischer Ämter", "Mitglieder außerdem die Caritas";
    a singular noun counts one ("ein Mitglied des Beirats")."""
    w, i, words = st.word(st.i), st.i, st.words
    if not (g.representatives.match(w) and st.more):
        return False
    k = _past_representative(words, i, g)
    if not (
        k < len(words) and (words[k][1].casefold() in g.links | g.determiners or capitalised(words[k][1]) and k > i + 1)
    ):
        return False
    if (
        st.count is None
        and not w.casefold().endswith(("er", "ern", "innen", "en", "ungen"))
        or st.count is None
        and st.det in ("ein", "eine", "einen", "einem", "einer")
    ):
        st.count = 1
    st.det, st.dative, st.i = "", False, k
    return True


def _past_representative(words: list[tuple[int, str]], i: int, g: Grammar) -> int:
    """The index after a representative noun at ``i``, its pair ("Vertreterinnen und Vertreter")
    and the lower-case adjectives and prepositions after it ("Vertreter städtischer Ämter")."""
    k = i + 1
    if words[k][1].casefold() in ("und", "oder") and k + 1 < len(words) and g.representatives.match(words[k + 1][1]):
        k += 2
    while (
        k < len(words)
        and not capitalised(words[k][1])
        and words[k][1].casefold() not in g.links
        and (
            _adjective_like(words[k][1], g)
            or words[k][1].casefold() in g.prepositions | g.quantifiers
            and k + 1 < len(words)
            and words[k + 1][1].casefold() in g.determiners
        )
    ):
        k += 1
    return k


def _determiner(st: _Lead, g: Grammar) -> bool:
    """An article ("des", "eine"; "zwei" as a count unless after a link: "eine der zwei")."""
    w, low = st.word(st.i), st.low
    if not (low in g.determiners or g.gendered_article.match(w)):
        return False
    n = number(low)
    if n is not None and st.count is None and not _after_link(st.words, st.i, g):
        st.count = n
    st.det = low if low in g.determiners else "ein"
    st.i += 1
    return True


def _count(st: _Lead, g: Grammar) -> bool:
    """A number before the member ("zwei Mitglieder", "19 Vertreter")."""
    n = number(st.low)
    if n is None or not st.more:
        return False
    st.count = n
    st.i += 1
    return True


def _year(st: _Lead, g: Grammar) -> bool:
    """A year after "seit", "ab", "bis", "im" ("seit 2023 das Sozialamt")."""
    if not (
        re.fullmatch(r"\d{4}", st.low) and st.i > 0 and st.word(st.i - 1).casefold() in ("seit", "ab", "bis", "im")
    ):
        return False
    st.i += 1
    return True


def _lead_word(st: _Lead, g: Grammar) -> bool:
    """A preposition, quantifier or honorific before the member ("aus dem", "alle", "Herrn");
    a dative preposition makes the name's case dative."""
    low = st.low
    if low not in g.leads or not st.more:
        return False
    if low in g.dative:
        st.dative = True
    if low in g.honorifics and st.honorific is None:
        st.honorific = st.i
    st.i += 1
    return True


def _adjective_of_representative(st: _Lead, g: Grammar) -> bool:
    """An adjective before a noun standing for the member ("ein gewähltes Mitglied des ...")."""
    w = st.word(st.i)
    if capitalised(w) or not st.more or not _adjective_like(w, g) or not g.representatives.match(st.word(st.i + 1)):
        return False
    st.i += 1
    return True


# the rules that read a word tying the phrase into its sentence, tried in this order on each word
_LEAD_RULES = (_representative, _determiner, _count, _year, _lead_word, _adjective_of_representative)


def _leads(words: list[tuple[int, str]], g: Grammar, dative: bool) -> _Lead:
    """The words before the member read by the rules, up to the first word none of them reads."""
    st = _Lead(words, dative)
    while st.i < len(words):
        if st.low in g.each:
            st.each = True
        if not any(rule(st, g) for rule in _LEAD_RULES):
            break
    return st


def nominative(phrase: str, res: Resources | None = None, dative: bool = False) -> Nominal:
    """A member phrase named in the nominative, without the words that tie it into the sentence.

    >>> [nominative(p).name for p in ["des Jobcenters", "des Diakonischen Werks", "dem Amt für Integration",
    ...                               "der Handwerkskammer Ulm", "den Wohlfahrtsverbänden", "des Sozialdezernenten"]]
    ... # doctest: +NORMALIZE_WHITESPACE
    ['Jobcenter', 'Diakonisches Werk', 'Amt für Integration', 'Handwerkskammer Ulm', 'Wohlfahrtsverbände',
     'Sozialdezernent']
    >>> nominative("Vertreter/-innen des Paritätischen Wohlfahrtsverbands").name
    'Paritätischer Wohlfahrtsverband'
    >>> n = nominative("zwei Mitglieder des Integrationsbeirats"); (n.name, n.count, n.offset)
    ('Integrationsbeirat', 2, 20)
    >>> nominative("verschiedenen Repräsentanten der Stadtverwaltung").name
    'Repräsentanten der Stadtverwaltung'
    """
    g = grammar(res)
    phrase = strip_end(phrase.rstrip(" \t\n,;:"))  # the sentence's full stop, not an "e.V."
    st = _leads([(m.start(), m.group()) for m in _WORD.finditer(phrase)], g, dative)
    if st.i >= len(st.words):
        return Nominal("", len(phrase), st.count, st.each)
    return _named(st, g, lexicon(res))


def _named(st: _Lead, g: Grammar, lex: Lexicon) -> Nominal:
    """The words after the leads in the nominative: without honorifics (unless a surname stands
    alone: "Frau Schmitz") and a trailing verb or particle ("... das Jobcenter mit")."""
    words, i, honorific = st.words, st.i, st.honorific
    kept = [w for _, w in words[i:]]
    offset = words[i][0]
    drop_honorifics = [w for w in kept if w.casefold() not in g.honorifics]
    if drop_honorifics and len(drop_honorifics) < len(kept):
        if kept[0].casefold() in g.honorifics:
            honorific = i if honorific is None else honorific
        kept = drop_honorifics
    trailing = 0
    while kept and not capitalised(kept[-1]) and not re.search(r"[)\].]$|\d$", kept[-1]) and len(kept) > 1:
        kept.pop()  # a trailing verb or particle ("... das Jobcenter mit")
        trailing += 1
    last = words[len(words) - 1 - trailing]
    length = last[0] + len(last[1])
    name = strip_end(" ".join(_decline(kept, st.det, st.dative, g, lex)).strip(" \t,;:–-"))
    generic = name.casefold() in g.generic or " ".join(kept).casefold() in g.generic  # "Sonstige": "Sonstiger"
    if generic or not name or not re.search(r"[A-Za-zÄÖÜäöüß]", name):
        return Nominal("", offset, st.count, st.each)
    dative = st.dative or st.det in ("dem", "den", "einem")
    bare = name.split(" (")[0]
    if honorific is not None and " " not in bare and lex.head(bare) is None:
        # a surname alone keeps its "Herr"/"Frau"; an office ("Herrn Oberbürgermeister") does not
        return Nominal(
            words[honorific][1].rstrip("n") + " " + name, words[honorific][0], st.count, st.each, dative, length
        )
    return Nominal(name, offset, st.count, st.each, dative, length)


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
    while (
        j + 1 < len(kept)
        and _adjective_like(kept[j], g)
        and (capitalised(kept[j + 1]) or not capitalised(kept[j]))
        and (not capitalised(kept[j]) or capitalised(kept[j + 1]))
    ):
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
    single_adjective = (
        j == 0
        and len(kept) == 1
        and capitalised(noun)
        and _adjective_like(noun, g)
        and (lex.head(noun) is None or re.sub(r"(?:e|en|er|es|em)$", "", noun.casefold()) in g.adjective_stems)
    )
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
    """ "Hauses" -> "Haus", "Jobcenters" -> "Jobcenter", "Amtes" -> "Amt", "Bündnisses" -> "Bündnis",
    "Ausschusses" -> "Ausschuss"."""
    if not word[:1].isupper() or sum(c.isupper() for c in word) > 1 and word.isupper() or len(word) < 4:
        return word
    if word.endswith("nisses"):
        return word[:-3]
    if word.endswith("sses"):
        return word[:-2]
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
