"""The items of a list of fields: its markers (bullets, numbers, letters, Roman numbers and their
styles), marked items with their wrapped lines and over page breaks, unmarked short lines one
field a line, and where a line goes on with a sentence rather than start a list."""

from __future__ import annotations

import re

from extractors.base import clean_label
from pipeline.lang.de import markers
from pipeline.lang.de.abbreviations import ABBREVIATIONS
from pipeline.lang.de.closed_class import alternation
from pipeline.lang.de.markers import LETTER_BULLET

from .text import WRAP_END, Candidate, FieldText, breaks_off, is_sentence, label_extent, label_of
from .vocab import is_structure

# the ticked boxes of a form's list of check boxes ("☒ Wohnen" / "☐ Sport"): marks of its items too
_TICKED = "".join(c for c in markers.CHECKBOXES if c in markers.TICKS)
_EMPTY_BOX = "".join(c for c in markers.CHECKBOXES if c not in markers.TICKS + markers.SQUARE)
# a box typed with brackets, ticked ("[X] Wohnen") or empty ("[ ] Sport")
_ASCII_BOX = "|".join(re.escape(b) for b in (*markers.ASCII_TICKED, markers.ASCII_EMPTY))

# a list marker: a bullet (a letter "o" as Word exports sub-bullets; the private-use glyphs are
# Symbol and Wingdings bullets as a PDF's text layer gives them), a number, letter or Roman
# number ("1.", "1)", "1.)", "(a)", "IV."), or both; a doubled letter ("aa)", "bb)") numbers the
# sub-items under a lettered point
_DOUBLED = r"(?P<dbl>[a-z])(?P=dbl)"
MARKER = re.compile(
    r"[ \t]*(?:(?P<bullet>"
    + markers.charset(markers.without(markers.MARKS + _TICKED, markers.EM_DASH))
    + r"|"
    + _ASCII_BOX
    + r"|"
    + LETTER_BULLET
    + r")[ \t]*"
    r"(?:(?P<sub>\(?\d{1,2}|\(?[A-Za-z]|" + markers.ROMAN + r")(?:[.)]|\.\))[ \t]+)?"
    r"|(?P<enum>\(?(?:\d{1,2}|" + _DOUBLED + r"|[A-Za-z]|" + markers.ROMAN + r")(?:\.\)|[.)])"
    r"|" + markers.charset(markers.ROMAN_GLYPHS) + r"\.?)[ \t]+)"
)
_NUMBER = re.compile(r"\(?(\d{1,2}|([a-z])\2|[a-zA-Z]|" + markers.ROMAN + r")(\.\)|[.)])")
_ROMAN = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
    "XI": 11,
    "XII": 12,
}


def marker_ordinal(marker: str) -> tuple[str, int] | None:
    """The style and number of an enumeration marker: ("1.", 3) for "3.", ("a)", 2) for "b)"."""
    if marker[:1] and marker[0] in markers.ROMAN_GLYPHS:  # "Ⅳ": a Roman number in one glyph, no stop needed
        return "Ⅰ", markers.ROMAN_GLYPHS.index(marker[0]) + 1
    m = _NUMBER.match(marker)
    if not m:
        return None
    value, doubled, sep = m.groups()
    if doubled:
        return "aa" + sep, ord(doubled) - ord("a") + 1
    if value.isdigit():
        return "1" + sep, int(value)
    if value in _ROMAN and (len(value) > 1 or value in "IVX"):
        return "I" + sep, _ROMAN[value]
    return ("a" if value.islower() else "A") + sep, ord(value.lower()) - ord("a") + 1


def _ticked(bullet: str) -> bool:
    """Whether a list's mark is a ticked check box ("☒", "[X]")."""
    return bullet in _TICKED or bullet in markers.ASCII_TICKED


def _empty_box(bullet: str) -> bool:
    """Whether a list's mark is an empty check box ("☐", "[ ]")."""
    return bullet in _EMPTY_BOX or bullet == markers.ASCII_EMPTY


def marker_family(m: re.Match[str]) -> str:
    bullet = m.group("bullet")
    if bullet and (bullet in markers.CHECKBOXES or _ticked(bullet) or _empty_box(bullet)):
        return "box"  # the boxes of one list, ticked or empty
    if m.group("bullet"):
        sub = m.group("sub")
        return m.group("bullet") + (":" + marker_ordinal(sub + ".")[0] if sub and marker_ordinal(sub + ".") else "")  # type: ignore[index]
    style = marker_ordinal(m.group("enum"))
    return style[0] if style else "?"


