"""A Beratungsfolge's rows grouped under headings that name the period of their sittings, a month
without a day and a word or two, no body ("Sitzungsrunde Juni 2027", "Sitzungsfolge Mai 2027
(abgeschlossen)"): such a heading is no row (its month no meeting's date, its words no body) and no
end of the block; it is stepped over as a blank line is, so the rows under every group are read.
A month beside a body ("Gemeinderat   Juni 2027") stays a row planned for that month."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .vocab import has_head

if TYPE_CHECKING:
    from .tables import _Cur, _Walk

HEAD_WORDS = 4  # a period heading's words beside its month, at most
_MONTH = len("2027-06")  # a date cell's value with a month and no day


def period_head(w: _Walk, cur: _Cur) -> None:
    """A line holding one month without a day and a few words that name no body: a group's heading."""
    if cur.kind not in ("row", "stop", "text"):
        return
    cells = [c for c in cur.cs if c.kind != "empty"]
    dates = [c for c in cells if c.kind == "date"]
    words = " ".join(c.text for c in cells if c.kind == "text")
    if len(dates) != 1 or len(dates[0].value or "") != _MONTH or len(cells) - len(dates) not in (1, 2):
        return
    if any(c.kind != "text" for c in cells if c not in dates) or not words[:1].isupper():
        return
    if len(words.split()) <= HEAD_WORDS and not has_head(words, w.v) and not words.endswith((".", ":")):
        cur.kind = "blank"
