"""The title of a submission printed without a label between its Beratungsfolge table and its
first section, with no blank line around it (council systems such as SD.NET print the
subject so; text extracted from their PDFs runs the table, the title and the next heading
together):

    Beratungsfolge Termin Stand Abstimmung
    Fachausschuss Finanzen, Wirt-
    schaftsförderung, Marketing und 28.02.2018 Beratung und Empfehlung
    Feuerschutz
    Beratung und Beschluss-
    Rat 15.03.2018 einstimmig
    fassung
    Beteiligung Personalrat Ja ☐ Nein ☒
    Nordstemmer Wochenmarkt
    Beschlussvorschlag:

The table is read as rows, each at the line of its meeting date: a cell that wraps is centred
on that line, so a row with wrapped lines above its date has as many below it, and a row whose
body name breaks off at its date ("Marketing und", "Planung, Bau, Umwelt,", a date at the line's
start) or whose role breaks with a hyphen has one line below it. The rest of a word broken in
another cell ("Beschluss-" … "fassung") and form lines with check boxes belong to the table
too, and so does a row whose date is not printed: a line that is only a body named as the
rows above name theirs ("Ortsrat Heyersum" under "Ortsrat Adensen 14.05.2018"). What follows
up to the heading of the decision proposal or the reasoning, one to MAX_TITLE_LINES lines, is
the title. A date that starts a line after a word that puts it into a phrase ("… der Gemeinde
zum" / "01.01.2010") is the title's, not a row's.

A role wrapped around its row may end in a word that also heads a section ("Beratung und" /
"Verwaltungsausschuss 25.11.2010" / "Beschlussempfehlung"): the rows take it as their cell
(:func:`table_cells`), and the section it seemed to head is part of the table.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from extractors.base import Section
from extractors.resources.typed import Metadata as MetadataFile
from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import CLASSES, words
from pipeline.lang.de.dates import SHORT_MONTHS, WEEKDAY
from pipeline.lang.de.money import NUMBER_WORDS
from pipeline.structure import Line, View, is_rule

from .identity import MAX_VALUE_WORDS

MAX_TITLE_LINES = 5
# a row's meeting date: numeric ("02.09.2027"), or with its month cut short and a year of two digits as a
# narrow date column writes it ("2. Sept. 27")
_ROW_DATE = re.compile(
    r"(?<![\d.])\d{1,2}\.(?:\d{1,2}\.(?:\d{4}|\d{2})|[ \t]?(?:" + SHORT_MONTHS + r")\.[ \t]?\d{2})(?![\d.])"
)
_CHECK_BOX = re.compile(markers.charset(markers.CHECKBOXES))
_AFTER = ("decision_proposal", "reasoning")  # the sections a title stands before
_WORD = re.compile(r"[^\W\d_]{3,}")  # a word of three letters or more
# the weekday a date column sets before the date ("Bau- und Umwelt-   Mi 12.05.2027"): the date's, not the body's
_WEEKDAY_BEFORE = re.compile(r"(?<!\S)" + WEEKDAY + r",?[ \t]*$")


@functools.lru_cache(maxsize=8)
def _patterns(prose_words: str, open_words: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(r"(?i)(?:^|\s)(?:" + prose_words + r")\s*$"),
        re.compile(r"(?:[,-]|\b(?:" + open_words + r"))$"),
        re.compile(r"(?:" + open_words + r")(?!\w)"),
    )


def patterns(conf: MetadataFile) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words that put a date into a phrase ("vom", "per"); the end of a cell that goes on
    below ("Marketing und"); the start of a line that goes on a cell above ("und Soziales")
    (metadata.yaml)."""
    return _patterns("|".join(conf.prose_date_words), "|".join(conf.open_cell_words))


def row_date(text: str, prose_date: re.Pattern[str], above: str = "") -> re.Match[str] | None:
    """The meeting date of a table row: a numeric date not after a word that puts it into a
    phrase ("Aufhebung des Beschlusses vom 29.05.2013", "Bilanz per 31.12.2011"), on this line
    or, for a date that starts it, at the end of the line ``above``."""
    for m in _ROW_DATE.finditer(text):
        before = text[: m.start()]
        if not prose_date.search(before if before.strip() else above):
            return m
    return None


