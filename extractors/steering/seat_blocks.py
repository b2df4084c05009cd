"""Members in a list of numbered seats: each line opens with the same word and the seat's number, a gap
after them, then who holds the seat, maybe over lines indented under it::

    Platz 1   Amt für Soziales – Dr. Anna Beispiel (Vorsitz)
    Platz 2   Kreissportbund
              Geschäftsführer Jonas Weber
              vertreten durch: Ole Brandt

A PDF's text layer closes the gap after the number to one space and drops the indentation: then a
line flush under a flush seat is the seat's too, the last seat taking no more lines than the others
took (what follows it is the paragraph after the list). An export that sets a blank line after
every line (one stands under the first seat) has the list go on over each single blank line; a page
break inside the list (a form feed, maybe a blank line before it) is passed over.

The seat's word and number name no member. On one line, a body and a person apart by a dash: the
person, the body their label; a body alone (its person not yet named) is the member. Over lines: the
body on the first, the person holding the seat on the next; a line under them opening with a label
and a colon ("vertreten durch: …") names someone besides the holder (a deputy), no member. A holder's
line naming a person and, after a comma, their body ("Chidi Okoro, Verein Afrika e. V.") gives the
person, the body the label; where most seats name a known given name after the dash, a part after a
dash of two or three name words names a person too ("Beirat für Integration – Fatou Ndiaye").
"""

from __future__ import annotations

import re

from extractors.german import nlp
from extractors.resources import Resources

from .items import list_item
from .name_blocks import NAME_WORD, name_line, person_words
from .revised import revised_rules
from .rules import CHAIR_DASHED, Chair, MemberRow

# "Sitz 1   …", "Platz 12  …": a word, the seat's number, a gap, the holder
_SEAT = re.compile(r"(?m)^[ \t]*(?P<word>[A-ZÄÖÜ][a-zäöüß]+)[ \t]+(?P<n>\d{1,2})[ \t]+(?P<rest>\S[^\n]*)$")
_UNDER = re.compile(r"[ \t]{2,}(?P<line>\S[^\n]*)")  # a line indented under a seat's holder
_FLUSH = re.compile(r"(?P<line>\S[^\n]*)")  # a line under a flush seat, its indentation lost
_LABEL = re.compile(r"[^\W\d][^:\n]{0,40}:[ \t]")  # "vertreten durch: …"
_DASH = re.compile(r"[ \t]+[–—-][ \t]+")
MIN_SEATS = 3


def seat_blocks(text: str, start: int) -> list[list[tuple[int, int]]] | None:
    """The seats of a list opening at ``start`` (blank lines before it skipped): for each seat the spans
    of its holder's lines; None unless three seats at least follow one another, numbered 1, 2, 3 …"""
    at = start + len(text[start:]) - len(text[start:].lstrip("\n \t"))
    at = text.rfind("\n", 0, at) + 1
    blocks: list[list[tuple[int, int]]] = []
    word = None
    flush = False  # the seats set flush left: lines under them lost their indentation
    spaced = None  # an export that sets a blank line after every line (one after the first seat)
    while at < len(text):
        if blocks and text.startswith("\f", at):  # a page break inside the list: it goes on on the next page
            at += 1
            continue
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if blocks and at == end and text.startswith("\f", end + 1):  # the blank line before a page break
            at = end + 1
            continue
        if blocks and at == end and spaced is not False and text[at - 2 : at - 1] != "\n":
            spaced, at = True, end + 1  # one blank line, not two
            continue
        spaced = False if spaced is None and blocks else spaced
        seat = _SEAT.match(text, at, end)
        under = (_FLUSH if flush else _UNDER).fullmatch(text, at, end) if blocks else None
        if seat is not None and (word is None or seat["word"] == word) and int(seat["n"]) == len(blocks) + 1:
            word, flush = seat["word"], seat.start("word") == at
            blocks.append([(seat.start("rest"), seat.end("rest"))])
        elif seat is None and under is not None:
            blocks[-1].append((under.start("line"), under.end("line")))
        else:
            break
        at = end + 1
    if flush and len(blocks) >= MIN_SEATS:  # the last seat no longer than the others: the paragraph after it
        del blocks[-1][1 + max(len(b) - 1 for b in blocks[:-1]) :]
    return blocks if len(blocks) >= MIN_SEATS else None


