"""Run-in enumerations of fields, read with the shared enumeration reader.

"… zu folgenden Handlungsfeldern gebildet: Bildung, Beteiligung, Wohnungspolitik." and
"… verteilen sich auf die Handlungsfelder Sprache und Bildung, Arbeitsmarkt, Wohnen sowie
Gesundheit und Sport.": ``extractors.german.enumerations.split`` cuts the parts at commas, bullets,
"sowie", "als auch", "neben … auch"; fields are topics, not organisations, so the joins it
makes inside names of organisations ("mit dem", "bzw.", slashes) stay inside a field here and
"und" is decided by the rule of ``enumeration``.
"""

from __future__ import annotations

import re

from extractors.base import clean_label
from extractors.german.enumerations import split as split_enumeration
from extractors.german.nominative import nominative
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import ARTICLES, DEFINITE_ARTICLES, alternation, words

from .text import WRAP_END, Candidate, FieldText, is_sentence


def run_in(ft: FieldText, at: int) -> list[Candidate]:
    """The items of "…: Bildung, Beteiligung und Wohnen." up to the end of the sentence; none
    when a part reads as a sentence or speaks of the fields (the enumeration is then a sentence's)."""
    u = ft.layout.unit_at(at)
    end = ft.layout.units[u].end if ft.layout.units[u].end > at else ft.rows[ft.row_at(at)].end
    while u + 1 < len(ft.layout.units) and _goes_on(ft.text[at:end]):
        u += 1  # a sentence the view cut at an export's blank line inside the list ("Vereinsleben;" / "")
        end = ft.layout.units[u].end
    for blank in re.compile(r"\n[ \t]*\n").finditer(ft.text, at, end):
        if not _goes_on(ft.text[at : blank.start()]):  # not an export's inside it ("… und" / "" / "Ausbildung")
            end = blank.start()  # the list ends at a blank line
            break
    first = len(ft.text) - len(ft.text[at:].lstrip())  # "…: ① Sprache ② Arbeit": the marks cut the items
    found = marked_enumeration(ft, first, end, "list") or enumeration(ft, at, end, "list", named=True)
    # a part that reads as a sentence makes the whole one ("Zahlreiche Akteure aus Verwaltung,"
    # / "Vereinen und Verbänden haben mitgewirkt." under a heading whose blank line an export lost),
    # and so does a part that speaks of the fields ("…, das Konzept auf vier Handlungsfelder zu beschränken")
    if any(is_sentence(c.label, ft.vocab) or _speaks_of_fields(ft, c.label) for c in found):
        return []
    return found


def _speaks_of_fields(ft: FieldText, label: str) -> bool:
    """Whether a part names the plural field noun: a sentence about the fields, none of them."""
    return any(ft.vocab.plural.fullmatch(w.strip(",;:.()")) for w in label.split())


def _goes_on(text: str) -> bool:
    """Whether a list's text ends where no sentence can: a comma, a semicolon, a function word,
    an article and an adjective without their noun ("… der sprachlichen" / "" / "Bildung, …")."""
    before = text.rstrip()
    return before.endswith((",", ";")) or WRAP_END.search(before) is not None or _OPEN_PHRASE.search(before) is not None


# an article and an inflected adjective at the end of a text: the noun phrase goes on
_OPEN_PHRASE = re.compile(r"(?<!\w)(?:" + alternation(*ARTICLES) + r")[ \t\n]+[a-zäöüß]\w*(?:e|en|er|es|em)$")


def _gap(text: str) -> str:
    """What joins two parts of an enumeration: ``list`` (a comma, semicolon or bullet),
    ``last`` ("sowie", "als auch", "neben … auch": the join before the last item when the
    items hold "und"), ``and`` ("und", "oder"), or ``inner`` (anything else: "mit dem", "bzw.", "/")."""
    g = " ".join(text.split()).casefold()
    if not g or g[0] in ",;" + markers.without(markers.ITEM_MARKS, markers.SQUARE):
        return "list"
    if g in ("sowie", "als auch", "auch", "und auch"):
        return "last"
    return "and" if g in ("und", "oder") else "inner"


