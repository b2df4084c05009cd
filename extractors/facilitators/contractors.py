"""A table of those engaged, its header opening with the contractor noun over columns apart at gaps
("Auftragnehmerin   Ansprechperson   Leistung   Honorar brutto" over a row per contractor), names
each row's contractor: the organisation in the first column, the person of a contact column
(``contact``: "Ansprechperson", "Projektleitung") as its person, the row's first amount its fee.
A row wraps over the lines below it (the organisation's rest, the service's): a line opens a row
only where it holds a cell of the contact or of the fee column, or the table has neither. Such a
table names a facilitator only in a facilitation context, its own or the sentence's before it.

A list of payments (:func:`payee_rows`: "Lfd.  Beleg-Nr.  Zahltag  Empfänger  Verwendungszweck  Betrag €")
names the payee of each row whose purpose speaks of facilitation ("Moderation Bürgerforum und vier
Werkstätten"), its person the one a contact's label names in the purpose ("Ansprechp. H. Marx"); a row opens
where its first column holds a cell, and a payment is no fee (it may be one part of one)."""

from __future__ import annotations

import re

from pipeline.lang.de.money import find_money
from pipeline.structure.lines import Line, lines
from pipeline.structure.tables import rule_across

from .names import Found, candidates
from .rules import Rules

_MIN_COLUMNS = 3  # the contractor's column and at least two more: a key-value line has two cells


def contractor_rows(text: str, start: int, end: int, n: int, r: Rules) -> list[Found] | None:
    """The contractors of the rows under a contractors' header opening ``text[start:end]`` (the
    rows read up to ``end``); None where no such header opens it."""
    at = text.rfind("\n", 0, start) + 1
    every = lines(text, at, end)
    if not every or not r.contractors.match(every[0].text):
        return None
    head = every[0].columns
    if len(head) < _MIN_COLUMNS or any(ch.isdigit() for _, _, cell in head for ch in cell):
        return None
    starts = [a - every[0].start for a, _, _ in head]
    contact = next((k for k, (_, _, cell) in enumerate(head) if r.contact.match(cell)), None)
    fee = next((k for k, (_, _, cell) in enumerate(head) if r.fee.search(cell)), None)
    keys = [k for k in (contact, fee) if k is not None]
    rows: list[list[list[str]]] = []
    for line in every[1:]:
        if not line.text.strip() or rule_across(line.text):
            continue
        cells = _placed(line, starts)
        if not rows or not keys or any(cells[k] for k in keys):  # a line opening a row
            rows.append([[] for _ in starts])
        for k, cell in enumerate(cells):
            if cell:
                rows[-1][k].append(cell)
    out: list[Found] = []
    for row in rows:
        org = " ".join(row[0])
        person = " ".join(row[contact]) if contact is not None else ""
        named = f"{person} ({org})" if person and org else person or org
        found = candidates(named, 0, len(named), n, r, whole=True, method="list")
        money = find_money(" ".join(row[fee] if fee is not None else [c for cells in row for c in cells]))
        for f in found:
            f.amounts.extend((False, m.amount) for m in money[:1])
        out.extend(found)
    return out


def _placed(line: Line, starts: list[int]) -> list[str]:
    """The cells of a row's ``line`` in the header's columns (starting at ``starts``, relative to
    the line's start): a cell goes to the last column starting at most two characters after it."""
    out = ["" for _ in starts]
    for a, _, cell in line.columns:
        col = max((k for k, s in enumerate(starts) if s <= a - line.start + 2), default=0)
        out[col] = f"{out[col]} {cell}".strip()
    return out


def payee_rows(text: str, start: int, end: int, n: int, r: Rules) -> list[Found] | None:
    """The payees engaged for facilitation of the rows under a list of payments' header opening
    ``text[start:end]``; None where no such header opens it."""
    at = text.rfind("\n", 0, start) + 1
    every = lines(text, at, end)
    if not every or not r.payees.match(every[0].text):
        return None
    head = every[0].columns
    starts = [a - every[0].start for a, _, _ in head]
    payee = next((k for k, (_, _, cell) in enumerate(head) if r.payees.match(f"  {cell}  Zweck")), None)
    if payee is None or payee + 1 >= len(head):
        return None
    rows: list[list[list[str]]] = []
    for line in every[1:]:
        if not line.text.strip() or rule_across(line.text):
            continue
        cells = _placed(line, starts)
        if not rows or cells[0]:  # a line opening a row: its number, its receipt
            rows.append([[] for _ in starts])
        for k, cell in enumerate(cells):
            if cell:
                rows[-1][k].append(cell)
    out: list[Found] = []
    for row in rows:
        org, purpose = " ".join(row[payee]), " ".join(row[payee + 1])
        if not org or not r.role.search(purpose):
            continue
        person = r.payee_contact.search(purpose)
        named = _SEAT.sub("", org)  # the payee's seat after a comma: "…  PartG, St. Wendel"
        if r.legal.search(named):  # the cell is the name, as a legal form ends it: its dashes are its own
            out.append(Found(n, person["person"] if person else None, named, method="list", rule_id="payees"))
            continue
        named = f"{person['person']} ({named})" if person else named
        out.extend(candidates(named, 0, len(named), n, r, whole=True, method="list"))
    return out


_SEAT = re.compile(r",[ \t]+[A-ZÄÖÜ][\w.]*(?:[ \t][A-ZÄÖÜ][\w.-]*)?[ \t]*$")  # ", St. Wendel", ", Kassel"
