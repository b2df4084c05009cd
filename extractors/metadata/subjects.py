"""The subject of a submission: the paragraph after its Betreff heading, else (in a submission,
not in minutes or a letter) the title printed without a label between the header form and the
Beratungsfolge or after it (:mod:`extractors.metadata.title`), else a label with the subject on
its line ("Antrag: …", "Titel:" over its value), else the document's title paragraph: the first
paragraph of the header that is no form line, letterhead or type line.

Text exports drop the blank lines around a title: a form's label line then ends the title above
it, and a label line whose value is a date or a number (it never wraps) may stand right above it;
a Betreff ends where the next labelled section or field begins, or where a line starts the next
sentence of the prose after it.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from extractors.base import Section, collapse, first_section, section_patterns
from extractors.resources import Resources, typed
from pipeline.document import Document, Span
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import CLASSES, alternation, words
from pipeline.structure import Line, View, is_rule
from pipeline.structure.tokens import justified

from .identity import ID, MAX_VALUE_WORDS, type_at, type_vocabulary
from .letterheads import LETTER_SPACED
from .title import LABEL_LINE, title_after_table, title_before_table


class Form(NamedTuple):
    """What the header form holds beside its labelled lines: the starts of the values of its
    stacked labels and of its type headings' lines."""

    values: set[int]
    headings: set[int]


def subject(
    doc: Document,
    sv: View,
    res: Resources,
    sections: list[Section],
    limit: int,
    submission: bool = True,
    form: Form | None = None,
) -> tuple[str, str | None, Span | None, str]:
    """The Betreff: the paragraph after its heading, else (in a submission, not in minutes or
    a letter) the title between the header form and the Beratungsfolge or after it, else the
    document's title paragraph."""
    # the title between the form and the Beratungsfolge, or between the Beratungsfolge and the
    # decision proposal, without a label; a "Gegenstand" starting a line after it is prose
    # ("… Gegenstand der Beschlussfassung")
    before = title_before_table(sv, sections, *form) if submission and form is not None else None
    after = title_after_table(sv, sections, typed.metadata(res)) if submission and before is None else None
    title = before or after
    title = _hung_label(doc.text, title, res) if title is not None else None
    for sid in ("subject", "agenda_item"):  # a Betreff wins over a title before the table
        sec = first_section(sections, sid)
        if sec is not None and sec.head_start < limit + 500 and (after is None or sec.head_start < after[0]):
            beside = left_column(sv, sec)
            if beside is not None:  # "Betreff:" beside "Beratungsfolge:", each heading a column
                return "subject", beside[0], doc.span(*beside[1]), "heading"
            if flattened_columns(sv, sec, res):  # the two columns run into each other: no subject to part
                return "subject", None, None, ""
            body_start = past_heading_tail(doc.text, sec.body_start, sec.end)
            files = res.compiled(_file_line)
            found = first_paragraph(sv, past_table_cells(sv, body_start, sec.end, res), sec.end, files)
            found = (past_leader(doc.text, *found), before_table_head(sv, found, res)) if found else None
            if found and _WORD.search(doc.text, *found) and not doc.text[found[0]].islower():
                # not "Tagesordnungspunkt:" / "7", nor prose after "Gegenstand" ("… der Planung ist")
                return "subject", collapse(doc.text[found[0] : found[1]]), doc.span(*found), "heading"
    if title is not None:
        labelled = subject_label(res)[0].match(doc.text[title[0] : title[1]])
        if labelled is not None:  # a title line opening with its label ("Titel: Neubau …")
            title = (title[0] + labelled.start("value"), title[1])
        title = past_label_line(doc.text, title, res)
        value = collapse(_SOFT_BREAK.sub("", doc.text[title[0] : title[1]]))
        return "subject", value, doc.span(*title), "title"
    inline, alone = subject_label(res)[0], res.compiled(_label_alone)
    for line in sv.lines_in(0, limit):  # "Antrag: Neubau Büchenbacher Anlage", "hier: Odenwaldallee"
        m = inline.match(line.text)
        if m:
            start = title_above(sv, line, res) or line.start + m.start("value")
            end = wrapped_value(sv, line, m.start("value"), limit)
            return "subject", collapse(doc.text[start:end]), doc.span(start, end), "heading"
        if alone.fullmatch(line.text):  # "Titel:" or "Bezeichnung" alone on its line, its value below it
            found = first_paragraph(sv, line.end, limit)
            first = doc.text[found[0] : found[1]].split("\n", 1)[0] if found is not None else ""
            if found is not None and not LABEL_LINE.match(first) and all(s.head_start != found[0] for s in sections):
                return "subject", collapse(doc.text[found[0] : found[1]]), doc.span(*found), "heading"
    if not submission:
        return "subject", None, None, ""
    stops = [s.head_start for s in sections if s.id in ("decision_proposal", "reasoning")]
    alone = res.compiled(_label_alone)
    found = title_paragraph(sv, min([limit, *stops]), min([limit, *(s.head_start for s in sections)]), res, alone)
    if found is not None:
        found = past_label_line(doc.text, found, res)
        return "subject", collapse(doc.text[found[0] : found[1]]), doc.span(*found), "title"
    return "subject", None, None, ""


