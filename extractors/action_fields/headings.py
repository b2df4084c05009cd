"""Action fields as headings: the ``heading`` family.

- A line that opens with the singular field noun (or an adjective and the noun as a label:
  "Zugeordnetes Handlungsfeld: Wohnen") and names the field: "Handlungsfeld 4:
  Gesundheit", "3.2 Handlungsfeld Wohnen", "HF 2 – Arbeit und Ausbildung", "Handlungsfeld
  „Zugang zu Kultur und Vereinen“", "Handlungsfeld III. Bildung", or "Handlungsfeld 3" with the
  name on the next line; also after a guideline in quotes it is paired with ("(1) „Vereine
  verbinden“ – Handlungsfeld Sport und Kultur").
- The numbered sub-headings of a section about the fields: "4. Handlungsfelder" over
  "4.1 Sprache und Bildung" … "4.2 Arbeit", with body text between them; under an unnumbered
  "Handlungsfelder" the first numbered heading sets the level ("1. Bildung", "2. Arbeit").
  Sub-headings must be numbered one after another; deeper ones (goals, measures) are left out.
  Under a numbered parent the next sub-heading needs no blank line around it (exports lose them);
  a parent whose number an export set apart ("4." above, "Handlungsfelder" alone) takes the
  number of its first sub-heading right under it ("4.1 Sprache und Bildung"). An unnumbered
  lead-in with its list right under it ("Handlungsfelder der AG:" / "- …") has no sub-headings:
  the numbered headings after its list are the document's ("2. Bisherige Vorgehensweise").

A table of contents repeats the headings with page numbers ("3.2 Handlungsfeld Wohnen ..... 12"):
its lines read as the headings do, and the assembly counts a label once per document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import clean_label
from pipeline.lang.de import markers
from pipeline.structure import Line, closed_up, double_spaced_blanks

from .described import described_name, has_letter, lettered, sentence_starts
from .items import MARKER
from .lists import list_heading, toc_entry
from .margins import closed_margin, margin_label
from .numbered_heads import gapped_number, wrapped_heading
from .ruled_heads import ruled_off
from .text import PAGE_REF, QUOTE, Candidate, FieldText, is_sentence, label_extent
from .tiles import tiled_row
from .vocab import is_structure

_PREFIX = re.compile(
    r"[ \t"
    + markers.escaped(markers.without(markers.LINE_MARKS, ">"))
    + r"]*(?:"
    + markers.charset(markers.DRAWN_RULES)
    + r"{3,}[ \t]+)?(?:(?:\d{1,2}\.)*\d{1,2}\.?[ \t]+|[A-Z][.)][ \t]+|"
    + markers.ROMAN
    + r"\.[ \t]+)?(?:\*\*)?"
)
_HEAD_NUMBER = re.compile(
    r"[ \t]*(?:(?:Nr\.[ \t]*)?(?:\d{1,2}(?:\.\d{1,2})?|[A-Z]|"
    + markers.ROMAN
    + r")(?![\w„\"]))?\.?[ \t]*(?P<sep>[:.)–—·-]?)[ \t]*"
)
# a working group's designation before the noun: "AG 3 – Handlungsfeld …", "Arbeitsgruppe 2: Handlungsfeld …"
_DESIGNATION = re.compile(r"[A-ZÄÖÜ][\wÄÖÜäöüß]{0,20}[ \t]+\d{1,2}[ \t]*[–—:-][ \t]*")
# a line that is a bracket as a whole, round or square, a field named under what it belongs to
# ("(Handlungsfeld Wohnen)", "[Handlungsfeld: Sprache]")
_BRACKETED_LINE = re.compile(r"[ \t]*(?:\((\S[^()\n]*)\)|\[(\S[^\[\]\n]*)\])[ \t]*")
_NOUN_COLON = re.compile(r"[ \t]*:?")
# a short key in brackets between a field's number and its name, a dash or colon after it
_KEY = re.compile(r"\([^\W\d][^()\n]{0,30}\)[ \t]*[:–—-][ \t]*")
# a guideline in quotes paired with its field before the noun: "(1) „Vereine verbinden“ – Handlungsfeld Sport"
_QUOTED_PAIR = re.compile(r"(?:\(?\d{1,2}[.)][ \t]+)?[„\"»][^“”\"«\n]{1,80}[“”\"«][ \t]*[–—:-][ \t]*")
_LABEL_ADJECTIVE = re.compile(r"[ \t]*[A-ZÄÖÜ][a-zäöüß]+(?:es|er|e)[ \t]+")
_BARE_NUMBER = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})*\.[ \t]*")  # a heading's number on a line of its own
_INTRODUCTION = 2  # paragraphs before the first of a section's named paragraphs at most
_NUMBERED_HEAD = re.compile(r"[ \t#*]*(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\.?(?:[ \t]+)(?P<body>\S.*)")


def _heading_label(ft: FieldText, start: int, end: int) -> tuple[int, int, str] | None:
    """The label of a heading's text ``text[start:end]`` when it reads as a name."""
    raw = ft.text[start : _rule_stop(ft.text, start, end)]
    n = label_extent(raw)
    label = clean_label(raw[:n].replace("**", ""))
    if (
        not label
        or len(label.split()) > 10
        or not label[0].isupper()
        or label.endswith((".", ":"))
        or is_sentence(label, ft.vocab)
        or is_structure(label, ft.vocab)
    ):
        return None
    lead = len(raw) - len(raw.lstrip(" \t*"))
    return start + lead, start + n, label


