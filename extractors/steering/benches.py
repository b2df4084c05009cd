"""Members under headings of their own, each heading a line at the margin and its members the lines
indented under it, a page's furniture between them no matter:

    Kommunale Bank
        Landrat Paul Beispiel (Vorsitz)
        Erste Bürgermeisterin der Stadt Nordheim, Frau Greta Muster
    Bank der Träger
        Caritasverband Nordheim e. V.

A heading is a short line (eight words at most) in capitals at its start, with no colon, full stop
or digit; a line indented deeper than the members is the member above it wrapped. Where an export
lost the indents, a member is a line opening with a dash or bullet at the margin. Two headings at
least, each over a member, make the form; a member's line that runs on (a comma or a linking word at its
end, or a single word after its last comma: "…, Kreisrat" / "Klaus Beispiel (SPD)") goes on over the
next line at the members' indent, unless both lines open with a dash or bullet (each its own member:
"– Caritasverband X, Migrationsdienst" / "– Volkshochschule X"); a line at the margin that is no heading
(a sentence after the list) ends it. The headings are the members' labels."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.de import markers
from pipeline.lang.de.closed_class import CLASSES, words
from pipeline.structure.prose import Segment

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


_LINKS = words(*CLASSES)
_PARTS = re.compile(r",(?![^()]*\))")  # a comma outside brackets


def _runs_on(text: str, entry: Entry) -> bool:
    """Whether a member's line goes on over the next line at the members' indent: it ends with a comma
    or a word linking to what follows ("… für den Kreisverband des" / "Gemeindetags"), or it lists
    several after commas and its last is a single word waiting for its name ("…, Kreisrat" / "Klaus
    Beispiel (SPD)")."""
    line = text[entry[0] : entry[1]].rstrip()
    if line.endswith(",") or line.split()[-1].lower() in _LINKS:
        return True
    parts = _PARTS.split(line)
    return len(parts) > 1 and len(parts[-1].split()) == 1 and parts[-1].strip()[:1].isupper()


def _done(entries: list[Entry], headings: int, taken: int) -> tuple[list[Entry], int] | None:
    labels = {h for *_, h in entries}
    if headings < 2 or len(labels) != headings or taken == 0:
        return None
    return entries, taken
