"""A table of persons whose first column sets each name surname first under a header saying so
("Name, Vorname Funktion / Institution entsandt von"), its gaps flattened into single spaces by a
PDF's text layer or its export::

    Name, Vorname Funktion / Institution entsandt von
    ------------- ---------------------- ------------
    Lorenz, Britta Leiterin Sozialamt (Vors.) Verwaltung
    Dr. Hahn, Kemal Vorsitzender des Seniorenbeirats und Beirat
    Quartiersarbeit

Each row opens with the titles, the surname, a comma, maybe titles and a given name the list of
names knows ("Hahn, Dr. Kemal"): the name cell ends there (turned into the natural order, "Dr. Kemal
Hahn"), the rest of the line is the row's other cells (no gap tells them apart). A short line without
such a name is the rest's wrapped part; any other line ends the table. The rule under the header is
passed over, also where an export ran the first row onto it ("----- ----- -----Lorenz, Britta …").
Two rows at least, or no table.

A page break goes on with the table (the form feed opening a row's line is no part of it). A single
blank line goes on with it before a row, and before any line where the export set one after every
line (pdfminer.six sets each text box apart: a blank line under the header and under the first row);
two blank lines end it.
"""

from __future__ import annotations

import re

from extractors.base import dehyphenate
from extractors.resources import Resources
from pipeline.lang.de.names import TITLE, is_first_name

from .inverted import natural_order
from .name_blocks import NAME_WORD
from .person_tables import kinds
from .rules import MemberRules
from .tables import phrase_header

Cell = tuple[int, int, str]

_RULE = re.compile(r"[ \t]*[-=_─]{3,}(?:[ \t]+[-=_─]{3,})*[ \t]*")  # the rule under the header, maybe a row run on
_ROW = re.compile(
    rf"(?P<name>(?:{TITLE}[ \t]+)*(?P<surname>\S+),[ \t]+(?:{TITLE}[ \t]+)*(?P<given>\S+))[ \t]+(?P<rest>\S.*?)[ \t]*"
)
_WRAP_WORDS = 4  # words of a line the row's other cells wrapped onto at most
_BLANKS = 1  # blank lines between the header and its rule or first row at most


def _filled(text: str, at: int) -> list[tuple[int, str, bool]]:
    """The filled lines from ``at`` up to two blank lines in a row: each line's offset and text (a page
    break opening it left out), and whether a blank line stood before it."""
    out: list[tuple[int, str, bool]] = []
    pos, gap = at, False
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line, start = text[pos:end], pos
        pos = end + 1
        body = line.lstrip("\f")
        if "\f" in body:
            break
        if body.strip():
            out.append((start + len(line) - len(body), body, gap))
            gap = False
        elif gap and out:
            break
        else:
            gap = bool(out)
    return out


def _header(line: str, rules: MemberRules, inverted: re.Pattern[str]) -> bool:
    """Whether a flattened line heads columns of which the first is a surname-first name column."""
    words = line.split()
    if re.search(r"\t|[ ]{2}", line.strip()) or len(words) < 3:
        return False
    return inverted.fullmatch(" ".join(words[:2])) is not None and phrase_header(line, rules)


def inverted_rows(text: str, at: int, rules: MemberRules, res: Resources) -> list[list[Cell]] | None:
    """The rows (name cell in the natural order, the rest) of a surname-first table of persons whose
    header stands on the line at ``at``; None when no such header stands there or fewer than two rows
    follow it."""
    lines = _filled(text, at)
    if len(lines) < 3 or not _header(lines[0][1], rules, kinds(res).inverted):
        return None
    spaced = False  # a blank line under the header and before the second row: one after every line
    out: list[list[Cell]] = []
    for n, (pos, line, gap) in enumerate(lines[1:]):
        rule = _RULE.match(line)
        if n == 0 and rule is not None:
            pos, line = pos + rule.end(), line[rule.end() :]
            if not line.strip():
                continue
        m = _ROW.fullmatch(line)
        if m is not None and NAME_WORD.fullmatch(m["surname"]) and is_first_name(m["given"]):
            name = natural_order(" ".join(m["name"].split()), column_inverted=True)
            if name != m["name"]:
                spaced = spaced or len(out) == 1 and gap and lines[1][2]
                out.append(
                    [
                        (pos + m.start("name"), pos + m.end("name"), name),
                        (pos + m.start("rest"), pos + m.end("rest"), " ".join(m["rest"].split())),
                    ]
                )
                continue
        words = line.split()
        if not out or gap and not spaced or len(words) > _WRAP_WORDS or words[0][0].isdigit():
            break
        a, _b, rest = out[-1][1]
        out[-1][1] = (a, pos + len(line.rstrip()), dehyphenate(f"{rest} {line.strip()}"))
    return out if len(out) >= 2 else None
