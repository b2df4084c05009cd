"""Members as rows of a person's name and their office or body, a gap between, under captions naming the
members of a kind, a rule under each caption::

    Geborene Mitglieder
    ─────────────────────
    Anna Beispiel             Beigeordnete, Dezernat II – Vorsitzende –
    Jonas Weber               Leiter des Sozialamts

    Gewählte Mitglieder (Vorschläge)
    ────────────────────────────────
    Lea Brandt                Ratsmitglied, vorgeschlagen von der
                              SPD-Fraktion

The caption names members ("Geborene Mitglieder", "Beratende Mitglieder", "Mitglieder kraft Amtes"), a few
words with a bracket after them allowed; a rule may stand under it. Each row opens with the name at the
caption's margin (titles before it allowed), the office or body after a wide gap, which may wrap on under its
column (the row's label); a chair's mark at the end of the office ("– Vorsitzende –", "(Vorsitz)") makes the
row's person the chair. Where a PDF's text layer lost the gaps and indents, a line opening with a given name
and a family name opens a row, any other line goes on with the office above. A blank line ends a block,
another caption may open the next. Two rows at least in all, each opening with a person's name (a name the
list of given names lacks will do among names it knows), make the form.
"""

from __future__ import annotations

import re

from extractors.german import nlp
from extractors.resources import Resources
from pipeline.lang.de.closed_class import OPEN_ENDS, either

from .name_blocks import NAME_WORD, name_line
from .persons import person_first_row
from .ruled_headers import RULE_LINE
from .rules import CHAIR_DASHED, CHAIR_MARK, Chair, MemberRow

MIN_ROWS = 2
_CAPTIONS = 3  # captions in a row at most
_SLACK = 2  # characters an office's wrapped line may stand off its column
# a caption naming members of a kind: up to two words before "Mitglieder" or one after it, a bracket after
_CAPTION = re.compile(
    r"[ \t]*(?:[A-ZÄÖÜ][\wäöüß-]*[ \t]+){0,2}Mitglieder(?:[ \t]+(?:kraft[ \t]+(?:ihres[ \t]+)?Amtes|[a-zäöüß]+))?"
    r"(?:[ \t]+\([^()\n]{1,60}\))?[ \t]*"
)
_ROW = re.compile(r"(?P<indent>[ \t]*)(?P<name>\S+(?:[ ]\S+){1,3})[ \t]{3,}(?P<office>\S[^\n]*?)[ \t]*")
_TITLED = re.compile(r"(?:Dr|Prof)\.")
_OPEN_END = re.compile(rf"(?:[,;/(-]|\b(?:{either(OPEN_ENDS)}))$")  # an office going on in the line below


