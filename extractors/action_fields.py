"""action_fields: the Handlungsfelder a document names, each mapped to taxonomy codes.

Fields are read from four layouts, strongest first; a later layout only adds fields that
are not near-duplicates of earlier ones (same content words, or a subset of them, as in
'Bildung und Sprache' after 'Sprache und Bildung'):

1. an enumeration after a sentence about the fields that ends in a colon
   ("Folgende Handlungsfelder wurden definiert:"): a marked list (1. / a) / A. / I. / - / •),
   wrapped items joined, or a run-in list ("… Handlungsfeldern gebildet: Bildung, Beteiligung, …");
2. a table whose first header cell is the noun ("Handlungsfeld | Ziele | Maßnahmen");
3. headings 'Handlungsfeld „X“' or 'Handlungsfeld 2: X' standing alone on their line;
4. prose that quotes names and calls them fields ("„X“ sowie „Y“. Beides sind wesentliche
   Handlungsfelder", "die Handlungsfelder „X“ und „Y“").
Mere mentions ("In allen Handlungsfeldern …") yield nothing.

Splitting rule. A marked list item is one field, commas and "und" included ("Freizeit, Kultur
und Sport"). A slash splits an item only when both sides have several words and the right
side starts with the left side's first word, i.e. the document repeats the head to name a
variant ("Zugang zu Kultur und Vereinen/ Zugang zu Kultur und Vereinen im Bereich Sport");
alternatives of one word ("Sprache/Sprachförderung", "Zivilgesellschaftliches/Bürgerschaftliches
Engagement") stay one field. Run-in lists split at commas and semicolons outside brackets,
and their last part at a single "und"/"sowie" ("Bildung, Arbeit und Wohnen").
"""

from __future__ import annotations

import bisect
import re
from typing import Any, Iterator

from pipeline.document import Document
from pipeline.errors import ResourceError
from pipeline.records import ActionField

from .base import Line, clean_label, collapse, lines
from .fastre import Matcher, prefiltered
from .resources import Resources

# --- sentences ---------------------------------------------------------------------------

_ABBREV = frozenset(
    "ca bzw ggf evtl vgl z b u a d h o g dr prof nr hr fr frau st abs gem inkl zzgl rd max min ff "
    "s sog usw etc bspw insb lt tel str ziff mio mrd tsd jan feb mär apr jun jul aug sep sept okt "
    "nov dez kalk ä e v i.v ua zb".split())
_TERMINATOR = re.compile(r"[.!?:](?=[\s)\"“”]*(?:\s|$))|\n[ \t\f]*\n")
_MARKER = re.compile(
    r"[ \t]*(?:[-–•▪■●*·○◦][ \t]*(?:(?:\(?\d{1,2}|\(?[A-Za-z]|[IVX]{1,4})[.)][ \t]+)?"
    r"|(?:\(?\d{1,2}|\(?[A-Za-z]|[IVX]{1,4})[.)][ \t]+)")
_KEY_VALUE = re.compile(r"[ \t]*[A-ZÄÖÜ][\w ./()\-]{0,40}:[ \t]*\S")
_INITIALS = re.compile(r"(?:\w\.)+\w")
_NEXT_WORD = re.compile(r"[\s)\"“”]*(\S?)")


def _ends(text: str, m: re.Match[str], colon: bool) -> bool:
    """Whether a terminator match ends a sentence (not an abbreviation, ordinal or date)."""
    i = m.start()
    if text[i] in "\n!?":
        return True
    if text[i] == ":":
        return colon
    token = text[max(0, i - 12):i].lower()
    token = token[len(token.rstrip("abcdefghijklmnopqrstuvwxyzäöüß0123456789_.")):]
    if token in _ABBREV or (token.isdigit() and len(token) <= 2) or _INITIALS.fullmatch(token):
        return False
    following = _NEXT_WORD.match(text[i + 1:i + 40])
    return not (following and following.group(1).islower())


def _breaks_before(line: str, prev: str) -> bool:
    """Whether a sentence must start at ``line`` (list item, key-value pair, table row)."""
    return bool(_MARKER.match(line) or _KEY_VALUE.match(line) or "\t" in line or "\t" in prev
                or _KEY_VALUE.match(prev))


