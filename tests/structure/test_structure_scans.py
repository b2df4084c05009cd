"""The faster scans of the structure view and the metadata header find what the plain
patterns find.

Several readers try a pattern only where a match can start (a hyphen, a capital after a
space, a comma before a date) instead of letting ``re`` try it at every character. Each is
checked here against the plain ``finditer``/``search`` it replaces, on header and prose
fragments of German submissions cut up and spliced with the characters the patterns turn
on (hyphens at line ends, form feeds, tabs, commas before dates), and on the seed texts.
"""

from __future__ import annotations

import bisect
import random
import re
from dataclasses import dataclass

import pytest

from extractors import load_resources
from extractors.facilitators.pieces import _counted, leads_in
from extractors.facilitators.rules import rules
from extractors.metadata import form_lines, holding
from extractors.metadata.identity import _labels_in, field_label
from extractors.metadata.place_names import _PLACE_DATE, _place_date_matches
from extractors.resources import typed
from pipeline.lang.de import dates
from pipeline.lang.de.money import matches_where
from pipeline.structure.lines import lines
from pipeline.structure.prose import _JOIN, _RUNS_ON, _SINGLE_BLANK, _joins, _last_token, _runs_on_end
from tests.helpers import RAW

RES = load_resources()
FRAGMENTS = [
    "Stadt Landshut, den 13.11.2024",
    "Waiblingen, 20.11.2017",
    "Am Dienstag, 13. September 2022",
    "Beschlussvorlage Vorlagen-Nr.: BV/0117/2022 Datum: 21.02.2022 Amt: Sozialamt",
    "Drucksache Nr. 12/2021 vom 03.05.2021 Fachbereich: Soziales",
    "Inte-\ngration",
    "Baden-\nWürttemberg",
    "Kinder-\nund Jugendhilfe",
    "Vertreter des\n\fJobcenters",
    "Begleitung wurde\n\fProf. Roß gewonnen.",
    "- 2 -",
    "Seite 3 von 5",
    "Herr Dr. Beispiel leitet sie. Am 5. Mai tagt sie.",
    "z. B. der Stadtrat",
    "Amt für Migration und Integration Göppingen, 04.05.2021",
    "Gremium\tDatum\tZuständigkeit",
    "Stadtrat\t23.05.2017\tEntscheidung Ö",
    "e. V.",
    "STADT ERLANGEN",
    "AMT: SOZIALAMT",
    "Verfasser: Frau Muster",
]
SPLICES = [
    "-\n",
    "-",
    "- \n\f",
    "\n\f",
    "\f",
    "\t",
    "  ",
    " ",
    ",",
    ", ",
    ", den ",
    "\n",
    "\n\n",
    " der",
    " und\n",
    "1",
    "12.",
    ".",
    "A",
    "Ä",
    "ß",
    "\u0130",
]


