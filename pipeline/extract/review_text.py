"""The words and shapes that review.py reads: body names, dates, status words, sentences,
lists and ticked boxes. Vocabulary from ``pipeline/extract/resources/review.yaml`` and the extractors'
``bodies.yaml``; every reader is a pure function of a line or a text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..document import Document, Span
from ..structure import View
from .confidence import DATE_LIKE

if TYPE_CHECKING:
    from extractors.consultations.vocab import Vocab

WORDS_FILE = Path(__file__).parent / "resources" / "review.yaml"


@functools.lru_cache(maxsize=1)
def words() -> dict[str, re.Pattern[str]]:
    """The patterns of review.yaml, one alternation per kind."""
    from extractors.resources import load_yaml

    from ..errors import ResourceError

    kinds: dict[str, list[str]] = {}
    for entry in load_yaml(WORDS_FILE).get("entries") or []:
        try:
            re.compile(entry["pattern"])
            kinds.setdefault(entry["kind"], []).append(entry["pattern"])
        except (KeyError, TypeError, re.error) as exc:
            raise ResourceError(f"review.yaml: bad entry {entry.get('id')!r}: {exc}") from exc
    needed = {
        *("finance", "checked", "box", "affirm", "deny", "members", "action_fields", "action_field_line"),
        *("group_head", "group_cue", "cost_word", "money", "not_fields", "field_noun", "group_setup"),
    }
    if missing := needed - set(kinds):
        raise ResourceError(f"review.yaml: no entries of kind {', '.join(sorted(missing))}")
    return {k: re.compile("|".join(f"(?:{p})" for p in ps), re.I | re.M) for k, ps in kinds.items()}


WORD = re.compile(r"[A-Za-zÄÖÜäöüß][\wÄÖÜäöüß-]*")
DIGIT_DOT = re.compile(r"\d\s?[.,]")  # every date has one
_TIME = re.compile(r"\b(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:-|–|bis)\s*\d{1,2}[:.]\d{2})?(?:\s*Uhr)?|\bUhr\b", re.I)
_QUIET = re.compile(
    r"\b(?:TOP|TO|Nr\.?|Sitzung|Sitzungssaal|Saal|Raum|am|vom|den|im|in|der|des|(?:Mo|Di|Mi|Do|Fr|Sa|So)"
    r"|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b\.?|[ÖN]\b",
    re.I,
)
BULLET = re.compile(r"^\s*(?:[-–•▪■●*·]|\d{1,2}[.)]|[a-z]\))\s+\S")


def body_words(text: str, v: Vocab, executive: bool = True) -> list[str]:
    """Words of ``text`` that name a body by their head ("Bezirksausschusses", "Stadtrat"),
    not compounds that only begin with one ("Stadtratsanfrage")."""
    out: list[str] = []
    last = -1
    for hit in body_pattern(v, executive).finditer(text):
        start, end = hit.start(), hit.end()
        while start > 0 and WORD_CHAR.match(text[start - 1]):
            start -= 1
        while end < len(text) and WORD_CHAR.match(text[end]):
            end += 1
        if start != last and end - hit.end() <= 3:  # the head ends the word, but for an ending
            out.append(text[start:end])
            last = start
    return out


WORD_CHAR = re.compile(r"[\wÄÖÜäöüß-]")


_BODY_PATTERNS: dict[tuple[int, bool], re.Pattern[str]] = {}


def body_pattern(v: Vocab, executive: bool) -> re.Pattern[str]:
    """The body-type patterns of the vocabulary in one alternation (without the executive)."""
    key = (id(v), executive)
    if key not in _BODY_PATTERNS:
        parts = [
            f"(?{'i' if p.flags & re.I else '-i'}:{p.pattern})"
            for kind, p in v.body_types
            if executive or kind != "executive"
        ]
        _BODY_PATTERNS[key] = re.compile("|".join(parts))
    return _BODY_PATTERNS[key]


def column_prefilter(v: Vocab) -> re.Pattern[str]:
    """A word naming the body column ("Gremium", "Beratungsfolge"): no table header lacks one."""
    key = (id(v), "columns")
    if key not in _COLUMN_PATTERNS:
        parts = [f"(?{'i' if p.flags & re.I else '-i'}:{p.pattern})" for kind, p in v.columns if kind == "body"]
        _COLUMN_PATTERNS[key] = re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])")
    return _COLUMN_PATTERNS[key]


_COLUMN_PATTERNS: dict[tuple[int, str], re.Pattern[str]] = {}


def has_status(text: str, v: Vocab) -> bool:
    return any(p.search(text) for _, p in v.roles) or any(p.search(text) for _, p in v.public)


def date_tokens(text: str) -> list[tuple[int, int, str | None]]:
    """Dates (start, end, ISO) of a line; spoilt ones that still look like dates with ISO None."""
    from extractors.german.dates import find_dates

    found: list[tuple[int, int, str | None]] = [(d.start, d.end, d.iso) for d in find_dates(text, months=True)]
    probe = re.sub(r"(?<=\d)\.(?=\s|$)", " ", text)  # "am 12.O5.2021." ends a sentence
    for m in DATE_LIKE.finditer(probe):
        if sum(ch.isdigit() for ch in m.group(0)) >= 4 and not any(s <= m.start() < e for s, e, _ in found):
            found.append((m.start(), m.end(), None))
    return sorted(found, key=lambda t: t[0])


def quiet(text: str, v: Vocab) -> bool:
    """Whether ``text`` holds nothing but status and role words, times, TOP numbers, weekdays."""
    rest = _TIME.sub(" ", text)
    for _, p in [*v.roles, *v.public]:
        rest = p.sub(" ", rest)
    rest = _QUIET.sub(" ", rest)
    rest = re.sub(r"\b\d{1,3}(?:\.\d{1,3})*[a-z]?\b", " ", rest)
    return sum(ch.isalpha() for ch in rest) <= 2


def squash(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def clip(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def prose(text: str, v: Vocab) -> bool:
    """Whether a line is part of a sentence: seven words or more, three of them (not status
    words) in lower case ("Im Mai 2018 wurde dem Sozialausschuss ein Bericht vorgestellt.")."""
    words_ = text.split()
    if len(words_) < 7:
        return False
    rest = text
    for _, p in [*v.roles, *v.public]:
        rest = p.sub(" ", rest)
    return sum(1 for w in rest.split() if w[:1].islower()) >= 3


def joined(a: str, b: str) -> str:
    """Two lines as one word where a wrap cut it: "Jugendhilfe-" and "ausschuss" → "Jugendhilfeausschuss".

    >>> joined("Kinder- und Jugendhilfe-", " ausschuss 12.03.2018")
    'Kinder- und Jugendhilfeausschuss 12.03.2018'
    """
    if not a.strip() or not b.strip():
        return ""
    a = a.rstrip()
    return (a[:-1] if a.endswith("-") and a[-2:-1].isalpha() else a) + b.lstrip()


_SENTENCE_END = re.compile(r"(?<=[^\W\d]{3})[.!?](?=\s+[A-ZÄÖÜ„\"]|\s*$)|\n\s*\n|\n(?=\s*(?:[-–•▪■●*·]|\d{1,2}[.)])\s)")
_ARTICLE = re.compile(
    r"^(?:je\s+)?(?:der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|zwei|drei|vier)\s+", re.I
)


def sentence_end(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends between ``start`` and ``end``."""
    return _SENTENCE_END.search(text, start, end) is not None