def _column_words(ft: FieldText, rest: str) -> bool:
    """Whether the rest of a line after the field noun is two column words or more and nothing else
    ("Handlungsfeld Nr. Maßnahme Zeitraum"): a table's header whose gaps a PDF closed, no heading."""
    words = rest.split()
    return len(words) >= 2 and all(ft.vocab.headers.match(w.strip(".:()")) for w in words)


# a numbered row of a table whose gaps a PDF closed: its number, its cells, figures last ("1 Klimaschutz 7, 13")
_FIGURED_ROW = re.compile(r"[ \t]*(?P<n>\d{1,2})[.)]?[ \t]+[A-ZÄÖÜ][^\n]*?[ \t]\d[\d.,; \t]*$")


def _head_over_rows(ft: FieldText, row: int, noun: re.Match[str]) -> bool:
    """Whether the line ``row`` is the noun and one word ("Handlungsfeld SDG") over rows numbered from 1 on
    that end in figures: a table's header whose gaps a PDF closed, the word the head of the figures' column."""
    if len(ft.text[noun.end() : ft.rows[row].end].split()) != 1:
        return False
    numbers: list[int] = []
    k = ft.next_filled(row + 1)
    while k is not None and len(numbers) < 2 and (m := _FIGURED_ROW.fullmatch(ft.rows[k].text)):
        numbers.append(int(m.group("n")))
        k = ft.next_filled(k + 1, 1)
    return numbers == [1, 2]


# a row of a table of figures whose gaps a PDF closed: maybe its number, a name, figures last ("Pflege 10 % 6.000 €")
_FIGURES_ROW = re.compile(
    r"[ \t]*(?:\d{1,2}[.)]?[ \t]+)?[A-ZÄÖÜ][^\n\d]*?(?:[ \t]+(?:ca\.[ \t]+)?\d[\d.,]*(?:[ \t]*(?:%|€|EUR))?)+[ \t]*"
)
_RULE_ONLY = re.compile(r"[ \t]*[-=_─━═]+[ \t]*")


def _head_over_figures(ft: FieldText, row: int, noun: re.Match[str]) -> bool:
    """Whether the line ``row`` is the noun and a few words without figures ("Handlungsfeld Anteil Mittel p. a.")
    over two rows that end in figures, rules between them stepped over: a table's header whose gaps a PDF closed."""
    rest = ft.text[noun.end() : ft.rows[row].end]
    if not 1 <= len(rest.split()) <= _HEAD_WORDS or re.search(r"\d", rest):
        return False
    found, k = 0, ft.next_filled(row + 1, 2)
    while k is not None and found < 2:
        text = ft.rows[k].text
        if _RULE_ONLY.fullmatch(text):
            k = ft.next_filled(k + 1, 2)
            continue
        if _FIGURES_ROW.fullmatch(text) is None:
            return False
        found, k = found + 1, ft.next_filled(k + 1, 1)
    return found == 2


