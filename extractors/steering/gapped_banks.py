"""Members in rows of a label and the persons of that part of the group, a gap between them, the
persons apart by commas (or semicolons) and wrapped under their column, the label maybe broken over
two lines::

    Kreistag            Anna Beispiel, Jonas Weber,
                        Lea Brandt
    Verwaltung          Erste Kreisrätin Greta Muster (Vorsitz),
                        Ole Brandt (Sozialamt)
    Migranten-          Kemal Aydın (Verein X e. V.),
    vereine             Olga Muster (Verein Y, Ortsgruppe Z)

An entry may name a longer office before the person ("Sachgebietsleiter Integration und Migration Emir
Osmanović") or the body and the office after a comma ("Volkshochschule X, Fachbereichsleiter Sprachen Jens
Wolter"): the person is the member, the body and office tell the sector with the label.
Labels ending with a colon ("Kreisverwaltung:") tell the rows apart also where a text layer flattened the
gap and wrapped the persons anywhere: a line opening with no such label goes on with the row above, but a
label's first line broken after a slash or a hyphen over a row ("Ortsteil Nord/" / "Süd:  …"), which is
that row's label. Where a text layer flattened the gap after labels without a colon and each row, a line,
ends in its one person (an office before the name, or a body and a dash: "Kreistag Kreistagsmitglied A
(CDU)" / "Kreistagsmitglied B (SPD)" / "Partner Jobcenter X – C"), the persons are the members.
The rows may stand right under the group's sentence (an export set no blank line after its
paragraph), and a blank line may part them (each row a paragraph of its own). Two rows at least,
each person a name (after up to two words of an office, a bracket after it allowed); a row of
anything else (an institution, a count, a sentence) makes it no such block. The labels name no
member; they tell the sector. A row labelled as the chair ("Vorsitz   Erste Beigeordnete Dr. A") gives
the chair, the office telling the sector; persons each on a line of their own under one label are apart
with no comma; a row sharing a count of seats among bodies, each with its share in brackets ("fünf Sitze,
nach d'Hondt verteilt auf A (2), B (2) und C (1)", :mod:`.seat_shares`), gives those bodies; the places of an
election's list ("Liste A   1. Thomas Gerlach   2. Petra Wilhelmi") give their persons, the labels then no members.
"""

from __future__ import annotations

import re

from extractors.base import dehyphenate
from extractors.resources import Resources
from pipeline.lang.de.closed_class import CLASSES, SENTENCE_OPENERS, alternation, words
from pipeline.lang.de.names import ADDRESS, is_first_name

from .inverted import inverted_name, inverted_parts
from .items import list_item
from .name_blocks import NAME_WORD, name_start, office_left_out
from .rules import CHAIR_MARK, CHAIR_WORD, Chair, MemberRow, member_rules
from .seat_shares import opens_with_seats, seat_shares

# a row: a label of up to three capitalised words (hyphenated ones too: "Rhein-Kreis Neuss"; the last may break
# with a hyphen), maybe a colon, a gap, the value
_ROW = re.compile(
    r"(?P<indent>[ \t]*)(?P<label>[A-ZÄÖÜ][\wäöüß/]*(?:-[\wäöüß/]+)*-?(?:[ \t][\wäöüß/]+(?:-[\wäöüß/]+)*-?){0,2})"
    r"(?:[ \t]\([\wäöüß/.-]+(?:[ \t][\wäöüß/.-]+)?\))?(?:(?P<colon>:)[ \t]+|[ \t]{2,})(?P<value>\S.*)"
)
# the rest of a label broken at a hyphen, in lower case, a gap, the value going on
_LABEL_REST = re.compile(r"(?P<indent>[ \t]*)(?P<rest>[a-zäöüß][\wäöüß]*)[ \t]{2,}(?P<value>\S.*)")
# a row's value a bracket alone, naming no one: a seat resting or yet to be filled ("(Sitz ruht, keine Initiative)")
_RESTING = re.compile(r"\s*\([^()]*\)\s*")
# a label's first part alone on its line, broken after a slash ("Ortsteil Seckenhausen/")
_SLASHED = re.compile(r"[ \t]*[A-ZÄÖÜ][\wäöüß-]*(?:[ \t][\wäöüß-]+){0,2}/[ \t]*")
_BRACKET = re.compile(r"\s*\([^()]*\)")
_NOTE = re.compile(r"\s*\([^()]*\)$")  # a bracket ending an item
MIN_ROWS = 2


