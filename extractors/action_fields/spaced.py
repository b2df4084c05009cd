"""Action fields in a table whose gaps an export closed: the ``table`` family's rows read by the
kinds of their cells.

A PDF's text layer or an export may set a field table's rows with one space between their cells
("Nr. Priorität Handlungsfeld Federführung" / "A hoch Kinderbetreuung und Schule Fachdienst 3"),
so that no gap tells where a cell ends. The header's words tell the kinds of the columns
(``column_kinds`` of the vocabulary: "Nr." a row's mark or number, "Priorität" a level word,
"Federführung" an office; every other column word a text such as a goal's sentence; names that
are no column words after the field noun the columns of a matrix of marks, "x", "●", "F", "M").
A row is its leading cells of those kinds, the field's name, and the next column's cell, which
begins where its kind begins: a mark, a level word, an office's head word after a noun of the
name ("… Schule Fachdienst 3"), a capitalised article or quantifier opening a sentence ("… Bildung
Alle Kinder …"), or a capitalised word right after a noun of the name ("Gesundheit Gesundheitsangebote
sind …"); a name that runs into the next cell's lower-case words gives the next cell its last
capitalised word ("Arbeitsmarkt und" | "Berufsabschlüsse werden …"). A name that cannot end
where it stops goes on in the next lines' first words ("Arbeitsmarkt und" / "Anerkennung"), and a
next line that opens with a link word carries its rest ("und Schule dem dritten …").

Rows start with their leading cell (a number or letter, a level word), with the number the field's
cell carries ("2 Kita und Schule …", continuation rows without it), or, with the field first and
no number, on every line that does not go on with the row above. A row whose name cannot be cut
so is left out and kept in :attr:`Read.doubtful` for the review, and so is every row where a column of
text (a goal's sentence) stands before the field's: the words do not tell where the name starts. Two
rows at least, else nothing.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field

from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import ARTICLES, words
from pipeline.lang.de.dates import MONTHS, WEEKDAY
from pipeline.lang.de.numbers import NUMBER_WORDS

from .items import marker_ordinal
from .tables import _ADJECTIVE_END, MATRIX_MARK, _label, cells
from .text import WRAP_END, Candidate, FieldText

Span = tuple[int, int]
Word = tuple[int, int, str]  # start, end (flat offsets), text
Room = tuple[int, int]  # the field column's width, the room of the columns after it

_LINKS = words(*ARTICLES, "prepositions", "contractions", "conjunctions")
_PREPOSITIONS = words("prepositions", "contractions")
_ARTICLE_WORDS = words(*ARTICLES)
_ROW_MARK = re.compile(r"(?:\d{1,2}|[A-Z]|[IVX]{1,4})[.)]?")  # a row's number or letter
_NUMBER = re.compile(r"\d{1,2}[.)]?")
# the words that open a question ("Wie gelingen Übergänge …?" in a column of guiding questions)
_QUESTION_WORDS = {"wie", "was", "wer", "wo", "wann", "warum", "welche", "welcher", "welches", "womit", "wodurch"}
# a capitalised word that opens a sentence, never a word of a name: an article, a quantifier, a count or
# a question word
_COUNTS = {w for w, n in NUMBER_WORDS.items() if n > 1}  # "Zwei Treffpunkte entstehen …"
_QUANTIFIERS = {"alle", "jede", "jeder", "jedes", "kein", "keine", "mehr", "viele"}
_OPENERS = words(*ARTICLES) | _QUANTIFIERS | _QUESTION_WORDS | _COUNTS
_HEAD_REST = re.compile(r"\d{4}(?:/\d{2})?|\(.*\)|[a-z]{2,4}\.")  # a column word's rest: "Leitziel 2031", "(Auswahl)"
_SENTENCE_END = re.compile(r"\w{2,}[.!?]$")
_FIGURE = re.compile(r"\d[\d.,]*|%")  # a cell of a column of figures ("2.140", "31 %")
_YEAR = re.compile(r"\d{4}")
_CODE_LETTER = re.compile(r"[A-Z]")  # a row's code of a letter before its number ("W 1")
_WEEKDAY = re.compile(WEEKDAY + r"[.,]*")
_NUMERIC_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?[,;]?")
_DAY = re.compile(r"\d{1,2}\.")
_MONTH = re.compile(MONTHS)
_RULE = re.compile(r"([-=_─═])\1{2,}")  # a column's part of a rule under a header
_INFLECTED = re.compile(r"\w(?:e|en|er|es|em)$")  # an adjective's ending ("frühe", "neuen")
# a cell of a matrix's row: a mark, or a dash that leaves the cell empty ("Gesundheit ✓ – –")
_MATRIX_CELL = re.compile(MATRIX_MARK.pattern + "|" + markers.charset(markers.DASHES + markers.EM_DASH))
MAX_ROWS = 40  # lines of one table at most
_DOUBT = (-1, -1)  # a next line whose first words may go on with the name or be another cell's


@dataclass
class Read:
    """What the reader found: the fields, and the rows whose name it could not cut."""

    fields: list[Candidate] = field(default_factory=list)
    doubtful: list[Span] = field(default_factory=list)
    regions: list[Span] = field(default_factory=list)  # the tables read, header to last row


def _words(ft: FieldText, i: int) -> list[Word]:
    """A line's words; a row's mark of the field noun's abbreviation and a number ("HF 3 Wohnen …") is one
    word, read as its number."""
    line = ft.rows[i]
    ws = [(line.start + m.start(), line.start + m.end(), m.group()) for m in re.finditer(r"\S+", line.text)]
    if len(ws) > 2 and _NUMBER.fullmatch(ws[1][2]) and ft.vocab.abbreviation.match(f"{ws[0][2]} {ws[1][2]}"):
        return [(ws[0][0], ws[1][1], ws[1][2]), *ws[2:]]
    if len(ws) > 2 and _NUMBER.fullmatch(ws[1][2]) and _CODE_LETTER.fullmatch(ws[0][2]):
        return [(ws[0][0], ws[1][1], ws[1][2]), *ws[2:]]  # a row's code of a letter and a number ("W 2")
    return ws


def _first_words(ft: FieldText, i: int) -> list[str]:
    """The texts of a line's words, a row's mark of the abbreviation and a number one (:func:`_words`)."""
    return [w for _, _, w in _words(ft, i)]


def _parted_words(ft: FieldText, i: int) -> list[list[Word]]:
    """A line's words, parted where the flat text ran the next line of the document into it after
    a hyphen before a capital, as it joins "Baden-" / "Württemberg" ("… FD Kindertages-" /
    "Bildung …": a cell's word broken, the next line the row's next line)."""
    origin, doc = ft.layout.flat.origin, ft.doc.text
    out: list[list[Word]] = [[]]
    for a, b, t in _words(ft, i):
        inside = range(a + 1, b) if len(t) == b - a else range(0)  # (a row's mark read as its number: no word)
        cut = next(
            (p for p in inside if _broken(t[p - a - 1], doc[origin[p - 1] : origin[p]], _rest(doc, origin[p]))), None
        )
        if cut is None:
            out[-1].append((a, b, t))
        else:  # (a hyphen the flat text dropped, "Anerkennungs-" / "ausländischer …", kept in the word's text)
            out[-1].append((a, cut, t[: cut - a] if t[cut - a - 1] == "-" else t[: cut - a] + "-"))
            out.append([(cut, b, t[cut - a :])])
    return out


def _broken(before: str, between: str, rest: str) -> bool:
    """Whether the document broke a flat word at its hyphen after the character ``before``, ``between``
    the document's text from that character to the next one, ``rest`` the document's line after the
    break: the hyphen kept before a capital, or dropped before a lower-case rest the line goes on
    after ("Anerkennungs-" / "ausländischer Abschlüsse …" joined: a row's last cell and the next
    line's first; a rest alone on its line, "Mi-" / "gration", is the word's own, wrapped)."""
    if "\n" not in between:
        return False
    return before == "-" or between.rstrip().endswith("-") and len(rest.split()) > 1


def _rest(doc: str, at: int) -> str:
    """The document's line from ``at`` on."""
    end = doc.find("\n", at)
    return doc[at : end if end >= 0 else len(doc)]