def title_after_table(sv: View, sections: list[Section], conf: MetadataFile) -> tuple[int, int] | None:
    """(start, end) of the title printed between the Beratungsfolge and the section after it,
    or None when the section after it is not the decision proposal or the reasoning, or what
    is left is no title (nothing, or more than MAX_TITLE_LINES lines)."""
    table = next((s for s in sections if s.id == "consultation"), None)
    if table is None:
        return None
    following = next((s for s in sections if s.head_start == table.end), None)
    if following is None or following.id not in _AFTER:
        return None
    head_line = sv.text.find("\n", table.body_start, table.end)
    if head_line < 0:
        return None
    body = sv.lines_in(head_line + 1, table.end)
    first = table_end(body, *patterns(conf))
    block = [ln for ln in body[first:] if ln.text.strip()]
    if not block or len(block) > MAX_TITLE_LINES or not any(_WORD.search(ln.text) for ln in block):
        return None  # nothing, or cells the rows left (a status "Ö" under a role one cell a line)
    if block[0].text.split()[0].islower():
        return None  # the rest of a sentence (or a result: "zugestimmt"), never a title ("eMobilität" may be)
    if _CODE_PAIR.match(block[0].text.lstrip()) or len(_CODE_PAIR.findall("\n".join(ln.text for ln in block))) > 1:
        return None  # the table's legend of codes ("Zust. = Zuständigkeit: V = Vorberatung, B = …")
    if any(_ICON.search(ln.text) or _STATUS.search(ln.text) for ln in block):
        # a web page's cells, each after its icon ("\uf19c Rat der Stadt …", "\uf0e3 Entscheidung"), or a
        # row's status ("Entscheidung öffentlich Parktheater"): the table's, never a title
        return None
    start = block[0].start + len(block[0].text) - len(block[0].text.lstrip())
    return start, block[-1].start + len(block[-1].text.rstrip())


# a code and its meaning in a table's legend ("V = Vorberatung", "Ö = öffentlich")
_CODE_PAIR = re.compile(r"(?<!\S)[^\s=]{1,6}[ \t]+=[ \t]+\w")

# a line opening with a short label and its colon, its value after it or not ("Dienststelle:      HGW",
# "Zur Kenntnis:", "Vorschlag des Amtes:")
# (a label has no digit: "Haushalt 2024: Annahme von Zuwendungen" is a title)
LABEL_LINE = re.compile(
    r"[ \t"
    + markers.escaped(markers.LABEL_MARKS)
    + r"]*[A-ZÄÖÜ][A-Za-zÄÖÜäöüß.\-/]*(?:[ \t]+[A-Za-zÄÖÜäöüß.\-/]+){0,3}[ \t]*:(?:[ \t]|$)"
)


