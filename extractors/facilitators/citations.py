"""A person a facilitation sentence names without an organisation, where the document cites the work
as theirs: a citation's list of authors by surname and initials, its year in brackets, its title and
the institution that published it ("Quelle: Kaya, S.; Brockhaus, M. (2026): Zehn Jahre … . Universität X,
Institut für Y. Ort, Dezember 2026."). The person is an author where the surname is one of the list's
and the given name opens with that author's initial ("Prof. Dr. Selin Kaya"); the institution the
citation names is the person's organisation."""

from __future__ import annotations

import re

from .names import Found, candidates
from .rules import Rules

# an author as a citation lists them: a surname, a comma and initials ("Kaya, S.", "Yıldız, D.-A.")
_AUTHOR = r"[A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?,[ \t]+[A-ZÄÖÜ]\.(?:[ \t-]*[A-ZÄÖÜ]\.)*"
# a citation: its authors apart at semicolons (or "und", "&" before the last), the year in brackets
_CITATION = re.compile(
    rf"(?P<authors>{_AUTHOR}(?:[ \t]*(?:;|\bund\b|&)[ \t]*{_AUTHOR})*)[ \t]*\((?:19|20)\d\d\)[ \t]*:?"
)
_ONE_AUTHOR = re.compile(r"(?P<surname>[^\W\d_][\w-]*),[ \t]+(?P<initial>[A-ZÄÖÜ])\.")
_BODY_END = re.compile(r"\n[ \t]*\n|\f")  # a citation ends at a blank line or the page's end


def cited(text: str, found: list[Found], first: int, n: int, r: Rules) -> None:
    """The organisation of each person of ``found[first:]`` that names none: the institution of a
    citation of the document the person is an author of, where it names one."""
    for f in found[first:]:
        if not f.name or f.organisation:
            continue
        org = _institution(text, f.name, n, r)
        if org is not None:
            f.organisation = org


def _institution(text: str, name: str, n: int, r: Rules) -> str | None:
    """The institution a citation by the person ``name`` names after its year, or None."""
    words = [w for w in name.split() if not w.endswith(".")]
    if len(words) < 2:
        return None  # a surname alone: no initial to tell the author by
    surname, initial = words[-1].casefold(), words[0][:1]
    if surname not in text.casefold():
        return None  # (most documents cite no one, most persons are in no citation)
    for m in _CITATION.finditer(text):
        authors = [(a["surname"].casefold(), a["initial"]) for a in _ONE_AUTHOR.finditer(m["authors"])]
        if (surname, initial) not in authors:
            continue
        stop = _BODY_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        orgs = [f.organisation for f in candidates(text, m.end(), end, n, r) if f.organisation and not f.name]
        if orgs:
            return orgs[0]
    return None