def enumeration(
    ft: FieldText, start: int, end: int, method: str, paired: bool = False, named: bool = False
) -> list[Candidate]:
    """Fields of a run-in enumeration in ``text[start:end]``, read with the shared enumeration
    reader: a label is an item of the enumeration. Fields are topics, not organisations, so
    "und" joins two fields only before the last one, and only when no "sowie" does and no
    field before holds an "und": "Sprache und Bildung, Arbeitsmarkt, Wohnen sowie Gesundheit
    und Sport" is four fields, "Sprache, Kinderbetreuung und Schule, Freizeit und Vereine"
    three, "Bildung, Arbeit und Wohnen" three, "Bildung und Arbeit" two; "mit dem Schwerpunkt
    …", "bzw." and slashes stay inside a field. In a ``paired`` enumeration ("einerseits A,
    andererseits B und C") the pairing adverbs join the fields, as "sowie" does. A ``named`` field
    that opens with an article is named in the nominative (``_nominative``)."""
    text = ft.text
    parts = [list(p) for p in split_enumeration(text, start, end)]
    if not parts:
        return []
    gaps = [_gap(text[a[1] : b[0]]) for a, b in zip(parts, parts[1:])]
    if _semicolons(text, parts):
        return _by_semicolons(ft, parts, method)
    # "und" joins the last field only when no "sowie" does and no field before it holds an "und"
    # ("Sprache, Kinderbetreuung und Schule, Arbeit, Freizeit und Vereine": all joined by commas)
    inner_and = any(g == "and" for g in gaps[:-1]) or any(_top_level_and(text, a, b) for a, b in parts[:-1])
    has_last = "last" in gaps or inner_and or paired
    merged = [parts[0]]
    for k, (gap, part) in enumerate(zip(gaps, parts[1:])):
        if gap in ("list", "last") or gap == "and" and k == len(gaps) - 1 and not has_last:
            merged.append(part)
        else:
            merged[-1][1] = part[1]
    if not has_last and (not gaps or gaps[-1] != "and"):
        s, e = merged[-1]  # the reader keeps "A und B" of two names together: fields are two
        conj = [m for m in re.finditer(r"\s(?:und|oder)\s", text[s:e]) if _depth(text[s : s + m.start()]) == 0]
        if len(conj) == 1 and not text[s : s + conj[0].start()].rstrip().endswith("-"):
            merged[-1:] = [[s, s + conj[0].start()], [s + conj[0].end(), e]]
    out = [Candidate(s, e, clean_label(text[s:e]), method) for s, e in merged]
    if named:
        out = [_nominative(ft, c) for c in out]
    out = [c for c in out if c.label]
    if len(out) < 2 or any(len(c.label.split()) > 8 for c in out):
        return []
    return out


# a definite article opening a field, or a part of it after "und" ("dem Wohnen und dem Zusammenleben")
_ARTICLE = "(?:" + alternation(*DEFINITE_ARTICLES) + r")[ \t\n]+(?=\w)"
_OPENING_ARTICLE = re.compile(_ARTICLE)
_JOINED_ARTICLE = re.compile(r"[ \t\n]+(und|oder)[ \t\n]+(?=" + _ARTICLE + ")")


def _nominative(ft: FieldText, cand: Candidate) -> Candidate:
    """A field of a run-in enumeration that opens with an article, named in the nominative as the
    sentence's case leaves it ("in sechs Handlungsfeldern: der sprachlichen Bildung, dem
    bürgerschaftlichen Engagement und der Arbeit der Vereine" → "sprachliche Bildung",
    "bürgerschaftliches Engagement und Arbeit der Vereine"): so is each part that "und" joins
    with an article of its own ("dem Wohnen und dem Zusammenleben" → "Wohnen und Zusammenleben")."""
    text = ft.text
    if not _OPENING_ARTICLE.match(text, cand.start, cand.end):
        return cand
    joins = _JOINED_ARTICLE.finditer(text, cand.start, cand.end)
    cuts = [m for m in joins if _depth(text[cand.start : m.start()]) == 0]
    bounds = [cand.start, *[x for m in cuts for x in (m.start(), m.end())], cand.end]
    names = [_named_part(ft, clean_label(text[a:b])) for a, b in zip(bounds[::2], bounds[1::2])]
    label = names[0]
    for m, name in zip(cuts, names[1:]):
        label += f" {m.group(1)} {name}"
    start = _OPENING_ARTICLE.match(text, cand.start, cand.end).end()  # type: ignore[union-attr]
    return cand._replace(start=start, label=clean_label(label))


