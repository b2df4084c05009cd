"""A label of the role and its value in a block of label lines, as minutes' heads and event
programmes set them:

    Gäste:          Dr. Kemal Beispiel (Integrationsbeauftragter des Landkreises)
    Moderation:     Dr. Lea Muster, Büro Perspektivwechsel – Moderation und Prozess-
                    beratung, Mannheim
    Protokoll:      Tim Schäfer (Abteilung 5.3)

    Moderation durch den Tag: Katrin Beispiel, Büro für Beteiligung „Tischgespräch“, Stuttgart
    Dolmetschen: Arabisch, Türkisch, Ukrainisch

The value is the rest of the label's line and the lines under it that go on with it: up to a blank
line or the next line opening with a label of its own ("Protokoll:", "Dolmetschen:"), and where a gap
parts the label from its value, up to a line starting left of the value's column. A label line inside
a paragraph the view did not part is read where a line above it or under it (a wrapped value's lines
passed over, also where an export set them flush left) opens with a label too: it stands in a block
of labels, not in a sentence. A
person in a value that names the town's own office is its staff, no one engaged ("Moderation: Frau
X (Abteilung 5.3)"), and a value of one bare word names no one (a title's "Evaluation …: Abschlussbericht").
"""

from __future__ import annotations

import re

from .names import Found, candidates
from .rules import Rules

# any label opening a line: one to four words and a colon ("Gäste:", "Ort:", "Stimmberechtigte Mitglieder:")
_ANY_LABEL = re.compile(r"[ \t]*[A-ZÄÖÜ][\wäöüß.-]*(?:[ \t]+[\wäöüß.()-]+){0,3}[ \t]*:(?:[ \t]|$)")
_GAP = re.compile(r"[ \t]{2,}|\t")


def lines_end(text: str, at: int, end: int) -> int:
    """The end of the last line that opens before ``end``, of the lines from the one opening at ``at``."""
    stop = text.find("\n", max(at, end - 1))
    return len(text) if stop < 0 else stop


def value_end(text: str, at: int, end: int) -> int:
    """The end of the value that starts at ``at`` after its label, within ``text[:end]``."""
    line_start = text.rfind("\n", 0, at) + 1
    column = at - line_start
    gapped = bool(_GAP.search(text[max(line_start, at - 2) : at]))
    stop = text.find("\n", at)
    stop = end if stop < 0 or stop > end else stop
    while stop < end:
        nxt = text.find("\n", stop + 1)
        nxt = end if nxt < 0 or nxt > end else nxt
        line = text[stop + 1 : nxt]
        indent = len(line) - len(line.lstrip(" \t"))
        if not line.strip() or _ANY_LABEL.match(line) or gapped and indent < column:
            break
        stop = nxt
    return len(text[:stop].rstrip())


def label_value(text: str, at: int, end: int, n: int, r: Rules) -> list[Found]:
    """The ones named by the value starting at ``at`` after its label (bare names too); a person whose
    value names the town's own office ("Moderation: Frau X (Abteilung 5 der Stadt)") is none."""
    stop = value_end(text, at, end)
    found = candidates(text, at, stop, n, r, whole=True, method="key_value", listed=True)
    if r.exclude.search(text, at, stop):
        found = [f for f in found if f.organisation]
    # a bare word is no one's name: a title's label ("Evaluation der Masterarbeiten: Abschlussbericht")
    return [f for f in found if f.name or f.organisation and len(f.organisation.split()) > 1]


def inner_labels(text: str, start: int, end: int, n: int, r: Rules) -> list[Found]:
    """The ones named by label lines of the role inside ``text[start:end]`` (not on its first line)
    that stand in a block of label lines."""
    out: list[Found] = []
    pos = text.find("\n", start, end) if ":" in text[start:end] else -1  # a label line's colon
    while 0 <= pos < end:
        at = pos + 1
        label = r.labels.match(text, at, end)
        if label is not None and ":" in label.group() and _in_block(text, at):
            out.extend(label_value(text, label.end(), end, n, r))
        pos = text.find("\n", at, end)
    return out


def _in_block(text: str, at: int) -> bool:
    """Whether the line at ``at`` has a label line above or under it: lines indented deeper passed over
    (a value's wrapped lines), and up to :data:`_WRAPPED` lines of any indent where an export set a
    value's wrapped lines flush left; no blank line between."""
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    indent = _indent(text[at:line_end])
    pos, flush = at - 1, 0
    for _ in range(_REACH):
        if pos <= 0:
            break
        above = text.rfind("\n", 0, pos) + 1
        line = text[above:pos]
        if not line.strip() or _ANY_LABEL.match(line):
            if line.strip():
                return True
            break
        if _indent(line) <= indent:
            flush += 1
            if flush > _WRAPPED:
                break
        pos = above - 1
    pos = line_end
    for _ in range(_WRAPPED + 1):
        if pos >= len(text):
            break
        nxt = text.find("\n", pos + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[pos + 1 : nxt]
        if not line.strip():
            break
        if _ANY_LABEL.match(line):
            return True
        pos = nxt
    return False


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


_REACH = 6  # lines above a label line where the label of the block's line before it may stand
_WRAPPED = 2  # a value's wrapped lines set flush left by an export, passed over above or under a label line