def _rows(text: str, start: int) -> tuple[list[tuple[str, list[tuple[int, int]]]], int] | None:
    """The rows from ``start`` on: each label and the spans of its value's lines; where they end."""
    rows: list[tuple[str, list[tuple[int, int]]]] = []
    column = -1
    pos = start
    end = start
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop]
        if not line.strip() or "\f" in line:
            break
        row, rest = _ROW.fullmatch(line), _LABEL_REST.fullmatch(line)
        value_at = line.find(line.strip()) if line.strip() else -1
        if rows and rows[-1][0].endswith(":") and _SLASHED.fullmatch(line) and stop < len(text):
            # "Ortsteil Seckenhausen/" / "Fahrenhorst:   …": a label broken at a slash
            after = text.find("\n", stop + 1)
            nxt = _ROW.fullmatch(text[stop + 1 : len(text) if after < 0 else after])
            if nxt is not None and nxt["colon"] and len(nxt["label"].split()) == 1:
                line = text[pos:stop].strip() + nxt["label"] + ":"
                column = nxt.start("value")
                rows.append((line, [(stop + 1 + column, len(text) if after < 0 else after)]))
                end = pos = len(text) if after < 0 else after
                pos += 1
                continue
        if rows and rows[-1][0].endswith("-") and rest and rest.start("value") == column:
            label, spans = rows[-1]
            rows[-1] = (dehyphenate(f"{label}\n{rest['rest']}"), [*spans, (pos + column, stop)])
        elif (
            row
            and (column < 0 or row.start("value") == column or row["colon"] and rows[-1][0].endswith(":"))
            and len(row["indent"]) < row.start("value")
            and not CHAIR_MARK.search(line, row.start("label"), row.start("value"))
        ):  # labels with a colon tell the rows apart, their values at a column of their own each; a label's bracket
            # names a place ("VG Au (Ried)"), a role's bracket a seat of its own ("Bürgermeisterin (Vorsitz)")
            column = row.start("value")
            rows.append((line[row.start("label") : row.start("value")].rstrip(), [(pos + column, stop)]))
        elif rows and value_at == column:
            rows[-1][1].append((pos + column, stop))
        else:
            break
        end = stop
        pos = stop + 1
    return (rows, end) if len(rows) >= MIN_ROWS else None


_LABEL_WORDS = 3  # words of a label at most


def _flat_label(line: str, inverted: bool = False) -> int | None:
    """Where the persons of a row whose gap a text layer flattened start: after the fewest words (up
    to three, capitalised) before a person ("Kreistag Anna Beispiel, …", "Träger und Vereine Dr. Jonas
    Weber (…), …") or a count of seats ("Ratsfraktionen fünf Sitze, nach d'Hondt verteilt auf"), else
    after the first word where a body and a comma stand before the person ending the line ("Rhein-Kreis
    Neuss Kommunales Integrationszentrum, Jörg Schmitz-Hahn": the label and the body both tell the
    sector); ``inverted``: before a person set surname first, its given name a known one ("Stadtrat
    Berg, Anna (SPD); …", "Träger Jung, Ute (…)")."""
    words = list(re.finditer(r"\S+", line))
    for k in range(1, min(_LABEL_WORDS, len(words) - 1) + 1):
        if not words[0].group()[:1].isupper() or words[k - 1].group().endswith(":"):
            return None  # a label with a colon opens a labelled line ("Vorsitz: Anna Beispiel (…)"), no bank
        if inverted:
            part = re.split(r"[;(]", line[words[k].start() :])[0]
            if inverted_name(part, known=False) is not None and is_first_name(part.split(",")[1].split()[0]):
                return words[k].start()  # a surname that is also a given name too ("Jung, Ute")
            continue
        first = re.split(r"[,;]", line[words[k].start() :])[0]
        if "(" in first and _person(first[first.rfind(")") + 1 :]):
            continue  # a bracket of the label's own before the person ("VG Zell (Mosel) Fachbereichsleiterin A")
        if _person(first) or opens_with_seats(line[words[k].start() :]):
            return words[k].start()
    if inverted or len(words) < _BODY_AND_PERSON:
        return None
    rest = line[words[1].start() :]
    if _BODY_DASH.search(rest) and words[0].group()[:1].isupper() and words[0].group() not in _OPENERS:
        # "Beirat für Migration und Integration – Ahmad Karimi": a body, a dash and the person ending the line
        return words[1].start() if _person_after(rest) is not None else None
    if not _label_words(words[0].group(), words[1].group()):
        return None
    return words[1].start() if "," in rest and _person_after(rest) is not None else None


