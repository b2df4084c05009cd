"""The prefiltered patterns find exactly what ``re`` finds, on the resource patterns and any text."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.fastre import Prefiltered, literal_prefixes, prefiltered
from extractors.resources import RESOURCE_DIR, load_yaml
from pipeline.lang.de import LANG_DIR
from tests.helpers import SEED_TEXTS


def resource_patterns() -> list[str]:
    """Every regular expression in the resource files (values of keys named like patterns)."""
    found: list[str] = []

    def walk(node: Any, key: str = "") -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, str(k))
        elif isinstance(node, list):
            for v in node:
                walk(v, key)
        elif isinstance(node, str) and any(ch in node for ch in "\\(|[") and key not in ("id", "label", "note"):
            try:
                re.compile(node)
            except re.error:
                return
            found.append(node)

    for path in sorted([*RESOURCE_DIR.glob("*.yaml"), *LANG_DIR.glob("*.yaml")]):
        walk(load_yaml(path))
    return sorted(set(found))


PATTERNS = resource_patterns() + [
    r"(?i)begleit|moderat|beratung\s+durch",
    r"\b(?:Handlungsfeld|Themenfeld)(?:e|en|er)?\b",
    r"(?im)^[ \t]*(?:Moderation|Begleitung)\s*:",
    r"(?<![\w-])Stadt(?:rat|verwaltung)\b",
    r"(?i)Straße|STRASSE",
]
# patterns whose matches open with a group that ignores case (the metadata's kind words before a name)
CASE_GROUP_PATTERNS = [
    r"(?<![\w-])(?P<kind>(?i:stadt|gemeinde|gro(?:ss|ß)e\s+krei(?:ss|ß)tadt))\s+(?=[A-ZÄÖÜ])",
    r"\b(?i:stadtrat|moderation)\b",
    r"(?:(?i:begleitung)|Straße)[ \t]+\w",
]
PATTERNS += CASE_GROUP_PATTERNS
SEED_TEXT = "\n".join(p.read_text(encoding="utf-8") for p in SEED_TEXTS)


def spans(p: Any, text: str, pos: int = 0, endpos: int = 10**9) -> list[tuple[int, int]]:
    return [m.span() for m in p.finditer(text, pos, endpos)]


def test_some_resource_patterns_get_a_prefilter() -> None:
    assert len(PATTERNS) > 20
    assert sum(isinstance(prefiltered(p), Prefiltered) for p in PATTERNS) >= 5


@pytest.mark.parametrize("pattern", PATTERNS)
def test_same_matches_as_re_on_the_seed_texts(pattern: str) -> None:
    plain, fast = re.compile(pattern), prefiltered(pattern)
    assert spans(fast, SEED_TEXT) == spans(plain, SEED_TEXT)
    for start in range(0, len(SEED_TEXT), 997):
        end = start + 1500
        a, b = plain.search(SEED_TEXT, start, end), fast.search(SEED_TEXT, start, end)
        assert (a and a.span()) == (b and b.span())


WORDS = [
    "Begleitung",
    "BEGLEIT",
    "moderat",
    "Moderation:",
    "Handlungsfeld",
    "Handlungsfelder",
    "Themenfeld",
    "Stadtrat",
    "Stadtverwaltung",
    "STADT Musterstadt",
    "Große Kreisstadt ",
    "gemeinde X",
    "Beratung durch",
    "beratung\n durch",
    "ı",
    "İ",
    "ſ",
    "Straße",
    "STRASSE",
    "-",
    " ",
    "\n",
    "\t",
    "x",
    "Ä",
    "ß",
    "ẞ",
    "K",
]


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), max_size=30),
    which=st.integers(min_value=0, max_value=len(PATTERNS) - 1),
)
def test_same_matches_as_re_on_any_text(pieces: list[str], which: int) -> None:
    text = "".join(pieces)
    pattern = PATTERNS[which]
    assert spans(prefiltered(pattern), text) == spans(re.compile(pattern), text)


def test_patterns_opening_with_a_group_that_ignores_case_get_a_prefilter() -> None:
    assert all(isinstance(prefiltered(p), Prefiltered) for p in CASE_GROUP_PATTERNS[:2])
    p = prefiltered(CASE_GROUP_PATTERNS[0])
    text = "Die STADT Musterstadt und die Große  Kreisstadt Pirna; stadtweit, Gemeinde nord"
    assert spans(p, text) == spans(re.compile(CASE_GROUP_PATTERNS[0]), text) == [(4, 10), (30, 48)]


def test_prefixes_are_read_from_groups_and_branches() -> None:
    from re import _parser as P  # type: ignore[attr-defined]

    def prefixes(p: str) -> list[str] | None:
        return literal_prefixes(list(P.parse(p)))

    assert prefixes(r"\b(?:abc|de(?:f|gh))x") == ["abcx", "defx", "deghx"]
    assert prefixes(r"abc\b(?:d|e)") == ["abc"]
    assert prefixes(r"(?:abc)?d") is None
    assert prefixes(r"[Bb]eirat") == ["Beirat", "beirat"]  # a class of a few letters: each one
    assert prefixes(r"[a-z]cd") is None and prefixes(r"[^a]cd") is None and prefixes(r"[abcde]x") is None
    assert prefixes(r"(?:abc|)") is None
    assert prefixes(r"(?:Dr\.\s*|Prof\.\s*)+[A-Z]\w+") == ["Dr.", "Prof."]  # a repeat, once at least: its words
    assert prefixes(r"(?:Dr\.\s*)*[A-Z]\w+") is None


def composite_patterns() -> list[str]:
    """The facilitators' patterns built from several resource entries (group words, heads)."""
    from extractors import load_resources
    from extractors.facilitators import rules

    r = rules(load_resources())
    return [r.group.pattern, r.heads.pattern, r.role.pattern, r.acting.pattern]


