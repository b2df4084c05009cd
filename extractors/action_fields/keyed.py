"""Fields named only in the key of the codes a table uses for them: part of the ``list`` family.

    2. Handlungsfelder
    Die Leitlinien ordnen jede Maßnahme einem Handlungsfeld zu. Im Maßnahmenplan stehen dafür
    Kürzel:

       SP   Sprache und frühe Bildung
       AB   Arbeit, Ausbildung und Studium
       WQ   Wohnen und Quartier

    Nr.   Maßnahme                                      HF    Start
    M1    Sprachcafés in den Stadtteilbibliotheken      SP    09/2027
    M2    Welcome Desk im Rathaus                       AB    01/2028

or the key run on in a line under the table: "Kürzel der Handlungsfelder (HF): SP = Sprache und
Verständigung · AA = Ausbildung und Arbeit · …", wrapped anywhere (an export may break a line
between a code and its sign). A run-on key whose codes are the field noun's abbreviation and the
numbers 1, 2, 3 … ("HF 1 = Sprache und Bildung · HF 2 = Arbeit · …") names the fields by itself, the
table over it setting only the numbers ("1 / 3").

A key is a block of lines each a code (two to four capitals) and a name after a gap, or a run of
pairs "CODE = Name" parted by a middle dot, a bullet or a semicolon (the last name maybe wrapped onto a line of a
few words before a blank line); three entries at least, every code once. It names fields only where both sides
say so: the key's lead (its own line before the first code, or the paragraph right above it) holds the field noun
or its abbreviation, and the codes
fill a table's column headed by the singular noun or its abbreviation ("HF"): a header row of
capitalised words holding it, and at least three of the key's codes (all, where it has fewer) as
words in the rows under it. A run-on key whose codes are all the column heads of a matrix above it, under a
paragraph naming the fields ("Die Übersicht zeigt die Verteilung:" / "SB   AA   WQ" over rows of "●" and "○"),
names the fields too. A list of abbreviations, a legend of parties or offices, has neither. A key
may name the codes with words in lower case before an equals sign, the colours of a print that has none
("Im Schwarz-Weiß-Druck … steht statt der Farbe ihr Name:" / "blau     = Sprache und Bildung"); its table's
column may be headed by a noun of the key's lead ("Maßnahme  Farbe  Stand"), its first row using a code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de import markers
from pipeline.structure import Line

from .matrix_keys import matrix_key_regions
from .text import WRAP_END, Candidate, FieldText, is_sentence
from .vocab import is_structure

_LEAST = 3
_REACH = 40  # lines under a column's header in which its codes are looked for
_CODE = r"[A-ZÄÖÜ]{2,4}"
# a line of a key: a code, a gap (one space where an export closed it) or an equals sign, and a name; a word in
# lower case ("blau = Sprache und Bildung", a colour a print without colours names) only before the sign
_ENTRY = re.compile(
    rf"[ \t]*(?:(?P<code>{_CODE})(?:[ \t]*=)?|(?P<word>[a-zäöüß]{{3,15}})[ \t]*=)"
    r"[ \t]+(?P<name>[A-ZÄÖÜ][^\n]*?)[ \t]*$",
    re.M,
)
# a pair of a run-on key: "SP = Sprache", its sign maybe on the next line
_PAIR = re.compile(r"(?<![\w-])(?P<code>[A-ZÄÖÜ]{1,4}(?:[ \t]?\d{1,2})?)[ \t\n]*=[ \t\n]*(?=\S)")
# a code that is the field noun's abbreviation and the field's number: "HF 3"
_NUMBERED = re.compile(r"(?P<noun>[A-ZÄÖÜ]{1,4})[ \t]?(?P<number>\d{1,2})")
_PARTS = re.compile(r"[ \t\n]*[" + markers.escaped(markers.MIDDLE_DOT + markers.BULLET) + r";][ \t\n]*")
_MOST_WORDS = 10


def keyed_fields(ft: FieldText) -> Iterator[Candidate]:
    """The names of each key whose codes a field column uses."""
    for _, _, found in key_regions(ft):
        yield from found


def key_regions(ft: FieldText) -> list[tuple[int, int, list[Candidate]]]:
    """(start, end, fields) of each key whose codes a field column uses, or whose codes head the columns of a
    matrix of marks (:mod:`.matrix_keys`): the key is read by ``keyed_fields`` alone (a run-in reading takes
    "SP = Sprache" for a name)."""
    out: list[tuple[int, int, list[Candidate]]] = matrix_key_regions(ft)
    done_keys = [(a, b) for a, b, _ in out]
    done = -1
    for k in range(len(ft.rows)):
        if k <= done or any(a <= ft.rows[k].start < b for a, b in done_keys):
            continue
        block = _entry_block(ft, k)
        if block:
            done = block[-1]
            lead = _lead(ft, k)
            found = [_entry(ft, ft.rows[i]) for i in block]
            entries = [e for e in found if e is not None]
            if lead is not None and len(entries) == len(found) and _keyed(ft, lead, [c for c, _ in entries], done, k):
                out.append((ft.rows[k].start, ft.rows[done].end, [c for _, c in entries]))
            continue
        pairs = _pairs(ft, k)
        if pairs is not None:
            codes, fields, end = pairs
            done = ft.row_at(end)
            if (
                _names_fields(ft, ft.rows[k].start, fields[0].start)
                and (
                    _numbered(ft, codes)
                    or not any(_NUMBERED.fullmatch(c) for c in codes)
                    and _keyed(ft, k, codes, done)
                )
                or _heads_codes(ft, k, codes)
            ):
                out.append((_first_code(ft, k), end, fields))
    return out


def _entry_block(ft: FieldText, k: int) -> list[int]:
    """The lines of a key's block opening at line ``k`` after a blank line or a lead ending in a colon."""
    if k == 0 or not (ft.blank(k - 1) or ft.rows[k - 1].text.rstrip().endswith(":")):
        return []
    out: list[int] = []
    i = k
    while i < len(ft.rows) and not ft.blank(i) and _ENTRY.fullmatch(ft.rows[i].text):
        out.append(i)
        i += 1
    return out if len(out) >= _LEAST else []


