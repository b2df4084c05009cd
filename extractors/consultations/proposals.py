"""One Beschlussvorschlag per body: a paper that sets a proposal of its own under each body that deals with it,
each headed by the body and its meeting, as a Kreistag's papers in Thuringia and Saxony print them:

    Beschlussvorschläge

    für den Jugendhilfeausschuss – Sitzung am 03.05.2027, öffentlich
        Der Jugendhilfeausschuss nimmt die Teilnahme … zur Kenntnis.

    für den Kreistag – Sitzung am 09.06.2027, öffentlich
        1.  Der Kreistag beschließt …

Each head line is a meeting: the body after "für den" (die, das), the date after a dash or a colon ("Sitzung am"),
the status after it. The body's role is what its proposal's verb says ("nimmt … zur Kenntnis", "empfiehlt",
"beschließt"), read only where the proposal says one role (a committee that recommends and approves a part says
none); the verbs are ``proposal_verbs`` of ``resources/bodies.yaml``. Two head lines at least make the form: one
alone is a sentence's or a letter's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de.dates import find_dates
from pipeline.records import Consultation
from pipeline.structure import View

from .vocab import Vocab, clean_body, consultation, has_head, status

_HEAD = re.compile(
    r"^[ \t]*[Ff]ür[ \t]+(?:den|die|das)[ \t]+(?P<body>[^\n–—:]+?)[ \t]*(?:[–—:]|[ \t]-)[ \t]*"
    r"(?:Sitzung[ \t]+(?:am|vom)[ \t]+)?(?P<date>[^\n,]{6,30}?)[ \t]*(?:,[ \t]*(?P<rest>[^\n]*))?$",
    re.M,
)
_MIN_HEADS = 2


def from_proposals(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings a paper's proposals are set under, one per body (see the module)."""
    heads = [m for m in _HEAD.finditer(doc.text) if has_head(m["body"], v) and find_dates(m["date"])]
    if len(heads) < _MIN_HEADS:
        return
    ends = [m.start() for m in heads[1:]] + [len(doc.text)]
    for m, end in zip(heads, ends, strict=True):
        rest = (m["rest"] or "").strip(" .;()")
        said = status(rest, v) if rest else None
        yield consultation(
            clean_body(m["body"]),
            v,
            span=doc.span(m.start("body"), m.end()),
            meeting_date=find_dates(m["date"])[0].iso,
            role=_role(doc.text[m.end() : _paragraph_end(doc.text, m.end(), end)], v),
            public=said[1] if said else None,
            method="proposal",
        )


def _paragraph_end(text: str, start: int, end: int) -> int:
    """Where the proposal under a head line ends: at the next head line, or at a blank line before a line that is
    not indented (the paper's next section)."""
    for m in re.finditer(r"\n[ \t]*\n(?=\S)", text[:end]):
        if m.start() > start:
            return m.start()
    return end


def _role(text: str, v: Vocab) -> str | None:
    """The one role a proposal's verbs say, else None."""
    joined = " ".join(text.split())
    roles = {role for role, pat in v.proposal_verbs if pat.search(joined)}
    return roles.pop() if len(roles) == 1 else None