def header(ft: FieldText, text: str) -> list[str] | None:
    """The kinds of a single-spaced header's columns ("Nr. Priorität Handlungsfeld Federführung" →
    number, level, field, office), "matrix" for names that are no column words after the field
    noun; None where the line is no header of a field table."""
    kinds: list[str] = []
    names = 0
    names_at: list[int] = []  # the lower-case names of columns, each right after the noun or another
    ws = text.split()
    for n, w in enumerate(ws):
        bare = w.strip(" *:,")
        if ft.vocab.noun.fullmatch(bare) or ft.vocab.abbreviation.fullmatch(bare):
            if "field" in kinds:
                return None
            kinds.append("field")
        elif n == 0 and len(ws) > 2 and bare.isalpha() and bare[:1].isupper() and _field_noun(ft, ws[1]):
            kinds.append("number")  # the rows' marks under a word of their own ("Forum" over "I", "Werkstatt")
        elif (kind := next((k for k, p in ft.vocab.column_kinds if p.match(bare)), None)) is not None:
            kinds.append(kind)  # also in lower case: "federführend" over the offices
        elif ft.vocab.headers.match(bare) and bare[:1].isupper():
            kinds.append("text")
        elif "field" in kinds and ft.vocab.weak.fullmatch(bare) and bare[:1].isupper():
            kinds.append("text")  # a weak noun beside the field noun heads a column of text ("Schwerpunkt 2027")
        elif kinds and _HEAD_REST.fullmatch(bare) and not names:
            continue  # "Leitziel 2031", "lfd. Nr."
        elif kinds and not names and bare.isalpha() and bare.islower() and _YEAR.fullmatch(_after(ws, n)):
            continue  # "Ziel bis 2031", "Stand ab 2028"
        elif bare[:1].isupper() and kinds[:1] == ["field"]:
            names += 1
        elif kinds == ["field"] and n == len(names_at) + 1 and bare.isalpha() and bare.casefold() not in _LINKS:
            names_at.append(n)  # a matrix's columns named in lower case right after the noun ("vorrangig nachrangig")
            names += 1
        elif names and (bare.casefold() in _LINKS or bare.endswith("-") or names >= 2 and bare.isalpha()):
            continue  # a column's name of several words ("Kinder und Jugendliche", "Neu-" / "zugewanderte")
        else:
            return None
    if "field" not in kinds or len(kinds) + names < 2 or names_at and names_at[-1] != len(ws) - 1:
        return None  # (columns named in lower case are the whole header: no sentence opening with the noun)
    if names:
        return ["field", "matrix"] if names >= 2 and kinds[0] == "field" else None
    return kinds