_HEAD_WORDS = 4  # words after the noun in such a header at most


def noun_headings(ft: FieldText) -> Iterator[Candidate]:
    """Lines opening with the singular field noun and naming the field."""
    text = ft.text
    for noun in ft.nouns:
        if not ft.vocab.singular.fullmatch(noun.group(0)):
            continue
        row = ft.row_at(noun.start())
        line = ft.rows[row]
        if len(line.columns) > 1 and (margin := margin_label(ft, row, noun)) is not None:
            number = "".join(re.findall(r"\d", ft.text[noun.end() : line.columns[0][1]]))
            yield Candidate(*margin, "heading", number)  # "Handlungsfeld 2   Paragraph …" / "Name   … "
            continue
        if len(line.columns) == 1 and (margin := closed_margin(ft, row, noun)) is not None:
            number = "".join(re.findall(r"\d", ft.text[noun.end() : noun.end() + 4]))
            yield Candidate(*margin, "heading", number)  # "Handlungsfeld 2 Kitas mit …" / "Frühe Bildung Fach…"
            continue
        if len(line.columns) > 1 and not _numbered_cell(ft, line.columns, noun) and not gapped_number(ft, line, noun):
            continue  # a table row
        if ruled_off(ft, row) or _column_words(ft, text[noun.end() : line.end]) or _head_over_rows(ft, row, noun):
            continue  # a table's header whose gaps a PDF closed: "Handlungsfeld Schwerpunkt Mittel" / "---- ----"
        if _head_over_figures(ft, row, noun):
            continue  # a table's header whose gaps a PDF closed: "Handlungsfeld Schwerpunkt Mittel" / "---- ----"
        inside = _BRACKETED_LINE.fullmatch(line.text)
        part = (1 if inside.group(1) is not None else 2) if inside else 0
        if inside and line.start + inside.start(part) == noun.start():
            after = _NOUN_COLON.match(ft.text, noun.end()).end()  # type: ignore[union-attr]
            found = _heading_label(ft, after, line.start + inside.end(part))  # "(Handlungsfeld Wohnen)"
            yield from [Candidate(*found, "heading")] if found else []
            continue
        opening = line.start + _PREFIX.match(line.text).end()  # type: ignore[union-attr]
        if (
            noun.start() != opening
            and not _DESIGNATION.fullmatch(text, opening, noun.start())
            and not _QUOTED_PAIR.fullmatch(text, opening, noun.start())
            and not _legend_entry(text, line, noun)
        ):
            # a label with an adjective: "Zugeordnetes Handlungsfeld: Wohnen"
            if not (_LABEL_ADJECTIVE.fullmatch(text, line.start, noun.start()) and text.startswith(":", noun.end())):
                continue  # not at the start of the line
        numbered = bool(re.search(r"\d|\*\*", text[line.start : noun.start()]))
        q = _HEAD_NUMBER.match(text, noun.end(), line.end)
        lead = q.end() if q else noun.end()
        number = "".join(re.findall(r"[\dA-Z.]", text[noun.end() : lead])).strip(".") if q else ""
        has_number = bool(number)
        key = _KEY.match(text, lead, line.end) if has_number and not q.group("sep") else None  # type: ignore[union-attr]
        lead = key.end() if key else lead  # "Handlungsfeld 1 (Sprache) – Deutsch lernen": the name after the key
        quoted = QUOTE.match(text, lead)
        if quoted:
            tail_end = text.find("\n", quoted.end())
            tail = text[quoted.end() : len(text) if tail_end < 0 else tail_end]
            label = clean_label(quoted.group(1))
            if not PAGE_REF.sub("", tail).strip(" \t*:") and label and not is_structure(label, ft.vocab):
                yield Candidate(quoted.start(1), quoted.end(1), label, "heading")
            continue
        rest = text[lead : line.end]
        if not rest.strip(" \t*"):
            if has_number:  # "Handlungsfeld 3" with the name on the next line
                nxt = ft.next_filled(row + 1, 2)
                if nxt is not None and "\t" not in ft.rows[nxt].text:
                    found = _heading_label(ft, ft.rows[nxt].start, ft.rows[nxt].end)
                    if found:
                        yield Candidate(*found, "heading", number)
            continue
        if tiled_row(ft, lead, line.end):
            continue  # "HF 1 Sprache HF 2 Arbeit": a row of tiled cells, read by the list's reader
        alone = ft.blank(row - 1) if row else True
        alone = alone or _after_sentences(ft, row, noun)
        if not (has_number or (q and q.group("sep")) or numbered or alone):
            continue
        # a run-in heading ends at its full stop: "Handlungsfeld Wohnen. Bezahlbarer Wohnraum fehlt."
        found = _heading_label(ft, lead, _entry_stop(text, lead, _run_in_stop(text, lead, line.end), noun[0]))
        found = _ruled_rest(ft, row, found) or wrapped_heading(ft, row, lead, found, _heading_label)
        if found and (has_number or (q and q.group("sep")) or numbered or len(found[2].split()) <= 8):
            yield Candidate(*found, "heading", number)