def title_before_table(
    sv: View, sections: list[Section], values: set[int], headings: set[int]
) -> tuple[int, int] | None:
    """(start, end) of the title printed without a label between the header form and the
    Beratungsfolge, one to MAX_TITLE_LINES lines, a blank line around it or not:

        Vorlage Nr.:      2021/0062
        Dienststelle:      HGW
        Erweiterungen Drais-Grundschule und Drais-GMS mit energetischer Modernisierung Altbau (GS)
        Vorstellung der fertiggestellten Maßnahmen
        Beratungsfolge dieser Vorlage

    The line above it must be a line of the form: a label with a colon and at most
    MAX_VALUE_WORDS words after it, the type's heading alone on its line ("BESCHLUSSVORLAGE"
    over the title), or a short line of a
    block of values (``values``: the starts of the values a block of stacked labels is paired
    with, :func:`extractors.metadata.identity.stacked`) and the short lines after it ("Dez. 6").
    A block framed by rules drawn across the page ("_____" over and under it) is a title whatever
    stands above it. A block holding a type heading (``headings``: the starts of their lines), a
    form line, a check box or a sentence's end is no title."""
    table = next((s for s in sections if s.id == "consultation"), None)
    if table is None:
        return None
    above = _one_rule_a_run(sv.lines_in(0, table.head_start))
    i = len(above) - 1
    while i >= 0 and not above[i].text.strip():
        i -= 1
    block: list[Line] = []
    while True:
        while (
            i >= 0
            and above[i].text.strip()
            and (not form_line(above, i, values, headings) or _colon_title(above, i, block))
            and not addressee_line(above, i, headings)
        ):
            block.insert(0, above[i])
            i -= 1
        while i >= 0 and not above[i].text.strip():
            i -= 1
        if not (
            block
            and (_goes_on_above(block[0].text) or i >= 0 and _broken_above(above[i].text))
            and i >= 0
            and not form_line(above, i, values, headings)
            and not addressee_line(above, i, headings)
        ):
            break  # a part after a blank line that opens with a conjunction goes on the one above
    if len(block) == 1 and is_rule(block[0].text) and i >= 0:
        i = _rule_set_apart(above, i, block, values, headings)
    i = _from_opening_rule(above, i, block)
    block, i = _frame_inside(block, i)
    framed = _framed(block, above[i] if i >= 0 else None)
    if framed:  # between rules drawn across the page: a title whatever stands above it
        block = [ln for ln in block if not is_rule(ln.text)]
    while block and is_rule(block[-1].text):  # the rule under a form's last field closes it
        block.pop()
    if not block or len(block) > MAX_TITLE_LINES or i < 0:
        return None
    if not framed and addressee_line(above, i, headings):
        # the type heading's second line ("Vorlage" / "für die Stadtverordnetenversammlung")
        i = _previous_filled(above, i)
    if (
        not framed
        and not form_line(above, i, values, headings)
        and above[i].start not in headings
        and not _label_set_apart(above, i)
    ):
        return None  # above it a form line or the type's heading alone ("BESCHLUSSVORLAGE")
    if not _title_like(block) or any(ln.start in headings for ln in block):
        return None
    start = block[0].start + len(block[0].text) - len(block[0].text.lstrip())
    return start, block[-1].start + len(block[-1].text.rstrip())


_TITLE_LABEL_WORDS = 3  # a form's label has fewer words than a title's part before its colon


def _colon_title(above: list[Line], i: int, block: list[Line]) -> bool:
    """Whether ``above[i]``, read as a label line, opens a title whose part before the colon is longer than
    a form's label ("Integrationskonzept des Landkreises Vorpommern-Rügen: Einrichtung von fünf" over
    "Facharbeitsgruppen und einer Steuerungsgruppe"): a blank line over it, the title's next line right
    under it."""
    m = LABEL_LINE.match(above[i].text)
    if m is None or not block or block[0] is not above[i + 1]:
        return False
    if i and above[i - 1].text.strip():
        # no blank line over it where an export lost it under the form's last line, a label's short
        # ("Aktenzeichen: 50.4-INT/27" / "Integrationskonzept des Landkreises Vorpommern-Rügen: …")
        over = LABEL_LINE.match(above[i - 1].text)
        if over is None or len(above[i - 1].text[: over.end()].split()) > _TITLE_LABEL_WORDS:
            return False
    value = above[i].text[m.end() :].strip()
    return bool(value) and len(above[i].text[: m.end()].split()) >= _TITLE_LABEL_WORDS + 1


def _label_set_apart(above: list[Line], i: int) -> bool:
    """Whether ``above[i]`` is a label line with a value of any length set apart from the block
    under it by a blank line, as an export that closes a form's gaps sets its last line
    ("Beteiligt: Amt 20 – Finanzen; Integrationsbeauftragte" / "" / the title): its value
    ends on its line."""
    return i + 1 < len(above) and not above[i + 1].text.strip() and LABEL_LINE.match(above[i].text) is not None


def _rule_set_apart(above: list[Line], i: int, block: list[Line], values: set[int], headings: set[int]) -> int:
    """A title's closing rule set apart from it by a blank line, as a PDF may set the space under
    the title before its rule ("_____" / "Teilhabeplan …" / "" / "_____"), or an export a blank line
    after every line: the filled lines above it, single blank lines between or not, go on the rule's
    block where the first of them is the opening rule, at most MAX_TITLE_LINES lines between; the
    index of the line above the block."""
    j, lines = i, list[Line]()
    while j >= 0 and len(lines) <= MAX_TITLE_LINES:
        if not above[j].text.strip():
            if j == 0 or not above[j - 1].text.strip():
                break  # two blank lines: a paragraph's end
            j -= 1
            continue
        if form_line(above, j, values, headings):
            break
        lines.insert(0, above[j])
        j -= 1
        if is_rule(lines[0].text):
            break
    if len(lines) < 2 or not is_rule(lines[0].text):
        return i
    block[:0] = lines
    return j