def _field_noun(ft: FieldText, word: str) -> bool:
    bare = word.strip(" *:,")
    return bool(ft.vocab.noun.fullmatch(bare) or ft.vocab.abbreviation.fullmatch(bare))


def _after(ws: list[str], n: int) -> str:
    return ws[n + 1] if n + 1 < len(ws) else ""


def rule_widths(text: str) -> list[int] | None:
    """The widths of a table's columns from the rule under its header, a run of dashes a column
    ("---  ------------  -----" → 3, 12, 5); None where the line is no such rule."""
    widths: list[int] = []
    for run in text.split():
        m = _RULE.match(run)
        if m is None:
            return None
        widths.append(m.end())
        if m.end() < len(run):
            break  # the first row run into the rule ("-----1 Wohnen …", as pdftotext may set it)
    return widths or None


def _room(ft: FieldText, i: int, kinds: list[str]) -> Room | None:
    """The field column's width and the room of the columns after it (their widths and the spaces
    between them), where a rule under the header at line ``i`` gives a width to each column."""
    k = ft.next_filled(i + 1, 2)
    widths = rule_widths(ft.rows[k].text) if k is not None else None
    if not widths or len(widths) != len(kinds):
        return None
    at = kinds.index("field")
    after = widths[at + 1 :]
    return (widths[at], sum(after) + len(after) - 1) if after else None


def table_regions(ft: FieldText) -> list[Span]:
    """The single-spaced field tables read, header to last row: no heading or list item names a
    field there ("Handlungsfeld Altstadt Nordviertel Hafen" over a matrix, "A hoch Sport Sportamt")."""
    return read_once(ft)[0].regions


def spaced_tables(ft: FieldText) -> Iterator[Candidate]:
    """The fields of the single-spaced field tables of a document (:func:`read`) and of the
    matrices an export set one cell a line (:func:`stacked_matrix`)."""
    found, labels = read_once(ft)
    seen = set(labels)
    yield from found.fields
    yield from stacked_matrix(ft, seen)


# each text's tables read once, with the labels they took: the regions, the fields and the
# misses' doubtful rows all come from the same reading
_READ: weakref.WeakKeyDictionary[FieldText, tuple[Read, frozenset[str]]] = weakref.WeakKeyDictionary()


def read_once(ft: FieldText) -> tuple[Read, frozenset[str]]:
    """:func:`read` of a text with no label seen before, and the labels it took; read once per text."""
    kept = _READ.get(ft)
    if kept is None:
        seen: set[str] = set()
        kept = _READ[ft] = (read(ft, seen), frozenset(seen))
    return kept


def read(ft: FieldText, seen: set[str]) -> Read:
    out = Read()
    done = -1
    heads = sorted({(ft.row_at(noun.start()), ft.rows[ft.row_at(noun.start())].text, 0) for noun in ft.nouns})
    for i, text, rest in sorted([*heads, *_split_heads(ft)]):
        if i <= done or len(cells(ft.rows[i])) != 1:
            continue  # a table with gaps, tabs or bars is read by its cells (``field_tables``)
        kinds = header(ft, text)
        if kinds is None:
            continue
        widths = _room(ft, i + rest, kinds)
        lines = _body(ft, i, kinds, rest)
        if kinds[-1] == "matrix":
            lines = _below_names(ft, lines)
        rows = _rows(ft, kinds, lines)
        if len(rows) < 2:
            continue
        done = lines[-1] if lines else i
        found: list[list[Span]] = []
        for row in rows:
            pieces = _cut(ft, kinds, row, widths=widths)
            if pieces is None:
                out.doubtful.append((row[0][0][0], row[0][-1][1]))
            else:
                found.append(pieces)
        if len(found) >= 2:
            out.regions.append((ft.rows[i].start, ft.rows[lines[-1]].end))
            for pieces in found:
                out.fields.extend(_label(ft, pieces, seen))
    return out


def _split_heads(ft: FieldText) -> list[tuple[int, str, int]]:
    """Headers whose field noun a narrow column broke at its hyphen, the rest alone on the next line ("Nr.
    Handlungs- Leitziel bis 2031 Federführung" / "feld"): each its line, its text with the noun joined, and
    the one line of the rest to step over."""
    found = []
    for i, line in enumerate(ft.rows[:-1]):
        rest = ft.rows[i + 1].text.split()
        if "- " not in line.text or len(rest) != 1 or not rest[0].isalpha() or not rest[0].islower():
            continue
        ws = line.text.split()
        joined = [w[:-1] + rest[0] if w.endswith("-") and ft.vocab.noun.fullmatch(w[:-1] + rest[0]) else w for w in ws]
        if joined != ws:
            found.append((i, " ".join(joined), 1))
    return found


