"""A Beratungsfolge given only as a distribution list: a cover sheet's or cover letter's "Verteiler" whose
entries name the bodies and their sittings (method ``distribution``).

"Verteiler (in der Reihenfolge der Beratung):" over check-box lines "☐ Kreisausschuss   Sitzung am 17.05.2027
(Vorberatung," with the body and the bracket wrapped onto the lines under them, each part in its column; or a
numbered "Verteiler:" whose entries name the body in the genitive, the sitting on the line under it ("1. Mitglieder
des Ortschaftsrates Greppin" / "– zur Anhörung in der Sitzung am Montag, 03.05.2027 (öffentlich)"). A body in the
genitive is named in the nominative by its article and its head word's ending ("des Stadtrates" → "Stadtrat"); a
noun before it that names no body ("Mitglieder", "Sitzung") goes. An entry is a meeting only with a body by its head
word and a day; a list's entries without them (offices, "nachrichtlich:" copies, which go to no meeting) are none,
but an entry whose date a scan spoilt ("l2.O5.2O27") keeps its meeting, undated, which the review flags.
The list's label: ``list.distribution`` in ``resources/bodies.yaml``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from extractors.base import dehyphenate
from pipeline.document import Document
from pipeline.lang.de import markers
from pipeline.lang.de.dates import find_dates
from pipeline.records import Consultation

from .blocks import spoilt_dates
from .boxes import unticked
from .vocab import Vocab, clean_body, consultation, has_head, headed, nominative, status

# an entry's mark: a box, a bullet or its number ("☐", "[x]", "•", "1.")
_MARK = re.compile(
    rf"[ \t]*(?:[{re.escape(markers.CHECKBOXES + markers.TICKS + markers.BULLET)}]|\[[ xX]\]|\d{{1,2}}[.)])[ \t]+(?=\S)"
)
_GAP = re.compile(r"[ \t]{2,}(?=\S)")  # a gap between an entry's two columns
# the sitting's part opening a line of its own, or after a spaced dash on the body's line ("– zur Anhörung …")
_DASH_LED = re.compile(rf"[ \t]*[{markers.DASHES}][ \t]+(?=\S)")
_SPACED_DASH = re.compile(rf"[ \t]+[{markers.DASHES}][ \t]+(?=\S)")
_BRACKET = re.compile(r"\(([^()]*)\)[ \t]*$")
_ROLE_PHRASE = re.compile(r"\bzu[rm][ \t]+([^\W\d]+)")  # "zur Vorberatung in der Sitzung am …"
# a noun before the body in the genitive that names no body ("Mitglieder des Ausschusses für …")
_GENITIVE = re.compile(r"(?:(?P<noun>[^\W\d][\w-]*)[ \t]+)?(?P<article>des|der)[ \t]+(?P<body>[^\W\d].*)")


def from_distribution(doc: Document, v: Vocab) -> Iterator[Consultation]:
    """The meetings a labelled distribution list names, one record an entry."""
    label = next((p for kind, p in v.lists if kind == "distribution"), None)
    if label is None or label.search(doc.text) is None:
        return
    heading = re.compile(rf"^[ \t]*(?:{label.pattern})(?:[ \t]*\([^()\n]*\))?[ \t]*:[ \t]*$", re.M | re.I)
    for m in heading.finditer(doc.text):
        for entry in _entries(doc.text, m.end() + 1):
            rec = _read(doc, entry, v)
            if rec is not None:
                yield rec


def _entries(text: str, at: int) -> Iterator[list[tuple[int, str]]]:
    """The entries of the list opening at ``at``, each its lines as (offset, line): a line with an entry's
    mark opens one; the lines under it without a mark continue it where set deeper than the marks, led by
    a dash, or closing a bracket left open (a flattened export sets every line at the margin); a blank line
    or any other line ends the list."""
    entry: list[tuple[int, str]] = []
    depth = None
    for line in text[at:].split("\n"):
        mark = _MARK.match(line)
        indent = len(line) - len(line.lstrip())
        if mark is not None and (depth is None or indent == depth):
            if entry:
                yield entry
            entry, depth = [(at, line)], indent
        elif entry and line.strip() and depth is not None and (indent > depth or _DASH_LED.match(line) or _open(entry)):
            entry.append((at, line))
        else:
            break
        at += len(line) + 1
    if entry:
        yield entry


def _open(entry: list[tuple[int, str]]) -> bool:
    """Whether an entry's lines leave a bracket open ("Sitzung am 17.05.2027 (Vorberatung,")."""
    words = " ".join(line for _, line in entry)
    return words.count("(") > words.count(")")


