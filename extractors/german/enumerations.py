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
    >>> each = read("je eine Vertretung der Kreishandwerkerschaft und der Volkshochschule")
    >>> [(i.name, i.count, i.each) for i in each]
    [('Kreishandwerkerschaft', 1, True), ('Volkshochschule', 1, True)]
    >>> [t[a:b] for t in ["sowohl das Sozialamt als auch die Agentur für Arbeit / Jobcenter"] for a, b in split(t)]
    ['sowohl das Sozialamt', 'die Agentur für Arbeit / Jobcenter']

API (offsets are into the text given, so a caller can point at the evidence):

- :func:`split` ``(text, start, end, *, entities=(), res=None) -> [(start, end)]``: the parts,
  cut at commas, semicolons, bullets on new lines, "und"/"oder" (see below), "sowie", "bzw.",
  "als auch" (after "sowohl"), "auch" (after "neben"), "mit" before an article (which ends the
  enumeration after its last item: "A, B und C mit den Perspektiven der Schulen"; not before a
  part of the body before it: "die Universität X mit dem Institut für Y" is one).
- :func:`read` ``(text, start, end, *, entities=None, res=None) -> [Item]``: the parts named in
  the nominative (:class:`Item`: ``name``, ``start``/``end`` of the part, ``name_start``,
  ``count``, ``each``, ``head`` and ``label`` from ``organisations.yaml``).
- :func:`nominative` ``(phrase, res=None) -> Nominal``: one phrase without article, count and
  "Vertreter des", in the nominative; :func:`number`, :func:`strip_end` for the words around.

Where "und" joins two items and where it belongs to a name is decided by the heads of
``resources/organisations.yaml`` (:mod:`extractors.german.nlp`; pass ``entities`` from
:func:`extractors.german.nlp.entities` for names of several words): "Amt für Integration und
Jobcenter" is two, "Amt für Migration und Integration" one (the "für" complement goes on),
"Kreisrätinnen und Kreisräte" one (a gender pair), "Kinder- und Jugendhilfe" one. Two bare
words without a head ("Bildung und Teilhabe") stay one part alone and are two at the end of a
longer list ("Sprache, Bildung und Teilhabe"). A slash joins what it stands between
("Agentur für Arbeit / Jobcenter", "CJD / JMD") unless both sides have their own article
("der Caritas / des Diakonischen Werks"). The grammar words are in
``pipeline/lang/de/enumerations.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from extractors.resources import Resources
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import DEFINITE_ARTICLES, words
from pipeline.lang.de.names import is_first_name

from .nlp import Entity, Lexicon, lexicon
from .nominative import Grammar, Nominal, capitalised, grammar, nominative, number, strip_end

__all__ = ["Item", "Nominal", "names", "nominative", "number", "read", "split", "strip_end"]


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


# --- splitting ---------------------------------------------------------------------------

_TOKEN = re.compile(
    r"\n[ \t]*"
    + markers.charset(
        markers.without(markers.ITEM_MARKS, markers.SQUARE) + markers.HOLLOW_BULLET + markers.PRIVATE_ROUND
    )
    + r"[ \t]+|[,;]|[^\s,;]+"
)


_RELATIVE = words(*DEFINITE_ARTICLES)  # the articles, relative pronouns too
# an item's number in running text: "(1) das Jugendamt, (2) die Schulen und (3) der Beirat"
_ITEM_NUMBER = re.compile(r"\(\d{1,2}\)")


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
    return [
        _Tok(start + m.start(), start + m.end(), text[start + m.start() : start + m.end()])
        for m in _TOKEN.finditer(masked)
    ]


def _head_at(tok: _Tok, lex: Lexicon, ents: Sequence[Entity], base: int) -> Any:
    """The head of the organisation or office a word starts, from the entities or the lexicon."""
    for e in ents:
        if e.start + base <= tok.start < e.end + base:
            return lex.head(e.text.split()[-1]) or e
    return lex.head(tok.text)


