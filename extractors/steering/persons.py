"""Tables of persons: a first column of names ("Name | Funktion"), as a PDF's text layer and its
exports set them. A row whose gap the PDF lost ("Dr. Lena Wagner Leitung Familienzentrum") is cut
after the family name (:func:`person_first_row`); a table an export set one cell a line, header
words a line each (or the second among the first row's cells, as pdfminer.six sets them), is read
row by row, each row opening with a name, maybe wrapped after the given name ("Lena" / "Wagner"),
the lines up to the next name its other cells (:func:`person_rows`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pipeline.lang.de.closed_class import ORIGIN, ROLE_AFTER, alternation, either
from pipeline.lang.de.names import SALUTE, is_first_name

from .name_blocks import NAME_WORD
from .rules import MemberRow

Cell = tuple[int, int, str]

# a row of a table of persons whose gap was lost: titles, a given name, a family name, the
# next cell opening in capitals ("Dr. Lena Wagner Leitung Familienzentrum")
_TITLES = re.compile(r"(?:(?:Dr\.|Prof\.)[ \t]*)*")


def _title_end(line: str) -> int:
    """Where the titles opening a line ("Dr. Prof.") end."""
    m = _TITLES.match(line)
    return m.end() if m else 0


def person_first_row(line: str, at: int, persons: object) -> list[Cell] | None:
    """The two cells of a line of a table whose first column names persons (``persons``: its
    header says so) when the gap between them was lost, or None."""
    if not persons or "\n" in line.strip() or "\t" in line:
        return None
    lead = _title_end(line)
    words = list(re.finditer(r"\S+", line[lead:]))
    if len(words) < 3 or not is_first_name(words[0].group()):
        return None
    family, rest = words[1], words[2]  # a second given name is not told from a family name: one is read
    if not NAME_WORD.fullmatch(family.group()) or not rest.group()[:1].isupper():
        return None
    cut = lead + family.end()
    return [
        (at, at + cut, line[:cut]),
        (at + lead + rest.start(), at + len(line.rstrip()), line[lead + rest.start() :].rstrip()),
    ]


def _name_lines(filled: list[tuple[int, str]], k: int) -> int:
    """How many lines the name opening at line ``k`` takes (0: the line opens no name): a given
    name and a family name on one line, maybe after titles, or the given name alone over the family
    name."""
    words = filled[k][1][_title_end(filled[k][1]) :].split()
    if not words or not is_first_name(words[0]):
        return 0
    if len(words) == 1:
        return 2 if k + 1 < len(filled) and NAME_WORD.fullmatch(filled[k + 1][1]) else 0
    return 1 if len(words) <= 3 and all(NAME_WORD.fullmatch(w) for w in words[1:]) else 0


def person_rows(body: list[tuple[int, str]], skip: re.Pattern[str]) -> tuple[list[list[Cell]], int] | None:
    """The rows of a table of persons set one cell a line (``body``: its lines after the header,
    "" for a blank one; ``skip``: column words, a header repeated after a page break): each a name
    and the lines up to the next name, one at least (the last may have none: its cell is a line too
    long for one). The rows and where the last ends, or None when the first line opens no name, a
    name but the last has no line after it, or there are fewer than two rows."""
    filled = [(a, t) for a, t in body if t and not skip.fullmatch(t)]
    out: list[list[Cell]] = []
    k, end = 0, 0
    while k < len(filled):
        n = _name_lines(filled, k)
        if n:
            if out and len(out[-1]) < 2:
                return None
            a, (z, last) = filled[k][0], filled[k + n - 1]
            out.append([(a, z + len(last), " ".join(t for _, t in filled[k : k + n]))])
            k += n
            continue
        a, t = filled[k]
        if (row := person_first_row(t, a, True)) is not None and (not out or len(out[-1]) == 2):
            out.append(row)  # a row whose cells the export ran together ("Lena Wagner Leitung Kita")
            end, k = row[1][1], k + 1
            continue
        if not out:
            return None
        if len(out[-1]) < 2:
            out[-1].append((a, a + len(t), t))
        end, k = a + len(t), k + 1
    if len(out[-1]) < 2:  # the last name's cell may be a line too long for a cell, read no further
        end = out[-1][0][1]
    return (out, end) if len(out) >= 2 else None


def interleaved_person_rows(
    filled: list[tuple[int, str]], headers: re.Pattern[str]
) -> tuple[list[list[Cell]], int] | None:
    """The rows of a table of persons whose header's second word stands among the first row's
    cells (within its first four lines): the rows of the lines without the header's words."""
    if not any(headers.fullmatch(t) for _, t in filled[1:5]):
        return None
    return person_rows(filled[1:], headers)


