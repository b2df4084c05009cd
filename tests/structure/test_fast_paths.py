"""The short cuts of the structure view and the misses give what the long way gives: a line's
columns without the gap pattern where it has no gap, the counted field nouns through the
literal prefilter, a line with one date and nothing else only where it has a digit, the
Beratungsfolge blocks past a line that opens with no column word, a footer with a page
number only where the line has a digit, dates only where a text has four digits, the header of a
line asked again from the cache, running heads only among the lines that open as a head
line does or hold the paper's number, OCR debris told by counting the words' characters, and a
table of contents' dot leaders looked for only in a line that ends in a dot or an ellipsis, a running
head with its page number at its end only on a line that ends in a digit or a dash, and justified
lines and spaces at line ends only in a text with two spaces in a row."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import load_resources
from extractors.action_fields.contents import _LEADER_END, _LEADER_MARKS
from extractors.action_fields.misses import words
from extractors.action_fields.vocab import vocabulary
from extractors.consultations.blocks import date_tokens
from extractors.consultations.headers import column_words_only, header, opens_header
from extractors.consultations.misses import _date_only
from extractors.consultations.vocab import vocab
from pipeline.extract.confidence import garbled
from pipeline.lang.de.dates import _find_dates, find_dates
from pipeline.structure import GAP, Line
from pipeline.structure.furniture import (
    _SPACED_PAGE_NUMBER,
    RUNNING_HEAD_NUMBERED,
    WORDED_PAGE_NUMBER,
    _ends_numbered,
    _names_number,
    _numbered_line,
    _opens,
    _words,
)
from pipeline.structure.prose import _JUSTIFIED, _LINE_END_SPACES
from tests.generators.layouts import AM_FILLERS, HEADER_WORDS
from tests.helpers import SHARED

TEXTS = [SHARED / "corpus" / name / "texts" for name in ("nordstemmen", "karlsruhe")]


def gap_columns(line: Line) -> list[tuple[int, int, str]]:
    """The columns the gap pattern cuts, every line the long way: the runs of characters that no
    gap covers."""
    gap = [False] * len(line.text)
    for sep in GAP.finditer(line.text):
        gap[sep.start() : sep.end()] = [True] * (sep.end() - sep.start())
    runs = [(m.start(), m.end()) for m in re.finditer(r"0+", "".join("1" if g else "0" for g in gap))]
    out = [(line.start + a, line.start + b, line.text[a:b]) for a, b in runs]
    if out and runs[-1][1] == len(line.text):  # the last column runs to the line's end
        out[-1] = (out[-1][0], line.end, out[-1][2])
    return out


PIECES = st.sampled_from(["Sozialausschuss", "23.05.2017", "Ö", " ", "  ", "\t", " | ", "|", "a", "-", "", "   "])


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=8), st.integers(0, 500))
def test_columns_are_what_the_gap_pattern_cuts(pieces: list[str], start: int) -> None:
    text = "".join(pieces)
    line = Line(start, start + len(text), text)
    assert line.columns == gap_columns(line)


def test_columns_of_a_line_without_a_gap_are_the_line() -> None:
    assert Line(4, 20, "Seite 2 von 3 x").columns == [(4, 20, "Seite 2 von 3 x")]
    assert Line(4, 4, "").columns == []
    assert Line(0, 12, "Rat  12.03.").columns == [(0, 3, "Rat"), (5, 12, "12.03.")]  # a gap: cut


NOUNS = st.sampled_from(["Handlungsfelder", "HANDLUNGSFELDERN", "handlungsbereiche", "Themenfeldern", "Aktionsfelde"])
FILL = st.sampled_from([" ", "sechs ", "Die ", "\n", "-", "übersicht", "Feld ", "Handlungsfeld "])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(NOUNS, FILL), max_size=12))
def test_counted_nouns_through_the_prefilter_are_the_plain_patterns(parts: list[str]) -> None:
    res = load_resources()
    text = "".join(parts)
    plain = [m.span() for m in vocabulary(res).plural.finditer(text)]
    assert [m.span() for m in words(res).plural.finditer(text)] == plain


@pytest.mark.skipif(not all(t.is_dir() for t in TEXTS), reason="needs ../shared")
def test_counted_nouns_through_the_prefilter_on_real_papers() -> None:
    res = load_resources()
    seen = 0
    for path in sorted(p for t in TEXTS for p in t.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        plain = [m.span() for m in vocabulary(res).plural.finditer(text)]
        assert [m.span() for m in words(res).plural.finditer(text)] == plain, path.name
        seen += len(plain)
    assert seen > 0  # the papers name fields: the comparison compared something


@pytest.mark.parametrize(
    "text, alone",
    [("20.02.2017", True), ("  20.02.2017 ", True), ("20. Februar 2017", True), ("am 20.02.2017", False),
     ("Februar", False), ("Sozialausschuss", False), ("April 2017", False)],
)  # fmt: skip
def test_a_date_alone_on_its_line(text: str, alone: bool) -> None:
    assert _date_only(text) is alone


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="OolI|. ,Februarzehnt", max_size=30))
def test_a_line_without_digits_holds_no_full_date(text: str) -> None:
    assert not _date_only(text)
    assert not [iso for _, _, iso in date_tokens(text) if iso and len(iso) == 10]


HEADER_PIECES = st.sampled_from(
    [w for ws in HEADER_WORDS.values() for w in ws]
    + [f for f in AM_FILLERS if f]
    + ["am", "Sozialausschuss", "12.03.2018", "Ö", "nö", "Name", "gemeinsam", ":", "(", ")", "x"]
)
SEPARATORS = st.sampled_from([" ", "  ", "   ", "\t", "", " : "])


def _passes_by(text: str) -> None:
    """A line the blocks pass by (no column word opens it) is no header and no column word on its own."""
    v = vocab(load_resources())
    if not opens_header(text, v):
        assert header(text, v) is None, text
        assert not column_words_only(text, v), text


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(SEPARATORS, HEADER_PIECES), max_size=7), SEPARATORS)
def test_a_line_passed_by_is_no_header(parts: list[tuple[str, str]], end: str) -> None:
    _passes_by("".join(sep + word for sep, word in parts) + end)


@pytest.mark.parametrize("text", ["Sozialausschuss 12.03.2018 Ö", "Die Sitzung am 12.03.2018", "Rat tagt am 1.3.2018"])
def test_lines_that_open_with_no_column_word(text: str) -> None:
    assert not opens_header(text, vocab(load_resources()))
    _passes_by(text)


@pytest.mark.parametrize("text", ["Gremium  Datum  Zuständigkeit", "  Sitzung am", "Beratung im\tam\tÖ/N\tRolle"])
def test_lines_that_open_a_header(text: str) -> None:
    assert opens_header(text, vocab(load_resources()))


@pytest.mark.skipif(not all(t.is_dir() for t in TEXTS), reason="needs ../shared")
def test_lines_passed_by_on_real_papers() -> None:
    v = vocab(load_resources())
    opened = 0
    for path in sorted(p for t in TEXTS for p in t.glob("*.txt"))[::4]:
        for text in path.read_text(encoding="utf-8").splitlines():
            _passes_by(text)
            opened += opens_header(text, v)
    assert opened > 0


FOOTER_PIECES = st.sampled_from(
    ["Seite", "Blatt", "von", "aus", "/", "-", "–", "Drucksache", "Nr.", "zwei", "2", "3", "0087/2023", "Vorlage", "x"]
)


def _page_number_cells(line: Line) -> bool:
    """The long way's first tests: a cell with a page number in words or dashes, or one joined by spaces."""
    cells = [t for _, _, t in line.columns]
    return _SPACED_PAGE_NUMBER.search(line.text) is not None or any(WORDED_PAGE_NUMBER.fullmatch(t) for t in cells)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([" ", "   ", "\t", ""]), FOOTER_PIECES), max_size=8))