def _after_sentences(ft: FieldText, row: int, noun: re.Match[str]) -> bool:
    """Whether the line at ``row`` is a heading an export set without the blank line above it: it
    follows a line ending a sentence, the line after it opens with a capital, and another line opens
    with the same noun after a sentence's end or a blank line ("… verantwortliche Stellen." /
    "Handlungsschwerpunkt Ankommen und Orientierung" / "Erstberatung in …", a series of such)."""

    def after_end(r: int) -> bool:
        return r > 0 and (ft.blank(r - 1) or ft.rows[r - 1].text.rstrip().endswith((".", ":")))

    below = ft.next_filled(row + 1, 1)
    if (
        not (after_end(row) and not ft.blank(row - 1))
        or below is None
        or not ft.rows[below].text.lstrip()[:1].isupper()
    ):
        return False
    word = noun.group(0)
    rows = {ft.row_at(m.start()) for m in ft.nouns if m.group(0) == word} - {row}
    return any(ft.rows[r].text.lstrip().startswith(word) and after_end(r) for r in rows)


_NUMBER_CELL = re.compile(r"[ \t]*(?:\d{1,2}[.:]?|:)")


def _numbered_cell(ft: FieldText, columns: list[tuple[int, int, str]], noun: re.Match[str]) -> bool:
    """Whether a line of two cells is a heading whose noun and number a gap sets apart from its name
    ("HF 2      Arbeit und Ausbildung"), or a labelled line of a record ("Handlungsfeld:   Wohnen"):
    the first cell is the noun and its number or colon alone."""
    first = columns[0]
    return (
        len(columns) == 2
        and not ft.text[first[0] : noun.start()].strip()  # (the cell may keep the line's indent: " HF 2")
        and _NUMBER_CELL.fullmatch(ft.text, noun.end(), first[1]) is not None
    )


def _number(row_text: str) -> tuple[tuple[int, ...], int] | None:
    m = _NUMBERED_HEAD.match(row_text)
    if not m:
        return None
    return tuple(int(x) for x in m.group("num").split(".")), m.start("body")


def _field_heading_rows(ft: FieldText) -> Iterator[int]:
    """The rows of the headings that name the fields (strong nouns first, then weak), each once."""
    done: set[int] = set()
    found = [(m, False) for m in ft.nouns] + [(m, True) for m in ft.weak]
    for noun, weak in found:
        row = ft.row_at(noun.start())
        if row in done or not list_heading(ft, row, noun, weak):
            continue
        done.add(row)
        yield row


def section_headings(ft: FieldText) -> Iterator[Candidate]:
    """Numbered sub-headings of the sections about the fields."""
    for row in _field_heading_rows(ft):
        yield from _children(ft, row)


_RUN_IN_STOP = re.compile(r"(?<![\s.]\w)\.[ \t]+(?=[A-ZÄÖÜ][a-zäöüß])")


