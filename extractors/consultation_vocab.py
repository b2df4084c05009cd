"""consultation_vocab: what the words of a Beratungsfolge mean.

The compiled vocabulary of ``resources/bodies.yaml`` (body types, roles, status words,
column header words, key-value labels, meeting headings) and the readers of single cells
and lines that use it: status cells, body names and types, table header lines.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from pipeline.errors import ResourceError

from .base import collapse, dehyphenate, section_patterns
from .dates import find_dates
from .resources import Resources

GAP = re.compile(r" *\t *| {2,}")  # between the columns of a table line
OPEN_END = re.compile(r"(?:\w-|[,&/]|\b(?:und|oder|für|der|des|den|dem|die|von|vom|im|in|zur|zum|mit|bzw\.|sowie"
                      r"|an|auf|über|zu))\s*$")  # a line that goes on in the next one
_LEFTOVER = re.compile(r"[\s,;/()\[\]:.\-–]+|\b(?:und|zur|zum|in|im|Sitzung)\b")
_NUMBERING = re.compile(r"^\s*(?:[-–•▪■●*·]|\(?\d{1,2}[.)]|[a-z]\))\s*")
_TRAILING = re.compile(r"[\s,;:–-]*(?:\b(?:am|vom|den|im|in der|ab)\b[\s,;:–-]*)*$")


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: a key of the header cache
class Vocab:
    body_types: list[tuple[str, re.Pattern[str]]]
    roles: list[tuple[str, re.Pattern[str]]]
    public: list[tuple[bool, re.Pattern[str]]]
    columns: list[tuple[str, re.Pattern[str]]]
    labels: list[tuple[str, re.Pattern[str]]]
    heading: re.Pattern[str]
    title: re.Pattern[str]
    stops: list[re.Pattern[str]]
    any_column: re.Pattern[str]  # matches where some column word does: a quick test before trying each
    key_values: list[tuple[str, re.Pattern[str]]]  # a label cell, maybe with its value after a colon


def _entries(data: dict[str, Any], key: str, wrap: str = "(?:{})") -> list[tuple[Any, re.Pattern[str]]]:
    out = []
    for entry in data.get(key) or []:
        try:
            value = entry.get("value", entry.get("type", entry["id"]))
            out.append((value, re.compile(wrap.format(entry["pattern"]), 0 if entry.get("case") else re.I)))
        except (KeyError, TypeError, AttributeError, re.error) as exc:
            raise ResourceError(f"bodies.yaml: {key}: bad entry {entry!r}: {exc}") from exc
    if not out:
        raise ResourceError(f"bodies.yaml: missing list {key!r}")
    return out


_VOCAB: dict[int, Vocab] = {}


def vocab(res: Resources) -> Vocab:
    """The compiled vocabulary of ``bodies.yaml`` (cached per resource set)."""
    if id(res) not in _VOCAB:
        data = res["bodies"]
        roles = _entries(data, "roles", r"\b(?:{})\b")
        links = "|".join(p.pattern for _, p in _entries(data, "heading_links"))
        heading = re.compile(
            r"^[ \t]*(?:\w+[ \t]+(?:zur|zum)[ \t]+)?(?P<role>" + "|".join(p.pattern for _, p in roles)
            + r")[ \t]+(?:" + links + r")[ \t]+(?P<body>[^\t\n]+?)[ \t]+(?:vom|am)(?![^\W\d])[ \t]*"
            r"(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})?[ \t]*(?P<code>\([A-Z]{2}\))?[ \t]*$", re.M)
        sections = section_patterns(res)
        columns, labels = _entries(data, "columns"), _entries(data, "labels")
        try:
            any_column = re.compile("|".join(f"(?{'i' if p.flags & re.I else '-i'}:{p.pattern})" for _, p in columns))
        except re.error as exc:  # e.g. a pattern with global flags, which cannot stand inside a group
            raise ResourceError(f"bodies.yaml: columns: patterns cannot be joined: {exc}") from exc
        key_values = [(kind, re.compile(r"\s*" + p.pattern + r"\s*(?::\s*(?P<v>.*)|$)", re.I)) for kind, p in labels]
        _VOCAB[id(res)] = Vocab(
            _entries(data, "body_types"), roles, _entries(data, "public", r"(?<!\w)(?:{})(?!\w)"),
            columns, labels, heading,
            next(p for sid, p in sections if sid == "consultation"),
            [p for sid, p in sections if sid != "consultation"], any_column, key_values)
    return _VOCAB[id(res)]


def status(text: str, v: Vocab) -> tuple[str | None, bool | None] | None:
    """(role, public) when the text holds only role and status words, else None."""
    role, public, found, rest = None, None, False, text
    for rid, pat in v.roles:
        if pat.search(rest):
            role, found, rest = role or rid, True, pat.sub(" ", rest)
    for value, pat in v.public:
        if pat.search(rest):
            public, found, rest = value if public is None else public, True, pat.sub(" ", rest)
    return (role, public) if found and not _LEFTOVER.sub("", rest) else None


def body_type(body: str, v: Vocab) -> str:
    return next((t for t, p in v.body_types if p.search(body)), "other")


def clean_body(text: str) -> str:
    """A body name as written: wrapped lines joined, numbering and 'am'/'vom' removed.

    >>> clean_body("1. Kinder- und Jugendhilfeaus-\\nschuss am")
    'Kinder- und Jugendhilfeausschuss'
    """
    return _TRAILING.sub("", _NUMBERING.sub("", collapse(dehyphenate(text)))).strip(" \t,;:")


def column_kind(text: str, v: Vocab, partial: bool = True) -> str | None:
    """The column a header cell names; ``partial`` accepts a cell wrapped after "Datum der"."""
    t = collapse(text).strip(" :.")
    for kind, pat in v.columns:
        m = pat.match(t)
        if pat.fullmatch(t) or (m and partial and (OPEN_END.search(t) or t[m.end():].lstrip()[:1] == "(")):
            return kind
    return None


def header(text: str, v: Vocab) -> list[str | None] | None:
    """Column kinds of a Beratungsfolge table header line, or None."""
    kinds = _header(text, v)  # asked of most lines two or three times, by each layout
    return None if kinds is None else list(kinds)


@functools.lru_cache(maxsize=4096)
def _header(text: str, v: Vocab) -> tuple[str | None, ...] | None:
    parts = GAP.split(text)
    if len(parts) == 1:  # "Gremium Datum Status": column words separated by single spaces
        parts = _column_words(text, v)
    if len(parts) < 2 or any(len(p) > 40 for p in parts):
        return None
    kinds = [column_kind(p, v) if p.strip() else None for p in parts]
    unknown = sum(1 for p, k in zip(parts, kinds) if p.strip() and k is None)
    known = [k for k in kinds if k and k != "other"]
    # "Gremium:\tSozialausschuss" is a key and its value, not two column headers
    labelled = any(p.rstrip().endswith(":") and k is None for p, k in zip(parts, kinds[1:]))
    ok = known.count("body") == 1 and known.count("date") <= 1 and len(known) >= 2 and unknown <= 1
    # dates last: a table row with a date is seldom a header by its words, and dates cost most
    return tuple(kinds) if ok and not labelled and not find_dates(text) else None


def _column_words(text: str, v: Vocab) -> list[str]:
    """A line cut into column header words (the longest at each place), or [text]."""
    words, pos = [], len(text) - len(text.lstrip())
    if not v.any_column.match(text, pos):  # most lines: prose
        return [text]
    while pos < len(text.rstrip()):
        ends = [m.end() for _, p in v.columns if (m := p.match(text, pos)) and not text[m.end():][:1].isalnum()]
        if not ends:
            return [text]
        words.append(text[pos:max(ends)])
        pos = max(ends) + len(text[max(ends):]) - len(text[max(ends):].lstrip(" :"))
    return words


def merge_header(first: str, second: str, v: Vocab) -> list[str | None] | None:
    """Kinds of a header whose cells wrap onto a second line, or None."""
    a, b = GAP.split(first), GAP.split(second)
    if not second.strip() or len(b) > len(a) or find_dates(second):
        return None
    if any(OPEN_END.search(p) for p in a) or not b[0].strip() or all(p[:1].islower() for p in b if p):
        kinds = [column_kind(x + " " + y, v) for x, y in zip(a, b + [""] * (len(a) - len(b)))]
        return kinds if "body" in kinds and sum(1 for k in kinds if k) >= 2 else None
    return None