def sentence_at(text: str, pos: int, colon: bool = False) -> tuple[int, int]:
    """Bounds of the sentence holding ``pos``; it breaks at terminators, blank lines, list
    items, key-value lines and table rows. With ``colon`` a colon ends a sentence too.
    """
    lo, hi = max(0, pos - 2000), min(len(text), pos + 2000)
    # the last terminator before pos that ends a sentence: test them from pos backwards
    before = list(_TERMINATOR.finditer(text, lo, pos))
    start = next((m.end() for m in reversed(before) if _ends(text, m, colon)), lo)
    end = next((m.start() + (m.group(0)[0] != "\n") for m in _TERMINATOR.finditer(text, pos, hi)
                if _ends(text, m, colon)), hi)
    rows = lines(text, start, end)
    here = next(k for k, r in enumerate(rows) if r.start <= pos <= r.end or k == len(rows) - 1)
    for k in range(here, 0, -1):
        if _breaks_before(rows[k].text, rows[k - 1].text):
            start = rows[k].start
            break
    for k in range(here + 1, len(rows)):
        if _breaks_before(rows[k].text, rows[k - 1].text):
            end = rows[k - 1].end
            break
    return start, max(end, pos)


# --- taxonomy ----------------------------------------------------------------------------

Taxonomy = tuple[list[tuple[str, re.Pattern[str]]], Matcher, re.Pattern[str]]
_TAXONOMY: dict[tuple[int, str], Taxonomy] = {}


def synonym_pattern(synonym: str) -> str:
    """A synonym as a regex: word start, words joined by any space, ``*`` lets the word go on.

    >>> bool(re.search(synonym_pattern("Bildung*"), "Ausbildung", re.I))
    False
    """
    open_end = synonym.endswith("*")
    words = [re.escape(w) for w in synonym.rstrip("*").split()]
    return r"(?<!\w)" + r"\s+".join(words) + (r"\w*" if open_end else r"(?!\w)")


def taxonomy(res: Resources) -> Taxonomy:
    """Compiled (code, synonyms pattern) pairs, the field nouns in any form, and in the singular."""
    key = (id(res), str(res.folder))  # the folder guards against a reused id
    if key not in _TAXONOMY:
        data: dict[str, Any] = res["taxonomy"]
        codes = []
        for entry in data.get("entries", []):
            synonyms = entry.get("synonyms")
            if not isinstance(synonyms, list) or not all(isinstance(s, str) and s.strip("*") for s in synonyms):
                raise ResourceError(f"taxonomy.yaml: entry {entry['id']!r} needs a list of non-empty synonyms")
            if synonyms:
                codes.append((entry["id"], re.compile("|".join(synonym_pattern(s) for s in synonyms), re.I)))
        nouns = data.get("field_nouns") or []
        if not nouns:
            raise ResourceError("taxonomy.yaml: missing key 'field_nouns'")
        alternatives = "|".join(re.escape(n) for n in nouns)
        noun = prefiltered(r"\b(?:" + alternatives + r")(?:e|en|er|ern|es|s)?\b", re.I)
        singular = re.compile(r"(?:" + alternatives + r")(?:es|s)?", re.I)
        _TAXONOMY[key] = (codes, noun, singular)
    return _TAXONOMY[key]


def categories(label: str, res: Resources) -> tuple[str, ...]:
    """Every taxonomy code whose synonym occurs in ``label``; ``other`` when none does."""
    codes = taxonomy(res)[0]
    found = tuple(code for code, pattern in codes if pattern.search(label))
    return found or ("other",)


# --- candidates --------------------------------------------------------------------------

Candidate = tuple[int, int, str]  # start, end, cleaned label

_STOP = frozenset("zu und der die das dem den des mit im in für von bereich schwerpunkt sowie oder auf an "
                  "bzw ein eine einer".split())
_QUOTE = re.compile(r"[„\"“»]((?:[^“”„\"«»\n]|\n(?![ \t]*\n)){2,120}?)[“”\"«]")