def test_a_footer_line_needs_a_digit(parts: list[tuple[str, str]]) -> None:
    text = "".join(sep + word for sep, word in parts)
    line = Line(0, len(text), text)
    if not re.search(r"\d", text):
        assert not _page_number_cells(line) and not _numbered_line(line)


@pytest.mark.parametrize(
    "text, numbered",
    [("Seite 1 von 2      Drucksache 0087/2023", True), ("Vorlage Nr. 101/2020      - 2 -", True),
     ("Seite eins von zwei      Drucksache", False), ("2.1 Sprache      Seite 5", False)],
)  # fmt: skip
def test_footer_lines(text: str, numbered: bool) -> None:
    assert _numbered_line(Line(0, len(text), text)) is numbered


@pytest.mark.skipif(not all(t.is_dir() for t in TEXTS), reason="needs ../shared")
def test_footer_lines_without_digits_on_real_papers() -> None:
    seen = 0
    for path in sorted(p for t in TEXTS for p in t.glob("*.txt"))[::4]:
        for text in path.read_text(encoding="utf-8").splitlines():
            line = Line(0, len(text), text)
            if not re.search(r"\d", text):
                assert not _page_number_cells(line), text
            else:
                seen += _page_number_cells(line)
    assert seen > 0  # page numbers with digits are still found


