"""Fields named by the titles set into the top border of drawn boxes, one box a field (a strengths and
weaknesses analysis per field):

    ┌─ Handlungsfeld 1: Sprache und frühe Bildung ─────────┐
    │ Stärken: …                 │ Schwächen: …            │
    └────────────────────────────┴─────────────────────────┘

A title opened by the singular field noun and a number names the field after them; titles without the
noun are fields where two boxes or more follow one another right under a heading or lead naming the
fields ("2. Handlungsfelder und Ausgangslage" / "┌─ Sprache und Bildung ──┐" …). A PDF that wraps the top
border sets its closing rule and corner on a line of their own; the title line is read alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label

from .text import Candidate, FieldText, is_sentence
from .vocab import is_structure

_RULE = "─═━"
_TOP = re.compile(
    rf"[ \t]*[┌╔╭┏][{_RULE}]+[ \t]*(?P<title>[^{_RULE}┐╗╮┓│┃\n]*?[^{_RULE}┐╗╮┓│┃\s])[ \t]*"
    rf"(?:[{_RULE}]+[ \t]*[┐╗╮┓]?)?[ \t]*"
)
_BOX_LINE = re.compile(rf"[ \t]*[┌╔╭┏└╚╰┗│┃║├╟{_RULE}]")  # a line of a drawn box: a border, a rule or a row
# the number and separator after the noun: "Handlungsfeld 1: ", "HF 2 – "
_NUMBER = re.compile(r"[ \t]*(?P<num>\d{1,2}|[IVX]{1,4})\.?[ \t]*[:–—-]?[ \t]*")
_MOST_WORDS = 10
_DASH = re.compile(r"[ \t][–—][ \t]")  # a name's parts a dash parts: each is read as a name of its own


def _titles(ft: FieldText) -> Iterator[tuple[int, re.Match[str]]]:
    for row, line in enumerate(ft.rows):
        if "─" in line.text or "═" in line.text or "━" in line.text:
            m = _TOP.fullmatch(line.text)
            if m is not None:
                yield row, m


def titled_label(ft: FieldText, start: int, end: int, text: str | None = None) -> Candidate | None:
    """The field a title or caption ``text`` (``ft.text[start:end]`` unless given) names, if it reads as a
    name: capitalised, a few words, no sentence, no structure word."""
    label = clean_label(ft.text[start:end] if text is None else text)
    if (
        not label
        or not label[0].isupper()
        or len(label.split()) > _MOST_WORDS
        or label.endswith((".", ":"))
        or any(is_sentence(part, ft.vocab) for part in _DASH.split(label))  # "Deutsch lernen – überall …"
        or is_structure(label, ft.vocab)
    ):
        return None
    return Candidate(start, end, label, "heading")


def _numbered(ft: FieldText, row: int, m: re.Match[str]) -> Candidate | None:
    """The field a title names after the singular noun and its number ("Handlungsfeld 1: Sprache")."""
    at = ft.rows[row].start + m.start("title")
    noun = next((n for n in ft.nouns if n.start() == at), None)
    if noun is None or not ft.vocab.singular.fullmatch(noun.group(0)):
        return None
    end = ft.rows[row].start + m.end("title")
    num = _NUMBER.match(ft.text, noun.end(), end)
    if num is None or not num.group("num"):
        return None
    found = titled_label(ft, num.end(), end)
    return found._replace(number=num.group("num")) if found else None


def _names_fields(ft: FieldText, row: int) -> bool:
    """Whether the filled line right before the box at ``row`` (a blank line between at most) holds the
    plural field noun: a heading or lead naming the fields the boxes follow."""
    k = row - 1
    while k >= 0 and ft.blank(k) and row - k <= 2:
        k -= 1
    if k < 0 or ft.blank(k):
        return False
    line = ft.rows[k]
    return any(line.start <= n.start() < line.end and ft.vocab.plural.fullmatch(n.group(0)) for n in ft.nouns)


def _series(ft: FieldText, titles: list[tuple[int, re.Match[str]]]) -> list[list[int]]:
    """The runs of titled boxes that follow one another, only box lines and blank lines between them."""
    runs: list[list[int]] = []
    for row, _ in titles:
        last = runs[-1][-1] if runs else None
        between = range(last + 1, row) if last is not None else range(0)
        if last is not None and all(ft.blank(k) or _BOX_LINE.match(ft.rows[k].text) for k in between):
            runs[-1].append(row)
        else:
            runs.append([row])
    return runs


def box_titles(ft: FieldText) -> Iterator[Candidate]:
    """The fields the titles in the top borders of drawn boxes name."""
    titles = list(_titles(ft))
    if not titles:
        return
    matches = dict(titles)
    for run in _series(ft, titles):
        numbered = [_numbered(ft, row, matches[row]) for row in run]
        if any(numbered):
            yield from (c for c in numbered if c is not None)
            continue
        if len(run) < 2 or not _names_fields(ft, run[0]):
            continue
        starts = [ft.rows[row].start for row in run]
        found = [
            titled_label(ft, at + matches[row].start("title"), at + matches[row].end("title"))
            for row, at in zip(run, starts, strict=True)
        ]
        if all(found):
            yield from (c for c in found if c is not None)