# the rest of a heading's line after its word, in lower case: a phrase of at most three words with no
# digit and no sentence's end ("Gegenstand der Vorlage")
_HEADING_TAIL = re.compile(r"[ \t]*[a-zäöüß]+(?:[ \t]+[A-Za-zÄÖÜäöüß]+){0,2}[ \t]*:?[ \t]*\n")


def past_heading_tail(text: str, start: int, end: int) -> int:
    """Where a section's own text starts whose heading goes on after its word to the line's end in a
    short phrase ("Gegenstand der Vorlage" over the subject): the next line with text, blank lines
    between or not; else ``start`` (prose: "Gegenstand der Beschlussfassung ist …" goes on on its line).

    >>> past_heading_tail("Gegenstand der Vorlage\\nNeubau der Kita", 10, 38)
    23
    >>> past_heading_tail("Gegenstand der Beschlussfassung ist die Kita", 10, 44)
    10
    """
    m = _HEADING_TAIL.match(text, start, end)
    if m is None or not text[m.end() : end].strip():
        return start
    return m.end() + len(text[m.end() : end]) - len(text[m.end() : end].lstrip())


# a soft hyphen where a word broke at a line's end ("Wärmelei\u00ad" / "tungen"), which a PDF's
# text layer may give as a spaced hyphen ("Wärmelei -" / "tungen")
_SOFT_BREAK = re.compile(
    "\u00ad\\s*|(?<=[a-zäöüß]) -[ \t]*\n[ \t]*(?=[a-zäöüß])(?!(?:" + alternation("conjunctions") + ")\\b)"
)
_NOT_TITLE = re.compile(
    r"(?i)(?:stadt|landkreis|gemeinde|kreis|markt|der|die|das|nr|vorlage|\w*vorlage|drucksache|landeshauptstadt|"
    r"magistrat|stadtverwaltung|gemeindeverwaltung|kreisverwaltung|landratsamt|öffentlich|nicht ?öffentlich|"
    r"beratungsfolge|gremium|anlagen?|seite|telefon|telefax|tel|fax|e-mail|az|aktenzeichen|herrn|frau|an|"
    r"sehr geehrte\w*|mit freundlichen)\b"
)
_FORM_LABEL = re.compile(r"^[^:\n]{1,40}:")


def title_paragraph(
    sv: View,
    stop: int,
    form_end: int | None = None,
    res: Resources | None = None,
    label: re.Pattern[str] | None = None,
) -> tuple[int, int] | None:
    """The document's title when it has no Betreff heading: the first paragraph of the header
    that is neither a form line (label, tab, column gap, date) nor a letterhead or type line,
    of two words or more and at most four lines ("Integrationskonzept; weiteres Vorgehen").

    A text export may drop the blank lines around it: a form's label line then ends the title
    above it ("Integrationskonzept; weiteres Vorgehen" / "Gremium:"), and a label line whose value
    is a date or a number, which never wraps, may stand right above it ("Beschlussvorlage Datum:
    14.03.2023" / "Fortschreibung des Integrationskonzeptes …" / "Entscheidendes Gremium: …"),
    in the header form: before ``form_end`` (the first section's heading). With ``res``: a line naming
    an office ("Amt für Kultur, Bildung und Sport", its form's column run into it) is no title, and the
    head of a table (a line of its column words: "lfd. Termin Gremium ÖS/NÖS Art") ends the title
    above it as a label line does, the table's caption alone on its line over it left out.
    A label line whose value ends in a phone number never wraps either. A subject's label alone on
    the paragraph's first line (``label``: "Bezeichnung" over the title) is no line of the title's."""
    form_end = stop if form_end is None else form_end
    offices = res.compiled(_office_line) if res is not None else None
    heads = res.compiled(_table_head) if res is not None else None
    block: list[Line] = []
    open_from: int | None = 0  # where the lines that may be a title start in ``block`` (None: none may)
    lines = [*sv.lines_in(0, stop), Line(stop, stop, "")]
    for k, line in enumerate(lines):
        text = line.text.strip()
        if text and _FORM_LABEL.match(text):  # a label line ends the title above it
            closed = open_from is not None and line.start < form_end and LABEL_LINE.match(line.text)
            title = block[open_from:] if closed else []
            if title and title_block(sv.text, title, offices, label) and closed_title(title):
                return title[0].start + len(title[0].text) - len(title[0].text.lstrip()), title[-1].end
            block.append(line)
            open_from = len(block) if _CLOSED_VALUE.search(text) else None
        elif text and heads is not None and open_from is not None and heads.fullmatch(text):
            title = block[open_from:]
            title = title[:-1] if title and len(title[-1].text.split()) == 1 else title  # the caption
            if title and title_block(sv.text, title, offices) and closed_title(title):
                return title[0].start + len(title[0].text) - len(title[0].text.lstrip()), title[-1].end
            block.append(line)
            open_from = None
        elif text:
            block.append(line)
        else:
            if block and open_from == 0 and _broken_over_blank(sv.text, block, lines[k - 1 : k + 2]):
                continue  # "… Einrichtung des" / "" / "Kulturforums …": one blank line an export set
            if block and open_from == 0 and res is not None and len(block) > 1 and _number_heading(block[0], res):
                block = block[1:]  # "Vorlage 0147/2027" over the title: the page's heading, the paper's number
            if block and open_from == 0 and title_block(sv.text, block, offices, label):  # no label line in it
                return block[0].start + len(block[0].text) - len(block[0].text.lstrip()), block[-1].end
            block, open_from = [], 0
    return None