def _body(ft: FieldText, i: int, kinds: list[str], rest: int = 0) -> list[int]:
    """The lines of a table under its header at line ``i``: the filled lines after it, over one
    blank line right under the header, before a line opening with a row's number in a table of
    numbered rows, where a name goes on, or between every two lines (an export that set a blank
    line after each, as pdfminer.six may), or over a page break before a row of a table of figures;
    a section's heading ends it ("4. Zeitplan"), and so does a field table's header."""
    out: list[int] = []
    head = ft.rows[i].text.strip()
    j = i + 1 + rest  # (the rest of a noun broken in the header, on a line of its own)
    spaced = ft.blank(j)  # a blank line under the header: maybe one after every line
    while j < len(ft.rows) and len(out) < MAX_ROWS:
        if ft.blank(j):
            k = ft.next_filled(j, 2)
            paged = k is None and (k := _over_page_break(ft, j)) is not None
            ws = _first_words(ft, k) if k is not None else []
            numbered = kinds[0] == "number" or _numbered(ft, out)
            mark = _ROW_MARK if kinds[0] == "number" else _NUMBER
            row = numbered and len(ws) > len(kinds) and mark.fullmatch(ws[0]) is not None
            if paged and k is not None and out:  # a table of figures going on over the page break
                row = row or _figures(ft.rows[out[0]].text) == _figures(ft.rows[k].text) > 0
            # a matrix's rows end in marks: a blank line or a page break between two of them is no end
            marked = kinds[-1] == "matrix" and k is not None and out and _marked(ft, out[-1]) and _marked(ft, k)
            # the rule under a matrix's header, a blank line between it and the columns' names wrapped above it
            marked = marked or kinds[-1] == "matrix" and k is not None and _under_names(ft, out, k)
            if k is None or not (not out or row or marked or spaced and k == j + 1 or _open_above(ft, kinds, out)):
                break
            j = k
            continue
        text = ft.rows[j].text
        if not out and rule_widths(text) and _RULE.fullmatch(text.split()[-1] or ""):
            j += 1  # the rule under the header (a row run into it is read as a row: :func:`_rows`)
            continue
        if text.rstrip().endswith(head) and len(text.strip()) > len(head):
            j += 1  # the header repeated after a page break, the running head run into it ("… - 2 Handlungsfeld …")
            continue
        heading = kinds[0] == "field" and not _numbered(ft, out) and _HEADING.fullmatch(text.strip())
        if len(cells(ft.rows[j])) != 1 or heading or ft.vocab.list_ends.match(text) or header(ft, text):
            break  # (a header: the next table, or this one's repeated after a page break)
        out.append(j)
        j += 1
    return out


def _marked(ft: FieldText, j: int) -> bool:
    """Whether line ``j`` ends in a matrix's mark ("Wohnen und Quartier x x")."""
    words = ft.rows[j].text.split()
    return len(words) > 1 and _MATRIX_CELL.fullmatch(words[-1]) is not None


def _under_names(ft: FieldText, lines: list[int], k: int) -> bool:
    """Whether line ``k`` is the rule under a matrix's header whose lines so far are only its
    columns' names wrapped (no row ending in a mark yet)."""
    return rule_widths(ft.rows[k].text) is not None and not any(_marked(ft, j) for j in lines)


def _below_names(ft: FieldText, lines: list[int]) -> list[int]:
    """A matrix's lines without the rest of its columns' names wrapped onto a line or two under
    the header ("Kinder und … Neu-" / "Jugendliche … zugewanderte"): lines without a mark before
    the first row, which ends in one."""
    marked = [n for n, j in enumerate(lines[:3]) if _marked(ft, j)]
    return lines[marked[0] :] if marked else lines


def _over_page_break(ft: FieldText, j: int, reach: int = 6) -> int | None:
    """The first filled line after the blank line ``j`` when a page break lies between them (the
    page's furniture and a repeated header left out of the text)."""
    k = ft.next_filled(j, reach)
    return k if k is not None and "\f" in ft.text[ft.rows[j].start : ft.rows[k].start] else None


def _figures(text: str) -> int:
    """How many figures a line ends with ("… 1.900 2.600" → 2): a row of a table of figures."""
    n = 0
    for w in reversed(text.split()):
        if not _FIGURE.fullmatch(w):
            break
        n += w != "%"
    return n


def _numbered(ft: FieldText, lines: list[int]) -> bool:
    """Whether a table's first line opens with a number: the field's cell carries its row's."""
    return bool(lines) and _NUMBER.fullmatch(_first_words(ft, lines[0])[0]) is not None


_HEADING = re.compile(r"(?:\d{1,2}\.|[IVX]{1,4}\.|[A-Z]\.)(?:\d{1,2}\.?)*[ \t]+[A-ZÄÖÜ][^ \t]*(?:[ \t]+\S+){0,3}")


def _open_above(ft: FieldText, kinds: list[str], lines: list[int]) -> bool:
    """Whether the last row of ``lines`` ends in a name that cannot end there: its rest comes
    after a blank line a layout put into the row (not after a line ending a sentence)."""
    if _SENTENCE_END.search(ft.rows[lines[-1]].text.rstrip()):
        return False
    rows = _rows(ft, kinds, lines)
    return bool(rows) and _open(_name(ft, kinds, rows[-1]))


# a row's last cell that ends its line: a figure, or a chart's mark ("Sprache und Bildung 9 ● ● ● ○")
_HELD = re.compile(_FIGURE.pattern + "|" + markers.charset(markers.CHART_MARKS))