_BODY_AND_PERSON = 4  # words at least of a label, a body, a comma and a person's name


_LINKS = words(*CLASSES)
_OPENERS = frozenset(SENTENCE_OPENERS)


def _label_words(label: str, value: str) -> bool:
    """Whether the words before a row's persons are a label and the persons open with a capital: nouns
    and the closed-class words between them, no sentence's first word ("Rat und Vereine"; not
    "Die Stadt", nor "Beraten" before "wird Olaf Kunze")."""
    found = label.split()
    return (
        value[:1].isupper() and found[0] not in _OPENERS and all(w[:1].isupper() or w.lower() in _LINKS for w in found)
    )


def _flat_rows(
    text: str, start: int, inverted: bool = False
) -> tuple[list[tuple[str, list[tuple[int, int]]]], int] | None:
    """The rows from ``start`` on where a text layer flattened the gap between the label and its
    persons: a row's persons go on over the next line after a comma or inside a bracket (over a page
    break too), or where it opens with a bracket, the rest of a label broken at a hyphen opening it in
    lower case; any other line opens a row (its persons set surname first where ``inverted``) or ends
    the block. An
    export that sets each row a paragraph of its own parts them by a blank line: a blank line goes on
    with the block where the row after it opens with a label (no sentence's opening) and a capital, and
    the first two rows stood apart by one (or the persons stand surname first, ``inverted``: an export
    that sets blank lines anywhere in the block). A blank line inside a row (its bracket open, after a
    comma, or before the bracket after its last person) goes on with the row."""
    rows: list[tuple[str, list[tuple[int, int]]]] = []
    pos = end = start
    depth, open_end = 0, False
    spaced: bool | None = None  # whether blank lines part the rows: the first two rows tell
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop].rstrip()
        after = text.find("\n", stop + 1)
        following = text[stop + 1 : len(text) if after < 0 else after].rstrip() if after != stop + 1 else ""
        if not line.strip() and rows and following.strip() and (open_end or depth > 0 or following.lstrip()[:1] == "("):
            # a blank line inside a row, the row going on after it: its bracket open, after a comma, or the
            # bracket after its last person's name opening the next line ("Kaya, Deniz" / "" / "(Beauftragter)")
            pos = stop + 1
            continue
        gap = not line.strip() and rows and not open_end and depth == 0 and (spaced is not False or inverted)
        if gap and following:
            cut = _flat_label(following, inverted)
            if cut is not None and _label_words(following[:cut], following[cut:]):
                # a row after a blank line (an export set each box a paragraph), its label no sentence's opening
                spaced, pos = True, stop + 1
                continue
        if not line.strip() or "\f" in line and not _page_inside(line, depth if rows else 0, bool(rows) and open_end):
            break
        lead = len(line) - len(line.lstrip())
        if rows and (open_end or depth > 0 or line[lead:].startswith("(")):
            at = lead
            if rows[-1][0].endswith("-") and line[lead : lead + 1].islower():
                rest = line.split()[0]
                rows[-1] = (dehyphenate(f"{rows[-1][0]}\n{rest}"), rows[-1][1])
                at = line.index(rest) + len(rest) + 1
            rows[-1][1].append((pos + at, pos + len(line)))
        elif (cut := _flat_label(_with_wrapped_name(line, text, stop), inverted)) is not None:
            spaced = False if rows and spaced is None else spaced
            rows.append((line[lead:cut].strip(), [(pos + cut, pos + len(line))]))
        else:
            break
        depth += line.count("(") - line.count(")")
        open_end = line.endswith((",", ";")) or _LINKED_END.search(line) is not None or _given_wraps(line, text, stop)
        end = pos + len(line)
        pos = stop + 1
    return (rows, end) if len(rows) >= MIN_ROWS else None