# "Herr"/"Frau" right before a name in the source ("der Amtsdirektor Herr Marco Fiedler"), or before the
# one or two capitalised words of the office over it ("Herr Bürgermeister Marco Fiedler")
_SALUTATION = re.compile(rf"\b{SALUTE} (?:[A-ZÄÖÜ][\w.-]* ){{0,2}}$")


def office_then_person(value: str, source: str, office: Callable[[str], bool] | None) -> tuple[str, str] | None:
    """The office and the person when a member names an office and then the person holding it: a
    given name and one or two family names, titles before them, ending the member or a comma after
    them ("Amtsdirektor Herr Marco Fiedler", "Bürgermeisterin Anke Lorenzen, Amt Nord"). The person
    must be saluted in ``source`` ("Herr", "Frau"), or the office be one word ``office`` tells an
    office by (a callable on a word) and more stand after the name; else None: "Bürgermeister Paul
    Beispiel" alone is the office's holder as written.

    >>> office_then_person("Leiter der Realschule Jens Beispiel", "der Leiter der Realschule Herr Jens Beispiel", None)
    ('Leiter der Realschule', 'Jens Beispiel')
    >>> office_then_person("Bürgermeister Jens Beispiel", "Herr Bürgermeister Jens Beispiel", None)
    ('Bürgermeister', 'Jens Beispiel')
    >>> office_then_person("Haus Maria Frieden", "Haus Maria Frieden", lambda w: False) is None
    True
    """
    words = value.split()
    for i in range(1, len(words) - 1):
        if not is_first_name(words[i]):
            continue
        family = [w.rstrip(",") for w in words[i + 1 : i + 3]]
        n = 1 + (len(family) > 1 and not words[i + 1].endswith(",") and NAME_WORD.fullmatch(family[1]) is not None)
        if not NAME_WORD.fullmatch(family[0]) or (i + 1 + n < len(words) and not words[i + n].endswith(",")):
            continue
        start = i
        while start > 0 and _TITLES.fullmatch(words[start - 1] + " "):
            start -= 1
        if start == 0:
            return None
        person = " ".join(words[start : i + 1 + n]).rstrip(",")
        flat = re.sub(r"\s+", " ", source)
        at = flat.find(person)
        saluted = at > 0 and _SALUTATION.search(flat[:at]) is not None
        rest = " ".join(words[i + 1 + n :])
        if not saluted and not (start == 1 and rest and office is not None and office(words[0])):
            return None
        return (" ".join(words[:start]) + (", " + rest if rest else "")).rstrip(","), person
    return None


# a chair's function ending a row ("… Vorsitz", "… Vorsitzende"), not a deputy's ("stellv. Vorsitz")
_CHAIR_END = re.compile(r"(?<!stellv\.)(?<!stellvertretende)(?<!stellvertretender)[ \t]+Vorsitz(?:ende[rn]?)?$")
_WRAP_WORDS = 6  # words of a line the cells of the row above wrap onto at most ("und Partner Potsdam e. V.")


def flat_person_table(
    text: str, start: int, end: int, header: Callable[[str], bool]
) -> tuple[list[tuple[Cell, str, bool]], int] | None:
    """The rows of a table of persons whose gaps an export flattened into single spaces, from
    ``start`` on: a header line of column words (``header`` tells one by its words; "Name Institution
    Funktion", "Bank Mitglied entsendet durch"), then rows each holding a person's name, first or after
    one or two words of a first column that may span rows ("Dr. Lena Wagner Sozialamt Vorsitz",
    "Verwaltung Jonas Weber (Vorsitz) Sozialamt"; cut after the family name as :func:`person_first_row`
    cuts), a short line right under a row the row's cells wrapped. Each row's name cell, the rest of the
    row and whether a mark or its last word makes the chair, and where the rows end; None unless two
    rows follow the header."""
    filled, a = [], start
    for t in text[start:end].split("\n"):
        filled.append((a + len(t) - len(t.lstrip()), t.strip()))
        a += len(t) + 1
    k = next((i for i, (_, t) in enumerate(filled) if t), None)
    if k is None or "  " in filled[k][1] or "\t" in filled[k][1] or not header(filled[k][1]):
        return None
    rows: list[tuple[Cell, str, bool]] = []
    last, blank = 0, False
    spaced = k + 1 < len(filled) and not filled[k + 1][1]  # a blank line after every line (pdfminer.six)
    numbered = _NUMBER_HEADER.match(filled[k][1]) is not None
    for a, t in filled[k + 1 :]:
        if not t:
            blank = not spaced
            continue
        count = _ROW_NUMBER.match(t) if numbered else None  # "1 Dr. Lena Wagner …" under "Nr. Name …"
        row = _spanned_person_row(t[count.end() :], a + count.end()) if count else _spanned_person_row(t, a)
        if row is not None:
            rows.append(row)
        elif not rows or blank or len(t.split()) > _WRAP_WORDS:
            break
        else:
            name, rest, chair = rows[-1]
            rows[-1] = (name, f"{rest} {t}", chair)
        last, blank = a + len(t), False
    return (rows, last) if len(rows) >= 2 else None


