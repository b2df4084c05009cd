"""consultation_session_titles: the meeting a paper is put before, named under its type.

An executive's own paper names the sitting it is for on the line under its type, the type
stating the role ("Vorlage zur Beschlussfassung" over "für die Sitzung des Bezirksamtes am
Dienstag, 27.04.2027"; "Mitteilung zur Kenntnisnahme" / "zur Sitzung der Stadtverordnetenversammlung
am 03.02.2028"): the body in the nominative, the date, the role of the type line (method
``session_title``). Read on the first page only, the sitting's line alone on its line and the type
line above it holding a role word; a line naming a sitting under any other line ("Einladung"), or
a sentence that goes on after the date, is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.german.nominative import nominative
from pipeline.document import Document
from pipeline.lang.de.dates import WEEKDAY, find_dates
from pipeline.records import Consultation
from pipeline.structure import FIRST_PAGE_CHARS

from .vocab import Vocab, clean_body, consultation, has_head

# "für die Sitzung des Bezirksamtes am Dienstag, 27.04.2027": the whole line
_SITTING = re.compile(
    r"^[ \t]*(?:für[ \t]+die|zur)[ \t]+Sitzung[ \t]+(?P<name>(?:des|der)[ \t]+[^\t\n,:;()]{3,80}?)[ \t]+am[ \t]+"
    rf"(?:{WEEKDAY},?[ \t]+)?(?P<date>\d{{1,2}}\.[ ]?\d{{1,2}}\.[ ]?\d{{4}})[ \t]*$",
    re.M,
)
_TITLE_WORDS = 6  # words of a paper's type line, at most ("Vorlage zur Beschlussfassung")


def from_session_titles(doc: Document, v: Vocab) -> Iterator[Consultation]:
    """The sitting named on the line under a paper's type that states its role."""
    for m in _SITTING.finditer(doc.text, 0, min(len(doc.text), FIRST_PAGE_CHARS)):
        above = doc.text[: m.start()].rstrip().rsplit("\n", 1)[-1].strip()
        role = next((r for r, p in v.roles if p.search(above)), None) if len(above.split()) <= _TITLE_WORDS else None
        name = nominative(m["name"]).name
        body = clean_body(name)
        dates = find_dates(m["date"])
        if role is None or not dates or not _one_name(body, v):
            continue
        yield consultation(
            body,
            v,
            span=doc.span(m.start("name"), m.end()),
            meeting_date=dates[0].iso,
            role=role,
            method="session_title",
        )


def _one_name(body: str, v: Vocab) -> bool:
    """Whether a sitting's holder is a body's name: a body head word's phrase, or one capitalised
    word (an executive's board: "Bezirksamt", "Magistrat")."""
    return has_head(body, v) or re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß-]{3,40}", body) is not None
