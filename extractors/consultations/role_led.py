"""consultation role-led lines: a Beratungsfolge in a paper's header form, one line a meeting, the
role leading, the body after a preposition and the date after "am" (method ``role_line``):

    zur Kenntnisnahme im    Beirat für Teilhabe                    am 3. Mai 2027
    zur Vorberatung im      Ausschuss für Umwelt und Verkehr       am 17.05.2027
    zur Entscheidung in der Stadtverordnetenversammlung            am 1. Juni 2027

A numbered line may give the role's noun alone, the session's status after the body:

    1.  Vorberatung im Bauausschuss des Ortsbeirats Nord am Dienstag, 7. September 2027
    2.  Beschlussfassung im Ortsbeirat Nord in öffentlicher Sitzung am 21. September 2027

The line opens with "zur"/"zum" (or a number) and a role word, then a preposition (an article after it maybe:
"im", "in der", "an den"), the body read as a name by its head word, and "am" with a day's date in
any form (numeric, the month written out or short, a weekday before it). An export may wrap a line
before its date's year or inside the body ("… am 12." / "Oktober 2027"): the next line is read with
it where it opens no line of its own. A sentence is none of these: a line that goes on from the line
above (that one ending in a small word or a comma) or into the line below (that one opening with a
small letter) is no line of a form.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from pipeline.document import Document
from pipeline.lang.de.closed_class import alternation
from pipeline.lang.de.dates import WEEKDAY, find_dates
from pipeline.records import Consultation
from pipeline.structure import View

from .flat import namelike
from .forms import led
from .vocab import Vocab, clean_body, consultation, headed, status

_NAME_WORDS = 12
# the line above goes on into this one: it ends in a small word or a comma, a sentence's start
_GOES_ON = re.compile(r"(?:,|(?<!\S)[a-zäöüß]+)[ \t]*$")


@functools.lru_cache(maxsize=4)
def _patterns(v: Vocab) -> tuple[re.Pattern[str], re.Pattern[str]]:
    roles = "|".join(p.pattern for _, p in v.roles)
    lead, articles = alternation("contractions"), alternation("linking_articles", "opening_articles")
    links = rf"(?:{lead}|(?:{alternation('prepositions')})[ \t]+(?:{articles}))"  # "im", "in der", "an den"
    # "zur Vorberatung im …", or a numbered line with the role's noun first ("1.  Vorberatung im …")
    opener = re.compile(
        rf"[ \t]*(?:(?:{lead})|\(?\d{{1,2}}[.)])[ \t]+(?P<role>{roles})[ \t]+(?P<link>{links})[ \t]+(?=\S)"
    )
    day = rf"(?:{WEEKDAY},?[ \t\n]+)?(?P<date>\d{{1,2}}\.[^\n]*(?:\n[^\n]*)?)"  # its rest maybe on the next line
    # a blank line may stand between the wrapped halves, as an export sets one between any two lines
    tail = re.compile(rf"(?P<body>[^\n]+?(?:\n(?:[ \t]*\n)?[^\n]+?)?)[ \t\n]+am[ \t\n]+{day}")
    return opener, tail


def from_role_lines(doc: Document, v: Vocab, sv: View) -> Iterator[Consultation]:
    """The meetings of a header form's role-led lines (see the module's docstring)."""
    opener, tail = _patterns(v)
    lines = sv.lines
    for k, line in enumerate(lines):
        m = opener.match(line.text)
        if m is None or k in sv.furniture:
            continue
        above = next((ln.text for ln in reversed(lines[:k]) if ln.text.strip()), "")
        if _GOES_ON.search(above) and opener.match(above) is None:
            continue  # a sentence's rest ("Die Vorlage wird" / "zur Entscheidung im …")
        nxt = next((ln for ln in lines[k + 1 : k + 3] if ln.text.strip()), None)
        wrapped = nxt is not None and nxt.text.strip() != "" and opener.match(nxt.text) is None
        end = nxt.end if wrapped and nxt is not None else line.end
        rec = _read(doc, v, (line.start + m.end(), line.end, end), (opener, tail), status(m["role"], v))
        if rec is not None:
            yield rec


def _read(
    doc: Document,
    v: Vocab,
    at: tuple[int, int, int],
    patterns: tuple[re.Pattern[str], re.Pattern[str]],
    said: tuple[str | None, bool | None] | None,
) -> Consultation | None:
    """The body and date after a line's opener (``at``: where the body starts, its line ends and the next
    line ends): the date ends its line or, wrapped, the next one; the line after the date opens with no
    small letter (a sentence's rest) but for the next line of the form."""
    text, (start, eol, end), (opener, tail) = doc.text, at, patterns
    for stop in (eol, end) if end > eol else (eol,):
        m = tail.fullmatch(text, start, stop)
        if m is None:
            continue
        dates = find_dates(m["date"], months=True)
        if not dates or dates[0].precision != "day" or m["date"][dates[0].end :].strip():
            continue
        nl = text.find("\n", stop + 1)
        after = text[stop : nl if nl >= 0 else len(text)].strip()
        body, public = _session(clean_body(m["body"]), v)
        if (after[:1].islower() and opener.match(after) is None) or not _name(body, v):
            return None
        return consultation(
            body,
            v,
            span=doc.span(start, stop),
            meeting_date=dates[0].iso,
            role=said[0] if said else None,
            public=public,
            method="role_line",
        )
    return None


# the session's status after the body: "… Beirat Gröpelingen in nichtöffentlicher Sitzung"
_SESSION = re.compile(r"[ \t]+in[ \t]+(?P<status>\S+?)(?:e[rnms]?)?[ \t]+Sitzung$")


def _session(body: str, v: Vocab) -> tuple[str, bool | None]:
    """A body without the session's status the line names after it, and that status (None where
    none is named)."""
    m = _SESSION.search(body)
    said = status(m["status"], v) if m is not None else None
    if m is None or said is None or said[1] is None:
        return body, None
    return body[: m.start()], said[1]


def _name(body: str, v: Vocab) -> bool:
    return bool(body) and len(body.split()) <= _NAME_WORDS and headed(body, v) and namelike(body) and not led(body, v)
