"""steering_misses: the steering groups and members the family saw and did not read.

Asked after the readers, with the groups they read (a pure function of the document, its
records and its view); a group read without members is a miss where the document shows who
sits in it or says that it acts:

- ``steering_group_without_members``: a list is announced after the group's evidence, a cue
  ("setzt sich wie folgt zusammen", "Mitglieder") and a colon with a list after it, or a cue in
  a sentence that enumerates ("Ihr sollen das Sozialamt, der Helferkreis Asyl und das
  Landratsamt angehören"); and a group read with members where the table after its cue has a
  row without a member read (rows an export set apart by blank lines, wrapped over lines or
  with two cells joined by one space), or where one member was read over several entries of
  the list after it; and a group without members whose name a colon and a list naming persons
  follow (:mod:`.partial`);
- ``steering_group_members_not_found``: any other group without members that the document sets
  up or gives a task ("Eine Steuerungsgruppe soll den Prozess begleiten"), or has act on the
  concept ("die Koordinierungsgruppe hat den Bericht beschlossen"): who sits in it is to be
  looked up (the words of the readers: ``establish``, ``task``, ``task_object``, ``acted``);

and, asked only of a document about an integration concept (:func:`concept_misses`, the
comparison's facts):

- ``group_without_members``: a group named by its head word ("…gruppe", "…kreis", "…runde",
  "…gremium", "…forum") that is set up, tasked or given members in its sentence, followed by an
  enumeration or a list of three or more names, and no member read there; or set up or tasked
  ("wird eingerichtet", "steuert den Prozess") with no group read at all. Not a group the readers
  leave by their words: one whose first part names other works ("Auswahlgremium", as
  ``not_process_modifiers``), or one the document sets aside for a group read ("Statt einer
  Steuerungsgruppe … schlägt die Verwaltung einen Steuerungskreis vor", as ``replaced_before``),
  wherever else it is named (the motion quoted).

Words: the family's own ``resources/steering.yaml`` (its ``misses`` and the readers' patterns).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from extractors.fastre import word_finditer
from extractors.german.lists import LIST_REACH, Item, enumerated, items_after, listed
from extractors.misses import Miss, clip, miss_words, overlaps
from extractors.resources import Resources, typed
from pipeline.document import Document
from pipeline.records import ActionField, Consultation, Record, SteeringGroup
from pipeline.structure import Line, View

from .partial import persons_listed

GROUP_REACH = 700  # characters after a steering group's evidence where its member list may start
CUE_REACH = 120  # characters between a cue ("setzt sich zusammen") and the colon before the list
LIST_MIN = 3  # names of a list or enumeration that make it one
FIELDS_MIN = 2  # members read as Handlungsfelder too that make the list one of fields
SHOWN = 300  # characters of a sentence shown as the evidence
TABLE_REACH = 1500  # characters after a cue's colon where the rows of its table may stand
ALIGN = 2  # characters a row's second column may stand off the table's
RUN_LINES = 3  # lines of a list one member read over that make it entries run together
SET_ASIDE_REACH = 40  # characters before a group word where the words setting it aside stand (as the readers look)

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LATER_WORD = re.compile(r"(?<= )\S")  # a word after a space: where a cell an export joined by one space may start


@dataclass(frozen=True)
class Words:
    """The family's words for its misses, compiled (``steering.yaml``)."""

    group_head: re.Pattern[str]  # a group named by its head word ("Lenkungsgruppe", "Begleitgremium")
    group_cue: re.Pattern[str]  # the group set up, tasked or given members in its sentence
    group_setup: re.Pattern[str]  # the group set up or given a task
    members: re.Pattern[str]  # a list of members announced ("setzt sich wie folgt zusammen")
    establish: re.Pattern[str]  # the readers' words: the group is set up
    task: re.Pattern[str]  # ... given a task
    task_object: re.Pattern[str]  # ... in the process
    acted: re.Pattern[str]  # ... acted on the concept
    other_works: re.Pattern[str]  # a group noun whose first part names other works ("Auswahlgremium")
    replaced_before: re.Pattern[str]  # the words before a group set aside for another ("Statt einer")


def words(res: Resources) -> Words:
    """The compiled words of ``steering.yaml`` for the misses (built once per resource set)."""
    return res.compiled(build_words)