def continues(ft: FieldText, row: int) -> bool:
    """Whether line ``row`` goes on with a sentence rather than start a list: it holds a comma
    or a full stop, ends in a word that joins it to the next line, or is full (and not short:
    in a short text every line is near the longest)."""
    if ft.blank(row) or MARKER.match(ft.rows[row].text):
        return False
    line = ft.rows[row].text.rstrip()
    return "," in line or "." in line or WRAP_END.search(line) is not None or len(line) >= max(ft.long_line, 40)


BARE_NUMBER = re.compile(r"[ \t]*(\d{1,2})\.[ \t]*")


# --- marked lists ----------------------------------------------------------------------------


# the conjunction of a sentence's enumeration at an item's end ("1. Bauen," … "3. Konsum sowie")
_JOINING = re.compile(r"\s(" + alternation("conjunctions") + r")$")


def _split_item(start: int, end: int, raw: str) -> list[Candidate]:
    """A list item, split at a slash where the right side repeats the left side's head."""
    m = re.search(r"/\s*", raw)
    if m:
        left, right = raw[: m.start()], raw[m.end() :]
        lw, rw = clean_label(left).split(), clean_label(right).split()
        if len(lw) >= 2 and len(rw) >= 2 and lw[0].lower() == rw[0].lower():
            return _split_item(start, start + m.start(), left) + _split_item(start + m.end(), end, right)
    label = clean_label(raw)
    tail = _JOINING.search(label)
    if tail:  # an enumeration set as a list goes on after its item: "3. Lifestyle & Konsum sowie" / "4. …"
        label = clean_label(label[: tail.start()])
        end = start + len(raw[: raw.rfind(tail.group(1))].rstrip())
    return [Candidate(start, end, label, "list")] if label else []


# a run-in heading: a short label ending at its full stop, the paragraph going on after it on the
# same line ("b) Wohnen im Quartier. Drei Häuser werden saniert …")
_RUN_IN = re.compile(r"[ \t]*[^\s.!?:;][^.!?:;]{1,78}[^\s.!?:;](?=\.[ \t]+[A-ZÄÖÜ])")
_RUN_IN_WORDS = 7  # at most this many words before the full stop of a run-in heading
_ABBREVIATION = 4  # capitals up to this long are a numeral or an abbreviation; longer ones a name ("WOHNEN")


def run_in_heading(ft: FieldText, text: str, loose: bool = False) -> int | None:
    """Length of the run-in heading that opens an item, or None: at most seven words, no sentence
    and no abbreviation before the full stop, and a sentence of at least four words after it, or
    of two that the item leaves open (an export cut it where its line wrapped: "Personal, Fortbildung,").
    A ``loose`` heading may hold lower-case words ("Bezahlbar wohnen, gut ankommen") but no
    finite verb."""
    m = _RUN_IN.match(text)
    if not m:
        return None
    label = m.group(0).strip()
    last = label.split()[-1].casefold()
    rest = text[m.end() + 1 :].split()
    if (
        len(label.split()) > _RUN_IN_WORDS
        or last in ABBREVIATIONS
        or not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", last)
        or (label.isupper() and len(label) <= _ABBREVIATION)  # a numeral or an abbreviation ("III. Beschluss")
        or (len(rest) < 4 and not _left_open(rest))
    ):
        return None
    if loose:
        return None if any(w.strip(",;").casefold() in ft.vocab.verbs for w in label.split()) else m.end()
    return None if is_sentence(label, ft.vocab) else m.end()


def _left_open(rest: list[str]) -> bool:
    """Whether the words after a run-in heading (two at least) stop inside their sentence: at a comma
    or at a lower-case word, the sentence going on in a line the item lost."""
    return len(rest) >= 2 and (rest[-1].endswith(",") or rest[-1].isalpha() and rest[-1].islower())