def _rows(ft: FieldText, kinds: list[str], lines: list[int]) -> list[list[list[Word]]]:
    """The rows of a table, each its lines' words (its first line first)."""
    at = kinds.index("field")
    lead = kinds[0] if at else None
    first = _words(ft, lines[0]) if lines else []
    carried = not at and first and _NUMBER.fullmatch(first[0][2]) is not None and len(first) > 1
    # a table of figures: each row's line ends in its figures, the lines without them go on above
    # (an office's number ends the rows of a table whose last column is the offices': "… Amt 50")
    figured = _figures(ft.rows[lines[0]].text) if lines and not at and kinds[-1] != "office" else 0
    rows: list[list[list[Word]]] = []
    expected = 1
    base = 0  # the rows numbered before the first one
    for j, ws in [(k, ws) for k in lines for ws in _parted_words(ft, k)]:
        while ws and not rows and (m := _RULE.match(ws[0][2])):  # the rule under the header, a row run into it
            ws = ws[1:] if m.end() == len(ws[0][2]) else [(ws[0][0] + m.end(), ws[0][1], ws[0][2][m.end() :]), *ws[1:]]
        if not ws:
            continue
        w = ws[0][2]
        if lead == "number":
            opening = not rows and _NUMBER.fullmatch(w) is not None
            starts = _ROW_MARK.fullmatch(w) is not None and len(ws) > 1 and (opening or _in_order(w, len(rows) + base))
            # the rows' marks are of one kind: "V. Finanzielle …" after a fourth row numbered "4" is a section's heading
            starts = starts and (not rows or _mark_kind(w) == _mark_kind(rows[0][0][0][2]))
            if starts and opening:
                base = int(w.rstrip(".)")) - 1  # a table going on after a page break: "4" under its repeated header
        elif lead == "level":
            starts = ft.vocab.levels.fullmatch(w) is not None
        elif carried:
            starts = _NUMBER.fullmatch(w) is not None and int(w.rstrip(".)")) == expected
            expected += starts
        else:
            above = rows[-1][-1] if rows else None  # a matrix's row is over where its line ends in a mark
            unmarked = above is not None and kinds[-1] == "matrix" and not _MATRIX_CELL.fullmatch(above[-1][2])
            starts = w[:1].isupper() and not unmarked and (not figured or _figures(ft.rows[j].text) == figured)
            if rows and starts and _open(_name(ft, kinds, rows[-1])) and not _HELD.fullmatch(ws[-1][2]):
                starts = False  # (a line ending in a figure or a mark holds a row's cells: its name's cell is empty)
        if starts:
            rows.append([ws])
        elif rows:
            rows[-1].append(ws)
        else:
            return []
    return rows


def _joined(name: str, rest: str) -> str:
    """A name and its rest from the next line, a word broken at its hyphen joined ("Nachbarschafts-"
    / "hilfe")."""
    if re.search(r"\w-$", name) and rest[:1].islower():
        return name[:-1] + rest
    return f"{name} {rest}" if name else rest


def _open(name: str) -> bool:
    """Whether a field's name cannot end here: it ends in a link word, a hyphen or comma, or a
    lower-case adjective ("Sprache und frühkindliche", "Sprache und frühe": an adjective's "-e" after
    a word of the name, a verb's "-en" may end one); a capitalised one is a noun ("Jugendliche")."""
    words = name.split()
    last = words[-1] if words else ""
    inflected = len(words) > 1 and len(last) > 3 and last.isalpha() and last.endswith("e")
    return (
        bool(WRAP_END.search(name.rstrip()))
        or last.islower()
        and (_ADJECTIVE_END.search(last) is not None or inflected)
    )


def _mark_kind(mark: str) -> bool:
    """A row mark's kind: digits, or a letter or Roman numeral ("I" may be either)."""
    return mark.rstrip(".)").isdigit()


def _in_order(mark: str, n: int) -> bool:
    """Whether a row's number or letter is the one after ``n`` rows ("3", "C", "c)", "IV")."""
    bare = mark.rstrip(".)")
    roman = marker_ordinal(bare + ".")
    return bare in (str(n + 1), chr(ord("A") + n), chr(ord("a") + n)) or roman == ("I.", n + 1)


def _name(ft: FieldText, kinds: list[str], row: list[list[Word]]) -> str:
    pieces = _cut(ft, kinds, row, partial=True)
    name = ""
    for a, b in pieces or []:
        name = _joined(name, ft.text[a:b])
    return name


