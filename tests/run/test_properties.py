"""Property tests for the parsers of open-ended text, and a fuzz run of the whole extract stage.

Hostile text must never raise, and every value must point at its evidence:
``text[start:end]`` equals the reported raw text or snippet.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.base import clean_label, dehyphenate
from pipeline.extract.rows import extract_document
from pipeline.ingest.layout import Glyph, glyphs_to_text
from pipeline.lang.de.dates import find_dates
from pipeline.lang.de.money import find_money
from pipeline.records import Field, Metadata, SteeringGroup
from tests.generators.layouts import MONTHS
from tests.helpers import SEED_TEXTS, document

# VORLAGEN_FUZZ_SCALE=20 runs twenty times as many examples (a deeper search, minutes long)
SCALE = int(os.environ.get("VORLAGEN_FUZZ_SCALE", "1"))
FAST = settings(max_examples=150 * SCALE, deadline=None, database=None)
SLOW = settings(
    max_examples=25 * SCALE,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# text that looks like council documents: digits, separators, currency, umlauts, tabs, breaks
ALPHABET = st.sampled_from(
    list("0123456789.,- \t\n\f€%/:()ÄÖÜäöüßabcdeEURTsdMio")
    + ["EUR", "Euro", "T€", "Mio.", "Januar", "März", "2017", "ca. ", "\u00a0", "\u202f", "\u00ad", "\ufffd", "„", "“"]
)
DOCUMENTISH = st.lists(ALPHABET, max_size=80).map("".join)
ANY_TEXT = st.text(max_size=200)
TEXTS = st.one_of(DOCUMENTISH, ANY_TEXT)


def german_amount(value: Decimal) -> str:
    """21568.75 -> '21.568,75' (the way amounts are written in the documents)."""
    whole, _, cents = f"{value:.2f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return grouped if cents == "00" else f"{grouped},{cents}"


# --- money --------------------------------------------------------------------------------


@FAST
@given(TEXTS)
def test_find_money_offsets_match_the_text(text: str) -> None:
    found = find_money(text)
    for m in found:
        assert text[m.start : m.end] == m.raw
        assert m.amount >= 0
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:])), "overlapping amounts"


@FAST
@given(TEXTS, st.integers(0, 200), st.integers(0, 200))
def test_find_money_stays_inside_the_window(text: str, start: int, length: int) -> None:
    end = min(len(text), start + length)
    start = min(start, end)
    for m in find_money(text, start, end):
        assert start <= m.start < m.end <= end


@FAST
@given(
    st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(["{} €", "{} EUR", "EUR {}", "{} Euro", "€ {}"]),
    st.sampled_from(["", "Kosten: ", "rund ", "(", "\t"]),
    st.sampled_from(["", ".", " netto", ")", "\n"]),
)
def test_written_amounts_are_read_back(value: Decimal, pattern: str, before: str, after: str) -> None:
    raw = pattern.format(german_amount(value))
    text = before + raw + after
    found = find_money(text)
    assert [(m.amount, m.raw) for m in found] == [(value, raw)]


# --- dates --------------------------------------------------------------------------------


@SLOW
@given(TEXTS, st.booleans())
def test_find_dates_offsets_match_the_text(text: str, months: bool) -> None:
    for d in find_dates(text, months=months):
        assert text[d.start : d.end] == d.raw
        if d.precision == "day":
            dt.date.fromisoformat(d.iso)
        else:
            assert d.precision == "month" and re.fullmatch(r"\d{4}-\d{2}", d.iso)


@SLOW
@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2039, 12, 31)),
    st.sampled_from(["%d.%m.%Y", "%d. {month} %Y"]),
    st.sampled_from(["", "am ", "Sitzung\t", "("]),
    st.sampled_from(["", ".", " um 18 Uhr", ")", "\t"]),
)
def test_written_dates_are_read_back(day: dt.date, fmt: str, before: str, after: str) -> None:
    raw = day.strftime(fmt.replace("{month}", MONTHS[day.month - 1]))
    found = find_dates(before + raw + after)
    assert [(d.iso, d.raw) for d in found] == [(day.isoformat(), raw)]


# --- de-hyphenation and labels ------------------------------------------------------------

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüß", min_size=2, max_size=12)
CONJUNCTIONS = {"und", "oder", "bzw", "sowie", "bis"}  # "Kinder- und": the hyphen stays


def letters(text: str) -> str:
    return re.sub(r"[-\s]", "", text)


@FAST
@given(TEXTS)
def test_dehyphenate_only_removes_hyphens_and_white_space(text: str) -> None:
    out = dehyphenate(text)
    assert letters(out) == letters(text)
    assert len(out) <= len(text)
    if "-" not in text:
        assert out == text


@FAST
@given(WORD, WORD.filter(lambda w: w not in CONJUNCTIONS), st.sampled_from(["-\n", "- ", "-", "-\n  "]))
def test_words_broken_at_a_line_end_are_joined(head: str, tail: str, brk: str) -> None:
    assert dehyphenate(f"{head.title()}{brk}{tail} und mehr") == f"{head.title()}{tail} und mehr"


@FAST
@given(WORD, WORD, st.sampled_from(["und", "oder", "bzw.", "sowie", "bis"]))
def test_ergaenzungsstrich_stays(head: str, tail: str, conj: str) -> None:
    text = f"{head.title()}- {conj} {tail.title()}"
    assert dehyphenate(text) == text


@FAST
@given(TEXTS)
def test_clean_label_gives_a_tidy_label(text: str) -> None:
    out = clean_label(text)
    assert out == out.strip(" \t.,;:–-")
    assert "**" not in out and not any(q in out for q in "„“”\"'‚‘’«»")
    assert not re.search(r"\s\s", out)


@FAST
@given(
    st.lists(WORD, min_size=1, max_size=4).map(" ".join),
    st.sampled_from(["1. ", "12) ", "(3) ", "a) ", "- ", "• ", "IV. ", "", "**"]),
    st.sampled_from(["", ",", ";", ".", "“", "**"]),
)
def test_numbering_bullets_and_quotes_are_removed(label: str, prefix: str, suffix: str) -> None:
    label = label.title()
    assert clean_label(f"{prefix}„{label}{suffix}") == label


# --- layout ---------------------------------------------------------------------------------

COORD = st.floats(min_value=-1e4, max_value=1e5, allow_nan=False, allow_infinity=False)


@st.composite
def glyphs(draw: Callable[..., Any]) -> Glyph:
    x0, top = draw(COORD), draw(COORD)
    width = draw(st.floats(min_value=0, max_value=200))
    height = draw(st.floats(min_value=0, max_value=60))
    text = draw(st.one_of(st.sampled_from(list("abcÄö1,.-€\t ")), st.text(min_size=1, max_size=6)))
    return Glyph(text, x0, x0 + width, top, top + height)


@FAST
@given(st.lists(glyphs(), max_size=60))
def test_glyphs_to_text_keeps_every_character(items: list[Glyph]) -> None:
    out = glyphs_to_text(items)
    visible = Counter(ch for g in items if g.text.strip() for ch in g.text if not ch.isspace())
    assert Counter(ch for ch in out if not ch.isspace()) == visible
    assert out == "" or out.endswith("\n")


# --- the whole extract stage ------------------------------------------------------------------

SEEDS = [p.read_text(encoding="utf-8") for p in SEED_TEXTS]


@st.composite
def mutated_seed(draw: Callable[..., Any]) -> str:
    """A seed text with byte flips, deleted or duplicated lines and inserted tabs."""
    text: str = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 8))):
        lines = text.split("\n")
        op = draw(st.sampled_from(["flip", "delete", "duplicate", "tab", "page", "truncate"]))
        i = draw(st.integers(0, max(0, len(lines) - 1)))
        if op == "flip" and text:
            data = bytearray(text.encode("utf-8"))
            pos = draw(st.integers(0, max(0, len(data) - 1)))
            data[pos] ^= draw(st.integers(1, 255))
            text = data.decode("utf-8", errors="replace")
        elif op == "delete":
            text = "\n".join(lines[:i] + lines[i + 1 :])
        elif op == "duplicate":
            text = "\n".join(lines[: i + 1] + lines[i:])
        elif op == "tab":
            line = lines[i]
            at = draw(st.integers(0, len(line)))
            lines[i] = line[:at] + "\t" + line[at:]
            text = "\n".join(lines)
        elif op == "page":
            text = "\n".join(lines[:i]) + "\f" + "\n".join(lines[i:])
        elif op == "truncate":
            text = text[: draw(st.integers(0, len(text)))]
    return text


def check_extraction(text: str) -> int:
    """Extract, check every span against the text; the number of spans checked."""
    doc = document(text, doc_id="0123456789abcdef", source_path="fuzz.txt")
    checked = 0
    tables, errors, records = extract_document(doc)
    assert errors == [], errors  # an extractor that raises is a bug, even though it is caught
    assert len(tables["documents"]) == 1
    for name, rows in tables.items():
        for row in rows:
            if "char_start" in row:
                assert doc.text[row["char_start"] : row["char_end"]] == row["snippet"], (name, row)
                assert 1 <= row["page"] <= doc.n_pages
                assert row["page"] == doc.page_at(row["char_start"])
                checked += 1
    for rec in records:
        spans = (
            [f.span for f in rec.fields.values() if isinstance(f, Field) and f.span]
            if isinstance(rec, Metadata)
            else [m.span for m in rec.members]
            if isinstance(rec, SteeringGroup)
            else []
        )
        for span in spans:
            assert doc.text[span.start : span.end] == span.snippet
            checked += 1
    return checked


@pytest.mark.parametrize("text", SEEDS, ids=[p.stem for p in SEED_TEXTS])
def test_seed_texts_give_spans_to_check(text: str) -> None:
    assert check_extraction(text) >= 5  # the fuzz tests below check something real


@SLOW
@given(mutated_seed())
def test_extract_survives_mutated_seeds(text: str) -> None:
    check_extraction(text)


@SLOW
@given(
    st.one_of(
        DOCUMENTISH,
        st.text(max_size=2000),
        st.lists(st.sampled_from(SEEDS[0].splitlines() + ["Beratungsfolge:", "Betreff:", "\t", "€"]), max_size=40).map(
            "\n".join
        ),
    )
)
def test_extract_survives_random_text(text: str) -> None:
    check_extraction(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\f",
        "\f\f\f",
        "\t\t\n\t",
        "Beratungsfolge\n\f\t",
        unicodedata.normalize("NFD", "Bürger\u0308"),
        "\x00" * 10,
        "€" * 500,
    ],
    ids=["empty", "one-break", "page-breaks", "tabs", "heading-only", "nfd", "nul", "euros"],
)
def test_extract_survives_degenerate_documents(text: str) -> None:
    check_extraction(text)