def _one_rule_a_run(lines: list[Line]) -> list[Line]:
    """``lines`` without a rule right under another, nor the blank line between: an export wraps a
    rule drawn across the page onto two lines ("=====" / "=====", or "=====" / "" / "=====")."""
    out: list[Line] = []
    for ln in lines:
        if is_rule(ln.text):
            blank = bool(out) and not out[-1].text.strip()
            last = out[-2] if blank and len(out) > 1 else out[-1] if out and not blank else None
            if last is not None and is_rule(last.text):
                del out[len(out) - blank :]
                continue
        out.append(ln)
    return out


def _from_opening_rule(above: list[Line], i: int, block: list[Line]) -> int:
    """A block that ends with a rule cut at the rule over its title, where an export dropped the
    blank lines around the frame and the lines of the form above it run on into it ("… Frau Şahin"
    / "=====" / "Teilhabekonzept …" / "====="); the index of the line above the block."""
    if len(block) < 3 or not is_rule(block[-1].text):
        return i
    k = next((k for k in range(len(block) - 2, -1, -1) if is_rule(block[k].text)), None)
    if k is None or k == 0 or k == len(block) - 2:
        return i
    at = next(n for n, ln in enumerate(above) if ln.start == block[k].start)
    del block[:k]
    return at - 1


def _frame_inside(block: list[Line], i: int) -> tuple[list[Line], int]:
    """The block from the rules drawn over its last lines, which a rule closes ("Status öffentlich" /
    "=====" / "Sportentwicklungsplan …" / "=====": a form without a blank line under it), with the
    index of the line above it; the block as it is where no rule stands over its closing rule's lines.
    A rule an export wrapped onto two lines is one."""
    k = len(block) - 1
    while k >= 0 and is_rule(block[k].text):
        k -= 1
    m = k
    while m >= 0 and not is_rule(block[m].text):
        m -= 1
    if k == len(block) - 1 or m < 0 or m == k:
        return block, i
    while m > 0 and is_rule(block[m - 1].text):
        m -= 1
    return block[m:], i + m


def _framed(block: list[Line], above: Line | None) -> bool:
    """Whether a block ends with a rule drawn across the page and has one over it: its first line,
    or the filled line above it, a blank line between ("_____" / "" / "Teilhabeplan …" / "_____")."""
    if len(block) < 2 or not is_rule(block[-1].text):
        return False
    if is_rule(block[0].text):
        return len(block) > 2
    return above is not None and is_rule(above.text)


_PREPOSITIONS = words("prepositions")


_CONJUNCTIONS = words("conjunctions")
_BROKEN_WORDS = words(*CLASSES)  # the function words no title ends with


def _goes_on_above(line: str) -> bool:
    """Whether a line opens with a conjunction in lower case ("und Moderation der Beteiligung"):
    the rest of the line above it, a blank line between where an export set one."""
    first = line.split()[0] if line.split() else ""
    return first in _CONJUNCTIONS


def _broken_above(line: str) -> bool:
    """Whether a line over a blank line breaks off where no title ends: after a function word or a count
    ("… Einrichtung von" / "fünf" / "" / "Facharbeitsgruppen und …", an export's blank line after every line).

    >>> _broken_above("fünf"), _broken_above("Einrichtung von"), _broken_above("Facharbeitsgruppen")
    (True, True, False)
    """
    last = line.split()[-1].casefold() if line.split() else ""
    return last in _BROKEN_WORDS or last in NUMBER_WORDS


def _previous_filled(lines: list[Line], i: int) -> int:
    """The index of the last line with text before ``lines[i]`` (-1 for none)."""
    i -= 1
    while i >= 0 and not lines[i].text.strip():
        i -= 1
    return i