def _cut(
    ft: FieldText, kinds: list[str], row: list[list[Word]], partial: bool = False, widths: Room | None = None
) -> list[Span] | None:
    """The pieces of a row's field name, or None where its end cannot be told. A name cut at its
    link word (:func:`_wrapped_at_link`) must go on in the row's next lines, unless ``partial``
    (the row read so far, its next lines maybe after a blank line). ``widths``: the field column's
    width and the room of the columns after it, as a rule under the header gives them."""
    at = kinds.index("field")
    ws = row[0]
    skip = at + (1 if not at and _NUMBER.fullmatch(ws[0][2]) and len(ws) > 1 else 0)
    if len(ws) <= skip:
        return None
    for k in range(at):  # the leading cells must be of their kinds
        if kinds[k] == "level" and not ft.vocab.levels.fullmatch(ws[k][2]):
            return None
        if kinds[k] in ("text", "date"):
            return None  # a text's cell before the name (a goal's sentence): where the name starts cannot be told
    ws = ws[skip:]
    after = kinds[at + 1] if at + 1 < len(kinds) else None
    n = _end(ft, ws, after)
    if widths is not None and (n is None or not _fits([w for _, _, w in ws], n, widths)):
        n = _fitted([w for _, _, w in ws], widths)
    if n is None and after == "office":
        n = _office_start(ft, [w for _, _, w in ws])
    wrapped = n is None and (n := _wrapped_at_link(ft, ws, row[1:], after)) is not None
    if n is None or n == 0 or any(_SENTENCE_END.search(w) and w not in _LINKS for _, _, w in ws[: n - 1]):
        return None  # (a name holds no sentence's end: "Kommunen in einer Unterkunft. und …" is no row's line)
    pieces = [(ws[0][0], ws[n - 1][1])]
    first = ws[n - 1][1] - ws[0][0]  # the name's length on the row's line
    # the row's line holds its last column's office: the next lines are its cells' next lines, no overflow
    whole = kinds[-1] == "office" and any(ft.vocab.offices.fullmatch(w.strip(",;")) for _, _, w in ws[n:])
    # the next cell a sentence ("Jedes Kind …") the row's line does not end: a closed name leaves the next
    # line to the sentence's rest
    running = after == "text" and n < len(ws) and ws[n][2].casefold() in _OPENERS
    running = running and not any(_SENTENCE_END.search(w) for _, _, w in ws[n:])
    name = " ".join(w for _, _, w in ws[:n])
    for n, line in enumerate(row[1:]):
        if re.search(r"\w-$", name) and line[0][2][:1].isupper() and len(line) <= 3:
            continue  # a word broken at its hyphen goes on in lower case: the row's line's end set apart
        # the last cell's rest ("Amt für" / "Jugend und", "Amt 50 /" / "Städte")
        trailing = (row[n][-1][2] in _LINKS or row[n][-1][2].endswith("/")) and len(line) <= 3
        if _open(name) and (trailing or all(w.casefold() in _LINKS for _, _, w in line)):
            continue  # another cell's rest on a line of its own ("Amt für Jugend" / "und")
        if len(line) > 1 and _NUMBER.fullmatch(line[1][2]) and ft.vocab.offices.fullmatch(line[0][2]):
            continue  # an office and its number on a line of their own ("Amt 50 / Städte"): no name goes on so
        more = _going_on(ft, line, name, whole)
        if more == _DOUBT:
            return None
        if more is None or running and _sentence_rest(line, more, name):
            break
        if wrapped:
            more = _within(ft, line, more, first)
        pieces.append(more)
        name = _joined(name, ft.text[more[0] : more[1]])
    if wrapped and len(pieces) == 1 and not partial:
        return None  # cut at its link word, the name found no rest below
    if _open(name) and not partial:
        return None  # a name that cannot end where its rows' lines leave it ("… und die Stärkung des")
    return pieces


def _sentence_rest(line: list[Word], more: Span, name: str) -> bool:
    """Whether the words ``more`` of a row's next line that would go on with a closed name are the rest
    of the next cell's sentence: they open with a preposition and the line goes on in lower case
    ("… Jedes Kind … wird" / "vor der Einschulung erreicht."; "in den Stadtteilen Geflüchteter …" goes
    on with the name, the sentence's rest after it opening with a capital)."""
    if _open(name) or line[0][2].casefold() not in _PREPOSITIONS:
        return False
    after = next((w for a, _, w in line if a >= more[1]), None)
    return after is not None and after[:1].islower()


def _fits(texts: list[str], n: int, widths: Room) -> bool:
    """Whether a row's line cut after its ``n``-th word fits the columns: the name its column,
    the rest the room after it, give or take the character or two an export may take from the
    rule's last run."""
    return 0 < n and len(" ".join(texts[:n])) <= widths[0] and len(" ".join(texts[n:])) <= widths[1] + 2


def _fitted(texts: list[str], widths: Room) -> int | None:
    """Where a row's line parts into the field's name and the next cell by the columns' widths: at
    the last capitalised word that leaves both sides within their columns ("Gute Arbeit und faire"
    | "Beratung zu Arbeitsrecht …": the name's rest on the next line), never right after a slash or an
    opening bracket, which join the words beside them ("AMI / Agentur für Arbeit"); None where none does."""
    return max(
        (
            n
            for n in range(1, len(texts))
            if texts[n][:1].isupper() and _fits(texts, n, widths) and not texts[n - 1].endswith(("/", "("))
        ),
        default=None,
    )


def _wrapped_at_link(ft: FieldText, ws: list[Word], below: list[list[Word]], after: str | None) -> int | None:
    """Where a name whose next cell could not be told on its row's line ends when it wrapped at
    its first link word ("Arbeit und" | "Anteil der Kinder … 31 %" / "Qualifizierung …"): the link
    word after a capitalised word, a capitalised word after it, and the row's next line (if read
    yet) opening with a capitalised word that is no article or quantifier; not after an enumeration of three
    parts or more, which may have wrapped at a comma as well."""
    if below and not (below[0][0][2][:1].isupper() and below[0][0][2].casefold() not in _OPENERS):
        return None
    texts = [w for _, _, w in ws]
    for k in range(1, len(texts) - 1):
        if texts[k].casefold() in _LINKS and texts[k - 1][:1].isupper() and texts[k + 1][:1].isupper():
            if sum(t.endswith(",") for t in texts[: k - 1]) > 1:
                return None  # "Zusammenleben, Vereine, Feuerwehren und": it may have wrapped at a comma as well
            # an office column's cell opens with an office's word ("Schutz vor" | "Team …" is no cut), or
            # with a compound's first part whose office word wrapped ("Personal- und" / "Organisationsamt")
            return k + 1 if after != "office" or _office_opens(ft, texts[k + 1 :], below) else None
    return None


def _office_opens(ft: FieldText, texts: list[str], below: list[list[Word]]) -> bool:
    """Whether an office's cell opens with ``texts``: an office's word, or a compound's first part and
    its link ("Personal- und") with an office's word on the row's next line ("Organisationsamt")."""
    if ft.vocab.offices.fullmatch(texts[0]):
        return True
    cut = re.fullmatch(r"\w{2,}-", texts[0]) is not None and len(texts) > 1 and texts[1] in ("und", "oder")
    return cut and bool(below) and any(ft.vocab.offices.fullmatch(w.strip(",;")) for _, _, w in below[0])


