"""A learned second opinion on member candidates: logistic regression over hashed features.

The rules of :mod:`.members` propose the members; this model scores each one they accept by its
words and the form it came from (a sentence, a list line, a table cell, a chair label) and the
words just before it. It is trained by ``scripts/train_member_model.py`` on the generated
steering passages of ``tests/generators`` (their gold says which candidate is a member), by
full-batch gradient descent with a fixed iteration count: no random state, the same weights
on every run. The weights ship beside this module (``member_model.json``).

:func:`accept` drops a candidate only where the rules are weak (see :func:`weak`: a sentence's or
a list line's candidate with no body the organisations lexicon knows, no chair, no person) and the
model is sure it is none: its probability below the threshold the training script chose by
cross-validation on the training data.
"""

from __future__ import annotations

import functools
import json
import math
import re
import zlib
from pathlib import Path
from typing import Any

from extractors.german import nlp
from extractors.resources import Resources
from pipeline.lang.de.names import is_first_name

from .rules import MemberRow
from .sectors import is_person

__all__ = ["accept", "features", "probability"]

WEIGHTS = "member_model.json"  # beside this module
BUCKETS = 1 << 14  # hashed feature space
WEAK = frozenset({"prose", "list"})  # the forms whose candidates the model may drop

_WORD = re.compile(r"[\wÄÖÜäöüß]+(?:[-.][\wÄÖÜäöüß]+)*\.?")
_SHAPE_RUNS = re.compile(r"(.)\1+")


def shape(word: str) -> str:
    """A word's shape: its letters as X/x, digits as d, runs collapsed.

    >>> shape("Sozialamt"), shape("AWO"), shape("03/2026"), shape("e.V.")
    ('Xx', 'X', 'd/d', 'x.X.')
    """
    s = "".join("X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c for c in word)
    return _SHAPE_RUNS.sub(r"\1", s)


def _line(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of a candidate's line before it and after it."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return text[a:start], text[end : len(text) if b < 0 else b]


def _head_class(word: str, res: Resources) -> str:
    head = nlp.lexicon(res).head(word)
    if head is None:
        return "none" if nlp.lexicon(res).mark(word) is None else "name"
    return f"{head.label}:{head.id}" + (":sector" if head.sector_noun else "")


def features(row: MemberRow, text: str, res: Resources) -> list[str]:
    """The features of a candidate: its words and their shapes, its first and last word and the
    last word's class in the organisations lexicon, its length, digits and punctuation, the form it
    came from, the words before it in its line and what stands right before and after it."""
    value = row.value
    words = _WORD.findall(value)
    low = [w.lower() for w in words]
    out = ["bias", f"form:{row.method}", f"n:{min(len(words), 8)}"]
    out += [f"w:{w}" for w in low] + [f"s:{shape(w)}" for w in words]
    if words:
        last = low[-1]
        out += [f"first:{low[0]}", f"last:{last}", f"suf3:{last[-3:]}", f"suf4:{last[-4:]}"]
        out += [f"head:{_head_class(words[-1], res)}", f"fhead:{_head_class(words[0], res)}"]
        out += [f"fs:{shape(words[0])}", f"ls:{shape(words[-1])}"]
        out += ["given"] if any(is_first_name(w) for w in words) else []
        out += ["lower"] if words[0][:1].islower() else []
    out += [f"p:{c}" for c in sorted(set(re.sub(r"[\w\s]", "", value)))]
    out += ["digit"] if any(c.isdigit() for c in value) else []
    before, after = _line(text, row.start, row.end)
    prev = _WORD.findall(before)[-2:]
    out += [f"b1:{w.lower()}" for w in prev[-1:]] + [f"b2:{' '.join(w.lower() for w in prev)}"]
    out += [f"bc:{before.rstrip()[-1:] or '^'}", f"ac:{after.lstrip()[:1] or '$'}"]
    out += ["opens-line"] if not prev else []
    out += ["line-colon"] if after.rstrip().endswith(":") or before.rstrip().endswith(":") else []
    out += ["chair"] if row.is_chair else []
    out += ["labelled"] if row.label else []
    return out


def bucket(feature: str) -> int:
    """The hashed index of a feature (crc32: the same on every run and platform)."""
    return zlib.crc32(feature.encode("utf-8")) % BUCKETS


@functools.cache
def model() -> dict[str, Any]:
    """The shipped model: ``weights`` (bucket -> weight, as a list of pairs), ``threshold``."""
    raw = Path(__file__).with_name(WEIGHTS).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    data["table"] = dict((int(k), float(v)) for k, v in data["weights"])
    return data


def probability(row: MemberRow, text: str, res: Resources) -> float:
    """The model's probability that a candidate is a member."""
    table: dict[int, float] = model()["table"]
    z = sum(table.get(bucket(f), 0.0) for f in features(row, text, res))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def weak(row: MemberRow, res: Resources) -> bool:
    """Whether the rules that proposed a candidate are weak: a sentence's or a list line's candidate
    that is no chair, names no person and holds no word the organisations lexicon knows as the head
    of a body other than a sector ("Verwaltung", "Politik"). A table's column, a chair, a person and
    a named body stay whatever the model says."""
    if row.method not in WEAK or row.is_chair or is_person(row.value):
        return False
    lex = nlp.lexicon(res)
    for w in _WORD.findall(row.value):
        head = lex.head(w)
        if is_first_name(w) or head is not None and not head.sector_noun:
            return False
    return True


def accept(rows: list[MemberRow], text: str, res: Resources) -> list[MemberRow]:
    """The candidates kept: those the rules are strong on, and the weak ones the model does not
    hold sure to be none."""
    threshold = float(model()["threshold"])
    return [r for r in rows if not weak(r, res) or probability(r, text, res) >= threshold]