def addressee_line(lines: list[Line], i: int, headings: set[int]) -> bool:
    """Whether ``lines[i]`` names whom the type heading right above it is for, opening with a
    preposition ("V o r l a g e" / "für die Stadtverordnetenversammlung", "Vortrag des Magistrats" /
    "an die Stadtverordnetenversammlung"): a short line, no colon, no sentence's end."""
    stripped = lines[i].text.strip()
    parts = stripped.split()
    above = _previous_filled(lines, i)
    return (
        above >= 0
        and lines[above].start in headings
        and 1 < len(parts) <= 6
        and parts[0] in _PREPOSITIONS
        and ":" not in stripped
        and not stripped.endswith(".")
    )


def _title_like(block: list[Line]) -> bool:
    """Whether the lines of ``block`` can be a title: two words or more, at most 400 characters,
    opening with a capital or a quote, a lower-case word of three letters or more among them, no
    check box, no sentence's end or comma at the end, no telephone number (a letterhead's contact line
    "Sachbearbeitung: … · Tel. 06331 84-2451 · Zimmer 214"), no icon of an icon font (a web page's
    labels: a calendar, a gavel, a lock before their values, private-use characters in its text)."""
    lines = [ln.text.strip() for ln in block]
    joined = " ".join(lines)
    return not (
        len(joined.split()) < 2
        or _PHONE.search(joined) is not None
        or _ICON.search(joined) is not None
        or len(joined) > 400
        or not (joined[:1].isupper() or joined[:1] in '„"')
        or not re.search(r"\b[a-zäöüß]{3,}", joined)
        or any(_CHECK_BOX.search(ln.text) for ln in block)
        or lines[-1].endswith((".", ","))
    )


# a meeting's status as a cell of a row states it, the bare word in lower case
_STATUS = re.compile(r"(?<![\w-])(?:nicht[ -]?)?öffentlich(?![\w-])")
# a glyph of an icon font, which a browser's print leaves as a private-use character before a value (or, its
# font not embedded, as the replacement character)
_ICON = re.compile("[\ue000-\uf8ff\ufffd]")
# a telephone number after its mark ("Tel. 06331 84-2451", "Telefon: 0221 221-0")
_PHONE = re.compile(r"(?<![\w.])(?:Tel|Telefon|Fon|Fax)\.?:?[ \t]*(?:\+49[ \t]*|\(?0)\d")
# a value ending in a telephone number ("Frau Rückert, Tel. 06051 7009-215"): a contact's, never a title's
_PHONE_END = re.compile(r"(?:\+49[ \t]*|(?<!\d)0)\d{2,5}[ \t]*[/\-–]?[ \t]*\d{2,}(?:[ \t]*[\-–][ \t]*\d+)?[ \t]*$")


def form_line(lines: list[Line], i: int, values: set[int], headings: set[int]) -> bool:
    """Whether ``lines[i]`` is a line of a header form: a label line (a short value, or one ending in a
    telephone number), or a value of a block of values with the short lines that follow it (a type
    heading is none)."""
    if lines[i].start in headings:
        return False
    if "\t" in lines[i].text.strip() or "   " in lines[i].text.strip():
        return True  # cells of a form ("Federführung<tab>Amt für Soziales")
    first = i
    while i >= 0 and lines[i].start not in headings:
        m = LABEL_LINE.match(lines[i].text)
        if m is not None and (
            len(lines[i].text[m.end() :].split()) <= MAX_VALUE_WORDS or _PHONE_END.search(lines[i].text[m.end() :])
        ):
            # a label line ("Dienststelle: HGW"; not "Städtischer Fuhrpark: Vergabe von Fahrzeugen
            # aus Beschaffungsprogramm 2013"), or the one above the value below it ("Dezernat:" / "Dez. 2")
            return i == first or not lines[i].text[m.end() :].strip()
        if lines[i].start in values:  # a value of stacked labels, or a short line after one
            return True
        if len(lines[i].text.split()) > MAX_VALUE_WORDS:
            return False
        i -= 1  # blank lines between values too
    return False


