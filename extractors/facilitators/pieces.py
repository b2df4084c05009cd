"""The pieces a facilitator is read from: the view's sentences (the splitter reads a compound
title such as "Dipl.-Soz." as one word), a table set inside a sentence cut out as a piece of its own, the marks of lists
and tables, and whether a sentence speaks of facilitation or hands it to a group."""

from __future__ import annotations

import re

from extractors.fastre import Matcher
from pipeline.lang.de.markers import QUOTE_BARS
from pipeline.structure import Line, lines, person_row
from pipeline.structure.prose import Layout, Unit

from .rules import Rules

_DIGITS = re.compile(r"\d+")


def is_role(sentence: str, text: str, unit: Unit, r: Rules) -> bool:
    """Whether the sentence ``unit`` speaks of facilitation, its group words put aside:
    "Begleitgruppe" names a group, not its facilitation. Most sentences have none of the role
    words and are settled without rewriting them; a role word with no space in it cannot arise
    where a group word became a space. Advice offered to others as a service ("die kostenlose
    Erstberatung durch die Agentur", "die Möglichkeit auf Beratung durch das Fachteam") is none."""
    if r.role_spaceless and not may_match(r.role, text, unit):
        return False
    plain = r.group.sub(" ", sentence) if may_match(r.group, text, unit) else sentence
    words = [m.group().casefold() for m in r.role.finditer(plain)]
    return bool(words) and not (r.offer.search(plain) and all("berat" in w for w in words))


def may_match(pattern: Matcher, text: str, unit: Unit) -> bool:
    """Whether ``pattern`` may match in the sentence ``unit`` of ``text`` (False: its words do not occur)."""
    may_occur = getattr(pattern, "may_occur", None)
    return may_occur is None or bool(may_occur(text, unit.start, unit.end))


def group_engaged(sentence: str, r: Rules) -> bool:
    """Whether the engagement in a sentence goes to a group of the process or the municipality's
    own staff: "Die Projektsteuerung liegt bei einer Begleitgruppe, …", "Die Moderation übernimmt
    der Arbeitskreis Integration", "Mit der Begleitung wurde die Lenkungsgruppe beauftragt"."""
    for m in r.heads.finditer(sentence):
        before = sentence[: m.start()]
        if r.object_after.search(before) or r.object_before.search(before) and r.engaged_after.match(sentence, m.end()):
            return True
    return False


# pieces that list things: a table, its rows, the items of a list
_LISTED = frozenset({"table", "row", "item"})


def _row(line: Line) -> bool:
    """Whether a line is a table row: cells apart at tabs, bars or wide gaps, or a members table's
    row whose gap an export flattened into one space ("Jobcenter Ludwigslust-Parchim Herr Dirk
    Wendland", :func:`pipeline.structure.person_row`) with its mark maybe wrapped onto a line of
    its own ("(Vorsitz)"). A line of a quoted passage, a dashed bar down its margin ("┊ § 1  Gegenstand. Die
    Universität X …" / "┊      Migration (Leitung: …), begleitet …"), is running text, whatever its gaps."""
    if _QUOTED.match(line.text):
        return False
    return len(line.columns) >= 2 or person_row(line.text) is not None or bool(_MARK_LINE.fullmatch(line.text.strip()))


_MARK_LINE = re.compile(r"\([^()]{1,30}\)")
_QUOTED = re.compile(rf"[ \t]*[{QUOTE_BARS}]")  # a quoted passage's margin opening a line
_SALUTATION = re.compile(r"\b(?:Herr|Frau)\b")  # a flattened members row holds one


def _gapped(piece: str) -> bool:
    """Whether a piece holds a gap between cells (where ``pipeline.structure.GAP`` matches: a bar, a tab, two spaces).

    >>> _gapped("Jobcenter  Herr X"), _gapped("Jobcenter | X"), _gapped("eine Zeile")
    (True, True, False)
    """
    return "|" in piece or "\t" in piece or "  " in piece


def _salutation(piece: str, text: str, unit: Unit) -> bool:
    """Whether the sentence ``unit`` (``piece``, of ``text``) holds "Herr" or "Frau" as a word."""
    return ("Herr" in piece or "Frau" in piece) and _SALUTATION.search(text, unit.start, unit.end) is not None


_DIGIT = re.compile(r"\d")


