"""One group under its noun alone and under its name: "Bildung einer Steuergruppe" in the subject,
"4. Steuergruppe Sozialplan" as a heading, "Es wird eine Steuergruppe gebildet. Ihr gehören … an" in
the text. The mentions with no name open a group of their own; when the document names exactly one
group of that noun, and the two groups do not both say something of themselves, or the members one
names are among the other's (the list under the heading is the list after the sentence), they are
one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from .mentions import Group


class _Row(Protocol):
    @property
    def start(self) -> int: ...


class _Found(Protocol):
    group: Group

    @property
    def members(self) -> Sequence[_Row]: ...

    @property
    def size(self) -> int | None: ...

    @property
    def chair(self) -> object: ...

    def has_any(self) -> bool: ...


F = TypeVar("F", bound=_Found)


def one_named(kept: list[F], joined: Callable[[F, F, Group], F]) -> list[F]:
    """``kept`` with each group named by its noun alone folded into the one named group of that noun
    (``joined`` builds the one from the two and their mentions)."""
    out = list(kept)
    for noun in {f.group.first.key[0] for f in kept}:
        named = [f for f in out if f.group.first.key[0] == noun and any(m.qualifier for m in f.group.mentions)]
        bare = [f for f in out if f.group.first.key[0] == noun and not any(m.qualifier for m in f.group.mentions)]
        if len(named) != 1 or len(bare) != 1:
            continue
        a, b = named[0], bare[0]
        if (
            a.has_any()
            and b.has_any()
            and not _shared(a.members, b.members)
            and not _no_more(b, a)
            and not _seats_only(a, b)
        ):
            continue
        mentions = sorted(a.group.mentions + b.group.mentions, key=lambda m: m.start)
        group = Group(mentions, a.group.follow | b.group.follow)
        first = min(out.index(a), out.index(b))
        out = [f for f in out if f is not a and f is not b]
        out.insert(first, joined(a, b, group))
    return out


def _shared(a: Sequence[_Row], b: Sequence[_Row]) -> bool:
    """Whether the members of one group are all among the other's."""
    x, y = {r.start for r in a}, {r.start for r in b}
    return bool(x and y) and (x <= y or y <= x)


def _seats_only(named: _Found, bare: _Found) -> bool:
    """Whether the named group says no more of itself than seats (a heading's group over a table row "Mitglieder
    des Gemeinderats (4)") while the group under its noun alone names the members: the one group."""
    return not named.members and named.size is None and named.chair is None and bool(bare.members)


def _no_more(bare: _Found, named: _Found) -> bool:
    """Whether the group under its noun alone says no more of itself than its size, the one the named group
    states too or leaves unsaid ("Eine Lenkungsgruppe mit acht Personen steuert …" over the named group's
    eight members, or over the list of those at its first meeting)."""
    return not bare.members and bare.size is not None and named.size in (bare.size, None)
