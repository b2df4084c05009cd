"""Members in labelled lines after a lead-in: a line for each part of a group, its label (maybe
with the seats it holds in brackets), a colon and the members of that part, apart by semicolons
(or commas), wrapped at a narrow column as a PDF and its exports set them::

    Kommunale Seite (4 Sitze): Sozialamt Musterstadt; Amt für Wohnen und
    Quartiere; Jugendamt
    Freie Träger (3 Sitze): je eine Person der Wohlfahrtsverbände

A wrapped line goes on with the part above it (a word broken at the line end is joined); a line
set apart by a blank line goes on only after a separator or a broken word, opening in lower case,
inside a bracket still open, or where every label stands after a blank line (an export that sets
one after every line). The block ends at a line of another kind: a numbered heading, a line opening
with an article or another closed-class word in capitals ("Die Geschäftsstelle …"), a sentence's
end, a page break.
The label names no member; a chair's label ("Vorsitz: …") makes its member the chair.
"""

from __future__ import annotations

import re

from extractors.base import dehyphenate
from extractors.german import nlp
from extractors.resources import Resources
from pipeline.lang.de.closed_class import CLASSES, alternation, words

from .addressed import name_start
from .apart import apart
from .items import held_by, list_item
from .name_blocks import name_line, office_left_out
from .name_blocks import name_start as office_before
from .rules import CHAIR_MARK, Chair, MemberRow, MemberRules, enumeration

# "Politische Bank (5 Sitze): …", "Freie Träger: …", "aus der Verwaltung: …": a label of five words at
# most (capitalised, or a preposition and the words after it; a dash between two of them, "Amt 50 – Jugendamt"), a
# colon, a value
_LABELLED = re.compile(
    r"[ \t]*(?P<label>(?:[A-ZÄÖÜ][\wäöüß/-]*|(?:"
    + alternation("prepositions", "contractions")
    + r")(?=[ \t]))(?:[ \t]+(?:[\wäöüß./-]+|–)){0,4}?)"
    r"(?:[ \t]+\([^()\n:]{1,30}\))?[ \t]*:[ \t]+(?=\S)"
)
# a label alone on its line, its value on the lines indented under it ("Bank Politik:" / "  A (X), B (Y)")
_LABEL_ALONE = re.compile(r"[ \t]*(?P<label>[A-ZÄÖÜ][\wäöüß/-]*(?:[ \t]+[\wäöüß./-]+){0,4}?)[ \t]*:[ \t]*")
_NUMBERED = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+\S")
# a person's name, titles before it, and a bracket after it ("Dr. Anna Beispiel (SPD)")
_BRACKETED_PERSON = re.compile(r"(?:(?:Dr|Prof)\.\s*)*[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2}\s*\([^()]{2,80}\)")
_SENTENCE_END = re.compile(r"[a-zäöüß]{3}\.[ \t]*$")
_GUESTS = re.compile(r"\bG(?:ast|äste)\b")  # a part of guests, no members
_COUNTED = re.compile(r"\(\d{1,2}(?:[ \t]+\w+)?\)[ \t]*:")  # a label's count of seats ("Verwaltung (2):")
_GOES_ON = re.compile(r"[;,-][ \t]*$")
_CHAIR_LABEL = re.compile(r"(?:Vorsitz\w*|Leitung|Sprecher\w*)$")
# a label one person holds: the chair's or the deputy's
_ONE_PERSON_LABEL = re.compile(r"(?:Vorsitz\w*|Leitung|Sprecher\w*|Stellvertret\w*|stellv\.[ \t]*\w*)$")
_CLOSED = words(*CLASSES)


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    """The lines from ``start`` up to a page break (blank ones included), without their spaces at the end;
    over a break inside a bracket still open ("Anna Beispiel (Sport-" / "bund" / page break / "Nord);")."""
    stop = text.find("\f", start)
    while stop >= 0 and text.count("(", start, stop) > text.count(")", start, stop):
        stop = text.find("\f", stop + 1)
    out, a = [], start
    for line in text[start : len(text) if stop < 0 else stop].split("\n"):
        out.append((a, a + len(line.rstrip())))
        a += len(line) + 1
    return out