RUN_PATTERNS = composite_patterns() + [
    r"(?i)(?<![\wäöüß-])[\wäöüß-]*?(?:gruppe|kreis)(?:n|e)?\b",
    r"[\w-]*(?:Stadt|Amt)",
    r"[A-Za-z]*?(?:beirat|rat)\b",
    r"[a-z ]*gremium",
    # a run, then words opening with a class of a few letters: each letter a word's start
    r"(?<![\wäöüß-])\w*[Bb]egleitung\b|Moderat(?:ion|or)\w*",
    r"(?i)\b(?:Träger|[\wäöüß]*[Ee]mpfänger)(?:in)?\s+(?:der|des)\b",
    # a repeat, once at least, of titles: a match opens with one of them
    r"(?<!Herr )\b(?:(?:Prof|Dr)\.\s*)+[A-ZÄÖÜ]\w+",
]
RUN_WORDS = WORDS + [
    "Lenkungsgruppe",
    "Arbeitskreis",
    "ARBEITSKREISE",
    "Steuerungs-Gruppe",
    "Beirat",
    "Stadtverwaltung",
    "STADT Musterstadt",
    "Große Kreisstadt ",
    "gemeinde X",
    "Mitarbeitende",
    "eigenen Personal",
    "Gremium",
    "Netzwerk",
    "Begleitgruppe",
    "Prozessbegleitung",
    "BEGLEITUNG",
    "Moderatorin",
    "Zuwendungsempfängerin der",
    "Träger des",
    "Herr Dr. Meier",
    "Prof. Dr. Kunz",
    "Dr.",
]


def test_patterns_opening_with_a_run_get_a_prefilter() -> None:
    for pattern in RUN_PATTERNS:
        assert isinstance(prefiltered(pattern), Prefiltered), pattern