def build_words(res: Resources) -> Words:
    readers = typed.steering(res)  # the readers' own patterns, as they match
    nouns = sorted({n for e in readers.entries for n in (e.stem, e.head)}, key=len, reverse=True)
    firsts = sorted(readers.not_process_modifiers, key=len, reverse=True)
    other = rf"(?i)(?:{'|'.join(map(re.escape, firsts)) or '(?!)'})-?(?:{'|'.join(map(re.escape, nouns))})"
    head, cue, setup, members = miss_words(res, "steering", ("group_head", "group_cue", "group_setup", "members"))
    establish, task, task_object, acted = (
        re.compile(p, readers.flags) for p in (readers.establish, readers.task, readers.task_object, readers.acted)
    )
    return Words(
        head,
        cue,
        setup,
        members,
        establish,
        task,
        task_object,
        acted,
        re.compile(other),
        re.compile(readers.replaced_before),
    )


def misses(doc: Document, records: Sequence[Record], res: Resources, sv: View) -> Iterator[Miss]:
    """The groups read without members whose members the document announces, or that it sets up,
    tasks or has act (``steering_group_without_members``, ``steering_group_members_not_found``)."""
    w = words(res)
    groups = [r for r in records if isinstance(r, SteeringGroup)]
    fields = [(r.span.start, r.span.end) for r in records if isinstance(r, ActionField)]
    read_consultations = [(r.span.start, r.span.end) for r in records if isinstance(r, Consultation)]
    read_members = [(m.span.start, m.span.end) for g in groups for m in g.members]
    for g in groups:
        if g.members:
            if (rows := table_after_group(doc, sv, groups, g, w)) is not None:
                yield rows
            elif (twice := read_as_fields(g, fields)) is not None:
                yield twice
            continue
        name = g.group_name or "Steuerungsgruppe"
        listed_after = list_after_group(doc, sv, groups, g, w)
        if listed_after is not None:
            yield listed_after
        elif named := persons_listed(doc, g, read_members + fields + read_consultations):
            yield Miss(
                "steering_group_without_members",
                doc.span(named[0].start(), named[-1].end()),
                f"{name}: die Liste nach der Gruppe nennt {len(named)} Personen "
                f"(z. B. «{clip(named[0].group(0), 40)}»), kein Mitglied erfasst",
            )
        elif set_up_or_tasked(doc, sv, g, w):
            yield Miss(
                "steering_group_members_not_found",
                g.span,
                f"{name}: eingerichtet oder beauftragt, keine Mitglieder gefunden",
            )
        elif acted_in_process(doc, sv, g, w):
            yield Miss(
                "steering_group_members_not_found", g.span, f"{name}: im Prozess tätig, keine Mitglieder genannt"
            )


def set_up_or_tasked(doc: Document, sv: View, g: SteeringGroup, w: Words) -> bool:
    """Whether the sentence of a group's evidence sets it up ("wird eingerichtet") or gives it a
    task in the process ("soll den Prozess begleiten"), by the words of the readers."""
    lo, hi = sv.sentence_at(g.span.start)
    said = doc.text[lo : max(hi, g.span.end)]
    if w.establish.search(said):
        return True
    return bool(w.task.search(said) and w.task_object.search(said))


def acted_in_process(doc: Document, sv: View, g: SteeringGroup, w: Words) -> bool:
    """Whether the sentence of a group's evidence has it act on the concept or report ("hat den
    Bericht beschlossen"), by the words of the readers."""
    lo, hi = sv.sentence_at(g.span.start)
    return bool(w.acted.search(doc.text[lo : max(hi, g.span.end)]))


def list_after_group(doc: Document, sv: View, groups: list[SteeringGroup], g: SteeringGroup, w: Words) -> Miss | None:
    """The miss of a group without members whose evidence is followed by an announced list: a cue
    ("setzt sich wie folgt zusammen", "Mitglieder") and a colon with a list after it, or a cue in
    a sentence that enumerates; None when there is none."""
    for cue, colon in cues(doc, sv, groups, g, w):
        if colon >= 0 and listed(sv, colon + 1) >= 2:
            line_start = doc.text.rfind("\n", 0, cue.start()) + 1
            span = doc.span(line_start, colon + 1)
        else:
            lo, hi = sv.sentence_at(cue.start())
            if enumerated(doc.text[lo:hi]) < 3:
                continue
            span = doc.span(lo, hi)
        return Miss(
            "steering_group_without_members",
            span,
            f"{g.group_name or 'Steuerungsgruppe'}: Mitglieder nach «{clip(cue.group(0), 40)}» aufgezählt, "
            "keines erfasst",
        )
    return None


