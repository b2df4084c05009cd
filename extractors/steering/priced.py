"""Values read as members that name an amount of money or an account's code: the lines of a cost list
("Ansatz 2027: 8.000 €", "Produktkonto: 3.1.5.0.01 / 5431000") read as labelled parts of a group. No
member names an amount or opens with an account's code ("1. FC Nordheim" opens with a number of one
group alone)."""

from __future__ import annotations

import re

_CURRENCY = re.compile(r"€|(?<![\wäöüß])(?:EUR|Euro)(?![\wäöüß])")
_CODE = re.compile(r"\d+(?:[./]\d+){2,}|\d{5,}")


def priced(value: str) -> bool:
    """Whether a value read as a member names an amount or opens with an account's code.

    >>> [priced(v) for v in ("8.000 € (davon 2.900 €)", "3.1.5.0.01 / 5431000", "1. FC Nordheim", "Jobcenter")]
    [True, True, False, False]
    """
    return _CURRENCY.search(value) is not None or _CODE.match(value.strip()) is not None