def _legend_entry(text: str, line: Line, noun: re.Match[str]) -> bool:
    """Whether ``noun`` opens an entry of a legend after a semicolon, on a line that opens with an
    entry of the same noun ("HF S – Sprache; HF A – Arbeit; HF W – Wohnen")."""
    before = text[line.start : noun.start()]
    return bool(re.search(r";[ \t]*$", before)) and before.lstrip().startswith(noun[0] + " ")


def _entry_stop(text: str, start: int, end: int, noun: str) -> int:
    """Where a heading's name ends before the next entry of a legend on its line (";  HF A – …")."""
    m = re.compile(r";[ \t]*" + re.escape(noun) + r"\b").search(text, start, end)
    return m.start() if m else end


# a rule closing a line: a heading set as a divider row between rules across a table
_TRAILING_RULE = re.compile(r"[ \t]+" + markers.charset(markers.DRAWN_RULES) + r"{3,}[ \t]*$")


def _rule_stop(text: str, start: int, end: int) -> int:
    """Where a heading's name ends before a rule that closes its line ("━━━ HANDLUNGSFELD 2 · ARBEIT ━━━": a
    divider row across a table, its closing rule maybe wrapped onto the line under it with the name's rest)."""
    m = _TRAILING_RULE.search(text, start, end)
    return m.start() if m else end


_OPENING_RULE = re.compile(r"[ \t]*" + markers.charset(markers.DRAWN_RULES) + r"{3,}[ \t]")
_CLOSING_REST = re.compile(r"[ \t]*(?P<rest>\S[^\n]*?)" + _TRAILING_RULE.pattern)
_REST_WORDS = 3  # words of a divider row's name wrapped under it at most


def _ruled_rest(ft: FieldText, row: int, found: tuple[int, int, str] | None) -> tuple[int, int, str] | None:
    """A divider row's name (``found``) gone on on the line under it, where the row opens with a rule and its
    closing rule wrapped onto that line after the name's rest ("━━━ HANDLUNGSFELD 1 · SPRACHE UND BIL-" /
    "DUNG ━━━━"); a word in capitals broken at a hyphen is joined."""
    line = ft.rows[row]
    if (
        found is None
        or not _OPENING_RULE.match(line.text)
        or _TRAILING_RULE.search(line.text)
        or row + 1 >= len(ft.rows)
    ):
        return None
    m = _CLOSING_REST.fullmatch(ft.rows[row + 1].text)
    if m is None or len(m.group("rest").split()) > _REST_WORDS:
        return None
    head, rest = ft.text[found[0] : line.end].rstrip(), m.group("rest")
    broken = head.endswith("-") and head[-2:-1].isupper() and rest.split()[0].isupper()
    label = clean_label(head[:-1] + rest if broken else f"{head} {rest}")
    return found[0], ft.rows[row + 1].start + m.end("rest"), label


def _run_in_stop(text: str, start: int, end: int) -> int:
    """Where a run-in heading's name ends: at its full stop, or the line's end. A full stop
    after a lower-case word ends no name, an abbreviated adjective's ("Zukunft Innenstadt und
    öffentl. Raum"): a name ends in a noun."""
    for stop in _RUN_IN_STOP.finditer(text, start, end):
        word = text[start : stop.start()].split()
        if word and not word[-1][:1].islower():
            return stop.start()
    return end


# a paragraph opening with a name and a colon: "Wohnen: Bezahlbarer Wohnraum fehlt."
_RUN_IN = re.compile(r"[ \t*]*(?P<label>[A-ZÄÖÜ„\"][^:\n]{1,80}?)\**:[ \t]+\S")


def run_in_headings(ft: FieldText) -> Iterator[Candidate]:
    """Paragraphs of a section about the fields ("4. Handlungsfelder") that open with a field's
    name and a colon, as run-in headings, or with its name alone over labelled lines or over a
    description: two or more of them before the section's end (the next heading of its level or
    above)."""
    for row in _field_heading_rows(ft):
        heads = list(_run_in_children(ft, row))
        if len(heads) < 2:
            heads = list(_name_over_labels(ft, row))
        if len(heads) < 2:
            heads = list(_name_over_descriptions(ft, row))
        if len(heads) >= 2:
            yield from heads