def mutated(rng: random.Random, n: int) -> list[str]:
    """``n`` texts of fragments and seed snippets with spliced-in characters."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))]
    out = []
    for _ in range(n):
        parts = [rng.choice(FRAGMENTS) for _ in range(rng.randrange(1, 6))]
        if seeds and rng.random() < 0.5:
            seed = rng.choice(seeds)
            a = rng.randrange(len(seed))
            parts.append(seed[a : a + rng.randrange(20, 1500)])
        chars = list(rng.choice(["\n", " ", "\t", "\n\f"]).join(parts))
        for _ in range(rng.randrange(0, 25)):
            at = rng.randrange(len(chars) + 1)
            chars[at:at] = list(rng.choice(SPLICES))
        out.append("".join(chars))
    return out


TEXTS = mutated(random.Random(20240611), 600) + [p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))]


def spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Case:
    id: str
    text: str


CASES = [
    Case("hyphen-before-lower-case", "Inte-\ngration und Steue-\n\nrungsgruppe"),
    Case("hyphen-before-capital", "Baden-\nWürttemberg, Baden-Würt-\ntemberg"),
    Case("double-hyphen", "Wort--\nteil -- \n\fNeu"),
    Case("page-break-in-sentence", "der Öffnung\n\fder Verwaltung. Ende\n\fNeu"),
    Case("place-date-after-tab", "Gremium\tWaiblingen, 20.11.2017\n\tStadt Landshut, den 13.11.2024"),
    Case("place-date-over-form-feed", "Vorlage\fErlangen, 01.02.2020\nAm Dienstag, 13. September 2022"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_cases_scan_alike(case: Case) -> None:
    assert spans(_joins(case.text)) == spans(_JOIN.finditer(case.text))
    assert spans(_place_date_matches(case.text)) == spans(_PLACE_DATE.finditer(case.text))


def test_joins_are_those_of_the_pattern() -> None:
    for text in TEXTS:
        assert spans(_joins(text)) == spans(_JOIN.finditer(text)), text


def test_place_date_lines_are_those_of_the_pattern() -> None:
    for text in TEXTS:
        assert spans(_place_date_matches(text)) == spans(_PLACE_DATE.finditer(text)), text


def test_line_ends_and_last_words_as_the_patterns_read_them() -> None:
    for text in TEXTS:
        for line in re.split(r"[\n\f]", text):
            for piece in (line, line.strip(), line + "\n"):
                assert _runs_on_end(piece) == bool(_RUNS_ON.search(piece)), piece
                word = re.search(r"(\S+)$", piece)
                assert _last_token(piece) == (word.group(1) if word else ""), piece


def test_field_labels_are_those_of_the_pattern() -> None:
    label = field_label(typed.metadata(RES))
    for text in TEXTS:
        for line in text.split("\n"):
            assert spans(_labels_in(label, line)) == spans(label.finditer(line)), line


@pytest.mark.parametrize("word", ["Amt", "Verfasser", "Datum", "Sachbearbeit", "x"])
def test_lines_holding_a_word_and_form_lines(word: str) -> None:
    for text in TEXTS[:200]:
        for limit in (len(text), len(text) // 2):
            every = lines(text, 0, limit)
            starts = [ln.start for ln in every]
            assert holding(text, word, starts, limit) == [i for i, ln in enumerate(every) if word in ln.text]
            skip = [(limit // 4, limit // 3), (limit // 2, limit // 2 + 40)]
            assert form_lines(starts, skip) == [not any(a <= s < b for a, b in skip) for s in starts]
            assert all(bisect.bisect_right(starts, s) - 1 == i for i, s in enumerate(starts))


# the dates' shapes around the characters their patterns turn on: a day's full stop after a list
# number or another date, runs of days, two-digit years glued to a number, month names
DATE_PIECES = ["1.12.03.24", "03./04.06.2030", "05./04.06.2030", "3. März 2024", "12.3.2021", "1.2.", "2024.", "."]


def test_dates_are_found_where_the_patterns_find_them() -> None:
    """A numeric or long date is tried only where a day and its full stop stand
    (:func:`pipeline.lang.de.dates._find_dates`), with the matches ``finditer`` gives, also
    within a span of the text."""
    rng = random.Random(20261127)
    texts = TEXTS + ["".join(rng.choice([*DATE_PIECES, " ", "\n", "1", "a"]) for _ in range(60)) for _ in range(400)]
    for text in texts:
        for a, b in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            for pattern in (dates._NUMERIC, dates._LONG):
                assert spans(matches_where(pattern, dates._DAY_START, text, a, b)) == spans(
                    pattern.finditer(text, a, b)
                ), text


def test_tests_before_the_patterns_settle_only_what_the_patterns_would() -> None:
    """A members' lead-in is searched only in a sentence ending in '.' or ':', a flattened seat
    table only in a piece with a digit (:mod:`extractors.facilitators.pieces`), and a text's
    double-spaced blank lines only where it has at least as many blank lines as the pattern
    could find (:func:`pipeline.structure.prose.double_spaced_blanks`): the same answers."""
    r = rules(RES)
    leads = ["Ihm gehören an:", "Die Lenkungsgruppe setzt sich wie folgt zusammen .  \n", "Mitglieder:\t"]
    seats = ["Jobcenter 2\nDiakonie e. V. 1\nDie Sitzungen leitet X.", "Jobcenter\t2\nJugendamt ........ 2 Personen"]
    for text in TEXTS + leads + seats + [t + "\n\n".join(t.split("\n")) for t in TEXTS[:50]]:
        pieces = [text, *re.split(r"(?<=[.:!?])\s+", text)]
        for piece in pieces:
            plain = r.member_lead_end.search(piece) is not None and r.member_lead.search(piece) is not None
            assert leads_in(piece, r) == plain, piece
            hits = [bool(r.counted.fullmatch(x.strip())) for x in piece.split("\n")]
            assert _counted(piece, r) == any(a and b for a, b in zip(hits, hits[1:], strict=False)), piece
        blank_lines = sum(1 for ln in text.split("\n") if not ln.strip())
        assert len(list(_SINGLE_BLANK.finditer(text))) <= blank_lines, text