def content_words(label: str) -> frozenset[str]:
    """Lower-cased words of a label without function words, for near-duplicate tests."""
    return frozenset(w for w in re.findall(r"\w+", label.lower()) if w not in _STOP)


def split_item(start: int, end: int, raw: str) -> list[Candidate]:
    """A list item, split at a slash where the right side repeats the left side's head."""
    m = re.search(r"/\s*", raw)
    if m:
        left, right = raw[:m.start()], raw[m.end():]
        lw, rw = clean_label(left).split(), clean_label(right).split()
        if len(lw) >= 2 and len(rw) >= 2 and lw[0].lower() == rw[0].lower():
            return split_item(start, start + m.start(), left) + split_item(start + m.end(), end, right)
    label = clean_label(raw)
    return [(start, end, label)] if label else []


def _long_line_limit(text: str) -> int:
    lengths = sorted(len(ln) for ln in text.split("\n") if ln.strip() and "\t" not in ln)
    return int(0.75 * lengths[int(0.9 * (len(lengths) - 1))]) if lengths else 60


# a page reference or table-of-contents leader after a label: "(S. 11 ff.)", "....... 12"
_PAGE_REF = re.compile(r"(?:\s*\(S\.\s*\d+(?:\s*ff?\.)?\)|\s*S\.\s*\d+(?:\s*ff?\.)?|\s*\.{3,}\s*\d+)[ \t.,;]*$")
_WRAP_END = re.compile(r"(?:[-/,]|\b(?:der|die|das|dem|den|des|und|oder|mit|im|in|für|zu|von|sowie|bzw\.))$")


_NUMBER = re.compile(r"[ \t]*\(?(\d{1,2})[.)][ \t]")
_GARBLED = re.compile(r"[ \t]*(?:\S{1,2}[ \t]+)?")


def lost_markers(following: list[Line]) -> dict[int, re.Match[str]]:
    """Lines between items n and n+2 whose number was lost (an OCR "D" for "2."), with the
    stray characters to skip."""
    numbered = [(i, int(m.group(1))) for i, ln in enumerate(following[:60]) if (m := _NUMBER.match(ln.text))]
    out: dict[int, re.Match[str]] = {}
    for (i, a), (j, b) in zip(numbered, numbered[1:]):
        between = [k for k in range(i + 1, j) if following[k].text.strip()]
        if b == a + 2 and between:
            m = _GARBLED.match(following[between[0]].text)
            if m:
                out[between[0]] = m
    return out


def marked_list(text: str, following: list[Line], long_line: int) -> list[Candidate]:
    """Items of a marked list starting at the first non-blank line of ``following``."""
    items: list[list[int]] = []
    family = ""
    blank = sub = False
    lost = lost_markers(following)
    for n, line in enumerate(following):
        if not line.text.strip():
            blank = True
            continue
        m = _MARKER.match(line.text) or lost.get(n)
        if m and "\t" not in line.text:
            kind = "bullet" if line.text.lstrip()[0] in "-–•▪■●*·○◦" else "enum"
            if family and kind != family:
                if blank:
                    break
                sub = True  # a sub-point of the item above, not a field
                continue
            family, sub = kind, False
            items.append([line.start + m.end(), line.end])
        elif sub and not blank and "\t" not in line.text:
            continue
        elif items and not blank and "\t" not in line.text:
            prev = text[items[-1][0]:items[-1][1]].rstrip()
            if prev.endswith((".", ";", ":", "!", "?")):
                break
            last_line = prev.rsplit("\n", 1)[-1]
            if not (line.text.lstrip()[:1].islower() or _WRAP_END.search(prev)
                    or len(last_line) >= long_line):
                break
            items[-1][1] = line.end
        else:
            break
        blank = False
    out: list[Candidate] = []
    for start, end in items:
        raw = text[start:end]
        if ":" in raw and len(raw.split(":", 1)[0].split()) <= 8:
            raw = raw.split(":", 1)[0]
        raw = _PAGE_REF.sub("", raw)
        end = start + len(raw)
        if len(collapse(raw).split()) <= 14:
            out.extend(split_item(start, end, raw))
    return out