def captioned_rows(text: str, start: int, res: Resources) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The members of such blocks after ``start`` (the end of the paragraph over them), their chair and where
    they end; None where none stand there."""
    found: list[tuple[int, int, str, list[str]]] = []  # each row's name span, name and office's lines
    pos, end, captions = _next_line(text, start), start, 0
    while pos < len(text) and captions < _CAPTIONS:
        while pos < len(text) and not _line(text, pos).strip():
            pos = _next_line(text, pos)
        if not _CAPTION.fullmatch(_line(text, pos)):
            break
        captions += 1
        pos = _next_line(text, pos)
        if RULE_LINE.fullmatch(_line(text, pos)):
            pos = _next_line(text, pos)
        rows, pos = _rows(text, pos, res)
        if not rows:
            break
        found += rows
        end = pos
    if len(found) < MIN_ROWS or not _names(found, res):
        return None
    out: list[MemberRow] = []
    chair: Chair | None = None
    for a, b, name, lines in found:
        office = " ".join(" ".join(lines).split())
        marked = CHAIR_DASHED.search(office) or CHAIR_MARK.search(office)
        if marked is not None:
            office = (office[: marked.start()] + office[marked.end() :]).strip(" ,")
            chair = Chair(name, a, b, True, office)
        out.append(MemberRow(a, b, name, office, marked is not None, "table"))
    return out, chair, end


def _rows(text: str, pos: int, res: Resources) -> tuple[list[tuple[int, int, str, list[str]]], int]:
    """The rows of one block from ``pos`` on, up to a blank line or a line of another kind, and where they end."""
    if _ROW.fullmatch(_line(text, pos)) is None:
        return _flat_rows(text, pos, res)
    rows: list[tuple[int, int, str, list[str]]] = []
    margin = column = -1
    while pos < len(text):
        line = _line(text, pos)
        row = _ROW.fullmatch(line)
        indent = len(line) - len(line.lstrip())
        if row is not None and (margin < 0 or len(row["indent"]) == margin):
            margin, column = len(row["indent"]), row.start("office")
            a = pos + row.start("name")
            rows.append((a, a + len(row["name"]), row["name"], [row["office"]]))
        elif rows and line.strip() and abs(indent - column) <= _SLACK:
            rows[-1][3].append(line.strip())  # the office wrapped under its column
        else:
            break
        pos = _next_line(text, pos)
    return rows, pos


def _flat_rows(text: str, pos: int, res: Resources) -> tuple[list[tuple[int, int, str, list[str]]], int]:
    """The rows of a block whose gaps and indents a PDF's text layer lost ("Anna Beispiel Beigeordnete"): a line
    opening with a given name and a family name is a row, cut after them (:func:`.persons.person_first_row`),
    or with two name-shaped words the lexicon knows as no body's or office's before a word it knows as one
    ("Kwabena Mensah Vorsitzender des Beirats"), the office above not ending open; any other line the office
    above going on."""
    rows: list[tuple[int, int, str, list[str]]] = []
    while pos < len(text) and (line := _line(text, pos)).strip():
        cells = person_first_row(line, pos, True)
        if cells is None and rows and not _OPEN_END.search(rows[-1][3][-1]):
            cells = _shaped_row(line, pos, res)
        if cells is not None:
            (a, b, name), (_c, _d, office) = cells
            rows.append((a, b, name.strip(), [office]))
        elif rows:
            rows[-1][3].append(line.strip())
        else:
            break
        pos = _next_line(text, pos)
    return rows, pos


def _shaped_row(line: str, at: int, res: Resources) -> list[tuple[int, int, str]] | None:
    """The name's and the office's cells of a flattened row whose given name the list of names lacks: two
    name-shaped words neither of which the lexicon knows, before a word it knows as an office's or a body's."""
    words = list(re.finditer(r"\S+", line))
    lex = nlp.lexicon(res)
    if len(words) < 3 or not all(NAME_WORD.fullmatch(w.group()) and not lex.mark(w.group()) for w in words[:2]):
        return None
    if lex.head(words[2].group()) is None:
        return None
    a, b = words[0].start(), words[1].end()
    return [(at + a, at + b, line[a:b]), (at + words[2].start(), at + len(line.rstrip()), line[words[2].start() :])]


def _names(rows: list[tuple[int, int, str, list[str]]], res: Resources) -> bool:
    """Whether each row opens with a person's name (:func:`names_persons`)."""
    return names_persons([name for _, _, name, _ in rows], res)


def names_persons(names: list[str], res: Resources) -> bool:
    """Whether each of ``names`` names a person: most by the list of given names, the rest name-shaped words
    none of which the lexicon knows as a body's or office's ("Kwabena Mensah")."""
    lex = nlp.lexicon(res)

    def shaped(name: str) -> bool:
        words = [w for w in name.split() if not _TITLED.fullmatch(w)]
        return 2 <= len(words) <= 3 and all(NAME_WORD.fullmatch(w) and not lex.mark(w) for w in words)

    known = sum(name_line(name) for name in names)
    return 2 * known > len(names) and all(name_line(name) or shaped(name) for name in names)


def _line(text: str, pos: int) -> str:
    stop = text.find("\n", pos)
    return text[pos : len(text) if stop < 0 else stop]


def _next_line(text: str, pos: int) -> int:
    stop = text.find("\n", pos)
    return len(text) if stop < 0 else stop + 1