def _paragraph_starts(ft: FieldText, parent: int, reach: int = 120, blank: bool = True) -> Iterator[int]:
    """The first lines of the paragraphs of the section headed at ``parent``, up to the next section
    (a numbered heading of its level or above); with ``blank`` False, the next section's heading
    alone (a blank line around it or not)."""
    own = _number(ft.rows[parent].text)
    for k in range(parent + 1, min(len(ft.rows), parent + reach)):
        num = _number(ft.rows[k].text) or _next_number_apart(ft.rows[k].text, own)
        if num is not None and (not blank or ft.blank(k - 1) or ft.blank(k + 1)):
            if own is None or len(num[0]) <= len(own[0]):
                if not blank:
                    yield k
                return  # the next section
            continue
        if blank and ft.blank(k - 1) and not ft.blank(k):
            yield k


def _next_number_apart(row_text: str, own: tuple[tuple[int, ...], int] | None) -> tuple[tuple[int, ...], int] | None:
    """A later section's number an export set on a line of its own ("4." over "Steuerungsgruppe"), of
    the level of the section ``own`` or above: the next section starts there."""
    if own is None or _BARE_NUMBER.fullmatch(row_text) is None:
        return None
    num = tuple(int(x) for x in row_text.strip().rstrip(".").split("."))
    return (num, len(row_text)) if len(num) <= len(own[0]) and num > own[0][: len(num)] else None


def _run_in_children(ft: FieldText, parent: int) -> Iterator[Candidate]:
    for k in _paragraph_starts(ft, parent):
        m = _RUN_IN.match(ft.rows[k].text)
        if m is None:
            continue
        label = _heading_label(ft, ft.rows[k].start + m.start("label"), ft.rows[k].start + m.end("label"))
        if label is not None and not ft.vocab.noun.match(label[2]) and not _ranked_noun(ft, label[2]):
            yield Candidate(*label, "heading")


def _ranked_noun(ft: FieldText, label: str) -> bool:
    """Whether a run-in heading ends in the singular field noun ("Erstes Handlungsfeld: …"): the field is named
    after its colon, read by ``noun_headings``."""
    return ft.vocab.singular.fullmatch(label.split()[-1]) is not None


def _name_over_labels(ft: FieldText, parent: int) -> Iterator[Candidate]:
    """Paragraphs of a section about the fields that open with a field's name alone on its line
    over labelled lines ("Wohnen" / "Ausgangslage: …" / "Ziel: …"): the names, up to the next
    section."""
    for k in sorted(set(_paragraph_starts(ft, parent)) | set(_marked_starts(ft, parent))):
        text = ft.rows[k].text
        if ":" in text or text.rstrip().endswith((".", ",", ";")) or k + 1 >= len(ft.rows):
            continue  # a name alone
        marked = MARKER.match(text) is not None and bool(double_spaced_blanks(ft.doc.text))
        below = _below_over_page(ft, k, marked)
        if below is None or _RUN_IN.match(ft.rows[below].text) is None:
            continue
        label = _heading_label(ft, ft.rows[k].start, ft.rows[k].end)
        if label is not None and len(label[2].split()) <= 8 and not ft.vocab.noun.match(label[2]):
            yield Candidate(*label, "heading")