_MARK = re.compile(r"[ \t]*\((?:Vorsitz\w*|Leitung)\)")
_NUMBER_HEADER = re.compile(r"(?i)(?:lfd\.?\s*)?nr\.?\s")  # a first column of the rows' numbers
_ROW_NUMBER = re.compile(r"\d{1,3}\.?\s+")
_SPAN_WORDS = 2  # words of a first column spanning rows before the person at most ("Zivilgesellschaft")


def _spanned_person_row(line: str, at: int) -> tuple[Cell, str, bool] | None:
    """A flattened row's person (after up to two capitalised words of a spanning first column), the
    rest of the row and whether it marks the chair ("(Vorsitz)" after the name, "Vorsitz" ending it)."""
    mark = _MARK.search(line)
    plain = line[: mark.start()] + line[mark.end() :] if mark else line
    words = list(re.finditer(r"\S+", plain))
    for w in words[: _SPAN_WORDS + 1]:
        if w.start() and not all(x.group()[:1].isupper() for x in words if x.start() < w.start()):
            return None
        row = person_first_row(plain[w.start() :], at + w.start(), True)
        if row is not None:
            rest = row[1][2]
            return row[0], rest, mark is not None or _CHAIR_END.search(rest) is not None
    return None


def header_is_name(word: str) -> bool:
    """Whether a column word heads the names of persons ("Name", "Nachname")."""
    return re.fullmatch(r"(?i)(?:vor|nach)?name", word) is not None


# what stands after a person's name and tells where they come from: a bracket ("(SPD)") or a
# preposition of origin and the body ("für den Runden Tisch", "vom Jobcenter Nord")
_ORIGIN = re.compile(r"\((?P<bracket>[^()]{2,120})\)$|(?:" + either(ORIGIN + ROLE_AFTER) + r")\s+(?P<body>\S.*)$")


def person_then_origin(value: str, source: str, office: Callable[[str], bool]) -> tuple[str, str] | None:
    """The office and origin, and the person, when a member names a person (titles, a given name, one or
    two family names) and then where they come from, in brackets or after "für", "vom" or "von", or the
    role they hold there after "als" ("Marion Beispiel vom Jobcenter Nord", "Stadträtin Ida Roth (SPD)",
    "Herr Kemal Aydın als Vorsitzender des Vereins X"); up to two words before the
    name each an office ``office`` tells by a word, or any when the person is saluted in ``source``;
    else None.

    >>> person_then_origin("Stadträtin Ida Roth (SPD)", "Stadträtin Ida Roth (SPD)", lambda w: w == "Stadträtin")
    ('Stadträtin, SPD', 'Ida Roth')
    >>> person_then_origin("Ole Berg vom Jobcenter Nord", "Herr Ole Berg vom Jobcenter Nord", lambda w: False)
    ('Jobcenter Nord', 'Ole Berg')
    >>> person_then_origin("Haus Maria Frieden (Altenheim)", "Haus Maria Frieden (Altenheim)", lambda w: False)
    >>> person_then_origin("Kemal Aydın als Leiter des SV Nord", "Herr Kemal Aydın als Leiter des SV Nord", None)
    ('Leiter des SV Nord', 'Kemal Aydın')
    """
    words = value.split()
    for i in range(min(5, len(words) - 2)):
        if not is_first_name(words[i]) or not NAME_WORD.fullmatch(words[i + 1]):
            continue
        n = 2 if i + 2 < len(words) and NAME_WORD.fullmatch(words[i + 2]) and not _ORIGIN.match(words[i + 2]) else 1
        origin = _ORIGIN.fullmatch(" ".join(words[i + 1 + n :]))
        if origin is None:
            return None
        start = i
        while start > 0 and _TITLES.fullmatch(words[start - 1] + " "):
            start -= 1
        person = " ".join(words[start : i + 1 + n])
        flat = re.sub(r"\s+", " ", source)
        at = flat.find(person)
        saluted = at > 0 and _SALUTATION.search(flat[:at]) is not None
        if not saluted and not _office_words(words[:start], office):
            return None
        said = origin["bracket"] or origin["body"]
        return ", ".join([*([" ".join(words[:start])] if start else []), said.strip()]), person
    return None