def seat_members(text: str, start: int, res: Resources) -> tuple[list[MemberRow], Chair | None, int] | None:
    """The members of a list of numbered seats opening at ``start`` (see the module docstring), its chair
    and where it ends; None when it is no such list."""
    blocks = seat_blocks(text, start)
    if blocks is None:
        return None
    rows: list[MemberRow] = []
    chair = None
    loose = _persons_after_dashes(text, blocks)
    for lines in blocks:
        (a, b), held = lines[0], [x for x in lines[1:] if not _LABEL.match(text, x[0], x[1])]
        body: str | None = " ".join(text[a:b].split())
        if not held and _vacant(text[a:b], res):  # "vakant (vorgesehen: …)": the seat holds no member yet
            continue
        dash = _DASH.search(text, a, b)
        if dash is not None and CHAIR_DASHED.search(text, dash.start(), b):  # "… Carsten Wendler – Vorsitz"
            dash = None
        if held:  # the body over the person holding the seat
            a, b = held[0]
            if (named := _named_then_body(text, a, b, res)) is not None:
                b, body = named  # "Emeka Beispiel, Verein X e. V.": the person, their body the label
        elif dash is not None and (_has_name(text[dash.end() : b]) or loose and _name_words(text[dash.end() : b])):
            body, a = " ".join(text[a : dash.start()].split()), dash.end()
        elif dash is None and (addressed := _body_then_named(text, a, b, res)) is not None:
            body, a = addressed  # "Landkreis X, Integrationskoordination, Herr Felix Brandt": the person
        else:  # a body alone, or its person not yet named ("– Benennung steht aus")
            body, b = None, dash.start() if dash is not None else b
        read = len(rows)
        chair = list_item(rows, text, a, b, body, res) or chair
        for row in rows[read:]:
            _holder(row, text)
    held_chair = next((r for r in rows if r.is_chair), None)
    if chair is not None and held_chair is not None:
        chair = Chair(held_chair.value, held_chair.start, held_chair.end, True)
    return rows, chair, blocks[-1][-1][1]


def _holder(row: MemberRow, text: str) -> None:
    """The person ending a member after the words of their office ("Fachbereichsleiter Deutsch als
    Zweitsprache Dr. Jan Beispiel"): the person, in place."""
    words = row.value.split()
    for k in range(1, len(words) - 1):
        name = [w for w in words[k:] if not TITLE_WORD.fullmatch(w)]
        if words[k - 1][-1:] not in ".," and person_words(name):
            found = re.search(r"\s+".join(map(re.escape, words[k:])), text[row.start : row.end])
            if found is not None:
                row.start, row.end, row.value = row.start + found.start(), row.start + found.end(), " ".join(words[k:])
                row.label = row.label or " ".join(words[:k])  # the office tells the sector
            return


TITLE_WORD = re.compile(r"(?:Dr|Prof)\.")
# a holder's line: a name of two or three words, titles before it, then a comma and the body
_NAMED_THEN_BODY = re.compile(
    rf"(?P<name>(?:{TITLE_WORD.pattern}[ \t]*)*{NAME_WORD.pattern}(?:[ \t]+{NAME_WORD.pattern}){{1,2}}),"
    r"[ \t]*(?P<body>\S.*)"
)


def _named_then_body(text: str, a: int, b: int, res: Resources) -> tuple[int, str] | None:
    """Where the person ends and what body follows when a holder's line names a person and, after a
    comma, the body they come from ("Emeka Beispiel, Verein X e. V."): the name's words no word of a
    body or office the lexicon knows, so "Caritasverband Nord, Migrationsdienst" stays a body."""
    m = _NAMED_THEN_BODY.fullmatch(text, a, len(text[:b].rstrip()))
    if m is None:
        return None
    lex = nlp.lexicon(res)
    if any(lex.mark(w) is not None for w in m["name"].split()):
        return None
    return m.end("name"), " ".join(m["body"].split())


def _persons_after_dashes(text: str, blocks: list[list[tuple[int, int]]]) -> bool:
    """Whether most seats set on one line name a person after the dash by a given name the list of names
    knows: then a part after a dash of the same form names a person too, its given name unknown."""
    parts = [text[d.end() : b] for (a, b), *_ in blocks if (d := _DASH.search(text, a, b)) is not None]
    return bool(parts) and 2 * sum(_has_name(p) for p in parts) > len(blocks)


def _name_words(part: str) -> bool:
    """Whether a part is two or three name words, titles before them, a bracket after them allowed."""
    words = [w for w in re.sub(r"\s*\([^()]*\)\s*$", "", part).split() if not TITLE_WORD.fullmatch(w)]
    return 2 <= len(words) <= 3 and all(NAME_WORD.fullmatch(w) for w in words)


def _has_name(part: str) -> bool:
    """Whether a part names a person before a bracket ("Dr. Anna Beispiel (Vorsitz)")."""
    return name_line(" ".join(re.sub(r"\s*\([^()]*\)\s*$", "", part).split()))


# a person addressed after the body and a comma ending a holder's line: ", Herr Felix Brandt", ", Frau Dr. A B"
_ADDRESSED_END = re.compile(
    rf",[ \t]*(?:Herrn?|Frau)[ \t]+(?P<name>(?:{TITLE_WORD.pattern}[ \t]*)*\S+(?:[ \t]+\S+){{1,2}})"
)


def _body_then_named(text: str, a: int, b: int, res: Resources) -> tuple[str, int] | None:
    """The body and where the person starts when a holder's line names the body (and its unit) and, after
    a comma, a person addressed as Herr or Frau ("Diakonie X, Migrationsberatung, Frau Natalia Beispiel")."""
    end = len(text[:b].rstrip())
    m = _ADDRESSED_END.search(text, a, end)
    if m is None or m.end() != end or not name_line(m["name"]):
        return None
    return " ".join(text[a : m.start()].split()), m.start("name")


def _vacant(holder: str, res: Resources) -> bool:
    """Whether a holder's line says the seat is not filled ("vakant", "unbesetzt")."""
    return bool(revised_rules(res).vacant.match(holder.strip()))