def _entry(ft: FieldText, line: Line) -> tuple[str, Candidate] | None:
    """The code and the field of a key's line, or None where its name is none."""
    m = _ENTRY.fullmatch(line.text)
    assert m is not None
    start = line.start + m.start("name")
    label = _name(ft, m.group("name"))
    code = m.group("code") or m.group("word")
    return (code, Candidate(start, start + len(m.group("name")), label, "list")) if label else None


def _name(ft: FieldText, raw: str) -> str:
    """A key's name, when it reads as one."""
    label = clean_label(raw)
    if (
        not label
        or not label[0].isupper()
        or len(label.split()) > _MOST_WORDS
        or is_sentence(label, ft.vocab)
        or is_structure(label, ft.vocab)
    ):
        return ""
    return label


def _lead(ft: FieldText, k: int) -> int | None:
    """The first line of the paragraph right above the key at line ``k`` (a blank line between them
    allowed), where it holds the field noun; None otherwise."""
    last = k - 1 if not ft.blank(k - 1) else k - 2
    if last < 0 or ft.blank(last):
        return None
    first = last
    while first > 0 and not ft.blank(first - 1):
        first -= 1
    return first if _names_fields(ft, ft.rows[first].start, ft.rows[last].end) else None


def _names_fields(ft: FieldText, start: int, end: int) -> bool:
    return any(start <= m.start() < end for m in ft.nouns)


def _pairs(ft: FieldText, k: int) -> tuple[list[str], list[Candidate], int] | None:
    """The codes, names and end of a run-on key opening on line ``k``: pairs parted by a middle dot, a
    bullet or a semicolon, over the lines that go on with it (``_run_on``); None where no such key opens
    there."""
    line = ft.rows[k]
    if ft.text.find("=", line.start, line.end) < 0:  # no sign, no pair (most lines)
        return None
    first = _PAIR.search(ft.text, line.start, line.end)
    if first is None:
        return None
    row = k
    while row + 1 < len(ft.rows):
        if ft.page_break(row + 1) and _OPEN_END.search(ft.rows[row].text) and not ft.blank(row + 2):
            row += 1  # a page broke the key after a separator: it goes on on the next page
            continue
        if ft.blank(row + 1) or not _run_on(ft.rows[row].text, ft.rows[row + 1].text):
            break
        row += 1
    if _last_name_goes_on(ft, row):
        row += 1
    end = ft.rows[row].end
    pairs = list(_PAIR.finditer(ft.text, first.start(), end))
    if len(pairs) < _LEAST:
        return None
    codes: list[str] = []
    found: list[Candidate] = []
    for pair, nxt in zip(pairs, [*pairs[1:], None], strict=True):
        stop = nxt.start() if nxt is not None else end
        part = _PARTS.search(ft.text, pair.end(), stop)
        if nxt is not None and part is None:
            return None  # no key: "A = B" in a formula
        b = part.start() if part is not None else stop
        label = _name(ft, ft.text[pair.end() : b])
        if not label:
            return None
        codes.append(pair.group("code"))
        found.append(Candidate(pair.end(), b, label, "list"))
    return codes, found, end


_MOST_WRAPPED = 5  # words at most of the line the last name of a run-on key goes on in


def _last_name_goes_on(ft: FieldText, row: int) -> bool:
    """Whether the last name of a run-on key ending on line ``row`` goes on in the next line, the key's last
    ("… · IÖ = Interkulturelle" / "Öffnung der Verwaltung" over a blank line): a few words, no sign, no colon,
    no full stop."""
    nxt = row + 1
    if ft.blank(nxt) or not ft.blank(nxt + 1):
        return False
    words = ft.rows[nxt].text.split()
    return len(words) <= _MOST_WRAPPED and not re.search(r"[=:]|[.!?]$", ft.rows[nxt].text.strip())