def _counted(piece: str, r: Rules) -> bool:
    """Whether two lines in a row of a piece are rows of a seat table an export flattened, a name and a
    count (``Rules.counted``: "Jobcenter 2", "Diakonie e. V. 1", "Jugendamt ........ 2 Personen").

    >>> from extractors import load_resources
    >>> from extractors.facilitators.rules import rules
    >>> r = rules(load_resources())
    >>> _counted("Jobcenter 2\\nDiakonie e. V. 1\\nDie Sitzungen leitet X.", r), _counted("am 12\\nSeite 3 von 9", r)
    (True, False)
    """
    if _DIGIT.search(piece) is None:
        return False  # every such row ends with its count (most pieces have no digit)
    hits = [bool(r.counted.fullmatch(x.strip())) for x in piece.split("\n")]
    return any(a and b for a, b in zip(hits, hits[1:], strict=False))


# a sentence of its own: a capital, four words or more, a full stop
SENTENCE = re.compile(r"[A-ZÄÖÜ]\w*(?:\s+\S+){3,}[.!?]")


def _after_row(kind: str, piece: str) -> str:
    """The kind of the lines cut from a table row: a whole sentence set on the line after the
    last row ("… Frau Ilona Brettschneider\nDie Evaluation erfolgt durch die Prognos AG.") is a
    paragraph; anything else stays part of the row (a cell wrapped over two lines)."""
    return "para" if kind in _LISTED and SENTENCE.fullmatch(piece) else kind


def _bracket_over_page(text: str, units: list[Unit]) -> list[Unit]:
    """The sentences with the next one joined where a bracket the sentence opens closes only after a page
    break, in the next one ("… beauftragt (Projektleitung: Prof. Dr. Anna" / page break / "Beispiel). …"):
    the view set the page's start apart; the bracket is one sentence's."""
    out: list[Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _PAGE_BREAK.fullmatch(text, prev.end, u.start)
            and text.count("(", prev.start, prev.end) > text.count(")", prev.start, prev.end)
            and text.count("(", prev.start, u.end) == text.count(")", prev.start, u.end)
        ):
            out[-1] = Unit(prev.seg, prev.start, u.end)
            continue
        out.append(u)
    return out


# only a page break between two sentences
_PAGE_BREAK = re.compile(r"[ \t]*\n?[ \t]*\f[ \t]*")


def pieces(layout: Layout, units: list[Unit], r: Rules) -> tuple[list[Unit], list[str]]:
    """The sentences with a table inside one cut out as a piece of its own, and the kind of each
    (its segment's, "table" for a cut-out table). A table set without a blank line before the
    next sentence reads as one paragraph with it; its rows are no part of that sentence:

        Institution                       Vertreter/in
        Jobcenter Ludwigslust-Parchim     Herr Dirk Wendland
        Agentur für Arbeit Schwerin       Frau Ilona Brettschneider
        Die externe Prozessbegleitung übernimmt die Kommunalberatung Nord GmbH, Rostock.

    A table is two or more lines in a row cut into cells (``Line.columns``)."""
    text = layout.flat.text
    out: list[Unit] = []
    kinds: list[str] = []
    units = _bracket_over_page(text, units)
    for u, cut in _titled(text, _sectioned(text, _labelled(text, units))):
        kind = cut or layout.segs[u.seg].kind
        piece = text[u.start : u.end]
        if kind == "para" and "\n" not in piece and _SECTION_LINE.fullmatch(piece):
            kind = "heading"  # "E. Finanzielle Auswirkungen" alone, the view took it for a paragraph
        if "\n" not in piece or not (_gapped(piece) or _salutation(piece, text, u) or _counted(piece, r)):
            out.append(u)
            kinds.append(kind)
            continue
        rows = [(ln, _row(ln) or bool(r.counted.fullmatch(ln.text.strip()))) for ln in lines(text, u.start, u.end)]
        blocks: list[tuple[int, int, bool]] = []  # (start, end, a table)
        k = 0
        while k < len(rows):
            j = k
            while j < len(rows) and rows[j][1] == rows[k][1]:
                j += 1
            # a row the view already took for one (kind "row") is a table of its own
            table = rows[k][1] and (j - k >= 2 or kind in _LISTED)
            if blocks and blocks[-1][2] == table:
                blocks[-1] = (blocks[-1][0], rows[j - 1][0].end, table)
            else:
                blocks.append((rows[k][0].start, rows[j - 1][0].end, table))
            k = j
        if not any(t for _, _, t in blocks):
            out.append(u)
            kinds.append(kind)
            continue
        for a, b, table in blocks:
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                out.append(Unit(u.seg, a, b))
                kinds.append("table" if table else _after_row(kind, text[a:b]))
    return out, kinds