@pytest.mark.parametrize("pattern", RUN_PATTERNS, ids=range(len(RUN_PATTERNS)))
def test_runs_same_matches_as_re_on_the_seed_texts(pattern: str) -> None:
    plain, fast = re.compile(pattern), prefiltered(pattern)
    assert spans(fast, SEED_TEXT) == spans(plain, SEED_TEXT)
    assert fast.sub(" ", SEED_TEXT) == plain.sub(" ", SEED_TEXT)


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.one_of(st.sampled_from(RUN_WORDS), st.text(max_size=4)), max_size=30),
    which=st.integers(min_value=0, max_value=len(RUN_PATTERNS) - 1),
    cut=st.tuples(st.integers(0, 200), st.integers(0, 200)),
)
def test_runs_sub_and_may_occur_agree_with_re(pieces: list[str], which: int, cut: tuple[int, int]) -> None:
    text = "".join(pieces)
    plain, fast = re.compile(RUN_PATTERNS[which]), prefiltered(RUN_PATTERNS[which])
    assert spans(fast, text) == spans(plain, text)
    start, end = sorted(cut)
    assert (fast.search(text, start, end) and fast.search(text, start, end).span()) == (
        plain.search(text, start, end) and plain.search(text, start, end).span()
    )
    assert fast.sub(" ", text) == plain.sub(" ", text)
    assert fast.sub("", text, count=1) == plain.sub("", text, count=1)
    if plain.search(text[start:end]) is not None:  # a match in a sentence cut out: never ruled out
        assert fast.may_occur(text, start, end)


def test_a_long_run_before_the_word_is_looked_at_to_its_start() -> None:
    p = prefiltered(r"(?<![\w-])[\w-]*gruppe")
    text = "x " + "a" * 100 + "gruppe und " + "b-" * 40 + "gruppe"
    assert spans(p, text) == spans(re.compile(p.pattern), text) == [(2, 108), (113, 199)]


