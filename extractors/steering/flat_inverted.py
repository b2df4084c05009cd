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
Hahn"), the rest of the line is the row's other cells (no gap tells them apart). Under a header whose
given names have a column of their own right after the surnames' ("Name Vorname Organisation Funktion"),
a row opens with the surname and the given name without a comma ("Schulz Anja Stadt X Leitung"), a
column word or the chair's function closing it its own cell. A short line without such a name is the
rest's wrapped part; any other line ends the table, as does a page's foot ("Vorlage 12/2026 Seite 2/2").
The rule under the header is passed over (wrapped over two lines too), also where an export ran the first
row onto it ("----- ----- -----Lorenz, Britta …"). Two rows at least, or no table.

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
from pipeline.structure.furniture import WORDED_PAGE_NUMBER

from .inverted import natural_order
from .name_blocks import NAME_WORD
from .person_tables import _GIVEN_HEADER, kinds
from .rules import MemberRules
from .tables import NAME_HEADER, phrase_header

Cell = tuple[int, int, str]

_RULE = re.compile(r"[ \t]*[-=_─]{3,}(?:[ \t]+[-=_─]{3,})*[ \t]*")  # the rule under the header, maybe a row run on
_ROW = re.compile(
    rf"(?P<name>(?:{TITLE}[ \t]+)*(?P<surname>\S+),[ \t]+(?:{TITLE}[ \t]+)*(?P<given>\S+))[ \t]+(?P<rest>\S.*?)[ \t]*"
)
# a row under "Name Vorname": the titles, the surname, the given name, no comma between ("Schulz Anja …")
_GIVEN_ROW = re.compile(
    rf"(?P<name>(?:{TITLE}[ \t]+)*(?P<surname>[^\s,]+)[ \t]+(?P<given>[^\s,]+))[ \t]+(?P<rest>\S.*?)[ \t]*"
)
# a first column numbering the rows: its header ("lfd.", "Nr.") and a row's number ("1", "2.")
_NUMBER_HEAD = re.compile(r"(?i)[ \t]*(?:lfd\.?(?:[ \t]*nr\.?)?|nr\.?)[ \t]+")
_ROW_NUMBER = re.compile(r"\d{1,3}\.?[ \t]+")
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


def _header(line: str, rules: MemberRules, res: Resources) -> str | None:
    """Whether a flattened line heads columns of which the first is a surname-first name column: "inverted"
    for one name cell with a comma ("Name, Vorname"), "given" for the given names in a column of their own
    right after the surnames' ("Name Vorname Organisation Funktion"), None for neither."""
    words = line.split()
    if re.search(r"\t|[ ]{2}", line.strip()) or len(words) < 3:
        return None
    # a last column of a kind no column word names ("… Institution / Funktion Eigenschaft") after those that do
    headed = phrase_header(line, rules) or words[-1][:1].isupper() and phrase_header(" ".join(words[:-1]), rules)
    if kinds(res).inverted.fullmatch(" ".join(words[:2])) is not None and headed:
        return "inverted"
    if NAME_HEADER.fullmatch(words[0]) and _GIVEN_HEADER.fullmatch(words[1]) and phrase_header(line, rules):
        return "given"
    return None


def _given_row(pos: int, line: str, rules: MemberRules, res: Resources) -> list[Cell] | None:
    """A row under "Name Vorname": its name cell in the natural order ("Anja Schulz"), the rest, and the
    function closing it as a cell of its own where it is a column word or the chair's ("Mitglied", "Leitung")."""
    m = _GIVEN_ROW.fullmatch(line)
    if m is None or not NAME_WORD.fullmatch(m["surname"]) or not is_first_name(m["given"]):
        return None
    titles = m["name"][: m.start("surname") - m.start("name")].split()
    name = " ".join([*titles, m["given"], m["surname"]])
    a, rest = pos + m.start("rest"), m["rest"]
    cells = [(pos + m.start("name"), pos + m.end("name"), name)]
    head, _, last = rest.rpartition(" ")
    if head and (rules.headers.fullmatch(last) or kinds(res).chair.fullmatch(last)):
        return [*cells, (a, a + len(head), " ".join(head.split())), (a + len(head) + 1, a + len(rest), last)]
    return [*cells, (a, a + len(rest), " ".join(rest.split()))]


def inverted_rows(text: str, at: int, rules: MemberRules, res: Resources) -> list[list[Cell]] | None:
    """The rows (name cell in the natural order, the rest) of a surname-first table of persons whose
    header stands on the line at ``at``; None when no such header stands there or fewer than two rows
    follow it."""
    lines = _filled(text, at)
    numbered = _NUMBER_HEAD.match(lines[0][1]) if lines else None  # "lfd. Name, Vorname …" over "1 Hegemann, …"
    head = lines[0][1][numbered.end() :] if numbered else lines[0][1] if lines else ""
    form = _header(head, rules, res) if len(lines) >= 3 else None
    if form is None:
        return None
    spaced = False  # a blank line under the header and before the second row: one after every line
    out: list[list[Cell]] = []
    for pos, line, gap in lines[1:]:
        rule = _RULE.match(line)
        if not out and rule is not None:  # the rule under the header, maybe wrapped over two lines
            pos, line = pos + rule.end(), line[rule.end() :]
            if not line.strip():
                continue
        number = _ROW_NUMBER.match(line) if numbered else None
        if number is not None:
            pos, line = pos + number.end(), line[number.end() :]
        if form == "given" and (cells := _given_row(pos, line, rules, res)) is not None:
            out.append(cells)
            continue
        m = _ROW.fullmatch(line) if form == "inverted" else None
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
        if number is not None:
            break  # a numbered line naming no person
        words = line.split()
        paged = any(WORDED_PAGE_NUMBER.fullmatch(" ".join(words[k:])) for k in range(1, len(words)))  # a page's foot
        if not out or gap and not spaced or len(words) > _WRAP_WORDS or words[0][0].isdigit() or paged:
            break
        a, _b, rest = out[-1][1]
        out[-1][1] = (a, pos + len(line.rstrip()), dehyphenate(f"{rest} {line.strip()}"))
    return out if len(out) >= 2 else None