# a blank line, then a line opened by a label of one or two words and its colon ("Betreff: …"), or
# a heading of one or two words with its colon alone on its line ("Beschlussvorschlag:")
# (the second word maybe joined by "und": "Satz und Druck: …")
_LABEL = r"[ \t]*[A-ZÄÖÜ][\w./-]*(?:[ \t](?:und[ \t])?[\w./-]+)?:[ \t]"
_HEAD = r"[ \t]*[A-ZÄÖÜ][\w./-]*(?:[ \t][\w./-]+)?:[ \t]*\n"
_LABELLED = re.compile(r"\n[ \t]*(?:(?P<blank>\n)?(?=" + _LABEL + r")|(?P<head>\n)(?=" + _HEAD + "))")
_LABEL_LINE = re.compile(_LABEL)


def _labelled(text: str, units: list[Unit]) -> list[Unit]:
    """The sentences, each cut before a labelled line after a blank line or after another labelled
    line: the lines of a form's head ("Sachbearbeitung: Frau X" / "" / "Betreff: … Beauftragung
    einer Moderatorin", the blank line lost in an export) are fields of their own, and a role word
    in one names no one in another; so is a section a heading with its colon opens after a blank
    line, where the view ran it together with a table above ("… Entscheidung" / "" /
    "Beschlussvorschlag:" / "Der Rat …"). A piece opening with a labelled line is a block of fields whose
    values may wrap: each labelled line in it opens a field of its own ("Prozessbegleitung: Dr. X, Büro X," /
    "Hildesheim" / "Übersetzungen: Y" / "Satz und Druck: Druckerei Z GmbH", an imprint's lines)."""
    out: list[Unit] = []
    for u in units:
        a = u.start
        for m in _LABELLED.finditer(text, u.start, u.end):
            line = text.rfind("\n", a, m.start()) + 1 or a  # the line before the labelled one
            if m["blank"] or m["head"] or _LABEL_LINE.match(text, max(line, a)) or _LABEL_LINE.match(text, a):
                out.append(Unit(u.seg, a, m.start()))
                a = m.end()
        out.append(u if a == u.start else Unit(u.seg, a, u.end))
    return out


# a section's title on a line of its own: a capital, a few words, no sentence's punctuation at its end
_TITLE = re.compile(r"[ \t]*[A-ZÄÖÜ][^\n]*[^\s.,;:!?]")
_TITLE_WORDS = 6
_MARK = re.compile(r"[ \t]*(?:\S{1,4}[ \t]+)?")  # what may stand before it on its line: a number, a bullet
_OPENS = re.compile(r"[ \t]*[A-ZÄÖÜ]\S*(?:[ \t]+\S+){3}")  # the line after it opens a sentence


# a section's lettered or numbered title on a line inside a sentence: "D. Wissenschaftliche Begleitung",
# "D Prozessbegleitung" (a letter alone marks it without a stop too), its last word a capital's (a line
# wrapped inside a phrase ends with a small word: "… Sport und"); a title of one word is a long one, no
# article left alone by a wrap ("3. Die" / "Projektleitung liegt bei …")
_SECTION_LINE = re.compile(
    r"(?m)^[ \t]*(?:(?:[A-ZÄÖÜ]|\d{1,2})[.)]|[A-Z](?=[ \t]))[ \t]+"
    r"(?P<title>[A-ZÄÖÜ][^\n]*[ \t][A-ZÄÖÜ][^\s.,;:!?]*|[A-ZÄÖÜ][\wäöüß-]{5,})[ \t]*$"
)


def _sectioned(text: str, units: list[Unit]) -> list[tuple[Unit, str | None]]:
    """The sentences, each cut at a section's lettered or numbered title on a line of its own inside
    it, where an export without blank lines ran the title into the rows above it ("… Schulleiter
    Jens Möller" / "D. Wissenschaftliche Begleitung" / "Die Umsetzung … soll begleitet werden."): the
    lines above, the title ("heading") and the prose under it ("para"). A title is a few words over a
    line that opens a sentence, the break set by hand (a blank line, or the next line's first word
    would have fitted on the title's line).

    >>> t = "Ihm gehören an:\\nAmt X Frau A\\nD. Externe Begleitung\\nDie Begleitung übernimmt das Büro Y."
    >>> [(t[u.start : u.end], cut) for u, cut in _sectioned(t, [Unit(0, 0, len(t))])][1:]
    [('Externe Begleitung', 'heading'), ('Die Begleitung übernimmt das Büro Y.', 'para')]
    """
    out: list[tuple[Unit, str | None]] = []
    for u in units:
        first = text.find("\n", u.start, u.end)
        m = _SECTION_LINE.search(text, first + 1, u.end) if first >= 0 else None
        while m is not None and not _opens_below(text, m, u.end):
            m = _SECTION_LINE.search(text, m.end() + 1, u.end)
        if m is None or len(m["title"].split()) > _TITLE_WORDS:
            out.append((u, None))
            continue
        body = m.end() + len(text[m.end() : u.end]) - len(text[m.end() : u.end].lstrip())
        above = u.start + len(text[u.start : m.start()].rstrip())
        out += [(Unit(u.seg, u.start, above), None)] if above > u.start else []
        out += [(Unit(u.seg, m.start("title"), m.end("title")), "heading"), (Unit(u.seg, body, u.end), "para")]
    return out


