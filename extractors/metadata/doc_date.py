"""The date of a document, read from its header or its place and date line.

By the first rule that finds one:

1. a labelled date: "Datum: 14.03.2017", "Stand\t01.02.2019", "Erstellt am: 22.01.2019",
   "Datum:" / "14.03.2017", "27.10.17" / "Datum";
2. the place and date line of the header: "Stadt Landshut, den 13.11.2024", "Amt für
   Migration und Integration Göppingen, 04.05.2021";
3. a date joined to the number: "Vorlage Nr. 12/2019 vom 03.04.2019" (and, once the rules below found
   none, the date alone in the cell after the number's: "Vorlage 2031/0733 │ 12.05.2031 │ öffentlich");
4. the date ending the row of values under a row of labels flattened into single spaces that opens
   with the number's label and ends with the date's ("Vorlage-Nr. Dienststelle Datum" over
   "VO/26/1234/50 Sozialamt 07.04.2026"), the row opening with the number read; or the value under the date's
   label where a row of one-word labels in capitals and one of as many one-word values pair word by word;
5. a date in the last cell of a labelled header line ("■ Dezernat  V - Soziales  20.06.2018"),
   or ending such a line of labelled fields set single-spaced ("Vorlage-Nr.: B-027/2027 Art: … 03.02.2027"),
   or alone on a header line that no meeting line neighbours, or after the number of a contact
   line ("Telefon: 800 - 21 27.11.2015": the date column read into the contact column's line);
6. the place and date line further on ("Waiblingen, 20.11.2017" above the signature).

Never a date of the Beratungsfolge ("Datum der Beratung", "Sitzungsdatum") or of the prose.
"""

from __future__ import annotations

import functools
import re

from extractors.resources.typed import Metadata as MetadataFile
from pipeline.document import Document
from pipeline.lang.de import markers
from pipeline.lang.de.dates import WEEKDAY, DateMatch, find_dates, iso_date_at
from pipeline.structure import cell_below, header_cells
from pipeline.structure.lines import Line

from .identity import _MEETING, Found, TypeHeading, cell_start, fields, flat_row_value, number_patterns, outside