def _number_heading(line: Line, res: Resources) -> bool:
    """Whether ``line`` holds the paper's type and number alone ("Vorlage 0147/2027", "Drucksache
    22-0457"), as a council information system heads a paper's page over its title."""
    text = line.text.strip()
    found = type_at(type_vocabulary(typed.metadata(res)), text, 0, len(text))
    return found is not None and _NUMBER_AFTER.fullmatch(text, found[0]) is not None


_NUMBER_AFTER = re.compile(r"[ \t]+(?:Nr\.?[ \t]*)?(?=\S*\d)" + ID)


def _broken_over_blank(text: str, block: list[Line], around: list[Line]) -> bool:
    """Whether a block broken off after a function word or a comma goes on after this one blank
    line (``around``: the lines before, at and after it), as an export that sets a blank line after
    every line breaks a title ("… Beschluss des Plans, Einrichtung des" / "" / "Kulturforums …")."""
    return (
        len(around) == 3
        and bool(around[0].text.strip())
        and bool(around[2].text.strip())
        and broken_off(text[block[0].start : block[-1].end])
    )


def closed_title(block: list[Line]) -> bool:
    """Whether ``block``, with no blank line after it, is a whole title: no check box, no sentence
    ending inside it, not broken off after a function word, a comma or a hyphen ("… Ausschüsse
    und" / "Gremien:"); a phrase, not names joined ("Innere Dienste und Finanzen" over
    "Aktenzeichen:", an office)."""
    joined = " ".join(ln.text.strip() for ln in block)
    words = joined.split()
    last = words[-1]
    return not (
        not (";" in joined or any(w[:1].islower() and w not in _CONJUNCTIONS for w in words))
        or _BOXES.search(joined)
        or _SENTENCE_BREAK.search(joined)
        or last.endswith(("-", ",", ";"))
        or last.lower() in _FUNCTION_WORDS
    )


_BOXES = re.compile(markers.charset(markers.CHECKBOXES))
_FUNCTION_WORDS = words(*CLASSES)
_CONJUNCTIONS = words("conjunctions")


# a label line's value that never wraps: a date or a number ("Datum: 14.03.2023", "Nr.: 17/2020"), or one
# ending in a phone number ("Sachbearbeiterin: Frau Brodersen, 04121 231-576")
_CLOSED_VALUE = re.compile(r":[ \t]*\S*\d\S*[ \t]*$|:.*(?:\d{5}|\d-\d+)[ \t]*$")


MAX_TITLE_BLOCK_LINES = 4  # a title's lines, each wrapped once where an export sets a narrower line
_DRAWN = re.compile(markers.charset(markers.DRAWN_BARS + markers.DRAWN_JOINTS))