def run_in_list(text: str, start: int, end: int) -> list[Candidate]:
    """Items of a run-in list "A, B und C" in ``text[start:end]``."""
    cuts = [start]
    depth = 0
    for i in range(start, end):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch in ",;" and depth <= 0:
            cuts += [i, i + 1]
    cuts.append(end)
    parts = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    if len(parts) >= 2:
        s, e = parts[-1]
        conj = list(re.finditer(r"\s(?:und|sowie)\s", text[s:e]))
        if len(conj) == 1:
            c = conj[0]
            parts[-1:] = [(s, s + c.start()), (s + c.end(), e)]
    out = [(s, e, clean_label(text[s:e])) for s, e in parts]
    out = [c for c in out if c[2]]
    if len(out) < 2 or any(len(c[2].split()) > 8 for c in out):
        return []
    return out


_INTRO = re.compile(r"folgend|wie folgt|nachstehend|nachfolgend", re.I)
_SECTION_NO = re.compile(r"[ \t#*■•\-]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:\*\*)?")


def _is_list_heading(heading: str, noun: Matcher) -> bool:
    """'Handlungsfelder', 'Zentrale Handlungsfelder', 'Die Handlungsfelder des Konzepts'."""
    words = heading.split()
    at = next((i for i, w in enumerate(words[:2]) if noun.fullmatch(w)), None)
    return (at is not None and words[at].lower().endswith(("er", "e")) and len(words) <= 4
            and (len(words) == at + 1 or words[at + 1].lower() in ("des", "der", "im", "für")))


def enumerations(doc: Document, res: Resources) -> Iterator[Candidate]:
    """Fields listed after an introducing sentence that names the fields and ends in a colon."""
    text = doc.text
    noun = taxonomy(res)[1]
    long_line = _long_line_limit(text)
    seen: set[int] = set()
    for m in noun.finditer(text):
        s, e = sentence_at(text, m.start(), colon=True)
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.start())
        line_end = len(text) if line_end == -1 else line_end
        heading = clean_label(_SECTION_NO.sub("", text[line_start:line_end], count=1))
        if e not in seen and text[e - 1:e] == ":":
            intro = collapse(text[s:e])
            if not _INTRO.search(intro) and len(intro.split()) > 6:
                continue
        elif _is_list_heading(heading, noun) and text[line_end - 1:line_end] not in ".,;":
            e = line_end  # a heading such as "4. Handlungsfelder" over a list
        else:
            continue
        seen.add(e)
        line_end = text.find("\n", e)
        line_end = len(text) if line_end == -1 else line_end
        if text[e:line_end].strip():  # run-in list on the same line
            yield from run_in_list(text, e, sentence_at(text, e)[1])
            continue
        following = lines(text, line_end + 1, min(len(text), line_end + 3000))
        first = next((ln for ln in following if ln.text.strip()), None)
        if first is None:
            continue
        if _MARKER.match(first.text):
            yield from marked_list(text, following, long_line)
        elif "\t" not in first.text and "," in first.text:
            yield from run_in_list(text, first.start, sentence_at(text, first.start)[1])


def field_tables(doc: Document, res: Resources) -> Iterator[Candidate]:
    """First cells of the rows of a table whose first header cell is the field noun."""
    noun = taxonomy(res)[1]
    all_lines = lines(doc.text)
    for i, line in enumerate(all_lines):
        if "\t" not in line.text:
            continue
        cells = [c for c in line.cells if c[2].strip()]
        if not cells or not noun.fullmatch(cells[0][2].strip(" :*")):
            continue
        for row in all_lines[i + 1:]:
            row_cells = [c for c in row.cells if c[2].strip()]
            if "\t" not in row.text or not row_cells:
                break
            s, e, raw = row_cells[0]
            yield from split_item(s, e, raw)


_NUMBERED = re.compile(r"[\d#]|\*\*")
_HEAD_NUMBER = re.compile(r"[ \t]*(?:(?:Nr\.[ \t]*)?(?:\d{1,2}|[A-Z]|[IVX]{1,4})(?!\w))?[ \t]*(?P<sep>[:.)–-]?)[ \t]*")