def read_as_fields(g: SteeringGroup, fields: list[tuple[int, int]]) -> Miss | None:
    """The miss of a group whose members are, most of them, the text of Handlungsfelder read (one
    list read twice: "Arbeitsgruppen zu folgenden Handlungsfeldern gebildet: Bildung, …" taken
    for the members, while the sentence naming them was not read); None otherwise."""
    twice = [m for m in g.members if overlaps(m.span.start, m.span.end, fields)]
    if len(twice) < FIELDS_MIN or 2 * len(twice) < len(g.members):
        return None
    return Miss(
        "steering_group_members_not_found",
        twice[0].span,
        f"{g.group_name or 'Steuerungsgruppe'}: {len(twice)} der {len(g.members)} Mitglieder sind als "
        f"Handlungsfelder gelesen (z. B. «{clip(twice[0].member, 40)}»); die Mitglieder sind zu prüfen",
    )


def cues(
    doc: Document, sv: View, groups: list[SteeringGroup], g: SteeringGroup, w: Words
) -> Iterator[tuple[re.Match[str], int]]:
    """The cues of a member list after a group's evidence (up to the next group; as far as its
    first member read where that stands further on), each with the colon after it in its
    sentence (-1 when there is none)."""
    later = [x.span.start for x in groups if x.span.start > g.span.start]
    first = min((m.span.start for m in g.members), default=0)
    end = min([max(g.span.end + GROUP_REACH, first), *sorted(later)[:1], len(doc.text)])
    for cue in w.members.finditer(doc.text, g.span.start, end):
        colon = doc.text.find(":", cue.end(), cue.end() + CUE_REACH)
        same = colon >= 0 and sv.sentence_index(cue.end() - 1) == sv.sentence_index(colon)
        yield cue, colon if same else -1


def table_after_group(doc: Document, sv: View, groups: list[SteeringGroup], g: SteeringGroup, w: Words) -> Miss | None:
    """The miss of a group read with rows of the table its cue announces left out: after "setzt
    sich wie folgt zusammen:" the rows of :func:`table_rows`; the first row is the header unless a
    member was read from it (and so is its repetition after a page break); a row without a member
    read is lost. In a list without columns (one entry a line, as an export sets a table's column
    under the other) a member read over :data:`RUN_LINES` lines or more is several entries run
    together."""
    read = [(m.span.start, m.span.end) for m in g.members]
    for cue, colon in cues(doc, sv, groups, g, w):
        if colon < 0:
            continue
        block = table_lines(sv, colon + 1)
        rows = table_rows(sv, colon + 1, block)
        line_start = doc.text.rfind("\n", 0, cue.start()) + 1
        if rows is None:
            run = ran_together(g, block)
            if run is None:
                return None
            return Miss(
                "steering_group_without_members",
                doc.span(line_start, colon + 1),
                f"{g.group_name or 'Steuerungsgruppe'}: «{clip(run, 40)}» steht über mehrere Zeilen der Liste "
                f"nach «{clip(cue.group(0), 40)}»; die Mitglieder sind zu prüfen",
            )
        if len(rows) < LIST_MIN:
            return None
        header = 0 if any(overlaps(ln.start, ln.end, read) for ln in rows[0]) else 1
        if header:  # and its repetition after a page break
            head = rows[0][0].text.split()
            rows = [rows[0], *(r for r in rows[1:] if r[0].text.split() != head)]
        unread = [r for r in rows[header:] if not any(overlaps(ln.start, ln.end, read) for ln in r)]
        if not unread:
            return None
        return Miss(
            "steering_group_without_members",
            doc.span(line_start, colon + 1),
            f"{g.group_name or 'Steuerungsgruppe'}: eine Tabelle mit {len(rows) - header} Zeilen nach "
            f"«{clip(cue.group(0), 40)}», {len(unread)} ohne erfasstes Mitglied "
            f"(z. B. «{clip(unread[0][0].text, 40)}»); {len(g.members)} Mitglied(er) erfasst",
        )
    return None