def title_block(
    text: str, block: list[Line], offices: re.Pattern[str] | None = None, label: re.Pattern[str] | None = None
) -> bool:
    """Whether ``block`` can be the document's title: at most four lines, not counting a line that
    holds the rest of a word broken at the end of the line above ("… des Hand-" / "lungsprogramms"),
    as a PDF's text layer breaks a long title's words, nor a first line holding the subject's ``label``
    alone ("Bezeichnung")."""
    if label is not None and len(block) > 1 and label.fullmatch(block[0].text):
        block = block[1:]
    joined = " ".join(ln.text.strip() for ln in block)
    words = joined.split()
    rests = sum(1 for a, b in zip(block, block[1:]) if _BROKEN.search(a.text) and b.text.strip()[:1].islower())
    if len(block) - rests > MAX_TITLE_BLOCK_LINES or len(words) < 3 or len(joined) > 300 or not joined[:1].isupper():
        return False
    if not (";" in joined or any(w[:1].islower() for w in words)):
        return False  # "Beatrix Zurek / Berufsmäßige Stadträtin": names, not a title
    if re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", joined)):
        return False
    for ln in block:
        t = ln.text.strip()
        if (
            "\t" in t
            or "  " in t
            and not justified(t)  # a justified line's gaps (pdfminer.six) are no columns
            or _FORM_LABEL.match(t)
            or _DRAWN.search(t)  # a line of a table drawn with bars ("Kultur und Sport │ │")
            or _NOT_TITLE.match(t)
            and not (ln is not block[0] and t[:1].islower())  # "der Steuerungsgruppe …" goes on a title
            or (offices is not None and offices.match(t))
            or _ENUMERATED.match(t)
            or _CODE_PAIR.match(t)  # a legend of codes ("Ö = öffentlicher, N = nichtöffentlicher Teil")
            or LETTER_SPACED.search(t)  # a letterhead's or type's display face ("B e z i r k s a m t")
            or t.endswith((".", ":"))
            or (t.endswith(",") and ln is block[-1])  # a title may wrap after a comma, but goes on
        ):
            return False
    return True


def _table_head(res: Resources) -> re.Pattern[str]:
    """A line of three or more column words of the Beratungsfolge's table, single-spaced, one of
    them in brackets or not, two maybe parted by a slash ("lfd. Termin Gremium ÖS/NÖS Art", "Status Datum
    Beratungsfolge (Zuständigkeit)", "Lfd. Sitzung Gremium Datum / Uhrzeit Ö/N Art"; bodies.yaml ``columns``)."""
    word = r"\(?(?:" + "|".join(e.pattern for e in typed.bodies(res).columns) + r")\)?"
    return re.compile(word + r"(?:[ \t]+(?:/[ \t]+)?" + word + r"){2,}", re.IGNORECASE)


def before_table_head(sv: View, found: tuple[int, int], res: Resources) -> int:
    """Where a Betreff's paragraph ends that an export ran on into the head of the table under it
    ("… der Arbeitsgruppe Integration" / "Status Datum Beratungsfolge (Zuständigkeit)"): at the
    line above the head; else where it ends."""
    heads = res.compiled(_table_head)
    lines = sv.lines_in(*found)
    at = next((k for k, ln in enumerate(lines) if k and heads.fullmatch(ln.text.strip())), None)
    if at is not None and at >= 2 and _TABLE_TITLE.fullmatch(lines[at - 1].text):
        at -= 1  # the table's title alone on the line over its head ("Beratungsplan" / "Lfd. Sitzung Gremium …")
    captioned = _captioned_head(lines, _column_word(res))  # a caption's remark over the head ends it sooner
    if captioned is not None and (at is None or captioned < at):
        at = captioned
    return found[1] if at is None else lines[at - 1].end


_REMARK_CLOSE = re.compile(r"\)[ \t]*$")


def _captioned_head(lines: list[Line], column: re.Pattern[str]) -> int | None:
    """Where the caption of a table starts that a text layer ran on under a Betreff without a blank line,
    the caption's remark in brackets right over the table's head ("Vorlagenverlauf" / "(Auszug aus dem
    Workflow …" / "Uhr)" over "Nr. Station Aufgabe Termin Stand", "Verlauf der Vorlage (Auszug …)" over
    "Datum Station Vorgang Stand"): a head of three capitalised words or more, two of them a table's
    column words, no digit; None where no such head follows a remark in brackets."""
    for k in range(2, len(lines)):
        words = lines[k].text.split()
        if (
            len(words) < 3
            or re.search(r"\d", lines[k].text)
            or any(not w[:1].isupper() for w in words)
            or sum(1 for w in words if column.fullmatch(w)) < 2
            or not _REMARK_CLOSE.search(lines[k - 1].text)
        ):
            continue
        top = k - 1
        while top > 0 and "(" not in lines[top].text:
            top -= 1  # the remark's lines back to its bracket
        if lines[top].text.lstrip().startswith("(") and top > 0 and len(lines[top - 1].text.split()) <= 4:
            top -= 1  # the caption's title alone over its remark
        return top if top >= 1 else None
    return None


_TABLE_TITLE = re.compile(r"[ \t]*[A-ZÄÖÜ][a-zäöüß]{3,}[ \t]*:?[ \t]*")  # one capitalised word alone on its line


