"""A budget plan's listing: the positions of a plan (a product, an account code, a project) with
their amounts by year, as the papers that lay a budget before a committee or a local council list
them::

    Produkt 54100 Straßen, Wege, Plätze
    2018: 50.000 € Ausbau Am Fahlen Kamp, Projekt 3209
    2019: 200.000 €
    56100.21510000 Zuwendung - Bund
    2024: 144.000 € Förderung (Einzahlung)

A heading may also name a product's number or the plan's part within its line ("Ja. Teilhaushalt 50,
Produkt 31.50.02 Integration" over "Aufwand 2025: 48.000,00 EUR", "[X] Aufwand im Ergebnishaushalt"
over "Haushaltsjahr 2025: 18.500,00 €").
An amount after a year label ("2019:", "2027 – 2029 jeweils", "Straßenbau 2009"), or on a line
that opens with one, under such a heading with no blank line between, is an allocation of the
plan (``budget``), whatever its purpose: the words after it ("Förderquote von 70 %") describe the
measure, not the money. Where its label names a grant ("Zuwendung", "Investitionszuweisungen")
the amount is one: the label is the amount's own line before it (with the line above where it goes
on from there in lower case: "- Ertrag: Zuwendung des Landes …" / "  in Höhe von 50 Prozent, 2027:
13.250 €"), else the nearest line above that opens a position (not a year's line, nor the rest of one:
"Bundes-" / "förderung").
The vocabulary stands in ``costs.yaml`` (``plan``).
"""

from __future__ import annotations

import re

from pipeline.lang.de.money import Money
from pipeline.structure import Line

from .kinds import Config, nearest

_YEAR_LINE = re.compile(r"(?:19|20)\d\d\b")
REACH = 15  # lines from an amount up to its position's heading
OWN = ("grant",)  # the types a label gives instead of ``budget``


def plan_kind(
    conf: Config, lines: list[Line], i: int, money: Money, breaks: frozenset[int] = frozenset()
) -> str | None:
    """``budget`` (or its label's grant) for an amount of a budget plan's listing, else None;
    the lines of ``breaks`` (page furniture and the blank lines around it) are stepped over."""
    row = lines[i]
    before = row.text[: money.start - row.start]
    if not conf.year_label.search(before):
        return None
    label = _label(conf, lines, i, before, breaks)
    return None if label is None else (_grant(conf, label) or "budget")


def _label(conf: Config, lines: list[Line], i: int, before: str, breaks: frozenset[int]) -> str | None:
    """The amount's label (its line before it, less the year label, else the nearest line above
    that opens a position), when a position's heading stands above with no blank line between."""
    own = conf.year_label.sub(" ", before).strip()
    label = own if any(c.isalpha() for c in own) else None
    if label is not None and label[0].islower() and i > 0 and lines[i - 1].text.strip():
        label = f"{lines[i - 1].text.strip()} {label}"  # an item wrapped: its line above begins it
    for k in range(i, max(-1, i - REACH), -1):
        if k in breaks:
            continue
        text = lines[k].text
        if k < i and not text.strip():
            return None
        if k < i and label is None and _opens(conf, lines, k):
            label = text
        if conf.plan_heading.search(text):
            return label if label is not None else text
    return None


def _opens(conf: Config, lines: list[Line], k: int) -> bool:
    """Line ``k`` opens a position: no year's line, no lower-case rest of the line before."""
    text = lines[k].text.strip()
    after_cut = k > 0 and lines[k - 1].text.rstrip().endswith(("-", ","))
    return bool(text) and not _YEAR_LINE.match(text) and not text[0].islower() and not after_cut


def _grant(conf: Config, label: str) -> str | None:
    return nearest([(name, p) for name, p in conf.types if name in OWN], label)
