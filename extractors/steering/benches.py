"""Members under headings of their own, each heading a line at the margin and its members the lines
indented under it, a page's furniture between them no matter:

    Kommunale Bank
        Landrat Paul Beispiel (Vorsitz)
        Erste Bürgermeisterin der Stadt Nordheim, Frau Greta Muster
    Bank der Träger
        Caritasverband Nordheim e. V.

A heading is a short line (eight words at most) in capitals at its start, with no colon, full stop
or digit; a line indented deeper than the members is the member above it wrapped. Where an export
lost the indents, a member is a line opening with a dash or bullet at the margin, a line there opening in
lower case its wrapped rest. Two headings at
least, each over a member, make the form; a member's line that runs on (a comma or a linking word at its
end, or a single word after its last comma: "…, Kreisrat" / "Klaus Beispiel (SPD)") goes on over the
next line at the members' indent, unless both lines open with a dash or bullet (each its own member:
"– Caritasverband X, Migrationsdienst" / "– Volkshochschule X"); a line at the margin that is no heading
(a sentence after the list) ends it. The headings are the members' labels.

An export may set every line at the margin (:func:`flat_headed_lines`): a heading is then a short
line of capitalised words (and the closed-class words between them) naming no person, with no comma
or bracket, after a member's line that ends closed and before a member; every other line is a member,
or the member above going on where that one runs on (not where both open with a dash) or the line opens
with a bracket ("(CDU),") or in lower case ("und der Freien Wähler"). A
sentence's first word in capitals ("Die Liga benennt …") or a blank line ends the block (not one where
the view left out a page's footer and head a PDF printed inside its page); of two lines of a heading's
form in a row the first is the last member above ("Volkshochschule X" / "Bank der Vereine"). Two headings
at least, each over a member, and persons named in half the members at least, every member opening
with a dash or every heading naming its block by one noun no member holds ("Kommunale Bank", "Bank der
Träger"), or no such form (a list of bodies one a line is none)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import CLASSES, SENTENCE_OPENERS, words
from pipeline.lang.de.names import is_first_name
from pipeline.structure.prose import Segment

from .name_blocks import NAME_WORD

_HEADING = re.compile(r"[A-ZÄÖÜ][^\d:.;\n]{2,80}")
_MARKED = re.compile(markers.charset(markers.DASH_MARKS) + r"[ \t]+\S")  # "– Anna Beispiel, Sportbund"
MAX_WORDS = 8

Entry = tuple[int, int, str]  # flat offsets of a member's line and its heading


def headed_lines(text: str, segs: Sequence[Segment]) -> tuple[list[Entry], int] | None:
    """The members of headed blocks from the first of ``segs`` on, and how many segments they take."""
    entries: list[Entry] = []
    heading: str | None = None
    headings = 0
    margin = indent = -1
    taken = 0
    for k, seg in enumerate(segs):
        at = seg.start
        for line in text[seg.start : seg.end].split("\n"):
            a, b, at = at, at + len(line.rstrip()), at + len(line) + 1
            if not line.strip():
                continue
            depth = len(line) - len(line.lstrip())
            words = line.split()
            if margin < 0:
                margin = depth
            if depth <= margin and heading is not None and _MARKED.match(line, depth):
                entries.append((a + depth, b, heading))  # a member marked at the margin
            elif depth <= margin and heading is not None and _lower_rest(text, line, entries, heading):
                entries[-1] = (entries[-1][0], b, heading)  # its wrapped rest at the margin ("und der …")
            elif depth <= margin and heading is not None and _open_rest(text, line, depth, entries, heading):
                entries[-1] = (entries[-1][0], b, heading)  # its wrapped rest at the margin ("e." / "V.,")
            elif depth <= margin:
                if not _HEADING.fullmatch(line.strip()) or len(words) > MAX_WORDS:
                    return _done(entries, headings, taken)
                if heading is not None and not any(h == heading for *_, h in entries):
                    return None  # a heading over no member
                heading, headings = " ".join(words), headings + 1
            elif heading is None:
                return None
            elif (
                indent >= 0
                and depth == indent
                and entries
                and entries[-1][2] == heading
                and _runs_on(text, entries[-1])
                and not (_MARKED.match(text, entries[-1][0]) and _MARKED.match(line, depth))
            ):
                entries[-1] = (entries[-1][0], b, heading)  # the member above wrapped at the members' indent
            elif indent < 0 or depth == indent:
                indent = depth
                entries.append((a + depth, b, heading))
            elif depth > indent and entries:
                entries[-1] = (entries[-1][0], b, heading)  # a wrapped line of the member above
            else:
                return None
        taken = k + 1
    return _done(entries, headings, taken)


def _lower_rest(text: str, line: str, entries: list[Entry], heading: str | None) -> bool:
    """Whether a line at the margin opening in lower case is the wrapped rest of the member above, marked
    at the margin under the same heading ("– Fraktionen: je ein Mitglied der A, der B" / "und der C")."""
    return (
        bool(entries)
        and entries[-1][2] == heading
        and line.lstrip()[:1].islower()
        and bool(_MARKED.match(text, entries[-1][0]))
    )


# a marked member's line left open: a comma, a linking word or a legal form's first letter at its end
# ("… Landkreis Bamberg e." / "V.," / "Migrationsberatung")
_OPEN_END = re.compile(r"(?:,|\b[a-z]\.)[ \t]*$")


def _open_rest(text: str, line: str, depth: int, entries: list[Entry], heading: str | None) -> bool:
    """Whether a line at the margin, no member marked, is the wrapped rest of the member above, marked at
    the margin under the same heading, whose line it leaves open (:data:`_OPEN_END`, a linking word), or
    which itself ends in a comma, as no heading does ("… und den Landkreis" / "Bamberg e. V.,")."""
    if (
        not entries
        or entries[-1][2] != heading
        or _MARKED.match(line, depth)
        or not _MARKED.match(text, entries[-1][0])
    ):
        return False
    above = text[entries[-1][0] : entries[-1][1]]
    return _OPEN_END.search(above) is not None or above.split()[-1].lower() in _LINKS or line.rstrip().endswith(",")


_LINKS = words(*CLASSES)
_PARTS = re.compile(r",(?![^()]*\))")  # a comma outside brackets


def _runs_on(text: str, entry: Entry) -> bool:
    """Whether a member's line goes on over the next line at the members' indent: it ends with a comma
    or a word linking to what follows ("… für den Kreisverband des" / "Gemeindetags"), or it lists
    several after commas and its last is a single word waiting for its name ("…, Kreisrat" / "Klaus
    Beispiel (SPD)")."""
    line = text[entry[0] : entry[1]].rstrip()
    if line.endswith(",") or _last_word(line) in _LINKS:
        return True
    parts = _PARTS.split(line)
    return len(parts) > 1 and len(parts[-1].split()) == 1 and parts[-1].strip()[:1].isupper()


def _done(entries: list[Entry], headings: int, taken: int) -> tuple[list[Entry], int] | None:
    labels = {h for *_, h in entries}
    if headings < 2 or len(labels) != headings or taken == 0:
        return None
    return entries, taken


_GAPPED = re.compile(r"\S(?:\t|[ ]{2,})\S")  # a gap inside a line: a table's columns
_FLAT_HEADING_WORDS = 5  # words of a heading set at the margin at most
_OPENERS = frozenset(SENTENCE_OPENERS)


def _names_person(line: str) -> bool:
    """Whether a line names a person: a given name the list knows before a capitalised name word."""
    found = [w.strip(",;:()") for w in line.split()]
    return any(is_first_name(a) and NAME_WORD.fullmatch(b) for a, b in zip(found, found[1:], strict=False))


def _closed(text: str, entry: Entry) -> bool:
    """Whether a member's line ends with neither a comma nor a linking word."""
    line = text[entry[0] : entry[1]].rstrip()
    return not line.endswith(",") and _last_word(line) not in _LINKS


def _last_word(line: str) -> str:
    """A line's last word in lower case, after a slash where one joins two ("Bündnis 90/Die": "die")."""
    return line.split()[-1].rsplit("/", 1)[-1].lower()


def _flat_heading(line: str) -> bool:
    """Whether a line at the margin has a heading's form: a few capitalised words, the closed-class words
    between them, no comma, bracket or person ("Städte und Gemeinden", "Kreisverwaltung")."""
    found = line.split()
    return (
        bool(_HEADING.fullmatch(line))
        and len(found) <= _FLAT_HEADING_WORDS
        and not re.search(r"[,()]", line)
        and found[0][:1].isupper()
        and found[0] not in _OPENERS
        and all(w[:1].isupper() or w in _LINKS for w in found)
        and not _names_person(line)
    )


def _block_lines(text: str, start: int, origin: Sequence[int] | None = None) -> list[tuple[int, int, str]]:
    """The lines at the margin from ``start`` on, up to a blank line, an indented line or a page break
    inside a line: each line's span and text. A page break opening a line goes on with the block, and
    so does a blank line before it or where the view left a page's furniture out (``origin``: where each
    character of ``text`` stands in the document), and every single blank line where the export set one
    before the second and the third line (pdfminer.six sets each text box apart)."""
    raw = text[start:].split("\n")
    lines: list[tuple[int, int, str, bool]] = []  # and whether a blank line stood before it
    at, gap = start, False
    spread = False  # blank lines set between the dashed members of a heading (the export's boxes apart)
    for k, line in enumerate(raw):
        a, at = at, at + len(line) + 1
        lead = len(line) - len(line.lstrip("\f"))  # a page break opening the line: the list goes on
        if not line.strip():
            paged = k + 1 < len(raw) and raw[k + 1].startswith("\f") or _left_out(text, a, origin)
            spread = spread or bool(lines) and _dashed_apart(lines[-1][2], raw, k)
            if spread and not gap and _dashed_on(raw, k):
                gap = True
                continue
            if gap or not lines or not (paged or len(lines) < 3 or all(x[3] for x in lines[1:3])):
                break
            gap = not paged
            continue
        if line[lead : lead + 1] in " \t" or "\f" in line[lead:]:
            break
        lines.append((a + lead, a + len(line.rstrip()), line.strip(" \t\f"), gap))
        gap = False
    if not spread and not all(x[3] for x in lines[1:3]):  # no blank line after each box: the first one ends it
        lines = lines[: next((k for k, x in enumerate(lines) if x[3]), len(lines))]
    return [(a, b, line) for a, b, line, _ in lines]


def _left_out(text: str, at: int, origin: Sequence[int] | None) -> bool:
    """Whether the blank line at ``at`` stands where the view left lines out (a page's footer and the next
    page's head a PDF printed inside its page): the document's text between the lines around it is longer."""
    if origin is None or at == 0:
        return False
    after = len(text) - len(text[at:].lstrip())
    return after < len(text) and origin[after] - origin[at - 1] > after - at + 1


def _dashed_apart(above: str, raw: list[str], k: int) -> bool:
    """Whether the blank line ``raw[k]`` stands between two members opening with a dash ("– Sozialamt" /
    "" / "– Jobcenter"): an export that sets each member's box apart, a heading's members not parted."""
    return bool(_MARKED.match(above)) and k + 1 < len(raw) and bool(_MARKED.match(raw[k + 1]))


def _dashed_on(raw: list[str], k: int) -> bool:
    """Whether the headed list goes on after the blank line ``raw[k]`` where the export sets its boxes
    apart: a member opening with a dash follows, or a heading over one ("Stadtrat" / "" / "– Fraktionen")."""
    after = [line for line in raw[k + 1 : k + 4] if line.strip()]
    if not after:
        return False
    return bool(_MARKED.match(after[0])) or len(after) > 1 and _flat_heading(after[0]) and bool(_MARKED.match(after[1]))


def flat_headed_lines(text: str, start: int, origin: Sequence[int] | None = None) -> list[Entry] | None:
    """The members of headed blocks set all at the margin from ``start`` on (see the module docstring;
    ``origin`` as for :func:`_block_lines`)."""
    lines = _block_lines(text, start, origin)
    if any(_GAPPED.search(line) for *_, line in lines):
        return None  # a table whose gaps are kept is the column readers'
    entries: list[Entry] = []
    heading: str | None = None
    headings = 0
    before: tuple[int, int, str | None] | None = None  # the last heading's line and the heading above it
    for k, (a, b, line) in enumerate(lines):
        above = entries[-1] if entries and entries[-1][2] == heading else None
        opens = line.split()[0] in _OPENERS  # a sentence after the list, unless the line above ends open
        dashed = above is not None and bool(_MARKED.match(text, above[0]) and _MARKED.match(line))
        runs_on = above is not None and _runs_on(text, above) and not (opens and _closed(text, above))
        if above is not None and (line.startswith("(") or line[:1].islower() or runs_on and not dashed):
            entries[-1] = (above[0], b, heading or "")
        elif _flat_heading(line) and k + 1 < len(lines) and (heading is None or above is not None):
            before = (a, b, heading)
            heading, headings = line, headings + 1
        elif _flat_heading(line) and k + 1 < len(lines) and before is not None and before[2] is not None:
            # two lines of a heading's form: the first the last member of the heading above
            # ("Volkshochschule Landkreis X" / "Bank der Migrantinnen und Migranten")
            entries.append((before[0], before[1], before[2]))
            before = (a, b, before[2])
            heading = line
        elif heading is None or opens:
            break
        else:
            entries.append((a, b, heading))
    if headings < 2 or len({h for *_, h in entries}) != headings:
        return None
    persons = sum(_names_person(text[a:b]) for a, b, _ in entries)
    marked = all(_MARKED.match(text, a) for a, _, _ in entries)  # members dashed, headings not
    return entries if 2 * persons >= len(entries) or marked or _named_alike(entries, text) else None


def _named_alike(entries: list[Entry], text: str) -> bool:
    """Whether every heading names its block by one noun no member's line holds ("Kommunale Bank", "Bank
    der Träger"): the headings of one kind, as lines of a list of bodies are not."""
    headings = list(dict.fromkeys(h for *_, h in entries))
    shared = set.intersection(*({w for w in h.split() if w[:1].isupper() and len(w) > 3} for h in headings))
    return any(not any(re.search(rf"\b{re.escape(w)}\b", text[a:b]) for a, b, _ in entries) for w in shared)
