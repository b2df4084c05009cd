"""consultation_forms: a consultation stated in a form rather than a table.

- a key-value header "Gremium: X ... Sitzungsdatum: D ... Öffentlichkeitsstatus: öffentlich"
  (labels from ``resources/bodies.yaml``), on the first page;
- repeated key-value blocks, one per meeting, the labels in any order and wording
  (``block_labels``), blank lines or none between the blocks:
      Gremium:        Dezernatsausschuss II
      Termin:         Di, 21.02.2023
      Zuständigkeit:  Vorberatung
      Sitzungsart:    nichtöffentlich
  (method ``key_value.blocks``; read only where two or more blocks each give a body and a date;
  blank lines between any two lines where the blank lines do not part the blocks);
- a meeting heading "Beschluss des X vom D" over "Öffentliche Sitzung";
- lines naming a body's meeting with its session status, as minutes list the meetings a paper
  went through, maybe after a label (method ``meeting_line``):
      Vorgang: Ausschuss für Umwelt und Technik vom 16.07.2019, öffentlich, Nr. 398
      Ergebnis: Einbringung
      Gemeinderat vom 19.09.2019, öffentlich, Nr. 238
  or with dashes between the parts, "Sitzung" before the date:
      Bezirksbeirat Nord – Sitzung vom 14.03.2024 – nichtöffentlich – TOP 5
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de.closed_class import ARTICLES, words
from pipeline.lang.de.dates import WEEKDAY, find_dates
from pipeline.lang.de.markers import BULLET, DASHES, escaped
from pipeline.records import Consultation
from pipeline.structure import FIRST_PAGE_CHARS, FIRST_PAGES_CHARS, Line, View

from .flat import inline_title, namelike
from .headers import header
from .session_titles import from_session_titles
from .vocab import OPEN_END, Vocab, clean_body, consultation, headed, heads, nominative, status

_CELL = re.compile(r"[^\t]+")
# a label that OCR or a narrow column set one space after the value before it
# ("Gremium: Sozialausschuss Öffentlichkeitsstatus: öffentlich"): a cell of its own
_NEXT_LABEL = re.compile(r" +(?=[A-ZÄÖÜ][\w/-]{3,}:(?:[ \t]|$))")
_LABEL_ALONE = re.compile(r"[A-ZÄÖÜ][\w .,/()-]{0,40}:(?=\s|$)")  # "Tagesordnungspunkt:", "Sachverhalt (kurz):"
# "[Label:] Body vom|am D, Status[, Nr. N]": the whole line
_MEETING_LINE = re.compile(
    r"[ \t]*(?:[A-ZÄÖÜ][\w-]*[ \t]*:[ \t]*)?(?P<body>[^\t:]+?)[ \t]+(?:vom|am)[ \t]+"
    r"(?P<date>\d{1,2}\.[ ]?\d{1,2}\.[ ]?\d{4})[ \t]*,[ \t]*(?P<status>[^,\t]+?)"
    r"(?:[ \t]*,[ \t]*(?:Nr\.|TOP)[ \t]*\d+[a-z]?)?[ \t]*"
)
# "Body – Sitzung vom D – Status[ – TOP N]": the same line, its parts set apart by dashes, as a
# Sitzungsverlauf after the signature lists the meetings a paper went through
_DASH_MARK = escaped(DASHES)
_MEETING_DASHED = re.compile(
    rf"[ \t]*(?P<body>[^\t:{_DASH_MARK}]+?)[ \t]+[{_DASH_MARK}][ \t]+(?:Sitzung[ \t]+)?(?:vom|am)[ \t]+"
    rf"(?P<date>\d{{1,2}}\.[ ]?\d{{1,2}}\.[ ]?\d{{4}})[ \t]+[{_DASH_MARK}][ \t]+(?P<status>[^\t{_DASH_MARK}]+?)"
    rf"(?:[ \t]+[{_DASH_MARK}][ \t]+(?:Nr\.|TOP)[ \t]*\d+[a-z]?)?[ \t]*"
)
_MEETING_DAY = re.compile(r"[ \t](?:vom|am)[ \t]+\d")  # what such a line holds, found before the whole is tried
_NAME_WORDS = 12  # words of a body's name, at most
# a meeting's date as an item's page gives it, the weekday first: "Mo, 20.07.2015", "Do., 05.06.2025"
_WEEKDAY = re.compile(WEEKDAY + r",?[ \t]+\d")
_DASH = re.compile(rf"[ \t]*[{DASHES}{BULLET}](?:[ \t]+|[ \t]*$)")  # a list line's dash: "- Gremium:"
# the space before a further labelled cell of a line: "Gremium: X<gap>TOP: Ö 5", the gap a single
# space where a PDF's text layer closed it ("Gremium: X TOP: Ö 5")
_LABEL_GAP = re.compile(r"[ \t]+(?=[A-ZÄÖÜ][\w./-]*(?:[ ][a-zäöü][\w-]*)?[ \t]*:[ \t]*\S)")
_SESSION = re.compile(r"[ \t]*\n\s*([^\n]*Sitzung[^\n]*)")  # the line under a meeting heading


def from_blocks(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """One consultation per key-value block of a run of two or more blocks: blank lines part the
    blocks; where that reads nothing, a label coming again alone parts them (blank lines between
    any two lines, as pdfminer.six sets them)."""
    found: list[Consultation] = []
    if _two_bodies(doc, v):
        found = list(_blocks(doc, v, sv, split=True)) or list(_blocks(doc, v, sv, split=False))
    yield from found or _flat_blocks(doc, v, sv)


def _two_bodies(doc: Document, v: Vocab) -> bool:
    """A quick test before the blocks are read (both ways): two body labels at line starts in the
    first pages, with their values or alone over them."""
    body = _body_lines(next(p.pattern for kind, p in v.block_labels if kind == "body"))
    alone = _body_lines(next(p.pattern for kind, p in v.block_labels if kind == "body").replace(r"(?P<v>\S.*?)", ""))
    end = FIRST_PAGES_CHARS + 200
    return len(body.findall(doc.text, 0, end) + alone.findall(doc.text, 0, end)) >= 2


def _flat_blocks(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """Key-value blocks flattened into one line under the heading, as a tool that collapses the
    whitespace gives them ("Beratungsfolge: Gremium: Beirat für Migration Termin: Mi, 08.02.2023
    Zuständigkeit: Empfehlung Sitzungsart: öffentlich Gremium: Stadtrat Termin: … Betreff: …"): each
    labelled cell up to the next section heading, a label already given starting the next block; read
    only where every cell is a block's and two or more blocks each give a body and a date."""
    for line in sv.lines:
        if line.start > FIRST_PAGES_CHARS:
            break
        found = inline_title(line.text, v, anywhere=True)
        head = _FLAT_HEADING.match(found[0].text) if found is not None else None
        if found is None or head is None:
            continue
        seg = found[0]
        cells = _labelled_cells(seg.text[head.end() :], v)
        run: list[dict[str, tuple[int, int, str]]] = []
        for kind, a, b, value in cells:
            if not run or kind in run[-1]:
                run.append({})
            at = line.start + seg.start + head.end()
            run[-1][kind] = (at + a, at + b, value)
        if sum(1 for block in run if "body" in block) >= 2:
            yield from read_run(doc, run, v)
            return


_FLAT_HEADING = re.compile(r"[ \t]*\S+[ \t]*:[ \t]*")  # "Beratungsfolge: " before the first label


def _blocks(doc: Document, v: Vocab, sv: View, split: bool) -> Iterator[Consultation]:
    run: list[dict[str, tuple[int, int, str]]] = []  # the blocks of the current run of label lines
    seq: list[tuple[str, tuple[int, int, str]]] = []  # the run's label lines in order
    taken: set[int] = set()  # lines read as the value of a label alone above them
    waiting: Line | None = None  # a body's label alone whose value stands under the next label line
    for i, line in enumerate(sv.lines):
        if line.start > FIRST_PAGES_CHARS:
            break
        if i in sv.furniture or i in taken:
            continue
        if not line.text.strip():  # a blank line ends a whole block, not a run
            if split and run and "body" in run[-1] and "date" in run[-1] and not taken:
                run.append({})
            continue
        cells = _labelled_cells(line.text, v)
        if not cells and (below := _value_below(sv, i, v)) is not None:
            cells, k = below
            taken.add(k)
        if not cells and seq and (grown := _value_goes_on(seq[-1], line, v)) is not None:
            kind, cell = seq[-1]  # the body's name wrapped under its label's line: "Gremium: Ausschuss für" / "Jugend"
            seq[-1] = (kind, grown)
            run[-1] = {key: grown if c is cell else c for key, c in run[-1].items()}
            continue
        if not cells and run and "body" in run[-1] and "date" in run[-1] and _titled(sv, i, v):
            continue  # a stamp's title line over its labels ("LANDKREIS X · Büro Kreistag"): no end of the run
        if not cells and run and waiting is None and _body_alone(line.text, v):
            waiting = line  # "Gremium:" over another label's line ("TOP: N 3"), its value after that
            continue
        if not cells and waiting is not None and _namelike_value(line.text):
            value = line.text.strip()
            at = line.start + line.text.index(value)
            cells = [("body", waiting.start - line.start, at + len(value) - line.start, value)]
        if not cells or cells[0][0] == "body":
            waiting = None
        if not cells:
            yield from read_run(doc, run, v) or read_run(doc, _by_label(seq), v)
            run, seq = [], []
            continue
        for kind, s, e, value in cells:
            if not run or kind in run[-1]:  # a label already given starts the next block ("none between")
                run.append({})
            run[-1][kind] = (line.start + s, line.start + e, value)
            seq.append((kind, run[-1][kind]))
    yield from read_run(doc, run, v) or read_run(doc, _by_label(seq), v)


def _titled(sv: View, i: int, v: Vocab) -> bool:
    """Whether line ``i`` is a block's title: after a blank line, right over a line of the block's labels, and no
    heading ("Beratungsfolge:") or label of its own."""
    lines = sv.lines
    if not 0 < i < len(lines) - 1 or lines[i - 1].text.strip() or lines[i].text.rstrip().endswith(":"):
        return False
    return v.title.match(lines[i].text) is None and bool(_labelled_cells(lines[i + 1].text, v))


def _value_below(sv: View, i: int, v: Vocab) -> tuple[list[tuple[str, int, int, str]], int] | None:
    """A block's label alone on line ``i`` ("Gremium:") and its value on the next line with text
    ("Ortsrat Lindenhof"), blank lines between as exports set a form's cells one a line: the label
    line's cell (its value's offsets relative to line ``i``) and the value line's index; None where
    the line is no label alone or the next line is a label line itself."""
    line = sv.lines[i]
    label = line.text.rstrip()
    if not label.endswith(":") or len(label.split()) > 3:
        return None
    k = next((j for j in range(i + 1, min(len(sv.lines), i + 3)) if sv.lines[j].text.strip()), None)
    if k is None or k in sv.furniture:
        return None
    nxt = sv.lines[k]
    value = nxt.text.strip()
    if value.endswith(":") or _labelled_cells(nxt.text, v) and ":" in value:
        return None
    cell = _block_line(label + " " + value, v)
    if cell is None or cell[1] > len(label):
        return None
    at = nxt.start + len(nxt.text) - len(nxt.text.lstrip()) - line.start
    return [(cell[0], cell[1], at + len(value), value)], k


def _value_goes_on(last: tuple[str, tuple[int, int, str]], line: Line, v: Vocab) -> tuple[int, int, str] | None:
    """The body's cell of a block with the next line, no label on it, where the name is left open by a
    link word or a comma ("Gremium: Ausschuss für" / "Jugend, Soziales und" / "Sport"); None for any
    other line, or where the last label line read is no body's."""
    kind, (start, _, value) = last
    text = line.text.strip()
    cut = value[-1:] == "-" and value[-2:-1].isalpha()  # a word cut by its hyphen: "Gesund-" / "heit, Soziales"
    words = text[:1].upper() + text[1:] if cut else text  # the cut word's rest in lower case
    if kind != "body" or not OPEN_END.search(value) or not _namelike_value(words) or status(text, v) is not None:
        return None
    return start, line.start + line.text.index(text) + len(text), f"{value} {text}"


def _namelike_value(text: str) -> bool:
    """Whether a line without a label may be a name's words: a few words, no label, no sentence."""
    text = text.strip()
    return bool(text) and ":" not in text and len(text.split()) <= _NAME_WORDS and namelike(text)


def _body_alone(text: str, v: Vocab) -> bool:
    """Whether a line is a body's label alone ("Gremium:")."""
    label = next(p.pattern for kind, p in v.block_labels if kind == "body").replace(r"(?P<v>\S.*?)", "")
    return _body_lines(label).match(text.strip()) is not None and text.strip().endswith(":")


def _by_label(seq: list[tuple[str, tuple[int, int, str]]]) -> list[dict[str, tuple[int, int, str]]]:
    """The blocks of a run whose label lines come grouped by label, as an export sets a row of
    labelled cells column by column ("Gremium: A" / "Gremium: B" / "Sitzung: D1" / "Sitzung: D2"):
    the k-th line of each group in the k-th block, where every label's group is as long as the
    others, two lines or more; else none."""
    groups: list[list[tuple[int, int, str]]] = []
    kinds: list[str] = []
    for kind, value in seq:
        if kinds and kinds[-1] == kind:
            groups[-1].append(value)
        else:
            kinds.append(kind)
            groups.append([value])
    if len(set(kinds)) != len(kinds) or len({len(g) for g in groups}) != 1 or len(groups[0]) < 2:
        return []
    return [dict(zip(kinds, row, strict=True)) for row in zip(*groups, strict=True)]


@functools.lru_cache(maxsize=4)
def _body_lines(label: str) -> re.Pattern[str]:
    return re.compile("^(?:" + label + ")$", re.I | re.M)


def _labelled_cells(text: str, v: Vocab) -> list[tuple[str, int, int, str]]:
    """The label lines of a line: the cells of a line of labelled cells apart by gaps ("Gremium:
    Sozialausschuss      TOP: Ö 5" / "Datum: Di, 02.06.2025      Zuständigkeit: Vorberatung"), each
    a label line of its own, where every cell is one; else the whole line as one, or none."""
    starts = [0, *(m.end() for m in _LABEL_GAP.finditer(text))]
    cells = []
    for a, b in zip(starts, [*starts[1:], len(text)], strict=True):
        cell = _block_line(text[a:b], v) if len(starts) > 1 else None
        if cell is None:
            whole = _block_line(text, v)
            return [whole] if whole else []
        cells.append((cell[0], a + cell[1], a + cell[2], cell[3]))
    return cells


def _block_line(text: str, v: Vocab) -> tuple[str, int, int, str] | None:
    """(kind, start, end, value) of a label line "Termin: Mi, 08.02.2023", or of a bare
    status line "nichtöffentlich"."""
    if ":" in text or "\t" in text or "  " in text:  # a label ends in one of these
        for kind, pat in v.block_labels:
            m = pat.fullmatch(text)
            if m:
                return kind, m.start(), m.end("v"), m["v"]
    if len(text.split()) > 2 or ":" in text:
        return None
    st = status(text, v)
    if st and st[1] is not None and st[0] is None:
        return "public", len(text) - len(text.lstrip()), len(text.rstrip()), text.strip()
    return None


def read_run(doc: Document, run: list[dict[str, tuple[int, int, str]]], v: Vocab) -> list[Consultation]:
    """The meetings of a run of blocks (labelled cells: their offsets and values by kind), where each gives a body
    and a day, two blocks or more; else none."""
    return list(_run_records(doc, run, v))


def _run_records(doc: Document, run: list[dict[str, tuple[int, int, str]]], v: Vocab) -> Iterator[Consultation]:
    read = []
    for block in (b for b in run if b):
        if "body" not in block or "date" not in block:
            return  # every block of the run names a body and a date, or none is read
        dates, body = find_dates(block["date"][2], months=True), clean_body(block["body"][2])
        if not dates or not body or dates[0].precision != "day":
            return
        pst = status(block["public"][2], v) if "public" in block else _item_status(block, v) or _date_status(block, v)
        rst = status(block["role"][2], v) if "role" in block else None
        read.append((block, body, dates[0].iso, rst[0] if rst else None, pst[1] if pst else None))
    if len(read) < 2:
        return
    for block, body, iso, role, public in read:
        yield consultation(
            body,
            v,
            span=doc.span(min(b[0] for b in block.values()), max(b[1] for b in block.values())),
            meeting_date=iso,
            role=role,
            public=public,
            method="key_value.blocks",
        )


def _date_status(block: dict[str, tuple[int, int, str]], v: Vocab) -> tuple[str | None, bool | None] | None:
    """The session's status as a piece of the date's cell after a comma ("Termin: 22.04.2027, 17:00 Uhr,
    nichtöffentlich"), where no cell of its own gives it; None where no piece is a status alone."""
    said = (status(piece, v) for piece in block["date"][2].split(",")[1:])
    return next((s for s in said if s is not None and s[0] is None and s[1] is not None), None)


def _item_status(block: dict[str, tuple[int, int, str]], v: Vocab) -> tuple[str | None, bool | None] | None:
    """The session's status from an item's cell whose number follows the session's letter
    ("TOP: Ö 5", "TOP: N 3"); None for a bare number."""
    value = block["item"][2].split() if "item" in block else []
    if len(value) != 2 or not value[1][:1].isdigit():
        return None
    return status(value[0], v)


def from_key_values(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """One consultation from a header form with a body label and a meeting date label: the value
    after the label's colon, in the next cell of its line, or, where the label stands alone on its
    line ("Gremium:" / "Sozialausschuss"), on the lines under it; labels stacked one per line take
    the values under them by order."""
    found = _form_values(sv.lines_in(0, min(len(doc.text), FIRST_PAGE_CHARS)), v)
    day = found.get("day")
    if (
        "date" not in found
        and "body" in found
        and day
        and _WEEKDAY.match(day[3])
        and 0 <= day[0] - found["body"][0] <= 2
    ):
        found["date"] = day  # "Gremium: Sozialausschuss" over "Datum: Mo, 20.07.2015"
    if "body" not in found or "date" not in found or abs(found["body"][0] - found["date"][0]) > 8:
        return
    dates, body = find_dates(found["date"][3]), clean_body(found["body"][3])
    public = status(found["public"][3], v) if "public" in found else None
    role = status(found["role"][3], v) if "role" in found else None
    if not dates or not body or find_dates(found["body"][3]):
        return
    used = [found[k] for k, st in (("body", 1), ("date", 1), ("public", public), ("role", role)) if k in found and st]
    yield consultation(
        body,
        v,
        span=doc.span(min(u[1] for u in used), max(u[2] for u in used)),
        meeting_date=dates[0].iso,
        role=role[0] if role else None,
        public=public[1] if public else None,
        method="key_value",
    )


def _form_values(lines: list[Line], v: Vocab) -> dict[str, tuple[int, int, int, str]]:
    """kind -> (line number among the filled lines, label start, value end, value) of the labels
    of a header form.

    >>> from pipeline.structure import split_lines
    >>> from extractors import load_resources
    >>> from extractors.consultations.vocab import vocab
    >>> text = "Gremium:\\n\\nSozialausschuss Öffentlichkeitsstatus:\\n\\nöffentlich\\nSitzungsdatum:\\n05.12.2024"
    >>> {k: x[3] for k, x in _form_values(split_lines(text, 0, len(text)), vocab(load_resources())).items()}
    {'body': 'Sozialausschuss', 'public': 'öffentlich', 'date': '05.12.2024'}
    """
    found: dict[str, tuple[int, int, int, str]] = {}
    waiting: list[tuple[str | None, int, int]] = []  # labels alone, waiting for their values: (kind, line, start)
    values: list[tuple[int, str]] = []  # the values of the lines after them
    filled = [ln for ln in map(_undashed, lines) if ln.text.strip() and not header(ln.text, v)]

    def settle() -> None:
        """Pair the waiting labels with the values under them, by order, where the counts agree
        (or one label holds a value that wraps)."""
        if waiting and values and (len(values) == len(waiting) or len(waiting) == 1):
            for (kind, i, start), (vstart, value) in zip(waiting, values, strict=False):
                if kind is not None and kind not in found:
                    found[kind] = (i, start, vstart + len(value), value)
        if values:
            waiting.clear()
            values.clear()

    for i, line in enumerate(filled):
        parts = [
            (m.start() + line.start + a, m.group()[a:b])
            for m in _CELL.finditer(line.text)
            for a, b in _label_cells(m.group())
        ]
        taken = -1  # a part read as the value of the label before it
        for j, (start, text) in enumerate(parts):
            if j == taken:
                continue
            hit = next(((k, m) for k, pat in v.key_values if (m := pat.fullmatch(text)) and k not in found), None)
            if hit is None:
                if _LABEL_ALONE.fullmatch(text.strip()):
                    settle()
                    waiting.append((None, i, start))  # a label of the form that is no consultation's
                elif _LABEL_ALONE.match(text.strip()):
                    settle()  # "Tagesordnungspunkt: 7": a label with its value ends the values above
                    waiting.clear()
                elif waiting:
                    values.append((start + len(text) - len(text.lstrip()), text.strip()))
                continue
            kind, m = hit
            value, vstart = (m["v"] or "").strip(), start + (m.start("v") if m["v"] else len(text))
            if not value and j + 1 < len(parts):  # "Gremium:\tSozialausschuss"
                vstart, value, taken = parts[j + 1][0], parts[j + 1][1].strip(), j + 1
            if value:
                settle()
                waiting.clear()
                found[kind] = (i, start, vstart + len(value), value)
            elif text.rstrip().endswith(":"):  # "Gremium:" alone, its value on the lines under it
                settle()
                waiting.append((kind, i, start))
    settle()
    return found


def _undashed(line: Line) -> Line:
    """A line of a list set one label or value per line without its dash ("- Gremium:" / "- Sozialausschuss")."""
    m = _DASH.match(line.text)
    return line if m is None else Line(line.start + m.end(), line.end, line.text[m.end() :])


def _label_cells(cell: str) -> list[tuple[int, int]]:
    """(start, end) of the parts of a cell cut before each further label.

    >>> [c[a:b] for c in ["Sozialausschuss Öffentlichkeitsstatus: öffentlich"] for a, b in _label_cells(c)]
    ['Sozialausschuss', 'Öffentlichkeitsstatus: öffentlich']
    """
    cuts = [(m.start(), m.end()) for m in _NEXT_LABEL.finditer(cell)]
    starts = [0] + [e for _, e in cuts]
    ends = [s for s, _ in cuts] + [len(cell)]
    return list(zip(starts, ends))


def from_headings(doc: Document, v: Vocab) -> Iterator[Consultation]:
    """A meeting heading ("Bekanntgabe im Kommunalausschuss am 04.02.2021") over its session status."""
    for m in v.heading.finditer(doc.text):
        after = _SESSION.match(doc.text, m.end())
        st = status(after.group(1), v) if after else None
        if not after or not st or st[1] is None:
            continue
        body, dates = clean_body(m["body"]), find_dates(m["date"] or "")
        if m["link"].strip().lower() == "des":  # "Beschluss des Sozialausschusses"
            body = nominative(body, v)
        body = re.sub(r"(?<=\d) \.(?= )", ".", body)  # "des 25 . Stadtbezirkes" as a text layer spaces it
        role = (status(m["code"] or "", v) or status(m["role"], v) or (None, None))[0]
        yield consultation(
            body,
            v,
            span=doc.span(m.start(), after.end(1)),
            meeting_date=dates[0].iso if dates else None,
            role=role,
            public=st[1],
            method="heading",
        )
    yield from from_session_titles(doc, v)  # "Vorlage zur Beschlussfassung" / "für die Sitzung des X am D"


_LEAD_WORDS = words(*ARTICLES, "prepositions", "contractions", "conjunctions")


def led(body: str, v: Vocab) -> bool:
    """Whether an article, preposition or conjunction stands before the body's head word: a phrase
    about a body ("Schreiben an den Sozialausschuss"), not its name; a word whose rest the compound
    after it gives stays ("Kinder- und Jugendhilfeausschuss")."""
    found = heads(body, v)
    lead = body[: found[0].start()].split() if found else []
    return any(w.lower() in _LEAD_WORDS and not (k and lead[k - 1].endswith("-")) for k, w in enumerate(lead))


def from_meeting_lines(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """A line that names a body's meeting, its date after "vom" or "am" and its session status after
    a comma, maybe a number after them and a label before ("Vorgang: Ausschuss für Umwelt und Technik
    vom 16.07.2019, öffentlich, Nr. 398"): the body names a body by its head word and reads as a name,
    the status is a public or closed session's word (a role alone is no such line)."""
    for line in sv.lines:
        text = line.text
        if not _MEETING_DAY.search(text):
            continue
        m = (_MEETING_LINE.fullmatch(text) if "," in text else None) or _MEETING_DASHED.fullmatch(text)
        if m is None:
            continue
        st, body, dates = status(m["status"], v), clean_body(m["body"]), find_dates(m["date"])
        if st is None or st[1] is None or not dates or dates[0].precision != "day":
            continue
        if len(body.split()) > _NAME_WORDS or not headed(body, v) or not namelike(body) or led(body, v):
            continue
        yield consultation(
            body,
            v,
            span=doc.span(line.start + m.start("body"), line.start + m.end("status")),
            meeting_date=dates[0].iso,
            role=st[0],
            public=st[1],
            method="meeting_line",
        )