def _split(entry: list[tuple[int, str]], v: Vocab) -> tuple[str, str]:
    """An entry's body and its sitting's words: by the column the sitting opens on the first line
    ("☐ Kreisausschuss   Sitzung am …"), or, the gap closed, by its date's label ("Sitzung am"); else the
    lines before a line or words led by a dash ("– zur Anhörung in der Sitzung am …")."""
    first = entry[0][1]
    start = _MARK.match(first)
    head = first[start.end() if start else 0 :]
    gap = _GAP.search(head)
    if gap is not None:
        column = len(first) - len(head) + gap.end()
        left, right = [head[: gap.start()]], [head[gap.end() :]]
        for _, line in entry[1:]:  # a line's words left of the column are the body's, the rest the sitting's
            parts = _GAP.split(line.strip()) if len(line) - len(line.lstrip()) < column - 2 else ["", line.strip()]
            left.append(parts[0])
            right.append(" ".join(parts[1:]))
        return " ".join(left), dehyphenate(" ".join(right))
    label = _date_label(v).search(head)
    if label is not None:
        left, right = [head[: label.start()]], [head[label.start() :]]
        for _, line in entry[1:]:  # a flattened line: the words closing the sitting's bracket are the sitting's
            words = line.split()
            cut = next((i for i in range(len(words)) if _closes(" ".join([*right, *words[i:]]), v)), len(words))
            left.append(" ".join(words[:cut]))
            right.append(" ".join(words[cut:]))
        return " ".join(left), dehyphenate(" ".join(right))
    lines = [head] + [line for _, line in entry[1:]]
    led = next((i for i, line in enumerate(lines) if i and _DASH_LED.match(line)), None)
    if led is not None:
        return " ".join(lines[:led]), dehyphenate(" ".join(_DASH_LED.sub("", line, count=1) for line in lines[led:]))
    dash = _SPACED_DASH.search(head)
    if dash is None or len(lines) > 1:
        return "", ""
    return head[: dash.start()], head[dash.end() :]


def _closes(words: str, v: Vocab) -> bool:
    """Whether the sitting's words end in a bracket of role and status words only."""
    bracket = _BRACKET.search(dehyphenate(words).strip())
    return bracket is not None and status(bracket[1], v) is not None


@functools.lru_cache(maxsize=4)
def _date_label(v: Vocab) -> re.Pattern[str]:
    """A meeting's date label inside a line ("Sitzung am"), after a space."""
    labels = "|".join(p.pattern for kind, p in v.labels if kind == "date")
    return re.compile(rf"(?<=[ \t])(?:{labels})(?=[ \t])", re.I)


def _nominative(body: str, v: Vocab) -> str:
    """A body in the genitive in the nominative, a noun before it that names no body gone:
    "Mitglieder des Haupt- und Finanzausschusses" → "Haupt- und Finanzausschuss"."""
    m = _GENITIVE.fullmatch(body)
    if m is None or (m["noun"] and has_head(m["noun"], v)) or not has_head(m["body"], v):
        return body
    return nominative(m["body"], v) if m["article"] == "des" else m["body"]


def _read(doc: Document, entry: list[tuple[int, str]], v: Vocab) -> Consultation | None:
    """The meeting of one entry: its body by its head word and its day; the role and status its
    bracket gives, or the role its phrase names ("zur Vorberatung")."""
    if unticked(entry[0][1], doc.text):
        return None  # a body the form does not take: an empty box where others are ticked
    left, right = _split(entry, v)
    body = _nominative(clean_body(left), v)
    days = [d for d in find_dates(right, months=True) if d.precision == "day"]
    if not body or not headed(body, v) or not days and not spoilt_dates(right):
        return None  # a date its digits spoilt ("l2.O5.2O27") keeps the meeting, undated, for the review to flag
    bracket = _BRACKET.search(right.strip())
    said = status(bracket[1], v) if bracket else None
    role, public = said if said else (None, None)
    phrase = _ROLE_PHRASE.search(right[: days[0].start] if days else right)
    if role is None and phrase is not None:
        role = (status(phrase[1], v) or (None, None))[0]
    start, last = entry[0][0], entry[-1]
    return consultation(
        body,
        v,
        span=doc.span(start + len(entry[0][1]) - len(entry[0][1].lstrip()), last[0] + len(last[1].rstrip())),
        meeting_date=days[0].iso if days else None,
        role=role,
        public=public,
        method="distribution",
    )