def headed_items(ft: FieldText, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items cut to their run-in headings when every item (at least two) opens with one, so
    that the list is of headed paragraphs; else the items as they are."""
    cut = [run_in_heading(ft, ft.text[s:e]) for s, e in spans]
    if len(spans) < 2 or any(n is None for n in cut):
        return spans
    return [(s, s + n) for (s, _), n in zip(spans, cut) if n is not None]


def item_candidates(ft: FieldText, spans: list[tuple[int, int]]) -> list[Candidate]:
    """Labels of list items; nothing when the items read as sentences (a list of findings). Items
    that each open with a run-in heading are read as their headings (``headed_items``)."""
    spans = _codes_cut(ft, _notes_cut(ft, headed_items(ft, spans)))
    items = []
    for s, e in spans:
        n = label_extent(ft.text[s:e])
        items.append(_split_item(s, s + n, ft.text[s : s + n]))
    sentences = sum(any(is_sentence(c.label, ft.vocab) for c in item) or not item for item in items)
    if not items or sentences * 2 > len(items):
        return []
    return [
        c for item in items for c in item if not is_sentence(c.label, ft.vocab) and not is_structure(c.label, ft.vocab)
    ]


# a note in brackets at an item's end: "Wohnen und Quartiere (Amt für Stadtplanung)"
_NOTE = re.compile(r"[ \t\n]*\([^()]{2,120}\)[ \t.,;]*$")


def _notes_cut(ft: FieldText, spans: list[tuple[int, int]], least: int = 3) -> list[tuple[int, int]]:
    """The items without the notes in brackets they end in where every item of the list (three at
    least) has one: another column written after the name (the office in charge, a page), which
    no field's name ends in."""
    notes = [_NOTE.search(ft.text, s, e) for s, e in spans]
    if len(spans) < least or not all(notes):
        return spans
    return [(s, m.start()) for (s, _), m in zip(spans, notes, strict=True) if m is not None]


# a code and an equals sign before an item of a key: "SP = Sprache und Verständigung"
_CODE = re.compile(r"[ \t]*[A-ZÄÖÜ]{1,4}\d{0,2}[ \t]*=[ \t]*(?=\S)")


def _codes_cut(ft: FieldText, spans: list[tuple[int, int]], least: int = 3) -> list[tuple[int, int]]:
    """The items of a key without the codes they open with where every item (three at least) has one
    ("SP = Sprache · AA = Arbeit · …"): the short name a table uses for the field, no part of it."""
    codes = [_CODE.match(ft.text, s, e) for s, e in spans]
    if len(spans) < least or not all(codes):
        return spans
    return [(m.end(), e) for (_, e), m in zip(spans, codes, strict=True) if m is not None]


_LOST_AT = re.compile(r"[ \t]*\(?(\d{1,2})[.)][ \t]")
_GARBLED = re.compile(r"[ \t]*(?:\S{1,2}[ \t]+)?")


def lost_markers(ft: FieldText, first: int) -> dict[int, re.Match[str]]:
    """Lines between items n and n+2 whose number was lost (an OCR "D" for "2."), with the
    stray characters to skip."""
    numbered = [
        (k, int(m.group(1)))
        for k in range(first, min(len(ft.rows), first + 60))
        if (m := _LOST_AT.match(ft.rows[k].text))
    ]
    out: dict[int, re.Match[str]] = {}
    for (i, a), (j, b) in zip(numbered, numbered[1:]):
        between = [k for k in range(i + 1, j) if not ft.blank(k)]
        if b == a + 2 and len(between) == 1:
            m = _GARBLED.match(ft.rows[between[0]].text)
            if m:
                out[between[0]] = m
    return out


def marked_list(ft: FieldText, first: int) -> list[Candidate]:
    """Items of a marked list starting at line ``first``."""
    rows = ft.rows
    lost = lost_markers(ft, first)
    items: list[list[int]] = []
    numbers: list[int] = []
    family = ""
    blank = sub = described = ever_described = False
    # the items of a list of check boxes whose box is empty: not chosen where another's is ticked (a
    # list of empty boxes alone is a list with boxes for bullets: "□ Sprache" / "□ Arbeit")
    unticked: set[int] = set()
    ticked = False
    k = first
    while k < len(rows):
        line = rows[k]
        if not line.text.strip():
            blank = True
            k += 1
            continue
        m = MARKER.match(line.text)
        if k in lost and family:
            items.append([line.start + lost[k].end(), line.end])
            numbers.append(numbers[-1] + 1 if numbers else 0)
            blank = described = False
            k += 1
            continue
        if m and "\t" not in line.text:
            if items and ft.vocab.list_ends.match(line.text[m.end() :]):
                break  # the next section's heading going on with the list's numbers: "3. Finanzielle Auswirkungen"
            kind = marker_family(m)
            if family and kind != family:
                if blank and not sub and not _spaced_sub_point(ft, k, family, numbers):
                    break
                sub = True  # a sub-point of the item above, not a field
                k += 1
                continue
            ordinal = marker_ordinal(m.group("enum") or "")
            if described and ordinal and numbers and numbers[-1] and ordinal[1] != numbers[-1] + 1:
                break  # after lines of running text, another list numbered anew ("Fazit:" / "1. Die …")
            if ordinal and numbers and numbers[-1] > 1 and ordinal[1] <= numbers[-1]:
                break  # a number that does not go on past 1, 2 …: the next section ("5. …" / "4. …")
            family, sub, described = kind, False, False
            items.append([line.start + m.end(), line.end])
            numbers.append(ordinal[1] if ordinal else 0)
            if m.group("bullet") and _empty_box(m.group("bullet")):
                unticked.add(len(items) - 1)
            elif m.group("bullet") and _ticked(m.group("bullet")):
                ticked = True
        elif sub and not blank:
            pass
        elif items and not blank and not described and _continues(ft, items[-1], line.text):
            items[-1][1] = line.end
        elif items and not blank and not ever_described and _wrapped_description(ft, items[-1], k, family, numbers):
            items[-1][1] = line.end  # its description wrapped: "1. Arbeit: Beratung am" / "Übergang" / "2. …"
        elif items and not blank:
            if len(items) > 1 and not ever_described and _title_like(line.text):
                break  # a heading after bare items ("- Wohnen" / "Weitere Unterlagen" / "- Anhang (2 MB)")
            described = ever_described = True  # a description under the item
        elif items and not described and _wrapped_over_blank(ft, items[-1], k, family):
            items[-1][1] = line.end  # "… Freizeit, Kultur und" / "" / "Sport,"
        elif items and numbers[-1] and (nxt := _next_numbered(ft, k, family, numbers[-1] + 1)) is not None:
            k, blank, described = nxt, False, False  # paragraphs between numbered items
            continue
        elif items and (nxt := _over_page_break(ft, k, family)) is not None:
            k, blank, described = nxt, False, False  # the list goes on on the next page
            continue
        else:
            break
        blank = False
        k += 1
    if len(items) == 1 and numbers[0] == 1:
        return []  # a number promises more: "I. Änderung der Satzung" and running text is a section, no list
    chosen = [(s, e) for n, (s, e) in enumerate(items) if not (ticked and n in unticked)]
    return item_candidates(ft, chosen)


_TITLE_WORDS = 4  # words of a line that is a heading, not a description
_DESCRIBED = re.compile(r"[^:\n]{2,60}:[ \t]+\S")  # an item with its description after a colon on its line


def _wrapped_description(ft: FieldText, item: list[int], k: int, family: str, numbers: list[int]) -> bool:
    """Whether line ``k``, short as a heading, is the wrapped rest of the description the numbered item
    above holds after a colon on its line ("3. Arbeit: Beratung am" / "Übergang"): the list's next
    number follows right under it."""
    return (
        _title_like(ft.rows[k].text)
        and _DESCRIBED.match(ft.text, item[0], item[1]) is not None
        and bool(numbers and numbers[-1])
        and _next_numbered(ft, k + 1, family, numbers[-1] + 1, 1) is not None
    )


def _title_like(line: str) -> bool:
    """Whether ``line`` reads as a short heading: a few words, capitalised, no punctuation at its end
    and no comma (a description under an item is a sentence).

    >>> _title_like("Weitere Unterlagen"), _title_like("Ziel ist die Teilhabe aller."), _title_like("für alle")
    (True, False, False)
    """
    text = line.strip()
    return (
        0 < len(text.split()) <= _TITLE_WORDS
        and text[:1].isupper()
        and "," not in text
        and not text.endswith((".", ":", ";", "!", "?"))
    )


def after_page_break(ft: FieldText, k: int) -> bool:
    """Whether line ``k`` is among the first two lines of a page."""
    return "\f" in ft.text[ft.rows[max(0, k - 2)].start : ft.rows[k].start + 1]


def _over_page_break(ft: FieldText, k: int, family: str) -> int | None:
    """The line of the next item of ``family`` when line ``k`` opens a page and at most two lines
    of the page's head (a running head not repeated elsewhere) stand before it."""
    if not after_page_break(ft, k):
        return None
    for j in range(k, min(len(ft.rows), k + 3)):
        m = MARKER.match(ft.rows[j].text)
        if m and "\t" not in ft.rows[j].text:
            return j if marker_family(m) == family else None
    return None


def _continues(ft: FieldText, item: list[int], line: str) -> bool:
    """Whether ``line`` continues the item above it (a wrapped item) rather than describing it."""
    prev = ft.text[item[0] : item[1]].rstrip()
    if prev.endswith((".", ";", ":", "!", "?")) or BARE_NUMBER.fullmatch(line):
        return False  # (a number alone on its line is no part of an item: one pdftotext set apart)
    if line.lstrip()[:1].islower() or WRAP_END.search(prev) and not prev.endswith(","):
        return True
    if prev.endswith(",") and _enumeration_goes_on(ft, line.strip()):
        return True  # "…, Stammdatenmigration," / "Schulungen, Funktions- und Integrationstests"
    if not (prev.endswith(",") or len(prev.rsplit("\n", 1)[-1]) >= ft.long_line):
        return False
    if not prev.endswith(",") and prev.rsplit(None, 1)[-1][:1].islower():
        return True  # a full line cut inside a phrase: "… auf den neuen" / "Eigenbetrieb sowie …"
    # a full line, or one ending in a comma, goes on in the next one unless that makes the item a
    # sentence: then the line is a description below it
    return is_sentence(prev, ft.vocab) or not is_sentence(label_of(prev + " " + line.strip()), ft.vocab)


def _enumeration_goes_on(ft: FieldText, line: str) -> bool:
    """Whether a line after an item's comma goes on with the item's enumeration: it holds a comma
    or ends in a word that joins it to the next, and opens no sentence (an article, a pronoun,
    a finite verb)."""
    if not ("," in line or WRAP_END.search(line)) or _ARTICLE.match(line):
        return False
    return not any(w.strip(",.;:").casefold() in ft.vocab.verbs for w in line.split())


def _wrapped_over_blank(ft: FieldText, item: list[int], k: int, family: str) -> bool:
    """Whether line ``k`` after a blank line ends the item above, which an export cut where it
    wrapped ("F. Engagement und Freizeit, Kultur und" / "" / "Sport,"): the item ends in a word
    that cannot end it, the line is a few words without a mark, and the list goes on right
    after it with a marker of its family, or ends with it (a full stop)."""
    prev = ft.text[item[0] : item[1]].rstrip()
    line = ft.rows[k].text.strip()
    if not WRAP_END.search(prev) or prev.endswith(",") or len(line.split()) > 4 or MARKER.match(line):
        return False
    nxt = ft.next_filled(k + 1, 2)
    m = MARKER.match(ft.rows[nxt].text) if nxt is not None else None
    return bool(m and marker_family(m) == family or line.endswith(".") and not is_sentence(line, ft.vocab))


def _next_numbered(ft: FieldText, k: int, family: str, number: int, reach: int = 40) -> int | None:
    """The line of item ``number`` of ``family`` within ``reach`` lines, when the lines before
    it hold no other item of the family."""
    for j in range(k, min(len(ft.rows), k + reach)):
        m = MARKER.match(ft.rows[j].text)
        if m and "\t" not in ft.rows[j].text and marker_family(m) == family:
            ordinal = marker_ordinal(m.group("enum") or "")
            return j if ordinal and ordinal[1] == number else None
    return None


_SUB_REACH = 12  # lines from a sub-point to the next item of its list, blank lines between them


def _spaced_sub_point(ft: FieldText, k: int, family: str, numbers: list[int]) -> bool:
    """Whether line ``k``, marked otherwise than the numbered list's items and after a blank line, is a
    sub-point of the item above as pdfminer.six sets it, a blank line after every line ("(1) Sprache" /
    "" / "a) Kurse …" / "" / "(2) Arbeit"): the list's next number follows within a few lines."""
    return bool(numbers and numbers[-1]) and _next_numbered(ft, k, family, numbers[-1] + 1, _SUB_REACH) is not None


_PAGE_GAP_LINES = 3  # blank lines a page break may leave between two lines of a list


def _page_gap(ft: FieldText, k: int) -> bool:
    """Whether blank line ``k`` is a page break between two filled lines, not a paragraph end (the
    form feed in it or opening the next line)."""
    j = k
    while j < len(ft.rows) and ft.blank(j) and j - k < _PAGE_GAP_LINES:
        j += 1
    return (
        0 < k
        and not ft.blank(k - 1)
        and j < len(ft.rows)
        and not ft.blank(j)
        and "\f" in ft.text[ft.rows[k].start : ft.rows[j].start + 1]
    )


def ends_list(ft: FieldText, line: str) -> bool:
    """Whether a line ends a list of fields written one a line: a numbered heading, a section
    heading, a signature or an agenda (``list_ends``)."""
    m = MARKER.match(line)
    return bool(m and m.group("enum")) or ft.vocab.list_ends.match(line) is not None


_DOCUMENT = re.compile(r"\d|\b(?:Vorlage|Drucksache|Anlage)\b")


def _page_head(ft: FieldText, line: str) -> bool:
    """Whether the first line of a page names the document, as a running head does: a number
    ("Vorlage Nr. 2024/117") or the concept ("Integrationskonzept der Stadt X"); no field does."""
    return bool(_DOCUMENT.search(line) or ft.vocab.context.search(line))


# --- unmarked lists --------------------------------------------------------------------------

_ARTICLE = re.compile(
    r"(?:Die|Der|Das|Den|Dem|Des|Ein|Eine|Einer|Wir|Es|Sie|Er|Im|In|Zur|Zum|Mit|Für|Bei|Auf|Nach|Von|"
    r"Hier|Dies|Diese|Dieser|Dabei|Damit|Daher)\b"
)


_BEFORE_PROSE = 3  # fields a list needs before a sentence right under it ends it


_PROSE_WORDS = 4  # a line of the paragraph after a spaced list has at least this many words


def unmarked_list(ft: FieldText, first: int, after_colon: bool = True) -> list[Candidate]:
    """Short lines, one field each, after a lead-in (the bullets lost): a whole block of them,
    up to a blank line. Wrapped prose is none: a line ending in a function word, opening with an
    article or a pronoun, or a block that goes on in a longer line. Where a blank line follows
    every line (pdfminer.six sets a block so), the list goes on over single blank lines up to a
    sentence; a table's header set a cell a line among them ("Nr. Handlungsfeld" / "Federführung")
    makes it none. After a colon a line may end in a preposition that closes a phrase ("Sprache von
    Anfang an"); under a heading such a line may be a name over its description, no item."""
    rows = ft.rows
    spans: list[tuple[int, int]] = []
    k = first
    limit = 8 if after_colon else 6
    prose_after = False  # a sentence right under the list, an export having lost the blank line
    # a blank line after each of the first two lines, not a page break
    spaced = ft.blank(first + 1) and not _page_gap(ft, first + 1) and not ft.blank(first + 2) and ft.blank(first + 3)
    ended = False  # a spaced list ended at a line of another kind
    while k < len(rows) and (rows[k].text.strip() or spans and (_page_gap(ft, k) or spaced and not ft.blank(k + 1))):
        if not rows[k].text.strip():  # a page break inside the list
            while k < len(rows) and ft.blank(k):
                k += 1
            if _page_head(ft, rows[k].text):
                k += 1
            continue
        text = rows[k].text.strip()
        if len(spans) >= 2 and ends_list(ft, rows[k].text):
            break
        if len(spans) >= _BEFORE_PROSE and len(text.split()) > limit and _ARTICLE.match(text):
            prose_after = True  # "Die Evaluation hat jeden …" under the last field
            break
        if (
            "\t" in text
            or len(text.split()) > limit
            or not text[0].isupper()
            or text.endswith(":")
            or _ARTICLE.match(text)
            or (breaks_off(text.rstrip(".,;")) if after_colon else WRAP_END.search(text.rstrip(".,;")))
        ):
            if spaced and len(spans) >= 2 and len(text.split()) >= _PROSE_WORDS and is_sentence(text, ft.vocab):
                ended = True  # the paragraph after the list: a spaced list has no blank line of its own to end it
                break
            return []
        if spaced and (ft.vocab.headers.match(text) or ft.vocab.noun.search(text)):
            return []  # a table's header set a cell a line ("Nr. Handlungsfeld" / "Federführung"), no list
        spans.append((rows[k].start, rows[k].end))
        k += 1
        if text.endswith("."):
            break
    if len(spans) < 2 or not (prose_after or ended or ft.blank(k) or ends_list(ft, rows[k].text)):
        return []
    found = item_candidates(ft, spans)
    return found if len(found) == len(spans) else []