def _named_part(ft: FieldText, part: str) -> str:
    """A part opening with an article in the nominative, without the article; what stands after
    its noun phrase as written ("der Bildung von klein auf" → "Bildung von klein auf"), and the
    part as written without its article where the nominative would drop a word after it."""
    article = _OPENING_ARTICLE.match(part)
    named = nominative(part, ft.res)
    if article is None or not named.name or named.offset != article.end():
        return part[article.end() :] if article else part
    return named.name + (part[named.length :] if named.length is not None else "")


def _semicolons(text: str, parts: list[list[int]]) -> bool:
    """Whether the parts are apart by semicolons: two at least, so that the commas stand inside
    the items ("Sprache und Bildung; Ehrenamt, Sport und Vereine; Wohnen")."""
    return sum(text[a[1] : b[0]].lstrip().startswith(";") for a, b in zip(parts, parts[1:])) >= 2


def _by_semicolons(ft: FieldText, parts: list[list[int]], method: str) -> list[Candidate]:
    """The items of an enumeration apart by semicolons, each one field with its commas and "und"."""
    text = ft.text
    merged = [parts[0]]
    for a, b in zip(parts, parts[1:]):
        if text[a[1] : b[0]].lstrip().startswith(";"):
            merged.append(b)
        else:
            merged[-1][1] = b[1]
    out = [Candidate(s, e, clean_label(text[s:e]), method) for s, e in merged]
    out = [c for c in out if c.label]
    return [] if len(out) < 2 or any(len(c.label.split()) > 8 for c in out) else out


def _top_level_and(text: str, start: int, end: int) -> bool:
    return any(_depth(text[start : start + m.start()]) == 0 for m in re.finditer(r"\s(?:und|oder)\s", text[start:end]))


def _depth(text: str) -> int:
    return text.count("(") + text.count("[") - text.count(")") - text.count("]")


# a circled digit needs no bracket after it ("① Sprache ② Arbeit")
_CIRCLED = markers.charset(markers.CIRCLED_DIGITS)
# lower-case Roman numbers count items too ("i) Sprache, ii) Arbeit"): a run opened by "i" counts on in them
_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
MARKER = re.compile(
    rf"(?<![\w)])\(?(?P<m>(?:i{{2,3}}|iv|vi{{1,3}}|ix|xi{{1,2}})|[A-Za-z]|\d{{1,2}}|{_CIRCLED})"
    rf"(?:(?<={_CIRCLED})|\))[ \t\n]+"
)
_ITEM_END = re.compile(r"[ \t\n]*(?:,|;|\bund\b|\bsowie\b|\boder\b)?[ \t\n]*$")
_SENTENCE_END = re.compile(r"[.;:](?:\s|$)")
# the clause's verb after the last item: "(6) Demokratie und Mitwirkung zu ergänzen.“"
_INFINITIVE_END = re.compile(r"[ \t\n]+zu[ \t\n]+[a-zäöüß]+[.!?“”\"«]*[ \t\n]*$")


