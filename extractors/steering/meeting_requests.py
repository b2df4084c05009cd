"""Members as the required attendees of a calendar's meeting request a document prints for a meeting of the
group (a mail program's print of a "Besprechung")::

    Betreff:                   Konstituierende Sitzung Lenkungskreis Integration
    Ort:                       Altes Rathaus, Kleiner Sitzungssaal
    Beginn:                    Mi 30.06.2027 16:00
    Organisator:               Yılmaz, Derya
    Erforderliche Teilnehmer:  Rapp, Ingrid (Bürgermeisterin); Yılmaz, Derya; Fischer, Markus (GR
                               CDU); Brenner, Thomas Dr. (VHS Esslingen); …
    Optionale Teilnehmer:      Klenk, Andreas (Amt 50, Protokoll)

The request's subject line names the group (a mention of it stands there), and the labelled lines from the
subject to the attendees hold three of a request's labels at least (``request_label`` of ``steering.yaml``).
The field of the required attendees (``request_required``) runs from its label over the lines under it up to
the next label or a blank line, the wrapped lines in its value's column or, as a PDF's text layer sets them,
flush left. Its entries, parted by semicolons, each name a person surname first ("Rapp, Ingrid"; a title
after the given names goes before them: "Brenner, Thomas Dr." is "Dr. Thomas Brenner"), a bracket after the
name the person's body; they are the members. A request whose entries do not all name a person so gives
none; the optional attendees and the organiser are no members, and a mail's recipients ("An:") are none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.resources import Resources, typed
from pipeline.lang.de.names import TITLE, is_first_name

from .apart import apart
from .rules import CHAIR_MARK, CHAIR_NOUN_AFTER, Chair, MemberRow

_LABEL = re.compile(r"[ \t]*([A-ZÄÖÜ][\wäöüß]*(?:[ \t][A-ZÄÖÜa-zäöüß][\wäöüß]*){0,2})[ \t]*:")  # "Beginn:"
_SUBJECT = re.compile(r"[ \t]*Betreff[ \t]*:")
_MIN_LABELS = 3  # the request's labels from its subject to the attendees at least
_REACH = 16  # lines from the subject to the attendees' field at most
_MIN_PERSONS = 2
_NAME_WORD = r"[A-ZÄÖÜĀ-ž][\wäöüßĀ-ž'-]+"
_ENTRY = re.compile(
    rf"(?P<surname>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)[ \t]*,[ \t]*(?P<given>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)"
    rf"(?P<titles>(?:[ \t]+{TITLE})*)[ \t]*(?:\((?P<body>[^()]*)\))?"
)


def meeting_request(
    text: str, spans: Sequence[tuple[int, int]], res: Resources
) -> tuple[list[MemberRow], Chair | None] | None:
    """The members the required attendees of a meeting request name whose subject line holds one of the group's
    mentions (``spans``), and the chair a bracket marks; None where no such request stands there."""
    profile = typed.steering(res).profile
    known = re.compile(profile.get("request_label", "$^"))
    required = re.compile(profile.get("request_required", "$^"))
    for start, _end in spans:
        line_start = text.rfind("\n", 0, start) + 1
        if not _SUBJECT.match(text, line_start):
            continue
        found = _field(text, line_start, known, required)
        if found is not None and len(rows := _persons(text, *found)) >= _MIN_PERSONS:
            chair = next((Chair(r.value, r.start, r.end, True) for r in rows if r.is_chair), None)
            return rows, chair
    return None


def _field(text: str, pos: int, known: re.Pattern[str], required: re.Pattern[str]) -> tuple[int, int] | None:
    """The span of the required attendees' value in the request whose subject line opens at ``pos``."""
    labels = 0
    for _ in range(_REACH):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        label = _LABEL.match(text, pos, end)
        if label is not None and known.fullmatch(label.group(1)):
            labels += 1
            if required.fullmatch(label.group(1)):
                return (label.end(), _field_end(text, end)) if labels >= _MIN_LABELS else None
        if end >= len(text):
            return None
        pos = end + 1
    return None


def _field_end(text: str, end: int) -> int:
    """Where a field whose first line ends at ``end`` ends: before the next label or a blank line."""
    while end < len(text):
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[end + 1 : nxt]
        if not line.strip() or _LABEL.match(line):
            return end
        end = nxt
    return end


def _persons(text: str, a: int, b: int) -> list[MemberRow]:
    """The persons of the field's entries, each surname first; none where an entry names no person so."""
    rows = []
    for pa, pb in apart(text, a, b, ";"):
        entry = " ".join(text[pa:pb].split())
        m = _ENTRY.fullmatch(entry)
        if m is None or not is_first_name(m["given"].split()[0]):
            return []
        titles = " ".join(m["titles"].split())
        value = " ".join(p for p in (titles, m["given"], m["surname"]) if p)
        lead = len(text[pa:pb]) - len(text[pa:pb].lstrip())
        bracket = text.find("(", pa, pb)
        stop = pa + len(text[pa : bracket if bracket >= 0 else pb].rstrip())
        body = " ".join((m["body"] or "").split()) or None
        chair = body is not None and (CHAIR_MARK.search(f"({body})") or CHAIR_NOUN_AFTER.search(body)) is not None
        rows.append(MemberRow(pa + lead, stop, value, body, chair, "list"))
    return rows