def split(
    text: str, start: int = 0, end: int | None = None, *, entities: Sequence[Entity] = (), res: Resources | None = None
) -> list[tuple[int, int]]:
    """Offsets of the parts of the enumeration in ``text[start:end]``.

    ``entities`` (from :func:`extractors.german.nlp.entities` over ``text[start:end]``) tell where
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
    closed = False  # the last cut was an "und": "mit" after its item opens no item
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        cut = 0  # tokens the separator takes
        if t.text in ",;" or t.text.lstrip().startswith("\n") or _ITEM_NUMBER.fullmatch(t.text):
            cut = 1
            if (
                t.text == ","
                and nxt
                and _continues_complement(toks[part_start:i], nxt, toks[i + 2 :], g, lex, ents, start)
            ):
                cut = 0
        elif t.low in g.separators:
            cut = 1
        elif t.low == "als" and nxt and nxt.low == "auch":
            cut = 2
        elif t.low == "auch" and opened_by_neben and i > part_start:
            cut, opened_by_neben = 1, False
        elif (
            opened_by_neben
            and i > part_start + 1
            and t.low in ("die", "das", "den")
            and nxt
            and capitalised(nxt.text)
            and (capitalised(toks[i - 1].text) or toks[i - 1].text.endswith(")"))
        ):
            # "neben Oberbürgermeister X (Vorsitz) die Bürgermeisterin ...": a new subject starts
            cuts.append((i, i))
            part_start, opened_by_neben = i, False
            i += 1
            continue
        elif t.text == "/" and nxt and i > part_start:
            prev_part = toks[part_start:i]
            cut = 1 if (prev_part[0].low in g.determiners | g.prepositions and nxt.low in g.determiners) else 0
        elif t.low in ("und", "oder", "sowie") and nxt and _ITEM_NUMBER.fullmatch(nxt.text):
            cut = 2  # "… und (3) der Verein …": the conjunction and the next item's number
        elif t.low in ("und", "oder") and nxt and i > part_start:
            cut = 1 if _and_separates(toks[part_start:i], nxt, toks[i + 2 :], commas, g, lex, ents, start) else 0
            if cut and i + 2 < len(toks) and nxt.low == "auch":
                cut = 2
        elif t.low == "mit" and nxt and i > part_start and nxt.low in g.determiners:
            if _with_part(toks, part_start, i, lex):
                i += 1  # "die Universität X mit dem Institut für Y": the body with its part, one item
                continue
            if closed:  # "A, B und C mit den Perspektiven ...": the list ended at its last item
                cuts.append((i, len(toks)))
                break
            cut = 1
        if cut:
            closed = t.low in ("und", "oder", "sowie")  # a comma after it opens the next item
            cuts.append((i, i + cut))
            i += cut
            part_start = i
            continue
        i += 1
    return [p for p in _parts(toks, _inner_after_last(toks, cuts, g)) if not _relative_clause(toks, p, g)]


# the words of a name at most, as the member readers take one: a body with its part longer than
# that is read as two ("das Karlsruher Institut für Technologie (KIT) mit dem Institut für …")
_NAME_WORDS = 12


def _with_part(toks: list[_Tok], part_start: int, i: int, lex: Lexicon) -> bool:
    """Whether the "mit" and article at ``i`` lead to a part of the body before them ("die
    Universität X mit dem Institut für Y"), the two a name of at most :data:`_NAME_WORDS` words up
    to the next comma, semicolon or "sowie"."""
    if i + 2 >= len(toks) or (part := lex.head(toks[i + 2].text)) is None or not part.part:
        return False
    end = next((k for k in range(i, len(toks)) if toks[k].text in ",;" or toks[k].low == "sowie"), len(toks))
    return sum(t.text[:1].isalnum() for t in toks[part_start:end]) <= _NAME_WORDS


def _relative_clause(toks: list[_Tok], part: tuple[int, int], g: Grammar) -> bool:
    """Whether a part is a relative clause about the item before it, no item: a pronoun, an article or
    preposition right after it, a verb at its end ("(1) das Fachamt X, das den Vorsitz führt, (2) …").

    >>> t = "das Fachamt Soziales, das den Vorsitz führt, das Jugendamt und die Schulen"
    >>> [t[a:b] for a, b in split(t)]
    ['das Fachamt Soziales', 'das Jugendamt', 'die Schulen']
    """
    seq = [t for t in toks if part[0] <= t.start and t.end <= part[1]]
    return (
        len(seq) >= 3
        and seq[0].low in _RELATIVE
        and seq[1].low in g.determiners | g.prepositions
        and seq[-1].text[:1].islower()
    )


def _inner_after_last(toks: list[_Tok], cuts: list[tuple[int, int]], g: Grammar) -> list[tuple[int, int]]:
    """The cuts without those inside the last item: after the list's last "sowie", an item whose
    head is no noun of representatives names persons "von" or "aus" bodies listed bare
    ("… sowie Fachberater für Engagement von Städtetag, Landkreistag und Gemeindetag"): one item.

    >>> t = "des Ministeriums, von Vereinen sowie Lotsen für Bildung von Stadt, Kreis und Land"
    >>> [t[a:b] for a, b in split(t)]
    ['des Ministeriums', 'von Vereinen', 'Lotsen für Bildung von Stadt, Kreis und Land']
    """
    last = max((k for k, t in enumerate(toks) if t.low == "sowie"), default=None)
    if last is None or last + 1 >= len(toks) or g.representatives.match(toks[last + 1].text):
        return cuts
    inner = next(
        (
            k
            for k in range(last + 2, len(toks) - 1)
            if toks[k].low in ("von", "aus") and capitalised(toks[k + 1].text) and toks[k + 1].low not in g.determiners
        ),
        None,
    )
    if inner is None or any(t.text in ",;" for t in toks[last + 1 : inner]):
        return cuts
    return [c for c in cuts if c[0] < inner]


def _parts(toks: list[_Tok], cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The offsets of the tokens between the cuts (token index ranges that separate)."""
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
            rest = words[k + 1 :]
            if rest[0].low in ("für", "im", "in", "am") or all(capitalised(r.text) for r in rest):
                return not any(r.low in g.determiners for r in rest[1:])
    return False


def _continues_complement(
    part: list[_Tok], nxt: _Tok, after: list[_Tok], g: Grammar, lex: Lexicon, ents: Sequence[Entity], base: int
) -> bool:
    """ "Amt für Soziales, Jugend und Familie": a bare word after a comma continues the complement."""
    if not _open_complement(part, g, lex) or not capitalised(nxt.text):
        return False
    head = _head_at(nxt, lex, ents, base)
    if head is not None and not (getattr(head, "field", False) and _bare_head(nxt.text, lex)):
        return False  # "Amt für Soziales, Jobcenter ...", but "Fachbereich Jugend, Schule und Sport"
    if nxt.low in g.leads or g.representatives.match(nxt.text):
        return False
    following = after[0] if after else None
    return following is None or following.low in ("und", "oder", ",") or not capitalised(following.text)


def _and_separates(
    part: list[_Tok],
    nxt: _Tok,
    after: list[_Tok],
    commas: int,
    g: Grammar,
    lex: Lexicon,
    ents: Sequence[Entity],
    base: int,
) -> bool:
    """Whether "und"/"oder" between ``part`` and ``nxt`` joins two items or lies inside one."""
    prev = part[-1]
    if prev.text.endswith("-") or nxt.text.startswith("("):  # "Kinder- und Jugendhilfe", "(Ober-)"
        return False
    if _gender_pair(prev.text, nxt.text):  # "Vertreterinnen und Vertreter", "Kreisrätinnen und Kreisräte"
        return False
    if prev.text.endswith(")") and is_first_name(part[0].text) and is_first_name(nxt.text) and after:
        # "Elena Beispiel (Verein X) und Samir Muster (Verein Y)": two persons, each with a bracket of their
        # own; not where a shared office opens the part ("die Kreisräte A Beispiel (SPD) und B Muster (CDU)")
        return capitalised(after[0].text)
    if prev.text.isdigit() and capitalised(nxt.text) and len(part) > 1 and capitalised(part[-2].text):
        return True  # "Dezernat 3 und Schul- und Sportamt": a number closes the name before it
    if len(prev.text) >= 4 and nxt.low.endswith(prev.low) and nxt.low != prev.low:
        return False  # "der Mieter und Vermieter": one noun and its compound, one name
    if after and _spelt(part, nxt, after[0]):
        return False  # "Landesbetrieb Vermögen und Bau (VB-BW)": the abbreviation spells both sides
    if g.representatives.match(prev.text) and not any(t.low in g.links for t in part):
        return False  # "Vertreter und Mitglieder des Beirats"
    if (
        nxt.low in g.leads
        or g.gendered_article.match(nxt.text)
        or number(nxt.text) is not None
        or g.representatives.match(nxt.text)
        or _representative_compound(nxt.text, g)
    ):
        return True
    if not capitalised(nxt.text):
        return False
    head = _head_at(nxt, lex, ents, base)
    if head is not None:
        return not (getattr(head, "field", False) and _bare_head(nxt.text, lex) and _open_complement(part, g, lex))
    if _open_complement(part, g, lex):
        return False
    # two bare names at the end of a longer list: "..., Haus International und Café Asyl"
    return commas > 0 and all(capitalised(t.text) for t in part if t.low not in g.leads)


_STEM = 4  # letters of the first part of a compound at least ("Amts-", "Schul-")


def _representative_compound(word: str, g: Grammar) -> bool:
    """Whether ``word`` is a compound ending in a noun of representatives, a group of people of
    its own ("Verwaltungsmitarbeiter", "Elternvertreterinnen"): after "und" it starts an item
    ("Beirat für Senioren und Schulmitarbeiter").

    >>> g = grammar(None)
    >>> _representative_compound("Verwaltungsmitarbeiter", g), _representative_compound("Senioren", g)
    (True, False)
    """
    if not capitalised(word):
        return False
    return any(
        g.representatives.match(word[k].upper() + word[k + 1 :]) is not None
        for k in range(_STEM, len(word) - 3)
        if word[k].islower() and word[k - 1].islower()
    )


def _spelt(part: list[_Tok], nxt: _Tok, bracket: _Tok) -> bool:
    """Whether the abbreviation in brackets after ``nxt`` begins with the initials of words before
    the "und" and goes on with the initial of ``nxt`` ("Vermögen und Bau (VB-BW)")."""
    letters = "".join(c for c in bracket.text if c.isupper())
    if not bracket.text.startswith("(") or len(letters) < 2 or not capitalised(nxt.text):
        return False
    initials = [t.text[0] for t in part if capitalised(t.text)]
    for k in range(len(initials)):
        spelt = "".join(initials[k:]) + nxt.text[0]
        if letters.startswith(spelt) and len(spelt) >= 2:
            return True
    return False


def _gender_pair(a: str, b: str) -> bool:
    a, b = a.casefold().strip("()"), b.casefold().strip("()")
    for x, y in ((a, b), (b, a)):
        if x.endswith("innen") and len(x) > 7:
            stem = x[:-5]
            stem = stem[:-1] if stem.endswith("ä") or stem.endswith("ö") or stem.endswith("ü") else stem
            if y.startswith(stem[: max(4, len(stem) - 2)]):
                return True
    return False


# --- items ---------------------------------------------------------------------------------


def read(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    entities: Sequence[Entity] | None = None,
    res: Resources | None = None,
) -> list[Item]:
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
        nom = nominative(text[a:b], res, dative=dative and capitalised(first) and lex.head(first) is not None)
        dative = nom.dative if nom.name else dative
        count, each = nom.count, nom.each
        if count is None and carry[1] and first.casefold() in ("der", "des") and not _nominative_der(text[a:b], lex):
            count, each = carry
        if nom.count is not None:
            carry = (nom.count, nom.each)
        if not nom.name:
            continue
        head = _item_head(nom.name, lex, [e for e in ents if a <= e.start + start < b])
        b = a + nom.length if nom.length is not None else b
        while b > a and text[b - 1] in ".,;:" and not nom.name.endswith(text[b - 1]):
            b -= 1  # the sentence's full stop is not the name's
        out.append(
            Item(a, b, nom.name, a + nom.offset, count, each, head.id if head else None, head.label if head else None)
        )
    return out


def _nominative_der(part: str, lex: Lexicon) -> bool:
    """Whether "der" starts a new item in the nominative ("der Fachbereich II", a masculine
    noun), not a genitive the count of "je ein Mitglied" holds for ("der Volkshochschule")."""
    words = part.split()
    if words[0].casefold() != "der" or len(words) < 2:
        return False
    head = lex.head(words[1])  # a plural ("der Wohlfahrtsverbände", "der Dienste") is a genitive
    return (
        head is not None and getattr(head, "gender", None) == "m" and not re.search(r"(?:e[nr]?|in(?:nen)?)$", words[1])
    )


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