# an adjective before an office's word, capitalised as part of its title ("Erste", "Stellvertretender")
_TITLE_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+e[nmrs]?")


def _office_words(words: list[str], office: Callable[[str], bool]) -> bool:
    """Whether words name an office: each a word of one, or adjectives of its title before the last
    ("Kreisrätin", "Erste Bürgermeisterin").

    >>> is_office = lambda w: w == "Bürgermeisterin"
    >>> _office_words(["Erste", "Bürgermeisterin"], is_office), _office_words(["Erste"], is_office)
    (True, False)
    """
    if all(office(w) for w in words):
        return True
    return office(words[-1]) and all(office(w) or _TITLE_ADJECTIVE.fullmatch(w) for w in words[:-1])


# a person's name and the bracket after it ("Dr. Ida Roth (SPD)"), then a comma or a conjunction or the end
_BRACKETED = re.compile(
    r"(?P<person>(?:(?:Dr|Prof)\.\s*)*(?P<given>[A-ZÄÖÜ][\w-]+)(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2})\s*\((?P<said>[^()]{2,60})\)"
    rf"(?:\s*,\s*|\s+(?:{alternation('conjunctions')})\s+|\s*$)"
)


def bracketed_persons(value: str, office: Callable[[str], bool]) -> list[tuple[int, int, str]] | None:
    """The persons a member names one by one after one office word they share, each with a bracket
    after the name ("Stadtverordnete Ida Roth (SPD) und Ole Berg (CDU)"): each person's span in
    ``value`` and their label (the office and the bracket); None unless two persons at least.

    >>> bracketed_persons("Stadtverordnete Ida Roth (SPD) und Ole Berg (CDU)", lambda w: True)
    [(16, 24, 'Stadtverordnete, SPD'), (35, 43, 'Stadtverordnete, CDU')]
    """
    word = re.match(r"\S+\s+", value)
    if word is None or not office(word.group().strip()):
        return None
    found, at = [], word.end()
    while at < len(value):
        m = _BRACKETED.match(value, at)
        if m is None or not is_first_name(m["given"]):
            return None
        found.append((m.start("person"), m.end("person"), f"{word.group().strip()}, {m['said'].strip()}"))
        at = m.end()
    return found if len(found) > 1 else None


def one_by_one(row: MemberRow, text: str, office: Callable[[str], bool]) -> list[MemberRow]:
    """A member naming persons one by one after the office they share (:func:`bracketed_persons`): a
    member each, at their names in ``text``; else the member as it is."""
    split = bracketed_persons(row.value, office)
    if split is None:
        return [row]
    out = []
    for a, b, label in split:
        person = row.value[a:b]
        at = re.search(r"\s+".join(map(re.escape, person.split())), text[row.start : row.end])
        start, end = (row.start + at.start(), row.start + at.end()) if at else (row.start, row.end)
        out.append(replace(row, start=start, end=end, value=person, label=label))
    return out


# what stands between a person and the next entry when the body they come from goes on after a comma
# ("Ida Roth vom Jobcenter Nord, Standort Au"): the preposition, the body, the comma
_ORIGIN_GAP = re.compile(r"\s+(?:" + either(ORIGIN) + r")\s+[^,;()]+,\s*")


def origin_goes_on(rows: list[MemberRow], text: str, known: Callable[[str], bool]) -> list[MemberRow]:
    """The members without the words after a comma that go on naming the body a person comes from
    ("Frau Ida Roth vom Jobcenter Nord, Standort Au": "Standort Au" is no member): an entry after such
    a gap with no word ``known`` tells an organisation or office by, nor a given name opening it."""
    out: list[MemberRow] = []
    for row in rows:
        prev = out[-1] if out else None
        if (
            prev is not None
            and row.method == prev.method == "prose"
            and _ORIGIN_GAP.fullmatch(text, prev.end, row.start)
            and not any(known(w) for w in row.value.split())
            and not is_first_name((_TITLES.sub("", row.value, count=1).split() or [""])[0])  # "Dr. Elif …"
        ):
            continue
        out.append(row)
    return out
