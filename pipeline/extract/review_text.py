"""The words and shapes that review.py reads: status words, lists and ticked boxes (sentences
are the structure view's, ``sv.sentence_at``; the Beratungsfolge block, body names and dates
are the consultations family's, :mod:`extractors.consultations.blocks`). Vocabulary from
``pipeline/extract/resources/review.yaml`` and the extractors' ``bodies.yaml``; every reader
is a pure function of a line or a text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.german.closed_class import ARTICLES, alternation

from ..document import Document, Span
from ..structure import View

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
        "submission_head",
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


def has_status(text: str, v: Vocab) -> bool:
    return any(p.search(text) for _, p in v.roles) or any(p.search(text) for _, p in v.public)


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


def joined(a: str, b: str) -> str:
    """Two lines as one word where a wrap cut it: "Jugendhilfe-" and "ausschuss" → "Jugendhilfeausschuss".

    >>> joined("Kinder- und Jugendhilfe-", " ausschuss 12.03.2018")
    'Kinder- und Jugendhilfeausschuss 12.03.2018'
    """
    if not a.strip() or not b.strip():
        return ""
    a = a.rstrip()
    return (a[:-1] if a.endswith("-") and a[-2:-1].isalpha() else a) + b.lstrip()


_ARTICLE = re.compile(r"^(?:je\s+)?(?:" + alternation(*ARTICLES) + r"|zwei|drei|vier)\s+", re.I)


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
