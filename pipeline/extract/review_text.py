"""The words and shapes that review.py reads: lists and ticked boxes (sentences are the
structure view's, ``sv.sentence_at``; the Beratungsfolge is the consultations family's, which
reports its own misses, :mod:`extractors.consultations.misses`). Vocabulary from
``pipeline/extract/resources/review.yaml``; every reader is a pure function of a line or a text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from extractors.german.closed_class import ARTICLES, alternation
from extractors.misses import clip

from ..document import Document, Span
from ..structure import View

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


BULLET = re.compile(r"^\s*(?:[-–•▪■●*·]|\d{1,2}[.)]|[a-z]\))\s+\S")


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


__all__ = ["BULLET", "Sign", "clip", "enumerated", "first_line", "listed", "ticked_yes", "words", "yes_marked"]