def _opens_below(text: str, title: re.Match[str], end: int) -> bool:
    """Whether the line under a title (past blank lines) opens a sentence, the title's break set by hand."""
    nxt = title.end() + 1
    blank = False
    while nxt < end and text[nxt].isspace():  # blank lines, a page break
        blank = blank or text[nxt] in "\n\f"
        nxt += 1
    stop = text.find("\n", nxt, end)
    return _opens_by_hand(len(title.group()), text[nxt : stop if stop >= 0 else end], blank)


def _opens_by_hand(title: int, line: str, blank: bool = False) -> bool:
    """Whether ``line``, under a title line ``title`` characters long, opens a sentence (no table's row)
    and the title's break was set by hand: a blank line between, or the line's first word would have
    fitted on the title's line."""
    if _OPENS.match(line) is None or _gapped(line.strip()):
        return False
    return blank or title + 1 + len(line.split()[0]) <= len(line.rstrip())


def _titled(text: str, units: list[tuple[Unit, str | None]]) -> list[tuple[Unit, str | None]]:
    """The sentences, each with its kind where it was cut from a section's title above it ("para")
    or is that title ("heading"), None where it is whole. A title is a
    short line without end punctuation over a line that opens a sentence, the break set by hand
    (the next line's first word would have fitted on it), where the view ran a numbered section's
    title or a heading with no blank line under it into its first sentence ("5. Externe Begleitung"
    / "Die Stadt hat das Institut X beauftragt, …"). A sentence wrapped at the margin keeps its
    lines ("Die Moderation übernimmt das" / "Büro X aus Y."), and a heading over a table's row its
    row ("Kosten" / "Moderation (Büro X)      9.520,00 €")."""
    out: list[tuple[Unit, str | None]] = []
    for u, kind in units:
        if kind is not None:
            out.append((u, kind))
            continue
        cut = text.find("\n", u.start, u.end)
        title = _TITLE.fullmatch(text, u.start, cut) if cut > 0 else None
        left = text.rfind("\n", 0, u.start) + 1  # the title's line, its number or bullet before it
        if title is None or len(title.group().split()) > _TITLE_WORDS or not _MARK.fullmatch(text, left, u.start):
            out.append((u, None))
            continue
        nxt = text.find("\n", cut + 1, u.end)
        line = text[cut + 1 : nxt if nxt >= 0 else u.end]
        if not _opens_by_hand(cut - left, line):
            out.append((u, None))
            continue
        out.append((Unit(u.seg, u.start, cut), "heading"))
        out.append((Unit(u.seg, cut + 1 + len(line) - len(line.lstrip()), u.end), "para"))
    return out


def leads_in(sentence: str, r: Rules) -> bool:
    """Whether a sentence leads in a group's members listed below it ("Ihm gehören an:",
    "Die Lenkungsgruppe setzt sich wie folgt zusammen:", "Mitglieder:"); "Die Mitglieder treffen
    sich viermal im Jahr." leads in nothing."""
    end = r.member_lead_end
    # the lead-in's end ('.' or ':' before the text's end, no line's) is its last character but
    # spaces: most sentences are settled without a search
    return (
        (sentence.rstrip().endswith((".", ":")) or bool(end.flags & re.MULTILINE))
        and end.search(sentence) is not None
        and r.member_lead.search(sentence) is not None
    )


def list_mark(layout: Layout, unit: Unit, kind: str) -> str | None:
    """What marks a piece as one of a table's or list's: "table", "row", or an item's bullet with
    its digits as 0 ("- ", "0."): a list of members ends where the marks change (a numbered
    section "4. Prozessbegleitung" after a bulleted list of members). None for other pieces."""
    if kind not in _LISTED:
        return None
    if kind != "item":
        return kind
    seg = layout.segs[unit.seg]
    return _DIGITS.sub("0", layout.flat.text[seg.start : seg.body].strip()) or "item"


def method_of(kind: str) -> str:
    return "list" if kind == "item" else "prose"