@settings(max_examples=300, deadline=None)
@given(st.lists(FOOTER_PIECES, max_size=6), st.integers(0, 50))
def test_a_head_without_a_number_names_none(words: list[str], i: int) -> None:
    text = " ".join(words)
    assert not _names_number(text, {}, i)  # the running head skips the lines where the head holds no number


def test_a_head_with_a_number_names_it() -> None:
    assert _names_number("Vorlage 2016/0284", {"2016/0284": 0}, 5)
    assert not _names_number("Vorlage 2016/0284", {}, 5)


DATE_PIECES = st.sampled_from(
    ["1", "12", "03", "2017", "17", "19", "20", ".", ". ", " ", "\t", "/", "-", "–", "März", "Juni", "Dez.", "am", "x",
     "\u0663", "Sitzung", "\n"]
)  # fmt: skip


def _dates(text: str, start: int = 0, end: int | None = None, months: bool = False) -> list[tuple[str, int, int]]:
    found = find_dates(text, start, end, months)
    slow = _find_dates(text, start, len(text) if end is None else end, months)
    assert found == slow, text
    return [(d.iso, d.start, d.end) for d in found]


@settings(max_examples=600, deadline=None)
@given(st.lists(DATE_PIECES, max_size=12), st.integers(0, 6), st.integers(0, 40), st.booleans())
def test_dates_only_where_four_digits_stand(pieces: list[str], start: int, end: int, months: bool) -> None:
    text = "".join(pieces)
    _dates(text, months=months)
    _dates(text, min(start, len(text)), min(len(text), start + end), months)


@pytest.mark.parametrize(
    "text, found",
    [("am 1.2.17", 1), ("Juni 2017", 1), ("3. März 2020", 1), ("1.2.", 0), ("Seite 1 von 12", 0),
     ("05./06.03.2024", 1)],
)  # fmt: skip
def test_dates_with_few_digits(text: str, found: int) -> None:
    assert len(_dates(text, months=True)) == found


@pytest.mark.skipif(not all(t.is_dir() for t in TEXTS), reason="needs ../shared")
def test_dates_on_real_papers() -> None:
    seen = 0
    for path in sorted(p for t in TEXTS for p in t.glob("*.txt"))[::4]:
        text = path.read_text(encoding="utf-8")
        seen += len(_dates(text, months=True))
        for line in text.splitlines():
            _dates(line, months=True)
    assert seen > 0


@pytest.mark.skipif(not all(t.is_dir() for t in TEXTS), reason="needs ../shared")
def test_headers_from_the_cache_on_real_papers() -> None:
    v = vocab(load_resources())
    found = 0
    for path in sorted(p for t in TEXTS for p in t.glob("*.txt"))[::8]:
        for text in path.read_text(encoding="utf-8").splitlines():
            first = header(text, v)
            assert first == header.__wrapped__(text, v) == header(text, v), text
            found += first is not None
    assert found > 0


HEAD_PIECES = st.sampled_from(
    [" ", "  ", "\t", "\u3000", "\xa0", "Vorlage", "ß", "Straße", "İ", "ı", "ſ", "Ǆ", "ﬁ", "Σ", "2016/0284", "-", "„",
     ""]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(HEAD_PIECES, max_size=8))