def headings(doc: Document, res: Resources) -> Iterator[Candidate]:
    """'Handlungsfeld „X“', 'Handlungsfeld 2: X' or '3.1 Handlungsfeld Bildung' alone on a line."""
    text = doc.text
    _, noun, singular = taxonomy(res)
    # a heading's noun follows only numbering and markup, so its line holds a match of the noun
    all_lines = lines(text)
    starts = [ln.start for ln in all_lines]
    with_noun = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in noun.finditer(text)})
    for line in (all_lines[i] for i in with_noun):
        prefix = _SECTION_NO.match(line.text)
        numbered = bool(prefix and _NUMBERED.search(prefix.group(0)))
        body = line.text[prefix.end() if prefix else 0:]
        m = noun.match(body)
        if not m or not singular.fullmatch(m.group(0)):
            continue
        at = line.end - len(body) + m.end()
        rest_end = line.end
        if "„" in text[at:line.end] and "“" not in text[at:line.end]:
            nxt = text.find("\n", line.end + 1)
            rest_end = len(text) if nxt == -1 else nxt
        rest = text[at:rest_end]
        q = _HEAD_NUMBER.match(rest)
        lead = q.end() if q else 0
        quoted = _QUOTE.match(rest, lead)
        if quoted and not rest[quoted.end():].strip(" \t*:"):
            yield at + quoted.start(1), at + quoted.end(1), clean_label(quoted.group(1))
        elif not quoted and q and (q.group("sep") or numbered) and rest_end == line.end:
            label = clean_label(rest[lead:])
            if label and len(label.split()) <= 10 and not label.endswith("."):
                yield at + lead, line.end, label


_PREDICATE = re.compile(r"\b(?:sind|bilden|gelten\s+als|werden\s+als|als)\s+(?:\w+\s+){0,3}$")
_ANAPHOR = re.compile(r"\s*(?:Beides|Beide|Diese|Dies|Sie|Alle\s+\w+)\b")


def prose(doc: Document, res: Resources) -> Iterator[Candidate]:
    """Quoted names that the text calls fields."""
    text = doc.text
    noun = taxonomy(res)[1]
    for m in noun.finditer(text):
        s, e = sentence_at(text, m.start())
        after = text[m.end():e]
        direct = re.match(r"\s*(?=[„\"“»])", after)
        if direct:  # "die Handlungsfelder „X“ und „Y“"
            pos = m.end() + direct.end()
            while (q := _QUOTE.match(text, pos)) is not None:
                yield q.start(1), q.end(1), clean_label(q.group(1))
                sep = re.match(r"\s*(?:,|und|sowie|bzw\.)?\s*", text[q.end():e])
                pos = q.end() + (sep.end() if sep else 0)
            continue
        if not _PREDICATE.search(collapse(text[s:m.start()]) + " "):
            continue
        if _ANAPHOR.match(text, s) and s > 0:
            ps, pe = sentence_at(text, max(0, s - 2))
            quotes = [q for q in _QUOTE.finditer(text, ps, pe)]
        else:
            quotes = [q for q in _QUOTE.finditer(text, s, m.start())]
        for q in quotes:
            yield q.start(1), q.end(1), clean_label(q.group(1))


# --- assembly ----------------------------------------------------------------------------

def extract(doc: Document, res: Resources) -> Iterator[ActionField]:
    kept: list[Candidate] = []
    keys: list[frozenset[str]] = []
    for source in (enumerations, field_tables, headings, prose):
        added: list[tuple[Candidate, frozenset[str]]] = []
        for cand in source(doc, res):
            key = content_words(cand[2])
            if not key or any(key <= k for k in keys) or any(key == k for _, k in added):
                continue
            added.append((cand, key))
        kept += [c for c, _ in added]
        keys += [k for _, k in added]
    for start, end, label in sorted(kept):
        yield ActionField(span=doc.span(start, end), label=label, categories=categories(label, res))
