"""Members in lists and tables after a sentence or heading that introduces them.

Bullets (also numbered, or lost in the layout), labelled sub-lists ("Vertreter der
Verwaltung:"), "Mitglieder: A, B und C" lines, lines under a list item that starts with the
group ("- Begleitgruppe / Einbezug von Kreisrätinnen und Kreisräten"), and table rows, whose
member column is the one whose header names institutions.

A header row ("Institution | Vertretung", "Name | Funktion | Institution") is never a member.
A members table ends where it does: at a blank line followed by prose, by another header
("Handlungsfeld | Ziel | Maßnahmen") or by a row of other columns or without an organisation,
office or person in its member cell ("Sprache | Kurse ausbauen"); its header repeated after a
page break goes on with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extractors.german import enumerations, nlp
from extractors.german.enumerations import strip_end
from extractors.resources import Resources
from pipeline.structure import Line
from pipeline.structure.prose import Layout

from .member_rules import CHAIR_MARK, Chair, MemberRow, MemberRules, enumeration, holds, org_items
from .sectors import classify, is_person, sector_rules


def item_lines(rows: list[MemberRow], layout: Layout, seg_no: int, at: int, rules: MemberRules, res: Resources) -> None:
    """Lines under a list item that starts with the group: "Einbezug von Kreisrätinnen und Kreisräten"."""
    seg = layout.segs[seg_no]
    if seg.kind != "item" or at > seg.body + 2:
        return
    text = layout.flat.text
    entries: list[list[int]] = []
    for m in list(re.finditer(r"[^\n\f]+", text[seg.start : seg.end]))[1:]:
        a, b = seg.start + m.start(), seg.start + m.end()
        prev = text[entries[-1][0] : entries[-1][1]] if entries else ""
        if entries and (
            m.group().strip()[:1].islower() or re.search(r"(?:\b(?:der|des|die|und|oder|von|für)|-)\s*$", prev)
        ):
            entries[-1][1] = b  # a line wrapped inside one entry
        else:
            entries.append([a, b])
    for a, b in entries:
        lead = rules.leads.match(text, a)
        if lead:
            enumeration(rows, text, lead.end(), b, rules, res, "item")


def list_members(
    rows: list[MemberRow],
    layout: Layout,
    seg_no: int,
    taken: list[int],
    rules: MemberRules,
    res: Resources,
    colon: bool = False,
) -> Chair | None:
    """Bullets, labelled sub-lists and table rows right after a sentence that introduces them
    (``colon``: a sentence ending in a colon, which a paragraph may go on)."""
    text = layout.flat.text
    label: str | None = None
    chair: Chair | None = None
    column: int | None = None
    table: _Table | None = None  # the members table being read
    segs = layout.segs
    listing = False
    for n in range(seg_no, len(segs)):
        seg = segs[n]
        # "1. Sozialamt" before "2. Jobcenter" (or the last one) reads as a heading
        numbered = (
            seg.kind == "heading"
            and bool(_NUMBER.match(text, seg.start))
            and (
                listing
                or n + 1 < len(segs)
                and (
                    segs[n + 1].kind == "item"
                    or bool(_NUMBER.match(text, segs[n + 1].start))
                    and segs[n + 1].kind == "heading"
                )
            )
        )
        listing = seg.kind == "item" or numbered
        lead = rules.leads.match(text, seg.start) if seg.kind in ("para", "item") else None
        if lead and text[seg.start : lead.end()].rstrip().endswith(":"):  # "Mitglieder: Sozialamt, Jobcenter ..."
            enumeration(rows, text, lead.end(), seg.end, rules, res, "list")
            break
        # lines of cells set apart by gaps (a table in a PDF's text layer) read as table rows
        # (a lone one, on a page of its own or after a blank line, may read as a heading)
        gap_rows = (
            _gap_rows(text, seg.start, seg.end)
            if seg.kind == "para"
            or seg.kind == "heading"
            and not numbered
            or (seg.kind == "item" and seg.body == seg.start)
            else None
        )
        if seg.kind == "label":
            label = text[seg.start : seg.end].strip(" :")
        elif numbered and not holds(taken, seg.start, seg.end):
            body = _NUMBER.match(text, seg.start).end()  # type: ignore[union-attr]
            chair = _list_item(rows, text, body, seg.end, label, res) or chair
        elif seg.kind == "item" and gap_rows is None and not holds(taken, seg.start, seg.end):
            chair = _list_item(rows, text, seg.body, seg.end, label, res) or chair
        elif (
            seg.kind == "para" and gap_rows is None and n == seg_no and colon
        ):  # "... sind vertreten:" / page break / "die Caritas ..."
            unit = layout.units[layout.unit_at(seg.start)]
            for item in org_items(text, unit.start, unit.end, res):
                rows.append(MemberRow(item.name_start, item.end, item.name, label, method="list"))
            break
        elif seg.kind == "row" or gap_rows is not None:
            lines = gap_rows if gap_rows is not None else [_cells(text[seg.start : seg.end].split("\n")[0], seg.start)]
            stop = False
            for k, cells in enumerate(lines):
                words = [c for _, _, c in cells]
                header = _is_header(words, table is None, rules, res)
                if table is not None and (
                    header or len(cells) != table.width or k == 0 and _blank_before(text, segs[n - 1].end, seg.start)
                ):
                    # a blank line, another header or other columns: the table goes on only with
                    # its header repeated (a page break) or a row of its columns that names a member
                    if (
                        header
                        and words != table.header
                        or not header
                        and not (len(cells) <= table.width and _names_member(cells, table.column, rules, res))
                    ):
                        stop = True
                        break
                if table is None:
                    table = _Table(len(cells), words if header else [], None)
                if header:
                    column = table.column = _member_column(words, rules)
                    continue
                chair = _table_row(rows, cells, column, label, rules, res) or chair
            if stop or gap_rows is not None and gap_rows[-1][-1][1] < len(text[: seg.end].rstrip()):
                break  # the block goes on with prose after its rows
        else:
            break
    return chair


_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-z][.)])[ \t]+")


def _list_item(
    rows: list[MemberRow], text: str, start: int, end: int, label: str | None, res: Resources
) -> Chair | None:
    """One bullet: "Caritas-Zentrum Landau", "Caritas: Frau Müller", "Vertreter/in des Jobcenters"."""
    raw = text[start:end]
    marker = CHAIR_MARK.search(raw)
    if marker:
        raw = raw[: marker.start()] + raw[marker.end() :]
    columns = [c for c in re.split(r"[ \t]{2,}|\t", raw.strip()) if c]
    if len(columns) > 1:  # "Sozialamt      Frau Müller": cells set apart by a gap
        lex = nlp.lexicon(res)
        pick = next((c for c in columns if any(lex.mark(w) for w in c.split())), columns[0])
        start, raw = start + raw.index(pick), pick
    left = re.match(r"([^:]{3,80}):\s+\S", raw)  # "Caritas: Frau Müller"
    raw = strip_end((left.group(1) if left else raw).strip(' \t,;–-"„“”'))
    shift = 0
    org = _organisation_of(raw, res)
    if org is not None:
        shift, raw = org
    nom = enumerations.nominative(raw, res)
    value = re.sub(r"\s+", " ", nom.name)
    if not value:
        return None
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    a = start + lead + shift + nom.offset
    rows.append(MemberRow(a, a + (nom.length or len(raw)) - nom.offset, value, label, bool(marker), "list"))
    return Chair(value, start, end, is_person(value)) if marker else None


_PERSON = re.compile(
    r"(?:Herrn?|Frau)\s+(?:(?:Dr\.|Prof\.)\s*)*[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?|"
    r"(?:Dr\.|Prof\.)\s*[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?"
)


def _organisation_of(raw: str, res: Resources) -> tuple[int, str] | None:
    """The organisation of "Frau Dr. Schmidt, Caritasverband", "Fachbereich Jugend, Familie und
    Soziales, Herr Lang", "Herr Braun (Jobcenter)": the member a person stands for (offset in
    ``raw``, text)."""
    lex = nlp.lexicon(res)

    def org(part: str) -> bool:
        return any(lex.mark(w) is not None for w in part.split())

    for sep in re.finditer(r"\s*(?:,|–|-(?=\s)|\()\s*", raw):
        a, b = raw[: sep.start()].strip(), raw[sep.end() :].rstrip(") ").strip()
        if _PERSON.fullmatch(a) and org(b):
            return sep.end(), b
        if _PERSON.fullmatch(b) and org(a):
            return 0, a
    return None


@dataclass
class _Table:
    width: int  # cells a row has
    header: list[str]  # the cells of its header row, if it has one
    column: int | None  # the member column the header names


def _blank_before(text: str, end: int, start: int) -> bool:
    """Whether a blank line (or a page break) stands between two segments."""
    return bool(re.search(r"\n[ \t]*[\n\f]|\f", text[end:start]))


def _is_header(words: list[str], first: bool, rules: MemberRules, res: Resources) -> bool:
    """A header row: its cells are column words ("Institution | Vertretung", "Name | Funktion");
    the first row of a table also when some are and no cell names an organisation or office
    ("Institution | Bemerkungen zur Besetzung")."""
    filled = [w for w in words if w]
    if not filled:
        return False
    known = [w for w in filled if rules.headers.match(w)]
    if len(known) == len(filled):
        return True
    lex = nlp.lexicon(res)
    return first and bool(known) and not any(lex.mark(x) for w in filled for x in w.split())


def _names_member(cells: list[tuple[int, int, str]], column: int | None, rules: MemberRules, res: Resources) -> bool:
    """Whether a row's member cell names an organisation, office or person, so that the row
    goes on a members table after a blank line ("Sprache | Deutschkurse" does not)."""
    k = column if column is not None else 0
    if k >= len(cells) or not cells[k][2] or rules.headers.match(cells[k][2]) or rules.doc_types.match(cells[k][2]):
        return False
    cell = CHAIR_MARK.sub("", cells[k][2])
    lex = nlp.lexicon(res)
    return (
        any(lex.mark(w) for w in re.findall(r"[\w.-]+", cell))
        or bool(_PERSON.search(cell))
        or classify(cell, res) != sector_rules(res).fallback
    )


def _gap_rows(text: str, start: int, end: int) -> list[list[tuple[int, int, str]]] | None:
    """The cells of the lines at the start of a block that gaps cut into short cells
    ("Jobcenter Kreis Mettmann    Herr Petersen", the view's :attr:`Line.columns`: tab, wide gap
    or bar), or None when its first line is no such row (prose, even justified with wide
    spaces, has long cells or ends lines in punctuation)."""
    out = []
    for m in re.finditer(r"[^\n\f]+", text[start:end]):
        line = m.group().strip()
        at = start + m.start() + len(m.group()) - len(m.group().lstrip())
        cells = Line(at, at + len(line), line).columns
        lower = sum(c[:1].islower() for _, _, c in cells)  # justified prose: "und  der  Caritas"
        if (
            not 2 <= len(cells) <= 6
            or 2 * lower >= len(cells)
            or any(len(c) > 80 or len(c.split()) > 8 for _, _, c in cells)
            or re.search(r"[,;:]$|\w{4,}\.$", line)
        ):  # "e. V." may end a row, not a sentence
            break  # a sentence after the table may share its block
        out.append(cells)
    return out or None


def _cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for cell in line.split("\t"):
        lead = len(cell) - len(cell.lstrip())
        out.append((offset + pos + lead, offset + pos + len(cell.rstrip()), cell.strip()))
        pos += len(cell) + 1
    return out


def _member_column(headers: Sequence[str], rules: MemberRules) -> int:
    """The column of a members table that names the members: institutions before persons."""
    for k, h in enumerate(headers):
        if rules.org_header.match(h):
            return k
    for k, h in enumerate(headers):
        if h and not rules.person_header.match(h):
            return k
    return 0


def _table_row(
    rows: list[MemberRow],
    cells: list[tuple[int, int, str]],
    column: int | None,
    label: str | None,
    rules: MemberRules,
    res: Resources,
) -> Chair | None:
    if column is None:  # no header: the first cell, unless it names a person and another an organisation
        column = 0
        if (
            len(cells) > 1
            and re.match(r"(?:Herr|Frau)\b", cells[0][2])
            and nlp.lexicon(res).head(cells[1][2].split()[0] if cells[1][2] else "") is not None
        ):
            column = 1
    if column >= len(cells) or not cells[column][2]:
        return None
    a, b, cell = cells[column]
    if rules.headers.match(cell) or rules.doc_types.match(cell):  # a column word or running header is no member
        return None
    marker = any(CHAIR_MARK.search(c) or re.fullmatch(r"Vorsitz\w*", c) for _, _, c in cells)
    cell = CHAIR_MARK.sub("", cell)
    org = _organisation_of(cell, res)
    shift, cell = org if org is not None else (0, cell)
    nom = enumerations.nominative(cell, res)
    if not nom.name:
        return None
    rows.append(
        MemberRow(a + shift + nom.offset, a + shift + (nom.length or len(cell)), nom.name, label, marker, "table")
    )
    if not marker:
        return None
    # "Sozialamt | Frau Dr. Harms (Vorsitz)": the marked person of an institution's row chairs the
    # group; an office's row ("Bürgermeister | Herr Schulz (Vorsitz)") names the chair by its office
    head = nlp.lexicon(res).head(nom.name.split()[0].strip(","))
    for k, (pa, _pb, person) in enumerate(cells if head is None or head.label != "OFFICE" else []):
        named = CHAIR_MARK.sub("", person).strip()
        if k != column and CHAIR_MARK.search(person) and is_person(named) and _PERSON.match(named):
            return Chair(named, pa, pa + len(named), True)
    return Chair(nom.name, a, b, False)
