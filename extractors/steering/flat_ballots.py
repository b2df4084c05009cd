"""Members in rows of a label and the persons of that part of the group whose gaps a text layer closed up to
single spaces, the places of an election's lists among them::

    Kraft Amtes Bürgermeister Jens Hofmann (Vorsitz)
    Stadträtin Ingrid Lenz-Becker
    Liste CDU 1. Thomas Gerlach 2. Petra Wilhelmi
    Liste SPD 1. Derya Kılıç
    Sachkundige Reza Karimi (auf Vorschlag des Ausländerbeirats)
    Einwohner Sr. Maria Theresa Vogel (Caritasverband Offenbach/Main e. V.)
    Nikolai Braun (Volkshochschule Kreis Offenbach)

A block is read so only where a row numbers the places of a list after its label ("Liste CDU 1. A 2. B"):
each place a person. Any other line ends with a person: the words before the person, after up to two words
of an office the lexicon knows ("Bürgermeister"), are the row's label (three words at most); a line with no
label goes on with the row above. The labels name no member; they tell the sector with a bracket after the
person. A line ending with no person ends the rows ("Dreieich, Vorlage 2027/0034 – 1 –": a page's furniture
where an export left out the blank line before it); where a list's places name no persons, or a line goes on
with no row above it, the block gives no member at all: its rows are not told apart from their labels, and a
wrong member is worse than none.
"""

from __future__ import annotations

import re

from extractors.german import nlp
from extractors.resources import Resources

from .items import list_item
from .name_blocks import name_line, office_left_out
from .rules import CHAIR_MARK, Chair, MemberRow

# a place on a list after its label or the place before it: "… CDU 1. Thomas Gerlach 2. Petra Wilhelmi"
_PLACE = re.compile(r"(?<=\S)[ \t]+(?P<n>\d{1,2})\.[ \t]+(?=[A-ZÄÖÜ])")
_NOTE = re.compile(r"\s*\([^()]*\)\s*$")  # a bracket ending a line
_LABEL_WORDS = 3
_OFFICE_WORDS = 2


def _block(text: str, start: int) -> list[tuple[int, int]]:
    """The lines from ``start`` (blank ones before them skipped) up to a blank line or a page break."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos <= len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop]
        if not line.strip() or "\f" in line:
            if out or "\f" in line or stop >= len(text):
                break
        else:
            out.append((pos, stop))
        pos = stop + 1
    return out


def _places(line: str) -> list[tuple[int, int]] | None:
    """The label's end and the persons of a list's places after it ("Liste CDU 1. A 2. B"), numbered from one
    on, each a name; None where the line numbers no places, [] where its places name no persons."""
    marks = list(_PLACE.finditer(line))
    if not marks or marks[0]["n"] != "1":
        return None
    if any(int(m["n"]) != k + 1 for k, m in enumerate(marks)):
        return []
    out = [(0, marks[0].start())]
    for k, m in enumerate(marks):
        stop = marks[k + 1].start() if k + 1 < len(marks) else len(line.rstrip())
        if not name_line(line[m.end() : stop]):
            return []
        out.append((m.end(), stop))
    return out


def _person_at(line: str, res: Resources) -> int | None:
    """Where the value of a row ends with a person starts: the person's first word (its titles with it),
    up to two words before it the lexicon knows as an office with it; None where no person ends the line."""
    bare = CHAIR_MARK.sub(lambda m: " " * len(m.group()), line)
    bare = bare[: note.start()] if (note := _NOTE.search(bare)) else bare
    words = list(re.finditer(r"\S+", bare))
    lex = nlp.lexicon(res)
    for i, w in enumerate(words):
        if name_line(bare[w.start() :]):
            k = i
            while k > max(0, i - _OFFICE_WORDS) and (head := lex.head(words[k - 1].group())) and head.label == "OFFICE":
                k -= 1
            return words[k].start()
    return None


def flat_ballot(text: str, start: int, res: Resources) -> tuple[list[MemberRow], int, Chair | None] | None:
    """The members of such a block right after ``start`` (the lead-in's end), where it ends and its chair;
    None where no row of it numbers a list's places, no members where a line is not read."""
    lines = _block(text, start)
    if not lines or not any(_places(text[a:b]) is not None for a, b in lines):
        return None
    end = lines[-1][1]
    spans: list[tuple[int, int, str]] = []
    label = ""
    for a, b in lines:
        line = text[a:b]
        places = _places(line)
        at = _person_at(line, res) if places is None else None
        head = line[: places[0][1] if places else at or 0].strip()
        if places == []:
            return [], end, None  # a list's places not read: no member
        if at is None and places is None or len(head.split()) > _LABEL_WORDS or head and not head[:1].isupper():
            end = a - 1  # a line ending with no person ends the rows (a page's furniture, prose)
            break
        label = head or label
        if not label:
            return [], end, None
        spans += [(a + x, a + y, label) for x, y in places[1:]] if places else [(a + (at or 0), b, label)]
    rows: list[MemberRow] = []
    chair = None
    for a, b, lab in spans:
        read = len(rows)
        note = _NOTE.search(text, a, b)
        if note and not CHAIR_MARK.fullmatch(note.group().rstrip()):
            list_item(rows, text, a, note.start(), f"{' '.join(note.group().split())[1:-1]}, {lab}", res)
        else:
            list_item(rows, text, a, b, lab, res)
        for r in rows[read:]:
            office_left_out(r, text)
            chair = Chair(r.value, r.start, r.end, True) if r.is_chair and chair is None else chair
    return rows, end, chair