def table_rows(sv: View, at: int, block: list[Line]) -> list[list[Line]] | None:
    """The rows of the table after ``at`` whose first block is ``block`` (:func:`table_lines`),
    each its first line and the rests of its cells on the lines after it; None when the block has
    no line of two columns (no table). A row starts on a line of two columns or more (tabs, or
    gaps as ``pdftotext -layout`` sets them: "Jobcenter Neumünster   Herr Petersen") that starts
    with a capital, or, where spaces set the columns, on a line at the rows' indent with a word
    that starts where the second column does (two cells an export joined by one space:
    "Zivilgesellschaft zwei Mitglieder"); a line of a wrapped cell ("Neumünster e. V.") goes on
    with its row. The table ends at a blank line unless a row follows it whose second column
    stands where the table's does (rows an export set apart by blank lines; not a page's footer
    or the heading after it)."""
    wide = [ln for ln in block if len(ln.columns) >= 2]
    if not wide:
        return None
    indent = Counter(len(ln.text) - len(ln.text.lstrip()) for ln in wide).most_common(1)[0][0]
    second = Counter(ln.columns[1][0] - ln.start for ln in wide).most_common(1)[0][0]
    aligned = all("\t" not in ln.text for ln in wide) and 2 * sum(
        abs(ln.columns[1][0] - ln.start - second) <= ALIGN for ln in wide
    ) >= len(wide)
    rows: list[list[Line]] = []
    gap = False
    for ln in sv.lines_in(at, min(len(sv.text), at + TABLE_REACH)):
        text = ln.text.rstrip()
        if not text.strip():
            gap = bool(rows)
            continue
        lead = len(text) - len(text.lstrip())
        cols = ln.columns
        run_in = (
            aligned
            and lead == indent
            and any(abs(m.start() - second) <= ALIGN for m in _LATER_WORD.finditer(text, lead + 1))
        )
        starts = text.lstrip()[:1].isupper() and (len(cols) >= 2 or (run_in and not text.endswith(":")))
        if gap and not (starts and len(cols) >= 2 and abs(cols[1][0] - ln.start - second) <= ALIGN):
            break  # after a blank line only a row of the table's columns goes on with it
        gap = False
        if starts or not rows:
            rows.append([ln])
        else:
            rows[-1].append(ln)
    return rows


def ran_together(g: SteeringGroup, block: list[Line]) -> str | None:
    """The first member of ``g`` read over :data:`RUN_LINES` lines or more of ``block`` (a list
    one entry a line, "Caritas im Norden, Region Westmecklenburg" and the entries after it taken
    for one member), each line but the last an entry of its own (:func:`entry_line`); None when
    there is none."""
    if not block:
        return None
    for m in g.members:
        if not block[0].start <= m.span.start < block[-1].end:
            continue
        spanned = [ln for ln in block if overlaps(ln.start, ln.end, [(m.span.start, m.span.end)])]
        if len(spanned) >= RUN_LINES and all(entry_line(ln.text) for ln in spanned[:-1]):
            return m.member
    return None


def table_lines(sv: View, at: int) -> list[Line]:
    """The lines of the block after ``at`` (blank lines before it skipped), up to a blank line."""
    out: list[Line] = []
    for ln in sv.lines_in(at, min(len(sv.text), at + LIST_REACH)):
        if ln.text.strip():
            out.append(ln)
        elif out:
            break
    return out


def entry_line(text: str) -> bool:
    """Whether a line of a list reads as an entry of its own, not a name wrapped over lines: two
    words or more, the first and the last capitalised (a wrapped name's line ends in a comma or a
    joining word: "Fachdienst Soziales und", "Caritas im Norden,").

    >>> entry_line("Diakonie Westmecklenburg-Schwerin"), entry_line("Fachdienst Soziales und"), entry_line("Landkreis")
    (True, False, False)
    """
    words = text.split()
    return len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper() and words[-1][-1].isalnum()


@dataclass(frozen=True)
class Read:
    """What the readers found, as the groups named in the text are compared with it."""

    members: list[tuple[int, int]]  # the spans of the members read
    fields: list[tuple[int, int]]  # the spans of the Handlungsfelder read (a list read as those)
    consultations: list[tuple[int, int]]  # the spans of the consultations read (a Beratungsfolge after a colon)
    names: list[str]  # the names of the groups read
    empty: list[str]  # the names of the groups read without members

    @classmethod
    def of(cls, records: Sequence[Record]) -> Read:
        groups = [g for g in records if isinstance(g, SteeringGroup)]
        return cls(
            [(m.span.start, m.span.end) for g in groups for m in g.members],
            [(r.span.start, r.span.end) for r in records if isinstance(r, ActionField)],
            [(r.span.start, r.span.end) for r in records if isinstance(r, Consultation)],
            [g.group_name for g in groups if g.group_name],
            [g.group_name for g in groups if g.group_name and not g.members],
        )


def concept_misses(doc: Document, records: Sequence[Record], res: Resources, sv: View) -> Iterator[Miss]:
    """A group set up, tasked or given members, with a list of names after it and no member read
    from there (``group_without_members``): asked of a document about an integration concept."""
    w = words(res)
    read = Read.of(records)
    seen_end = -1
    for head in w.group_head.finditer(doc.text):
        if head.start() < seen_end:
            continue
        found = group_list(doc, sv, head, read, w)
        if found is not None:
            seen_end, miss = found
            yield miss


