"""A contract's payment clause, as a quoted service contract sets it::

    § 1 Vertragsgegenstand
    (1) Die Auftragnehmerin moderiert die Sitzungen der Steuerungsgruppe und die Foren.

    § 3 Vergütung
    (1) Die Auftragnehmerin erhält ein Pauschalhonorar von 16.800,00 € zuzüglich der gesetzlichen
        Umsatzsteuer von derzeit 19 % (3.192,00 €), insgesamt 19.992,00 €.
    (2) Reisekosten werden gegen Nachweis bis zu einem Betrag von 480,00 € erstattet.

Every amount of the clause under its heading ("§ 3 Vergütung", "§ 4 Honorar", "§ 5 Entgelt") is the
contractor's pay — the fee, its sum with the tax, the costs it reimburses — of the kind the contract's
subject names (the clause "§ 1 Vertragsgegenstand" or "Gegenstand" above it, within the contract's
lines: "moderiert …" is external support); the tax alone ("Umsatzsteuer von derzeit 19 % (3.192,00 €)")
keeps its own kind. The clause runs to the next clause's heading or a blank line. A payment
clause without a subject's clause above it, or a subject that names no kind, types nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.lang.de.money import Money

# a clause's heading: its paragraph sign and number, after a drawn box's bar
_CLAUSE = re.compile(r"(?m)^[ \t]*(?:[│┃║|][ \t]*)?§[ \t]*\d+[a-z]?\.?[ \t]+(?P<title>[^\n]*)$")
_PAYMENT = re.compile(r"(?:Vergütung|Honorar|Entgelt|Zahlungs\w*|Preis)\b")
_SUBJECT = re.compile(r"(?:Vertragsgegenstand|Gegenstand|Leistungsumfang|Leistungsbeschreibung)\b")
# the tax right before its amount: "Umsatzsteuer von derzeit 19 % (", "zzgl. 19 % USt "
_TAX = re.compile(r"(?:steuer|USt\.?|MwSt\.?)[^\n€]{0,25}%[ \t]*\(?[ \t]*$")
_TAX_REACH = 40  # characters before an amount where its tax is named
_BLANK = re.compile(r"\n[ \t]*\n")  # a clause ends at a blank line
_CONTRACT_REACH = 4000  # characters from a payment clause up to its contract's subject at most


def payment_kinds(text: str, found: list[Money], kind_of: Callable[[str], str | None]) -> dict[int, str]:
    """The kind of every amount of ``found`` in a contract's payment clause, by its start."""
    if "§" not in text:
        return {}
    clauses = list(_CLAUSE.finditer(text))
    out: dict[int, str] = {}
    for k, clause in enumerate(clauses):
        if not _PAYMENT.match(clause.group("title")):
            continue
        subjects = [
            (c, clauses[n + 1].start() if n + 1 < len(clauses) else len(text))
            for n, c in enumerate(clauses[:k])
            if _SUBJECT.match(c.group("title")) and clause.start() - c.start() <= _CONTRACT_REACH
        ]
        if not subjects:
            continue
        subject, stop = subjects[-1]
        kind = kind_of(text[subject.start("title") : stop])
        if kind is None:
            continue
        blank = _BLANK.search(text, clause.end())
        end = min(clauses[k + 1].start() if k + 1 < len(clauses) else len(text), blank.start() if blank else len(text))
        for money in found:
            if clause.end() < money.start < end and not _TAX.search(
                text, max(0, money.start - _TAX_REACH), money.start
            ):
                out[money.start] = kind
    return out