# a line's last word joining it to the next: a conjunction or a preposition ("… verteilt auf", "… (2) und")
_LINKED_END = re.compile(rf"(?<![\w-])(?:{alternation('conjunctions', 'prepositions')})\Z")


def _given_wraps(line: str, text: str, stop: int) -> bool:
    """Whether a row's line ends in a person's given name (one the list knows) after a comma and the next
    line is the family name alone ("…, Miriam" / "Ostrowski"): the name wrapped, the row going on."""
    tail = line.rsplit(",", 1)
    given = tail[-1].split()
    after = text.find("\n", stop + 1)
    rest = text[stop + 1 : len(text) if after < 0 else after].strip()
    return len(tail) == _SPLIT and len(given) == 1 and is_first_name(given[0]) and NAME_WORD.fullmatch(rest) is not None


_SPLIT = 2  # the parts of a line split at its last comma


def _with_wrapped_name(line: str, text: str, stop: int) -> str:
    """The line with the family name wrapped onto the next line after it (:func:`_given_wraps`)."""
    if not _given_wraps(line, text, stop):
        return line
    after = text.find("\n", stop + 1)
    return f"{line} {text[stop + 1 : len(text) if after < 0 else after].strip()}"


def _page_inside(line: str, depth: int, open_end: bool) -> bool:
    """Whether every page break in a row's line stands inside a bracket (or opens a line going on after
    a comma): the row runs on over it ("(Vorsitzender des Beirats für Migration und" / page break /
    "Integration)")."""
    for at in (k for k, c in enumerate(line) if c == "\f"):
        before = line[:at]
        if not (depth + before.count("(") - before.count(")") > 0 or open_end and not before.strip()):
            return False
    return True


# a row's label with its colon opening a line ("Kreisverwaltung: …", "Träger/Vereine: …"), the value after it
_COLON_ROW = re.compile(r"[ \t]*(?P<label>[A-ZÄÖÜ][\wäöüß/-]*(?:[ \t][\wäöüß/-]+){0,2}:)[ \t]+(?P<value>\S.*)")
# a label's first line broken after a slash or a hyphen, its rest opening the next line's row
_LABEL_HEAD = re.compile(r"[ \t]*[A-ZÄÖÜ][\wäöüß-]*(?:[ \t][\wäöüß-]+)?[/-][ \t]*")


def _colon_rows(text: str, start: int) -> tuple[list[tuple[str, list[tuple[int, int]]]], int] | None:
    """The rows from ``start`` on where each label ends with a colon and a text layer flattened the gap
    after it and wrapped the persons anywhere: a line opening with no such label goes on with the row
    above (also after a page break where the row above ends with a comma), unless it opens a sentence
    (a closed-class word in capitals: "Die Ämter … werden eingeladen") after a row ending closed. A blank
    line ends the block, but where the row above ends open (a comma, a semicolon, a hyphen, a
    conjunction) or a row opens after it or after the piece it sets apart (an export that sets each text
    box a paragraph: "Kreistag: A (SPD), Kreistagsabgeordnete" / "Anja" / blank / "Fiedler (CDU)" /
    blank / "Beirat: …")."""
    rows: list[tuple[str, list[tuple[int, int]]]] = []
    pos = end = start
    gap = False
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop].rstrip()
        if "\f" in line and rows and text[:pos].rstrip().endswith((",", ";")):
            line = line.replace("\f", " ")  # a page break inside a row that goes on after its comma
        if not line.strip() and rows and not gap and _goes_on_after_blank(text, stop + 1, text[:pos]):
            gap, pos = True, stop + 1
            continue
        if not line.strip() or "\f" in line:
            break
        row = _COLON_ROW.fullmatch(line)
        following = text[stop + 1 :].split("\n", 1)[0]
        if row is not None:
            rows.append((row["label"], [(pos + row.start("value"), pos + len(line))]))
            if len(rows) > 1 and not rows[-2][1]:  # the rest of a label broken over two lines
                rows[-2:] = [(rows[-2][0] + rows[-1][0], rows[-1][1])]
        elif rows and _LABEL_HEAD.fullmatch(line) and _COLON_ROW.fullmatch(following):
            rows.append((line.strip(), []))  # "Ortsteil Seckenhausen/" over "Fahrenhorst:  …": a label broken
        elif rows and not (_opens_sentence(line) and not _OPEN_END.search(text[:pos])):
            rows[-1][1].append((pos + len(line) - len(line.lstrip()), pos + len(line)))
        else:
            break
        gap, end = False, pos + len(line)
        pos = stop + 1
    return (rows, end) if len(rows) >= MIN_ROWS else None


