"""consultations.header_kinds: what a header's column words say beyond their kinds: two status columns of
marks ("Ö" and "N"), columns that each name one role ("z. K.   Vorber.   Beschl."), and a single-spaced
header's last word that is the first row's status ("Gremium Datum Öffentlich Ausschuss für …"); a column word in
brackets that qualifies the one before it ("Gremium (Sitzung)"), and a bodies' column word that heads a name."""

from __future__ import annotations

import re

from pipeline.lang.de.closed_class import NAME_LINKS, either

from .vocab import Vocab, has_head, status


def role_marks(parts: list[tuple[int, str]], kinds: list[str | None], mode: str, v: Vocab) -> list[tuple[int, str]]:
    """The columns of a header set out by gaps or tabs that each name one role, cut short or not ("z. K.   Vorber.
    Beschl."), where two or more do: columns whose rows hold an "x" under the meeting's role."""
    said = [(j, status(p.strip(), v)) for j, ((_, p), k) in enumerate(zip(parts, kinds)) if k is None]
    roles = [(j, s[0]) for j, s in said if s is not None and s[0] is not None and s[1] is None]
    return roles if mode != "tokens" and len(roles) >= 2 and len({r for _, r in roles}) == len(roles) else []


def row_status(text: str, parts: list[tuple[int, str]], kinds: list[str | None], v: Vocab) -> bool:
    """Whether the last of single-spaced column words is the first row's status word, a row whose
    status cell comes first: a status written out ("Öffentlich", not "Ö/N" or "Status"), the only
    status word of the header, a body's name after it before any digit ("Gremium Datum Öffentlich
    Ausschuss für Soziales 06.03.2025 Nichtöffentlich Hauptausschuss …")."""
    at, word = parts[-1]
    said = status(word, v)
    if kinds[-1] != "public" or "public" in kinds[:-1] or len(word) <= 2 or "/" in word:
        return False
    if said is None or said[1] is None or v.any_column.fullmatch(word) is None:
        return False
    after = re.split(r"\d", text[at + len(word) : at + len(word) + 80], maxsplit=1)[0]
    return has_head(after, v)


def mark_pair(first: str, second: str, v: Vocab) -> bool:
    """Two public-status columns that hold marks, "Ö" and "N" or "ö" and "nö" (not "Ö/N" and "Ö")."""
    a, b = status(first, v), status(second, v)
    return (
        "/" not in first + second
        and a is not None
        and b is not None
        and a[0] is None
        and b[0] is None
        and a[1] is not None
        and b[1] is not None
        and a[1] != b[1]
    )


def qualified(kinds: list[str | None], parts: list[tuple[int, str]]) -> tuple[list[str | None], list[tuple[int, str]]]:
    """A column word in brackets right after another, of a kind the header has before it, says what its
    column's cells hold in brackets ("Termin Gremium (Sitzung)": the body with its session's code): one
    column with the word before it, no row's first cell."""
    for j in range(len(parts) - 1, 0, -1):
        (a, first), (b, word) = parts[j - 1], parts[j]
        if word[:1] == "(" and kinds[j] in kinds[:j] and b == a + len(first) + 1:
            kinds, parts = [*kinds[:j], *kinds[j + 1 :]], [*parts[: j - 1], (a, f"{first} {word}"), *parts[j + 1 :]]
    return kinds, parts


# a link word in lower case after a word: the word heads a name ("Ausschuss für Kultur")
_NAME_GOES_ON = re.compile(r"\s+(?:" + either(NAME_LINKS) + r")\s")


def names_a_body(text: str, parts: list[tuple[int, str]], kinds: list[str | None]) -> bool:
    """Whether the bodies' column word of single-spaced words is the head of a name: a link word
    follows it on the line ("Öffentlich Ausschuss für Kultur 12.03.2025", a row whose status cell
    comes first), where a header's last word is followed by its first row or nothing."""
    if "body" not in kinds:
        return False
    at, word = parts[kinds.index("body")]
    return _NAME_GOES_ON.match(text, at + len(word)) is not None


def dates_to_end(kinds: list[str | None], end: int, text: str) -> bool:
    """Whether a single-spaced header's words from a second date column on are column words to the line's end, two
    more after it ("Sitzung Gremium Tag Datum Beginn Sitzungsort", a calendar of sittings): a header of two date
    columns, not its first row."""
    return bool(kinds) and kinds[0] == "date" and all(kinds) and len(kinds) > 2 and end == len(text.rstrip())
