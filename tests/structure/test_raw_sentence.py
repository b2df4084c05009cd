"""The sentence of an amount in the document text (``View.raw_sentence_at``, the cost
extractor's reading of the one splitter): generated prose around an amount, with abbreviations,
initials, ordinals and line wraps inside the sentence, and list items, key-value lines and table
rows before or after it; the sentence is recovered exactly, and differs from the view's where
the splitter's module says it does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import Document
from pipeline.structure import View, view

WORDS = ["kosten", "mittel", "werden", "bereitgestellt", "für", "den", "betrieb", "im", "jahr", "beantragt"]
# inside a sentence: their full stop ends nothing
INNER = ["ca.", "bzw.", "z.B.", "i.H.v.", "Dr.", "am 5. Mai", "vgl.", "u.a.", "Nr. 12"]
OPENERS = ["Die", "Es", "Der", "Zur", "Dafür", "Insgesamt"]
AMOUNTS = ["2.500,00 €", "318 €", "14.875,00 EUR", "1.000 €"]
# lines that stand alone: a sentence never runs into them
LONE = ["- Landkreis Hildesheim 2.500,00 €", "a) Honorare", "Sachkosten: 4.200 €", "Produkt\t3.1.5", "| Summe | 9 |"]


def sentence(draw: st.DrawFn, amount: str | None) -> str:
    """A sentence opened by a capital word, its words (and ``amount``) in any order, ended by a full
    stop; some inner words are abbreviations or ordinals, some gaps line wraps."""
    inner = draw(st.lists(st.sampled_from(WORDS + INNER), max_size=8))
    if amount is not None:
        inner.insert(draw(st.integers(0, len(inner))), amount)
    inner.append(draw(st.sampled_from(WORDS)))  # "Nr. 12." would not end it
    words = [draw(st.sampled_from(OPENERS)), *inner]
    gaps = [draw(st.sampled_from([" ", " ", "\n"])) for _ in words[1:]]
    # a wrap before an ordinal or a list letter would open a list item: not inside a sentence
    gaps = [" " if w[:1].isdigit() or w[1:2] == "." else g for w, g in zip(words[1:], gaps)]
    return words[0] + "".join(g + w for g, w in zip(gaps, words[1:])) + "."


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, tuple[int, int], int]:
    amount = draw(st.sampled_from(AMOUNTS))
    before = [sentence(draw, None) for _ in range(draw(st.integers(0, 2)))]
    after = [sentence(draw, None) for _ in range(draw(st.integers(0, 2)))]
    target = sentence(draw, amount)
    lone_before = draw(st.lists(st.sampled_from(LONE), max_size=2))
    lone_after = draw(st.lists(st.sampled_from(LONE), max_size=2))
    head = "\n".join(lone_before + [" ".join(before)] if before else lone_before)
    if before:
        head += draw(st.sampled_from(["\n", "\n\n", " "]))
    elif head:
        # a line after a list item goes on with the item: only a blank line ends an item
        head += "\n\n" if head.rsplit("\n", 1)[-1][:2] in ("- ", "a)") else draw(st.sampled_from(["\n", "\n\n"]))
    # a sentence starts right after the full stop of the one before, with the space or line break
    # after it; after a blank line or a lone line it starts at its own line
    start = len(head) - 1 if before and not head.endswith("\n\n") else len(head)
    tail = " ".join(after)
    tail = draw(st.sampled_from(["\n", "\n\n", " "])) + tail if tail else ""
    tail += "".join("\n" + x for x in lone_after)
    text = head + target + tail
    return text, (start, len(head) + len(target)), len(head) + target.index(amount)


def of(text: str) -> View:
    return view(Document.from_pages("x", "x.txt", "x", [(text, "plain_text", None)]))


@given(documents())
def test_the_sentence_of_an_amount_is_recovered(case: tuple[str, tuple[int, int], int]) -> None:
    text, bounds, at = case
    assert of(text).raw_sentence_at(at) == bounds


@given(st.sampled_from(LONE), st.sampled_from(LONE))
def test_a_lone_line_is_a_sentence_of_its_own(line: str, other: str) -> None:
    text = f"Die Mittel werden bereitgestellt.\n{line}\n{other}\nDer Rest folgt."
    start = text.index(line)
    assert of(text).raw_sentence_at(start + 2) == (start, start + len(line))


def test_initials_before_an_amount_keep_the_sentence_whole_unlike_the_view() -> None:
    text = "Die Mittel i.H.v. 20.000 € wurden verwendet. Mehr folgt."
    v = of(text)
    assert text[slice(*v.raw_sentence_at(20))] == "Die Mittel i.H.v. 20.000 € wurden verwendet."
    assert text[slice(*v.sentence_at(20))] == "20.000 € wurden verwendet."


def test_a_lower_case_word_after_a_full_stop_goes_on() -> None:
    text = "Sie kostet 500 € (Stand: 3. Mai). der Betrag bleibt. Neu ist das."
    assert text[slice(*of(text).raw_sentence_at(12))] == "Sie kostet 500 € (Stand: 3. Mai). der Betrag bleibt."


PIECES = [
    "Die Mittel werden bereitgestellt",
    ". ",
    ".\n",
    "! ",
    "z. B. ",
    "\n",
    "\n \n",
    " \t\n",
    "\n\n\n",
    "  ",
    "x" * 90,
]


def test_a_blank_line_across_a_step_is_read_as_from_the_reach() -> None:
    """Three line breaks 100 characters before the offset: a search from the reach's start takes
    the first two for the blank line, so the sentence starts after the second, not the third."""
    from pipeline.structure.prose import RAW

    text = "A" * 50 + "\n\n\n" + "B" * 98
    assert RAW._start_before(text, 0, len(text), frozenset()) == 52


@settings(max_examples=300)
@given(
    pieces=st.lists(st.sampled_from(PIECES), min_size=1, max_size=80),
    at=st.floats(0, 1),
    reach=st.integers(1, 2500),
    blanks=st.sets(st.integers(0, 3000), max_size=20),
)
def test_the_sentence_before_is_found_as_by_one_search_from_the_reach(
    pieces: list[str], at: float, reach: int, blanks: set[int]
) -> None:
    """The start of the sentence before an offset, read backwards in steps, is the end of the last
    terminator ending a sentence that one search over the whole reach before the offset finds."""
    from pipeline.structure.prose import RAW

    text = "".join(pieces)
    pos = int(at * len(text))
    lo = max(0, pos - reach)
    before = [m for m in RAW._terminators.finditer(text, lo, pos) if m.end() - 1 not in blanks]
    expected = next((m.end() for m in reversed(before) if RAW._ends(text, lo, m)), lo)
    assert RAW._start_before(text, lo, pos, blanks) == expected
