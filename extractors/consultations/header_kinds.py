"""consultations.header_kinds: what a header's column words say beyond their kinds: two status columns of
marks ("Ö" and "N"), columns that each name one role ("z. K.   Vorber.   Beschl."), and a single-spaced
header's last word that is the first row's status ("Gremium Datum Öffentlich Ausschuss für …")."""

from __future__ import annotations

import re

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