def _opens_labelled(text: str, start: int) -> bool:
    """Whether the first line from ``start`` that is not blank may open a block: a label and its value, or a
    label alone."""
    a = start
    while (b := text.find("\n", a)) >= 0 and not text[a:b].strip():
        a = b + 1
    first = text[a : len(text) if b < 0 else b].rstrip()
    return _LABELLED.match(first) is not None or _LABEL_ALONE.fullmatch(first) is not None


def _ends_block(line: str) -> bool:
    """Whether a line that is no label is of another kind than a wrapped value: a numbered heading,
    a line opening with a closed-class word with a capital (not one all in capitals), a sentence's end."""
    first = line.split()[0] if line.split() else ""
    opener = first[:1].isupper() and not first.isupper()  # "DIE LINKE": a party's name in capitals, no article
    return bool(_NUMBERED.match(line) or opener and first.casefold() in _CLOSED or _SENTENCE_END.search(line))


def labelled_parts(text: str, start: int) -> list[tuple[str, int, int]] | None:
    """The parts of a block of labelled lines opening at ``start``: each label and where its value
    starts and ends (with its wrapped lines). None unless the block opens with a labelled line and
    holds two at least."""
    if not _opens_labelled(text, start):
        return None
    parts: list[list[object]] = []
    blank, spaced, last = False, False, ""
    lines = _lines(text, start)
    for k, (a, b) in enumerate(lines):
        line = text[a:b]
        if not line.strip():
            blank = bool(parts)
            continue
        m = _LABELLED.match(line)
        below = next((x for x in lines[k + 1 : k + 3] if x[1] > x[0] and text[x[0] : x[1]].strip()), None)
        alone = None if m is not None or below is None else _label_alone(text, (a, b), below)
        value = text[int(str(parts[-1][1])) : int(str(parts[-1][2]))] if parts else ""
        opened = value.count("(") > value.count(")")  # a bracket still open goes on over a blank line
        if m is not None and parts and _GUESTS.search(m.group("label")):
            break  # "Ständige Gäste ohne Stimmrecht: …": no members, the block's end
        if m is not None:
            spaced = spaced or len(parts) == 1 and blank
            parts.append([m.group("label"), a + m.end(), b])
        elif alone is not None and below is not None:
            spaced = spaced or len(parts) == 1 and blank
            parts.append([alone, below[0], below[0]])
        elif parts and not blank and _SENTENCE_END.search(line) and _label_follows(text, lines[k + 1 :]):
            parts[-1][2] = b  # a value ending in a full stop, the next part's label after it
        elif (
            not parts
            or _ends_block(line)
            or blank
            and not (spaced or _GOES_ON.search(last) or line.lstrip()[:1].islower() or parts[-1][1] == a or opened)
        ):
            break
        else:
            parts[-1][2] = b
        blank, last = False, line
    found = [part for label, c, d in parts for part in _run_in(text, str(label), int(str(c)), int(str(d)))]
    return found if len(found) >= 2 else None


# a dash between a part's value and the next part's label in the same paragraph ("…, Fraktion SPD – Verwaltung
# (2): Bürgermeister …")
_DASH_BEFORE = re.compile(r"[ \t\n]+[–—][ \t\n]+(?=[A-ZÄÖÜ])")