def sentence(text: str, at: int) -> tuple[int, int]:
    """The bounds of the sentence holding offset ``at`` (a paragraph break ends one too).

    The review's own reading of a sign's sentence in the raw text, at most 600 characters
    either way; the evidence of review rows stands in these bounds (the extractors read the
    structure view's sentences)."""
    lo = 0
    for before in _SENTENCE_END.finditer(text, max(0, at - 600), at):
        lo = before.end()
    after = _SENTENCE_END.search(text, at, min(len(text), at + 600))
    hi = after.end() if after else min(len(text), at + 600)
    lo = max(lo, max(0, at - 600))
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo, hi


def enumerated(text: str) -> int:
    """How many names a sentence enumerates: parts between commas, "und", "sowie" that begin
    (after an article) with a capital letter; 0 unless there are two commas or more.

    >>> enumerated("Ihr gehören das Sozialamt, der Helferkreis Asyl und das Jobcenter an.")
    0
    >>> enumerated("auf die Handlungsfelder Sprache, Bildung und Ausbildung, Arbeit, Wohnen sowie Gesundheit.")
    5
    """
    if text.count(",") < 2:
        return 0
    parts = re.split(r",|;|\bsowie\b|\bund\b", text)
    return sum(1 for p in parts if (q := _ARTICLE.sub("", p.strip())) and q[0].isupper() and len(q) <= 80)


def listed(sv: View, at: int) -> int:
    """How many items a list after a colon at ``at`` has: comma-separated on the line, or
    bullet or short lines below it (the lines of the structure view ``sv``)."""
    text = sv.text
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    same = text[at:end].strip()
    if same:
        items = [p for p in re.split(r"[,;]|\bsowie\b|\bund\b", same) if re.search(r"[A-ZÄÖÜ]", p)]
        return len(items)
    n = 0
    for ln in sv.lines_in(min(end + 1, len(text)), min(len(text), end + 1 + 1500)):
        t = ln.text.strip()
        if not t:
            if n:
                break
            continue
        if BULLET.match(ln.text) or (len(t) <= 80 and t[0].isupper()):
            n += 1
        else:
            break
    return n


def yes_marked(text: str, w: dict[str, re.Pattern[str]]) -> bool:
    """ "ja" as the answer, with no "nein" beside it (an unmarked choice) and no boxes."""
    t = text.strip(" \t:*")
    return bool(w["affirm"].match(t)) and not w["deny"].search(t) and not w["box"].search(t)


def ticked_yes(text: str, w: dict[str, re.Pattern[str]]) -> bool:
    """A ticked box whose words, up to the next box, begin with "ja"."""
    for m in w["checked"].finditer(text):
        nxt = w["box"].search(text, m.end())
        words_after = text[m.end() : nxt.start() if nxt else len(text)].strip(" \t:")
        if w["affirm"].match(words_after):
            return True
    return False


@dataclass(frozen=True)
class Sign:
    span: Span
    what: str  # the message of this one sign


def first_line(doc: Document, sv: View, start: int = 0, end: int | None = None, width: int = 160) -> Span:
    """The first non-blank line of ``text[start:end]`` (its first ``width`` characters, cut
    at a space), read from the structure view ``sv``, or an empty span at ``start``."""
    for ln in sv.lines_in(start, end):
        if ln.text.strip():
            stop = ln.end
            if ln.end - ln.start > width:
                cut = doc.text.rfind(" ", ln.start, ln.start + width)
                stop = cut if cut > ln.start else ln.start + width
            return doc.span(ln.start, stop)
    return Span(start, start, doc.page_at(start), "")
