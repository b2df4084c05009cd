"""A sum set under a rule without a label: a column of amounts, a rule drawn under it and the sum alone on
the line below ("Übersetzung und Druck …  3.100,00 €" / "------------" / "22.770,00 €") is the column's total."""

from __future__ import annotations

import re

from pipeline.lang.de.money import Money, find_money
from pipeline.structure import Line

_RULE = re.compile(r"[ \t]*[-─—–=_]{3,}[ \t]*")
ALIGN = 3  # characters the sum's end may stand from the end of the amount above the rule


def under_rule(lines: list[Line], i: int, money: Money) -> bool:
    """Whether ``money`` stands alone on line ``i`` under a rule, with an amount over the rule ending in
    its column.

    >>> rows = ["Druck ....  3.100,00 €", "          ----------", "           22.770,00 €"]
    >>> at, lines = 0, []
    >>> for t in rows:
    ...     lines.append(Line(at, at + len(t), t))
    ...     at += len(t) + 1
    >>> under_rule(lines, 2, find_money("\\n".join(rows))[1]), under_rule(lines, 0, find_money(rows[0])[0])
    (True, False)
    """
    if i < 2 or lines[i].text.strip() != lines[i].text[money.start - lines[i].start : money.end - lines[i].start]:
        return False
    if not _RULE.fullmatch(lines[i - 1].text):
        return False
    end = money.end - lines[i].start
    return any(abs(m.end - end) <= ALIGN for m in find_money(lines[i - 2].text))


# a row's label that names the sum of the rows above it ("Gesamtaufwand", "zusammen", "Summe brutto", the noun of
# what it sums before or after it: "Aufwand gesamt", "Kosten insgesamt", "Summe Aufwand"), not a year's costs of one
# kind ("Aufwand"); every sum cell's word (amounts.SUM_CELL) among them
SUM_ROW = re.compile(r"(?:[^\W\d_]+\s+)?(?:Gesamt\w*|Summe|Insgesamt|zusammen)(?:\s+[^\W\d_]+)?", re.I)


def sum_row(label: str) -> bool:
    """Whether a grid's row label names the sum of its column (:data:`SUM_ROW`)."""
    return SUM_ROW.fullmatch(label.strip()) is not None