def _end(ft: FieldText, ws: list[Word], after: str | None) -> int | None:
    """How many of a row's words (after its leading cells) are the field's name; None where the
    next cell's start cannot be told."""
    texts = [w for _, _, w in ws]
    if not texts[0][:1].isupper():
        return None
    if after == "matrix":
        n = len(texts)
        while n > 1 and _MATRIX_CELL.fullmatch(texts[n - 1]):
            n -= 1
        return n if n < len(texts) else None
    if after is None:
        return len(texts)
    if after == "date":
        return next((k for k in range(1, len(texts)) if _date_opens(texts, k)), None)
    for k in range(1, len(texts)):
        w, prev = texts[k], texts[k - 1]
        if after == "level" and ft.vocab.levels.fullmatch(w):
            return k
        if not w[:1].isupper():
            if w.casefold() in _LINKS or _ADJECTIVE_END.search(w) or _before_noun(texts, k):
                continue
            if w.endswith("-") and w[:-1].isalpha():
                continue  # a word broken at its hyphen, its rest on the next line ("stär-" / "ken")
            if w[:1].isdigit():
                return None  # the name ran into a column of figures: its end cannot be told here
            # the name ran into the next cell's words: that cell opens with the last capital
            back = max((m for m in range(1, k) if texts[m][:1].isupper()), default=None)
            return back if back is not None and after == "text" and texts[back - 1].casefold() in _LINKS else None
        if w.casefold() in _OPENERS:
            return k
        if prev.endswith(";"):
            return 0  # the name ran into a cell of items ("… des Beirats; Beratungsstelle"): no end to tell
        if prev.endswith("-") and prev[-2:-1].isalpha():
            return k  # a word broken at its hyphen, its rest on the next line ("Fachkräfte-" / "gewinnung")
        linked = prev.casefold() in _LINKS or prev.endswith((",", "-", "/"))
        if linked or (prev[:1].isupper() and _ADJECTIVE_END.search(prev)):
            continue
        if prev[:1].islower() and (_ADJECTIVE_END.search(prev) or _before_noun(texts, k - 1)):
            continue  # "frühkindliche Bildung", "frühe Hilfen"
        if after == "office" and not ft.vocab.offices.fullmatch(w.strip(",;")):
            return None
        return k
    return None


def _date_opens(texts: list[str], k: int) -> bool:
    """Whether a date's cell opens at the word ``k`` of a row: a date in figures ("22.09.2027"), a day
    and its month's name ("14. September 2027"), or a weekday before either ("Di., 14. September")."""
    if _WEEKDAY.fullmatch(texts[k]) and k + 1 < len(texts):
        k += 1
    nxt = texts[k + 1] if k + 1 < len(texts) else ""
    return (
        _NUMERIC_DATE.fullmatch(texts[k]) is not None
        or _DAY.fullmatch(texts[k]) is not None
        and (_MONTH.fullmatch(nxt) is not None)
    )


def _office_start(ft: FieldText, texts: list[str]) -> int | None:
    """Where the office's cell starts in a row whose name runs into it past a word that might
    still be the name's ("Gesundheit und psychosoziale Kreisgesundheitsamt 4", "Arbeitsmarkt und
    Fachkräfte- Jobcenter Landkreis 5"): at the first office word after the name's first word,
    with a capitalised adjective before it ("Staatliches Schulamt") or a compound's first part and
    its link ("Kreisbau- und Ordnungsamt"); None where no office word follows."""
    for k in range(1, len(texts)):
        if not ft.vocab.offices.fullmatch(texts[k].strip(",;")):
            continue
        if k >= 3 and texts[k - 1].casefold() in _LINKS and texts[k - 2].endswith("-"):
            k -= 2
        if k >= 2 and texts[k - 1][:1].isupper() and _ADJECTIVE_END.search(texts[k - 1]):
            k -= 1
        return k
    return None


def _within(ft: FieldText, line: list[Word], piece: Span, first: int) -> Span:
    """The part of a wrapped name's rest that fits its column: the column is narrower than the
    name's first line and the rest's first word together (that word did not fit), so the rest
    ends before that width, link words at its end left out ("Bildung und" / "Sprachförderung" |
    "bei der Untersuchung")."""
    width = first + 1 + len(line[0][2])
    keep = [w for w in line if w[1] <= piece[1] and w[1] - line[0][0] < width]
    while len(keep) > 1 and keep[-1][2].casefold() in _LINKS:
        keep.pop()
    return (line[0][0], keep[-1][1]) if keep else piece


def _before_noun(texts: list[str], k: int) -> bool:
    """Whether the lower-case word ``texts[k]`` is an adjective before the noun after it ("frühe
    Bildung"): an adjective's ending, a capitalised word next, no quantifier ("alle Kinder")."""
    w = texts[k]
    return (
        k + 1 < len(texts)
        and texts[k + 1][:1].isupper()
        and w.isalpha()
        and w.casefold() not in _OPENERS
        and _INFLECTED.search(w) is not None
    )