def group_list(doc: Document, sv: View, head: re.Match[str], read: Read, w: Words) -> tuple[int, Miss] | None:
    """The miss of one group word, with the end of the text it covers; None when its sentence
    neither lists names nor sets it up, or the names were read."""
    if other_works(head.group(0), w) or set_aside(doc, sv, head.group(0), read, w):
        return None  # a group of other works ("Auswahlgremium"), or one the document sets aside for another
    lo, hi = sv.sentence_at(head.start())
    gap = _BLANK_LINE.search(doc.text, head.end(), hi)
    hi = gap.start() if gap else hi  # a list is announced in the group's paragraph, not after a blank line
    colon = doc.text.find(":", head.end(), hi + 1)
    cued = w.group_cue.search(doc.text, lo, colon if colon >= 0 else hi)
    if not cued and not (colon >= 0 and known(head.group(0), read.empty)):
        return None  # a cue before the list (not the list's own words), or a colon after a group without members
    if colon >= 0:
        names = items_after(doc.text, colon + 1, LIST_REACH)
        region_end = max([hi, colon + 1, *(it.end for it in names)])
    elif known(head.group(0), [n for n in read.names if n not in read.empty]):
        return None  # a group read with its members, named again in a sentence that enumerates other things
    else:
        names = [Item(lo, hi, "")] * enumerated(doc.text[lo:hi])
        region_end = hi
    if any(overlaps(lo, region_end, spans) for spans in (read.members, read.fields, read.consultations)):
        return None  # its names were read (as members, as Handlungsfelder, as a Beratungsfolge's bodies)
    shown = doc.span(lo, min(hi, lo + SHOWN))
    if len(names) >= LIST_MIN:
        said = f"{head.group(0)}: {len(names)} Namen dazu aufgezählt, kein Mitglied erfasst"
        return region_end, Miss("group_without_members", shown, said)
    if known(head.group(0), read.names) or not own_setup(doc.text, lo, hi, head, w):
        return None
    said = f"{head.group(0)} wird eingerichtet oder beauftragt; keine Gruppe erfasst"
    return hi, Miss("group_without_members", shown, said)


def other_works(word: str, w: Words) -> bool:
    """Whether a group word's first part names works other than the process, as the readers take it
    (``not_process_modifiers``: "Baubegleitkreis", "Auswahlgremium"): no group of the process, whoever
    sits in it.

    >>> from extractors import load_resources
    >>> w = words(load_resources())
    >>> other_works("Auswahlgremium", w), other_works("Lenkungsgruppe", w)
    (True, False)
    """
    return w.other_works.fullmatch(word) is not None


def set_aside(doc: Document, sv: View, word: str, read: Read, w: Words) -> bool:
    """Whether the document sets the group ``word`` names aside for a group read ("Statt einer
    Steuerungsgruppe aller Fraktionen schlägt die Verwaltung einen Steuerungskreis Integration
    vor"): the words before it replace it (the readers' ``replaced_before``) and its sentence names
    a group read; the group is not set up, where else it is named (a motion quoted)."""
    for m in word_finditer(rf"\b{re.escape(word)}\b", word, doc.text):
        if w.replaced_before.search(doc.text, max(0, m.start() - SET_ASIDE_REACH), m.start()) is None:
            continue
        lo, hi = sv.sentence_at(m.start())
        said = " ".join(doc.text[m.end() : hi].split()).casefold()
        if any(" ".join(n.split()).casefold() in said for n in read.names if n.casefold() != word.casefold()):
            return True
    return False


def own_setup(text: str, lo: int, hi: int, head: re.Match[str], w: Words) -> bool:
    """Whether a word of ``text[lo:hi]`` sets up or tasks the group ``head`` names: no other
    group word stands between them ("die Einrichtung einer Begleitgruppe … Produktgruppe 11.14"
    sets up the Begleitgruppe, not the budget's Produktgruppe)."""
    for setup in w.group_setup.finditer(text, lo, hi):
        a, b = (setup.end(), head.start()) if setup.start() < head.start() else (head.end(), setup.start())
        if not w.group_head.search(text, a, b):
            return True
    return False


def known(word: str, names: list[str]) -> bool:
    """Whether a group word names one of the groups read ("Steuerungsgruppe" and
    "Prozesssteuerungsgruppe", "Steuerungsgruppe „Integrationskonzept“").

    >>> known("Steuerungsgruppe", ["Prozesssteuerungsgruppe"]), known("Arbeitskreis", ["Beirat"])
    (True, False)
    """
    w = word.casefold()
    return any(w in n.casefold() or (n.split() and n.split()[0].casefold() in w) for n in names)


__all__ = ["concept_misses", "misses"]