def table_cells(sv: View, sections: list[Section], conf: MetadataFile) -> list[Section]:
    """``sections`` with each section whose heading the Beratungsfolge's last row takes as the
    rest of a cell ("Beratung und" / "Verwaltungsausschuss 25.11.2010" / "Beschlussempfehlung")
    joined to the table. A heading with a colon or after a blank line is always one."""
    out = list(sections)
    at = next((i for i, s in enumerate(out) if s.id == "consultation"), None)
    if at is None:
        return out
    table = out[at]
    text = sv.text
    head_line = text.find("\n", table.body_start, table.end)
    while head_line >= 0 and at + 1 < len(out) and out[at + 1].head_start == table.end:
        following = out[at + 1]
        heading_end = text.find("\n", following.head_start)
        heading_end = len(text) if heading_end < 0 else heading_end
        if ":" in text[following.head_start : heading_end]:
            break
        body = sv.lines_in(head_line + 1, heading_end)
        if len(body) < 2 or not body[-2].text.strip() or table_end(body, *patterns(conf)) < len(body):
            break  # the heading line is no row's
        table = dataclasses.replace(table, end=following.end)
        out[at : at + 2] = [table]
    return out


def table_end(
    body: list[Line], prose_date: re.Pattern[str], open_end: re.Pattern[str], goes_on: re.Pattern[str]
) -> int:
    """The index of the first line of ``body`` after the table's rows."""
    end = 0  # the table's rows and form lines are body[:end]
    heads: set[str] = set()  # the first words of the bodies of the rows read so far
    longest = 0  # and the most words of one
    i = 0
    while i < len(body):
        line = body[i].text.strip()
        if not line:
            i += 1
            continue
        if _CHECK_BOX.search(line):
            end = i = i + 1
            continue
        if end == i and undated_row(line, heads, longest):
            end = i = i + 1  # "Ortsrat Heyersum": a row without its date
            continue
        m = row_date(line, prose_date, previous_text(body, i))
        if m is not None:
            above = sum(1 for ln in body[end:i] if ln.text.strip())
            before, role = _WEEKDAY_BEFORE.sub("", line[: m.start()]).strip(), line[m.end() :].strip()
            if before and not above and open_end.search(before) is None:  # a whole body cell
                heads.add(before.split()[0])
                longest = max(longest, len(before.split()))
            below = above or int(not before or open_end.search(before) is not None or role.endswith("-"))
            j, taken = i + 1, 0
            while j < len(body) and taken < below:
                if row_date(body[j].text, prose_date) or _CHECK_BOX.search(body[j].text):
                    break
                taken += bool(body[j].text.strip())
                j += 1
            while j < len(body) and goes_on.match(body[j].text.strip()):
                j += 1  # "und Soziales": the rest of the row's cell
            end = i = j
            continue
        if line[:1].islower() and broken_above(body, end, i):
            end = i + 1  # "Beratung und Beschluss-" / "Rat" / "fassung"
        i += 1
    return end


def undated_row(line: str, heads: set[str], longest: int) -> bool:
    """Whether ``line`` is only a body named as the rows above name theirs: the first word of
    their bodies, at most one word more than the longest of them ("Ortsrat Groß Escherde" under
    "Ortsrat Adensen"), no colon, no full stop at its end."""
    words = line.split()
    return bool(words) and words[0] in heads and len(words) <= longest + 1 and ":" not in line and line[-1] != "."


def previous_text(body: list[Line], i: int) -> str:
    """The text of the last line with text before line ``i``."""
    return next((body[h].text for h in range(i - 1, -1, -1) if body[h].text.strip()), "")


def broken_above(body: list[Line], start: int, i: int) -> bool:
    """Whether line ``i`` is the rest of a word that broke with a hyphen in another cell above
    it: cells of other columns stand between ("Beratung und Beschluss-" / "Rat" / "fassung"),
    unlike the title's own line break ("… des Be-" / "standsverzeichnisses;")."""
    h = i - 1
    while h >= start and body[h].text.strip() and not body[h].text.rstrip().endswith("-"):
        if body[h].text.lstrip()[:1].islower():
            return False
        h -= 1
    return start <= h < i - 1 and body[h].text.rstrip().endswith("-")