def test_a_line_opens_as_its_words_do(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _opens(text) == _words(text)[:1]


def test_every_character_opens_as_its_words_do() -> None:
    for code in range(0x30000):
        if 0xD800 <= code < 0xE000:
            continue
        text = " \t" + chr(code) + "x"
        assert _opens(text) == _words(text)[:1], hex(code)


@settings(max_examples=300, deadline=None)
@given(st.lists(FOOTER_PIECES, max_size=6), st.sampled_from(["2016/0284", "IV/27/2023"]), st.integers(0, 50))
def test_a_line_naming_the_number_holds_it(words: list[str], number: str, i: int) -> None:
    text = " ".join(words)
    if _names_number(text, {number: 0}, i):
        assert number in text


@pytest.mark.skipif(not all(t.is_dir() for t in TEXTS), reason="needs ../shared")
def test_lines_that_open_as_a_head_line_on_real_papers() -> None:
    seen = 0
    for path in sorted(p for t in TEXTS for p in t.glob("*.txt"))[::4]:
        for text in path.read_text(encoding="utf-8").splitlines():
            assert _opens(text) == _words(text)[:1], text
            seen += bool(text.strip())
    assert seen > 0


def _garbled_long_way(snippet: str) -> bool:
    words = snippet.split()
    singles = sum(1 for w in words if len(w) == 1 and w.isalpha()) / max(len(words), 1)
    if len(words) >= 4 and singles > 0.4:
        return True
    chars = [ch for ch in snippet if not ch.isspace()]
    letters = sum(ch.isalpha() for ch in chars) / max(len(chars), 1)
    return len(chars) >= 40 and letters < 0.35


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aÄß1 2.\t\n\u2003\xa0-/l8Ⅷ", max_size=120))
def test_debris_as_the_long_way_tells_it(snippet: str) -> None:
    assert garbled(snippet) is _garbled_long_way(snippet)


@pytest.mark.skipif(not all(t.is_dir() for t in TEXTS), reason="needs ../shared")
def test_debris_on_real_papers() -> None:
    told = 0
    for path in sorted(p for t in TEXTS for p in t.glob("*.txt"))[::8]:
        lines = path.read_text(encoding="utf-8").splitlines()
        for k in range(len(lines)):
            snippet = " ".join(lines[k : k + 3])
            assert garbled(snippet) is _garbled_long_way(snippet), snippet
            told += garbled(snippet)
    assert told > 0


LEADER_PIECES = st.sampled_from(["Wohnen", "12", ".", ". ", "…", " ", "\t", "\n", "S.", "·", "_", "", "x."])


@settings(max_examples=500, deadline=None)
@given(st.lists(LEADER_PIECES, max_size=10))
def test_dot_leaders_end_in_a_dot_or_an_ellipsis(pieces: list[str]) -> None:
    text = "".join(pieces)
    if _LEADER_END.search(text) is not None:
        assert text.rstrip(" \t\n")[-1:] in _LEADER_MARKS, text


@pytest.mark.skipif(not all(t.is_dir() for t in TEXTS), reason="needs ../shared")
def test_dot_leaders_on_real_papers() -> None:
    found = 0
    for path in sorted(p for t in TEXTS for p in t.glob("*.txt"))[::4]:
        for text in path.read_text(encoding="utf-8").splitlines():
            if _LEADER_END.search(text) is not None:
                assert text.rstrip(" \t\n")[-1:] in _LEADER_MARKS, text
                found += 1
    assert found > 0


HEAD_PIECES = st.sampled_from(
    ["Vorlage 12/2026", "Stadt Aue", " ", "  ", "\t", "-", "\u2013", "\u2014", "2", "17", "\u0663", "Seite", "BLATT",
     " von ", "/", "x", ".", "\u00b2"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(HEAD_PIECES, max_size=8))
def test_running_heads_with_a_number_end_in_a_digit_or_a_dash(pieces: list[str]) -> None:
    text = "".join(pieces)
    if RUNNING_HEAD_NUMBERED.fullmatch(text):
        assert _ends_numbered(text), text


@pytest.mark.parametrize(
    "text, numbered",
    [("Stadt Aue · Vorlage 12/2026 - 2 -", True), ("Vorlage 12/2026 Seite 3 ", True), ("Stadt Aue \u2013 7\t", True),
     ("Vorlage 12/2026 Seite drei", False), ("", False), ("   ", False), ("Die Stadt Aue.", False)],
)  # fmt: skip
def test_lines_that_end_as_a_page_number(text: str, numbered: bool) -> None:
    assert _ends_numbered(text) is numbered
    if not numbered:
        assert RUNNING_HEAD_NUMBERED.fullmatch(text) is None


PROSE_PIECES = st.sampled_from(["Wort", "Rat", " ", "  ", "   ", "\n", "\f", "\t", "."])


@settings(max_examples=500, deadline=None)
@given(st.lists(PROSE_PIECES, max_size=16))
def test_justified_lines_and_line_end_spaces_need_two_spaces(pieces: list[str]) -> None:
    text = "".join(pieces)
    if "  " not in text:
        assert _JUSTIFIED.search(text) is None, text
    if "  \n" not in text and "  \f" not in text:
        assert _LINE_END_SPACES.search(text) is None, text