def _office_line(res: Resources) -> re.Pattern[str]:
    """A line opening with an office's name: a department's label word before a preposition in lower
    case or a number ("Amt für Kultur", "Fachbereich 2 – Soziales", "Dezernat II"; metadata.yaml
    ``department_labels``)."""
    labels = "|".join(typed.metadata(res).department_labels)
    return re.compile(r"(?:" + labels + r")[ \t]+(?:(?:" + alternation("prepositions") + r")\b|\d|[IVX]+\b)")


_BROKEN = re.compile(r"[a-zäöüß]-[ \t]*$")  # a word broken at a line's end, its rest on the next line
SECTION_NUMBER = r"(?:\d{1,2}\.[ \t]+)?"  # a section's number before its label ("1.  Gegenstand der Vorlage:")


@functools.lru_cache(maxsize=8)
def _subject_label(labels: str, alone: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    marks = r"[ \t" + markers.escaped(markers.LABEL_MARKS) + r"]*" + SECTION_NUMBER
    return (
        re.compile(marks + r"(?:" + labels + r")[ \t]*:[ \t]*(?P<value>[A-ZÄÖÜ„\"][^\t]{4,200})$"),
        re.compile(marks + r"(?:" + (alone or "(?!)") + r")[ \t]*:[ \t]*"),
    )


def subject_label(res: Resources) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A label and the subject after it on one line ("hier: Odenwaldallee", "Titel: …"); a label
    that may stand alone on its line over its value ("Titel:")."""
    entries = typed.metadata(res).subject_labels
    return _subject_label("|".join(e.pattern for e in entries), "|".join(e.pattern for e in entries if e.alone))


def _label_alone(res: Resources) -> re.Pattern[str]:
    """A subject's label that may stand alone on its line over its value, with or without its colon
    ("Kurztitel", "Bezeichnung:")."""
    return re.compile(subject_label(res)[1].pattern.replace(r"[ \t]*:[ \t]*", r"[ \t]*:?[ \t]*"))


MAX_WRAPPED_LINES = 3  # a labelled value wrapped under itself ("Betr.:<tab>Neubau der …" / "<tab>… Park")


def wrapped_value(sv: View, line: Line, column: int, limit: int) -> int:
    """Where a value after its label on ``line`` ends, wrapped onto the lines under it that are
    indented to it (by a tab, or by spaces to its column), no blank line or label line between. A
    PDF's text sets the wrapped lines flush left: a line under a value broken off ("… Einrichtung
    eines" / "Projektbeirates und …") or opening with a function word in lower case ("und Einsatz
    von …") goes on with it too, unless it opens a sentence; a value broken off goes on over one
    blank line, as an export that sets one after every line breaks it ("… Forts-" / "chreibung zum"
    / "" / "Integrations- und …"), its justified lines' double gaps no columns."""
    end = line.end
    lines = sv.lines_in(line.end + 1, limit)[: 2 * MAX_WRAPPED_LINES]
    taken = 0
    for k, nxt in enumerate(lines):
        indent = len(nxt.text) - len(nxt.text.lstrip())
        body = nxt.text.strip()
        value = sv.text[line.start + column : end]
        if not body and (k == 0 or lines[k - 1].text.strip()) and (broken_off(value) or left_open(value)):
            continue  # one blank line inside a value broken off
        flush = (broken_off(value) or left_open(value) or _goes_on(lines[k:])) and not (
            _OPENS_SENTENCE.match(nxt.text) or _SENTENCE_BREAK.search(nxt.text)
        )
        if (
            not body
            or taken == MAX_WRAPPED_LINES
            or not (nxt.text.startswith("\t") or indent >= column - 2 > 0 or flush)
            or LABEL_LINE.match(nxt.text)
            or _COLUMNS.search(body)
            and not justified(body)
        ):
            break
        end, taken = nxt.end, taken + 1
    return end


_COLUMNS = re.compile(r"\t| {2,}")  # a line of cells, not a value's wrapped line


def title_above(sv: View, line: Line, res: Resources) -> int | None:
    """Where a title starts whose second part opens with its label on ``line`` ("hier: Vergabe
    der Planung"), the first part printed right above it without a label, one or two lines with
    no blank line between ("Neubau der Kita am Park"); None where the lines above are no title
    (a letterhead, a form line, a sentence) or a blank line stands above the label's line. A form's
    label line with a short value right above the title bounds it as a blank line does ("TOP: 5" /
    "Neubau der Kita am Park" / "hier: …"), as an export that drops the blank lines sets it."""
    if not _continuing_label(res).match(line.text):
        return None
    block: list[Line] = []
    bounded = True  # a blank line, a form's label line or the text's start above the block
    for above in reversed(sv.lines_in(max(0, line.start - 400), max(0, line.start - 1))):
        label = LABEL_LINE.match(above.text)
        if not above.text.strip() or label and len(above.text[label.end() :].split()) <= MAX_VALUE_WORDS:
            break
        if len(block) == 2:
            bounded = False
            break
        block.insert(0, above)
    if not block or not bounded:
        return None  # a third line above: a paragraph, not a title
    if not title_block(sv.text, block) or not closed_title(block):
        return None
    return block[0].start + len(block[0].text) - len(block[0].text.lstrip())


@functools.lru_cache(maxsize=8)
def _continuing(labels: str) -> re.Pattern[str]:
    return re.compile(r"[ \t" + markers.escaped(markers.LABEL_MARKS) + r"]*(?:" + labels + r")[ \t]*:")


def _continuing_label(res: Resources) -> re.Pattern[str]:
    return _continuing("|".join(e.pattern for e in typed.metadata(res).subject_labels if e.continues) or "(?!)")


def _hung_label(text: str, title: tuple[int, int], res: Resources) -> tuple[int, int]:
    """A title with the line above it that opens with its label, the value's first line beside the label and the
    title's lines indented under that value ("Titel:   Erarbeitung eines … – Einsetzung einer" / "         Steuerungs-
    gruppe …"): the title from the label's value on; the title as it is else."""
    start = text.rfind("\n", 0, title[0]) + 1
    if start < 2 or text[start : title[0]].strip():
        return title
    above = text.rfind("\n", 0, start - 1) + 1
    m = subject_label(res)[0].match(text[above : start - 1])
    return (above + m.start("value"), title[1]) if m is not None and m.start("value") == title[0] - start else title


def past_label_line(text: str, title: tuple[int, int], res: Resources) -> tuple[int, int]:
    """A title without its label set alone on the line above it, with or without a colon
    ("Kurztitel" / "Neubau der Kita …")."""
    first_end = text.find("\n", title[0], title[1])
    if first_end < 0 or not res.compiled(_label_alone).fullmatch(text[title[0] : first_end]):
        return title
    rest = first_end + 1 + len(text[first_end + 1 : title[1]]) - len(text[first_end + 1 : title[1]].lstrip())
    return (rest, title[1]) if rest < title[1] else title


_CODE_PAIR = re.compile(r"[^\s=]{1,6}[ \t]+=[ \t]+\w")
_ENUMERATED = re.compile(r"(?:[IVX]+|\d+|[a-z])[.)]\s|(?:Hr|Fr|Dr|Prof)\.\s|(?:Herr|Frau)\s")


_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{3}")
# a sentence ending and the next beginning within a line ("… erstellen. Er soll die")
_SENTENCE_BREAK = re.compile(r"(?:[a-zäöüß]{3}|\d{4}|\))[.!?][ \t]+(?!Dr\.)[A-ZÄÖÜ][a-zäöüß]")


# a line opening with an article set in capitals: a sentence's start, never a title's wrapped line
# ("… Veranstaltungsreihe „Nachbarschaft im" / "Gespräch“" / "Die Bezirksvertretung hatte …")
_OPENS_SENTENCE = re.compile(
    r"[ \t]*(?:" + alternation("linking_articles", "opening_articles", "indefinite_articles").title() + r")[ \t]+\S",
)

# a section's heading numbered in Roman numerals on a line of its own ("I. Sachvortrag", "II. Beschlussvorschlag")
_ROMAN_HEADING = re.compile(r"[ \t]*[IVX]{1,4}\.[ \t]+[A-ZÄÖÜ][\w-]*(?:[ \t]+[\w-]+)?[ \t]*$")


# the dots that lead a label of a form to its value ("Betreff ..........  Neubau der Kita")
_LEADER = re.compile(r"[ \t]*" + markers.DOT_LEADER + r"[ \t]*(?=\S)")


def past_leader(text: str, start: int, end: int) -> int:
    """Where a value starts that opens with the leader from its label: past the dots."""
    m = _LEADER.match(text, start, end)
    return m.end() if m else start


# the heading's line holding the label of a right-hand column too ("Betreff:      Beratungsfolge:")
_TWO_LABELS = re.compile(r"[ \t]*[A-ZÄÖÜ][^:\t\n]{0,40}:(?:\t|[ \t]{2,})(?P<label>[A-ZÄÖÜ][^:\t\n]{0,40}:)[ \t]*$")
_GAP = re.compile(r"\t|[ \t]{2,}")


def left_column(sv: View, sec: Section) -> tuple[str, tuple[int, int]] | None:
    """The Betreff of a header set in two columns, the heading of another column on its line: the
    left column's lines under it up to the first line whose left cell is empty, each cut where the
    right column begins (at its heading's column, or at the gap before it where a word runs on)."""
    at = sv.text.rfind("\n", 0, sec.head_start) + 1
    end = sv.text.find("\n", sec.head_start)
    line = next(iter(sv.lines_in(at, end if end >= 0 else len(sv.text))), None)
    m = _TWO_LABELS.fullmatch(line.text) if line is not None else None
    if line is None or m is None or sec.head_start != line.start + len(line.text) - len(line.text.lstrip()):
        return None
    column = m.start("label")
    parts: list[str] = []
    first = last = line.end
    for below in sv.lines_in(line.end + 1, line.end + 1 + MAX_LEFT_LINES * 200)[:MAX_LEFT_LINES]:
        gap = _GAP.search(below.text, max(0, column - 12))
        left = below.text[: gap.start() if gap is not None and gap.start() <= column else column].strip()
        if not left:
            if parts:
                break
            continue
        if not parts:
            first = below.start + len(below.text) - len(below.text.lstrip())
        parts.append(left)
        last = below.start + len(below.text[:column].rstrip())
    if not parts:
        return None
    return collapse(_SOFT_BREAK.sub("", "\n".join(parts))), (first, last)


MAX_LEFT_LINES = 8  # the lines of a Betreff in a left-hand column
_FLAT_TWO_LABELS = re.compile(r"[ \t]*[A-ZÄÖÜ][^:\t\n]{0,40}: (?P<label>[A-ZÄÖÜ][^:\t\n]{0,40}:)[ \t]*$")


def flattened_columns(sv: View, sec: Section, res: Resources) -> bool:
    """Whether the Betreff's heading stands one space before the heading of another section on
    its line ("Betreff: Beratungsfolge:"), the gap between two columns flattened: each line under
    it runs the two columns' lines into one, and no subject can be parted from them."""
    at = sv.text.rfind("\n", 0, sec.head_start) + 1
    end = sv.text.find("\n", sec.head_start)
    m = _FLAT_TWO_LABELS.fullmatch(sv.text, at, end if end >= 0 else len(sv.text))
    return m is not None and any(p.match(m["label"]) for _, p in section_patterns(res))


def _file_line(res: Resources) -> re.Pattern[str]:
    """A line opening with the file's label and its reference ("Aktenzeichen 50.3-0141/2027"; metadata.yaml
    ``field_labels``, ``file``): a form's next field, never a subject's wrapped line."""
    labels = "|".join(e.pattern for e in typed.metadata(res).field_labels if e.id == "file")
    return re.compile(r"[ \t]*(?:" + labels + r")[ \t]*:?[ \t]+\S*\d")


def first_paragraph(sv: View, start: int, end: int, stop: re.Pattern[str] | None = None) -> tuple[int, int] | None:
    """The first block of non-empty lines in text[start:end]; a line opening with a label of
    its own ends it (the next labelled section or field of a form without blank lines), and so
    do a rule drawn across the page under the form and a line of prose, where one sentence ends
    and the next begins, or a line opening with an article in capitals after a line that ends a
    phrase (not after a function word, a comma, a hyphen or a colon): the text after the
    subject, run into it where an export dropped the blank line between. A block broken off
    after a function word or a comma goes on after one blank line (an export that sets a blank
    line after each text box: "… und Bildung einer" / "" / "Steuerungsgruppe"), and so does a block
    whose next line opens with a function word in lower case ("… Bildung eines Beirats" / "" / "und
    Vergabe der Moderation"). A value set in the column right of its label ("Betreff      Integrationskonzept …")
    ends at a line of cells that opens left of that column: the form's next label and its value
    ("Aktenzeichen      50.3-0141/2027"); so does a line that ``stop`` matches, the file's label and
    reference where a PDF's text layer closed the gap ("Aktenzeichen 50.3-0141/2027")."""
    block_start = None
    block_end = None
    blank = False
    lines = sv.lines_in(start, end)
    column = _value_column(sv.text, start)
    for k, line in enumerate(lines):
        if line.text.strip():
            if block_start is not None and (
                LABEL_LINE.match(line.text)
                or _next_field(line.text, column)
                or stop is not None
                and stop.match(line.text) is not None
                or is_rule(line.text.strip())
                or _SENTENCE_BREAK.search(line.text)
                or (_OPENS_SENTENCE.match(line.text) or _ROMAN_HEADING.match(line.text))
                and not broken_off(sv.text[block_start:block_end])
                and not sv.text[block_start:block_end].rstrip().endswith(("-", ":"))
            ):
                break
            if block_start is None:
                block_start = line.start
            block_end, blank = line.end, False
        elif block_start is not None and block_end is not None:
            block = sv.text[block_start:block_end]
            still_open = left_open(block) and not _opens_item(lines[k + 1 :])
            if blank or not (broken_off(block) or still_open or _goes_on(lines[k + 1 :])):
                break
            blank = True
    if block_start is None or block_end is None:
        return None
    return block_start, block_end


def _value_column(text: str, start: int) -> int:
    """The column of a value that opens at ``start`` after its label and a gap on the same line
    ("Betreff      Integrationskonzept …"), else 0."""
    line_start = text.rfind("\n", 0, start) + 1
    at = start + len(text[start:].split("\n", 1)[0]) - len(text[start:].split("\n", 1)[0].lstrip())
    before = text[line_start:at]
    return at - line_start if before.strip() and _GAP_END.search(before) else 0


_GAP_END = re.compile(r"\S(?:\t|[ \t]{2,})$")


def _next_field(line: str, column: int) -> bool:
    """Whether ``line`` is a form's next label and value: it opens left of the value column
    ``column`` and holds two cells."""
    indent = len(line) - len(line.lstrip())
    return column > 0 and indent < column - 2 and bool(_COLUMNS.search(line.strip())) and not justified(line.strip())


def _goes_on(after: list[Line]) -> bool:
    """Whether the next line with text opens with a function word in lower case ("und Vergabe …")
    or a dash ("– Fortschreibung …"): the rest of the block above it, not a paragraph of its own."""
    nxt = next((ln.text.split() for ln in after if ln.text.strip()), [])
    return bool(nxt) and (nxt[0].islower() and nxt[0] in _FUNCTION_WORDS or nxt[0] in markers.DASHES)


def _opens_item(after: list[Line]) -> bool:
    """Whether the next line with text opens an item of a list ("a) Schmutzwassergebühr …"): the
    list a colon leads into, no rest of the title."""
    nxt = next((ln.text.strip() for ln in after if ln.text.strip()), "")
    return bool(_ENUMERATED.match(nxt)) or nxt[:1] in markers.ITEM_MARKS and nxt[:1] not in markers.DASHES


def left_open(block: str) -> bool:
    """Whether a block ends where a title cannot: a word broken with a hyphen ("Lenkungs-"), a dash
    or a colon before its second part ("… Montabaur –", "… 2028–2034:"), or a quote or bracket
    opened and not closed ("„Gut ankommen im" / "" / "Schaumberger Land“").

    >>> left_open("Bildung des Lenkungs-"), left_open("Konzept „Gut ankommen im"), left_open("Konzept „Gut“")
    (True, True, False)
    """
    end = block.rstrip()
    return (
        end.endswith(("-", ":", *markers.DASHES)) or end.count("„") > end.count("“") or end.count("(") > end.count(")")
    )


def broken_off(block: str) -> bool:
    """Whether a block ends where no title does: after a function word or a comma ("… und Bildung
    einer", also broken with a hyphen: "ei-" / "ner").

    >>> broken_off("Erarbeitung eines Plans und Bildung ei-\\nner"), broken_off("Bildung einer Gruppe")
    (True, False)
    """
    words = collapse(block).split()
    return bool(words) and (words[-1].endswith(",") or words[-1].lower() in _FUNCTION_WORDS)


def past_table_cells(sv: View, start: int, end: int, res: Resources) -> int:
    """Where the Betreff's own text starts in ``text[start:end]``: ``start``, or, where an export
    set the Beratungsfolge's cells column by column into it (pdfminer: "Betreff:" / "Datum der
    Beratung" / "Zuständigkeit" / the dates / the roles / the subject), after those cells: a
    column word first, then one-line paragraphs of at most MAX_VALUE_WORDS words, column words or
    without a word in lower case ("14.03.2017", "Vorberatung Ö"), never the section's last one."""
    columns = _column_word(res)
    found = first_paragraph(sv, start, end)
    if found is None or not columns.fullmatch(sv.text[found[0] : found[1]].strip()):
        return start
    while found is not None:
        cell = sv.text[found[0] : found[1]].strip()
        words = cell.split()
        if (
            "\n" in cell
            or len(words) > MAX_VALUE_WORDS
            or not columns.fullmatch(cell)
            and any(w[:1].islower() for w in words)
        ):
            break
        following = first_paragraph(sv, found[1], end)
        if following is None:
            break
        start, found = found[1], following
    return start


def _column_word(res: Resources) -> re.Pattern[str]:
    """A column word of the Beratungsfolge's table (bodies.yaml ``columns``: "Datum der Beratung",
    "Zuständigkeit", "Abstimmungsergeb."), compiled once per resources."""
    return res.compiled(_column_words)


def _column_words(res: Resources) -> re.Pattern[str]:
    return re.compile(r"(?:" + "|".join(e.pattern for e in typed.bodies(res).columns) + r")")
