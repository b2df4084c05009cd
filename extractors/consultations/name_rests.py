"""A row's name read whole by another record: the record that stopped at the name's first line, or
before its rest an export set elsewhere, gives way to the one that reads it whole (the merging in
:mod:`extractors.consultations`)."""

from __future__ import annotations

import re

from pipeline.records import Consultation

from .vocab import OPEN_END, Vocab, status

_CELLS = ("table.cells", "table.columns", "table.boxes")  # rows the model paired from cells set one per line


def _wrapped_on(a: Consultation, b: Consultation) -> bool:
    """Whether ``b``, a row set out by spaces, reads ``a``'s name with its next lines and the role
    cell wrapped beside them, where ``a`` stopped at the name's first line and read no role
    ("Ausschuss für           Vor-" / "Soziales, Integration   beratung" / "und Senioren")."""
    return (
        a.role is None
        and b.role is not None
        and a.method == b.method == "table.gap"
        and b.body.startswith(a.body + " ")
        and a.span.start < b.span.end
        and b.span.start < a.span.end
    )


def _rest_apart(a: Consultation, b: Consultation) -> bool:
    """Whether ``b``, a row the model paired from cells set apart (one a line, column by column, a
    tool's boxes), reads ``a``'s name with its rest from a line after ``a``'s text: a wrapped name whose
    rest an export set at the head of the next block of names ("Ausschuss für Soziales, Gesundheit" /
    ... / "und Bildung")."""
    return (
        b.method in _CELLS
        and b.body.startswith(a.body)
        and b.body != a.body
        and a.span.start < b.span.end
        and b.span.start < a.span.end < b.span.end
    )


def _rest_below(a: Consultation, b: Consultation, v: Vocab, text: str) -> bool:
    """Whether ``b``, a row the model anchored on its date's line, reads ``a``'s name with its rest from a
    line below ``a``'s text, an export having set a blank line or other columns' cells between them: a
    lower-case rest ("Ausschuss für Kultur, Sport" / "" / "und Freizeit"), a short form in
    brackets ("(SIS)"), or the rest after a comma ("Ausschuss für Soziales," / "6.2 Vorberatung" /
    "Wohnungswesen, Gesundheit und Integration")."""
    rest = b.body[len(a.body) :]
    if not (
        b.method in ("table.tokens", "table.gap", "table.tab")
        and b.body.startswith(a.body)
        and (rest[:2].islower() or rest[:2] in (" (", ", ") or OPEN_END.search(a.body))  # " und …", " (SIS)", "… und"
        and a.span.start < b.span.end
        and b.span.start < a.span.end < b.span.end
    ):
        return False
    at = text.find(rest.lstrip(", ").split()[0], a.span.end, b.span.end)
    # nothing but other columns' cells between the record's text and the rest (an agenda item, a role):
    # a rest below another row's name or a title after the table is none of this name's (its own line: its cells)
    return at >= 0 and all(_other_cells(ln, v) for ln in text[a.span.end : at].splitlines()[1:])


_FIGURES = re.compile(r"[\d.\s]+")  # an agenda item's number: "6.2", "14"


def _other_cells(line: str, v: Vocab) -> bool:
    """Whether a line is blank or holds only cells of a row's other columns: figures, roles, statuses."""
    words = _FIGURES.sub(" ", line).strip()
    return not words or status(words, v) is not None


def _cut_short(a: Consultation, b: Consultation) -> bool:
    """Whether ``a``'s body is the first words of ``b``'s, cut where a line set justified shows
    gaps between its words ("Mo,  06.02.2034  Ausschuss  für  Umwelt,  Verkehr  und
    Energie  Vorberatung" read as "Ausschuss"), and ``b`` reads the line whole."""
    return (
        a.method == "table.gap"
        and b.body.startswith(a.body + " ")
        and a.span.start < b.span.end
        and b.span.start < a.span.end
        and re.search(r"\S {2,}\S", a.span.snippet) is not None
    )


def _role_within(a: Consultation, b: Consultation, v: Vocab) -> bool:
    """Whether ``a`` reads the row of ``b`` with the role's cell run into the name and no role, where the
    name wraps after its link word ("Ausschuss für Soziales und Vorberatung" / "öffentl." / "Integration" read
    as "… und Vorberatung Integration" beside "… und Integration" and its role): one date, overlapping spans,
    ``a``'s name ``b``'s with one word more inside it, a word of ``b``'s role, and ``b``'s name ending closed
    ("… für Bildung und Information" stays a name where ``b`` read "… für Bildung und" and the role)."""
    if a.role is not None or b.role is None or a.meeting_date != b.meeting_date or OPEN_END.search(b.body):
        return False
    if not (a.span.start < b.span.end and b.span.start < a.span.end):
        return False
    mine, theirs = a.body.split(), b.body.split()
    extra = [k for k in range(len(mine) - 1) if mine[:k] + mine[k + 1 :] == theirs]
    said = status(mine[extra[0]], v) if extra else None
    return said is not None and said[0] == b.role