@functools.lru_cache(maxsize=8)
def _date_label(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    labels = "|".join(patterns)
    # as written, or in capitals ("ERSTELLT AM: 01.01.2005")
    return (
        re.compile(
            r"(?<![\w/-])(?:" + labels + r"|(?=[A-ZÄÖÜ]{2})(?i:" + labels + r"))(?![\wäöüß])"
            r"[ \t]*(?::[ \t]*|\t[ \t]*|[ \t]+(?:am|vom|AM|VOM)[ \t:]*|"
            + markers.DOT_LEADER  # a leader of dots to the value ("Datum ........  02.06.2031")
            + r"[ \t]*|[ \t]+)"
        ),
        re.compile(r"[ \t" + markers.escaped(markers.LABEL_MARKS) + r"]*(?:" + labels + r")[ \t]*:?[ \t]*"),
    )


_WORD_RUN = re.compile(r"\S+")


def date_label(conf: MetadataFile) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return _date_label(tuple(e.pattern for e in conf.date_labels))


def date_at(text: str, pos: int) -> DateMatch | None:
    """The date starting at ``pos``: German forms, or ISO as databases print it."""
    dates = find_dates(text, pos, min(len(text), pos + 20))
    return dates[0] if dates and dates[0].start == pos else iso_date_at(text, pos)


# a weekday before a labelled value's date, as a form or its print sets it ("Datum: Di, 07.02.2023")
_WEEKDAY_BEFORE = re.compile(WEEKDAY + r",?[ \t]+(?=\d)")


def value_date_at(text: str, pos: int) -> DateMatch | None:
    """The date of a labelled value starting at ``pos``, after its weekday if one stands before it."""
    m = _WEEKDAY_BEFORE.match(text, pos)
    return date_at(text, m.end() if m else pos)


def doc_date(
    doc: Document,
    conf: MetadataFile,
    header: list[Line],
    heading: TypeHeading | None,
    number: Found | None,
    header_end: int,
    place_dates: list[DateMatch],
) -> Found | None:
    """The document's date by the first rule that finds one (see the module docstring);
    ``place_dates`` are the dates of the place and date lines ("Stadt Landshut, den 13.11.2024")."""
    text = doc.text
    got = labelled_date(text, conf, header)
    if got is not None:
        return got
    header_spans = [(ln.start, ln.end + 1) for ln in header]
    in_header = [d for d in place_dates if not outside(header_spans, d.start)]
    if in_header:
        return Found(in_header[0].iso, in_header[0].start, in_header[0].end, "date_line")
    got = (
        dated_number(text, heading, number)
        or row_of_values_date(text, conf, header, number)
        or flat_row_date(text, conf, header)
        or paired_row_date(text, conf, header)
        or header_date_cell(text, header)
        or contact_date(text, conf, header)
        or date_beside_number(text, number)
        or dated_in_column(text, number)
    )
    if got is not None:
        return got
    # the place and date line at the end of the text ("Waiblingen, 20.11.2017")
    if place_dates:
        return Found(place_dates[0].iso, place_dates[0].start, place_dates[0].end, "date_line")
    return received_date(text, conf, header)


def received_date(text: str, conf: MetadataFile, header: list[Line]) -> Found | None:
    """The day a motion was received, labelled in its header and alone in its cell ("Eingang: 08.03.2027"), where
    nothing else dates the paper; not a label's longer phrase ("Eingang des Antrags   11.01.2027")."""
    label = _received_label(tuple(e.pattern for e in conf.received_labels))
    for line in header:
        m = label.search(line.text)
        if m is None or (m.start() and not line.text[m.start() - 1].isspace()):
            continue
        d = value_date_at(text, line.start + m.end())
        if d is not None and not text[d.end : line.end].strip():
            return Found(d.iso, d.start, d.end, "received")
    return None


@functools.lru_cache(maxsize=4)
def _received_label(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?:" + "|".join(patterns) + r")[ \t]*:[ \t]*")


def _date_ending(text: str, line: Line) -> DateMatch | None:
    """The date ending ``line`` after a space, the value of a label ending the line above it where a right-hand
    column was set one space after the left one ("Organisationseinheit: Datum:" over "Dezernat V 14.04.2027")."""
    dates = find_dates(text, line.start, line.end)
    last = dates[-1] if dates else None
    if last is None or text[last.end : line.end].strip() or not text[last.start - 1 : last.start].isspace():
        return None
    return last


def _closed_under(text: str, line: Line, nxt: Line) -> bool:
    """Whether a label alone on its line, its colon ending it, stands over a line an export closed to single spaces
    ("Datum der Neufassung:" over "Beschlussvorlage 26.04.2027": a right-hand column's label over its value, the
    left column's word run into it), no meeting's line."""
    return (
        text[line.start : line.end].rstrip().endswith(":")
        and not re.search(r"\t|  ", nxt.text.strip())
        and not _MEETING.search(nxt.text)
    )


def labelled_date(text: str, conf: MetadataFile, header: list[Line]) -> Found | None:
    """ "Datum: 14.03.2017", "Stand\t…", "Datum:" / "14.03.2017", "27.10.17" / "Datum"."""
    inline, alone = date_label(conf)
    for i, line in enumerate(header):
        row = fields(line, conf)
        if "\t" not in line.text and len(row) == 1 and _MEETING.search(line.text):
            continue
        for m in inline.finditer(text, line.start, line.end):
            cell_from = max([a for a, _, _ in row if a <= m.start()], default=line.start)
            if _MEETING.search(text, max(cell_from, line.start), m.start()):
                continue
            cell_to = min([b for a, b, _ in row if a <= m.start() < b or a == m.start()], default=line.end)
            if len(row) > 1 and _MEETING.search(text, m.start(), cell_to):
                continue  # "Sitzungsdatum: …" cut as its own field
            d = value_date_at(text, m.end())
            if d is not None:
                return Found(d.iso, d.start, d.end, "key_value")
            if not text[m.end() : line.end].strip():  # "Datum:" / "14.03.2017"
                nxt = next((ln for ln in header[i + 1 : i + 3] if ln.text.strip()), None)
                if nxt is not None:
                    d = date_at(text, nxt.start + len(nxt.text) - len(nxt.text.lstrip()))
                    if d is None and (text[line.start : m.start()].strip() or _closed_under(text, line, nxt)):
                        d = _date_ending(text, nxt)  # "Organisationseinheit: Datum:" over "Dezernat V 14.04.2027"
                    if d is not None and (":" in text[line.start : line.end] or not text[d.end : nxt.end].strip()):
                        return Found(d.iso, d.start, d.end, "key_value")
        if (
            len(header_cells(line)) > 1
            and i + 1 < len(header)
            and not re.search(r"\d", line.text)
            and not any(_MEETING.match(cell.strip()) for _, _, cell in row)
        ):
            # a row of labels over a row of their values ("Vorlage-Nr.   Dienststelle   Datum"); not
            # the head of a table of meetings ("Beratung   Datum   Behandlung"): its dates are theirs
            for a, _b, cell in row:
                cell_under = cell_below(line, cell_start(text, a), header[i + 1]) if alone.fullmatch(cell) else None
                d = date_at(text, cell_under[0]) if cell_under is not None else None
                if d is not None and cell_under is not None and not text[d.end : cell_under[1]].strip():
                    return Found(d.iso, d.start, d.end, "key_value")
        if alone.fullmatch(line.text):  # "27.10.17" / "Datum", or "Datum" / "27.10.17"
            above = next((ln for ln in reversed(header[max(0, i - 2) : i]) if ln.text.strip()), None)
            below = [ln for ln in header[i + 1 : i + 5] if ln.text.strip()][:2]
            over = date_alone(text, above) if above is not None else None
            under = date_alone(text, below[0]) if below else None
            if under is not None and len(below) > 1 and date_alone(text, below[1]):
                under = None  # a column of dates: a table, not a label and its value
            if (over is None) != (under is None):
                d = over or under
                assert d is not None
                return Found(d.iso, d.start, d.end, "key_value")
    return None


def dated_number(text: str, heading: TypeHeading | None, number: Found | None) -> Found | None:
    """ "Vorlage Nr. 12/2019 vom 03.04.2019": a date joined to the number or the type heading, on its
    line or, where the number ends its line, alone on the next line ("Drucksache 22-4417" over
    "vom 26.04.2027", a right-hand column's two lines)."""
    for anchor in (number.end if number else None, heading.end if heading else None):
        if anchor is None:
            continue
        line_end = text.find("\n", anchor)
        line_end = len(text) if line_end < 0 else line_end
        m = _DATED.match(text, anchor, line_end)
        if m is None and anchor == (number.end if number else None) and not text[anchor:line_end].strip():
            m = _DATED_BELOW.match(text, line_end)
        if m:
            d = date_at(text, m.end())
            if d is not None and (m.re is _DATED or not text[d.end :].split("\n", 1)[0].strip()):
                return Found(d.iso, d.start, d.end, "key_value")
    return None


_COLUMN_LINES = 2  # the lines under the number's that a right-hand column's "vom" may stand on
_COLUMN_SLACK = 2  # how far "vom" may start from where the number's cell does


def dated_in_column(text: str, number: Found | None) -> Found | None:
    """ "vom 11.05.2027" in the number's column of a right-hand block beside the letterhead, on one of the two lines
    under the number's (a type word between): "Dezernat II   DS 2027/117" over "Amt 50   vom 11.05.2027"; the date
    ends its line.

    >>> t = "STADT X      Drucksache\\nDezernat II  DS 2031/7\\nAmt 50       vom 12.05.2031\\n"
    >>> dated_in_column(t, Found("DS 2031/7", 37, 46, "heading")).value
    '2031-05-12'
    >>> dated_in_column(t.replace("Amt 50       vom", "Amt 50 vom      "), Found("DS 2031/7", 37, 46, "heading"))
    """
    if number is None:
        return None
    if (closed := _closed_column_date(text, number)) is not None:
        return closed
    begin = text.rfind("\n", 0, number.start) + 1
    cell = _cell_start(text[begin : number.start])
    at = text.find("\n", number.end)
    for _ in range(_COLUMN_LINES):
        if at < 0:
            return None
        end = text.find("\n", at + 1)
        line = text[at + 1 : len(text) if end < 0 else end]
        m = _VOM.search(line)
        if m is not None and abs(m.start() - cell) <= _COLUMN_SLACK:
            d = date_at(text, at + 1 + m.end())
            if d is not None and not text[d.end : len(text) if end < 0 else end].strip():
                return Found(d.iso, d.start, d.end, "key_value")
        at = end
    return None


_VOM_ENDING = re.compile(r"\S (?:vom|VOM) ")


def _closed_column_date(text: str, number: Found) -> Found | None:
    """ "vom 11.05.2027" ending the line under the number's where an export closed the block's gaps to single spaces:
    the number ends its line one space after the letterhead's words, and the date ends the next line one space after
    them ("Dezernat II DS 2027/117" over "Amt 50 vom 11.05.2027"), no meeting's words before it.

    >>> t = "STADT X Drucksache\\nDezernat II DS 2031/7\\nAmt 50 vom 12.05.2031\\n"
    >>> _closed_column_date(t, Found("DS 2031/7", 31, 40, "heading")).value
    '2031-05-12'
    >>> _closed_column_date(t.replace("DS 2031/7\\n", "DS 2031/7 Seite 1\\n"), Found("DS 2031/7", 31, 40, "heading"))
    """
    begin = text.rfind("\n", 0, number.start) + 1
    at = text.find("\n", number.end)
    if at < 0 or text[number.end : at].strip() or text[number.start - 1 : number.start] != " ":
        return None
    if re.search(r"\t|  ", text[begin:at].strip()):
        return None
    end = text.find("\n", at + 1)
    line = text[at + 1 : len(text) if end < 0 else end]
    m = _VOM_ENDING.search(line)
    if m is None or "  " in line.strip() or _MEETING.search(line, 0, m.start()):
        return None  # a meeting's date ("Sitzung des Ausschusses vom …") is none of the paper's
    d = date_at(text, at + 1 + m.end())
    if d is None or text[d.end : len(text) if end < 0 else end].strip():
        return None
    return Found(d.iso, d.start, d.end, "key_value")


def _cell_start(before: str) -> int:
    """Where the cell ending at the end of ``before`` starts in its line: after the last gap."""
    gaps = [m.end() for m in re.finditer(r"\t|  +", before)]
    return gaps[-1] if gaps else 0


_VOM = re.compile(r"(?:(?<=  )|(?<=\t)|^)(?:vom|VOM)[ \t]+")
_CELL_GAP = re.compile(r"[ \t]*(?:\t|  |[│┃|])[ \t]*")  # a gap or a bar between two cells of a line


def date_beside_number(text: str, number: Found | None) -> Found | None:
    """The date alone in the cell right after the number's, a gap or a bar between, as a running head
    prints the paper's place, number, date and status in one line ("Kreisstadt Musterhude │ Vorlage
    2031/0733 │ 12.05.2031 │ öffentlich"); not a date that runs on into words ("2031/0733  12.05.2031 bis …").

    >>> t = "Stadt X   Vorlage 2031/0733   12.05.2031   öffentlich"
    >>> date_beside_number(t, Found("2031/0733", 18, 27, "heading")).value
    '2031-05-12'
    """
    if number is None:
        return None
    line_end = text.find("\n", number.end)
    line_end = len(text) if line_end < 0 else line_end
    gap = _CELL_GAP.match(text, number.end, line_end)
    d = date_at(text, gap.end()) if gap is not None else None
    if d is None or d.end > line_end or not (d.end == line_end or _CELL_GAP.match(text, d.end, line_end)):
        return None
    return Found(d.iso, d.start, d.end, "key_value")


_DATED = re.compile(r"[^\n]{0,40}?\b(?:vom|VOM)[ \t]+")
# the next line with text, nothing on it before "vom" but its indent (a blank line between, as an export sets)
_DATED_BELOW = re.compile(r"\n(?:[ \t]*\n)?[ \t]*(?:vom|VOM)[ \t]+")


def row_of_values_date(text: str, conf: MetadataFile, header: list[Line], number: Found | None) -> Found | None:
    """The date ending the row of values that opens with the number, under a row of labels a PDF's
    text layer flattened into single spaces whose last label is the date's ("Vorlage-Nr.
    Federführende Dienststelle Datum" over "VO/26/1234/50 Amt für Soziales 07.04.2026")."""
    if number is None:
        return None
    _, alone = date_label(conf)
    for i, line in enumerate(header):
        if not line.start <= number.start < line.end:
            continue
        if text[line.start : number.start].strip():
            return None  # the number does not open its line
        # the row of labels, a blank line between the rows as pdfminer.six sets one
        above = next((ln for ln in reversed(header[max(0, i - 2) : i]) if ln.text.strip()), None)
        if above is None or re.search(r"[\d:]", above.text) or len(above.text.split()) < 3:
            return None
        if not any(p.match(above.text.lstrip()) for p, _ in number_patterns(conf)):
            return None
        last = above.text.split()[-1]
        if not alone.fullmatch(last) or _MEETING.search(above.text):
            return None
        words = line.text.split()
        d = date_at(text, line.start + len(line.text.rstrip()) - len(words[-1])) if len(words) > 2 else None
        if d is None or d.raw != words[-1]:
            return None
        return Found(d.iso, d.start, d.end, "key_value")
    return None


def flat_row_date(text: str, conf: MetadataFile, header: list[Line]) -> Found | None:
    """The date under the date's label in a row of labels that ends its line flattened into single
    spaces, the letterhead before it ("Landeshauptstadt Musterstadt Drucksache Datum" over
    "DS0815/31 12.05.2031"; :func:`~extractors.metadata.identity.flat_row_value`)."""
    _, alone = date_label(conf)
    for i, line in enumerate(header):
        words = list(_WORD_RUN.finditer(line.text))
        for w in words[1:]:
            if not alone.fullmatch(w.group()) or _MEETING.search(line.text):
                continue
            below = next((ln for ln in header[i + 1 : i + 3] if ln.text.strip()), None)
            where = flat_row_value(text, line, line.start + w.start(), below) if below is not None else None
            d = date_at(text, where[0]) if where is not None else None
            if d is not None and where is not None and d.end == where[1]:
                return Found(d.iso, d.start, d.end, "key_value")
    return None


def paired_row_date(text: str, conf: MetadataFile, header: list[Line]) -> Found | None:
    """The date under the date's label where a row of one-word labels in capitals stands over a row of as many
    one-word values, both flattened into single spaces, so that they pair word by word ("VORLAGENART
    VORLAGE-NR. DATUM AKTENZEICHEN" over "Magistratsvorlage 2027/0034 18.01.2027 2.3-451-07"), also labels each one
    capitalised word ("Vorlagenart Vorlagennummer Datum Status" over "Beschlussvorlage VO/2027/0871 18.05.2027
    öffentlich")."""
    _, alone = date_label(conf)
    for i, line in enumerate(header):
        labels = line.text.split()
        if len(labels) < 3 or re.search(r"\d", line.text) or _MEETING.search(line.text) or not _label_row(labels):
            continue  # a header's labels set in capitals, or each one capitalised word
        at = [k for k, w in enumerate(labels) if alone.fullmatch(w) or alone.fullmatch(w.capitalize())]
        below = next((ln for ln in header[i + 1 : i + 3] if ln.text.strip()), None)
        values = list(_WORD_RUN.finditer(below.text)) if below is not None else []
        if len(at) != 1 or below is None or len(values) != len(labels):
            continue
        d = date_at(text, below.start + values[at[0]].start())
        if d is not None and d.raw == values[at[0]].group():
            return Found(d.iso, d.start, d.end, "key_value")
    return None


def _label_row(labels: list[str]) -> bool:
    """Whether a row's words are labels, one word each: all in capitals ("VORLAGENART VORLAGE-NR. DATUM"), or each
    capitalised with no link word between them ("Vorlagenart Vorlagennummer Datum Status")."""
    return all(w.isupper() for w in labels) or all(w[:1].isupper() and w[1:].islower() for w in labels)


# a bullet that OCR reads as one or two small letters ("m Dezernat") may stand before the label
_LABEL_CELL = re.compile(
    r"(?i)[ \t" + markers.escaped(markers.LABEL_MARKS) + r"]*(?:(?-i:(?!(?:im|am|zu|an|in)\b)[a-z]{1,2})[ \t]+)?"
    r"(?:Fachbereich|Amt|Abteilung|Dezernat|Referat|Dienststelle|Geschäftsbereich|"
    r"Federführ\w*|Verfasser\w*|Ersteller\w*|Bearbeiter\w*|Vorlage\w*|Drucksache\w*|Nr\.?|"
    r"Beschlussvorlage|Sitzungsvorlage|Mitteilungsvorlage|Informationsvorlage)\b"
)


def header_date_cell(text: str, header: list[Line]) -> Found | None:
    """A date in the last cell of a labelled header line, or alone on a header line that no
    meeting line neighbours."""
    for i, line in enumerate(header):
        parts = [c for c in header_cells(line) if _WORD.search(c[2])]  # not the bars between cells
        if not parts:
            continue
        inner = _inner_date_cell(text, parts)
        if inner is not None:
            return inner
        last_start, last_end, last = parts[-1]
        d = date_at(text, last_start + len(last) - len(last.lstrip()))
        if d is None or d.raw != last.strip():
            flat = _flat_fields_date(text, line) if len(parts) == 1 else None
            if flat is not None:
                return flat
            continue
        if len(parts) > 1:
            # a cell of the paper's status alone ("öffentlich") names no meeting
            said = [c for _, _, c in parts if not _STATUS_CELL.fullmatch(c)]
            if _LABEL_CELL.match(parts[0][2]) and not any(_MEETING.search(c) for c in said):
                return Found(d.iso, d.start, d.end, "key_value")
            continue
        window = [ln for ln in header[max(0, i - 2) : i + 3] if ln is not line]
        if not any(_MEETING.search(ln.text) or date_alone(text, ln) is not None for ln in window):
            return Found(d.iso, d.start, d.end, "date_line")
    return None


def _flat_fields_date(text: str, line: Line) -> Found | None:
    """The date ending a row of labelled fields a rendering set single-spaced, the number's label first
    ("Vorlage-Nr.: B-027/2027 Art: Beschlussvorlage öffentlich 03.02.2027"): its one date, after fields that
    name no meeting (the paper's status aside)."""
    body = line.text.strip()
    if not _LABEL_CELL.match(body) or not _FIELD_LABEL.match(body) or len(find_dates(body, 0, len(body))) != 1:
        return None
    last = body.split()[-1]
    d = date_at(text, line.start + len(line.text.rstrip()) - len(last))
    if d is None or d.raw != last:
        return None
    said = _STATUS_WORDS.sub(" ", body[: len(body) - len(last)])
    return None if _MEETING.search(said) else Found(d.iso, d.start, d.end, "key_value")


_FIELD_LABEL = re.compile(r"[^:\d]{2,30}:[ \t]+\S")  # the row opens with a label and its colon: a row of fields
_STATUS_WORDS = re.compile(r"(?i)(?<!\w)(?:nicht[- ]?)?öffentlich(?!\w)")
_WORD = re.compile(r"\w")
_STATUS_CELL = re.compile(r"(?i)[ \t]*(?:nicht[- ]?)?öffentlich[ \t]*")
_SHORT_CELL = 3  # the words of a cell after the date that only marks the paper ("öffentlich")


def _inner_date_cell(text: str, parts: list[tuple[int, int, str]]) -> Found | None:
    """The one date cell of a labelled header line of several cells, followed only by short cells
    without figures that mark the paper ("Drucksache 21-0815 | Beschlussvorlage | 07.04.2031 |
    öffentlich"); no meeting is named before it."""
    dated = [k for k, (start, _, cell) in enumerate(parts) if _date_cell(text, start, cell)]
    if len(dated) != 1 or not 0 < dated[0] < len(parts) - 1 or not _LABEL_CELL.match(parts[0][2]):
        return None
    k = dated[0]
    after = parts[k + 1 :]
    if any(re.search(r"\d", c) or len(c.split()) > _SHORT_CELL for _, _, c in after):
        return None
    if any(_MEETING.search(c) for _, _, c in parts[:k]):
        return None
    return _date_cell(text, parts[k][0], parts[k][2])


def _date_cell(text: str, start: int, cell: str) -> Found | None:
    d = date_at(text, start + len(cell) - len(cell.lstrip()))
    return Found(d.iso, d.start, d.end, "key_value") if d is not None and d.raw == cell.strip() else None


@functools.lru_cache(maxsize=8)
def _contact_line(labels: tuple[str, ...]) -> re.Pattern[str]:
    # the label, a telephone number (digits, spaces, "-", "–", "/", brackets), the date at the line's end
    return re.compile(
        r"[ \t]*(?:"
        + "|".join(labels)
        + r")[ \t]*:?[ \t]*[(+]?\d[\d ()/+\-–]*?[ \t]+(?P<date>\d{1,2}\.\d{1,2}\.\d{2,4})[ \t]*$"
    )


def contact_date(text: str, conf: MetadataFile, header: list[Line]) -> Found | None:
    """The date after the number of a contact line ("Telefon: 800 - 21 27.11.2015")."""
    pattern = _contact_line(tuple(e.pattern for e in conf.contact_labels))
    for line in header:
        m = pattern.match(line.text)
        d = date_at(text, line.start + m.start("date")) if m else None
        if m and d is not None and d.raw == m["date"]:
            return Found(d.iso, d.start, d.end, "key_value")
    return None


def date_alone(text: str, line: Line) -> DateMatch | None:
    """The date a line holds when it holds nothing else (but its weekday: "Di, 18.08.2031")."""
    stripped = line.text.strip()
    if not stripped:
        return None
    d = value_date_at(text, line.start + len(line.text) - len(line.text.lstrip()))
    return d if d is not None and stripped.endswith(d.raw) and not text[d.end : line.end].strip() else None