def _name_over_descriptions(ft: FieldText, parent: int) -> Iterator[Candidate]:
    """Paragraphs of a section about the fields that open with a field's name alone on its line
    over a short description ("Gesundheit und Pflege" / "   Zugang zu Vorsorge, Dolmetschpool."),
    the names lettered A, B, C … or not (:mod:`.described`): the names of one run of such
    paragraphs, after an introduction of two paragraphs at most; a paragraph of another shape
    after them, or one opening with a mark (the next section: "C. Lenkungsgruppe"), ends them."""
    # the section ends at a number an export set apart from its heading ("4." / "Steuerungsgruppe")
    apart = next((k for k in range(parent + 1, len(ft.rows)) if _BARE_NUMBER.fullmatch(ft.rows[k].text)), len(ft.rows))
    starts = [k for k in _paragraph_starts(ft, parent) if k < apart]
    end = min(next(_paragraph_starts(ft, parent, blank=False), len(ft.rows)), _next_marked(ft, parent))
    starts = [k for k in starts if k < end]
    if not starts:
        # no blank lines in the section (an export's) before the next section's heading, set with
        # none around it either: a paragraph opens after a sentence's end
        starts = sentence_starts(ft, parent + 1, min(end, apart))
    letter = 0 if any(lettered(ft, k) for k in starts) else -1
    # a name after a sentence's end opens a paragraph too where an export dropped the blank line
    # above it: lettered names anywhere, others after the first name
    added = set(sentence_starts(ft, parent + 1, min(end, apart))) - set(starts)
    if letter == 0:
        starts = [k for k in starts if has_letter(ft, k)]
    starts = sorted({*starts, *(k for k in added if letter < 0 or has_letter(ft, k))})
    # a text with a blank line after nearly every line may set one under the name too
    spaced = closed_up(ft.doc.text) != ft.doc.text
    found: list[Candidate] = []
    under = -1  # the first line of the last name's description
    for n, k in enumerate(starts):
        if k == under or k in added and not found and letter < 0:
            continue  # a description set apart from its name by a blank line
        text = ft.rows[k].text
        below = _below_over_page(ft, k, spaced)
        ends = (".", ",", ";", *markers.DASHES)  # a name ends in none: a sentence's end, or a line left open
        shaped = not (MARKER.match(text) or ":" in text or text.rstrip().endswith(ends) or below is None)
        span = described_name(ft, k, below, letter) if shaped and below is not None else None
        label = _heading_label(ft, *span) if span else None
        if label is None or len(label[2].split()) > 8 or ft.vocab.noun.match(label[2]):
            if k in added and letter < 0:
                continue  # a line inside a paragraph: no paragraph of another shape
            if found or n >= _INTRODUCTION or MARKER.match(text):
                break
            continue
        found.append(Candidate(*label, "heading"))
        letter += letter >= 0
        under = below if below is not None else -1
    yield from found


# a heading marked by a Roman numeral or a capital letter and a full stop ("II. Handlungsfelder", "B. Ziele")
_ROMAN_MARK = re.compile(r"[ \t]*" + markers.ROMAN + r"\.[ \t]+[A-ZÄÖÜ]")
_LETTER_MARK = re.compile(r"[ \t]*[A-Z]\.[ \t]+[A-ZÄÖÜ]")


def _next_marked(ft: FieldText, parent: int) -> int:
    """The line of the next heading marked as the parent's is ("III. Lenkungskreis" after "II.
    Handlungsfelder", "C. Prozessbegleitung" after "B. Handlungsfelder"), a blank line around it or
    not; the rows' end where the parent has no such mark."""
    for mark in (_ROMAN_MARK, _LETTER_MARK):
        if mark.match(ft.rows[parent].text):
            return next((k for k in range(parent + 1, len(ft.rows)) if mark.match(ft.rows[k].text)), len(ft.rows))
    return len(ft.rows)


def _marked_starts(ft: FieldText, parent: int, reach: int = 60) -> Iterator[int]:
    """The lines of the section headed at ``parent`` that open with a list's marker ("II. Kita
    und Schule"), blank lines around them or not (an export may drop them all), up to the next
    numbered heading of the parent's level or above."""
    own = _number(ft.rows[parent].text)
    for k in range(parent + 1, min(len(ft.rows), parent + reach)):
        num = _number(ft.rows[k].text) or _next_number_apart(ft.rows[k].text, own)
        if num is not None and (own is None or len(num[0]) <= len(own[0])):
            return
        if MARKER.match(ft.rows[k].text):
            yield k


def _below_over_page(ft: FieldText, k: int, marked: bool = False) -> int | None:
    """The line under line ``k``: the next one, or the first filled one after a page break
    right under it (a name at a page's foot, its labelled lines on the next page); under a name
    ``marked`` as a list's item ("II. Kita und Schule") in a text whose export sets a blank line after
    nearly every line, even inside sentences, also after one such blank line."""
    below = ft.next_filled(k + 1)
    if below is None or below > k + (2 if marked else 1) and "\f" not in ft.text[ft.rows[k].end : ft.rows[below].start]:
        return None
    return below


