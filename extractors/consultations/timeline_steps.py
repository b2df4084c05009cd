"""consultation timelines: a Beratungsfolge drawn as a timeline down the page, a node and a date opening each step,
the step's lines under it behind the timeline's bar (method ``timeline``):

    ◆  Montag, 3. Mai 2027
    │  Integrationsbeirat des Landkreises
    │  – öffentliche Sitzung – Empfehlung
    │
    ●  Mittwoch, 15. September 2027
    │  Auftaktkonferenz im Bürgerhaus
    ...
    ◆ = Beratung in den Gremien    ● = Beteiligungs- und Arbeitsschritt

A step is a meeting where its first line names a body (by its head word, as a name) and either the paper's legend
gives its node a role's word ("Beratung in den Gremien") or, without a legend for the node, a line of role and
status words after spaced dashes follows the name. A node whose legend names no role (a step of the work, a
workshop, a conference) is no meeting, though the step names a body by a head word ("Auftaktkonferenz"). Read where
two or more meetings stand on one timeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de import markers
from pipeline.records import Consultation
from pipeline.structure import FIRST_PAGES_CHARS, Line, View
from pipeline.structure.tokens import row_cells

from .flat import namelike
from .forms import led
from .vocab import Vocab, clean_body, consultation, headed, status

_BAR = markers.charset(markers.DRAWN_BARS)
# a node: one symbol glyph (no letter, digit, bar or bracket) opening the line, the step's date after it
_NOT_NODES = re.escape(markers.DRAWN_BARS + "()[]{}<>.,;:!?\"'„“”‚‘’/\\|+=–—-")
_NODE = re.compile(r"[ \t]*([^\w\s" + _NOT_NODES + r"])[ \t]+(\S.*)")
_UNDER = re.compile(r"[ \t]*" + _BAR + r"?[ \t]*(.*?)[ \t]*")  # a line behind the bar: its text
_DASH = re.compile(r"[ \t]*[–—-][ \t]+")  # the spaced dashes of a status line ("– öffentliche Sitzung – Vorberatung")
# a legend's pair: the node, an equals sign and its meaning up to the next pair or the line's end
_PAIR = re.compile(r"(?:^|[ \t])(\S)[ \t]*=[ \t]*(.+?)(?=[ \t]{2,}\S[ \t]*=|[ \t]*$)")
_NAME_WORDS = 12
_STEP_LINES = 3  # the lines of a step under its node that are read, at most


def from_timelines(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of a timeline of two or more (see the module's docstring)."""
    lines = [ln for k, ln in enumerate(sv.lines) if ln.text.strip() and k not in sv.furniture]
    lines = [ln for ln in lines if ln.start <= FIRST_PAGES_CHARS]
    legend = _legend(lines, v)
    run: list[Consultation] = []
    for k, line in enumerate(lines):
        node = _NODE.fullmatch(line.text)
        if node is None:
            continue
        step = _step(doc, v, line, node, lines[k + 1 : k + 1 + _STEP_LINES], legend.get(node[1]))
        if step is not None:
            run.append(step)
    if len(run) >= 2:
        yield from run


def _legend(lines: list[Line], v: Vocab) -> dict[str, bool]:
    """The nodes a legend line explains ("◆ = Beratung in den Gremien    ● = Beteiligungsschritt"), each with
    whether its meaning names a role (a meeting's node)."""
    out: dict[str, bool] = {}
    for line in lines:
        if "=" not in line.text:
            continue  # every pair holds its equals sign
        pairs = _PAIR.findall(line.text)
        if not pairs or not all(_NODE.fullmatch(f"{glyph} x") for glyph, _ in pairs):
            continue
        for glyph, meaning in pairs:
            out[glyph] = any(p.search(meaning) for _, p in v.roles)
    return out


def _step(
    doc: Document, v: Vocab, line: Line, node: re.Match[str], under: list[Line], meeting: bool | None
) -> Consultation | None:
    """The meeting of a node's line and the lines under it, else None."""
    if meeting is False or not under:
        return None
    _, cells = row_cells(Line(line.start + node.start(2), line.end, node[2]), v.tokens)  # the date after the node
    dates = [c for c in cells if c.kind == "date"]
    if len(dates) != 1 or any(c.kind not in ("date", "empty") for c in cells):
        return None
    texts = []
    for ln in under:
        if _NODE.fullmatch(ln.text):
            break
        m = _UNDER.fullmatch(ln.text)
        if m is None or not m[1]:
            break
        texts.append((ln, m[1]))
    if not texts:
        return None
    name_line, name = texts[0]
    body = clean_body(name)
    if not body or len(body.split()) > _NAME_WORDS or not headed(body, v) or not namelike(body) or led(body, v):
        return None
    said = _statuses(texts[1][1], v) if len(texts) > 1 else None
    if said is None and meeting is None:
        return None  # no legend for the node and no status line: a dated step of another kind
    role = next((s[0] for s in said or [] if s[0] is not None), None)
    public = next((s[1] for s in said or [] if s[1] is not None), None)
    end = texts[1][0].end if said else name_line.end
    return consultation(
        body,
        v,
        span=doc.span(dates[0].start, end),
        meeting_date=dates[0].value,
        role=role,
        public=public,
        method="timeline",
    )


def _statuses(text: str, v: Vocab) -> list[tuple[str | None, bool | None]] | None:
    """The roles and statuses of a line of them after spaced dashes ("– öffentliche Sitzung – Vorberatung"), else
    None."""
    if _DASH.match(text) is None:
        return None
    parts = [p for p in _DASH.split(text) if p.strip()]
    said = [status(p.strip(), v) for p in parts]
    return [s for s in said if s is not None] if parts and all(s is not None for s in said) else None
