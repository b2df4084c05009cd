"""A vote's tally cut after its colon at a row's end, its rest on the next line alone ("1 Ausschuss für Soziales
11.05.2027 öff. vorberatend erledigt, 10 :" / "1"): the number is the row's, no part of the next row's name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .tables import _Cur, _Walk

_OPEN_TALLY = re.compile(r"\d+[ \t]*:[ \t]*$")  # "10 :" ending the row's line
_REST = re.compile(r"[ \t]*\d+[ \t]*")  # "1" alone on its line


def tally_rest(w: _Walk, cur: _Cur) -> None:
    """The line of a number alone under a row whose line ends in a tally's open colon: a spill of the row."""
    if not (w.table and w.items and w.items[-1][0] == "row") or not _REST.fullmatch(cur.line.text):
        return
    if _OPEN_TALLY.search(w.items[-1][1].text):
        cur.kind = "spill"