# a line's end where the row goes on: a comma, a semicolon, a hyphen, an open bracket, a conjunction
_OPEN_END = re.compile(rf"(?:[,;(-]|(?<![\w-])(?:{alternation('conjunctions')}))[ \t]*\n?[ \t]*\Z")


def _opens_sentence(line: str) -> bool:
    """Whether a line opens with a closed-class word in capitals ("Die Ämter …", "Sie ist …")."""
    first = line.split()[0] if line.split() else ""
    return first[:1].isupper() and first.casefold() in _LINKS


def _goes_on_after_blank(text: str, at: int, before: str) -> bool:
    """Whether colon rows go on over the blank line before ``at``: the row above ends open, or the next
    filled line is a row, or it opens no sentence and a row stands after its piece and one blank line."""
    if _OPEN_END.search(before):
        return True
    lines = text[at:].split("\n", 8)
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is None or first > 0:
        return False
    if _COLON_ROW.fullmatch(lines[0].rstrip()):
        return True
    k = next((k for k, line in enumerate(lines) if not line.strip()), len(lines))
    return (
        not _opens_sentence(lines[0])
        and k + 1 < len(lines)
        and _COLON_ROW.fullmatch(lines[k + 1].rstrip().lstrip("\f")) is not None
    )


def _items(text: str, spans: list[tuple[int, int]], seps: str = ",;") -> list[tuple[int, int]]:
    """The items of a value over its lines, apart by commas or semicolons (``seps``) outside brackets."""
    items: list[tuple[int, int]] = []
    depth, a = 0, spans[0][0]
    for n, (start, end) in enumerate(spans):
        if n and not text[a : spans[n - 1][1]].strip():  # an item opening on this line starts in the value's column
            a = start
        for k in range(start, end + 1):
            ch = text[k] if k < end else "," if n == len(spans) - 1 else ""
            depth += (ch == "(") - (ch == ")")
            if ch and (ch in seps or k == end and n == len(spans) - 1) and depth == 0:
                part = text[a:k]
                if part.strip():
                    items.append((a + len(part) - len(part.lstrip()), a + len(part.rstrip())))
                a = k + 1
    return items


# a place on an election's list before its person, at the value's start or after a gap ("1. Thomas Gerlach")
_PLACE = re.compile(r"(?:^|(?<=[ \t]{2}))\d{1,2}\.[ \t]+(?=[A-ZÄÖÜ])", re.M)