def _heads_codes(ft: FieldText, k: int, codes: list[str]) -> bool:
    """Whether the run-on key at line ``k`` gives the codes that head the columns of a table above it (a matrix of
    marks: "SB    AA    WQ" over "Amt für Integration   ●   ○"), every head one of the codes and each code a head,
    and the paragraph over that table names the fields ("… sechs Handlungsfeldern zu. Die Übersicht zeigt …:")."""
    for row in range(k - 1, max(-1, k - _REACH), -1):
        words = ft.rows[row].text.split()
        if len(words) >= _LEAST and len(words) == len(codes) and set(words) == set(codes):
            return _lead(ft, row) is not None
    return False


def _numbered(ft: FieldText, codes: list[str]) -> bool:
    """Whether a run-on key's codes are the field noun's abbreviation and the fields' numbers, counting
    by one from 1 ("HF 1 = Sprache · HF 2 = Arbeit · …"): the key names the fields by itself, wherever the
    table that uses them sets the numbers alone ("1 / 3")."""
    found = [_NUMBERED.fullmatch(c) for c in codes]
    return all(
        m is not None and ft.vocab.singular.fullmatch(m.group("noun")) and int(m.group("number")) == i
        for i, m in enumerate(found, 1)
    )


def _first_code(ft: FieldText, k: int) -> int:
    return _PAIR.search(ft.text, ft.rows[k].start, ft.rows[k].end).start()  # type: ignore[union-attr]


# the end of a line of a run-on key that goes on in the next: a sign, a part's separator
_OPEN_END = re.compile(r"[=" + markers.escaped(markers.MIDDLE_DOT + markers.BULLET) + r";][ \t]*$")
_OPEN_START = re.compile(r"[ \t]*(?:[=" + markers.escaped(markers.MIDDLE_DOT + markers.BULLET) + r";]|[a-zäöüß])")


def _run_on(text: str, nxt: str) -> bool:
    """Whether a run-on key's line ``text`` goes on in the line ``nxt`` (an export wraps it anywhere): it
    ends in a sign, a separator or a word a name goes on after, or the next line opens with one or in
    lower case, or holds a pair of its own."""
    return (
        _OPEN_END.search(text) is not None
        or WRAP_END.search(text.rstrip()) is not None
        or _OPEN_START.match(nxt) is not None
        or _PAIR.search(nxt) is not None
    )


def _keyed(ft: FieldText, lead: int, codes: list[str], last: int, first: int | None = None) -> bool:
    """Whether a table's field column uses the key's ``codes``, each code once in the key: a column headed
    by the singular noun, or, for a key of lines opening at line ``first``, by a noun of the key's lead
    ("… steht statt der Farbe ihr Name:" over a table "Maßnahme  Farbe  Stand")."""
    if len(set(codes)) != len(codes):
        return False
    want = min(_LEAST, len(codes))
    if first is not None and _lead_headed(ft, lead, first, codes, last, want):
        return True
    for noun in ft.nouns:
        row = ft.row_at(noun.start())
        if lead <= row <= last or not ft.vocab.singular.fullmatch(noun.group(0)) or not _header(ft, row, noun):
            continue
        below = ft.text[ft.rows[row].end : ft.rows[min(len(ft.rows) - 1, row + _REACH)].end]
        if sum(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", below) is not None for c in codes) >= want:
            return True
    return False


def _header(ft: FieldText, row: int, noun: re.Match[str]) -> bool:
    """Whether line ``row`` is a table's header row with the noun as one of its heads: three words at
    least, each capitalised (or a number's abbreviation), the noun standing alone between them."""
    line = ft.rows[row]
    words = line.text.split()
    after = ft.text[noun.end() : line.end]
    return (
        len(words) >= _LEAST
        and all(w[:1].isupper() for w in words)
        and noun.group(0) in words
        and (not after.strip() or after[:1] in " \t")
        and not re.match(r"[ \t]*\d", after)
    )


_HEAD_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{3,}")
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_MOST_HEADS = 8  # words at most of a header row


def _lead_headed(ft: FieldText, lead: int, first: int, codes: list[str], last: int, want: int) -> bool:
    """Whether a header row under the key (``last`` its last line) holds a noun of the key's lead (lines
    ``lead`` to ``first`` - 1; its last sentence, the one that says what the codes stand for) as a head,
    and the rows under it use ``want`` of the codes as words, the first of them one."""
    start, end = ft.rows[lead].start, ft.rows[first - 1].end
    opening = max((m.end() for m in _SENTENCE_END.finditer(ft.text, start, end)), default=start)
    named = set(_HEAD_WORD.findall(ft.text, opening, end))  # the nouns of the sentence that ends in the colon
    for row in range(last + 1, min(len(ft.rows), last + _REACH)):
        words = ft.rows[row].text.split()
        if not 2 <= len(words) <= _MOST_HEADS or not named & set(words) or words[-1][-1:] in ".:;,!?":
            continue
        if row + 1 >= len(ft.rows) or not set(codes) & set(ft.rows[row + 1].text.split()):
            continue  # the first row under the head uses a code
        below = ft.text[ft.rows[row].end : ft.rows[min(len(ft.rows) - 1, row + _REACH)].end]
        if sum(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", below) is not None for c in codes) >= want:
            return True
    return False