def _run_in(text: str, label: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """A part whose value runs on into the next parts, each after a dash, its label and a colon ("Politik (3):
    A; B – Verwaltung (2): C; D"): the parts apart; else the part."""
    out = [(label, start, end)]
    for dash in _DASH_BEFORE.finditer(text, start, end):
        stop = text.find("\n", dash.end()) if "\n" in text[dash.end() : end] else end
        head = text[:stop]
        if stop < end and head.rstrip().endswith(":"):  # the label closing its line, its value on the next
            below = text.find("\n", stop + 1)
            head += " " + text[stop + 1 : below if 0 <= below < end else end]  # the offsets kept
        m = _LABELLED.match(head, dash.end())
        if m is None or m.end() > end or not _COUNTED.search(m.group()):
            continue
        out[-1] = (out[-1][0], out[-1][1], dash.start())
        out.append((m.group("label"), m.end(), end))
    return out


def _label_follows(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether the next line that is not blank opens with a label and its value ("Aus dem Rat: …")."""
    line = next((text[a:b] for a, b in lines if text[a:b].strip()), "")
    return _LABELLED.match(line) is not None


def _label_alone(text: str, line: tuple[int, int], below: tuple[int, int]) -> str | None:
    """The label of a line that is a label alone at the margin ("Bank Politik:") over its value, a line
    indented deeper or one opening with a person and a bracket after the name; else None."""
    a, b = line
    m = _LABEL_ALONE.fullmatch(text, a, b)
    nxt = text[below[0] : below[1]]
    if m is None or not nxt.strip() or _ends_block(nxt):
        return None
    indent = len(text[a:b]) - len(text[a:b].lstrip())
    if len(nxt) - len(nxt.lstrip()) <= indent and not _BRACKETED_PERSON.match(nxt) and not _LEADER_LINE.fullmatch(nxt):
        return None  # at the margin too (an export's lines lose the indent): persons with a bracket after each
    return m.group("label")


def labelled_members(
    rows: list[MemberRow], text: str, start: int, rules: MemberRules, res: Resources
) -> tuple[int, Chair | None] | None:
    """The members of a block of labelled lines opening at ``start`` (see the module docstring),
    added to ``rows``: where the block ends and its chair; None when it is no such block or names
    no member."""
    parts = labelled_parts(text, start)
    if parts is None:
        return None
    read, chair = part_members(parts, text, rules, res)
    if not read:
        return None
    rows.extend(read)
    return parts[-1][2], chair


def part_members(
    parts: list[tuple[str, int, int]], text: str, rules: MemberRules, res: Resources, cells: bool = False
) -> tuple[list[MemberRow], Chair | None]:
    """The members each part names (its label, where its value starts and ends): apart by
    semicolons when a part holds one, else an enumeration; the chair a chair's label or mark names.
    With ``cells`` (a table's column set one cell a line), where a part holds whole lines
    (:func:`stacked`) each line of a part that goes on over none is a member ("Gemeindetag,
    Kreisverband Nord" one cell, as its neighbours')."""
    read: list[MemberRow] = []
    semicolons = any(";" in text[c:d] for _, c, d in parts)
    one_a_line = cells and not semicolons and any(stacked(text, c, d) for _, c, d in parts)
    chair = None
    for label, c, d in parts:
        before = len(read)
        by_line = one_a_line and ("\n" not in text[c:d].strip() or stacked(text, c, d))
        persons = None if semicolons or by_line else _person_items(text, c, d)
        leaders = None if semicolons or by_line or persons else leader_lines(text, c, d)
        if leaders:  # "Jobcenter Nord ........ Frau Anna Beispiel": the person, the body their label
            for a, b, body in leaders:
                read.append(MemberRow(a, b, " ".join(text[a:b].split()), f"{body}, {label}", method="list"))
        elif _ONE_PERSON_LABEL.search(label) and (held := held_by(text[c:d])) is not None:
            # "Vorsitz: Leiterin des Sozialamts, Frau Anna Beispiel": the person, the office their label
            a, b = c + held.start("person"), c + held.end("person")
            read.append(
                MemberRow(a, b, " ".join(held["person"].split()), " ".join(held["office"].split()), method="list")
            )
        elif persons:  # "A (SPD), Dr. B (Sozialamt, Vorsitz)": persons apart by commas, a bracket after each
            for a, b in persons:
                list_item(read, text, a, b, label, res)
        elif semicolons or by_line:
            pos = c
            for m in [*re.finditer(r"\n" if by_line else r";", text[c:d]), None]:
                b = c + m.start() if m else d
                if text[pos:b].strip():  # the part from its first word ("…;" / "Herr Jens" / "Muster, …")
                    list_item(read, text, pos + len(text[pos:b]) - len(text[pos:b].lstrip()), b, label, res)
                pos = c + m.end() if m else d
        else:
            enumeration(read, text, c, d, rules, res, "list")
            read[before:] = _apposed(read[before:], text, res)
            for r in read[before:]:
                r.label = label
                if (mark := CHAIR_MARK.search(r.value)) and mark.end() == len(r.value):
                    # "Referat V: Berufsm. Stadträtin Dr. Anna Beispiel (Leitung)": the person, the chair
                    r.value, r.end, r.is_chair = r.value[: mark.start()], r.start + len(r.value[: mark.start()]), True
                    office_left_out(r, text)
        for r in read[before:]:
            if re.search(r"-[ \t]*\n", text[r.start : r.end]):  # a word broken at the line end
                r.value = dehyphenate(r.value)
            if semicolons or persons:
                office_left_out(r, text)  # "Beigeordneter Dr. Lea Brandt": the person
            if _CHAIR_LABEL.search(label):
                r.is_chair = True
            if r.is_chair:
                chair = chair or Chair(r.value, r.start, r.end, False)
    return read, chair


def _apposed(read: list[MemberRow], text: str, res: Resources) -> list[MemberRow]:
    """The items of a part's value but an office's word alone set off by a comma right after a person's
    name ("Beirat: Dr. Anna Beispiel, Vorsitzende"): the office the person holds in the part's body, no
    member of its own (nor the group's chair)."""
    lex = nlp.lexicon(res)
    out: list[MemberRow] = []
    for r in read:
        prev = out[-1] if out else None
        head = lex.head(r.value) if len(r.value.split()) == 1 else None
        if (
            prev is not None
            and head is not None
            and head.label == "OFFICE"
            and name_line(prev.value)
            and text[prev.end : r.start].strip() == ","
        ):
            continue
        out.append(r)
    return out


def _person_items(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The items of a value apart by commas outside brackets when each names a person with a bracket
    after the name ("Anna Beispiel (SPD), Dr. Jonas Weber (Sozialamt, Vorsitz)"), or one such person a
    line ("Stadträtin Anna Beispiel (SPD)" / "Dr. Jonas Weber (Jobcenter)"), or the one person of a
    chair's line; else None."""
    for cut in (",", "\n"):
        items = [
            (a + len(text[a:k]) - len(text[a:k].lstrip()), a + len(text[a:k].rstrip()))
            for a, k in apart(text, start, end, cut)
            if text[a:k].strip()
        ]
        persons = [x for x, y in items if _BRACKETED_PERSON.fullmatch(text, x, y)]
        if items and len(persons) == len(items):
            return items
        # one a line up to a line of another kind (a page's footer the value ran on into), two at least
        run = next((k for k, (x, y) in enumerate(items) if not _BRACKETED_PERSON.fullmatch(text, x, y)), 0)
        if cut == "\n" and run >= 2:
            return items[:run]
    return None


# a line of a body, dotted leaders and the person at the right ("Jobcenter Nord ....... Frau Anna Beispiel")
# a seat's person not yet named, the whole right side in brackets ("(Benennung steht noch aus)", "(N. N.)")
_PENDING = re.compile(r"\([^()\n]{2,60}\)")
# the leaders three dots at least where a gap stands either side ("Familie – Jugendamt ... Abteilungsleiter X")
_LEADER_LINE = re.compile(
    r"[ \t]*(?P<body>\S[^\n]*?)(?:[ \t]*(?:\.{4,}|…{2,})|[ \t]+\.{3})[ \t]*(?P<person>\S[^\n]*?)[ \t]*"
)


def leader_lines(text: str, start: int, end: int) -> list[tuple[int, int, str]] | None:
    r"""The lines of a value from ``start`` when each is a body, dotted leaders and a person at the right
    (their salutation left out): each person's span and the body; None unless two lines at least open the
    value so. The lines run on over a page break and blank lines; a person's name wrapped onto a line of
    its own is joined ("… Herr Dr. Jonas" / "Weber"); the first line of another kind ends them (a
    sentence the export set right under them), as does ``end`` where no such line follows.

    >>> t = "Jobcenter Nord ....... Frau Anna Beispiel\nCaritas, Ortsverband ..... Herr Dr. Jonas Weber"
    >>> [(t[a:b], body) for a, b, body in leader_lines(t, 0, len(t))]
    [('Anna Beispiel', 'Jobcenter Nord'), ('Dr. Jonas Weber', 'Caritas, Ortsverband')]
    >>> leader_lines("Jobcenter Nord ....... 2 Personen\nCaritas ..... 1 Person", 0, 40) is None
    True
    """
    found: list[tuple[int, int, str]] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n\f]+", text[start:])]
    k = 0
    while k < len(lines):
        a, b = start + lines[k][0], start + lines[k][1]
        if a >= end and not (found and "\f" in text[end:a]):
            break  # past the value only over a page break, the list going on on the next page
        m = _LEADER_LINE.fullmatch(text, a, b)
        if not text[a:b].strip():
            k += 1
            continue
        if m is None:
            break
        if _PENDING.fullmatch(m["person"]):  # "Diakonie X ..... (Benennung steht noch aus)": the body's seat
            found.append((m.start("body"), m.end("body"), " ".join(m["body"].split())))
            k += 1
            continue
        at = m.start("person") + name_start(m["person"])
        stop = m.end("person")
        if not name_line(text[at:stop]) and (office := office_before(text[at:stop])):
            at += office  # "Ressortleiterin Nilüfer Demirci", "Fachdienst Migration, Marco Valente": the person
        if not name_line(text[at:stop]) and k + 1 < len(lines):  # "… Herr Dr. Jonas" / "Weber"
            c, d = start + lines[k + 1][0], start + lines[k + 1][1]
            joined = f"{text[at:stop]} {text[c:d].strip()}"  # "Abteilungsleiter Jan-Hendrik" / "Schwebe"
            cut = 0 if name_line(joined) else office_before(joined) or 0
            if text[a + len(text[a:b].rstrip()) : c] == "\n" and name_line(joined[cut:]):
                at, stop, k = at + cut, c + len(text[c:d].rstrip()), k + 1
        if not name_line(" ".join(text[at:stop].split())):
            break
        found.append((at, stop, " ".join(m["body"].split())))
        k += 1
    return found if len(found) >= 2 else None


def stacked(text: str, start: int, end: int) -> bool:
    r"""Whether ``text[start:end]`` is two lines or more, each a whole cell: no line ends where a
    name goes on (a comma, a hyphen, a closed-class word: "Amt für Jugend und" / "Familie") and
    each next one opens with a capital ("Landratsamt, Sachgebiet 21 – Jugend und Familie" /
    "Staatliches Schulamt").

    >>> t = "Landratsamt, Sachgebiet 2\nStaatliches Schulamt"
    >>> stacked(t, 0, len(t)), stacked("Amt für Jugend und\nFamilie", 0, 26), stacked("Jobcenter, AWO", 0, 14)
    (True, False, False)
    """
    lines = [ln.strip() for ln in text[start:end].split("\n") if ln.strip()]
    return len(lines) > 1 and all(
        not _GOES_ON.search(a) and a.split()[-1].casefold() not in _CLOSED and b[:1].isupper()
        for a, b in zip(lines, lines[1:], strict=False)
    )