def _places(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items with the persons of a list's places apart, the places' numbers left out ("1. Thomas
    Gerlach   2. Petra Wilhelmi": two items)."""
    out: list[tuple[int, int]] = []
    for a, b in items:
        marks = list(_PLACE.finditer(text, a, b))
        if not marks or marks[0].start() != a:
            out.append((a, b))
            continue
        for k, m in enumerate(marks):
            stop = marks[k + 1].start() if k + 1 < len(marks) else b
            part = text[m.end() : stop]
            out.append((m.end(), m.end() + len(part.rstrip())))
    return out


def _one_a_line(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items with one running over lines parted at its line breaks where each line names a person of
    its own, no comma between them ("Fachbereichsleiter Heiko Brügge (FB 61)" / "Integrationsbeauftragte
    Sevgi Aktaş" under it, or a body and its person each: "Jobcenter X – Anna Muster" / "Verein Y e. V. –
    Jonas Weber"); a name wrapped over lines stays one ("Erste Kreisrätin" / "Greta Muster")."""
    out: list[tuple[int, int]] = []
    for a, b in items:
        lines = [m.span() for m in re.finditer(r"[^\n]*\S[^\n]*", text[a:b])]
        parts = [(a + x + len(text[a + x : a + y]) - len(text[a + x : a + y].lstrip()), a + y) for x, y in lines]
        if len(parts) > 1 and all(_person(text[x:y]) or _dashed(text[x:y]) for x, y in parts):
            out.extend(parts)
        else:
            out.append((a, b))
    return out


def _dashed(raw: str) -> bool:
    """Whether an entry names a body, a dash and the person holding its seat ("Verein X e. V. – Anna Muster"); a
    line with a colon is a labelled line of its own ("Amt 50 – Abteilung Integration:   Anja Pfister")."""
    return ":" not in raw and _BODY_DASH.search(raw) is not None and _person_after(raw) is not None


def _person(raw: str) -> bool:
    """Whether an item names a person, up to two words of an office before the name, a bracket after it."""
    name = " ".join(_BRACKET.sub("", CHAIR_MARK.sub("", raw)).split())
    return bool(name) and name_start(name) is not None


_OFFICE_WORDS = 8  # words of an office before the person's name ending an entry at most
_TRAILING = re.compile(r"(?:\s*\([^()]*\))*\s*$")  # brackets closing an entry


# a dash set apart by spaces between a body and its person, the last of an entry ("Jobcenter X – Anna Beispiel")
_BODY_DASH = re.compile(r"[ \t][–-][ \t](?!.*[ \t][–-][ \t])")


def _person_after(raw: str) -> tuple[int, int] | None:
    """The span of the person's name ending an entry after its body and a comma or a dash ("Jobcenter X –
    Anna Beispiel") or a longer office ("Jobcenter X, Bereichsleiterin Markt und Integration Sandra Priebe"),
    brackets after it allowed; None where it ends with no name."""
    core = raw[: _TRAILING.search(raw).start()]  # type: ignore[union-attr]
    dash = _BODY_DASH.search(core)
    part_at = max(core.rfind(",") + 1, dash.end() if dash else 0)
    part = core[part_at:]
    at = name_start(" ".join(part.split()), _OFFICE_WORDS)
    if at is None:
        return None
    words = " ".join(part.split())[at:].split()
    found = re.search(r"\s+".join(map(re.escape, words)) + r"\s*$", core)
    return (found.start(), found.end()) if found else None


def _joined(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The entries with a body that names no person joined to the next entry it stands before, a comma
    between ("Volkshochschule X, Fachbereichsleiter Sprachen Jens Wolter")."""
    out: list[tuple[int, int]] = []
    pending: int | None = None
    for a, b in items:
        start = a if pending is None else pending
        if _person(text[a:b]) or _person_after(text[a:b]) is not None:
            out.append((start, b))
            pending = None
        else:
            pending = start
    if pending is not None and out and _person(text[slice(*out[-1])]) and "\n" not in text[out[-1][0] : pending]:
        return [*out[:-1], (out[-1][0], items[-1][1])]  # "Insa Beispiel, Fachdienst 40": the person's body after
    return out if pending is None else [*out, (pending, items[-1][1])]


def _long_office(rows: list[MemberRow], text: str, a: int, b: int, label: str) -> Chair | None:
    """The person ending an entry after a body or a longer office (:func:`_person_after`); the words
    before the name and the row's label tell the sector."""
    raw = text[a:b]
    span = _person_after(raw)
    if span is None:
        return None
    x, y = span
    before = " ".join(raw[:x].split()).strip(" ,–-")
    chairs = bool(CHAIR_MARK.search(raw[y:]))
    value = " ".join(raw[x:y].split())
    rows.append(MemberRow(a + x, a + y, value, ", ".join(p for p in (before, label) if p), chairs, "list"))
    return Chair(value, a + x, a + y, True) if chairs else None


def _role_label(label: str, res: Resources) -> bool:
    """Whether a row's label names a role in the group (the chair, the deputies, the members), no part of it."""
    rules = member_rules(res)
    return any(p.fullmatch(label.strip()) for p in (_CHAIR_LABEL, rules.deputy_header, rules.member_header))


_CHAIR_LABEL = re.compile(CHAIR_WORD)


def gapped_banks(rows: list[MemberRow], text: str, start: int, res: Resources) -> tuple[int, Chair | None] | None:
    """The members of a block of such rows opening at ``start`` (see the module docstring), added to
    ``rows``: where the block ends and its chair; None when it is no such block."""
    found = _rows(text, start) or _flat_rows(text, start) or _colon_rows(text, start)
    if found is None:
        return None
    parts, end = found
    parts = [(label, spans) for label, spans in parts if not _RESTING.fullmatch(text, spans[0][0], spans[-1][1])]
    if any(label.endswith(":") for label, _ in parts) and any(_role_label(label[:-1], res) for label, _ in parts):
        return None  # "Vorsitz:  …" / "Stellvertretung:  …": labelled lines of roles, no parts of the group
    # a row sharing its seats among bodies ("fünf Sitze, nach d'Hondt verteilt auf A (2), B (2) und C (1)"):
    # the bodies are its members
    shares = {k: seat_shares(text, spans[0][0], spans[-1][1]) for k, (_, spans) in enumerate(parts)}
    items = [
        (label.rstrip(":"), shares[k] or _one_a_line(text, _joined(text, _places(text, _items(text, spans)))))
        for k, (label, spans) in enumerate(parts)
    ]
    named = [
        [shares[k] is None and (_person(text[a:b]) or _person(text[a:b].split(",")[0])) for a, b in its]
        for k, (_, its) in enumerate(items)
    ]  # a person, maybe their body after a comma ("Insa Beispiel, Fachdienst 40")
    if any(
        not its or not all(ok or shares[k] or _person_after(text[a:b]) for ok, (a, b) in zip(oks, its, strict=True))
        for k, ((_, its), oks) in enumerate(zip(items, named, strict=True))
    ):
        return None
    chair = None
    for k, ((label, its), oks) in enumerate(zip(items, named, strict=True)):
        # a row labelled as the chair ("Vorsitz   Erste Beigeordnete Dr. Ruth Lammertz"): its person chairs,
        # the label no sector's hint (the office is)
        chairs = _CHAIR_LABEL.fullmatch(label.strip()) is not None
        for ok, (a, b) in zip(oks, its, strict=True):
            if shares[k]:  # a body a share of the seats goes to
                rows.append(MemberRow(a, b, " ".join(text[a:b].split()), label, False, "list"))
                continue
            if not ok:
                chair = _long_office(rows, text, a, b, label) or chair
                continue
            read = len(rows)
            # "Olga Muster (Verein Y,\n Ortsgruppe Z)": the bracket no part of the name, the first to tell the sector
            note = _NOTE.search(text, a, b)
            if note and not CHAIR_MARK.fullmatch(note.group()):
                list_item(rows, text, a, note.start(), f"{' '.join(note.group().split())[1:-1]}, {label}", res)
            else:
                list_item(rows, text, a, b, None if chairs else label, res)
            for r in rows[read:]:
                office_left_out(r, text)
                r.is_chair = r.is_chair or chairs
                chair = Chair(r.value, r.start, r.end, True) if r.is_chair and chair is None else chair
    return end, chair


def labels_apart(text: str, start: int) -> bool:
    """Whether the rows from ``start`` on (:func:`gapped_banks`) have a label column that names no
    members: a row labelled as the chair ("Vorsitz   Erste Beigeordnete Dr. A") or a row sharing its seats
    among bodies ("Ratsfraktionen   fünf Sitze, … verteilt auf A (2), B (3)"), or a row whose persons stand a
    line each under its label ("Landkreis   Landrat A (Vorsitz)" / "   Integrationsbeauftragte B"); a column of
    bodies over their persons ("Sozialamt   Frau Dr. A") may name the members itself."""
    gapped = _rows(text, start)
    flat = _flat_rows(text, start) if gapped is None else None
    found = gapped or flat or _colon_rows(text, start)
    return (
        found is not None
        and (
            any(
                _CHAIR_LABEL.fullmatch(label.rstrip(":").strip())
                or len(_one_a_line(text, [(spans[0][0], spans[-1][1])])) > 1  # a part over a person a line: no member
                or seat_shares(text, spans[0][0], spans[-1][1])
                or _PLACE.match(text, spans[0][0]) is not None  # "Liste A   1. Thomas Gerlach   2. Petra Wilhelmi"
                for label, spans in found[0]
            )
            or flat is not None
            and len(flat[0]) >= _FLAT_PERSON_ROWS
            and all(len(spans) == 1 and _ends_in_person(text[spans[0][0] : spans[0][1]]) for _, spans in flat[0])
        )
    )


# rows at least of a flattened block each ending in its one person ("Kreistag Kreistagsmitglied A (CDU)" /
# "Kreistagsmitglied B (SPD)" / "Partner Jobcenter X – C"): the persons its members, the words before them
# labels, offices and bodies (the gaps that parted them closed up, a part's persons each a row of its own)
_FLAT_PERSON_ROWS = 4


def _ends_in_person(row: str) -> bool:
    """Whether a row's value is one person: an office of up to two words before the name, or a body and a
    dash or a comma before it, a bracket after it allowed ("Fachbereichsleiterin Kerstin Pauly", "Jobcenter
    X – Stefan Marx"); not a person addressed ("Sozialamt Frau Dr. A": the bodies may be the members) nor
    a row of cells apart by bars."""
    if ";" in row or "|" in row or _ADDRESSED.search(row):
        return False
    return bool(_person(row) and "," not in row or _person_after(row) is not None)


_ADDRESSED = re.compile(rf"(?<!\S){ADDRESS}(?!\S)")


_BLOCK_END = re.compile(r"[ \t]*(?:\n[ \t]*(?:\n|\Z)|\Z)")


def block_closed(text: str, end: int) -> bool:
    """Whether the rows ending at ``end`` close their block: a blank line or the text's end follows, or a
    line opening a sentence where an export lost the blank line after the table ("Die Geschäftsführung
    liegt bei …")."""
    if _BLOCK_END.match(text, end):
        return True
    nxt = text.find("\n", end)
    after = text.find("\n", nxt + 1)
    return nxt >= 0 and _opens_sentence(text[nxt + 1 : len(text) if after < 0 else after])


def inverted_banks(rows: list[MemberRow], text: str, start: int) -> tuple[int, Chair | None] | None:
    """The members of a block of such rows whose persons stand surname first, apart by semicolons
    ("Stadtrat   Berg, Anna (SPD); Weber, Jonas" / "(CDU)", the gap maybe flattened into a single space),
    added to ``rows``: each the name in the natural
    order, its bracket and the row's label telling the sector; where the block ends and its chair. Half
    the given names at least are ones the list of names knows; None when it is no such block."""
    found = _rows(text, start) or _flat_rows(text, start, inverted=True)
    if found is None or not any(";" in text[spans[0][0] : spans[-1][1]] for _, spans in found[0]):
        return None
    parts = [(label, _items(text, spans, ";")) for label, spans in found[0]]
    every = [span for _, its in parts for span in its]
    if 2 * sum(inverted_name(text[a:b]) is not None for a, b in every) < len(every):
        return None
    read = [inverted_parts(text, its, label) for label, its in parts]
    if any(len(persons) != len(its) for persons, (_, its) in zip(read, parts, strict=True)):
        return None
    rows.extend(r for persons in read for r in persons)
    chair = next((Chair(r.value, r.start, r.end, True) for persons in read for r in persons if r.is_chair), None)
    return found[1], chair
