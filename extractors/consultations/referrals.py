"""consultation referrals: the Beratungsfolge written as a sentence after its label, each body followed
by a bracket with its meeting's date and maybe its role and session status:

    Beratungsweg:  Verweisung an den Ausschuss für Schule und Sport (Vorberatung, Mo, 02.02.26,
                   öffentlich) und an den Ortsrat Nord (Anhörung, Di, 03.02.26); danach Rat (Do,
                   12.02.26, Beschluss).

The paragraph after the label is read as one text (a word cut by a hyphen at a line's end joined
again); every bracket that holds a date closes a step, whose body is the last body's name before the
bracket and right before it. The words between the step before and the body may give the role
("zur Kenntnis an den Beirat (...)"). Every dated bracket must follow a body, two steps at least, or
none is taken."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de.dates import WEEKDAY, find_dates
from pipeline.records import Consultation
from pipeline.structure import FIRST_PAGES_CHARS, View

from .prose import body_phrases
from .vocab import Vocab, consultation, status

_BRACKET = re.compile(r"\(([^()]*)\)")
_CUT = re.compile(r"(?<=[a-zäöüß])-\n[ \t]*(?=[a-zäöüß])")  # "Vorbera-" / "tung"
_WEEKDAY = re.compile(WEEKDAY, re.I)
_MIN_STEPS = 2


def from_referrals(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The steps of each labelled referral sentence in the first pages (see the module's docstring)."""
    for i, line in enumerate(sv.lines):
        if line.start > FIRST_PAGES_CHARS:
            break
        m = v.title.match(line.text)
        if i in sv.furniture or m is None or not line.text[m.end() :].strip() or ":" not in m.group():
            continue
        end = next((k for k in range(i + 1, len(sv.lines)) if not sv.lines[k].text.strip()), len(sv.lines))
        start = line.start + m.end()
        steps = list(_steps(doc, sv.text[start : sv.lines[end - 1].end], start, v))
        if len(steps) >= _MIN_STEPS and all(steps):
            yield from (s for s in steps if s is not None)


def _joined(text: str) -> tuple[str, list[int]]:
    """The paragraph as one line, each run of spaces one space (a justified line's gaps, a line's break),
    and each of its characters' offset in the paragraph."""
    out: list[str] = []
    where: list[int] = []
    pos = 0
    for cut in [*_CUT.finditer(text), None]:
        stop = len(text) if cut is None else cut.start()
        for k in range(pos, stop):
            char = " " if text[k] in " \n\t" else text[k]
            if char == " " and out and out[-1] == " ":
                continue
            out.append(char)
            where.append(k)
        pos = stop if cut is None else cut.end()
    return "".join(out), where


def _steps(doc: Document, text: str, at: int, v: Vocab) -> Iterator[Consultation | None]:
    flat, where = _joined(text)
    last = 0
    for m in _BRACKET.finditer(flat):
        dates = find_dates(m[1])
        if not dates:
            continue
        names = [p for p in body_phrases(flat[last : m.start()], v) if not flat[last + p[1] : m.start()].strip()]
        if not names:
            yield None
            return
        s, _, name = names[-1]
        body = " ".join(name.split())
        role, public = _bracket(m[1], v)
        lead = flat[last : last + s]
        said = next((rid for rid, pat in v.roles if pat.search(lead)), None)  # "zur Kenntnis an den ..."
        yield consultation(
            body,
            v,
            span=doc.span(at + where[last + s], at + where[m.end() - 1] + 1),
            meeting_date=dates[0].iso,
            role=role or said,
            public=public,
            method="referral",
        )
        last = m.end()


def _bracket(inner: str, v: Vocab) -> tuple[str | None, bool | None]:
    """The role and status a step's bracket gives beside its date ("Vorberatung, Di, 09.03.27, öffentlich")."""
    role, public = None, None
    for part in inner.split(","):
        part = part.strip()
        if not part or find_dates(part) or _WEEKDAY.fullmatch(part):
            continue
        said = status(part, v) or (next((rid for rid, pat in v.roles if pat.match(part)), None), None)
        role, public = role or said[0], public if public is not None else said[1]
    return role, public