def _toc(text: str) -> bool:
    return PAGE_REF.search(text) is not None


def _moved_number(ft: FieldText, parent: int, reach: int = 8) -> tuple[int, ...] | None:
    """The number of an unnumbered parent whose number an export set apart ("3." / "4." above
    "Ziele" … "Handlungsfelder", as pdftotext sets a numbered heading's number in its own
    column): its first sub-heading's ("4.1 Sprache und Bildung"), standing within ``reach``
    filled lines under it with no other numbered line between."""
    seen = 0
    for k in range(parent + 1, min(len(ft.rows), parent + 2 * reach)):
        text = ft.rows[k].text.strip()
        if not text:
            continue
        num = _number(text)
        if num is not None:
            numbers = num[0]
            return numbers[:-1] if len(numbers) >= 2 and numbers[-1] == 1 and not _toc(text) else None
        seen += 1
        if seen >= reach:
            return None
    return None


def _enclosing(ft: FieldText, parent: int, reach: int = 40) -> tuple[int, ...] | None:
    """The number of the numbered heading of the section an unnumbered parent stands in ("2. Gegenstand"
    above "Handlungsschwerpunkte"): the nearest numbered line above it within ``reach`` lines."""
    for k in range(parent - 1, max(-1, parent - reach), -1):
        num = _number(ft.rows[k].text)
        if num is not None and not _toc(ft.rows[k].text):
            return num[0]
    return None


def _children(ft: FieldText, parent: int) -> Iterator[Candidate]:
    rows = ft.rows
    own = _number(rows[parent].text)
    prefix = own[0] if own else _moved_number(ft, parent)
    first = ft.next_filled(parent + 1, 3)
    if prefix is None and first is not None and MARKER.match(rows[first].text):
        return  # an unnumbered lead-in with its own list: numbered headings after it are the document's
    depth = len(prefix) + 1 if prefix else 0
    expected = 1
    last = parent
    for k in range(parent + 1, len(rows)):
        if k - last > (80 if expected > 1 else 30):
            return
        text = rows[k].text
        num = _number(text)
        if num is None:
            continue
        numbers, body_at = num
        # in a table of contents whose page references were set on lines of their own, the
        # entries stand one under the other
        toc = _toc(text) or toc_entry(rows[k - 1].text) and k + 1 < len(rows) and toc_entry(rows[k + 1].text)
        # under a numbered parent, the next of its numbers needs no blank line around it (an export
        # that lost them: "4. Handlungsfelder" / "…" / "4.1 Sprache und Bildung" / "Text …")
        next_child = (
            prefix is not None
            and len(numbers) == depth
            and numbers[: len(prefix)] == prefix
            and numbers[-1] == expected
        )
        heading_like = toc or ((ft.blank(k - 1) or ft.blank(k + 1) or next_child) and "\t" not in text)
        if not heading_like:
            continue
        if prefix is not None:
            if len(numbers) <= len(prefix):
                if numbers > prefix:
                    return  # the next section
                continue
            if numbers[: len(prefix)] != prefix or len(numbers) != depth:
                continue
        else:
            if not depth:
                if (above := _enclosing(ft, parent)) is not None and len(above) == len(numbers) and numbers > above:
                    return  # the document's next section after the one holding the parent ("2. …" / "3. …")
                depth, expected = len(numbers), numbers[-1]
            if len(numbers) < depth:
                return
            if len(numbers) > depth:
                continue
            if not toc and not (ft.blank(k - 1) and ft.blank(k + 1)):
                continue  # under an unnumbered parent only a heading standing alone
        if numbers[-1] != expected:
            if prefix is None and numbers[-1] < expected:
                continue
            return
        found = _heading_label(ft, rows[k].start + body_at, rows[k].end)
        if found is None:
            if prefix is None:
                return
            expected += 1
            last = k
            continue
        label = found[2]
        m = ft.vocab.noun.match(label) or ft.vocab.abbreviation.match(label)
        if not (m and ft.vocab.singular.fullmatch(m.group(0))):  # "4.1 Handlungsfeld Sprache": a noun heading
            yield Candidate(*found, "heading")
        expected += 1
        last = k