def _going_on(ft: FieldText, line: list[Word], name: str, whole: bool = False) -> Span | None:
    """The first words of a row's next line that go on with its field's name: where the name
    cannot end, its capitalised words up to the next cell; else where the line opens with a link
    word and a capitalised word ("und Schule", "in den Stadtteilen"): where a capital follows
    those words, only when the row's line holds its last column's office (its cells wrapped, the
    row not run over); else the row is in doubt (:data:`_DOUBT`)."""
    texts = [w for _, _, w in line]
    open_name = _open(name)
    if not open_name and not (len(texts) > 1 and texts[0] in _LINKS and texts[0] not in ("der", "die", "das")):
        if not (len(texts) > 1 and _ADJECTIVE_END.search(texts[0]) and texts[0].islower()):
            return None
        if texts[1].islower():
            return (line[0][0], line[0][1])  # "ausländischer" / … : an adjective waiting for its noun
        if texts[1].casefold() in _OPENERS or _SENTENCE_END.search(texts[1]):
            return None
        return (line[0][0], line[1][1])  # "Anerkennung" / "ausländischer Abschlüsse …": an attribute and its noun
    n = 0
    if name.endswith("-") and texts[0][:1].islower() and texts[0].isalpha():
        # a word's rest after its hyphen ("Fachkräfte-" / "gewinnung"), the name going on only
        # with a link word ("Öff-" / "nung der Verwaltung")
        if len(texts) < 3 or texts[1].casefold() not in _LINKS:
            return (line[0][0], line[0][1])
        n = 1
    while n < len(texts):
        w = texts[n]
        if _SENTENCE_END.search(w):
            break  # a sentence's end: the next cell's words
        if w.casefold() in _LINKS or (w.islower() and _ADJECTIVE_END.search(w)):
            n += 1
            continue
        if not w[:1].isupper():
            break
        n += 1
        if n < len(texts) and texts[n][:1].isupper() and not w.endswith((",", "-")):
            if n == 1 and name.split()[-1].casefold() in _PREPOSITIONS and not ft.vocab.offices.fullmatch(texts[n]):
                return _DOUBT  # "… in" / "Bad Wildungen …": a place's two words, or its one and the next cell's
            break  # the next cell opens with a capital after the name's noun
        if n < len(texts) and texts[n] in _ARTICLE_WORDS:
            break  # an article right after the name's noun opens the next cell's words ("dem dritten …")
    while n and (texts[n - 1].casefold() in _LINKS or texts[n - 1][:1].islower()):
        n -= 1
    if not open_name and not whole and n < len(texts) and texts[n][:1].isupper():
        return _DOUBT  # "mit Vermietern FD Wohnen": the name's rest, or a wrapped row's last cells
    return (line[0][0], line[n - 1][1]) if n and any(t[:1].isupper() for t in texts[:n]) else None


# --- a matrix of marks an export set one cell a line -----------------------------------------


def stacked_matrix(ft: FieldText, seen: set[str]) -> Iterator[Candidate]:
    """Fields of a matrix set one cell a line (pdftotext, pypdf): the field noun alone on its line,
    the columns' names a line each ("Landratsamt" / "Gemeinden" / "Freie Träger"), then each row's
    field and its marks, the empty cells dropped ("Sprache und Orientierung" / "F" / "M"). Where
    blank lines part the cells, a cell is the lines between them; else a line goes on the one above
    after a word that cannot end a name. A column's name an export set among the rows (an office's
    name alone before marks) is stepped over with its marks; two rows at least, else nothing."""
    for noun in ft.nouns:
        i = ft.row_at(noun.start())
        if ft.rows[i].text.strip(" \t*:") != noun.group().strip(" \t*:"):
            continue
        items = _stacked_items(ft, i)
        first = next((n for n, item in enumerate(items) if _marks(ft, item)), None)
        if first is None or first < 3:
            continue
        heads = items[: first - 1]
        if not all(len(_item_text(ft, h).split()) <= 3 and _item_text(ft, h)[:1].isupper() for h in heads):
            continue
        found: list[list[Span]] = []
        k = first - 1
        while k < len(items) and not _marks(ft, items[k]):
            m = k + 1
            while m < len(items) and _marks(ft, items[m]):
                m += 1
            if m == k + 1 or m - k - 1 > len(heads):
                break
            if not ft.vocab.offices.fullmatch(_item_text(ft, items[k])):
                found.append(items[k])
            k = m
        if len(found) >= 2:
            for pieces in found:
                yield from _label(ft, pieces, seen)


def _item_text(ft: FieldText, item: list[Span]) -> str:
    return " ".join(ft.text[a:b].strip() for a, b in item)


def _marks(ft: FieldText, item: list[Span]) -> bool:
    return all(MATRIX_MARK.fullmatch(ft.text[a:b].strip()) for a, b in item)


def _stacked_items(ft: FieldText, i: int, reach: int = 60) -> list[list[Span]]:
    """The cells after line ``i`` set one a line: where blank lines part them, the lines between
    two blank lines; else a line goes on the one above after a word that cannot end a name, or
    when it opens with a link word ("Kita, Schule und Übergang" / "in den Beruf")."""
    lines = [k for k in range(i + 1, min(len(ft.rows), i + reach)) if not ft.blank(k)]
    gaps = sum(b > a + 1 for a, b in zip(lines, lines[1:], strict=False))
    apart = 3 * gaps >= len(lines) > 0
    items: list[list[Span]] = []
    for n, k in enumerate(lines):
        span = (ft.rows[k].start, ft.rows[k].end)
        above = lines[n - 1] if n else None
        first = ft.rows[k].text.split()[0]
        goes_on = above is not None and (_open(ft.rows[above].text) or first in _LINKS)
        if above is not None and k == above + 1 and (apart or goes_on):
            items[-1].append(span)
        else:
            items.append([span])
    return items