@settings(max_examples=200, deadline=None)
@given(
    pieces=st.lists(st.one_of(st.sampled_from(WORDS + RUN_WORDS), st.text(max_size=4)), min_size=1, max_size=40),
    which=st.integers(min_value=0, max_value=len(PATTERNS) + len(RUN_PATTERNS) - 1),
    cuts=st.lists(st.tuples(st.integers(0, 1400), st.integers(0, 1400)), min_size=1, max_size=6),
)
def test_long_texts_searched_by_their_index_as_by_re(
    pieces: list[str], which: int, cuts: list[tuple[int, int]]
) -> None:
    """A text searched over a long span is indexed once; windows searched in it afterwards, short
    ones included, find what ``re`` finds."""
    text = "".join(pieces)
    text = (text + " Satz. ") * (1 + 1200 // (len(text) + 7))
    pattern = (PATTERNS + RUN_PATTERNS)[which]
    plain, fast = re.compile(pattern), prefiltered(pattern)
    assert spans(fast, text) == spans(plain, text)
    edges = [(m.start() - k, m.end() - j) for m in list(plain.finditer(text))[:5] for k in (0, 3) for j in (0, 1)]
    for start, end in [*map(sorted, cuts), *edges]:  # windows ending at a match's end and just before
        a, b = plain.search(text, start, end), fast.search(text, start, end)
        assert (a and a.span()) == (b and b.span())
        assert spans(fast, text, start, end) == spans(plain, text, start, end)


GATED_PATTERNS = [
    r"(?<![\wäöüß-])\w*(?:[Bb]e)?gleitung\b|Moderat(?:ion|or)\w*",
    r"[A-ZÄÖÜ][\wäöüß]+(?:[ \t]+[A-ZÄÖÜ][\wäöüß]+){0,2}[ \t]+(?:GmbH|e\.V\.|gGmbH)",
    r"(?i)\b(?:\d+|zwei|drei)\s+(?:Mitglieder|Vertreterinnen)\b",
    r"(?m)^\s*(?:[a-z]\)|\d+\.)\s+[A-ZÄÖÜ]\w+(?:amt|rat)\b",
    # a run of literals before a group ("er" of the branches' shared start): "ertrag", "erträge", "erlös"
    r"(?i)\b(?:Minder|Mehr)?(?:ertr(?:ag|äge)|erlös)\w*|\bin\s+Gesamt\w*\s+(?:enthalten|inbegriffen)\b",
]
GATED_TEXT = (
    "Die fachliche Prozessbegleitung übernimmt die Stadtteilwerkstatt Nord GmbH.\n"
    "a) Ordnungsamt und 12 MITGLIEDER des Beirats\n"
    "Moderatorin ist Frau Kranich vom Verein Lesepaten e.V. (Satz ohne Wort)\n"
    "2. Sozialamt 3 Vertreterinnen; Begleitung durch Obstwiese gGmbH\n"
    "MEHRERTRÄGE und Erlöse, in Gesamtkosten enthalten; Verkaufserlös, erst später\n"
)


def test_patterns_without_leading_words_are_gated_by_the_words_their_matches_contain() -> None:
    from extractors.fastre import Gated, P, required_words

    assert required_words(list(P.parse(r"\w*[Bb]egleitung\b|Moderat(?:ion|or)"))) == [
        "egleitung",
        "Moderation",
        "Moderator",
    ]
    assert required_words(list(P.parse(r"[A-Z]\w+(?=GmbH)"))) is None  # a lookahead's words are no part of the match
    assert required_words(list(P.parse(r"(?:\d+\s*)?€"))) == ["€"]
    assert all(isinstance(prefiltered(p), Gated) for p in GATED_PATTERNS)
    for pattern in GATED_PATTERNS:
        plain, fast = re.compile(pattern), prefiltered(pattern)
        for start, end in [(0, len(GATED_TEXT)), (10, 60), (76, 120), (120, 140), (0, 5)]:
            assert spans(fast, GATED_TEXT, start, end) == spans(plain, GATED_TEXT, start, end)
            a, b = plain.search(GATED_TEXT, start, end), fast.search(GATED_TEXT, start, end)
            assert (a and a.span()) == (b and b.span())
        assert fast.sub("_", GATED_TEXT) == plain.sub("_", GATED_TEXT)
        assert fast.sub("_", "Ein Satz ohne eines der Wörter.") == "Ein Satz ohne eines der Wörter."


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(
        st.one_of(
            st.sampled_from(
                WORDS + ["GmbH", "e.V.", "Mitglieder", "amt", "a) ", "7 ", "Mehrerträge", "erlös", "ertrag"]
            ),
            st.text(max_size=4),
        ),
        max_size=30,
    ),
    which=st.integers(min_value=0, max_value=len(GATED_PATTERNS) - 1),
    cut=st.tuples(st.integers(0, 120), st.integers(0, 120)),
)
def test_gated_patterns_find_what_re_finds_on_any_text(pieces: list[str], which: int, cut: tuple[int, int]) -> None:
    text = "".join(pieces)
    plain, fast = re.compile(GATED_PATTERNS[which]), prefiltered(GATED_PATTERNS[which])
    start, end = sorted(cut)
    assert spans(fast, text) == spans(plain, text)
    assert spans(fast, text, start, end) == spans(plain, text, start, end)
    assert fast.sub("_", text) == plain.sub("_", text)


def test_one_search_of_all_words_is_false_only_where_no_pattern_matches() -> None:
    from extractors.fastre import any_may_match

    matchers = tuple(prefiltered(p) for p in GATED_PATTERNS) + (prefiltered(r"(?i)\b(?:Moderation|Begleitung)\b"),)
    may = any_may_match(matchers)
    texts = [*GATED_TEXT.splitlines(), "Der Rat tagt.", "", "İstanbul MODERATION", *WORDS]
    for text in texts:
        if not may(text):
            assert not any(m.search(text) for m in matchers), text
    assert not may("Der Rat tagt.") and may("Die MODERATION übernimmt X.")
    assert any_may_match((*matchers, re.compile("Rat")))("Der Rat tagt.")  # a plain pattern: always asked