def marked_enumeration(ft: FieldText, start: int, end: int, method: str) -> list[Candidate]:
    """Fields of an enumeration whose items carry letters or numbers in a row, starting at
    ``start``: "(A) Ankommen und Erstorientierung, (B) Sprache und Bildung … und (E) Teilhabe",
    "a) Wohnen, b) Arbeit und c) Sprache", "1) …, 2) …", "i) Sprache, ii) Arbeit". The markers cut
    the items, so an "und" inside an item stays there; the last item ends with the sentence. Empty when the text at
    ``start`` is no such enumeration (fewer than two markers, or not A, B, C … in order)."""
    text = ft.text
    marks: list[re.Match[str]] = []
    pos = start
    while True:
        m = MARKER.match(text, pos) if not marks else MARKER.search(text, pos, end)
        roman = bool(marks) and marks[0].group("m") == _ROMANS[0]
        if (m is None or m.start() >= end) and marks:
            end = _wrapped_end(ft, end, _next_mark(marks[-1].group("m"), roman))
            m = MARKER.search(text, pos, end)
        if m is None or m.start() >= end:
            break
        want = _next_mark(marks[-1].group("m"), roman) if marks else None
        if want is not None and m.group("m") != want:
            break
        if not marks and m.group("m") not in ("A", "a", "1", _ROMANS[0], *markers.CIRCLED_FIRSTS):
            return []
        marks.append(m)
        pos = m.end()
    if len(marks) < 2:
        return []
    stop = _SENTENCE_END.search(text, marks[-1].end(), end)
    bounds = [(a.end(), b.start()) for a, b in zip(marks, marks[1:])] + [
        (marks[-1].end(), stop.start() if stop else end)
    ]
    bounds[-1] = (bounds[-1][0], _before_predicate(text, *bounds[-1]))
    for n, (a, b) in enumerate(bounds[:-1]):
        if (noun := ft.vocab.noun.search(text, a, b)) is not None:
            # the clause goes on after the item and names the next one anew: "(5) Öffnung der Verwaltung
            # beizubehalten und um das Handlungsfeld (6) Demokratie … zu ergänzen"
            bounds[n] = (a, _before_predicate(text, a, noun.start(), most=0))
    out = []
    for a, b in bounds:
        b = a + len(_ITEM_END.sub("", _INFINITIVE_END.sub("", text[a:b])))
        label = clean_label(text[a:b])
        if not label or len(label.split()) > 8:
            return []
        out.append(Candidate(a, b, label, method))
    return out


def _wrapped_end(ft: FieldText, end: int, want: str) -> int:
    """The end of the sentence that goes on at ``end`` with the next item's marker ``want``: the
    view ends a sentence at a line that opens with a marker ("… Beruf," / "(3) Arbeit …")."""
    at = len(ft.text) - len(ft.text[end:].lstrip())
    m = MARKER.match(ft.text, at)
    if m is None or m.group("m") != want or not ft.layout.units:
        return end
    return max(end, ft.layout.units[ft.layout.unit_at(at)].end)


# the words that stand inside a field's name between its nouns ("Wohnen in Stadt und Dorf")
_JOINING = words(*ARTICLES, "prepositions", "contractions", "conjunctions")
_WORD = re.compile(r"[\w\-ÄÖÜäöüß]+|[^\w\s]")


def _before_predicate(text: str, start: int, end: int, most: int = 8) -> int:
    """The end of the last item of a marked enumeration that a clause goes on after, the item
    too long for a name: before the first lower-case word that is no function word and stands
    before no noun, the clause's verb ("… sowie (4) Freizeit, Kultur und Begegnung beschreibt und
    prüfbare Ziele festlegt" → "Freizeit, Kultur und Begegnung"); ``end`` when there is none."""
    tokens = list(_WORD.finditer(text, start, end))
    if sum(t.group(0)[0].isalnum() for t in tokens) <= most:
        return end
    for t, nxt in zip(tokens[1:], [*tokens[2:], None]):
        word = t.group(0)
        if not word[0].islower() or word in _JOINING:
            continue
        if nxt is None or not nxt.group(0)[0].isupper():
            return t.start()
    return end


def _next_mark(mark: str, roman: bool = False) -> str:
    if roman:
        return _ROMANS[_ROMANS.index(mark) + 1] if mark in _ROMANS[:-1] else ""
    return str(int(mark) + 1) if mark.isdecimal() else chr(ord(mark) + 1)
